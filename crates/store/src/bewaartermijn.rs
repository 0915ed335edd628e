//! Bewaartermijnen: the organisation's terms (beheerder), the list of what expires (for the beheerder to
//! see in advance, ids and dates only), and the run that anonymises expired dossiers and deletes expired
//! medical files, one transaction per dossier, each written to the log. When something expires is
//! [`domain::bewaartermijn`]'s; that it may be destroyed is the policy's ([`toegang::vernietiging`]),
//! asked again inside each transaction, so nothing goes before its day.
//!
//! An expired dossier keeps what the Inzicht figures count (its clock dates and steps, the traject's phases
//! and dates, the nazorg outcomes, the registered time) and loses everything else: names, contact data,
//! BSN, documents and their files, notes, free texts, the employee's account. The bedrijfsarts's medical
//! notes stay until their own term ends, with the employee's name and BSN kept beside them for the
//! bedrijfsarts only ([`Store::bewaarde_identiteit`]).

use std::collections::BTreeMap;
use std::time::Duration;

use diesel::prelude::*;
use domain::bewaartermijn::{Dossierverloop, Grond, Termijnen, Verval, dossier_verval, medisch_verval};
use domain::toegang::{self, Vernietiging};
use jiff::civil::Date;
use serde_json::json;

use crate::schema::{
    belastbaarheid, bewaarde_identiteiten, bewaartermijnen, correctieverzoeken, documenten, dossiers, gebeurtenissen,
    gebruikers, herinneringsvoorkeuren, inhoud, inloggegevens, matchbesluiten, meldingen, notities, profieldelingen,
    profieltoestemmingen, rapporten, tokens, traject_overgangen, trajecten, werkgevers, werknemers, ziekteperiodes,
};
use crate::taken::{NieuweTaak, terugval};
use crate::verbinding::Verbinding;
use crate::{
    Actor, Gegevens, Handeling, Plaats, Store, StoreFout, datum, logboek, medische_toegang, nu_micros,
    organisatie_gegevens, wijziging,
};

/// Who runs the retention, in the log.
pub const SYSTEEM: &str = "systeem:bewaartermijnen";

/// The daily run's kind in the job table.
pub const TAAK: &str = "bewaartermijnen";

/// The name and postcode an anonymised employee keeps (a postcode must parse; this one is nobody's).
const ANONIEM: (&str, &str, &str) = ("Geanonimiseerde", "werknemer", "9999 ZZ");

/// What expires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wat {
    /// The re-integration dossier: anonymised.
    Dossier,
    /// The bedrijfsarts's medical notes in the dossier: deleted.
    Medisch,
}

impl Wat {
    pub fn code(self) -> &'static str {
        match self {
            Self::Dossier => "dossier",
            Self::Medisch => "medisch",
        }
    }
}

/// One thing that expires: ids and dates only, no personal or medical data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vervalregel {
    pub dossier_id: String,
    pub werkgever: String,
    pub wat: Wat,
    /// The day the term runs from: the end of the re-integration, or the last medical entry.
    pub einde: Date,
    pub grond: Grond,
    pub jaren: u8,
    /// The first day on which it is expired.
    pub vervalt_op: Date,
}

impl Store {
    /// The organisation's terms (the defaults until the beheerder sets them).
    pub fn bewaartermijnen(&self, actor: Actor<'_>) -> Result<Termijnen, StoreFout> {
        let c = &mut *self.verbinding()?;
        organisatie_gegevens(c, actor, Handeling::Lezen, Gegevens::Beheer)?;
        termijnen(c, actor.organisatie_id)
    }

