//! Vacancies from a CSV file (an export from an ATS or a spreadsheet), with a mapping from our fields to the
//! file's column names: `titel=Functie,postcode=PC,werkgever=Bedrijf`. Each row is read as the equivalent
//! schema.org `JobPosting`, so CSV and JSON vacancies follow exactly the same rules (occupation link, hours,
//! shifts, education, per-vacancy demand). Separator `;`, `,` or tab, taken from the header line.

use serde_json::{Map, Value, json};

use crate::catalogus::Catalogus;
use crate::vacature::{Regelfout, Vacature, uit_rijen};

/// Our fields, the JobPosting property each becomes, and what it holds.
pub const VELDEN: &[(&str, &str, &str)] = &[
    ("id", "identifier", "unieke code van de vacature"),
    ("titel", "title", "functietitel (verplicht)"),
    ("werkgever", "hiringOrganization", "naam van de werkgever"),
    ("plaats", "addressLocality", "plaats van het werk"),
    ("postcode", "postalCode", "postcode van het werk (PC4 of volledig)"),
    ("beroep", "occupationalCategory", "beroep-id uit de catalogus of ISCO-08-code"),
    ("uren", "workHours", "uren per week (\"32\", \"24-32\", \"fulltime\")"),
    ("diensten", "workHours", "diensten (\"dagdienst\", \"avond\", \"nacht\", \"3-ploegen\")"),
    ("opleiding", "educationRequirements", "gevraagd opleidingsniveau"),
    ("omschrijving", "description", "omschrijving van de vacature"),
    ("vaardigheden", "skills", "gevraagde vaardigheden en ervaring"),
    ("loon", "baseSalary", "bruto loon (\"2800\", \"2.800,50\", \"2500-3000\": het laagste telt)"),
    ("loonperiode", "baseSalary", "waarover het loon gaat: uur, dag, week, maand of jaar (of HOUR … YEAR)"),
];

/// Which column holds which field. Besides the fields of [`VELDEN`], an FML item code (`4.13=Tillen`) maps
/// a column of demand levels for that item (`spoor2:vraag`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kolommen {
    /// Field → column name, in the order given.
    pub paren: Vec<(String, String)>,
}

impl Kolommen {
    /// `titel=Functie,postcode=PC`, or the same one pair a line (a mapping file; `#` starts a comment).
    pub fn lees(tekst: &str) -> Result<Kolommen, String> {
        let scheiding = if tekst.contains('\n') { '\n' } else { ',' };
        let mut paren: Vec<(String, String)> = Vec::new();
        for deel in tekst.split(scheiding) {
            let deel = deel.split('#').next().unwrap_or_default().trim();
            if deel.is_empty() {
                continue;
            }
            let (veld, kolom) = deel
                .split_once('=')
                .ok_or_else(|| format!("'{deel}' moet de vorm veld=kolom hebben (bijvoorbeeld titel=Functie)"))?;
            let (veld, kolom) = (veld.trim(), kolom.trim());
            let bekend = VELDEN.iter().any(|(v, _, _)| *v == veld) || domain::fml::item(veld).is_some();
            if !bekend {
                let namen: Vec<&str> = VELDEN.iter().map(|(v, _, _)| *v).collect();
                return Err(format!(
                    "onbekend veld '{veld}'; kies uit: {} of een FML-itemcode (4.13=Tillen)",
                    namen.join(", ")
                ));
            }
            if kolom.is_empty() {
                return Err(format!("{veld}: de kolomnaam is leeg"));
            }
            if paren.iter().any(|(v, _)| v == veld) {
                return Err(format!("het veld '{veld}' staat er twee keer in"));
            }
            paren.push((veld.to_string(), kolom.to_string()));
        }
        Ok(Kolommen { paren })
    }

    /// Without a mapping: every column whose name (case-insensitive) is one of our fields or an FML item.
    pub fn uit_kop(kop: &[&str]) -> Kolommen {
        let paren = kop
            .iter()
            .filter_map(|k| {
                let veld = k.trim().to_lowercase();
                let bekend = VELDEN.iter().any(|(v, _, _)| *v == veld) || domain::fml::item(&veld).is_some();
                bekend.then(|| (veld, k.trim().to_string()))
            })
            .collect();
        Kolommen { paren }
    }
}

