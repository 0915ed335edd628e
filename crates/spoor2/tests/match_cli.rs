//! `spoor2 match` as a user runs it: the JSON contract of issue 6, the recognisable cases (an order
//! picker is unsuitable for someone who may lift 2 kg and stand under 30 minutes a day, office work is
//! suitable; a call-centre job is not simply suitable for someone who needs little customer contact and
//! few deadlines), determinism, the Dutch table, and bad input (a Dutch message naming the field, exit 2).

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn spoor2(args: &[&str], stdin: &str) -> Output {
    let mut kind = Command::new(env!("CARGO_BIN_EXE_spoor2"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spoor2 starts");
    let mut invoer = kind.stdin.take().unwrap();
    invoer.write_all(stdin.as_bytes()).unwrap();
    drop(invoer);
    kind.wait_with_output().unwrap()
}

/// Runs `spoor2 match --profiel - --json` with extra arguments and returns the parsed output.
fn matchen(profiel: &str, extra: &[&str]) -> Value {
    let mut args = vec!["match", "--profiel", "-", "--json"];
    args.extend_from_slice(extra);
    let out = spoor2(&args, profiel);
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn resultaten(v: &Value) -> &Vec<Value> {
    v["resultaten"].as_array().expect("resultaten is a list")
}

fn resultaat<'a>(v: &'a Value, id: &str) -> Option<&'a Value> {
    resultaten(v).iter().find(|r| r["id"] == id)
}

const ISSUE: &str = r#"{"belastbaarheid": {"4.13": 3, "4.14": 3, "5.4": 3},
 "voorwaarden": {"2.12": ["weinig_klantcontact"], "1.8": ["weinig_deadlines"]},
 "benutbare_mogelijkheden": true, "postcode": "3511", "max_reisafstand_km": 25,
 "opleidingsniveau": "mbo4", "uren_per_week": 24, "wensen": ["administratie"]}"#;

const TILLEN_EN_STAAN: &str = r#"{"belastbaarheid": {"4.13": 3, "4.14": 3, "5.4": 3}}"#;

const KLANTEN_EN_DEADLINES: &str = r#"{"voorwaarden": {"2.12": ["weinig_klantcontact"], "1.8": ["weinig_deadlines"]}}"#;

#[test]
fn json_output_keeps_the_contract_of_the_issue() {
    let v = matchen(ISSUE, &[]);
    let lijst = resultaten(&v);
    assert!(!lijst.is_empty());
    for r in lijst {
        assert_eq!(r["soort"], "beroep");
        for sleutel in ["id", "naam"] {
            assert!(r[sleutel].as_str().is_some_and(|s| !s.is_empty()), "{sleutel}: {r}");
        }
        let oordeel = r["oordeel"].as_str().unwrap();
        assert!(["geschikt", "beoordelingspunt"].contains(&oordeel), "by default only suitable results: {r}");
        let score = r["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score), "{r}");
        for reden in r["redenen"].as_array().unwrap() {
            for sleutel in ["item", "vraag", "grens", "tekst"] {
                assert!(reden[sleutel].as_str().is_some_and(|s| !s.is_empty()), "{sleutel}: {reden}");
            }
        }
        let opbouw = r["score_opbouw"].as_object().unwrap();
        for deel in ["marge", "wensen", "opleiding", "uren"] {
            let d = &opbouw[deel];
            assert!(d["waarde"].as_f64().is_some() && d["gewicht"].as_f64().is_some(), "{deel}: {r}");
            assert!(d["toelichting"].as_str().is_some_and(|s| !s.is_empty()), "{deel}: {r}");
        }
        // The score is the weighted mean of its breakdown.
        let (som, gewicht) = opbouw.values().fold((0.0, 0.0), |(s, g), d| {
            (s + d["waarde"].as_f64().unwrap() * d["gewicht"].as_f64().unwrap(), g + d["gewicht"].as_f64().unwrap())
        });
        assert!((som / gewicht - score).abs() < 0.002, "{r}");
    }
    // Best first: geschikt before beoordelingspunt, each by descending score.
    let volgorde: Vec<(u8, f64)> =
        lijst.iter().map(|r| (u8::from(r["oordeel"] == "beoordelingspunt"), r["score"].as_f64().unwrap())).collect();
    assert!(volgorde.windows(2).all(|w| w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 >= w[1].1)));
    assert_eq!(lijst[0]["id"], "medewerker-data-invoer");
    let meldingen = v["meldingen"].as_array().unwrap();
    assert!(meldingen[0].as_str().unwrap().contains("alleen voor vacatures"));
}

