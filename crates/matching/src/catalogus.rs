//! The occupation catalogue: occupations with a Dutch name, ISCO-08 code, education level and demand
//! profile. The built-in catalogue (`data/beroepen.toml`, written by the project) ships inside the
//! binary so that a fresh install can match without any download.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::LazyLock;

use domain::fml::{self, Invulling};
use domain::waarden::Opleidingsniveau;
use serde::Deserialize;

use crate::vraag::{NIET_VERGELEKEN, Sterkte, Vraagprofiel, WERKTIJD_ITEMS, Werktijden, conditievraag};

/// How every ESCO occupation's URI begins.
pub const ESCO_BEROEP: &str = "http://data.europa.eu/esco/occupation/";

/// One occupation.
#[derive(Debug, Clone, PartialEq)]
pub struct Beroep {
    /// Stable identifier (lowercase, hyphens), used in JSON.
    pub id: String,
    pub naam: String,
    /// ISCO-08 unit group, four digits.
    pub isco: String,
    /// The education level the occupation usually asks.
    pub opleiding: Opleidingsniveau,
    /// Words a wish can match besides the name (sector, tasks, synonyms).
    pub trefwoorden: Vec<String>,
    pub vraag: Vraagprofiel,
    pub werktijden: Werktijden,
    /// Where an imported occupation comes from; `None` for the built-in catalogue.
    pub herkomst: Option<Herkomst>,
}

/// The sources of an occupation imported from ESCO and O*NET (`spoor2 beroepen importeer`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Herkomst {
    /// The ESCO concept URI.
    pub esco: String,
    /// The O*NET-SOC 2019 code(s) whose ratings were used (averaged when several).
    pub onet: Vec<String>,
    /// How the ESCO occupation reached O*NET.
    pub koppeling: Koppelpad,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Koppelpad {
    /// Through the ESCO↔O*NET crosswalk: this occupation's own O*NET counterpart.
    Direct,
    /// Through the ISCO-08 group: the mean of the group's O*NET occupations (less precise).
    Isco,
}

impl Koppelpad {
    pub fn code(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Isco => "isco",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Catalogus {
    pub beroepen: Vec<Beroep>,
}

/// A catalogue entry the FML or the format does not allow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogusFout {
    #[error("de catalogus is geen geldige TOML: {0}")]
    Toml(String),
    #[error("beroep '{beroep}': {melding}")]
    Beroep { beroep: String, melding: String },
}

static INGEBOUWD: LazyLock<Catalogus> = LazyLock::new(|| {
    Catalogus::lees(include_str!("../data/beroepen.toml")).expect("the built-in catalogue is checked by its tests")
});

impl Catalogus {
    /// The catalogue that ships with the product.
    pub fn ingebouwd() -> &'static Catalogus {
        &INGEBOUWD
    }

    /// Reads a catalogue in the format of `data/beroepen.toml`, checking every entry against the FML.
    pub fn lees(tekst: &str) -> Result<Catalogus, CatalogusFout> {
        let bestand: Bestand = toml::from_str(tekst).map_err(|e| CatalogusFout::Toml(e.to_string()))?;
        let mut ids = HashSet::new();
        let mut namen = HashSet::new();
        let mut beroepen = Vec::with_capacity(bestand.beroep.len());
        for b in bestand.beroep {
            let fout = |melding: String| CatalogusFout::Beroep { beroep: b.id.clone(), melding };
            if !ids.insert(b.id.clone()) {
                return Err(fout("het id komt twee keer voor".into()));
            }
            if !namen.insert(b.naam.to_lowercase()) {
                return Err(fout(format!("de naam '{}' komt twee keer voor", b.naam)));
            }
            let typen: Vec<&Deel> = match &b.typen {
                Some(t) => t
                    .iter()
                    .map(|t| bestand.typen.get(t).ok_or_else(|| fout(format!("onbekend type '{t}'"))))
                    .collect::<Result<_, _>>()?,
                None => Vec::new(),
            };
            beroepen.push(beroep(&b, &typen).map_err(fout)?);
        }
        Ok(Catalogus { beroepen })
    }

