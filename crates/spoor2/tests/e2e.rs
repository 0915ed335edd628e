//! End to end: the real server (`spoor2 demo`) driven by headless Chromium (Debian's `chromium` and
//! `chromedriver`, started here). Each role logs in with password and TOTP and does its work;
//! screenshots go to `<target>/tmp/e2e/`.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// A child process that is killed when the test ends, however it ends.
struct Proces(Child);

impl Drop for Proces {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn vrije_poort() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn wacht_op_poort(poort: u16) {
    for _ in 0..200 {
        if std::net::TcpStream::connect(("127.0.0.1", poort)).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("nothing listens on port {poort}");
}

/// Starts the demo on a fresh database; returns the server, its URL and every account's TOTP secret.
fn start_demo(map: &std::path::Path) -> (Proces, String, HashMap<String, String>) {
    let poort = vrije_poort();
    let mut kind = Command::new(env!("CARGO_BIN_EXE_spoor2"))
        .args(["demo", "--werknemers", "20", "--adres", &format!("127.0.0.1:{poort}")])
        .env("DATABASE_URL", format!("sqlite:{}", map.join("spoor2.db").display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut geheimen = HashMap::new();
    for regel in BufReader::new(kind.stdout.take().unwrap()).lines() {
        let regel = regel.unwrap();
        let velden: Vec<&str> = regel.split_whitespace().collect();
        if velden.len() >= 3 && velden[1].contains('@') {
            geheimen.insert(velden[1].to_string(), velden[2].to_string());
        }
        if regel.starts_with("De webapplicatie draait op") {
            break;
        }
    }
    wacht_op_poort(poort);
    (Proces(kind), format!("http://127.0.0.1:{poort}"), geheimen)
}

/// The TOTP code for a login on the server at `url`: the current one, and for a second login of the
/// same account the next one (a code is accepted once, and one step ahead is accepted).
fn code(url: &str, geheim: &str) -> String {
    static GEBRUIKT: std::sync::Mutex<Vec<(String, String)>> = std::sync::Mutex::new(Vec::new());
    let eerder = {
        let mut gebruikt = GEBRUIKT.lock().unwrap();
        let n = gebruikt.iter().filter(|(u, g)| u == url && g == geheim).count() as u64;
        gebruikt.push((url.to_string(), geheim.to_string()));
        n
    };
    let geheim = totp_rs::Secret::try_from_base32(geheim).unwrap();
    let totp = totp_rs::Builder::new().with_secret(geheim.as_bytes().to_vec()).build().unwrap();
    let nu = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    totp.generate(nu + 30 * eerder).to_string()
}

async fn browser(map: &std::path::Path) -> (Proces, Client) {
    let poort = vrije_poort();
    let driver = Command::new("chromedriver")
        .arg(format!("--port={poort}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver is installed (Debian package chromium-driver; ./scripts/test installs it)");
    let driver = Proces(driver);
    wacht_op_poort(poort);
    let profiel = map.join("chromium-profiel");
    let mut opties = serde_json::Map::new();
    opties.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", format!("--user-data-dir={}", profiel.display()),
            ],
        }),
    );
    let client = ClientBuilder::native()
        .capabilities(opties)
        .connect(&format!("http://127.0.0.1:{poort}"))
        .await
        .expect("chromium starts");
    (driver, client)
}

fn schermafdrukken() -> PathBuf {
    let map = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("e2e");
    std::fs::create_dir_all(&map).unwrap();
    map
}

async fn schermafdruk(c: &Client, naam: &str) {
    let png = c.screenshot().await.unwrap();
    std::fs::write(schermafdrukken().join(format!("{naam}.png")), png).unwrap();
}

/// Logs in with both factors and waits for the role's start page.
async fn log_in(c: &Client, url: &str, email: &str, geheim: &str) {
    c.goto(&format!("{url}/inloggen")).await.unwrap();
    // By keyboard only: type, Tab to the next field, Enter to submit.
    let enter = char::from(Key::Enter);
    let tab = char::from(Key::Tab);
    let email_veld = c.find(Locator::Id("email")).await.unwrap();
    email_veld.send_keys(&format!("{email}{tab}")).await.unwrap();
    let actief = c.active_element().await.unwrap();
    assert_eq!(actief.attr("id").await.unwrap().as_deref(), Some("wachtwoord"), "Tab goes to the password");
    actief.send_keys(&format!("demo-wachtwoord-2026{enter}")).await.unwrap();
    c.wait().for_url(&format!("{url}/tweestap").parse().unwrap()).await.unwrap();
    c.find(Locator::Id("code")).await.unwrap().send_keys(&format!("{}{enter}", code(url, geheim))).await.unwrap();
    let start = if email.ends_with("@mail.example") { "mijn" } else { "werkvoorraad" };
    c.wait().for_url(&format!("{url}/{start}").parse().unwrap()).await.unwrap();
}

async fn log_uit(c: &Client, url: &str) {
    c.find(Locator::Css("header button[type=submit]")).await.unwrap().click().await.unwrap();
    c.wait().for_url(&format!("{url}/inloggen").parse().unwrap()).await.unwrap();
}

/// Waits until the address bar holds `deel` (htmx pushes the filtered address after its update).
async fn wacht_op_adres_met(c: &Client, deel: &str) {
    for _ in 0..100 {
        if c.current_url().await.unwrap().as_str().contains(deel) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the address never came to hold {deel}");
}

/// Waits for the page that confirms a form ("Vastgelegd."): the page with the form may hold other
/// messages of the same class ("Nog geen documenten."), so waiting for any message can return before
/// the answer is in.
async fn wacht_op_bevestiging(c: &Client) {
    let bevestiging = Locator::XPath("//*[contains(@class, 'melding') and contains(., 'Vastgelegd.')]");
    c.wait().for_element(bevestiging).await.unwrap();
}

/// The text of the page's main content, once the page has settled (a page still being replaced
/// after a redirect gives a stale element: read it again).
async fn tekst(c: &Client) -> String {
    for _ in 0..100 {
        if let Ok(main) = c.find(Locator::Css("main")).await
            && let Ok(tekst) = main.text().await
        {
            return tekst;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the page never settled");
}

#[tokio::test(flavor = "multi_thread")]
async fn each_role_logs_in_with_totp_and_does_its_work() {
    let map = tempfile::tempdir().unwrap();
    let (_server, url, geheimen) = start_demo(map.path());
    let (_driver, c) = browser(map.path()).await;

    // The coach opens the werkvoorraad and a dossier of the caseload.
    log_in(&c, &url, "coach.anna@debrug.example", &geheimen["coach.anna@debrug.example"]).await;
    assert!(tekst(&c).await.contains("Werkvoorraad"));
    schermafdruk(&c, "coach-werkvoorraad").await;
    c.find(Locator::Css("td a")).await.unwrap().click().await.unwrap();
    c.wait().for_element(Locator::XPath("//h2[text()='Mijlpalen']")).await.unwrap();
    let dossier = tekst(&c).await;
    assert!(dossier.contains("Mijlpalen") && dossier.contains("Bevindingen"), "{dossier}");
    schermafdruk(&c, "coach-dossier").await;
    log_uit(&c, &url).await;

    // The employer filters on what is late.
    log_in(&c, &url, "hr@korf.example", &geheimen["hr@korf.example"]).await;
    // Choosing a filter updates the list at once (htmx), without pressing the button.
    c.find(Locator::Id("status")).await.unwrap().select_by_value("te_laat").await.unwrap();
    wacht_op_adres_met(&c, "status=te_laat").await;
    let lijst = tekst(&c).await;
    assert!(lijst.contains("Bakkerij De Korf") && !lijst.contains("Transportbedrijf Van Dijk"), "{lijst}");
    schermafdruk(&c, "werkgever-te-laat").await;
    // ... and records the evaluation that is late for one of the employees.
    c.find(Locator::XPath("//tr[td[text()='Evaluatie plan van aanpak']]/td/a")).await.unwrap().click().await.unwrap();
    c.wait().for_element(Locator::Id("soort")).await.unwrap();
    c.find(Locator::Id("soort")).await.unwrap().select_by_value("evaluatie").await.unwrap();
    c.find(Locator::Css("form[action$='/vastleggen'] button")).await.unwrap().click().await.unwrap();
    wacht_op_bevestiging(&c).await;
    let na = tekst(&c).await;
    assert!(na.contains("Vastgelegd."), "{na}");
    schermafdruk(&c, "werkgever-evaluatie-vastgelegd").await;
    log_uit(&c, &url).await;

    // The bedrijfsarts sees the dossiers of all three employers and records a belastbaarheid.
    log_in(&c, &url, "bedrijfsarts@debrug.example", &geheimen["bedrijfsarts@debrug.example"]).await;
    assert!(tekst(&c).await.contains("21 dossiers"));
    schermafdruk(&c, "bedrijfsarts-werkvoorraad").await;
    c.find(Locator::LinkText("Sanne de Vries")).await.unwrap().click().await.unwrap();
    c.find(Locator::LinkText("Belastbaarheid vastleggen (FML)")).await.unwrap().click().await.unwrap();
    c.find(Locator::Id("n-4.13")).await.unwrap().select_by_value("2").await.unwrap();
    c.find(Locator::Css("input[name='k:2.12:0']")).await.unwrap().click().await.unwrap();
    c.find(Locator::Id("prognose")).await.unwrap().send_keys("Verbetering binnen drie maanden.").await.unwrap();
    schermafdruk(&c, "bedrijfsarts-fml").await;
    c.find(Locator::Css("form.fml button[type=submit]")).await.unwrap().click().await.unwrap();
    wacht_op_bevestiging(&c).await;
    let dossier = tekst(&c).await;
    assert!(dossier.contains("Vastgelegd.") && dossier.contains("4.13 Tillen 5 kg"), "{dossier}");
    log_uit(&c, &url).await;

    // The employee sees their own dossier in the portal and writes their own view.
    log_in(&c, &url, "sanne.0@mail.example", &geheimen["sanne.0@mail.example"]).await;
    let eigen = tekst(&c).await;
    assert!(eigen.contains("Mijn re-integratie") && eigen.contains("Wat u moet doen"), "{eigen}");
    schermafdruk(&c, "werknemer-portaal").await;
    let visie = c.find(Locator::Css("textarea[name=tekst]")).await.unwrap();
    visie.send_keys("Ik wil terug naar mijn eigen werk, eerst in de ochtenden.").await.unwrap();
    c.find(Locator::Css("form[action='/mijn/visie'] button")).await.unwrap().click().await.unwrap();
    wacht_op_bevestiging(&c).await;
    let na = tekst(&c).await;
    assert!(na.contains("Vastgelegd.") && na.contains("Visie van de werknemer"), "{na}");
    schermafdruk(&c, "werknemer-visie-vastgelegd").await;
    log_uit(&c, &url).await;

    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn the_beheerder_issues_an_api_token_and_the_api_docs_run_under_the_csp() {
    let map = tempfile::tempdir().unwrap();
    let (_server, url, geheimen) = start_demo(map.path());
    let (_driver, c) = browser(map.path()).await;

    // The beheerder issues a token that acts as a coach; its secret is shown once.
    log_in(&c, &url, "beheer@debrug.example", &geheimen["beheer@debrug.example"]).await;
    c.goto(&format!("{url}/beheer")).await.unwrap();
    c.find(Locator::Id("token-gebruiker")).await.unwrap().select_by_label("Anna Coach (coach)").await.unwrap();
    c.find(Locator::Id("token-naam")).await.unwrap().send_keys("Rapportagekoppeling").await.unwrap();
    c.find(Locator::Css("form[action='/beheer/tokens'] button")).await.unwrap().click().await.unwrap();
    let token = c.wait().for_element(Locator::Id("nieuw-token")).await.unwrap().text().await.unwrap();
    assert!(token.starts_with("spoor2_"), "{token}");
    schermafdruk(&c, "beheerder-api-token").await;

    // Swagger UI renders the description (so its script runs under the CSP), and with the token a
    // request made from the page returns the coach's dossiers.
    c.goto(&format!("{url}/api/v1/docs")).await.unwrap();
    c.wait().for_element(Locator::Id("operations-dossiers-dossiers")).await.unwrap();
    c.find(Locator::Css("button.authorize")).await.unwrap().click().await.unwrap();
    c.wait().for_element(Locator::Css(".modal-ux input")).await.unwrap().send_keys(&token).await.unwrap();
    c.find(Locator::Css(".modal-ux button.authorize")).await.unwrap().click().await.unwrap();
    c.find(Locator::Css(".modal-ux button.btn-done")).await.unwrap().click().await.unwrap();
    c.find(Locator::Css("#operations-dossiers-dossiers .opblock-summary-control"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    c.wait()
        .for_element(Locator::Css("#operations-dossiers-dossiers .try-out__btn"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    c.find(Locator::Css("#operations-dossiers-dossiers .execute")).await.unwrap().click().await.unwrap();
    let status = c
        .wait()
        .for_element(Locator::Css("#operations-dossiers-dossiers .live-responses-table tbody .response-col_status"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(status.trim(), "200");
    let antwoord = c.find(Locator::Css("#operations-dossiers-dossiers .live-responses-table")).await.unwrap();
    assert!(antwoord.text().await.unwrap().contains("Anna Coach"));
    schermafdruk(&c, "api-docs-dossiers").await;

    c.close().await.unwrap();
}

/// The value beside a figure on the Inzicht page, found by the start of its label.
async fn cijfer(c: &Client, label: &str) -> String {
    let rij = c.find(Locator::XPath(&format!("//tr[th[starts-with(., '{label}')]]/td"))).await.unwrap();
    rij.text().await.unwrap()
}

/// The number beside a bar of an Inzicht chart, by the bar's label.
fn staaf(svg: &str, label: &str) -> usize {
    let na = svg.split(&format!(">{label}</text>")).nth(1).unwrap_or_else(|| panic!("no bar {label}: {svg}"));
    let getal = &na[..na.find("</text>").unwrap()];
    getal[getal.rfind('>').unwrap() + 1..].parse().unwrap()
}

/// The demo (20 employees of three employers) has, by construction: spoor 2 advised in stages 3 to 6 of
/// every ten employees (8 trajects); stage 5 not yet commissioned (advies), stages 3 and 6 running
/// (uitvoering), stage 4 placed 162 days after the commission and in nazorg; plus one expired dossier.
#[tokio::test(flavor = "multi_thread")]
async fn the_demo_organisations_inzicht_shows_its_figures_with_charts() {
    let map = tempfile::tempdir().unwrap();
    let (_server, url, geheimen) = start_demo(map.path());
    let (_driver, c) = browser(map.path()).await;

    log_in(&c, &url, "beheer@debrug.example", &geheimen["beheer@debrug.example"]).await;
    c.goto(&format!("{url}/inzicht")).await.unwrap();
    let diagrammen = c.find_all(Locator::Css(".diagram svg")).await.unwrap();
    assert_eq!(diagrammen.len(), 2);
    let fasen = diagrammen[0].html(false).await.unwrap();
    assert!(fasen.contains(r#"aria-label="Trajecten per fase""#), "{fasen}");
    for (fase, aantal) in [("advies", 2), ("intake", 0), ("plan", 0), ("uitvoering", 4), ("nazorg", 2)] {
        assert_eq!(staaf(&fasen, fase), aantal, "{fase}");
    }
    let uitkomsten = diagrammen[1].html(false).await.unwrap();
    assert!(uitkomsten.contains(r#"aria-label="Afgesloten trajecten per uitkomst""#), "{uitkomsten}");
    assert_eq!(staaf(&uitkomsten, "geplaatst"), 0);
    assert_eq!(cijfer(&c, "Dossiers").await, "21");
    assert_eq!(cijfer(&c, "Spoor 2-trajecten").await, "8");
    assert_eq!(cijfer(&c, "Plaatsingspercentage").await, "100,0% (2 van 2)");
    assert_eq!(cijfer(&c, "Mediaan dagen").await, "162");
    // No nazorg contact six months after a placement yet: nothing to count, not zero.
    assert_eq!(cijfer(&c, "Na 6 maanden").await, "—");
    for kosten in ["Gemiddelde kosten per traject", "Kosten per plaatsing"] {
        let bedrag = cijfer(&c, kosten).await;
        assert!(bedrag.contains(',') && !bedrag.contains('—'), "{kosten}: {bedrag}");
    }
    let op_tijd = cijfer(&c, "Poortwachter-stappen op tijd").await;
    assert!(op_tijd.ends_with(')') && op_tijd.contains(" van "), "{op_tijd}");
    schermafdruk(&c, "beheerder-inzicht").await;

    // A period after every advice holds no traject: the charts stay, the figures say so.
    c.goto(&format!("{url}/inzicht?van=2100-01-01")).await.unwrap();
    assert_eq!(cijfer(&c, "Spoor 2-trajecten").await, "0");
    assert_eq!(cijfer(&c, "Plaatsingspercentage").await, "—");
    log_uit(&c, &url).await;

    // The employer sees its own seven employees: three trajects (stages 3, 6 and 5), none placed.
    log_in(&c, &url, "hr@korf.example", &geheimen["hr@korf.example"]).await;
    c.goto(&format!("{url}/inzicht")).await.unwrap();
    assert_eq!(cijfer(&c, "Dossiers").await, "7");
    assert_eq!(cijfer(&c, "Spoor 2-trajecten").await, "3");
    assert_eq!(cijfer(&c, "Plaatsingspercentage").await, "—");
    schermafdruk(&c, "werkgever-inzicht").await;

    c.close().await.unwrap();
}

/// Fills the form fields (by id) and submits the form of the last field.
async fn vul_in(c: &Client, velden: &[(&str, &str)]) {
    for (id, waarde) in velden {
        let veld = c.find(Locator::Id(id)).await.unwrap();
        if veld.tag_name().await.unwrap() == "select" {
            veld.select_by_value(waarde).await.unwrap();
        } else {
            veld.clear().await.unwrap();
            veld.send_keys(waarde).await.unwrap();
        }
    }
}

/// Submits the form posting to `actie` and waits for the next page; fails on a refusal.
async fn verstuur(c: &Client, actie: &str) {
    let oud = c.find(Locator::Css("html")).await.unwrap();
    c.find(Locator::Css(&format!("form[action$='{actie}'] button[type=submit]"))).await.unwrap().click().await.unwrap();
    // The old page is gone once its root element is stale.
    for _ in 0..200 {
        if oud.tag_name().await.is_err() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    c.wait().for_element(Locator::Css("main .melding[role=status], main .fout")).await.unwrap();
    let fout = c.find_all(Locator::Css("main .fout")).await.unwrap();
    if let Some(f) = fout.first() {
        panic!("{actie}: {}", f.text().await.unwrap());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_coach_takes_a_traject_from_advice_to_placement_while_the_employee_applies() {
    let map = tempfile::tempdir().unwrap();
    let (_server, url, geheimen) = start_demo(map.path());
    let (_driver, c) = browser(map.path()).await;
    let als = |email: &'static str| (email, geheimen[email].clone());
    let traject_van_sanne = |c: &Client| {
        let c = c.clone();
        async move {
            c.find(Locator::LinkText("Sanne de Vries")).await.unwrap().click().await.unwrap();
            c.find(Locator::LinkText("Spoor 2-traject")).await.unwrap().click().await.unwrap();
            c.wait().for_element(Locator::XPath("//h1[starts-with(text(), 'Spoor 2-traject')]")).await.unwrap();
        }
    };

    // The arbeidsdeskundige advises spoor 2 with search directions.
    let (email, geheim) = als("ad@debrug.example");
    log_in(&c, &url, email, &geheim).await;
    traject_van_sanne(&c).await;
    vul_in(
        &c,
        &[
            ("advies-conclusie", "Terugkeer in eigen werk niet haalbaar."),
            ("advies-zoekrichtingen", "administratief werk"),
        ],
    )
    .await;
    verstuur(&c, "/traject/advies").await;
    log_uit(&c, &url).await;

    // The employer commissions the bureau.
    let (email, geheim) = als("hr@korf.example");
    log_in(&c, &url, email, &geheim).await;
    traject_van_sanne(&c).await;
    verstuur(&c, "/traject/opdracht").await;
    log_uit(&c, &url).await;

    // The coach records the intake, moves on to the plan and writes it.
    let (email, geheim) = als("coach.anna@debrug.example");
    log_in(&c, &url, email, &geheim).await;
    traject_van_sanne(&c).await;
    vul_in(
        &c,
        &[("intake-werkervaring", "Twaalf jaar bakker"), ("intake-zoekprofiel", "Administratief medewerker, 24 uur")],
    )
    .await;
    verstuur(&c, "/traject/intake").await;
    verstuur(&c, "/traject/fase").await;
    vul_in(&c, &[("plan-doelen", "Passend werk van 24 uur binnen zes maanden")]).await;
    verstuur(&c, "/traject/plan").await;
    schermafdruk(&c, "coach-trajectplan").await;
    log_uit(&c, &url).await;

    // The employee approves the plan and logs an application from the portal.
    let (email, geheim) = als("sanne.0@mail.example");
    log_in(&c, &url, email, &geheim).await;
    c.find(Locator::LinkText("Spoor 2-traject")).await.unwrap().click().await.unwrap();
    verstuur(&c, "/traject/akkoord").await;
    vul_in(
        &c,
        &[("act-doel", "baan"), ("act-vacature", "Medewerker klantenservice"), ("act-werkgever", "Waterbedrijf")],
    )
    .await;
    verstuur(&c, "/traject/activiteit").await;
    assert!(tekst(&c).await.contains("wacht op bevestiging van de coach"));
    schermafdruk(&c, "werknemer-sollicitatie").await;
    log_uit(&c, &url).await;

    let (email, geheim) = als("hr@korf.example");
    log_in(&c, &url, email, &geheim).await;
    traject_van_sanne(&c).await;
    verstuur(&c, "/traject/akkoord").await;
    log_uit(&c, &url).await;

    let (email, geheim) = als("coach.anna@debrug.example");
    log_in(&c, &url, email, &geheim).await;
    traject_van_sanne(&c).await;
    verstuur(&c, "/traject/bevestig").await;
    verstuur(&c, "/traject/fase").await;
    vul_in(
        &c,
        &[
            ("act-soort", "sollicitatie"),
            ("act-doel", "baan"),
            ("act-vacature", "Administratief medewerker"),
            ("act-werkgever", "Gemeente Utrecht"),
        ],
    )
    .await;
    verstuur(&c, "/traject/activiteit").await;
    verstuur(&c, "/traject/fase").await;
    let pagina = tekst(&c).await;
    assert!(pagina.contains("Fase: plaatsing") && pagina.contains("Gemeente Utrecht"), "{pagina}");
    assert!(pagina.contains("Waterbedrijf") && !pagina.contains("wacht op bevestiging"), "{pagina}");
    schermafdruk(&c, "coach-traject-plaatsing").await;
    log_uit(&c, &url).await;
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_coach_goes_from_the_belastbaarheid_to_an_application_on_a_suitable_vacancy() {
    let map = tempfile::tempdir().unwrap();
    let (_server, url, geheimen) = start_demo(map.path());
    let (_driver, c) = browser(map.path()).await;
    log_in(&c, &url, "coach.anna@debrug.example", &geheimen["coach.anna@debrug.example"]).await;
    c.find(Locator::LinkText("Mohamed Jansen")).await.unwrap().click().await.unwrap();
    c.find(Locator::LinkText("Passend werk")).await.unwrap().click().await.unwrap();
    c.wait().for_element(Locator::Id("kop-vacatures")).await.unwrap();
    let pagina = tekst(&c).await;
    assert!(pagina.contains("Van de 80 vacatures zijn er"), "{pagina}");
    assert!(pagina.contains("toestemming gegeven om het profiel"), "the demo employee consented: {pagina}");
    // The best vacancy: its explanation is open; the profile goes to its employer, then the application.
    let titel = c.find(Locator::Css("#kop-vacatures ~ details summary strong")).await.unwrap().text().await.unwrap();
    verstuur(&c, "/passend-werk/delen").await;
    let profiel = tekst(&c).await;
    assert!(profiel.contains("Kandidaatprofiel") && !profiel.contains("Mohamed"), "{profiel}");
    schermafdruk(&c, "coach-kandidaatprofiel").await;
    c.find(Locator::LinkText("Terug naar passend werk")).await.unwrap().click().await.unwrap();
    c.wait().for_element(Locator::Id("kop-vacatures")).await.unwrap();
    verstuur(&c, "/passend-werk/solliciteren").await;
    let traject = tekst(&c).await;
    assert!(traject.contains(&format!("Solliciteren op passend werk: {titel}")), "{titel}: {traject}");
    schermafdruk(&c, "coach-sollicitatie-uit-vacature").await;
    c.close().await.unwrap();
}

/// Clicks the element with this id and waits until the next page has replaced this one.
async fn klik_en_wacht(c: &Client, id: &str) {
    let oud = c.find(Locator::Css("html")).await.unwrap();
    c.find(Locator::Id(id)).await.unwrap().click().await.unwrap();
    for _ in 0..400 {
        if oud.tag_name().await.is_err() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("clicking {id} led nowhere");
}

/// The id of the first element whose id starts with `begin`.
async fn id_met(c: &Client, begin: &str) -> String {
    let e = c.wait().for_element(Locator::Css(&format!("[id^='{begin}']"))).await.unwrap();
    e.attr("id").await.unwrap().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_coach_reports_progress_the_employee_acknowledges_it_and_the_employer_sees_what_the_riv_lacks() {
    let map = tempfile::tempdir().unwrap();
    let (_server, url, geheimen) = start_demo(map.path());
    let (_driver, c) = browser(map.path()).await;
    let als = |email: &'static str| (email, geheimen[email].clone());

    // The coach writes the narrative of a progress report, previews it and stores it in the dossier.
    let (email, geheim) = als("coach.anna@debrug.example");
    log_in(&c, &url, email, &geheim).await;
    c.find(Locator::LinkText("Mohamed Jansen")).await.unwrap().click().await.unwrap();
    c.find(Locator::LinkText("Rapportages")).await.unwrap().click().await.unwrap();
    vul_in(
        &c,
        &[
            ("r-inzet", "Mohamed komt elke afspraak na en solliciteert wekelijks."),
            ("r-belemmeringen", "Reistijd boven dertig minuten."),
            ("r-resultaten", "Twee gesprekken, een bij de gemeente."),
            ("r-vervolg", "Netwerkgesprek bij Eneco."),
        ],
    )
    .await;
    klik_en_wacht(&c, "voortgang-voorbeeld").await;
    c.wait().for_element(Locator::Id("voorbeeld")).await.unwrap();
    let voorbeeld = tekst(&c).await;
    for verwacht in ["Voortgangsrapportage spoor 2", "Zoekrichtingen", "Sollicitaties", "Mohamed komt elke afspraak na"]
    {
        assert!(voorbeeld.contains(verwacht), "'{verwacht}' not in the preview: {voorbeeld}");
    }
    schermafdruk(&c, "coach-voortgang-voorbeeld").await;
    klik_en_wacht(&c, "voortgang-opslaan").await;
    c.wait().for_element(Locator::Css("main .melding[role=status]")).await.unwrap();
    let opgeslagen = tekst(&c).await;
    assert!(opgeslagen.contains("Vastgelegd.") && opgeslagen.contains("Voortgangsrapportage spoor 2"), "{opgeslagen}");
    log_uit(&c, &url).await;

    // The employee acknowledges it in the portal.
    let (email, geheim) = als("mohamed.3@mail.example");
    log_in(&c, &url, email, &geheim).await;
    let knop = id_met(&c, "bevestig-").await;
    klik_en_wacht(&c, &knop).await;
    let portaal = tekst(&c).await;
    assert!(
        portaal.contains("Vastgelegd.") && portaal.contains("Voor gezien door de werknemer: Mohamed Jansen"),
        "{portaal}"
    );
    schermafdruk(&c, "werknemer-rapport-voor-gezien").await;
    log_uit(&c, &url).await;

    // The coach acknowledges it on the traject page; then it is signed by both.
    let (email, geheim) = als("coach.anna@debrug.example");
    log_in(&c, &url, email, &geheim).await;
    c.find(Locator::LinkText("Mohamed Jansen")).await.unwrap().click().await.unwrap();
    c.find(Locator::LinkText("Spoor 2-traject")).await.unwrap().click().await.unwrap();
    let knop = id_met(&c, "bevestig-").await;
    klik_en_wacht(&c, &knop).await;
    let traject = tekst(&c).await;
    assert!(traject.contains("Voor gezien door de coach: Anna Coach"), "{traject}");
    schermafdruk(&c, "coach-rapport-voor-gezien").await;
    log_uit(&c, &url).await;

    // The employer compiles the RIV of an employee whose parts are missing, and sees which.
    let (email, geheim) = als("hr@dijk.example");
    log_in(&c, &url, email, &geheim).await;
    c.find(Locator::LinkText("Marieke Peters")).await.unwrap().click().await.unwrap();
    klik_en_wacht(&c, "naar-riv").await;
    let riv = c.wait().for_element(Locator::Id("riv-onvolledig")).await.unwrap().text().await.unwrap();
    for verwacht in
        ["Ontbreekt: Probleemanalyse", "Ontbreekt: Eerstejaarsevaluatie.", "Ontbreekt: Visie van de werknemer."]
    {
        assert!(riv.contains(verwacht), "'{verwacht}' not in: {riv}");
    }
    assert!(c.find(Locator::Id("riv-pdf")).await.is_ok());
    schermafdruk(&c, "werkgever-riv-onvolledig").await;
    log_uit(&c, &url).await;

    // The employer of a complete RIV sees that it is complete.
    let (email, geheim) = als("hr@korf.example");
    log_in(&c, &url, email, &geheim).await;
    c.find(Locator::LinkText("Emma El Amrani")).await.unwrap().click().await.unwrap();
    klik_en_wacht(&c, "naar-riv").await;
    c.wait().for_element(Locator::Id("riv-volledig")).await.unwrap();
    schermafdruk(&c, "werkgever-riv-volledig").await;
    log_uit(&c, &url).await;
    c.close().await.unwrap();
}
