//! `spoor2 bench match --vacatures N`: seeded generated vacancies (from the built-in catalogue, with varied
//! demand, hours, shifts, education and place), varied profiles, and per query the time of our in-memory
//! index (`matching::Vacatureindex`) against the same filter-and-rank written as one SQL query in SQLite
//! (in memory, the same data), in the same run, with the ratios.

use std::fmt::Write as _;
use std::io::Write as _;
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::sql_types::BigInt;
use diesel::{Connection, QueryableByName, RunQueryDsl, SqliteConnection};
use domain::fml;
use domain::waarden::Opleidingsniveau;
use matching::index::proef;
use matching::oordeel::{Oordeel, toets_perioden, toets_uren};
use matching::rangorde::{GEWICHT_AFSTAND, GEWICHT_MARGE, GEWICHT_OPLEIDING, GEWICHT_UREN, GEWICHT_WENSEN};
use matching::{Catalogus, Postcodetabel, Profiel, Vacatureindex, Voorblad};
use serde::Serialize;

use crate::Fout;

const TOP: usize = 25;

pub struct Keuze {
    pub vacatures: usize,
    pub profielen: usize,
    pub sql_profielen: usize,
    pub zaad: u64,
    pub json: bool,
}

#[derive(Serialize)]
struct Uitkomst {
    vacatures: usize,
    profielen: usize,
    zaad: u64,
    postcodes: String,
    opbouw_index_s: f64,
    opbouw_sqlite_s: f64,
    index: Meting,
    sqlite: Meting,
    /// SQLite time / index time, on the profiles both ran.
    verhouding_p50: f64,
    verhouding_p99: f64,
    /// Share of the SQL top-25 ids equal to the index's, on the profiles both ran.
    gelijke_top: f64,
    gemiddeld_geschikt_of_punt: f64,
}

#[derive(Serialize)]
struct Meting {
    queries: usize,
    p50_ms: f64,
    p99_ms: f64,
    gemiddeld_ms: f64,
}

fn meting(tijden: &mut [Duration]) -> Meting {
    tijden.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p = |q: f64| ms(tijden[((tijden.len() as f64 - 1.0) * q).round() as usize]);
    Meting {
        queries: tijden.len(),
        p50_ms: p(0.5),
        p99_ms: p(0.99),
        gemiddeld_ms: tijden.iter().map(|d| ms(*d)).sum::<f64>() / tijden.len() as f64,
    }
}

