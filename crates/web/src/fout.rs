//! One error type for the web application: a status and a message in the user's language (the
//! store's messages stay Dutch), never internals.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use store::{Onbeschikbaar, StoreFout};
use tower_sessions::Session;

use crate::taal::Taal;

#[derive(Debug, thiserror::Error)]
pub enum AppFout {
    #[error("niet ingelogd")]
    NietIngelogd,
    #[error("niet gevonden")]
    NietGevonden,
    #[error("{0}")]
    Geweigerd(String),
    #[error("{0}")]
    Ongeldig(String),
    /// The database cannot serve for now: 503, and the user is told to try again.
    #[error("database niet beschikbaar")]
    Onbeschikbaar(Onbeschikbaar),
    #[error("interne fout")]
    Intern(String),
}

impl From<StoreFout> for AppFout {
    fn from(e: StoreFout) -> Self {
        if let Some(o) = e.onbeschikbaar() {
            tracing::error!(fout = %e, "database niet beschikbaar");
            return Self::Onbeschikbaar(o);
        }
        match e {
            StoreFout::NietGevonden(_) => Self::NietGevonden,
            StoreFout::Geweigerd(_) => Self::Geweigerd(e.to_string()),
            StoreFout::Ongeldig(_)
            | StoreFout::Conflict { .. }
            | StoreFout::Aanmelden(_)
            | StoreFout::Geblokkeerd { .. } => Self::Ongeldig(e.to_string()),
            e => Self::Intern(e.to_string()),
        }
    }
}

impl From<tower_sessions::session::Error> for AppFout {
    fn from(e: tower_sessions::session::Error) -> Self {
        // The sessions live in the database: its unavailability shows here first.
        match Onbeschikbaar::uit_melding(&e.to_string()) {
            Some(o) => Self::Onbeschikbaar(o),
            None => Self::Intern(e.to_string()),
        }
    }
}

/// Seconds after which a client may try again when the database is unavailable.
pub(crate) const OPNIEUW_NA: &str = "30";

#[derive(Template, WebTemplate)]
#[template(path = "fout.html")]
struct FoutPagina {
    t: Taal,
    titel: String,
    melding: String,
}

/// What an error page shows: its title and either a message's id or a text that is already in the
/// user's language (or Dutch, from the store).
#[derive(Debug, Clone)]
struct Foutinhoud {
    titel: &'static str,
    melding: Result<String, &'static str>,
}

impl Foutinhoud {
    fn pagina(&self, t: Taal) -> FoutPagina {
        let melding = self.melding.clone().unwrap_or_else(|id| t.t(id));
        FoutPagina { t, titel: t.t(self.titel), melding }
    }
}

impl IntoResponse for AppFout {
    fn into_response(self) -> Response {
        let (status, titel, melding) = match self {
            Self::NietIngelogd => return Redirect::to("/inloggen").into_response(),
            Self::NietGevonden => (StatusCode::NOT_FOUND, "fout-niet-gevonden", Err("fout-niet-gevonden-uitleg")),
            Self::Geweigerd(m) => (StatusCode::FORBIDDEN, "fout-geen-toegang", Ok(m)),
            Self::Ongeldig(m) => (StatusCode::BAD_REQUEST, "fout-lukte-niet", Ok(m)),
            Self::Onbeschikbaar(o) => (StatusCode::SERVICE_UNAVAILABLE, "fout-onbeschikbaar", Err(melding_van(o))),
            Self::Intern(details) => {
                tracing::error!(fout = %details, "interne fout");
                (StatusCode::INTERNAL_SERVER_ERROR, "fout-intern", Err("fout-intern-uitleg"))
            }
        };
        // In Dutch here; [`in_taal`] shows it again in the user's language.
        let inhoud = Foutinhoud { titel, melding };
        let mut antwoord = (status, inhoud.pagina(Taal::Nl)).into_response();
        antwoord.extensions_mut().insert(inhoud);
        if status == StatusCode::SERVICE_UNAVAILABLE {
            antwoord.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static(OPNIEUW_NA));
        }
        antwoord
    }
}

/// Shows error pages in the language of the user (or of the browser, before login): an error can
/// happen before a handler knows who asks.
pub async fn in_taal(verzoek: Request, volgende: Next) -> Response {
    let sessie = verzoek.extensions().get::<Session>().cloned();
    let koppen = verzoek.headers().clone();
    let mut antwoord = volgende.run(verzoek).await;
    let Some(inhoud) = antwoord.extensions_mut().remove::<Foutinhoud>() else { return antwoord };
    match Taal::van(sessie.as_ref(), &koppen).await {
        Taal::Nl => antwoord,
        t => (antwoord.status(), inhoud.pagina(t)).into_response(),
    }
}

/// The message (its id) for each kind of unavailability.
pub(crate) fn melding_van(o: Onbeschikbaar) -> &'static str {
    match o {
        Onbeschikbaar::Verbinding => "fout-onbeschikbaar-verbinding",
        Onbeschikbaar::Opslag => "fout-onbeschikbaar-opslag",
    }
}
