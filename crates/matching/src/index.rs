//! An in-memory index of vacancies for matching many of them fast.
//!
//! Most of what decides a verdict is shared by many vacancies: the demand profile (per occupation, with a few
//! variants), the working times and education, the texts wishes and skills are compared with, the wage. The index
//! keeps each distinct one once (a *klasse*, a *werk*, a *tekstgroep*, a wage) and per vacancy only their numbers,
//! with the vacancies sorted
//! by postcode (PC4). A query judges every klasse and werk once (verdict, beoordelingspunten and margin packed
//! in one number, so a vacancy's total is a sum of two lookups), counts whole PC4s beyond the travel radius as
//! ongeschikt without touching their vacancies, and in one pass over the rest counts the verdicts and adds an
//! integer score (parts in thousandths, weights in twentieths). Only a vacancy whose integer score could still
//! enter the best `n` gets its exact score, in the floating point of the reference matcher.
//!
//! Counts, verdicts, scores and order are exactly those of [`rangschik_vacatures`](crate::rangschik_vacatures)
//! (a test compares them).

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use domain::fml::{self, Invulling};
use domain::waarden::Opleidingsniveau;

use crate::afstand::Postcodetabel;
use crate::oordeel::{Oordeel, Voorblad, toets_perioden, toets_uren};
use crate::rangorde::{
    GEWICHT_AFSTAND, GEWICHT_LOON, GEWICHT_MARGE, GEWICHT_OPLEIDING, GEWICHT_UREN, GEWICHT_VAARDIGHEDEN,
    GEWICHT_WENSEN, Profiel, afgerond, afstand_waarde, loon_waarde, opleiding, opleidingsrang, past, uren_waarde,
    woorden,
};
use crate::vacature::Vacature;
use crate::vraag::{CONDITIEVRAGEN, NIET_VERGELEKEN, Sterkte, WERKTIJD_ITEMS};

const AFWEZIG: u8 = u8::MAX;

/// A verdict with its beoordelingspunten and margin as one number, so that adding two adds each: bits 0–11 the
/// margin in halves, 12–19 the beoordelingspunten, from 20 the items that make it ongeschikt.
type Toets = u32;
const PUNT: Toets = 1 << 12;
const ONGESCHIKT: Toets = 1 << 20;
const MARGE_BITS: Toets = PUNT - 1;

/// 0 geschikt, 1 beoordelingspunt, 2 ongeschikt.
fn soort(t: Toets) -> usize {
    usize::from(t >= PUNT) + usize::from(t >= ONGESCHIKT)
}

fn toets_van(o: Oordeel, marge: f64) -> Toets {
    match o {
        Oordeel::Geschikt => (marge * 2.0) as Toets,
        Oordeel::Beoordelingspunt => PUNT,
        Oordeel::Ongeschikt => ONGESCHIKT,
    }
}

/// Score parts in thousandths (the parts are rounded to three decimals) and their weights in twentieths, so the
/// integer sum of part × weight over the sum of weights is the score in thousandths, up to rounding.
const W_MARGE: u32 = 8;
const W_WENSEN: u32 = 6;
const W_OPLEIDING: u32 = 3;
const W_UREN: u32 = 3;
const W_AFSTAND: u32 = 4;
const W_VAARDIGHEDEN: u32 = 5;
const W_LOON: u32 = 4;
/// A part that does not apply to a vacancy (its wage, when it gives none).
const GEEN_DEEL: u32 = u32::MAX;

/// A part rounded to three decimals, in thousandths, and back: `waarde(duizendsten(x)) == x`.
fn duizendsten(x: f64) -> u32 {
    (x * 1000.0).round() as u32
}

fn waarde(d: u32) -> f64 {
    f64::from(d) / 1000.0
}

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
    assert!(niveaus.len() <= 64, "the core items fit a u64");
    Items { niveaus, meerkeuze }
}

/// A demand profile as the index keeps it: a level per level item (`u8::MAX`: not asked), the core items as bits
/// in that order, and per multi-select item the conditions asked `vaak` and `soms` as bits in FML order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Klasse {
    niveaus: Vec<u8>,
    kern: u64,
    vaak: Vec<u8>,
    soms: Vec<u8>,
}

