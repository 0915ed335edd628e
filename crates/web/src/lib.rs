//! The web application: Dutch server-rendered pages on top of the dossier store, behind login with
//! two factors, through the access policy of the store.

mod api;
mod beheer;
mod belastbaarheid;
mod bewaartermijnen;
mod documenten;
mod export;
mod fout;
pub mod herinneringen;
mod inloggen;
mod inzicht;
mod meldingen;
mod paginas;
mod passend_werk;
mod portaal;
mod rapporten;
mod rechten;
mod sessie;
mod taal;
mod traject;
mod vacatures;
mod ziekmelding;

use std::net::SocketAddr;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, header};
use axum::routing::{get, post};
use jiff::civil::Date;
use store::{Store, StoreFout};
use tower_http::csrf::CsrfLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_sessions::{Expiry, SessionManagerLayer};

pub use fout::AppFout;
pub use vacatures::vacature_opslagvorm;

/// Form posts are small; the document upload has its own limit.
const MAX_VERZOEK: usize = 64 * 1024;
/// Logged-in sessions end after this much inactivity.
const INACTIEF_MINUTEN: i64 = 30;

#[derive(Clone)]
pub struct AppState {
    store: Store,
    /// Served behind TLS: links the application gives out (the calendar address) use https.
    veilig: bool,
    vacatures: std::sync::Arc<vacatures::Vacaturecache>,
    /// PC4 coordinates for travel distances, when imported (`spoor2 postcodes importeer`).
    postcodes: Option<std::sync::Arc<matching::Postcodetabel>>,
    /// What this server's werkvoorraden showed, to show again while they stand.
    werkvoorraden: std::sync::Arc<paginas::Werkvoorraden>,
}

/// Worker threads of the server's runtime. A page does its database work on its own worker thread
/// ([`direct`]), so a worker can wait: for the pool's connections (4 for SQLite, 8 for PostgreSQL), for
/// a write lock, for the access log's shared commit. Enough of them keep both the pool and the cores
/// busy; each costs little more than its stack.
pub const WERKDRADEN: usize = 16;

/// Runs a page's database work on the request's own thread. That work is short (a few queries of well
/// under a millisecond each), and handing it to another thread and back cost more than the work itself:
/// two thread hand-offs were 60% of the cheapest logged-in request. The server has more worker threads
/// than cores ([`WERKDRADEN`]), so some may wait on the database while the others serve.
pub(crate) fn direct<T>(staat: &AppState, f: impl FnOnce(&Store) -> Result<T, StoreFout>) -> Result<T, AppFout> {
    f(&staat.store).map_err(AppFout::from)
}

/// Runs long work off the worker threads: hashing a password, an export, an import, figures over the
/// whole organisation, files. Such work would hold a worker thread, and the requests queued on it, for
/// as long as it takes.
pub(crate) async fn blokkerend<T: Send + 'static>(
    staat: &AppState,
    f: impl FnOnce(&Store) -> Result<T, StoreFout> + Send + 'static,
) -> Result<T, AppFout> {
    let store = staat.store.clone();
    tokio::task::spawn_blocking(move || f(&store))
        .await
        .map_err(|e| AppFout::Intern(e.to_string()))?
        .map_err(AppFout::from)
}

/// The Dutch time zone (the system's when the zone database lacks it).
pub fn nederland() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or_else(|_| jiff::tz::TimeZone::system())
}

/// The query of a page shown again after a successful post (`?vastgelegd=1`): it then says so.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct NaOpslaan {
    vastgelegd: Option<String>,
}

impl NaOpslaan {
    pub(crate) fn melding(&self, taal: taal::Taal) -> Option<String> {
        self.vastgelegd.is_some().then(|| taal.t("algemeen-vastgelegd"))
    }
}

/// A moment (microseconds since 1970, UTC) as Dutch local time: `23-11-2026 14:05`.
pub(crate) fn moment(micros: i64) -> String {
    jiff::Timestamp::from_microsecond(micros)
        .map(|t| t.to_zoned(nederland()).strftime("%d-%m-%Y %H:%M").to_string())
        .unwrap_or_default()
}

/// Today in the Netherlands: the default peildatum everywhere.
pub fn vandaag() -> Date {
    jiff::Timestamp::now().to_zoned(nederland()).date()
}

