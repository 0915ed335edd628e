//! Faults, as an operator meets them, against the real `spoor2 serve`:
//!
//! - the server killed (SIGKILL) at random moments in the middle of write load, on SQLite and on
//!   PostgreSQL: every acknowledged write (an activity with a unique marker, acknowledged by its
//!   `303`) is there afterwards and the audit chains verify, with the werkvoorraad read all the while
//!   (so a list view's entry and its stored list are written at the moment of a kill too);
//! - PostgreSQL stopped under load (a private server, see `scripts/postgres`): the application
//!   answers `503` with a Dutch message saying so, never `500`, and serves again by itself when
//!   PostgreSQL is back;
//! - a full disk and a read-only database (a small tmpfs, mounted as root): a clear error, and no
//!   corruption (`PRAGMA integrity_check`, the audit chains);
//! - scale-out: two servers on one PostgreSQL database behind a round-robin proxy on loopback: a
//!   session made on one works on the other, a vacancy import through one is seen by the matching
//!   on the other, and killing one under write load loses no acknowledged write. (That background
//!   jobs run once with two servers is `herinneringen_cli.rs`.)
//!
//! The short variants run in CI; the long ones (100 kills) with
//! `cargo nextest run -p spoor2 --test fouten --run-ignored only`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use spoor2::klant::Sessie;
use spoor2::server::{Server, vrije_poort};
use store::{Actor, Store};
use test_support::Testdatabase;

const PROGRAMMA: &str = env!("CARGO_BIN_EXE_spoor2");
const WACHTWOORD: &str = "demo-wachtwoord-2026";
const COACH: &str = "coach.anna@debrug.example";

/// The demo in a database: the coach's TOTP secret and a dossier of hers with a running traject.
struct Demo {
    url: String,
    geheim: String,
    dossier: String,
}

fn demo(url: &str) -> Demo {
    let uit = Command::new(PROGRAMMA)
        .args(["demo", "--werknemers", "10", "--zonder-server"])
        .env("DATABASE_URL", url)
        .output()
        .unwrap();
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let tekst = String::from_utf8(uit.stdout).unwrap();
    let regel = tekst.lines().find(|r| r.contains(COACH)).expect("the demo prints the coach's account");
    let geheim = regel.split_whitespace().nth(2).unwrap().to_string();
    let store = Store::open_demo(url).unwrap();
    let (organisatie, _) = store.organisaties().unwrap().pop().unwrap();
    let systeem = Actor { id: "systeem:test", organisatie_id: &organisatie };
    let dossier = store.dossiers(systeem).unwrap().into_iter().find(|d| d.werknemer == "Mohamed Jansen").unwrap().id;
    Demo { url: url.to_string(), geheim, dossier }
}

fn start(url: &str, poort: u16) -> Server {
    Server::start(Path::new(PROGRAMMA), &[("DATABASE_URL", url)], poort).unwrap()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap()
}

/// The markers of the traject's activities in the database.
fn opgeslagen_merken(url: &str, dossier: &str) -> Vec<String> {
    let store = Store::open_demo(url).unwrap();
    let (organisatie, _) = store.organisaties().unwrap().pop().unwrap();
    let systeem = Actor { id: "systeem:test", organisatie_id: &organisatie };
    let traject = store.traject(systeem, dossier, "test").unwrap().unwrap();
    traject.activiteiten.into_iter().map(|a| a.inhoud.doel).filter(|d| d.starts_with("merk-")).collect()
}

fn audit_klopt(url: &str) {
    let uit = Command::new(PROGRAMMA).args(["audit", "verify"]).env("DATABASE_URL", url).output().unwrap();
    assert!(uit.status.success(), "{}{}", String::from_utf8_lossy(&uit.stdout), String::from_utf8_lossy(&uit.stderr));
}

fn sqlite_heel(url: &str) {
    use diesel::{Connection, RunQueryDsl};
    #[derive(diesel::QueryableByName)]
    struct Rij {
        #[diesel(sql_type = diesel::sql_types::Text)]
        integrity_check: String,
    }
    let mut c = diesel::SqliteConnection::establish(store::verbinding::sqlite_pad(url)).unwrap();
    let rijen: Vec<Rij> = diesel::sql_query("PRAGMA integrity_check").load(&mut c).unwrap();
    assert_eq!(rijen.iter().map(|r| r.integrity_check.as_str()).collect::<Vec<_>>(), ["ok"]);
}

