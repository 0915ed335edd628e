//! `spoor2 bench last`: a load test of the real `spoor2 serve`. It fills a SQLite database with the
//! demo scaled to many dossiers and coaches, starts the server as a child process on loopback, logs
//! every coach in through the real login (password and TOTP code), and then lets every coach browse
//! at once: the werkvoorraad, a dossier of the caseload, and now and then an activity recorded with
//! the traject's form. Without think time every coach clicks on as soon as a page is in (the server
//! saturated: a page waits for the 199 others); with it, a coach looks at each page for a while first.
//! In the same run it measures a trivial handler (`/gezond`), the cheapest request a logged-in user
//! makes (the notification counter, `/meldingen/aantal`: the session and one count) and the
//! werkvoorraad alone, at the same concurrency without think time and taking turns in slices of two
//! seconds, for the ratios between them, and for each of these the processor time per request of the
//! server and of the load generator (on Linux): a figure that the load of other machines on the host
//! moves far less than a throughput.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use spoor2::klant::Sessie;
use spoor2::server::{Server, vrije_poort};
use store::Store;

use crate::{Fout, demo, uitvoer};

pub struct Keuze {
    pub dossiers: usize,
    pub gebruikers: usize,
    /// Seconds of mixed browsing.
    pub duur: u64,
    /// Seconds of each comparison phase (trivial handler, notification counter, werkvoorraad alone).
    pub vergelijk: u64,
    /// Mean milliseconds a user looks at a page before the next click in the mixed phase.
    pub denktijd: u64,
    pub json: bool,
}

/// One measured request: which page, how long, and the error if it failed.
struct Meting {
    pagina: &'static str,
    micros: u64,
    fout: Option<String>,
}

/// A logged-in coach with the dossiers of their caseload.
struct Gebruiker {
    sessie: Sessie,
    dossiers: Vec<String>,
    /// The dossiers whose traject takes activities.
    trajecten: Vec<String>,
}

#[derive(serde::Serialize)]
struct Uitslag {
    aantal: usize,
    fouten: usize,
    per_seconde: f64,
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
    /// Processor time per request (user and system, all threads) of the server and of this load
    /// generator, where the system tells it (Linux' `/proc`).
    cpu_server_us: Option<f64>,
    cpu_generator_us: Option<f64>,
}

fn uitslag(metingen: &[&Meting], seconden: f64) -> Uitslag {
    let mut tijden: Vec<u64> = metingen.iter().map(|m| m.micros).collect();
    tijden.sort_unstable();
    let p = |q: f64| {
        tijden.get(((tijden.len().max(1) - 1) as f64 * q).round() as usize).map_or(0.0, |t| *t as f64 / 1000.0)
    };
    Uitslag {
        aantal: metingen.len(),
        fouten: metingen.iter().filter(|m| m.fout.is_some()).count(),
        per_seconde: metingen.len() as f64 / seconden,
        p50_ms: p(0.5),
        p99_ms: p(0.99),
        max_ms: p(1.0),
        cpu_server_us: None,
        cpu_generator_us: None,
    }
}

/// What one phase measured, per page.
fn per_pagina(metingen: &[Meting], seconden: f64) -> BTreeMap<&'static str, Uitslag> {
    let mut groepen: BTreeMap<&'static str, Vec<&Meting>> = BTreeMap::new();
    for m in metingen {
        groepen.entry(m.pagina).or_default().push(m);
    }
    groepen.into_iter().map(|(p, ms)| (p, uitslag(&ms, seconden))).collect()
}

#[derive(serde::Serialize)]
struct Verslag {
    dossiers: usize,
    gebruikers: usize,
    duur_s: u64,
    vergelijk_s: u64,
    denktijd_ms: u64,
    vullen_s: f64,
    inloggen_s: f64,
    /// How long the server's rounds at start (reminders, retention periods) kept it busy after the log-ins.
    stil_s: f64,
    gezond: Uitslag,
    /// The cheapest logged-in request: what every page costs before it does its own work.
    meldingenteller: Uitslag,
    alleen_werkvoorraad: Uitslag,
    /// Werkvoorraad alone against the trivial handler, requests per second.
    verhouding: f64,
    /// The notification counter against the trivial handler, requests per second.
    verhouding_ingelogd: f64,
    paginas: BTreeMap<&'static str, Uitslag>,
    fouten: usize,
}

