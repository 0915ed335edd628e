//! The employee's complete export (inzage and data portability, AVG art. 15 and 20): everything the product
//! holds about them, gathered in one place ([`Store::inzage`]) for the JSON document and the readable PDF.
//! Everything is read through the store as the employee, so through the access policy, and every read is in
//! the access log. Medical notes never enter it: the bedrijfsarts keeps them and gives a copy on request.
//!
//! The JSON's field names are a contract (`schema` and `schemaversie` name it; docs/security.md lists them):
//! dates are ISO (`2026-11-23`), moments RFC 3339 in UTC (`2026-11-23T08:15:00Z`), amounts in cents.

use diesel::prelude::*;
use domain::poortwachter::bereken;
use domain::poortwachter::json::TijdlijnJson;
use domain::toegang;
use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;
use serde_json::json;

use crate::schema::{gebruiker_werkgevers, gebruikers, meldingen, profieltoestemmingen, werkgevers, werknemers};
use crate::traject::{ActiviteitInhoud, Advies, Intake, Opdracht, Plaatsing, Plan};
use crate::{Actor, Doel, Gegevens, Handeling, Principaal, Store, StoreFout, beslis, leesregel, logboek, principaal};

/// The name of the JSON format.
pub const SCHEMA: &str = "spoor2-inzage";
/// Its version: a field renamed or removed makes a new one.
pub const SCHEMAVERSIE: u32 = 1;
/// What the context of every read for the export says in the access log.
const CONTEXT: &str = "inzage (AVG art. 15)";

/// What every export says about medical data, which it never holds.
pub const MEDISCH: &str = "Medische gegevens (diagnose, klachten, behandeling) en de medische notities van de \
bedrijfsarts staan niet in dit overzicht: die beheert alleen de bedrijfsarts. U heeft recht op inzage in en een \
kopie van uw medisch dossier: vraag daar schriftelijk of per e-mail om bij uw bedrijfsarts (hieronder genoemd) of \
bij de arbodienst van uw werkgever.";

/// Everything held about one employee.
#[derive(Debug, Serialize)]
pub struct Inzageexport {
    pub schema: &'static str,
    pub schemaversie: u32,
    pub gemaakt: Timestamp,
    /// The day the clock's milestones and findings are computed on.
    pub peildatum: Date,
    /// The organisation that keeps the dossier.
    pub organisatie: String,
    pub persoon: Persoon,
    pub account: Account,
    pub dossiers: Vec<InzageDossier>,
    pub medische_gegevens: MedischeGegevens,
}

#[derive(Debug, Clone, Serialize)]
pub struct Persoon {
    pub voornaam: String,
    pub achternaam: String,
    pub email: Option<String>,
    pub telefoon: Option<String>,
    pub functie: String,
    pub contracturen_per_week: f64,
    pub postcode: String,
    pub opleidingsniveau: String,
    pub bsn: String,
    pub werkgever: String,
}

/// The employee's own login account.
#[derive(Debug, Clone, Serialize)]
pub struct Account {
    pub naam: String,
    pub email: String,
    pub taal: String,
    pub aangemaakt: Timestamp,
}

