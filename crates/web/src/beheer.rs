//! Beheer: the organisation's users, with a new password or a reset second factor for whoever lost
//! theirs.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::response::Redirect;
use serde::Deserialize;
use store::aanmelden::GebruikerRegel;

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::{AppState, blokkerend};

#[derive(Template, WebTemplate)]
#[template(path = "beheer.html")]
pub struct BeheerPagina {
    naam: String,
    rol: String,
    gebruikers: Vec<GebruikerRegel>,
    melding: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct BeheerVraag {
    hersteld: Option<String>,
}

pub async fn pagina(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Query(vraag): Query<BeheerVraag>,
) -> Result<BeheerPagina, AppFout> {
    let melding = vraag.hersteld.map(|_| {
        "De tweede factor is hersteld: bij de volgende keer inloggen stelt de gebruiker een nieuwe in.".to_string()
    });
    toon(&staat, wie, melding).await
}

async fn toon(staat: &AppState, wie: Ingelogd, melding: Option<String>) -> Result<BeheerPagina, AppFout> {
    let ik = wie.clone();
    let gebruikers = blokkerend(staat, move |s| s.gebruikers(ik.actor())).await?;
    Ok(BeheerPagina { naam: wie.naam, rol: wie.rol, gebruikers, melding })
}

pub async fn nieuw_wachtwoord(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
) -> Result<BeheerPagina, AppFout> {
    let ik = wie.clone();
    let wachtwoord = blokkerend(&staat, move |s| s.herstel_wachtwoord(ik.actor(), &id)).await?;
    let melding = format!("Nieuw wachtwoord: {wachtwoord} — geef het één keer door; het wordt niet opnieuw getoond.");
    toon(&staat, wie, Some(melding)).await
}

pub async fn herstel_tweede_factor(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
) -> Result<Redirect, AppFout> {
    blokkerend(&staat, move |s| s.herstel_tweede_factor(wie.actor(), &id)).await?;
    Ok(Redirect::to("/beheer?hersteld=1"))
}
