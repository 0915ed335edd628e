//! The spoor 2 traject of a dossier: advice, commission, intake, the trajectplan in versions with its
//! approvals, the activity log, and the moves from phase to phase. Every read and write goes through
//! the access policy; the rules of the traject are [`domain::traject`]'s. The traject's start and its
//! activities are also steps on the Poortwachter clock (`start_spoor2`, `spoor2_activiteit`), so that
//! the clock's findings react to them.

use std::collections::HashMap;

use diesel::prelude::*;
use domain::traject::{
    self, ActiviteitSoort, Afsluitreden, Budgetstand, ContractSoort, Fase, Loonverhouding, Nazorgmoment,
    SollicitatieStatus, Stand, Urencategorie,
};
use domain::waarden::{Opleidingsniveau, Rol};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::schema::{
    activiteiten, gebeurtenissen, gebruikers, nazorgcontacten, traject_overgangen, trajecten, trajectplannen,
    urenregels,
};
use crate::verbinding::Verbinding;
use crate::{
    Actor, Gegevens, Handeling, Plaats, Principaal, Store, StoreFout, klok_gebeurtenis, nieuw_id, nu_micros,
    principaal, toegang_tot, wijziging,
};

/// The arbeidsdeskundige's advice to start spoor 2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Advies {
    pub datum: Date,
    pub conclusie: String,
    /// Search directions, in non-medical terms.
    pub zoekrichtingen: Vec<String>,
    pub aanbevolen_start: Option<Date>,
}

/// Who carries out the traject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Uitvoerder {
    Bureau,
    Intern,
}

/// The employer's commission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Opdracht {
    pub datum: Date,
    pub uitvoerder: Uitvoerder,
    pub start: Date,
    pub duur_weken: u16,
    pub budget_centen: i64,
    /// 6 or 8.
    pub rapportage_interval_weken: u8,
}

/// The highest old wage per month an intake accepts (cents): anything above is a typing error.
pub const MAX_OUD_LOON_CENTEN: i64 = 10_000_000;

/// Intake and assessment by the coach, with the resulting zoekprofiel; obstacles in non-medical terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Intake {
    pub datum: Date,
    pub werkervaring: String,
    pub opleidingsniveau: String,
    pub vaardigheden: String,
    pub wensen: String,
    /// The gross wage per month before the sickness, for weighing a vacancy's wage (the 65% of a satisfactory
    /// result); optional, absent in intakes recorded before it was asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oud_loon_per_maand_centen: Option<i64>,
    pub mogelijkheden: String,
    pub belemmeringen: String,
    pub zoekprofiel: String,
}

/// One planned activity of the trajectplan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GeplandeActiviteit {
    pub wat: String,
    pub datum: Date,
    /// Who does it: werknemer, coach, werkgever, …
    pub eigenaar: String,
}

/// The content of a trajectplan version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub datum: Date,
    pub doelen: Vec<String>,
    pub zoekrichtingen: Vec<String>,
    pub activiteiten: Vec<GeplandeActiviteit>,
}

/// A version of the trajectplan as stored, with who approved it and when (microseconds, UTC).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanVersie {
    pub versie: i32,
    pub plan: Plan,
    pub door: String,
    pub werknemer_akkoord: Option<(String, i64)>,
    pub werkgever_akkoord: Option<(String, i64)>,
    /// The employee's own view on this version.
    pub werknemer_visie: Option<String>,
}

impl PlanVersie {
    pub fn goedgekeurd(&self) -> bool {
        self.werknemer_akkoord.is_some() && self.werkgever_akkoord.is_some()
    }
}

/// What an activity holds beyond its kind and date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActiviteitInhoud {
    pub doel: String,
    pub met_wie: String,
    pub afspraken: String,
    pub vervolg: String,
    pub volgende_afspraak: Option<Date>,
    /// Applications: the vacancy, the employer, the channel and the status.
    pub vacature: Option<String>,
    pub werkgever: Option<String>,
    pub kanaal: Option<String>,
    pub status: Option<String>,
    /// Work trials: the host employer, hours per week and the period.
    pub gastwerkgever: Option<String>,
    pub uren_per_week: Option<u8>,
    pub tot: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NieuweActiviteit {
    pub soort: ActiviteitSoort,
    pub datum: Date,
    pub minuten: u32,
    pub inhoud: ActiviteitInhoud,
}

/// An activity as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activiteit {
    pub id: String,
    pub soort: ActiviteitSoort,
    pub datum: Date,
    pub minuten: u32,
    pub inhoud: ActiviteitInhoud,
    /// The name of who logged it.
    pub ingevoerd_door: String,
    /// Whether the coach confirmed it (the employee's own entries wait for that).
    pub bevestigd: bool,
}

/// A placement with a new employer; wages per month, in cents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plaatsing {
    pub werkgever: String,
    pub functie: String,
    pub contract: ContractSoort,
    pub uren_per_week: u8,
    pub startdatum: Date,
    pub loon_per_maand_centen: i64,
    /// The wage per month before the sickness, at the own employer.
    pub oud_loon_per_maand_centen: i64,
    /// Whether the Ziektewet no-risk policy applies for the new employer (whether, not why).
    pub no_risk_polis: bool,
}

impl Plaatsing {
    /// The new wage relative to the old, with the 65% mark of a satisfactory result.
    pub fn loonverhouding(&self) -> Option<Loonverhouding> {
        traject::loonverhouding(self.loon_per_maand_centen, self.oud_loon_per_maand_centen)
    }
}

/// A nazorg contact as the coach records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NieuwNazorgcontact {
    pub datum: Date,
    /// Whether the work lasts.
    pub werk_duurt: bool,
    /// No medical data.
    pub notitie: String,
}

/// A nazorg contact as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nazorgcontact {
    pub id: String,
    pub datum: Date,
    pub werk_duurt: bool,
    pub notitie: String,
    /// The name of who recorded it.
    pub door: String,
}

/// Time the coach registers on the traject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NieuweUrenregel {
    pub datum: Date,
    pub categorie: Urencategorie,
    pub minuten: u32,
    pub tarief_centen_per_uur: i64,
    pub omschrijving: String,
    /// Whether the line is billed (counts against the budget and goes into the export).
    pub declarabel: bool,
}

/// Registered time as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Urenregel {
    pub id: String,
    pub datum: Date,
    pub categorie: Urencategorie,
    pub minuten: u32,
    pub tarief_centen_per_uur: i64,
    pub omschrijving: String,
    pub declarabel: bool,
    /// The name of who registered it.
    pub door: String,
}