    /// Sets the organisation's terms (beheerder).
    pub fn stel_bewaartermijnen_in(&self, actor: Actor<'_>, t: &Termijnen) -> Result<(), StoreFout> {
        let t = Termijnen::nieuw(t.dossier_jaren, t.eigenrisicodrager_jaren, t.medisch_jaren)
            .map_err(|e| StoreFout::Ongeldig(e.to_string()))?;
        self.schrijf(|c| {
            organisatie_gegevens(c, actor, Handeling::Schrijven, Gegevens::Beheer)?;
            diesel::delete(bewaartermijnen::table.find(actor.organisatie_id)).execute(c)?;
            diesel::insert_into(bewaartermijnen::table)
                .values((
                    bewaartermijnen::organisatie_id.eq(actor.organisatie_id),
                    bewaartermijnen::dossier_jaren.eq(i32::from(t.dossier_jaren)),
                    bewaartermijnen::eigenrisicodrager_jaren.eq(i32::from(t.eigenrisicodrager_jaren)),
                    bewaartermijnen::medisch_jaren.eq(i32::from(t.medisch_jaren)),
                    bewaartermijnen::gewijzigd.eq(nu_micros()),
                ))
                .execute(c)?;
            let details = json!({"dossier": t.dossier_jaren, "eigenrisicodrager": t.eigenrisicodrager_jaren, "medisch": t.medisch_jaren});
            wijziging(c, actor, "bewaartermijnen", actor.organisatie_id, None, details)
        })
    }

    /// What a run on `peildatum` would anonymise or delete in the actor's organisation, and why: for its
    /// beheerder (or the product itself). Changes nothing and reads no dossier.
    pub fn bewaaroverzicht(&self, actor: Actor<'_>, peildatum: Date) -> Result<Vec<Vervalregel>, StoreFout> {
        let c = &mut *self.verbinding()?;
        organisatie_gegevens(c, actor, Handeling::Lezen, Gegevens::Beheer)?;
        overzicht(c, actor.organisatie_id, peildatum, None)
    }

    /// Anonymises the organisation's dossiers and deletes its medical notes whose term has passed on
    /// `peildatum`: one transaction per dossier, each in the log. Returns what it did.
    pub fn voer_bewaartermijnen_uit(
        &self,
        organisatie_id: &str,
        peildatum: Date,
    ) -> Result<Vec<Vervalregel>, StoreFout> {
        let actor = Actor { id: SYSTEEM, organisatie_id };
        let lijst = self.bewaaroverzicht(actor, peildatum)?;
        let mut gedaan = Vec::new();
        for regel in lijst {
            if self.schrijf(|c| voer_uit(c, actor, &regel, peildatum))? {
                gedaan.push(regel);
            }
        }
        Ok(gedaan)
    }

    /// The daily run as a job of the job table: queued once per day (key `bewaartermijnen:<day>`, so that
    /// of several servers only one queues it), then run for every organisation by the worker that claims
    /// it. `None`: no job for this worker (another has it, or today's is done).
    pub fn bewaarronde(&self, werker: &str, vandaag: Date, nu: i64) -> Result<Option<Vec<Vervalregel>>, StoreFout> {
        let sleutel = format!("{TAAK}:{vandaag}");
        let gegevens = json!({ "peildatum": vandaag.to_string() }).to_string();
        self.plan_taak(&NieuweTaak { soort: TAAK, sleutel: &sleutel, gegevens: &gegevens, max_pogingen: 5 }, nu)?;
        let Some(taak) = self.neem_taak(TAAK, werker, Duration::from_secs(15 * 60), nu)? else { return Ok(None) };
        let peildatum = serde_json::from_str::<serde_json::Value>(&taak.gegevens)
            .ok()
            .and_then(|g| g["peildatum"].as_str().and_then(|d| d.parse().ok()))
            .unwrap_or(vandaag);
        let ronde = self.organisaties().and_then(|organisaties| {
            let mut gedaan = Vec::new();
            for (id, _) in organisaties {
                gedaan.extend(self.voer_bewaartermijnen_uit(&id, peildatum)?);
            }
            Ok(gedaan)
        });
        match ronde {
            Ok(gedaan) => {
                self.taak_klaar(&taak.id, werker, nu_micros())?;
                Ok(Some(gedaan))
            }
            Err(e) => {
                let wacht = terugval(taak.pogingen, Duration::from_secs(60), Duration::from_secs(3600));
                self.taak_mislukt(&taak.id, werker, &e.to_string(), wacht, nu_micros())?;
                Err(e)
            }
        }
    }

