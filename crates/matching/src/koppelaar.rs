//! Linking a job title as people write it ("Universitair (hoofd)docent scheikunde", "Medewerker/ster
//! groenvoorziening (m/v)") to a concept with one or more names (an occupation with its synonyms, an ESCO concept
//! with its labels) and optionally a description. Titles and names are normalised (lowercase, no accents, no gender
//! markers, words in brackets counting half), cut into Dutch Snowball stems with compounds split against the
//! vocabulary of all names ("vrachtwagenchauffeur" also yields "vrachtwagen" and "chauffeur"), and compared two
//! ways: by stem (BM25, as a share of what the title could score) and by character 4-gram (tf-idf cosine, which
//! catches spelling variants and the compounds the splitter misses). The title's head, its first word that is not an
//! adjective ("docent" in "Universitair docent scheikunde"), is what the title is about: names with its stem score a
//! little more, and adjectives count half. A concept scores its best name plus a tenth of its second best (a concept
//! that several names match is the likelier one), plus half its description's score. Deterministic, in memory, no
//! IO; measured on the MELO benchmark by `spoor2 bench melo` (docs/benchmarks.md has what each part adds).

use std::collections::{HashMap, HashSet};

use rust_stemmers::{Algorithm, Stemmer};

/// BM25 parameters (the usual values).
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Weight of the word score against the n-gram cosine.
const WOORDEN: f32 = 0.5;
/// Weight of a word in brackets ("(2e graads)") and of an adjective, against another word.
const BIJZAAK: f32 = 0.5;
/// Added to the names that have the title's head.
const KOPBONUS: f32 = 0.1;
/// Share of a concept's second-best name in its score.
const TWEEDE_NAAM: f32 = 0.1;
/// Weight of the description against the names.
const OMSCHRIJVING: f32 = 0.5;
/// Length of the character n-grams.
const N: usize = 4;

/// Words that say nothing about an occupation.
const STOPWOORDEN: &[&str] = &[
    "de", "het", "een", "en", "of", "van", "in", "op", "voor", "met", "te", "aan", "bij", "door", "om", "tot", "uit",
    "over", "naar", "als", "der", "den", "des", "die", "dat", "zonder",
];

/// Feminine endings written after a slash ("medewerker/ster"): dropped.
const VROUWELIJK: &[&str] = &["ster", "e", "es", "in", "euse"];

/// Endings of Dutch adjectives ("wetenschappelijk", "medische", "universitair").
const BIJVOEGLIJK: &[&str] =
    &["isch", "ische", "ig", "ige", "lijk", "lijke", "eel", "ele", "aal", "ale", "ief", "ieve", "air", "aire", "baar"];

/// What a title can be linked to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Concept {
    /// Its names: the preferred one and synonyms.
    pub namen: Vec<String>,
    /// Free text about it (a definition, topic words); may be empty.
    pub omschrijving: String,
}

/// A concept found for a title.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Treffer {
    /// Position of the concept in the list the linker was built from.
    pub concept: usize,
    /// Higher is better: about 1 for a title that is one of the names, below 0.5 when little of the title is found.
    pub score: f32,
}

/// An index over the names and descriptions of concepts.
pub struct Koppelaar {
    stemmer: Stemmer,
    /// Normalised words of all names, for splitting compounds.
    woordenschat: HashSet<String>,
    concepten: usize,
    namen: Veld,
    omschrijvingen: Veld,
}

/// One kind of text of the concepts, indexed by stem and by n-gram.
struct Veld {
    /// Per text: its concept.
    concept_van: Vec<u32>,
    termen: HashMap<String, u32>,
    /// Per stem: the texts that have it, with its weight there.
    termlijsten: Vec<Vec<(u32, f32)>>,
    term_idf: Vec<f32>,
    /// Per text: its length in weighted words.
    lengte: Vec<f32>,
    gemiddelde_lengte: f32,
    grammen: HashMap<u64, u32>,
    /// Per n-gram: the texts that have it, with its weight in the text's unit vector.
    gramlijsten: Vec<Vec<(u32, f32)>>,
    gram_idf: Vec<f32>,
}

/// A title ready for scoring: its stems and n-grams with their weights, and the stem of its head.
struct Vraag {
    termen: Vec<(String, f32)>,
    grammen: Vec<(u64, f32)>,
    kop: Option<String>,
}

