//! Calendar helpers shared by the clock: day arithmetic on `jiff::civil::Date` and the
//! Dutch working-day calendar.

use jiff::civil::{Date, Weekday};

/// The range of years the clock accepts. Wide enough for any real dossier, narrow enough that
/// adding a few thousand days can never leave jiff's range.
pub const EERSTE_JAAR: i16 = 1900;
pub const LAATSTE_JAAR: i16 = 2199;

/// `d` plus `n` calendar days (negative to go back).
pub fn plus_dagen(d: Date, n: i32) -> Date {
    d.saturating_add(jiff::SignedDuration::from_hours(24 * i64::from(n)))
}

/// Number of calendar days from `a` to `b` (negative when `b` lies before `a`).
pub fn dagen_tussen(a: Date, b: Date) -> i32 {
    (b.duration_since(a).as_secs() / 86_400) as i32
}

/// Easter Sunday (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
pub fn paaszondag(jaar: i16) -> Date {
    let y = i32::from(jaar);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let maand = (h + l - 7 * m + 114) / 31;
    let dag = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(jaar, maand as i8, dag as i8).expect("the algorithm yields a valid date")
}

/// The name of the public holiday on `d`, if it is one on which UWV's "eerste werkdag" does not fall.
///
/// Product decision (issue 2): Goede Vrijdag counts, and Bevrijdingsdag only in lustrum years
/// (2025, 2030, ...), as most collective agreements and UWV's own office calendar have it.
pub fn feestdag(d: Date) -> Option<&'static str> {
    let jaar = d.year();
    match (d.month(), d.day()) {
        (1, 1) => return Some("Nieuwjaarsdag"),
        (5, 5) if jaar % 5 == 0 => return Some("Bevrijdingsdag"),
        (12, 25) => return Some("Eerste Kerstdag"),
        (12, 26) => return Some("Tweede Kerstdag"),
        (4, _) if d == koningsdag(jaar) => {
            return Some(if jaar >= 2014 { "Koningsdag" } else { "Koninginnedag" });
        }
        (3..=6, _) => {}
        _ => return None,
    }
    match dagen_tussen(paaszondag(jaar), d) {
        -2 => Some("Goede Vrijdag"),
        0 => Some("Eerste Paasdag"),
        1 => Some("Tweede Paasdag"),
        39 => Some("Hemelvaartsdag"),
        49 => Some("Eerste Pinksterdag"),
        50 => Some("Tweede Pinksterdag"),
        _ => None,
    }
}

/// All holidays of a year, in date order.
pub fn feestdagen(jaar: i16) -> Vec<(Date, &'static str)> {
    let eerste = Date::new(jaar, 1, 1).expect("1 January exists");
    (0..366)
        .map(|i| plus_dagen(eerste, i))
        .take_while(|d| d.year() == jaar)
        .filter_map(|d| feestdag(d).map(|naam| (d, naam)))
        .collect()
}

/// Koningsdag: 27 April (from 2014), 30 April before (Koninginnedag); moved one day earlier when
/// it falls on a Sunday.
fn koningsdag(jaar: i16) -> Date {
    let dag = if jaar >= 2014 { 27 } else { 30 };
    let d = Date::new(jaar, 4, dag).expect("April has 30 days");
    if d.weekday() == Weekday::Sunday { plus_dagen(d, -1) } else { d }
}

pub fn is_werkdag(d: Date) -> bool {
    !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) && feestdag(d).is_none()
}

/// `d` itself when it is a working day, otherwise the first working day after it.
pub fn werkdag_vanaf(d: Date) -> Date {
    let mut dag = d;
    while !is_werkdag(dag) {
        dag = plus_dagen(dag, 1);
    }
    dag
}

