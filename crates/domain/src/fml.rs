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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rubriek {
    pub nummer: u8,
    pub naam: &'static str,
    pub items: &'static [Item],
}

const fn niveaus(code: &'static str, naam: &'static str, niveaus: &'static [&'static str]) -> Item {
    Item { code, naam, invulling: Invulling::Niveaus(niveaus) }
}

const fn meerkeuze(code: &'static str, naam: &'static str, keuzes: &'static [&'static str]) -> Item {
    Item { code, naam, invulling: Invulling::Meerkeuze(keuzes) }
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
            meerkeuze("1.5", "Doelmatig handelen", &["op tijd beginnen", "ordenen", "bewaken", "stoppen", "overig"]),
            meerkeuze(
                "1.6",
                "Zelfstandig handelen",
                &[
                    "initiatief nemen",
                    "doelen stellen",
                    "oplossingen bedenken",
                    "aanpak kiezen",
                    "omgaan met falen",
                    "omschakelen",
                    "volhouden",
                    "hulp vragen",
                ],
            ),
            niveaus("1.7", "Handelingstempo", &["normaal", "duidelijk vertraagd"]),
            meerkeuze(
                "1.8",
                "Specifieke voorwaarden (persoonlijk functioneren)",
                &[
                    "geen afleiding",
                    "voorspelbare situatie",
                    "weinig onderbrekingen",
                    "weinig deadlines of productiepieken",
                    "geen hoog tempo",
                    "geen verhoogd persoonlijk risico",
                ],
            ),
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
            meerkeuze(
                "2.12",
                "Specifieke voorwaarden (sociaal functioneren)",
                &[
                    "weinig of geen klantcontact",
                    "weinig of geen contact met patiënten of hulpbehoevenden",
                    "collega's om op terug te vallen (geen solitaire functie)",
                    "geen direct contact met collega's",
                    "geen leidinggevende taken",
                ],
            ),
        ],
    },
    Rubriek {
        nummer: 3,
        naam: "Aanpassing aan fysieke omgevingseisen",
        items: &[
            meerkeuze("3.1", "Temperatuur", &["geen hitte (boven 35 °C)", "geen koude (onder −15 °C)"]),
            niveaus("3.2", "Tocht", BEPERKT),
            niveaus("3.3", "Huidcontact", BEPERKT),
            niveaus("3.4", "Beschermende middelen", BEPERKT),
            niveaus("3.5", "Stof, rook, gassen en dampen", BEPERKT),
            niveaus("3.6", "Geluid", BEPERKT),
            niveaus("3.7", "Trillingen", BEPERKT),
            meerkeuze("3.8", "Overige", &["allergie", "verhoogde kans op infecties", "zwakke huidbarrière", "overig"]),
        ],
    },
    Rubriek {
        nummer: 4,
        naam: "Dynamische handelingen",
        items: &[
            niveaus("4.1", "Dominantie", &["rechts", "links", "beide"]),
            niveaus("4.2", "Lokalisatie", &["rechts", "links", "beide"]),
            meerkeuze(
                "4.3",
                "Hand- en vingergebruik",
                &["grijpen", "knijp- of grijpkracht", "fijne motoriek", "repeterende bewegingen"],
            ),
            niveaus("4.4", "Toetsenbord en muis", PER_DAG),
            niveaus("4.5", "Tastzin", BEPERKT),
            niveaus("4.6", "Schroefbewegingen", BEPERKT),
            niveaus("4.7", "Reiken", &["normaal (70 cm)", "60 cm", "50 cm"]),
            niveaus("4.8", "Frequent reiken", &["normaal (1200 keer per uur)", "600 keer per uur", "300 keer per uur"]),
            niveaus("4.9", "Buigen", &["normaal (ongeveer 90°)", "ongeveer 60°", "ongeveer 45°"]),
            niveaus(
                "4.10",
                "Frequent buigen",
                &["normaal (600 keer per uur)", "300 keer per uur", "150 keer per uur", "50 keer per uur"],
            ),
            niveaus("4.11", "Torderen", BEPERKT),
            niveaus("4.12", "Duwen of trekken", &["normaal (ongeveer 250 N)", "150 N", "100 N"]),
            niveaus("4.13", "Tillen", &["normaal (ongeveer 15 kg)", "10 kg", "5 kg", "2 kg"]),
            niveaus("4.14", "Dragen", &["normaal (15 kg)", "10 kg", "5 kg", "2 kg"]),
            niveaus("4.15", "Hoofdbewegingen", &["normaal (120 keer per uur)", "beperkt", "sterk beperkt"]),
            niveaus(
                "4.16",
                "Lopen (aaneengesloten)",
                &["normaal (ongeveer 1 uur)", "30 minuten", "15 minuten", "minder dan 5 minuten"],
            ),
            niveaus("4.17", "Lopen tijdens het werk", PER_DAG),
            niveaus("4.18", "Traplopen", &["normaal (2 trappen)", "1 trap", "1 trap op of af", "een opstapje"]),
            niveaus(
                "4.19",
                "Klimmen",
                &["normaal (ladder tot ongeveer 5 m)", "trapje tot ongeveer 3 m", "een opstapje", "niet"],
            ),
            niveaus(
                "4.20",
                "Knielen of hurken",
                &["normaal (10 keer per uur)", "5 keer per uur", "2 keer per uur", "niet"],
            ),
        ],
    },
    Rubriek {
        nummer: 5,
        naam: "Statische houdingen",
        items: &[
            niveaus(
                "5.1",
                "Zitten (aaneengesloten)",
                &["normaal (ongeveer 2 uur)", "1 uur", "30 minuten", "minder dan 15 minuten"],
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
            niveaus(
                "5.3",
                "Staan (aaneengesloten)",
                &["normaal (ongeveer 1 uur)", "30 minuten", "15 minuten", "minder dan 5 minuten"],
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
            niveaus(
                "5.7",
                "Boven schouderhoogte actief zijn",
                &["normaal (2 minuten, 10 keer per uur)", "ongeveer 1 minuut", "niet"],
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
            niveaus(
                "6.2",
                "Uren per dag",
                &["normaal (8 uur of meer)", "ongeveer 8 uur", "ongeveer 6 uur", "ongeveer 4 uur", "ongeveer 2 uur"],
            ),
            niveaus(
                "6.3",
                "Uren per week",
                &[
                    "normaal (40 uur of meer)",
                    "ongeveer 40 uur",
                    "ongeveer 30 uur",
                    "ongeveer 20 uur",
                    "ongeveer 10 uur",
                ],
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
