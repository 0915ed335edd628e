//! The Functionele Mogelijkhedenlijst (FML): its six rubrieken, every item by its UWV code with the
//! Dutch labels of its levels, and the voorblad. A belastbaarheid records, per item, a level (0 =
//! normaal) or, for the items with conditions to tick, a set of them as a bit mask. An item left out
//! means: no restriction recorded.

use std::collections::BTreeMap;

/// How an item is filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invulling {
    /// Ordered levels; index 0 is "normaal".
    Niveaus(&'static [&'static str]),
    /// Conditions to tick (any number); the value is a bit mask over them.
    Meerkeuze(&'static [&'static str]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    pub code: &'static str,
    pub naam: &'static str,
    pub invulling: Invulling,
    /// For `Meerkeuze`: a stable code per condition, in the order of the labels (used in JSON, e.g.
    /// `weinig_klantcontact`). Empty for items with levels.
    pub keuzecodes: &'static [&'static str],
    /// For levels with a physical meaning: the value of each level in natural units.
    pub maat: Option<Maat>,
}

/// The natural-unit value of each level of an item: the most the employee can do at that level
/// (level 0 is the reference value, "normaal").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Maat {
    pub eenheid: &'static str,
    pub waarden: &'static [u16],
}

impl Item {
    /// The bit of the condition with this code.
    pub fn keuze(&self, code: &str) -> Option<u8> {
        self.keuzecodes.iter().position(|c| *c == code).map(|i| i as u8)
    }

    /// The label of one level or condition.
    pub fn label(&self, index: u8) -> Option<&'static str> {
        match self.invulling {
            Invulling::Niveaus(l) | Invulling::Meerkeuze(l) => l.get(usize::from(index)).copied(),
        }
    }

    /// The number of levels, or of conditions.
    pub fn aantal(&self) -> u8 {
        match self.invulling {
            Invulling::Niveaus(l) | Invulling::Meerkeuze(l) => l.len() as u8,
        }
    }

    /// The value of a level in natural units, such as `(5, "kg")` for level 2 of 4.13 Tillen.
    pub fn waarde(&self, niveau: u8) -> Option<(u16, &'static str)> {
        let m = self.maat?;
        m.waarden.get(usize::from(niveau)).map(|w| (*w, m.eenheid))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rubriek {
    pub nummer: u8,
    pub naam: &'static str,
    pub items: &'static [Item],
}

const fn niveaus(code: &'static str, naam: &'static str, niveaus: &'static [&'static str]) -> Item {
    Item { code, naam, invulling: Invulling::Niveaus(niveaus), keuzecodes: &[], maat: None }
}

/// An item with levels whose values have a natural unit (kg, minutes, hours …).
const fn gemeten(
    code: &'static str,
    naam: &'static str,
    niveaus: &'static [&'static str],
    eenheid: &'static str,
    waarden: &'static [u16],
) -> Item {
    Item { code, naam, invulling: Invulling::Niveaus(niveaus), keuzecodes: &[], maat: Some(Maat { eenheid, waarden }) }
}

/// An item with conditions to tick, each written as `code => "label"` so codes and labels cannot drift apart.
macro_rules! meerkeuze {
    ($code:literal, $naam:literal, [$($keuze:literal => $label:literal),+ $(,)?]) => {
        Item {
            code: $code,
            naam: $naam,
            invulling: Invulling::Meerkeuze(&[$($label),+]),
            keuzecodes: &[$($keuze),+],
            maat: None,
        }
    };
}

const BEPERKT: &[&str] = &["normaal", "beperkt"];
const PER_DAG: &[&str] = &[
    "het grootste deel van de dag",
    "ongeveer 4 uur per dag",
    "ongeveer 1 uur per dag",
    "minder dan 30 minuten per dag",
];

