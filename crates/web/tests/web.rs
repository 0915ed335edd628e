//! The web application in-process (tower `oneshot`), on SQLite and PostgreSQL: login with both
//! factors, sessions, the policy on every page, security headers and CSRF.

use std::net::SocketAddr;

use axum::Router;
use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{Request, StatusCode, header};
use domain::waarden::Rol;
use http_body_util::BodyExt;
use jiff::civil::date;
use proptest::prelude::{any, prop_oneof};
use proptest::strategy::{Strategy, ValueTree};
use store::{Actor, NieuweGebruiker, OrganisatieSoort, Store, Wijziging};
use test_support::Testdatabase;
use tower::ServiceExt;

const WACHTWOORD: &str = "een lang test-wachtwoord";

struct Opzet {
    app: Router,
    werkgever: String,
    dossier: String,
    store: Store,
    _db: Testdatabase,
}

/// An organisation with one sick employee, and accounts for a coach (with the dossier in the
/// caseload), another coach, the employer and the bedrijfsarts; each with a known TOTP secret.
fn opzet(db: Testdatabase) -> Opzet {
    let store = Store::open_demo(&db.url).unwrap();
    let org = store.nieuwe_organisatie("systeem:test", "Bureau", OrganisatieSoort::Bureau).unwrap();
    let s = Actor { id: "systeem:test", organisatie_id: &org };
    let werkgever = store.nieuwe_werkgever(s, "Bakkerij De Korf", false).unwrap();
    let werknemer = store.nieuwe_werknemer(s, &test_support::werknemer(&werkgever, "Sanne")).unwrap();
    let mut ids = Vec::new();
    for (email, rol, werkgevers) in [
        ("coach@test.nl", Rol::Coach, vec![]),
        ("coach2@test.nl", Rol::Coach, vec![]),
        ("hr@test.nl", Rol::Werkgever, vec![werkgever.clone()]),
        ("arts@test.nl", Rol::Bedrijfsarts, vec![werkgever.clone()]),
        ("beheer@test.nl", Rol::Beheerder, vec![]),
        ("sanne@test.nl", Rol::Werknemer, vec![]),
        ("ad@test.nl", Rol::Arbeidsdeskundige, vec![werkgever.clone()]),
    ] {
        let werknemer_id = (rol == Rol::Werknemer).then(|| werknemer.clone());
        let g = NieuweGebruiker { email: email.into(), naam: email.into(), rol, werknemer_id, werkgevers };
        let id = store.nieuwe_gebruiker(s, &g).unwrap();
        store.stel_wachtwoord_in(s, &id, WACHTWOORD).unwrap();
        store.demo_tweede_factor(&id, &geheim(email)).unwrap();
        ids.push(id);
    }
    let dossier = store.nieuw_dossier(s, &werknemer, Some(&ids[0]), date(2026, 1, 5)).unwrap();
    let arts = Actor { id: &ids[3], organisatie_id: &org };
    store.voeg_notitie_toe(arts, &dossier, date(2026, 2, 1), "MEDISCH-GEHEIM diagnose", true).unwrap();
    store
        .wijzig_dossier(
            Actor { id: &ids[2], organisatie_id: &org },
            &dossier,
            1,
            &[Wijziging::Loonsanctie { weken: None }],
        )
        .unwrap();
    let app = web::app(store.clone(), false).layer(MockConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000))));
    Opzet { app, werkgever, dossier, store, _db: db }
}

fn geheim(email: &str) -> Vec<u8> {
    email.bytes().cycle().take(20).collect()
}

fn code(email: &str) -> String {
    let totp = totp_rs::Builder::new().with_secret(geheim(email)).build().unwrap();
    totp.generate_current().to_string()
}

struct Antwoord {
    status: StatusCode,
    locatie: Option<String>,
    cookie: Option<String>,
    koppen: axum::http::HeaderMap,
    tekst: String,
}

async fn vraag(app: &Router, verzoek: Request<Body>) -> Antwoord {
    let antwoord = app.clone().oneshot(verzoek).await.unwrap();
    let status = antwoord.status();
    let koppen = antwoord.headers().clone();
    let locatie = koppen.get(header::LOCATION).map(|l| l.to_str().unwrap().to_string());
    let cookie = koppen.get(header::SET_COOKIE).map(|c| c.to_str().unwrap().split(';').next().unwrap().to_string());
    // Read lossily: downloads (XLSX, the RIV bundle) are binary; tests look at their first bytes only.
    let tekst = String::from_utf8_lossy(&antwoord.into_body().collect().await.unwrap().to_bytes()).into_owned();
    Antwoord { status, locatie, cookie, koppen, tekst }
}

fn get(pad: &str, cookie: Option<&str>) -> Request<Body> {
    let mut r = Request::get(pad);
    if let Some(c) = cookie {
        r = r.header(header::COOKIE, c);
    }
    r.body(Body::empty()).unwrap()
}

fn post(pad: &str, formulier: &str, cookie: Option<&str>) -> Request<Body> {
    let mut r = Request::post(pad).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        r = r.header(header::COOKIE, c);
    }
    r.body(Body::from(formulier.to_string())).unwrap()
}

/// Logs in with both factors; returns the session cookie.
async fn log_in(app: &Router, email: &str) -> String {
    log_in_met(app, email, &code(email)).await
}

/// Logs in again within the same 30 seconds, with the next code (a code works once).
async fn log_in_opnieuw(app: &Router, email: &str) -> String {
    let totp = totp_rs::Builder::new().with_secret(geheim(email)).build().unwrap();
    let volgende = jiff::Timestamp::now().as_second() as u64 + 30;
    log_in_met(app, email, &totp.generate(volgende).to_string()).await
}

async fn log_in_met(app: &Router, email: &str, code: &str) -> String {
    let stap1 = vraag(app, post("/inloggen", &format!("email={email}&wachtwoord={WACHTWOORD}"), None)).await;
    assert_eq!(stap1.status, StatusCode::SEE_OTHER, "{}", stap1.tekst);
    assert_eq!(stap1.locatie.as_deref(), Some("/tweestap"));
    let halfweg = stap1.cookie.expect("a session after the password");
    let stap2 = vraag(app, post("/tweestap", &format!("code={code}"), Some(&halfweg))).await;
    assert_eq!(stap2.status, StatusCode::SEE_OTHER, "{}", stap2.tekst);
    let start = if email.starts_with("sanne") || email.starts_with("piet") { "/mijn" } else { "/werkvoorraad" };
    assert_eq!(stap2.locatie.as_deref(), Some(start));
    let ingelogd = stap2.cookie.expect("a new session id at login");
    assert_ne!(ingelogd, halfweg, "the session id is renewed at login");
    ingelogd
}

test_support::op_beide_met_opzet!(
    behind_tls_the_session_cookie_is_secure,
    a_traject_goes_from_advice_to_execution_in_the_browser_forms,
    the_coach_sees_suitable_work_explained_and_decides_with_reasons,
    the_coach_matches_imported_vacancies_applies_and_shares_only_with_consent,
    figures_are_shown_per_scope_and_not_to_an_employer_for_fewer_than_five,
    exports_open_in_a_dutch_spreadsheet_and_are_logged,
    login_takes_both_factors_and_opens_the_werkvoorraad,
    wrong_credentials_get_a_dutch_message,
    pages_need_a_login,
    each_role_sees_what_the_policy_allows,
    every_response_carries_the_security_headers,
    cross_site_posts_are_refused,
    logout_ends_the_session,
    the_employer_records_a_step_the_coach_may_not,
    the_beheerder_sees_who_looked_but_not_the_dossier,
    a_werkvoorraad_shown_again_shows_a_change_at_once_and_every_view_is_logged,
    a_session_ends_after_thirty_idle_minutes_and_activity_starts_them_again,
    the_beheerder_restores_a_lost_password_and_second_factor,
    the_employer_reports_a_new_employee_sick,
    the_bedrijfsarts_keeps_medical_notes_that_nobody_else_sees,
    documents_are_uploaded_checked_and_downloaded,
    the_bedrijfsarts_records_the_fml_and_the_others_read_it_in_functional_terms,
    the_employee_sees_their_tasks_adds_documents_and_their_own_view,
    the_beheerder_adds_employers_and_accounts_and_keeps_the_caseloads,
    every_route_answers_every_role_as_the_policy_says,
    a_user_switches_to_english_for_themselves_and_keeps_it,
    reminders_arrive_as_notifications_by_mail_with_retry_and_in_the_calendar,
    hostile_input_gets_no_server_error_and_a_dutch_refusal_on_every_route,
    a_cross_site_post_is_refused_on_every_post_route,
    a_session_id_from_before_the_login_opens_nothing_after_it,
    guessing_passwords_and_codes_is_throttled_per_account_and_per_address,
    the_beheerder_sees_what_expires_and_the_figures_stay_after_the_run,
    the_employee_downloads_everything_held_about_them_as_json_pdf_and_zip,
    a_correction_request_goes_from_the_employee_to_the_writer_of_the_part_and_back,
);

/// What a role gets from a route: `O` served (2xx, or a redirect elsewhere than the login), `L`
/// sent to the login, `V` refused (403), `N` not found (404: outside the user's scope).
const ROLLEN: [&str; 9] = [
    "anoniem",
    "werknemer",
    "werkgever",
    "coach",
    "andere coach",
    "arbeidsdeskundige",
    "bedrijfsarts",
    "beheerder",
    "andere organisatie",
];

/// Every route of the router, for every role: (method, path, form, expected per role in the order of
/// `ROLLEN`). The router's own source is read to check that no route is missing here.
const ROUTES: [(&str, &str, &str, &str); 69] = [
    ("GET", "/", "", "LOOOOOOOO"),
    ("GET", "/inloggen", "", "OOOOOOOOO"),
    ("GET", "/tweestap", "", "LLLLLLLLL"),
    ("POST", "/tweestap", "code=000000", "LLLLLLLLL"),
    ("GET", "/werkvoorraad", "", "LOOOOOOOO"),
    ("GET", "/inzicht", "", "LVOOOOVOO"),
    ("GET", "/export/{bestand}", "", "LVOOOOOOO"),
    ("GET", "/dossiers/{id}", "", "LOOONOOVN"),
    ("POST", "/dossiers/{id}/vastleggen", "versie=1&soort=evaluatie&datum=2026-03-01", "LVOVNVOVN"),
    ("GET", "/dossiers/{id}/inzage", "", "LOVVNVVON"),
    ("GET", "/dossiers/{id}/belastbaarheid", "", "LVVVNVOVN"),
    ("POST", "/dossiers/{id}/belastbaarheid", "datum=2026-03-01&n%3A4.13=1&prognose=3+maanden", "LVVVNVOVN"),
    ("POST", "/dossiers/{id}/medisch", "datum=2026-03-01&tekst=notitie", "LVVVNVOVN"),
    ("POST", "/dossiers/{id}/notities", "datum=2026-03-01&tekst=notitie", "LVOVNVOVN"),
    ("GET", "/dossiers/{id}/traject", "", "LOOONOOVN"),
    (
        "POST",
        "/dossiers/{id}/traject/{stap}",
        "datum=2026-03-01&conclusie=spoor+2&zoekrichtingen=administratie",
        "LVVVNOVVN",
    ),
    ("GET", "/dossiers/{id}/declarabele-uren.csv", "", "LOOONOOVN"),
    ("GET", "/dossiers/{id}/passend-werk", "", "LOOONOOVN"),
    (
        "POST",
        "/dossiers/{id}/passend-werk",
        "referentie=orderpicker&naam=Orderpicker&besluit=geaccepteerd",
        "LVVONVVVN",
    ),
    ("GET", "/vacatures", "", "LVVOOOVOO"),
    ("POST", "/vacatures", "vacatures", "LVVOOVVOO"),
    ("POST", "/dossiers/{id}/passend-werk/solliciteren", "referentie=T-1", "LVVONVVVN"),
    ("POST", "/dossiers/{id}/passend-werk/delen", "referentie=T-1", "LVVONVVVN"),
    // After the advice above, so that the dossier has a traject to report on.
    ("GET", "/dossiers/{id}/rapporten", "", "LOOONOOVN"),
    ("POST", "/dossiers/{id}/rapporten", "soort=voortgang&actie=voorbeeld&van=2026-03-01&tot=2026-04-26", "LVVONVVVN"),
    ("POST", "/rapporten/{id}/bevestigen", "", "LOVONVVVN"),
    ("GET", "/dossiers/{id}/riv", "", "LOOONOOVN"),
    ("GET", "/dossiers/{id}/riv.pdf", "", "LOOONVOVN"),
    ("POST", "/dossiers/{id}/documenten", "multipart", "LVOVNVOVN"),
    ("GET", "/documenten/{id}", "", "LOOONOOVN"),
    ("GET", "/ziekmelding", "", "LVOVVVVVV"),
    (
        "POST",
        "/ziekmelding",
        "werkgever_id={werkgever}&voornaam=Piet&achternaam=Pieters&email=&telefoon=&functie=Bakker&uren=32\
         &postcode=3512+JC&opleidingsniveau=mbo2&bsn=123456782&eerste_ziektedag=2026-03-01",
        "LNONNVVVN",
    ),
    ("GET", "/mijn", "", "LOVVVVVVV"),
    ("POST", "/mijn/visie", "dossier_id={dossier}&tekst=mijn+visie", "LOVVVVVVV"),
    ("POST", "/mijn/toestemming", "dossier_id={dossier}&gegeven=ja", "LOVVVVVVV"),
    ("GET", "/mijn/gegevens.json", "", "LOVVVVVVV"),
    ("GET", "/mijn/gegevens.pdf", "", "LOVVVVVVV"),
    ("GET", "/mijn/gegevens.zip", "", "LOVVVVVVV"),
    ("POST", "/mijn/correcties", "dossier_id={dossier}&onderdeel=verzuim&wat_onjuist=x&wat_juist=y", "LOVVVVVVV"),
    // A request about the personal data, filed above: the employer settles it.
    ("POST", "/correcties/{id}/afhandelen", "dossier_id={dossier}&uitkomst=doorgevoerd", "LVOVNVVVN"),
    ("GET", "/beheer", "", "LVVVVVVOV"),
    ("GET", "/beheer/bewaartermijnen", "", "LVVVVVVOV"),
    ("POST", "/beheer/bewaartermijnen", "dossier=2&eigenrisicodrager=5&medisch=20", "LVVVVVVOV"),
    ("POST", "/beheer/werkgevers/{id}/eigenrisicodrager", "eigenrisicodrager=ja", "LVVVVVVOV"),
    ("POST", "/beheer/gebruikers", "naam=Nieuw&email=nieuw-{rol}%40test.nl&rol=coach", "LVVVVVVOV"),
    ("POST", "/beheer/werkgevers", "naam=Nieuwe+werkgever", "LVVVVVVOV"),
    ("POST", "/beheer/logo", "logo", "LVVVVVVOV"),
    ("POST", "/beheer/dossiers/{id}/coach", "coach_id={coach}", "LVVVVVVOV"),
    ("POST", "/beheer/gebruikers/{id}/wachtwoord", "", "LVVVVVVON"),
    ("POST", "/beheer/gebruikers/{id}/tweede-factor", "", "LVVVVVVON"),
    ("POST", "/beheer/tokens", "gebruiker_id={coach}&naam=Koppeling", "LVVVVVVOV"),
    ("POST", "/beheer/tokens/{id}/intrekken", "", "LVVVVVVOV"),
    ("GET", "/meldingen", "", "LOOOOOOOO"),
    ("POST", "/meldingen/gelezen", "", "LOOOOOOOO"),
    ("GET", "/meldingen/aantal", "", "LOOOOOOOO"),
    ("GET", "/instellingen", "", "LOOOOOOOO"),
    ("POST", "/instellingen/herinneringen", "email=direct", "LOOOOOOOO"),
    // The calendar feed needs no session: its secret address is the key (here the coach's).
    ("GET", "/agenda/{id}", "", "OOOOOOOOO"),
    ("GET", "/agenda/agenda_geraden.ics", "", "NNNNNNNNN"),
    ("POST", "/instellingen/agenda", "", "LOOOOOOOO"),
    ("POST", "/instellingen/agenda/intrekken", "", "LOOOOOOOO"),
    ("GET", "/gezond", "", "OOOOOOOOO"),
    ("GET", "/static/spoor2.css", "", "OOOOOOOOO"),
    ("GET", "/static/htmx.min.js", "", "OOOOOOOOO"),
    ("POST", "/inloggen", "email=niemand%40test.nl&wachtwoord=onjuist", "OOOOOOOOO"),
    ("GET", "/dossiers/onbekend", "", "LNNNNNNNN"),
    ("GET", "/bestaat-niet", "", "NNNNNNNNN"),
    ("POST", "/taal", "taal=nl", "LOOOOOOOO"),
    ("POST", "/uitloggen", "", "LLLLLLLLL"),
];

