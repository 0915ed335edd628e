//! `spoor2 bench match --vacatures N`: seeded generated vacancies (from the built-in catalogue, with varied
//! demand, hours, shifts, education, place, skills and wage), varied profiles, and per query the time of our in-memory
//! index (`matching::Vacatureindex`) against the same filter-and-rank written as one SQL query over the same data,
//! in SQLite (in memory) and, when `SPOOR2_BENCH_POSTGRES_URL` is set, in PostgreSQL (in a fresh schema, dropped
//! afterwards), in the same run, with the ratios. Everything runs on one thread; PostgreSQL without parallel
//! workers.

use std::fmt::Write as _;
use std::io::Write as _;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use cpu_time::ThreadTime;
use diesel::connection::SimpleConnection;
use diesel::sql_types::BigInt;
use diesel::{Connection, PgConnection, QueryResult, QueryableByName, RunQueryDsl, SqliteConnection};
use domain::fml;
use domain::waarden::Opleidingsniveau;
use matching::index::proef;
use matching::oordeel::{Oordeel, toets_perioden, toets_uren};
use matching::rangorde::{
    GEWICHT_AFSTAND, GEWICHT_LOON, GEWICHT_MARGE, GEWICHT_OPLEIDING, GEWICHT_UREN, GEWICHT_VAARDIGHEDEN, GEWICHT_WENSEN,
};
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
    index: Meting,
    /// The same queries in the CPU time of the thread: what one core spends on them, whatever else the machine runs.
    index_cpu: Meting,
    sqlite: Basislijn,
    #[serde(skip_serializing_if = "Option::is_none")]
    postgres: Option<Basislijn>,
    gemiddeld_geschikt_of_punt: f64,
}

#[derive(Serialize)]
struct Meting {
    queries: usize,
    p50_ms: f64,
    p99_ms: f64,
    gemiddeld_ms: f64,
}

/// A SQL baseline's times, and how they compare with the index on the same profiles.
#[derive(Serialize)]
struct Basislijn {
    opbouw_s: f64,
    #[serde(flatten)]
    meting: Meting,
    /// Baseline time / index time.
    verhouding_p50: f64,
    verhouding_p99: f64,
    /// Share of the baseline's top-25 ids equal to the index's.
    gelijke_top: f64,
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
    eprintln!("index gevuld; {} queries op de index…", k.profielen);