impl Koppelaar {
    /// Builds the index; `Treffer::concept` is a position in `concepten`.
    pub fn new(concepten: &[Concept]) -> Koppelaar {
        let namen: Vec<(u32, Vec<Woord>)> = concepten
            .iter()
            .enumerate()
            .flat_map(|(i, c)| c.namen.iter().map(move |n| (i as u32, woorden(n))))
            .filter(|(_, w)| !w.is_empty())
            .collect();
        let woordenschat =
            namen.iter().flat_map(|(_, w)| w).filter(|w| w.tekst.len() >= 3).map(|w| w.tekst.clone()).collect();
        let mut k = Koppelaar {
            stemmer: Stemmer::create(Algorithm::Dutch),
            woordenschat,
            concepten: concepten.len(),
            namen: Veld::leeg(),
            omschrijvingen: Veld::leeg(),
        };
        k.namen = Veld::new(namen.iter().map(|(c, w)| (*c, lengte(w), k.termen_van(w), ngrammen(w))));
        let omschrijvingen: Vec<(u32, Vec<Woord>)> =
            concepten.iter().enumerate().map(|(i, c)| (i as u32, woorden(&c.omschrijving))).collect();
        k.omschrijvingen = Veld::new(
            // Descriptions by stem only: their n-grams cost time and add nothing measurable.
            omschrijvingen
                .iter()
                .filter(|(_, w)| !w.is_empty())
                .map(|(c, w)| (*c, lengte(w), k.termen_van(w), Vec::new())),
        );
        k
    }

    /// The concepts with anything in common with the title, best first (ties in the order of the list).
    pub fn koppel(&self, titel: &str) -> Vec<Treffer> {
        let mut w = woorden(titel);
        let kop = w.iter().position(|w| !bijvoeglijk(&w.tekst));
        for w in w.iter_mut().filter(|w| bijvoeglijk(&w.tekst)) {
            w.gewicht *= BIJZAAK;
        }
        let vraag = Vraag {
            termen: self.termen_van(&w),
            grammen: ngrammen(&w),
            kop: kop.map(|k| self.stemmer.stem(&w[k].tekst).into_owned()),
        };

        // Per concept: the scores of its best and second-best name.
        let mut beste = vec![(0f32, 0f32); self.concepten];
        for (&c, s) in self.namen.concept_van.iter().zip(self.namen.scores(&vraag)) {
            let b = &mut beste[c as usize];
            if s > b.0 {
                *b = (s, b.0);
            } else if s > b.1 {
                b.1 = s;
            }
        }
        let mut score: Vec<f32> = beste.iter().map(|b| b.0 + TWEEDE_NAAM * b.1).collect();
        for (&c, s) in self.omschrijvingen.concept_van.iter().zip(self.omschrijvingen.scores(&vraag)) {
            score[c as usize] += OMSCHRIJVING * s;
        }
        let mut uit: Vec<Treffer> = score
            .into_iter()
            .enumerate()
            .filter(|(_, s)| *s > 0.0)
            .map(|(concept, score)| Treffer { concept, score })
            .collect();
        uit.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.concept.cmp(&b.concept)));
        uit
    }

    /// Stems with their weight: each word and each part of a compound its word's.
    fn termen_van(&self, woorden: &[Woord]) -> Vec<(String, f32)> {
        let mut uit: Vec<(String, f32)> = Vec::new();
        let mut voeg_toe = |t: String, g: f32| match uit.iter_mut().find(|(u, _)| *u == t) {
            Some((_, h)) => *h += g,
            None => uit.push((t, g)),
        };
        for w in woorden {
            voeg_toe(self.stemmer.stem(&w.tekst).into_owned(), w.gewicht);
            for deel in self.delen(&w.tekst) {
                voeg_toe(self.stemmer.stem(deel).into_owned(), w.gewicht);
            }
        }
        uit
    }

    /// The parts of a compound whose last part (the head) and first part are both words of the vocabulary,
    /// with a linking -s-, -e- or -en- allowed: the longest head wins, and the first part is split again.
    fn delen<'w>(&self, woord: &'w str) -> Vec<&'w str> {
        let grenzen: Vec<usize> = woord.char_indices().map(|(i, _)| i).collect();
        if grenzen.len() < 7 {
            return Vec::new();
        }
        for &i in &grenzen[3..grenzen.len() - 3] {
            let (links, kop) = woord.split_at(i);
            if !self.woordenschat.contains(kop) {
                continue;
            }
            let stam = ["", "s", "e", "en"]
                .iter()
                .filter_map(|v| links.strip_suffix(v))
                .find(|l| l.len() >= 3 && self.woordenschat.contains(*l));
            if let Some(stam) = stam {
                let mut delen = self.delen(stam);
                if delen.is_empty() {
                    delen.push(stam);
                }
                delen.push(kop);
                return delen;
            }
        }
        Vec::new()
    }
}

