//! `spoor2 match`: a profile (belastbaarheid, wishes, education, hours) in, passende arbeid out: the
//! built-in occupation catalogue judged item by item and ranked (readable Dutch or JSON).

use std::fmt::Write as _;
use std::path::Path;

use matching::{
    Catalogus, Kolommen, Oordeel, Postcodetabel, Profiel, Resultaat, Vacature, Voorblad, lees_profiel, lees_vacatures,
    lees_vacatures_csv, rangschik_beroepen, rangschik_vacatures,
};
use serde::Serialize;

use crate::Fout;

/// What to show.
pub struct Keuze<'a> {
    /// Vacancies (schema.org JobPosting, JSON-lines or JSON) instead of the catalogue's occupations.
    pub vacatures: Option<&'a Path>,
    /// For CSV vacancies: `veld=Kolom,…`, or a file with one such pair a line.
    pub kolommen: Option<&'a str>,
    /// An occupation catalogue (as written by `spoor2 beroepen importeer`) instead of the built-in one.
    pub beroepen: Option<&'a Path>,
    pub top: Option<usize>,
    pub alles: bool,
    pub json: bool,
}

/// The JSON output: `{"resultaten": [...], "meldingen": [...]}`.
#[derive(Serialize)]
struct Uitvoer<'a> {
    resultaten: &'a [Resultaat],
    /// Notes on the run in Dutch (what was not applied, and why).
    meldingen: Vec<String>,
}

pub fn voer_uit(bestand: &Path, keuze: Keuze<'_>) -> Result<(), Fout> {
    let tekst = crate::gegevens::lees_bestand(bestand, "--profiel")?;
    let profiel = lees_profiel(&tekst).map_err(|e| Fout::Invoer(e.to_string()))?;
    let geladen;
    let (catalogus, catalogusnaam) = match keuze.beroepen {
        None => (Catalogus::ingebouwd(), "ingebouwde beroepencatalogus".to_string()),
        Some(pad) => {
            let tekst = crate::gegevens::lees_bestand(pad, "--beroepen")?;
            geladen = Catalogus::lees(&tekst).map_err(|e| Fout::Invoer(format!("--beroepen: {e}")))?;
            (&geladen, format!("beroepencatalogus {}", pad.display()))
        }
    };
    let mut meldingen = meldingen(&profiel);
    let (alle, kop) = match keuze.vacatures {
        None => {
            if profiel.pc4.is_some() || profiel.max_reisafstand_km.is_some() {
                meldingen.push(
                    "Postcode en maximale reisafstand gelden alleen voor vacatures; beroepen uit de catalogus hebben \
                     geen plaats."
                        .into(),
                );
            }
            let kop = format!("{catalogusnaam} ({} beroepen)", catalogus.beroepen.len());
            (rangschik_beroepen(&profiel, catalogus), kop)
        }
        Some(pad) => {
            let (vacatures, fouten) = lees_vacaturebestand(pad, keuze.kolommen, catalogus).map_err(|e| match e {
                Fout::Invoer(m) => Fout::Invoer(format!("--vacatures: {m}")),
                e => e,
            })?;
            if vacatures.is_empty() && !fouten.is_empty() {
                return Err(Fout::Invoer(format!("--vacatures: geen enkele vacature te lezen; {}", fouten[0])));
            }
            meldingen.extend(fouten.iter().map(|f| format!("Overgeslagen: {f}.")));
            let postcodes = match profiel.pc4 {
                Some(_) => crate::postcodes::laad()?,
                None => None,
            };
            meldingen.extend(afstandsmeldingen(&profiel, &vacatures, postcodes.as_ref()));
            let kop = format!("{} vacature(s) uit {}", vacatures.len(), pad.display());
            (rangschik_vacatures(&profiel, &vacatures, postcodes.as_ref()), kop)
        }
    };
    let mut getoond: Vec<Resultaat> =
        alle.iter().filter(|r| keuze.alles || r.oordeel != Oordeel::Ongeschikt).cloned().collect();
    if let Some(n) = keuze.top {
        getoond.truncate(n);
    }
    let uitvoer = if keuze.json {
        let mut s =
            serde_json::to_string_pretty(&Uitvoer { resultaten: &getoond, meldingen }).map_err(anyhow::Error::from)?;
        s.push('\n');
        s
    } else {
        tabel(&alle, &getoond, &meldingen, &kop)
    };
    crate::uitvoer(&uitvoer)
}

/// What the distances could not do: no home postcode, no imported table, postcodes not in it.
fn afstandsmeldingen(profiel: &Profiel, vacatures: &[Vacature], postcodes: Option<&Postcodetabel>) -> Vec<String> {
    let Some(thuis) = profiel.pc4 else {
        return match profiel.max_reisafstand_km {
            Some(_) => vec!["De maximale reisafstand is niet toegepast: het profiel heeft geen postcode.".into()],
            None => Vec::new(),
        };
    };
    let Some(tabel) = postcodes else {
        return vec![
            "Afstanden zijn niet berekend en de maximale reisafstand is niet toegepast: er zijn nog geen \
             postcodecoördinaten; importeer ze met: spoor2 postcodes importeer BESTAND"
                .into(),
        ];
    };
    if tabel.punt(thuis).is_none() {
        return vec![format!(
            "Afstanden zijn niet berekend: postcode {thuis} van het profiel staat niet in de postcodetabel."
        )];
    }
    let onbekend = vacatures.iter().filter(|v| v.pc4.and_then(|pc| tabel.punt(pc)).is_none()).count();
    if onbekend == 0 {
        return Vec::new();
    }
    vec![format!(
        "{onbekend} vacature(s) zonder (bekende) postcode: daarvoor is de afstand onbekend en de maximale \
         reisafstand niet toegepast."
    )]
}