/// Writes activities with unique markers until told to stop; keeps the markers whose form was
/// acknowledged (`303` to the page that says so), and every other status it got.
struct Schrijver {
    stop: Arc<AtomicBool>,
    erkend: Arc<Mutex<Vec<String>>>,
    statussen: Arc<Mutex<Vec<u16>>>,
}

impl Schrijver {
    fn start(rt: &tokio::runtime::Runtime, sessie: Arc<Sessie>, dossier: &str, naam: &str) -> Self {
        let s = Schrijver { stop: Default::default(), erkend: Default::default(), statussen: Default::default() };
        let (stop, erkend, statussen) = (s.stop.clone(), s.erkend.clone(), s.statussen.clone());
        let (pad, naam) = (format!("/dossiers/{dossier}/traject/activiteit"), naam.to_string());
        rt.spawn(async move {
            let vandaag = web::vandaag().to_string();
            for n in 0.. {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let merk = format!("merk-{naam}-{n}");
                let formulier =
                    [("soort", "coachgesprek"), ("datum", vandaag.as_str()), ("minuten", "15"), ("doel", &merk)];
                match sessie.post(&pad, &formulier).await {
                    Ok(a) if a.vastgelegd() => erkend.lock().unwrap().push(merk),
                    Ok(a) => {
                        statussen.lock().unwrap().push(a.status);
                        tokio::time::sleep(Duration::from_millis(20)).await;
                    }
                    // The server is down (killed, restarting): not acknowledged, try again.
                    Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
                }
            }
        });
        s
    }

    /// Stops, and returns the acknowledged markers and the other statuses.
    fn stop(self) -> (Vec<String>, Vec<u16>) {
        self.stop.store(true, Ordering::Relaxed);
        std::thread::sleep(Duration::from_millis(300));
        let erkend = self.erkend.lock().unwrap().clone();
        let statussen = self.statussen.lock().unwrap().clone();
        (erkend, statussen)
    }
}

/// Kills the server `keer` times at random moments while a coach writes, restarting it each time.
fn sigkill_onder_schrijflast(db: &Testdatabase, keer: usize) {
    let d = demo(&db.url);
    let poort = vrije_poort();
    let mut server = start(&d.url, poort);
    let rt = runtime();
    let sessie = Arc::new(Sessie::nieuw(&server.basis()));
    rt.block_on(sessie.log_in(COACH, WACHTWOORD, &d.geheim)).unwrap();
    let schrijver = Schrijver::start(&rt, sessie.clone(), &d.dossier, "kill");
    let (lezer_stop, gelezen) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicUsize::new(0)));
    rt.spawn({
        let (sessie, stop, gelezen) = (sessie.clone(), lezer_stop.clone(), gelezen.clone());
        async move {
            while !stop.load(Ordering::Relaxed) {
                match sessie.get("/werkvoorraad").await {
                    Ok(a) if a.status == 200 => _ = gelezen.fetch_add(1, Ordering::Relaxed),
                    // The server is down (killed, restarting): try again.
                    _ => tokio::time::sleep(Duration::from_millis(20)).await,
                }
            }
        }
    });
    let mut rng = fastrand::Rng::with_seed(2002);
    for _ in 0..keer {
        std::thread::sleep(Duration::from_millis(rng.u64(50..400)));
        server.dood();
        server = start(&d.url, poort);
    }
    // Some writes after the last restart too: the session survived every kill (it is in the database).
    let na = schrijver.erkend.lock().unwrap().len();
    let einde = Instant::now() + Duration::from_secs(60);
    while schrijver.erkend.lock().unwrap().len() < na + 3 && Instant::now() < einde {
        std::thread::sleep(Duration::from_millis(50));
    }
    lezer_stop.store(true, Ordering::Relaxed);
    let (erkend, statussen) = schrijver.stop();
    drop(server);
    assert!(statussen.is_empty(), "every answer was an acknowledgement or a broken connection: {statussen:?}");
    assert!(erkend.len() >= na + 3, "the coach could write after the last restart");
    assert!(gelezen.load(Ordering::Relaxed) > 0, "the werkvoorraad was read between the kills");
    let opgeslagen = opgeslagen_merken(&d.url, &d.dossier);
    let kwijt: Vec<&String> = erkend.iter().filter(|m| !opgeslagen.contains(m)).collect();
    assert!(kwijt.is_empty(), "acknowledged but lost after {keer} kills: {kwijt:?}");
    audit_klopt(&d.url);
    if d.url.starts_with("sqlite:") {
        sqlite_heel(&d.url);
    }
}

