//! Bewaartermijnen: how long a re-integration dossier and the bedrijfsarts's medical file are kept, and
//! on which day each expires. The terms are the organisation's, in whole years, within bounds (see
//! [`Termijnen::nieuw`]); the dates come from the dossier as recorded.
//!
//! The re-integration ends on the latest of: the last day of the last sickness period, the day the
//! traject was closed, and the date of the last recorded step of the dossier (a Poortwachter event, a
//! loonstop, …). A dossier with a sickness period that runs, or a traject that has not been closed, has
//! not ended and never expires. The medical file expires per employee, a term after its last entry.
//! A term ends on the same calendar day `jaren` years later (29 February: on 28 February of a year that
//! is not a leap year), and the data expires on that day.

use jiff::Span;
use jiff::civil::Date;

/// The organisation's terms, in whole years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Termijnen {
    /// The re-integration dossier, after the re-integration ended.
    pub dossier_jaren: u8,
    /// The same for an employer that bears its own Ziektewet risk (eigenrisicodrager).
    pub eigenrisicodrager_jaren: u8,
    /// The bedrijfsarts's medical file, after its last entry.
    pub medisch_jaren: u8,
}

/// The bounds of each term. The dossier's terms are maxima of the Autoriteit Persoonsgegevens (2 years,
/// 5 for an eigenrisicodrager); at least one year, so that a dispute about the re-integration after its
/// end (UWV's assessment, bezwaar, a deskundigenoordeel) can still be answered, and an eigenrisicodrager
/// never keeps less than the normal term. The medical file: the WGBO's 20 years is a minimum; up to 30
/// where the bedrijfsarts's care needs longer, never indefinitely.
pub const DOSSIER_JAREN: std::ops::RangeInclusive<u8> = 1..=2;
pub const EIGENRISICODRAGER_JAREN: std::ops::RangeInclusive<u8> = 1..=5;
pub const MEDISCH_JAREN: std::ops::RangeInclusive<u8> = 20..=30;

impl Default for Termijnen {
    fn default() -> Self {
        Self { dossier_jaren: 2, eigenrisicodrager_jaren: 5, medisch_jaren: 20 }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TermijnFout {
    #[error("de bewaartermijn van een dossier is {min} tot en met {max} jaar", min = DOSSIER_JAREN.start(), max = DOSSIER_JAREN.end())]
    Dossier,
    #[error(
        "de bewaartermijn bij een eigenrisicodrager is ten minste die van een gewoon dossier en ten hoogste {max} jaar",
        max = EIGENRISICODRAGER_JAREN.end()
    )]
    Eigenrisicodrager,
    #[error("het medisch dossier wordt {min} tot en met {max} jaar bewaard", min = MEDISCH_JAREN.start(), max = MEDISCH_JAREN.end())]
    Medisch,
}

impl Termijnen {
    pub fn nieuw(dossier_jaren: u8, eigenrisicodrager_jaren: u8, medisch_jaren: u8) -> Result<Self, TermijnFout> {
        if !DOSSIER_JAREN.contains(&dossier_jaren) {
            return Err(TermijnFout::Dossier);
        }
        if !EIGENRISICODRAGER_JAREN.contains(&eigenrisicodrager_jaren) || eigenrisicodrager_jaren < dossier_jaren {
            return Err(TermijnFout::Eigenrisicodrager);
        }
        if !MEDISCH_JAREN.contains(&medisch_jaren) {
            return Err(TermijnFout::Medisch);
        }
        Ok(Self { dossier_jaren, eigenrisicodrager_jaren, medisch_jaren })
    }
}

/// A dossier, as far as its end needs it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dossierverloop {
    /// The last day of each sickness period; `None` for a period that runs.
    pub ziekteperiodes: Vec<Option<Date>>,
    /// The traject: `None` without one, `Some(None)` while it runs, `Some(Some(d))` closed on `d`.
    pub traject: Option<Option<Date>>,
    /// The dates of the dossier's recorded steps.
    pub stappen: Vec<Date>,
    /// Whether the employer bears its own Ziektewet risk.
    pub eigenrisicodrager: bool,
}

