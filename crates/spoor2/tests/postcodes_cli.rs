//! `spoor2 postcodes importeer` on the real GeoNames file in `../shared/data` (skipped with a notice where that
//! directory is absent), bad rows, never half-importing, and travel distances in `spoor2 match`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn spoor2(gegevensmap: &Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut kind = Command::new(env!("CARGO_BIN_EXE_spoor2"))
        .args(args)
        .current_dir(gegevensmap)
        .env("SPOOR2__GEGEVENSMAP", gegevensmap.join("gegevens"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spoor2 starts");
    kind.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    kind.wait_with_output().unwrap()
}

fn geonames() -> Option<PathBuf> {
    let pad = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/geonames_NL.txt");
    if pad.exists() {
        Some(pad)
    } else {
        eprintln!("{} ontbreekt: test overgeslagen", pad.display());
        None
    }
}

fn tabel(map: &Path) -> matching::Postcodetabel {
    let tekst = std::fs::read_to_string(map.join("gegevens/postcodes.csv")).unwrap();
    matching::Postcodetabel::lees_csv(&tekst).unwrap()
}

#[test]
fn the_real_geonames_file_imports_every_pc4_with_known_distances() {
    let Some(bestand) = geonames() else { return };
    let map = tempfile::tempdir().unwrap();
    let uit = spoor2(map.path(), &["postcodes", "importeer", bestand.to_str().unwrap()], "");
    let stdout = String::from_utf8_lossy(&uit.stdout);
    let stderr = String::from_utf8_lossy(&uit.stderr);
    assert!(uit.status.success(), "{stderr}");
    // 4,334 rows, 4,086 distinct PC4 codes (some PC4s span several places).
    assert!(stdout.starts_with("4086 postcodes (PC4) geïmporteerd uit 4334 regels"), "{stdout}");
    assert!(stdout.contains("0 regel(s) overgeslagen"), "{stdout}");
    assert!(stderr.contains("4334 van 4334 (100%)"), "progress on stderr: {stderr}");
    let t = tabel(map.path());
    assert_eq!(t.len(), 4086);
    let utrecht_amsterdam = t.afstand_km(3511, 1012).unwrap();
    assert!((33.0..37.0).contains(&utrecht_amsterdam), "{utrecht_amsterdam}");
    // Groningen (9711) to Maastricht (6211): about 270 km as the crow flies.
    let groningen_maastricht = t.afstand_km(9711, 6211).unwrap();
    assert!((260.0..280.0).contains(&groningen_maastricht), "{groningen_maastricht}");
    let (lat, lon) = t.punt(3511).unwrap();
    assert!((lat - 52.09).abs() < 0.01 && (lon - 5.12).abs() < 0.01);
    assert_eq!(t.punt(1000), None, "1000 is no PC4 in use");
}

#[test]
fn bad_rows_are_reported_with_line_and_reason_and_a_failed_import_keeps_the_old_table() {
    let map = tempfile::tempdir().unwrap();
    let bestand = map.path().join("NL.txt");
    std::fs::write(
        &bestand,
        "NL\t3511\tUtrecht\tUtrecht\t09\tGemeente Utrecht\t0344\t\t\t52.0886\t5.1174\t\n\
         NL\t35A1\tUtrecht\tUtrecht\t09\tGemeente Utrecht\t0344\t\t\t52.0886\t5.1174\t\n\
         \n\
         NL\t1012\tAmsterdam\n\
         NL\t1012\tAmsterdam\tNorth Holland\t07\tGemeente Amsterdam\t0363\t\t\t52.3735\t4.8951\t\n\
         NL\t9999\tNergens\t\t\t\t\t\t\t40.0\t4.8951\t\n",
    )
    .unwrap();
    let uit = spoor2(map.path(), &["postcodes", "importeer", "NL.txt"], "");
    let stderr = String::from_utf8_lossy(&uit.stderr);
    assert!(uit.status.success(), "{stderr}");
    assert!(stderr.contains("overgeslagen: regel 2: '35A1' is geen postcode van vier cijfers"), "{stderr}");
    assert!(stderr.contains("overgeslagen: regel 4: 3 kolommen; verwacht 12"), "{stderr}");
    assert!(stderr.contains("overgeslagen: regel 6: 40, 4.8951 ligt niet in Nederland"), "{stderr}");
    assert!(String::from_utf8_lossy(&uit.stdout).contains("2 postcodes (PC4) geïmporteerd uit 2 regels"));
    let voor = std::fs::read(map.path().join("gegevens/postcodes.csv")).unwrap();

    // A file without one usable row is refused (exit 2) and the table imported before stays as it was.
    std::fs::write(&bestand, "pc4;lat;lon\n3511;52.1;5.1\n").unwrap();
    let uit = spoor2(map.path(), &["postcodes", "importeer", "NL.txt"], "");
    assert_eq!(uit.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&uit.stderr).contains("er is niets geïmporteerd"));
    assert_eq!(std::fs::read(map.path().join("gegevens/postcodes.csv")).unwrap(), voor);
    let rest: Vec<_> =
        std::fs::read_dir(map.path().join("gegevens")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(rest, ["postcodes.csv"], "no temporary files left");

    let uit = spoor2(map.path(), &["postcodes", "importeer", "bestaat-niet.txt"], "");
    assert_eq!(uit.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&uit.stderr).contains("het bestand bestaat niet"));
}

