//! An in-memory index of vacancies for matching many of them fast: a column per FML item (struct of arrays),
//! condition demands as bit masks, hours, shifts, education and postcode as small numbers, and the texts
//! wishes are compared with interned as groups. A query compiles the profile into small lookup tables
//! (demand level → verdict and margin, per restricted item; distance per PC4) and runs them column by column,
//! then scores what is suitable and keeps the best N in a heap.
//!
//! Verdict, score and order are exactly those of [`rangschik_vacatures`](crate::rangschik_vacatures) (a test
//! compares them); only the best N get their full explanation, from the same code.

// Column loops index several columns by the same position on purpose.
#![allow(clippy::needless_range_loop)]

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use domain::fml::{self, Invulling};
use domain::waarden::Opleidingsniveau;

use crate::afstand::Postcodetabel;
use crate::oordeel::{Oordeel, Voorblad};
use crate::rangorde::{
    GEWICHT_AFSTAND, GEWICHT_MARGE, GEWICHT_OPLEIDING, GEWICHT_UREN, GEWICHT_WENSEN, Profiel, afgerond, afstand_waarde,
    opleiding, opleidingsrang, uren_waarde, wensen,
};
use crate::vacature::Vacature;
use crate::vraag::{CONDITIEVRAGEN, NIET_VERGELEKEN, Sterkte, WERKTIJD_ITEMS};

const AFWEZIG: u8 = u8::MAX;
const GESCHIKT: u8 = 0;
const PUNT: u8 = 1;
const ONGESCHIKT: u8 = 2;

/// The FML items with levels that a demand profile can name, and the multi-select items.
struct Items {
    niveaus: Vec<&'static str>,
    meerkeuze: Vec<&'static str>,
}

fn items() -> Items {
    let mut niveaus = Vec::new();
    let mut meerkeuze = Vec::new();
    for item in fml::RUBRIEKEN.iter().flat_map(|r| r.items) {
        if NIET_VERGELEKEN.contains(&item.code) || WERKTIJD_ITEMS.contains(&item.code) {
            continue;
        }
        match item.invulling {
            Invulling::Niveaus(_) => niveaus.push(item.code),
            Invulling::Meerkeuze(_) => meerkeuze.push(item.code),
        }
    }
    Items { niveaus, meerkeuze }
}

/// The vacancies, column by column.
pub struct Vacatureindex {
    items: Items,
    /// Per level item: the demand level of every vacancy (`u8::MAX`: not asked).
    niveaus: Vec<Vec<u8>>,
    /// Per level item: whether it is the core of the job (bit per vacancy, as bytes).
    kern: Vec<Vec<bool>>,
    /// Per multi-select item: the conditions asked `vaak` and `soms`, as bits in FML order.
    vaak: Vec<Vec<u8>>,
    soms: Vec<Vec<u8>>,
    uren_min: Vec<u8>,
    uren_max: Vec<u8>,
    dienst: Vec<u8>,
    /// Bit 0 evening, bit 1 night.
    perioden: Vec<u8>,
    opleiding: Vec<u8>,
    pc4: Vec<u16>,
    tekstgroep: Vec<u32>,
    groepen: Vec<Vec<String>>,
    groep_van: HashMap<Vec<String>, u32>,
    /// Rank of the title and of the id in string order, for ties (filled by `klaar`).
    naamrang: Vec<u32>,
    idrang: Vec<u32>,
    titels: Vec<String>,
    ids: Vec<String>,
}

impl Default for Vacatureindex {
    fn default() -> Self {
        let items = items();
        Self {
            niveaus: vec![Vec::new(); items.niveaus.len()],
            kern: vec![Vec::new(); items.niveaus.len()],
            vaak: vec![Vec::new(); items.meerkeuze.len()],
            soms: vec![Vec::new(); items.meerkeuze.len()],
            items,
            uren_min: Vec::new(),
            uren_max: Vec::new(),
            dienst: Vec::new(),
            perioden: Vec::new(),
            opleiding: Vec::new(),
            pc4: Vec::new(),
            tekstgroep: Vec::new(),
            groepen: Vec::new(),
            groep_van: HashMap::new(),
            naamrang: Vec::new(),
            idrang: Vec::new(),
            titels: Vec::new(),
            ids: Vec::new(),
        }
    }
}

