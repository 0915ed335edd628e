//! One access-log entry per list view. A werkvoorraad shows many dossiers at once; logged as an entry
//! per dossier, every view of a coach's caseload added some fifty entries to the chain, which was a
//! quarter of the view's cost and most of the log's growth. Instead a list view logs one entry
//! (`entiteit` `lijst`) whose `entiteit_id` is the SHA-256 of the list of what it showed: per dossier
//! its employee and which data. The list itself is stored once per organisation ([`bewaar`]), so the
//! same caseload viewed again adds that one entry and nothing else.
//!
//! Nothing is lost against an entry per dossier: the chain hash covers the list's hash, the list's hash
//! covers its content ([`controleer`]), and an employee's access history finds every view that named
//! them through the list's lines by employee ([`inzagelijstregels`]), which are checked against the
//! content as well.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashSet};

use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::StoreFout;
use crate::schema::{inzagelijsten, inzagelijstregels};
use crate::verbinding::{Verbinding, voer_uit};

/// What a list view showed of one dossier: the dossier, its employee, and which data.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Lijstregel(pub String, pub String, pub Vec<Cow<'static, str>>);

/// A list as it is logged: its lines in a fixed order, their JSON, and the hash of that.
#[derive(Debug)]
pub(crate) struct Lijst {
    pub hash: String,
    inhoud: String,
    regels: Vec<Lijstregel>,
}

impl Lijst {
    /// The list of these lines, whatever their order: the same dossiers with the same data are the
    /// same list.
    pub fn nieuw(mut regels: Vec<Lijstregel>) -> Lijst {
        regels.sort_unstable_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
        let inhoud = serde_json::to_string(&regels).expect("strings always serialize");
        Lijst { hash: hash(&inhoud), inhoud, regels }
    }

    pub fn len(&self) -> usize {
        self.regels.len()
    }
}

fn hash(inhoud: &str) -> String {
    hex::encode(Sha256::digest(inhoud.as_bytes()))
}

/// A line's details as the employee's access history shows them: as a dossier's own entry has them.
fn details(regel: &Lijstregel) -> String {
    serde_json::json!({ "gegevens": regel.2 }).to_string()
}

/// Stores the list in the organisation's lists, in the caller's transaction, unless it is there.
pub(crate) fn bewaar(c: &mut Verbinding, organisatie_id: &str, lijst: &Lijst) -> Result<(), StoreFout> {
    let rij = (
        inzagelijsten::organisatie_id.eq(organisatie_id),
        inzagelijsten::hash.eq(&lijst.hash),
        inzagelijsten::inhoud.eq(&lijst.inhoud),
    );
    let nieuw = voer_uit(c, diesel::insert_into(inzagelijsten::table).values(rij).on_conflict_do_nothing())?;
    if nieuw == 0 {
        return Ok(());
    }
    let rijen: Vec<_> = lijst
        .regels
        .iter()
        .map(|r| {
            (
                inzagelijstregels::organisatie_id.eq(organisatie_id),
                inzagelijstregels::werknemer_id.eq(&r.1),
                inzagelijstregels::lijst.eq(&lijst.hash),
                inzagelijstregels::dossier_id.eq(&r.0),
                inzagelijstregels::details.eq(details(r)),
            )
        })
        .collect();
    // Well under either backend's limit of bound values per statement (5 a row).
    for deel in rijen.chunks(500) {
        voer_uit(c, diesel::insert_into(inzagelijstregels::table).values(deel.to_vec()))?;
    }
    Ok(())
}

/// The organisation's lists as checked: the hashes of those that hold, or the first that does not.
pub(crate) struct Controle {
    pub lijsten: HashSet<String>,
    /// The list's hash and what is wrong with it.
    pub fout: Option<(String, String)>,
}

/// Checks every list of the organisation: its hash is that of its content, and its lines by employee
/// are exactly those of the content.
pub(crate) fn controleer(c: &mut Verbinding, organisatie_id: &str) -> Result<Controle, StoreFout> {
    let lijsten: Vec<(String, String)> = inzagelijsten::table
        .filter(inzagelijsten::organisatie_id.eq(organisatie_id))
        .order(inzagelijsten::hash)
        .select((inzagelijsten::hash, inzagelijsten::inhoud))
        .load(c)?;
    let regels: Vec<(String, String, String, String)> = inzagelijstregels::table
        .filter(inzagelijstregels::organisatie_id.eq(organisatie_id))
        .select((
            inzagelijstregels::lijst,
            inzagelijstregels::dossier_id,
            inzagelijstregels::werknemer_id,
            inzagelijstregels::details,
        ))
        .load(c)?;
    let opgeslagen: BTreeSet<(String, String, String, String)> = regels.into_iter().collect();
    let mut verwacht = BTreeSet::new();
    let mut uit = Controle { lijsten: HashSet::with_capacity(lijsten.len()), fout: None };
    for (h, inhoud) in lijsten {
        let inhoud_klopt = hash(&inhoud) == h;
        let Some(regels) = serde_json::from_str::<Vec<Lijstregel>>(&inhoud).ok().filter(|_| inhoud_klopt) else {
            uit.fout.get_or_insert((h, "inhoud van de lijst is gewijzigd (hash klopt niet)".into()));
            continue;
        };
        for r in &regels {
            verwacht.insert((h.clone(), r.0.clone(), r.1.clone(), details(r)));
        }
        uit.lijsten.insert(h);
    }
    if uit.fout.is_none()
        && let Some((h, ..)) = verwacht.symmetric_difference(&opgeslagen).next()
    {
        uit.fout = Some((h.clone(), "de regels per werknemer kloppen niet met de inhoud van de lijst".into()));
    }
    Ok(uit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regel(dossier: &str, werknemer: &str, gegevens: &[&'static str]) -> Lijstregel {
        Lijstregel(dossier.into(), werknemer.into(), gegevens.iter().map(|g| Cow::Borrowed(*g)).collect())
    }

    #[test]
    fn the_same_dossiers_with_the_same_data_are_the_same_list_in_any_order() {
        let a = Lijst::nieuw(vec![regel("d2", "w2", &["verzuim"]), regel("d1", "w1", &["verzuim", "traject"])]);
        let b = Lijst::nieuw(vec![regel("d1", "w1", &["verzuim", "traject"]), regel("d2", "w2", &["verzuim"])]);
        assert_eq!(a.hash, b.hash);
        assert_eq!(a.inhoud, r#"[["d1","w1",["verzuim","traject"]],["d2","w2",["verzuim"]]]"#);
        assert_eq!(a.hash, hash(&a.inhoud));
        // Other data of one dossier is another list.
        let c = Lijst::nieuw(vec![regel("d1", "w1", &["verzuim"]), regel("d2", "w2", &["verzuim"])]);
        assert_ne!(a.hash, c.hash);
    }
}
