//! `spoor2 tijdlijn` as a user runs it: the JSON contract, the Dutch overview, and every class of
//! bad input (a Dutch message naming the field, exit code 2, never a panic).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn spoor2(args: &[&str], stdin: Option<&str>) -> Output {
    let mut kind = Command::new(env!("CARGO_BIN_EXE_spoor2"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spoor2 starts");
    let mut invoer = kind.stdin.take().unwrap();
    invoer.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(invoer);
    kind.wait_with_output().unwrap()
}

fn voorbeeld(naam: &str) -> String {
    let pad = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../voorbeelden").join(naam);
    pad.to_str().unwrap().to_string()
}

fn json_uit(output: &Output) -> Value {
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

#[test]
fn json_output_keeps_the_contract() {
    let v = json_uit(&spoor2(&["tijdlijn", "--json", &voorbeeld("samentelling.json")], None));
    assert_eq!(v["eerste_ziektedag"], "2022-01-03");
    assert_eq!(v["eerdere_ketens"], serde_json::json!([]));
    assert_eq!(v["laatste_dag_wachttijd"], "2024-01-21");
    assert_eq!(v["einde_wachttijd"], "2024-01-22");
    assert_eq!(v["einde_loondoorbetaling"], "2024-01-22");
    let mijlpalen = v["mijlpalen"].as_array().unwrap();
    for m in mijlpalen {
        for sleutel in ["code", "uiterste_datum", "uiterste_werkdag", "week", "status", "gedaan_op"] {
            assert!(m.get(sleutel).is_some(), "mijlpaal zonder {sleutel}: {m}");
        }
    }
    let uwv = mijlpalen.iter().find(|m| m["code"] == "ziekmelding_uwv").unwrap();
    assert_eq!(uwv["uiterste_datum"], "2022-11-14");
    assert_eq!(uwv["uiterste_werkdag"], "2022-11-14");
    assert_eq!(uwv["week"], 42);
    assert_eq!(uwv["status"], "open");
    assert_eq!(uwv["gedaan_op"], Value::Null);
    let pa = mijlpalen.iter().find(|m| m["code"] == "probleemanalyse").unwrap();
    assert_eq!((pa["status"].as_str(), pa["gedaan_op"].as_str()), (Some("gedaan"), Some("2022-02-10")));
    let bevindingen = v["bevindingen"].as_array().unwrap();
    assert!(!bevindingen.is_empty());
    for b in bevindingen {
        for sleutel in ["code", "ernst", "toelichting", "grondslag", "advies"] {
            assert!(b[sleutel].as_str().is_some_and(|s| !s.is_empty()), "bevinding zonder {sleutel}: {b}");
        }
    }
}

#[test]
fn reads_the_case_from_standard_input() {
    let tekst = std::fs::read_to_string(voorbeeld("samentelling.json")).unwrap();
    let uit_bestand = spoor2(&["tijdlijn", "--json", &voorbeeld("samentelling.json")], None);
    let uit_stdin = spoor2(&["tijdlijn", "--json"], Some(&tekst));
    let uit_streepje = spoor2(&["tijdlijn", "--json", "-"], Some(&tekst));
    assert_eq!(json_uit(&uit_stdin), json_uit(&uit_bestand));
    assert_eq!(json_uit(&uit_streepje), json_uit(&uit_bestand));
}

#[test]
fn the_readable_overview_is_dutch_with_dates_weeks_and_advice() {
    let out = spoor2(&["tijdlijn", &voorbeeld("voortgezet.json")], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tekst = String::from_utf8(out.stdout).unwrap();
    for verwacht in [
        "Poortwachter-tijdlijn op peildatum 01-12-2023",
        "Einde wachttijd           01-01-2024",
        "Probleemanalyse                           14-02-2022          6  gedaan          10-02-2022",
        "Start spoor 2",
        "te laat",
        "Bevindingen (",
        "Grondslag: ",
        "Advies: ",
        "Loonstop werknemer op",
    ] {
        assert!(tekst.contains(verwacht), "ontbreekt: {verwacht}\n{tekst}");
    }
}

#[test]
fn the_examples_in_the_repository_all_compute() {
    let map = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../voorbeelden");
    let mut aantal = 0;
    for bestand in std::fs::read_dir(map).unwrap() {
        let pad = bestand.unwrap().path();
        let out = spoor2(&["tijdlijn", "--json", pad.to_str().unwrap()], None);
        json_uit(&out);
        aantal += 1;
    }
    assert!(aantal >= 2);
}

/// Runs bad input and checks: exit code 2, no output, a Dutch message naming `veld`.
fn geweigerd(invoer: &str, veld: &str, melding: &str) {
    let out = spoor2(&["tijdlijn", "--json"], Some(invoer));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "invoer {invoer}\nstderr: {stderr}");
    assert!(out.stdout.is_empty(), "geen uitvoer bij een fout");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.starts_with("fout: "), "{stderr}");
    assert!(stderr.contains(veld), "veld {veld} niet genoemd: {stderr}");
    assert!(stderr.contains(melding), "melding '{melding}' ontbreekt: {stderr}");
}

#[test]
fn malformed_json_is_refused() {
    geweigerd("{\"ziekteperiodes\": [", "(invoer)", "houdt onverwacht op");
    geweigerd("{\"ziekteperiodes\": []]}", "(invoer)", "geen geldige JSON (regel 1");
    geweigerd("", "(invoer)", "houdt onverwacht op");
    geweigerd("[1, 2]", "(invoer)", "moet een object");
}

#[test]
fn impossible_or_badly_formatted_dates_are_refused() {
    geweigerd(r#"{"ziekteperiodes": [{"van": "2022-02-30"}]}"#, "ziekteperiodes[0].van", "geen bestaande datum");
    geweigerd(r#"{"ziekteperiodes": [{"van": "03-01-2022"}]}"#, "ziekteperiodes[0].van", "vorm JJJJ-MM-DD");
    geweigerd(r#"{"ziekteperiodes": [{"van": "2022-1-3"}]}"#, "ziekteperiodes[0].van", "vorm JJJJ-MM-DD");
    geweigerd(r#"{"ziekteperiodes": [{"van": 20220103}]}"#, "ziekteperiodes[0].van", "niet een getal");
    geweigerd(r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "peildatum": "morgen"}"#, "peildatum", "vorm");
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "1800-01-03"}]}"#,
        "ziekteperiodes[0].van",
        "buiten het ondersteunde bereik",
    );
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "gebeurtenissen": [{"soort": "probleemanalyse", "datum": "2022-13-01"}]}"#,
        "gebeurtenissen[0].datum",
        "geen bestaande datum",
    );
}