/// The FML, in UWV numbering.
pub const RUBRIEKEN: [Rubriek; 6] = [
    Rubriek {
        nummer: 1,
        naam: "Persoonlijk functioneren",
        items: &[
            niveaus(
                "1.1",
                "Vasthouden van de aandacht",
                &["normaal (30 minuten of langer op één bron)", "ten hoogste 30 minuten", "ten hoogste 5 minuten"],
            ),
            niveaus(
                "1.2",
                "Verdelen van de aandacht",
                &[
                    "normaal (meerdere bronnen, zoals autorijden in stadsverkeer)",
                    "een beperkt aantal bronnen",
                    "sterk beperkt",
                ],
            ),
            niveaus("1.3", "Herinneren", &["normaal", "heeft aantekeningen nodig", "kan niet compenseren"]),
            niveaus(
                "1.4",
                "Inzicht in eigen kunnen",
                &["normaal", "overschat de eigen mogelijkheden", "overschat de eigen beperkingen"],
            ),
            meerkeuze!("1.5", "Doelmatig handelen", [
                "op_tijd_beginnen" => "op tijd beginnen",
                "ordenen" => "ordenen",
                "bewaken" => "bewaken",
                "stoppen" => "stoppen",
                "overig" => "overig",
            ]),
            meerkeuze!("1.6", "Zelfstandig handelen", [
                "initiatief_nemen" => "initiatief nemen",
                "doelen_stellen" => "doelen stellen",
                "oplossingen_bedenken" => "oplossingen bedenken",
                "aanpak_kiezen" => "aanpak kiezen",
                "omgaan_met_falen" => "omgaan met falen",
                "omschakelen" => "omschakelen",
                "volhouden" => "volhouden",
                "hulp_vragen" => "hulp vragen",
            ]),
            niveaus("1.7", "Handelingstempo", &["normaal", "duidelijk vertraagd"]),
            meerkeuze!("1.8", "Specifieke voorwaarden (persoonlijk functioneren)", [
                "geen_afleiding" => "geen afleiding",
                "voorspelbare_situatie" => "voorspelbare situatie",
                "weinig_onderbrekingen" => "weinig onderbrekingen",
                "weinig_deadlines" => "weinig deadlines of productiepieken",
                "geen_hoog_tempo" => "geen hoog tempo",
                "geen_verhoogd_risico" => "geen verhoogd persoonlijk risico",
            ]),
            niveaus(
                "1.9",
                "Mate van zelfstandigheid",
                &["normaal", "vaste, bekende werkwijzen", "volledig voorgestructureerd werk"],
            ),
        ],
    },
    Rubriek {
        nummer: 2,
        naam: "Sociaal functioneren",
        items: &[
            niveaus("2.1", "Zien", BEPERKT),
            niveaus("2.2", "Horen", BEPERKT),
            niveaus("2.3", "Spreken", BEPERKT),
            niveaus("2.4", "Schrijven", BEPERKT),
            niveaus("2.5", "Lezen", BEPERKT),
            niveaus(
                "2.6",
                "Emotionele problemen van anderen hanteren",
                &["normaal", "beperkt", "beperkt (meer)", "sterk beperkt", "sterk beperkt (meer)"],
            ),
            niveaus("2.7", "Eigen gevoelens uiten", &["normaal", "blokkeert", "verwarrend", "ongecontroleerd"]),
            niveaus(
                "2.8",
                "Omgaan met conflicten",
                &["normaal", "met agressieve mensen alleen telefonisch of schriftelijk", "sterk beperkt"],
            ),
            niveaus(
                "2.9",
                "Samenwerken",
                &["normaal (in teamverband)", "alleen een afgebakende deeltaak", "sterk beperkt"],
            ),
            niveaus("2.10", "Vervoer", &["normaal", "kan niet zelfstandig reizen"]),
            niveaus("2.11", "Beroepsmatig vervoer", &["normaal", "kan niet (of beperkt) rijden voor het werk"]),
            meerkeuze!("2.12", "Specifieke voorwaarden (sociaal functioneren)", [
                "weinig_klantcontact" => "weinig of geen klantcontact",
                "weinig_patientcontact" => "weinig of geen contact met patiënten of hulpbehoevenden",
                "geen_solitaire_functie" => "collega's om op terug te vallen (geen solitaire functie)",
                "geen_contact_collegas" => "geen direct contact met collega's",
                "geen_leidinggevende_taken" => "geen leidinggevende taken",
            ]),
        ],
    },
    Rubriek {
        nummer: 3,
        naam: "Aanpassing aan fysieke omgevingseisen",
        items: &[
            meerkeuze!("3.1", "Temperatuur", [
                "geen_hitte" => "geen hitte (boven 35 °C)",
                "geen_koude" => "geen koude (onder −15 °C)",
            ]),
            niveaus("3.2", "Tocht", BEPERKT),
            niveaus("3.3", "Huidcontact", BEPERKT),
            niveaus("3.4", "Beschermende middelen", BEPERKT),
            niveaus("3.5", "Stof, rook, gassen en dampen", BEPERKT),
            niveaus("3.6", "Geluid", BEPERKT),
            niveaus("3.7", "Trillingen", BEPERKT),
            meerkeuze!("3.8", "Overige", [
                "allergie" => "allergie",
                "infectiegevoelig" => "verhoogde kans op infecties",
                "zwakke_huidbarriere" => "zwakke huidbarrière",
                "overig" => "overig",
            ]),
        ],
    },
    Rubriek {
        nummer: 4,
        naam: "Dynamische handelingen",
        items: &[
            niveaus("4.1", "Dominantie", &["rechts", "links", "beide"]),
            niveaus("4.2", "Lokalisatie", &["rechts", "links", "beide"]),
            meerkeuze!("4.3", "Hand- en vingergebruik", [
                "grijpen" => "grijpen",
                "knijpkracht" => "knijp- of grijpkracht",
                "fijne_motoriek" => "fijne motoriek",
                "repeterende_bewegingen" => "repeterende bewegingen",
            ]),
            niveaus("4.4", "Toetsenbord en muis", PER_DAG),
            niveaus("4.5", "Tastzin", BEPERKT),
            niveaus("4.6", "Schroefbewegingen", BEPERKT),
            gemeten("4.7", "Reiken", &["normaal (70 cm)", "60 cm", "50 cm"], "cm", &[70, 60, 50]),
            gemeten(
                "4.8",
                "Frequent reiken",
                &["normaal (1200 keer per uur)", "600 keer per uur", "300 keer per uur"],
                "keer per uur",
                &[1200, 600, 300],
            ),
            gemeten(
                "4.9",
                "Buigen",
                &["normaal (ongeveer 90°)", "ongeveer 60°", "ongeveer 45°"],
                "graden",
                &[90, 60, 45],
            ),
            gemeten(
                "4.10",
                "Frequent buigen",
                &["normaal (600 keer per uur)", "300 keer per uur", "150 keer per uur", "50 keer per uur"],
                "keer per uur",
                &[600, 300, 150, 50],
            ),
            niveaus("4.11", "Torderen", BEPERKT),
            gemeten("4.12", "Duwen of trekken", &["normaal (ongeveer 250 N)", "150 N", "100 N"], "N", &[250, 150, 100]),
            gemeten("4.13", "Tillen", &["normaal (ongeveer 15 kg)", "10 kg", "5 kg", "2 kg"], "kg", &[15, 10, 5, 2]),
            gemeten("4.14", "Dragen", &["normaal (15 kg)", "10 kg", "5 kg", "2 kg"], "kg", &[15, 10, 5, 2]),
            niveaus("4.15", "Hoofdbewegingen", &["normaal (120 keer per uur)", "beperkt", "sterk beperkt"]),
            gemeten(
                "4.16",
                "Lopen (aaneengesloten)",
                &["normaal (ongeveer 1 uur)", "30 minuten", "15 minuten", "minder dan 5 minuten"],
                "minuten",
                &[60, 30, 15, 5],
            ),
            niveaus("4.17", "Lopen tijdens het werk", PER_DAG),
            niveaus("4.18", "Traplopen", &["normaal (2 trappen)", "1 trap", "1 trap op of af", "een opstapje"]),
            niveaus(
                "4.19",
                "Klimmen",
                &["normaal (ladder tot ongeveer 5 m)", "trapje tot ongeveer 3 m", "een opstapje", "niet"],
            ),
            gemeten(
                "4.20",
                "Knielen of hurken",
                &["normaal (10 keer per uur)", "5 keer per uur", "2 keer per uur", "niet"],
                "keer per uur",
                &[10, 5, 2, 0],
            ),
        ],
    },
    Rubriek {
        nummer: 5,
        naam: "Statische houdingen",
        items: &[
            gemeten(
                "5.1",
                "Zitten (aaneengesloten)",
                &["normaal (ongeveer 2 uur)", "1 uur", "30 minuten", "minder dan 15 minuten"],
                "minuten",
                &[120, 60, 30, 15],
            ),
            niveaus(
                "5.2",
                "Zitten tijdens het werk",
                &[
                    "normaal (vrijwel de hele dag)",
                    "het grootste deel van de dag",
                    "ongeveer 4 uur per dag",
                    "minder dan 4 uur per dag",
                ],
            ),
            gemeten(
                "5.3",
                "Staan (aaneengesloten)",
                &["normaal (ongeveer 1 uur)", "30 minuten", "15 minuten", "minder dan 5 minuten"],
                "minuten",
                &[60, 30, 15, 5],
            ),
            niveaus("5.4", "Staan tijdens het werk", PER_DAG),
            niveaus(
                "5.5",
                "Geknield of gehurkt actief zijn",
                &["normaal (5 minuten of langer)", "minder dan 5 minuten"],
            ),
            niveaus(
                "5.6",
                "Gebogen en/of getordeerd actief zijn",
                &["normaal (5 minuten of langer)", "ten hoogste 5 minuten", "ten hoogste 2 minuten"],
            ),
            gemeten(
                "5.7",
                "Boven schouderhoogte actief zijn",
                &["normaal (2 minuten, 10 keer per uur)", "ongeveer 1 minuut", "niet"],
                "minuten",
                &[2, 1, 0],
            ),
            niveaus("5.8", "Hoofd in een bepaalde stand houden", PER_DAG),
            niveaus("5.9", "Afwisseling van houding", &["normaal", "nodig"]),
        ],
    },
    Rubriek {
        nummer: 6,
        naam: "Werktijden",
        items: &[
            niveaus(
                "6.1",
                "Perioden van het etmaal",
                &["normaal (op elk moment)", "niet elke avond (18–22 uur)", "niet 's nachts (22–06 uur)"],
            ),
            gemeten(
                "6.2",
                "Uren per dag",
                &["normaal (8 uur of meer)", "ongeveer 8 uur", "ongeveer 6 uur", "ongeveer 4 uur", "ongeveer 2 uur"],
                "uur per dag",
                &[8, 8, 6, 4, 2],
            ),
            gemeten(
                "6.3",
                "Uren per week",
                &[
                    "normaal (40 uur of meer)",
                    "ongeveer 40 uur",
                    "ongeveer 30 uur",
                    "ongeveer 20 uur",
                    "ongeveer 10 uur",
                ],
                "uur per week",
                &[40, 40, 30, 20, 10],
            ),
        ],
    },
];