    /// Who the medical notes of an anonymised dossier are about, while they are kept: for the bedrijfsarts
    /// only; the read is logged as a read of medical data. `None`: nothing kept (the dossier itself still
    /// names the employee, or its medical notes are gone too). The BSN stays encrypted beside it.
    pub fn bewaarde_identiteit(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        context: &str,
    ) -> Result<Option<String>, StoreFout> {
        self.schrijf(|c| {
            let (plaats, toegang) = medische_toegang(c, actor, dossier_id)?;
            let naam: Option<(String, String)> = bewaarde_identiteiten::table
                .find(toegang.werknemer_id())
                .select((bewaarde_identiteiten::voornaam, bewaarde_identiteiten::achternaam))
                .first(c)
                .optional()?;
            let Some((voornaam, achternaam)) = naam else { return Ok(None) };
            let details = json!({"gegevens": ["bewaarde identiteit"]});
            crate::leesregel(
                c,
                actor,
                logboek::Soort::Medisch,
                "dossier",
                dossier_id,
                &plaats.werknemer_id,
                context,
                details,
            )?;
            Ok(Some(format!("{voornaam} {achternaam}")))
        })
    }
}

fn termijnen(c: &mut Verbinding, organisatie_id: &str) -> Result<Termijnen, StoreFout> {
    let rij: Option<(i32, i32, i32)> = bewaartermijnen::table
        .find(organisatie_id)
        .select((
            bewaartermijnen::dossier_jaren,
            bewaartermijnen::eigenrisicodrager_jaren,
            bewaartermijnen::medisch_jaren,
        ))
        .first(c)
        .optional()?;
    let Some((d, e, m)) = rij else { return Ok(Termijnen::default()) };
    let jaren = |n: i32| u8::try_from(n).unwrap_or(0);
    Termijnen::nieuw(jaren(d), jaren(e), jaren(m))
        .map_err(|e| StoreFout::Ongeldig(format!("ongeldige bewaartermijnen in de database: {e}")))
}

/// The dossier, as far as its end needs it.
fn verloop(c: &mut Verbinding, dossier_id: &str, eigenrisicodrager: bool) -> Result<Dossierverloop, StoreFout> {
    let perioden: Vec<Option<String>> = ziekteperiodes::table
        .filter(ziekteperiodes::dossier_id.eq(dossier_id))
        .select(ziekteperiodes::tot_en_met)
        .load(c)?;
    let traject: Option<(String, String)> = trajecten::table
        .filter(trajecten::dossier_id.eq(dossier_id))
        .select((trajecten::id, trajecten::fase))
        .first(c)
        .optional()?;
    let traject = match traject {
        None => None,
        Some((id, fase)) if fase == domain::traject::Fase::Afgesloten.code() => {
            let gesloten: Vec<String> = traject_overgangen::table
                .filter(traject_overgangen::traject_id.eq(&id))
                .filter(traject_overgangen::naar.eq(&fase))
                .select(traject_overgangen::datum)
                .load(c)?;
            // A closed traject without its closing recorded has no known end: it is kept.
            Some(gesloten.iter().map(|d| datum(d)).collect::<Result<Vec<_>, _>>()?.into_iter().max())
        }
        Some(_) => Some(None),
    };
    let stappen: Vec<String> = gebeurtenissen::table
        .filter(gebeurtenissen::dossier_id.eq(dossier_id))
        .select(gebeurtenissen::datum)
        .load(c)?;
    Ok(Dossierverloop {
        ziekteperiodes: perioden.iter().map(|t| t.as_deref().map(datum).transpose()).collect::<Result<_, _>>()?,
        traject,
        stappen: stappen.iter().map(|d| datum(d)).collect::<Result<_, _>>()?,
        eigenrisicodrager,
    })
}

