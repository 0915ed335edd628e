//! The spoor 2 traject page of a dossier: advice, commission, intake, trajectplan with approvals,
//! the activity log, the traject clock with its intensity figures, and the moves from phase to phase.
//! Every role sees the traject as the policy allows; each form is shown to the role whose step it is,
//! and the store decides.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::poortwachter::datum::nl;
use domain::traject::{self, ActiviteitSoort, Afsluitreden, ContractSoort, Fase, SollicitatieStatus, Urencategorie};
use domain::waarden::{Opleidingsniveau, Rol};
use jiff::civil::Date;
use store::traject::{
    ActiviteitInhoud, Advies, GeplandeActiviteit, Intake, NieuwNazorgcontact, NieuweActiviteit, NieuweUrenregel,
    Opdracht, Plaatsing, Plan, Traject, Uitvoerder,
};

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::taal::Taal;
use crate::{AppState, blokkerend, direct, vandaag};

#[derive(Template, WebTemplate)]
#[template(path = "traject.html")]
pub struct TrajectPagina {
    t: Taal,
    naam: String,
    rol: String,
    id: String,
    werknemer: String,
    traject: Option<Traject>,
    /// (what, due, done on, late)
    termijnen: Vec<(&'static str, String, String, bool)>,
    intensiteit: Option<traject::Intensiteit>,
    vandaag: String,
    melding: Option<String>,
    fout: Option<String>,
    volgende: Option<&'static str>,
    redenen: Vec<(&'static str, &'static str)>,
    soorten: Vec<(&'static str, &'static str)>,
    statussen: Vec<&'static str>,
    niveaus: Vec<&'static str>,
    contracten: Vec<(&'static str, &'static str)>,
    categorieen: Vec<(&'static str, &'static str)>,
    /// (months, date, done on, status) of the nazorg moments.
    nazorg: Vec<(i8, String, String, &'static str)>,
    /// The stored reports (the coach acknowledges them here).
    rapporten: Vec<crate::rapporten::Regel>,
}

impl TrajectPagina {
    fn is(&self, rol: Rol) -> bool {
        self.rol == rol.code()
    }

    fn fase(&self) -> Option<Fase> {
        self.traject.as_ref().map(|t| t.fase)
    }

    pub fn kan_adviseren(&self) -> bool {
        self.traject.is_none() && self.is(Rol::Arbeidsdeskundige)
    }

    pub fn kan_opdracht(&self) -> bool {
        self.fase() == Some(Fase::Advies) && self.is(Rol::Werkgever)
    }

    pub fn kan_intake(&self) -> bool {
        self.fase() == Some(Fase::Intake) && self.is(Rol::Coach)
    }

    pub fn loopt(&self) -> bool {
        self.fase().is_some_and(|f| f >= Fase::Intake && f != Fase::Afgesloten)
    }

    pub fn kan_plan(&self) -> bool {
        self.fase().is_some_and(|f| f >= Fase::Plan && f != Fase::Afgesloten) && self.is(Rol::Coach)
    }

    /// The latest plan version that this user (employee or employer) has yet to approve.
    pub fn te_keuren(&self) -> Option<i32> {
        let plan = self.traject.as_ref()?.plannen.last()?;
        let open = if self.is(Rol::Werknemer) {
            plan.werknemer_akkoord.is_none()
        } else {
            self.is(Rol::Werkgever) && plan.werkgever_akkoord.is_none()
        };
        open.then_some(plan.versie)
    }

    pub fn kan_activiteit(&self) -> bool {
        self.loopt() && (self.is(Rol::Coach) || self.is(Rol::Werknemer))
    }

    pub fn coach(&self) -> bool {
        self.is(Rol::Coach)
    }

    pub fn kan_fase(&self) -> bool {
        self.fase().is_some_and(|f| f != Fase::Afgesloten) && (self.is(Rol::Coach) || self.is(Rol::Werkgever))
    }

    pub fn euro(centen: impl std::borrow::Borrow<i64>) -> String {
        traject::euro(*centen.borrow())
    }

    /// Placement and nazorg are the coach's, from the phase plaatsing on.
    pub fn kan_plaatsing(&self) -> bool {
        self.fase().is_some_and(|f| f >= Fase::Plaatsing && f != Fase::Afgesloten) && self.is(Rol::Coach)
    }

    /// Hours are the coach's, while the traject runs.
    pub fn kan_uren(&self) -> bool {
        self.loopt() && self.is(Rol::Coach)
    }

    pub fn datum(d: &Date) -> String {
        nl(*d)
    }

    pub fn moment(micros: &i64) -> String {
        crate::moment(*micros)
    }

    pub fn uren(minuten: &u32) -> String {
        traject::uren(*minuten)
    }

    pub fn getal(x: &f32) -> String {
        format!("{x:.1}").replace('.', ",")
    }
}

pub async fn pagina(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Query(vraag): Query<crate::NaOpslaan>,
) -> Result<TrajectPagina, AppFout> {
    let melding = vraag.melding(wie.taal);
    toon(&staat, wie, id, melding, None).await
}

async fn toon(
    staat: &AppState,
    wie: Ingelogd,
    id: String,
    melding: Option<String>,
    fout: Option<String>,
) -> Result<TrajectPagina, AppFout> {
    let (werknemer, traject, rapportages, rapporten) = staat
        .store
        .samen(wie.actor(), |s| {
            let traject = s.traject(wie.actor(), &id, "trajectpagina")?;
            let dossier = s.dossier(wie.actor(), &id, "trajectpagina")?;
            let rapporten = s.rapporten(wie.actor(), &id, "trajectpagina")?;
            // The traject clock counts the stored progress reports too, by the end of their period.
            let mut gemaakt = rapportages(&dossier);
            gemaakt.extend(rapporten.iter().filter(|r| r.soort == "voortgangsrapportage").map(|r| r.tot));
            Ok((dossier.werknemer.clone(), traject, gemaakt, rapporten))
        })
        .vastgelegd()
        .await?;
    let vandaag = vandaag();
    let data = traject.as_ref().map(|t| t.data(rapportages));
    let termijnen = data
        .as_ref()
        .map(|d| {
            traject::termijnen(d, vandaag)
                .into_iter()
                .map(|t| (t.wat, nl(t.uiterlijk), t.gedaan_op.map(nl).unwrap_or_default(), t.te_laat))
                .collect()
        })
        .unwrap_or_default();
    let nazorg = traject
        .as_ref()
        .map(|t| {
            t.nazorgmomenten(vandaag)
                .into_iter()
                .map(|m| (m.na_maanden, nl(m.datum), m.gedaan_op.map(nl).unwrap_or_default(), m.status.omschrijving()))
                .collect()
        })
        .unwrap_or_default();
    let volgende = traject.as_ref().and_then(|t| {
        Fase::ALLE.iter().skip_while(|f| **f != t.fase).nth(1).filter(|f| **f != Fase::Afgesloten).map(|f| f.code())
    });
    Ok(TrajectPagina {
        t: wie.taal,
        naam: wie.naam,
        rol: wie.rol,
        id,
        werknemer,
        intensiteit: data.as_ref().map(|d| traject::intensiteit(d, vandaag)),
        termijnen,
        traject,
        vandaag: vandaag.to_string(),
        melding,
        fout,
        volgende,
        redenen: Afsluitreden::ALLE.iter().map(|r| (r.code(), r.omschrijving())).collect(),
        soorten: ActiviteitSoort::ALLE.iter().map(|s| (s.code(), s.omschrijving())).collect(),
        statussen: SollicitatieStatus::ALLE.iter().map(|s| s.code()).collect(),
        niveaus: Opleidingsniveau::ALLE.iter().map(|n| n.code()).collect(),
        contracten: ContractSoort::ALLE.iter().map(|c| (c.code(), c.omschrijving())).collect(),
        categorieen: Urencategorie::ALLE.iter().map(|c| (c.code(), c.omschrijving())).collect(),
        nazorg,
        rapporten: rapporten.iter().map(crate::rapporten::Regel::van).collect(),
    })
}

/// The progress reports made: the dossier's Poortwachter steps `voortgangsrapportage`.
pub(crate) fn rapportages(dossier: &store::Dossier) -> Vec<Date> {
    dossier
        .klok
        .gebeurtenissen
        .iter()
        .filter(|g| g.soort == domain::poortwachter::Soort::Voortgangsrapportage)
        .map(|g| g.datum)
        .collect()
}

/// The fields of a posted form, by name; what is wrong with them, in Dutch.
struct Velden(HashMap<String, String>);

impl Velden {
    fn tekst(&self, naam: &str) -> String {
        self.0.get(naam).map(|w| w.trim().to_string()).unwrap_or_default()
    }

    fn regels(&self, naam: &str) -> Vec<String> {
        self.tekst(naam).lines().map(str::trim).filter(|r| !r.is_empty()).map(String::from).collect()
    }

    fn datum(&self, naam: &str, wat: &str) -> Result<Date, String> {
        let w = self.tekst(naam);
        w.parse().map_err(|_| format!("{wat}: '{w}' is geen datum"))
    }

    fn optionele_datum(&self, naam: &str, wat: &str) -> Result<Option<Date>, String> {
        if self.tekst(naam).is_empty() { Ok(None) } else { self.datum(naam, wat).map(Some) }
    }

    fn getal<T: std::str::FromStr>(&self, naam: &str, wat: &str) -> Result<T, String> {
        let w = self.tekst(naam);
        w.parse().map_err(|_| format!("{wat}: '{w}' is geen (geheel) getal"))
    }
}

/// What a form asks of the store.
enum Stap {
    Advies(Advies),
    Opdracht(Opdracht),
    Intake(Intake),
    Plan(Plan),
    Akkoord(i32, Option<String>),
    Activiteit(NieuweActiviteit),
    Bevestig(String),
    Status(String, SollicitatieStatus),
    Fase(Fase, Option<Afsluitreden>, Date),
    Plaatsing(Plaatsing),
    Nazorg(NieuwNazorgcontact),
    Uren(NieuweUrenregel),
}

/// An amount in euros as typed ("2.500,00", "2500", "€ 12,50") in cents.
fn centen(v: &Velden, naam: &str, wat: &str) -> Result<i64, String> {
    let w = v.tekst(naam);
    let euro: f64 =
        w.replace(['€', ' ', '.'], "").replace(',', ".").parse().map_err(|_| format!("{wat}: '{w}' is geen bedrag"))?;
    if euro < 0.0 { Err(format!("{wat}: een bedrag is niet negatief")) } else { Ok((euro * 100.0).round() as i64) }
}

fn lees(stap: &str, v: &Velden) -> Result<Stap, String> {
    Ok(match stap {
        "advies" => Stap::Advies(Advies {
            datum: v.datum("datum", "datum")?,
            conclusie: v.tekst("conclusie"),
            zoekrichtingen: v.regels("zoekrichtingen"),
            aanbevolen_start: v.optionele_datum("aanbevolen_start", "aanbevolen start")?,
        }),
        "opdracht" => Stap::Opdracht(Opdracht {
            datum: v.datum("datum", "datum")?,
            uitvoerder: if v.tekst("uitvoerder") == "intern" { Uitvoerder::Intern } else { Uitvoerder::Bureau },
            start: v.datum("start", "start")?,
            duur_weken: v.getal("duur_weken", "afgesproken duur")?,
            budget_centen: centen(v, "budget", "budget")?,
            rapportage_interval_weken: v.getal("interval", "rapportage-interval")?,
        }),
        "plaatsing" => Stap::Plaatsing(Plaatsing {
            werkgever: v.tekst("werkgever"),
            functie: v.tekst("functie"),
            contract: ContractSoort::uit_code(&v.tekst("contract")).ok_or("kies het soort contract")?,
            uren_per_week: v.getal("uren_per_week", "uren per week")?,
            startdatum: v.datum("startdatum", "startdatum")?,
            loon_per_maand_centen: centen(v, "loon", "loon per maand")?,
            oud_loon_per_maand_centen: centen(v, "oud_loon", "oude loon per maand")?,
            no_risk_polis: v.tekst("no_risk_polis") == "ja",
        }),
        "nazorg" => Stap::Nazorg(NieuwNazorgcontact {
            datum: v.datum("datum", "datum")?,
            werk_duurt: v.tekst("werk_duurt") == "ja",
            notitie: v.tekst("notitie"),
        }),
        "uren" => Stap::Uren(NieuweUrenregel {
            datum: v.datum("datum", "datum")?,
            categorie: Urencategorie::uit_code(&v.tekst("categorie")).ok_or("kies een categorie")?,
            minuten: v.getal("minuten", "minuten")?,
            tarief_centen_per_uur: centen(v, "tarief", "tarief per uur")?,
            omschrijving: v.tekst("omschrijving"),
            declarabel: v.tekst("declarabel") == "ja",
        }),
        "intake" => Stap::Intake(Intake {
            datum: v.datum("datum", "datum")?,
            werkervaring: v.tekst("werkervaring"),
            opleidingsniveau: v.tekst("opleidingsniveau"),
            vaardigheden: v.tekst("vaardigheden"),
            wensen: v.tekst("wensen"),
            oud_loon_per_maand_centen: match v.tekst("oud_loon").as_str() {
                "" => None,
                _ => Some(centen(v, "oud_loon", "oude loon per maand")?).filter(|c| *c > 0),
            },
            mogelijkheden: v.tekst("mogelijkheden"),
            belemmeringen: v.tekst("belemmeringen"),
            zoekprofiel: v.tekst("zoekprofiel"),
        }),
        "plan" => Stap::Plan(Plan {
            datum: v.datum("datum", "datum")?,
            doelen: v.regels("doelen"),
            zoekrichtingen: v.regels("zoekrichtingen"),
            activiteiten: v
                .regels("activiteiten")
                .iter()
                .map(|r| {
                    let delen: Vec<&str> = r.splitn(3, ';').map(str::trim).collect();
                    match delen[..] {
                        [datum, wat, eigenaar] => Ok(GeplandeActiviteit {
                            datum: datum
                                .parse()
                                .map_err(|_| format!("geplande activiteit: '{datum}' is geen datum"))?,
                            wat: wat.to_string(),
                            eigenaar: eigenaar.to_string(),
                        }),
                        _ => Err(format!("geplande activiteit '{r}': schrijf datum; wat; wie")),
                    }
                })
                .collect::<Result<_, _>>()?,
        }),
        "akkoord" => Stap::Akkoord(v.getal("versie", "versie")?, Some(v.tekst("visie")).filter(|w| !w.is_empty())),
        "activiteit" => {
            let soort = ActiviteitSoort::uit_code(&v.tekst("soort")).ok_or("kies de soort activiteit")?;
            let optioneel = |naam| Some(v.tekst(naam)).filter(|w| !w.is_empty());
            Stap::Activiteit(NieuweActiviteit {
                soort,
                datum: v.datum("datum", "datum")?,
                minuten: v.getal("minuten", "duur in minuten")?,
                inhoud: ActiviteitInhoud {
                    doel: v.tekst("doel"),
                    met_wie: v.tekst("met_wie"),
                    afspraken: v.tekst("afspraken"),
                    vervolg: v.tekst("vervolg"),
                    volgende_afspraak: v.optionele_datum("volgende_afspraak", "volgende afspraak")?,
                    vacature: optioneel("vacature"),
                    werkgever: optioneel("werkgever"),
                    kanaal: optioneel("kanaal"),
                    status: None,
                    gastwerkgever: optioneel("gastwerkgever"),
                    uren_per_week: optioneel("uren_per_week")
                        .map(|u| u.parse().map_err(|_| "uren per week: geen getal"))
                        .transpose()?,
                    tot: v.optionele_datum("tot", "tot")?,
                },
            })
        }
        "bevestig" => Stap::Bevestig(v.tekst("activiteit")),
        "status" => Stap::Status(
            v.tekst("activiteit"),
            SollicitatieStatus::uit_code(&v.tekst("status")).ok_or("kies een status")?,
        ),
        "fase" => {
            let reden = Some(v.tekst("reden")).filter(|r| !r.is_empty());
            let reden = reden.map(|r| Afsluitreden::uit_code(&r).ok_or("kies een reden van afsluiten")).transpose()?;
            let naar = if reden.is_some() {
                Fase::Afgesloten
            } else {
                Fase::uit_code(&v.tekst("naar")).ok_or("kies de volgende fase")?
            };
            Stap::Fase(naar, reden, v.datum("datum", "datum")?)
        }
        _ => return Err(format!("'{stap}' is geen stap in het traject")),
    })
}

/// Records a step of the traject; shows the page again with the reason when it is refused.
pub async fn leg_vast(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path((id, stap)): Path<(String, String)>,
    Form(velden): Form<Vec<(String, String)>>,
) -> Result<Response, AppFout> {
    let stap = match lees(&stap, &Velden(velden.into_iter().collect())) {
        Ok(s) => s,
        Err(fout) => return Ok(toon(&staat, wie, id, None, Some(fout)).await?.into_response()),
    };
    let uitkomst = direct(&staat, |s| {
        let a = wie.actor();
        match stap {
            Stap::Advies(x) => s.adviseer_spoor2(a, &id, &x).map(|_| ()),
            Stap::Opdracht(x) => s.geef_opdracht(a, &id, &x),
            Stap::Intake(x) => s.leg_intake_vast(a, &id, &x),
            Stap::Plan(x) => s.nieuw_trajectplan(a, &id, &x).map(|_| ()),
            Stap::Akkoord(versie, visie) => {
                if let Some(visie) = visie {
                    s.geef_visie_op_plan(a, &id, versie, &visie)?;
                }
                s.keur_trajectplan_goed(a, &id, versie)
            }
            Stap::Activiteit(x) => s.log_activiteit(a, &id, &x).map(|_| ()),
            Stap::Bevestig(activiteit) => s.bevestig_activiteit(a, &id, &activiteit),
            Stap::Status(activiteit, status) => s.wijzig_sollicitatie(a, &id, &activiteit, status),
            Stap::Fase(naar, reden, datum) => s.zet_traject_door(a, &id, naar, reden, datum),
            Stap::Plaatsing(x) => s.leg_plaatsing_vast(a, &id, &x),
            Stap::Nazorg(x) => s.leg_nazorgcontact_vast(a, &id, &x).map(|_| ()),
            Stap::Uren(x) => s.registreer_uren(a, &id, &x).map(|_| ()),
        }
    });
    match uitkomst {
        Ok(()) => Ok(Redirect::to(&format!("/dossiers/{id}/traject?vastgelegd=1")).into_response()),
        Err(AppFout::Ongeldig(fout)) => Ok(toon(&staat, wie, id, None, Some(fout)).await?.into_response()),
        Err(e) => Err(e),
    }
}

/// The billable lines of the traject as CSV, for the bureau's invoice (whoever may read the traject).
pub async fn uren_csv(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
) -> Result<Response, AppFout> {
    let csv = blokkerend(&staat, move |s| s.uren_csv(wie.actor(), &id, "urenexport")).await?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (axum::http::header::CONTENT_DISPOSITION, "attachment; filename=\"declarabele-uren.csv\""),
        ],
        csv,
    )
        .into_response())
}
