//! The sick report of an employee not yet in the dossier: the employee's details and the first sick
//! day, for the employer (and whoever the policy allows).

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use domain::waarden::{Bsn, Opleidingsniveau, Postcode};
use serde::Deserialize;
use store::NieuweWerknemer;

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::taal::Taal;
use crate::{AppState, direct, vandaag};

#[derive(Debug, Default, Deserialize)]
pub struct Invoer {
    werkgever_id: String,
    voornaam: String,
    achternaam: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    telefoon: String,
    functie: String,
    uren: String,
    postcode: String,
    opleidingsniveau: String,
    bsn: String,
    eerste_ziektedag: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "ziekmelding.html")]
pub struct ZiekmeldingPagina {
    t: Taal,
    naam: String,
    rol: String,
    werkgevers: Vec<(String, String)>,
    niveaus: Vec<&'static str>,
    fout: Option<String>,
    invoer: Invoer,
}

async fn pagina(staat: &AppState, wie: Ingelogd, invoer: Invoer, fout: Option<String>) -> Result<Response, AppFout> {
    let werkgevers = direct(staat, |s| s.werkgevers_voor_ziekmelding(wie.actor()))?;
    if werkgevers.is_empty() {
        return Err(AppFout::Geweigerd(wie.taal.t("ziekmelding-alleen-werkgever")));
    }
    let niveaus = Opleidingsniveau::ALLE.iter().map(|n| n.code()).collect();
    Ok(ZiekmeldingPagina { t: wie.taal, naam: wie.naam, rol: wie.rol, werkgevers, niveaus, fout, invoer }
        .into_response())
}

pub async fn formulier(State(staat): State<AppState>, wie: Ingelogd) -> Result<Response, AppFout> {
    let invoer = Invoer { eerste_ziektedag: vandaag().to_string(), ..Invoer::default() };
    pagina(&staat, wie, invoer, None).await
}

/// Checks every field; the first problem is shown with everything the user typed kept.
fn lees(t: Taal, invoer: &Invoer) -> Result<(NieuweWerknemer, jiff::civil::Date), String> {
    let verplicht = |waarde: &str, veld: &str| {
        if waarde.trim().is_empty() {
            Err(t.m("ziekmelding-ontbreekt").a("veld", t.t(veld)).to_string())
        } else {
            Ok(waarde.trim().to_string())
        }
    };
    let uren: f64 = invoer
        .uren
        .trim()
        .replace(',', ".")
        .parse()
        .ok()
        .filter(|u| (1.0..=60.0).contains(u))
        .ok_or_else(|| t.t("ziekmelding-contracturen"))?;
    let werknemer = NieuweWerknemer {
        werkgever_id: verplicht(&invoer.werkgever_id, "ziekmelding-veld-werkgever")?,
        voornaam: verplicht(&invoer.voornaam, "ziekmelding-veld-voornaam")?,
        achternaam: verplicht(&invoer.achternaam, "ziekmelding-veld-achternaam")?,
        email: Some(invoer.email.trim().to_string()).filter(|e| !e.is_empty()),
        telefoon: Some(invoer.telefoon.trim().to_string()).filter(|t| !t.is_empty()),
        functie: verplicht(&invoer.functie, "ziekmelding-veld-functie")?,
        contracturen_x100: (uren * 100.0).round() as i32,
        postcode: Postcode::parse(&invoer.postcode)
            .map_err(|e| t.m("ziekmelding-postcode-fout").a("fout", e.to_string()).to_string())?,
        opleidingsniveau: Opleidingsniveau::parse(&invoer.opleidingsniveau).map_err(|e| e.to_string())?,
        bsn: Bsn::parse(&invoer.bsn).map_err(|e| t.m("ziekmelding-bsn-fout").a("fout", e.to_string()).to_string())?,
    };
    let datum = invoer
        .eerste_ziektedag
        .parse()
        .map_err(|_| t.m("ziekmelding-datum-fout").a("waarde", &invoer.eerste_ziektedag).to_string())?;
    Ok((werknemer, datum))
}

pub async fn meld(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Form(invoer): Form<Invoer>,
) -> Result<Response, AppFout> {
    let (werknemer, datum) = match lees(wie.taal, &invoer) {
        Ok(w) => w,
        Err(fout) => return pagina(&staat, wie, invoer, Some(fout)).await,
    };
    match direct(&staat, |s| s.meld_ziek(wie.actor(), &werknemer, datum)) {
        Ok((_, dossier)) => Ok(Redirect::to(&format!("/dossiers/{dossier}?vastgelegd=1")).into_response()),
        Err(AppFout::Ongeldig(fout)) => pagina(&staat, wie, invoer, Some(fout)).await,
        Err(e) => Err(e),
    }
}