/// Which term applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grond {
    Dossier,
    Eigenrisicodrager,
    Medisch,
}

impl Grond {
    pub fn code(self) -> &'static str {
        match self {
            Self::Dossier => "dossier",
            Self::Eigenrisicodrager => "eigenrisicodrager",
            Self::Medisch => "medisch",
        }
    }
}

/// When something expires: from which day, by which term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verval {
    /// The day the term runs from: the end of the re-integration, or the last medical entry.
    pub einde: Date,
    pub grond: Grond,
    pub jaren: u8,
    /// The first day on which it is expired.
    pub datum: Date,
}

impl Verval {
    fn na(einde: Date, grond: Grond, jaren: u8) -> Self {
        Self { einde, grond, jaren, datum: einde.saturating_add(Span::new().years(i64::from(jaren))) }
    }

    /// Whether the term has passed on `peildatum` (on the day itself: yes).
    pub fn verstreken(&self, peildatum: Date) -> bool {
        peildatum >= self.datum
    }
}

/// The day the re-integration ended; `None` while it has not (a sickness period or a traject runs).
pub fn einde_reintegratie(v: &Dossierverloop) -> Option<Date> {
    if v.ziekteperiodes.is_empty() || v.ziekteperiodes.iter().any(Option::is_none) || v.traject == Some(None) {
        return None;
    }
    v.ziekteperiodes.iter().flatten().chain(v.traject.flatten().as_ref()).chain(&v.stappen).max().copied()
}

/// When the dossier expires; `None` while the re-integration has not ended.
pub fn dossier_verval(v: &Dossierverloop, t: &Termijnen) -> Option<Verval> {
    let einde = einde_reintegratie(v)?;
    Some(if v.eigenrisicodrager {
        Verval::na(einde, Grond::Eigenrisicodrager, t.eigenrisicodrager_jaren)
    } else {
        Verval::na(einde, Grond::Dossier, t.dossier_jaren)
    })
}

