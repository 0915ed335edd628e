//! The program's log over a whole working session holds no secret and no personal data: the demo is
//! made, `spoor2 serve` runs with its log at debug level (so every library's log is in it too), every
//! role logs in with both factors and works, and then the whole log (standard output and error) is
//! read for every password, TOTP secret, session cookie, token, calendar address, BSN, name, e-mail
//! address and medical note of the session.

use std::collections::BTreeSet;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::{Request, header};

const WACHTWOORD: &str = "demo-wachtwoord-2026";
const MEDISCH: &str = "LOGTEST-MEDISCH hernia L4-L5";
const BSN: &str = "123456782";

/// A child process that is stopped when the test ends, however it ends.
struct Proces(Child);

impl Drop for Proces {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

struct Antwoord {
    status: u16,
    locatie: Option<String>,
    cookie: Option<String>,
    tekst: String,
}

/// One HTTP/1.1 request to the server at `adres`.
async fn vraag(
    adres: &str,
    methode: &str,
    pad: &str,
    cookie: Option<&str>,
    koppen: &[(&str, &str)],
    body: &str,
) -> Antwoord {
    let stroom = tokio::net::TcpStream::connect(adres).await.unwrap();
    let (mut zender, verbinding) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stroom)).await.unwrap();
    tokio::spawn(verbinding);
    let mut r = Request::builder().method(methode).uri(pad).header(header::HOST, adres);
    if let Some(c) = cookie {
        r = r.header(header::COOKIE, c);
    }
    if methode == "POST" {
        r = r.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    }
    for (k, w) in koppen {
        r = r.header(*k, *w);
    }
    let antwoord = zender.send_request(r.body(Full::new(Bytes::from(body.to_string()))).unwrap()).await.unwrap();
    let kop = |naam| antwoord.headers().get(naam).map(|w: &header::HeaderValue| w.to_str().unwrap().to_string());
    let (locatie, cookie) =
        (kop(header::LOCATION), kop(header::SET_COOKIE).map(|c| c.split(';').next().unwrap().to_string()));
    let status = antwoord.status().as_u16();
    let tekst = String::from_utf8_lossy(&antwoord.into_body().collect().await.unwrap().to_bytes()).into_owned();
    Antwoord { status, locatie, cookie, tekst }
}

fn totp(geheim: &str, stap: u64) -> String {
    let geheim = totp_rs::Secret::try_from_base32(geheim).unwrap();
    let totp = totp_rs::Builder::new().with_secret(geheim.as_bytes().to_vec()).build().unwrap();
    let nu = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    totp.generate(nu + 30 * stap).to_string()
}