/// The last medical entry of each employee of the organisation who has any.
fn laatste_medische_invoer(c: &mut Verbinding, organisatie_id: &str) -> Result<BTreeMap<String, Date>, StoreFout> {
    let rijen: Vec<(String, String)> = notities::table
        .inner_join(dossiers::table.on(dossiers::id.eq(notities::dossier_id)))
        .filter(dossiers::organisatie_id.eq(organisatie_id))
        .filter(notities::medisch.eq(true))
        .select((dossiers::werknemer_id, notities::datum))
        .load(c)?;
    let mut laatste = BTreeMap::new();
    for (werknemer_id, d) in rijen {
        let d = datum(&d)?;
        let l = laatste.entry(werknemer_id).or_insert(d);
        *l = (*l).max(d);
    }
    Ok(laatste)
}

/// What expires in the organisation on `peildatum`: dossiers not yet anonymised whose term passed, and the
/// dossiers holding medical notes of an employee whose medical file's term passed.
/// `alleen`: just this dossier.
fn overzicht(
    c: &mut Verbinding,
    organisatie_id: &str,
    peildatum: Date,
    alleen: Option<&str>,
) -> Result<Vec<Vervalregel>, StoreFout> {
    let t = termijnen(c, organisatie_id)?;
    let medisch = laatste_medische_invoer(c, organisatie_id)?;
    let rijen: Vec<(String, String, Option<i64>, String, bool)> = dossiers::table
        .inner_join(werknemers::table.on(werknemers::id.eq(dossiers::werknemer_id)))
        .inner_join(werkgevers::table.on(werkgevers::id.eq(werknemers::werkgever_id)))
        .filter(dossiers::organisatie_id.eq(organisatie_id))
        .order((werkgevers::naam, dossiers::id))
        .select((
            dossiers::id,
            dossiers::werknemer_id,
            dossiers::geanonimiseerd,
            werkgevers::naam,
            werkgevers::eigenrisicodrager,
        ))
        .load(c)?;
    let mut lijst = Vec::new();
    for (dossier_id, werknemer_id, geanonimiseerd, werkgever, eigenrisicodrager) in rijen {
        if alleen.is_some_and(|id| id != dossier_id) {
            continue;
        }
        let regel = |wat, v: Verval| Vervalregel {
            dossier_id: dossier_id.clone(),
            werkgever: werkgever.clone(),
            wat,
            einde: v.einde,
            grond: v.grond,
            jaren: v.jaren,
            vervalt_op: v.datum,
        };
        if geanonimiseerd.is_none()
            && let Some(v) = dossier_verval(&verloop(c, &dossier_id, eigenrisicodrager)?, &t)
            && v.verstreken(peildatum)
        {
            lijst.push(regel(Wat::Dossier, v));
        }
        if let Some(laatste) = medisch.get(&werknemer_id) {
            let v = medisch_verval(*laatste, &t);
            let heeft: i64 = notities::table
                .filter(notities::dossier_id.eq(&dossier_id))
                .filter(notities::medisch.eq(true))
                .count()
                .get_result(c)?;
            if v.verstreken(peildatum) && heeft > 0 {
                lijst.push(regel(Wat::Medisch, v));
            }
        }
    }
    Ok(lijst)
}

/// Carries out one line of the list, when the policy (asked again, on what is stored now) agrees that its
/// term has passed; `false` when it no longer has.
fn voer_uit(c: &mut Verbinding, actor: Actor<'_>, regel: &Vervalregel, peildatum: Date) -> Result<bool, StoreFout> {
    // The dossier's row first: on PostgreSQL this locks it, so a concurrent run waits and then sees this one.
    diesel::update(dossiers::table.find(&regel.dossier_id))
        .set(dossiers::versie.eq(dossiers::versie + 1))
        .execute(c)?;
    let actueel = overzicht(c, actor.organisatie_id, peildatum, Some(&regel.dossier_id))?;
    let Some(verval) = actueel.into_iter().find(|r| r.wat == regel.wat).map(|r| Verval {
        einde: r.einde,
        grond: r.grond,
        jaren: r.jaren,
        datum: r.vervalt_op,
    }) else {
        return Ok(false);
    };
    let plaats = Plaats::laad(c, &regel.dossier_id)?;
    let vernietiging = toegang::vernietiging(actor.organisatie_id, &plaats.doel(), &verval, peildatum)
        .map_err(|_| StoreFout::Geweigerd("de bewaartermijn loopt nog"))?;
    let soorten = match regel.wat {
        Wat::Dossier => anonimiseer(c, &regel.dossier_id, &vernietiging)?,
        Wat::Medisch => vernietig_medisch(c, &regel.dossier_id, &vernietiging)?,
    };
    let actie = if regel.wat == Wat::Dossier { "geanonimiseerd" } else { "verwijderd" };
    let details = json!({
        "bewaartermijn": verval.grond.code(),
        "jaren": verval.jaren,
        "einde": verval.einde.to_string(),
        "vervallen_op": verval.datum.to_string(),
        "actie": actie,
        "gegevens": soorten,
    });
    wijziging(c, actor, "dossier", &regel.dossier_id, Some(vernietiging.werknemer_id()), details)?;
    Ok(true)
}