/// For a load balancer or monitoring: the process answers (it does not ask the database).
async fn gezond() -> &'static str {
    "in orde"
}

async fn stijl() -> impl axum::response::IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], include_str!("../assets/spoor2.css"))
}

/// htmx 2.0.11 (0BSD), vendored from the npm package `htmx.org`: partial page updates, no build step.
async fn htmx() -> impl axum::response::IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], include_str!("../assets/htmx-2.0.11.min.js"))
}

/// One log line per request: the method, the route's pattern, the status and the time taken. Never
/// the path itself (a calendar address is a secret, an id names a dossier), its query or a header.
async fn verzoeklog(verzoek: axum::extract::Request, volgende: axum::middleware::Next) -> axum::response::Response {
    let methode = verzoek.method().clone();
    let route = verzoek.extensions().get::<axum::extract::MatchedPath>().map(|p| p.as_str().to_string());
    let begin = std::time::Instant::now();
    let antwoord = volgende.run(verzoek).await;
    tracing::info!(
        %methode,
        route = route.as_deref().unwrap_or("(geen route)"),
        status = antwoord.status().as_u16(),
        ms = begin.elapsed().as_millis() as u64,
        "verzoek"
    );
    antwoord
}

/// The application. `veilig` marks the session cookie Secure (behind TLS).
pub fn app(store: Store, veilig: bool) -> Router {
    app_met_postcodes(store, veilig, None)
}

