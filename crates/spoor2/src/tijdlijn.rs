//! `spoor2 tijdlijn`: one case in, its timeline out (readable Dutch or JSON).

use std::fmt::Write as _;
use std::io::Read;
use std::path::Path;

use domain::poortwachter::datum::nl;
use domain::poortwachter::json::{TijdlijnJson, lees_casus};
use domain::poortwachter::{Casus, Tijdlijn, bereken};

use crate::Fout;

pub fn voer_uit(bestand: Option<&Path>, json: bool) -> Result<(), Fout> {
    let tekst = lees_invoer(bestand)?;
    let casus = lees_casus(&tekst, web::vandaag()).map_err(|e| Fout::Invoer(e.to_string()))?;
    let tijdlijn = bereken(&casus);
    let uitvoer = if json {
        let mut s =
            serde_json::to_string_pretty(&TijdlijnJson::nieuw(&casus, &tijdlijn)).map_err(anyhow::Error::from)?;
        s.push('\n');
        s
    } else {
        overzicht(&casus, &tijdlijn)
    };
    crate::uitvoer(&uitvoer)
}

fn lees_invoer(bestand: Option<&Path>) -> Result<String, Fout> {
    let mut bytes = Vec::new();
    match bestand {
        None => std::io::stdin().read_to_end(&mut bytes)?,
        Some(p) if p == Path::new("-") => std::io::stdin().read_to_end(&mut bytes)?,
        Some(p) => std::fs::File::open(p)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| Fout::Invoer(format!("kan {} niet lezen: {}", p.display(), io_melding(&e))))?,
    };
    String::from_utf8(bytes).map_err(|_| Fout::Invoer("(invoer): de invoer is geen UTF-8-tekst".into()))
}

fn io_melding(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "het bestand bestaat niet".into(),
        std::io::ErrorKind::PermissionDenied => "geen leesrechten".into(),
        std::io::ErrorKind::IsADirectory => "dit is een map, geen bestand".into(),
        _ => e.to_string(),
    }
}

/// The readable Dutch overview.
pub fn overzicht(casus: &Casus, t: &Tijdlijn) -> String {
    let mut s = String::new();
    let regel = |s: &mut String, label: &str, waarde: String| {
        let _ = writeln!(s, "{label:<26}{waarde}");
    };
    let _ = writeln!(s, "Poortwachter-tijdlijn op peildatum {}\n", nl(casus.peildatum()));
    regel(&mut s, "Eerste ziektedag", nl(t.eerste_ziektedag));
    let eerdere = if t.eerdere_ketens.is_empty() {
        "geen".to_string()
    } else {
        t.eerdere_ketens.iter().map(|(a, b)| format!("{} t/m {}", nl(*a), nl(*b))).collect::<Vec<_>>().join(", ")
    };
    regel(&mut s, "Eerdere ketens", eerdere);
    if let Some(h) = t.hersteld_op {
        regel(&mut s, "Volledig hersteld op", nl(h));
    }
    regel(&mut s, "Laatste dag wachttijd", nl(t.laatste_dag_wachttijd));
    regel(&mut s, "Einde wachttijd", nl(t.einde_wachttijd));
    if let Some(w) = casus.loonsanctie_weken() {
        regel(&mut s, "Loonsanctie", format!("{w} weken"));
    }
    regel(&mut s, "Einde loondoorbetaling", nl(t.einde_loondoorbetaling));

    let _ = writeln!(s, "\n{:<42}{:<16}{:>5}  {:<16}Gedaan op", "Mijlpaal", "Uiterste datum", "Week", "Status");
    for m in &t.mijlpalen {
        let gedaan = m.gedaan_op.map(nl).unwrap_or_default();
        let regel = format!(
            "{:<42}{:<16}{:>5}  {:<16}{}",
            m.code.omschrijving(),
            nl(m.uiterste_datum),
            m.week,
            m.status.omschrijving(),
            gedaan
        );
        let _ = writeln!(s, "{}", regel.trim_end());
        if let Some(w) = m.uiterste_werkdag.filter(|w| *w != m.uiterste_datum) {
            let _ = writeln!(s, "{:<42}eerste werkdag: {}", "", nl(w));
        }
        if let Some(v) = m.venster_vanaf {
            let _ = writeln!(s, "{:<42}venster vanaf: {}", "", nl(v));
        }
    }

    for l in &t.loonstops {
        let _ = writeln!(s, "\nLoonstop werknemer op {}: {}", nl(l.datum), l.reden);
    }

    if t.bevindingen.is_empty() {
        let _ = writeln!(s, "\nBevindingen: geen. Alles is op tijd op deze peildatum.");
    } else {
        let _ = writeln!(s, "\nBevindingen ({})", t.bevindingen.len());
        for (i, b) in t.bevindingen.iter().enumerate() {
            let _ = writeln!(s, "\n{}. {} [{}]", i + 1, b.code(), b.ernst.code());
            let _ = writeln!(s, "   {}", b.toelichting());
            let _ = writeln!(s, "   Grondslag: {}", b.grondslag());
            let _ = writeln!(s, "   Advies: {}", b.advies());
        }
    }
    s
}
