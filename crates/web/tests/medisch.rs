//! A property over generated dossiers: no page shown to anyone but the bedrijfsarts ever contains a
//! medical note.

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{Request, header};
use domain::poortwachter::{Gebeurtenis, MijlpaalCode};
use domain::waarden::Rol;
use http_body_util::BodyExt;
use jiff::civil::{Date, date};
use proptest::prelude::*;
use store::{Actor, NieuweGebruiker, OrganisatieSoort, Store, Wijziging};
use tower::ServiceExt;

const WACHTWOORD: &str = "een lang test-wachtwoord";
const MERKTEKEN: &str = "MEDISCH-";

/// One generated dossier: first sick day (days after 2025-01-01), steps (kind, day), notes.
#[derive(Debug, Clone)]
struct Geval {
    start: i32,
    stappen: Vec<(usize, i32)>,
    medische_notities: Vec<String>,
}

fn geval() -> impl Strategy<Value = Geval> {
    (0..600i32, prop::collection::vec((0..9usize, 0..500i32), 0..6), prop::collection::vec("[a-z ]{1,20}", 1..3))
        .prop_map(|(start, stappen, notities)| Geval {
            start,
            stappen,
            medische_notities: notities.into_iter().map(|n| format!("{MERKTEKEN}{n}")).collect(),
        })
}

fn dag(n: i32) -> Date {
    domain::poortwachter::datum::plus_dagen(date(2025, 1, 1), n)
}

fn geheim(email: &str) -> Vec<u8> {
    email.bytes().cycle().take(20).collect()
}

async fn tekst(app: &axum::Router, verzoek: Request<Body>) -> (Option<String>, String) {
    let antwoord = app.clone().oneshot(verzoek).await.unwrap();
    let cookie =
        antwoord.headers().get(header::SET_COOKIE).map(|c| c.to_str().unwrap().split(';').next().unwrap().to_string());
    let body = antwoord.into_body().collect().await.unwrap().to_bytes();
    (cookie, String::from_utf8_lossy(&body).into_owned())
}

fn formulier(pad: &str, inhoud: String, cookie: Option<&str>) -> Request<Body> {
    let mut r = Request::post(pad).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        r = r.header(header::COOKIE, c);
    }
    r.body(Body::from(inhoud)).unwrap()
}

async fn log_in(app: &axum::Router, email: &str) -> String {
    let (halfweg, _) = tekst(app, formulier("/inloggen", format!("email={email}&wachtwoord={WACHTWOORD}"), None)).await;
    let totp = totp_rs::Builder::new().with_secret(geheim(email)).build().unwrap();
    let code = totp.generate_current().to_string();
    let (cookie, _) = tekst(app, formulier("/tweestap", format!("code={code}"), halfweg.as_deref())).await;
    cookie.unwrap()
}

fn controleer(gevallen: Vec<Geval>) {
    let db = test_support::Testdatabase::sqlite();
    let store = Store::open_demo(&db.url).unwrap();
    let org = store.nieuwe_organisatie("systeem:test", "Bureau", OrganisatieSoort::Bureau).unwrap();
    let s = Actor { id: "systeem:test", organisatie_id: &org };
    let werkgever = store.nieuwe_werkgever(s, "Werkgever", false).unwrap();
    let mut accounts = Vec::new();
    for (email, rol) in [
        ("coach@test.nl", Rol::Coach),
        ("hr@test.nl", Rol::Werkgever),
        ("ad@test.nl", Rol::Arbeidsdeskundige),
        ("beheer@test.nl", Rol::Beheerder),
        ("arts@test.nl", Rol::Bedrijfsarts),
    ] {
        let werkgevers = if matches!(rol, Rol::Coach | Rol::Beheerder) { vec![] } else { vec![werkgever.clone()] };
        let g = NieuweGebruiker { email: email.into(), naam: email.into(), rol, werknemer_id: None, werkgevers };
        let id = store.nieuwe_gebruiker(s, &g).unwrap();
        store.stel_wachtwoord_in(s, &id, WACHTWOORD).unwrap();
        store.demo_tweede_factor(&id, &geheim(email)).unwrap();
        accounts.push((email, id));
    }
    let arts = Actor { id: &accounts[4].1, organisatie_id: &org };
    // The nine milestones that are steps someone takes.
    let stappen: Vec<MijlpaalCode> = MijlpaalCode::ALLE.into_iter().filter(|m| m.is_handeling()).collect();
    let mut dossiers = Vec::new();
    for (i, g) in gevallen.iter().enumerate() {
        let werknemer =
            store.nieuwe_werknemer(s, &test_support::werknemer(&werkgever, &format!("Werknemer{i}"))).unwrap();
        let dossier = store.nieuw_dossier(s, &werknemer, Some(&accounts[0].1), dag(g.start)).unwrap();
        let wijzigingen: Vec<Wijziging> = g
            .stappen
            .iter()
            .map(|(soort, n)| Wijziging::Gebeurtenis {
                gebeurtenis: Gebeurtenis { soort: stappen[*soort].into(), datum: dag(g.start + n) },
                toelichting: None,
            })
            .collect();
        if !wijzigingen.is_empty() {
            store.wijzig_dossier(s, &dossier, 1, &wijzigingen).unwrap();
        }
        for n in &g.medische_notities {
            store.voeg_notitie_toe(arts, &dossier, dag(g.start + 1), n, true).unwrap();
        }
        dossiers.push(dossier);
    }
    let app = web::app(store, false).layer(MockConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000))));
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        for (email, _) in &accounts[..4] {
            let cookie = log_in(&app, email).await;
            let mut paden = vec!["/werkvoorraad".to_string(), "/werkvoorraad?status=bevinding".to_string()];
            paden.extend(dossiers.iter().map(|d| format!("/dossiers/{d}")));
            for pad in paden {
                let verzoek = Request::get(&pad).header(header::COOKIE, &cookie).body(Body::empty()).unwrap();
                let (_, pagina) = tekst(&app, verzoek).await;
                assert!(!pagina.contains(MERKTEKEN), "{email} saw a medical note on {pad}");
            }
        }
    });
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]
    #[test]
    fn no_page_for_anyone_but_the_bedrijfsarts_holds_a_medical_note(gevallen in prop::collection::vec(geval(), 1..4)) {
        controleer(gevallen);
    }
}