/// Reads vacancies from CSV text. `Err` when the file as a whole cannot be read (no header, a mapped column
/// missing, no title column); rows that cannot be read are returned apart with their line and reason.
pub fn lees_vacatures_csv(
    tekst: &str,
    kolommen: Option<&Kolommen>,
    catalogus: &Catalogus,
) -> Result<(Vec<Vacature>, Vec<Regelfout>), String> {
    let tekst = zonder_cr(tekst.strip_prefix('\u{feff}').unwrap_or(tekst));
    let tekst = tekst.as_ref();
    let kopregel = tekst.lines().next().filter(|r| !r.trim().is_empty()).ok_or("het bestand heeft geen kopregel")?;
    let scheiding = [b';', b',', b'\t'].into_iter().max_by_key(|s| kopregel.bytes().filter(|b| b == s).count());
    let mut lezer =
        csv::ReaderBuilder::new().delimiter(scheiding.unwrap_or(b',')).flexible(true).from_reader(tekst.as_bytes());
    let kop: Vec<String> = lezer
        .headers()
        .map_err(|e| format!("de kopregel is geen geldige CSV: {e}"))?
        .iter()
        .map(|k| k.trim().to_string())
        .collect();
    let kopnamen: Vec<&str> = kop.iter().map(String::as_str).collect();
    let kolommen = match kolommen {
        Some(k) => k.clone(),
        None => Kolommen::uit_kop(&kopnamen),
    };
    // Field → column index.
    let mut plek: Vec<(&str, usize, &str)> = Vec::new();
    for (veld, kolom) in &kolommen.paren {
        let i = kop.iter().position(|k| k.eq_ignore_ascii_case(kolom)).ok_or_else(|| {
            format!("kolom '{kolom}' (voor {veld}) staat niet in de kopregel; de kolommen zijn: {}", kop.join(", "))
        })?;
        plek.push((veld.as_str(), i, kolom.as_str()));
    }
    if !plek.iter().any(|(v, _, _)| *v == "titel") {
        return Err(format!(
            "geen kolom voor de titel; geef bijvoorbeeld --kolommen titel=… (de kolommen zijn: {})",
            kop.join(", ")
        ));
    }
    let mut rijen = Vec::new();
    for rij in lezer.records() {
        let (regel, rij) = match rij {
            Ok(r) => (r.position().map_or(0, |p| p.line() as usize), r),
            Err(e) => {
                let regel = e.position().map_or(0, |p| p.line() as usize);
                rijen.push((regel, Err(format!("geen geldige CSV: {e}"))));
                continue;
            }
        };
        if rij.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let posting = if rij.len() != kop.len() {
            Err(format!("{} kolommen; de kopregel heeft er {}", rij.len(), kop.len()))
        } else {
            Ok(jobposting(&plek, |i| rij.get(i).unwrap_or_default().trim()))
        };
        rijen.push((regel, posting));
    }
    let (goed, mut fout) = uit_rijen(rijen, catalogus);
    // Name the user's columns in the reasons, not the JobPosting properties.
    for f in &mut fout {
        for (veld, _, kolom) in &plek {
            let rest = match VELDEN.iter().find(|(v, _, _)| v == veld) {
                Some((_, eigenschap, _)) => f.melding.strip_prefix(eigenschap),
                None => f.melding.strip_prefix("spoor2:vraag: ").filter(|r| r.starts_with(&format!("{veld} "))),
            };
            if let Some(rest) = rest {
                f.melding = format!("kolom '{kolom}': {}", rest.trim_start_matches([':', ' ']));
                break;
            }
        }
    }
    Ok((goed, fout))
}

/// Windows line ends as plain newlines: the CSV reader counts lines wrongly on `\r\n`.
pub(crate) fn zonder_cr(tekst: &str) -> std::borrow::Cow<'_, str> {
    if tekst.contains('\r') { tekst.replace("\r\n", "\n").into() } else { tekst.into() }
}

/// The JobPosting a row stands for.
fn jobposting<'a>(plek: &[(&str, usize, &str)], waarde: impl Fn(usize) -> &'a str) -> Value {
    let mut o = Map::new();
    o.insert("@type".into(), json!("JobPosting"));
    let mut adres = Map::new();
    let mut uren = Vec::new();
    let mut vraag = Map::new();
    let mut loon = Map::new();
    for &(veld, i, _) in plek {
        let w = waarde(i);
        if w.is_empty() {
            continue;
        }
        match veld {
            "id" => drop(o.insert("identifier".into(), json!(w))),
            "titel" => drop(o.insert("title".into(), json!(w))),
            "werkgever" => drop(o.insert("hiringOrganization".into(), json!({"name": w}))),
            "plaats" => drop(adres.insert("addressLocality".into(), json!(w))),
            "postcode" => drop(adres.insert("postalCode".into(), json!(w))),
            "beroep" => drop(o.insert("occupationalCategory".into(), json!(w))),
            "uren" | "diensten" => uren.push(w),
            "opleiding" => drop(o.insert("educationRequirements".into(), json!(w))),
            "omschrijving" => drop(o.insert("description".into(), json!(w))),
            "vaardigheden" => drop(o.insert("skills".into(), json!(w))),
            "loon" => match w.split_once('-') {
                Some((min, max)) => loon.extend([("minValue".into(), bedrag(min)), ("maxValue".into(), bedrag(max))]),
                None => drop(loon.insert("value".into(), bedrag(w))),
            },
            "loonperiode" => drop(loon.insert("unitText".into(), json!(periode(w)))),
            item => {
                // A level must be a number; anything else is left as text for the JobPosting reader to refuse.
                let niveau = w.parse::<u64>().map_or_else(|_| json!(w), |n| json!(n));
                vraag.insert(item.to_string(), niveau);
            }
        }
    }
    if !adres.is_empty() {
        o.insert("jobLocation".into(), json!({"@type": "Place", "address": adres}));
    }
    if !uren.is_empty() {
        o.insert("workHours".into(), json!(uren.join(", ")));
    }
    if !vraag.is_empty() {
        o.insert("spoor2:vraag".into(), Value::Object(vraag));
    }
    if !loon.is_empty() {
        loon.insert("@type".into(), json!("QuantitativeValue"));
        o.insert("baseSalary".into(), json!({"@type": "MonetaryAmount", "currency": "EUR", "value": loon}));
    }
    Value::Object(o)
}

