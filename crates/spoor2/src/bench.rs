//! `spoor2 bench tijdlijn`: the clock on many generated cases, on one thread.

use std::hint::black_box;
use std::io::Write;
use std::time::{Duration, Instant};

use domain::poortwachter::datum::plus_dagen;
use domain::poortwachter::{
    Casus, CasusInvoer, Gebeurtenis, Loonstop, MijlpaalCode, Soort, UitzonderingSpoor2, Verlof, Ziekteperiode, bereken,
};
use jiff::civil::date;

use crate::Fout;

/// Cases are generated and timed in batches, so memory stays small and generation is not timed.
const PARTIJ: usize = 1000;

pub fn tijdlijn(aantal: u64, zaad: u64) -> Result<(), Fout> {
    if aantal == 0 {
        return Err(Fout::Invoer("--aantal moet minstens 1 zijn".into()));
    }
    let mut rng = fastrand::Rng::with_seed(zaad);
    let (mut valideren, mut rekenen) = (Duration::ZERO, Duration::ZERO);
    let (mut mijlpalen, mut bevindingen, mut gebeurtenissen) = (0u64, 0u64, 0u64);
    let mut invoer = Vec::with_capacity(PARTIJ);
    let mut casussen = Vec::with_capacity(PARTIJ);
    let mut per_partij = Vec::new();
    let mut gedaan = 0u64;
    let mut volgende_melding = 0u64;
    let mut stderr = std::io::stderr();
    while gedaan < aantal {
        let n = (aantal - gedaan).min(PARTIJ as u64);
        invoer.extend((0..n).map(|_| geldige_invoer(&mut rng)));
        gebeurtenissen += invoer.iter().map(|i| i.gebeurtenissen.len() as u64).sum::<u64>();

        let begin = Instant::now();
        casussen.extend(invoer.drain(..).map(|i| Casus::nieuw(black_box(i), VANDAAG).expect("generated valid")));
        valideren += begin.elapsed();

        let begin = Instant::now();
        for c in &casussen {
            let t = bereken(black_box(c));
            mijlpalen += t.mijlpalen.len() as u64;
            bevindingen += t.bevindingen.len() as u64;
            black_box(t);
        }
        let duur = begin.elapsed();
        rekenen += duur;
        per_partij.push(duur.as_nanos() as f64 / n as f64);
        casussen.clear();

        gedaan += n;
        if gedaan >= volgende_melding {
            let _ = write!(stderr, "\r{gedaan} van {aantal} casussen berekend ({}%)", gedaan * 100 / aantal);
            volgende_melding += (aantal / 20).max(1);
        }
    }
    let _ = writeln!(stderr);
    let per_casus = |d: Duration| d.as_nanos() as f64 / aantal as f64;
    println!("spoor2 bench tijdlijn: {aantal} casussen (zaad {zaad}), één thread");
    println!(
        "gemiddeld per casus: {:.1} gebeurtenissen, {:.1} mijlpalen, {:.2} bevindingen",
        gebeurtenissen as f64 / aantal as f64,
        mijlpalen as f64 / aantal as f64,
        bevindingen as f64 / aantal as f64
    );
    per_partij.sort_by(f64::total_cmp);
    println!(
        "tijdlijn en toets: {:.1} ms in totaal, {:.0} ns per casus (mediaan over partijen van {PARTIJ}: {:.0} ns)",
        rekenen.as_secs_f64() * 1000.0,
        per_casus(rekenen),
        per_partij[per_partij.len() / 2]
    );
    println!("ter vergelijking, zelfde casussen: valideren (Casus::nieuw) {:.0} ns per casus", per_casus(valideren));
    Ok(())
}

/// The peildatum default for generated cases (they all carry their own peildatum).
const VANDAAG: jiff::civil::Date = date(2030, 1, 1);

/// A varied input that passes validation.
fn geldige_invoer(rng: &mut fastrand::Rng) -> CasusInvoer {
    loop {
        let i = invoer(rng);
        if Casus::nieuw(i.clone(), VANDAAG).is_ok() {
            return i;
        }
    }
}