impl Urenregel {
    /// The column names of [`Urenregel::cellen`].
    pub const KOLOMMEN: [&'static str; 6] =
        ["Datum", "Categorie", "Omschrijving", "Uren", "Tarief per uur (EUR)", "Bedrag (EUR)"];

    /// The line for a spreadsheet: date, category, description, hours, rate and amount.
    pub fn cellen(&self) -> [crate::export::Cel; 6] {
        use crate::export::Cel;
        [
            Cel::Datum(self.datum),
            self.categorie.omschrijving().into(),
            self.omschrijving.clone().into(),
            Cel::Getal(f64::from(self.minuten) / 60.0, 2),
            Cel::Bedrag(self.tarief_centen_per_uur),
            Cel::Bedrag(self.bedrag_centen()),
        ]
    }

    /// What the line costs, in cents.
    pub fn bedrag_centen(&self) -> i64 {
        traject::bedrag_centen(self.minuten, self.tarief_centen_per_uur)
    }
}

/// The billable lines as a table with Dutch column names (written for Dutch spreadsheets by
/// [`crate::export::Tabel`]): hours and euros with two decimals.
pub fn declarabele_regels(regels: &[Urenregel]) -> crate::export::Tabel {
    crate::export::Tabel {
        kop: [Urenregel::KOLOMMEN.as_slice(), &["Geregistreerd door"]].concat(),
        rijen: regels
            .iter()
            .filter(|r| r.declarabel)
            .map(|r| {
                let mut rij = r.cellen().to_vec();
                rij.push(r.door.clone().into());
                rij
            })
            .collect(),
    }
}

/// One move of the traject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overgang {
    pub van: Fase,
    pub naar: Fase,
    pub datum: Date,
    pub reden: Option<Afsluitreden>,
    pub door: String,
}

/// A dossier's traject, as a role that may read it sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Traject {
    pub id: String,
    pub fase: Fase,
    pub afsluitreden: Option<Afsluitreden>,
    pub advies: Advies,
    pub opdracht: Option<Opdracht>,
    pub intake: Option<Intake>,
    /// Every version, oldest first.
    pub plannen: Vec<PlanVersie>,
    /// Oldest first.
    pub activiteiten: Vec<Activiteit>,
    pub overgangen: Vec<Overgang>,
    pub plaatsing: Option<Plaatsing>,
    /// Nazorg contacts, oldest first.
    pub nazorg: Vec<Nazorgcontact>,
    /// Registered time, oldest first.
    pub uren: Vec<Urenregel>,
}

impl Traject {
    /// The nazorg moments after the placement on `peildatum` (none without a placement).
    pub fn nazorgmomenten(&self, peildatum: Date) -> Vec<Nazorgmoment> {
        let Some(p) = &self.plaatsing else { return Vec::new() };
        let contacten: Vec<Date> = self.nazorg.iter().map(|c| c.datum).collect();
        traject::nazorgmomenten(p.startdatum, &contacten, peildatum)
    }

    /// The billable time against the commission's budget (`None` before the commission).
    pub fn budget(&self) -> Option<Budgetstand> {
        let o = self.opdracht.as_ref()?;
        Some(traject::budgetstand(
            o.budget_centen,
            self.uren.iter().filter(|u| u.declarabel).map(Urenregel::bedrag_centen),
        ))
    }

    /// The traject's dates for its clock and intensity figures; only confirmed activities count.
    pub fn data(&self, rapportages: Vec<Date>) -> traject::TrajectData {
        traject::TrajectData {
            opdracht: self.opdracht.as_ref().map(|o| o.start),
            duur_weken: self.opdracht.as_ref().map_or(0, |o| o.duur_weken),
            rapportage_interval_weken: self.opdracht.as_ref().map_or(6, |o| o.rapportage_interval_weken),
            intake: self.intake.as_ref().map(|i| i.datum),
            plan: self.plannen.first().map(|p| p.plan.datum),
            rapportages,
            activiteiten: self
                .activiteiten
                .iter()
                .filter(|a| a.bevestigd)
                .map(|a| (a.datum, a.soort, a.minuten))
                .collect(),
            afgesloten: self.overgangen.iter().find(|o| o.naar == Fase::Afgesloten).map(|o| o.datum),
        }
    }
}

fn ongeldig(e: impl std::fmt::Display) -> StoreFout {
    StoreFout::Ongeldig(format!("ongeldig traject in de database: {e}"))
}

/// A JSON column back into its type.
fn lees<T: serde::de::DeserializeOwned>(tekst: &str) -> Result<T, StoreFout> {
    serde_json::from_str(tekst).map_err(ongeldig)
}

fn tekst_verplicht(waarde: &str, veld: &str) -> Result<(), StoreFout> {
    if waarde.trim().is_empty() { Err(StoreFout::Ongeldig(format!("{veld} ontbreekt"))) } else { Ok(()) }
}

/// The role the actor acts in; the product itself acts in whichever role a step needs.
pub(crate) fn rol(c: &mut Verbinding, actor: Actor<'_>) -> Result<Option<Rol>, StoreFout> {
    Ok(match principaal(c, actor)? {
        Principaal::Gebruiker(g) => Some(g.rol),
        Principaal::Systeem { .. } => None,
    })
}

/// The dossier's traject id and phase, if there is one.
fn van_dossier(c: &mut Verbinding, dossier_id: &str) -> Result<Option<(String, Fase)>, StoreFout> {
    let rij: Option<(String, String)> = trajecten::table
        .filter(trajecten::dossier_id.eq(dossier_id))
        .select((trajecten::id, trajecten::fase))
        .first(c)
        .optional()?;
    rij.map(|(id, fase)| Ok((id, Fase::uit_code(&fase).ok_or_else(|| ongeldig(fase))?))).transpose()
}

fn bestaand(c: &mut Verbinding, dossier_id: &str) -> Result<(String, Fase), StoreFout> {
    van_dossier(c, dossier_id)?
        .ok_or_else(|| StoreFout::Ongeldig("dit dossier heeft (nog) geen spoor 2-traject".into()))
}

fn stand(c: &mut Verbinding, traject_id: &str) -> Result<Stand, StoreFout> {
    let (opdracht, intake): (Option<String>, Option<String>) =
        trajecten::table.find(traject_id).select((trajecten::opdracht, trajecten::intake)).first(c)?;
    let laatste: Option<(Option<String>, Option<String>)> = trajectplannen::table
        .filter(trajectplannen::traject_id.eq(traject_id))
        .order(trajectplannen::versie.desc())
        .select((trajectplannen::werknemer_akkoord_door, trajectplannen::werkgever_akkoord_door))
        .first(c)
        .optional()?;
    Ok(Stand {
        opdracht_gegeven: opdracht.is_some(),
        intake_vastgelegd: intake.is_some(),
        plan_goedgekeurd: laatste.is_some_and(|(wn, wg)| wn.is_some() && wg.is_some()),
    })
}

