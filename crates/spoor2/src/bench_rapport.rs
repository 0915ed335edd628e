//! `spoor2 bench rapport`: a voortgangsrapportage and an RIV bundle of a demo dossier, each built from the
//! database (through the policy, every read logged, as in the application) and typeset to PDF, many times.

use std::time::{Duration, Instant};

use report::{RivInstellingen, Voortgangsverhaal};
use store::{Actor, Store};

use crate::Fout;
use crate::demo;

fn statistiek(mut tijden: Vec<Duration>) -> (f64, f64, f64) {
    tijden.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p = |q: f64| ms(tijden[((tijden.len() - 1) as f64 * q).round() as usize]);
    (p(0.5), p(0.9), ms(*tijden.last().expect("minstens één meting")))
}

pub fn voer_uit(aantal: u32) -> Result<(), Fout> {
    if aantal == 0 {
        return Err(Fout::Invoer("--aantal moet minstens 1 zijn".into()));
    }
    let map = std::env::temp_dir().join(format!("spoor2-bench-rapport-{}", std::process::id()));
    std::fs::create_dir_all(&map)?;
    let uitkomst = meet(&map, aantal);
    let _ = std::fs::remove_dir_all(&map);
    uitkomst
}

fn meet(map: &std::path::Path, aantal: u32) -> Result<(), Fout> {
    let url = format!("sqlite:{}", map.join("bench.db").display());
    let store = Store::open_demo(&url)?;
    let vandaag = web::vandaag();
    eprintln!("Demodatabase vullen (40 werknemers)…");
    let d = demo::vul(&store, vandaag, 40, 2, |_, _| {})?;
    let org = d.organisatie_id.as_str();
    let systeem = Actor { id: "systeem:bench", organisatie_id: org };
    let dossiers = store.dossiers(systeem)?;
    let gebruikers = store.gebruikers(systeem)?;
    let id_van = |email: &str| gebruikers.iter().find(|g| g.email == email).map(|g| g.id.clone());
    let coach = id_van("coach.anna@debrug.example").ok_or_else(|| Fout::Invoer("demo zonder coach".into()))?;
    let hr = id_van("hr@korf.example").ok_or_else(|| Fout::Invoer("demo zonder werkgever".into()))?;
    let dossier_van = |naam: &str| dossiers.iter().find(|r| r.werknemer == naam).map(|r| r.id.clone());
    let lopend = dossier_van("Mohamed Jansen").ok_or_else(|| Fout::Invoer("demo zonder lopend traject".into()))?;
    let riv = dossier_van(demo::RIV_COMPLEET).ok_or_else(|| Fout::Invoer("demo zonder RIV-dossier".into()))?;
    let coach = Actor { id: &coach, organisatie_id: org };
    let hr = Actor { id: &hr, organisatie_id: org };
    let verhaal = Voortgangsverhaal {
        inzet: "Komt afspraken na en solliciteert actief.".into(),
        belemmeringen: "Reistijd boven 30 minuten is lastig te combineren met de zorg voor de kinderen.".into(),
        resultaten: "Twee sollicitatiegesprekken.".into(),
        vervolg: "Netwerkgesprekken bij twee werkgevers in de regio.".into(),
    };
    let van = domain::poortwachter::datum::plus_dagen(vandaag, -56);
    let mut voortgang = Vec::new();
    let mut bundel = Vec::new();
    let (mut bytes_v, mut bytes_r) = (0, 0);
    let fout = |e: report::RapportFout| Fout::Intern(e.into());
    for _ in 0..aantal {
        let begin = Instant::now();
        let pdf = report::laden::voortgang(&store, coach, &lopend, van, vandaag, vandaag, &verhaal)
            .and_then(|r| r.pdf())
            .map_err(fout)?;
        voortgang.push(begin.elapsed());
        bytes_v = pdf.len();
        let begin = Instant::now();
        let rapport = report::laden::riv(&store, hr, &riv, vandaag, RivInstellingen::default()).map_err(fout)?;
        let pdf = rapport.pdf().map_err(fout)?;
        bundel.push(begin.elapsed());
        bytes_r = pdf.len();
    }
    let eerste = (voortgang[0], bundel[0]);
    let (v50, v90, vmax) = statistiek(voortgang);
    let (r50, r90, rmax) = statistiek(bundel);
    println!("spoor2 bench rapport: {aantal} keer elk rapport, uit de database (SQLite), één thread");
    println!(
        "  voortgangsrapportage: mediaan {v50:.1} ms · p90 {v90:.1} ms · max {vmax:.1} ms · eerste {:.1} ms · {bytes_v} bytes",
        eerste.0.as_secs_f64() * 1000.0
    );
    println!(
        "  RIV-bundel:           mediaan {r50:.1} ms · p90 {r90:.1} ms · max {rmax:.1} ms · eerste {:.1} ms · {bytes_r} bytes",
        eerste.1.as_secs_f64() * 1000.0
    );
    println!("  doel: voortgangsrapportage < 50 ms, RIV-bundel < 300 ms (release-build)");
    Ok(())
}