pub fn voer_uit(k: Keuze) -> Result<(), Fout> {
    if k.dossiers == 0 || k.gebruikers == 0 || k.duur == 0 || k.vergelijk == 0 {
        return Err(Fout::Invoer("--dossiers, --gebruikers, --duur en --vergelijk moeten minstens 1 zijn".into()));
    }
    let map = std::env::temp_dir().join(format!("spoor2-bench-last-{}", std::process::id()));
    std::fs::create_dir_all(&map)?;
    let uitkomst = meet(&map, &k);
    let _ = std::fs::remove_dir_all(&map);
    uitkomst
}

fn meet(map: &std::path::Path, k: &Keuze) -> Result<(), Fout> {
    let bestand = map.join("bench.db");
    let url = format!("sqlite:{}", bestand.display());
    let begin = Instant::now();
    eprintln!("Demodatabase vullen ({} dossiers, {} coaches)…", k.dossiers, k.gebruikers);
    // Filling commits every step on its own; in memory (tmpfs) that takes minutes instead of an hour
    // of fsyncs. The server then runs on the copy on disk, with every commit synced as in production.
    let geheugen = std::path::Path::new("/dev/shm").join(format!("spoor2-bench-last-{}", std::process::id()));
    let vulmap = if std::fs::create_dir_all(&geheugen).is_ok() { geheugen.clone() } else { map.to_path_buf() };
    let vulbestand = vulmap.join("bench.db");
    let demo = {
        let store = Store::open_demo(&format!("sqlite:{}", vulbestand.display()))?;
        demo::vul(&store, web::vandaag(), k.dossiers, k.gebruikers, |_, n| {
            if n % 1000 == 0 {
                eprintln!("  {n} dossiers");
            }
        })
    };
    // The store is closed: SQLite has folded its log into the file.
    if vulbestand != bestand {
        let gekopieerd = if demo.is_ok() { std::fs::copy(&vulbestand, &bestand).map(drop) } else { Ok(()) };
        let _ = std::fs::remove_dir_all(&geheugen);
        gekopieerd?;
    }
    let demo = demo?;
    let vullen_s = begin.elapsed().as_secs_f64();
    let programma = std::env::current_exe()?;
    let server = Server::start(&programma, &[("DATABASE_URL", &url)], vrije_poort()).map_err(anyhow::Error::msg)?;
    let runtime = tokio::runtime::Runtime::new()?;
    let begin = Instant::now();
    let gebruikers = runtime.block_on(log_iedereen_in(&server.basis(), &demo, k.gebruikers))?;
    let inloggen_s = begin.elapsed().as_secs_f64();
    eprintln!("{} coaches ingelogd in {inloggen_s:.1} s; wachten tot de server stil is…", gebruikers.len());
    let stil_s = wacht_tot_stil(server.pid()).as_secs_f64();
    eprintln!("Server stil na {stil_s:.1} s; meten…");
    let gebruikers: Vec<std::sync::Arc<Gebruiker>> = gebruikers.into_iter().map(std::sync::Arc::new).collect();

    // The three comparisons take turns in slices of at most two seconds, each `--vergelijk` seconds in
    // all: the load of other machines on the host changes within a run, and so it weighs on the three
    // alike instead of on whichever one it happened to fall in.
    let soorten = [Wat::Gezond, Wat::Meldingenteller, Wat::Werkvoorraad];
    let beurten = k.vergelijk.div_ceil(2);
    let beurt = Duration::from_secs_f64(k.vergelijk as f64 / beurten as f64);
    let mut metingen: [Vec<Meting>; 3] = Default::default();
    // Processor time of the server and of this generator per comparison, while the system tells it.
    let mut processor = [[Some(Duration::ZERO); 2]; 3];
    for _ in 0..beurten {
        for (i, wat) in soorten.into_iter().enumerate() {
            let voor = [processortijd(server.pid()), processortijd(std::process::id())];
            metingen[i].extend(runtime.block_on(fase(&gebruikers, beurt, wat)));
            let na = [processortijd(server.pid()), processortijd(std::process::id())];
            for (j, tijd) in processor[i].iter_mut().enumerate() {
                *tijd = tijd.zip(voor[j]).zip(na[j]).map(|((t, voor), na)| t + (na - voor));
            }
        }
    }
    let vergelijking = |i: usize| {
        let mut u = uitslag(&metingen[i].iter().collect::<Vec<_>>(), k.vergelijk as f64);
        let per_verzoek = |t: Option<Duration>| Some(t?.as_secs_f64() * 1e6 / metingen[i].len().max(1) as f64);
        (u.cpu_server_us, u.cpu_generator_us) = (per_verzoek(processor[i][0]), per_verzoek(processor[i][1]));
        u
    };
    let (gezond_u, teller_u, werkvoorraad_u) = (vergelijking(0), vergelijking(1), vergelijking(2));
    let gemengd = runtime.block_on(fase(&gebruikers, Duration::from_secs(k.duur), Wat::Gemengd(k.denktijd)));
    drop(server);

    let fouten: Vec<&str> =
        metingen.iter().chain([&gemengd]).flat_map(|f| f.iter()).filter_map(|m| m.fout.as_deref()).collect();
    let verslag = Verslag {
        dossiers: k.dossiers,
        gebruikers: gebruikers.len(),
        duur_s: k.duur,
        vergelijk_s: k.vergelijk,
        denktijd_ms: k.denktijd,
        vullen_s,
        inloggen_s,
        stil_s,
        verhouding: werkvoorraad_u.per_seconde / gezond_u.per_seconde.max(f64::MIN_POSITIVE),
        verhouding_ingelogd: teller_u.per_seconde / gezond_u.per_seconde.max(f64::MIN_POSITIVE),
        gezond: gezond_u,
        meldingenteller: teller_u,
        alleen_werkvoorraad: werkvoorraad_u,
        paginas: per_pagina(&gemengd, k.duur as f64),
        fouten: fouten.len(),
    };
    for f in fouten.iter().take(10) {
        eprintln!("fout: {f}");
    }
    if k.json {
        uitvoer(&(serde_json::to_string_pretty(&verslag).map_err(anyhow::Error::from)? + "\n"))?;
    } else {
        uitvoer(&tabel(&verslag))?;
    }
    if verslag.fouten > 0 {
        return Err(Fout::Intern(anyhow::anyhow!("{} verzoeken mislukten", verslag.fouten)));
    }
    Ok(())
}

