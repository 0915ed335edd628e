//! Passend werk: the dossier's latest belastbaarheid (functional terms only) matched against the
//! occupation catalogue, every verdict explained item by item, and the coach's decision per result
//! (accept, reject with a reason, motivate a beoordelingspunt), logged. The same profile against the
//! organisation's vacancies, with travel distance; a vacancy becomes an application in the traject, and the
//! profile (anonymous, functional terms) is shared with its employer only with the employee's consent.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::traject::{ActiviteitSoort, SollicitatieStatus};
use domain::waarden::{Opleidingsniveau, Rol};
use matching::rangorde::termen;
use matching::vacature::beoordeel_vacature;
use matching::{Belastbaarheid, Catalogus, Oordeel, Profiel, Resultaat, Voorblad, rangschik_beroepen};
use serde::Deserialize;
use store::matchbesluiten::{Besluit, Matchbesluit, NieuwMatchbesluit};
use store::traject::{ActiviteitInhoud, NieuweActiviteit};
use store::{Gegevens, Handeling};

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::taal::Taal;
use crate::vacatures::Vacaturebestand;
use crate::{AppState, direct, vandaag};

/// The suitable results shown, best first; the unsuitable ones are listed with their reasons, folded.
const GETOOND: usize = 25;
/// The travel distance the vacancies are searched within unless the coach chooses another (km).
const STANDAARD_REISAFSTAND: u16 = 30;

pub struct Regel {
    pub resultaat: Resultaat,
    pub besluit: Option<Matchbesluit>,
}

impl Regel {
    pub fn score(&self) -> String {
        format!("{:.2}", self.resultaat.score).replace('.', ",")
    }

    /// Every part of the score, named, with its explanation.
    pub fn opbouw(&self) -> Vec<String> {
        self.resultaat.score_opbouw.delen().map(|(naam, d)| format!("{naam}: {}", d.toelichting)).collect()
    }

    /// For a vacancy with a wage and an old wage known: whether the wage is below 65% of the old wage.
    pub fn onder_65_procent(&self) -> Option<bool> {
        self.resultaat.score_opbouw.loon.as_ref().map(|l| l.onder_65_procent)
    }

    /// Employer, place and distance of a vacancy, as one line.
    pub fn vacature_tekst(&self) -> Option<String> {
        let v = self.resultaat.vacature.as_ref()?;
        let afstand = v.afstand_km.map(|km| format!("{} km", matching::rangorde::komma(km)));
        let delen: Vec<String> = [v.werkgever.clone(), v.plaats.clone(), afstand].into_iter().flatten().collect();
        Some(delen.join(" · "))
    }

    pub fn besluit_tekst(&self) -> Option<String> {
        self.besluit.as_ref().map(|b| {
            let moment = crate::moment(b.vastgelegd);
            if b.toelichting.is_empty() {
                format!("{} door {} ({moment})", b.besluit.code(), b.door)
            } else {
                format!("{} door {} ({moment}): {}", b.besluit.code(), b.door, b.toelichting)
            }
        })
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "passend_werk.html")]
pub struct PassendWerkPagina {
    t: Taal,
    naam: String,
    rol: String,
    id: String,
    werknemer: String,
    /// The date of the belastbaarheid matched, or none recorded yet.
    peildatum: Option<String>,
    passend: Vec<Regel>,
    ongeschikt: Vec<Regel>,
    aantal_ongeschikt: usize,
    /// The organisation's vacancies matched, for the roles that work with vacancies.
    vacatures: Option<Vacatureuitkomst>,
    reisafstand: u16,
    /// The employee's latest word on sharing their profile (`None`: never asked), and every share.
    toestemming: Option<bool>,
    delingen: Vec<String>,
    melding: Option<String>,
    fout: Option<String>,
}

/// The vacancies part of the page.
pub struct Vacatureuitkomst {
    pub totaal: usize,
    pub geschikt: usize,
    pub beoordelingspunt: usize,
    pub regels: Vec<Regel>,
    /// What limits the result: distances unknown, stored vacancies unreadable.
    pub meldingen: Vec<String>,
}

impl PassendWerkPagina {
    pub fn coach(&self) -> bool {
        self.rol == Rol::Coach.code()
    }