/// Moves the traject on, after the domain's rules; records the move.
fn ga_naar(
    c: &mut Verbinding,
    actor: Actor<'_>,
    traject_id: &str,
    van: Fase,
    naar: Fase,
    reden: Option<Afsluitreden>,
    datum: Date,
) -> Result<(), StoreFout> {
    let stand = stand(c, traject_id)?;
    let rollen = match rol(c, actor)? {
        Some(r) => vec![r],
        None => Rol::ALLE.to_vec(),
    };
    let mut uitkomst = Err(StoreFout::Ongeldig(String::new()));
    for r in rollen {
        uitkomst = traject::overgang(van, naar, r, reden, stand).map_err(|e| match e {
            traject::OvergangFout::VerkeerdeRol { .. } => {
                StoreFout::Geweigerd("deze stap in het traject is niet voor uw rol")
            }
            e => StoreFout::Ongeldig(e.to_string()),
        });
        if uitkomst.is_ok() {
            break;
        }
    }
    uitkomst?;
    diesel::update(trajecten::table.find(traject_id))
        .set((trajecten::fase.eq(naar.code()), trajecten::afsluitreden.eq(reden.map(|r| r.code()))))
        .execute(c)?;
    diesel::insert_into(traject_overgangen::table)
        .values((
            traject_overgangen::id.eq(nieuw_id()),
            traject_overgangen::traject_id.eq(traject_id),
            traject_overgangen::van.eq(van.code()),
            traject_overgangen::naar.eq(naar.code()),
            traject_overgangen::datum.eq(datum.to_string()),
            traject_overgangen::reden.eq(reden.map(|r| r.code())),
            traject_overgangen::door.eq(actor.id),
            traject_overgangen::vastgelegd.eq(nu_micros()),
        ))
        .execute(c)?;
    Ok(())
}

/// The traject's placement, if recorded.
fn plaatsing_van(c: &mut Verbinding, traject_id: &str) -> Result<Option<Plaatsing>, StoreFout> {
    let p: Option<String> = trajecten::table.find(traject_id).select(trajecten::plaatsing).first(c)?;
    p.as_deref().map(lees::<Plaatsing>).transpose()
}