#[test]
fn a_period_that_ends_before_it_starts_is_refused() {
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-03-01", "tot_en_met": "2022-02-01"}]}"#,
        "ziekteperiodes[0].tot_en_met",
        "ligt vóór de eerste ziektedag",
    );
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "wazo_verlof": [{"van": "2022-03-01", "tot_en_met": "2022-02-01"}]}"#,
        "wazo_verlof[0].tot_en_met",
        "ligt vóór",
    );
}

#[test]
fn overlapping_periods_are_refused() {
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03", "tot_en_met": "2022-03-01"}, {"van": "2022-02-01"}]}"#,
        "ziekteperiodes[1]",
        "overlapt met ziekteperiodes[0]",
    );
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-05-01"}, {"van": "2022-01-03", "tot_en_met": "2022-01-10"}, {"van": "2022-06-01"}]}"#,
        "ziekteperiodes[2]",
        "overlapt met ziekteperiodes[0]",
    );
    geweigerd(r#"{"ziekteperiodes": []}"#, "ziekteperiodes", "minstens één");
    geweigerd(r#"{}"#, "ziekteperiodes", "ontbreekt");
}

#[test]
fn unknown_event_kinds_and_fields_are_refused() {
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "gebeurtenissen": [{"soort": "koffie", "datum": "2022-01-04"}]}"#,
        "gebeurtenissen[0].soort",
        "'koffie' is geen bekende soort",
    );
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "gebeurtenissen": [{"soort": "uitzondering_spoor2", "datum": "2022-01-04", "reden": "zin"}]}"#,
        "gebeurtenissen[0].reden",
        "geen uitzondering op spoor 2",
    );
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "gebeurtenissen": [{"soort": "afwijking_gemotiveerd", "datum": "2022-01-04", "betreft": "wia_aanvraag"}]}"#,
        "gebeurtenissen[0].betreft",
        "kan alleen",
    );
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "gebeurtenissen": [{"soort": "loonstop_werknemer", "datum": "2022-01-04", "reden": " "}]}"#,
        "gebeurtenissen[0].reden",
        "mag niet leeg zijn",
    );
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03", "tot_en_mee": "2022-02-01"}]}"#,
        "ziekteperiodes[0].tot_en_mee",
        "onbekend veld",
    );
    geweigerd(r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "peil": "2022-02-01"}"#, "peil", "onbekend veld");
}

#[test]
fn a_sanction_outside_0_to_52_weeks_is_refused() {
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "loonsanctie_weken": 53}"#,
        "loonsanctie_weken",
        "tussen 0 en 52",
    );
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "loonsanctie_weken": -1}"#,
        "loonsanctie_weken",
        "tussen 0 en 52",
    );
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "loonsanctie_weken": 2.5}"#,
        "loonsanctie_weken",
        "geen geheel getal",
    );
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "loonsanctie_weken": "10"}"#,
        "loonsanctie_weken",
        "geheel getal",
    );
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "vrijwillige_verlenging_tot": "2023-06-01"}"#,
        "vrijwillige_verlenging_tot",
        "geen verlenging",
    );
    geweigerd(
        r#"{"ziekteperiodes": [{"van": "2022-01-03"}], "rapportage_interval_weken": 7}"#,
        "rapportage_interval_weken",
        "kies 6 of 8",
    );
}

#[test]
fn unreadable_input_is_refused_clearly() {
    let out = spoor2(&["tijdlijn", "/bestaat/niet.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("het bestand bestaat niet"));
    let mut kind = Command::new(env!("CARGO_BIN_EXE_spoor2"))
        .args(["tijdlijn"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    kind.stdin.take().unwrap().write_all(&[0xff, 0xfe, 0x00]).unwrap();
    let out = kind.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("geen UTF-8"));
}

#[test]
fn the_benchmark_command_reports_time_per_case() {
    let out = spoor2(&["bench", "tijdlijn", "--aantal", "2000", "--zaad", "7"], None);
    assert!(out.status.success());
    let tekst = String::from_utf8(out.stdout).unwrap();
    assert!(tekst.contains("2000 casussen (zaad 7)"), "{tekst}");
    assert!(tekst.contains("ns per casus"), "{tekst}");
    let out = spoor2(&["bench", "tijdlijn", "--aantal", "0"], None);
    assert_eq!(out.status.code(), Some(2));
}