fn meldingen(profiel: &Profiel) -> Vec<String> {
    let mut m = Vec::new();
    if let Voorblad::GeenBenutbareMogelijkheden(reden) = profiel.belastbaarheid.voorblad {
        let waarom = reden.map(|r| format!(" ({})", r.omschrijving())).unwrap_or_default();
        m.push(format!(
            "De bedrijfsarts heeft geen benutbare mogelijkheden vastgesteld{waarom}: geen enkel werk is nu passend."
        ));
    }
    m
}

/// A number with a decimal comma, as Dutch readers expect.
fn komma(x: f64) -> String {
    format!("{x:.2}").replace('.', ",")
}

/// The readable Dutch table.
fn tabel(alle: &[Resultaat], getoond: &[Resultaat], meldingen: &[String], kop: &str) -> String {
    let tel = |o: Oordeel| alle.iter().filter(|r| r.oordeel == o).count();
    let mut s = String::new();
    let _ = writeln!(s, "Passend werk bij dit profiel — {kop}");
    let _ = writeln!(
        s,
        "Geschikt: {} · met beoordelingspunt: {} · ongeschikt: {}\n",
        tel(Oordeel::Geschikt),
        tel(Oordeel::Beoordelingspunt),
        tel(Oordeel::Ongeschikt)
    );
    if getoond.is_empty() {
        let _ = writeln!(s, "Geen resultaten om te tonen.");
    } else {
        let kolom = if getoond.iter().any(|r| r.vacature.is_some()) { "Vacature" } else { "Beroep" };
        let _ = writeln!(s, "{:>4}  {:<6} {:<17} {:<44} {:<5} Opleiding", "#", "Score", "Oordeel", kolom, "ISCO");
    }
    for (i, r) in getoond.iter().enumerate() {
        let _ = writeln!(
            s,
            "{:>4}  {:<6} {:<17} {:<44} {:<5} {}",
            i + 1,
            komma(r.score),
            r.oordeel.code(),
            r.naam,
            r.isco,
            r.opleiding
        );
        if let Some(v) = &r.vacature {
            let waar: Vec<&str> = [v.werkgever.as_deref(), v.plaats.as_deref()].into_iter().flatten().collect();
            let afstand = v.afstand_km.map(|d| format!(" · {} km", matching::rangorde::komma(d))).unwrap_or_default();
            let _ = writeln!(s, "        {}{afstand} · beroep: {} ({})", waar.join(", "), v.beroep, v.koppeling);
        }
        for reden in &r.redenen {
            let teken = if reden.oordeel == Oordeel::Ongeschikt { "✗" } else { "!" };
            let _ = writeln!(s, "      {teken} {} {}", reden.item, reden.tekst);
        }
        let o = &r.score_opbouw;
        let delen: Vec<String> = o.delen().map(|(naam, d)| format!("{naam} {}", komma(d.waarde))).collect();
        if !delen.is_empty() {
            let _ = writeln!(s, "        score: {}", delen.join(" · "));
        }
        if let Some(loon) = &o.loon {
            let _ = writeln!(s, "        loon: {}", loon.onderdeel.toelichting);
        }
    }
    if !meldingen.is_empty() {
        let _ = writeln!(s);
        for m in meldingen {
            let _ = writeln!(s, "Let op: {m}");
        }
    }
    let _ = writeln!(
        s,
        "\n! = beoordelingspunt (motiveren voordat het werk als passend geldt) · ✗ = ongeschikt · \
         --alles toont ook ongeschikt werk, --json de volledige score-opbouw."
    );
    s
}

/// Reads a vacancy file: CSV (by its extension, or when columns are given: `veld=Kolom,…` or a file with one
/// pair a line) or JobPosting JSON / JSON-lines. Rows that cannot be read come back apart.
pub fn lees_vacaturebestand(
    pad: &Path,
    kolommen: Option<&str>,
    catalogus: &Catalogus,
) -> Result<(Vec<Vacature>, Vec<matching::Regelfout>), Fout> {
    let tekst = crate::gegevens::lees_bestand(pad, &pad.display().to_string())?;
    let is_csv = pad.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("tsv"));
    if !is_csv && kolommen.is_none() {
        return Ok(lees_vacatures(&tekst, catalogus));
    }
    let kolommen = match kolommen {
        None => None,
        Some(k) if Path::new(k).is_file() => Some(crate::gegevens::lees_bestand(Path::new(k), "--kolommen")?),
        Some(k) => Some(k.to_string()),
    };
    let kolommen =
        kolommen.map(|k| Kolommen::lees(&k)).transpose().map_err(|e| Fout::Invoer(format!("--kolommen: {e}")))?;
    lees_vacatures_csv(&tekst, kolommen.as_ref(), catalogus)
        .map_err(|e| Fout::Invoer(format!("{}: {e}", pad.display())))
}
