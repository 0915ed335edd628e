//! The access policy: who may read or write which data of which dossier. Every read and write of the
//! dossier goes through [`mag`]; medical data can only be obtained with a [`MedischeToegang`], which
//! only [`medische_toegang`] issues. The rules are the role matrix of the process document.

use jiff::civil::Date;

use crate::bewaartermijn::{Grond, Verval};
use crate::waarden::Rol;

/// Kinds of data, as the role matrix names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gegevens {
    /// Name, contact, function, contract hours, postcode, education.
    Persoonsgegevens,
    Bsn,
    /// Sickness periods, recovery, Poortwachter milestones and findings, documents of the process.
    Verzuim,
    /// Functional limitations and capacities, prognosis in time terms (no diagnosis).
    Belastbaarheid,
    /// Medical notes and diagnosis.
    Medisch,
    /// Traject, activities, applications, reports.
    Traject,
    /// The employee's own entries in the traject (their applications, activities, their view).
    EigenTrajectinvoer,
    ArbeidsdeskundigRapport,
    /// The audit and access log of a dossier.
    Logboek,
    /// The organisation itself: users, roles, employers, caseloads, settings.
    Beheer,
    /// The organisation's vacancies (no personal data): imported and matched by the bureau.
    Vacatures,
    /// Figures over the dossiers in scope (Inzicht): counts and rates, no person's data.
    Inzicht,
    /// The employee's requests to correct their data (AVG art. 16): the employee files them; whoever writes
    /// the part a request is about settles it ([`mag_correctie_afhandelen`]). The beheerder sees only counts.
    Correctieverzoek,
}

impl Gegevens {
    pub const ALLE: [Self; 13] = [
        Self::Persoonsgegevens,
        Self::Bsn,
        Self::Verzuim,
        Self::Belastbaarheid,
        Self::Medisch,
        Self::Traject,
        Self::EigenTrajectinvoer,
        Self::ArbeidsdeskundigRapport,
        Self::Logboek,
        Self::Beheer,
        Self::Vacatures,
        Self::Inzicht,
        Self::Correctieverzoek,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Handeling {
    Lezen,
    Schrijven,
}

/// Who asks: a user of an organisation, with the scope of their role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gebruiker {
    pub id: String,
    pub organisatie_id: String,
    pub rol: Rol,
    /// The employers this user works for (werkgever, arbeidsdeskundige, bedrijfsarts).
    pub werkgevers: Vec<String>,
    /// For the role werknemer: the employee this account belongs to.
    pub werknemer_id: Option<String>,
}

/// The dossier (or employee) asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doel<'a> {
    pub organisatie_id: &'a str,
    pub werkgever_id: &'a str,
    pub werknemer_id: &'a str,
    /// The coach whose caseload holds the dossier.
    pub coach_id: Option<&'a str>,
}

/// Why access is refused. Outside the user's scope the dossier is hidden (`NietGevonden`: a 404, so
/// that its existence does not leak); inside it, the data is refused (`Verboden`: a 403).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Geweigerd {
    #[error("niet gevonden")]
    NietGevonden,
    #[error("geen toegang tot deze gegevens voor de rol {0}")]
    Verboden(&'static str),
}

/// Whether `wie` may do `handeling` on `gegevens` of `doel`.
pub fn mag(wie: &Gebruiker, handeling: Handeling, gegevens: Gegevens, doel: &Doel<'_>) -> Result<(), Geweigerd> {
    // Managing the organisation and its vacancies concerns no one dossier: the organisation is the scope.
    let binnen = matches!(gegevens, Gegevens::Beheer | Gegevens::Vacatures | Gegevens::Inzicht) || in_scope(wie, doel);
    if wie.organisatie_id != doel.organisatie_id || !binnen {
        return Err(Geweigerd::NietGevonden);
    }
    if matrix(wie.rol, handeling, gegevens) { Ok(()) } else { Err(Geweigerd::Verboden(wie.rol.code())) }
}

