//! The JSON API under `/api/v1`: what the pages show, for other systems. A request is authenticated
//! only by a personal access token (`Authorization: Bearer spoor2_…`, issued by the beheerder), never
//! by the session cookie, and acts as the token's user: every read goes through the same store
//! functions, hence the same access policy and access log, as the pages. Medical notes are never
//! part of the API.
//!
//! The OpenAPI description is generated from the handlers (`/api/v1/openapi.json`) and shown by a
//! vendored Swagger UI at `/api/v1/docs`. The doc comments of the handlers and of the response types
//! are in Dutch: they are that published description.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::{Json, Router};
use domain::poortwachter::bereken;
use domain::poortwachter::json::TijdlijnJson;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use store::tokens::TokenGebruiker;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoParams, Modify, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::fout::AppFout;
use crate::paginas::{Filter, werkvoorraad_van};
use crate::{AppState, direct, vandaag};

/// An error as the API returns it: a status and `{"fout": "<Dutch message>"}`, never internals.
#[derive(Debug)]
pub enum ApiFout {
    /// No bearer token in the request.
    GeenToken,
    /// A token that is unknown, malformed or revoked (one answer for all three).
    OngeldigToken,
    App(AppFout),
}

impl From<AppFout> for ApiFout {
    fn from(e: AppFout) -> Self {
        Self::App(e)
    }
}

/// Een fout: wat er misging, in het Nederlands.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Fout {
    #[schema(example = "niet gevonden")]
    pub fout: String,
}

impl IntoResponse for ApiFout {
    fn into_response(self) -> Response {
        let uitdaging = |fout: Option<&str>| {
            let waarde = match fout {
                Some(f) => format!("Bearer realm=\"spoor2\", error=\"{f}\""),
                None => "Bearer realm=\"spoor2\"".to_string(),
            };
            HeaderValue::from_str(&waarde).ok()
        };
        let (status, melding, kop) = match self {
            Self::GeenToken | Self::App(AppFout::NietIngelogd) => (
                StatusCode::UNAUTHORIZED,
                "geen toegangstoken: stuur de kop 'Authorization: Bearer <token>'".to_string(),
                uitdaging(None),
            ),
            Self::OngeldigToken => (
                StatusCode::UNAUTHORIZED,
                "het toegangstoken is onbekend of ingetrokken".to_string(),
                uitdaging(Some("invalid_token")),
            ),
            Self::App(AppFout::NietGevonden) => (StatusCode::NOT_FOUND, "niet gevonden".to_string(), None),
            Self::App(AppFout::Geweigerd(m)) => (StatusCode::FORBIDDEN, m, None),
            Self::App(AppFout::Ongeldig(m)) => (StatusCode::BAD_REQUEST, m, None),
            Self::App(AppFout::Onbeschikbaar(o)) => {
                (StatusCode::SERVICE_UNAVAILABLE, crate::taal::Taal::Nl.t(crate::fout::melding_van(o)), None)
            }
            Self::App(AppFout::Intern(details)) => {
                tracing::error!(fout = %details, "interne fout in de API");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "er ging aan onze kant iets mis; probeer het later opnieuw".to_string(),
                    None,
                )
            }
        };
        let mut antwoord = (status, Json(Fout { fout: melding })).into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            antwoord.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static(crate::fout::OPNIEUW_NA));
        }
        if let Some(k) = kop {
            antwoord.headers_mut().insert(header::WWW_AUTHENTICATE, k);
        }
        antwoord
    }
}

/// The user a request's bearer token acts as.
pub struct ApiGebruiker(TokenGebruiker);

impl ApiGebruiker {
    /// The access log's context for reads through the API: which token.
    fn context(&self) -> String {
        format!("api ({})", self.0.token_naam)
    }
}

impl FromRequestParts<AppState> for ApiGebruiker {
    type Rejection = ApiFout;

