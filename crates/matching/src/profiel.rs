//! The profile as JSON (the input of `spoor2 match`), read field by field so that every refusal names
//! the field in Dutch:
//!
//! ```json
//! {"belastbaarheid": {"4.13": 3, "4.14": 3, "5.4": 3},
//!  "voorwaarden": {"2.12": ["weinig_klantcontact"], "1.8": ["weinig_deadlines"]},
//!  "benutbare_mogelijkheden": true, "postcode": "3511", "max_reisafstand_km": 25,
//!  "opleidingsniveau": "mbo4", "uren_per_week": 24, "wensen": ["administratie"],
//!  "vaardigheden": ["kassa", "klantcontact"], "werkervaring": "8 jaar verkoper in een bouwmarkt",
//!  "oud_loon_per_maand": 2800}
//! ```
//!
//! `werkervaring` is free text, taken as phrases between commas, semicolons and line ends
//! ([`rangorde::termen`](crate::rangorde::termen)); with `vaardigheden` it makes the profile's skills.

use std::collections::BTreeMap;

use domain::fml::{self, GeenBenutbareMogelijkheden, Invulling};
use domain::poortwachter::json::soort_van;
use domain::waarden::{Opleidingsniveau, Postcode};
use serde_json::{Map, Value};

use crate::oordeel::{Belastbaarheid, Voorblad};
use crate::rangorde::{MAX_LOON_PER_MAAND, Profiel, euro, termen};

/// Why a profile was refused: the field (as a JSON path) and a Dutch message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{veld}: {melding}")]
pub struct ProfielFout {
    pub veld: String,
    pub melding: String,
}

fn fout(veld: impl Into<String>, melding: impl Into<String>) -> ProfielFout {
    ProfielFout { veld: veld.into(), melding: melding.into() }
}

const VELDEN: &[&str] = &[
    "belastbaarheid",
    "voorwaarden",
    "benutbare_mogelijkheden",
    "reden_geen_benutbare_mogelijkheden",
    "postcode",
    "max_reisafstand_km",
    "opleidingsniveau",
    "uren_per_week",
    "wensen",
    "vaardigheden",
    "werkervaring",
    "oud_loon_per_maand",
];

/// Parses a profile from JSON text.
pub fn lees_profiel(tekst: &str) -> Result<Profiel, ProfielFout> {
    let waarde: Value = serde_json::from_str(tekst).map_err(|e| {
        let wat = match e.classify() {
            serde_json::error::Category::Eof => "de invoer houdt onverwacht op",
            _ => "de invoer is geen geldige JSON",
        };
        fout("(invoer)", format!("{wat} (regel {}, kolom {})", e.line(), e.column()))
    })?;
    profiel_uit_json(&waarde)
}

