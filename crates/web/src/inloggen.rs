//! Logging in: e-mail and password, then a TOTP code (enrolled at the first login); logging out.

use std::net::SocketAddr;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use store::Actor;
use store::aanmelden::{TotpInstelling, TweedeFactor};
use tower_sessions::Session;

use crate::fout::AppFout;
use crate::taal::Taal;
use crate::{AppState, blokkerend, direct};

pub(crate) const INGELOGD: &str = "ingelogd";
const HALFWEG: &str = "halfweg";
/// When the session's inactivity period last started again (Unix seconds).
const ACTIEF: &str = "actief";
/// An active session starts its inactivity period again at most this often: saving it (a write, and
/// a new cookie) on every request would cost more than the minute is worth.
const VERLENG_NA_SECONDEN: i64 = 60;

/// A user who passed both factors.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Ingelogd {
    pub gebruiker_id: String,
    pub organisatie_id: String,
    pub rol: String,
    pub naam: String,
    /// The language of the user's pages (Dutch in sessions from before there was a choice).
    #[serde(default)]
    pub taal: Taal,
}

impl Ingelogd {
    pub fn actor(&self) -> Actor<'_> {
        Actor { id: &self.gebruiker_id, organisatie_id: &self.organisatie_id }
    }

    /// Where this user starts: the employee in their portal, everyone else in the werkvoorraad.
    pub fn startpagina(&self) -> &'static str {
        if self.rol == domain::waarden::Rol::Werknemer.code() { "/mijn" } else { "/werkvoorraad" }
    }
}

/// A user who passed the password and still has to give a code.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Halfweg {
    gebruiker_id: String,
    organisatie_id: String,
    rol: String,
    naam: String,
    instellen: bool,
    #[serde(default)]
    taal: Taal,
}

impl<S: Send + Sync> FromRequestParts<S> for Ingelogd {
    type Rejection = AppFout;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let sessie = Session::from_request_parts(parts, state).await.map_err(|_| AppFout::NietIngelogd)?;
        let wie = sessie.get::<Ingelogd>(INGELOGD).await?.ok_or(AppFout::NietIngelogd)?;
        // A session ends after its period without activity, so activity starts the period again:
        // a changed session is saved with a new expiry, in the store and in the cookie.
        let nu = jiff::Timestamp::now().as_second();
        if nu - sessie.get::<i64>(ACTIEF).await?.unwrap_or(0) >= VERLENG_NA_SECONDEN {
            sessie.insert(ACTIEF, nu).await?;
        }
        Ok(wie)
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "inloggen.html")]
struct InloggenPagina {
    t: Taal,
    fout: Option<String>,
    email: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "tweestap.html")]
struct TweestapPagina {
    t: Taal,
    fout: Option<String>,
    instelling: Option<TotpInstelling>,
}

pub async fn start(sessie: Session) -> Result<Redirect, AppFout> {
    Ok(match sessie.get::<Ingelogd>(INGELOGD).await? {
        Some(wie) => Redirect::to(wie.startpagina()),
        None => Redirect::to("/inloggen"),
    })
}

pub async fn inloggen_pagina(t: Taal) -> impl IntoResponse {
    InloggenPagina { t, fout: None, email: String::new() }
}

#[derive(Deserialize)]
pub struct Inloggegevens {
    email: String,
    wachtwoord: String,
}

pub async fn inloggen(
    State(staat): State<AppState>,
    ConnectInfo(adres): ConnectInfo<SocketAddr>,
    t: Taal,
    sessie: Session,
    Form(invoer): Form<Inloggegevens>,
) -> Result<Response, AppFout> {
    let (email, wachtwoord) = (invoer.email.clone(), invoer.wachtwoord);
    let uitkomst = blokkerend(&staat, move |s| s.meld_aan(&email, &wachtwoord, &adres.ip().to_string())).await;
    let aanmelding = match uitkomst {
        Ok(a) => a,
        Err(AppFout::Ongeldig(melding)) => {
            return Ok(InloggenPagina { t, fout: Some(melding), email: invoer.email }.into_response());
        }
        Err(e) => return Err(e),
    };
    sessie
        .insert(
            HALFWEG,
            Halfweg {
                gebruiker_id: aanmelding.gebruiker_id,
                organisatie_id: aanmelding.organisatie_id,
                rol: aanmelding.rol.code().to_string(),
                naam: aanmelding.naam,
                instellen: aanmelding.tweede_factor == TweedeFactor::Instellen,
                taal: Taal::uit_code(&aanmelding.taal).unwrap_or_default(),
            },
        )
        .await?;
    Ok(Redirect::to("/tweestap").into_response())
}