impl Store {
    /// The arbeidsdeskundige advises spoor 2: the traject begins, in the phase `advies`.
    pub fn adviseer_spoor2(&self, actor: Actor<'_>, dossier_id: &str, a: &Advies) -> Result<String, StoreFout> {
        tekst_verplicht(&a.conclusie, "de conclusie")?;
        if a.zoekrichtingen.iter().all(|z| z.trim().is_empty()) {
            return Err(StoreFout::Ongeldig("geef minstens één zoekrichting".into()));
        }
        let id = nieuw_id();
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::ArbeidsdeskundigRapport], dossier_id)?;
            if van_dossier(c, dossier_id)?.is_some() {
                return Err(StoreFout::Ongeldig("dit dossier heeft al een spoor 2-traject".into()));
            }
            diesel::insert_into(trajecten::table)
                .values((
                    trajecten::id.eq(&id),
                    trajecten::dossier_id.eq(dossier_id),
                    trajecten::fase.eq(Fase::Advies.code()),
                    trajecten::advies.eq(json!(a).to_string()),
                    trajecten::aangemaakt.eq(nu_micros()),
                ))
                .execute(c)?;
            wijziging(c, actor, "traject", &id, Some(&werknemer_id), json!({"fase": "advies", "datum": a.datum}))
        })?;
        Ok(id)
    }

    /// The employer commissions the traject: it moves to `intake`, and spoor 2 starts on the clock.
    pub fn geef_opdracht(&self, actor: Actor<'_>, dossier_id: &str, o: &Opdracht) -> Result<(), StoreFout> {
        if !matches!(o.rapportage_interval_weken, 6 | 8) {
            return Err(StoreFout::Ongeldig("de rapportage-interval is 6 of 8 weken".into()));
        }
        if !(1..=104).contains(&o.duur_weken) {
            return Err(StoreFout::Ongeldig("de afgesproken duur is 1 tot 104 weken".into()));
        }
        if o.budget_centen < 0 {
            return Err(StoreFout::Ongeldig("het budget kan niet negatief zijn".into()));
        }
        self.schrijf(|c| {
            // The employer commissions; the beheerder may do it for them (the organisation's business, not
            // the dossier's data).
            let Plaats { werknemer_id, .. } = if rol(c, actor)? == Some(Rol::Beheerder) {
                crate::beheer(c, actor)?;
                let plaats = Plaats::laad(c, dossier_id)?;
                if plaats.organisatie_id != actor.organisatie_id {
                    return Err(StoreFout::NietGevonden("dossier"));
                }
                plaats
            } else {
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Verzuim], dossier_id)?
            };
            let (id, fase) = bestaand(c, dossier_id)?;
            diesel::update(trajecten::table.find(&id)).set(trajecten::opdracht.eq(json!(o).to_string())).execute(c)?;
            ga_naar(c, actor, &id, fase, Fase::Intake, None, o.datum)?;
            let al_gestart: i64 = gebeurtenissen::table
                .filter(gebeurtenissen::dossier_id.eq(dossier_id))
                .filter(gebeurtenissen::soort.eq("start_spoor2"))
                .count()
                .get_result(c)?;
            if al_gestart == 0 {
                klok_gebeurtenis(c, actor, dossier_id, "start_spoor2", o.start)?;
            }
            wijziging(c, actor, "traject", &id, Some(&werknemer_id), json!({"opdracht": o.datum, "start": o.start}))
        })
    }

    /// The coach records the intake and assessment, with the zoekprofiel.
    pub fn leg_intake_vast(&self, actor: Actor<'_>, dossier_id: &str, i: &Intake) -> Result<(), StoreFout> {
        tekst_verplicht(&i.zoekprofiel, "het zoekprofiel")?;
        Opleidingsniveau::parse(&i.opleidingsniveau).map_err(|e| StoreFout::Ongeldig(e.to_string()))?;
        if i.oud_loon_per_maand_centen.is_some_and(|c| !(100..=MAX_OUD_LOON_CENTEN).contains(&c)) {
            return Err(StoreFout::Ongeldig(format!(
                "het oude loon per maand ligt tussen € 1 en € {}",
                MAX_OUD_LOON_CENTEN / 100
            )));
        }
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Traject], dossier_id)?;
            let (id, fase) = bestaand(c, dossier_id)?;
            if fase != Fase::Intake {
                return Err(StoreFout::Ongeldig(format!(
                    "de intake hoort bij de fase intake, niet bij {}",
                    fase.code()
                )));
            }
            diesel::update(trajecten::table.find(&id)).set(trajecten::intake.eq(json!(i).to_string())).execute(c)?;
            wijziging(c, actor, "traject", &id, Some(&werknemer_id), json!({"intake": i.datum}))
        })
    }

    /// Moves the traject to the next phase, or closes it with a reason.
    pub fn zet_traject_door(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        naar: Fase,
        reden: Option<Afsluitreden>,
        datum: Date,
    ) -> Result<(), StoreFout> {
        self.schrijf(|c| {
            // Reading the traject is the least a move needs; the domain decides whose move it is.
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Traject], dossier_id)?;
            let (id, fase) = bestaand(c, dossier_id)?;
            ga_naar(c, actor, &id, fase, naar, reden, datum)?;
            let details = json!({"van": fase.code(), "naar": naar.code(), "reden": reden.map(|r| r.code())});
            wijziging(c, actor, "traject", &id, Some(&werknemer_id), details)
        })
    }

    /// The coach makes a new version of the trajectplan; earlier versions stay as they were.
    pub fn nieuw_trajectplan(&self, actor: Actor<'_>, dossier_id: &str, p: &Plan) -> Result<i32, StoreFout> {
        if p.doelen.iter().all(|d| d.trim().is_empty()) {
            return Err(StoreFout::Ongeldig("geef minstens één doel".into()));
        }
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Traject], dossier_id)?;
            let (id, fase) = bestaand(c, dossier_id)?;
            if fase < Fase::Plan || fase == Fase::Afgesloten {
                return Err(StoreFout::Ongeldig("een trajectplan volgt op de intake, in een lopend traject".into()));
            }
            let laatste: Option<i32> = trajectplannen::table
                .filter(trajectplannen::traject_id.eq(&id))
                .select(diesel::dsl::max(trajectplannen::versie))
                .first(c)?;
            let versie = laatste.unwrap_or(0) + 1;
            diesel::insert_into(trajectplannen::table)
                .values((
                    trajectplannen::traject_id.eq(&id),
                    trajectplannen::versie.eq(versie),
                    trajectplannen::datum.eq(p.datum.to_string()),
                    trajectplannen::inhoud.eq(json!(p).to_string()),
                    trajectplannen::door.eq(actor.id),
                    trajectplannen::vastgelegd.eq(nu_micros()),
                ))
                .execute(c)?;
            wijziging(c, actor, "trajectplan", &id, Some(&werknemer_id), json!({"versie": versie}))?;
            Ok(versie)
        })
    }

    /// The employee or the employer approves a version of the trajectplan (recorded as who and when).
    pub fn keur_trajectplan_goed(&self, actor: Actor<'_>, dossier_id: &str, versie: i32) -> Result<(), StoreFout> {
        self.schrijf(|c| {
            let rol = rol(c, actor)?;
            // The employee approves as their own entry; the employer as the one who records the dossier.
            let gegevens = match rol {
                Some(Rol::Werknemer) => Gegevens::EigenTrajectinvoer,
                Some(Rol::Werkgever) => Gegevens::Verzuim,
                _ => Gegevens::Beheer,
            };
            let Plaats { werknemer_id, .. } = toegang_tot(c, actor, Handeling::Schrijven, &[gegevens], dossier_id)?;
            let (id, _) = bestaand(c, dossier_id)?;
            let plan = trajectplannen::table.find((&id, versie));
            let bestaat: i64 = plan.count().get_result(c)?;
            if bestaat == 0 {
                return Err(StoreFout::NietGevonden("trajectplan"));
            }
            let nu = nu_micros();
            match rol {
                Some(Rol::Werknemer) => diesel::update(plan)
                    .set((
                        trajectplannen::werknemer_akkoord_door.eq(actor.id),
                        trajectplannen::werknemer_akkoord_op.eq(nu),
                    ))
                    .execute(c)?,
                _ => diesel::update(plan)
                    .set((
                        trajectplannen::werkgever_akkoord_door.eq(actor.id),
                        trajectplannen::werkgever_akkoord_op.eq(nu),
                    ))
                    .execute(c)?,
            };
            wijziging(c, actor, "trajectplan", &id, Some(&werknemer_id), json!({"versie": versie, "akkoord": true}))
        })
    }

    /// The employee adds their own view to a version of the trajectplan.
    pub fn geef_visie_op_plan(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        versie: i32,
        visie: &str,
    ) -> Result<(), StoreFout> {
        tekst_verplicht(visie, "uw visie")?;
        if visie.chars().count() > 4000 {
            return Err(StoreFout::Ongeldig("uw visie is te lang (hoogstens 4000 tekens)".into()));
        }
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::EigenTrajectinvoer], dossier_id)?;
            if rol(c, actor)? != Some(Rol::Werknemer) {
                return Err(StoreFout::Geweigerd("alleen de werknemer geeft een eigen visie op het plan"));
            }
            let (id, _) = bestaand(c, dossier_id)?;
            let gewijzigd = diesel::update(trajectplannen::table.find((&id, versie)))
                .set(trajectplannen::werknemer_visie.eq(visie.trim()))
                .execute(c)?;
            if gewijzigd == 0 {
                return Err(StoreFout::NietGevonden("trajectplan"));
            }
            wijziging(c, actor, "trajectplan", &id, Some(&werknemer_id), json!({"versie": versie, "visie": true}))
        })
    }

    /// Logs an activity. The coach's count at once, also on the clock; the employee logs their own
    /// applications, which count once the coach confirms them.
    pub fn log_activiteit(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        a: &NieuweActiviteit,
    ) -> Result<String, StoreFout> {
        if a.minuten > 24 * 60 {
            return Err(StoreFout::Ongeldig("een activiteit duurt hoogstens 24 uur".into()));
        }
        if let Some(status) = &a.inhoud.status
            && SollicitatieStatus::uit_code(status).is_none()
        {
            return Err(StoreFout::Ongeldig(format!("'{status}' is geen status van een sollicitatie")));
        }
        let id = nieuw_id();
        self.schrijf(|c| {
            let rol = rol(c, actor)?;
            let eigen = rol == Some(Rol::Werknemer);
            let gegevens = if eigen { Gegevens::EigenTrajectinvoer } else { Gegevens::Traject };
            let Plaats { werknemer_id, .. } = toegang_tot(c, actor, Handeling::Schrijven, &[gegevens], dossier_id)?;
            if eigen && a.soort != ActiviteitSoort::Sollicitatie {
                return Err(StoreFout::Geweigerd("de werknemer legt zelf alleen sollicitaties vast"));
            }
            let (traject_id, fase) = bestaand(c, dossier_id)?;
            if fase < Fase::Intake || fase == Fase::Afgesloten {
                return Err(StoreFout::Ongeldig("activiteiten horen bij een lopend traject, na de opdracht".into()));
            }
            let mut inhoud = a.inhoud.clone();
            if a.soort == ActiviteitSoort::Sollicitatie && inhoud.status.is_none() {
                inhoud.status = Some(SollicitatieStatus::Open.code().into());
            }
            diesel::insert_into(activiteiten::table)
                .values((
                    activiteiten::id.eq(&id),
                    activiteiten::traject_id.eq(&traject_id),
                    activiteiten::soort.eq(a.soort.code()),
                    activiteiten::datum.eq(a.datum.to_string()),
                    activiteiten::minuten.eq(a.minuten as i32),
                    activiteiten::inhoud.eq(json!(inhoud).to_string()),
                    activiteiten::ingevoerd_door.eq(actor.id),
                    activiteiten::bevestigd_door.eq((!eigen).then_some(actor.id)),
                    activiteiten::vastgelegd.eq(nu_micros()),
                ))
                .execute(c)?;
            if !eigen {
                klok_gebeurtenis(c, actor, dossier_id, "spoor2_activiteit", a.datum)?;
            }
            let details = json!({"activiteit": a.soort.code(), "datum": a.datum, "eigen": eigen});
            wijziging(c, actor, "activiteit", &id, Some(&werknemer_id), details)
        })?;
        Ok(id)
    }

    /// The coach confirms an activity the employee logged; from then on it counts, also on the clock.
    pub fn bevestig_activiteit(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        activiteit_id: &str,
    ) -> Result<(), StoreFout> {
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Traject], dossier_id)?;
            let (traject_id, _) = bestaand(c, dossier_id)?;
            let rij: Option<(String, Option<String>)> = activiteiten::table
                .find(activiteit_id)
                .filter(activiteiten::traject_id.eq(&traject_id))
                .select((activiteiten::datum, activiteiten::bevestigd_door))
                .first(c)
                .optional()?;
            let (datum, bevestigd) = rij.ok_or(StoreFout::NietGevonden("activiteit"))?;
            if bevestigd.is_some() {
                return Ok(());
            }
            diesel::update(activiteiten::table.find(activiteit_id))
                .set(activiteiten::bevestigd_door.eq(actor.id))
                .execute(c)?;
            klok_gebeurtenis(c, actor, dossier_id, "spoor2_activiteit", crate::datum(&datum)?)?;
            wijziging(c, actor, "activiteit", activiteit_id, Some(&werknemer_id), json!({"bevestigd": true}))
        })
    }

    /// Moves an application on (open → gesprek → afgewezen / aanbod → aangenomen): the coach, or the
    /// employee for their own.
    pub fn wijzig_sollicitatie(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        activiteit_id: &str,
        naar: SollicitatieStatus,
    ) -> Result<(), StoreFout> {
        self.schrijf(|c| {
            let eigen = rol(c, actor)? == Some(Rol::Werknemer);
            let gegevens = if eigen { Gegevens::EigenTrajectinvoer } else { Gegevens::Traject };
            let Plaats { werknemer_id, .. } = toegang_tot(c, actor, Handeling::Schrijven, &[gegevens], dossier_id)?;
            let (traject_id, _) = bestaand(c, dossier_id)?;
            let rij: Option<(String, String, String)> = activiteiten::table
                .find(activiteit_id)
                .filter(activiteiten::traject_id.eq(&traject_id))
                .select((activiteiten::soort, activiteiten::inhoud, activiteiten::ingevoerd_door))
                .first(c)
                .optional()?;
            let (soort, inhoud, door) = rij.ok_or(StoreFout::NietGevonden("activiteit"))?;
            if soort != ActiviteitSoort::Sollicitatie.code() {
                return Err(StoreFout::Ongeldig("alleen een sollicitatie heeft een status".into()));
            }
            if eigen && door != actor.id {
                return Err(StoreFout::Geweigerd("de werknemer wijzigt alleen de eigen sollicitaties"));
            }
            let mut inhoud: ActiviteitInhoud = serde_json::from_str(&inhoud).map_err(ongeldig)?;
            let van =
                inhoud.status.as_deref().and_then(SollicitatieStatus::uit_code).unwrap_or(SollicitatieStatus::Open);
            if !van.mag_naar(naar) {
                return Err(StoreFout::Ongeldig(format!(
                    "een sollicitatie gaat niet van {} naar {}",
                    van.code(),
                    naar.code()
                )));
            }
            inhoud.status = Some(naar.code().into());
            diesel::update(activiteiten::table.find(activiteit_id))
                .set(activiteiten::inhoud.eq(json!(inhoud).to_string()))
                .execute(c)?;
            wijziging(c, actor, "activiteit", activiteit_id, Some(&werknemer_id), json!({"status": naar.code()}))
        })
    }

    /// The coach records the placement with a new employer, in the phase `plaatsing` or `nazorg`; a
    /// second recording corrects the first.
    pub fn leg_plaatsing_vast(&self, actor: Actor<'_>, dossier_id: &str, p: &Plaatsing) -> Result<(), StoreFout> {
        tekst_verplicht(&p.werkgever, "de nieuwe werkgever")?;
        tekst_verplicht(&p.functie, "de functie")?;
        if !(1..=60).contains(&p.uren_per_week) {
            return Err(StoreFout::Ongeldig("de uren per week liggen tussen 1 en 60".into()));
        }
        if p.loon_per_maand_centen <= 0 || p.oud_loon_per_maand_centen <= 0 {
            return Err(StoreFout::Ongeldig("geef het nieuwe en het oude loon per maand".into()));
        }
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Traject], dossier_id)?;
            let (id, fase) = bestaand(c, dossier_id)?;
            if fase == Fase::Afgesloten {
                return Err(StoreFout::Ongeldig("het traject is afgesloten".into()));
            }
            if fase < Fase::Plaatsing {
                return Err(StoreFout::Ongeldig(format!(
                    "een plaatsing hoort bij de fase plaatsing of nazorg; het traject is in de fase {}",
                    fase.code()
                )));
            }
            diesel::update(trajecten::table.find(&id)).set(trajecten::plaatsing.eq(json!(p).to_string())).execute(c)?;
            let verhouding = p.loonverhouding().map(|v| v.promille);
            let details =
                json!({"plaatsing": p.startdatum, "contract": p.contract.code(), "loon_promille": verhouding});
            wijziging(c, actor, "traject", &id, Some(&werknemer_id), details)
        })
    }

    /// The coach records a nazorg contact after the placement: whether the work lasts, and a note.
    pub fn leg_nazorgcontact_vast(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        n: &NieuwNazorgcontact,
    ) -> Result<String, StoreFout> {
        let id = nieuw_id();
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Traject], dossier_id)?;
            let (traject_id, fase) = bestaand(c, dossier_id)?;
            if fase == Fase::Afgesloten {
                return Err(StoreFout::Ongeldig("het traject is afgesloten".into()));
            }
            let plaatsing = match plaatsing_van(c, &traject_id)? {
                Some(p) if fase >= Fase::Plaatsing => p,
                _ => return Err(StoreFout::Ongeldig("nazorg volgt op een vastgelegde plaatsing".into())),
            };
            if n.datum < plaatsing.startdatum {
                return Err(StoreFout::Ongeldig(
                    "een nazorgcontact ligt niet voor de start van het nieuwe werk".into(),
                ));
            }
            diesel::insert_into(nazorgcontacten::table)
                .values((
                    nazorgcontacten::id.eq(&id),
                    nazorgcontacten::traject_id.eq(&traject_id),
                    nazorgcontacten::datum.eq(n.datum.to_string()),
                    nazorgcontacten::werk_duurt.eq(n.werk_duurt),
                    nazorgcontacten::notitie.eq(&n.notitie),
                    nazorgcontacten::door.eq(actor.id),
                    nazorgcontacten::vastgelegd.eq(nu_micros()),
                ))
                .execute(c)?;
            let details = json!({"nazorg": n.datum, "werk_duurt": n.werk_duurt});
            wijziging(c, actor, "nazorgcontact", &id, Some(&werknemer_id), details)
        })?;
        Ok(id)
    }

    /// The coach registers time on the traject, once it is commissioned (also after closing, for the
    /// final report), on or after the commission's date.
    pub fn registreer_uren(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        u: &NieuweUrenregel,
    ) -> Result<String, StoreFout> {
        if !(1..=24 * 60).contains(&u.minuten) {
            return Err(StoreFout::Ongeldig("een urenregel is 1 minuut tot 24 uur".into()));
        }
        if !(0..=100_000).contains(&u.tarief_centen_per_uur) {
            return Err(StoreFout::Ongeldig("het tarief ligt tussen 0 en 1000 euro per uur".into()));
        }
        tekst_verplicht(&u.omschrijving, "de omschrijving")?;
        let id = nieuw_id();
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Traject], dossier_id)?;
            let (traject_id, _) = bestaand(c, dossier_id)?;
            let opdracht: Option<String> = trajecten::table.find(&traject_id).select(trajecten::opdracht).first(c)?;
            let Some(opdracht) = opdracht.as_deref().map(lees::<Opdracht>).transpose()? else {
                return Err(StoreFout::Ongeldig("uren horen bij een traject met een opdracht".into()));
            };
            if u.datum < opdracht.datum {
                return Err(StoreFout::Ongeldig("uren liggen niet voor de datum van de opdracht".into()));
            }
            diesel::insert_into(urenregels::table)
                .values((
                    urenregels::id.eq(&id),
                    urenregels::traject_id.eq(&traject_id),
                    urenregels::datum.eq(u.datum.to_string()),
                    urenregels::categorie.eq(u.categorie.code()),
                    urenregels::minuten.eq(u.minuten as i32),
                    urenregels::tarief_centen.eq(u.tarief_centen_per_uur),
                    urenregels::omschrijving.eq(&u.omschrijving),
                    urenregels::declarabel.eq(u.declarabel),
                    urenregels::door.eq(actor.id),
                    urenregels::vastgelegd.eq(nu_micros()),
                ))
                .execute(c)?;
            let details = json!({"uren": u.datum, "categorie": u.categorie.code(), "minuten": u.minuten});
            wijziging(c, actor, "urenregel", &id, Some(&werknemer_id), details)
        })?;
        Ok(id)
    }

    /// The traject's billable lines as CSV ([`declarabele_regels`]) for whoever may read the traject;
    /// the read is logged.
    pub fn uren_csv(&self, actor: Actor<'_>, dossier_id: &str, context: &str) -> Result<String, StoreFout> {
        self.lees(actor, |c, gelezen| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Traject], dossier_id)?;
            let (traject_id, _) = bestaand(c, dossier_id)?;
            gelezen.dossier(dossier_id, &werknemer_id, context, &["uren"]);
            Ok(declarabele_regels(&uren_van(c, &[&traject_id])?.remove(&traject_id).unwrap_or_default()).csv())
        })
    }

    /// The dossier's traject (`None`: none yet); the read is logged.
    pub fn traject(&self, actor: Actor<'_>, dossier_id: &str, context: &str) -> Result<Option<Traject>, StoreFout> {
        self.lees(actor, |c, gelezen| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Traject], dossier_id)?;
            let Some(traject) = laad_traject(c, dossier_id)? else { return Ok(None) };
            gelezen.dossier(dossier_id, &werknemer_id, context, &["traject"]);
            Ok(Some(traject))
        })
    }
}

