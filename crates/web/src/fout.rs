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

impl From<askama::Error> for AppFout {
    fn from(e: askama::Error) -> Self {
        Self::Intern(e.to_string())
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
        foutpagina(status, Foutinhoud { titel, melding })
    }
}

/// The error page, in Dutch here; [`in_taal`] shows it again in the user's language.
fn foutpagina(status: StatusCode, inhoud: Foutinhoud) -> Response {
    let mut antwoord = (status, inhoud.pagina(Taal::Nl)).into_response();
    antwoord.extensions_mut().insert(inhoud);
    if status == StatusCode::SERVICE_UNAVAILABLE {
        antwoord.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static(OPNIEUW_NA));
    }
    antwoord
}

/// A NUL character belongs in no name, text or id, and PostgreSQL cannot store one in text: a request with
/// one in its address or in a form or JSON body is refused (400) before any handler sees it, with the error
/// page or, under `/api/`, the API's JSON. Uploaded files (multipart) are bytes and keep theirs. A body
/// that says it is larger than `grens` is left to the handler's own limit.
pub async fn zonder_nul(grens: usize, verzoek: Request, volgende: Next) -> Response {
    let api = verzoek.uri().path().starts_with("/api/");
    let weiger = |status: StatusCode, melding: &'static str| {
        if api {
            (status, axum::Json(crate::api::Fout { fout: Taal::Nl.t(melding) })).into_response()
        } else {
            foutpagina(status, Foutinhoud { titel: "fout-lukte-niet", melding: Err(melding) })
        }
    };
    if verzoek.uri().path_and_query().is_some_and(|a| a.as_str().contains("%00")) {
        return weiger(StatusCode::BAD_REQUEST, "fout-nul-teken");
    }
    let soort = verzoek.headers().get(header::CONTENT_TYPE).map(|s| s.as_bytes().to_ascii_lowercase());
    let nul: &[u8] = match soort.as_deref() {
        Some(s) if s.starts_with(b"application/x-www-form-urlencoded") => b"%00",
        Some(s) if s.starts_with(b"application/json") => b"\\u0000",
        _ => return volgende.run(verzoek).await,
    };
    let lengte = verzoek.headers().get(header::CONTENT_LENGTH).and_then(|l| l.to_str().ok()?.parse::<usize>().ok());
    if lengte.is_some_and(|l| l > grens) {
        return volgende.run(verzoek).await;
    }
    let (delen, body) = verzoek.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, grens).await else {
        return weiger(StatusCode::PAYLOAD_TOO_LARGE, "fout-te-groot");
    };
    if bytes.contains(&0) || bytes.windows(nul.len()).any(|w| w == nul) {
        return weiger(StatusCode::BAD_REQUEST, "fout-nul-teken");
    }
    volgende.run(Request::from_parts(delen, axum::body::Body::from(bytes))).await
}

/// axum's own refusals, before a handler runs (a form or query that does not parse, a body too large,
/// a wrong content type or method, an address that does not exist), come as English plain text or
/// empty: the error page says what went wrong instead, with the same status.
fn weigering(antwoord: &Response) -> Option<Foutinhoud> {
    let status = antwoord.status();
    let tekst = antwoord.headers().get(header::CONTENT_TYPE).is_none_or(|t| t.as_bytes().starts_with(b"text/plain"));
    if !status.is_client_error() || !tekst {
        return None;
    }
    let (titel, melding) = match status {
        StatusCode::NOT_FOUND => ("fout-niet-gevonden", "fout-niet-gevonden-uitleg"),
        StatusCode::METHOD_NOT_ALLOWED => ("fout-lukte-niet", "fout-methode"),
        StatusCode::PAYLOAD_TOO_LARGE => ("fout-lukte-niet", "fout-te-groot"),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ("fout-lukte-niet", "fout-soort-inhoud"),
        _ => ("fout-lukte-niet", "fout-onleesbaar"),
    };
    Some(Foutinhoud { titel, melding: Err(melding) })
}

/// Shows error pages in the language of the user (or of the browser, before login): an error can
/// happen before a handler knows who asks.
pub async fn in_taal(verzoek: Request, volgende: Next) -> Response {
    let sessie = verzoek.extensions().get::<Session>().cloned();
    let koppen = verzoek.headers().clone();
    let mut antwoord = volgende.run(verzoek).await;
    let (inhoud, al_getoond) = match antwoord.extensions_mut().remove::<Foutinhoud>() {
        Some(inhoud) => (inhoud, true),
        None => match weigering(&antwoord) {
            Some(inhoud) => (inhoud, false),
            None => return antwoord,
        },
    };
    let taal = Taal::van(sessie.as_ref(), &koppen).await;
    if al_getoond && taal == Taal::Nl {
        return antwoord;
    }
    let mut pagina = (antwoord.status(), inhoud.pagina(taal)).into_response();
    for kop in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(waarde) = antwoord.headers().get(&kop) {
            pagina.headers_mut().insert(kop, waarde.clone());
        }
    }
    pagina
}

/// A state-changing request from another site (tower-http's CSRF layer refused it).
pub fn van_elders(_: tower_http::csrf::ProtectionError) -> Response {
    AppFout::Geweigerd("dit verzoek komt van een andere website en is daarom geweigerd".into()).into_response()
}

/// The message (its id) for each kind of unavailability.
pub(crate) fn melding_van(o: Onbeschikbaar) -> &'static str {
    match o {
        Onbeschikbaar::Verbinding => "fout-onbeschikbaar-verbinding",
        Onbeschikbaar::Opslag => "fout-onbeschikbaar-opslag",
    }
}