#[test]
fn an_order_picker_is_unsuitable_and_office_work_suitable_for_someone_who_may_lift_2_kg_and_stand_little() {
    let standaard = matchen(TILLEN_EN_STAAN, &[]);
    assert!(resultaat(&standaard, "orderpicker").is_none(), "unsuitable work is left out by default");
    let kantoor = resultaat(&standaard, "administratief-medewerker").expect("office work is suitable");
    assert_eq!(kantoor["oordeel"], "geschikt");
    assert_eq!(kantoor["redenen"], serde_json::json!([]));

    let alles = matchen(TILLEN_EN_STAAN, &["--alles"]);
    let picker = resultaat(&alles, "orderpicker").unwrap();
    assert_eq!(picker["oordeel"], "ongeschikt");
    assert_eq!(picker["score"], 0.0);
    let redenen = picker["redenen"].as_array().unwrap();
    let tillen = redenen.iter().find(|r| r["item"] == "4.13").unwrap();
    assert_eq!(tillen["tekst"], "vraagt tillen tot 15 kg; grens is 2 kg");
    assert_eq!((tillen["vraag"].as_str(), tillen["grens"].as_str()), (Some("tillen tot 15 kg"), Some("2 kg")));
    let staan = redenen.iter().find(|r| r["item"] == "5.4").unwrap();
    assert_eq!(
        staan["tekst"],
        "vraagt staan tijdens het werk het grootste deel van de dag; grens is minder dan 30 minuten per dag"
    );
    // Unsuitable results come after all suitable ones.
    let lijst = resultaten(&alles);
    let eerste = lijst.iter().position(|r| r["oordeel"] == "ongeschikt").unwrap();
    assert!(lijst[eerste..].iter().all(|r| r["oordeel"] == "ongeschikt"));
    assert!(lijst.len() >= 150, "--alles shows the whole catalogue");
}

#[test]
fn a_call_centre_job_is_a_point_to_judge_or_unsuitable_for_someone_who_needs_little_contact_and_few_deadlines() {
    let v = matchen(KLANTEN_EN_DEADLINES, &["--alles"]);
    let callcenter = resultaat(&v, "callcentermedewerker").unwrap();
    let oordeel = callcenter["oordeel"].as_str().unwrap();
    assert!(["beoordelingspunt", "ongeschikt"].contains(&oordeel), "{callcenter}");
    let items: Vec<&str> =
        callcenter["redenen"].as_array().unwrap().iter().map(|r| r["item"].as_str().unwrap()).collect();
    assert_eq!(items, ["1.8", "2.12"]);
    assert!(callcenter["redenen"][1]["tekst"].as_str().unwrap().contains("klantcontact"));
    // Without restrictions the same job is simply suitable.
    let vrij = matchen("{}", &[]);
    assert_eq!(resultaat(&vrij, "callcentermedewerker").unwrap()["oordeel"], "geschikt");
}

#[test]
fn the_same_profile_gives_the_same_output_whatever_the_order_of_its_fields() {
    let een = spoor2(&["match", "--profiel", "-", "--json", "--alles"], ISSUE);
    let twee = spoor2(&["match", "--profiel", "-", "--json", "--alles"], ISSUE);
    assert!(een.status.success());
    assert_eq!(een.stdout, twee.stdout);
    let omgekeerd = r#"{"wensen": ["administratie"], "uren_per_week": 24, "opleidingsniveau": "mbo4",
        "max_reisafstand_km": 25, "postcode": "3511", "benutbare_mogelijkheden": true,
        "voorwaarden": {"1.8": ["weinig_deadlines"], "2.12": ["weinig_klantcontact"]},
        "belastbaarheid": {"5.4": 3, "4.14": 3, "4.13": 3}}"#;
    let drie = spoor2(&["match", "--profiel", "-", "--json", "--alles"], omgekeerd);
    assert_eq!(een.stdout, drie.stdout);
}