#[derive(Debug, Clone, Serialize)]
pub struct MedischeGegevens {
    pub toelichting: &'static str,
    /// The bedrijfsartsen of the employer: whom to ask for the medical file.
    pub bedrijfsartsen: Vec<Contact>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Contact {
    pub naam: String,
    pub email: String,
}

#[derive(Debug, Serialize)]
pub struct InzageDossier {
    pub id: String,
    pub werkgever: String,
    pub coach: Option<String>,
    /// The sickness periods, Wazo leave, events and deadlines of the Poortwachter clock, with its milestones and
    /// findings on the peildatum (the format of `spoor2 tijdlijn --json`).
    pub ziekteperiodes: serde_json::Value,
    pub wazo_verlof: serde_json::Value,
    pub tijdlijn: TijdlijnJson,
    /// The course: recorded steps and non-medical notes, with who recorded them.
    pub verloop: Vec<Verloop>,
    pub belastbaarheid: Vec<InzageBelastbaarheid>,
    pub traject: Option<InzageTraject>,
    pub rapporten: Vec<InzageRapport>,
    pub documenten: Vec<InzageDocument>,
    pub profieltoestemmingen: Vec<Toestemming>,
    pub profieldelingen: Vec<Deling>,
    pub matchbesluiten: Vec<Matchbesluit>,
    /// Reminders and notifications about this dossier, to whom.
    pub meldingen: Vec<InzageMelding>,
    pub correctieverzoeken: Vec<InzageCorrectieverzoek>,
    /// Who looked at the employee's data, when and why (newest first).
    pub toegangslog: Vec<Toegang>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Verloop {
    pub datum: Date,
    pub soort: String,
    pub tekst: Option<String>,
    pub door: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct InzageBelastbaarheid {
    pub datum: Date,
    pub benutbare_mogelijkheden: bool,
    /// Every item with a limitation, in functional terms.
    pub beperkingen: Vec<Beperking>,
    pub prognose: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Beperking {
    pub item: String,
    pub naam: String,
    pub beperking: String,
    pub toelichting: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct InzageTraject {
    pub fase: &'static str,
    pub afsluitreden: Option<&'static str>,
    pub advies: Advies,
    pub opdracht: Option<Opdracht>,
    pub intake: Option<Intake>,
    pub plannen: Vec<Planversie>,
    pub activiteiten: Vec<InzageActiviteit>,
    pub overgangen: Vec<Overgang>,
    pub plaatsing: Option<Plaatsing>,
    pub nazorg: Vec<Nazorg>,
    pub uren: Vec<Uren>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Planversie {
    pub versie: i32,
    #[serde(flatten)]
    pub plan: Plan,
    pub opgesteld_door: String,
    pub werknemer_akkoord: Option<Akkoord>,
    pub werkgever_akkoord: Option<Akkoord>,
    pub werknemer_visie: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Akkoord {
    pub naam: String,
    pub op: Timestamp,
}

#[derive(Debug, Clone, Serialize)]
pub struct InzageActiviteit {
    pub datum: Date,
    pub soort: &'static str,
    pub minuten: u32,
    #[serde(flatten)]
    pub inhoud: ActiviteitInhoud,
    pub ingevoerd_door: String,
    pub bevestigd: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Overgang {
    pub van: &'static str,
    pub naar: &'static str,
    pub datum: Date,
    pub reden: Option<&'static str>,
    pub door: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Nazorg {
    pub datum: Date,
    pub werk_duurt: bool,
    pub notitie: String,
    pub door: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Uren {
    pub datum: Date,
    pub categorie: &'static str,
    pub minuten: u32,
    pub tarief_centen_per_uur: i64,
    pub bedrag_centen: i64,
    pub omschrijving: String,
    pub declarabel: bool,
    pub door: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct InzageRapport {
    pub soort: String,
    pub titel: String,
    pub van: Date,
    pub tot: Date,
    pub document_id: String,
    pub sha256: String,
    pub werknemer_akkoord: Option<Akkoord>,
    pub coach_akkoord: Option<Akkoord>,
}

#[derive(Debug, Clone, Serialize)]
pub struct InzageDocument {
    pub id: String,
    pub soort: String,
    pub titel: String,
    pub datum: Date,
    pub auteur: String,
    pub ondertekend_door: Option<String>,
    pub bestandsnaam: String,
    pub mediatype: String,
    pub sha256: String,
    /// Where the file is in the ZIP export.
    pub bestand: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Toestemming {
    pub gegeven: bool,
    pub vastgelegd: Timestamp,
}

#[derive(Debug, Clone, Serialize)]
pub struct Deling {
    pub vacature: String,
    pub naam: String,
    pub door: String,
    pub gedeeld: Timestamp,
}

#[derive(Debug, Clone, Serialize)]
pub struct Matchbesluit {
    pub referentie: String,
    pub naam: String,
    pub besluit: &'static str,
    pub toelichting: String,
    pub door: String,
    pub vastgelegd: Timestamp,
}

#[derive(Debug, Clone, Serialize)]
pub struct InzageMelding {
    pub aan: String,
    pub wat: String,
    pub datum: Date,
    pub te_laat: bool,
    pub aangemaakt: Timestamp,
    pub gelezen: Option<Timestamp>,
}

#[derive(Debug, Clone, Serialize)]
pub struct InzageCorrectieverzoek {
    pub id: String,
    pub onderdeel: &'static str,
    pub wat_onjuist: String,
    pub wat_juist: String,
    pub ingediend: Timestamp,
    pub uiterste_antwoorddatum: Date,
    pub status: &'static str,
    pub reden: Option<String>,
    pub afgehandeld_door: Option<String>,
    pub afgehandeld: Option<Timestamp>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Toegang {
    pub tijdstip: Timestamp,
    pub wie: String,
    /// `inzage` (a read of the dossier) or `medisch` (of medical data, by the bedrijfsarts).
    pub soort: String,
    pub context: String,
    pub gegevens: Vec<String>,
}

/// A moment (microseconds since 1970) as a timestamp.
fn moment(micros: i64) -> Timestamp {
    Timestamp::from_microsecond(micros).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// A file name safe inside an archive or a header: no directories, only plain characters.
pub fn veilige_bestandsnaam(naam: &str) -> String {
    let naam: String = naam
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' '))
        .take(100)
        .collect();
    if naam.trim().trim_matches('.').is_empty() { "document".into() } else { naam }
}

impl Store {
    /// Everything the product holds about the acting employee, on `peildatum`; for the employee only (the
    /// policy's [`toegang::inzage_van`]). Every read is logged with the context `inzage (AVG art. 15)`.
    pub fn inzage(&self, actor: Actor<'_>, peildatum: Date) -> Result<Inzageexport, StoreFout> {
        let (persoon, account, bedrijfsartsen) = self.schrijf(|c| {
            let wie = match principaal(c, actor)? {
                Principaal::Gebruiker(g) => g,
                Principaal::Systeem { .. } => return Err(StoreFout::Geweigerd("alleen de werknemer zelf")),
            };
            let werknemer_id = toegang::inzage_van(&wie)
                .map_err(|_| {
                    StoreFout::Geweigerd("een volledig overzicht van de gegevens is alleen voor de werknemer zelf")
                })?
                .to_string();
            persoon_van(self, c, actor, &werknemer_id)
        })?;
        let mut dossiers = Vec::new();
        for regel in self.dossiers(actor)?.into_iter().filter(|d| d.verzuim) {
            dossiers.push(self.inzage_dossier(actor, &regel.id, regel.coach, peildatum)?);
        }
        let organisatie = self
            .organisaties()?
            .into_iter()
            .find(|(id, _)| id == actor.organisatie_id)
            .map(|(_, naam)| naam)
            .unwrap_or_default();
        Ok(Inzageexport {
            schema: SCHEMA,
            schemaversie: SCHEMAVERSIE,
            gemaakt: Timestamp::now(),
            peildatum,
            organisatie,
            persoon,
            account,
            dossiers,
            medische_gegevens: MedischeGegevens { toelichting: MEDISCH, bedrijfsartsen },
        })
    }

    fn inzage_dossier(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        coach: Option<String>,
        peildatum: Date,
    ) -> Result<InzageDossier, StoreFout> {
        let dossier = self.dossier(actor, dossier_id, CONTEXT)?;
        let casus = dossier.casus(peildatum)?;
        let tijdlijn = TijdlijnJson::nieuw(&casus, &bereken(&casus));
        let verloop = self
            .verloop(actor, dossier_id, CONTEXT)?
            .into_iter()
            .map(|r| Verloop { datum: r.datum, soort: r.soort, tekst: r.tekst, door: r.door })
            .collect();
        let belastbaarheid = self
            .belastbaarheid(actor, dossier_id, CONTEXT)?
            .into_iter()
            .map(|b| InzageBelastbaarheid {
                datum: b.datum,
                benutbare_mogelijkheden: b.benutbare_mogelijkheden,
                beperkingen: b
                    .items
                    .iter()
                    .filter(|(_, w)| **w != 0)
                    .filter_map(|(code, w)| {
                        let item = domain::fml::item(code)?;
                        Some(Beperking {
                            item: code.clone(),
                            naam: item.naam.to_string(),
                            beperking: domain::fml::omschrijving(item, *w),
                            toelichting: b.toelichtingen.get(code).cloned(),
                        })
                    })
                    .collect(),
                prognose: b.prognose,
            })
            .collect();
        let traject = self.traject(actor, dossier_id, CONTEXT)?.map(traject_van);
        let rapporten = self
            .rapporten(actor, dossier_id, CONTEXT)?
            .into_iter()
            .map(|r| InzageRapport {
                soort: r.soort,
                titel: r.titel,
                van: r.van,
                tot: r.tot,
                document_id: r.document_id,
                sha256: r.sha256,
                werknemer_akkoord: r.werknemer_akkoord.map(akkoord),
                coach_akkoord: r.coach_akkoord.map(akkoord),
            })
            .collect();
        let documenten = self
            .documenten(actor, dossier_id, CONTEXT)?
            .into_iter()
            .map(|d| InzageDocument {
                bestand: format!("documenten/{}-{}", d.id, veilige_bestandsnaam(&d.bestandsnaam)),
                id: d.id,
                soort: d.soort,
                titel: d.titel,
                datum: d.datum,
                auteur: d.auteur,
                ondertekend_door: d.ondertekend_door,
                bestandsnaam: d.bestandsnaam,
                mediatype: d.mediatype,
                sha256: d.sha256,
            })
            .collect();
        let profieldelingen = self
            .profieldelingen(actor, dossier_id, CONTEXT)?
            .into_iter()
            .map(|d| Deling { vacature: d.referentie, naam: d.naam, door: d.door, gedeeld: moment(d.gedeeld) })
            .collect();
        let matchbesluiten = self
            .matchbesluiten(actor, dossier_id, CONTEXT)?
            .into_iter()
            .map(|b| Matchbesluit {
                referentie: b.referentie,
                naam: b.naam,
                besluit: b.besluit.code(),
                toelichting: b.toelichting,
                door: b.door,
                vastgelegd: moment(b.vastgelegd),
            })
            .collect();
        let correctieverzoeken = self
            .correctieverzoeken(actor, dossier_id, CONTEXT)?
            .into_iter()
            .map(|v| InzageCorrectieverzoek {
                uiterste_antwoorddatum: v.uiterste_antwoorddatum(),
                id: v.id,
                onderdeel: v.onderdeel.code(),
                wat_onjuist: v.wat_onjuist,
                wat_juist: v.wat_juist,
                ingediend: moment(v.ingediend),
                status: v.status.code(),
                reden: v.reden,
                afgehandeld_door: v.afgehandeld.as_ref().map(|(naam, _)| naam.clone()),
                afgehandeld: v.afgehandeld.map(|(_, op)| moment(op)),
            })
            .collect();
        let (profieltoestemmingen, meldingen) = self.schrijf(|c| eigen_invoer_van(c, actor, dossier_id))?;
        // Last, so that it shows this export's own reads too.
        let toegangslog = self
            .toegangsgeschiedenis(actor, dossier_id)?
            .into_iter()
            .map(|i| Toegang {
                tijdstip: moment(i.tijdstip),
                wie: i.naam,
                soort: i.soort,
                context: i.context,
                gegevens: serde_json::from_str::<serde_json::Value>(&i.details)
                    .ok()
                    .and_then(|d| {
                        d["gegevens"]
                            .as_array()
                            .map(|g| g.iter().filter_map(|x| x.as_str().map(String::from)).collect())
                    })
                    .unwrap_or_default(),
            })
            .collect();
        Ok(InzageDossier {
            id: dossier.id,
            werkgever: dossier.werkgever,
            coach,
            ziekteperiodes: dossier
                .klok
                .ziekteperiodes
                .iter()
                .map(|p| match p.tot_en_met {
                    Some(t) => json!({"van": p.van, "tot_en_met": t}),
                    None => json!({"van": p.van}),
                })
                .collect(),
            wazo_verlof: dossier
                .klok
                .wazo_verlof
                .iter()
                .map(|v| json!({"van": v.van, "tot_en_met": v.tot_en_met}))
                .collect(),
            tijdlijn,
            verloop,
            belastbaarheid,
            traject,
            rapporten,
            documenten,
            profieltoestemmingen,
            profieldelingen,
            matchbesluiten,
            meldingen,
            correctieverzoeken,
            toegangslog,
        })
    }
}

fn akkoord((naam, op): (String, i64)) -> Akkoord {
    Akkoord { naam, op: moment(op) }
}

fn traject_van(t: crate::traject::Traject) -> InzageTraject {
    InzageTraject {
        fase: t.fase.code(),
        afsluitreden: t.afsluitreden.map(|r| r.code()),
        advies: t.advies,
        opdracht: t.opdracht,
        intake: t.intake,
        plannen: t
            .plannen
            .into_iter()
            .map(|p| Planversie {
                versie: p.versie,
                plan: p.plan,
                opgesteld_door: p.door,
                werknemer_akkoord: p.werknemer_akkoord.map(akkoord),
                werkgever_akkoord: p.werkgever_akkoord.map(akkoord),
                werknemer_visie: p.werknemer_visie,
            })
            .collect(),
        activiteiten: t
            .activiteiten
            .into_iter()
            .map(|a| InzageActiviteit {
                datum: a.datum,
                soort: a.soort.code(),
                minuten: a.minuten,
                inhoud: a.inhoud,
                ingevoerd_door: a.ingevoerd_door,
                bevestigd: a.bevestigd,
            })
            .collect(),
        overgangen: t
            .overgangen
            .into_iter()
            .map(|o| Overgang {
                van: o.van.code(),
                naar: o.naar.code(),
                datum: o.datum,
                reden: o.reden.map(|r| r.code()),
                door: o.door,
            })
            .collect(),
        plaatsing: t.plaatsing,
        nazorg: t
            .nazorg
            .into_iter()
            .map(|n| Nazorg { datum: n.datum, werk_duurt: n.werk_duurt, notitie: n.notitie, door: n.door })
            .collect(),
        uren: t
            .uren
            .into_iter()
            .map(|u| Uren {
                bedrag_centen: u.bedrag_centen(),
                datum: u.datum,
                categorie: u.categorie.code(),
                minuten: u.minuten,
                tarief_centen_per_uur: u.tarief_centen_per_uur,
                omschrijving: u.omschrijving,
                declarabel: u.declarabel,
                door: u.door,
            })
            .collect(),
    }
}

/// The employee's personal and contact data with their BSN, their account, and the bedrijfsartsen of their
/// employer (whom to ask for the medical file); the read is logged.
fn persoon_van(
    store: &Store,
    c: &mut crate::Verbinding,
    actor: Actor<'_>,
    werknemer_id: &str,
) -> Result<(Persoon, Account, Vec<Contact>), StoreFout> {
    type Rij = (String, String, String, Option<String>, Option<String>, String, i32, String, String, Vec<u8>, String);
    let w: Rij = werknemers::table
        .inner_join(werkgevers::table.on(werkgevers::id.eq(werknemers::werkgever_id)))
        .filter(werknemers::id.eq(werknemer_id))
        .filter(werknemers::organisatie_id.eq(actor.organisatie_id))
        .select((
            werknemers::werkgever_id,
            werknemers::voornaam,
            werknemers::achternaam,
            werknemers::email,
            werknemers::telefoon,
            werknemers::functie,
            werknemers::contracturen_per_week_x100,
            werknemers::postcode,
            werknemers::opleidingsniveau,
            werknemers::bsn_versleuteld,
            werkgevers::naam,
        ))
        .first(c)
        .optional()?
        .ok_or(StoreFout::NietGevonden("werknemer"))?;
    let doel = Doel { organisatie_id: actor.organisatie_id, werkgever_id: &w.0, werknemer_id, coach_id: None };
    for g in [Gegevens::Persoonsgegevens, Gegevens::Bsn] {
        beslis(c, actor, Handeling::Lezen, g, &doel, "werknemer")?;
    }
    let bsn = store.sleutel.ontsleutel(werknemer_id, &w.9)?;
    let details = json!({"gegevens": ["persoonsgegevens", "bsn"]});
    leesregel(c, actor, logboek::Soort::Inzage, "werknemer", werknemer_id, werknemer_id, CONTEXT, details)?;
    let (naam, email, taal, aangemaakt): (String, String, String, i64) = gebruikers::table
        .find(actor.id)
        .select((gebruikers::naam, gebruikers::email, gebruikers::taal, gebruikers::aangemaakt))
        .first(c)?;
    let bedrijfsartsen = gebruikers::table
        .inner_join(gebruiker_werkgevers::table.on(gebruiker_werkgevers::gebruiker_id.eq(gebruikers::id)))
        .filter(gebruiker_werkgevers::werkgever_id.eq(&w.0))
        .filter(gebruikers::rol.eq(domain::waarden::Rol::Bedrijfsarts.code()))
        .order(gebruikers::naam)
        .select((gebruikers::naam, gebruikers::email))
        .load::<(String, String)>(c)?
        .into_iter()
        .map(|(naam, email)| Contact { naam, email })
        .collect();
    Ok((
        Persoon {
            voornaam: w.1,
            achternaam: w.2,
            email: w.3,
            telefoon: w.4,
            functie: w.5,
            contracturen_per_week: f64::from(w.6) / 100.0,
            postcode: w.7,
            opleidingsniveau: w.8,
            bsn: bsn.als_tekst().to_string(),
            werkgever: w.10,
        },
        Account { naam, email, taal, aangemaakt: moment(aangemaakt) },
        bedrijfsartsen,
    ))
}

/// Every consent the employee gave or withdrew, and every reminder about the dossier with its recipient; the
/// read is logged.
fn eigen_invoer_van(
    c: &mut crate::Verbinding,
    actor: Actor<'_>,
    dossier_id: &str,
) -> Result<(Vec<Toestemming>, Vec<InzageMelding>), StoreFout> {
    let plaats =
        crate::toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::EigenTrajectinvoer, Gegevens::Verzuim], dossier_id)?;
    let toestemmingen = profieltoestemmingen::table
        .filter(profieltoestemmingen::dossier_id.eq(dossier_id))
        .order(profieltoestemmingen::vastgelegd)
        .select((profieltoestemmingen::gegeven, profieltoestemmingen::vastgelegd))
        .load::<(bool, i64)>(c)?
        .into_iter()
        .map(|(gegeven, vastgelegd)| Toestemming { gegeven, vastgelegd: moment(vastgelegd) })
        .collect();
    type Rij = (String, String, String, bool, i64, Option<i64>);
    let meldingen: Vec<Rij> = meldingen::table
        .inner_join(gebruikers::table.on(gebruikers::id.eq(meldingen::gebruiker_id)))
        .filter(meldingen::dossier_id.eq(dossier_id))
        .order((meldingen::aangemaakt, meldingen::id))
        .select((
            gebruikers::naam,
            meldingen::wat,
            meldingen::datum,
            meldingen::te_laat,
            meldingen::aangemaakt,
            meldingen::gelezen,
        ))
        .load(c)?;
    let meldingen = meldingen
        .into_iter()
        .map(|(aan, wat, datum, te_laat, aangemaakt, gelezen)| {
            Ok(InzageMelding {
                aan,
                wat,
                datum: crate::datum(&datum)?,
                te_laat,
                aangemaakt: moment(aangemaakt),
                gelezen: gelezen.map(moment),
            })
        })
        .collect::<Result<Vec<_>, StoreFout>>()?;
    crate::dossier_inzage(c, actor, dossier_id, &plaats.werknemer_id, CONTEXT, &["profieltoestemmingen", "meldingen"])?;
    Ok((toestemmingen, meldingen))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_cannot_break_out() {
        assert_eq!(veilige_bestandsnaam("../../etc/passwd"), "passwd");
        assert_eq!(veilige_bestandsnaam("C:\\map\\brief \"x\".pdf"), "brief x.pdf");
        assert_eq!(veilige_bestandsnaam("\r\n"), "document");
        assert_eq!(veilige_bestandsnaam(".."), "document");
    }
}