/// The application with the PC4 coordinates for travel distances in matching.
pub fn app_met_postcodes(store: Store, veilig: bool, postcodes: Option<matching::Postcodetabel>) -> Router {
    let sessies = SessionManagerLayer::new(sessie::DatabaseSessies(store.clone()))
        .with_name("spoor2_sessie")
        .with_http_only(true)
        .with_same_site(tower_sessions::cookie::SameSite::Lax)
        .with_secure(veilig)
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(INACTIEF_MINUTEN)));
    let kop = |naam: HeaderName, waarde: &'static str| {
        SetResponseHeaderLayer::overriding(naam, HeaderValue::from_static(waarde))
    };
    Router::new()
        .route("/", get(inloggen::start))
        .route("/inloggen", get(inloggen::inloggen_pagina).post(inloggen::inloggen))
        .route("/tweestap", get(inloggen::tweestap_pagina).post(inloggen::tweestap))
        .route("/uitloggen", post(inloggen::uitloggen))
        .route("/taal", post(inloggen::kies_taal))
        .route("/werkvoorraad", get(paginas::werkvoorraad))
        .route("/inzicht", get(inzicht::pagina))
        .route("/export/{bestand}", get(export::download))
        .route("/dossiers/{id}", get(paginas::dossier))
        .route("/dossiers/{id}/vastleggen", post(paginas::leg_vast))
        .route("/dossiers/{id}/inzage", get(paginas::inzage))
        .route("/dossiers/{id}/belastbaarheid", get(belastbaarheid::formulier).post(belastbaarheid::leg_vast))
        .route("/dossiers/{id}/traject", get(traject::pagina))
        .route("/dossiers/{id}/traject/{stap}", post(traject::leg_vast))
        .route("/dossiers/{id}/declarabele-uren.csv", get(traject::uren_csv))
        .route("/dossiers/{id}/passend-werk", get(passend_werk::pagina).post(passend_werk::besluit))
        .route("/dossiers/{id}/passend-werk/solliciteren", post(passend_werk::solliciteer))
        .route("/dossiers/{id}/passend-werk/delen", post(passend_werk::deel))
        .route("/dossiers/{id}/rapporten", get(rapporten::pagina).post(rapporten::maak))
        .route("/rapporten/{id}/bevestigen", post(rapporten::bevestig))
        .route("/dossiers/{id}/riv", get(rapporten::riv))
        .route("/dossiers/{id}/riv.pdf", get(rapporten::riv_pdf))
        .route("/dossiers/{id}/notities", post(paginas::gewone_notitie))
        .route("/dossiers/{id}/medisch", post(paginas::medische_notitie))
        .route(
            "/dossiers/{id}/documenten",
            post(documenten::upload).layer(DefaultBodyLimit::max(documenten::MAX_BESTAND + 64 * 1024)),
        )
        .route("/documenten/{id}", get(documenten::download))
        .route("/mijn", get(portaal::pagina))
        .route("/mijn/visie", post(portaal::visie))
        .route("/mijn/toestemming", post(portaal::toestemming))
        .route("/mijn/gegevens.json", get(rechten::json))
        .route("/mijn/gegevens.pdf", get(rechten::pdf))
        .route("/mijn/gegevens.zip", get(rechten::zip))
        .route("/mijn/correcties", post(rechten::dien_in))
        .route("/correcties/{id}/afhandelen", post(rechten::handel_af))
        .route(
            "/vacatures",
            get(vacatures::pagina)
                .post(vacatures::importeer)
                .layer(DefaultBodyLimit::max(vacatures::MAX_BESTAND + 64 * 1024)),
        )
        .route("/ziekmelding", get(ziekmelding::formulier).post(ziekmelding::meld))
        .route("/beheer", get(beheer::pagina))
        .route("/beheer/bewaartermijnen", get(bewaartermijnen::pagina).post(bewaartermijnen::stel_in))
        .route("/beheer/werkgevers/{id}/eigenrisicodrager", post(bewaartermijnen::eigenrisicodrager))
        .route("/beheer/gebruikers", post(beheer::nieuwe_gebruiker))
        .route("/beheer/werkgevers", post(beheer::nieuwe_werkgever))
        .route("/beheer/logo", post(beheer::logo).layer(DefaultBodyLimit::max(store::organisatie::MAX_LOGO + 64 * 1024)))
        .route("/beheer/dossiers/{id}/coach", post(beheer::caseload))
        .route("/beheer/gebruikers/{id}/wachtwoord", post(beheer::nieuw_wachtwoord))
        .route("/beheer/gebruikers/{id}/tweede-factor", post(beheer::herstel_tweede_factor))
        .route("/beheer/tokens", post(beheer::geef_token))
        .route("/beheer/tokens/{id}/intrekken", post(beheer::trek_token_in))
        .route("/meldingen", get(meldingen::pagina))
        .route("/meldingen/gelezen", post(meldingen::gelezen))
        .route("/meldingen/aantal", get(meldingen::aantal))
        .route("/instellingen", get(meldingen::instellingen))
        .route("/instellingen/herinneringen", post(meldingen::kies))
        .route("/instellingen/agenda", post(meldingen::maak_agenda))
        .route("/instellingen/agenda/intrekken", post(meldingen::trek_agenda_in))
        .route("/agenda/{id}", get(meldingen::agenda))
        .route("/gezond", get(gezond))
        .route("/static/spoor2.css", get(stijl))
        .route("/static/htmx.min.js", get(htmx))
        .fallback(|| async { AppFout::NietGevonden })
        .layer(axum::middleware::from_fn(|v: axum::extract::Request, n: axum::middleware::Next| fout::zonder_nul(MAX_VERZOEK, v, n)))
        .layer(axum::middleware::from_fn(fout::in_taal))
        .layer(sessies)
        // The JSON API authenticates by bearer token only: outside the session layer, inside the rest.
        .merge(api::routes())
        .layer(axum::middleware::from_fn(verzoeklog))
        .layer(CsrfLayer::new().with_rejection_response(fout::van_elders))
        .layer(DefaultBodyLimit::max(MAX_VERZOEK))
        .layer(kop(
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        ))
        .layer(kop(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(kop(header::REFERRER_POLICY, "same-origin"))
        .layer(kop(header::CACHE_CONTROL, "no-store"))
        .with_state(AppState {
            store,
            veilig,
            vacatures: Default::default(),
            postcodes: postcodes.map(std::sync::Arc::new),
            werkvoorraden: Default::default(),
        })
}

/// Serves the application on `adres` until Ctrl-C; `veilig` behind TLS (Secure cookies).
pub async fn serve(
    store: Store,
    adres: SocketAddr,
    veilig: bool,
    postcodes: Option<matching::Postcodetabel>,
) -> std::io::Result<()> {
    let luisteraar = tokio::net::TcpListener::bind(adres).await?;
    let app = app_met_postcodes(store, veilig, postcodes);
    axum::serve(luisteraar, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
