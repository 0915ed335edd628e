//! The dossier commands as an operator runs them, on SQLite and on PostgreSQL: demo, signalen,
//! audit verify, backup and restore, and a crash in the middle of acknowledged writes.

#[macro_use]
mod gedeeld;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use gedeeld::{PEILDATUM, demo, gelukt, spoor2};
use serde_json::Value;
use test_support::Testdatabase;

fn signalen(url: &str) -> Vec<Value> {
    let uit = gelukt(&spoor2(url, &["signalen", "--peildatum", PEILDATUM, "--json"]));
    serde_json::from_str::<Value>(&uit).unwrap().as_array().unwrap().clone()
}

op_beide!(
    the_demo_shows_urgent_work_in_every_stage,
    audit_verify_names_a_tampered_entry,
    a_backup_restores_into_an_empty_database_only,
    a_killed_writer_loses_no_acknowledged_write,
    vacancies_are_imported_into_the_database_whole,
);

fn vacancies_are_imported_into_the_database_whole(db: &Testdatabase) {
    demo(&db.url, 4);
    let map = tempfile::tempdir().unwrap();
    let csv = map.path().join("vacatures.csv");
    std::fs::write(
        &csv,
        "Nummer;Functie;Bedrijf;PC\nA-1;Administratief medewerker;Gemeente Utrecht;3511\nA-2;Kok;Hotel Zeist;37\n\
         A-3;Receptionist;Ziekenhuis;3584\n",
    )
    .unwrap();
    let importeer = |bestand: &std::path::Path, extra: &[&str]| {
        let mut args = vec!["vacatures", "importeer", bestand.to_str().unwrap(), "--kolommen"];
        args.push("id=Nummer,titel=Functie,werkgever=Bedrijf,postcode=PC");
        args.extend(extra);
        spoor2(&db.url, &args)
    };
    let uit = importeer(&csv, &["--vervang"]);
    let tekst = gelukt(&uit);
    assert!(tekst.contains("2 nieuw, 0 bijgewerkt, 80 verwijderd, 1 regels overgeslagen"), "{tekst}");
    let voortgang = String::from_utf8_lossy(&uit.stderr);
    assert!(voortgang.contains("regel 3") && voortgang.contains("'37'"), "the bad row with its line: {voortgang}");
    assert!(voortgang.contains("2 vacatures gelezen"), "progress: {voortgang}");

    let onleesbaar = map.path().join("leeg.csv");
    std::fs::write(&onleesbaar, "Nummer;Functie;Bedrijf;PC\nA-9;Kok;Hotel;12\n").unwrap();
    let geweigerd = importeer(&onleesbaar, &["--vervang"]);
    assert_eq!(geweigerd.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&geweigerd.stderr).contains("niets geïmporteerd"));
    let opnieuw = gelukt(&importeer(&csv, &[]));
    assert!(opnieuw.contains("0 nieuw, 2 bijgewerkt, 0 verwijderd"), "the refused file changed nothing: {opnieuw}");
    let verkeerd = spoor2(&db.url, &["vacatures", "importeer", csv.to_str().unwrap(), "--organisatie", "bestaat niet"]);
    assert_eq!(verkeerd.status.code(), Some(2));
}

fn the_demo_shows_urgent_work_in_every_stage(db: &Testdatabase) {
    let uit = demo(&db.url, 40);
    assert_eq!(uit.lines().filter(|l| l.starts_with("opgeslagen ")).count(), 40);
    for rol in ["beheerder", "coach", "arbeidsdeskundige", "bedrijfsarts", "werkgever", "werknemer"] {
        assert!(uit.lines().any(|l| l.trim_start().starts_with(rol)), "no {rol} account:\n{uit}");
    }
    assert!(gelukt(&spoor2(&db.url, &["demo", "--zonder-server"])).contains("bevat de demo al"));

    // Every printed account logs in with the demo password and a code from its printed TOTP secret.
    let store = store::Store::open_demo(&db.url).unwrap();
    for regel in uit.lines().filter(|l| l.contains("@") && !l.starts_with("opgeslagen")) {
        let velden: Vec<&str> = regel.split_whitespace().collect();
        let (email, geheim) = (velden[1], velden[2]);
        let aanmelding = store.meld_aan(email, "demo-wachtwoord-2026", "127.0.0.1").unwrap();
        assert_eq!(aanmelding.tweede_factor, store::aanmelden::TweedeFactor::Controleren);
        let geheim = totp_rs::Secret::try_from_base32(geheim).unwrap();
        let totp = totp_rs::Builder::new().with_secret(geheim.as_bytes().to_vec()).build().unwrap();
        store
            .controleer_tweede_factor(&aanmelding.gebruiker_id, &totp.generate_current().to_string(), "127.0.0.1")
            .unwrap();
    }

    let lijst = signalen(&db.url);
    let codes: Vec<&str> = lijst.iter().map(|s| s["code"].as_str().unwrap()).collect();
    for verwacht in [
        "plan_van_aanpak_te_laat",
        "spoor2_te_laat",
        "ziekmelding_uwv_te_laat",
        "bevredigend_resultaat",
        "deskundigenoordeel_overwegen",
        "reintegratieverslag",
        "eerstejaarsevaluatie",
    ] {
        assert!(codes.contains(&verwacht), "no {verwacht} among the signals");
    }
    let werkgevers: std::collections::HashSet<&str> = lijst.iter().map(|s| s["werkgever"].as_str().unwrap()).collect();
    assert_eq!(werkgevers.len(), 3);
    // Most urgent first: sanction and fine risks lead, information closes.
    assert!(matches!(lijst[0]["ernst"].as_str(), Some("loonsanctierisico" | "boeterisico")));
    let eerste_open = lijst.iter().position(|s| s["ernst"] == "open").unwrap();
    assert!(lijst[..eerste_open].iter().all(|s| s["ernst"] != "info"));

    let tabel = gelukt(&spoor2(&db.url, &["signalen", "--peildatum", PEILDATUM]));
    assert!(tabel.starts_with("Signalen op peildatum 23-11-2026"), "{tabel}");
    assert!(tabel.contains("Bakkerij De Korf"));
    // With a horizon, open milestones further away drop out; late ones and findings stay.
    let dichtbij = gelukt(&spoor2(&db.url, &["signalen", "--peildatum", PEILDATUM, "--binnen", "14", "--json"]));
    let dichtbij: Vec<Value> = serde_json::from_str(&dichtbij).unwrap();
    assert!(dichtbij.len() < lijst.len());
    assert!(dichtbij.iter().filter(|s| s["ernst"] == "open").all(|s| s["datum"].as_str().unwrap() <= "2026-12-07"));
    assert_eq!(
        dichtbij.iter().filter(|s| s["ernst"] != "open").count(),
        lijst.iter().filter(|s| s["ernst"] != "open").count()
    );
    let fout = spoor2(&db.url, &["signalen", "--organisatie", "bestaat niet"]);
    assert_eq!(fout.status.code(), Some(2));
}