/// Working times and education: hours per week, shortest shift, bit 0 evening and bit 1 night, and the position
/// in `Opleidingsniveau::ALLE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Werk {
    uren: (u8, u8),
    dienst: u8,
    perioden: u8,
    opleiding: u8,
}

/// One vacancy: the numbers of its klasse, werk and tekstgroep.
#[derive(Debug, Clone, Copy)]
struct Rij {
    klasse: u32,
    werk: u32,
    tekstgroep: u32,
}

/// The vacancies of one PC4 (0: unknown): positions `begin..eind`.
#[derive(Debug, Clone, Copy)]
struct Vak {
    pc4: u16,
    begin: usize,
    eind: usize,
}

/// Interns values: each distinct one gets the next number.
#[derive(Debug)]
struct Register<T> {
    waarden: Vec<T>,
    nummer: HashMap<T, u32>,
}

impl<T> Default for Register<T> {
    fn default() -> Self {
        Self { waarden: Vec::new(), nummer: HashMap::new() }
    }
}

impl<T: Clone + Eq + std::hash::Hash> Register<T> {
    fn nummer(&mut self, waarde: &T) -> u32 {
        if let Some(&n) = self.nummer.get(waarde) {
            return n;
        }
        let n = u32::try_from(self.waarden.len()).expect("fewer than 2^32 distinct values");
        self.waarden.push(waarde.clone());
        self.nummer.insert(waarde.clone(), n);
        n
    }
}

/// The vacancies, as numbers of shared parts, sorted by PC4 once [`Vacatureindex::klaar`] has run.
pub struct Vacatureindex {
    items: Items,
    klassen: Register<Klasse>,
    werken: Register<Werk>,
    /// Texts of a vacancy (title, occupation name, keywords) and its skills → the words of the texts (for wishes)
    /// and of both (for skills), as numbers in `woorden`.
    tekstgroepen: Register<(Vec<String>, Vec<String>)>,
    groepwoorden: Vec<Vec<u32>>,
    groepvaardigheden: Vec<Vec<u32>>,
    woorden: Register<String>,
    /// Distinct monthly wages (number 0: none given), and per vacancy the number of its wage.
    lonen: Register<u32>,
    loon: Vec<u32>,
    rijen: Vec<Rij>,
    pc4: Vec<u16>,
    titels: Vec<String>,
    ids: Vec<String>,
    /// Filled by `klaar`: the PC4s in order, and the rank of title and id in string order (for ties).
    vakken: Vec<Vak>,
    naamrang: Vec<u32>,
    idrang: Vec<u32>,
}

impl Default for Vacatureindex {
    fn default() -> Self {
        let mut lonen = Register::default();
        lonen.nummer(&0);
        Self {
            items: items(),
            klassen: Register::default(),
            werken: Register::default(),
            tekstgroepen: Register::default(),
            groepwoorden: Vec::new(),
            groepvaardigheden: Vec::new(),
            woorden: Register::default(),
            lonen,
            loon: Vec::new(),
            rijen: Vec::new(),
            pc4: Vec::new(),
            titels: Vec::new(),
            ids: Vec::new(),
            vakken: Vec::new(),
            naamrang: Vec::new(),
            idrang: Vec::new(),
        }
    }
}

/// One vacancy as the index holds it; `niveaus` uses `u8::MAX` for "not asked", `kern` a bit per level item,
/// `opleiding` the position in `Opleidingsniveau::ALLE`, `pc4` 0 for unknown, `perioden` bit 0 evening and bit 1
/// night.
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
    /// Euros per month; 0: none given.
    pub loon: u32,
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

/// What a query knows of a klasse or werk: its verdict, and for a werk the integer score of education and hours
/// (weighted) and those parts in thousandths.
#[derive(Debug, Clone, Copy, Default)]
struct Werkdeel {
    toets: Toets,
    score: u32,
    opleiding: u32,
    uren: u32,
}

/// The key of the order of `rangschik_vacatures` for a suitable vacancy: verdict, score (descending),
/// beoordelingspunten, title, id, position.
type Sleutel = (u8, Reverse<i64>, u8, u32, u32, u32);

impl Vacatureindex {
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The id of the vacancy at a position (positions change at [`Vacatureindex::klaar`]).
    pub fn id(&self, i: usize) -> &str {
        &self.ids[i]
    }

