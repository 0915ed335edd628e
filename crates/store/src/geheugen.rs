//! What this process has read of dossiers and their trajects for werkvoorraden, kept with the
//! dossier's `stand`. The database raises a dossier's stand in the same transaction as any change to
//! what a dossier or its traject is read from (triggers, migration `dossierstand`), so a server that
//! reads the stand of a dossier knows whether what it kept is still what the database holds — also
//! when another server made the change. Nothing here asks the policy or logs: the callers do both,
//! for every dossier they hand out, kept or read.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use crate::{Dossier, StoreFout, traject::Traject};

/// At most this many dossiers (and as many trajects) are kept, about 20 KB a dossier with its traject
/// (docs/benchmarks.md); past it, all that is kept is let go and read again when asked for.
pub(crate) const GEHEUGEN_MAX: usize = 20_000;

/// Dossiers and trajects as read, by dossier id.
#[derive(Default)]
pub(crate) struct Geheugen {
    pub(crate) dossiers: Bewaard<Dossier>,
    /// `None`: the dossier had no traject at that stand.
    pub(crate) trajecten: Bewaard<Traject>,
}

/// One kind of what is kept: by dossier id, the stand it was read at and what was read (`None`: absent).
pub(crate) struct Bewaard<T>(Mutex<HashMap<String, Stand<T>>>);

/// What was read of a dossier at a stand (`None`: absent).
type Stand<T> = (i64, Option<Arc<T>>);

impl<T> Default for Bewaard<T> {
    fn default() -> Self {
        Self(Mutex::new(HashMap::new()))
    }
}

impl<T> Bewaard<T> {
    /// For each of `gevraagd` (dossier id, stand as just read from the database), what is kept at
    /// that stand; the rest is read with `laad` and kept. A dossier absent from what `laad` returns
    /// is absent from the answer too.
    ///
    /// The stands must have been read before (or in the same snapshot as) `laad` reads: a stand only
    /// rises, so what `laad` reads is then never older than the stand it is kept under.
    pub(crate) fn haal(
        &self,
        gevraagd: &[(&str, i64)],
        laad: impl FnOnce(&[&str]) -> Result<HashMap<String, T>, StoreFout>,
    ) -> Result<HashMap<String, Arc<T>>, StoreFout> {
        let mut uit = HashMap::with_capacity(gevraagd.len());
        let mut lezen = Vec::new();
        {
            let bewaard = self.0.lock().unwrap_or_else(PoisonError::into_inner);
            for &(id, stand) in gevraagd {
                match bewaard.get(id) {
                    Some((s, waarde)) if *s == stand => {
                        if let Some(w) = waarde {
                            uit.insert(id.to_string(), Arc::clone(w));
                        }
                    }
                    _ => lezen.push((id, stand)),
                }
            }
        }
        if lezen.is_empty() {
            return Ok(uit);
        }
        let ids: Vec<&str> = lezen.iter().map(|(id, _)| *id).collect();
        let mut gelezen = laad(&ids)?;
        let mut bewaard = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if bewaard.len() + lezen.len() > GEHEUGEN_MAX {
            bewaard.clear();
        }
        for (id, stand) in lezen {
            let waarde = gelezen.remove(id).map(Arc::new);
            // A newer stand kept meanwhile by another request stays.
            let nieuwer = bewaard.get(id).is_some_and(|(s, _)| *s > stand);
            if !nieuwer {
                bewaard.insert(id.to_string(), (stand, waarde.clone()));
            }
            if let Some(w) = waarde {
                uit.insert(id.to_string(), w);
            }
        }
        Ok(uit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn laad(ids: &[&str], gelezen: &mut Vec<String>) -> Result<HashMap<String, String>, StoreFout> {
        gelezen.extend(ids.iter().map(|s| s.to_string()));
        Ok(ids.iter().filter(|id| **id != "weg").map(|id| (id.to_string(), format!("{id}-inhoud"))).collect())
    }

    #[test]
    fn what_is_kept_at_the_same_stand_is_not_read_again_and_a_new_stand_is() {
        let b = Bewaard::<String>::default();
        let mut gelezen = Vec::new();
        let eerst = b.haal(&[("a", 1), ("b", 1), ("weg", 1)], |ids| laad(ids, &mut gelezen)).unwrap();
        assert_eq!(gelezen, ["a", "b", "weg"]);
        assert_eq!(eerst.len(), 2, "an absent one is absent: {eerst:?}");
        gelezen.clear();
        let weer = b.haal(&[("a", 1), ("b", 2), ("weg", 1)], |ids| laad(ids, &mut gelezen)).unwrap();
        assert_eq!(gelezen, ["b"], "only the one whose stand rose is read again");
        assert_eq!(*weer["a"], "a-inhoud");
        assert!(Arc::ptr_eq(&weer["a"], &eerst["a"]), "kept, not read");
        assert!(!weer.contains_key("weg"));
    }

    #[test]
    fn an_older_stand_does_not_replace_a_newer_one_kept() {
        let b = Bewaard::<String>::default();
        b.haal(&[("a", 5)], |ids| laad(ids, &mut Vec::new())).unwrap();
        let mut gelezen = Vec::new();
        b.haal(&[("a", 4)], |ids| laad(ids, &mut gelezen)).unwrap();
        assert_eq!(gelezen, ["a"], "a request that read the older stand reads for itself");
        gelezen.clear();
        b.haal(&[("a", 5)], |ids| laad(ids, &mut gelezen)).unwrap();
        assert!(gelezen.is_empty(), "stand 5 is still kept");
    }

    #[test]
    fn past_the_limit_what_is_kept_is_let_go() {
        let b = Bewaard::<String>::default();
        let veel: Vec<String> = (0..GEHEUGEN_MAX).map(|n| n.to_string()).collect();
        let gevraagd: Vec<(&str, i64)> = veel.iter().map(|s| (s.as_str(), 1)).collect();
        b.haal(&gevraagd, |ids| laad(ids, &mut Vec::new())).unwrap();
        b.haal(&[("nieuw", 1)], |ids| laad(ids, &mut Vec::new())).unwrap();
        let kept = b.0.lock().unwrap().len();
        assert_eq!(kept, 1, "emptied before the new one was kept");
    }
}
