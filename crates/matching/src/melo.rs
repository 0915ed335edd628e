//! The MELO benchmark for occupation linking (Avature, RecSys in HR 2024), in its tab-separated form: queries
//! (job titles), corpus entries (ESCO labels) with their concept, and which entries are relevant to each query.
//! A linker ranks concepts; the run lists the first entry of each of the ten best concepts, then the other entries
//! concept by concept (so that one concept with many labels does not push the next ones out of the top ten), and
//! the metrics are computed per query over the ranked entries as trec_eval does (at most 1,000 entries).

use std::collections::HashMap;

use crate::beroepenimport::csv_lezen;
use crate::koppelaar::Concept;

/// Entries a run retrieves per query (trec_eval's usual depth).
pub const DIEPTE: usize = 1000;
/// Concepts that first stand in the run with one entry each.
const EERST: usize = 10;

/// The published results on the Dutch set (`nld_q_nl_c_nl`): method, MAP, MRR, success@1, success@10.
pub const GEPUBLICEERD: &[(&str, f64, f64, f64, f64)] = &[
    ("BM25", 0.126, 0.443, 0.394, 0.526),
    ("character tf-idf", 0.212, 0.486, 0.421, 0.602),
    ("BGE-M3 embeddings", 0.251, 0.505, 0.430, 0.627),
    ("multilingual E5", 0.328, 0.565, 0.488, 0.711),
    ("OpenAI embeddings", 0.346, 0.572, 0.494, 0.719),
];

#[derive(Debug, Clone, PartialEq)]
pub struct Melo {
    /// Query id and title.
    pub queries: Vec<(String, String)>,
    /// Concept URIs, in order of their first entry.
    pub concepten: Vec<String>,
    /// Per concept: the texts of its entries.
    pub namen: Vec<Vec<String>>,
    /// Per concept: its entries (their position in the corpus file).
    entries: Vec<Vec<u32>>,
    /// Per query: its relevant entries.
    relevant: Vec<Vec<u32>>,
}

/// A file of the benchmark that cannot be read: the file, its line and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{bestand} regel {regel}: {melding}")]
pub struct MeloFout {
    pub bestand: &'static str,
    pub regel: usize,
    pub melding: String,
}

/// MAP, MRR, success@1 and success@10 over all queries.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Maten {
    pub map: f64,
    pub mrr: f64,
    pub success_1: f64,
    pub success_10: f64,
}

/// Rows of a tab-separated file with at least `kolommen` columns.
fn rijen<'t>(
    bestand: &'static str,
    tekst: &'t str,
    kolommen: usize,
) -> impl Iterator<Item = Result<(usize, Vec<&'t str>), MeloFout>> {
    tekst.lines().enumerate().filter(|(_, r)| !r.trim().is_empty()).map(move |(i, r)| {
        let velden: Vec<&str> = r.trim_end_matches('\r').split('\t').collect();
        if velden.len() < kolommen || velden.iter().take(kolommen).any(|v| v.trim().is_empty()) {
            return Err(MeloFout { bestand, regel: i + 1, melding: format!("verwacht {kolommen} kolommen met tabs") });
        }
        Ok((i + 1, velden))
    })
}

