//! The JSON API in-process (tower `oneshot`), on SQLite and PostgreSQL: bearer tokens only, the same
//! policy and access log as the pages for every role, JSON errors, no medical data, the OpenAPI
//! description and its documentation page served from here.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;

use axum::Router;
use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode, header};
use domain::waarden::Rol;
use http_body_util::BodyExt;
use jiff::civil::date;
use serde_json::Value;
use store::{Actor, Belastbaarheid, NieuwDocument, NieuweGebruiker, OrganisatieSoort, Store};
use test_support::Testdatabase;
use tower::ServiceExt;

const WACHTWOORD: &str = "een lang test-wachtwoord";
const MEDISCH: &str = "MEDISCH-GEHEIM";
const ROLLEN: [&str; 7] =
    ["coach", "coach2", "werkgever", "bedrijfsarts", "arbeidsdeskundige", "werknemer", "beheerder"];

struct Opzet {
    app: Router,
    dossier: String,
    store: Store,
    organisatie: String,
    /// Role → user id.
    gebruikers: BTreeMap<&'static str, String>,
    /// Role → token secret.
    tokens: BTreeMap<&'static str, String>,
    /// A coach and a beheerder of another organisation, with a dossier of their own.
    vreemde_tokens: Vec<String>,
    vreemd_dossier: String,
    _db: Testdatabase,
}

impl Opzet {
    fn token(&self, rol: &str) -> &str {
        &self.tokens[rol]
    }

    fn beheerder(&self) -> Actor<'_> {
        Actor { id: &self.gebruikers["beheerder"], organisatie_id: &self.organisatie }
    }
}

fn geheim(email: &str) -> Vec<u8> {
    email.bytes().cycle().take(20).collect()
}

/// An organisation with one sick employee (in the first coach's caseload, with a medical note, a
/// document and a belastbaarheid), a user and a token for every role; and another organisation.
fn opzet(db: Testdatabase) -> Opzet {
    let store = Store::open_demo(&db.url).unwrap();
    let org = store.nieuwe_organisatie("systeem:test", "Bureau", OrganisatieSoort::Bureau).unwrap();
    let s = Actor { id: "systeem:test", organisatie_id: &org };
    let werkgever = store.nieuwe_werkgever(s, "Bakkerij De Korf", false).unwrap();
    let werknemer = store.nieuwe_werknemer(s, &test_support::werknemer(&werkgever, "Sanne")).unwrap();
    let mut gebruikers = BTreeMap::new();
    for (rol_naam, rol) in [
        ("coach", Rol::Coach),
        ("coach2", Rol::Coach),
        ("werkgever", Rol::Werkgever),
        ("bedrijfsarts", Rol::Bedrijfsarts),
        ("arbeidsdeskundige", Rol::Arbeidsdeskundige),
        ("werknemer", Rol::Werknemer),
        ("beheerder", Rol::Beheerder),
    ] {
        let email = format!("{rol_naam}@test.nl");
        let werkgevers = match rol {
            Rol::Werkgever | Rol::Bedrijfsarts | Rol::Arbeidsdeskundige => vec![werkgever.clone()],
            _ => vec![],
        };
        let werknemer_id = (rol == Rol::Werknemer).then(|| werknemer.clone());
        let g = NieuweGebruiker { email: email.clone(), naam: email.clone(), rol, werknemer_id, werkgevers };
        let id = store.nieuwe_gebruiker(s, &g).unwrap();
        store.stel_wachtwoord_in(s, &id, WACHTWOORD).unwrap();
        store.demo_tweede_factor(&id, &geheim(&email)).unwrap();
        gebruikers.insert(rol_naam, id);
    }
    let dossier = store.nieuw_dossier(s, &werknemer, Some(&gebruikers["coach"]), date(2026, 1, 5)).unwrap();
    let arts = Actor { id: &gebruikers["bedrijfsarts"], organisatie_id: &org };
    store.voeg_notitie_toe(arts, &dossier, date(2026, 2, 1), &format!("{MEDISCH} diagnose"), true).unwrap();
    let belastbaarheid = Belastbaarheid {
        datum: date(2026, 2, 2),
        auteur_id: gebruikers["bedrijfsarts"].clone(),
        benutbare_mogelijkheden: true,
        reden_geen: None,
        items: [("4.18".to_string(), 2u8), ("6.3".to_string(), 3)].into(),
        toelichtingen: [("6.3".to_string(), "opbouw in uren".to_string())].into(),
        prognose: "binnen drie maanden".into(),
    };
    store.leg_belastbaarheid_vast(arts, &dossier, &belastbaarheid).unwrap();
    let hr = Actor { id: &gebruikers["werkgever"], organisatie_id: &org };
    let document = NieuwDocument {
        soort: "probleemanalyse".into(),
        titel: "Probleemanalyse".into(),
        datum: date(2026, 2, 10),
        auteur: "Bedrijfsarts".into(),
        ondertekend_door: None,
        bestandsnaam: "pa.pdf".into(),
        mediatype: "application/pdf".into(),
        inhoud: b"%PDF-1.7 probleemanalyse".to_vec(),
    };
    store.voeg_document_toe(hr, &dossier, &document).unwrap();
    let beheerder = Actor { id: &gebruikers["beheerder"], organisatie_id: &org };
    let tokens = gebruikers
        .iter()
        .map(|(rol, id)| (*rol, store.geef_token(beheerder, id, &format!("test {rol}")).unwrap().geheim))
        .collect();

    let ander = store.nieuwe_organisatie("systeem:test", "Ander bureau", OrganisatieSoort::Bureau).unwrap();
    let a = Actor { id: "systeem:test", organisatie_id: &ander };
    let ander_werkgever = store.nieuwe_werkgever(a, "Ander bedrijf", false).unwrap();
    let ander_werknemer = store.nieuwe_werknemer(a, &test_support::werknemer(&ander_werkgever, "Kees")).unwrap();
    let mut vreemd = Vec::new();
    for (email, rol) in [("vreemd-coach@test.nl", Rol::Coach), ("vreemd-beheer@test.nl", Rol::Beheerder)] {
        let g =
            NieuweGebruiker { email: email.into(), naam: email.into(), rol, werknemer_id: None, werkgevers: vec![] };
        vreemd.push(store.nieuwe_gebruiker(a, &g).unwrap());
    }
    let vreemd_dossier = store.nieuw_dossier(a, &ander_werknemer, Some(&vreemd[0]), date(2026, 3, 2)).unwrap();
    let vreemde_beheerder = Actor { id: &vreemd[1], organisatie_id: &ander };
    let vreemde_tokens =
        vreemd.iter().map(|id| store.geef_token(vreemde_beheerder, id, "vreemd").unwrap().geheim).collect();

    let app = web::app(store.clone(), false).layer(MockConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000))));
    Opzet { app, dossier, store, organisatie: org, gebruikers, tokens, vreemde_tokens, vreemd_dossier, _db: db }
}