    /// Adds a vacancy; call [`Vacatureindex::klaar`] after the last.
    pub fn voeg_toe(&mut self, v: &Vacature) {
        let mut klasse = Klasse { niveaus: Vec::new(), kern: 0, vaak: Vec::new(), soms: Vec::new() };
        for (k, code) in self.items.niveaus.iter().enumerate() {
            klasse.niveaus.push(v.vraag.niveaus.get(code).copied().unwrap_or(AFWEZIG));
            klasse.kern |= u64::from(v.vraag.kern.contains(code)) << k;
        }
        for code in &self.items.meerkeuze {
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
            klasse.vaak.push(vaak);
            klasse.soms.push(soms);
        }
        let w = &v.werktijden;
        let werk = Werk {
            uren: w.uren_per_week,
            dienst: w.uren_per_dienst,
            perioden: u8::from(w.avond) | (u8::from(w.nacht) << 1),
            opleiding: Opleidingsniveau::ALLE.iter().position(|o| *o == v.opleiding).expect("a level") as u8,
        };
        let tekstgroep = self.tekstgroepen.nummer(&(v.teksten().to_vec(), v.vaardigheden.clone()));
        if tekstgroep as usize == self.groepwoorden.len() {
            let mut nummers = |teksten: &mut dyn Iterator<Item = &str>| -> Vec<u32> {
                teksten.flat_map(woorden).map(|w| self.woorden.nummer(&w)).collect()
            };
            let wens = nummers(&mut v.teksten().iter().map(String::as_str));
            let vaardig = nummers(&mut v.vaardigheidsteksten());
            self.groepwoorden.push(wens);
            self.groepvaardigheden.push(vaardig);
        }
        self.loon.push(self.lonen.nummer(&v.loon_per_maand.unwrap_or(0)));
        self.rijen.push(Rij { klasse: self.klassen.nummer(&klasse), werk: self.werken.nummer(&werk), tekstgroep });
        self.pc4.push(v.pc4.unwrap_or(0));
        self.titels.push(v.titel.clone());
        self.ids.push(v.id.clone());
    }

    /// Sorts the vacancies by PC4 and ranks titles and ids for the order of ties.
    pub fn klaar(&mut self) {
        let mut volgorde: Vec<usize> = (0..self.len()).collect();
        volgorde.sort_by_key(|&i| self.pc4[i]);
        self.rijen = volgorde.iter().map(|&i| self.rijen[i]).collect();
        self.loon = volgorde.iter().map(|&i| self.loon[i]).collect();
        self.pc4 = volgorde.iter().map(|&i| self.pc4[i]).collect();
        self.titels = volgorde.iter().map(|&i| std::mem::take(&mut self.titels[i])).collect();
        self.ids = volgorde.iter().map(|&i| std::mem::take(&mut self.ids[i])).collect();
        self.vakken.clear();
        for (i, &pc4) in self.pc4.iter().enumerate() {
            match self.vakken.last_mut() {
                Some(vak) if vak.pc4 == pc4 => vak.eind = i + 1,
                _ => self.vakken.push(Vak { pc4, begin: i, eind: i + 1 }),
            }
        }
        self.naamrang = rangen(&self.titels);
        self.idrang = rangen(&self.ids);
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
        let r = self.rijen[i];
        let k = &self.klassen.waarden[r.klasse as usize];
        let w = &self.werken.waarden[r.werk as usize];
        Vacaturerij {
            niveaus: k.niveaus.clone(),
            kern: k.kern,
            vaak: k.vaak.clone(),
            soms: k.soms.clone(),
            uren: w.uren,
            dienst: w.dienst,
            perioden: w.perioden,
            opleiding: w.opleiding,
            pc4: self.pc4[i],
            tekstgroep: r.tekstgroep,
            loon: self.lonen.waarden[self.loon[i] as usize],
            naamrang: self.naamrang[i],
            idrang: self.idrang[i],
        }
    }

    /// The value of the wishes part per group of texts (as `rangorde::wensen` computes it from the texts).
    pub fn wenswaarden(&self, wensen: &[String]) -> Vec<f64> {
        self.overlap(wensen, &self.groepwoorden)
    }

    /// The value of the skills part per group of texts (as `rangorde::vaardigheden` computes it from the texts).
    pub fn vaardigheidswaarden(&self, vaardigheden: &[String]) -> Vec<f64> {
        self.overlap(vaardigheden, &self.groepvaardigheden)
    }