impl Veld {
    fn leeg() -> Veld {
        Veld::new(std::iter::empty())
    }

    /// Indexes texts, each given as its concept, length, stems and n-grams.
    fn new(teksten: impl Iterator<Item = (u32, f32, Vec<(String, f32)>, Vec<(u64, f32)>)>) -> Veld {
        let mut v = Veld {
            concept_van: Vec::new(),
            termen: HashMap::new(),
            termlijsten: Vec::new(),
            term_idf: Vec::new(),
            lengte: Vec::new(),
            gemiddelde_lengte: 0.0,
            grammen: HashMap::new(),
            gramlijsten: Vec::new(),
            gram_idf: Vec::new(),
        };
        for (nr, (concept, lengte, termen, grammen)) in teksten.enumerate() {
            v.concept_van.push(concept);
            v.lengte.push(lengte);
            for (t, g) in termen {
                let id = *v.termen.entry(t).or_insert_with(|| {
                    v.termlijsten.push(Vec::new());
                    v.termlijsten.len() as u32 - 1
                });
                v.termlijsten[id as usize].push((nr as u32, g));
            }
            for (g, aantal) in grammen {
                let id = *v.grammen.entry(g).or_insert_with(|| {
                    v.gramlijsten.push(Vec::new());
                    v.gramlijsten.len() as u32 - 1
                });
                v.gramlijsten[id as usize].push((nr as u32, aantal));
            }
        }
        let n = v.concept_van.len() as f32;
        v.gemiddelde_lengte = v.lengte.iter().sum::<f32>() / n.max(1.0);
        v.term_idf = v.termlijsten.iter().map(|l| v.bm25_idf(l.len())).collect();
        v.gram_idf = v.gramlijsten.iter().map(|l| v.gram_idf_van(l.len())).collect();
        // Counts become tf-idf weights of a unit vector per text.
        let mut norm = vec![0f32; v.concept_van.len()];
        for (lijst, idf) in v.gramlijsten.iter_mut().zip(&v.gram_idf) {
            for (nr, w) in lijst.iter_mut() {
                *w *= idf;
                norm[*nr as usize] += *w * *w;
            }
        }
        for lijst in &mut v.gramlijsten {
            for (nr, w) in lijst.iter_mut() {
                *w /= norm[*nr as usize].sqrt();
            }
        }
        v
    }

    fn bm25_idf(&self, df: usize) -> f32 {
        let (n, df) = (self.concept_van.len() as f32, df as f32);
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    fn gram_idf_van(&self, df: usize) -> f32 {
        (self.concept_van.len() as f32 / df.max(1) as f32).ln() + 1.0
    }

    /// Every text scored against the title: the BM25 score as a share of what the title's stems could score (about
    /// 1 when a text has each stem once; a stem no text has counts as the rarest), weighted `WOORDEN`, plus the
    /// n-gram cosine, plus `KOPBONUS` with the head.
    fn scores(&self, vraag: &Vraag) -> Vec<f32> {
        let mut score = vec![0f32; self.concept_van.len()];
        let mogelijk: f32 = vraag
            .termen
            .iter()
            .map(|(t, g)| g * self.termen.get(t).map_or(self.bm25_idf(0), |&id| self.term_idf[id as usize]))
            .sum::<f32>();
        for (t, g) in &vraag.termen {
            let Some(&id) = self.termen.get(t) else { continue };
            let idf = self.term_idf[id as usize];
            for &(nr, tf) in &self.termlijsten[id as usize] {
                let l = self.lengte[nr as usize] / self.gemiddelde_lengte;
                score[nr as usize] += WOORDEN * g * idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * l)) / mogelijk;
            }
        }
        if let Some(id) = vraag.kop.as_ref().and_then(|k| self.termen.get(k)) {
            for &(nr, _) in &self.termlijsten[*id as usize] {
                score[nr as usize] += KOPBONUS;
            }
        }
        let grammen: Vec<(Option<u32>, f32)> = vraag
            .grammen
            .iter()
            .map(|(g, n)| match self.grammen.get(g) {
                Some(&id) => (Some(id), n * self.gram_idf[id as usize]),
                None => (None, n * self.gram_idf_van(0)),
            })
            .collect();
        let norm = grammen.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        for (id, q) in grammen {
            let Some(id) = id else { continue };
            for &(nr, d) in &self.gramlijsten[id as usize] {
                score[nr as usize] += q / norm * d;
            }
        }
        score
    }
}