/// The dossier's traject as stored, without asking the policy or logging: for the callers that do both.
pub(crate) fn laad_traject(c: &mut Verbinding, dossier_id: &str) -> Result<Option<Traject>, StoreFout> {
    Ok(laad_trajecten(c, &[dossier_id])?.remove(dossier_id))
}

/// The trajects of these dossiers as stored, by dossier id (a dossier without one is absent), without
/// asking the policy or logging. Each kind of row is read with one query per [`crate::PER_VRAAG`]
/// dossiers, so that a list of many dossiers costs a handful of queries, not a dozen per dossier.
pub(crate) fn laad_trajecten(c: &mut Verbinding, dossier_ids: &[&str]) -> Result<HashMap<String, Traject>, StoreFout> {
    let mut uit = HashMap::with_capacity(dossier_ids.len());
    for stuk in dossier_ids.chunks(crate::PER_VRAAG) {
        type TrajectRij =
            (String, String, String, Option<String>, String, Option<String>, Option<String>, Option<String>);
        let rijen: Vec<TrajectRij> = trajecten::table
            .filter(trajecten::dossier_id.eq_any(stuk))
            .select((
                trajecten::dossier_id,
                trajecten::id,
                trajecten::fase,
                trajecten::afsluitreden,
                trajecten::advies,
                trajecten::opdracht,
                trajecten::intake,
                trajecten::plaatsing,
            ))
            .load(c)?;
        let ids: Vec<&str> = rijen.iter().map(|r| r.1.as_str()).collect();
        let mut plannen = plannen_van(c, &ids)?;
        let mut activiteiten = activiteiten_van(c, &ids)?;
        let mut overgangen = overgangen_van(c, &ids)?;
        let mut nazorg = nazorg_van(c, &ids)?;
        let mut uren = uren_van(c, &ids)?;
        for (dossier_id, id, fase, afsluitreden, advies, opdracht, intake, plaatsing) in rijen {
            let traject = Traject {
                fase: Fase::uit_code(&fase).ok_or_else(|| ongeldig(&fase))?,
                afsluitreden: afsluitreden.as_deref().and_then(Afsluitreden::uit_code),
                advies: lees(&advies)?,
                opdracht: opdracht.as_deref().map(lees::<Opdracht>).transpose()?,
                intake: intake.as_deref().map(lees::<Intake>).transpose()?,
                plannen: plannen.remove(&id).unwrap_or_default(),
                activiteiten: activiteiten.remove(&id).unwrap_or_default(),
                overgangen: overgangen.remove(&id).unwrap_or_default(),
                plaatsing: plaatsing.as_deref().map(lees::<Plaatsing>).transpose()?,
                nazorg: nazorg.remove(&id).unwrap_or_default(),
                uren: uren.remove(&id).unwrap_or_default(),
                id,
            };
            uit.insert(dossier_id, traject);
        }
    }
    Ok(uit)
}