/// The product itself acting for an organisation (demo, import, the signal list): everything but medical
/// data; it never reads a BSN or the log.
pub fn mag_systeem(
    organisatie_id: &str,
    handeling: Handeling,
    gegevens: Gegevens,
    doel: &Doel<'_>,
) -> Result<(), Geweigerd> {
    if organisatie_id != doel.organisatie_id {
        return Err(Geweigerd::NietGevonden);
    }
    let toegestaan = match gegevens {
        Gegevens::Medisch => false,
        Gegevens::Bsn | Gegevens::Logboek => handeling == Handeling::Schrijven,
        _ => true,
    };
    if toegestaan { Ok(()) } else { Err(Geweigerd::Verboden("systeem")) }
}

/// Which dossiers of the organisation can lie within a user's scope: what a query may narrow to before
/// it asks [`mag`] about each dossier it found. Never wider than [`mag`], which still decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reikwijdte<'a> {
    /// Every dossier of the organisation.
    Organisatie,
    /// The dossiers of employees of these employers.
    Werkgevers(&'a [String]),
    /// The dossiers in this coach's caseload.
    Coach(&'a str),
    /// The dossiers of this employee (none when the account belongs to no employee).
    Werknemer(Option<&'a str>),
}

/// The scope of the user's role.
pub fn reikwijdte(wie: &Gebruiker) -> Reikwijdte<'_> {
    match wie.rol {
        Rol::Werknemer => Reikwijdte::Werknemer(wie.werknemer_id.as_deref()),
        Rol::Werkgever | Rol::Arbeidsdeskundige | Rol::Bedrijfsarts => Reikwijdte::Werkgevers(&wie.werkgevers),
        Rol::Coach => Reikwijdte::Coach(&wie.id),
        Rol::Beheerder => Reikwijdte::Organisatie,
    }
}

/// Whether the dossier lies within the user's scope at all.
fn in_scope(wie: &Gebruiker, doel: &Doel<'_>) -> bool {
    match reikwijdte(wie) {
        Reikwijdte::Werknemer(eigen) => eigen == Some(doel.werknemer_id),
        Reikwijdte::Werkgevers(werkgevers) => werkgevers.iter().any(|w| w == doel.werkgever_id),
        Reikwijdte::Coach(id) => doel.coach_id == Some(id),
        Reikwijdte::Organisatie => true,
    }
}

/// The role matrix (R = read, W = write) of the process document.
fn matrix(rol: Rol, handeling: Handeling, gegevens: Gegevens) -> bool {
    use Gegevens::*;
    use Handeling::*;
    match (rol, gegevens) {
        // Medical notes and diagnosis: the bedrijfsarts only.
        (Rol::Bedrijfsarts, Medisch) => true,
        (_, Medisch) => false,
        (Rol::Werknemer, Persoonsgegevens | Bsn | Verzuim | Belastbaarheid | Traject | ArbeidsdeskundigRapport) => {
            handeling == Lezen
        }
        (Rol::Werknemer, EigenTrajectinvoer | Correctieverzoek) => true,
        // Who writes a part reads the requests about it; which part is theirs, [`mag_correctie_afhandelen`] says.
        (Rol::Werkgever | Rol::Coach | Rol::Arbeidsdeskundige | Rol::Bedrijfsarts, Correctieverzoek) => {
            handeling == Lezen
        }
        // The employee reads their own accesses; that view is filtered by the log, not here.
        (Rol::Werknemer, Logboek) => handeling == Lezen,
        (Rol::Werkgever, Persoonsgegevens | Verzuim) => true,
        (Rol::Werkgever, Bsn | Belastbaarheid | Traject | EigenTrajectinvoer | ArbeidsdeskundigRapport) => {
            handeling == Lezen
        }
        (Rol::Coach, Traject | EigenTrajectinvoer) => true,
        (Rol::Coach, Persoonsgegevens | Bsn | Verzuim | Belastbaarheid | ArbeidsdeskundigRapport) => handeling == Lezen,
        (Rol::Arbeidsdeskundige, ArbeidsdeskundigRapport) => true,
        (Rol::Arbeidsdeskundige, Persoonsgegevens | Verzuim | Belastbaarheid | Traject | EigenTrajectinvoer) => {
            handeling == Lezen
        }
        (Rol::Bedrijfsarts, Verzuim | Belastbaarheid) => true,
        (Rol::Bedrijfsarts, Persoonsgegevens | Bsn | Traject | EigenTrajectinvoer | ArbeidsdeskundigRapport) => {
            handeling == Lezen
        }
        (Rol::Beheerder | Rol::Coach, Vacatures) => true,
        (Rol::Arbeidsdeskundige, Vacatures) => handeling == Lezen,
        (Rol::Werkgever | Rol::Coach | Rol::Arbeidsdeskundige | Rol::Beheerder, Inzicht) => handeling == Lezen,
        (Rol::Beheerder, Persoonsgegevens | Beheer) => true,
        (Rol::Beheerder, Logboek) => handeling == Lezen,
        _ => false,
    }
}

/// Whether `wie` settles a correction request about data of kind `onderdeel` (the part's writer per the role
/// matrix, who also reads the requests: so not the beheerder, who manages the organisation, not the dossier).
pub fn mag_correctie_afhandelen(wie: &Gebruiker, onderdeel: Gegevens, doel: &Doel<'_>) -> Result<(), Geweigerd> {
    mag(wie, Handeling::Lezen, Gegevens::Correctieverzoek, doel)?;
    mag(wie, Handeling::Schrijven, onderdeel, doel)
}

/// Whose data a complete export (inzage and portability, AVG art. 15 and 20) holds: the employee's own, and it
/// is for the employee only. Every other role is refused; another employee gets their own.
pub fn inzage_van(wie: &Gebruiker) -> Result<&str, Geweigerd> {
    match (wie.rol, wie.werknemer_id.as_deref()) {
        (Rol::Werknemer, Some(werknemer_id)) => Ok(werknemer_id),
        _ => Err(Geweigerd::Verboden(wie.rol.code())),
    }
}

/// Proof that a bedrijfsarts may read or write the medical data of one employee. Only
/// [`medische_toegang`] makes one; whatever loads medical data asks for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MedischeToegang {
    gebruiker_id: String,
    werknemer_id: String,
}