    /// Per group of words, the share of the terms with a word matching one of the group's.
    fn overlap(&self, termen: &[String], groepen: &[Vec<u32>]) -> Vec<f64> {
        let mut passend = vec![0u32; groepen.len()];
        for term in termen {
            let eigen = woorden(term);
            let raak: Vec<bool> = self.woorden.waarden.iter().map(|b| eigen.iter().any(|w| past(w, b))).collect();
            for (p, groep) in passend.iter_mut().zip(groepen) {
                *p += u32::from(groep.iter().any(|&b| raak[b as usize]));
            }
        }
        passend.into_iter().map(|p| afgerond(f64::from(p) / termen.len() as f64)).collect()
    }

    /// Every vacancy against the profile; the best `n` suitable ones in the order of `rangschik_vacatures`.
    pub fn zoek(&self, profiel: &Profiel, postcodes: Option<&Postcodetabel>, n: usize) -> Zoekuitkomst {
        assert_eq!(self.vakken.last().map_or(0, |v| v.eind), self.len(), "klaar() after the last voeg_toe()");
        let mut uit = Zoekuitkomst { geschikt: 0, beoordelingspunt: 0, ongeschikt: 0, beste: Vec::new() };
        if let Voorblad::GeenBenutbareMogelijkheden(_) = profiel.belastbaarheid.voorblad {
            uit.ongeschikt = self.len();
            return uit;
        }
        let (klassen, n_klasse) = self.klassetoetsen(profiel);
        let (werken, n_werk) = self.werkdelen(profiel);
        let n_marges = n_klasse + n_werk;
        // The margin part per sum of margins in halves, in thousandths.
        let marges: Vec<u32> = (0..=2 * n_marges)
            .map(|h| if n_marges == 0 { 1000 } else { duizendsten(afgerond(f64::from(h) / 2.0 / f64::from(n_marges))) })
            .collect();
        let wensen: Option<Vec<u32>> = (!profiel.wensen.is_empty())
            .then(|| self.wenswaarden(&profiel.wensen).into_iter().map(duizendsten).collect());
        let vaardigheden: Option<Vec<u32>> = (!profiel.vaardigheden.is_empty())
            .then(|| self.vaardigheidswaarden(&profiel.vaardigheden).into_iter().map(duizendsten).collect());
        // Per text group: wishes and skills, weighted.
        let tekstscores: Vec<u32> = (0..self.groepwoorden.len())
            .map(|g| {
                wensen.as_ref().map_or(0, |w| w[g] * W_WENSEN)
                    + vaardigheden.as_ref().map_or(0, |v| v[g] * W_VAARDIGHEDEN)
            })
            .collect();
        // Per distinct wage: the wage part in thousandths, or none (no wage given, or no old wage).
        let lonen: Vec<u32> = self
            .lonen
            .waarden
            .iter()
            .map(|&l| match profiel.oud_loon_per_maand.filter(|o| *o > 0 && l > 0) {
                Some(oud) => duizendsten(loon_waarde(l, oud)),
                None => GEEN_DEEL,
            })
            .collect();
        let vast = W_MARGE
            + if wensen.is_some() { W_WENSEN } else { 0 }
            + if vaardigheden.is_some() { W_VAARDIGHEDEN } else { 0 }
            + if profiel.opleiding.is_some() { W_OPLEIDING } else { 0 }
            + if profiel.uren_per_week.is_some() { W_UREN } else { 0 };

        let (mut punt_of_slechter, mut ongeschikt, mut buiten_bereik) = (0, 0, 0);
        let mut hoop: BinaryHeap<Sleutel> = BinaryHeap::with_capacity(n + 1);
        for vak in &self.vakken {
            let afstand = profiel.pc4.zip(postcodes).and_then(|(thuis, tabel)| {
                // Beyond the radius on latitude alone: no need for the exact distance.
                let buiten = profiel.max_reisafstand_km.is_some_and(|max| tabel.zeker_verder_dan(thuis, vak.pc4, max));
                if buiten { Some(f64::INFINITY) } else { tabel.afstand_km(thuis, vak.pc4) }
            });
            if let (Some(km), Some(max)) = (afstand, profiel.max_reisafstand_km)
                && km > max
            {
                buiten_bereik += vak.eind - vak.begin;
                continue;
            }
            let afstanddeel = afstand.map(|km| duizendsten(afstand_waarde(km, profiel.max_reisafstand_km)));
            let gewicht = vast + if afstanddeel.is_some() { W_AFSTAND } else { 0 };
            let vak_score = afstanddeel.map_or(0, |a| a * W_AFSTAND);
            // Without and with a wage part.
            let drempels =
                |hoop: &BinaryHeap<Sleutel>| [Drempel::uit(hoop, n, gewicht), Drempel::uit(hoop, n, gewicht + W_LOON)];
            let mut drempel = drempels(&hoop);
            for i in vak.begin..vak.eind {
                let r = self.rijen[i];
                let w = werken[r.werk as usize];
                let t = klassen[r.klasse as usize] + w.toets;
                let s = soort(t);
                punt_of_slechter += usize::from(t >= PUNT);
                ongeschikt += usize::from(t >= ONGESCHIKT);
                let marge = marges[(t & MARGE_BITS) as usize];
                let punten = ((t >> 12) & 0xFF) as u8;
                let loon = lonen[self.loon[i] as usize];
                let met_loon = loon != GEEN_DEEL;
                let dubbel = 2
                    * (marge * W_MARGE
                        + tekstscores[r.tekstgroep as usize]
                        + w.score
                        + vak_score
                        + if met_loon { loon * W_LOON } else { 0 });
                let d = &drempel[usize::from(met_loon)];
                if dubbel < d.onder[s]
                    || (dubbel < d.boven[s] && (punten, self.naamrang[i], self.idrang[i]) >= d.gelijk)
                {
                    continue;
                }
                let groep = r.tekstgroep as usize;
                let delen = [
                    Some(marge),
                    wensen.as_ref().map(|ws| ws[groep]),
                    profiel.opleiding.map(|_| w.opleiding),
                    profiel.uren_per_week.map(|_| w.uren),
                    afstanddeel,
                    vaardigheden.as_ref().map(|vs| vs[groep]),
                    met_loon.then_some(loon),
                ];
                let sleutel = (s as u8, Reverse(score(delen)), punten, self.naamrang[i], self.idrang[i], i as u32);
                if hoop.len() < n {
                    hoop.push(sleutel);
                } else if hoop.peek().is_some_and(|slechtste| sleutel < *slechtste) {
                    hoop.pop();
                    hoop.push(sleutel);
                } else {
                    continue;
                }
                drempel = drempels(&hoop);
            }
        }
        uit.ongeschikt = ongeschikt + buiten_bereik;
        uit.beoordelingspunt = punt_of_slechter - ongeschikt;
        uit.geschikt = self.len() - punt_of_slechter - buiten_bereik;
        uit.beste = hoop
            .into_sorted_vec()
            .into_iter()
            .map(|(o, Reverse(s), _, _, _, i)| {
                let oordeel = if o == 0 { Oordeel::Geschikt } else { Oordeel::Beoordelingspunt };
                (i as usize, oordeel, s as f64 / 1000.0)
            })
            .collect();
        uit
    }