/// A word of a title or name with its weight.
#[derive(Debug, Clone, PartialEq)]
struct Woord {
    tekst: String,
    gewicht: f32,
}

/// Lowercase words without accents, gender markers ("(m/v)", "/ster") or stop words; words in brackets weigh
/// `BIJZAAK`, and a bracket glued to a word ("(hoofd)docent") is an optional part, left out.
fn woorden(tekst: &str) -> Vec<Woord> {
    let mut uit = Vec::new();
    let mut woord = String::new();
    let mut haakjes = false;
    let mut af = |woord: &mut String, haakjes: bool| {
        if woord.chars().count() > 1 && !STOPWOORDEN.contains(&woord.as_str()) {
            uit.push(Woord { tekst: std::mem::take(woord), gewicht: if haakjes { BIJZAAK } else { 1.0 } });
        }
        woord.clear();
    };
    let mut rest = tekst;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '/' => {
                let eind = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
                if VROUWELIJK.contains(&rest[..eind].to_lowercase().as_str()) {
                    rest = &rest[eind..];
                }
                af(&mut woord, haakjes);
            }
            '(' => {
                let eind = rest.find(')').unwrap_or(rest.len());
                let na = rest[eind..].strip_prefix(')').unwrap_or_default();
                let geslacht = rest[..eind].split('/').all(|d| matches!(d.trim(), "m" | "v" | "x" | "M" | "V" | "X"));
                if geslacht || na.starts_with(char::is_alphabetic) {
                    rest = na;
                    continue;
                }
                af(&mut woord, haakjes);
                haakjes = true;
            }
            ')' => {
                af(&mut woord, haakjes);
                haakjes = false;
            }
            c => {
                for c in c.to_lowercase() {
                    match c {
                        'à' | 'á' | 'â' | 'ä' | 'ã' => woord.push('a'),
                        'è' | 'é' | 'ê' | 'ë' => woord.push('e'),
                        'ì' | 'í' | 'î' | 'ï' => woord.push('i'),
                        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => woord.push('o'),
                        'ù' | 'ú' | 'û' | 'ü' => woord.push('u'),
                        'ç' => woord.push('c'),
                        'ñ' => woord.push('n'),
                        c if c.is_alphanumeric() => woord.push(c),
                        _ => af(&mut woord, haakjes),
                    }
                }
            }
        }
    }
    af(&mut woord, haakjes);
    uit
}

/// The length of a text for BM25: its words by weight (the parts of compounds not counted).
fn lengte(woorden: &[Woord]) -> f32 {
    woorden.iter().map(|w| w.gewicht).sum()
}

fn bijvoeglijk(woord: &str) -> bool {
    BIJVOEGLIJK.iter().any(|u| woord.ends_with(u))
}