impl MedischeToegang {
    pub fn gebruiker_id(&self) -> &str {
        &self.gebruiker_id
    }
    pub fn werknemer_id(&self) -> &str {
        &self.werknemer_id
    }
}

pub fn medische_toegang(wie: &Gebruiker, doel: &Doel<'_>) -> Result<MedischeToegang, Geweigerd> {
    mag(wie, Handeling::Lezen, Gegevens::Medisch, doel)?;
    Ok(MedischeToegang { gebruiker_id: wie.id.clone(), werknemer_id: doel.werknemer_id.to_string() })
}

/// Proof that the product may destroy (never read) data of one dossier whose retention term has passed,
/// medical data included: the only way to remove what the policy otherwise lets nobody but the
/// bedrijfsarts touch. Only [`vernietiging`] makes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vernietiging {
    werknemer_id: String,
    grond: Grond,
}

impl Vernietiging {
    pub fn werknemer_id(&self) -> &str {
        &self.werknemer_id
    }
    pub fn grond(&self) -> Grond {
        self.grond
    }
}

/// The product itself, for `organisatie_id`, may destroy the data of `doel` that `verval` covers once the
/// term has passed on `peildatum`; never earlier, never in another organisation.
pub fn vernietiging(
    organisatie_id: &str,
    doel: &Doel<'_>,
    verval: &Verval,
    peildatum: Date,
) -> Result<Vernietiging, Geweigerd> {
    if organisatie_id != doel.organisatie_id {
        return Err(Geweigerd::NietGevonden);
    }
    if !verval.verstreken(peildatum) {
        return Err(Geweigerd::Verboden("bewaartermijn loopt nog"));
    }
    Ok(Vernietiging { werknemer_id: doel.werknemer_id.to_string(), grond: verval.grond })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Gegevens::*;
    use Handeling::*;

    const ORG: &str = "org";
    const WERKGEVER: &str = "wg";
    const WERKNEMER: &str = "wn";

    fn doel() -> Doel<'static> {
        Doel { organisatie_id: ORG, werkgever_id: WERKGEVER, werknemer_id: WERKNEMER, coach_id: Some("coach") }
    }

    /// A user of `rol` whose scope covers the dossier.
    fn betrokken(rol: Rol) -> Gebruiker {
        Gebruiker {
            id: if rol == Rol::Coach { "coach".into() } else { format!("{}-1", rol.code()) },
            organisatie_id: ORG.into(),
            rol,
            werkgevers: vec![WERKGEVER.into()],
            werknemer_id: (rol == Rol::Werknemer).then(|| WERKNEMER.into()),
        }
    }

    /// The role matrix of the process document, cell by cell: (data, [werknemer, werkgever, coach,
    /// arbeidsdeskundige, bedrijfsarts, beheerder]) with "R", "RW" or "-".
    /// The last two rows are ours: figures are counts over the dossiers each role may see; vacancies hold no
    /// personal data, the bureau's matching staff work with them.
    const MATRIX: [(Gegevens, [&str; 6]); 13] = [
        (Persoonsgegevens, ["R", "RW", "R", "R", "R", "RW"]),
        (Bsn, ["R", "R", "R", "-", "R", "-"]),
        (Verzuim, ["R", "RW", "R", "R", "RW", "-"]),
        (Belastbaarheid, ["R", "R", "R", "R", "RW", "-"]),
        (Medisch, ["-", "-", "-", "-", "RW", "-"]),
        (Traject, ["R", "R", "RW", "R", "R", "-"]),
        (EigenTrajectinvoer, ["RW", "R", "RW", "R", "R", "-"]),
        (ArbeidsdeskundigRapport, ["R", "R", "R", "RW", "R", "-"]),
        (Logboek, ["R", "-", "-", "-", "-", "R"]),
        (Beheer, ["-", "-", "-", "-", "-", "RW"]),
        (Vacatures, ["-", "-", "RW", "R", "-", "RW"]),
        (Inzicht, ["-", "R", "R", "R", "-", "R"]),
        (Correctieverzoek, ["RW", "R", "R", "R", "R", "-"]),
    ];

    #[test]
    fn every_cell_of_the_role_matrix_holds() {
        let rollen =
            [Rol::Werknemer, Rol::Werkgever, Rol::Coach, Rol::Arbeidsdeskundige, Rol::Bedrijfsarts, Rol::Beheerder];
        for (gegevens, cellen) in MATRIX {
            for (rol, cel) in rollen.iter().zip(cellen) {
                let wie = betrokken(*rol);
                let lezen = mag(&wie, Lezen, gegevens, &doel()).is_ok();
                let schrijven = mag(&wie, Schrijven, gegevens, &doel()).is_ok();
                assert_eq!((lezen, schrijven), (cel.contains('R'), cel.contains('W')), "{rol:?} {gegevens:?}");
                if !cel.contains('R') {
                    assert_eq!(mag(&wie, Lezen, gegevens, &doel()), Err(Geweigerd::Verboden(rol.code())));
                }
            }
        }
    }

    #[test]
    fn outside_the_scope_nothing_is_visible() {
        for rol in Rol::ALLE {
            let mut ander = betrokken(rol);
            ander.organisatie_id = "andere-organisatie".into();
            for g in Gegevens::ALLE {
                assert_eq!(mag(&ander, Lezen, g, &doel()), Err(Geweigerd::NietGevonden), "{rol:?} {g:?}");
            }
        }
        let vreemd = Doel {
            werkgever_id: "andere-werkgever",
            werknemer_id: "andere-werknemer",
            coach_id: Some("iemand"),
            ..doel()
        };
        for rol in [Rol::Werknemer, Rol::Werkgever, Rol::Coach, Rol::Arbeidsdeskundige, Rol::Bedrijfsarts] {
            // Beheer, Vacatures and Inzicht concern the organisation, not a dossier: their refusal is a plain 403.
            for g in Gegevens::ALLE.into_iter().filter(|g| !matches!(g, Beheer | Vacatures | Inzicht)) {
                assert_eq!(mag(&betrokken(rol), Lezen, g, &vreemd), Err(Geweigerd::NietGevonden), "{rol:?} {g:?}");
            }
        }
        assert!(mag(&betrokken(Rol::Beheerder), Lezen, Persoonsgegevens, &vreemd).is_ok(), "the whole organisation");
        assert_eq!(mag(&betrokken(Rol::Coach), Schrijven, Beheer, &vreemd), Err(Geweigerd::Verboden("coach")));
    }

    #[test]
    fn the_product_itself_never_sees_medical_data_a_bsn_or_the_log() {
        for g in Gegevens::ALLE {
            let lezen = mag_systeem(ORG, Lezen, g, &doel()).is_ok();
            assert_eq!(lezen, !matches!(g, Medisch | Bsn | Logboek), "{g:?}");
            assert_eq!(mag_systeem("andere", Lezen, g, &doel()), Err(Geweigerd::NietGevonden));
        }
        assert!(mag_systeem(ORG, Schrijven, Bsn, &doel()).is_ok(), "an import writes the BSN");
        assert!(mag_systeem(ORG, Schrijven, Medisch, &doel()).is_err());
    }

    #[test]
    fn the_complete_export_is_the_employees_own_only() {
        assert_eq!(inzage_van(&betrokken(Rol::Werknemer)), Ok(WERKNEMER));
        for rol in Rol::ALLE.into_iter().filter(|r| *r != Rol::Werknemer) {
            assert_eq!(inzage_van(&betrokken(rol)), Err(Geweigerd::Verboden(rol.code())), "{rol:?}");
        }
        let mut ander = betrokken(Rol::Werknemer);
        ander.werknemer_id = Some("andere-werknemer".into());
        assert_eq!(inzage_van(&ander), Ok("andere-werknemer"));
    }

    #[test]
    fn a_correction_request_is_settled_by_the_writer_of_its_part_only() {
        // (part, the one role that settles it)
        let gevallen = [
            (Persoonsgegevens, Rol::Werkgever),
            (Verzuim, Rol::Werkgever),
            (Belastbaarheid, Rol::Bedrijfsarts),
            (Traject, Rol::Coach),
            (ArbeidsdeskundigRapport, Rol::Arbeidsdeskundige),
        ];
        for (onderdeel, schrijver) in gevallen {
            for rol in Rol::ALLE {
                let uitkomst = mag_correctie_afhandelen(&betrokken(rol), onderdeel, &doel());
                let verwacht = rol == schrijver || (onderdeel == Verzuim && rol == Rol::Bedrijfsarts);
                assert_eq!(uitkomst.is_ok(), verwacht, "{rol:?} {onderdeel:?}");
                if !verwacht {
                    assert_eq!(uitkomst, Err(Geweigerd::Verboden(rol.code())), "{rol:?} {onderdeel:?}");
                }
            }
        }
        // The beheerder writes personal data but never reads a request's content.
        assert!(mag(&betrokken(Rol::Beheerder), Schrijven, Persoonsgegevens, &doel()).is_ok());
        assert!(mag_correctie_afhandelen(&betrokken(Rol::Beheerder), Persoonsgegevens, &doel()).is_err());
        let mut andere = betrokken(Rol::Werkgever);
        andere.werkgevers = vec!["andere-werkgever".into()];
        assert_eq!(mag_correctie_afhandelen(&andere, Persoonsgegevens, &doel()), Err(Geweigerd::NietGevonden));
    }

    #[test]
    fn only_the_bedrijfsarts_in_scope_gets_medical_access() {
        let toegang = medische_toegang(&betrokken(Rol::Bedrijfsarts), &doel()).unwrap();
        assert_eq!((toegang.gebruiker_id(), toegang.werknemer_id()), ("bedrijfsarts-1", WERKNEMER));
        for rol in Rol::ALLE.into_iter().filter(|r| *r != Rol::Bedrijfsarts) {
            assert!(medische_toegang(&betrokken(rol), &doel()).is_err(), "{rol:?}");
        }
        let mut andere_arts = betrokken(Rol::Bedrijfsarts);
        andere_arts.werkgevers = vec!["andere-werkgever".into()];
        assert_eq!(medische_toegang(&andere_arts, &doel()), Err(Geweigerd::NietGevonden));
    }

    #[test]
    fn data_is_destroyed_only_once_its_term_has_passed_and_only_in_its_organisation() {
        use crate::bewaartermijn::{Termijnen, medisch_verval};
        use jiff::civil::date;
        let verval = medisch_verval(date(2005, 3, 1), &Termijnen::default());
        assert_eq!(
            vernietiging(ORG, &doel(), &verval, date(2025, 2, 28)),
            Err(Geweigerd::Verboden("bewaartermijn loopt nog")),
            "the day before"
        );
        let v = vernietiging(ORG, &doel(), &verval, date(2025, 3, 1)).unwrap();
        assert_eq!((v.werknemer_id(), v.grond()), (WERKNEMER, Grond::Medisch));
        assert_eq!(vernietiging("andere", &doel(), &verval, date(2030, 1, 1)), Err(Geweigerd::NietGevonden));
    }
}