    async fn from_request_parts(parts: &mut Parts, staat: &AppState) -> Result<Self, ApiFout> {
        let kop = parts.headers.get(header::AUTHORIZATION).ok_or(ApiFout::GeenToken)?;
        let kop = kop.to_str().map_err(|_| ApiFout::OngeldigToken)?;
        let (schema, geheim) = kop.trim().split_once(' ').ok_or(ApiFout::GeenToken)?;
        if !schema.eq_ignore_ascii_case("bearer") {
            return Err(ApiFout::GeenToken);
        }
        let geheim = geheim.trim().to_string();
        direct(staat, |s| s.token_gebruiker(&geheim))?.map(Self).ok_or(ApiFout::OngeldigToken)
    }
}

/// A path parameter, with a JSON error when it does not parse.
struct Pad(String);

impl<S: Send + Sync> FromRequestParts<S> for Pad {
    type Rejection = ApiFout;

    async fn from_request_parts(parts: &mut Parts, staat: &S) -> Result<Self, ApiFout> {
        Path::<String>::from_request_parts(parts, staat)
            .await
            .map(|Path(p)| Self(p))
            .map_err(|_| ApiFout::App(AppFout::Ongeldig("ongeldig pad".into())))
    }
}

/// Een dossier in de lijst.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DossierRegelJson {
    pub id: String,
    pub werknemer: String,
    pub werkgever: String,
    /// De coach in wiens caseload het dossier zit.
    pub coach: Option<String>,
    /// Of deze gebruiker de verzuim- en Poortwachtergegevens mag lezen (`/api/v1/dossiers/{id}`).
    pub poortwachter: bool,
}

/// Een dossier: wie en waar, en de Poortwachter-tijdlijn op de dag van vandaag.
#[derive(Debug, Serialize, ToSchema)]
pub struct DossierJson {
    pub id: String,
    /// Gaat bij elke wijziging omhoog.
    pub versie: i64,
    pub werknemer: String,
    pub werkgever: String,
    pub functie: String,
    /// Mijlpalen, bevindingen en einddata (hetzelfde formaat als `spoor2 tijdlijn --json`).
    pub tijdlijn: TijdlijnJson,
}

/// De beschrijving van een document (de inhoud zelf hoort niet bij de API).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DocumentJson {
    pub id: String,
    /// `probleemanalyse`, `plan_van_aanpak`, `eerstejaarsevaluatie`, `ad_rapport`, …
    pub soort: String,
    pub titel: String,
    pub datum: Date,
    pub auteur: String,
    pub ondertekend_door: Option<String>,
    pub bestandsnaam: String,
    pub mediatype: String,
    /// SHA-256 van de inhoud, hexadecimaal.
    pub sha256: String,
}

/// De belastbaarheid op een datum volgens de FML, in functionele termen, met een prognose in termen
/// van tijd. Geen diagnose.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct BelastbaarheidJson {
    pub datum: Date,
    /// Het voorblad: of de werknemer benutbare mogelijkheden heeft.
    pub benutbare_mogelijkheden: bool,
    /// Waarom niet (`opname`, `bedlegerig`, `adl_afhankelijk`, `ernstige_psychiatrische_stoornis`,
    /// `sterk_wisselend`): alleen voor de bedrijfsarts, want de reden is medisch van aard.
    pub reden_geen_benutbare_mogelijkheden: Option<String>,
    /// FML-item (`6.3`) → niveau; bij meerkeuze-items de aangevinkte condities als bits.
    pub items: BTreeMap<String, u8>,
    /// FML-item → toelichting van de bedrijfsarts, in functionele termen.
    pub toelichtingen: BTreeMap<String, String>,
    pub prognose: String,
}

/// De aantallen van al het werk van de gebruiker, ongeacht de filters.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TellersJson {
    pub te_laat: usize,
    pub binnenkort: usize,
    /// Bevindingen met een risico op een loonsanctie of erger.
    pub risico: usize,
    pub overig: usize,
    pub dossiers: usize,
}