/// Deletes the (non-)medical documents of a dossier, and their files when no other document holds them.
fn verwijder_documenten(c: &mut Verbinding, dossier_id: &str, medisch: bool) -> Result<usize, StoreFout> {
    let weg =
        || documenten::table.filter(documenten::dossier_id.eq(dossier_id)).filter(documenten::medisch.eq(medisch));
    let bestanden: Vec<String> = weg().select(documenten::sha256).load(c)?;
    if !medisch {
        diesel::delete(rapporten::table.filter(rapporten::dossier_id.eq(dossier_id))).execute(c)?;
    }
    let n = diesel::delete(weg()).execute(c)?;
    for sha256 in bestanden {
        let nog: i64 = documenten::table.filter(documenten::sha256.eq(&sha256)).count().get_result(c)?;
        if nog == 0 {
            diesel::delete(inhoud::table.find(&sha256)).execute(c)?;
        }
    }
    Ok(n)
}

/// Anonymises an expired dossier; returns the kinds of data removed.
fn anonimiseer(c: &mut Verbinding, dossier_id: &str, v: &Vernietiging) -> Result<Vec<&'static str>, StoreFout> {
    let mut soorten = vec![
        "documenten",
        "notities",
        "toelichtingen",
        "belastbaarheid",
        "passend werk",
        "meldingen",
        "correctieverzoeken",
    ];
    verwijder_documenten(c, dossier_id, false)?;
    diesel::delete(notities::table.filter(notities::dossier_id.eq(dossier_id)).filter(notities::medisch.eq(false)))
        .execute(c)?;
    diesel::update(gebeurtenissen::table.filter(gebeurtenissen::dossier_id.eq(dossier_id)))
        .set(gebeurtenissen::toelichting.eq(None::<String>))
        .execute(c)?;
    diesel::delete(belastbaarheid::table.filter(belastbaarheid::dossier_id.eq(dossier_id))).execute(c)?;
    diesel::delete(matchbesluiten::table.filter(matchbesluiten::dossier_id.eq(dossier_id))).execute(c)?;
    diesel::delete(profieltoestemmingen::table.filter(profieltoestemmingen::dossier_id.eq(dossier_id))).execute(c)?;
    diesel::delete(profieldelingen::table.filter(profieldelingen::dossier_id.eq(dossier_id))).execute(c)?;
    diesel::delete(meldingen::table.filter(meldingen::dossier_id.eq(dossier_id))).execute(c)?;
    diesel::delete(correctieverzoeken::table.filter(correctieverzoeken::dossier_id.eq(dossier_id))).execute(c)?;
    soorten.extend(crate::traject::anonimiseer(c, dossier_id)?);
    diesel::update(dossiers::table.find(dossier_id)).set(dossiers::geanonimiseerd.eq(nu_micros())).execute(c)?;
    // The employee goes when none of their dossiers is kept any more.
    let werknemer_id = v.werknemer_id();
    let bewaard: i64 = dossiers::table
        .filter(dossiers::werknemer_id.eq(werknemer_id))
        .filter(dossiers::geanonimiseerd.is_null())
        .count()
        .get_result(c)?;
    if bewaard == 0 {
        anonimiseer_werknemer(c, werknemer_id)?;
        soorten.extend(["persoonsgegevens", "contactgegevens", "bsn", "account"]);
    }
    Ok(soorten)
}

