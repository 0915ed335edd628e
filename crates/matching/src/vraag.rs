//! What an occupation or vacancy asks, on the items of the FML: a demand level per item (same scale as
//! the FML: 0 = the reference load "normaal", higher = lighter), how often it goes against the
//! conditions an employee may need (multi-select items), and its working times.

use std::collections::{BTreeMap, BTreeSet};

/// How often a job goes against a condition an employee may need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sterkte {
    /// Now and then: a beoordelingspunt when the employee needs the condition.
    Soms,
    /// Regularly, as part of the job: ongeschikt when the employee needs the condition.
    Vaak,
}

impl Sterkte {
    pub fn code(self) -> &'static str {
        match self {
            Self::Soms => "soms",
            Self::Vaak => "vaak",
        }
    }

    pub fn uit_code(code: &str) -> Option<Self> {
        [Self::Soms, Self::Vaak].into_iter().find(|s| s.code() == code)
    }
}

/// Something a job can ask that goes against one condition of a multi-select FML item: `klantcontact`
/// against 2.12 `weinig_klantcontact`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conditievraag {
    /// The code a demand profile uses.
    pub code: &'static str,
    /// The FML item and the code of its condition (see `domain::fml`).
    pub item: &'static str,
    pub keuze: &'static str,
    /// What the job asks, in Dutch, to follow "vraagt soms/vaak".
    pub tekst: &'static str,
}

const fn c(code: &'static str, item: &'static str, keuze: &'static str, tekst: &'static str) -> Conditievraag {
    Conditievraag { code, item, keuze, tekst }
}

/// Every demand that can conflict with a condition. The conditions "overig" (1.5, 3.8) have none: the
/// FML does not say what they are, so only the coach can weigh them.
pub const CONDITIEVRAGEN: &[Conditievraag] = &[
    c("zelf_op_tijd_beginnen", "1.5", "op_tijd_beginnen", "zelf op tijd beginnen, zonder sturing"),
    c("zelf_ordenen", "1.5", "ordenen", "zelf het werk ordenen"),
    c("zelf_bewaken", "1.5", "bewaken", "zelf de voortgang en kwaliteit bewaken"),
    c("zelf_afronden", "1.5", "stoppen", "zelf bepalen wanneer het werk af is"),
    c("initiatief", "1.6", "initiatief_nemen", "zelf initiatief nemen"),
    c("doelen_stellen", "1.6", "doelen_stellen", "zelf doelen stellen"),
    c("oplossingen_bedenken", "1.6", "oplossingen_bedenken", "zelf oplossingen bedenken"),
    c("aanpak_kiezen", "1.6", "aanpak_kiezen", "zelf een aanpak kiezen"),
    c("tegenslag", "1.6", "omgaan_met_falen", "omgaan met tegenslag en fouten"),
    c("omschakelen", "1.6", "omschakelen", "snel omschakelen tussen taken"),
    c("volhouden", "1.6", "volhouden", "lang volhouden zonder afwisseling"),
    c("zelf_hulp_vragen", "1.6", "hulp_vragen", "zelf hulp zoeken, zonder iemand in de buurt"),
    c("afleiding", "1.8", "geen_afleiding", "werken met afleiding (publiek, open ruimte, lawaai)"),
    c("onvoorspelbaar", "1.8", "voorspelbare_situatie", "onvoorspelbare situaties"),
    c("onderbrekingen", "1.8", "weinig_onderbrekingen", "onderbrekingen"),
    c("deadlines", "1.8", "weinig_deadlines", "deadlines of productiepieken"),
    c("hoog_tempo", "1.8", "geen_hoog_tempo", "een hoog tempo"),
    c("persoonlijk_risico", "1.8", "geen_verhoogd_risico", "verhoogd persoonlijk risico (verkeer, agressie, gevaar)"),
    c("klantcontact", "2.12", "weinig_klantcontact", "klantcontact"),
    c("hulpbehoevenden", "2.12", "weinig_patientcontact", "contact met patiënten of hulpbehoevenden"),
    c("solitair", "2.12", "geen_solitaire_functie", "alleen werken, zonder collega's om op terug te vallen"),
    c("collegacontact", "2.12", "geen_contact_collegas", "direct contact met collega's"),
    c("leidinggeven", "2.12", "geen_leidinggevende_taken", "leidinggeven"),
    c("hitte", "3.1", "geen_hitte", "werken in hitte (boven 35 °C)"),
    c("koude", "3.1", "geen_koude", "werken in koude (onder −15 °C)"),
    c("allergenen", "3.8", "allergie", "contact met allergenen (meelstof, dieren, planten)"),
    c("infectierisico", "3.8", "infectiegevoelig", "infectierisico"),
    c("huidbelasting", "3.8", "zwakke_huidbarriere", "nat werk of huidbelastende stoffen"),
    c("grijpen", "4.3", "grijpen", "grijpen"),
    c("knijpkracht", "4.3", "knijpkracht", "knijp- of grijpkracht"),
    c("fijne_motoriek", "4.3", "fijne_motoriek", "fijne motoriek"),
    c("repeterend", "4.3", "repeterende_bewegingen", "repeterende hand- en vingerbewegingen"),
];