#[test]
fn sigkill_sqlite_kort() {
    sigkill_onder_schrijflast(&Testdatabase::sqlite(), 5);
}

#[test]
fn sigkill_postgres_kort() {
    sigkill_onder_schrijflast(&Testdatabase::postgres(), 5);
}

#[test]
#[ignore = "lang: 100 keer SIGKILL; cargo nextest run -p spoor2 --test fouten --run-ignored only"]
fn sigkill_sqlite_100() {
    sigkill_onder_schrijflast(&Testdatabase::sqlite(), 100);
}

#[test]
#[ignore = "lang: 100 keer SIGKILL; cargo nextest run -p spoor2 --test fouten --run-ignored only"]
fn sigkill_postgres_100() {
    sigkill_onder_schrijflast(&Testdatabase::postgres(), 100);
}

/// A private PostgreSQL cluster of `scripts/postgres`, to stop and start; removed when dropped.
struct EigenPostgres {
    map: PathBuf,
    poort: u16,
}

impl EigenPostgres {
    fn start() -> Self {
        let map = std::env::temp_dir().join(format!("spoor2-fouten-pg-{}", std::process::id()));
        let pg = EigenPostgres { map, poort: vrije_poort() };
        pg.zet_aan();
        pg
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.poort)
    }

    fn zet_aan(&self) {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/postgres");
        let uit = Command::new(script)
            .env("SPOOR2_PG_DIR", &self.map)
            .env("SPOOR2_PG_PORT", self.poort.to_string())
            .output()
            .unwrap();
        assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    }

    fn zet_uit(&self) {
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path().join("bin/pg_ctl")))
            .filter(|p| p.exists())
            .max()
            .expect("PostgreSQL is installed");
        let mut opdracht = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(bin);
            c
        } else {
            Command::new(bin)
        };
        let uit = opdracht.arg("-D").arg(&self.map).args(["stop", "-m", "fast", "-w"]).output().unwrap();
        assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    }
}

impl Drop for EigenPostgres {
    fn drop(&mut self) {
        if self.map.join("postmaster.pid").exists() {
            self.zet_uit();
        }
        let _ = std::fs::remove_dir_all(&self.map);
    }
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|u| String::from_utf8_lossy(&u.stdout).trim() == "0")
}