/// Replaces an employee's personal data; while their medical notes are kept, their name and BSN stay
/// beside those for the bedrijfsarts. Their account can no longer log in.
fn anonimiseer_werknemer(c: &mut Verbinding, werknemer_id: &str) -> Result<(), StoreFout> {
    let medisch: i64 = notities::table
        .inner_join(dossiers::table.on(dossiers::id.eq(notities::dossier_id)))
        .filter(dossiers::werknemer_id.eq(werknemer_id))
        .filter(notities::medisch.eq(true))
        .count()
        .get_result(c)?;
    if medisch > 0 {
        let (voornaam, achternaam, bsn): (String, String, Vec<u8>) = werknemers::table
            .find(werknemer_id)
            .select((werknemers::voornaam, werknemers::achternaam, werknemers::bsn_versleuteld))
            .first(c)?;
        diesel::insert_into(bewaarde_identiteiten::table)
            .values((
                bewaarde_identiteiten::werknemer_id.eq(werknemer_id),
                bewaarde_identiteiten::voornaam.eq(voornaam),
                bewaarde_identiteiten::achternaam.eq(achternaam),
                bewaarde_identiteiten::bsn_versleuteld.eq(bsn),
            ))
            .execute(c)?;
    }
    let (voornaam, achternaam, postcode) = ANONIEM;
    diesel::update(werknemers::table.find(werknemer_id))
        .set((
            werknemers::voornaam.eq(voornaam),
            werknemers::achternaam.eq(achternaam),
            werknemers::email.eq(None::<String>),
            werknemers::telefoon.eq(None::<String>),
            werknemers::functie.eq(""),
            werknemers::postcode.eq(postcode),
            werknemers::bsn_versleuteld.eq(Vec::<u8>::new()),
        ))
        .execute(c)?;
    let accounts: Vec<String> =
        gebruikers::table.filter(gebruikers::werknemer_id.eq(werknemer_id)).select(gebruikers::id).load(c)?;
    for id in accounts {
        diesel::update(gebruikers::table.find(&id))
            .set((
                gebruikers::naam.eq(format!("{voornaam} {achternaam}")),
                gebruikers::email.eq(format!("{id}@geanonimiseerd.invalid")),
            ))
            .execute(c)?;
        diesel::delete(inloggegevens::table.find(&id)).execute(c)?;
        diesel::delete(herinneringsvoorkeuren::table.find(&id)).execute(c)?;
        diesel::delete(meldingen::table.filter(meldingen::gebruiker_id.eq(&id))).execute(c)?;
        diesel::update(tokens::table.filter(tokens::gebruiker_id.eq(&id)).filter(tokens::ingetrokken.is_null()))
            .set(tokens::ingetrokken.eq(nu_micros()))
            .execute(c)?;
    }
    Ok(())
}

/// Deletes the medical notes (and medical documents) of a dossier whose medical term passed; the kept
/// identity goes with the employee's last medical note.
fn vernietig_medisch(c: &mut Verbinding, dossier_id: &str, v: &Vernietiging) -> Result<Vec<&'static str>, StoreFout> {
    diesel::delete(notities::table.filter(notities::dossier_id.eq(dossier_id)).filter(notities::medisch.eq(true)))
        .execute(c)?;
    verwijder_documenten(c, dossier_id, true)?;
    let over: i64 = notities::table
        .inner_join(dossiers::table.on(dossiers::id.eq(notities::dossier_id)))
        .filter(dossiers::werknemer_id.eq(v.werknemer_id()))
        .filter(notities::medisch.eq(true))
        .count()
        .get_result(c)?;
    if over == 0 {
        diesel::delete(bewaarde_identiteiten::table.find(v.werknemer_id())).execute(c)?;
    }
    Ok(vec!["medische notities", "medische documenten"])
}
