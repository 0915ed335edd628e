//! Distances between Dutch four-digit postcodes (PC4): a table PC4 → coordinates, built from the GeoNames
//! postal-code file by `spoor2 postcodes importeer`, and the great-circle (haversine) distance.
//!
//! GeoNames gives a point per place, and a PC4 shared by several places has a row for each; the table
//! keeps their mean. The points are places, not area centroids: in rural areas expect a few km of error.

use std::fmt::Write as _;

/// Mean radius of the earth (IUGG), km.
const AARDSTRAAL_KM: f64 = 6371.0088;

/// The great-circle distance in km between two points given in degrees (latitude, longitude).
pub fn haversine_km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (f1, f2) = (lat1.to_radians(), lat2.to_radians());
    let df = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (df / 2.0).sin().powi(2) + f1.cos() * f2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * AARDSTRAAL_KM * a.sqrt().min(1.0).asin()
}

const EERSTE: u16 = 1000;
const AANTAL: usize = 9000;

/// Coordinates per PC4 (1000–9999).
#[derive(Debug, Clone, PartialEq)]
pub struct Postcodetabel {
    /// Indexed by PC4 − 1000; NaN where the postcode is unknown.
    punten: Box<[[f32; 2]]>,
    aantal: usize,
}

impl Postcodetabel {
    fn leeg() -> Self {
        Self { punten: vec![[f32::NAN; 2]; AANTAL].into_boxed_slice(), aantal: 0 }
    }

    /// How many postcodes have coordinates.
    pub fn len(&self) -> usize {
        self.aantal
    }

    pub fn is_empty(&self) -> bool {
        self.aantal == 0
    }

    /// The coordinates (latitude, longitude in degrees) of a PC4.
    pub fn punt(&self, pc4: u16) -> Option<(f64, f64)> {
        let [lat, lon] = *self.punten.get(usize::from(pc4.checked_sub(EERSTE)?))?;
        (!lat.is_nan()).then_some((f64::from(lat), f64::from(lon)))
    }

    /// The distance in km between two PC4s, rounded to 0.1 km; `None` when either is not in the table.
    pub fn afstand_km(&self, van: u16, naar: u16) -> Option<f64> {
        Some((haversine_km(self.punt(van)?, self.punt(naar)?) * 10.0).round() / 10.0)
    }

    /// Whether the distance between two PC4s in the table is certainly more than `km`, by a cheap lower bound
    /// (the difference in latitude alone, on a slightly smaller earth, beyond the rounding of
    /// [`Postcodetabel::afstand_km`]); false when it may not be, or either is not in the table.
    pub fn zeker_verder_dan(&self, van: u16, naar: u16, km: f64) -> bool {
        match (self.punt(van), self.punt(naar)) {
            (Some((a, _)), Some((b, _))) => (a - b).abs().to_radians() * 6371.0 > km + 0.1,
            _ => false,
        }
    }

    /// Every PC4 with its coordinates, in order.
    pub fn punten(&self) -> impl Iterator<Item = (u16, (f64, f64))> + '_ {
        (EERSTE..EERSTE + AANTAL as u16).filter_map(|pc| self.punt(pc).map(|p| (pc, p)))
    }

    /// The stored form: CSV with a header, one PC4 a line, coordinates with four decimals (about 10 m).
    pub fn naar_csv(&self) -> String {
        let mut s = String::with_capacity(self.aantal * 20 + 32);
        s.push_str(KOP);
        s.push('\n');
        for (pc, (lat, lon)) in self.punten() {
            let _ = writeln!(s, "{pc},{lat:.4},{lon:.4}");
        }
        s
    }

    /// Reads the stored form written by [`Postcodetabel::naar_csv`]; any deviation is an error (the file is
    /// written by the importer, so a bad line means it was damaged).
    pub fn lees_csv(tekst: &str) -> Result<Self, String> {
        let mut regels = tekst.lines();
        if regels.next() != Some(KOP) {
            return Err(format!("de eerste regel moet '{KOP}' zijn"));
        }
        let mut tabel = Self::leeg();
        for (i, regel) in regels.enumerate() {
            let nr = i + 2;
            let velden: Vec<&str> = regel.split(',').collect();
            let [pc, lat, lon] = velden[..] else {
                return Err(format!("regel {nr}: verwacht pc4,breedtegraad,lengtegraad"));
            };
            let pc = pc4(pc).ok_or_else(|| format!("regel {nr}: '{pc}' is geen PC4"))?;
            let punt = coordinaten(lat, lon).map_err(|e| format!("regel {nr}: {e}"))?;
            tabel.zet(pc, punt);
        }
        Ok(tabel)
    }

    fn zet(&mut self, pc4: u16, (lat, lon): (f64, f64)) {
        let plek = &mut self.punten[usize::from(pc4 - EERSTE)];
        if plek[0].is_nan() {
            self.aantal += 1;
        }
        *plek = [lat as f32, lon as f32];
    }
}