impl Melo {
    /// Reads the four files: `queries.tsv`, `corpus_elements.tsv`, `concept_mapping.tsv`, `annotations.tsv`.
    pub fn lees(queries: &str, corpus: &str, mapping: &str, annotaties: &str) -> Result<Melo, MeloFout> {
        let queries: Vec<(String, String)> = rijen("queries.tsv", queries, 2)
            .map(|r| r.map(|(_, v)| (v[0].to_string(), v[1].to_string())))
            .collect::<Result<_, _>>()?;
        let mut concept_van: HashMap<&str, &str> = HashMap::new();
        for r in rijen("concept_mapping.tsv", mapping, 2) {
            let (_, v) = r?;
            concept_van.insert(v[0], v[1]);
        }
        let mut melo =
            Melo { queries, concepten: Vec::new(), namen: Vec::new(), entries: Vec::new(), relevant: Vec::new() };
        let mut entry_nr: HashMap<&str, u32> = HashMap::new();
        let mut concept_nr: HashMap<&str, usize> = HashMap::new();
        for (nr, r) in rijen("corpus_elements.tsv", corpus, 2).enumerate() {
            let (regel, v) = r?;
            let uri = *concept_van.get(v[0]).ok_or_else(|| MeloFout {
                bestand: "corpus_elements.tsv",
                regel,
                melding: format!("'{}' staat niet in concept_mapping.tsv", v[0]),
            })?;
            let c = *concept_nr.entry(uri).or_insert_with(|| {
                melo.concepten.push(uri.to_string());
                melo.namen.push(Vec::new());
                melo.entries.push(Vec::new());
                melo.concepten.len() - 1
            });
            melo.namen[c].push(v[1].to_string());
            melo.entries[c].push(nr as u32);
            entry_nr.insert(v[0], nr as u32);
        }
        let query_nr: HashMap<&str, usize> =
            melo.queries.iter().enumerate().map(|(i, (id, _))| (id.as_str(), i)).collect();
        melo.relevant = vec![Vec::new(); melo.queries.len()];
        for r in rijen("annotations.tsv", annotaties, 4) {
            let (regel, v) = r?;
            let fout = |melding: String| MeloFout { bestand: "annotations.tsv", regel, melding };
            let q = *query_nr.get(v[0]).ok_or_else(|| fout(format!("onbekende query '{}'", v[0])))?;
            let e = *entry_nr.get(v[2]).ok_or_else(|| fout(format!("onbekend corpuselement '{}'", v[2])))?;
            if v[3].trim().parse::<u32>().map_err(|_| fout(format!("relevantie '{}' is geen getal", v[3])))? > 0 {
                melo.relevant[q].push(e);
            }
        }
        if melo.queries.is_empty() || melo.concepten.is_empty() {
            return Err(MeloFout { bestand: "queries.tsv", regel: 0, melding: "geen queries of geen corpus".into() });
        }
        Ok(melo)
    }

    /// The concepts to link to: each with the texts of its entries as names, and its description when known.
    pub fn concepten(&self, omschrijvingen: &HashMap<String, String>) -> Vec<Concept> {
        self.concepten
            .iter()
            .zip(&self.namen)
            .map(|(uri, namen)| Concept {
                namen: namen.clone(),
                omschrijving: omschrijvingen.get(uri).cloned().unwrap_or_default(),
            })
            .collect()
    }

    /// The metrics of a run: per query (in the order of `queries`) its concepts, best first.
    pub fn meet(&self, rangordes: &[Vec<usize>]) -> Maten {
        let mut som = Maten { map: 0.0, mrr: 0.0, success_1: 0.0, success_10: 0.0 };
        let mut beoordeeld = 0;
        for (relevant, rangorde) in self.relevant.iter().zip(rangordes) {
            if relevant.is_empty() {
                continue;
            }
            beoordeeld += 1;
            let eerst = rangorde.iter().take(EERST).map(|&c| &self.entries[c][0]);
            let rest = rangorde.iter().enumerate().flat_map(|(i, &c)| &self.entries[c][usize::from(i < EERST)..]);
            let entries = eerst.chain(rest).take(DIEPTE);
            let mut gevonden = 0;
            for (i, e) in entries.enumerate() {
                if relevant.contains(e) {
                    gevonden += 1;
                    let rang = (i + 1) as f64;
                    som.map += gevonden as f64 / rang / relevant.len() as f64;
                    if gevonden == 1 {
                        som.mrr += 1.0 / rang;
                        som.success_1 += f64::from(u8::from(i == 0));
                        som.success_10 += f64::from(u8::from(i < 10));
                    }
                }
            }
        }
        let n = f64::from(beoordeeld.max(1));
        Maten { map: som.map / n, mrr: som.mrr / n, success_1: som.success_1 / n, success_10: som.success_10 / n }
    }
}