fn tabel(v: &Verslag) -> String {
    let mut t = format!(
        "Belastingtest: {} dossiers, {} ingelogde coaches tegelijk; vullen {:.0} s, inloggen {:.1} s, \
         server stil na {:.1} s\n\n",
        v.dossiers, v.gebruikers, v.vullen_s, v.inloggen_s, v.stil_s
    );
    t.push_str(&format!(
        "{:<28} {:>8} {:>7} {:>10} {:>9} {:>9} {:>9}\n",
        "Pagina", "aantal", "fouten", "per s", "p50 ms", "p99 ms", "max ms"
    ));
    let regel = |naam: &str, u: &Uitslag| {
        format!(
            "{naam:<28} {:>8} {:>7} {:>10.1} {:>9.1} {:>9.1} {:>9.1}\n",
            u.aantal, u.fouten, u.per_seconde, u.p50_ms, u.p99_ms, u.max_ms
        )
    };
    t.push_str(&format!("Gemengd, {} s, denktijd {} ms:\n", v.duur_s, v.denktijd_ms));
    for (naam, u) in &v.paginas {
        t.push_str(&regel(&format!("  {naam}"), u));
    }
    t.push_str(&format!("Vergelijking, elk {} s, om beurten:\n", v.vergelijk_s));
    t.push_str(&regel("  /gezond (triviaal)", &v.gezond));
    t.push_str(&regel("  alleen meldingenteller", &v.meldingenteller));
    t.push_str(&regel("  alleen werkvoorraad", &v.alleen_werkvoorraad));
    if let (Some(g), Some(m), Some(w)) =
        (v.gezond.cpu_server_us, v.meldingenteller.cpu_server_us, v.alleen_werkvoorraad.cpu_server_us)
    {
        let generator = |u: &Uitslag| u.cpu_generator_us.unwrap_or(0.0);
        t.push_str(&format!(
            "Processortijd per verzoek, server (belastinggenerator): /gezond {g:.0} µs ({:.0}), meldingenteller {m:.0} µs ({:.0}), werkvoorraad {w:.0} µs ({:.0})\n",
            generator(&v.gezond),
            generator(&v.meldingenteller),
            generator(&v.alleen_werkvoorraad),
        ));
    }
    t.push_str(&format!(
        "\nWerkvoorraad / triviaal: {:.1}% (doel: minstens 25%; meldingenteller / triviaal: {:.1}%); p99 dossierpagina {:.1} ms (doel: onder 100 ms); fouten: {}\n",
        v.verhouding * 100.0,
        v.verhouding_ingelogd * 100.0,
        v.paginas.get("dossier").map_or(0.0, |u| u.p99_ms),
        v.fouten
    ));
    t
}