/// Iets te doen: een mijlpaal die te laat is of binnen vier weken valt, of een bevinding.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct WerkRegelJson {
    pub datum: Date,
    /// `te_laat`, `open` (binnenkort) of `bevinding`.
    pub soort: String,
    /// `te laat`, `binnenkort`, of de ernst van de bevinding.
    pub status: String,
    pub dossier_id: String,
    pub werknemer: String,
    pub werkgever: String,
    pub coach: Option<String>,
    pub wat: String,
    pub toelichting: Option<String>,
    pub advies: Option<String>,
}

/// De werkvoorraad op vandaag.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct WerkvoorraadJson {
    pub tellers: TellersJson,
    /// Het urgentste eerst.
    pub regels: Vec<WerkRegelJson>,
}

/// Filters van de werkvoorraad; leeg of weggelaten betekent alles.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WerkvoorraadVraag {
    /// De naam van de werkgever.
    werkgever: Option<String>,
    /// De naam van de coach.
    coach: Option<String>,
    /// `te_laat`, `open` of `bevinding`.
    status: Option<String>,
}

type Antwoord<T> = Result<Json<T>, ApiFout>;

/// De dossiers die deze gebruiker mag zien.
#[utoipa::path(
    get,
    path = "/dossiers",
    tag = "dossiers",
    responses(
        (status = 200, description = "De dossiers van deze gebruiker", body = Vec<DossierRegelJson>),
        (status = 401, description = "Geen, een onbekend of een ingetrokken token", body = Fout),
    )
)]
async fn dossiers(State(staat): State<AppState>, wie: ApiGebruiker) -> Antwoord<Vec<DossierRegelJson>> {
    let lijst = direct(&staat, |s| s.dossiers(wie.0.actor()))?;
    Ok(Json(
        lijst
            .into_iter()
            .map(|d| DossierRegelJson {
                id: d.id,
                werknemer: d.werknemer,
                werkgever: d.werkgever,
                coach: d.coach,
                poortwachter: d.verzuim,
            })
            .collect(),
    ))
}

/// Eén dossier met zijn Poortwachter-tijdlijn op vandaag: mijlpalen en bevindingen.
#[utoipa::path(
    get,
    path = "/dossiers/{id}",
    tag = "dossiers",
    params(("id" = String, Path, description = "Het id van het dossier")),
    responses(
        (status = 200, description = "Het dossier en zijn tijdlijn", body = DossierJson),
        (status = 401, description = "Geen, een onbekend of een ingetrokken token", body = Fout),
        (status = 403, description = "Deze gegevens zijn niet voor de rol van de gebruiker", body = Fout),
        (status = 404, description = "Geen dossier van deze gebruiker", body = Fout),
    )
)]
async fn dossier(State(staat): State<AppState>, wie: ApiGebruiker, Pad(id): Pad) -> Antwoord<DossierJson> {
    let vandaag = vandaag();
    let context = wie.context();
    let dossier = direct(&staat, |s| s.dossier(wie.0.actor(), &id, &context))?;
    let casus = dossier.casus(vandaag).map_err(AppFout::from)?;
    let tijdlijn = TijdlijnJson::nieuw(&casus, &bereken(&casus));
    Ok(Json(DossierJson {
        id: dossier.id,
        versie: dossier.versie,
        werknemer: dossier.werknemer,
        werkgever: dossier.werkgever,
        functie: dossier.functie,
        tijdlijn,
    }))
}

/// De beschrijvingen van de documenten van een dossier.
#[utoipa::path(
    get,
    path = "/dossiers/{id}/documenten",
    tag = "dossiers",
    params(("id" = String, Path, description = "Het id van het dossier")),
    responses(
        (status = 200, description = "De documenten, oudste eerst", body = Vec<DocumentJson>),
        (status = 401, description = "Geen, een onbekend of een ingetrokken token", body = Fout),
        (status = 403, description = "Deze gegevens zijn niet voor de rol van de gebruiker", body = Fout),
        (status = 404, description = "Geen dossier van deze gebruiker", body = Fout),
    )
)]
async fn documenten(State(staat): State<AppState>, wie: ApiGebruiker, Pad(id): Pad) -> Antwoord<Vec<DocumentJson>> {
    let context = wie.context();
    let lijst = direct(&staat, |s| s.documenten(wie.0.actor(), &id, &context))?;
    Ok(Json(
        lijst
            .into_iter()
            .map(|d| DocumentJson {
                id: d.id,
                soort: d.soort,
                titel: d.titel,
                datum: d.datum,
                auteur: d.auteur,
                ondertekend_door: d.ondertekend_door,
                bestandsnaam: d.bestandsnaam,
                mediatype: d.mediatype,
                sha256: d.sha256,
            })
            .collect(),
    ))
}

