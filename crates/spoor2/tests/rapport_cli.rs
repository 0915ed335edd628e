//! `spoor2 dossiers` and `spoor2 rapport` as an operator runs them, on SQLite and on PostgreSQL: the
//! reports of known demo dossiers, read back from the PDF's text.

#[macro_use]
mod gedeeld;

use gedeeld::{PEILDATUM, demo, gelukt, spoor2};
use serde_json::Value;
use test_support::Testdatabase;

op_beide!(the_reports_of_the_demo_dossiers_hold_what_was_logged);

/// The PDF's text, and the PDF must parse.
fn pdf_tekst(pad: &std::path::Path) -> String {
    let bytes = std::fs::read(pad).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    lopdf::Document::load_mem(&bytes).expect("a valid PDF");
    pdf_extract::extract_text_from_mem(&bytes).unwrap()
}

fn the_reports_of_the_demo_dossiers_hold_what_was_logged(db: &Testdatabase) {
    demo(&db.url, 40);
    let lijst: Value = serde_json::from_str(&gelukt(&spoor2(&db.url, &["dossiers", "--json"]))).unwrap();
    let lijst = lijst.as_array().unwrap();
    assert_eq!(lijst.len(), 41, "40 employees, one of them with an earlier dossier past its term");
    let id = |naam: &str| lijst.iter().find(|d| d["werknemer"] == naam).unwrap()["id"].as_str().unwrap().to_string();
    let tabel = gelukt(&spoor2(&db.url, &["dossiers"]));
    assert!(tabel.contains(&id("Mohamed Jansen")) && tabel.contains("Anna Coach"));
    let map = tempfile::tempdir().unwrap();
    let pad = |naam: &str| map.path().join(naam);

    // A progress report of the running traject: period, goals, search directions, dated activities and
    // applications, intensity; no BSN.
    let v = pad("voortgang.pdf");
    let uit = spoor2(
        &db.url,
        &[
            "rapport",
            "voortgang",
            "--dossier",
            &id("Mohamed Jansen"),
            "--uit",
            v.to_str().unwrap(),
            "--datum",
            PEILDATUM,
        ],
    );
    assert!(gelukt(&uit).contains("Voortgangsrapportage spoor 2 geschreven"));
    let t = pdf_tekst(&v);
    for verwacht in [
        "Voortgangsrapportage spoor 2",
        "Re-integratiebureau De Brug",
        "Mohamed Jansen",
        "Anna Coach",
        "t/m 23-11-2026",
        "Doelen",
        "administratief medewerker",
        "coachgesprek",
        "Sollicitaties",
        "Van Lanschot Logistiek",
        "sollicitaties per 4",
        "Inzet van de werknemer",
        "Belemmeringen (niet-medisch)",
        "Volgende stappen",
        "Pagina 1 van",
    ] {
        assert!(t.contains(verwacht), "'{verwacht}' ontbreekt in:\n{t}");
    }
    assert!(!t.contains("BSN"), "a progress report carries no BSN");

    let e = pad("eind.pdf");
    gelukt(&spoor2(&db.url, &["rapport", "eind", "--dossier", &id("Mohamed Jansen"), "--uit", e.to_str().unwrap()]));
    let t = pdf_tekst(&e);
    assert!(t.contains("Eindrapportage spoor 2") && t.contains("Activiteiten per soort") && !t.contains("BSN"));

    // The RIV carries the BSN, which the product itself does not read: it needs a user.
    let r = pad("riv.pdf");
    let zonder = spoor2(&db.url, &["rapport", "riv", "--dossier", &id("Emma El Amrani"), "--uit", r.to_str().unwrap()]);
    assert_eq!(zonder.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&zonder.stderr).contains("--als"));
    let riv = |naam: &str, pad: &std::path::Path| {
        let args =
            ["rapport", "riv", "--dossier", &id(naam), "--uit", pad.to_str().unwrap(), "--als", "hr@korf.example"];
        gelukt(&spoor2(&db.url, &[&args[..], &["--datum", PEILDATUM]].concat()));
        pdf_tekst(pad)
    };
    let t = riv("Emma El Amrani", &r);
    let paginas = t.matches("Pagina ").count();
    assert!(paginas > 5, "{t}");
    // Demo BSNs are 100000000 + 1013·i upwards (Emma is employee 6).
    let bsn = t.split("BSN ").nth(1).unwrap().split_whitespace().next().unwrap().to_string();
    assert!(bsn.starts_with("10000"), "{bsn}");
    // Every page's footer, and the cover's administrative data.
    assert_eq!(t.matches(&format!("BSN {bsn}")).count(), paginas + 1, "the BSN on every page");
    for verwacht in [
        "Alle verplichte onderdelen zijn aanwezig, gedateerd en ondertekend.",
        "Chronologisch overzicht",
        "Probleemanalyse (en bijstellingen)",
        "Eerstejaarsevaluatie",
        "Actueel oordeel van de bedrijfsarts",
        "Visie van de werknemer",
        "Ik herken mij in het verslag",
        "Arbeidsdeskundig rapport",
    ] {
        assert!(t.contains(verwacht), "'{verwacht}' ontbreekt in:\n{t}");
    }
    // No medical note reaches the employer's bundle (the demo's bedrijfsarts wrote some in stage 2 only,
    // so also check the words of the medical note type are absent).
    assert!(!t.contains("Spreekuur") && !t.contains("behandeling loopt"));

    let t = riv("Marieke Hendriks", &pad("onvolledig.pdf"));
    for verwacht in [
        "niet compleet (riv_onvolledig, 7 punten)",
        "Niet ondertekend: Plan van aanpak",
        "Ontbreekt: Eerstejaarsevaluatie.",
        "Ontbreekt: Visie van de werknemer.",
        "ouder dan 8 weken",
    ] {
        assert!(t.contains(verwacht), "'{verwacht}' ontbreekt in:\n{t}");
    }

    // An unknown dossier is the user's mistake.
    let fout = spoor2(&db.url, &["rapport", "riv", "--dossier", "bestaat-niet", "--uit", r.to_str().unwrap()]);
    assert_eq!(fout.status.code(), Some(2));
}