/// The item with this code.
pub fn item(code: &str) -> Option<&'static Item> {
    RUBRIEKEN.iter().flat_map(|r| r.items).find(|i| i.code == code)
}

/// Why an employee has no usable capacities (the voorblad of the FML), which is one of the
/// exceptions to starting spoor 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GeenBenutbareMogelijkheden {
    Opname,
    Bedlegerig,
    AdlAfhankelijk,
    ErnstigePsychiatrischeStoornis,
    SterkWisselend,
}

impl GeenBenutbareMogelijkheden {
    pub const ALLE: [Self; 5] = [
        Self::Opname,
        Self::Bedlegerig,
        Self::AdlAfhankelijk,
        Self::ErnstigePsychiatrischeStoornis,
        Self::SterkWisselend,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Opname => "opname",
            Self::Bedlegerig => "bedlegerig",
            Self::AdlAfhankelijk => "adl_afhankelijk",
            Self::ErnstigePsychiatrischeStoornis => "ernstige_psychiatrische_stoornis",
            Self::SterkWisselend => "sterk_wisselend",
        }
    }

    pub fn omschrijving(self) -> &'static str {
        match self {
            Self::Opname => "opgenomen in een ziekenhuis of instelling",
            Self::Bedlegerig => "bedlegerig",
            Self::AdlAfhankelijk => "afhankelijk bij de algemene dagelijkse levensverrichtingen",
            Self::ErnstigePsychiatrischeStoornis => "ernstige psychiatrische stoornis",
            Self::SterkWisselend => "sterk wisselende mogelijkheden",
        }
    }

    pub fn uit_code(code: &str) -> Option<Self> {
        Self::ALLE.into_iter().find(|r| r.code() == code)
    }
}