/// The demand with this code.
pub fn conditievraag(code: &str) -> Option<&'static Conditievraag> {
    CONDITIEVRAGEN.iter().find(|c| c.code == code)
}

/// FML items that describe the employee rather than a limit, and so never take part in matching:
/// 1.4 (insight into one's own capacities) and 4.1/4.2 (dominant and affected side).
pub const NIET_VERGELEKEN: [&str; 3] = ["1.4", "4.1", "4.2"];

/// The working-time items; a demand profile gives these as [`Werktijden`], not as levels.
pub const WERKTIJD_ITEMS: [&str; 3] = ["6.1", "6.2", "6.3"];

/// What a job asks on the FML items. Items it does not name it asks no more of than the most
/// restricted level of the FML (or nothing at all): they never conflict.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vraagprofiel {
    /// Item code → demand level, on the FML's own scale (0 = normaal, the heaviest).
    pub niveaus: BTreeMap<&'static str, u8>,
    /// Demand code (see [`CONDITIEVRAGEN`]) → how often.
    pub voorwaarden: BTreeMap<&'static str, Sterkte>,
    /// Items that are the core of the job: exceeding the limit on them at all is ongeschikt, not a
    /// beoordelingspunt (a driver who may not drive for work).
    pub kern: BTreeSet<&'static str>,
}

/// Hours and shifts of a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Werktijden {
    /// The range of hours per week the job is commonly offered at.
    pub uren_per_week: (u8, u8),
    /// The shortest usual shift, in hours.
    pub uren_per_dienst: u8,
    /// Evening shifts (18–22 h) are part of the job.
    pub avond: bool,
    /// Night shifts (22–06 h) are part of the job.
    pub nacht: bool,
}

impl Werktijden {
    pub fn diensten(&self) -> String {
        let mut d = vec!["dag"];
        if self.avond {
            d.push("avond");
        }
        if self.nacht {
            d.push("nacht");
        }
        d.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::fml::{self, Invulling};

    #[test]
    fn every_demand_points_at_a_condition_of_the_fml_and_every_condition_but_overig_has_one() {
        let mut codes = std::collections::HashSet::new();
        for v in CONDITIEVRAGEN {
            assert!(codes.insert(v.code), "{} twice", v.code);
            let item = fml::item(v.item).unwrap_or_else(|| panic!("{}: no item {}", v.code, v.item));
            assert!(item.keuze(v.keuze).is_some(), "{}: {} has no condition {}", v.code, v.item, v.keuze);
        }
        for item in fml::RUBRIEKEN.iter().flat_map(|r| r.items) {
            if let Invulling::Meerkeuze(_) = item.invulling {
                for keuze in item.keuzecodes.iter().filter(|k| **k != "overig") {
                    let n = CONDITIEVRAGEN.iter().filter(|v| v.item == item.code && v.keuze == *keuze).count();
                    assert_eq!(n, 1, "{} {keuze}", item.code);
                }
            }
        }
    }
}
