//! Chains of sickness periods (samentelling) and the counting of sick days within a chain.
//!
//! `f(k)` is the calendar date of the k-th counted day: a day inside a sickness period of the chain
//! and not inside WAZO leave. Every deadline "uiterlijk in week N" is `f(7N) + 1`.

use jiff::civil::Date;
use smallvec::SmallVec;

use super::casus::{Verlof, Ziekteperiode};
use super::datum::{dagen_tussen, plus_dagen};

/// A new sickness that starts fewer than this many fit days after full recovery joins the chain.
pub const SAMENTELLING_DAGEN: i32 = 28;
/// The wachttijd: 104 weeks.
pub const WACHTTIJD_DAGEN: u32 = 728;

/// A stretch of consecutive counted days. `tot_en_met == None` runs on without end.
#[derive(Debug, Clone, Copy)]
struct Segment {
    van: Date,
    tot_en_met: Option<Date>,
    /// Counted days before this segment.
    eerder: u32,
}

/// A deadline: its date and the counted days that must pass before it, so that it falls in sick
/// week `week()` ("uiterlijk in week N").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Termijn {
    pub datum: Date,
    pub dagen: u32,
}

impl Termijn {
    pub fn week(&self) -> u32 {
        self.dagen.div_ceil(7)
    }
}

/// One chain of sickness periods joined by samentelling.
#[derive(Debug, Clone)]
pub struct Keten {
    eerste_ziektedag: Date,
    /// `None` while the last period runs.
    laatste_ziektedag: Option<Date>,
    /// The day after `laatste_ziektedag`.
    hersteld_op: Option<Date>,
    /// The counted days; the last segment is open. For a chain that ended, the days after the last
    /// sick day are counted as if the sickness had continued, so that every deadline has a date.
    segmenten: SmallVec<[Segment; 4]>,
}

impl Keten {
    fn nieuw(perioden: &[Ziekteperiode], wazo: &[Verlof]) -> Self {
        let eerste_ziektedag = perioden[0].van;
        let laatste_ziektedag = perioden[perioden.len() - 1].tot_en_met;
        let mut segmenten = SmallVec::new();
        let mut eerder = 0;
        for (i, p) in perioden.iter().enumerate() {
            let tot = if i + 1 == perioden.len() { None } else { p.tot_en_met };
            let mut van = p.van;
            for v in wazo {
                if tot.is_some_and(|t| v.van > t) {
                    break;
                }
                if v.tot_en_met < van {
                    continue;
                }
                if v.van > van {
                    let stuk_tot = plus_dagen(v.van, -1);
                    segmenten.push(Segment { van, tot_en_met: Some(stuk_tot), eerder });
                    eerder += (dagen_tussen(van, stuk_tot) + 1) as u32;
                }
                van = plus_dagen(v.tot_en_met, 1);
            }
            if tot.is_none_or(|t| van <= t) {
                segmenten.push(Segment { van, tot_en_met: tot, eerder });
                if let Some(t) = tot {
                    eerder += (dagen_tussen(van, t) + 1) as u32;
                }
            }
        }
        let hersteld_op = laatste_ziektedag.map(|l| plus_dagen(l, 1));
        Self { eerste_ziektedag, laatste_ziektedag, hersteld_op, segmenten }
    }

    /// D, day 1 of the chain.
    pub fn eerste_ziektedag(&self) -> Date {
        self.eerste_ziektedag
    }

    /// The last sick day before full recovery, `None` while the chain runs.
    pub fn laatste_ziektedag(&self) -> Option<Date> {
        self.laatste_ziektedag
    }

    /// `f(k)`: the date of the k-th counted day (`f(0)` is the day before D).
    pub fn f(&self, k: u32) -> Date {
        if k == 0 {
            return plus_dagen(self.eerste_ziektedag, -1);
        }
        let s = self.segmenten.iter().rev().find(|s| s.eerder < k).expect("the first segment has no earlier days");
        plus_dagen(s.van, (k - s.eerder - 1) as i32)
    }

    /// The number of counted days up to and including `d`.
    pub fn g(&self, d: Date) -> u32 {
        let Some(s) = self.segmenten.iter().rev().find(|s| s.van <= d) else {
            return 0;
        };
        let tot = match s.tot_en_met {
            Some(t) if t < d => t,
            _ => d,
        };
        s.eerder + (dagen_tussen(s.van, tot) + 1) as u32
    }

    /// "Uiterlijk in week N" for `dagen = 7N`: the day after the `dagen`-th counted day, `f(dagen) + 1`.
    pub fn na_dagen(&self, dagen: u32) -> Termijn {
        let datum = match self.segmenten.iter().rev().find(|s| s.eerder < dagen) {
            Some(s) => plus_dagen(s.van, (dagen - s.eerder) as i32),
            None => self.eerste_ziektedag,
        };
        Termijn { datum, dagen }
    }

    /// The deadline `n` counted days after `d` (without gaps or leave: `d + n`).
    pub fn na(&self, d: Date, n: u32) -> Termijn {
        // Usually `d` and the deadline lie in one stretch of counted days: then it is just `d + n`.
        if let Some(s) = self.segmenten.iter().rev().find(|s| s.van <= d) {
            let ruimte = s.tot_en_met.map(|t| dagen_tussen(d, t));
            if n >= 1 && ruimte.is_none_or(|r| r >= n as i32 - 1) {
                let dagen = s.eerder + dagen_tussen(s.van, d) as u32 + n;
                return Termijn { datum: plus_dagen(d, n as i32), dagen };
            }
        }
        self.na_dagen((self.g(d) + n).saturating_sub(1))
    }

