//! Values of the dossier with their invariants: parse, don't validate.

use std::fmt;

/// A burgerservicenummer: nine digits that pass the 11-proef. Its `Debug` and `Display` never show the
/// number; use [`Bsn::als_tekst`] where a filing needs it.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Bsn(String);

impl Bsn {
    /// Accepts nine digits (eight with a leading zero left off), spaces and dots ignored.
    pub fn parse(invoer: &str) -> Result<Self, WaardeFout> {
        let cijfers: String = invoer.chars().filter(|c| !matches!(c, ' ' | '.')).collect();
        if cijfers.is_empty() || !cijfers.chars().all(|c| c.is_ascii_digit()) {
            return Err(WaardeFout("een BSN bestaat uit 9 cijfers".into()));
        }
        let cijfers = match cijfers.len() {
            8 => format!("0{cijfers}"),
            9 => cijfers,
            n => return Err(WaardeFout(format!("een BSN heeft 9 cijfers, niet {n}"))),
        };
        let som: i32 = cijfers
            .bytes()
            .enumerate()
            .map(|(i, c)| {
                let gewicht = if i == 8 { -1 } else { 9 - i as i32 };
                gewicht * i32::from(c - b'0')
            })
            .sum();
        if som == 0 || som % 11 != 0 {
            return Err(WaardeFout("dit is geen geldig BSN (de elfproef klopt niet)".into()));
        }
        Ok(Self(cijfers))
    }

    /// The nine digits, for a filing that needs them (RIV, UWV).
    pub fn als_tekst(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Bsn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Bsn(***)")
    }
}

/// A Dutch postcode, `1234 AB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Postcode(String);

impl Postcode {
    /// Accepts `1234AB`, `1234 ab` and the like; stores `1234 AB`.
    pub fn parse(invoer: &str) -> Result<Self, WaardeFout> {
        let tekens: String = invoer.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
        let b = tekens.as_bytes();
        let goed = b.len() == 6
            && b[0] != b'0'
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[4..].iter().all(u8::is_ascii_uppercase)
            && !matches!(&tekens[4..], "SA" | "SD" | "SS");
        if !goed {
            return Err(WaardeFout(format!("'{invoer}' is geen postcode in de vorm 1234 AB")));
        }
        Ok(Self(format!("{} {}", &tekens[..4], &tekens[4..])))
    }

    pub fn als_tekst(&self) -> &str {
        &self.0
    }

    /// The four digits (PC4), for distances.
    pub fn pc4(&self) -> u16 {
        self.0[..4].parse().expect("four digits by construction")
    }
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a value was refused, in Dutch.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct WaardeFout(pub String);

/// The roles of the product (see the role matrix in the process document).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rol {
    Werknemer,
    Werkgever,
    Coach,
    Arbeidsdeskundige,
    Bedrijfsarts,
    Beheerder,
}

impl Rol {
    pub const ALLE: [Self; 6] =
        [Self::Werknemer, Self::Werkgever, Self::Coach, Self::Arbeidsdeskundige, Self::Bedrijfsarts, Self::Beheerder];

    pub fn code(self) -> &'static str {
        match self {
            Self::Werknemer => "werknemer",
            Self::Werkgever => "werkgever",
            Self::Coach => "coach",
            Self::Arbeidsdeskundige => "arbeidsdeskundige",
            Self::Bedrijfsarts => "bedrijfsarts",
            Self::Beheerder => "beheerder",
        }
    }

    pub fn parse(code: &str) -> Result<Self, WaardeFout> {
        Self::ALLE.into_iter().find(|r| r.code() == code).ok_or_else(|| WaardeFout(format!("'{code}' is geen rol")))
    }
}

/// Dutch education levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Opleidingsniveau {
    Geen,
    Vmbo,
    Mbo1,
    Mbo2,
    Mbo3,
    Mbo4,
    Havo,
    Vwo,
    Hbo,
    Wo,
}

impl Opleidingsniveau {
    pub const ALLE: [Self; 10] = [
        Self::Geen,
        Self::Vmbo,
        Self::Mbo1,
        Self::Mbo2,
        Self::Mbo3,
        Self::Mbo4,
        Self::Havo,
        Self::Vwo,
        Self::Hbo,
        Self::Wo,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Geen => "geen",
            Self::Vmbo => "vmbo",
            Self::Mbo1 => "mbo1",
            Self::Mbo2 => "mbo2",
            Self::Mbo3 => "mbo3",
            Self::Mbo4 => "mbo4",
            Self::Havo => "havo",
            Self::Vwo => "vwo",
            Self::Hbo => "hbo",
            Self::Wo => "wo",
        }
    }

    pub fn parse(code: &str) -> Result<Self, WaardeFout> {
        Self::ALLE
            .into_iter()
            .find(|n| n.code() == code)
            .ok_or_else(|| WaardeFout(format!("'{code}' is geen opleidingsniveau")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bsn_passes_the_eleven_test() {
        // 111222333: 9*1+8*1+7*1+6*2+5*2+4*2+3*3+2*3-1*3 = 66, divisible by 11.
        assert_eq!(Bsn::parse("111222333").unwrap().als_tekst(), "111222333");
        assert_eq!(Bsn::parse("1112.22.333").unwrap().als_tekst(), "111222333");
        assert_eq!(Bsn::parse("12345672").unwrap().als_tekst(), "012345672");
        assert!(Bsn::parse("111222334").is_err());
        assert!(Bsn::parse("000000000").is_err());
        assert!(Bsn::parse("1234567890").is_err());
        assert!(Bsn::parse("12345678a").is_err());
        assert!(Bsn::parse("").is_err());
    }

    #[test]
    fn bsn_never_prints() {
        let bsn = Bsn::parse("111222333").unwrap();
        assert_eq!(format!("{bsn:?}"), "Bsn(***)");
    }

    #[test]
    fn postcodes_are_normalised() {
        assert_eq!(Postcode::parse("1234ab").unwrap().als_tekst(), "1234 AB");
        assert_eq!(Postcode::parse(" 3512 jc ").unwrap().to_string(), "3512 JC");
        assert_eq!(Postcode::parse("3512 JC").unwrap().pc4(), 3512);
        for fout in ["0123 AB", "123 AB", "1234 A", "1234 SS", "12345 AB", "ABCD 12", ""] {
            assert!(Postcode::parse(fout).is_err(), "{fout}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for r in Rol::ALLE {
            assert_eq!(Rol::parse(r.code()), Ok(r));
        }
        for n in Opleidingsniveau::ALLE {
            assert_eq!(Opleidingsniveau::parse(n.code()), Ok(n));
        }
        assert!(Rol::parse("directeur").is_err());
    }
}
