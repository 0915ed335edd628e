//! The user's own reminders in the application: the notifications (meldingen), the settings page
//! (reminders by e-mail, the calendar address) and the calendar feed itself, which a calendar app
//! fetches without a session: the secret in its address is the key.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::poortwachter::datum::nl;
use serde::Deserialize;
use store::Actor;
use store::herinneringen::EmailVoorkeur;

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::taal::Taal;
use crate::{AppState, direct, vandaag};

pub struct MeldingRegel {
    pub id: String,
    pub datum: String,
    pub wat: String,
    pub te_laat: bool,
    pub nieuw: bool,
    pub dossier_pad: String,
    /// The employee's name: the page is behind login and the policy, unlike an e-mail.
    pub werknemer: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "meldingen.html")]
pub struct MeldingenPagina {
    t: Taal,
    naam: String,
    rol: String,
    regels: Vec<MeldingRegel>,
    ongelezen: usize,
}

/// The user's notifications, newest first; only of dossiers they may still see.
pub async fn pagina(State(staat): State<AppState>, wie: Ingelogd) -> Result<MeldingenPagina, AppFout> {
    let (meldingen, dossiers) = direct(&staat, |s| Ok((s.meldingen(wie.actor(), 200)?, s.dossiers(wie.actor())?)))?;
    let regels: Vec<MeldingRegel> = meldingen
        .into_iter()
        .filter_map(|m| {
            let d = dossiers.iter().find(|d| d.id == m.dossier_id && d.verzuim)?;
            Some(MeldingRegel {
                id: m.id,
                datum: nl(m.datum),
                wat: m.wat,
                te_laat: m.te_laat,
                nieuw: !m.gelezen,
                dossier_pad: if wie.rol == "werknemer" { "/mijn".into() } else { format!("/dossiers/{}", d.id) },
                werknemer: d.werknemer.clone(),
            })
        })
        .collect();
    let ongelezen = regels.iter().filter(|r| r.nieuw).count();
    Ok(MeldingenPagina { t: wie.taal, naam: wie.naam, rol: wie.rol, regels, ongelezen })
}

/// The header's link text with the number of unread notifications (loaded by htmx on every page).
pub async fn aantal(State(staat): State<AppState>, wie: Ingelogd) -> Result<axum::response::Html<String>, AppFout> {
    let n = direct(&staat, |s| s.ongelezen_meldingen(wie.actor()))?;
    let tekst = wie.taal.t("kop-meldingen");
    Ok(axum::response::Html(if n > 0 { format!("{tekst} ({n})") } else { tekst }))
}

#[derive(Debug, Deserialize)]
pub struct Gelezen {
    #[serde(default)]
    id: Option<String>,
}

/// Marks one notification (`id`) or all of them as read.
pub async fn gelezen(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Form(invoer): Form<Gelezen>,
) -> Result<Redirect, AppFout> {
    let id = invoer.id.filter(|i| !i.is_empty());
    direct(&staat, |s| s.markeer_gelezen(wie.actor(), id.as_deref()))?;
    Ok(Redirect::to("/meldingen"))
}

#[derive(Template, WebTemplate)]
#[template(path = "instellingen.html")]
pub struct InstellingenPagina {
    t: Taal,
    naam: String,
    rol: String,
    email: String,
    /// (code, label, chosen)
    keuzes: Vec<(&'static str, String, bool)>,
    agenda_sinds: Option<String>,
    /// The calendar address just made: shown this once.
    nieuw_adres: Option<String>,
    melding: Option<String>,
}

async fn instellingen_pagina(
    staat: &AppState,
    wie: Ingelogd,
    nieuw_adres: Option<String>,
    melding: Option<String>,
) -> Result<InstellingenPagina, AppFout> {
    let (voorkeur, sinds, ontvanger) = direct(staat, |s| {
        Ok((s.herinneringsvoorkeur(wie.actor())?, s.agenda_sinds(wie.actor())?, s.ontvanger(&wie.gebruiker_id)?))
    })?;
    let label = |v: EmailVoorkeur| match v {
        EmailVoorkeur::Dagelijks => "instellingen-dagelijks",
        EmailVoorkeur::Direct => "instellingen-direct",
        EmailVoorkeur::Uit => "instellingen-uit",
    };
    Ok(InstellingenPagina {
        t: wie.taal,
        naam: wie.naam,
        rol: wie.rol,
        email: ontvanger.map(|o| o.email).unwrap_or_default(),
        keuzes: EmailVoorkeur::ALLE.iter().map(|v| (v.code(), wie.taal.t(label(*v)), *v == voorkeur)).collect(),
        agenda_sinds: sinds.map(crate::moment),
        nieuw_adres,
        melding,
    })
}

pub async fn instellingen(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Query(vraag): Query<crate::NaOpslaan>,
) -> Result<InstellingenPagina, AppFout> {
    let melding = vraag.melding(wie.taal);
    instellingen_pagina(&staat, wie, None, melding).await
}

#[derive(Debug, Deserialize)]
pub struct Keuze {
    email: String,
}

/// The user chooses how they get reminders by e-mail.
pub async fn kies(State(staat): State<AppState>, wie: Ingelogd, Form(keuze): Form<Keuze>) -> Result<Redirect, AppFout> {
    let voorkeur = EmailVoorkeur::parse(&keuze.email)?;
    direct(&staat, |s| s.kies_herinneringen(wie.actor(), voorkeur))?;
    Ok(Redirect::to("/instellingen?vastgelegd=1"))
}

/// The address the user reaches the application on, for the calendar link.
fn basis(staat: &AppState, koppen: &HeaderMap) -> String {
    let host = koppen.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1:8080");
    let host: String = host.chars().filter(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(*c)).collect();
    format!("{}://{host}", if staat.veilig { "https" } else { "http" })
}

/// Makes a new calendar address (the old one stops working) and shows it once.
pub async fn maak_agenda(
    State(staat): State<AppState>,
    wie: Ingelogd,
    koppen: HeaderMap,
) -> Result<InstellingenPagina, AppFout> {
    let geheim = direct(&staat, |s| s.maak_agenda(wie.actor()))?;
    let adres = format!("{}/agenda/{geheim}.ics", basis(&staat, &koppen));
    instellingen_pagina(&staat, wie, Some(adres), None).await
}

pub async fn trek_agenda_in(State(staat): State<AppState>, wie: Ingelogd) -> Result<Redirect, AppFout> {
    direct(&staat, |s| s.trek_agenda_in(wie.actor()))?;
    Ok(Redirect::to("/instellingen?vastgelegd=1"))
}

/// The calendar feed: `/agenda/{secret}.ics`. An unknown or revoked secret is not found.
pub async fn agenda(
    State(staat): State<AppState>,
    Path(bestand): Path<String>,
    koppen: HeaderMap,
) -> Result<Response, AppFout> {
    let Some(geheim) = bestand.strip_suffix(".ics").map(str::to_string) else {
        return Err(AppFout::NietGevonden);
    };
    let basis = basis(&staat, &koppen);
    let vandaag = vandaag();
    let feed = direct(&staat, |s| {
        let Some((gebruiker_id, organisatie_id)) = s.agenda_gebruiker(&geheim)? else { return Ok(None) };
        let wie = Actor { id: &gebruiker_id, organisatie_id: &organisatie_id };
        crate::herinneringen::agenda(s, wie, vandaag, &basis).map(Some)
    })?;
    match feed {
        Some(ics) => {
            Ok((StatusCode::OK, [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], ics).into_response())
        }
        None => Err(AppFout::NietGevonden),
    }
}