/// Waits until a GET of `pad` answers 200.
fn wacht_op_200(rt: &tokio::runtime::Runtime, sessie: &Sessie, pad: &str) {
    let einde = Instant::now() + Duration::from_secs(60);
    loop {
        let a = rt.block_on(sessie.get(pad));
        if a.as_ref().is_ok_and(|a| a.status == 200) {
            return;
        }
        assert!(Instant::now() < einde, "{pad} does not recover: {a:?}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn postgres_gestopt_onder_last_geeft_503_en_herstelt_vanzelf() {
    let pg = EigenPostgres::start();
    let d = demo(&pg.url());
    let server = start(&d.url, vrije_poort());
    let rt = runtime();
    let sessie = Arc::new(Sessie::nieuw(&server.basis()));
    rt.block_on(sessie.log_in(COACH, WACHTWOORD, &d.geheim)).unwrap();
    let pagina = format!("/dossiers/{}", d.dossier);
    wacht_op_200(&rt, &sessie, &pagina);
    let schrijver = Schrijver::start(&rt, sessie.clone(), &d.dossier, "pg");
    std::thread::sleep(Duration::from_millis(500));

    pg.zet_uit();
    std::thread::sleep(Duration::from_millis(300));
    // While it is down: a page and a form get 503 with the Dutch message, and so does the API.
    let a = rt.block_on(sessie.get(&pagina)).unwrap();
    assert_eq!(a.status, 503, "{}", a.tekst());
    assert!(a.tekst().contains("De database is op dit moment niet bereikbaar"), "{}", a.tekst());
    let api = rt.block_on(sessie.get("/api/v1/werkvoorraad")).unwrap();
    assert!(api.status == 401 || api.status == 503, "the API answers without a token: {api:?}");
    std::thread::sleep(Duration::from_secs(1));

    pg.zet_aan();
    wacht_op_200(&rt, &sessie, &pagina);
    let voor = schrijver.erkend.lock().unwrap().len();
    let einde = Instant::now() + Duration::from_secs(60);
    while schrijver.erkend.lock().unwrap().len() < voor + 3 && Instant::now() < einde {
        std::thread::sleep(Duration::from_millis(50));
    }
    let (erkend, statussen) = schrijver.stop();
    assert!(erkend.len() >= voor + 3, "writes are acknowledged again after PostgreSQL is back");
    assert!(statussen.contains(&503), "the writes during the stop got 503: {statussen:?}");
    assert!(statussen.iter().all(|s| *s == 503), "only 503 while PostgreSQL was down, never 500: {statussen:?}");
    drop(server);
    let opgeslagen = opgeslagen_merken(&d.url, &d.dossier);
    assert!(erkend.iter().all(|m| opgeslagen.contains(m)), "every acknowledged write is stored");
    audit_klopt(&d.url);
}

/// A small tmpfs at a fresh directory, unmounted when dropped; `None` where mounting is impossible.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(megabytes: u32) -> Option<Self> {
        let map = std::env::temp_dir().join(format!("spoor2-fouten-tmpfs-{}", std::process::id()));
        std::fs::create_dir_all(&map).unwrap();
        let uit = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m"), "tmpfs"])
            .arg(&map)
            .output()
            .ok()?;
        if !uit.status.success() {
            eprintln!(
                "OVERGESLAGEN: kan geen tmpfs aankoppelen (alleen als root): {}",
                String::from_utf8_lossy(&uit.stderr)
            );
            let _ = std::fs::remove_dir(&map);
            return None;
        }
        Some(Tmpfs(map))
    }

    fn remount(&self, optie: &str) {
        let uit = Command::new("mount").args(["-o", &format!("remount,{optie}")]).arg(&self.0).output().unwrap();
        assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
        let _ = std::fs::remove_dir(&self.0);
    }
}

/// Writes through the form until the answer is no acknowledgement; returns it.
fn schrijf_tot_weigering(rt: &tokio::runtime::Runtime, sessie: &Sessie, dossier: &str) -> spoor2::klant::Antwoord {
    let pad = format!("/dossiers/{dossier}/traject/activiteit");
    let vandaag = web::vandaag().to_string();
    let lang = "x".repeat(3000);
    for _ in 0..10_000 {
        let formulier = [("soort", "coachgesprek"), ("datum", vandaag.as_str()), ("minuten", "15"), ("doel", "vol")];
        let a =
            rt.block_on(sessie.post(&pad, &[formulier.as_slice(), &[("afspraken", lang.as_str())]].concat())).unwrap();
        if !a.vastgelegd() {
            return a;
        }
    }
    panic!("the disk never filled");
}