/// An item's value that the FML does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FmlFout {
    #[error("'{0}' is geen FML-item")]
    OnbekendItem(String),
    #[error("FML-item {code} ({naam}) heeft geen niveau {waarde}")]
    OnbekendNiveau { code: String, naam: &'static str, waarde: u8 },
}

/// Checks every item of a belastbaarheid against the FML.
pub fn controleer(items: &BTreeMap<String, u8>) -> Result<(), FmlFout> {
    for (code, &waarde) in items {
        let item = item(code).ok_or_else(|| FmlFout::OnbekendItem(code.clone()))?;
        let geldig = match item.invulling {
            Invulling::Niveaus(n) => usize::from(waarde) < n.len(),
            Invulling::Meerkeuze(k) => u32::from(waarde) < (1 << k.len()),
        };
        if !geldig {
            return Err(FmlFout::OnbekendNiveau { code: code.clone(), naam: item.naam, waarde });
        }
    }
    Ok(())
}

/// The value of an item in plain Dutch: the level's label, or the ticked conditions.
pub fn omschrijving(item: &Item, waarde: u8) -> String {
    match item.invulling {
        Invulling::Niveaus(n) => n.get(usize::from(waarde)).copied().unwrap_or("onbekend niveau").to_string(),
        Invulling::Meerkeuze(k) => {
            let gekozen: Vec<&str> =
                k.iter().enumerate().filter(|(i, _)| waarde & (1 << i) != 0).map(|(_, k)| *k).collect();
            if gekozen.is_empty() { "normaal".to_string() } else { gekozen.join(", ") }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_numbered_within_their_rubriek_and_fit_a_byte() {
        let mut gezien = std::collections::HashSet::new();
        for r in &RUBRIEKEN {
            for i in r.items {
                assert!(gezien.insert(i.code), "{} twice", i.code);
                assert!(i.code.starts_with(&format!("{}.", r.nummer)), "{} in rubriek {}", i.code, r.nummer);
                match i.invulling {
                    Invulling::Niveaus(n) => assert!(n.len() >= 2, "{}", i.code),
                    Invulling::Meerkeuze(k) => assert!((1..=8).contains(&k.len()), "{}", i.code),
                }
            }
        }
        assert_eq!(gezien.len(), 9 + 12 + 8 + 20 + 9 + 3);
    }

    #[test]
    fn conditions_have_unique_codes_and_measured_levels_a_value_each() {
        for i in RUBRIEKEN.iter().flat_map(|r| r.items) {
            match i.invulling {
                Invulling::Niveaus(n) => {
                    assert!(i.keuzecodes.is_empty(), "{}", i.code);
                    if let Some(m) = i.maat {
                        assert_eq!(m.waarden.len(), n.len(), "{}", i.code);
                        // A more restricted level never allows more.
                        assert!(m.waarden.windows(2).all(|w| w[0] >= w[1]), "{}", i.code);
                    }
                }
                Invulling::Meerkeuze(k) => {
                    assert_eq!(i.keuzecodes.len(), k.len(), "{}", i.code);
                    assert!(i.maat.is_none(), "{}", i.code);
                    let uniek: std::collections::HashSet<_> = i.keuzecodes.iter().collect();
                    assert_eq!(uniek.len(), k.len(), "{}", i.code);
                    for c in i.keuzecodes {
                        assert!(c.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{}: {c}", i.code);
                    }
                }
            }
        }
        let sociaal = item("2.12").unwrap();
        assert_eq!(sociaal.keuze("weinig_klantcontact"), Some(0));
        assert_eq!(sociaal.label(0), Some("weinig of geen klantcontact"));
        assert_eq!(item("1.8").unwrap().keuze("weinig_deadlines"), Some(3));
        assert_eq!(sociaal.keuze("veel_klantcontact"), None);
        assert_eq!(item("4.13").unwrap().waarde(2), Some((5, "kg")));
        assert_eq!(item("6.3").unwrap().waarde(3), Some((20, "uur per week")));
        assert_eq!(item("5.4").unwrap().waarde(1), None);
        assert_eq!(item("4.13").unwrap().aantal(), 4);
    }

    #[test]
    fn levels_and_conditions_read_in_dutch() {
        assert_eq!(omschrijving(item("4.13").unwrap(), 2), "5 kg");
        assert_eq!(
            omschrijving(item("2.12").unwrap(), 0b1_0001),
            "weinig of geen klantcontact, geen leidinggevende taken"
        );
        assert_eq!(omschrijving(item("3.1").unwrap(), 0), "normaal");
    }

    #[test]
    fn only_values_the_fml_has_pass() {
        let goed = BTreeMap::from([("4.13".to_string(), 3), ("1.6".to_string(), 255), ("6.3".to_string(), 4)]);
        assert_eq!(controleer(&goed), Ok(()));
        let te_hoog = BTreeMap::from([("4.13".to_string(), 4)]);
        assert!(matches!(controleer(&te_hoog), Err(FmlFout::OnbekendNiveau { .. })));
        let te_veel = BTreeMap::from([("3.1".to_string(), 4)]);
        assert!(controleer(&te_veel).is_err());
        let onbekend = BTreeMap::from([("7.1".to_string(), 0)]);
        assert_eq!(controleer(&onbekend), Err(FmlFout::OnbekendItem("7.1".into())));
    }
}