    /// Every klasse against the FML items of the profile, and how many margins that gives.
    fn klassetoetsen(&self, profiel: &Profiel) -> (Vec<Toets>, u32) {
        let b = &profiel.belastbaarheid.items;
        // Level items: per demand level the verdict; the core variant where one level above the limit.
        let mut niveaus: Vec<(usize, u8, [Toets; 256])> = Vec::new();
        for (k, code) in self.items.niveaus.iter().enumerate() {
            let Some(&grens) = b.get(*code).filter(|g| **g > 0) else { continue };
            let mut tabel = [2; 256];
            for (v, t) in tabel.iter_mut().enumerate().take(usize::from(grens) + 2) {
                let v = v as u8;
                *t = if v == grens + 1 {
                    1
                } else if v + 1 >= grens {
                    PUNT
                } else {
                    ONGESCHIKT
                };
            }
            niveaus.push((k, grens, tabel));
        }
        // Conditions: the ones the profile needs that a job can go against.
        let mut voorwaarden: Vec<(usize, u8)> = Vec::new();
        for (k, code) in self.items.meerkeuze.iter().enumerate() {
            let Some(&masker) = b.get(*code).filter(|m| **m > 0) else { continue };
            let item = fml::item(code).expect("an FML item");
            let mut vergeleken = 0u8;
            for cv in CONDITIEVRAGEN.iter().filter(|c| c.item == *code) {
                vergeleken |= masker & (1 << item.keuze(cv.keuze).expect("tested"));
            }
            if vergeleken != 0 {
                voorwaarden.push((k, vergeleken));
            }
        }
        let n_marges = niveaus.len() as u32 + voorwaarden.iter().map(|(_, m)| m.count_ones()).sum::<u32>();
        let toetsen = self
            .klassen
            .waarden
            .iter()
            .map(|klasse| {
                let mut t = 0;
                for (k, grens, tabel) in &niveaus {
                    let v = klasse.niveaus[*k];
                    t +=
                        if klasse.kern & (1 << k) != 0 && v == *grens - 1 { ONGESCHIKT } else { tabel[usize::from(v)] };
                }
                for &(k, vergeleken) in &voorwaarden {
                    let (vaak, soms) = (klasse.vaak[k] & vergeleken, klasse.soms[k] & vergeleken);
                    t += if vaak != 0 { ONGESCHIKT } else { 0 }
                        + soms.count_ones() * PUNT
                        + 2 * (vergeleken & !(vaak | soms)).count_ones();
                }
                t
            })
            .collect();
        (toetsen, n_marges)
    }