/// Builds a profile from a parsed JSON value.
pub fn profiel_uit_json(waarde: &Value) -> Result<Profiel, ProfielFout> {
    let obj = object("(invoer)", waarde)?;
    if let Some(k) = obj.keys().find(|k| !VELDEN.contains(&k.as_str())) {
        return Err(fout(k.as_str(), format!("onbekend veld; toegestaan zijn: {}", VELDEN.join(", "))));
    }
    let mut items = BTreeMap::new();
    if let Some(b) = aanwezig(obj, "belastbaarheid") {
        for (code, w) in object("belastbaarheid", b)? {
            let pad = format!("belastbaarheid.{code}");
            let item = fml::item(code).ok_or_else(|| fout(&pad, format!("'{code}' is geen FML-item")))?;
            let Invulling::Niveaus(labels) = item.invulling else {
                return Err(fout(
                    pad,
                    format!(
                        "{} heeft voorwaarden, geen niveaus: geef ze onder voorwaarden als lijst, bijvoorbeeld \
                         \"voorwaarden\": {{\"{code}\": [\"{}\"]}}",
                        item.naam, item.keuzecodes[0]
                    ),
                ));
            };
            let hoogste = labels.len() - 1;
            let niveau = match w.as_u64() {
                Some(n) if n as usize <= hoogste => n as u8,
                Some(n) => {
                    return Err(fout(
                        pad,
                        format!(
                            "{} heeft geen niveau {n}; kies 0 ({}) t/m {hoogste} ({})",
                            item.naam, labels[0], labels[hoogste]
                        ),
                    ));
                }
                None => {
                    return Err(fout(pad, format!("moet een niveau zijn (0 t/m {hoogste}), niet {}", soort_van(w))));
                }
            };
            items.insert(item.code.to_string(), niveau);
        }
    }
    if let Some(v) = aanwezig(obj, "voorwaarden") {
        for (code, lijst) in object("voorwaarden", v)? {
            let pad = format!("voorwaarden.{code}");
            let item = fml::item(code).ok_or_else(|| fout(&pad, format!("'{code}' is geen FML-item")))?;
            if !matches!(item.invulling, Invulling::Meerkeuze(_)) {
                return Err(fout(pad, format!("{} heeft niveaus: geef het onder belastbaarheid", item.naam)));
            }
            let Value::Array(keuzes) = lijst else {
                return Err(fout(pad, format!("moet een lijst van voorwaarden zijn, niet {}", soort_van(lijst))));
            };
            let mut masker = 0u8;
            for (i, k) in keuzes.iter().enumerate() {
                let pad = format!("{pad}[{i}]");
                let Value::String(k) = k else {
                    return Err(fout(pad, format!("moet tekst zijn, niet {}", soort_van(k))));
                };
                let bit = item.keuze(k).ok_or_else(|| {
                    fout(
                        &pad,
                        format!(
                            "'{k}' is geen voorwaarde van {} ({}); kies uit: {}",
                            item.code,
                            item.naam,
                            item.keuzecodes.join(", ")
                        ),
                    )
                })?;
                masker |= 1 << bit;
            }
            items.insert(item.code.to_string(), masker);
        }
    }
    let benutbaar = match aanwezig(obj, "benutbare_mogelijkheden") {
        None => true,
        Some(Value::Bool(b)) => *b,
        Some(w) => {
            return Err(fout("benutbare_mogelijkheden", format!("moet true of false zijn, niet {}", soort_van(w))));
        }
    };
    let reden = match tekst(obj, "reden_geen_benutbare_mogelijkheden")? {
        None => None,
        Some(_) if benutbaar => {
            return Err(fout("reden_geen_benutbare_mogelijkheden", "alleen bij \"benutbare_mogelijkheden\": false"));
        }
        Some(r) => Some(GeenBenutbareMogelijkheden::uit_code(&r).ok_or_else(|| {
            let codes: Vec<_> = GeenBenutbareMogelijkheden::ALLE.iter().map(|r| r.code()).collect();
            fout("reden_geen_benutbare_mogelijkheden", format!("'{r}' is geen reden; kies uit: {}", codes.join(", ")))
        })?),
    };
    let voorblad = if benutbaar { Voorblad::Benutbaar } else { Voorblad::GeenBenutbareMogelijkheden(reden) };

    let pc4 = match tekst(obj, "postcode")? {
        None => None,
        Some(p) => Some(pc4(&p).ok_or_else(|| {
            fout(
                "postcode",
                format!("'{p}' is geen postcode; geef vier cijfers (3511) of een volledige postcode (3511 AB)"),
            )
        })?),
    };
    let max_reisafstand_km = match aanwezig(obj, "max_reisafstand_km") {
        None => None,
        Some(w) => match w.as_f64() {
            Some(km) if km > 0.0 && km <= 500.0 => Some(km),
            Some(km) => return Err(fout("max_reisafstand_km", format!("{km} ligt niet tussen 0 en 500 km"))),
            None => return Err(fout("max_reisafstand_km", format!("moet een getal zijn, niet {}", soort_van(w)))),
        },
    };
    let opleiding = match tekst(obj, "opleidingsniveau")? {
        None => None,
        Some(o) => Some(Opleidingsniveau::parse(&o).map_err(|_| {
            let codes: Vec<_> = Opleidingsniveau::ALLE.iter().map(|o| o.code()).collect();
            fout("opleidingsniveau", format!("'{o}' is geen opleidingsniveau; kies uit: {}", codes.join(", ")))
        })?),
    };
    let uren_per_week = match aanwezig(obj, "uren_per_week") {
        None => None,
        Some(w) => match w.as_u64() {
            Some(u @ 1..=60) => Some(u as u8),
            Some(u) => return Err(fout("uren_per_week", format!("{u} ligt niet tussen 1 en 60 uur"))),
            None => {
                return Err(fout("uren_per_week", format!("moet een geheel aantal uren zijn, niet {}", soort_van(w))));
            }
        },
    };
    let wensen = teksten(obj, "wensen")?;
    let mut vaardigheden = teksten(obj, "vaardigheden")?;
    if let Some(w) = tekst(obj, "werkervaring")? {
        vaardigheden.extend(termen(&w));
    }
    let oud_loon_per_maand = match aanwezig(obj, "oud_loon_per_maand") {
        None => None,
        Some(w) => match w.as_f64() {
            Some(l) if l >= 1.0 && l <= f64::from(MAX_LOON_PER_MAAND) => Some(l.round() as u32),
            Some(l) => {
                return Err(fout(
                    "oud_loon_per_maand",
                    format!("{l} ligt niet tussen € 1 en {} (bruto per maand)", euro(MAX_LOON_PER_MAAND)),
                ));
            }
            None => {
                return Err(fout(
                    "oud_loon_per_maand",
                    format!("moet een bedrag in euro's per maand zijn, niet {}", soort_van(w)),
                ));
            }
        },
    };
    Ok(Profiel {
        belastbaarheid: Belastbaarheid { items, voorblad },
        pc4,
        max_reisafstand_km,
        opleiding,
        uren_per_week,
        wensen,
        vaardigheden,
        oud_loon_per_maand,
    })
}