/// The form fields of a page that have no label: every input (except hidden ones and buttons),
/// select and textarea needs a `<label for>` with its id, or to sit inside a `<label>`.
fn ongelabeld(html: &str) -> Vec<String> {
    let mut zonder = Vec::new();
    for soort in ["<input", "<select", "<textarea"] {
        for (begin, _) in html.match_indices(soort) {
            let tag = &html[begin..begin + html[begin..].find('>').unwrap()];
            let attribuut =
                |naam: &str| tag.split(&format!(" {naam}=\"")).nth(1).map(|r| r.split('"').next().unwrap().to_string());
            if matches!(attribuut("type").as_deref(), Some("hidden" | "submit" | "button")) {
                continue;
            }
            let voor = &html[..begin];
            let in_label = voor.rfind("<label").is_some_and(|l| !voor[l..].contains("</label>"));
            let met_for = attribuut("id").is_some_and(|id| html.contains(&format!("<label for=\"{id}\"")));
            if !in_label && !met_for {
                zonder.push(tag.to_string());
            }
        }
    }
    zonder
}

/// The routes of the router, as (method, path), read from its source.
fn routes_van_de_router() -> std::collections::BTreeSet<(String, String)> {
    let bron = include_str!("../src/lib.rs");
    let mut routes = std::collections::BTreeSet::new();
    // `.route("/pad", …)`, also where rustfmt put the path on a line of its own.
    let delen: Vec<&str> = bron.split(".route(").skip(1).map(|d| d.trim_start().trim_start_matches('"')).collect();
    for deel in delen {
        let (pad, rest) = deel.split_once('"').unwrap();
        let rest = rest.split(".layer(sessies)").next().unwrap();
        for methode in ["get", "post"] {
            if rest.contains(&format!("{methode}(")) {
                routes.insert((methode.to_uppercase(), pad.to_string()));
            }
        }
    }
    routes
}

/// A session for every role of `ROLLEN` (`None` for the anonymous one) and the ids the paths and
/// forms of `ROUTES` name: another user, a token, a calendar address, a document, a report and a
/// correction request.
struct Matrix {
    koekjes: Vec<Option<String>>,
    coach: String,
    coach2: String,
    token: String,
    agenda: String,
    document: String,
    rapport: String,
    correctie: String,
}

async fn matrix(o: &Opzet) -> Matrix {
    // Another organisation with a coach of its own.
    let vreemd = o.store.nieuwe_organisatie("systeem:test", "Ander bureau", OrganisatieSoort::Bureau).unwrap();
    let s = Actor { id: "systeem:test", organisatie_id: &vreemd };
    let g = NieuweGebruiker {
        email: "vreemd@test.nl".into(),
        naam: "Vreemd".into(),
        rol: Rol::Coach,
        werknemer_id: None,
        werkgevers: vec![],
    };
    let id = o.store.nieuwe_gebruiker(s, &g).unwrap();
    o.store.stel_wachtwoord_in(s, &id, WACHTWOORD).unwrap();
    o.store.demo_tweede_factor(&id, &geheim("vreemd@test.nl")).unwrap();

    let mut koekjes = vec![None];
    for email in ["sanne", "hr", "coach", "coach2", "ad", "arts", "beheer", "vreemd"] {
        koekjes.push(Some(log_in(&o.app, &format!("{email}@test.nl")).await));
    }
    let beheer = koekjes[7].clone().unwrap();
    let beheerpagina = vraag(&o.app, get("/beheer", Some(&beheer))).await.tekst;
    let gebruiker_id = |naam: &str| {
        beheerpagina
            .split("/beheer/gebruikers/")
            .find(|d| d.contains(&format!("voor {naam}\"")))
            .and_then(|d| d.split('/').next())
            .unwrap()
            .to_string()
    };
    let (coach, coach2) = (gebruiker_id("coach@test.nl"), gebruiker_id("coach2@test.nl"));
    let uitgegeven =
        vraag(&o.app, post("/beheer/tokens", &format!("gebruiker_id={coach}&naam=Eerste"), Some(&beheer))).await;
    let token = uitgegeven.tekst.split("/beheer/tokens/").nth(1).unwrap().split('/').next().unwrap().to_string();
    let agenda = vraag(&o.app, post("/instellingen/agenda", "", koekjes[3].as_deref())).await.tekst;
    let agenda = agenda.split("/agenda/").nth(1).unwrap().split('<').next().unwrap().to_string();
    let hr = koekjes[2].clone().unwrap();
    let document = upload(&format!("/dossiers/{}/documenten", o.dossier), &hr, PA, b"%PDF-1.7 pa", "pa.pdf");
    assert_eq!(vraag(&o.app, document).await.status, StatusCode::SEE_OTHER);
    let pagina = vraag(&o.app, get(&format!("/dossiers/{}", o.dossier), Some(&hr))).await.tekst;
    let document = pagina.split("/documenten/").nth(1).unwrap().split('"').next().unwrap().to_string();

    // A stored report for the employee and the coach to acknowledge (once each).
    let organisatie = o.store.organisaties().unwrap().into_iter().find(|(_, n)| n == "Bureau").unwrap().0;
    let nieuw = store::rapporten::NieuwRapport {
        soort: "voortgangsrapportage".into(),
        titel: "Voortgangsrapportage".into(),
        van: date(2026, 3, 1),
        tot: date(2026, 4, 26),
        datum: date(2026, 4, 27),
        verhaal: serde_json::json!({}),
        pdf: b"%PDF-1.7 rapport".to_vec(),
    };
    let rapport =
        o.store.leg_rapport_vast(Actor { id: &coach, organisatie_id: &organisatie }, &o.dossier, &nieuw).unwrap();
    // A correction request of the employee's about their personal data, for its writer to settle.
    let sanne = koekjes[1].clone().unwrap();
    let verzoek = "dossier_id={d}&onderdeel=persoonsgegevens&wat_onjuist=oud+adres&wat_juist=nieuw+adres";
    let r = vraag(&o.app, post("/mijn/correcties", &verzoek.replace("{d}", &o.dossier), Some(&sanne))).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.tekst);
    let dossierpagina = vraag(&o.app, get(&format!("/dossiers/{}", o.dossier), Some(&hr))).await.tekst;
    let correctie = dossierpagina.split("/correcties/").nth(1).unwrap().split('/').next().unwrap().to_string();

    Matrix { koekjes, coach, coach2, token, agenda, document, rapport, correctie }
}

impl Matrix {
    /// A path of `ROUTES` with its ids.
    fn pad(&self, o: &Opzet, pad: &str) -> String {
        let id = match pad {
            p if p.starts_with("/documenten/") => &self.document,
            p if p.starts_with("/beheer/gebruikers/") => &self.coach2,
            p if p.starts_with("/beheer/werkgevers/") => &o.werkgever,
            p if p.starts_with("/beheer/tokens/") => &self.token,
            p if p.starts_with("/agenda/") => &self.agenda,
            p if p.starts_with("/rapporten/") => &self.rapport,
            p if p.starts_with("/correcties/") => &self.correctie,
            _ => &o.dossier,
        };
        pad.replace("{id}", id).replace("{stap}", "advies").replace("{bestand}", "trajecten.csv")
    }

    /// A form of `ROUTES` with its ids, as `rol` sends it.
    fn formulier(&self, o: &Opzet, formulier: &str, rol: &str) -> String {
        formulier
            .replace("{dossier}", &o.dossier)
            .replace("{coach}", &self.coach)
            .replace("{werkgever}", &o.werkgever)
            .replace("{rol}", &rol.replace(' ', "-"))
    }
}

async fn every_route_answers_every_role_as_the_policy_says(o: Opzet) {
    let getest: std::collections::BTreeSet<(String, String)> =
        ROUTES.iter().map(|(m, p, _, _)| (m.to_string(), p.to_string())).collect();
    assert_eq!(ongelabeld("<input id=\"a\" name=\"a\"><select name=\"b\"></select>").len(), 2);
    assert!(
        ongelabeld("<label for=\"a\">A</label><input id=\"a\"><label><input type=\"checkbox\"> B</label>").is_empty()
    );
    let ontbrekend: Vec<_> = routes_van_de_router().difference(&getest).cloned().collect();
    assert!(ontbrekend.is_empty(), "routes without a row in ROUTES: {ontbrekend:?}");

    let m = matrix(&o).await;
    let mut fouten = Vec::new();
    for (methode, pad, formulier, verwacht) in ROUTES {
        for ((rol, koekje), verwacht) in ROLLEN.iter().zip(&m.koekjes).zip(verwacht.chars()) {
            let echt = m.pad(&o, pad);
            let formulier = m.formulier(&o, formulier, rol);
            let verzoek = match (methode, formulier.as_str()) {
                ("GET", _) => get(&echt, koekje.as_deref()),
                (_, "multipart") => upload(&echt, koekje.as_deref().unwrap_or(""), PA, b"%PDF-1.7 x", "x.pdf"),
                (_, "logo") => upload(&echt, koekje.as_deref().unwrap_or(""), &[], PNG, "logo.png"),
                (_, "vacatures") => upload(&echt, koekje.as_deref().unwrap_or(""), &[], VACATURE, "v.jsonl"),
                _ => post(&echt, &formulier, koekje.as_deref()),
            };
            let a = vraag(&o.app, verzoek).await;
            let naar_login = a.locatie.as_deref() == Some("/inloggen");
            let kreeg = match a.status {
                StatusCode::FORBIDDEN => 'V',
                StatusCode::NOT_FOUND => 'N',
                s if s.is_redirection() && naar_login => 'L',
                s if s.is_success() || s.is_redirection() => 'O',
                _ => '?',
            };
            if kreeg != verwacht {
                fouten.push(format!("{methode} {pad} as {rol}: expected {verwacht}, got {kreeg} ({})", a.status));
            }
            // Medical notes only ever reach the bedrijfsarts; the BSN reaches no page; a refusal
            // shows no data of the employee.
            if *rol != "bedrijfsarts" {
                assert!(!a.tekst.contains("MEDISCH-GEHEIM"), "{methode} {pad} as {rol} shows a medical note");
            }
            // The employee's own complete export holds their BSN, as the role matrix lets them read it.
            let eigen_export = *rol == "werknemer" && pad.starts_with("/mijn/gegevens.");
            assert!(eigen_export || !a.tekst.contains("111222333"), "{methode} {pad} as {rol} shows the BSN");
            if a.koppen.get(header::CONTENT_TYPE).is_some_and(|t| t.to_str().unwrap().starts_with("text/html")) {
                let zonder = ongelabeld(&a.tekst);
                assert!(zonder.is_empty(), "{methode} {pad} as {rol}: form fields without a label: {zonder:?}");
            }
            if matches!(kreeg, 'V' | 'N') {
                assert!(!a.tekst.contains("Sanne"), "{methode} {pad} as {rol} refuses but shows the employee");
            }
        }
    }
    assert!(fouten.is_empty(), "{}", fouten.join("\n"));
}

/// A language switch from the page at `van` (its Referer).
fn kies_taal(taal: &str, van: &str, cookie: &str) -> Request<Body> {
    let mut r = post("/taal", &format!("taal={taal}"), Some(cookie));
    r.headers_mut().insert(header::REFERER, van.parse().unwrap());
    r
}