    /// Every werk against the working-time items, education and hours of the profile, and how many margins that
    /// gives.
    fn werkdelen(&self, profiel: &Profiel) -> (Vec<Werkdeel>, u32) {
        let b = &profiel.belastbaarheid.items;
        let grens = |code: &str| b.get(code).copied().filter(|g| *g > 0);
        let (g61, g62, g63) = (grens("6.1"), grens("6.2"), grens("6.3"));
        let n_marges = [g61, g62, g63].iter().flatten().count() as u32;
        let delen = self
            .werken
            .waarden
            .iter()
            .map(|w| {
                let mut d = Werkdeel::default();
                if let Some(g) = g61 {
                    let o = toets_perioden(g, w.perioden & 1 != 0, w.perioden & 2 != 0);
                    d.toets += toets_van(o.oordeel, o.marge);
                }
                for (g, code, uren) in [(g62, "6.2", w.dienst), (g63, "6.3", w.uren.0)] {
                    if let Some(g) = g {
                        let o = toets_uren(fml::item(code).expect("an FML item"), g, uren);
                        d.toets += toets_van(o.oordeel, o.marge);
                    }
                }
                if let Some(eigen) = profiel.opleiding {
                    let vraag = Opleidingsniveau::ALLE[usize::from(w.opleiding)];
                    d.toets += match i16::from(opleidingsrang(vraag)) - i16::from(opleidingsrang(eigen)) {
                        ..=0 => 0,
                        1 => PUNT,
                        _ => ONGESCHIKT,
                    };
                    d.opleiding = duizendsten(opleiding(eigen, vraag).waarde);
                }
                if let Some(u) = profiel.uren_per_week {
                    d.uren = duizendsten(uren_waarde(u, w.uren));
                }
                d.score = d.opleiding * W_OPLEIDING + d.uren * W_UREN;
                d
            })
            .collect();
        (delen, n_marges)
    }
}

/// Which vacancies can still enter the heap of the best `n`, per kind of verdict, from twice their integer score
/// (parts × weights, with `gewicht` the sum of the weights): below `onder` the exact score (rounded from nearly
/// the same quotient) is below the worst's in the heap; below `boven` it is at most equal, so the vacancy needs
/// fewer beoordelingspunten or an earlier title or id than `gelijk`, the worst's (vacancies come in order of
/// position, the last tie-break).
struct Drempel {
    onder: [u32; 3],
    boven: [u32; 3],
    gelijk: (u8, u32, u32),
}