/// A list of non-empty texts.
fn teksten(obj: &Map<String, Value>, veld: &str) -> Result<Vec<String>, ProfielFout> {
    let Some(w) = aanwezig(obj, veld) else { return Ok(Vec::new()) };
    let Value::Array(lijst) = w else {
        return Err(fout(veld, format!("moet een lijst van teksten zijn, niet {}", soort_van(w))));
    };
    lijst
        .iter()
        .enumerate()
        .map(|(i, t)| match t {
            Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
            Value::String(_) => Err(fout(format!("{veld}[{i}]"), "mag niet leeg zijn")),
            w => Err(fout(format!("{veld}[{i}]"), format!("moet tekst zijn, niet {}", soort_van(w)))),
        })
        .collect()
}

/// "3511", or a whole postcode "3511 AB".
pub(crate) fn pc4(p: &str) -> Option<u16> {
    let p = p.trim();
    if p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()) && !p.starts_with('0') {
        return p.parse().ok();
    }
    Postcode::parse(p).ok().map(|p| p.pc4())
}

fn aanwezig<'a>(obj: &'a Map<String, Value>, veld: &str) -> Option<&'a Value> {
    obj.get(veld).filter(|w| !w.is_null())
}

fn object<'a>(pad: &str, waarde: &'a Value) -> Result<&'a Map<String, Value>, ProfielFout> {
    match waarde {
        Value::Object(o) => Ok(o),
        w => Err(fout(pad, format!("moet een object zijn, niet {}", soort_van(w)))),
    }
}