/// Dutch notation, dd-mm-jjjj.
pub fn nl(d: Date) -> String {
    format!("{:02}-{:02}-{:04}", d.day(), d.month(), d.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn easter_sundays_match_the_published_dates() {
        // Source: the Gregorian Easter table (e.g. kerkelijke kalender), 2024-2030 and two older years.
        let verwacht = [
            (2000, date(2000, 4, 23)),
            (2019, date(2019, 4, 21)),
            (2024, date(2024, 3, 31)),
            (2025, date(2025, 4, 20)),
            (2026, date(2026, 4, 5)),
            (2027, date(2027, 3, 28)),
            (2028, date(2028, 4, 16)),
            (2029, date(2029, 4, 1)),
            (2030, date(2030, 4, 21)),
        ];
        for (jaar, pasen) in verwacht {
            assert_eq!(paaszondag(jaar), pasen, "Pasen {jaar}");
        }
    }

    #[test]
    fn holidays_2024_to_2030_are_the_dutch_calendar() {
        // Source: rijksoverheid.nl "Officiële feestdagen", with Goede Vrijdag and lustrum Bevrijdingsdag
        // as the issue prescribes.
        let verwacht: &[(i16, &[(i8, i8)])] = &[
            (2024, &[(1, 1), (3, 29), (3, 31), (4, 1), (4, 27), (5, 9), (5, 19), (5, 20), (12, 25), (12, 26)]),
            (2025, &[(1, 1), (4, 18), (4, 20), (4, 21), (4, 26), (5, 5), (5, 29), (6, 8), (6, 9), (12, 25), (12, 26)]),
            (2026, &[(1, 1), (4, 3), (4, 5), (4, 6), (4, 27), (5, 14), (5, 24), (5, 25), (12, 25), (12, 26)]),
            (2027, &[(1, 1), (3, 26), (3, 28), (3, 29), (4, 27), (5, 6), (5, 16), (5, 17), (12, 25), (12, 26)]),
            (2028, &[(1, 1), (4, 14), (4, 16), (4, 17), (4, 27), (5, 25), (6, 4), (6, 5), (12, 25), (12, 26)]),
            (2029, &[(1, 1), (3, 30), (4, 1), (4, 2), (4, 27), (5, 10), (5, 20), (5, 21), (12, 25), (12, 26)]),
            (2030, &[(1, 1), (4, 19), (4, 21), (4, 22), (4, 27), (5, 5), (5, 30), (6, 9), (6, 10), (12, 25), (12, 26)]),
        ];
        for (jaar, dagen) in verwacht {
            let berekend: Vec<(i8, i8)> = feestdagen(*jaar).iter().map(|(d, _)| (d.month(), d.day())).collect();
            assert_eq!(berekend, dagen.to_vec(), "feestdagen {jaar}");
        }
    }

    #[test]
    fn koningsdag_on_sunday_moves_to_saturday() {
        // 27 April 2025 is a Sunday: Koningsdag was Saturday 26 April.
        assert_eq!(koningsdag(2025), date(2025, 4, 26));
        assert_eq!(koningsdag(2031), date(2031, 4, 26));
        assert_eq!(koningsdag(2026), date(2026, 4, 27));
        // Koninginnedag 30 April 2006 (Sunday) was held on Saturday 29 April.
        assert_eq!(koningsdag(2006), date(2006, 4, 29));
    }

    #[test]
    fn next_working_day_skips_weekends_and_holidays() {
        assert_eq!(werkdag_vanaf(date(2024, 3, 29)), date(2024, 4, 2)); // Goede Vrijdag → na Paasmaandag
        assert_eq!(werkdag_vanaf(date(2025, 5, 5)), date(2025, 5, 6)); // Bevrijdingsdag 2025
        assert_eq!(werkdag_vanaf(date(2026, 5, 5)), date(2026, 5, 5)); // no lustrum: a working day
        assert_eq!(werkdag_vanaf(date(2027, 12, 25)), date(2027, 12, 27)); // Saturday Christmas
        assert_eq!(werkdag_vanaf(date(2028, 12, 23)), date(2028, 12, 27)); // weekend + Kerst
        assert_eq!(werkdag_vanaf(date(2029, 12, 31)), date(2029, 12, 31)); // an ordinary Monday
        assert_eq!(werkdag_vanaf(date(2029, 12, 29)), date(2029, 12, 31));
        assert_eq!(werkdag_vanaf(date(2030, 1, 1)), date(2030, 1, 2));
    }

    #[test]
    fn day_arithmetic_crosses_leap_days() {
        assert_eq!(plus_dagen(date(2024, 2, 28), 1), date(2024, 2, 29));
        assert_eq!(plus_dagen(date(2023, 2, 28), 1), date(2023, 3, 1));
        assert_eq!(dagen_tussen(date(2024, 1, 1), date(2025, 1, 1)), 366);
        assert_eq!(dagen_tussen(date(2025, 1, 1), date(2024, 1, 1)), -366);
        assert_eq!(nl(date(2024, 2, 29)), "29-02-2024");
    }
}