    let mut tijden_index = Vec::with_capacity(k.profielen);
    let mut cpu_index = Vec::with_capacity(k.profielen);
    let mut tops = Vec::with_capacity(k.profielen);
    let mut passend = 0usize;
    for p in &profielen {
        let cpu = ThreadTime::now();
        let begin = Instant::now();
        let uit = std::hint::black_box(index.zoek(p, Some(&postcodes), TOP));
        tijden_index.push(begin.elapsed());
        cpu_index.push(cpu.elapsed());
        passend += uit.geschikt + uit.beoordelingspunt;
        tops.push(uit.beste.iter().map(|(i, _, _)| *i as i64).collect::<Vec<_>>());
    }
    let n_sql = k.sql_profielen.min(k.profielen);
    let index_zelfde = meting(&mut tijden_index[..n_sql].to_vec());
    let vergelijk = Vergelijking { index: &index, postcodes: &postcodes, profielen: &profielen[..n_sql], tops: &tops };
    let sqlite = vergelijk.basislijn(Sqlbasis::sqlite, &index_zelfde)?;
    let postgres = match std::env::var("SPOOR2_BENCH_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(vergelijk.basislijn(|| Sqlbasis::postgres(&url), &index_zelfde)?),
        _ => None,
    };
    let uit = Uitkomst {
        vacatures: k.vacatures,
        profielen: k.profielen,
        zaad: k.zaad,
        postcodes: herkomst,
        opbouw_index_s: opbouw_index.as_secs_f64(),
        index: meting(&mut tijden_index),
        index_cpu: meting(&mut cpu_index),
        sqlite,
        postgres,
        gemiddeld_geschikt_of_punt: passend as f64 / k.profielen as f64,
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
        let _ = write!(
            s,
            "opbouw: index {:.1} s (inclusief genereren), SQLite {:.1} s",
            uit.opbouw_index_s, uit.sqlite.opbouw_s
        );
        if let Some(pg) = &uit.postgres {
            let _ = write!(s, ", PostgreSQL {:.1} s", pg.opbouw_s);
        }
        let _ = writeln!(s, "; gemiddeld {:.0} passende vacatures per profiel", uit.gemiddeld_geschikt_of_punt);
        let regel = |naam: &str, m: &Meting| {
            format!(
                "{naam:<28} {:>6} queries  p50 {:>9.3} ms  p99 {:>9.3} ms  gemiddeld {:>9.3} ms\n",
                m.queries, m.p50_ms, m.p99_ms, m.gemiddeld_ms
            )
        };
        s.push_str(&regel("index (top 25)", &uit.index));
        s.push_str(&regel("index, CPU-tijd van de thread", &uit.index_cpu));
        let basislijnen = [("SQLite", Some(&uit.sqlite)), ("PostgreSQL", uit.postgres.as_ref())];
        for (naam, b) in basislijnen.iter().filter_map(|(n, b)| b.map(|b| (n, b))) {
            s.push_str(&regel(&format!("{naam} (zelfde query)"), &b.meting));
        }
        for (naam, b) in basislijnen.iter().filter_map(|(n, b)| b.map(|b| (n, b))) {
            let _ = writeln!(
                s,
                "{naam} / index op dezelfde {n_sql} profielen: p50 {:.0}×, p99 {:.0}×; gelijke top-{TOP}: {:.1}%",
                b.verhouding_p50,
                b.verhouding_p99,
                b.gelijke_top * 100.0
            );
        }
        s
    };
    let _ = std::io::stderr().flush();
    crate::uitvoer(&tekst)
}

/// What a baseline is compared on: the index's data, the first profiles and the index's top 25 for each.
struct Vergelijking<'a> {
    index: &'a Vacatureindex,
    postcodes: &'a Postcodetabel,
    profielen: &'a [Profiel],
    tops: &'a [Vec<i64>],
}

impl Vergelijking<'_> {
    /// Loads the data into a fresh database and times the query per profile.
    fn basislijn(
        &self,
        verbind: impl FnOnce() -> anyhow::Result<Sqlbasis>,
        index: &Meting,
    ) -> anyhow::Result<Basislijn> {
        let begin = Instant::now();
        let mut db = verbind()?;
        let naam = db.naam();
        laad(&mut db, self.index).with_context(|| format!("{naam}: laden"))?;
        let opbouw = begin.elapsed();
        eprintln!("{naam} gevuld in {:.1} s; {} queries…", opbouw.as_secs_f64(), self.profielen.len());
        let mut tijden = Vec::with_capacity(self.profielen.len());
        let (mut gelijk, mut totaal) = (0usize, 0usize);
        for (p, top) in self.profielen.iter().zip(self.tops) {
            let begin = Instant::now();
            let ids = sql_zoek(&mut db, self.index, p, self.postcodes).with_context(|| format!("{naam}: query"))?;
            tijden.push(begin.elapsed());
            gelijk += ids.iter().zip(top).filter(|(a, b)| a == b).count();
            totaal += top.len().max(ids.len());
        }
        let meting = meting(&mut tijden);
        Ok(Basislijn {
            opbouw_s: opbouw.as_secs_f64(),
            verhouding_p50: meting.p50_ms / index.p50_ms,
            verhouding_p99: meting.p99_ms / index.p99_ms,
            gelijke_top: if totaal == 0 { 1.0 } else { gelijk as f64 / totaal as f64 },
            meting,
        })
    }
}

/// A database for a baseline: SQLite in memory, or a fresh schema on a PostgreSQL server (dropped at the end).
enum Sqlbasis {
    Sqlite(SqliteConnection),
    Postgres { db: PgConnection, schema: String },
}