/// One varied case: chains with gaps, leave, steps on time and late, exceptions, sanctions.
fn invoer(rng: &mut fastrand::Rng) -> CasusInvoer {
    let d = plus_dagen(date(2015, 1, 1), rng.i32(0..5000));
    let kans = |rng: &mut fastrand::Rng, procent: u32| rng.u32(0..100) < procent;
    let op = |dagen: i32| plus_dagen(d, dagen);

    let mut ziekteperiodes = Vec::new();
    let aantal_perioden = match rng.u32(0..100) {
        0..60 => 1,
        60..85 => 2,
        85..95 => 3,
        _ => 4,
    };
    let mut van = d;
    for i in 0..aantal_perioden {
        let laatste = i + 1 == aantal_perioden;
        let tot = if laatste && kans(rng, 70) { None } else { Some(plus_dagen(van, rng.i32(5..600))) };
        ziekteperiodes.push(Ziekteperiode { van, tot_en_met: tot });
        if let Some(t) = tot {
            van = plus_dagen(t, rng.i32(1..60));
        }
    }
    let wazo_verlof = if kans(rng, 10) {
        let v = op(rng.i32(0..400));
        vec![Verlof { van: v, tot_en_met: plus_dagen(v, 111) }]
    } else {
        Vec::new()
    };

    let mut ev = Vec::new();
    let stap = |ev: &mut Vec<Gebeurtenis>, soort: Soort, dag: i32| ev.push(Gebeurtenis { soort, datum: op(dag) });
    let mijlpaal = Soort::Mijlpaal;
    if kans(rng, 95) {
        stap(&mut ev, mijlpaal(MijlpaalCode::ZiekmeldingArbodienst), rng.i32(0..10));
    }
    let pa = rng.i32(25..70);
    if kans(rng, 90) {
        stap(&mut ev, mijlpaal(MijlpaalCode::Probleemanalyse), pa);
    } else if kans(rng, 30) {
        stap(&mut ev, Soort::AfwijkingGemotiveerd { betreft: MijlpaalCode::Probleemanalyse }, rng.i32(10..40));
    }
    let pva = pa + rng.i32(3..30);
    if kans(rng, 85) {
        stap(&mut ev, mijlpaal(MijlpaalCode::PlanVanAanpak), pva);
        if kans(rng, 85) {
            stap(&mut ev, Soort::CasemanagerBenoemd, pva);
        }
        let mut e = pva;
        while e < 720 {
            e += rng.i32(28..70);
            stap(&mut ev, mijlpaal(MijlpaalCode::Evaluatie), e);
        }
    }
    if kans(rng, 90) {
        stap(&mut ev, mijlpaal(MijlpaalCode::ZiekmeldingUwv), rng.i32(270..310));
    }
    let eje = rng.i32(315..390);
    if kans(rng, 80) {
        stap(&mut ev, mijlpaal(MijlpaalCode::Eerstejaarsevaluatie), eje);
    }
    match rng.u32(0..100) {
        0..60 => {
            let start = eje + rng.i32(0..70);
            stap(&mut ev, mijlpaal(MijlpaalCode::StartSpoor2), start);
            let mut a = start;
            while a < 720 {
                a += rng.i32(3..50);
                stap(&mut ev, Soort::Spoor2Activiteit, a);
            }
            let mut r = start;
            while r < 720 {
                r += rng.i32(35..70);
                stap(&mut ev, Soort::Voortgangsrapportage, r);
            }
        }
        60..75 => {
            let reden = UitzonderingSpoor2::ALLE[rng.usize(0..3)];
            stap(&mut ev, Soort::UitzonderingSpoor2 { reden }, eje);
        }
        _ => {}
    }
    if kans(rng, 70) {
        stap(&mut ev, mijlpaal(MijlpaalCode::Reintegratieverslag), rng.i32(600..650));
    }
    if kans(rng, 80) {
        stap(&mut ev, mijlpaal(MijlpaalCode::WiaAanvraag), rng.i32(620..670));
    }
    if kans(rng, 5) {
        stap(&mut ev, Soort::BevredigendResultaat, rng.i32(200..700));
    }
    if kans(rng, 5) {
        stap(&mut ev, Soort::Deskundigenoordeel, rng.i32(100..700));
    }
    let loonstops = if kans(rng, 3) {
        vec![Loonstop { datum: op(rng.i32(100..700)), reden: "weigert passende arbeid".into() }]
    } else {
        Vec::new()
    };
    rng.shuffle(&mut ev);

    CasusInvoer {
        ziekteperiodes,
        wazo_verlof,
        gebeurtenissen: ev,
        loonstops,
        vrijwillige_verlenging_tot: kans(rng, 5).then(|| op(728 + 400 + rng.i32(30..365))),
        loonsanctie_weken: kans(rng, 5).then(|| rng.i64(1..=52)),
        rapportage_interval_weken: Some(if kans(rng, 50) { 6 } else { 8 }),
        peildatum: Some(op(rng.i32(0..900))),
    }
}