pub async fn tweestap_pagina(State(staat): State<AppState>, t: Taal, sessie: Session) -> Result<Response, AppFout> {
    let Some(halfweg) = sessie.get::<Halfweg>(HALFWEG).await? else {
        return Ok(Redirect::to("/inloggen").into_response());
    };
    let instelling = if halfweg.instellen {
        let id = halfweg.gebruiker_id.clone();
        match direct(&staat, |s| s.begin_tweede_factor(&id)) {
            Ok(i) => Some(i),
            Err(AppFout::Ongeldig(m)) => {
                return Ok(TweestapPagina { t, fout: Some(m), instelling: None }.into_response());
            }
            Err(e) => return Err(e),
        }
    } else {
        None
    };
    Ok(TweestapPagina { t, fout: None, instelling }.into_response())
}

#[derive(Deserialize)]
pub struct Code {
    code: String,
}

pub async fn tweestap(
    State(staat): State<AppState>,
    ConnectInfo(adres): ConnectInfo<SocketAddr>,
    t: Taal,
    sessie: Session,
    Form(invoer): Form<Code>,
) -> Result<Response, AppFout> {
    let Some(halfweg) = sessie.get::<Halfweg>(HALFWEG).await? else {
        return Ok(Redirect::to("/inloggen").into_response());
    };
    let id = halfweg.gebruiker_id.clone();
    match direct(&staat, |s| s.controleer_tweede_factor(&id, &invoer.code, &adres.ip().to_string())) {
        Ok(()) => {}
        Err(AppFout::Ongeldig(melding)) => {
            return Ok(TweestapPagina { t, fout: Some(melding), instelling: None }.into_response());
        }
        Err(e) => return Err(e),
    }
    // A new session id at login, so that an id planted before it is worthless.
    sessie.cycle_id().await?;
    sessie.remove::<Halfweg>(HALFWEG).await?;
    let wie = Ingelogd {
        gebruiker_id: halfweg.gebruiker_id,
        organisatie_id: halfweg.organisatie_id,
        rol: halfweg.rol,
        naam: halfweg.naam,
        taal: halfweg.taal,
    };
    let start = wie.startpagina();
    sessie.insert(INGELOGD, wie).await?;
    Ok(Redirect::to(start).into_response())
}

pub async fn uitloggen(sessie: Session) -> Result<Redirect, AppFout> {
    sessie.flush().await?;
    Ok(Redirect::to("/inloggen"))
}

#[derive(Deserialize)]
pub struct Taalkeuze {
    taal: String,
}

/// The user switches the language of their pages (kept for the next login too) and goes back to
/// the page they came from.
pub async fn kies_taal(
    State(staat): State<AppState>,
    mut wie: Ingelogd,
    sessie: Session,
    koppen: HeaderMap,
    Form(keuze): Form<Taalkeuze>,
) -> Result<Redirect, AppFout> {
    let Some(taal) = Taal::uit_code(&keuze.taal) else {
        return Err(AppFout::Ongeldig(wie.taal.m("taal-onbekend").a("taal", &keuze.taal).to_string()));
    };
    direct(&staat, |s| s.kies_taal(wie.actor(), &wie.gebruiker_id, taal.code()))?;
    wie.taal = taal;
    let terug = terug_naar(koppen.get(header::REFERER).and_then(|r| r.to_str().ok())).unwrap_or(wie.startpagina());
    let terug = terug.to_string();
    sessie.insert(INGELOGD, wie).await?;
    Ok(Redirect::to(&terug))
}

/// The page to go back to after switching language: the path of the page the form was on, when it is
/// one of this application's pages (never another site, never a form's address).
fn terug_naar(referer: Option<&str>) -> Option<&str> {
    let referer = referer?;
    // The path after the scheme and host, or the whole value when it is a path already.
    let pad = match referer.split_once("://") {
        Some((_, rest)) => &rest[rest.find('/')?..],
        None => referer,
    };
    let (route, _) = pad.split_once(['?', '#']).unwrap_or((pad, ""));
    let delen: Vec<&str> = route.split('/').collect();
    let eigen = |d: &str| !d.is_empty() && d.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let pagina = match delen[..] {
        ["", "werkvoorraad" | "mijn" | "ziekmelding" | "beheer"] => true,
        ["", "dossiers", id] => eigen(id),
        ["", "dossiers", id, "inzage" | "belastbaarheid"] => eigen(id),
        _ => false,
    };
    let veilig = pad.chars().all(|c| c.is_ascii_graphic() && c != '\\');
    (pagina && veilig).then_some(pad)
}