/// One vacancy's columns; `niveaus` uses `u8::MAX` for "not asked", `kern` a bit per level item, `opleiding`
/// the position in `Opleidingsniveau::ALLE`, `pc4` 0 for unknown, `perioden` bit 0 evening and bit 1 night.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vacaturerij {
    pub niveaus: Vec<u8>,
    pub kern: u64,
    pub vaak: Vec<u8>,
    pub soms: Vec<u8>,
    pub uren: (u8, u8),
    pub dienst: u8,
    pub perioden: u8,
    pub opleiding: u8,
    pub pc4: u16,
    pub tekstgroep: u32,
    pub naamrang: u32,
    pub idrang: u32,
}

/// The outcome of a query: counts per verdict, and the best suitable vacancies in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Zoekuitkomst {
    pub geschikt: usize,
    pub beoordelingspunt: usize,
    pub ongeschikt: usize,
    /// Position in the index, verdict and score.
    pub beste: Vec<(usize, Oordeel, f64)>,
}

impl Vacatureindex {
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn id(&self, i: usize) -> &str {
        &self.ids[i]
    }

    /// Adds a vacancy; call [`Vacatureindex::klaar`] after the last.
    pub fn voeg_toe(&mut self, v: &Vacature) {
        for (k, code) in self.items.niveaus.iter().enumerate() {
            self.niveaus[k].push(v.vraag.niveaus.get(code).copied().unwrap_or(AFWEZIG));
            self.kern[k].push(v.vraag.kern.contains(code));
        }
        for (k, code) in self.items.meerkeuze.iter().enumerate() {
            let item = fml::item(code).expect("an FML item");
            let (mut vaak, mut soms) = (0u8, 0u8);
            for cv in CONDITIEVRAGEN.iter().filter(|c| c.item == *code) {
                let bit = 1 << item.keuze(cv.keuze).expect("tested in vraag.rs");
                match v.vraag.voorwaarden.get(cv.code) {
                    Some(Sterkte::Vaak) => vaak |= bit,
                    Some(Sterkte::Soms) => soms |= bit,
                    None => {}
                }
            }
            self.vaak[k].push(vaak);
            self.soms[k].push(soms);
        }
        let w = &v.werktijden;
        self.uren_min.push(w.uren_per_week.0);
        self.uren_max.push(w.uren_per_week.1);
        self.dienst.push(w.uren_per_dienst);
        self.perioden.push(u8::from(w.avond) | (u8::from(w.nacht) << 1));
        self.opleiding.push(Opleidingsniveau::ALLE.iter().position(|o| *o == v.opleiding).expect("a level") as u8);
        self.pc4.push(v.pc4.unwrap_or(0));
        let volgende = self.groepen.len() as u32;
        let groep = *self.groep_van.entry(v.teksten().to_vec()).or_insert(volgende);
        if groep == volgende {
            self.groepen.push(v.teksten().to_vec());
        }
        self.tekstgroep.push(groep);
        self.titels.push(v.titel.clone());
        self.ids.push(v.id.clone());
    }

    /// The FML items with levels, in the order of [`Vacaturerij::niveaus`].
    pub fn niveau_items(&self) -> &[&'static str] {
        &self.items.niveaus
    }

    /// The multi-select items, in the order of [`Vacaturerij::vaak`] and `soms`.
    pub fn meerkeuze_items(&self) -> &[&'static str] {
        &self.items.meerkeuze
    }

    /// One vacancy as the index holds it (to load the same data elsewhere, e.g. a SQL baseline).
    pub fn rij(&self, i: usize) -> Vacaturerij {
        Vacaturerij {
            niveaus: self.niveaus.iter().map(|k| k[i]).collect(),
            kern: self.kern.iter().enumerate().fold(0, |m, (k, kol)| m | (u64::from(kol[i]) << k)),
            vaak: self.vaak.iter().map(|k| k[i]).collect(),
            soms: self.soms.iter().map(|k| k[i]).collect(),
            uren: (self.uren_min[i], self.uren_max[i]),
            dienst: self.dienst[i],
            perioden: self.perioden[i],
            opleiding: self.opleiding[i],
            pc4: self.pc4[i],
            tekstgroep: self.tekstgroep[i],
            naamrang: self.naamrang[i],
            idrang: self.idrang[i],
        }
    }

    /// The value of the wishes part per group of texts.
    pub fn wenswaarden(&self, wensen_: &[String]) -> Vec<f64> {
        self.groepen
            .iter()
            .map(|g| {
                let teksten: Vec<&str> = g.iter().map(String::as_str).collect();
                wensen(wensen_, &teksten).map_or(0.0, |o| o.waarde)
            })
            .collect()
    }