/// An amount as a number ("2800", "€ 2.800,50", "15.75"); anything else stays text for the JobPosting reader to
/// refuse.
fn bedrag(tekst: &str) -> Value {
    let t: String = tekst.trim().trim_start_matches('€').chars().filter(|c| !c.is_whitespace()).collect();
    // With a decimal comma, dots group thousands; so do dots before groups of three digits alone ("2.800").
    let duizendtallen = t.split('.').count() > 1 && t.split('.').skip(1).all(|d| d.len() == 3);
    let t = if t.contains(',') || duizendtallen { t.replace('.', "").replace(',', ".") } else { t };
    t.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map_or_else(|| json!(tekst.trim()), Value::Number)
}

/// A Dutch wage period as the `unitText` of schema.org; anything else as given.
fn periode(tekst: &str) -> String {
    match tekst.trim().to_lowercase().as_str() {
        "uur" | "per uur" => "HOUR".into(),
        "dag" | "per dag" => "DAY".into(),
        "week" | "per week" => "WEEK".into(),
        "maand" | "per maand" => "MONTH".into(),
        "jaar" | "per jaar" => "YEAR".into(),
        _ => tekst.trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vacature::Koppeling;

    fn lees(tekst: &str, kolommen: &str) -> Result<(Vec<Vacature>, Vec<Regelfout>), String> {
        let k = Kolommen::lees(kolommen)?;
        lees_vacatures_csv(tekst, Some(&k), Catalogus::ingebouwd())
    }

    #[test]
    fn a_mapped_csv_reads_like_the_equivalent_job_posting() {
        let csv = "\u{feff}Vacaturenummer;Functie;Bedrijf;Woonplaats;PC;Uren;Rooster;Niveau;Tillen\n\
                   V-1;Orderpicker;Logistiek BV;Tilburg;5048 AB;32-40;2-ploegendienst;vmbo;\n\
                   V-2;\"Medewerker klantenservice; inbound\";Bel BV;Utrecht;3511;24;;MBO 3;3\n";
        let (v, fout) = lees(
            csv,
            "id=Vacaturenummer, titel=Functie, werkgever=Bedrijf, plaats=Woonplaats, postcode=PC, uren=Uren, \
             diensten=Rooster, opleiding=Niveau, 4.13=Tillen",
        )
        .unwrap();
        assert_eq!(fout, []);
        assert_eq!(v.len(), 2);
        assert_eq!(
            (v[0].id.as_str(), v[0].beroep.as_str(), v[0].koppeling),
            ("V-1", "orderpicker", Koppeling::Afgeleid)
        );
        assert_eq!(
            (v[0].werkgever.as_deref(), v[0].plaats.as_deref(), v[0].pc4),
            (Some("Logistiek BV"), Some("Tilburg"), Some(5048))
        );
        assert_eq!(v[0].werktijden.uren_per_week, (32, 40));
        assert!(v[0].werktijden.avond);
        assert_eq!(v[1].titel, "Medewerker klantenservice; inbound");
        assert_eq!(v[1].beroep, "klantenservicemedewerker");
        assert_eq!(v[1].vraag.niveaus.get("4.13"), Some(&3));
        assert_eq!(v[1].opleiding, domain::waarden::Opleidingsniveau::Mbo3);
    }

    #[test]
    fn without_a_mapping_columns_named_after_our_fields_are_used() {
        let csv = "titel,postcode,beroep,onbekend\nKok,3511,,x\nCollega,1012,administratief-medewerker,y\n";
        let (v, fout) = lees_vacatures_csv(csv, None, Catalogus::ingebouwd()).unwrap();
        assert_eq!(fout, []);
        assert_eq!(
            v.iter().map(|v| (v.beroep.as_str(), v.pc4)).collect::<Vec<_>>(),
            [("kok", Some(3511)), ("administratief-medewerker", Some(1012))]
        );
        assert_eq!(v[0].id, "regel-2");
    }

    #[test]
    fn bad_rows_are_reported_with_their_line_and_reason_naming_the_column() {
        let csv = "Functie;PC;Tillen;Code\n\
                   Kok;3511;;A\n\
                   ;3511;;B\n\
                   Kok;35;;C\n\
                   Kok;3511;9;D\n\
                   Kok;3511\n\
                   Glimlachcoördinator;3511;;E\n\
                   Kok;3511;;A\n\
                   \"Kok\nin de keuken\";3511;;F\n\
                   Kok;3511;x;G\n";
        let csv = csv.replace('\n', "\r\n");
        let (goed, fout) = lees(&csv, "titel=Functie\npostcode=PC # werklocatie\n4.13=Tillen\nid=Code").unwrap();
        let regels: Vec<(usize, &str)> = fout.iter().map(|f| (f.regel, f.melding.as_str())).collect();
        assert_eq!(goed.iter().map(|v| v.id.as_str()).collect::<Vec<_>>(), ["A", "F"], "{regels:?}");
        assert_eq!(regels[0], (3, "kolom 'Functie': ontbreekt of is leeg"));
        assert_eq!(regels[1], (4, "kolom 'PC': '35' is geen Nederlandse postcode"));
        assert_eq!(regels[2].0, 5);
        assert_eq!(regels[2].1, "kolom 'Tillen': 4.13 (Tillen) heeft geen niveau 9");
        assert_eq!(regels[3], (6, "2 kolommen; de kopregel heeft er 4"));
        assert_eq!(regels[4].0, 7);
        assert!(regels[4].1.contains("niet aan een beroep uit de catalogus te koppelen"));
        assert_eq!(regels[5], (8, "kolom 'Code': 'A' komt al eerder voor"));
        assert_eq!(regels[6].0, 11, "a quoted title over two lines: the next row starts on line 11");
        assert_eq!(regels.len(), 7);
    }

    #[test]
    fn a_mapping_or_header_that_does_not_fit_refuses_the_file() {
        assert!(Kolommen::lees("titel").unwrap_err().contains("veld=kolom"));
        assert!(Kolommen::lees("salaris=Loon").unwrap_err().contains("onbekend veld 'salaris'"));
        assert!(Kolommen::lees("titel=A,titel=B").unwrap_err().contains("twee keer"));
        assert!(Kolommen::lees("titel=").unwrap_err().contains("leeg"));
        assert!(
            lees("Functie;PC\nKok;3511\n", "titel=Titel")
                .unwrap_err()
                .contains("kolom 'Titel' (voor titel) staat niet in de kopregel; de kolommen zijn: Functie, PC")
        );
        assert!(lees("Functie;PC\nKok;3511\n", "postcode=PC").unwrap_err().contains("geen kolom voor de titel"));
        assert!(lees_vacatures_csv("", None, Catalogus::ingebouwd()).unwrap_err().contains("geen kopregel"));
    }

    #[test]
    fn wage_and_skills_columns_become_base_salary_and_skills() {
        let csv = "Functie;Salaris;Per;Kennis\n\
                   Kok;2.800;maand;koken, hygiënecode\n\
                   Bakker;\"15,50\";uur;\n\
                   Schoonmaker;2500-3000;MONTH;\n\
                   Chauffeur;veel;maand;\n\
                   Kassamedewerker;2800;;\n";
        let (v, fout) = lees(csv, "titel=Functie,loon=Salaris,loonperiode=Per,vaardigheden=Kennis").unwrap();
        // The baker at the occupation's 32 hours: 15,50 × 32 × 52 / 12 = 2.149.
        let regels: Vec<(usize, &str)> = fout.iter().map(|f| (f.regel, f.melding.as_str())).collect();
        assert_eq!(v.iter().map(|v| v.loon_per_maand).collect::<Vec<_>>(), [Some(2800), Some(2149), Some(2500)]);
        assert_eq!(v[0].vaardigheden, ["koken, hygiënecode"]);
        assert_eq!(regels[0], (5, "kolom 'Salaris': value moet een getal zijn, niet \"veel\""));
        assert!(regels[1].1.starts_with("kolom 'Salaris': unitText ontbreekt"), "{regels:?}");
        assert_eq!(regels.len(), 2);
        // The stored JobPosting reads back the same.
        let (opnieuw, _) = crate::vacature::lees_vacatures(&v[1].bron.to_string(), Catalogus::ingebouwd());
        assert_eq!(opnieuw[0].loon_per_maand, Some(2149));
    }
}
