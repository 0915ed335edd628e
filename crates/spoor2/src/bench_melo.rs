//! `spoor2 bench melo MAP`: the occupation linker (`matching::Koppelaar`) on the Dutch MELO benchmark: every
//! query linked to the ESCO concepts of the corpus, the metrics as trec_eval computes them, the time per title in
//! the same run, and the published results beside them.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use matching::melo::{GEPUBLICEERD, esco_omschrijvingen};
use matching::{Koppelaar, Maten, Melo};
use serde::Serialize;

use crate::Fout;
use crate::gegevens::lees_bestand;

#[derive(Serialize)]
struct Uitkomst {
    queries: usize,
    concepten: usize,
    /// Concepts with an ESCO description (from `--esco`).
    met_omschrijving: usize,
    opbouw_s: f64,
    maten: Maten,
    per_titel_ms: Tijden,
}

#[derive(Serialize)]
struct Tijden {
    gemiddeld: f64,
    p50: f64,
    p99: f64,
}

pub fn voer_uit(map: &Path, esco: Option<&Path>, json: bool) -> Result<(), Fout> {
    let lees = |naam: &str| lees_bestand(&map.join(naam), "bench melo");
    let melo = Melo::lees(
        &lees("queries.tsv")?,
        &lees("corpus_elements.tsv")?,
        &lees("concept_mapping.tsv")?,
        &lees("annotations.tsv")?,
    )
    .map_err(|e| Fout::Invoer(format!("bench melo: {e}")))?;
    let omschrijvingen = match esco {
        None => HashMap::new(),
        Some(pad) => esco_omschrijvingen("--esco", &lees_bestand(pad, "--esco")?).map_err(Fout::Invoer)?,
    };

    let begin = Instant::now();
    let concepten = melo.concepten(&omschrijvingen);
    let koppelaar = Koppelaar::new(&concepten);
    let opbouw = begin.elapsed();
    let mut tijden = Vec::with_capacity(melo.queries.len());
    let rangordes: Vec<Vec<usize>> = melo
        .queries
        .iter()
        .map(|(_, titel)| {
            let begin = Instant::now();
            let treffers = std::hint::black_box(koppelaar.koppel(titel));
            tijden.push(begin.elapsed());
            treffers.into_iter().map(|t| t.concept).collect()
        })
        .collect();
    let uit = Uitkomst {
        queries: melo.queries.len(),
        concepten: concepten.len(),
        met_omschrijving: concepten.iter().filter(|c| !c.omschrijving.is_empty()).count(),
        opbouw_s: opbouw.as_secs_f64(),
        maten: melo.meet(&rangordes),
        per_titel_ms: tijden_van(&mut tijden),
    };
    let tekst =
        if json { serde_json::to_string_pretty(&uit).map_err(anyhow::Error::from)? + "\n" } else { tabel(&uit) };
    crate::uitvoer(&tekst)
}

fn tijden_van(tijden: &mut [Duration]) -> Tijden {
    tijden.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p = |q: f64| ms(tijden[((tijden.len() as f64 - 1.0) * q).round() as usize]);
    Tijden { gemiddeld: tijden.iter().map(|d| ms(*d)).sum::<f64>() / tijden.len() as f64, p50: p(0.5), p99: p(0.99) }
}

fn tabel(uit: &Uitkomst) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "spoor2 bench melo: {} queries, {} concepten ({} met ESCO-omschrijving), index in {:.2} s, één thread",
        uit.queries, uit.concepten, uit.met_omschrijving, uit.opbouw_s
    );
    let _ = writeln!(s, "\n{:<36} {:>6} {:>6} {:>10} {:>11}", "methode", "MAP", "MRR", "success@1", "success@10");
    let regel = |s: &mut String, naam: &str, m: &Maten| {
        let _ = writeln!(s, "{naam:<36} {:>6.3} {:>6.3} {:>10.3} {:>11.3}", m.map, m.mrr, m.success_1, m.success_10);
    };
    regel(&mut s, "spoor2 (deze meting)", &uit.maten);
    for &(naam, map, mrr, success_1, success_10) in GEPUBLICEERD {
        regel(&mut s, &format!("{naam} (gepubliceerd)"), &Maten { map, mrr, success_1, success_10 });
    }
    let t = &uit.per_titel_ms;
    let _ = writeln!(s, "\ntijd per titel: gemiddeld {:.3} ms, p50 {:.3} ms, p99 {:.3} ms", t.gemiddeld, t.p50, t.p99);
    s
}