#[test]
fn top_limits_the_results_and_reads_from_a_file() {
    let map = tempfile::tempdir().unwrap();
    let pad = map.path().join("profiel.json");
    std::fs::write(&pad, ISSUE).unwrap();
    let out = spoor2(&["match", "--profiel", pad.to_str().unwrap(), "--json", "--top", "3"], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(resultaten(&v).len(), 3);
    assert_eq!(resultaten(&v)[..], resultaten(&matchen(ISSUE, &[]))[..3]);
}

#[test]
fn no_usable_capacities_leaves_nothing_suitable_and_says_why() {
    let profiel = r#"{"benutbare_mogelijkheden": false, "reden_geen_benutbare_mogelijkheden": "opname"}"#;
    let v = matchen(profiel, &[]);
    assert_eq!(resultaten(&v).len(), 0);
    assert!(v["meldingen"][0].as_str().unwrap().contains("geen benutbare mogelijkheden"));
    let alles = matchen(profiel, &["--alles"]);
    for r in resultaten(&alles) {
        assert_eq!(r["oordeel"], "ongeschikt");
        assert_eq!(r["redenen"][0]["item"], "voorblad");
    }
}

#[test]
fn the_readable_table_is_dutch_with_verdicts_reasons_and_scores() {
    let out = spoor2(&["match", "--profiel", "-", "--alles"], ISSUE);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tekst = String::from_utf8(out.stdout).unwrap();
    for verwacht in [
        "Passend werk bij dit profiel",
        "Geschikt: ",
        "met beoordelingspunt: ",
        "Oordeel",
        "Beroep",
        "Medewerker data-invoer",
        "0,91",
        "score: marge 1,00",
        "! 1.8 vraagt soms deadlines of productiepieken",
        "✗ 4.13 vraagt tillen tot 15 kg; grens is 2 kg",
        "Let op: Postcode en maximale reisafstand",
    ] {
        assert!(tekst.contains(verwacht), "ontbreekt: {verwacht}\n{tekst}");
    }
}

const VACATURES: &str = concat!(
    r#"{"@context": "https://schema.org", "@type": "JobPosting", "identifier": "V-1", "title": "Orderpicker", "#,
    r#""hiringOrganization": {"name": "DC Zuid"}, "jobLocation": {"@type": "Place", "address": "#,
    r#"{"postalCode": "5048", "addressLocality": "Tilburg"}}, "workHours": "32-40 uur, 2-ploegendienst"}"#,
    "\n",
    r#"{"@type": "JobPosting", "identifier": "V-2", "title": "Administratief medewerker", "#,
    r#""workHours": "24 uur per week, kantoortijden"}"#,
    "\n",
    r#"{"@type": "JobPosting", "identifier": "V-3", "title": "Administratief medewerker inkoop", "#,
    r#""workHours": "16-20 uur, overdag", "hiringOrganization": "Gemeente Utrecht"}"#,
    "\n",
    r#"{"@type": "JobPosting", "identifier": "V-4", "title": "Beveiliger", "occupationalCategory": "5414", "#,
    r#""workHours": "20 uur, nachtdiensten"}"#,
    "\n",
    r#"{"@type": "JobPosting", "identifier": "V-5", "title": "Stralingsdeskundige"}"#,
    "\n",
);

#[test]
fn vacancies_are_judged_on_their_own_hours_and_shifts_and_bad_rows_reported() {
    let map = tempfile::tempdir().unwrap();
    let pad = map.path().join("vacatures.jsonl");
    std::fs::write(&pad, VACATURES).unwrap();
    let profiel = r#"{"belastbaarheid": {"4.13": 3, "6.3": 3, "6.1": 2}}"#;
    let v = matchen(profiel, &["--vacatures", pad.to_str().unwrap(), "--alles"]);
    let oordelen: Vec<(&str, &str)> =
        resultaten(&v).iter().map(|r| (r["id"].as_str().unwrap(), r["oordeel"].as_str().unwrap())).collect();
    assert_eq!(
        oordelen,
        [("V-3", "geschikt"), ("V-2", "beoordelingspunt"), ("V-4", "ongeschikt"), ("V-1", "ongeschikt")],
        "unsuitable ones by how many items exclude them: the night shift only, then lifting and hours"
    );
    for r in resultaten(&v) {
        assert_eq!(r["soort"], "vacature");
    }
    let v3 = resultaat(&v, "V-3").unwrap();
    assert_eq!(
        (v3["werkgever"].as_str(), v3["beroep"].as_str(), v3["koppeling"].as_str()),
        (Some("Gemeente Utrecht"), Some("administratief-medewerker"), Some("afgeleid"))
    );
    let v2 = resultaat(&v, "V-2").unwrap();
    assert_eq!(v2["redenen"][0]["tekst"], "vraagt minstens 24 uur per week; grens is ongeveer 20 uur per week");
    let v1 = resultaat(&v, "V-1").unwrap();
    assert_eq!((v1["plaats"].as_str(), v1["isco"].as_str()), (Some("Tilburg"), Some("9333")));
    let v4 = resultaat(&v, "V-4").unwrap();
    assert_eq!(v4["koppeling"], "gegeven");
    assert_eq!(v4["redenen"][0]["tekst"], "vraagt nachtdiensten; grens: niet 's nachts (22–06 uur)");
    let meldingen = v["meldingen"].as_array().unwrap();
    assert!(meldingen[0].as_str().unwrap().starts_with("Overgeslagen: vacature op regel 5: 'Stralingsdeskundige'"));

    let tabel = spoor2(&["match", "--profiel", "-", "--vacatures", pad.to_str().unwrap()], profiel);
    let tekst = String::from_utf8(tabel.stdout).unwrap();
    assert!(tekst.contains("4 vacature(s) uit"), "{tekst}");
    assert!(tekst.contains("Gemeente Utrecht · beroep: administratief-medewerker (afgeleid)"), "{tekst}");

    let kapot = map.path().join("kapot.jsonl");
    std::fs::write(&kapot, "{\"@type\": \"Person\"}\n").unwrap();
    geweigerd(
        &["match", "--profiel", "-", "--vacatures", kapot.to_str().unwrap()],
        "{}",
        "--vacatures",
        "regel 1: @type moet JobPosting zijn",
    );
    geweigerd(&["match", "--profiel", "-", "--vacatures", "/bestaat/niet.jsonl"], "{}", "--vacatures", "bestaat niet");
}

/// Runs bad input and checks: exit code 2, no output, a Dutch message naming `veld`.
fn geweigerd(args: &[&str], invoer: &str, veld: &str, melding: &str) {
    let out = spoor2(args, invoer);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "invoer {invoer}\nstderr: {stderr}");
    assert!(out.stdout.is_empty(), "geen uitvoer bij een fout");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.starts_with("fout: "), "{stderr}");
    assert!(stderr.contains(veld), "veld {veld} niet genoemd: {stderr}");
    assert!(stderr.contains(melding), "melding '{melding}' ontbreekt: {stderr}");
}