/// The descriptions of ESCO concepts by URI, from an ESCO CSV file with the columns `conceptUri` and
/// `description` (`occupations_nl_v1.2.csv`, `ISCOGroups_nl_v1.2.csv`); rows that cannot be read are left out.
pub fn esco_omschrijvingen(bestand: &'static str, tekst: &str) -> Result<HashMap<String, String>, String> {
    let rijen = csv_lezen(bestand, tekst, b',', &["conceptUri", "description"], &mut Vec::new())?;
    Ok(rijen.into_iter().map(|(_, mut r)| (std::mem::take(&mut r[0]), std::mem::take(&mut r[1]))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn melo() -> Melo {
        Melo::lees(
            "Q1\tKok\nQ2\tBakker\n",
            "C1_0\tkok\nC1_1\tchef-kok\nC2_0\tbakker\nC3_0\tslager\n",
            "C1_0\thttp://esco/kok\nC1_1\thttp://esco/kok\nC2_0\thttp://esco/bakker\nC3_0\thttp://esco/slager\n",
            "Q1\t0\tC1_0\t1\nQ1\t0\tC1_1\t1\nQ2\t0\tC2_0\t1\n",
        )
        .unwrap()
    }

    #[test]
    fn the_files_read_into_concepts_with_their_names() {
        let m = melo();
        assert_eq!(m.concepten, ["http://esco/kok", "http://esco/bakker", "http://esco/slager"]);
        assert_eq!(m.namen[0], ["kok", "chef-kok"]);
        assert_eq!(m.queries[1], ("Q2".to_string(), "Bakker".to_string()));
    }

    #[test]
    fn metrics_count_over_the_entries_of_the_ranked_concepts() {
        let m = melo();
        // Q1: kok, bakker, chef-kok (the first entry of each concept first); Q2: bakker.
        let maten = m.meet(&[vec![0, 1], vec![1]]);
        assert_eq!((maten.mrr, maten.success_1, maten.success_10), (1.0, 1.0, 1.0));
        assert!((maten.map - ((1.0 + 2.0 / 3.0) / 2.0 + 1.0) / 2.0).abs() < 1e-12);
        // Q1: slager, kok, chef-kok; Q2: bakker not retrieved.
        let maten = m.meet(&[vec![2, 0], vec![]]);
        assert_eq!((maten.mrr, maten.success_1, maten.success_10), (0.25, 0.0, 0.5));
        assert!((maten.map - (0.5 + 2.0 / 3.0) / 2.0 / 2.0).abs() < 1e-12);
    }

    #[test]
    fn esco_descriptions_are_read_by_uri() {
        let o = esco_omschrijvingen(
            "esco.csv",
            "conceptUri,preferredLabel,description\nhttp://esco/kok,kok,\"Kookt, \nproeft\"\n",
        )
        .unwrap();
        assert_eq!(o["http://esco/kok"], "Kookt, \nproeft");
        let c = melo().concepten(&o);
        assert_eq!(
            (c[0].namen.len(), c[0].omschrijving.as_str(), c[1].omschrijving.as_str()),
            (2, "Kookt, \nproeft", "")
        );
        assert!(esco_omschrijvingen("esco.csv", "conceptUri\nx\n").unwrap_err().contains("description"));
    }

    #[test]
    fn bad_files_name_the_file_and_line() {
        let e = Melo::lees("Q1\tKok\n", "C1_0\tkok\n", "C9_0\tx\n", "").unwrap_err();
        assert_eq!(e.to_string(), "corpus_elements.tsv regel 1: 'C1_0' staat niet in concept_mapping.tsv");
        let e = Melo::lees("Q1 Kok\n", "", "", "").unwrap_err();
        assert_eq!(e.to_string(), "queries.tsv regel 1: verwacht 2 kolommen met tabs");
        let e = Melo::lees("Q1\tKok\n", "C1_0\tkok\n", "C1_0\tx\n", "Q2\t0\tC1_0\t1\n").unwrap_err();
        assert_eq!(e.to_string(), "annotations.tsv regel 1: onbekende query 'Q2'");
    }
}