    pub fn mag_delen(&self) -> bool {
        self.toestemming == Some(true)
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct PaginaVraag {
    vastgelegd: Option<String>,
    reisafstand: Option<String>,
}

pub async fn pagina(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Query(vraag): Query<PaginaVraag>,
) -> Result<PassendWerkPagina, AppFout> {
    let melding = vraag.vastgelegd.is_some().then(|| wie.taal.t("algemeen-vastgelegd"));
    let reisafstand = match vraag.reisafstand.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        None => STANDAARD_REISAFSTAND,
        Some(r) => r
            .parse()
            .ok()
            .filter(|km| (1..=300).contains(km))
            .ok_or_else(|| AppFout::Ongeldig(wie.taal.t("passend-reisafstand-ongeldig")))?,
    };
    toon(&staat, wie, id, reisafstand, melding, None).await
}

/// What the page reads: all through the store's policy, each read logged.
struct Gelezen {
    dossier: store::Dossier,
    belastbaarheid: Option<store::Belastbaarheid>,
    traject: Option<store::traject::Traject>,
    besluiten: Vec<Matchbesluit>,
    toestemming: Option<bool>,
    delingen: Vec<store::vacatures::Profieldeling>,
    vacatures: Option<std::sync::Arc<Vacaturebestand>>,
}

async fn lees(staat: &AppState, wie: &Ingelogd, id: &str) -> Result<Gelezen, AppFout> {
    direct(staat, |s| {
        let a = wie.actor();
        Ok(Gelezen {
            dossier: s.dossier(a, id, "passend werk")?,
            belastbaarheid: s.belastbaarheid(a, id, "passend werk")?.pop(),
            traject: s.traject(a, id, "passend werk")?,
            besluiten: s.matchbesluiten(a, id, "passend werk")?,
            toestemming: s.profieltoestemming(a, id, "passend werk")?.map(|t| t.gegeven),
            delingen: s.profieldelingen(a, id, "passend werk")?,
            vacatures: staat.vacatures.actueel(s, a)?,
        })
    })
}

/// The matcher's profile: functional terms only (the items and whether there are usable capacities), the
/// intake's education, wishes, skills and experience and old wage, the employee's home postcode.
fn profiel(g: &Gelezen, b: &store::Belastbaarheid, reisafstand: u16) -> Profiel {
    let intake = g.traject.as_ref().and_then(|t| t.intake.as_ref());
    Profiel {
        belastbaarheid: Belastbaarheid {
            items: b.items.clone(),
            voorblad: if b.benutbare_mogelijkheden {
                Voorblad::Benutbaar
            } else {
                Voorblad::GeenBenutbareMogelijkheden(b.reden_geen)
            },
        },
        pc4: Some(g.dossier.postcode.pc4()),
        max_reisafstand_km: Some(f64::from(reisafstand)),
        opleiding: intake.and_then(|i| Opleidingsniveau::parse(&i.opleidingsniveau).ok()),
        wensen: intake.map(|i| matching::rangorde::woorden(&i.wensen)).unwrap_or_default(),
        vaardigheden: intake
            .map(|i| [&i.vaardigheden, &i.werkervaring].into_iter().flat_map(|t| termen(t)).collect())
            .unwrap_or_default(),
        // Whole euros; the intake keeps cents.
        oud_loon_per_maand: intake
            .and_then(|i| i.oud_loon_per_maand_centen)
            .and_then(|c| u32::try_from((c + 50) / 100).ok())
            .filter(|e| *e > 0),
        ..Profiel::default()
    }
}

fn vacatureuitkomst(
    staat: &AppState,
    wie: &Ingelogd,
    bestand: &Vacaturebestand,
    profiel: &Profiel,
    besluiten: &[Matchbesluit],
) -> Vacatureuitkomst {
    let postcodes = staat.postcodes.as_deref();
    let zoek = bestand.index.zoek(profiel, postcodes, GETOOND);
    let regels = zoek
        .beste
        .iter()
        .map(|(i, _, _)| {
            let resultaat = beoordeel_vacature(profiel, &bestand.vacatures[*i], postcodes);
            let besluit = besluiten.iter().find(|b| b.referentie == resultaat.id).cloned();
            Regel { resultaat, besluit }
        })
        .collect();
    let mut meldingen = Vec::new();
    match postcodes {
        None => meldingen.push(wie.taal.t("passend-geen-postcodetabel")),
        Some(tabel) if profiel.pc4.and_then(|p| tabel.punt(p)).is_none() => {
            meldingen.push(wie.taal.t("passend-woonplaats-onbekend"))
        }
        Some(_) => {}
    }
    if bestand.onleesbaar > 0 {
        meldingen.push(wie.taal.m("vacatures-onleesbaar").a("aantal", bestand.onleesbaar).to_string());
    }
    Vacatureuitkomst {
        totaal: bestand.vacatures.len(),
        geschikt: zoek.geschikt,
        beoordelingspunt: zoek.beoordelingspunt,
        regels,
        meldingen,
    }
}

async fn toon(
    staat: &AppState,
    wie: Ingelogd,
    id: String,
    reisafstand: u16,
    melding: Option<String>,
    fout: Option<String>,
) -> Result<PassendWerkPagina, AppFout> {
    let g = lees(staat, &wie, &id).await?;
    let peildatum = g.belastbaarheid.as_ref().map(|b| domain::poortwachter::datum::nl(b.datum));
    let (mut passend, mut ongeschikt) = (Vec::new(), Vec::new());
    let mut vacatures = None;
    if let Some(b) = &g.belastbaarheid {
        let profiel = profiel(&g, b, reisafstand);
        let besluiten = &g.besluiten;
        for resultaat in rangschik_beroepen(&profiel, Catalogus::ingebouwd()) {
            let besluit = besluiten.iter().find(|b| b.referentie == resultaat.id).cloned();
            let regel = Regel { resultaat, besluit };
            if regel.resultaat.oordeel == Oordeel::Ongeschikt { ongeschikt.push(regel) } else { passend.push(regel) }
        }
        vacatures = g.vacatures.as_deref().map(|v| vacatureuitkomst(staat, &wie, v, &profiel, besluiten));
    }
    let aantal_ongeschikt = ongeschikt.len();
    passend.truncate(GETOOND);
    Ok(PassendWerkPagina {
        t: wie.taal,
        naam: wie.naam,
        rol: wie.rol,
        id,
        werknemer: g.dossier.werknemer,
        peildatum,
        passend,
        ongeschikt,
        aantal_ongeschikt,
        vacatures,
        reisafstand,
        toestemming: g.toestemming,
        delingen: g
            .delingen
            .into_iter()
            .map(|d| format!("{} · {} · {}", crate::moment(d.gedeeld), d.naam, d.door))
            .collect(),
        melding,
        fout,
    })
}

#[derive(Debug, Deserialize)]
pub struct BesluitInvoer {
    #[serde(default)]
    soort: String,
    referentie: String,
    naam: String,
    besluit: String,
    #[serde(default)]
    toelichting: String,
}

/// The coach's decision on one result.
pub async fn besluit(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Form(invoer): Form<BesluitInvoer>,
) -> Result<Response, AppFout> {
    let Some(besluit) = Besluit::uit_code(&invoer.besluit) else {
        let fout = AppFout::Ongeldig(wie.taal.t("passend-kies-besluit"));
        return opnieuw_na(fout, &staat, wie, id).await;
    };
    let nieuw = NieuwMatchbesluit {
        soort: if invoer.soort == "vacature" { "vacature".into() } else { "beroep".into() },
        referentie: invoer.referentie,
        naam: invoer.naam,
        besluit,
        toelichting: invoer.toelichting.chars().take(2000).collect(),
    };
    match direct(&staat, |s| s.leg_matchbesluit_vast(wie.actor(), &id, &nieuw)) {
        Ok(_) => Ok(Redirect::to(&format!("/dossiers/{id}/passend-werk?vastgelegd=1")).into_response()),
        Err(e) => opnieuw_na(e, &staat, wie, id).await,
    }
}

/// A refused action shows the page again with its reason; other errors pass on.
async fn opnieuw_na(fout: AppFout, staat: &AppState, wie: Ingelogd, id: String) -> Result<Response, AppFout> {
    match fout {
        AppFout::Ongeldig(f) => Ok(toon(staat, wie, id, STANDAARD_REISAFSTAND, None, Some(f)).await?.into_response()),
        e => Err(e),
    }
}

#[derive(Debug, Deserialize)]
pub struct VacatureInvoer {
    referentie: String,
}

/// The vacancy of the organisation with this reference, as the matcher read it, for whoever may act on the
/// dossier's traject (the coach); others are refused before the vacancy is looked up.
async fn vacature(
    staat: &AppState,
    wie: &Ingelogd,
    dossier_id: &str,
    referentie: &str,
) -> Result<matching::Vacature, AppFout> {
    let bestand = direct(staat, |s| {
        s.vereis(wie.actor(), Handeling::Schrijven, Gegevens::Traject, dossier_id)?;
        staat.vacatures.actueel(s, wie.actor())
    })?;
    bestand
        .and_then(|b| b.vacatures.iter().find(|v| v.id == referentie).cloned())
        .ok_or_else(|| AppFout::Ongeldig(wie.taal.t("passend-vacature-weg")))
}

/// The coach turns a vacancy into an application in the traject: an open application, dated today.
pub async fn solliciteer(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Form(invoer): Form<VacatureInvoer>,
) -> Result<Response, AppFout> {
    let v = vacature(&staat, &wie, &id, &invoer.referentie).await?;
    let activiteit = NieuweActiviteit {
        soort: ActiviteitSoort::Sollicitatie,
        datum: vandaag(),
        minuten: 0,
        inhoud: ActiviteitInhoud {
            doel: format!("Solliciteren op passend werk: {}", v.titel),
            vacature: Some(format!("{} ({})", v.titel, v.id)),
            werkgever: v.werkgever.clone(),
            kanaal: Some("passend werk in spoor2".into()),
            status: Some(SollicitatieStatus::Open.code().into()),
            ..ActiviteitInhoud::default()
        },
    };
    match direct(&staat, |s| s.log_activiteit(wie.actor(), &id, &activiteit)) {
        Ok(_) => Ok(Redirect::to(&format!("/dossiers/{id}/traject?vastgelegd=1")).into_response()),
        Err(e) => opnieuw_na(e, &staat, wie, id).await,
    }
}

/// What a prospective employer receives: no name, no BSN, no diagnosis; the functional possibilities and
/// the education level, for one vacancy.
#[derive(Template, WebTemplate)]
#[template(path = "kandidaatprofiel.html")]
pub struct Kandidaatprofiel {
    t: Taal,
    naam: String,
    rol: String,
    id: String,
    vacature: String,
    werkgever: String,
    datum: String,
    opleiding: Option<String>,
    /// (code, item, possibility) for every restricted item.
    beperkingen: Vec<(&'static str, &'static str, String)>,
}

/// The coach shares the profile for a vacancy: refused by the store unless the employee consented; the
/// share is kept and logged.
pub async fn deel(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Form(invoer): Form<VacatureInvoer>,
) -> Result<Response, AppFout> {
    let v = vacature(&staat, &wie, &id, &invoer.referentie).await?;
    let werkgever = v.werkgever.clone().unwrap_or_default();
    let naam = if werkgever.is_empty() { v.titel.clone() } else { format!("{} bij {werkgever}", v.titel) };
    let gedeeld = direct(&staat, |s| {
        s.deel_profiel(wie.actor(), &id, &v.id, &naam)?;
        let belastbaarheid = s.belastbaarheid(wie.actor(), &id, "profiel delen")?.pop();
        let traject = s.traject(wie.actor(), &id, "profiel delen")?;
        Ok((belastbaarheid, traject))
    });
    let (belastbaarheid, traject) = match gedeeld {
        Ok(g) => g,
        Err(e) => return opnieuw_na(e, &staat, wie, id).await,
    };
    let beperkingen = belastbaarheid
        .map(|b| {
            crate::belastbaarheid::Samenvatting::from(b)
                .beperkingen
                .into_iter()
                .map(|(code, item, waarde, _toelichting)| (code, item, waarde))
                .collect()
        })
        .unwrap_or_default();
    Ok(Kandidaatprofiel {
        t: wie.taal,
        naam: wie.naam,
        rol: wie.rol,
        id,
        vacature: v.titel,
        werkgever,
        datum: domain::poortwachter::datum::nl(vandaag()),
        opleiding: traject.and_then(|t| t.intake).map(|i| i.opleidingsniveau).filter(|o| !o.is_empty()),
        beperkingen,
    }
    .into_response())
}