    /// Ranks titles and ids for the order of ties.
    pub fn klaar(&mut self) {
        self.naamrang = rangen(&self.titels);
        self.idrang = rangen(&self.ids);
    }

    /// Every vacancy against the profile; the best `n` suitable ones in the order of `rangschik_vacatures`.
    pub fn zoek(&self, profiel: &Profiel, postcodes: Option<&Postcodetabel>, n: usize) -> Zoekuitkomst {
        let aantal = self.len();
        if let Voorblad::GeenBenutbareMogelijkheden(_) = profiel.belastbaarheid.voorblad {
            return Zoekuitkomst { geschikt: 0, beoordelingspunt: 0, ongeschikt: aantal, beste: Vec::new() };
        }
        let b = &profiel.belastbaarheid.items;
        let mut oordeel = vec![GESCHIKT; aantal];
        let mut punten = vec![0u8; aantal];
        let mut marge = vec![0u16; aantal]; // in halves
        let mut n_marges = 0u32;

        // Level items: a table demand level → (verdict, margin in halves), and the core variant.
        for (k, code) in self.items.niveaus.iter().enumerate() {
            let Some(&grens) = b.get(*code).filter(|g| **g > 0) else { continue };
            n_marges += 1;
            let mut tabel = [(GESCHIKT, 2u8); 256];
            for (v, t) in tabel.iter_mut().enumerate().take(usize::from(grens) + 2) {
                let v = v as u8;
                *t = if v == grens + 1 {
                    (GESCHIKT, 1)
                } else if v + 1 >= grens {
                    (PUNT, 0)
                } else {
                    (ONGESCHIKT, 0)
                };
            }
            let kolom = &self.niveaus[k];
            let kern = &self.kern[k];
            for i in 0..aantal {
                let mut t = tabel[usize::from(kolom[i])];
                if t.0 == PUNT && kern[i] && kolom[i] + 1 == grens {
                    t.0 = ONGESCHIKT;
                }
                oordeel[i] = oordeel[i].max(t.0);
                punten[i] += u8::from(t.0 == PUNT);
                marge[i] += u16::from(t.1);
            }
        }
        // Conditions.
        for (k, code) in self.items.meerkeuze.iter().enumerate() {
            let Some(&masker) = b.get(*code).filter(|m| **m > 0) else { continue };
            let item = fml::item(code).expect("an FML item");
            let mut vergeleken = 0u8;
            for cv in CONDITIEVRAGEN.iter().filter(|c| c.item == *code) {
                vergeleken |= masker & (1 << item.keuze(cv.keuze).expect("tested"));
            }
            n_marges += vergeleken.count_ones();
            if vergeleken == 0 {
                continue;
            }
            let (vaak, soms) = (&self.vaak[k], &self.soms[k]);
            for i in 0..aantal {
                let (v, s) = (vaak[i] & vergeleken, soms[i] & vergeleken);
                if v != 0 {
                    oordeel[i] = ONGESCHIKT;
                }
                if s != 0 {
                    oordeel[i] = oordeel[i].max(PUNT);
                    punten[i] += s.count_ones() as u8;
                }
                marge[i] += 2 * (vergeleken & !(v | s)).count_ones() as u16;
            }
        }
        // Working times: 6.1 against the shifts, 6.2 against the shortest shift, 6.3 against the least hours.
        for code in ["6.1", "6.2", "6.3"] {
            let Some(&grens) = b.get(code).filter(|g| **g > 0) else { continue };
            n_marges += 1;
            let item = fml::item(code).expect("an FML item");
            let (kolom, tabel): (&[u8], Vec<(u8, u8)>) = match code {
                "6.1" => {
                    let t = (0..4u8)
                        .map(|p| {
                            let o = crate::oordeel::toets_perioden(grens, p & 1 != 0, p & 2 != 0);
                            (code_van(o.oordeel), (o.marge * 2.0) as u8)
                        })
                        .collect();
                    (&self.perioden, t)
                }
                _ => {
                    let t = (0..=255u8)
                        .map(|u| {
                            let o = crate::oordeel::toets_uren(item, grens, u);
                            (code_van(o.oordeel), (o.marge * 2.0) as u8)
                        })
                        .collect();
                    (if code == "6.2" { &self.dienst } else { &self.uren_min }, t)
                }
            };
            for i in 0..aantal {
                let t = tabel[usize::from(kolom[i])];
                oordeel[i] = oordeel[i].max(t.0);
                punten[i] += u8::from(t.0 == PUNT);
                marge[i] += u16::from(t.1);
            }
        }
        // Education.
        let opleidingsdeel: Option<Vec<(u8, f64)>> = profiel.opleiding.map(|eigen| {
            Opleidingsniveau::ALLE
                .iter()
                .map(|vraag| {
                    let stap = i16::from(opleidingsrang(*vraag)) - i16::from(opleidingsrang(eigen));
                    let o = match stap {
                        ..=0 => GESCHIKT,
                        1 => PUNT,
                        _ => ONGESCHIKT,
                    };
                    (o, opleiding(eigen, *vraag).waarde)
                })
                .collect()
        });
        if let Some(tabel) = &opleidingsdeel {
            for i in 0..aantal {
                let o = tabel[usize::from(self.opleiding[i])].0;
                oordeel[i] = oordeel[i].max(o);
                punten[i] += u8::from(o == PUNT);
            }
        }
        // Distance: per PC4 once, then per vacancy a lookup.
        let afstanden: Option<Vec<f64>> = match (profiel.pc4, postcodes) {
            (Some(thuis), Some(tabel)) if tabel.punt(thuis).is_some() => {
                Some((0..10_000u16).map(|pc| tabel.afstand_km(thuis, pc).unwrap_or(f64::NAN)).collect())
            }
            _ => None,
        };
        let afstand = |i: usize| -> Option<f64> {
            let d = afstanden.as_ref()?[usize::from(self.pc4[i])];
            (!d.is_nan()).then_some(d)
        };
        if let (Some(_), Some(max)) = (&afstanden, profiel.max_reisafstand_km) {
            for i in 0..aantal {
                if afstand(i).is_some_and(|d| d > max) {
                    oordeel[i] = ONGESCHIKT;
                }
            }
        }
        // Wishes per group of texts.
        let wensdeel: Option<Vec<f64>> = (!profiel.wensen.is_empty()).then(|| self.wenswaarden(&profiel.wensen));

        // Score what is suitable; keep the best n.
        let mut uit = Zoekuitkomst { geschikt: 0, beoordelingspunt: 0, ongeschikt: 0, beste: Vec::new() };
        let mut hoop: BinaryHeap<(u8, Reverse<i64>, u8, u32, u32, u32)> = BinaryHeap::with_capacity(n + 1);
        let margewaarde: Vec<f64> = (0..=2 * n_marges)
            .map(|h| if n_marges == 0 { 1.0 } else { afgerond(f64::from(h) / 2.0 / f64::from(n_marges)) })
            .collect();
        for i in 0..aantal {
            match oordeel[i] {
                ONGESCHIKT => {
                    uit.ongeschikt += 1;
                    continue;
                }
                GESCHIKT => uit.geschikt += 1,
                _ => uit.beoordelingspunt += 1,
            }
            let mut som = margewaarde[usize::from(marge[i])] * GEWICHT_MARGE;
            let mut gewicht = GEWICHT_MARGE;
            if let Some(w) = &wensdeel {
                som += w[self.tekstgroep[i] as usize] * GEWICHT_WENSEN;
                gewicht += GEWICHT_WENSEN;
            }
            if let Some(o) = &opleidingsdeel {
                som += o[usize::from(self.opleiding[i])].1 * GEWICHT_OPLEIDING;
                gewicht += GEWICHT_OPLEIDING;
            }
            if let Some(u) = profiel.uren_per_week {
                som += uren_waarde(u, (self.uren_min[i], self.uren_max[i])) * GEWICHT_UREN;
                gewicht += GEWICHT_UREN;
            }
            if let Some(d) = afstand(i) {
                som += afstand_waarde(d, profiel.max_reisafstand_km) * GEWICHT_AFSTAND;
                gewicht += GEWICHT_AFSTAND;
            }
            let score = afgerond(som / gewicht);
            let sleutel = (
                oordeel[i],
                Reverse((score * 1000.0).round() as i64),
                punten[i],
                self.naamrang[i],
                self.idrang[i],
                i as u32,
            );
            if hoop.len() < n {
                hoop.push(sleutel);
            } else if hoop.peek().is_some_and(|slechtste| sleutel < *slechtste) {
                hoop.pop();
                hoop.push(sleutel);
            }
        }
        let mut beste = hoop.into_sorted_vec();
        beste.truncate(n);
        uit.beste = beste
            .into_iter()
            .map(|(o, Reverse(s), _, _, _, i)| {
                (
                    i as usize,
                    if o == GESCHIKT { Oordeel::Geschikt } else { Oordeel::Beoordelingspunt },
                    s as f64 / 1000.0,
                )
            })
            .collect();
        uit
    }
}