fn tekst(obj: &Map<String, Value>, veld: &str) -> Result<Option<String>, ProfielFout> {
    match aanwezig(obj, veld) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(w) => Err(fout(veld, format!("moet tekst zijn, niet {}", soort_van(w)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_of_the_issue_reads() {
        let p = lees_profiel(
            r#"{"belastbaarheid": {"4.13": 3, "4.14": 3, "5.4": 3},
                "voorwaarden": {"2.12": ["weinig_klantcontact"], "1.8": ["weinig_deadlines"]},
                "benutbare_mogelijkheden": true, "postcode": "3511", "max_reisafstand_km": 25,
                "opleidingsniveau": "mbo4", "uren_per_week": 24, "wensen": ["administratie"]}"#,
        )
        .unwrap();
        let items: Vec<(&str, u8)> = p.belastbaarheid.items.iter().map(|(c, w)| (c.as_str(), *w)).collect();
        assert_eq!(items, [("1.8", 0b1000), ("2.12", 0b1), ("4.13", 3), ("4.14", 3), ("5.4", 3)]);
        assert_eq!(p.belastbaarheid.voorblad, Voorblad::Benutbaar);
        assert_eq!((p.pc4, p.max_reisafstand_km, p.uren_per_week), (Some(3511), Some(25.0), Some(24)));
        assert_eq!(p.opleiding, Some(Opleidingsniveau::Mbo4));
        assert_eq!(p.wensen, ["administratie"]);
        assert_eq!((p.vaardigheden.len(), p.oud_loon_per_maand), (0, None));
        assert_eq!(lees_profiel("{}").unwrap(), Profiel::default());
        let p = lees_profiel(
            r#"{"vaardigheden": ["kassa", "klantcontact"], "werkervaring": "8 jaar verkoper; magazijn, \n",
                "oud_loon_per_maand": 2800.4}"#,
        )
        .unwrap();
        assert_eq!(p.vaardigheden, ["kassa", "klantcontact", "8 jaar verkoper", "magazijn"]);
        assert_eq!(p.oud_loon_per_maand, Some(2800));
        let p = lees_profiel(r#"{"postcode": "3511 ab", "benutbare_mogelijkheden": false}"#).unwrap();
        assert_eq!(p.pc4, Some(3511));
        assert_eq!(p.belastbaarheid.voorblad, Voorblad::GeenBenutbareMogelijkheden(None));
    }

    #[test]
    fn every_refusal_names_the_field() {
        let gevallen = [
            ("{", "(invoer)", "houdt onverwacht op"),
            ("[]", "(invoer)", "moet een object zijn"),
            (r#"{"belastbaar": {}}"#, "belastbaar", "onbekend veld"),
            (r#"{"belastbaarheid": {"7.1": 1}}"#, "belastbaarheid.7.1", "geen FML-item"),
            (r#"{"belastbaarheid": {"4.13": 4}}"#, "belastbaarheid.4.13", "Tillen heeft geen niveau 4; kies 0"),
            (r#"{"belastbaarheid": {"4.13": "2 kg"}}"#, "belastbaarheid.4.13", "moet een niveau zijn"),
            (r#"{"belastbaarheid": {"4.13": -1}}"#, "belastbaarheid.4.13", "moet een niveau zijn"),
            (r#"{"belastbaarheid": {"2.12": 1}}"#, "belastbaarheid.2.12", "geef ze onder voorwaarden"),
            (r#"{"voorwaarden": {"4.13": ["x"]}}"#, "voorwaarden.4.13", "geef het onder belastbaarheid"),
            (r#"{"voorwaarden": {"2.12": "weinig_klantcontact"}}"#, "voorwaarden.2.12", "moet een lijst"),
            (
                r#"{"voorwaarden": {"2.12": ["veel_klantcontact"]}}"#,
                "voorwaarden.2.12[0]",
                "kies uit: weinig_klantcontact",
            ),
            (r#"{"benutbare_mogelijkheden": "ja"}"#, "benutbare_mogelijkheden", "true of false"),
            (r#"{"reden_geen_benutbare_mogelijkheden": "opname"}"#, "reden_geen_benutbare_mogelijkheden", "alleen bij"),
            (r#"{"postcode": "35"}"#, "postcode", "geen postcode"),
            (r#"{"postcode": 3511}"#, "postcode", "moet tekst zijn"),
            (r#"{"max_reisafstand_km": -5}"#, "max_reisafstand_km", "niet tussen 0 en 500"),
            (r#"{"opleidingsniveau": "master"}"#, "opleidingsniveau", "kies uit: geen, vmbo"),
            (r#"{"uren_per_week": 0}"#, "uren_per_week", "niet tussen 1 en 60"),
            (r#"{"uren_per_week": 24.5}"#, "uren_per_week", "geheel aantal"),
            (r#"{"wensen": "administratie"}"#, "wensen", "moet een lijst"),
            (r#"{"wensen": ["", "x"]}"#, "wensen[0]", "mag niet leeg"),
            (r#"{"vaardigheden": "kassa"}"#, "vaardigheden", "moet een lijst"),
            (r#"{"vaardigheden": ["kassa", 3]}"#, "vaardigheden[1]", "moet tekst zijn"),
            (r#"{"werkervaring": ["x"]}"#, "werkervaring", "moet tekst zijn"),
            (r#"{"oud_loon_per_maand": 0}"#, "oud_loon_per_maand", "niet tussen € 1 en € 100.000"),
            (r#"{"oud_loon_per_maand": 250000}"#, "oud_loon_per_maand", "niet tussen € 1 en € 100.000"),
            (r#"{"oud_loon_per_maand": "2800"}"#, "oud_loon_per_maand", "bedrag in euro's per maand"),
        ];
        for (invoer, veld, melding) in gevallen {
            let f = lees_profiel(invoer).expect_err(invoer);
            assert_eq!(f.veld, veld, "{invoer}: {f}");
            assert!(f.melding.contains(melding), "{invoer}: {f}");
        }
    }
}
