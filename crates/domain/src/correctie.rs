//! The employee's right to correction (AVG art. 16): a request names the part of the dossier, what is wrong
//! and what it should be; whoever writes that part (the role matrix, [`crate::toegang::mag_correctie_afhandelen`])
//! carries it through or refuses it with a reason, within a month (AVG art. 12 lid 3).

use jiff::ToSpan;
use jiff::civil::Date;

use crate::toegang::Gegevens;

/// The longest text a request or a settlement takes.
pub const MAX_TEKST: usize = 4000;

/// Which part of the dossier a request is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Onderdeel {
    Persoonsgegevens,
    Verzuim,
    Belastbaarheid,
    Traject,
    Rapporten,
    ArbeidsdeskundigRapport,
    Documenten,
    Overig,
}

impl Onderdeel {
    pub const ALLE: [Self; 8] = [
        Self::Persoonsgegevens,
        Self::Verzuim,
        Self::Belastbaarheid,
        Self::Traject,
        Self::Rapporten,
        Self::ArbeidsdeskundigRapport,
        Self::Documenten,
        Self::Overig,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Persoonsgegevens => "persoonsgegevens",
            Self::Verzuim => "verzuim",
            Self::Belastbaarheid => "belastbaarheid",
            Self::Traject => "traject",
            Self::Rapporten => "rapporten",
            Self::ArbeidsdeskundigRapport => "ad_rapport",
            Self::Documenten => "documenten",
            Self::Overig => "overig",
        }
    }

    pub fn uit_code(code: &str) -> Option<Self> {
        Self::ALLE.into_iter().find(|o| o.code() == code)
    }

    /// The kind of data whose writer settles the request. The process documents are the Poortwachter
    /// data's; anything else goes to the employer, who is responsible for the dossier.
    pub fn gegevens(self) -> Gegevens {
        match self {
            Self::Persoonsgegevens | Self::Overig => Gegevens::Persoonsgegevens,
            Self::Verzuim | Self::Documenten => Gegevens::Verzuim,
            Self::Belastbaarheid => Gegevens::Belastbaarheid,
            Self::Traject | Self::Rapporten => Gegevens::Traject,
            Self::ArbeidsdeskundigRapport => Gegevens::ArbeidsdeskundigRapport,
        }
    }
}

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Open,
    /// The correction was made.
    Doorgevoerd,
    /// Refused, with a reason.
    Afgewezen,
}

impl Status {
    pub const ALLE: [Self; 3] = [Self::Open, Self::Doorgevoerd, Self::Afgewezen];

    pub fn code(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Doorgevoerd => "doorgevoerd",
            Self::Afgewezen => "afgewezen",
        }
    }

    pub fn uit_code(code: &str) -> Option<Self> {
        Self::ALLE.into_iter().find(|s| s.code() == code)
    }
}

/// Why a request or its settlement is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Ongeldig {
    #[error("beschrijf wat er niet klopt")]
    WatOnjuistLeeg,
    #[error("beschrijf hoe het wel moet zijn")]
    WatJuistLeeg,
    #[error("een tekst is hoogstens 4000 tekens")]
    TeLang,
    #[error("geef de reden van de afwijzing")]
    RedenOntbreekt,
    #[error("een verzoek wordt doorgevoerd of afgewezen")]
    GeenUitkomst,
}

/// A new request's texts, checked (trimmed, not empty, not too long).
pub fn controleer_verzoek(wat_onjuist: &str, wat_juist: &str) -> Result<(String, String), Ongeldig> {
    let (onjuist, juist) = (wat_onjuist.trim(), wat_juist.trim());
    if onjuist.is_empty() {
        return Err(Ongeldig::WatOnjuistLeeg);
    }
    if juist.is_empty() {
        return Err(Ongeldig::WatJuistLeeg);
    }
    if onjuist.chars().count() > MAX_TEKST || juist.chars().count() > MAX_TEKST {
        return Err(Ongeldig::TeLang);
    }
    Ok((onjuist.to_string(), juist.to_string()))
}

/// A settlement, checked: a refusal needs a reason; a correction may say what was done.
pub fn controleer_afhandeling(uitkomst: Status, reden: &str) -> Result<Option<String>, Ongeldig> {
    let reden = reden.trim();
    if reden.chars().count() > MAX_TEKST {
        return Err(Ongeldig::TeLang);
    }
    match uitkomst {
        Status::Open => Err(Ongeldig::GeenUitkomst),
        Status::Afgewezen if reden.is_empty() => Err(Ongeldig::RedenOntbreekt),
        _ => Ok(Some(reden.to_string()).filter(|r| !r.is_empty())),
    }
}

/// The last day to answer a request filed on `ingediend`: one month later (AVG art. 12 lid 3; the end of a
/// shorter month when that day does not exist).
pub fn uiterste_antwoorddatum(ingediend: Date) -> Date {
    ingediend.saturating_add(1.month())
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    #[test]
    fn every_part_has_a_code_and_a_writer() {
        for o in Onderdeel::ALLE {
            assert_eq!(Onderdeel::uit_code(o.code()), Some(o));
        }
        assert_eq!(Onderdeel::uit_code("medisch"), None, "medical notes are the bedrijfsarts's, not a part here");
        assert_eq!(Onderdeel::Belastbaarheid.gegevens(), Gegevens::Belastbaarheid);
        assert_eq!(Onderdeel::Rapporten.gegevens(), Gegevens::Traject);
        for s in Status::ALLE {
            assert_eq!(Status::uit_code(s.code()), Some(s));
        }
    }

    #[test]
    fn a_request_needs_both_texts_within_the_limit() {
        assert_eq!(controleer_verzoek("  ", "x"), Err(Ongeldig::WatOnjuistLeeg));
        assert_eq!(controleer_verzoek("x", ""), Err(Ongeldig::WatJuistLeeg));
        assert_eq!(controleer_verzoek(&"a".repeat(MAX_TEKST + 1), "x"), Err(Ongeldig::TeLang));
        assert_eq!(controleer_verzoek(" telefoon 06-1 ", " 06-2 "), Ok(("telefoon 06-1".into(), "06-2".into())));
    }

    #[test]
    fn a_refusal_needs_a_reason_and_open_is_no_outcome() {
        assert_eq!(controleer_afhandeling(Status::Afgewezen, " "), Err(Ongeldig::RedenOntbreekt));
        assert_eq!(controleer_afhandeling(Status::Open, "x"), Err(Ongeldig::GeenUitkomst));
        assert_eq!(controleer_afhandeling(Status::Doorgevoerd, ""), Ok(None));
        assert_eq!(controleer_afhandeling(Status::Afgewezen, " klopt "), Ok(Some("klopt".into())));
    }

    #[test]
    fn the_answer_is_due_within_a_month() {
        assert_eq!(uiterste_antwoorddatum(date(2026, 11, 23)), date(2026, 12, 23));
        assert_eq!(uiterste_antwoorddatum(date(2026, 1, 31)), date(2026, 2, 28));
    }
}