    pub fn beroep(&self, id: &str) -> Option<&Beroep> {
        self.beroepen.iter().find(|b| b.id == id)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Bestand {
    #[serde(default)]
    typen: BTreeMap<String, Deel>,
    #[serde(default)]
    beroep: Vec<BeroepToml>,
}

/// What a type (a family of jobs, such as office work) and an occupation can both give. An occupation
/// takes its types in order, then its own values; later values replace earlier ones per item.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Deel {
    #[serde(default)]
    vraag: BTreeMap<String, u8>,
    #[serde(default)]
    voorwaarden: BTreeMap<String, String>,
    #[serde(default)]
    kern: Vec<String>,
    uren: Option<[u8; 2]>,
    dienst: Option<u8>,
    diensten: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BeroepToml {
    id: String,
    naam: String,
    isco: String,
    opleiding: String,
    typen: Option<Vec<String>>,
    #[serde(default)]
    trefwoorden: Vec<String>,
    // Its own part (serde cannot flatten a `Deel` here and still refuse unknown fields).
    #[serde(default)]
    vraag: BTreeMap<String, u8>,
    #[serde(default)]
    voorwaarden: BTreeMap<String, String>,
    #[serde(default)]
    kern: Vec<String>,
    uren: Option<[u8; 2]>,
    dienst: Option<u8>,
    diensten: Option<Vec<String>>,
    // Imported occupations: ESCO URI, O*NET codes and the path between them.
    esco: Option<String>,
    #[serde(default)]
    onet: Vec<String>,
    koppeling: Option<String>,
}

impl BeroepToml {
    fn eigen(&self) -> Deel {
        Deel {
            vraag: self.vraag.clone(),
            voorwaarden: self.voorwaarden.clone(),
            kern: self.kern.clone(),
            uren: self.uren,
            dienst: self.dienst,
            diensten: self.diensten.clone(),
        }
    }
}

fn beroep(b: &BeroepToml, typen: &[&Deel]) -> Result<Beroep, String> {
    if b.id.is_empty() || !b.id.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-') {
        return Err("het id mag alleen kleine letters, cijfers en '-' bevatten".into());
    }
    if b.naam.trim().is_empty() {
        return Err("de naam is leeg".into());
    }
    if b.isco.len() != 4 || !b.isco.bytes().all(|c| c.is_ascii_digit()) {
        return Err(format!("ISCO-code '{}' heeft geen vier cijfers", b.isco));
    }
    let opleiding = Opleidingsniveau::parse(&b.opleiding).map_err(|e| e.0)?;
    let mut vraag = Vraagprofiel::default();
    let (mut uren, mut dienst, mut diensten) = (None, None, None);
    let eigen = b.eigen();
    for deel in typen.iter().copied().chain([&eigen]) {
        for (code, &niveau) in &deel.vraag {
            let item = fml::item(code).ok_or_else(|| format!("'{code}' is geen FML-item"))?;
            if !matches!(item.invulling, Invulling::Niveaus(_)) {
                return Err(format!("{code} heeft voorwaarden, geen niveaus: geef het onder 'voorwaarden'"));
            }
            if NIET_VERGELEKEN.contains(&item.code) || WERKTIJD_ITEMS.contains(&item.code) {
                return Err(format!("{code} hoort niet in een vraagprofiel (werktijden: uren, dienst, diensten)"));
            }
            if niveau >= item.aantal() {
                return Err(format!("{code} ({}) heeft geen niveau {niveau}", item.naam));
            }
            vraag.niveaus.insert(item.code, niveau);
        }
        for (code, sterkte) in &deel.voorwaarden {
            let cv = conditievraag(code).ok_or_else(|| format!("'{code}' is geen bekende voorwaarde"))?;
            let s = Sterkte::uit_code(sterkte).ok_or_else(|| format!("{code}: '{sterkte}' moet soms of vaak zijn"))?;
            vraag.voorwaarden.insert(cv.code, s);
        }
        for code in &deel.kern {
            let item = fml::item(code).ok_or_else(|| format!("kern: '{code}' is geen FML-item"))?;
            vraag.kern.insert(item.code);
        }
        uren = deel.uren.or(uren);
        dienst = deel.dienst.or(dienst);
        diensten = deel.diensten.clone().or(diensten);
    }
    if let Some(k) = vraag.kern.iter().find(|k| !vraag.niveaus.contains_key(*k)) {
        return Err(format!("kern: {k} staat niet in het vraagprofiel"));
    }
    let [min, max] = uren.ok_or("uren per week ontbreken")?;
    if min == 0 || min > max || max > 60 {
        return Err(format!("uren [{min}, {max}] is geen bereik tussen 1 en 60 uur per week"));
    }
    let dienst = dienst.ok_or("de kortste dienst (dienst) ontbreekt")?;
    if !(1..=12).contains(&dienst) || dienst > max {
        return Err(format!("dienst {dienst} moet tussen 1 en 12 uur liggen en binnen de uren per week"));
    }
    let diensten: BTreeSet<String> = diensten.ok_or("diensten ontbreken")?.into_iter().collect();
    if let Some(d) = diensten.iter().find(|d| !matches!(d.as_str(), "dag" | "avond" | "nacht")) {
        return Err(format!("dienst '{d}' moet dag, avond of nacht zijn"));
    }
    let herkomst = match (&b.esco, &b.koppeling) {
        (None, None) if b.onet.is_empty() => None,
        (Some(esco), Some(k)) if !b.onet.is_empty() => {
            let koppeling = match k.as_str() {
                "direct" => Koppelpad::Direct,
                "isco" => Koppelpad::Isco,
                _ => return Err(format!("koppeling '{k}' moet direct of isco zijn")),
            };
            if !esco.starts_with(ESCO_BEROEP) {
                return Err(format!("esco '{esco}' is geen ESCO-beroeps-URI"));
            }
            Some(Herkomst { esco: esco.clone(), onet: b.onet.clone(), koppeling })
        }
        _ => return Err("esco, onet en koppeling horen samen: geef ze alle drie of geen".into()),
    };
    Ok(Beroep {
        herkomst,
        id: b.id.clone(),
        naam: b.naam.clone(),
        isco: b.isco.clone(),
        opleiding,
        trefwoorden: b.trefwoorden.clone(),
        vraag,
        werktijden: Werktijden {
            uren_per_week: (min, max),
            uren_per_dienst: dienst,
            avond: diensten.contains("avond"),
            nacht: diensten.contains("nacht"),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const KLEIN: &str = r#"
        [typen.kantoor]
        vraag = { "5.2" = 0, "4.4" = 0 }
        uren = [16, 40]
        dienst = 4
        diensten = ["dag"]

        [[beroep]]
        id = "receptionist"
        naam = "Receptionist"
        isco = "4226"
        opleiding = "mbo3"
        typen = ["kantoor"]
        vraag = { "4.4" = 1 }
        voorwaarden = { klantcontact = "vaak" }
    "#;

    #[test]
    fn an_occupation_takes_its_types_then_its_own_values() {
        let c = Catalogus::lees(KLEIN).unwrap();
        let b = c.beroep("receptionist").unwrap();
        assert_eq!(b.vraag.niveaus, [("4.4", 1), ("5.2", 0)].into_iter().collect());
        assert_eq!(b.vraag.voorwaarden.get("klantcontact"), Some(&Sterkte::Vaak));
        assert_eq!(
            b.werktijden,
            Werktijden { uren_per_week: (16, 40), uren_per_dienst: 4, avond: false, nacht: false }
        );
        assert_eq!(b.opleiding, Opleidingsniveau::Mbo3);
    }

    #[test]
    fn entries_the_fml_does_not_allow_are_refused_with_the_occupation_named() {
        let fout = |vervang: &str, door: &str| {
            let tekst = KLEIN.replace(vervang, door);
            assert_ne!(tekst, KLEIN, "{vervang}");
            Catalogus::lees(&tekst).unwrap_err().to_string()
        };
        assert!(fout(r#""4.4" = 1 }"#, r#""4.13" = 4 }"#).contains("4.13 (Tillen) heeft geen niveau 4"));
        assert!(fout(r#""4.4" = 1 }"#, r#""9.9" = 1 }"#).contains("'9.9' is geen FML-item"));
        assert!(fout(r#""4.4" = 1 }"#, r#""2.12" = 1 }"#).contains("heeft voorwaarden"));
        assert!(fout(r#""4.4" = 1 }"#, r#""6.3" = 1 }"#).contains("hoort niet in een vraagprofiel"));
        assert!(fout("klantcontact = \"vaak\"", "klantcontact = \"altijd\"").contains("soms of vaak"));
        assert!(fout("klantcontact =", "veel_klanten =").contains("geen bekende voorwaarde"));
        assert!(fout("\"4226\"", "\"422\"").contains("vier cijfers"));
        assert!(fout("\"mbo3\"", "\"mbo5\"").contains("geen opleidingsniveau"));
        assert!(fout("typen = [\"kantoor\"]", "typen = [\"kantor\"]").contains("onbekend type"));
        assert!(fout("[16, 40]", "[40, 16]").contains("geen bereik"));
        assert!(fout("[\"dag\"]", "[\"weekend\"]").contains("dag, avond of nacht"));
        assert!(fout("opleiding = ", "kern = [\"4.13\"]\nopleiding = ").contains("kern: 4.13"));
        let dubbel = format!("{KLEIN}\n{}", &KLEIN[KLEIN.find("[[beroep]]").unwrap()..]);
        assert!(Catalogus::lees(&dubbel).unwrap_err().to_string().contains("twee keer"));
        assert!(matches!(Catalogus::lees("[[beroep]"), Err(CatalogusFout::Toml(_))));
    }
}