/// Logs in the first `aantal` coaches of the demo, a few at a time (Argon2 is deliberately costly).
async fn log_iedereen_in(basis: &str, demo: &demo::Demo, aantal: usize) -> Result<Vec<Gebruiker>, Fout> {
    let coaches: Vec<&demo::Account> =
        demo.accounts.iter().filter(|a| a.rol == domain::waarden::Rol::Coach).take(aantal).collect();
    // Per group of logins: (e-mail, TOTP secret, dossiers, dossiers with a running traject).
    type Coach = (String, String, Vec<String>, Vec<String>);
    let mut groepen: Vec<Vec<Coach>> = vec![Vec::new(); 8];
    for (n, a) in coaches.iter().enumerate() {
        let eigen = demo.dossiers.iter().filter(|d| d.coach == a.email);
        let dossiers: Vec<String> = eigen.clone().map(|d| d.id.clone()).collect();
        let trajecten = eigen.filter(|d| d.traject_loopt).map(|d| d.id.clone()).collect();
        groepen[n % 8].push((a.email.clone(), a.totp_geheim.clone(), dossiers, trajecten));
    }
    let taken: Vec<_> = groepen
        .into_iter()
        .map(|groep| {
            let basis = basis.to_string();
            tokio::spawn(async move {
                let mut ingelogd = Vec::new();
                for (email, geheim, dossiers, trajecten) in groep {
                    let sessie = Sessie::nieuw(&basis);
                    sessie.log_in(&email, demo::WACHTWOORD, &geheim).await?;
                    ingelogd.push(Gebruiker { sessie, dossiers, trajecten });
                }
                Ok::<_, String>(ingelogd)
            })
        })
        .collect();
    let mut gebruikers = Vec::new();
    for t in taken {
        gebruikers.extend(t.await.map_err(anyhow::Error::from)?.map_err(anyhow::Error::msg)?);
    }
    Ok(gebruikers)
}

#[derive(Clone, Copy)]
enum Wat {
    Gezond,
    Meldingenteller,
    Werkvoorraad,
    /// With the mean think time in milliseconds.
    Gemengd(u64),
}

/// Every user at once, each in a loop until `duur` has passed.
async fn fase(gebruikers: &[std::sync::Arc<Gebruiker>], duur: Duration, wat: Wat) -> Vec<Meting> {
    let einde = Instant::now() + duur;
    let taken: Vec<_> = gebruikers
        .iter()
        .enumerate()
        .map(|(n, g)| {
            let g = g.clone();
            tokio::spawn(async move {
                let mut rng = fastrand::Rng::with_seed(n as u64);
                let mut metingen = Vec::new();
                // With think time the users do not all click at the same instant: each starts somewhere
                // within one think time.
                if let Wat::Gemengd(denktijd) = wat {
                    tokio::time::sleep(Duration::from_millis(rng.u64(0..=denktijd))).await;
                }
                while Instant::now() < einde {
                    match wat {
                        Wat::Gezond => metingen.push(haal(&g.sessie, "gezond", "/gezond").await),
                        Wat::Meldingenteller => {
                            metingen.push(haal(&g.sessie, "meldingenteller", "/meldingen/aantal").await)
                        }
                        Wat::Werkvoorraad => metingen.push(haal(&g.sessie, "werkvoorraad", "/werkvoorraad").await),
                        Wat::Gemengd(denktijd) => rondje(&g, &mut rng, denktijd, &mut metingen).await,
                    }
                }
                metingen
            })
        })
        .collect();
    let mut alle = Vec::new();
    for t in taken {
        alle.extend(t.await.expect("a load task does not panic"));
    }
    alle
}