/// The part of `tekst` after `begin`, up to `eind`.
fn tussen<'a>(tekst: &'a str, begin: &str, eind: &str) -> &'a str {
    tekst.split(begin).nth(1).unwrap_or_else(|| panic!("{begin} not in {tekst}")).split(eind).next().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_log_of_a_whole_session_holds_no_secret_and_no_personal_data() {
    let map = tempfile::tempdir().unwrap();
    let database = format!("sqlite:{}", map.path().join("spoor2.db").display());
    let demo = Command::new(env!("CARGO_BIN_EXE_spoor2"))
        .args(["demo", "--werknemers", "12", "--zonder-server"])
        .env("DATABASE_URL", &database)
        .output()
        .unwrap();
    assert!(demo.status.success(), "{}", String::from_utf8_lossy(&demo.stderr));
    // The demo's hand-out (not the log): role, e-mail, TOTP secret and name of every account.
    let mut accounts = Vec::new();
    for regel in String::from_utf8(demo.stdout).unwrap().lines() {
        let velden: Vec<&str> = regel.split_whitespace().collect();
        if velden.len() >= 4 && velden[1].contains('@') {
            accounts.push((velden[0].to_string(), velden[1].to_string(), velden[2].to_string(), velden[3..].join(" ")));
        }
    }
    assert!(accounts.len() >= 6, "{accounts:?}");

    let poort = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let adres = format!("127.0.0.1:{poort}");
    let logbestand = map.path().join("spoor2.log");
    let log = std::fs::File::create(&logbestand).unwrap();
    let server = Proces(
        Command::new(env!("CARGO_BIN_EXE_spoor2"))
            .args(["serve", "--adres", &adres])
            .env("DATABASE_URL", &database)
            .env("SPOOR2_LOG", "debug")
            .stdout(Stdio::from(log.try_clone().unwrap()))
            .stderr(Stdio::from(log))
            .spawn()
            .unwrap(),
    );
    for _ in 0..200 {
        if std::net::TcpStream::connect(&adres).is_ok() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }

    let mut verboden: BTreeSet<String> = BTreeSet::from([WACHTWOORD.into(), MEDISCH.into(), BSN.into()]);
    let mut sessies = std::collections::BTreeMap::new();
    // A wrong password is no more logged than the right one.
    vraag(&adres, "POST", "/inloggen", None, &[], "email=niemand%40example.nl&wachtwoord=LOGTEST-fout-wachtwoord")
        .await;
    verboden.extend(["LOGTEST-fout-wachtwoord".to_string(), "niemand@example.nl".into()]);
    for (rol, email, geheim, naam) in &accounts {
        let stap1 =
            vraag(&adres, "POST", "/inloggen", None, &[], &format!("email={email}&wachtwoord={WACHTWOORD}")).await;
        assert_eq!(stap1.locatie.as_deref(), Some("/tweestap"), "{email}: {}", stap1.tekst);
        let halfweg = stap1.cookie.unwrap();
        let code = totp(geheim, 0);
        let stap2 = vraag(&adres, "POST", "/tweestap", Some(&halfweg), &[], &format!("code={code}")).await;
        let cookie = stap2.cookie.unwrap_or_else(|| panic!("{email} logs in: {}", stap2.tekst));
        let start = stap2.locatie.unwrap();
        let pagina = vraag(&adres, "GET", &start, Some(&cookie), &[], "").await;
        assert_eq!(pagina.status, 200);
        // The first dossiers of the page, each with what the role may open.
        let dossiers: Vec<String> = pagina
            .tekst
            .split("href=\"/dossiers/")
            .skip(1)
            .take(3)
            .map(|d| d.split('"').next().unwrap().to_string())
            .collect();
        for d in &dossiers {
            for pad in ["", "/traject", "/belastbaarheid", "/passend-werk", "/rapporten", "/riv", "/inzage"] {
                vraag(&adres, "GET", &format!("/dossiers/{d}{pad}"), Some(&cookie), &[], "").await;
            }
        }
        for pad in ["/meldingen", "/instellingen", "/inzicht", "/vacatures", "/beheer", "/mijn", "/ziekmelding"] {
            vraag(&adres, "GET", pad, Some(&cookie), &[], "").await;
        }
        verboden
            .extend([halfweg.split('=').nth(1).unwrap().to_string(), cookie.split('=').nth(1).unwrap().to_string()]);
        verboden.extend([geheim.clone(), email.clone(), naam.clone()]);
        sessies.insert(rol.clone(), (cookie, dossiers));
    }

    let (arts, dossiers) = &sessies["bedrijfsarts"];
    let notitie = format!("datum=2026-03-01&tekst={}", MEDISCH.replace(' ', "+"));
    let r = vraag(&adres, "POST", &format!("/dossiers/{}/medisch", dossiers[0]), Some(arts), &[], &notitie).await;
    assert_eq!(r.status, 303, "{}", r.tekst);

    let (hr, _) = &sessies["werkgever"];
    let formulier = vraag(&adres, "GET", "/ziekmelding", Some(hr), &[], "").await.tekst;
    let werkgever = tussen(&formulier, "<option value=\"", "\"");
    let melding = format!(
        "werkgever_id={werkgever}&voornaam=Logtestia&achternaam=Verzuimsma&email=logtestia%40example.nl&telefoon=0612345678\
         &functie=Bakker&uren=32&postcode=3512+JC&opleidingsniveau=mbo2&bsn={BSN}&eerste_ziektedag=2026-03-01"
    );
    let r = vraag(&adres, "POST", "/ziekmelding", Some(hr), &[], &melding).await;
    assert_eq!(r.status, 303, "{}", r.tekst);
    verboden.extend(["Logtestia".to_string(), "Verzuimsma".into(), "logtestia@example.nl".into(), "0612345678".into()]);

    let (beheer, _) = &sessies["beheerder"];
    let pagina = vraag(&adres, "GET", "/beheer", Some(beheer), &[], "").await.tekst;
    let gebruiker = tussen(tussen(&pagina, "name=\"gebruiker_id\"", "</select>"), "<option value=\"", "\"").to_string();
    let r =
        vraag(&adres, "POST", "/beheer/tokens", Some(beheer), &[], &format!("gebruiker_id={gebruiker}&naam=Logtest"))
            .await;
    let token = tussen(&r.tekst, "<code id=\"nieuw-token\">", "<").to_string();
    let api =
        vraag(&adres, "GET", "/api/v1/dossiers", None, &[("authorization", &format!("Bearer {token}"))], "").await;
    assert_eq!(api.status, 200, "{}", api.tekst);
    let nieuw =
        vraag(&adres, "POST", &format!("/beheer/gebruikers/{gebruiker}/wachtwoord"), Some(beheer), &[], "").await;
    verboden.extend([token, tussen(&nieuw.tekst, "wachtwoord: ", " ").to_string()]);

    let (coach, _) = &sessies["coach"];
    let r = vraag(&adres, "POST", "/instellingen/agenda", Some(coach), &[], "").await;
    let agenda = tussen(&r.tekst, "/agenda/", "<").to_string();
    assert_eq!(vraag(&adres, "GET", &format!("/agenda/{agenda}"), None, &[], "").await.status, 200);
    verboden.insert(agenda.trim_end_matches(".ics").to_string());
    // Every employee's name, from the coach's export.
    let csv = vraag(&adres, "GET", "/export/werkvoorraad.csv", Some(coach), &[], "").await.tekst;
    for regel in csv.lines().skip(1) {
        verboden.extend(regel.split(';').nth(1).map(str::to_string).filter(|n| !n.is_empty()));
    }
    assert!(verboden.len() > 40, "{}", verboden.len());
    drop(server);

    let log = std::fs::read_to_string(&logbestand).unwrap();
    assert!(log.contains("DEBUG") && log.contains("verzoek") && log.contains("route=\"/dossiers/{id}\""), "{log}");
    let gevonden: Vec<&String> = verboden.iter().filter(|v| log.contains(v.as_str())).collect();
    assert!(gevonden.is_empty(), "in the log: {gevonden:?}");
}