/// Character n-grams of each word with its boundaries ("#kok#": "#kok", "kok#"), weighted by the word.
fn ngrammen(woorden: &[Woord]) -> Vec<(u64, f32)> {
    let mut uit: Vec<(u64, f32)> = Vec::new();
    for w in woorden {
        let tekens: Vec<char> = std::iter::once('#').chain(w.tekst.chars()).chain(std::iter::once('#')).collect();
        for gram in tekens.windows(N) {
            let g = gram.iter().fold(0u64, |h, &c| h.wrapping_mul(1_000_003).wrapping_add(u64::from(c)));
            match uit.iter_mut().find(|(h, _)| *h == g) {
                Some((_, n)) => *n += w.gewicht,
                None => uit.push((g, w.gewicht)),
            }
        }
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn koppelaar() -> Koppelaar {
        let concept = |namen: &[&str]| Concept {
            namen: namen.iter().map(|n| n.to_string()).collect(),
            omschrijving: String::new(),
        };
        Koppelaar::new(&[
            concept(&["vrachtwagenchauffeur", "chauffeur vrachtwagen", "beroepschauffeur"]),
            concept(&["kapper", "kapster"]),
            concept(&["verkoopmedewerker", "verkoper"]),
            concept(&["medewerker groenvoorziening/medewerkster groenvoorziening", "hovenier"]),
            concept(&["taxichauffeur"]),
            concept(&["docent hoger onderwijs"]),
            concept(&["universitair docent letterkunde"]),
            Concept { namen: vec!["dierenverzorger".into()], omschrijving: "Verzorgt dieren in een asiel".into() },
        ])
    }

    fn beste(k: &Koppelaar, titel: &str) -> Option<usize> {
        k.koppel(titel).first().map(|t| t.concept)
    }

    fn teksten(tekst: &str) -> Vec<(String, f32)> {
        woorden(tekst).into_iter().map(|w| (w.tekst, w.gewicht)).collect()
    }

    #[test]
    fn titles_are_normalised_without_accents_gender_markers_and_stop_words() {
        let w = |tekst: &str| -> Vec<String> { woorden(tekst).into_iter().map(|w| w.tekst).collect() };
        assert_eq!(w("Medewerker/ster Café (m/v)"), ["medewerker", "cafe"]);
        assert_eq!(w("Verkoper/verkoopster van auto's"), ["verkoper", "verkoopster", "auto"]);
        assert_eq!(w("Universitair (hoofd)docent"), ["universitair", "docent"]);
        assert_eq!(
            teksten("Docent natuur- / scheikunde (2e graads)"),
            [
                ("docent".into(), 1.0),
                ("natuur".into(), 1.0),
                ("scheikunde".into(), 1.0),
                ("2e".into(), 0.5),
                ("graads".into(), 0.5)
            ]
        );
    }

    #[test]
    fn compounds_split_against_the_vocabulary() {
        let k = koppelaar();
        assert_eq!(k.delen("vrachtwagenchauffeur"), ["vrachtwagen", "chauffeur"]);
        assert_eq!(k.delen("groenvoorzieningsmedewerker"), ["groenvoorziening", "medewerker"]);
        assert_eq!(k.delen("chauffeur"), Vec::<&str>::new());
    }

    #[test]
    fn titles_link_to_the_concept_of_their_closest_name() {
        let k = koppelaar();
        assert_eq!(beste(&k, "Chauffeur vrachtwagen CE"), Some(0));
        assert_eq!(beste(&k, "Vrachtwagenchauffeur"), Some(0));
        assert_eq!(beste(&k, "Afrokapper"), Some(1));
        assert_eq!(beste(&k, "Verkoopmedewerkster"), Some(2));
        assert_eq!(beste(&k, "Medewerker/ster groenvoorziening (m/v)"), Some(3));
        assert_eq!(beste(&k, "Taxichauffeur"), Some(4));
        assert_eq!(beste(&k, "zzz"), None);
    }

    #[test]
    fn the_head_of_the_title_decides_and_descriptions_count() {
        let k = koppelaar();
        assert!(bijvoeglijk("universitair") && bijvoeglijk("medische") && !bijvoeglijk("docent"));
        assert_eq!(beste(&k, "Verzorger dierenasiel"), Some(7));
    }

    #[test]
    fn the_ranking_is_deterministic_and_best_first() {
        let k = koppelaar();
        let a = k.koppel("chauffeur");
        assert_eq!(a, k.koppel("chauffeur"));
        assert!(a.windows(2).all(|p| p[0].score >= p[1].score));
        assert_eq!(a.iter().filter(|t| t.concept == 0).count(), 1);
        assert!(k.koppel("kapper")[0].score > 1.0);
        assert!(k.koppel("kapsalon")[0].score < 0.5);
    }
}