pub fn voer_uit(k: Keuze) -> Result<(), Fout> {
    if k.vacatures == 0 || k.profielen == 0 {
        return Err(Fout::Invoer("--vacatures en --profielen moeten minstens 1 zijn".into()));
    }
    let mut rng = fastrand::Rng::with_seed(k.zaad);
    let (postcodes, herkomst) = match crate::postcodes::laad()? {
        Some(t) => (t, "geïmporteerde postcodetabel".to_string()),
        None => (proef::postcodes(&mut rng, 4000), "gegenereerde postcodes (geen tabel geïmporteerd)".to_string()),
    };
    let pc4s: Vec<u16> = postcodes.punten().map(|(pc, _)| pc).collect();
    let catalogus = Catalogus::ingebouwd();

    let begin = Instant::now();
    let mut index = Vacatureindex::default();
    for i in 0..k.vacatures {
        index.voeg_toe(&proef::vacature(&mut rng, i, catalogus, &pc4s));
        if (i + 1) % 100_000 == 0 {
            eprintln!("{} van {} vacatures gegenereerd", i + 1, k.vacatures);
        }
    }
    index.klaar();
    let opbouw_index = begin.elapsed();
    let profielen: Vec<Profiel> = (0..k.profielen).map(|_| proef::profiel(&mut rng, &pc4s)).collect();

    let begin = Instant::now();
    let mut db = laad_sqlite(&index).map_err(|e| Fout::Intern(anyhow::anyhow!("SQLite: {e}")))?;
    let opbouw_sqlite = begin.elapsed();
    eprintln!("index en SQLite gevuld; {} queries op de index…", k.profielen);

    let mut tijden_index = Vec::with_capacity(k.profielen);
    let mut tops = Vec::with_capacity(k.profielen);
    let mut passend = 0usize;
    for p in &profielen {
        let begin = Instant::now();
        let uit = std::hint::black_box(index.zoek(p, Some(&postcodes), TOP));
        tijden_index.push(begin.elapsed());
        passend += uit.geschikt + uit.beoordelingspunt;
        tops.push(uit.beste.iter().map(|(i, _, _)| *i as i64).collect::<Vec<_>>());
    }
    let n_sql = k.sql_profielen.min(k.profielen);
    eprintln!("{n_sql} queries op SQLite…");
    let mut tijden_sql = Vec::with_capacity(n_sql);
    let mut gelijk = 0usize;
    let mut totaal = 0usize;
    for (p, top) in profielen.iter().zip(&tops).take(n_sql) {
        let begin = Instant::now();
        let ids = sql_zoek(&mut db, &index, p, &postcodes).map_err(|e| Fout::Intern(anyhow::anyhow!("SQLite: {e}")))?;
        tijden_sql.push(begin.elapsed());
        gelijk += ids.iter().zip(top).filter(|(a, b)| a == b).count();
        totaal += top.len().max(ids.len());
    }
    let index_alle = meting(&mut tijden_index.clone());
    let mut zelfde = tijden_index[..n_sql].to_vec();
    let index_zelfde = meting(&mut zelfde);
    let sqlite = meting(&mut tijden_sql);
    let uit = Uitkomst {
        vacatures: k.vacatures,
        profielen: k.profielen,
        zaad: k.zaad,
        postcodes: herkomst,
        opbouw_index_s: opbouw_index.as_secs_f64(),
        opbouw_sqlite_s: opbouw_sqlite.as_secs_f64(),
        verhouding_p50: sqlite.p50_ms / index_zelfde.p50_ms,
        verhouding_p99: sqlite.p99_ms / index_zelfde.p99_ms,
        gelijke_top: if totaal == 0 { 1.0 } else { gelijk as f64 / totaal as f64 },
        gemiddeld_geschikt_of_punt: passend as f64 / k.profielen as f64,
        index: index_alle,
        sqlite,
    };
    let tekst = if k.json {
        serde_json::to_string_pretty(&uit).map_err(anyhow::Error::from)? + "\n"
    } else {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "spoor2 bench match: {} vacatures, {} profielen (zaad {}), {}, één thread",
            uit.vacatures, uit.profielen, uit.zaad, uit.postcodes
        );
        let _ = writeln!(
            s,
            "opbouw: index {:.1} s (inclusief genereren), SQLite {:.1} s; gemiddeld {:.0} passende vacatures per profiel",
            uit.opbouw_index_s, uit.opbouw_sqlite_s, uit.gemiddeld_geschikt_of_punt
        );
        let regel = |naam: &str, m: &Meting| {
            format!(
                "{naam:<24} {:>6} queries  p50 {:>9.3} ms  p99 {:>9.3} ms  gemiddeld {:>9.3} ms\n",
                m.queries, m.p50_ms, m.p99_ms, m.gemiddeld_ms
            )
        };
        s.push_str(&regel("index (top 25)", &uit.index));
        s.push_str(&regel("SQLite (zelfde query)", &uit.sqlite));
        let _ = writeln!(
            s,
            "SQLite / index op dezelfde {n_sql} profielen: p50 {:.0}×, p99 {:.0}×; gelijke top-{TOP}: {:.1}%",
            uit.verhouding_p50,
            uit.verhouding_p99,
            uit.gelijke_top * 100.0
        );
        s
    };
    let _ = std::io::stderr().flush();
    crate::uitvoer(&tekst)
}

fn laad_sqlite(index: &Vacatureindex) -> Result<SqliteConnection, diesel::result::Error> {
    let mut db =
        SqliteConnection::establish(":memory:").map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
    let mut kolommen = vec!["id INTEGER PRIMARY KEY".to_string()];
    kolommen.extend((0..index.niveau_items().len()).map(|k| format!("n{k} INTEGER")));
    kolommen.extend(
        (0..index.meerkeuze_items().len()).flat_map(|k| [format!("vaak{k} INTEGER"), format!("soms{k} INTEGER")]),
    );
    kolommen.extend(
        ["kern", "uren_min", "uren_max", "dienst", "perioden", "opleiding", "pc4", "groep", "naamrang", "idrang"]
            .map(|k| format!("{k} INTEGER NOT NULL")),
    );
    db.batch_execute(&format!(
        "CREATE TABLE vacature ({}); CREATE TABLE afstand (pc4 INTEGER PRIMARY KEY, km REAL NOT NULL);
         CREATE TABLE wens (groep INTEGER PRIMARY KEY, waarde REAL NOT NULL);",
        kolommen.join(", ")
    ))?;
    let mut sql = String::new();
    for start in (0..index.len()).step_by(500) {
        sql.clear();
        sql.push_str("INSERT INTO vacature VALUES ");
        for i in start..(start + 500).min(index.len()) {
            let r = index.rij(i);
            if i > start {
                sql.push(',');
            }
            let _ = write!(sql, "({i}");
            for n in &r.niveaus {
                if *n == u8::MAX {
                    sql.push_str(",NULL");
                } else {
                    let _ = write!(sql, ",{n}");
                }
            }
            for (v, s) in r.vaak.iter().zip(&r.soms) {
                let _ = write!(sql, ",{v},{s}");
            }
            let _ = write!(
                sql,
                ",{},{},{},{},{},{},{},{},{},{})",
                r.kern as i64,
                r.uren.0,
                r.uren.1,
                r.dienst,
                r.perioden,
                r.opleiding,
                r.pc4,
                r.tekstgroep,
                r.naamrang,
                r.idrang
            );
        }
        db.batch_execute(&sql)?;
    }
    Ok(db)
}