impl Sqlbasis {
    fn sqlite() -> anyhow::Result<Self> {
        Ok(Self::Sqlite(SqliteConnection::establish(":memory:")?))
    }

    fn postgres(url: &str) -> anyhow::Result<Self> {
        let mut db = PgConnection::establish(url).context("PostgreSQL (SPOOR2_BENCH_POSTGRES_URL)")?;
        let schema = format!("spoor2_bench_{}_{}", std::process::id(), jiff::Timestamp::now().as_millisecond());
        // One core, as the index: no parallel workers.
        db.batch_execute(&format!(
            "CREATE SCHEMA {schema}; SET search_path TO {schema}; SET max_parallel_workers_per_gather = 0;"
        ))?;
        Ok(Self::Postgres { db, schema })
    }

    fn naam(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "SQLite",
            Self::Postgres { .. } => "PostgreSQL",
        }
    }

    fn voer_uit(&mut self, sql: &str) -> QueryResult<()> {
        match self {
            Self::Sqlite(db) => db.batch_execute(sql),
            Self::Postgres { db, .. } => db.batch_execute(sql),
        }
    }

    fn ids(&mut self, sql: &str) -> QueryResult<Vec<i64>> {
        let rijen: Vec<Rij> = match self {
            Self::Sqlite(db) => diesel::sql_query(sql).load(db)?,
            Self::Postgres { db, .. } => diesel::sql_query(sql).load(db)?,
        };
        Ok(rijen.into_iter().map(|r| r.id).collect())
    }

    /// Rounds to three decimals as the matcher does (half away from zero); PostgreSQL does so for `numeric`.
    fn rond(&self, x: &str) -> String {
        match self {
            Self::Sqlite(_) => format!("ROUND({x}, 3)"),
            Self::Postgres { .. } => format!("ROUND(CAST({x} AS NUMERIC), 3)"),
        }
    }
}

impl Drop for Sqlbasis {
    fn drop(&mut self) {
        if let Self::Postgres { db, schema } = self {
            // Best effort: a schema left behind only costs disk space.
            let _ = db.batch_execute(&format!("DROP SCHEMA {schema} CASCADE"));
        }
    }
}

fn laad(db: &mut Sqlbasis, index: &Vacatureindex) -> QueryResult<()> {
    let mut kolommen = vec!["id INTEGER PRIMARY KEY".to_string()];
    kolommen.extend((0..index.niveau_items().len()).map(|k| format!("n{k} INTEGER")));
    kolommen.extend(
        (0..index.meerkeuze_items().len()).flat_map(|k| [format!("vaak{k} INTEGER"), format!("soms{k} INTEGER")]),
    );
    kolommen.push("kern BIGINT NOT NULL".into());
    kolommen.extend(
        ["uren_min", "uren_max", "dienst", "perioden", "opleiding", "pc4", "groep", "loon", "naamrang", "idrang"]
            .map(|k| format!("{k} INTEGER NOT NULL")),
    );
    db.voer_uit(&format!(
        "CREATE TABLE vacature ({});
         CREATE TABLE afstand (pc4 INTEGER PRIMARY KEY, km DOUBLE PRECISION NOT NULL);
         CREATE TABLE wens (groep INTEGER PRIMARY KEY, waarde DOUBLE PRECISION NOT NULL);
         CREATE TABLE vaardigheid (groep INTEGER PRIMARY KEY, waarde DOUBLE PRECISION NOT NULL);",
        kolommen.join(", ")
    ))?;
    let mut sql = String::new();
    for start in (0..index.len()).step_by(1000) {
        sql.clear();
        sql.push_str("INSERT INTO vacature VALUES ");
        for i in start..(start + 1000).min(index.len()) {
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
                ",{},{},{},{},{},{},{},{},{},{},{})",
                r.kern as i64,
                r.uren.0,
                r.uren.1,
                r.dienst,
                r.perioden,
                r.opleiding,
                r.pc4,
                r.tekstgroep,
                r.loon,
                r.naamrang,
                r.idrang
            );
        }
        db.voer_uit(&sql)?;
    }
    db.voer_uit("ANALYZE")
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