/// The versions of these trajects' plans, by traject, oldest first.
fn plannen_van(c: &mut Verbinding, ids: &[&str]) -> Result<HashMap<String, Vec<PlanVersie>>, StoreFout> {
    type PlanRij =
        (String, i32, String, Option<String>, Option<String>, Option<i64>, Option<String>, Option<i64>, Option<String>);
    let rijen: Vec<PlanRij> = trajectplannen::table
        .left_join(gebruikers::table.on(gebruikers::id.eq(trajectplannen::door)))
        .filter(trajectplannen::traject_id.eq_any(ids))
        .order(trajectplannen::versie)
        .select((
            trajectplannen::traject_id,
            trajectplannen::versie,
            trajectplannen::inhoud,
            gebruikers::naam.nullable(),
            trajectplannen::werknemer_akkoord_door,
            trajectplannen::werknemer_akkoord_op,
            trajectplannen::werkgever_akkoord_door,
            trajectplannen::werkgever_akkoord_op,
            trajectplannen::werknemer_visie,
        ))
        .load(c)?;
    // The names of who approved, in one query.
    let akkoord: Vec<&str> = rijen.iter().flat_map(|r| [r.4.as_deref(), r.6.as_deref()]).flatten().collect();
    let namen: HashMap<String, String> = if akkoord.is_empty() {
        HashMap::new()
    } else {
        gebruikers::table
            .filter(gebruikers::id.eq_any(&akkoord))
            .select((gebruikers::id, gebruikers::naam))
            .load::<(String, String)>(c)?
            .into_iter()
            .collect()
    };
    let naam = |id: &str| namen.get(id).cloned().unwrap_or_default();
    crate::per_sleutel(rijen.into_iter().map(
        |(traject_id, versie, inhoud, door, wn, wn_op, wg, wg_op, werknemer_visie)| {
            let versie = PlanVersie {
                versie,
                plan: lees(&inhoud)?,
                door: door.unwrap_or_default(),
                werknemer_akkoord: wn.zip(wn_op).map(|(w, op)| (naam(&w), op)),
                werkgever_akkoord: wg.zip(wg_op).map(|(w, op)| (naam(&w), op)),
                werknemer_visie,
            };
            Ok((traject_id, versie))
        },
    ))
}

