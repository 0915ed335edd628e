//! One error type for the web application: a status and a Dutch message, never internals.

use askama::Template;
use askama_web::WebTemplate;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use store::StoreFout;

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
    #[error("interne fout")]
    Intern(String),
}

impl From<StoreFout> for AppFout {
    fn from(e: StoreFout) -> Self {
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
        Self::Intern(e.to_string())
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "fout.html")]
struct FoutPagina {
    titel: &'static str,
    melding: String,
}

impl IntoResponse for AppFout {
    fn into_response(self) -> Response {
        let (status, titel, melding) = match self {
            Self::NietIngelogd => return Redirect::to("/inloggen").into_response(),
            Self::NietGevonden => {
                (StatusCode::NOT_FOUND, "Niet gevonden", "Deze pagina bestaat niet, of is niet voor u.".to_string())
            }
            Self::Geweigerd(m) => (StatusCode::FORBIDDEN, "Geen toegang", m),
            Self::Ongeldig(m) => (StatusCode::BAD_REQUEST, "Dat lukte niet", m),
            Self::Intern(details) => {
                tracing::error!(fout = %details, "interne fout");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Er ging iets mis",
                    "Er ging aan onze kant iets mis. Probeer het later opnieuw.".to_string(),
                )
            }
        };
        (status, FoutPagina { titel, melding }).into_response()
    }
}