/// The same filter-and-rank as the index, as SQL: per restricted item a CASE for whether it excludes, the
/// beoordelingspunten and the margin (the verdict: ongeschikt when any excludes, else a beoordelingspunt when there
/// are points); distance, wishes and skills from per-query tables (as the index precomputes them), the wage part from
/// the wage column.
fn sql_zoek(db: &mut Sqlbasis, index: &Vacatureindex, p: &Profiel, postcodes: &Postcodetabel) -> QueryResult<Vec<i64>> {
    if let Voorblad::GeenBenutbareMogelijkheden(_) = p.belastbaarheid.voorblad {
        return Ok(Vec::new());
    }
    let b = &p.belastbaarheid.items;
    let (mut uitsluiting, mut punten, mut marge) =
        (vec!["0".to_string()], vec!["0".to_string()], vec!["0".to_string()]);
    let mut n_marges = 0u32;
    for (k, code_) in index.niveau_items().iter().enumerate() {
        let Some(&g) = b.get(*code_).filter(|g| **g > 0) else { continue };
        n_marges += 1;
        let c = format!("n{k}");
        uitsluiting
            .push(format!("CASE WHEN {c} + 1 < {g} OR ({c} + 1 = {g} AND (kern >> {k}) & 1 = 1) THEN 1 ELSE 0 END"));
        punten.push(format!("CASE WHEN {c} <= {g} AND {c} + 1 >= {g} THEN 1 ELSE 0 END"));
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
        uitsluiting.push(format!("CASE WHEN vaak{k} & {m} <> 0 THEN 1 ELSE 0 END"));
        for bit in (0..8).filter(|bit| m & (1 << bit) != 0) {
            punten.push(format!("((soms{k} >> {bit}) & 1)"));
            marge.push(format!("CASE WHEN ((vaak{k} | soms{k}) >> {bit}) & 1 = 0 THEN 2 ELSE 0 END"));
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
        uitsluiting.push(geval(&|u| u8::from(u.0 == 2)));
        punten.push(geval(&|u| u8::from(u.0 == 1)));
        marge.push(geval(&|u| u.1));
    }
    let margedeel = db.rond(&format!("({}) / 2.0 / {}", marge.join(" + "), n_marges.max(1)));
    let mut delen = vec![format!("{GEWICHT_MARGE} * (CASE WHEN {n_marges} = 0 THEN 1.0 ELSE {margedeel} END)")];
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
        uitsluiting.push(format!("CASE WHEN {o} END = 2 THEN 1 ELSE 0 END"));
        punten.push(format!("CASE WHEN {o} END = 1 THEN 1 ELSE 0 END"));
        delen.push(format!("{GEWICHT_OPLEIDING} * {}", db.rond(&format!("{w} END"))));
        gewicht.push(GEWICHT_OPLEIDING.to_string());
    }
    if let Some(u) = p.uren_per_week {
        let deel = format!(
            "CASE WHEN {u} < uren_min THEN {u}.0 / uren_min WHEN {u} > uren_max THEN uren_max * 1.0 / {u} ELSE 1.0 END"
        );
        delen.push(format!("{GEWICHT_UREN} * {}", db.rond(&deel)));
        gewicht.push(GEWICHT_UREN.to_string());
    }
    if let Some(oud) = p.oud_loon_per_maand {
        // As `rangorde::loon_waarde`; a vacancy without a wage (0) has no wage part.
        let deel = db.rond(&format!(
            "CASE WHEN loon * 1.0 / {oud} <= 0.5 THEN 0.0 WHEN loon * 1.0 / {oud} >= 1 THEN 1.0 \
             ELSE (loon * 1.0 / {oud} - 0.5) * 2.0 END"
        ));
        delen.push(format!("(CASE WHEN loon = 0 THEN 0 ELSE {GEWICHT_LOON} * {deel} END)"));
        gewicht.push(format!("(CASE WHEN loon = 0 THEN 0 ELSE {GEWICHT_LOON} END)"));
    }
    let mut voorbereiding = "DELETE FROM afstand; DELETE FROM wens; DELETE FROM vaardigheid;".to_string();
    let mut afstand = false;
    if let Some(thuis) = p.pc4.filter(|pc| postcodes.punt(*pc).is_some()) {
        afstand = true;
        voorbereiding.push_str("INSERT INTO afstand VALUES ");
        for (i, (pc, _)) in postcodes.punten().enumerate() {
            let km = postcodes.afstand_km(thuis, pc).expect("both in the table");
            let _ = write!(voorbereiding, "{}({pc},{km:?})", if i > 0 { "," } else { "" });
        }
        voorbereiding.push(';');
        let max = p.max_reisafstand_km.unwrap_or(matching::rangorde::AFSTAND_ZONDER_MAXIMUM_KM);
        let deel = db.rond(&format!("CASE WHEN a.km >= {max:?} THEN 0.0 ELSE 1.0 - a.km / {max:?} END"));
        delen.push(format!("COALESCE({GEWICHT_AFSTAND} * {deel}, 0)"));
        gewicht.push(format!("(CASE WHEN a.km IS NULL THEN 0 ELSE {GEWICHT_AFSTAND} END)"));
        if let Some(max) = p.max_reisafstand_km {
            uitsluiting.push(format!("CASE WHEN a.km > {max:?} THEN 1 ELSE 0 END"));
        }
    }
    let wens = !p.wensen.is_empty();
    if wens {
        voorbereiding.push_str("INSERT INTO wens VALUES ");
        for (g, w) in index.wenswaarden(&p.wensen).iter().enumerate() {
            let _ = write!(voorbereiding, "{}({g},{w:?})", if g > 0 { "," } else { "" });
        }
        voorbereiding.push(';');
        delen.push(format!("{GEWICHT_WENSEN} * w.waarde"));
        gewicht.push(GEWICHT_WENSEN.to_string());
    }
    let vaardig = !p.vaardigheden.is_empty();
    if vaardig {
        voorbereiding.push_str("INSERT INTO vaardigheid VALUES ");
        for (g, w) in index.vaardigheidswaarden(&p.vaardigheden).iter().enumerate() {
            let _ = write!(voorbereiding, "{}({g},{w:?})", if g > 0 { "," } else { "" });
        }
        voorbereiding.push(';');
        delen.push(format!("{GEWICHT_VAARDIGHEDEN} * s.waarde"));
        gewicht.push(GEWICHT_VAARDIGHEDEN.to_string());
    }
    db.voer_uit(&voorbereiding)?;
    let query = format!(
        "SELECT CAST(id AS BIGINT) AS id FROM (
           SELECT v.id, v.naamrang, v.idrang, ({uitsluiting}) AS uitsluiting, ({punten}) AS punten,
                  {score} AS score
           FROM vacature v {afstand_join} {wens_join} {vaardig_join}) AS t
         WHERE uitsluiting = 0
         ORDER BY CASE WHEN punten > 0 THEN 1 ELSE 0 END, CAST(ROUND(score * 1000) AS INTEGER) DESC, punten,
                  naamrang, idrang
         LIMIT {TOP}",
        uitsluiting = uitsluiting.join(" + "),
        punten = punten.join(" + "),
        score = db.rond(&format!("({}) / ({})", delen.join(" + "), gewicht.join(" + "))),
        afstand_join = if afstand { "LEFT JOIN afstand a ON a.pc4 = v.pc4" } else { "" },
        wens_join = if wens { "JOIN wens w ON w.groep = v.groep" } else { "" },
        vaardig_join = if vaardig { "JOIN vaardigheid s ON s.groep = v.groep" } else { "" },
    );
    db.ids(&query)
}
