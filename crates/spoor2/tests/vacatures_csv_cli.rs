//! `spoor2 match --vacatures FILE.csv [--kolommen …]`: vacancies from CSV with a header mapping (inline or
//! a mapping file), bad rows reported with their line and reason, and a file that does not fit refused.

use std::path::Path;
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

const CSV: &str = "Vacaturenummer;Functie;Bedrijf;Plaats;PC;Uren;Rooster\n\
                   V-1;Orderpicker;Logistiek BV;Tilburg;5048 AB;32-40;2-ploegendienst\n\
                   V-2;Administratief medewerker;Gemeente Utrecht;Utrecht;3511;16-24;kantoortijden\n\
                   V-3;;Leeg BV;Utrecht;3511;24;\n\
                   V-4;Medewerker klantenservice;Bel BV;Utrecht;3511 AB;;avond\n";

const PROFIEL: &str = r#"{"belastbaarheid": {"4.13": 3, "5.4": 3}, "voorwaarden": {"2.12": ["weinig_klantcontact"]}}"#;

#[test]
fn csv_vacancies_read_with_an_inline_mapping_or_a_mapping_file() {
    let map = tempfile::tempdir().unwrap();
    std::fs::write(map.path().join("vacatures.csv"), CSV).unwrap();
    let kolommen =
        "id=Vacaturenummer,titel=Functie,werkgever=Bedrijf,plaats=Plaats,postcode=PC,uren=Uren,diensten=Rooster";
    let args = ["match", "--profiel", "-", "--vacatures", "vacatures.csv", "--kolommen", kolommen, "--json", "--alles"];
    let uit = spoor2(map.path(), &args, PROFIEL);
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let v: Value = serde_json::from_slice(&uit.stdout).unwrap();
    let oordelen: Vec<(&str, &str)> = v["resultaten"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["id"].as_str().unwrap(), r["oordeel"].as_str().unwrap()))
        .collect();
    assert_eq!(oordelen, [("V-2", "geschikt"), ("V-4", "beoordelingspunt"), ("V-1", "ongeschikt")]);
    let v2 = &v["resultaten"][0];
    assert_eq!((v2["werkgever"].as_str(), v2["plaats"].as_str()), (Some("Gemeente Utrecht"), Some("Utrecht")));
    assert_eq!(v2["beroep"], "administratief-medewerker");
    assert_eq!(v["meldingen"][0], "Overgeslagen: vacature op regel 4: kolom 'Functie': ontbreekt of is leeg.");

    // The same mapping as a file, one pair a line, with a comment.
    let bestand = map.path().join("kolommen.txt");
    std::fs::write(&bestand, kolommen.replace(',', "\n") + "\n# einde\n").unwrap();
    let args =
        ["match", "--profiel", "-", "--vacatures", "vacatures.csv", "--kolommen", "kolommen.txt", "--json", "--alles"];
    let uit = spoor2(map.path(), &args, PROFIEL);
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    assert_eq!(serde_json::from_slice::<Value>(&uit.stdout).unwrap(), v);
}

#[test]
fn a_mapping_that_does_not_fit_the_file_is_refused_with_exit_code_2() {
    let map = tempfile::tempdir().unwrap();
    std::fs::write(map.path().join("vacatures.csv"), CSV).unwrap();
    let geweigerd = |kolommen: Option<&str>, melding: &str| {
        let mut args = vec!["match", "--profiel", "-", "--vacatures", "vacatures.csv"];
        if let Some(k) = kolommen {
            args.extend(["--kolommen", k]);
        }
        let uit = spoor2(map.path(), &args, "{}");
        let stderr = String::from_utf8_lossy(&uit.stderr);
        assert_eq!(uit.status.code(), Some(2), "{stderr}");
        assert!(uit.stdout.is_empty());
        assert!(stderr.contains(melding), "{stderr}");
    };
    geweigerd(
        Some("titel=Functietitel"),
        "--vacatures: vacatures.csv: kolom 'Functietitel' (voor titel) staat niet in de kopregel",
    );
    geweigerd(Some("salaris=Loon"), "--kolommen: onbekend veld 'salaris'");
    geweigerd(None, "geen kolom voor de titel");
    std::fs::write(map.path().join("leeg.csv"), "titel\n\n").unwrap();
    let uit = spoor2(map.path(), &["match", "--profiel", "-", "--vacatures", "leeg.csv", "--json"], "{}");
    assert!(uit.status.success(), "a file with a header and no rows has no vacancies, which is not an error");
}