#[derive(QueryableByName)]
struct Rij {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

fn code(o: Oordeel) -> u8 {
    match o {
        Oordeel::Geschikt => 0,
        Oordeel::Beoordelingspunt => 1,
        Oordeel::Ongeschikt => 2,
    }
}

/// The same filter-and-rank as the index, as SQL: per restricted item a CASE for the verdict, the
/// beoordelingspunten and the margin; distance and wishes from per-query tables (as the index precomputes them).
fn sql_zoek(
    db: &mut SqliteConnection,
    index: &Vacatureindex,
    p: &Profiel,
    postcodes: &Postcodetabel,
) -> Result<Vec<i64>, diesel::result::Error> {
    if let Voorblad::GeenBenutbareMogelijkheden(_) = p.belastbaarheid.voorblad {
        return Ok(Vec::new());
    }
    let b = &p.belastbaarheid.items;
    let (mut oordeel, mut punten, mut marge) = (vec!["0".to_string()], vec!["0".to_string()], vec!["0".to_string()]);
    let mut n_marges = 0u32;
    for (k, code_) in index.niveau_items().iter().enumerate() {
        let Some(&g) = b.get(*code_).filter(|g| **g > 0) else { continue };
        n_marges += 1;
        let c = format!("n{k}");
        oordeel.push(format!(
            "CASE WHEN {c} IS NULL OR {c} > {g} THEN 0 WHEN {c} + 1 >= {g} THEN \
             (CASE WHEN {c} + 1 = {g} AND (kern >> {k}) & 1 THEN 2 ELSE 1 END) ELSE 2 END"
        ));
        punten.push(format!("({c} IS NOT NULL AND {c} <= {g} AND {c} + 1 >= {g})"));
        marge.push(format!("CASE WHEN {c} IS NULL OR {c} > {g} + 1 THEN 2 WHEN {c} = {g} + 1 THEN 1 ELSE 0 END"));
    }
    for (k, code_) in index.meerkeuze_items().iter().enumerate() {
        let Some(&masker) = b.get(*code_).filter(|m| **m > 0) else { continue };
        let item = fml::item(code_).expect("an FML item");
        let mut m = 0u8;
        for cv in matching::vraag::CONDITIEVRAGEN.iter().filter(|c| c.item == *code_) {
            m |= masker & (1 << item.keuze(cv.keuze).expect("tested"));
        }
        if m == 0 {
            continue;
        }
        n_marges += m.count_ones();
        oordeel.push(format!("CASE WHEN vaak{k} & {m} THEN 2 WHEN soms{k} & {m} THEN 1 ELSE 0 END"));
        for bit in (0..8).filter(|bit| m & (1 << bit) != 0) {
            punten.push(format!("((soms{k} >> {bit}) & 1)"));
            marge.push(format!("(2 * (((vaak{k} | soms{k}) >> {bit}) & 1 = 0))"));
        }
    }
    for (code_, kolom) in [("6.1", "perioden"), ("6.2", "dienst"), ("6.3", "uren_min")] {
        let Some(&g) = b.get(code_).filter(|g| **g > 0) else { continue };
        n_marges += 1;
        let item = fml::item(code_).expect("an FML item");
        let uitkomst: Vec<(u8, u8)> = (0..=60u8)
            .map(|w| {
                let t = if code_ == "6.1" { toets_perioden(g, w & 1 != 0, w & 2 != 0) } else { toets_uren(item, g, w) };
                (code(t.oordeel), (t.marge * 2.0) as u8)
            })
            .collect();
        let geval = |f: &dyn Fn(&(u8, u8)) -> u8| {
            let mut s = format!("CASE {kolom}");
            for (w, u) in uitkomst.iter().enumerate() {
                let _ = write!(s, " WHEN {w} THEN {}", f(u));
            }
            s + " ELSE 0 END"
        };
        oordeel.push(geval(&|u| u.0));
        punten.push(geval(&|u| u8::from(u.0 == 1)));
        marge.push(geval(&|u| u.1));
    }
    let mut delen = vec![format!(
        "{GEWICHT_MARGE} * (CASE WHEN {n_marges} = 0 THEN 1.0 ELSE ROUND(({}) / 2.0 / {n_marges}, 3) END)",
        marge.join(" + ")
    )];
    let mut gewicht = vec![GEWICHT_MARGE.to_string()];
    if let Some(eigen) = p.opleiding {
        let rang = matching::rangorde::opleidingsrang;
        let mut o = "CASE opleiding".to_string();
        let mut w = "CASE opleiding".to_string();
        for (i, vraag) in Opleidingsniveau::ALLE.iter().enumerate() {
            let stap = i16::from(rang(*vraag)) - i16::from(rang(eigen));
            let _ = write!(o, " WHEN {i} THEN {}", stap.clamp(0, 2));
            let (e, v) = (f64::from(rang(eigen)), f64::from(rang(*vraag)));
            let waarde = if v > e {
                0.5
            } else if v == e {
                1.0
            } else {
                (1.0 - 0.2 * (e - v)).max(0.2)
            };
            let _ = write!(w, " WHEN {i} THEN {waarde}");
        }
        oordeel.push(o.clone() + " END");
        punten.push(format!("({o} END = 1)"));
        delen.push(format!("{GEWICHT_OPLEIDING} * ROUND({w} END, 3)"));
        gewicht.push(GEWICHT_OPLEIDING.to_string());
    }
    if let Some(u) = p.uren_per_week {
        delen.push(format!(
            "{GEWICHT_UREN} * ROUND(CASE WHEN {u} < uren_min THEN {u}.0 / uren_min WHEN {u} > uren_max THEN \
             uren_max * 1.0 / {u} ELSE 1.0 END, 3)"
        ));
        gewicht.push(GEWICHT_UREN.to_string());
    }
    db.batch_execute("DELETE FROM afstand; DELETE FROM wens;")?;
    let mut afstand = false;
    if let Some(thuis) = p.pc4.filter(|pc| postcodes.punt(*pc).is_some()) {
        afstand = true;
        let mut sql = "INSERT INTO afstand VALUES ".to_string();
        for (i, (pc, _)) in postcodes.punten().enumerate() {
            let km = postcodes.afstand_km(thuis, pc).expect("both in the table");
            let _ = write!(sql, "{}({pc},{km})", if i > 0 { "," } else { "" });
        }
        db.batch_execute(&sql)?;
        let max = p.max_reisafstand_km.unwrap_or(matching::rangorde::AFSTAND_ZONDER_MAXIMUM_KM);
        delen.push(format!("COALESCE({GEWICHT_AFSTAND} * ROUND(MAX(0.0, MIN(1.0, 1.0 - a.km / {max:?})), 3), 0)"));
        gewicht.push(format!("(CASE WHEN a.km IS NULL THEN 0 ELSE {GEWICHT_AFSTAND} END)"));
        if let Some(max) = p.max_reisafstand_km {
            oordeel.push(format!("CASE WHEN a.km > {max:?} THEN 2 ELSE 0 END"));
        }
    }
    let wens = !p.wensen.is_empty();
    if wens {
        let mut sql = "INSERT INTO wens VALUES ".to_string();
        for (g, w) in index.wenswaarden(&p.wensen).iter().enumerate() {
            let _ = write!(sql, "{}({g},{w:?})", if g > 0 { "," } else { "" });
        }
        db.batch_execute(&sql)?;
        delen.push(format!("{GEWICHT_WENSEN} * w.waarde"));
        gewicht.push(GEWICHT_WENSEN.to_string());
    }
    let query = format!(
        "SELECT id FROM (
           SELECT v.id, v.naamrang, v.idrang, MAX({oordeel}) AS oordeel, ({punten}) AS punten,
                  ROUND(({delen}) / ({gewicht}), 3) AS score
           FROM vacature v {afstand_join} {wens_join})
         WHERE oordeel < 2
         ORDER BY oordeel, CAST(ROUND(score * 1000) AS INTEGER) DESC, punten, naamrang, idrang
         LIMIT {TOP}",
        oordeel = oordeel.join(", "),
        punten = punten.join(" + "),
        delen = delen.join(" + "),
        gewicht = gewicht.join(" + "),
        afstand_join = if afstand { "LEFT JOIN afstand a ON a.pc4 = v.pc4" } else { "" },
        wens_join = if wens { "JOIN wens w ON w.groep = v.groep" } else { "" },
    );
    let rijen: Vec<Rij> = diesel::sql_query(query).load(db)?;
    Ok(rijen.into_iter().map(|r| r.id).collect())
}