fn audit_verify_names_a_tampered_entry(db: &Testdatabase) {
    demo(&db.url, 3);
    assert!(gelukt(&spoor2(&db.url, &["audit", "verify"])).contains("Logboek in orde"));
    voer_sql_uit(&db.url, "UPDATE logboek SET details = '{}' WHERE volgnummer = 5");
    let uit = spoor2(&db.url, &["audit", "verify"]);
    assert_eq!(uit.status.code(), Some(1));
    let fout = String::from_utf8_lossy(&uit.stderr);
    assert!(fout.contains("regel 5") && fout.contains("gewijzigd"), "{fout}");
}

fn a_backup_restores_into_an_empty_database_only(db: &Testdatabase) {
    demo(&db.url, 5);
    let map = tempfile::tempdir().unwrap();
    let bestand = map.path().join("backup.spoor2");
    let pad = bestand.to_str().unwrap();
    gelukt(&spoor2(&db.url, &["backup", pad]));
    assert_eq!(spoor2(&db.url, &["backup", pad]).status.code(), Some(2), "an existing file is not overwritten");

    let geweigerd = spoor2(&db.url, &["restore", pad]);
    assert_eq!(geweigerd.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&geweigerd.stderr).contains("--overschrijven"));

    let leeg = if db.url.starts_with("postgres") { Testdatabase::postgres() } else { Testdatabase::sqlite() };
    assert!(gelukt(&spoor2(&leeg.url, &["restore", pad])).contains("logboek in orde"));
    assert_eq!(signalen(&leeg.url), signalen(&db.url));
    assert!(gelukt(&spoor2(&db.url, &["restore", pad, "--overschrijven"])).contains("teruggezet"));
}

fn a_killed_writer_loses_no_acknowledged_write(db: &Testdatabase) {
    // The first round kills after 25 acknowledged dossiers; later rounds kill at once, wherever the
    // process has got to (start-up, migrations, the first writes).
    for ronde in 0..3 {
        let mut kind = Command::new(env!("CARGO_BIN_EXE_spoor2"))
            .args(["demo", "--werknemers", "400", "--peildatum", PEILDATUM, "--zonder-server"])
            .env("DATABASE_URL", &db.url)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut bevestigd = Vec::new();
        if ronde == 0 {
            for regel in BufReader::new(kind.stdout.take().unwrap()).lines() {
                let regel = regel.unwrap();
                if let Some((_, id)) = regel.split_once(": dossier ") {
                    bevestigd.push(id.to_string());
                }
                if bevestigd.len() == 25 {
                    break;
                }
            }
        }
        kind.kill().unwrap(); // SIGKILL
        kind.wait().unwrap();
        let opgeslagen = dossier_ids(&db.url);
        for id in &bevestigd {
            assert!(opgeslagen.contains(id), "acknowledged dossier {id} lost");
        }
        assert!(gelukt(&spoor2(&db.url, &["audit", "verify"])).contains("Logboek in orde"));
    }
}

fn dossier_ids(url: &str) -> Vec<String> {
    let store = store::Store::open_demo(url).unwrap();
    let organisaties = store.organisaties().unwrap();
    organisaties
        .iter()
        .flat_map(|(id, _)| store.dossiers(store::Actor { id: "systeem:test", organisatie_id: id }).unwrap())
        .map(|d| d.id)
        .collect()
}

fn voer_sql_uit(url: &str, sql: &str) {
    use diesel::{Connection, RunQueryDsl};
    if let Some(pad) = url.strip_prefix("sqlite:") {
        let mut c = diesel::SqliteConnection::establish(pad).unwrap();
        diesel::sql_query(sql).execute(&mut c).unwrap();
    } else {
        let mut c = diesel::PgConnection::establish(url).unwrap();
        diesel::sql_query(sql).execute(&mut c).unwrap();
    }
}

#[test]
fn outside_demo_mode_a_key_is_required() {
    let db = Testdatabase::sqlite();
    let uit = spoor2(&db.url, &["signalen"]);
    assert_eq!(uit.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&uit.stderr).contains("geen BSN-sleutel ingesteld"));
}