const KOP: &str = "pc4,breedtegraad,lengtegraad";

fn pc4(s: &str) -> Option<u16> {
    let s = s.trim();
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with('0')).then(|| s.parse().ok())?
}

/// Latitude and longitude in degrees, within (a margin around) the Netherlands.
fn coordinaten(lat: &str, lon: &str) -> Result<(f64, f64), String> {
    let getal = |s: &str, wat: &str| {
        s.trim().parse::<f64>().ok().filter(|x| x.is_finite()).ok_or_else(|| format!("{wat} '{s}' is geen getal"))
    };
    let (lat, lon) = (getal(lat, "breedtegraad")?, getal(lon, "lengtegraad")?);
    if !(50.5..=53.8).contains(&lat) || !(3.0..=7.5).contains(&lon) {
        return Err(format!("{lat}, {lon} ligt niet in Nederland"));
    }
    Ok((lat, lon))
}

/// Builds a [`Postcodetabel`] from the GeoNames postal-code dump for NL (`NL.txt`: tab-separated, no header;
/// country, postal code, place, province, province code, municipality, municipality code, two empty admin3
/// columns, latitude, longitude, accuracy), one line at a time so the caller can show progress.
#[derive(Debug)]
pub struct GeonamesImport {
    /// Per PC4: sum of latitudes, sum of longitudes, number of rows.
    sommen: Vec<(f64, f64, u32)>,
    regels: usize,
}

impl Default for GeonamesImport {
    fn default() -> Self {
        Self { sommen: vec![(0.0, 0.0, 0); AANTAL], regels: 0 }
    }
}

impl GeonamesImport {
    /// Takes one line; an error says why the line was not used (the caller reports it with the line number).
    /// Empty lines are skipped silently.
    pub fn regel(&mut self, regel: &str) -> Result<(), String> {
        let regel = regel.strip_suffix('\r').unwrap_or(regel);
        if regel.trim().is_empty() {
            return Ok(());
        }
        let velden: Vec<&str> = regel.split('\t').collect();
        if velden.len() < 11 {
            return Err(format!("{} kolommen; verwacht 12 (tab-gescheiden GeoNames-formaat)", velden.len()));
        }
        if velden[0] != "NL" {
            return Err(format!("land '{}' is niet NL", velden[0]));
        }
        let pc = pc4(velden[1]).ok_or_else(|| format!("'{}' is geen postcode van vier cijfers (PC4)", velden[1]))?;
        let (lat, lon) = coordinaten(velden[9], velden[10])?;
        let som = &mut self.sommen[usize::from(pc - EERSTE)];
        *som = (som.0 + lat, som.1 + lon, som.2 + 1);
        self.regels += 1;
        Ok(())
    }

    /// The lines used so far.
    pub fn regels(&self) -> usize {
        self.regels
    }