#[test]
fn bad_profiles_are_refused_with_the_field_named_and_exit_code_2() {
    let stdin = ["match", "--profiel", "-", "--json"];
    geweigerd(&stdin, "{\"belastbaarheid\": {", "(invoer)", "houdt onverwacht op");
    geweigerd(&stdin, "", "(invoer)", "houdt onverwacht op");
    geweigerd(&stdin, "[1]", "(invoer)", "moet een object zijn");
    geweigerd(&stdin, r#"{"belastbaarheid": {"4.13": 4}}"#, "belastbaarheid.4.13", "geen niveau 4");
    geweigerd(&stdin, r#"{"belastbaarheid": {"4.99": 1}}"#, "belastbaarheid.4.99", "geen FML-item");
    geweigerd(&stdin, r#"{"belastbaarheid": {"4.13": "veel"}}"#, "belastbaarheid.4.13", "moet een niveau zijn");
    geweigerd(
        &stdin,
        r#"{"voorwaarden": {"2.12": ["veel_klantcontact"]}}"#,
        "voorwaarden.2.12[0]",
        "kies uit: weinig_klantcontact",
    );
    geweigerd(&stdin, r#"{"opleidingsniveau": "bachelor"}"#, "opleidingsniveau", "geen opleidingsniveau");
    geweigerd(&stdin, r#"{"uren_per_week": 80}"#, "uren_per_week", "niet tussen 1 en 60");
    geweigerd(&stdin, r#"{"postcode": "utrecht"}"#, "postcode", "geen postcode");
    geweigerd(&stdin, r#"{"wens": ["administratie"]}"#, "wens", "onbekend veld");
    geweigerd(&stdin, "\u{feff}{}", "(invoer)", "geen geldige JSON");
    geweigerd(&["match", "--profiel", "/bestaat/niet.json"], "", "--profiel", "bestaat niet");
}

#[test]
fn skills_and_the_old_wage_score_vacancies_and_mark_65_percent() {
    let map = tempfile::tempdir().unwrap();
    let pad = map.path().join("vacatures.jsonl");
    let posting = |id: &str, loon: &str, skills: &str| {
        format!(
            r#"{{"@type": "JobPosting", "identifier": "{id}", "title": "Administratief medewerker", "workHours": "32 uur", "skills": {skills}, "baseSalary": {loon}}}"#
        )
    };
    let per_maand = |bedrag: u32| {
        format!(
            r#"{{"@type": "MonetaryAmount", "currency": "EUR", "value": {{"@type": "QuantitativeValue", "value": {bedrag}, "unitText": "MONTH"}}}}"#
        )
    };
    let regels = [
        posting("HOOG", &per_maand(2800), r#"["Excel", "boekhouding"]"#),
        posting("LAAG", &per_maand(1800), r#"["Excel"]"#),
        // € 13 an hour at 32 hours: 13 × 32 × 52 / 12 = € 1.803.
        posting("UUR", r#"{"value": {"value": 13, "unitText": "HOUR"}}"#, r#"["heftruck"]"#),
        posting("ZONDER", "null", "[]"),
        posting("FOUT", r#"{"value": {"value": 2800, "unitText": "EEUW"}}"#, "[]"),
    ];
    std::fs::write(&pad, regels.join("\n")).unwrap();
    let profiel = r#"{"vaardigheden": ["Excel", "boekhouding", "klantcontact"], "werkervaring": "4 jaar administratie",
                      "oud_loon_per_maand": 2800}"#;
    let v = matchen(profiel, &["--vacatures", pad.to_str().unwrap()]);
    let ids: Vec<&str> = resultaten(&v).iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["HOOG", "ZONDER", "LAAG", "UUR"], "by wage and skills");
    let hoog = &resultaat(&v, "HOOG").unwrap()["score_opbouw"];
    assert_eq!(hoog["loon"]["onder_65_procent"], false);
    assert_eq!(hoog["loon"]["waarde"], 1.0);
    assert_eq!(
        hoog["loon"]["toelichting"],
        "€ 2.800 per maand is 100,0% van het oude loon (€ 2.800); op of boven de grens van 65%"
    );
    // Excel, boekhouding and the experience (administratie ~ administratief) match; klantcontact does not.
    assert_eq!(hoog["vaardigheden"]["waarde"], 0.75);
    let laag = &resultaat(&v, "LAAG").unwrap()["score_opbouw"]["loon"];
    assert_eq!((laag["onder_65_procent"].as_bool(), laag["procent_van_oud_loon"].as_f64()), (Some(true), Some(64.2)));
    let uur = &resultaat(&v, "UUR").unwrap()["score_opbouw"]["loon"];
    assert!(uur["toelichting"].as_str().unwrap().starts_with("€ 1.803 per maand is 64,3% van het oude loon"), "{uur}");
    assert!(resultaat(&v, "ZONDER").unwrap()["score_opbouw"].get("loon").is_none(), "no wage, no wage part");
    let meldingen = v["meldingen"].as_array().unwrap();
    assert!(
        meldingen[0].as_str().unwrap().contains("regel 5: baseSalary: unitText 'EEUW' is onbekend"),
        "{meldingen:?}"
    );

    let tabel = spoor2(&["match", "--profiel", "-", "--vacatures", pad.to_str().unwrap()], profiel);
    let tekst = String::from_utf8(tabel.stdout).unwrap();
    assert!(tekst.contains("vaardigheden 0,75 · loon 1,00"), "{tekst}");
    assert!(
        tekst.contains("loon: € 1.800 per maand is 64,2% van het oude loon (€ 2.800); onder de grens van 65%"),
        "{tekst}"
    );

    let stdin = ["match", "--profiel", "-", "--json"];
    geweigerd(&stdin, r#"{"oud_loon_per_maand": -1}"#, "oud_loon_per_maand", "niet tussen € 1 en € 100.000");
    geweigerd(&stdin, r#"{"vaardigheden": [""]}"#, "vaardigheden[0]", "mag niet leeg");
}