/// De belastbaarheid die de bedrijfsarts vastlegde, oudste eerst.
#[utoipa::path(
    get,
    path = "/dossiers/{id}/belastbaarheid",
    tag = "dossiers",
    params(("id" = String, Path, description = "Het id van het dossier")),
    responses(
        (status = 200, description = "De vastgelegde belastbaarheid, oudste eerst", body = Vec<BelastbaarheidJson>),
        (status = 401, description = "Geen, een onbekend of een ingetrokken token", body = Fout),
        (status = 403, description = "Deze gegevens zijn niet voor de rol van de gebruiker", body = Fout),
        (status = 404, description = "Geen dossier van deze gebruiker", body = Fout),
    )
)]
async fn belastbaarheid(
    State(staat): State<AppState>,
    wie: ApiGebruiker,
    Pad(id): Pad,
) -> Antwoord<Vec<BelastbaarheidJson>> {
    let context = wie.context();
    let lijst = direct(&staat, |s| s.belastbaarheid(wie.0.actor(), &id, &context))?;
    Ok(Json(
        lijst
            .into_iter()
            .map(|b| BelastbaarheidJson {
                datum: b.datum,
                benutbare_mogelijkheden: b.benutbare_mogelijkheden,
                reden_geen_benutbare_mogelijkheden: b.reden_geen.map(|g| g.code().to_string()),
                items: b.items,
                toelichtingen: b.toelichtingen,
                prognose: b.prognose,
            })
            .collect(),
    ))
}

/// De werkvoorraad: wat in de dossiers van deze gebruiker te laat is, binnenkort moet of risico loopt.
#[utoipa::path(
    get,
    path = "/werkvoorraad",
    tag = "werkvoorraad",
    params(WerkvoorraadVraag),
    responses(
        (status = 200, description = "De werkvoorraad op vandaag", body = WerkvoorraadJson),
        (status = 400, description = "Ongeldige filters", body = Fout),
        (status = 401, description = "Geen, een onbekend of een ingetrokken token", body = Fout),
    )
)]
async fn werkvoorraad(
    State(staat): State<AppState>,
    wie: ApiGebruiker,
    vraag: Result<Query<WerkvoorraadVraag>, axum::extract::rejection::QueryRejection>,
) -> Antwoord<WerkvoorraadJson> {
    let Query(vraag) = vraag.map_err(|_| AppFout::Ongeldig("ongeldige filters".into()))?;
    let filter = Filter { werkgever: vraag.werkgever, coach: vraag.coach, status: vraag.status };
    let vandaag = vandaag();
    let context = wie.context();
    let w = direct(&staat, |s| werkvoorraad_van(s, wie.0.actor(), vandaag, &filter, &context))?;
    Ok(Json(WerkvoorraadJson {
        tellers: TellersJson {
            te_laat: w.tellers.te_laat,
            binnenkort: w.tellers.open,
            risico: w.tellers.risico,
            overig: w.tellers.overig,
            dossiers: w.tellers.dossiers,
        },
        regels: w
            .regels
            .into_iter()
            .map(|r| WerkRegelJson {
                datum: r.dag(),
                soort: r.soort().to_string(),
                status: r.status.to_string(),
                dossier_id: r.dossier_id,
                werknemer: r.werknemer,
                werkgever: r.werkgever,
                coach: Some(r.coach).filter(|c| !c.is_empty()),
                wat: r.wat,
                toelichting: r.toelichting,
                advies: r.advies,
            })
            .collect(),
    }))
}