/// When an employee's medical file expires, from its last entry.
pub fn medisch_verval(laatste_invoer: Date, t: &Termijnen) -> Verval {
    Verval::na(laatste_invoer, Grond::Medisch, t.medisch_jaren)
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn hersteld(laatste_ziektedag: Date) -> Dossierverloop {
        Dossierverloop { ziekteperiodes: vec![Some(laatste_ziektedag)], ..Default::default() }
    }

    #[test]
    fn the_defaults_are_the_laws_terms_and_the_bounds_hold() {
        assert_eq!(Termijnen::default(), Termijnen::nieuw(2, 5, 20).unwrap());
        assert_eq!(Termijnen::nieuw(1, 1, 30).unwrap().medisch_jaren, 30);
        assert_eq!(Termijnen::nieuw(3, 5, 20), Err(TermijnFout::Dossier), "2 years is the maximum");
        assert_eq!(Termijnen::nieuw(0, 5, 20), Err(TermijnFout::Dossier));
        assert_eq!(Termijnen::nieuw(2, 6, 20), Err(TermijnFout::Eigenrisicodrager), "5 years is the maximum");
        assert_eq!(Termijnen::nieuw(2, 1, 20), Err(TermijnFout::Eigenrisicodrager), "never less than a dossier");
        assert_eq!(Termijnen::nieuw(2, 5, 19), Err(TermijnFout::Medisch), "20 years is the minimum");
        assert_eq!(Termijnen::nieuw(2, 5, 31), Err(TermijnFout::Medisch));
        assert!(TermijnFout::Medisch.to_string().contains("20 tot en met 30 jaar"));
    }

    #[test]
    fn a_dossier_expires_on_the_day_two_years_after_the_recovery_not_the_day_before() {
        let v = dossier_verval(&hersteld(date(2023, 5, 10)), &Termijnen::default()).unwrap();
        assert_eq!((v.einde, v.grond, v.jaren, v.datum), (date(2023, 5, 10), Grond::Dossier, 2, date(2025, 5, 10)));
        assert!(!v.verstreken(date(2025, 5, 9)), "the day before: kept");
        assert!(v.verstreken(date(2025, 5, 10)), "on the day: expired");
        assert!(v.verstreken(date(2030, 1, 1)));
    }

    #[test]
    fn an_eigenrisicodrager_keeps_it_five_years() {
        let v = Dossierverloop { eigenrisicodrager: true, ..hersteld(date(2023, 5, 10)) };
        let v = dossier_verval(&v, &Termijnen::default()).unwrap();
        assert_eq!((v.grond, v.jaren, v.datum), (Grond::Eigenrisicodrager, 5, date(2028, 5, 10)));
        assert!(!v.verstreken(date(2028, 5, 9)) && v.verstreken(date(2028, 5, 10)));
        let kort = Termijnen::nieuw(1, 3, 20).unwrap();
        let v = dossier_verval(&Dossierverloop { eigenrisicodrager: false, ..hersteld(date(2023, 5, 10)) }, &kort);
        assert_eq!(v.unwrap().datum, date(2024, 5, 10), "the organisation's own term");
    }

    #[test]
    fn the_latest_of_recovery_closing_and_recorded_steps_is_the_end() {
        let mut v = Dossierverloop {
            ziekteperiodes: vec![Some(date(2022, 3, 1)), Some(date(2023, 1, 31))],
            traject: Some(Some(date(2023, 6, 30))),
            stappen: vec![date(2022, 2, 1), date(2023, 4, 1)],
            eigenrisicodrager: false,
        };
        assert_eq!(einde_reintegratie(&v), Some(date(2023, 6, 30)), "the traject closed after the recovery");
        v.stappen.push(date(2023, 9, 1));
        assert_eq!(einde_reintegratie(&v), Some(date(2023, 9, 1)), "a step after the closing counts");
        v.traject = None;
        v.stappen.clear();
        assert_eq!(einde_reintegratie(&v), Some(date(2023, 1, 31)), "without a traject: the last recovery");
    }

    #[test]
    fn a_running_sickness_or_traject_never_expires() {
        let lopend = Dossierverloop { ziekteperiodes: vec![Some(date(2010, 1, 1)), None], ..Default::default() };
        assert_eq!(dossier_verval(&lopend, &Termijnen::default()), None);
        let traject = Dossierverloop { traject: Some(None), ..hersteld(date(2010, 1, 1)) };
        assert_eq!(dossier_verval(&traject, &Termijnen::default()), None);
        assert_eq!(einde_reintegratie(&Dossierverloop::default()), None, "no sickness recorded: no end known");
    }

    #[test]
    fn a_leap_day_ends_on_the_28th_of_february() {
        let v = dossier_verval(&hersteld(date(2024, 2, 29)), &Termijnen::default()).unwrap();
        assert_eq!(v.datum, date(2026, 2, 28));
        assert!(!v.verstreken(date(2026, 2, 27)) && v.verstreken(date(2026, 2, 28)));
        // Four years on, it is a leap day again.
        let erd = Termijnen::nieuw(2, 4, 20).unwrap();
        let v = Dossierverloop { eigenrisicodrager: true, ..hersteld(date(2024, 2, 29)) };
        assert_eq!(dossier_verval(&v, &erd).unwrap().datum, date(2028, 2, 29));
        // The day before a leap day, across one.
        let v = dossier_verval(&hersteld(date(2023, 2, 28)), &Termijnen::default()).unwrap();
        assert_eq!(v.datum, date(2025, 2, 28));
    }

    #[test]
    fn the_medical_file_expires_twenty_years_after_its_last_entry() {
        let v = medisch_verval(date(2004, 2, 29), &Termijnen::default());
        assert_eq!((v.grond, v.jaren, v.datum), (Grond::Medisch, 20, date(2024, 2, 29)), "2024 is a leap year");
        assert!(!v.verstreken(date(2024, 2, 28)) && v.verstreken(date(2024, 2, 29)));
        let v = medisch_verval(date(2005, 6, 1), &Termijnen::nieuw(2, 5, 30).unwrap());
        assert_eq!(v.datum, date(2035, 6, 1));
    }
}
