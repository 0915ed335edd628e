//! Passend werk: the dossier's latest belastbaarheid (functional terms only) matched against the
//! occupation catalogue, every verdict explained item by item, and the coach's decision per result
//! (accept, reject with a reason, motivate a beoordelingspunt), logged.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::waarden::{Opleidingsniveau, Rol};
use matching::{Belastbaarheid, Catalogus, Oordeel, Profiel, Resultaat, Voorblad, rangschik_beroepen};
use serde::Deserialize;
use store::matchbesluiten::{Besluit, Matchbesluit, NieuwMatchbesluit};

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::taal::Taal;
use crate::{AppState, blokkerend};

/// The suitable results shown, best first; the unsuitable ones are listed with their reasons, folded.
const GETOOND: usize = 25;

pub struct Regel {
    pub resultaat: Resultaat,
    pub besluit: Option<Matchbesluit>,
}

impl Regel {
    pub fn score(&self) -> String {
        format!("{:.2}", self.resultaat.score).replace('.', ",")
    }

    pub fn opbouw(&self) -> Vec<String> {
        let o = &self.resultaat.score_opbouw;
        [&o.marge, &o.wensen, &o.opleiding, &o.uren, &o.afstand]
            .into_iter()
            .flatten()
            .map(|d| d.toelichting.clone())
            .collect()
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
    melding: Option<String>,
    fout: Option<String>,
}

impl PassendWerkPagina {
    pub fn coach(&self) -> bool {
        self.rol == Rol::Coach.code()
    }
}

pub async fn pagina(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Query(vraag): Query<crate::NaOpslaan>,
) -> Result<PassendWerkPagina, AppFout> {
    let melding = vraag.melding(wie.taal);
    toon(&staat, wie, id, melding, None).await
}

async fn toon(
    staat: &AppState,
    wie: Ingelogd,
    id: String,
    melding: Option<String>,
    fout: Option<String>,
) -> Result<PassendWerkPagina, AppFout> {
    let (ik, dossier_id) = (wie.clone(), id.clone());
    let (dossier, belastbaarheid, traject, besluiten) = blokkerend(staat, move |s| {
        let a = ik.actor();
        let dossier = s.dossier(a, &dossier_id, "passend werk")?;
        let belastbaarheid = s.belastbaarheid(a, &dossier_id, "passend werk")?.pop();
        let traject = s.traject(a, &dossier_id, "passend werk")?;
        let besluiten = s.matchbesluiten(a, &dossier_id, "passend werk")?;
        Ok((dossier, belastbaarheid, traject, besluiten))
    })
    .await?;
    let peildatum = belastbaarheid.as_ref().map(|b| domain::poortwachter::datum::nl(b.datum));
    let (mut passend, mut ongeschikt) = (Vec::new(), Vec::new());
    if let Some(b) = belastbaarheid {
        // The matcher sees functional terms only: the items and whether there are usable capacities.
        let intake = traject.as_ref().and_then(|t| t.intake.as_ref());
        let profiel = Profiel {
            belastbaarheid: Belastbaarheid {
                items: b.items,
                voorblad: if b.benutbare_mogelijkheden {
                    Voorblad::Benutbaar
                } else {
                    Voorblad::GeenBenutbareMogelijkheden(b.reden_geen)
                },
            },
            opleiding: intake.and_then(|i| Opleidingsniveau::parse(&i.opleidingsniveau).ok()),
            wensen: intake.map(|i| matching::rangorde::woorden(&i.wensen)).unwrap_or_default(),
            ..Profiel::default()
        };
        for resultaat in rangschik_beroepen(&profiel, Catalogus::ingebouwd()) {
            let besluit = besluiten.iter().find(|b| b.referentie == resultaat.id).cloned();
            let regel = Regel { resultaat, besluit };
            if regel.resultaat.oordeel == Oordeel::Ongeschikt { ongeschikt.push(regel) } else { passend.push(regel) }
        }
    }
    let aantal_ongeschikt = ongeschikt.len();
    passend.truncate(GETOOND);
    Ok(PassendWerkPagina {
        t: wie.taal,
        naam: wie.naam,
        rol: wie.rol,
        id,
        werknemer: dossier.werknemer,
        peildatum,
        passend,
        ongeschikt,
        aantal_ongeschikt,
        melding,
        fout,
    })
}

#[derive(Debug, Deserialize)]
pub struct BesluitInvoer {
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
        return Ok(toon(&staat, wie, id, None, Some("kies een besluit".into())).await?.into_response());
    };
    let nieuw = NieuwMatchbesluit {
        soort: "beroep".into(),
        referentie: invoer.referentie,
        naam: invoer.naam,
        besluit,
        toelichting: invoer.toelichting.chars().take(2000).collect(),
    };
    let (ik, dossier_id) = (wie.clone(), id.clone());
    match blokkerend(&staat, move |s| s.leg_matchbesluit_vast(ik.actor(), &dossier_id, &nieuw)).await {
        Ok(_) => Ok(Redirect::to(&format!("/dossiers/{id}/passend-werk?vastgelegd=1")).into_response()),
        Err(AppFout::Ongeldig(fout)) => Ok(toon(&staat, wie, id, None, Some(fout)).await?.into_response()),
        Err(e) => Err(e),
    }
}