async fn a_user_switches_to_english_for_themselves_and_keeps_it(o: Opzet) {
    let dossier = format!("/dossiers/{}", o.dossier);
    let coach = log_in(&o.app, "coach@test.nl").await;
    let nl = vraag(&o.app, get("/werkvoorraad", Some(&coach))).await;
    assert!(nl.tekst.contains("<html lang=\"nl\">") && nl.tekst.contains("<h1>Werkvoorraad</h1>"), "{}", nl.tekst);
    assert!(nl.tekst.contains("action=\"/taal\"") && nl.tekst.contains(">English</button>"));

    // Back to the page the switch was made on.
    let r = vraag(&o.app, kies_taal("en", &format!("http://127.0.0.1:8080{dossier}"), &coach)).await;
    assert_eq!((r.status, r.locatie.as_deref()), (StatusCode::SEE_OTHER, Some(dossier.as_str())));
    let pagina = vraag(&o.app, get(&dossier, Some(&coach))).await;
    assert!(pagina.tekst.contains("<html lang=\"en\">"), "{}", pagina.tekst);
    assert!(pagina.tekst.contains("<h2>Milestones</h2>") && pagina.tekst.contains("<h2>Findings</h2>"));
    assert!(pagina.tekst.contains("end of the wachttijd") && pagina.tekst.contains(">Nederlands</button>"));
    assert!(pagina.tekst.contains("<td>Plan van aanpak</td>"), "the milestones of the law stay Dutch");
    let lijst = vraag(&o.app, get("/werkvoorraad", Some(&coach))).await;
    assert!(lijst.tekst.contains("<h1>Worklist</h1>") && lijst.tekst.contains("1 case<"), "{}", lijst.tekst);
    assert!(lijst.tekst.contains("Sanne de Vries") && !lijst.tekst.contains("Werkvoorraad<"));
    let fout = vraag(&o.app, get("/dossiers/bestaat-niet", Some(&coach))).await;
    assert_eq!(fout.status, StatusCode::NOT_FOUND);
    assert!(fout.tekst.contains("<h1>Not found</h1>") && fout.tekst.contains("<html lang=\"en\">"), "{}", fout.tekst);

    // Only nl and en; and never back to another site or to a form's address.
    let r = vraag(&o.app, kies_taal("de", &dossier, &coach)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.tekst.contains("is not a language of spoor2: choose nl or en"), "{}", r.tekst);
    for van in [
        "https://kwaadaardig.example/".to_string(),
        "http://127.0.0.1:8080//kwaadaardig.example/werkvoorraad".to_string(),
        "/\\kwaadaardig.example".to_string(),
        format!("{dossier}/vastleggen"),
    ] {
        let r = vraag(&o.app, kies_taal("en", &van, &coach)).await;
        assert_eq!(r.locatie.as_deref(), Some("/werkvoorraad"), "{van}");
    }

    // The choice stays with the account, for the next login.
    let opnieuw = log_in_opnieuw(&o.app, "coach@test.nl").await;
    assert!(vraag(&o.app, get("/werkvoorraad", Some(&opnieuw))).await.tekst.contains("<h1>Worklist</h1>"));

    // Everyone else keeps Dutch.
    let hr = log_in(&o.app, "hr@test.nl").await;
    let pagina = vraag(&o.app, get(&dossier, Some(&hr))).await;
    assert!(pagina.tekst.contains("<html lang=\"nl\">") && pagina.tekst.contains("<h2>Mijlpalen</h2>"));
    assert!(vraag(&o.app, get("/werkvoorraad", Some(&hr))).await.tekst.contains("<h1>Werkvoorraad</h1>"));

    // Before login the browser's preference counts.
    let mut engels = get("/inloggen", None);
    engels.headers_mut().insert(header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9,nl;q=0.8".parse().unwrap());
    let inloggen = vraag(&o.app, engels).await;
    assert!(inloggen.tekst.contains("<h1>Log in</h1>") && inloggen.tekst.contains("<html lang=\"en\">"));
    assert!(vraag(&o.app, get("/inloggen", None)).await.tekst.contains("<h1>Inloggen</h1>"));

    // And back to Dutch.
    let r = vraag(&o.app, kies_taal("nl", "/werkvoorraad?status=open", &opnieuw)).await;
    assert_eq!(r.locatie.as_deref(), Some("/werkvoorraad?status=open"));
    assert!(vraag(&o.app, get("/werkvoorraad", Some(&opnieuw))).await.tekst.contains("<h1>Werkvoorraad</h1>"));
}

async fn the_beheerder_adds_employers_and_accounts_and_keeps_the_caseloads(o: Opzet) {
    let beheer = log_in(&o.app, "beheer@test.nl").await;
    let r = vraag(&o.app, post("/beheer/werkgevers", "naam=Zorggroep+Noord&eigenrisicodrager=ja", Some(&beheer))).await;
    assert_eq!(r.locatie.as_deref(), Some("/beheer?vastgelegd=1"));
    let pagina = vraag(&o.app, get("/beheer?vastgelegd=1", Some(&beheer))).await;
    assert!(pagina.tekst.contains("Zorggroep Noord · eigenrisicodrager Ziektewet"));
    let werkgever =
        pagina.tekst.split("name=\"werkgever\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();

    // A refused account keeps what was entered, with the reason.
    let zonder = "naam=Piet+Arts&email=piet%40test.nl&rol=bedrijfsarts&werknemer_id=";
    let fout = vraag(&o.app, post("/beheer/gebruikers", zonder, Some(&beheer))).await;
    assert!(
        fout.tekst.contains("kies de werkgever(s)") && fout.tekst.contains("value=\"Piet Arts\""),
        "{}",
        fout.tekst
    );
    let dubbel = format!("naam=Dubbel&email=hr%40test.nl&rol=werkgever&werkgever={werkgever}");
    assert!(
        vraag(&o.app, post("/beheer/gebruikers", &dubbel, Some(&beheer))).await.tekst.contains("er is al een account")
    );

    let coach = "naam=Carla+Coach&email=carla%40test.nl&rol=coach&werknemer_id=";
    let gemaakt = vraag(&o.app, post("/beheer/gebruikers", coach, Some(&beheer))).await;
    assert!(gemaakt.tekst.contains("Account voor carla@test.nl aangemaakt"), "{}", gemaakt.tekst);
    let wachtwoord = gemaakt.tekst.split("Eerste wachtwoord: ").nth(1).unwrap().split(' ').next().unwrap().to_string();
    let carla_id = gemaakt.tekst.split("<option value=\"").find_map(|o| {
        let (id, rest) = o.split_once('"')?;
        rest.split_once('<')?.0.ends_with(">Carla Coach").then(|| id.to_string())
    });
    let carla_id = carla_id.expect("Carla in the coach choice");

    // The dossier moves to Carla's caseload: she sees it, the first coach no longer does.
    let r = vraag(
        &o.app,
        post(&format!("/beheer/dossiers/{}/coach", o.dossier), &format!("coach_id={carla_id}"), Some(&beheer)),
    )
    .await;
    assert_eq!(r.locatie.as_deref(), Some("/beheer?vastgelegd=1"));
    let eerste = log_in(&o.app, "coach@test.nl").await;
    assert_eq!(
        vraag(&o.app, get(&format!("/dossiers/{}", o.dossier), Some(&eerste))).await.status,
        StatusCode::NOT_FOUND
    );
    let stap1 = vraag(&o.app, post("/inloggen", &format!("email=carla%40test.nl&wachtwoord={wachtwoord}"), None)).await;
    assert_eq!(stap1.locatie.as_deref(), Some("/tweestap"), "{}", stap1.tekst);
    let tweestap = vraag(&o.app, get("/tweestap", stap1.cookie.as_deref())).await;
    assert!(tweestap.tekst.contains("Stel eerst uw tweede factor in"));

    // Nobody else keeps the organisation.
    let hr = log_in(&o.app, "hr@test.nl").await;
    for (pad, formulier) in [
        ("/beheer/werkgevers".to_string(), "naam=X".to_string()),
        ("/beheer/gebruikers".to_string(), coach.replace("carla", "karel")),
        (format!("/beheer/dossiers/{}/coach", o.dossier), format!("coach_id={carla_id}")),
    ] {
        assert_eq!(vraag(&o.app, post(&pad, &formulier, Some(&hr))).await.status, StatusCode::FORBIDDEN, "{pad}");
    }
}

async fn the_employee_sees_their_tasks_adds_documents_and_their_own_view(o: Opzet) {
    let sanne = log_in(&o.app, "sanne@test.nl").await;
    let portaal = vraag(&o.app, get("/mijn", Some(&sanne))).await;
    assert_eq!(portaal.status, StatusCode::OK);
    assert!(portaal.tekst.contains("Mijn re-integratie") && portaal.tekst.contains("Wat u moet doen"));
    assert!(portaal.tekst.contains("Spreek met de bedrijfsarts"), "{}", portaal.tekst);
    assert!(portaal.tekst.contains("<svg class=\"balk\""));
    assert!(!portaal.tekst.contains("MEDISCH-GEHEIM"));

    let visie = format!("dossier_id={}&tekst=Ik+wil+graag+terug+naar+mijn+eigen+werk.", o.dossier);
    let r = vraag(&o.app, post("/mijn/visie", &visie, Some(&sanne))).await;
    assert_eq!((r.status, r.locatie.as_deref()), (StatusCode::SEE_OTHER, Some("/mijn?vastgelegd=1")), "{}", r.tekst);
    let leeg = vraag(&o.app, post("/mijn/visie", &format!("dossier_id={}&tekst=+", o.dossier), Some(&sanne))).await;
    assert_eq!(leeg.status, StatusCode::BAD_REQUEST);
    assert!(leeg.tekst.contains("uw visie is leeg"));

    let pad = format!("/dossiers/{}/documenten", o.dossier);
    let cv = upload(
        &pad,
        &sanne,
        &[("soort", "eigen_stuk"), ("titel", "Mijn cv"), ("terug", "mijn")],
        b"%PDF-1.7 cv",
        "cv.pdf",
    );
    let r = vraag(&o.app, cv).await;
    assert_eq!(r.locatie.as_deref(), Some("/mijn?vastgelegd=1"), "{}", r.tekst);
    // The Poortwachter documents are not the employee's to add.
    let pa = upload(&pad, &sanne, PA, b"%PDF-1.7 pa", "pa.pdf");
    assert_eq!(vraag(&o.app, pa).await.status, StatusCode::FORBIDDEN);

    let portaal = vraag(&o.app, get("/mijn?vastgelegd=1", Some(&sanne))).await;
    assert!(portaal.tekst.contains("Mijn cv") && portaal.tekst.contains("Visie van de werknemer"));
    let visie_id = portaal.tekst.split("/documenten/").nth(1).unwrap().split('"').next().unwrap().to_string();
    // The employer reads the view (it goes into the RIV) but cannot write one, nor open the portal.
    let hr = log_in(&o.app, "hr@test.nl").await;
    let dossier = vraag(&o.app, get(&format!("/dossiers/{}", o.dossier), Some(&hr))).await;
    assert!(dossier.tekst.contains("Visie van de werknemer") && dossier.tekst.contains("Mijn cv"));
    let tekst = vraag(&o.app, get(&format!("/documenten/{visie_id}"), Some(&hr))).await;
    assert!(tekst.tekst.contains("terug naar mijn eigen werk") || tekst.tekst.starts_with("%PDF"), "{}", tekst.tekst);
    assert_eq!(vraag(&o.app, get("/mijn", Some(&hr))).await.status, StatusCode::FORBIDDEN);
    assert_eq!(vraag(&o.app, post("/mijn/visie", &visie, Some(&hr))).await.status, StatusCode::FORBIDDEN);
}

/// A multipart upload of `bestand` as `naam`, with these form fields and a date.
fn upload(pad: &str, cookie: &str, velden: &[(&str, &str)], bestand: &[u8], naam: &str) -> Request<Body> {
    let grens = "spoor2grens";
    let mut body = Vec::new();
    for (veld, waarde) in velden.iter().chain(&[("datum", "2026-02-10")]) {
        body.extend(
            format!("--{grens}\r\nContent-Disposition: form-data; name=\"{veld}\"\r\n\r\n{waarde}\r\n").bytes(),
        );
    }
    body.extend(
        format!("--{grens}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"{naam}\"\r\nContent-Type: application/pdf\r\n\r\n")
            .bytes(),
    );
    body.extend_from_slice(bestand);
    body.extend(format!("\r\n--{grens}--\r\n").bytes());
    Request::post(pad)
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={grens}"))
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .unwrap()
}

const PA: &[(&str, &str)] = &[("soort", "probleemanalyse"), ("titel", "Probleemanalyse")];

/// The smallest valid PNG (one transparent pixel), as a logo.
const PNG: &[u8] = b"\x89PNG\x0d\x0a\x1a\x0a\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\x0bIDATx\x9cc`\x00\x02\x00\x00\x05\x00\x01z^\xab?\x00\x00\x00\x00IEND\xaeB`\x82";

/// One vacancy as a job site publishes it.
const VACATURE: &[u8] = br#"{"@type": "JobPosting", "identifier": "T-1", "title": "Administratief medewerker", "hiringOrganization": {"name": "Gemeente Utrecht"}, "jobLocation": {"address": {"postalCode": "3511"}}, "workHours": "24 uur"}"#;

async fn documents_are_uploaded_checked_and_downloaded(o: Opzet) {
    let pad = format!("/dossiers/{}", o.dossier);
    let hr = log_in(&o.app, "hr@test.nl").await;
    let nep =
        vraag(&o.app, upload(&format!("{pad}/documenten"), &hr, PA, b"<html><script>alert(1)</script>", "pa.pdf"))
            .await;
    assert_eq!(nep.status, StatusCode::BAD_REQUEST);
    assert!(nep.tekst.contains("alleen PDF, PNG of JPEG"));
    let groot = vec![b'%'; 11 * 1024 * 1024];
    let te_groot = vraag(&o.app, upload(&format!("{pad}/documenten"), &hr, PA, &groot, "groot.pdf")).await;
    assert!(matches!(te_groot.status, StatusCode::BAD_REQUEST | StatusCode::PAYLOAD_TOO_LARGE), "{}", te_groot.status);

    let r =
        vraag(&o.app, upload(&format!("{pad}/documenten"), &hr, PA, b"%PDF-1.7 probleemanalyse", "../../pa.pdf")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.tekst);
    let pagina = vraag(&o.app, get(&pad, Some(&hr))).await;
    let document = pagina.tekst.split("/documenten/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let coach = log_in(&o.app, "coach@test.nl").await;
    let download = vraag(&o.app, get(&format!("/documenten/{document}"), Some(&coach))).await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.koppen[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(download.koppen[header::CONTENT_DISPOSITION], "attachment; filename=\"pa.pdf\"");
    assert_eq!(download.tekst, "%PDF-1.7 probleemanalyse");
    // The coach reads documents but adds none; another coach does not even see them.
    let poging = vraag(&o.app, upload(&format!("{pad}/documenten"), &coach, PA, b"%PDF-1.7 x", "x.pdf")).await;
    assert_eq!(poging.status, StatusCode::FORBIDDEN);
    let ander = log_in(&o.app, "coach2@test.nl").await;
    assert_eq!(
        vraag(&o.app, get(&format!("/documenten/{document}"), Some(&ander))).await.status,
        StatusCode::NOT_FOUND
    );
}

async fn the_bedrijfsarts_keeps_medical_notes_that_nobody_else_sees(o: Opzet) {
    let pad = format!("/dossiers/{}", o.dossier);
    let arts = log_in(&o.app, "arts@test.nl").await;
    let pagina = vraag(&o.app, get(&pad, Some(&arts))).await;
    assert!(pagina.tekst.contains("Medische notities") && pagina.tekst.contains("MEDISCH-GEHEIM diagnose"));
    let r =
        vraag(&o.app, post(&format!("{pad}/medisch"), "datum=2026-03-01&tekst=MEDISCH-GEHEIM+controle", Some(&arts)))
            .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.tekst);
    assert!(vraag(&o.app, get(&pad, Some(&arts))).await.tekst.contains("MEDISCH-GEHEIM controle"));
    for email in ["hr@test.nl", "coach@test.nl"] {
        let cookie = log_in(&o.app, email).await;
        let pagina = vraag(&o.app, get(&pad, Some(&cookie))).await;
        assert!(!pagina.tekst.contains("MEDISCH-GEHEIM") && !pagina.tekst.contains("Medische notities"), "{email}");
        let poging =
            vraag(&o.app, post(&format!("{pad}/medisch"), "datum=2026-03-01&tekst=poging", Some(&cookie))).await;
        assert_eq!(poging.status, StatusCode::FORBIDDEN, "{email}");
    }
}

async fn the_employer_reports_a_new_employee_sick(o: Opzet) {
    let hr = log_in(&o.app, "hr@test.nl").await;
    let formulier = vraag(&o.app, get("/ziekmelding", Some(&hr))).await;
    assert_eq!(formulier.status, StatusCode::OK);
    let werkgever = formulier.tekst.split("<option value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let velden = |bsn: &str| {
        format!(
            "werkgever_id={werkgever}&voornaam=Piet&achternaam=Jansen&functie=Bakker&uren=32%2C5&postcode=1234ab\
             &opleidingsniveau=mbo2&bsn={bsn}&eerste_ziektedag=2026-11-02"
        )
    };
    let fout = vraag(&o.app, post("/ziekmelding", &velden("123456789"), Some(&hr))).await;
    assert_eq!(fout.status, StatusCode::OK);
    assert!(fout.tekst.contains("BSN: dit is geen geldig BSN"), "{}", fout.tekst);
    assert!(fout.tekst.contains("value=\"Piet\""), "what the user typed is kept");
    let gelukt = vraag(&o.app, post("/ziekmelding", &velden("111222333"), Some(&hr))).await;
    assert_eq!(gelukt.status, StatusCode::SEE_OTHER, "{}", gelukt.tekst);
    let dossier = vraag(&o.app, get(gelukt.locatie.as_deref().unwrap(), Some(&hr))).await;
    assert!(dossier.tekst.contains("Piet Jansen") && dossier.tekst.contains("02-11-2026"));
    // A coach does not report sickness.
    let coach = log_in(&o.app, "coach@test.nl").await;
    assert_eq!(vraag(&o.app, get("/ziekmelding", Some(&coach))).await.status, StatusCode::FORBIDDEN);
    let geweigerd = vraag(&o.app, post("/ziekmelding", &velden("111222333"), Some(&coach))).await;
    assert!(matches!(geweigerd.status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND), "{}", geweigerd.status);
    assert!(!geweigerd.tekst.contains("Piet"));
}

async fn the_beheerder_restores_a_lost_password_and_second_factor(o: Opzet) {
    let coach = log_in(&o.app, "coach@test.nl").await;
    assert_eq!(vraag(&o.app, get("/beheer", Some(&coach))).await.status, StatusCode::FORBIDDEN);
    let beheer = log_in(&o.app, "beheer@test.nl").await;
    let pagina = vraag(&o.app, get("/beheer", Some(&beheer))).await;
    assert_eq!(pagina.status, StatusCode::OK);
    let id = pagina.tekst.split("/beheer/gebruikers/").nth(1).unwrap().split('/').next().unwrap().to_string();
    let gebruiker = pagina.tekst.split("<td>").nth(1).unwrap().split('<').next().unwrap().to_string();

    let nieuw = vraag(&o.app, post(&format!("/beheer/gebruikers/{id}/wachtwoord"), "", Some(&beheer))).await;
    let wachtwoord = nieuw.tekst.split("Nieuw wachtwoord: ").nth(1).unwrap().split(' ').next().unwrap().to_string();
    assert!(wachtwoord.len() >= 12);
    let r = vraag(&o.app, post(&format!("/beheer/gebruikers/{id}/tweede-factor"), "", Some(&beheer))).await;
    assert_eq!(r.locatie.as_deref(), Some("/beheer?hersteld=1"));

    // The user logs in with the new password and enrols a new second factor.
    let stap1 = vraag(&o.app, post("/inloggen", &format!("email={gebruiker}&wachtwoord={wachtwoord}"), None)).await;
    assert_eq!(stap1.locatie.as_deref(), Some("/tweestap"), "{gebruiker}: {}", stap1.tekst);
    let tweestap = vraag(&o.app, get("/tweestap", stap1.cookie.as_deref())).await;
    assert!(tweestap.tekst.contains("<svg") && tweestap.tekst.contains("Stel eerst uw tweede factor in"));
}

async fn a_session_ends_after_thirty_idle_minutes_and_activity_starts_them_again(o: Opzet) {
    use diesel::RunQueryDsl;
    let cookie = log_in(&o.app, "coach@test.nl").await;
    #[derive(diesel::QueryableByName)]
    struct Sessie {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        verloopt: i64,
    }
    let mut c = o.store.ruwe_verbinding().unwrap();
    let sessies: Vec<Sessie> = diesel::sql_query("SELECT verloopt FROM sessies").load(&mut *c).unwrap();
    let nu = jiff::Timestamp::now().as_second();
    assert!(sessies.iter().any(|s| (s.verloopt - nu - 30 * 60).abs() < 120), "expires 30 minutes from now");
    // Active: a click 29 minutes after the last one starts the 30 minutes again, in the store and in
    // the cookie.
    let id = cookie.trim_start_matches("spoor2_sessie=");
    let opgeslagen = o.store.laad_sessie(id, nu).unwrap().unwrap();
    let mut record: tower_sessions::session::Record = serde_json::from_str(&opgeslagen).unwrap();
    record.data.insert("actief".into(), (nu - 29 * 60).into());
    o.store.bewaar_sessie(id, &serde_json::to_string(&record).unwrap(), nu + 60).unwrap();
    let klik = vraag(&o.app, get("/werkvoorraad", Some(&cookie))).await;
    assert_eq!(klik.status, StatusCode::OK);
    assert_eq!(klik.cookie.as_deref(), Some(cookie.as_str()), "the cookie is renewed, with the same id");
    assert!(o.store.laad_sessie(id, nu + 29 * 60).unwrap().is_some(), "expires 30 minutes after the click");
    // Within the minute a click does not save the session again.
    assert_eq!(vraag(&o.app, get("/werkvoorraad", Some(&cookie))).await.cookie, None);
    // Thirty idle minutes later:
    diesel::sql_query("UPDATE sessies SET verloopt = verloopt - 1801").execute(&mut *c).unwrap();
    let daarna = vraag(&o.app, get("/werkvoorraad", Some(&cookie))).await;
    assert_eq!(daarna.locatie.as_deref(), Some("/inloggen"));
}

async fn the_beheerder_sees_who_looked_but_not_the_dossier(o: Opzet) {
    let pad = format!("/dossiers/{}", o.dossier);
    let coach = log_in(&o.app, "coach@test.nl").await;
    vraag(&o.app, get(&pad, Some(&coach))).await;
    // A list view is one entry naming its list; the history shows it as a look at this dossier.
    assert_eq!(vraag(&o.app, get("/werkvoorraad", Some(&coach))).await.status, StatusCode::OK);
    assert_eq!(vraag(&o.app, get(&format!("{pad}/inzage"), Some(&coach))).await.status, StatusCode::FORBIDDEN);

    let beheer = log_in(&o.app, "beheer@test.nl").await;
    let lijst = vraag(&o.app, get("/werkvoorraad", Some(&beheer))).await;
    assert_eq!(lijst.status, StatusCode::OK);
    assert!(lijst.tekst.contains(&format!("{pad}/inzage")), "{}", lijst.tekst);
    assert_eq!(vraag(&o.app, get(&pad, Some(&beheer))).await.status, StatusCode::FORBIDDEN);
    let inzage = vraag(&o.app, get(&format!("{pad}/inzage"), Some(&beheer))).await;
    assert_eq!(inzage.status, StatusCode::OK);
    assert!(inzage.tekst.contains("coach@test.nl") && inzage.tekst.contains("dossierpagina"), "{}", inzage.tekst);
    assert!(inzage.tekst.contains(r#"<td class="optioneel">werkvoorraad</td>"#), "{}", inzage.tekst);
    assert!(!inzage.tekst.contains("MEDISCH-GEHEIM"), "the history names who and what, never the content");
}

/// The server shows a werkvoorraad again while it stands where it stood; a change shows at the next
/// view, and every view is in the access log.
async fn a_werkvoorraad_shown_again_shows_a_change_at_once_and_every_view_is_logged(o: Opzet) {
    let pad = format!("/dossiers/{}", o.dossier);
    let coach = log_in(&o.app, "coach@test.nl").await;
    let te_laat = |tekst: &str| {
        tekst.split(r#"<span class="te_laat">"#).nth(1).and_then(|r| r.split('<').next()).map(str::to_string)
    };
    let voor = vraag(&o.app, get("/werkvoorraad", Some(&coach))).await.tekst;
    assert_eq!(vraag(&o.app, get("/werkvoorraad", Some(&coach))).await.tekst, voor);
    let hr = log_in(&o.app, "hr@test.nl").await;
    let stap = "versie=2&soort=probleemanalyse&datum=2026-02-10&toelichting=besproken";
    assert_eq!(vraag(&o.app, post(&format!("{pad}/vastleggen"), stap, Some(&hr))).await.status, StatusCode::SEE_OTHER);
    let na = vraag(&o.app, get("/werkvoorraad", Some(&coach))).await.tekst;
    let (voor_te_laat, na_te_laat): (usize, usize) =
        (te_laat(&voor).unwrap().parse().unwrap(), te_laat(&na).unwrap().parse().unwrap());
    assert_eq!(na_te_laat + 1, voor_te_laat, "the probleemanalyse is no longer late:\n{voor}\n{na}");

    let beheer = log_in(&o.app, "beheer@test.nl").await;
    let inzage = vraag(&o.app, get(&format!("{pad}/inzage"), Some(&beheer))).await.tekst;
    assert_eq!(inzage.matches(r#"<td class="optioneel">werkvoorraad</td>"#).count(), 3, "{inzage}");
}

async fn the_employer_records_a_step_the_coach_may_not(o: Opzet) {
    let pad = format!("/dossiers/{}", o.dossier);
    let hr = log_in(&o.app, "hr@test.nl").await;
    let pagina = vraag(&o.app, get(&pad, Some(&hr))).await;
    assert!(pagina.tekst.contains("Vastleggen") && pagina.tekst.contains("geen medische gegevens"));
    let versie = 2; // created, then one change in the set-up
    let r = vraag(
        &o.app,
        post(
            &format!("{pad}/vastleggen"),
            &format!("versie={versie}&soort=probleemanalyse&datum=2026-02-10&toelichting=besproken"),
            Some(&hr),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.tekst);
    let daarna = vraag(&o.app, get(r.locatie.as_deref().unwrap(), Some(&hr))).await;
    assert!(daarna.tekst.contains("Vastgelegd."));
    assert!(daarna.tekst.contains("10-02-2026"), "the probleemanalyse shows as done");
    // The step is in the dossier's course with its explanation and who recorded it; so is a note.
    let notitie = "datum=2026-02-12&tekst=Werknemer+belt+elke+week";
    assert_eq!(vraag(&o.app, post(&format!("{pad}/notities"), notitie, Some(&hr))).await.status, StatusCode::SEE_OTHER);
    let ad = log_in(&o.app, "ad@test.nl").await;
    let verloop = vraag(&o.app, get(&pad, Some(&ad))).await.tekst;
    assert!(verloop.contains("<td>10-02-2026</td><td>Probleemanalyse</td><td>besproken</td>"), "{verloop}");
    assert!(verloop.contains("Werknemer belt elke week") && verloop.contains("hr@test.nl"));
    assert!(!verloop.contains("notities\""), "the arbeidsdeskundige adds no notes to the dossier");

    // The same form again with the old version: a clear conflict, nothing written twice.
    let dubbel = vraag(
        &o.app,
        post(
            &format!("{pad}/vastleggen"),
            &format!("versie={versie}&soort=probleemanalyse&datum=2026-02-11"),
            Some(&hr),
        ),
    )
    .await;
    assert_eq!(dubbel.status, StatusCode::OK);
    assert!(dubbel.tekst.contains("intussen gewijzigd"), "{}", dubbel.tekst);
    let fout =
        vraag(&o.app, post(&format!("{pad}/vastleggen"), "versie=3&soort=probleemanalyse&datum=gisteren", Some(&hr)))
            .await;
    assert!(fout.tekst.contains("geen datum"));

    // The coach reads the dossier but records no Poortwachter steps.
    let coach = log_in(&o.app, "coach@test.nl").await;
    assert!(!vraag(&o.app, get(&pad, Some(&coach))).await.tekst.contains("<h2>Vastleggen</h2>"));
    let geweigerd =
        vraag(&o.app, post(&format!("{pad}/vastleggen"), "versie=3&soort=evaluatie&datum=2026-03-01", Some(&coach)))
            .await;
    assert_eq!(geweigerd.status, StatusCode::FORBIDDEN);
}

async fn login_takes_both_factors_and_opens_the_werkvoorraad(o: Opzet) {
    let cookie = log_in(&o.app, "coach@test.nl").await;
    let werkvoorraad = vraag(&o.app, get("/werkvoorraad", Some(&cookie))).await;
    assert_eq!(werkvoorraad.status, StatusCode::OK);
    assert!(werkvoorraad.tekst.contains("Werkvoorraad"));
    assert!(werkvoorraad.tekst.contains("hx-get=\"/werkvoorraad\"") && werkvoorraad.tekst.contains("id=\"werklijst\""));
    assert!(!werkvoorraad.tekst.contains("https://"), "nothing from elsewhere");
    let ander = vraag(&o.app, get("/werkvoorraad?coach=iemand+anders", Some(&cookie))).await;
    assert!(ander.tekst.contains("Niets te doen met deze filters"), "the coach filter");
    assert!(werkvoorraad.tekst.contains("Sanne de Vries"), "{}", werkvoorraad.tekst);
    assert!(werkvoorraad.tekst.contains("1 dossier<"), "{}", werkvoorraad.tekst);
}

async fn wrong_credentials_get_a_dutch_message(o: Opzet) {
    let fout = vraag(&o.app, post("/inloggen", "email=coach@test.nl&wachtwoord=fout-wachtwoord", None)).await;
    assert_eq!(fout.status, StatusCode::OK);
    assert!(fout.tekst.contains("e-mailadres of wachtwoord onjuist"));
    let stap1 = vraag(&o.app, post("/inloggen", &format!("email=coach@test.nl&wachtwoord={WACHTWOORD}"), None)).await;
    let halfweg = stap1.cookie.unwrap();
    let fout = vraag(&o.app, post("/tweestap", "code=000000", Some(&halfweg))).await;
    assert!(fout.tekst.contains("klopt niet") || code("coach@test.nl") == "000000", "{}", fout.tekst);
}

async fn pages_need_a_login(o: Opzet) {
    for pad in ["/werkvoorraad", &format!("/dossiers/{}", o.dossier), "/"] {
        let r = vraag(&o.app, get(pad, None)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{pad}");
        assert_eq!(r.locatie.as_deref(), Some("/inloggen"), "{pad}");
        assert!(!r.tekst.contains("Sanne"));
    }
    assert_eq!(vraag(&o.app, get("/tweestap", None)).await.locatie.as_deref(), Some("/inloggen"));
}

async fn each_role_sees_what_the_policy_allows(o: Opzet) {
    let pad = format!("/dossiers/{}", o.dossier);
    for email in ["coach@test.nl", "hr@test.nl", "arts@test.nl"] {
        let cookie = log_in(&o.app, email).await;
        let pagina = vraag(&o.app, get(&pad, Some(&cookie))).await;
        assert_eq!(pagina.status, StatusCode::OK, "{email}");
        assert!(pagina.tekst.contains("Sanne de Vries") && pagina.tekst.contains("Mijlpalen"));
        let medisch = pagina.tekst.contains("MEDISCH-GEHEIM");
        assert_eq!(medisch, email == "arts@test.nl", "medical notes only for the bedrijfsarts ({email})");
    }
    // A coach without the dossier in the caseload: it does not exist, and the list is empty.
    let cookie = log_in(&o.app, "coach2@test.nl").await;
    let pagina = vraag(&o.app, get(&pad, Some(&cookie))).await;
    assert_eq!(pagina.status, StatusCode::NOT_FOUND);
    assert!(!pagina.tekst.contains("Sanne"));
    assert!(pagina.tekst.contains("Niet gevonden"));
    let lijst = vraag(&o.app, get("/werkvoorraad", Some(&cookie))).await;
    assert!(!lijst.tekst.contains("Sanne") && lijst.tekst.contains("0 dossiers"));
    let onbekend = vraag(&o.app, get("/dossiers/bestaat-niet", Some(&cookie))).await;
    assert_eq!(onbekend.status, StatusCode::NOT_FOUND);
}

async fn every_response_carries_the_security_headers(o: Opzet) {
    // htmx is served from here, never loaded from the internet.
    let js = vraag(&o.app, get("/static/htmx.min.js", None)).await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(js.koppen[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/javascript"));
    assert!(js.tekst.contains("htmx"));
    let cookie = log_in(&o.app, "coach@test.nl").await;
    for r in [vraag(&o.app, get("/inloggen", None)).await, vraag(&o.app, get("/werkvoorraad", Some(&cookie))).await] {
        let csp = r.koppen[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'")
                && csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline")
        );
        assert_eq!(r.koppen[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(r.koppen[header::CACHE_CONTROL], "no-store");
        assert!(r.koppen.contains_key(header::REFERRER_POLICY));
    }
    let stap1 = vraag(&o.app, post("/inloggen", &format!("email=coach@test.nl&wachtwoord={WACHTWOORD}"), None)).await;
    let set_cookie = stap1.koppen[header::SET_COOKIE].to_str().unwrap().to_lowercase();
    assert!(set_cookie.contains("httponly") && set_cookie.contains("samesite=lax"), "{set_cookie}");
    let groot = "x=".to_string() + &"a".repeat(100_000);
    assert_eq!(vraag(&o.app, post("/inloggen", &groot, None)).await.status, StatusCode::PAYLOAD_TOO_LARGE);
}

async fn cross_site_posts_are_refused(o: Opzet) {
    let verzoek = Request::post("/inloggen")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::HOST, "spoor2.example")
        .header(header::ORIGIN, "https://kwaadaardig.example")
        .header("sec-fetch-site", "cross-site")
        .body(Body::from(format!("email=coach@test.nl&wachtwoord={WACHTWOORD}")))
        .unwrap();
    let r = vraag(&o.app, verzoek).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.cookie.is_none());
}

async fn logout_ends_the_session(o: Opzet) {
    let cookie = log_in(&o.app, "hr@test.nl").await;
    let uit = vraag(&o.app, post("/uitloggen", "", Some(&cookie))).await;
    assert_eq!(uit.locatie.as_deref(), Some("/inloggen"));
    let daarna = vraag(&o.app, get("/werkvoorraad", Some(&cookie))).await;
    assert_eq!(daarna.locatie.as_deref(), Some("/inloggen"), "the old session cookie no longer works");
}

async fn the_bedrijfsarts_records_the_fml_and_the_others_read_it_in_functional_terms(o: Opzet) {
    let pad = format!("/dossiers/{}", o.dossier);
    let fml = format!("{pad}/belastbaarheid");
    let arts = log_in(&o.app, "arts@test.nl").await;
    let formulier = vraag(&o.app, get(&fml, Some(&arts))).await;
    assert_eq!(formulier.status, StatusCode::OK);
    assert!(formulier.tekst.contains("4.13 Tillen") && formulier.tekst.contains("Rubriek 6: Werktijden"));

    // A wrong level comes back with a message and everything entered still filled in.
    let fout = "datum=2026-03-02&geen=&n%3A4.13=7&k%3A2.12%3A0=1&t%3A6.3=eerst+ochtenden&prognose=binnen+3+maanden";
    let terug = vraag(&o.app, post(&fml, fout, Some(&arts))).await;
    assert_eq!(terug.status, StatusCode::OK);
    assert!(terug.tekst.contains("heeft geen niveau 7"), "{}", terug.tekst);
    assert!(terug.tekst.contains("value=\"eerst ochtenden\"") && terug.tekst.contains("binnen 3 maanden"));
    assert!(terug.tekst.contains("name=\"k:2.12:0\" value=\"1\" checked"));

    let goed = "datum=2026-03-02&geen=&n%3A4.13=2&n%3A4.1=0&n%3A5.1=&k%3A2.12%3A0=1&k%3A2.12%3A4=1&t%3A4.13=af+en+toe+tillen+gaat&prognose=verbetering+binnen+3+maanden";
    let r = vraag(&o.app, post(&fml, goed, Some(&arts))).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.tekst);

    let hr = log_in(&o.app, "hr@test.nl").await;
    let pagina = vraag(&o.app, get(&pad, Some(&hr))).await;
    assert!(pagina.tekst.contains("4.13 Tillen</td><td>5 kg"), "{}", pagina.tekst);
    assert!(pagina.tekst.contains("weinig of geen klantcontact, geen leidinggevende taken"));
    assert!(pagina.tekst.contains("af en toe tillen gaat") && pagina.tekst.contains("verbetering binnen 3 maanden"));
    assert!(!pagina.tekst.contains("5.1 Zitten"), "an empty item is no restriction");
    assert!(!pagina.tekst.contains("Belastbaarheid vastleggen"));
    // Only the bedrijfsarts records it; another coach does not see the dossier at all.
    assert_eq!(vraag(&o.app, get(&fml, Some(&hr))).await.status, StatusCode::FORBIDDEN);
    assert_eq!(vraag(&o.app, post(&fml, goed, Some(&hr))).await.status, StatusCode::FORBIDDEN);
    let coach = log_in(&o.app, "coach@test.nl").await;
    assert!(vraag(&o.app, get(&pad, Some(&coach))).await.tekst.contains("4.13 Tillen</td><td>5 kg"));
    let ander = log_in(&o.app, "coach2@test.nl").await;
    assert_eq!(vraag(&o.app, post(&fml, goed, Some(&ander))).await.status, StatusCode::NOT_FOUND);
    // The form starts from the latest record.
    // The reason for no usable capacities is medical in nature: only the bedrijfsarts reads it back.
    let geen = "datum=2026-04-01&geen=ernstige_psychiatrische_stoornis&prognose=herbeoordeling+over+8+weken";
    assert_eq!(vraag(&o.app, post(&fml, geen, Some(&arts))).await.status, StatusCode::SEE_OTHER);
    let werkgever = vraag(&o.app, get(&pad, Some(&hr))).await.tekst;
    assert!(werkgever.contains("de reden is alleen bekend bij de bedrijfsarts"), "{werkgever}");
    assert!(!werkgever.contains("psychiatrische"));
    assert!(
        vraag(&o.app, get(&pad, Some(&arts)))
            .await
            .tekst
            .contains("Geen benutbare mogelijkheden: ernstige psychiatrische stoornis")
    );
    let arts_eerder = "datum=2026-04-02&geen=&n%3A4.13=2&prognose=verbetering+binnen+3+maanden";
    assert_eq!(vraag(&o.app, post(&fml, arts_eerder, Some(&arts))).await.status, StatusCode::SEE_OTHER);
    let opnieuw = vraag(&o.app, get(&fml, Some(&arts))).await;
    assert!(opnieuw.tekst.contains("<option value=\"2\" selected>2 – 5 kg</option>"), "{}", opnieuw.tekst);
}

async fn behind_tls_the_session_cookie_is_secure(o: Opzet) {
    let inloggen = || post("/inloggen", &format!("email=hr%40test.nl&wachtwoord={WACHTWOORD}"), None);
    for (veilig, verwacht) in [(true, true), (false, false)] {
        let app = web::app(o.store.clone(), veilig).layer(MockConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40001))));
        let a = vraag(&app, inloggen()).await;
        let cookie = a.koppen[header::SET_COOKIE].to_str().unwrap().to_string();
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
        assert_eq!(cookie.contains("Secure"), verwacht, "{cookie}");
    }
}

async fn a_traject_goes_from_advice_to_execution_in_the_browser_forms(o: Opzet) {
    let pad = format!("/dossiers/{}/traject", o.dossier);
    let stap = |naam: &str| format!("{pad}/{naam}");
    let ok = |a: &Antwoord| a.status == StatusCode::SEE_OTHER;
    let ad = log_in(&o.app, "ad@test.nl").await;
    let leeg = vraag(&o.app, get(&pad, Some(&ad))).await;
    assert!(leeg.tekst.contains("geen spoor 2-traject") && leeg.tekst.contains("Advies vastleggen"));
    let advies = "datum=2026-03-02&conclusie=Spoor+2+starten&zoekrichtingen=administratie%0Aklantenservice";
    assert!(ok(&vraag(&o.app, post(&stap("advies"), advies, Some(&ad))).await));

    let hr = log_in(&o.app, "hr@test.nl").await;
    let fout = vraag(
        &o.app,
        post(
            &stap("opdracht"),
            "datum=2026-03-09&uitvoerder=bureau&start=2026-03-16&duur_weken=26&budget=2.500%2C00&interval=7",
            Some(&hr),
        ),
    )
    .await;
    assert!(fout.tekst.contains("6 of 8 weken"), "{}", fout.tekst);
    let opdracht = "datum=2026-03-09&uitvoerder=bureau&start=2026-03-16&duur_weken=26&budget=2.500%2C00&interval=6";
    assert!(ok(&vraag(&o.app, post(&stap("opdracht"), opdracht, Some(&hr))).await));

    let coach = log_in(&o.app, "coach@test.nl").await;
    let intake = "datum=2026-03-20&werkervaring=bakker&opleidingsniveau=mbo2&vaardigheden=nauwkeurig&wensen=overdag&mogelijkheden=administratie&belemmeringen=geen+rijbewijs&zoekprofiel=Administratief+medewerker+24+uur";
    assert!(ok(&vraag(&o.app, post(&stap("intake"), intake, Some(&coach))).await));
    assert!(ok(&vraag(&o.app, post(&stap("fase"), "naar=plan&reden=&datum=2026-03-21", Some(&coach))).await));
    let plan = "datum=2026-03-25&doelen=Passend+werk+24+uur&zoekrichtingen=administratie&activiteiten=2026-04-01%3B+cv+bijwerken%3B+werknemer";
    assert!(ok(&vraag(&o.app, post(&stap("plan"), plan, Some(&coach))).await));
    let te_vroeg = vraag(&o.app, post(&stap("fase"), "naar=uitvoering&reden=&datum=2026-03-26", Some(&coach))).await;
    assert!(te_vroeg.tekst.contains("nog niet door de werknemer en de werkgever goedgekeurd"), "{}", te_vroeg.tekst);

    let sanne = log_in(&o.app, "sanne@test.nl").await;
    assert!(vraag(&o.app, get(&pad, Some(&sanne))).await.tekst.contains("Akkoord geven op het trajectplan"));
    let akkoord = "versie=1&visie=Ik+wil+ook+parttime+kunnen+werken";
    assert!(ok(&vraag(&o.app, post(&stap("akkoord"), akkoord, Some(&sanne))).await));
    assert!(ok(&vraag(&o.app, post(&stap("akkoord"), "versie=1", Some(&hr))).await));
    assert!(ok(&vraag(&o.app, post(&stap("fase"), "naar=uitvoering&reden=&datum=2026-03-27", Some(&coach))).await));

    // The employee logs an application; the coach confirms it; the employer follows it all.
    let sollicitatie = "soort=sollicitatie&datum=2026-04-02&minuten=60&doel=baan&vacature=Administratief+medewerker&werkgever=Gemeente+Utrecht&kanaal=werk.nl";
    assert!(ok(&vraag(&o.app, post(&stap("activiteit"), sollicitatie, Some(&sanne))).await));
    let gesprek = "soort=coachgesprek&datum=2026-04-03&minuten=90&doel=sollicitatie+voorbereiden";
    assert_eq!(vraag(&o.app, post(&stap("activiteit"), gesprek, Some(&sanne))).await.status, StatusCode::FORBIDDEN);
    let pagina = vraag(&o.app, get(&pad, Some(&coach))).await.tekst;
    assert!(pagina.contains("wacht op bevestiging van de coach"));
    let activiteit =
        pagina.split("name=\"activiteit\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert!(ok(&vraag(&o.app, post(&stap("bevestig"), &format!("activiteit={activiteit}"), Some(&coach))).await));
    assert!(ok(&vraag(&o.app, post(&stap("activiteit"), gesprek, Some(&coach))).await));
    let werkgever = vraag(&o.app, get(&pad, Some(&hr))).await.tekst;
    assert!(werkgever.contains("<strong>uitvoering</strong>") && werkgever.contains("Gemeente Utrecht"), "{werkgever}");
    assert!(werkgever.contains("Klok van het traject") && !werkgever.contains("wacht op bevestiging"));
    assert!(werkgever.contains("Ik wil ook parttime kunnen werken"), "the employee's view on the plan");
    assert!(!werkgever.contains("MEDISCH-GEHEIM"));
    // The activities are on the Poortwachter clock, so the dossier's course shows them.
    let dossier = vraag(&o.app, get(&format!("/dossiers/{}", o.dossier), Some(&hr))).await.tekst;
    assert!(dossier.contains("Spoor 2-activiteit") || dossier.contains("spoor2 activiteit"), "{dossier}");
    assert!(dossier.contains("Fase uitvoering · Activiteiten per week (laatste 4 weken)"), "{dossier}");
    // Placement with the wage against the old wage, nazorg, and the hours against the budget.
    assert!(ok(&vraag(&o.app, post(&stap("fase"), "naar=plaatsing&reden=&datum=2026-06-01", Some(&coach))).await));
    let plaatsing = "werkgever=Gemeente+Utrecht&functie=Administratief+medewerker&contract=tijdelijk&uren_per_week=24&startdatum=2026-06-15&loon=2.000%2C00&oud_loon=2.800&no_risk_polis=ja";
    assert_eq!(vraag(&o.app, post(&stap("plaatsing"), plaatsing, Some(&hr))).await.status, StatusCode::FORBIDDEN);
    assert!(ok(&vraag(&o.app, post(&stap("plaatsing"), plaatsing, Some(&coach))).await));
    assert!(ok(&vraag(
        &o.app,
        post(&stap("nazorg"), "datum=2026-07-14&werk_duurt=ja&notitie=gaat+goed", Some(&coach))
    )
    .await));
    let uren = "datum=2026-04-03&categorie=coaching&minuten=90&tarief=95%2C00&omschrijving=coachgesprek&declarabel=ja";
    assert!(ok(&vraag(&o.app, post(&stap("uren"), uren, Some(&coach))).await));
    let werkgever = vraag(&o.app, get(&pad, Some(&hr))).await.tekst;
    assert!(
        werkgever.contains("<strong>71,4%</strong> · <strong>bevredigend re-integratieresultaat</strong>"),
        "{werkgever}"
    );
    assert!(werkgever.contains("142,50") && werkgever.contains("gaat goed"), "{werkgever}");
    let csv = vraag(&o.app, get(&format!("/dossiers/{}/declarabele-uren.csv", o.dossier), Some(&hr))).await;
    assert_eq!(csv.koppen[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    assert!(csv.tekst.contains("142,50") && csv.tekst.lines().count() == 2, "{}", csv.tekst);
    // The traject's own deadlines are in the werkvoorraad: no progress report since the commission.
    let werkvoorraad = vraag(&o.app, get("/werkvoorraad?status=te_laat", Some(&hr))).await.tekst;
    assert!(werkvoorraad.contains("traject: voortgangsrapportage"), "{werkvoorraad}");
    let alles = vraag(&o.app, get("/werkvoorraad", Some(&hr))).await.tekst;
    assert!(alles.contains("Spoor 2-traject: Fase plaatsing · Activiteiten per week"), "{alles}");
}

async fn the_coach_sees_suitable_work_explained_and_decides_with_reasons(o: Opzet) {
    let pad = format!("/dossiers/{}/passend-werk", o.dossier);
    let coach = log_in(&o.app, "coach@test.nl").await;
    assert!(vraag(&o.app, get(&pad, Some(&coach))).await.tekst.contains("Nog geen belastbaarheid vastgelegd"));
    // May lift 2 kg and stand less than 30 minutes a day.
    let arts = log_in(&o.app, "arts@test.nl").await;
    let fml = "datum=2026-03-02&geen=&n%3A4.13=3&n%3A4.14=3&n%3A5.4=3&prognose=blijvend";
    let r = vraag(&o.app, post(&format!("/dossiers/{}/belastbaarheid", o.dossier), fml, Some(&arts))).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.tekst);

    let pagina = vraag(&o.app, get(&pad, Some(&coach))).await.tekst;
    let (passend, ongeschikt) = pagina.split_once("<h2>Ongeschikt").expect("both lists");
    assert!(ongeschikt.contains("Orderpicker: ") && ongeschikt.contains("grens is 2 kg"), "{ongeschikt}");
    assert!(passend.contains("geschikt") && !passend.contains("Orderpicker"), "{passend}");
    assert!(!pagina.contains("MEDISCH-GEHEIM"));
    let id = passend.split("name=\"referentie\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let zonder_reden = format!("referentie={id}&naam=Beroep&besluit=afgewezen&toelichting=");
    assert!(
        vraag(&o.app, post(&pad, &zonder_reden, Some(&coach))).await.tekst.contains("geef de reden van de afwijzing")
    );
    let met_reden = format!("referentie={id}&naam=Beroep&besluit=afgewezen&toelichting=reistijd+te+lang");
    assert_eq!(vraag(&o.app, post(&pad, &met_reden, Some(&coach))).await.status, StatusCode::SEE_OTHER);
    let hr = log_in(&o.app, "hr@test.nl").await;
    let werkgever = vraag(&o.app, get(&pad, Some(&hr))).await.tekst;
    assert!(
        werkgever.contains("afgewezen door coach@test.nl") && werkgever.contains("reistijd te lang"),
        "{werkgever}"
    );
    assert!(!werkgever.contains("name=\"besluit\""), "only the coach decides");
    assert_eq!(vraag(&o.app, post(&pad, &met_reden, Some(&hr))).await.status, StatusCode::FORBIDDEN);
}

async fn reminders_arrive_as_notifications_by_mail_with_retry_and_in_the_calendar(o: Opzet) {
    use icalendar::Component;
    use web::herinneringen::{self, Instellingen, Smtp, TlsModus};

    let sink = test_support::smtp::SmtpSink::start();
    let inst = Instellingen {
        smtp: Some(Smtp {
            host: "127.0.0.1".into(),
            poort: sink.adres.port(),
            tls: TlsModus::Geen,
            gebruiker: None,
            wachtwoord: None,
            afzender: "spoor2 <noreply@bureau.example>".into(),
        }),
        basis_url: Some("https://spoor2.bureau.example".into()),
        terugval: std::time::Duration::from_millis(700),
        ..Instellingen::default()
    };
    // The employer wants every reminder at once, the bedrijfsarts no e-mail; the rest a daily digest.
    let hr = log_in(&o.app, "hr@test.nl").await;
    let r = vraag(&o.app, post("/instellingen/herinneringen", "email=direct", Some(&hr))).await;
    assert_eq!(r.locatie.as_deref(), Some("/instellingen?vastgelegd=1"));
    let arts = log_in(&o.app, "arts@test.nl").await;
    vraag(&o.app, post("/instellingen/herinneringen", "email=uit", Some(&arts))).await;
    assert!(vraag(&o.app, get("/instellingen", Some(&arts))).await.tekst.contains("value=\"uit\" checked"));
    assert_eq!(
        vraag(&o.app, post("/instellingen/herinneringen", "email=wekelijks", Some(&arts))).await.status,
        StatusCode::BAD_REQUEST
    );

    let nu = jiff::Timestamp::now().to_zoned(web::nederland());
    let ronde = herinneringen::plan(&o.store, &inst, &nu, true).unwrap();
    assert!(ronde.meldingen > 0 && ronde.mails > 0, "{ronde:?}");
    // A second round (or a second server) adds nothing.
    assert_eq!(herinneringen::plan(&o.store, &inst, &nu, true).unwrap(), herinneringen::Ronde::default());

    // The mail server is down: every job waits, with backoff, and nothing is lost.
    sink.weiger(true);
    let eerst = herinneringen::verstuur(&o.store, &inst, "werker-1").unwrap();
    assert_eq!((eerst.verstuurd, eerst.mislukt), (0, ronde.mails), "{eerst:?}");
    assert!(o.store.taken().unwrap().iter().all(|t| t.status == "wachtend" && t.pogingen == 1));
    sink.weiger(false);
    assert_eq!(herinneringen::verstuur(&o.store, &inst, "werker-1").unwrap().verstuurd, 0, "not before the backoff");
    std::thread::sleep(std::time::Duration::from_millis(800));
    let daarna = herinneringen::verstuur(&o.store, &inst, "werker-2").unwrap();
    assert_eq!(daarna.verstuurd, ronde.mails, "{daarna:?}");
    assert!(o.store.taken().unwrap().iter().all(|t| t.status == "klaar"));

    let berichten = sink.wacht_op(ronde.mails, std::time::Duration::from_secs(5));
    assert_eq!(berichten.len(), ronde.mails);
    let aan = |email: &str| berichten.iter().filter(|b| b.aan == [email.to_string()]).collect::<Vec<_>>();
    let coach = aan("coach@test.nl");
    assert_eq!(coach.len(), 1, "one digest for the coach");
    let digest = coach[0].tekst();
    assert!(coach[0].kop("Subject").unwrap().starts_with("spoor2: "), "{digest}");
    assert!(digest.contains("Plan van aanpak (te laat), dossier ") && digest.contains("text/html"), "{digest}");
    assert!(digest.contains(&format!("https://spoor2.bureau.example/dossiers/{}", o.dossier)));
    assert!(aan("hr@test.nl").len() > 1, "the employer gets each reminder on its own");
    assert!(aan("arts@test.nl").is_empty(), "the bedrijfsarts chose no e-mail");
    assert!(aan("coach2@test.nl").is_empty() && aan("beheer@test.nl").is_empty(), "no dossiers, no mail");
    for b in &berichten {
        let t = b.tekst();
        assert_eq!(b.van, "noreply@bureau.example");
        for verboden in ["Sanne", "de Vries", "MEDISCH-GEHEIM", "111222333", "Bakker"] {
            assert!(!t.contains(verboden), "a message holds {verboden}: {t}");
        }
    }

    // In the application: the notifications, with the employee's name behind login, marked as read.
    let coach = log_in(&o.app, "coach@test.nl").await;
    let pagina = vraag(&o.app, get("/meldingen", Some(&coach))).await;
    assert!(pagina.tekst.contains("Sanne de Vries") && pagina.tekst.contains("Plan van aanpak"), "{}", pagina.tekst);
    assert!(pagina.tekst.contains("(nieuw)") && pagina.tekst.contains(" ongelezen"));
    assert!(pagina.tekst.contains("hx-get=\"/meldingen/aantal\""));
    let kop = vraag(&o.app, get("/meldingen/aantal", Some(&coach))).await.tekst;
    assert!(kop.starts_with("Meldingen (") && kop.ends_with(')'), "{kop}");
    assert!(
        vraag(&o.app, get("/meldingen", Some(&koekje_van(&o, "coach2").await))).await.tekst.contains("Geen meldingen")
    );
    vraag(&o.app, post("/meldingen/gelezen", "", Some(&coach))).await;
    assert!(vraag(&o.app, get("/meldingen", Some(&coach))).await.tekst.contains("0 ongelezen"));
    assert_eq!(vraag(&o.app, get("/meldingen/aantal", Some(&coach))).await.tekst, "Meldingen");

    // The calendar: a secret address, shown once, read without a session, parsed back.
    let pagina = vraag(&o.app, post("/instellingen/agenda", "", Some(&coach))).await.tekst;
    let adres = pagina.split("<code id=\"agenda-adres\">").nth(1).unwrap().split('<').next().unwrap().to_string();
    assert!(adres.starts_with("http://") && adres.ends_with(".ics"), "{adres}");
    let pad = format!("/agenda/{}", adres.split("/agenda/").nth(1).unwrap());
    let feed = vraag(&o.app, get(&pad, None)).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed.koppen[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/calendar"));
    let kalender: icalendar::Calendar = feed.tekst.parse().expect("a valid iCalendar");
    let events: Vec<_> = kalender.components.iter().filter_map(|c| c.as_event()).collect();
    assert!(events.len() >= 8, "every milestone of the dossier: {}", events.len());
    let plan = events.iter().find(|e| e.get_summary().is_some_and(|s| s.starts_with("Plan van aanpak"))).unwrap();
    assert!(plan.get_uid().unwrap().starts_with(&format!("{}-plan_van_aanpak-", o.dossier)));
    assert!(matches!(plan.get_start(), Some(icalendar::DatePerhapsTime::Date(_))), "all day");
    let uids: std::collections::BTreeSet<_> = events.iter().map(|e| e.get_uid().unwrap().to_string()).collect();
    assert_eq!(uids.len(), events.len(), "unique ids");
    assert!(!feed.tekst.contains("Sanne") && !feed.tekst.contains("MEDISCH-GEHEIM"));
    let opnieuw: icalendar::Calendar = vraag(&o.app, get(&pad, None)).await.tekst.parse().unwrap();
    let zelfde: std::collections::BTreeSet<_> =
        opnieuw.components.iter().filter_map(|c| c.as_event()).map(|e| e.get_uid().unwrap().to_string()).collect();
    assert_eq!(zelfde, uids, "stable ids");
    // Revoked: not found.
    vraag(&o.app, post("/instellingen/agenda/intrekken", "", Some(&coach))).await;
    assert_eq!(vraag(&o.app, get(&pad, None)).await.status, StatusCode::NOT_FOUND);
}

async fn koekje_van(o: &Opzet, naam: &str) -> String {
    log_in(&o.app, &format!("{naam}@test.nl")).await
}

/// Vacancies for the order picker's opposite: an office job and a warehouse job, and a row that cannot be read.
const VACATURES: &str = concat!(
    r#"{"@type": "JobPosting", "identifier": "K-1", "title": "Administratief medewerker", "hiringOrganization": {"name": "Gemeente Utrecht"}, "jobLocation": {"address": {"postalCode": "3511", "addressLocality": "Utrecht"}}, "workHours": "24 uur", "skills": ["Excel", "archief"], "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR", "value": {"@type": "QuantitativeValue", "value": 1800, "unitText": "MONTH"}}}"#,
    "\n",
    r#"{"@type": "JobPosting", "identifier": "M-1", "title": "Orderpicker", "hiringOrganization": {"name": "Distributiecentrum Oost"}, "jobLocation": {"address": {"postalCode": "3531"}}, "workHours": "32-40 uur"}"#,
    "\n",
    "geen json\n",
);

async fn the_coach_matches_imported_vacancies_applies_and_shares_only_with_consent(o: Opzet) {
    let coach = log_in(&o.app, "coach@test.nl").await;
    let import = vraag(&o.app, upload("/vacatures", &coach, &[], VACATURES.as_bytes(), "vacatures.jsonl")).await;
    assert_eq!(import.status, StatusCode::OK, "{}", import.tekst);
    assert!(import.tekst.contains("Geïmporteerd: 2 nieuw, 0 bijgewerkt, 0 verwijderd"), "{}", import.tekst);
    assert!(import.tekst.contains("Regel 3: geen geldige JSON"), "the bad row with its line: {}", import.tekst);
    let leeg = vraag(&o.app, upload("/vacatures", &coach, &[], b"geen json", "v.jsonl")).await;
    assert!(leeg.tekst.contains("niets geïmporteerd") && leeg.tekst.contains("2 vacatures"), "{}", leeg.tekst);

    // May lift 2 kg and stand less than 30 minutes a day; a traject in execution.
    let arts = log_in(&o.app, "arts@test.nl").await;
    let fml = "datum=2026-03-02&geen=&n%3A4.13=3&n%3A4.14=3&n%3A5.4=3&prognose=blijvend";
    vraag(&o.app, post(&format!("/dossiers/{}/belastbaarheid", o.dossier), fml, Some(&arts))).await;
    let stap = |naam: &str| format!("/dossiers/{}/traject/{naam}", o.dossier);
    let ad = log_in(&o.app, "ad@test.nl").await;
    vraag(&o.app, post(&stap("advies"), "datum=2026-03-02&conclusie=Spoor+2&zoekrichtingen=administratie", Some(&ad)))
        .await;
    let hr = log_in(&o.app, "hr@test.nl").await;
    let opdracht = "datum=2026-03-09&uitvoerder=bureau&start=2026-03-16&duur_weken=26&budget=2.500%2C00&interval=6";
    vraag(&o.app, post(&stap("opdracht"), opdracht, Some(&hr))).await;
    let intake = "datum=2026-03-20&werkervaring=bakker&opleidingsniveau=mbo2&vaardigheden=nauwkeurig%2C+Excel&wensen=administratie&mogelijkheden=administratie&belemmeringen=geen&zoekprofiel=Administratief+medewerker";
    // The old wage: a Dutch message for what is not an amount or not a sane one.
    let fout = vraag(&o.app, post(&stap("intake"), &format!("{intake}&oud_loon=veel"), Some(&coach))).await.tekst;
    assert!(fout.contains("oude loon per maand: &#39;veel&#39; is geen bedrag"), "{fout}");
    let fout = vraag(&o.app, post(&stap("intake"), &format!("{intake}&oud_loon=250.000"), Some(&coach))).await.tekst;
    assert!(fout.contains("het oude loon per maand ligt tussen € 1 en € 100000"), "{fout}");
    let intake = format!("{intake}&oud_loon=2.800%2C00");
    assert_eq!(vraag(&o.app, post(&stap("intake"), &intake, Some(&coach))).await.status, StatusCode::SEE_OTHER);
    let traject = vraag(&o.app, get(&format!("/dossiers/{}/traject", o.dossier), Some(&coach))).await.tekst;
    assert!(traject.contains("Oude loon per maand (euro)</dt><dd>2800,00"), "{traject}");

    let pad = format!("/dossiers/{}/passend-werk", o.dossier);
    let pagina = vraag(&o.app, get(&pad, Some(&coach))).await.tekst;
    let (_, vacatures) = pagina.split_once("id=\"kop-vacatures\"").expect("a vacancies section");
    assert!(vacatures.contains("Van de 2 vacatures zijn er 1 geschikt"), "{vacatures}");
    assert!(vacatures.contains("Administratief medewerker</strong> · Gemeente Utrecht · Utrecht"), "{vacatures}");
    // Skills and wage in the breakdown, the 65% marked.
    assert!(vacatures.contains("<span class=\"waarschuwing\">loon onder 65% van het oude loon</span>"), "{vacatures}");
    assert!(
        vacatures.contains("loon: € 1.800 per maand is 64,2% van het oude loon (€ 2.800); onder de grens van 65%"),
        "{vacatures}"
    );
    assert!(
        vacatures
            .contains("vaardigheden: 1 van 3 vaardigheden of ervaringen: &#39;Excel&#39; past bij &#39;excel&#39;"),
        "{vacatures}"
    );
    assert!(!vacatures.contains("Distributiecentrum Oost"), "the warehouse job is not suitable");
    assert!(vacatures.contains("postcodetabel is nog niet geïmporteerd"), "distances unknown, said: {vacatures}");
    assert!(vacatures.contains("(nog) geen toestemming") && !vacatures.contains("/passend-werk/delen"));
    assert_eq!(vraag(&o.app, get(&format!("{pad}?reisafstand=0"), Some(&coach))).await.status.as_u16() / 100, 4);

    // Sharing is refused without the employee's consent, also when posted directly.
    let geweigerd = vraag(&o.app, post(&format!("{pad}/delen"), "referentie=K-1", Some(&coach))).await.tekst;
    assert!(geweigerd.contains("geen toestemming gegeven om het profiel"), "{geweigerd}");
    let sanne = log_in(&o.app, "sanne@test.nl").await;
    let toestemming = format!("dossier_id={}&gegeven=ja", o.dossier);
    assert_eq!(
        vraag(&o.app, post("/mijn/toestemming", &toestemming, Some(&sanne))).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(vraag(&o.app, get("/mijn", Some(&sanne))).await.tekst.contains("U hebt toestemming gegeven."));
    let profiel = vraag(&o.app, post(&format!("{pad}/delen"), "referentie=K-1", Some(&coach))).await;
    assert_eq!(profiel.status, StatusCode::OK);
    assert!(
        profiel.tekst.contains("Kandidaatprofiel") && profiel.tekst.contains("minder dan 30 minuten"),
        "{}",
        profiel.tekst
    );
    assert!(!profiel.tekst.contains("Sanne") && !profiel.tekst.contains("MEDISCH-GEHEIM"), "anonymous, functional");
    let portaal = vraag(&o.app, get("/mijn", Some(&sanne))).await.tekst;
    assert!(portaal.contains("Administratief medewerker bij Gemeente Utrecht"), "the employee sees the share");

    // The vacancy becomes an open application in the traject.
    let sollicitatie = vraag(&o.app, post(&format!("{pad}/solliciteren"), "referentie=K-1", Some(&coach))).await;
    assert_eq!(sollicitatie.status, StatusCode::SEE_OTHER);
    let traject = vraag(&o.app, get(&format!("/dossiers/{}/traject", o.dossier), Some(&coach))).await.tekst;
    assert!(traject.contains("Administratief medewerker (K-1)") && traject.contains("Gemeente Utrecht"), "{traject}");
    let weg = vraag(&o.app, post(&format!("{pad}/solliciteren"), "referentie=X-9", Some(&coach))).await.tekst;
    assert!(weg.contains("staat niet (meer) in de vacatures"), "{weg}");
    assert_eq!(
        vraag(&o.app, post(&format!("{pad}/solliciteren"), "referentie=K-1", Some(&hr))).await.status,
        StatusCode::FORBIDDEN
    );
}

async fn figures_are_shown_per_scope_and_not_to_an_employer_for_fewer_than_five(o: Opzet) {
    // One sick employee: the coach and the beheerder see the figures, the employer does not.
    let coach = log_in(&o.app, "coach@test.nl").await;
    let pagina = vraag(&o.app, get("/inzicht", Some(&coach))).await;
    assert_eq!(pagina.status, StatusCode::OK);
    assert!(pagina.tekst.contains("<th scope=\"row\">Dossiers</th><td>1</td>"), "{}", pagina.tekst);
    assert!(pagina.tekst.contains("role=\"img\" aria-label=\"Trajecten per fase\""), "an SVG chart");
    let beheer = log_in(&o.app, "beheer@test.nl").await;
    let organisatie = vraag(&o.app, get("/inzicht", Some(&beheer))).await.tekst;
    assert!(organisatie.contains("<th scope=\"row\">Dossiers</th><td>1</td>"), "{organisatie}");
    assert!(!organisatie.contains("Sanne"), "figures, no names");
    let hr = log_in(&o.app, "hr@test.nl").await;
    let werkgever = vraag(&o.app, get("/inzicht", Some(&hr))).await.tekst;
    assert!(werkgever.contains("minder dan vijf") && !werkgever.contains("scope=\"row\""), "{werkgever}");
    let fout = vraag(&o.app, get("/inzicht?van=gisteren", Some(&coach))).await;
    assert!(fout.status.is_client_error() && fout.tekst.contains("jjjj-mm-dd"), "{}", fout.tekst);
    let leeg = vraag(&o.app, get("/inzicht?van=2030-01-01", Some(&coach))).await.tekst;
    assert!(leeg.contains("Spoor 2-trajecten (begonnen in de periode)</th><td>0</td>"), "{leeg}");
}

async fn exports_open_in_a_dutch_spreadsheet_and_are_logged(o: Opzet) {
    let hr = log_in(&o.app, "hr@test.nl").await;
    let csv = vraag(&o.app, get("/export/werkvoorraad.csv", Some(&hr))).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.koppen[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    assert!(csv.koppen[header::CONTENT_DISPOSITION].to_str().unwrap().contains("werkvoorraad-"));
    assert!(csv.tekst.starts_with("\u{feff}Datum;Werknemer;Werkgever;Coach;Wat;Status\n"), "{}", csv.tekst);
    assert!(csv.tekst.contains(";Sanne ") && csv.tekst.contains(";Bakkerij De Korf;"), "{}", csv.tekst);
    let xlsx = vraag(&o.app, get("/export/trajecten.xlsx", Some(&hr))).await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert!(xlsx.koppen[header::CONTENT_TYPE].to_str().unwrap().contains("spreadsheetml"));
    assert!(xlsx.tekst.starts_with("PK"), "an XLSX workbook is a zip archive");
    for onbekend in ["/export/medisch.csv", "/export/uren.pdf", "/export/uren"] {
        assert_eq!(vraag(&o.app, get(onbekend, Some(&hr))).await.status, StatusCode::NOT_FOUND, "{onbekend}");
    }
    let sanne = log_in(&o.app, "sanne@test.nl").await;
    assert_eq!(vraag(&o.app, get("/export/uren.csv", Some(&sanne))).await.status, StatusCode::FORBIDDEN);
    #[derive(diesel::QueryableByName)]
    struct Aantal {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut c = o.store.ruwe_verbinding().unwrap();
    let telling = "SELECT COUNT(*) AS n FROM logboek WHERE entiteit = 'export'";
    let a: Aantal = diesel::RunQueryDsl::get_result(diesel::sql_query(telling), &mut *c).unwrap();
    assert_eq!(a.n, 2, "both exports are in the log");
}

/// What an attacker types into any field: SQL, HTML, typst markup, a spreadsheet formula, a path out
/// of the data directory, a NUL byte, and text direction controls.
const INJECTIES: [&str; 7] = [
    "' OR '1'='1'; DROP TABLE dossiers; --",
    SCRIPT,
    "#read(\"/etc/passwd\") #import \"@preview/x:0.1.0\": * ]\u{0}[",
    "=HYPERLINK(\"https://kwaadaardig.example\";\"klik\")",
    "../../../../etc/passwd",
    "a\u{0}b",
    "\u{202e}gpj.exe\u{feff}😀",
];

/// The HTML of the injections: it may be stored, but every page shows it escaped.
const SCRIPT: &str = "<script>alert('spoor2')</script>";

/// Values of the wrong type for a field of any type.
const VERKEERDE_TYPEN: [&str; 5] = ["", "abc", "-1", "99999999999999999999999999", "2026-02-30"];

/// Path segments that are no id (already percent-encoded), and a very long one.
fn vreemde_ids() -> Vec<String> {
    ["..%2F..%2Fetc%2Fpasswd", "%FF%FE", "%00", "'%20OR%201%3D1--", "%3Cscript%3E"]
        .into_iter()
        .map(String::from)
        .chain([("9".repeat(5000))])
        .collect()
}

fn codeer(waarde: &[u8]) -> String {
    form_urlencoded::byte_serialize(waarde).collect()
}

/// A request with any body and content type.
fn verzoek(
    methode: &str,
    pad: &str,
    soort: Option<&str>,
    body: impl Into<Body>,
    cookie: Option<&str>,
) -> Request<Body> {
    let mut r = Request::builder().method(methode).uri(pad);
    if let Some(s) = soort {
        r = r.header(header::CONTENT_TYPE, s);
    }
    if let Some(c) = cookie {
        r = r.header(header::COOKIE, c);
    }
    r.body(body.into()).unwrap()
}

/// The answer to hostile input: never a server error; a refusal is a Dutch page with its message
/// (the error page, or the form again), never axum's English plain text; HTML shows no script.
fn beoordeel(a: &Antwoord, wat: &str, fouten: &mut Vec<String>) {
    let html = a.koppen.get(header::CONTENT_TYPE).is_some_and(|t| t.to_str().unwrap().starts_with("text/html"));
    if a.status.is_server_error() {
        fouten.push(format!("{wat}: {}", a.status));
    } else if a.status.is_client_error()
        && !(html && a.tekst.contains("<html lang=\"nl\">") && a.tekst.contains("class=\"fout\""))
    {
        fouten.push(format!("{wat}: {} without a Dutch message: {:.300}", a.status, a.tekst));
    }
    if html && a.tekst.contains(SCRIPT) {
        fouten.push(format!("{wat}: the script is on the page unescaped"));
    }
    if a.tekst.contains("root:x:0:0") {
        fouten.push(format!("{wat}: a file of the server in the answer"));
    }
}

/// The pairs of a form of `ROUTES`.
fn velden(formulier: &str) -> Vec<(String, String)> {
    formulier.split('&').filter_map(|p| p.split_once('=')).map(|(v, w)| (v.to_string(), w.to_string())).collect()
}

/// The hostile requests for one route as one role: paths with ids that are not ids, and for a GET a
/// query full of injections; for a form post a broken, empty, foreign, duplicated, mistyped and too
/// large body, and the form with each field an injection or a wrong type; for an upload a broken
/// multipart body, and hostile files, file names and fields. `volledig` adds the field-by-field
/// variants, for a role that gets past the policy (where input is actually read).
fn vijandige_verzoeken(
    methode: &str,
    pad: &str,
    echt: &str,
    formulier: &str,
    koekje: Option<&str>,
    volledig: bool,
) -> Vec<(String, Request<Body>)> {
    let mut uit = Vec::new();
    let formtype = Some("application/x-www-form-urlencoded");
    let soort = if methode == "GET" { None } else { formtype };
    if pad.contains("{id}") {
        for id in vreemde_ids() {
            let p = pad.replace("{id}", &id).replace("{stap}", "advies").replace("{bestand}", "trajecten.csv");
            uit.push((format!("id {:.20}", id), verzoek(methode, &p, soort, formulier.to_string(), koekje)));
        }
    }
    if methode == "GET" {
        let parameters = ["van", "tot", "status", "coach", "werkgever", "reisafstand", "vastgelegd", "ingetrokken"];
        let waarden = INJECTIES.iter().chain(&VERKEERDE_TYPEN).map(|w| codeer(w.as_bytes()));
        for w in waarden.chain(["%FF%FE".to_string(), "%".to_string()]) {
            let vraag: Vec<String> = parameters.iter().map(|p| format!("{p}={w}")).collect();
            uit.push((format!("query {w:.20}"), get(&format!("{echt}?{}", vraag.join("&")), koekje)));
        }
        return uit;
    }
    match formulier {
        "multipart" | "logo" | "vacatures" => {
            let soort = Some("multipart/form-data");
            uit.push(("multipart without boundary".into(), verzoek(methode, echt, soort, "x", koekje)));
            let kapot = Some("multipart/form-data; boundary=spoor2grens");
            uit.push(("broken multipart".into(), verzoek(methode, echt, kapot, "--spoor2grens\r\nonzin", koekje)));
            uit.push(("a form instead".into(), verzoek(methode, echt, formtype, "bestand=x", koekje)));
            if volledig {
                let cookie = koekje.unwrap_or("");
                for inj in INJECTIES {
                    let (bestand, naam): (&[u8], &str) = match formulier {
                        "multipart" => (b"%PDF-1.7 x", inj),
                        "logo" => (&PNG[..8], "logo.png"),
                        _ => (inj.as_bytes(), "v.csv"),
                    };
                    let velden = [("soort", inj), ("titel", inj), ("kolommen", inj), ("terug", inj)];
                    uit.push((format!("fields {inj:.20}"), upload(echt, cookie, &velden, bestand, naam)));
                    uit.push((format!("file {inj:.20}"), upload(echt, cookie, PA, inj.as_bytes(), inj)));
                }
            }
        }
        _ => {
            let mut bodies: Vec<(String, Option<&str>, Vec<u8>)> = vec![
                ("broken encoding".into(), formtype, b"%%%&&==&%ZZ%".to_vec()),
                ("invalid UTF-8".into(), formtype, b"%FF%FE=%00&\xff\xfe=\xc3\x28".to_vec()),
                ("empty".into(), formtype, Vec::new()),
                ("unknown and duplicate fields".into(), formtype, {
                    format!("{formulier}&onbekend=1&__proto__%5Bx%5D=y&{formulier}").into_bytes()
                }),
                ("JSON".into(), Some("application/json"), b"{\"tekst\": [1, {\"a\": null}]}".to_vec()),
                ("text/plain".into(), Some("text/plain"), formulier.as_bytes().to_vec()),
                ("no content type".into(), None, formulier.as_bytes().to_vec()),
                ("too large".into(), formtype, format!("tekst={}", "a".repeat(70 * 1024)).into_bytes()),
            ];
            if volledig {
                let paren = velden(formulier);
                for (i, (veld, _)) in paren.iter().enumerate() {
                    for w in INJECTIES.iter().chain(&VERKEERDE_TYPEN) {
                        let mut p = paren.clone();
                        p[i].1 = codeer(w.as_bytes());
                        let body = p.iter().map(|(v, w)| format!("{v}={w}")).collect::<Vec<_>>().join("&");
                        bodies.push((format!("{veld}={w:.20}"), formtype, body.into_bytes()));
                    }
                }
            }
            for (wat, soort, body) in bodies {
                uit.push((wat, verzoek(methode, echt, soort, body, koekje)));
            }
        }
    }
    uit
}

/// Sends the hostile requests for one row of `ROUTES` as every role; returns how many.
async fn bestook(
    o: &Opzet,
    m: &Matrix,
    (methode, pad, formulier, verwacht): (&str, &str, &str, &str),
    fouten: &mut Vec<String>,
) -> usize {
    let mut aantal = 0;
    for ((rol, koekje), verwacht) in ROLLEN.iter().zip(&m.koekjes).zip(verwacht.chars()) {
        let (echt, formulier) = (m.pad(o, pad), m.formulier(o, formulier, rol));
        for (wat, v) in vijandige_verzoeken(methode, pad, &echt, &formulier, koekje.as_deref(), verwacht == 'O') {
            beoordeel(&vraag(&o.app, v).await, &format!("{methode} {pad} as {rol}, {wat}"), fouten);
            aantal += 1;
        }
    }
    aantal
}

async fn hostile_input_gets_no_server_error_and_a_dutch_refusal_on_every_route(o: Opzet) {
    let m = matrix(&o).await;
    let mut fouten = Vec::new();
    let mut aantal = 0;
    // Logging out last, after the pages are read again below.
    let (uitloggen, routes): (Vec<_>, Vec<_>) = ROUTES.into_iter().partition(|(_, pad, ..)| *pad == "/uitloggen");
    for route in routes {
        aantal += bestook(&o, &m, route, &mut fouten).await;
    }

    // Random forms, with the route's own field names and any others, as the roles that may post.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for (methode, pad, formulier, verwacht) in ROUTES {
        let namen: Vec<String> = velden(formulier).into_iter().map(|(v, _)| v).collect();
        if methode != "POST" || namen.is_empty() || pad == "/uitloggen" {
            continue;
        }
        let naam = prop_oneof![proptest::sample::select(namen), "\\PC{0,8}"];
        let strategie = proptest::collection::vec((naam, any::<Vec<u8>>()), 0..6);
        for ((rol, koekje), _) in ROLLEN.iter().zip(&m.koekjes).zip(verwacht.chars()).filter(|(_, v)| *v == 'O') {
            for _ in 0..16 {
                let paren = strategie.new_tree(&mut runner).unwrap().current();
                let body: Vec<String> =
                    paren.iter().map(|(n, w)| format!("{}={}", codeer(n.as_bytes()), codeer(w))).collect();
                let v = post(&m.pad(&o, pad), &body.join("&"), koekje.as_deref());
                beoordeel(&vraag(&o.app, v).await, &format!("POST {pad} as {rol}, {body:?}"), &mut fouten);
            }
        }
    }

    // What was accepted is shown escaped on every page, to every role.
    let mut ontsnapt = false;
    for (methode, pad, _, _) in ROUTES.iter().filter(|(m, ..)| *m == "GET") {
        for (rol, koekje) in ROLLEN.iter().zip(&m.koekjes) {
            let a = vraag(&o.app, get(&m.pad(&o, pad), koekje.as_deref())).await;
            beoordeel(&a, &format!("{methode} {pad} as {rol} afterwards"), &mut fouten);
            // askama writes `<` and `>` as numeric character references.
            ontsnapt |= a.tekst.contains("&#60;script&#62;alert(");
        }
    }
    for route in uitloggen {
        aantal += bestook(&o, &m, route, &mut fouten).await;
    }
    assert!(aantal > 5000, "{aantal} requests");
    assert!(fouten.is_empty(), "{} of {aantal}:\n{}", fouten.len(), fouten.join("\n"));
    assert!(ontsnapt, "an accepted injection is shown, escaped");
}

async fn a_cross_site_post_is_refused_on_every_post_route(o: Opzet) {
    let m = matrix(&o).await;
    let mut geweigerd = 0;
    for (methode, pad, formulier, _) in ROUTES.iter().filter(|(m, ..)| *m == "POST") {
        for (rol, koekje) in ROLLEN.iter().zip(&m.koekjes) {
            let mut v = post(&m.pad(&o, pad), &m.formulier(&o, formulier, rol), koekje.as_deref());
            v.headers_mut().insert(header::ORIGIN, "https://kwaadaardig.example".parse().unwrap());
            v.headers_mut().insert("sec-fetch-site", "cross-site".parse().unwrap());
            let a = vraag(&o.app, v).await;
            assert_eq!(a.status, StatusCode::FORBIDDEN, "{methode} {pad} as {rol}");
            assert!(a.tekst.contains("komt van een andere website"), "{methode} {pad} as {rol}: {}", a.tekst);
            assert!(a.cookie.is_none(), "{methode} {pad} as {rol}: no session");
            geweigerd += 1;
        }
    }
    assert!(geweigerd > 250, "{geweigerd}");
    // Nothing happened: the sessions still work (no logout went through), no account was made.
    let hr = m.koekjes[2].as_deref();
    assert_eq!(vraag(&o.app, get("/werkvoorraad", hr)).await.status, StatusCode::OK);
    let beheer = vraag(&o.app, get("/beheer", m.koekjes[7].as_deref())).await.tekst;
    assert!(!beheer.contains("nieuw-beheerder@test.nl"), "no account made cross-site");
    // The same post from the application's own pages goes through.
    let mut eigen = post("/instellingen/herinneringen", "email=uit", hr);
    eigen.headers_mut().insert("sec-fetch-site", "same-origin".parse().unwrap());
    assert_eq!(vraag(&o.app, eigen).await.status, StatusCode::SEE_OTHER);
}

async fn a_session_id_from_before_the_login_opens_nothing_after_it(o: Opzet) {
    let inloggen = format!("email=coach@test.nl&wachtwoord={WACHTWOORD}");
    // An id the attacker made up is not taken over.
    let verzonnen = "spoor2_sessie=AAAAAAAAAAAAAAAAAAAAAA";
    let stap1 = vraag(&o.app, post("/inloggen", &inloggen, Some(verzonnen))).await;
    let halfweg = stap1.cookie.expect("a session of its own");
    assert_ne!(halfweg, verzonnen);
    // An id from before the second factor (planted in the victim's browser, or seen) is replaced at
    // login and no longer opens anything.
    let stap2 = vraag(&o.app, post("/tweestap", &format!("code={}", code("coach@test.nl")), Some(&halfweg))).await;
    let ingelogd = stap2.cookie.expect("a new id at login");
    assert_ne!(ingelogd, halfweg);
    let oud = vraag(&o.app, get("/werkvoorraad", Some(&halfweg))).await;
    assert_eq!(oud.locatie.as_deref(), Some("/inloggen"), "the old id is worthless");
    assert_eq!(vraag(&o.app, get("/werkvoorraad", Some(&ingelogd))).await.status, StatusCode::OK);
    // After logout the id opens nothing either.
    vraag(&o.app, post("/uitloggen", "", Some(&ingelogd))).await;
    assert_eq!(vraag(&o.app, get("/werkvoorraad", Some(&ingelogd))).await.locatie.as_deref(), Some("/inloggen"));
}

async fn poging(app: &Router, email: &str, wachtwoord: &str) -> Antwoord {
    vraag(app, post("/inloggen", &format!("email={email}&wachtwoord={wachtwoord}"), None)).await
}

/// The application as seen from another address.
fn vanaf(o: &Opzet, adres: [u8; 4]) -> Router {
    web::app(o.store.clone(), false).layer(MockConnectInfo(SocketAddr::from((adres, 40000))))
}

async fn guessing_passwords_and_codes_is_throttled_per_account_and_per_address(o: Opzet) {
    let geblokkeerd = "probeer het over 15 minuten opnieuw";
    // Five wrong passwords for one account: blocked, also with the right password from elsewhere.
    for _ in 0..4 {
        let a = poging(&o.app, "hr@test.nl", "fout-wachtwoord").await;
        assert!(a.tekst.contains("e-mailadres of wachtwoord onjuist"), "{}", a.tekst);
    }
    assert!(poging(&o.app, "hr@test.nl", "fout-wachtwoord").await.tekst.contains(geblokkeerd));
    let elders = vanaf(&o, [10, 0, 0, 7]);
    let a = poging(&elders, "hr@test.nl", WACHTWOORD).await;
    assert!(a.tekst.contains(geblokkeerd) && a.locatie.is_none(), "{}", a.tekst);

    // Wrong second-factor codes count as well.
    let stap1 = poging(&elders, "coach@test.nl", WACHTWOORD).await;
    let halfweg = stap1.cookie.unwrap();
    let goed = code("coach@test.nl");
    let fout = if goed == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        vraag(&elders, post("/tweestap", &format!("code={fout}"), Some(&halfweg))).await;
    }
    let a = vraag(&elders, post("/tweestap", &format!("code={goed}"), Some(&halfweg))).await;
    assert!(a.tekst.contains(geblokkeerd) && a.cookie.is_none(), "{}", a.tekst);

    // One address trying many accounts is blocked for every account; another address is not.
    let gokker = vanaf(&o, [10, 0, 0, 9]);
    for i in 0..20 {
        poging(&gokker, &format!("gok{i}@test.nl"), "fout-wachtwoord").await;
    }
    assert!(poging(&gokker, "arts@test.nl", WACHTWOORD).await.tekst.contains(geblokkeerd));
    assert_eq!(
        poging(&vanaf(&o, [10, 0, 0, 10]), "arts@test.nl", WACHTWOORD).await.locatie.as_deref(),
        Some("/tweestap")
    );
}
/// An employee recovered in 2020 whose traject the employer closed: past its term. The beheerder sees it
/// listed in advance (ids and dates, no name, nothing medical) and sets the terms; after the run the
/// figures of Inzicht are what they were.
async fn the_beheerder_sees_what_expires_and_the_figures_stay_after_the_run(o: Opzet) {
    use domain::traject::{Afsluitreden, Fase};
    let org = o.store.organisaties().unwrap()[0].0.clone();
    let s = Actor { id: "systeem:test", organisatie_id: &org };
    let gebruikers = o.store.gebruikers(s).unwrap();
    let id = |email: &str| gebruikers.iter().find(|g| g.email == email).unwrap().id.clone();
    let (hr, ad, arts, coach) = (id("hr@test.nl"), id("ad@test.nl"), id("arts@test.nl"), id("coach@test.nl"));
    let karel = o.store.nieuwe_werknemer(s, &test_support::werknemer(&o.werkgever, "Karel")).unwrap();
    let dossier = o.store.nieuw_dossier(s, &karel, Some(&coach), date(2020, 1, 6)).unwrap();
    let herstel = [Wijziging::Herstel { laatste_ziektedag: date(2020, 6, 30) }];
    o.store.wijzig_dossier(Actor { id: &hr, organisatie_id: &org }, &dossier, 1, &herstel).unwrap();
    let advies = store::traject::Advies {
        datum: date(2020, 3, 1),
        conclusie: "Spoor 2 starten".into(),
        zoekrichtingen: vec!["logistiek".into()],
        aanbevolen_start: None,
    };
    o.store.adviseer_spoor2(Actor { id: &ad, organisatie_id: &org }, &dossier, &advies).unwrap();
    let gestopt = Some(Afsluitreden::GestoptDoorWerkgever);
    let hr_actor = Actor { id: &hr, organisatie_id: &org };
    o.store.zet_traject_door(hr_actor, &dossier, Fase::Afgesloten, gestopt, date(2020, 9, 30)).unwrap();
    let arts_actor = Actor { id: &arts, organisatie_id: &org };
    o.store.voeg_notitie_toe(arts_actor, &dossier, date(2020, 5, 1), "MEDISCH-GEHEIM van Karel", true).unwrap();

    let beheer = log_in(&o.app, "beheer@test.nl").await;
    let pagina = vraag(&o.app, get("/beheer/bewaartermijnen", Some(&beheer))).await;
    assert_eq!(pagina.status, StatusCode::OK);
    assert!(pagina.tekst.contains(&dossier) && pagina.tekst.contains("Bakkerij De Korf"), "{}", pagina.tekst);
    assert!(pagina.tekst.contains("dossier wordt geanonimiseerd") && pagina.tekst.contains("30-09-2020"));
    assert!(pagina.tekst.contains("2 jaar na de re-integratie") && pagina.tekst.contains("30-09-2022"));
    assert!(!pagina.tekst.contains("Karel") && !pagina.tekst.contains("MEDISCH"), "ids and dates only");
    assert!(!pagina.tekst.contains(&o.dossier), "the running dossier is not listed");
    assert!(ongelabeld(&pagina.tekst).is_empty(), "{:?}", ongelabeld(&pagina.tekst));

    let coach_sessie = log_in(&o.app, "coach@test.nl").await;
    let voor = [
        vraag(&o.app, get("/inzicht", Some(&beheer))).await.tekst,
        vraag(&o.app, get("/inzicht", Some(&coach_sessie))).await.tekst,
    ];
    assert!(voor[0].contains("<th scope=\"row\">Dossiers</th><td>2</td>"), "{}", voor[0]);
    let gedaan = o.store.voer_bewaartermijnen_uit(&org, web::vandaag()).unwrap();
    assert_eq!(gedaan.len(), 1, "{gedaan:?}");
    let na = [
        vraag(&o.app, get("/inzicht", Some(&beheer))).await.tekst,
        vraag(&o.app, get("/inzicht", Some(&coach_sessie))).await.tekst,
    ];
    assert_eq!(voor, na, "the figures are the same before and after");
    let pagina = vraag(&o.app, get("/beheer/bewaartermijnen", Some(&beheer))).await.tekst;
    assert!(!pagina.contains(&dossier), "done");
    // The bedrijfsarts still has the medical notes, and knows whom they are about.
    let arts_sessie = log_in(&o.app, "arts@test.nl").await;
    let medisch = vraag(&o.app, get(&format!("/dossiers/{dossier}"), Some(&arts_sessie))).await.tekst;
    assert!(medisch.contains("MEDISCH-GEHEIM van Karel") && medisch.contains("betreffen Karel de Vries"), "{medisch}");
    let coach_pagina = vraag(&o.app, get(&format!("/dossiers/{dossier}"), Some(&coach_sessie))).await.tekst;
    assert!(!coach_pagina.contains("Karel") && coach_pagina.contains("Geanonimiseerde werknemer"));

    // The terms: out of bounds refused with the bounds, within them kept.
    let fout =
        vraag(&o.app, post("/beheer/bewaartermijnen", "dossier=3&eigenrisicodrager=5&medisch=20", Some(&beheer))).await;
    assert!(fout.tekst.contains("role=\"alert\"") && fout.tekst.contains("1 tot en met 2 jaar"), "{}", fout.tekst);
    let goed =
        vraag(&o.app, post("/beheer/bewaartermijnen", "dossier=1&eigenrisicodrager=4&medisch=25", Some(&beheer))).await;
    assert_eq!(goed.locatie.as_deref(), Some("/beheer/bewaartermijnen?vastgelegd=1"));
    let erd = format!("/beheer/werkgevers/{}/eigenrisicodrager", o.werkgever);
    assert_eq!(vraag(&o.app, post(&erd, "eigenrisicodrager=ja", Some(&beheer))).await.status, StatusCode::SEE_OTHER);
    let pagina = vraag(&o.app, get("/beheer/bewaartermijnen", Some(&beheer))).await.tekst;
    assert!(
        pagina.contains("value=\"25\"") && pagina.contains("value=\"4\"") && pagina.contains(" checked>"),
        "{pagina}"
    );
}

/// A download's status, headers and bytes.
async fn download(app: &Router, pad: &str, cookie: &str) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let antwoord = app.clone().oneshot(get(pad, Some(cookie))).await.unwrap();
    let (status, koppen) = (antwoord.status(), antwoord.headers().clone());
    (status, koppen, antwoord.into_body().collect().await.unwrap().to_bytes().to_vec())
}

async fn the_employee_downloads_everything_held_about_them_as_json_pdf_and_zip(o: Opzet) {
    let dossier = format!("/dossiers/{}", o.dossier);
    // A known dossier: a document and a note of the employer, the FML, the advice to start spoor 2, and the
    // employee's own view, consent and correction request (the medical note is in the set-up).
    let hr = log_in(&o.app, "hr@test.nl").await;
    let pa = b"%PDF-1.7 probleemanalyse van Sanne";
    assert_eq!(
        vraag(&o.app, upload(&format!("{dossier}/documenten"), &hr, PA, pa, "pa.pdf")).await.status,
        StatusCode::SEE_OTHER
    );
    let notitie = "datum=2026-02-11&tekst=Gesprek+over+aangepast+werk+bij+de+broodafdeling";
    assert_eq!(
        vraag(&o.app, post(&format!("{dossier}/notities"), notitie, Some(&hr))).await.status,
        StatusCode::SEE_OTHER
    );
    let arts = log_in(&o.app, "arts@test.nl").await;
    let fml = "datum=2026-03-02&geen=&n%3A4.13=2&t%3A4.13=af+en+toe+tillen+gaat&prognose=verbetering+binnen+3+maanden";
    assert_eq!(
        vraag(&o.app, post(&format!("{dossier}/belastbaarheid"), fml, Some(&arts))).await.status,
        StatusCode::SEE_OTHER
    );
    let ad = log_in(&o.app, "ad@test.nl").await;
    let advies = "datum=2026-03-01&conclusie=Spoor+2+starten&zoekrichtingen=administratief+werk";
    assert_eq!(
        vraag(&o.app, post(&format!("{dossier}/traject/advies"), advies, Some(&ad))).await.status,
        StatusCode::SEE_OTHER
    );
    let sanne = log_in(&o.app, "sanne@test.nl").await;
    let d = &o.dossier;
    for (pad, formulier) in [
        ("/mijn/visie", format!("dossier_id={d}&tekst=Ik+wil+graag+administratief+werk")),
        ("/mijn/toestemming", format!("dossier_id={d}&gegeven=ja")),
        (
            "/mijn/correcties",
            format!(
                "dossier_id={d}&onderdeel=persoonsgegevens&wat_onjuist=Postcode+3512+JC&wat_juist=Postcode+3511+AB"
            ),
        ),
    ] {
        assert_eq!(vraag(&o.app, post(pad, &formulier, Some(&sanne))).await.status, StatusCode::SEE_OTHER, "{pad}");
    }
    assert_eq!(vraag(&o.app, get(&dossier, Some(&hr))).await.status, StatusCode::OK, "the employer looks");
    let mijn = vraag(&o.app, get("/mijn", Some(&sanne))).await.tekst;
    for link in ["/mijn/gegevens.pdf", "/mijn/gegevens.json", "/mijn/gegevens.zip"] {
        assert!(mijn.contains(&format!("href=\"{link}\"")), "{link} on /mijn");
    }

    // JSON: every kind of data of the dossier, with ISO dates, never a medical note.
    let (status, koppen, bytes) = download(&o.app, "/mijn/gegevens.json", &sanne).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(koppen[header::CONTENT_TYPE], "application/json");
    assert!(koppen[header::CONTENT_DISPOSITION].to_str().unwrap().contains("mijn-gegevens-"));
    let tekst = String::from_utf8(bytes.clone()).unwrap();
    assert!(!tekst.contains("MEDISCH-GEHEIM") && !tekst.contains("diagnose\""), "{tekst}");
    let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!((json["schema"].as_str(), json["schemaversie"].as_u64()), (Some("spoor2-inzage"), Some(1)));
    let persoon = &json["persoon"];
    assert_eq!((persoon["voornaam"].as_str(), persoon["bsn"].as_str()), (Some("Sanne"), Some("111222333")));
    assert_eq!(
        (persoon["postcode"].as_str(), persoon["werkgever"].as_str()),
        (Some("3512 JC"), Some("Bakkerij De Korf"))
    );
    assert_eq!(json["account"]["email"], "sanne@test.nl");
    assert!(json["medische_gegevens"]["toelichting"].as_str().unwrap().contains("bedrijfsarts"));
    assert_eq!(json["medische_gegevens"]["bedrijfsartsen"][0]["email"], "arts@test.nl");
    let d = &json["dossiers"][0];
    assert_eq!(d["ziekteperiodes"][0]["van"], "2026-01-05");
    assert!(d["tijdlijn"]["mijlpalen"].as_array().unwrap().iter().any(|m| m["code"] == "probleemanalyse"));
    assert_eq!(d["tijdlijn"]["loonsanctie_weken"], serde_json::Value::Null);
    let verloop = d["verloop"].to_string();
    assert!(verloop.contains("Gesprek over aangepast werk bij de broodafdeling"), "{verloop}");
    assert_eq!(d["belastbaarheid"][0]["datum"], "2026-03-02");
    assert_eq!(d["belastbaarheid"][0]["beperkingen"][0]["toelichting"], "af en toe tillen gaat");
    assert_eq!(d["belastbaarheid"][0]["prognose"], "verbetering binnen 3 maanden");
    assert_eq!(d["traject"]["fase"], "advies");
    assert_eq!(d["traject"]["advies"]["conclusie"], "Spoor 2 starten");
    let documenten = d["documenten"].as_array().unwrap();
    let titels: Vec<&str> = documenten.iter().filter_map(|x| x["titel"].as_str()).collect();
    assert!(titels.contains(&"Probleemanalyse") && titels.iter().any(|t| t.starts_with("Visie van de werknemer")));
    assert_eq!(d["profieltoestemmingen"][0]["gegeven"], true);
    assert_eq!(d["correctieverzoeken"][0]["wat_juist"], "Postcode 3511 AB");
    assert_eq!(d["correctieverzoeken"][0]["status"], "open");
    let log = d["toegangslog"].as_array().unwrap();
    assert!(log.iter().any(|t| t["wie"] == "hr@test.nl" && t["context"] == "dossierpagina"), "{log:?}");
    assert!(log.iter().all(|t| t["tijdstip"].as_str().unwrap().ends_with('Z')));

    // PDF: readable Dutch, with the key facts and the note on medical data.
    let (status, koppen, pdf) = download(&o.app, "/mijn/gegevens.pdf", &sanne).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(koppen[header::CONTENT_TYPE], "application/pdf");
    let tekst = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    for feit in [
        "Overzicht van uw gegevens",
        "Sanne de Vries",
        "111222333",
        "Bakkerij De Korf",
        "Medische gegevens staan niet in dit overzicht",
        "arts@test.nl",
        "Gesprek over aangepast werk",
        "Spoor 2 starten",
        "af en toe tillen gaat",
        "Postcode 3511 AB",
        "Probleemanalyse",
        // The access log, grouped per person, purpose and data.
        "Laatste keer",
    ] {
        assert!(tekst.contains(feit), "{feit} in the PDF: {tekst}");
    }
    assert!(!tekst.contains("MEDISCH-GEHEIM"));

    // ZIP: the JSON, the PDF and every document's file with its bytes.
    let (status, koppen, zip) = download(&o.app, "/mijn/gegevens.zip", &sanne).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(koppen[header::CONTENT_TYPE], "application/zip");
    let mut archief = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let lees = |archief: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>, naam: &str| {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut archief.by_name(naam).unwrap(), &mut bytes).unwrap();
        bytes
    };
    let in_zip: serde_json::Value = serde_json::from_slice(&lees(&mut archief, "mijn-gegevens.json")).unwrap();
    assert_eq!(in_zip["persoon"]["bsn"], "111222333");
    assert!(lees(&mut archief, "mijn-gegevens.pdf").starts_with(b"%PDF-"));
    let documenten = in_zip["dossiers"][0]["documenten"].as_array().unwrap().clone();
    assert_eq!(archief.len(), 2 + documenten.len());
    let pa_pad = documenten.iter().find(|x| x["titel"] == "Probleemanalyse").unwrap()["bestand"].as_str().unwrap();
    assert!(pa_pad.starts_with("documenten/") && pa_pad.ends_with("-pa.pdf"), "{pa_pad}");
    assert_eq!(lees(&mut archief, pa_pad), pa);
    let visie = documenten.iter().find(|x| x["soort"] == "visie_werknemer").unwrap()["bestand"].as_str().unwrap();
    assert_eq!(lees(&mut archief, visie), b"Ik wil graag administratief werk");

    // Every export is in the log.
    #[derive(diesel::QueryableByName)]
    struct Aantal {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut c = o.store.ruwe_verbinding().unwrap();
    let telling = "SELECT COUNT(*) AS n FROM logboek WHERE entiteit = 'export' AND entiteit_id = 'inzage'";
    let a: Aantal = diesel::RunQueryDsl::get_result(diesel::sql_query(telling), &mut *c).unwrap();
    assert_eq!(a.n, 3, "JSON, PDF and ZIP");

    // Nobody else downloads it; another employee gets only their own.
    for (email, koekje) in [("hr", &hr), ("arts", &arts), ("ad", &ad)] {
        for pad in ["/mijn/gegevens.json", "/mijn/gegevens.pdf", "/mijn/gegevens.zip"] {
            let (status, _, bytes) = download(&o.app, pad, koekje).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{pad} as {email}");
            assert!(!String::from_utf8_lossy(&bytes).contains("Sanne"));
        }
    }
    let organisatie = o.store.organisaties().unwrap().into_iter().find(|(_, n)| n == "Bureau").unwrap().0;
    let s = Actor { id: "systeem:test", organisatie_id: &organisatie };
    let piet = o.store.nieuwe_werknemer(s, &test_support::werknemer(&o.werkgever, "Piet")).unwrap();
    let g = NieuweGebruiker {
        email: "piet@test.nl".into(),
        naam: "Piet de Vries".into(),
        rol: Rol::Werknemer,
        werknemer_id: Some(piet),
        werkgevers: vec![],
    };
    let id = o.store.nieuwe_gebruiker(s, &g).unwrap();
    o.store.stel_wachtwoord_in(s, &id, WACHTWOORD).unwrap();
    o.store.demo_tweede_factor(&id, &geheim("piet@test.nl")).unwrap();
    let piet = log_in(&o.app, "piet@test.nl").await;
    let (status, _, bytes) = download(&o.app, "/mijn/gegevens.json", &piet).await;
    assert_eq!(status, StatusCode::OK);
    let van_piet: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(van_piet["persoon"]["voornaam"], "Piet");
    assert_eq!(van_piet["dossiers"], serde_json::json!([]));
    assert!(!String::from_utf8_lossy(&bytes).contains("Sanne"));
}

async fn a_correction_request_goes_from_the_employee_to_the_writer_of_the_part_and_back(o: Opzet) {
    let d = &o.dossier;
    // The employer's werkvoorraad before there is a request, kept by the server as the last page shown.
    let hr = log_in(&o.app, "hr@test.nl").await;
    assert!(!vraag(&o.app, get("/werkvoorraad", Some(&hr))).await.tekst.contains("<h2>Correctieverzoeken</h2>"));
    let sanne = log_in(&o.app, "sanne@test.nl").await;
    // A refused request comes back with the reason and everything entered.
    let leeg = format!("dossier_id={d}&onderdeel=persoonsgegevens&wat_onjuist=Mijn+telefoonnummer+06-111&wat_juist=+");
    let terug = vraag(&o.app, post("/mijn/correcties", &leeg, Some(&sanne))).await;
    assert_eq!(terug.status, StatusCode::OK);
    assert!(terug.tekst.contains("beschrijf hoe het wel moet zijn"), "{}", terug.tekst);
    assert!(terug.tekst.contains(">Mijn telefoonnummer 06-111</textarea>"), "{}", terug.tekst);
    assert!(terug.tekst.contains("<option value=\"persoonsgegevens\" selected>"), "{}", terug.tekst);
    let zonder = format!("dossier_id={d}&onderdeel=&wat_onjuist=iets&wat_juist=anders");
    let terug = vraag(&o.app, post("/mijn/correcties", &zonder, Some(&sanne))).await;
    assert!(
        terug.tekst.contains("kies over welk deel") && terug.tekst.contains(">anders</textarea>"),
        "{}",
        terug.tekst
    );
    let goed =
        format!("dossier_id={d}&onderdeel=persoonsgegevens&wat_onjuist=Mijn+telefoonnummer+06-111&wat_juist=06-222");
    let r = vraag(&o.app, post("/mijn/correcties", &goed, Some(&sanne))).await;
    assert_eq!(r.locatie.as_deref(), Some("/mijn?vastgelegd=1"));
    let mijn = vraag(&o.app, get("/mijn", Some(&sanne))).await.tekst;
    assert!(mijn.contains("06-222") && mijn.contains("antwoord uiterlijk"), "{mijn}");

    // The employer writes the personal data: it is in their werkvoorraad and on the dossier page.
    let werkvoorraad = vraag(&o.app, get("/werkvoorraad", Some(&hr))).await.tekst;
    assert!(
        werkvoorraad.contains("<h2>Correctieverzoeken</h2>") && werkvoorraad.contains("persoons- en contactgegevens")
    );
    let pagina = vraag(&o.app, get(&format!("/dossiers/{d}"), Some(&hr))).await.tekst;
    assert!(pagina.contains("Mijn telefoonnummer 06-111") && pagina.contains("06-222"), "{pagina}");
    let verzoek = pagina.split("/correcties/").nth(1).unwrap().split('/').next().unwrap().to_string();
    let afhandelen = format!("/correcties/{verzoek}/afhandelen");
    // The coach writes the traject, not the personal data: neither the request nor its settlement.
    let coach = log_in(&o.app, "coach@test.nl").await;
    assert!(!vraag(&o.app, get(&format!("/dossiers/{d}"), Some(&coach))).await.tekst.contains("06-222"));
    let geweigerd =
        vraag(&o.app, post(&afhandelen, &format!("dossier_id={d}&uitkomst=doorgevoerd"), Some(&coach))).await;
    assert_eq!(geweigerd.status, StatusCode::FORBIDDEN);
    // The beheerder sees how many and how old, not what.
    let beheer = log_in(&o.app, "beheer@test.nl").await;
    let beheerpagina = vraag(&o.app, get("/beheer", Some(&beheer))).await.tekst;
    assert!(beheerpagina.contains("1 open correctieverzoek, waarvan 0 over de termijn"), "{beheerpagina}");
    assert!(!beheerpagina.contains("06-222") && !beheerpagina.contains("06-111"));

    // A settlement without a choice, or a refusal without a reason, comes back with what was entered.
    let r = vraag(&o.app, post(&afhandelen, &format!("dossier_id={d}&reden=Nummer+al+aangepast"), Some(&hr))).await;
    assert!(r.tekst.contains("een verzoek wordt doorgevoerd of afgewezen"), "{}", r.tekst);
    assert!(r.tekst.contains(">Nummer al aangepast</textarea>"), "{}", r.tekst);
    let r = vraag(&o.app, post(&afhandelen, &format!("dossier_id={d}&uitkomst=afgewezen"), Some(&hr))).await;
    assert!(r.tekst.contains("geef de reden van de afwijzing"), "{}", r.tekst);
    let reden = "Het+nummer+06-111+is+bij+ons+het+werknummer";
    let r =
        vraag(&o.app, post(&afhandelen, &format!("dossier_id={d}&uitkomst=afgewezen&reden={reden}"), Some(&hr))).await;
    assert_eq!(r.locatie, Some(format!("/dossiers/{d}?vastgelegd=1")));

    // The employee sees the outcome; the term is no longer running.
    let mijn = vraag(&o.app, get("/mijn", Some(&sanne))).await.tekst;
    assert!(mijn.contains("afgewezen · hr@test.nl: Het nummer 06-111 is bij ons het werknummer"), "{mijn}");
    assert!(vraag(&o.app, get("/beheer", Some(&beheer))).await.tekst.contains("Geen open correctieverzoeken."));
    assert!(!vraag(&o.app, get("/werkvoorraad", Some(&hr))).await.tekst.contains("<h2>Correctieverzoeken</h2>"));
}
