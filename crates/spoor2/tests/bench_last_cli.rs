//! `spoor2 bench last`, small (as CI runs it): 20 coaches logged in through the real login browse a
//! demo of 200 dossiers for a few seconds, with a short think time, and write activities; every request
//! must succeed. No time is asserted: the figures are for docs/benchmarks.md, from the full run on a
//! release build.

use std::process::Command;

#[test]
fn the_load_test_runs_every_page_without_errors() {
    let uit = Command::new(env!("CARGO_BIN_EXE_spoor2"))
        .args(["bench", "last", "--dossiers", "200", "--gebruikers", "20", "--duur", "3", "--vergelijk", "1"])
        .args(["--denktijd", "20", "--json"])
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let verslag: serde_json::Value = serde_json::from_slice(&uit.stdout).unwrap();
    assert_eq!(verslag["fouten"], 0, "{verslag:#}");
    assert_eq!((&verslag["gebruikers"], &verslag["denktijd_ms"]), (&20.into(), &20.into()));
    for pagina in ["werkvoorraad", "dossier", "activiteit (formulier)", "traject"] {
        let aantal = verslag["paginas"][pagina]["aantal"].as_u64().unwrap_or(0);
        assert!(aantal > 0, "{pagina} was not requested: {verslag:#}");
    }
    for fase in ["gezond", "meldingenteller", "alleen_werkvoorraad"] {
        assert!(verslag[fase]["aantal"].as_u64().unwrap_or(0) > 0, "{fase}: {verslag:#}");
    }
}