fn code_van(o: Oordeel) -> u8 {
    match o {
        Oordeel::Geschikt => GESCHIKT,
        Oordeel::Beoordelingspunt => PUNT,
        Oordeel::Ongeschikt => ONGESCHIKT,
    }
}

/// The rank of every string in sorted order (equal strings share a rank).
fn rangen(teksten: &[String]) -> Vec<u32> {
    let mut volgorde: Vec<usize> = (0..teksten.len()).collect();
    volgorde.sort_by(|a, b| teksten[*a].cmp(&teksten[*b]));
    let mut rang = vec![0u32; teksten.len()];
    let mut r = 0u32;
    for (k, &i) in volgorde.iter().enumerate() {
        if k > 0 && teksten[i] != teksten[volgorde[k - 1]] {
            r += 1;
        }
        rang[i] = r;
    }
    rang
}

/// Seeded generated data for benchmarks and tests: vacancies from a catalogue's occupations with varied demand,
/// hours, shifts, education and place, and varied profiles.
pub mod proef {
    use super::*;
    use crate::afstand::GeonamesImport;
    use crate::catalogus::Catalogus;
    use crate::oordeel::Belastbaarheid;

    /// A table of `n` PC4s spread over the Netherlands (for when no real table is imported).
    pub fn postcodes(rng: &mut fastrand::Rng, n: usize) -> Postcodetabel {
        let mut imp = GeonamesImport::default();
        let mut gebruikt = std::collections::HashSet::new();
        while gebruikt.len() < n.min(9000) {
            let pc = rng.u16(1000..10_000);
            if gebruikt.insert(pc) {
                let (lat, lon) = (51.0 + rng.f64() * 2.4, 3.6 + rng.f64() * 3.4);
                imp.regel(&format!("NL\t{pc}\tX\t\t\t\t\t\t\t{lat:.4}\t{lon:.4}\t")).expect("a valid row");
            }
        }
        imp.klaar()
    }