/// Deze beschrijving (OpenAPI 3); zonder token.
#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = "documentatie",
    security(()),
    responses((status = 200, description = "De OpenAPI-beschrijving", content_type = "application/json"))
)]
async fn openapi_json() -> impl IntoResponse {
    static JSON: OnceLock<String> = OnceLock::new();
    let json = JSON.get_or_init(|| beschrijving().to_pretty_json().expect("the description serialises"));
    ([(header::CONTENT_TYPE, "application/json")], json.as_str())
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "spoor2 API",
        version = "1",
        description = "De dossiers, Poortwachter-tijdlijnen, documenten en belastbaarheid van spoor2, voor \
                       andere systemen. Elk verzoek draagt een persoonlijk toegangstoken dat de beheerder \
                       uitgeeft (`Authorization: Bearer spoor2_…`) en ziet precies wat de gebruiker van dat \
                       token mag zien; elke inzage komt in het logboek. Medische gegevens zijn nooit deel van \
                       de API. Fouten: `{\"fout\": \"…\"}`.",
        license(name = "EUPL-1.2", identifier = "EUPL-1.2")
    ),
    modifiers(&Beveiliging),
    security(("bearer" = [])),
    tags(
        (name = "dossiers", description = "Dossiers en wat erbij hoort"),
        (name = "werkvoorraad", description = "Wat er te doen is"),
        (name = "documentatie", description = "Deze beschrijving"),
    )
)]
struct ApiDoc;

struct Beveiliging;

impl Modify for Beveiliging {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let componenten = openapi.components.get_or_insert_with(Default::default);
        componenten.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("spoor2_…")
                    .description(Some("Een persoonlijk toegangstoken; de beheerder geeft het uit op /beheer."))
                    .build(),
            ),
        );
    }
}

/// The API's routes with their descriptions: the router and the OpenAPI document come from one list.
fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi()).nest(
        "/api/v1",
        OpenApiRouter::new()
            .routes(routes!(dossiers))
            .routes(routes!(dossier))
            .routes(routes!(documenten))
            .routes(routes!(belastbaarheid))
            .routes(routes!(werkvoorraad))
            .routes(routes!(openapi_json)),
    )
}

/// The OpenAPI description of the API.
fn beschrijving() -> utoipa::openapi::OpenApi {
    api().into_openapi()
}

async fn onbekend_pad() -> ApiFout {
    ApiFout::App(AppFout::NietGevonden)
}

async fn verkeerde_methode() -> Response {
    let fout = Fout { fout: "deze methode kan hier niet; de API leest alleen (GET)".into() };
    (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, HEAD")], Json(fout)).into_response()
}

#[derive(Template, WebTemplate)]
#[template(path = "api_docs.html")]
struct DocsPagina;

async fn docs() -> DocsPagina {
    DocsPagina
}

/// Swagger UI 5.35.0 (Apache-2.0), vendored from the npm package `swagger-ui-dist`: nothing is loaded
/// from elsewhere.
async fn swagger_js() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("../assets/swagger-ui-5.35.0/swagger-ui-bundle.js"),
    )
}

async fn swagger_css() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], include_str!("../assets/swagger-ui-5.35.0/swagger-ui.css"))
}

/// Starts Swagger UI: a file of its own, since the CSP allows no inline script.
async fn docs_js() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], include_str!("../assets/api-docs.js"))
}

/// The API, its description and its documentation page. Mounted outside the session layer: a
/// cookie opens nothing here.
pub fn routes() -> Router<AppState> {
    let (router, _) = api().split_for_parts();
    router
        .method_not_allowed_fallback(verkeerde_methode)
        .route("/api/v1/docs", get(docs))
        .route("/api/v1/docs/swagger-ui-bundle.js", get(swagger_js))
        .route("/api/v1/docs/swagger-ui.css", get(swagger_css))
        .route("/api/v1/docs/api-docs.js", get(docs_js))
        .route("/api/v1/{*rest}", any(onbekend_pad))
        .layer(axum::middleware::from_fn(|v: axum::extract::Request, n: axum::middleware::Next| {
            crate::fout::zonder_nul(crate::MAX_VERZOEK, v, n)
        }))
}