impl Drempel {
    fn uit(hoop: &BinaryHeap<Sleutel>, n: usize, gewicht: u32) -> Self {
        let mut d = Drempel { onder: [0, 0, u32::MAX], boven: [0; 3], gelijk: (0, 0, 0) };
        if hoop.len() < n {
            return d;
        }
        let Some(&(slechtste, Reverse(score), punten, naam, id, _)) = hoop.peek() else {
            d.onder = [u32::MAX; 3];
            return d;
        };
        let score = score as u32;
        for s in 0..2 {
            match (s as u8).cmp(&slechtste) {
                std::cmp::Ordering::Less => {}
                std::cmp::Ordering::Equal => {
                    d.onder[s] = (2 * score).saturating_sub(1) * gewicht;
                    d.boven[s] = (2 * score + 1) * gewicht;
                }
                std::cmp::Ordering::Greater => d.onder[s] = u32::MAX,
            }
        }
        d.gelijk = (punten, naam, id);
        d
    }
}

/// The score in thousandths from the parts present (marge, wensen, opleiding, uren, afstand, vaardigheden, loon, in
/// thousandths), computed as `ScoreOpbouw::score` does.
fn score(delen: [Option<u32>; 7]) -> i64 {
    let gewichten = [
        GEWICHT_MARGE,
        GEWICHT_WENSEN,
        GEWICHT_OPLEIDING,
        GEWICHT_UREN,
        GEWICHT_AFSTAND,
        GEWICHT_VAARDIGHEDEN,
        GEWICHT_LOON,
    ];
    let (som, gewicht) = delen
        .iter()
        .zip(gewichten)
        .filter_map(|(d, g)| d.map(|d| (waarde(d), g)))
        .fold((0.0, 0.0), |(s, g), (w, gw)| (s + w * gw, g + gw));
    (afgerond(som / gewicht) * 1000.0).round() as i64
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
/// hours, shifts, education, place, skills and wage, and varied profiles.
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
    const VAARDIGHEDEN: [&str; 12] = [
        "kassa",
        "klantcontact",
        "heftruckcertificaat",
        "rijbewijs C",
        "Excel",
        "boekhouding",
        "persoonlijke verzorging",
        "schoonmaken",
        "koken",
        "beveiliging",
        "planning",
        "technisch inzicht",
    ];

    pub fn vacature(rng: &mut fastrand::Rng, i: usize, catalogus: &Catalogus, pc4s: &[u16]) -> Vacature {
        let b = rng.usize(..catalogus.beroepen.len());
        let beroep = &catalogus.beroepen[b];
        let titel = format!("{}{}", beroep.naam, ACHTER[rng.usize(..ACHTER.len())]);
        let pc4 = (rng.u8(..100) < 97).then(|| pc4s[rng.usize(..pc4s.len())]);
        let mut v = Vacature::voor_beroep(format!("V{i:07}"), titel, beroep, pc4);
        // Per occupation four sets of skills (none, or one or two of the list), so the text groups stay few.
        v.vaardigheden = match rng.usize(..4) {
            0 => Vec::new(),
            k => (0..k.min(2)).map(|j| VAARDIGHEDEN[(b + k + 5 * j) % VAARDIGHEDEN.len()].to_string()).collect(),
        };
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
        // 70% give a wage: by education, in tens of euros.
        if rng.u8(..100) < 70 {
            let rang = u32::from(crate::rangorde::opleidingsrang(v.opleiding));
            v.loon_per_maand = Some(1900 + 300 * rang + 10 * rng.u32(0..=80));
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
        let vaardigheden = (0..[0, 0, 1, 2, 3][rng.usize(..5)])
            .map(|_| VAARDIGHEDEN[rng.usize(..VAARDIGHEDEN.len())].to_string())
            .collect();
        let oud_loon_per_maand = (rng.u8(..100) < 60).then(|| rng.u32(1800..=4500));
        Profiel {
            belastbaarheid: Belastbaarheid { items, voorblad: Voorblad::Benutbaar },
            pc4,
            max_reisafstand_km,
            opleiding,
            uren_per_week: (rng.u8(..100) < 50).then(|| rng.u8(8..=40)),
            wensen,
            vaardigheden,
            oud_loon_per_maand,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogus::Catalogus;
    use crate::vacature::rangschik_vacatures;

    /// The profile without its maximum travel distance, and without its conditions (multi-select items).
    fn varianten(p: Profiel) -> [Profiel; 3] {
        let zonder_radius = Profiel { max_reisafstand_km: None, ..p.clone() };
        let mut zonder_voorwaarden = p.clone();
        zonder_voorwaarden
            .belastbaarheid
            .items
            .retain(|code, _| !matches!(fml::item(code).map(|i| i.invulling), Some(Invulling::Meerkeuze(_))));
        [p, zonder_radius, zonder_voorwaarden]
    }

    #[test]
    fn the_index_gives_exactly_the_counts_verdicts_scores_and_order_of_the_reference_matcher() {
        let mut rng = fastrand::Rng::with_seed(7);
        let tabel = proef::postcodes(&mut rng, 60);
        let pc4s: Vec<u16> = tabel.punten().map(|(pc, _)| pc).collect();
        let buiten_tabel = (1000..10_000).find(|pc| tabel.punt(*pc).is_none()).unwrap();
        let catalogus = Catalogus::ingebouwd();
        let vacatures: Vec<Vacature> = (0..1000)
            .map(|i| {
                let mut v = proef::vacature(&mut rng, i, catalogus, &pc4s);
                if i % 50 == 0 {
                    v.pc4 = Some(buiten_tabel);
                }
                v
            })
            .collect();
        let mut index = Vacatureindex::default();
        for v in &vacatures {
            index.voeg_toe(v);
        }
        index.klaar();
        assert!(
            vacatures.iter().any(|v| v.loon_per_maand.is_some())
                && vacatures.iter().any(|v| v.loon_per_maand.is_none())
        );
        assert!(vacatures.iter().any(|v| !v.vaardigheden.is_empty()));
        let (mut vergeleken, mut met_radius, mut met_voorwaarden) = (0, 0, 0);
        let (mut met_loon, mut met_vaardigheden) = (0, 0);
        for _ in 0..80 {
            for profiel in varianten(proef::profiel(&mut rng, &pc4s)) {
                met_radius += usize::from(profiel.pc4.is_some() && profiel.max_reisafstand_km.is_some());
                met_voorwaarden += usize::from(
                    profiel
                        .belastbaarheid
                        .items
                        .keys()
                        .any(|c| matches!(fml::item(c).map(|i| i.invulling), Some(Invulling::Meerkeuze(_)))),
                );
                let referentie = rangschik_vacatures(&profiel, &vacatures, Some(&tabel));
                met_loon += usize::from(referentie.iter().any(|r| r.score_opbouw.loon.is_some()));
                met_vaardigheden += usize::from(
                    referentie.iter().any(|r| r.score_opbouw.vaardigheden.as_ref().is_some_and(|v| v.waarde > 0.0)),
                );
                let tel = |o: Oordeel| referentie.iter().filter(|r| r.oordeel == o).count();
                let verwacht: Vec<(&str, Oordeel, f64)> = referentie
                    .iter()
                    .filter(|r| r.oordeel != Oordeel::Ongeschikt)
                    .take(25)
                    .map(|r| (r.id.as_str(), r.oordeel, r.score))
                    .collect();
                for n in [25, 3, 0] {
                    let uit = index.zoek(&profiel, Some(&tabel), n);
                    assert_eq!(
                        (uit.geschikt, uit.beoordelingspunt, uit.ongeschikt),
                        (tel(Oordeel::Geschikt), tel(Oordeel::Beoordelingspunt), tel(Oordeel::Ongeschikt)),
                        "{profiel:?}"
                    );
                    let gekregen: Vec<(&str, Oordeel, f64)> =
                        uit.beste.iter().map(|(i, o, s)| (index.id(*i), *o, *s)).collect();
                    assert_eq!(gekregen, verwacht[..n.min(verwacht.len())], "n = {n}: {profiel:?}");
                }
                vergeleken += verwacht.len();
            }
        }
        assert!(vergeleken > 2000, "the profiles leave enough suitable vacancies to compare: {vergeleken}");
        assert!(
            met_radius > 40 && met_voorwaarden > 40,
            "{met_radius} with a radius, {met_voorwaarden} with conditions"
        );
        assert!(
            met_loon > 40 && met_vaardigheden > 40,
            "{met_loon} with a wage part, {met_vaardigheden} with matching skills"
        );
        let geen = Profiel {
            belastbaarheid: crate::Belastbaarheid {
                voorblad: Voorblad::GeenBenutbareMogelijkheden(None),
                ..Default::default()
            },
            ..Default::default()
        };
        assert_eq!(index.zoek(&geen, Some(&tabel), 25).ongeschikt, 1000);
    }
}