    const ACHTER: [&str; 4] = ["", " (parttime)", " in de regio", " met doorgroeimogelijkheden"];

    pub fn vacature(rng: &mut fastrand::Rng, i: usize, catalogus: &Catalogus, pc4s: &[u16]) -> Vacature {
        let beroep = &catalogus.beroepen[rng.usize(..catalogus.beroepen.len())];
        let titel = format!("{}{}", beroep.naam, ACHTER[rng.usize(..ACHTER.len())]);
        let pc4 = (rng.u8(..100) < 97).then(|| pc4s[rng.usize(..pc4s.len())]);
        let mut v = Vacature::voor_beroep(format!("V{i:07}"), titel, beroep, pc4);
        if rng.u8(..100) < 40 && !v.vraag.niveaus.is_empty() {
            let k = rng.usize(..v.vraag.niveaus.len());
            let (&code, &n) = v.vraag.niveaus.iter().nth(k).expect("k < len");
            let hoogste = fml::item(code).expect("an FML item").aantal() - 1;
            let nieuw = if rng.bool() { n.saturating_sub(1) } else { (n + 1).min(hoogste) };
            v.vraag.niveaus.insert(code, nieuw);
        }
        let uren = [(8, 16), (16, 24), (24, 32), (32, 40), (36, 40), v.werktijden.uren_per_week];
        v.werktijden.uren_per_week = uren[rng.usize(..uren.len())];
        v.werktijden.uren_per_dienst = v.werktijden.uren_per_dienst.min(v.werktijden.uren_per_week.1);
        match rng.u8(..100) {
            0..15 => v.werktijden.avond = true,
            15..20 => (v.werktijden.avond, v.werktijden.nacht) = (true, true),
            20..40 => (v.werktijden.avond, v.werktijden.nacht) = (false, false),
            _ => {}
        }
        if rng.u8(..100) < 15 {
            let i = Opleidingsniveau::ALLE.iter().position(|o| *o == v.opleiding).expect("a level");
            v.opleiding = Opleidingsniveau::ALLE[(i + 1).min(Opleidingsniveau::ALLE.len() - 1)];
        }
        v
    }

