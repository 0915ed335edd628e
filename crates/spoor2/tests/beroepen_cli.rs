//! `spoor2 beroepen importeer MAP` on the real files in `../shared/data` (skipped with a notice where that
//! directory is absent) and `spoor2 match --beroepen FILE` on the result.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn spoor2(map: &Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut kind = Command::new(env!("CARGO_BIN_EXE_spoor2"))
        .args(args)
        .current_dir(map)
        .env("SPOOR2__GEGEVENSMAP", map.join("gegevens"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spoor2 starts");
    kind.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    kind.wait_with_output().unwrap()
}

#[test]
fn the_real_files_import_into_a_catalogue_that_match_uses() {
    let bron = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if !bron.exists() {
        eprintln!("{} ontbreekt: test overgeslagen", bron.display());
        return;
    }
    let map = tempfile::tempdir().unwrap();
    let uit = spoor2(map.path(), &["beroepen", "importeer", bron.to_str().unwrap()], "");
    let stdout = String::from_utf8_lossy(&uit.stdout);
    let stderr = String::from_utf8_lossy(&uit.stderr);
    assert!(uit.status.success(), "{stderr}");
    assert!(
        stdout.starts_with(&format!(
            "2996 beroepen geïmporteerd naar {}/gegevens/beroepen.toml (1632 direct via de ESCO↔O*NET-crosswalk, 1364 via \
             de ISCO-groep); 43 van 3039 ESCO-beroepen zonder O*NET-profiel; 2 regel(s) overgeslagen.",
            map.path().display()
        )),
        "{stdout}"
    );
    assert!(stderr.contains("ESCO-beroepen: 3039 van 3039 (100%)"), "{stderr}");
    assert!(stderr.contains("overgeslagen: bls_isco08_soc2010_crosswalk.csv regel 183:"), "{stderr}");

    let profiel = r#"{"voorwaarden": {"2.12": ["weinig_klantcontact"]}, "wensen": ["magazijn"]}"#;
    let args = ["match", "--profiel", "-", "--beroepen", "gegevens/beroepen.toml", "--json", "--alles"];
    let uit = spoor2(map.path(), &args, profiel);
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let v: Value = serde_json::from_slice(&uit.stdout).unwrap();
    let r = v["resultaten"].as_array().unwrap();
    assert_eq!(r.len(), 2996);
    let callcenter = r.iter().find(|r| r["id"] == "callcentermedewerker").unwrap();
    assert_eq!(callcenter["oordeel"], "ongeschikt");
    assert_eq!(callcenter["herkomst"]["onet"][0], "41-9041");
    assert_eq!(
        callcenter["herkomst"]["esco"],
        "http://data.europa.eu/esco/occupation/0ededdc2-050a-4ec3-8e70-6295105fcd19"
    );
    // Without restrictions, the wish 'magazijn' ranks warehouse occupations first.
    let uit = spoor2(map.path(), &args, r#"{"wensen": ["magazijn"]}"#);
    let v: Value = serde_json::from_slice(&uit.stdout).unwrap();
    assert!(v["resultaten"][0]["naam"].as_str().unwrap().contains("magazijn"), "{}", v["resultaten"][0]);

    let tabel =
        spoor2(map.path(), &["match", "--profiel", "-", "--beroepen", "gegevens/beroepen.toml", "--top", "3"], profiel);
    assert!(
        String::from_utf8_lossy(&tabel.stdout).contains("beroepencatalogus gegevens/beroepen.toml (2996 beroepen)")
    );
}

#[test]
fn a_directory_without_the_files_or_a_bad_catalogue_is_refused_with_exit_code_2() {
    let map = tempfile::tempdir().unwrap();
    let uit = spoor2(map.path(), &["beroepen", "importeer", "."], "");
    assert_eq!(uit.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&uit.stderr).contains("occupations_nl_v1.2.csv niet lezen: het bestand bestaat niet")
    );
    assert!(!map.path().join("gegevens").exists(), "nothing written");

    std::fs::write(map.path().join("kapot.toml"), "[[beroep]]\nid = \"x\"\n").unwrap();
    let uit = spoor2(map.path(), &["match", "--profiel", "-", "--beroepen", "kapot.toml"], "{}");
    assert_eq!(uit.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&uit.stderr).contains("--beroepen: de catalogus is geen geldige TOML"));
}