struct Antwoord {
    status: StatusCode,
    koppen: HeaderMap,
    tekst: String,
}

impl Antwoord {
    fn json(&self) -> Value {
        serde_json::from_str(&self.tekst).unwrap_or_else(|e| panic!("no JSON ({e}): {}", self.tekst))
    }

    /// An error in the API's shape: JSON with a Dutch message.
    fn assert_fout(&self, status: StatusCode, wat: &str) {
        assert_eq!(self.status, status, "{wat}: {}", self.tekst);
        assert!(self.koppen[header::CONTENT_TYPE].to_str().unwrap().starts_with("application/json"), "{wat}");
        let fout = self.json();
        assert!(fout["fout"].as_str().is_some_and(|f| !f.is_empty()), "{wat}: {}", self.tekst);
        assert_eq!(fout.as_object().unwrap().len(), 1, "{wat}: only the message, no internals");
    }
}

async fn vraag(app: &Router, verzoek: Request<Body>) -> Antwoord {
    let antwoord = app.clone().oneshot(verzoek).await.unwrap();
    let status = antwoord.status();
    let koppen = antwoord.headers().clone();
    let tekst = String::from_utf8(antwoord.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    Antwoord { status, koppen, tekst }
}

fn get(pad: &str, token: Option<&str>) -> Request<Body> {
    let mut r = Request::get(pad);
    if let Some(t) = token {
        r = r.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    r.body(Body::empty()).unwrap()
}

async fn api(o: &Opzet, pad: &str, token: &str) -> Antwoord {
    vraag(&o.app, get(pad, Some(token))).await
}

/// Every dossier endpoint of the API for this dossier.
fn dossierpaden(dossier: &str) -> [String; 3] {
    [
        format!("/api/v1/dossiers/{dossier}"),
        format!("/api/v1/dossiers/{dossier}/documenten"),
        format!("/api/v1/dossiers/{dossier}/belastbaarheid"),
    ]
}

test_support::op_beide_met_opzet!(
    without_a_valid_bearer_token_the_api_answers_401,
    each_role_gets_what_the_policy_allows,
    another_organisations_token_finds_no_dossier,
    no_medical_note_ever_appears_in_an_api_response,
    api_reads_are_logged_as_the_tokens_user,
    the_beheerder_issues_and_revokes_a_token_on_the_beheer_page,
    the_openapi_description_lists_every_api_path,
    the_docs_page_and_its_assets_load_from_here,
    unknown_paths_and_methods_answer_in_json_and_csrf_lets_bearer_gets_through,
    hostile_input_to_the_api_gets_a_json_refusal,
);

async fn without_a_valid_bearer_token_the_api_answers_401(o: Opzet) {
    let pad = "/api/v1/dossiers";
    let geldig = o.token("coach").to_string();
    let mut pogingen: Vec<(&str, Request<Body>)> = vec![
        ("no header", get(pad, None)),
        (
            "basic",
            Request::get(pad)
                .header(header::AUTHORIZATION, "Basic Y29hY2g6d2FjaHR3b29yZA==")
                .body(Body::empty())
                .unwrap(),
        ),
        ("empty bearer", Request::get(pad).header(header::AUTHORIZATION, "Bearer").body(Body::empty()).unwrap()),
        ("garbage", get(pad, Some("dit-is-geen-token"))),
        ("unknown", get(pad, Some(&format!("spoor2_{}", "A".repeat(43))))),
        ("truncated", get(pad, Some(&geldig[..geldig.len() - 1]))),
    ];
    // A logged-in session opens nothing in the API: only the bearer token counts.
    let cookie = log_in(&o.app, "coach@test.nl").await;
    pogingen.push(("cookie", Request::get(pad).header(header::COOKIE, &cookie).body(Body::empty()).unwrap()));
    for (wat, verzoek) in pogingen {
        let r = vraag(&o.app, verzoek).await;
        r.assert_fout(StatusCode::UNAUTHORIZED, wat);
        let uitdaging = r.koppen[header::WWW_AUTHENTICATE].to_str().unwrap();
        assert!(uitdaging.starts_with("Bearer"), "{wat}: {uitdaging}");
        assert!(!r.tekst.contains("Sanne"), "{wat}");
    }
    let onbekend = vraag(&o.app, get(pad, Some("spoor2_onbekend"))).await;
    assert!(onbekend.koppen[header::WWW_AUTHENTICATE].to_str().unwrap().contains("invalid_token"));

    // The same token works ("bearer" in any case), until the beheerder revokes it.
    let r = vraag(
        &o.app,
        Request::get(pad).header(header::AUTHORIZATION, format!("bearer {geldig}")).body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.tekst);
    let id = o.store.tokens(o.beheerder()).unwrap().into_iter().find(|t| t.naam == "test coach").unwrap().id;
    o.store.trek_token_in(o.beheerder(), &id).unwrap();
    for pad in [pad.to_string(), format!("/api/v1/dossiers/{}", o.dossier), "/api/v1/werkvoorraad".into()] {
        let r = api(&o, &pad, &geldig).await;
        r.assert_fout(StatusCode::UNAUTHORIZED, "revoked");
        assert!(r.koppen[header::WWW_AUTHENTICATE].to_str().unwrap().contains("invalid_token"));
    }
    assert_eq!(api(&o, pad, o.token("werkgever")).await.status, StatusCode::OK, "other tokens still work");
}

async fn each_role_gets_what_the_policy_allows(o: Opzet) {
    // Role → (sees the dossier in the list, may read its Poortwachter data), as in the role matrix.
    for rol in ROLLEN {
        let (in_lijst, leest) = match rol {
            "coach" | "werkgever" | "bedrijfsarts" | "arbeidsdeskundige" | "werknemer" => (true, true),
            "beheerder" => (true, false),
            "coach2" => (false, false),
            _ => unreachable!(),
        };
        let token = o.token(rol);
        let lijst = api(&o, "/api/v1/dossiers", token).await;
        assert_eq!(lijst.status, StatusCode::OK, "{rol}");
        let lijst = lijst.json();
        let regels = lijst.as_array().unwrap();
        assert_eq!(regels.len(), usize::from(in_lijst), "{rol}: {lijst}");
        if in_lijst {
            assert_eq!(regels[0]["id"], o.dossier.as_str());
            assert_eq!(regels[0]["werknemer"], "Sanne de Vries");
            assert_eq!(regels[0]["werkgever"], "Bakkerij De Korf");
            assert_eq!(regels[0]["poortwachter"], leest, "{rol}");
        }

        let [pad_dossier, pad_documenten, pad_belastbaarheid] = dossierpaden(&o.dossier);
        match (in_lijst, leest) {
            (_, true) => {
                let d = api(&o, &pad_dossier, token).await;
                assert_eq!(d.status, StatusCode::OK, "{rol}: {}", d.tekst);
                let d = d.json();
                assert_eq!(
                    (d["id"].as_str(), d["werknemer"].as_str()),
                    (Some(o.dossier.as_str()), Some("Sanne de Vries"))
                );
                assert_eq!(d["functie"], "Bakker");
                let t = &d["tijdlijn"];
                assert_eq!(t["eerste_ziektedag"], "2026-01-05");
                assert_eq!(t["peildatum"], web::vandaag().to_string(), "the clock on today's date");
                assert!(t["mijlpalen"].as_array().unwrap().iter().any(|m| m["code"] == "probleemanalyse"), "{t}");
                assert!(t["bevindingen"].is_array() && t["einde_wachttijd"].is_string());

                let docs = api(&o, &pad_documenten, token).await;
                assert_eq!(docs.status, StatusCode::OK, "{rol}");
                let docs = docs.json();
                assert_eq!(docs[0]["titel"], "Probleemanalyse");
                assert_eq!(docs[0]["mediatype"], "application/pdf");
                assert!(docs[0].get("inhoud").is_none() && !docs.to_string().contains("%PDF"), "metadata only");

                let b = api(&o, &pad_belastbaarheid, token).await;
                assert_eq!(b.status, StatusCode::OK, "{rol}");
                let b = b.json();
                assert_eq!((b[0]["datum"].as_str(), b[0]["items"]["6.3"].as_u64()), (Some("2026-02-02"), Some(3)));
                assert_eq!(b[0]["toelichtingen"]["6.3"], "opbouw in uren");
                assert_eq!(b[0]["benutbare_mogelijkheden"], true);
                assert!(b[0]["reden_geen_benutbare_mogelijkheden"].is_null());
                assert_eq!(b[0]["prognose"], "binnen drie maanden");

                let w = api(&o, "/api/v1/werkvoorraad", token).await;
                assert_eq!(w.status, StatusCode::OK, "{rol}");
                let w = w.json();
                assert_eq!(w["tellers"]["dossiers"], 1);
                let regels = w["regels"].as_array().unwrap();
                assert!(!regels.is_empty() && regels.iter().all(|r| r["dossier_id"] == o.dossier.as_str()), "{w}");
                assert!(regels.iter().any(|r| r["soort"] == "te_laat"), "nothing recorded since January: {w}");
                let gefilterd = api(&o, "/api/v1/werkvoorraad?werkgever=Iemand+anders", token).await.json();
                assert!(gefilterd["regels"].as_array().unwrap().is_empty());
                assert_eq!(gefilterd["tellers"], w["tellers"], "the counts are of all the work");
            }
            (true, false) => {
                // The beheerder knows the dossier exists, but may not read what is in it.
                for pad in dossierpaden(&o.dossier) {
                    api(&o, &pad, token).await.assert_fout(StatusCode::FORBIDDEN, rol);
                }
                let w = api(&o, "/api/v1/werkvoorraad", token).await.json();
                assert!(w["regels"].as_array().unwrap().is_empty(), "{w}");
            }
            (false, _) => {
                for pad in dossierpaden(&o.dossier) {
                    let r = api(&o, &pad, token).await;
                    r.assert_fout(StatusCode::NOT_FOUND, rol);
                    assert!(!r.tekst.contains("Sanne"));
                }
                let w = api(&o, "/api/v1/werkvoorraad", token).await.json();
                assert_eq!(w["tellers"]["dossiers"], 0);
            }
        }
        api(&o, "/api/v1/dossiers/bestaat-niet", token).await.assert_fout(StatusCode::NOT_FOUND, rol);
    }
}

async fn another_organisations_token_finds_no_dossier(o: Opzet) {
    for token in &o.vreemde_tokens {
        let lijst = api(&o, "/api/v1/dossiers", token).await.json();
        assert!(!lijst.to_string().contains(&o.dossier) && !lijst.to_string().contains("Sanne"), "{lijst}");
        for pad in dossierpaden(&o.dossier) {
            let r = api(&o, &pad, token).await;
            r.assert_fout(StatusCode::NOT_FOUND, &pad);
            assert!(!r.tekst.contains("Sanne"));
        }
    }
    // And the other way round; while their own coach reads their own dossier.
    for rol in ROLLEN {
        api(&o, &format!("/api/v1/dossiers/{}", o.vreemd_dossier), o.token(rol))
            .await
            .assert_fout(StatusCode::NOT_FOUND, rol);
    }
    let eigen = api(&o, &format!("/api/v1/dossiers/{}", o.vreemd_dossier), &o.vreemde_tokens[0]).await;
    assert_eq!(eigen.status, StatusCode::OK, "{}", eigen.tekst);
}

async fn no_medical_note_ever_appears_in_an_api_response(o: Opzet) {
    let mut paden = vec!["/api/v1/dossiers".to_string(), "/api/v1/werkvoorraad".into(), "/api/v1/openapi.json".into()];
    paden.extend(dossierpaden(&o.dossier));
    for rol in ROLLEN {
        for pad in &paden {
            let r = api(&o, pad, o.token(rol)).await;
            assert!(!r.tekst.contains(MEDISCH), "{rol} {pad}: {}", r.tekst);
        }
    }
    // The notes are there, for the bedrijfsarts's own page.
    let arts = Actor { id: &o.gebruikers["bedrijfsarts"], organisatie_id: &o.organisatie };
    assert_eq!(o.store.medische_notities(arts, &o.dossier, "test").unwrap().len(), 1);
}

async fn api_reads_are_logged_as_the_tokens_user(o: Opzet) {
    let voor = o.store.toegangsgeschiedenis(o.beheerder(), &o.dossier).unwrap().len();
    for pad in dossierpaden(&o.dossier) {
        assert_eq!(api(&o, &pad, o.token("werkgever")).await.status, StatusCode::OK);
    }
    let inzages = o.store.toegangsgeschiedenis(o.beheerder(), &o.dossier).unwrap();
    assert_eq!(inzages.len(), voor + 3, "every read through the API is logged");
    for i in &inzages[..3] {
        assert_eq!(i.actor, o.gebruikers["werkgever"]);
        assert_eq!(i.context, "api (test werkgever)", "the log names the token");
    }
    // A refused read changes nothing in the log; the token shows when it was last used.
    api(&o, &format!("/api/v1/dossiers/{}", o.dossier), o.token("coach2")).await;
    assert_eq!(o.store.toegangsgeschiedenis(o.beheerder(), &o.dossier).unwrap().len(), voor + 3);
    let tokens = o.store.tokens(o.beheerder()).unwrap();
    assert!(tokens.iter().find(|t| t.naam == "test werkgever").unwrap().laatst_gebruikt.is_some());
    assert!(tokens.iter().find(|t| t.naam == "test bedrijfsarts").unwrap().laatst_gebruikt.is_none());
}

fn code(email: &str) -> String {
    let totp = totp_rs::Builder::new().with_secret(geheim(email)).build().unwrap();
    totp.generate_current().to_string()
}

fn post(pad: &str, formulier: &str, cookie: Option<&str>) -> Request<Body> {
    let mut r = Request::post(pad).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        r = r.header(header::COOKIE, c);
    }
    r.body(Body::from(formulier.to_string())).unwrap()
}

fn cookie(r: &Antwoord) -> Option<String> {
    r.koppen.get(header::SET_COOKIE).map(|c| c.to_str().unwrap().split(';').next().unwrap().to_string())
}

/// Logs in on the web pages with both factors; returns the session cookie.
async fn log_in(app: &Router, email: &str) -> String {
    let stap1 = vraag(app, post("/inloggen", &format!("email={email}&wachtwoord={WACHTWOORD}"), None)).await;
    assert_eq!(stap1.status, StatusCode::SEE_OTHER, "{}", stap1.tekst);
    let halfweg = cookie(&stap1).unwrap();
    let stap2 = vraag(app, post("/tweestap", &format!("code={}", code(email)), Some(&halfweg))).await;
    assert_eq!(stap2.status, StatusCode::SEE_OTHER, "{}", stap2.tekst);
    cookie(&stap2).unwrap()
}

async fn the_beheerder_issues_and_revokes_a_token_on_the_beheer_page(o: Opzet) {
    let beheer = log_in(&o.app, "beheerder@test.nl").await;
    let pagina = vraag(&o.app, get_met_cookie("/beheer", &beheer)).await;
    assert_eq!(pagina.status, StatusCode::OK);
    assert!(pagina.tekst.contains("API-tokens") && pagina.tekst.contains("test coach"), "the existing tokens");
    let coach = &o.gebruikers["coach"];
    let r =
        vraag(&o.app, post("/beheer/tokens", &format!("gebruiker_id={coach}&naam=Rapportage"), Some(&beheer))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.tekst);
    assert!(r.tekst.contains("wordt niet opnieuw getoond"), "a clear notice");
    let geheim = r.tekst.split("<code id=\"nieuw-token\">").nth(1).unwrap().split('<').next().unwrap().to_string();
    assert!(geheim.starts_with("spoor2_"), "{geheim}");
    assert_eq!(r.koppen[header::CACHE_CONTROL], "no-store", "the secret is not cached");
    let lijst = api(&o, "/api/v1/dossiers", &geheim).await;
    assert_eq!(lijst.status, StatusCode::OK);
    assert_eq!(lijst.json()[0]["id"], o.dossier.as_str(), "the token acts as the coach");

    // Shown once: the page afterwards lists the token, without its secret.
    let daarna = vraag(&o.app, get_met_cookie("/beheer", &beheer)).await;
    assert!(daarna.tekst.contains("Rapportage") && !daarna.tekst.contains(&geheim));
    let leeg = vraag(&o.app, post("/beheer/tokens", &format!("gebruiker_id={coach}&naam=+"), Some(&beheer))).await;
    assert!(leeg.tekst.contains("geef het token een naam"), "{}", leeg.tekst);

    let id = o.store.tokens(o.beheerder()).unwrap().into_iter().find(|t| t.naam == "Rapportage").unwrap().id;
    let intrekken = format!("/beheer/tokens/{id}/intrekken");
    // Not by anyone else, and not cross-site.
    let hr = log_in(&o.app, "werkgever@test.nl").await;
    assert_eq!(vraag(&o.app, post(&intrekken, "", Some(&hr))).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        vraag(&o.app, post("/beheer/tokens", &format!("gebruiker_id={coach}&naam=x"), Some(&hr))).await.status,
        StatusCode::FORBIDDEN
    );
    let mut vervalst = post(&intrekken, "", Some(&beheer));
    vervalst.headers_mut().insert("sec-fetch-site", "cross-site".parse().unwrap());
    assert_eq!(vraag(&o.app, vervalst).await.status, StatusCode::FORBIDDEN);
    assert_eq!(api(&o, "/api/v1/dossiers", &geheim).await.status, StatusCode::OK);

    let r = vraag(&o.app, post(&intrekken, "", Some(&beheer))).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let pagina = vraag(&o.app, get_met_cookie(r.koppen[header::LOCATION].to_str().unwrap(), &beheer)).await;
    assert!(pagina.tekst.contains("Het token is ingetrokken") && pagina.tekst.contains("ingetrokken op"));
    api(&o, "/api/v1/dossiers", &geheim).await.assert_fout(StatusCode::UNAUTHORIZED, "revoked on the page");
}

fn get_met_cookie(pad: &str, cookie: &str) -> Request<Body> {
    Request::get(pad).header(header::COOKIE, cookie).body(Body::empty()).unwrap()
}

async fn the_openapi_description_lists_every_api_path(o: Opzet) {
    let r = vraag(&o.app, get("/api/v1/openapi.json", None)).await;
    assert_eq!(r.status, StatusCode::OK, "no token needed for the description");
    assert!(r.koppen[header::CONTENT_TYPE].to_str().unwrap().starts_with("application/json"));
    let spec = r.json();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3."), "{}", spec["openapi"]);
    assert_eq!(spec["info"]["title"], "spoor2 API");
    let bearer = &spec["components"]["securitySchemes"]["bearer"];
    assert_eq!((bearer["type"].as_str(), bearer["scheme"].as_str()), (Some("http"), Some("bearer")));

    let paden: BTreeSet<&str> = spec["paths"].as_object().unwrap().keys().map(String::as_str).collect();
    let verwacht = BTreeSet::from([
        "/api/v1/dossiers",
        "/api/v1/dossiers/{id}",
        "/api/v1/dossiers/{id}/documenten",
        "/api/v1/dossiers/{id}/belastbaarheid",
        "/api/v1/werkvoorraad",
        "/api/v1/openapi.json",
    ]);
    assert_eq!(paden, verwacht, "every JSON path of the router, and no other");
    for pad in paden {
        let operatie = &spec["paths"][pad]["get"];
        assert!(operatie.is_object(), "{pad}: GET");
        let echt = pad.replace("{id}", &o.dossier);
        let zonder = vraag(&o.app, get(&echt, None)).await;
        let met = api(&o, &echt, o.token("werkgever")).await;
        assert_eq!(met.status, StatusCode::OK, "{pad} is routed: {}", met.tekst);
        if pad == "/api/v1/openapi.json" {
            assert_eq!(operatie["security"], serde_json::json!([{}]), "open");
        } else {
            assert_eq!(zonder.status, StatusCode::UNAUTHORIZED, "{pad}");
            assert!(operatie["responses"]["401"].is_object(), "{pad} documents its 401");
        }
    }
    // The documented schema of the clock is the contract the API sends.
    let schemas = spec["components"]["schemas"].as_object().unwrap();
    let tijdlijn: BTreeSet<&str> =
        schemas["TijdlijnJson"]["properties"].as_object().unwrap().keys().map(String::as_str).collect();
    let dossier = api(&o, &format!("/api/v1/dossiers/{}", o.dossier), o.token("werkgever")).await.json();
    let gestuurd: BTreeSet<&str> = dossier["tijdlijn"].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(tijdlijn, gestuurd);
}

async fn the_docs_page_and_its_assets_load_from_here(o: Opzet) {
    let pagina = vraag(&o.app, get("/api/v1/docs", None)).await;
    assert_eq!(pagina.status, StatusCode::OK);
    assert!(pagina.koppen[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
    let csp = pagina.koppen[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"));
    assert!(!pagina.tekst.contains("http://") && !pagina.tekst.contains("https://"), "{}", pagina.tekst);
    assert!(!pagina.tekst.contains("<script>") && !pagina.tekst.contains("style="), "nothing inline");
    let mut bronnen = Vec::new();
    for attribuut in ["src=\"", "href=\""] {
        for deel in pagina.tekst.split(attribuut).skip(1) {
            bronnen.push(deel.split('"').next().unwrap().to_string());
        }
    }
    assert!(bronnen.len() >= 3, "{bronnen:?}");
    for bron in &bronnen {
        assert!(bron.starts_with('/') && !bron.starts_with("//"), "{bron} is served by the app");
        let r = vraag(&o.app, get(bron, None)).await;
        assert_eq!(r.status, StatusCode::OK, "{bron}");
        let soort = r.koppen[header::CONTENT_TYPE].to_str().unwrap().to_string();
        if bron.ends_with(".js") {
            assert!(soort.starts_with("text/javascript"), "{bron}: {soort}");
        } else if bron.ends_with(".css") {
            assert!(soort.starts_with("text/css"), "{bron}: {soort}");
            // Images in the style sheet are inline data, never fetched from elsewhere.
            for url in r.tekst.split("url(").skip(1) {
                let url = url.trim_start_matches(['"', '\'']);
                assert!(url.starts_with("data:"), "{bron}: url({})", &url[..url.len().min(40)]);
            }
        }
    }
    let js = vraag(&o.app, get("/api/v1/docs/api-docs.js", None)).await;
    assert!(bronnen.iter().any(|b| b == "/api/v1/docs/api-docs.js"));
    assert!(js.tekst.contains("\"/api/v1/openapi.json\"") && js.tekst.contains("validatorUrl: null"), "{}", js.tekst);
    assert!(!js.tekst.contains("http://") && !js.tekst.contains("https://"));
    let bundel = vraag(&o.app, get("/api/v1/docs/swagger-ui-bundle.js", None)).await;
    assert!(bundel.tekst.contains("SwaggerUIBundle") && bundel.tekst.len() > 1_000_000);
}

async fn unknown_paths_and_methods_answer_in_json_and_csrf_lets_bearer_gets_through(o: Opzet) {
    let token = o.token("coach");
    api(&o, "/api/v1/bestaat-niet", token).await.assert_fout(StatusCode::NOT_FOUND, "unknown path");
    api(&o, "/api/v1/dossiers/x/y/z", token).await.assert_fout(StatusCode::NOT_FOUND, "unknown path");
    let post = Request::post("/api/v1/dossiers")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{}"))
        .unwrap();
    vraag(&o.app, post).await.assert_fout(StatusCode::METHOD_NOT_ALLOWED, "POST");
    // A bearer GET passes the CSRF layer whatever its origin headers say (and the browser sends no
    // Authorization header cross-site without CORS, which the API does not offer).
    let verzoek = Request::get("/api/v1/dossiers")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::ORIGIN, "https://elders.example")
        .header("sec-fetch-site", "cross-site")
        .body(Body::empty())
        .unwrap();
    let r = vraag(&o.app, verzoek).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.tekst);
    assert!(r.koppen.get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none(), "no CORS");
    assert_eq!(r.koppen[header::CACHE_CONTROL], "no-store");
    assert_eq!(r.koppen[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert!(r.koppen.get(header::SET_COOKIE).is_none(), "the API starts no session");
}

/// Values for any path or query parameter: SQL, HTML, typst markup, a formula, a path out of the
/// data directory, invalid UTF-8, NUL, and a very long one (all percent-encoded).
fn vijandige_waarden() -> Vec<String> {
    let mut waarden: Vec<String> = [
        "' OR '1'='1'; --",
        "<script>alert('spoor2')</script>",
        "#read(\"/etc/passwd\")",
        "=HYPERLINK(\"https://kwaadaardig.example\")",
        "../../../../etc/passwd",
        "a\u{0}b",
        "",
    ]
    .iter()
    .map(|w| form_urlencoded::byte_serialize(w.as_bytes()).collect())
    .collect();
    waarden.extend(["%FF%FE".to_string(), "%".into(), "9".repeat(5000)]);
    waarden
}

/// The API's answer to hostile input: never a server error; a refusal in the API's JSON shape.
fn beoordeel(a: &Antwoord, wat: &str, fouten: &mut Vec<String>) {
    let json = a.koppen.get(header::CONTENT_TYPE).is_some_and(|t| t.to_str().unwrap().starts_with("application/json"));
    let fout = serde_json::from_str::<Value>(&a.tekst).ok().and_then(|f| f["fout"].as_str().map(str::to_string));
    if a.status.is_server_error() {
        fouten.push(format!("{wat}: {}", a.status));
    } else if a.status.is_client_error() && !(json && fout.is_some_and(|f| !f.is_empty())) {
        fouten.push(format!("{wat}: {} without a JSON message: {:.300}", a.status, a.tekst));
    } else if a.status.is_success() && !json {
        fouten.push(format!("{wat}: {} is no JSON", a.status));
    }
}

async fn hostile_input_to_the_api_gets_a_json_refusal(o: Opzet) {
    let spec = vraag(&o.app, get("/api/v1/openapi.json", None)).await.json();
    // Every role's token, another organisation's, and headers that are no token.
    let mut koppen: Vec<Option<Vec<u8>>> =
        o.tokens.values().chain(&o.vreemde_tokens).map(|t| Some(format!("Bearer {t}").into_bytes())).collect();
    koppen.extend([
        None,
        Some(b"Bearer spoor2_geraden".to_vec()),
        Some(b"Bearer".to_vec()),
        Some(b"Basic YWRtaW46YWRtaW4=".to_vec()),
        Some(b"Bearer ' OR 1=1 --".to_vec()),
        Some(b"Bearer \xff\xfe".to_vec()),
        Some(format!("Bearer spoor2_{}", "A".repeat(10_000)).into_bytes()),
    ]);
    let verzoek = |methode: &str, pad: &str, kop: &Option<Vec<u8>>, body: Body| {
        let mut r = Request::builder().method(methode).uri(pad);
        if let Some(k) = kop {
            r = r.header(header::AUTHORIZATION, axum::http::HeaderValue::from_bytes(k).unwrap());
        }
        r.header(header::CONTENT_TYPE, "application/json").body(body).unwrap()
    };
    let mut fouten = Vec::new();
    let mut aantal = 0;
    for (pad, operaties) in spec["paths"].as_object().unwrap() {
        for (methode, operatie) in operaties.as_object().unwrap() {
            let parameters: Vec<(&str, &str)> = operatie["parameters"]
                .as_array()
                .map(|p| p.iter().map(|p| (p["name"].as_str().unwrap(), p["in"].as_str().unwrap())).collect())
                .unwrap_or_default();
            // Each hostile value in every parameter, the others valid.
            for waarde in vijandige_waarden() {
                let mut echt = pad.replace("{id}", &o.dossier);
                let mut vraag_delen = vec![format!("onbekend={waarde}")];
                for (naam, waar) in &parameters {
                    match *waar {
                        "path" => echt = pad.replace(&format!("{{{naam}}}"), &waarde),
                        _ => vraag_delen.push(format!("{naam}={waarde}")),
                    }
                }
                let echt = format!("{echt}?{}", vraag_delen.join("&"));
                for kop in &koppen {
                    let a = vraag(&o.app, verzoek(&methode.to_uppercase(), &echt, kop, Body::empty())).await;
                    beoordeel(&a, &format!("{methode} {echt:.80}"), &mut fouten);
                    aantal += 1;
                }
            }
        }
        // The API only reads: every other method, also with a large body, is refused in JSON.
        let echt = pad.replace("{id}", &o.dossier);
        for methode in ["POST", "PUT", "PATCH", "DELETE"] {
            for body in [String::new(), "{\"fout\": ".repeat(20_000), "[".repeat(100_000)] {
                let a = vraag(&o.app, verzoek(methode, &echt, &koppen[0], Body::from(body))).await;
                beoordeel(&a, &format!("{methode} {pad}"), &mut fouten);
                assert!(a.status.is_client_error(), "{methode} {pad}: {}", a.status);
                aantal += 1;
            }
        }
    }
    assert!(aantal > 500, "{aantal}");
    assert!(fouten.is_empty(), "{} of {aantal}:\n{}", fouten.len(), fouten.join("\n"));
}