    /// The table: per PC4 the mean of its rows.
    pub fn klaar(self) -> Postcodetabel {
        let mut tabel = Postcodetabel::leeg();
        for (i, (lat, lon, n)) in self.sommen.into_iter().enumerate() {
            if n > 0 {
                let n = f64::from(n);
                tabel.zet(EERSTE + i as u16, (lat / n, lon / n));
            }
        }
        tabel
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haversine_gives_known_distances() {
        // Dom tower Utrecht to Dam square Amsterdam: about 35 km as the crow flies.
        let d = haversine_km((52.0907, 5.1214), (52.3731, 4.8926));
        assert!((d - 35.0).abs() < 1.0, "{d}");
        assert_eq!(haversine_km((52.0, 5.0), (52.0, 5.0)), 0.0);
        // One degree of latitude is about 111.2 km everywhere.
        assert!((haversine_km((52.0, 5.0), (53.0, 5.0)) - 111.2).abs() < 0.1);
    }

    #[test]
    fn rows_of_one_postcode_are_averaged_and_bad_rows_refused_with_a_reason() {
        let mut imp = GeonamesImport::default();
        imp.regel("NL\t9401\tAssen\tDrenthe\t01\tAssen Municipality\t0106\t\t\t52.9939\t6.5625\t").unwrap();
        imp.regel("NL\t1012\tAmsterdam\tNorth Holland\t07\tGemeente Amsterdam\t0363\t\t\t52.3\t4.8\t").unwrap();
        imp.regel("NL\t1012\tAmsterdam\tNorth Holland\t07\tGemeente Amsterdam\t0363\t\t\t52.4\t5.0\t\r").unwrap();
        imp.regel("").unwrap();
        let fout = |r: &str| GeonamesImport::default().regel(r).unwrap_err();
        assert!(fout("NL\t1012\tAmsterdam").contains("3 kolommen"));
        assert!(fout("BE\t1000\tBrussel\t\t\t\t\t\t\t50.8\t4.3\t").contains("niet NL"));
        assert!(fout("NL\t101\tX\t\t\t\t\t\t\t52.3\t4.8\t").contains("geen postcode"));
        assert!(fout("NL\t0101\tX\t\t\t\t\t\t\t52.3\t4.8\t").contains("geen postcode"));
        assert!(fout("NL\t1012\tX\t\t\t\t\t\t\tnoord\t4.8\t").contains("breedtegraad 'noord' is geen getal"));
        assert!(fout("NL\t1012\tX\t\t\t\t\t\t\t48.8\t2.3\t").contains("ligt niet in Nederland"));
        assert_eq!(imp.regels(), 3);
        let t = imp.klaar();
        assert_eq!(t.len(), 2);
        let (lat, lon) = t.punt(1012).unwrap();
        assert!((lat - 52.35).abs() < 1e-4 && (lon - 4.9).abs() < 1e-4);
        assert_eq!(t.punt(1013), None);
        assert_eq!(t.punt(999), None);
        assert_eq!(t.punt(10000), None);
        assert_eq!(t.afstand_km(1012, 1013), None);
        assert_eq!(t.afstand_km(1012, 1012), Some(0.0));
        // Assen–Amsterdam: about 133 km, of which 71.6 km north–south.
        assert!(t.zeker_verder_dan(9401, 1012, 70.0) && !t.zeker_verder_dan(9401, 1012, 72.0));
        assert!(t.afstand_km(9401, 1012).unwrap() > 72.0);
        assert!(!t.zeker_verder_dan(9401, 1013, 1.0));
    }

    #[test]
    fn the_stored_form_reads_back_and_damage_is_refused() {
        let mut imp = GeonamesImport::default();
        imp.regel("NL\t3511\tUtrecht\tUtrecht\t09\tGemeente Utrecht\t0344\t\t\t52.0886\t5.1174\t").unwrap();
        imp.regel("NL\t1012\tAmsterdam\tNorth Holland\t07\tGemeente Amsterdam\t0363\t\t\t52.3735\t4.8951\t").unwrap();
        let t = imp.klaar();
        let csv = t.naar_csv();
        assert_eq!(csv, "pc4,breedtegraad,lengtegraad\n1012,52.3735,4.8951\n3511,52.0886,5.1174\n");
        let terug = Postcodetabel::lees_csv(&csv).unwrap();
        assert_eq!(terug.len(), 2);
        assert_eq!(terug.afstand_km(3511, 1012), t.afstand_km(3511, 1012));
        assert!(Postcodetabel::lees_csv("pc4\n").is_err());
        assert!(Postcodetabel::lees_csv(&csv.replace("3511,", "35x1,")).unwrap_err().contains("regel 3"));
        assert!(Postcodetabel::lees_csv(&csv.replace(",5.1174", "")).unwrap_err().contains("regel 3"));
    }
}