    const ITEMS: [&str; 16] = [
        "4.13", "4.14", "4.12", "5.4", "5.3", "5.1", "5.2", "4.17", "4.9", "4.10", "4.4", "4.19", "2.11", "1.9", "3.6",
        "2.8",
    ];
    const WENSEN: [&str; 8] =
        ["administratie", "magazijn", "zorg", "techniek", "klantenservice", "schoonmaak", "chauffeur", "buiten"];

    pub fn profiel(rng: &mut fastrand::Rng, pc4s: &[u16]) -> Profiel {
        let mut items = std::collections::BTreeMap::new();
        for _ in 0..rng.usize(0..=6) {
            let code = ITEMS[rng.usize(..ITEMS.len())];
            let hoogste = fml::item(code).expect("an FML item").aantal() - 1;
            items.insert(code.to_string(), rng.u8(1..=hoogste));
        }
        if rng.u8(..100) < 35 {
            let code = ["1.8", "2.12", "3.1", "4.3"][rng.usize(..4)];
            items.insert(code.to_string(), 1 << rng.u8(0..2));
        }
        for (code, kans, hoogste) in [("6.3", 20, 4), ("6.2", 10, 4), ("6.1", 10, 2)] {
            if rng.u8(..100) < kans {
                items.insert(code.to_string(), rng.u8(1..=hoogste));
            }
        }
        let opleiding = (rng.u8(..100) < 70).then(|| Opleidingsniveau::ALLE[rng.usize(..Opleidingsniveau::ALLE.len())]);
        let pc4 = (rng.u8(..100) < 90).then(|| pc4s[rng.usize(..pc4s.len())]);
        let max_reisafstand_km = (rng.u8(..100) < 80).then(|| f64::from(rng.u8(10..=60)));
        let wensen = if rng.u8(..100) < 40 { vec![WENSEN[rng.usize(..WENSEN.len())].to_string()] } else { Vec::new() };
        Profiel {
            belastbaarheid: Belastbaarheid { items, voorblad: Voorblad::Benutbaar },
            pc4,
            max_reisafstand_km,
            opleiding,
            uren_per_week: (rng.u8(..100) < 50).then(|| rng.u8(8..=40)),
            wensen,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogus::Catalogus;
    use crate::vacature::rangschik_vacatures;

    #[test]
    fn the_index_gives_exactly_the_verdicts_scores_and_order_of_the_reference_matcher() {
        let mut rng = fastrand::Rng::with_seed(7);
        let tabel = proef::postcodes(&mut rng, 60);
        let pc4s: Vec<u16> = tabel.punten().map(|(pc, _)| pc).collect();
        let catalogus = Catalogus::ingebouwd();
        let vacatures: Vec<Vacature> = (0..1000).map(|i| proef::vacature(&mut rng, i, catalogus, &pc4s)).collect();
        let mut index = Vacatureindex::default();
        for v in &vacatures {
            index.voeg_toe(v);
        }
        index.klaar();
        let mut vergeleken = 0;
        for _ in 0..100 {
            let profiel = proef::profiel(&mut rng, &pc4s);
            let referentie = rangschik_vacatures(&profiel, &vacatures, Some(&tabel));
            let uit = index.zoek(&profiel, Some(&tabel), 25);
            let tel = |o: Oordeel| referentie.iter().filter(|r| r.oordeel == o).count();
            assert_eq!(
                (uit.geschikt, uit.beoordelingspunt, uit.ongeschikt),
                (tel(Oordeel::Geschikt), tel(Oordeel::Beoordelingspunt), tel(Oordeel::Ongeschikt)),
                "{profiel:?}"
            );
            let verwacht: Vec<(&str, Oordeel, f64)> = referentie
                .iter()
                .filter(|r| r.oordeel != Oordeel::Ongeschikt)
                .take(25)
                .map(|r| (r.id.as_str(), r.oordeel, r.score))
                .collect();
            let gekregen: Vec<(&str, Oordeel, f64)> =
                uit.beste.iter().map(|(i, o, s)| (index.id(*i), *o, *s)).collect();
            assert_eq!(gekregen, verwacht, "{profiel:?}");
            vergeleken += verwacht.len();
        }
        assert!(vergeleken > 1000, "the profiles leave enough suitable vacancies to compare: {vergeleken}");
    }
}