/// These trajects' logged activities, by traject, oldest first.
fn activiteiten_van(c: &mut Verbinding, ids: &[&str]) -> Result<HashMap<String, Vec<Activiteit>>, StoreFout> {
    type ActiviteitRij = (String, String, String, String, i32, String, Option<String>, Option<String>);
    let rijen: Vec<ActiviteitRij> = activiteiten::table
        .left_join(gebruikers::table.on(gebruikers::id.eq(activiteiten::ingevoerd_door)))
        .filter(activiteiten::traject_id.eq_any(ids))
        .order((activiteiten::datum, activiteiten::vastgelegd))
        .select((
            activiteiten::traject_id,
            activiteiten::id,
            activiteiten::soort,
            activiteiten::datum,
            activiteiten::minuten,
            activiteiten::inhoud,
            gebruikers::naam.nullable(),
            activiteiten::bevestigd_door,
        ))
        .load(c)?;
    crate::per_sleutel(rijen.into_iter().map(|(traject_id, id, soort, datum, minuten, inhoud, door, bevestigd)| {
        let activiteit = Activiteit {
            id,
            soort: ActiviteitSoort::uit_code(&soort).ok_or_else(|| ongeldig(&soort))?,
            datum: crate::datum(&datum)?,
            minuten: minuten.max(0) as u32,
            inhoud: lees(&inhoud)?,
            ingevoerd_door: door.unwrap_or_default(),
            bevestigd: bevestigd.is_some(),
        };
        Ok((traject_id, activiteit))
    }))
}

/// These trajects' moves from phase to phase, by traject, in the order they were made.
fn overgangen_van(c: &mut Verbinding, ids: &[&str]) -> Result<HashMap<String, Vec<Overgang>>, StoreFout> {
    type OvergangRij = (String, String, String, String, Option<String>, Option<String>);
    let rijen: Vec<OvergangRij> = traject_overgangen::table
        .left_join(gebruikers::table.on(gebruikers::id.eq(traject_overgangen::door)))
        .filter(traject_overgangen::traject_id.eq_any(ids))
        .order(traject_overgangen::vastgelegd)
        .select((
            traject_overgangen::traject_id,
            traject_overgangen::van,
            traject_overgangen::naar,
            traject_overgangen::datum,
            traject_overgangen::reden,
            gebruikers::naam.nullable(),
        ))
        .load(c)?;
    crate::per_sleutel(rijen.into_iter().map(|(traject_id, van, naar, datum, reden, door)| {
        let overgang = Overgang {
            van: Fase::uit_code(&van).ok_or_else(|| ongeldig(&van))?,
            naar: Fase::uit_code(&naar).ok_or_else(|| ongeldig(&naar))?,
            datum: crate::datum(&datum)?,
            reden: reden.as_deref().and_then(Afsluitreden::uit_code),
            door: door.unwrap_or_default(),
        };
        Ok((traject_id, overgang))
    }))
}