#[test]
fn volle_schijf_en_alleen_lezen_geven_een_duidelijke_fout_zonder_schade() {
    let Some(tmpfs) = Tmpfs::mount(24) else { return };
    let url = format!("sqlite:{}", tmpfs.0.join("spoor2.db").display());
    let d = demo(&url);
    let server = start(&d.url, vrije_poort());
    let rt = runtime();
    let sessie = Sessie::nieuw(&server.basis());
    rt.block_on(sessie.log_in(COACH, WACHTWOORD, &d.geheim)).unwrap();
    let pagina = format!("/dossiers/{}", d.dossier);

    // The disk fills up: ballast leaves a little room, the writes take the rest.
    let ballast = tmpfs.0.join("ballast");
    let vrij = Command::new("df").args(["--output=avail", "-B1"]).arg(&tmpfs.0).output().unwrap();
    let vrij: u64 = String::from_utf8_lossy(&vrij.stdout).lines().nth(1).unwrap().trim().parse().unwrap();
    std::fs::write(&ballast, vec![0u8; (vrij.saturating_sub(2 << 20)) as usize]).unwrap();
    let vol = schrijf_tot_weigering(&rt, &sessie, &d.dossier);
    assert_eq!(vol.status, 503, "{}", vol.tekst());
    assert!(vol.tekst().contains("de schijf is vol of alleen-lezen"), "{}", vol.tekst());
    std::fs::remove_file(&ballast).unwrap();
    wacht_op_200(&rt, &sessie, &pagina);
    assert!(een_schrijfactie_lukt(&rt, &sessie, &d.dossier), "writes work again with room on the disk");

    // The file system becomes read-only (remounted with the server stopped: a file open for writing
    // keeps it from being remounted). The server either refuses to start with a message, or serves and
    // refuses writes with the message of the pages.
    drop(server);
    tmpfs.remount("ro");
    let poort = vrije_poort();
    let mut kind = Command::new(PROGRAMMA)
        .args(["serve", "--adres", &format!("127.0.0.1:{poort}")])
        .env("DATABASE_URL", &d.url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let einde = Instant::now() + Duration::from_secs(20);
    while kind.try_wait().unwrap().is_none() && Instant::now() < einde {
        std::thread::sleep(Duration::from_millis(100));
    }
    if kind.try_wait().unwrap().is_some() {
        let uit = kind.wait_with_output().unwrap();
        let melding = String::from_utf8_lossy(&uit.stderr);
        assert!(!uit.status.success() && melding.contains("fout: "), "a clear refusal to start: {melding}");
    } else {
        let sessie = sessie.op(&format!("http://127.0.0.1:{poort}"));
        let formulier = [("soort", "coachgesprek"), ("datum", "2026-01-01"), ("minuten", "15"), ("doel", "ro")];
        let a = rt.block_on(sessie.post(&format!("/dossiers/{}/traject/activiteit", d.dossier), &formulier)).unwrap();
        let _ = kind.kill();
        let _ = kind.wait();
        assert_eq!(a.status, 503, "{}", a.tekst());
        assert!(a.tekst().contains("de schijf is vol of alleen-lezen"), "{}", a.tekst());
    }
    tmpfs.remount("rw");
    let server = start(&d.url, vrije_poort());
    let sessie = sessie.op(&server.basis());
    assert!(een_schrijfactie_lukt(&rt, &sessie, &d.dossier), "writes work again on a writable disk");
    drop(server);
    sqlite_heel(&d.url);
    audit_klopt(&d.url);
}

/// One write through the form; whether it was acknowledged.
fn een_schrijfactie_lukt(rt: &tokio::runtime::Runtime, sessie: &Sessie, dossier: &str) -> bool {
    let vandaag = web::vandaag().to_string();
    let formulier = [("soort", "coachgesprek"), ("datum", vandaag.as_str()), ("minuten", "15"), ("doel", "weer")];
    rt.block_on(sessie.post(&format!("/dossiers/{dossier}/traject/activiteit"), &formulier))
        .is_ok_and(|a| a.vastgelegd())
}

/// A round-robin TCP proxy on loopback: each connection goes to the next server; one that does not
/// accept is skipped for the next.
async fn proxy(luisteraar: tokio::net::TcpListener, poorten: Vec<u16>) {
    let mut volgende = 0;
    loop {
        let Ok((mut klant, _)) = luisteraar.accept().await else { return };
        let eerste = volgende;
        volgende += 1;
        let poorten = poorten.clone();
        tokio::spawn(async move {
            for i in 0..poorten.len() {
                let poort = poorten[(eerste + i) % poorten.len()];
                if let Ok(mut server) = tokio::net::TcpStream::connect(("127.0.0.1", poort)).await {
                    let _ = tokio::io::copy_bidirectional(&mut klant, &mut server).await;
                    return;
                }
            }
        });
    }
}

/// "Van de N vacatures …" on the passend-werk page: N.
fn aantal_vacatures(pagina: &str) -> usize {
    let (_, rest) = pagina.split_once("Van de ").expect("the vacancies are counted");
    rest.split_whitespace().next().unwrap().parse().unwrap()
}

#[test]
fn twee_servers_delen_sessies_en_vacatures() {
    let db = Testdatabase::postgres();
    let d = demo(&db.url);
    let (a, b) = (start(&d.url, vrije_poort()), start(&d.url, vrije_poort()));
    let rt = runtime();
    let op_a = Sessie::nieuw(&a.basis());
    rt.block_on(op_a.log_in(COACH, WACHTWOORD, &d.geheim)).unwrap();
    // The same browser (the same cookie) on the other server.
    let op_b = op_a.op(&b.basis());
    let werkvoorraad = rt.block_on(op_b.get("/werkvoorraad")).unwrap();
    assert_eq!(werkvoorraad.status, 200, "the session made on A works on B: {werkvoorraad:?}");

    let passend = format!("/dossiers/{}/passend-werk", d.dossier);
    let voor = aantal_vacatures(&rt.block_on(op_b.get(&passend)).unwrap().tekst());
    let vacature = br#"{"@type": "JobPosting", "identifier": "SCHAAL-1", "title": "Administratief medewerker", "hiringOrganization": {"name": "Gemeente Utrecht"}, "jobLocation": {"address": {"postalCode": "3511"}}, "workHours": "24 uur"}"#;
    let import = rt.block_on(op_a.post_bestand("/vacatures", "bestand", "schaal.jsonl", vacature.to_vec())).unwrap();
    assert_eq!(import.status, 200, "{}", import.tekst());
    let na = aantal_vacatures(&rt.block_on(op_b.get(&passend)).unwrap().tekst());
    assert_eq!(na, voor + 1, "B matches against the vacancy imported through A");

    // What B keeps of the werkvoorraad it showed follows an activity recorded through A, and is what a
    // server that kept nothing shows.
    let regel = |sessie: &Sessie| {
        let pagina = rt.block_on(sessie.get("/werkvoorraad")).unwrap().tekst().into_owned();
        let begin = pagina.find(&format!("<li><a href=\"/dossiers/{}\">", d.dossier)).expect("the dossier is listed");
        let lengte = pagina[begin..].find("</li>").unwrap();
        pagina[begin..begin + lengte].to_string()
    };
    let voor = regel(&op_b);
    assert!(een_schrijfactie_lukt(&rt, &op_a, &d.dossier));
    let na = regel(&op_b);
    assert_ne!(na, voor, "the traject's intensity on B moved with the activity written through A");
    let c = start(&d.url, vrije_poort());
    assert_eq!(regel(&op_a.op(&c.basis())), na, "B shows what a new server reads");
}

#[test]
fn een_server_gedood_onder_schrijflast_verliest_niets() {
    let db = Testdatabase::postgres();
    let d = demo(&db.url);
    let mut a = start(&d.url, vrije_poort());
    let b = start(&d.url, vrije_poort());
    let rt = runtime();
    let luisteraar = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let basis = format!("http://{}", luisteraar.local_addr().unwrap());
    rt.spawn(proxy(luisteraar, vec![a.poort, b.poort]));
    // A new connection for every request: the proxy spreads them over both servers.
    let sessie = Arc::new(Sessie::per_verzoek(&basis));
    rt.block_on(sessie.log_in(COACH, WACHTWOORD, &d.geheim)).unwrap();
    let schrijver = Schrijver::start(&rt, sessie.clone(), &d.dossier, "schaal");
    std::thread::sleep(Duration::from_secs(2));
    a.dood();
    let voor = schrijver.erkend.lock().unwrap().len();
    let einde = Instant::now() + Duration::from_secs(60);
    while schrijver.erkend.lock().unwrap().len() < voor + 20 && Instant::now() < einde {
        std::thread::sleep(Duration::from_millis(50));
    }
    let (erkend, statussen) = schrijver.stop();
    drop(b);
    assert!(statussen.is_empty(), "every answer was an acknowledgement or a broken connection: {statussen:?}");
    assert!(erkend.len() >= voor + 20, "the other server took over the writes");
    let opgeslagen = opgeslagen_merken(&d.url, &d.dossier);
    let kwijt: Vec<&String> = erkend.iter().filter(|m| !opgeslagen.contains(m)).collect();
    assert!(kwijt.is_empty(), "acknowledged but lost: {kwijt:?}");
    audit_klopt(&d.url);
}