const VACATURES: &str = concat!(
    r#"{"@type": "JobPosting", "identifier": "utrecht", "title": "Administratief medewerker", "jobLocation": {"address": {"postalCode": "3511 AB"}}}"#,
    "\n",
    r#"{"@type": "JobPosting", "identifier": "amsterdam", "title": "Administratief medewerker", "jobLocation": {"address": {"postalCode": "1012"}}}"#,
    "\n",
    r#"{"@type": "JobPosting", "identifier": "onbekend", "title": "Administratief medewerker"}"#,
    "\n",
);

#[test]
fn the_maximum_travel_distance_excludes_far_vacancies_and_distance_counts_in_the_score() {
    let map = tempfile::tempdir().unwrap();
    std::fs::write(map.path().join("vacatures.jsonl"), VACATURES).unwrap();
    let profiel = r#"{"postcode": "3511", "max_reisafstand_km": 25}"#;
    let args = ["match", "--profiel", "-", "--vacatures", "vacatures.jsonl", "--json", "--alles"];

    // Before any import: no distances, and the run says so.
    let v: Value = serde_json::from_slice(&spoor2(map.path(), &args, profiel).stdout).unwrap();
    assert!(v["resultaten"].as_array().unwrap().iter().all(|r| r["oordeel"] == "geschikt"));
    assert!(v["meldingen"][0].as_str().unwrap().contains("spoor2 postcodes importeer"), "{v}");

    std::fs::write(
        map.path().join("NL.txt"),
        "NL\t3511\tUtrecht\tUtrecht\t09\tGemeente Utrecht\t0344\t\t\t52.0886\t5.1174\t\n\
         NL\t1012\tAmsterdam\tNorth Holland\t07\tGemeente Amsterdam\t0363\t\t\t52.3735\t4.8951\t\n",
    )
    .unwrap();
    assert!(spoor2(map.path(), &["postcodes", "importeer", "NL.txt"], "").status.success());
    let v: Value = serde_json::from_slice(&spoor2(map.path(), &args, profiel).stdout).unwrap();
    let r = v["resultaten"].as_array().unwrap();
    let ids: Vec<(&str, &str)> =
        r.iter().map(|r| (r["id"].as_str().unwrap(), r["oordeel"].as_str().unwrap())).collect();
    assert_eq!(ids, [("onbekend", "geschikt"), ("utrecht", "geschikt"), ("amsterdam", "ongeschikt")]);
    let (r0, r1) = (&r[1], &r[0]);
    assert_eq!(r0["afstand_km"], 0.0);
    assert_eq!(r0["score_opbouw"]["afstand"]["waarde"], 1.0);
    assert_eq!(r0["score_opbouw"]["afstand"]["toelichting"], "0 km van huis (maximaal 25 km)");
    assert!(r1.get("afstand_km").is_none() && r1["score_opbouw"].get("afstand").is_none());
    let amsterdam = &r[2];
    let km = amsterdam["afstand_km"].as_f64().unwrap();
    assert!((33.0..37.0).contains(&km), "{km}");
    assert_eq!(amsterdam["redenen"][0]["item"], "reisafstand");
    let tekst = amsterdam["redenen"][0]["tekst"].as_str().unwrap();
    assert!(tekst.starts_with("ligt 3") && tekst.ends_with(" km van huis; maximale reisafstand is 25 km"), "{tekst}");
    assert!(v["meldingen"][0].as_str().unwrap().starts_with("1 vacature(s) zonder (bekende) postcode"), "{v}");

    // Without a maximum, distance only ranks: 50 km counts as 0.
    let v: Value = serde_json::from_slice(&spoor2(map.path(), &args, r#"{"postcode": "3511"}"#).stdout).unwrap();
    let r = v["resultaten"].as_array().unwrap();
    assert!(r.iter().all(|r| r["oordeel"] == "geschikt"));
    assert_eq!(r[2]["id"], "amsterdam");
    let waarde = r[2]["score_opbouw"]["afstand"]["waarde"].as_f64().unwrap();
    assert!((0.25..0.35).contains(&waarde), "{waarde}");

    let tabel = spoor2(map.path(), &["match", "--profiel", "-", "--vacatures", "vacatures.jsonl"], profiel);
    let tekst = String::from_utf8(tabel.stdout).unwrap();
    assert!(tekst.contains("· 0 km · beroep: administratief-medewerker"), "{tekst}");
    assert!(tekst.contains("afstand 1,00"), "{tekst}");
}