/// What a coach does: the werkvoorraad, a dossier, and one time in four an activity with the
/// traject's form, after which the browser shows the traject page; after each page the coach looks
/// at it for about `denktijd` milliseconds.
async fn rondje(g: &Gebruiker, rng: &mut fastrand::Rng, denktijd: u64, metingen: &mut Vec<Meting>) {
    let denk = |rng: &mut fastrand::Rng| Duration::from_millis(denktijd / 2 + rng.u64(0..=denktijd));
    metingen.push(haal(&g.sessie, "werkvoorraad", "/werkvoorraad").await);
    tokio::time::sleep(denk(rng)).await;
    if let Some(d) = kies(rng, &g.dossiers) {
        metingen.push(haal(&g.sessie, "dossier", &format!("/dossiers/{d}")).await);
        tokio::time::sleep(denk(rng)).await;
    }
    if rng.u8(0..4) == 0
        && let Some(d) = kies(rng, &g.trajecten)
    {
        let vandaag = web::vandaag().to_string();
        let formulier = [
            ("soort", "coachgesprek"),
            ("datum", vandaag.as_str()),
            ("minuten", "30"),
            ("doel", "voortgang bespreken"),
            ("met_wie", "coach"),
            ("afspraken", "twee vacatures uitzoeken"),
        ];
        let begin = Instant::now();
        let antwoord = g.sessie.post(&format!("/dossiers/{d}/traject/activiteit"), &formulier).await;
        let fout = match &antwoord {
            Ok(a) if a.vastgelegd() => None,
            Ok(a) => Some(format!("activiteit: {} {:?}", a.status, a.locatie)),
            Err(e) => Some(format!("activiteit: {e}")),
        };
        metingen.push(Meting { pagina: "activiteit (formulier)", micros: micros(begin), fout });
        if let Ok(a) = antwoord
            && let Some(locatie) = a.locatie.filter(|_| a.status == 303)
        {
            metingen.push(haal(&g.sessie, "traject", &locatie).await);
            tokio::time::sleep(denk(rng)).await;
        }
    }
}

fn kies<'a>(rng: &mut fastrand::Rng, uit: &'a [String]) -> Option<&'a String> {
    (!uit.is_empty()).then(|| &uit[rng.usize(0..uit.len())])
}

fn micros(begin: Instant) -> u64 {
    begin.elapsed().as_micros() as u64
}

/// The processor time a process has used so far, user and system, all its threads: fields 14 and 15 of
/// Linux' `/proc/<pid>/stat`, in the kernel's fixed 100 ticks a second. `None` elsewhere.
fn processortijd(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces; the fields after it are plain.
    let mut velden = stat.rsplit_once(')')?.1.split_whitespace().skip(11);
    let mut tikken = || velden.next()?.parse::<u64>().ok();
    Some(Duration::from_millis((tikken()? + tikken()?) * 10))
}

/// Waits until the process `pid` is idle, at most five minutes: at start the server runs a round of
/// reminders and one of retention periods over every dossier, seconds of work that the comparisons are
/// not about. Idle is less than a tenth of a processor over half a second. Returns how long it waited;
/// at once where the system does not tell processor time.
fn wacht_tot_stil(pid: u32) -> Duration {
    let (begin, venster) = (Instant::now(), Duration::from_millis(500));
    while begin.elapsed() < Duration::from_secs(300) {
        let voor = processortijd(pid);
        std::thread::sleep(venster);
        match (voor, processortijd(pid)) {
            (Some(voor), Some(na)) if na.saturating_sub(voor) >= venster / 10 => {}
            _ => break,
        }
    }
    begin.elapsed()
}

/// A GET that must answer 200.
async fn haal(sessie: &Sessie, pagina: &'static str, pad: &str) -> Meting {
    let begin = Instant::now();
    let fout = match sessie.get(pad).await {
        Ok(a) if a.status == 200 => None,
        Ok(a) => Some(format!("{pad}: {} {:?}", a.status, a.locatie)),
        Err(e) => Some(format!("{pad}: {e}")),
    };
    Meting { pagina, micros: micros(begin), fout }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn processor_time_is_read_for_a_running_process_and_not_for_an_absent_one() {
        let eigen = processortijd(std::process::id());
        assert_eq!(eigen.is_some(), cfg!(target_os = "linux"));
        assert_eq!(processortijd(u32::MAX), None);
    }
}