/// These trajects' nazorg contacts, by traject, oldest first.
fn nazorg_van(c: &mut Verbinding, ids: &[&str]) -> Result<HashMap<String, Vec<Nazorgcontact>>, StoreFout> {
    let rijen: Vec<(String, String, String, bool, String, Option<String>)> = nazorgcontacten::table
        .left_join(gebruikers::table.on(gebruikers::id.eq(nazorgcontacten::door)))
        .filter(nazorgcontacten::traject_id.eq_any(ids))
        .order((nazorgcontacten::datum, nazorgcontacten::vastgelegd))
        .select((
            nazorgcontacten::traject_id,
            nazorgcontacten::id,
            nazorgcontacten::datum,
            nazorgcontacten::werk_duurt,
            nazorgcontacten::notitie,
            gebruikers::naam.nullable(),
        ))
        .load(c)?;
    crate::per_sleutel(rijen.into_iter().map(|(traject_id, id, datum, werk_duurt, notitie, door)| {
        let contact =
            Nazorgcontact { id, datum: crate::datum(&datum)?, werk_duurt, notitie, door: door.unwrap_or_default() };
        Ok((traject_id, contact))
    }))
}

/// These trajects' registered time, by traject, oldest first.
fn uren_van(c: &mut Verbinding, ids: &[&str]) -> Result<HashMap<String, Vec<Urenregel>>, StoreFout> {
    type UrenRij = (String, String, String, String, i32, i64, String, bool, Option<String>);
    let rijen: Vec<UrenRij> = urenregels::table
        .left_join(gebruikers::table.on(gebruikers::id.eq(urenregels::door)))
        .filter(urenregels::traject_id.eq_any(ids))
        .order((urenregels::datum, urenregels::vastgelegd))
        .select((
            urenregels::traject_id,
            urenregels::id,
            urenregels::datum,
            urenregels::categorie,
            urenregels::minuten,
            urenregels::tarief_centen,
            urenregels::omschrijving,
            urenregels::declarabel,
            gebruikers::naam.nullable(),
        ))
        .load(c)?;
    crate::per_sleutel(rijen.into_iter().map(
        |(traject_id, id, datum, categorie, minuten, tarief, omschrijving, declarabel, door)| {
            let regel = Urenregel {
                id,
                datum: crate::datum(&datum)?,
                categorie: Urencategorie::uit_code(&categorie).ok_or_else(|| ongeldig(&categorie))?,
                minuten: minuten.max(0) as u32,
                tarief_centen_per_uur: tarief,
                omschrijving,
                declarabel,
                door: door.unwrap_or_default(),
            };
            Ok((traject_id, regel))
        },
    ))
}

/// Takes every free text and personal detail out of a traject whose dossier's term has passed, and keeps
/// what the figures count: its phases and their dates, the placement's first day, the nazorg contacts'
/// dates and outcome, the registered time. Returns the kinds of data it cleared.
pub(crate) fn anonimiseer(c: &mut Verbinding, dossier_id: &str) -> Result<Vec<&'static str>, StoreFout> {
    let Some((id, _)) = van_dossier(c, dossier_id)? else { return Ok(Vec::new()) };
    let (advies, intake, plaatsing): (String, Option<String>, Option<String>) =
        trajecten::table.find(&id).select((trajecten::advies, trajecten::intake, trajecten::plaatsing)).first(c)?;
    let advies = Advies { conclusie: String::new(), zoekrichtingen: Vec::new(), ..lees(&advies)? };
    let intake = intake.as_deref().map(lees::<Intake>).transpose()?.map(|i| Intake {
        datum: i.datum,
        werkervaring: String::new(),
        opleidingsniveau: String::new(),
        vaardigheden: String::new(),
        wensen: String::new(),
        mogelijkheden: String::new(),
        belemmeringen: String::new(),
        zoekprofiel: String::new(),
        oud_loon_per_maand_centen: None,
    });
    let plaatsing = plaatsing.as_deref().map(lees::<Plaatsing>).transpose()?.map(|p| Plaatsing {
        werkgever: String::new(),
        functie: String::new(),
        loon_per_maand_centen: 0,
        oud_loon_per_maand_centen: 0,
        ..p
    });
    diesel::update(trajecten::table.find(&id))
        .set((
            trajecten::advies.eq(json!(advies).to_string()),
            trajecten::intake.eq(intake.map(|i| json!(i).to_string())),
            trajecten::plaatsing.eq(plaatsing.map(|p| json!(p).to_string())),
        ))
        .execute(c)?;
    let plannen: Vec<(i32, String)> = trajectplannen::table
        .filter(trajectplannen::traject_id.eq(&id))
        .select((trajectplannen::versie, trajectplannen::inhoud))
        .load(c)?;
    for (versie, inhoud) in plannen {
        let plan: Plan = lees(&inhoud)?;
        let leeg = Plan { datum: plan.datum, doelen: Vec::new(), zoekrichtingen: Vec::new(), activiteiten: Vec::new() };
        diesel::update(trajectplannen::table.find((&id, versie)))
            .set((
                trajectplannen::inhoud.eq(json!(leeg).to_string()),
                trajectplannen::werknemer_visie.eq(None::<String>),
            ))
            .execute(c)?;
    }
    diesel::update(activiteiten::table.filter(activiteiten::traject_id.eq(&id)))
        .set(activiteiten::inhoud.eq(json!(ActiviteitInhoud::default()).to_string()))
        .execute(c)?;
    diesel::update(nazorgcontacten::table.filter(nazorgcontacten::traject_id.eq(&id)))
        .set(nazorgcontacten::notitie.eq(""))
        .execute(c)?;
    diesel::update(urenregels::table.filter(urenregels::traject_id.eq(&id)))
        .set(urenregels::omschrijving.eq(""))
        .execute(c)?;
    Ok(vec!["advies", "intake", "trajectplan", "activiteiten", "plaatsing", "nazorg", "uren"])
}