    /// A deadline fixed as a calendar date (e.g. from UWV's end date after a verlenging).
    pub fn termijn(&self, datum: Date) -> Termijn {
        Termijn { datum, dagen: self.g(plus_dagen(datum, -1)) }
    }

    /// Counted days from `a` to `b` (0 when `b` is not later).
    pub fn getelde_dagen_tussen(&self, a: Date, b: Date) -> u32 {
        self.g(b).saturating_sub(self.g(a))
    }

    /// Whether the sickness lasted at least until the day before `deadline`, so that the duty
    /// falling due on `deadline` arose. Always true while the chain runs.
    pub fn bereikt(&self, deadline: Date) -> bool {
        self.hersteld_op.is_none_or(|h| h >= deadline)
    }

    /// The first fit day after a chain that ended.
    pub fn hersteld_op(&self) -> Option<Date> {
        self.hersteld_op
    }
}

/// The first day after the 104 weeks, without a vrijwillige verlenging.
pub fn einde_wachttijd_zonder_verlenging(keten: &Keten) -> Termijn {
    keten.na_dagen(WACHTTIJD_DAGEN)
}

/// Fit days between two sickness periods: calendar days in between, less WAZO leave days.
fn hersteldagen(vorige_tot: Date, volgende_van: Date, wazo: &[Verlof]) -> i32 {
    let eerste = plus_dagen(vorige_tot, 1);
    let laatste = plus_dagen(volgende_van, -1);
    let verlof: i32 = wazo
        .iter()
        .filter(|v| v.van <= laatste && v.tot_en_met >= eerste)
        .map(|v| dagen_tussen(v.van.max(eerste), v.tot_en_met.min(laatste)) + 1)
        .sum();
    dagen_tussen(vorige_tot, volgende_van) - 1 - verlof
}

/// The chains of a case: the latest, with its counting, and the earlier ones as (first, last sick day).
#[derive(Debug, Clone)]
pub struct Ketens {
    pub laatste: Keten,
    pub eerdere: Vec<(Date, Date)>,
}

/// Splits sorted, non-overlapping periods (at least one) into chains: fewer than 28 fit days joins.
pub fn ketens(perioden: &[Ziekteperiode], wazo: &[Verlof]) -> Ketens {
    let mut eerdere = Vec::new();
    let mut begin = 0;
    for i in 1..perioden.len() {
        let vorige = perioden[i - 1].tot_en_met.expect("only the last period can run");
        if hersteldagen(vorige, perioden[i].van, wazo) >= SAMENTELLING_DAGEN {
            eerdere.push((perioden[begin].van, vorige));
            begin = i;
        }
    }
    Ketens { laatste: Keten::nieuw(&perioden[begin..], wazo), eerdere }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn periode(van: Date, tot: Option<Date>) -> Ziekteperiode {
        Ziekteperiode { van, tot_en_met: tot }
    }

    #[test]
    fn without_gaps_f_counts_calendar_days() {
        let k = &ketens(&[periode(date(2022, 1, 3), None)], &[]).laatste;
        assert_eq!(k.f(1), date(2022, 1, 3));
        assert_eq!(k.f(728), date(2023, 12, 31));
        assert_eq!(k.g(date(2022, 1, 3)), 1);
        assert_eq!(k.g(date(2022, 1, 2)), 0);
        assert_eq!(k.na(date(2022, 2, 10), 14).datum, date(2022, 2, 24));
        assert_eq!(k.na_dagen(294), Termijn { datum: date(2022, 10, 24), dagen: 294 });
        assert_eq!(k.na_dagen(294).week(), 42);
        assert_eq!(k.termijn(date(2022, 10, 24)).week(), 42);
    }

    #[test]
    fn gap_days_and_leave_are_not_counted() {
        let wazo = [Verlof { van: date(2022, 3, 1), tot_en_met: date(2022, 3, 10) }];
        let k = &ketens(&[periode(date(2022, 1, 3), Some(date(2022, 1, 31))), periode(date(2022, 2, 11), None)], &wazo)
            .laatste;
        // January: 29 days; 10 fit days; February 11-28: 18 days; 10 leave days.
        assert_eq!(k.g(date(2022, 1, 31)), 29);
        assert_eq!(k.g(date(2022, 2, 5)), 29);
        assert_eq!(k.g(date(2022, 2, 28)), 47);
        assert_eq!(k.g(date(2022, 3, 5)), 47);
        assert_eq!(k.f(30), date(2022, 2, 11));
        assert_eq!(k.f(48), date(2022, 3, 11));
        assert_eq!(k.getelde_dagen_tussen(date(2022, 1, 20), date(2022, 3, 11)), 48 - 18);
    }

    #[test]
    fn leave_in_the_gap_does_not_break_the_chain() {
        // Sick, then 40 days of leave, sick again directly after: one chain (no fit days).
        let wazo = [Verlof { van: date(2022, 2, 1), tot_en_met: date(2022, 3, 12) }];
        let p = [periode(date(2022, 1, 3), Some(date(2022, 1, 31))), periode(date(2022, 3, 13), None)];
        assert!(ketens(&p, &wazo).eerdere.is_empty());
        assert_eq!(ketens(&p, &[]).eerdere, vec![(date(2022, 1, 3), date(2022, 1, 31))]);
    }

    #[test]
    fn an_ended_chain_projects_its_days() {
        let k = &ketens(&[periode(date(2022, 1, 3), Some(date(2022, 1, 9)))], &[]).laatste;
        assert_eq!(k.hersteld_op(), Some(date(2022, 1, 10)));
        assert_eq!(k.na_dagen(42).datum, date(2022, 2, 14));
        assert!(k.bereikt(date(2022, 1, 10)));
        assert!(!k.bereikt(date(2022, 1, 11)));
    }
}
