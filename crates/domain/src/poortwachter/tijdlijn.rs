//! The clock and the compliance check: from a validated [`Casus`] to milestones and findings.

use jiff::civil::Date;

use super::bevinding::{Bevinding, Ernst, Feit, RivOntbreekt, Stilte, Verzuim};
use super::casus::{Casus, Gebeurtenis, Loonstop, Soort, UitzonderingSpoor2};
use super::datum::{dagen_tussen, plus_dagen, werkdag_vanaf};
use super::keten::{self, Keten, Termijn};
use super::mijlpaal::{Mijlpaal, MijlpaalCode, Status, status};

/// Deadlines in counted days from D ("uiterlijk in week N" = 7N), per poortwachter.md.
const ZIEKMELDING_ARBODIENST: u32 = 7;
const PROBLEEMANALYSE: u32 = 42;
const PLAN_VAN_AANPAK: u32 = 56;
const PLAN_NA_PROBLEEMANALYSE: u32 = 14;
const EVALUATIE_INTERVAL: u32 = 42;
const ZIEKMELDING_UWV: u32 = 294;
const EERSTEJAARSEVALUATIE_VENSTER: u32 = 315;
const EERSTEJAARSEVALUATIE: u32 = 364;
const SPOOR2_NA_EERSTEJAARSEVALUATIE: u32 = 42;
const START_SPOOR2: u32 = 406;
const UWV_WIA_BRIEF: u32 = 622;
const REINTEGRATIEVERSLAG: u32 = 637;
const WIA_AANVRAAG: u32 = 651;
/// With a vrijwillige verlenging to E: the RIV is due E − 91 days and the application E − 77 days.
const REINTEGRATIEVERSLAG_VOOR_EINDE: i32 = 91;
const WIA_AANVRAAG_VOOR_EINDE: i32 = 77;
/// Spoor 2 without logged activity for longer than this (counted days) is too thin.
const SPOOR2_STILTE: u32 = 42;
/// "No progress for 3 months" (13 weeks of counted days) suggests a deskundigenoordeel.
const STILSTAND: u32 = 91;

/// The timeline of the latest chain, with its findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tijdlijn {
    pub eerste_ziektedag: Date,
    /// Earlier chains, each ended by a gap of 28 fit days or more: (first, last sick day).
    pub eerdere_ketens: Vec<(Date, Date)>,
    /// The first fit day when the latest chain ended in full recovery.
    pub hersteld_op: Option<Date>,
    pub laatste_dag_wachttijd: Date,
    pub einde_wachttijd: Date,
    /// The first day without the obligation to pay wages.
    pub einde_loondoorbetaling: Date,
    pub mijlpalen: Vec<Mijlpaal>,
    pub bevindingen: Vec<Bevinding>,
    /// Wage stops imposed on the employee in this chain (BW 7:629 lid 3).
    pub loonstops: Vec<Loonstop>,
}

/// Computes the timeline and runs the compliance check, as on the case's peildatum.
pub fn bereken(casus: &Casus) -> Tijdlijn {
    let keten::Ketens { laatste: keten, eerdere: eerdere_ketens } =
        keten::ketens(casus.ziekteperiodes(), casus.wazo_verlof());
    let peildatum = casus.peildatum();
    let ctx = Context::nieuw(&keten, casus.gebeurtenissen(), peildatum);
    let loonstops = binnen(&keten, casus.loonstops(), peildatum, |l| l.datum);
    let mut mijlpalen = Vec::with_capacity(MijlpaalCode::ALLE.len() + 1 + ctx.aantal(MijlpaalCode::Evaluatie));
    let mut bevindingen = Vec::new();
    let mut vind = |feit| bevindingen.push(Bevinding::nieuw(feit));

    let wachttijd = match casus.vrijwillige_verlenging_tot() {
        Some(e) => keten.termijn(e),
        None => keten::einde_wachttijd_zonder_verlenging(&keten),
    };
    let einde_wachttijd = wachttijd.datum;
    let bevredigend = vroegste(ctx.eerste(&[Soort::BevredigendResultaat.index()]), ctx.uitzondering_bevredigend);

    mijlpalen.push(ctx.stap(MijlpaalCode::ZiekmeldingArbodienst, keten.na_dagen(ZIEKMELDING_ARBODIENST), false));

    let pa_excuus = ctx.afwijking(MijlpaalCode::Probleemanalyse);
    let pa = ctx.stap(MijlpaalCode::Probleemanalyse, keten.na_dagen(PROBLEEMANALYSE), pa_excuus);
    mijlpalen.push(pa);
    if is_te_laat(pa.status) && !pa_excuus {
        vind(Feit::ProbleemanalyseTeLaat(ctx.verzuim(&pa)));
    }

    let pva_excuus = ctx.afwijking(MijlpaalCode::PlanVanAanpak);
    let pva_termijn = match pa.gedaan_op {
        Some(datum) => keten.na(datum, PLAN_NA_PROBLEEMANALYSE),
        None => keten.na_dagen(PLAN_VAN_AANPAK),
    };
    let pva = ctx.stap(MijlpaalCode::PlanVanAanpak, pva_termijn, pva_excuus);
    mijlpalen.push(pva);
    let pva_verzuim = (is_te_laat(pva.status) && !pva_excuus).then(|| ctx.verzuim(&pva));
    let zonder_casemanager = pva.gedaan_op.is_some() && ctx.eerste(&[Soort::CasemanagerBenoemd.index()]).is_none();
    if pva_verzuim.is_some() || zonder_casemanager {
        vind(Feit::PlanVanAanpakTeLaat { verzuim: pva_verzuim, zonder_casemanager });
    }

    if let Some(feit) = ctx.evaluaties(einde_wachttijd, &mut mijlpalen) {
        vind(feit);
    }

    let uwv = ctx.stap(MijlpaalCode::ZiekmeldingUwv, keten.na_dagen(ZIEKMELDING_UWV), false);
    mijlpalen.push(uwv);
    if is_te_laat(uwv.status) {
        vind(Feit::ZiekmeldingUwvTeLaat { verzuim: ctx.verzuim(&uwv), wettelijke_datum: uwv.uiterste_datum });
    }

    let eje = Mijlpaal {
        venster_vanaf: Some(keten.na_dagen(EERSTEJAARSEVALUATIE_VENSTER).datum),
        ..ctx.stap(MijlpaalCode::Eerstejaarsevaluatie, keten.na_dagen(EERSTEJAARSEVALUATIE), false)
    };
    mijlpalen.push(eje);
    if is_te_laat(eje.status) {
        vind(Feit::EerstejaarsevaluatieOntbreekt(ctx.verzuim(&eje)));
    }

    let spoor2_termijn = match eje.gedaan_op {
        Some(datum) => keten.na(datum, SPOOR2_NA_EERSTEJAARSEVALUATIE),
        None => keten.na_dagen(START_SPOOR2),
    };
    let uitzondering = vroegste(ctx.uitzondering, bevredigend);
    let spoor2_excuus = uitzondering.is_some_and(|u| u <= spoor2_termijn.datum);
    let spoor2 = ctx.stap(MijlpaalCode::StartSpoor2, spoor2_termijn, spoor2_excuus);
    mijlpalen.push(spoor2);
    if is_te_laat(spoor2.status) && !spoor2_excuus {
        vind(Feit::Spoor2TeLaat { verzuim: ctx.verzuim(&spoor2), uitzondering_later: uitzondering });
    }
    if bevredigend.is_none() {
        let einde = ctx.einde_van_de_zorg(einde_wachttijd);
        if let Some(feit) = ctx.spoor2_activiteit(spoor2.gedaan_op, einde, casus.rapportage_interval_weken()) {
            vind(feit);
        }
        if pva.gedaan_op.is_some()
            && einde == peildatum
            && let Some(feit) = ctx.deskundigenoordeel(loonstops.last().map(|l| l.datum))
        {
            vind(feit);
        }
    }

    mijlpalen.push(ctx.stap(MijlpaalCode::UwvWiaBrief, keten.na_dagen(UWV_WIA_BRIEF), false));

    let (riv_termijn, wia_termijn) = match casus.vrijwillige_verlenging_tot() {
        Some(e) => (
            keten.termijn(plus_dagen(e, -REINTEGRATIEVERSLAG_VOOR_EINDE)),
            keten.termijn(plus_dagen(e, -WIA_AANVRAAG_VOOR_EINDE)),
        ),
        None => (keten.na_dagen(REINTEGRATIEVERSLAG), keten.na_dagen(WIA_AANVRAAG)),
    };
    let riv = ctx.stap(MijlpaalCode::Reintegratieverslag, riv_termijn, false);
    mijlpalen.push(riv);
    if keten.bereikt(riv.uiterste_datum) && peildatum > riv.uiterste_datum {
        let ontbreekt = ctx.riv_ontbreekt(riv.uiterste_datum, eje.gedaan_op, pa_excuus, pva_excuus);
        if ontbreekt.iets() {
            vind(Feit::RivOnvolledig { uiterste: riv.uiterste_datum, week: riv.week, ontbreekt });
        }
    }

    let wia = ctx.stap(MijlpaalCode::WiaAanvraag, wia_termijn, false);
    mijlpalen.push(wia);
    let vertraging = if is_te_laat(wia.status) { ctx.verzuim(&wia).dagen_te_laat() } else { 0 };
    let sanctie = 7 * i32::from(casus.loonsanctie_weken().unwrap_or(0));
    let mut einde_loondoorbetaling = plus_dagen(einde_wachttijd, sanctie + vertraging);
    if let Some(hersteld) = keten.hersteld_op() {
        einde_loondoorbetaling = einde_loondoorbetaling.min(hersteld);
    }
    if vertraging > 0 {
        vind(Feit::WiaAanvraagTeLaat { verzuim: ctx.verzuim(&wia), einde_loondoorbetaling });
    }

    let verstreken = keten.bereikt(einde_wachttijd) && peildatum >= einde_wachttijd;
    mijlpalen.push(ctx.mijlpaal(MijlpaalCode::EindeWachttijd, wachttijd, verstreken.then_some(einde_wachttijd), false));

    if let Some(datum) = bevredigend {
        for b in &mut bevindingen {
            b.ernst = b.ernst.min(Ernst::Waarschuwing);
        }
        bevindingen.push(Bevinding::nieuw(Feit::BevredigendResultaat { datum }));
    }

    Tijdlijn {
        eerste_ziektedag: keten.eerste_ziektedag(),
        eerdere_ketens,
        hersteld_op: keten.hersteld_op(),
        laatste_dag_wachttijd: plus_dagen(einde_wachttijd, -1),
        einde_wachttijd,
        einde_loondoorbetaling,
        mijlpalen,
        bevindingen,
        loonstops: loonstops.to_vec(),
    }
}

/// Finds the longest stretch of more than `grens` counted days between consecutive points.
struct Stiltemeter {
    vorige: Date,
    einde: Date,
    grens: u32,
    langste: Option<Stilte>,
}

impl Stiltemeter {
    fn nieuw(start: Date, einde: Date, grens: u32) -> Self {
        Self { vorige: start, einde, grens, langste: None }
    }

    /// The next point; `None` is the end (`einde`), still without a next point.
    fn punt(&mut self, keten: &Keten, punt: Option<Date>) {
        let tot = punt.unwrap_or(self.einde);
        // Counted days never exceed calendar days: most stretches need no counting.
        if dagen_tussen(self.vorige, tot) > self.grens as i32 {
            let dagen = keten.getelde_dagen_tussen(self.vorige, tot);
            if dagen > self.grens && self.langste.is_none_or(|l| dagen > l.dagen) {
                self.langste = Some(Stilte { van: self.vorige, tot: punt, tot_uiterlijk: self.einde, dagen });
            }
        }
        self.vorige = tot;
    }
}

/// The part of a date-sorted slice that belongs to the chain and is known on the peildatum.
fn binnen<'a, T>(keten: &Keten, alle: &'a [T], peildatum: Date, datum: impl Fn(&T) -> Date) -> &'a [T] {
    let begin = alle.partition_point(|x| datum(x) < keten.eerste_ziektedag());
    let eind = alle.partition_point(|x| datum(x) <= peildatum).max(begin);
    &alle[begin..eind]
}

fn vroegste(a: Option<Date>, b: Option<Date>) -> Option<Date> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn is_te_laat(s: Status) -> bool {
    matches!(s, Status::TeLaat | Status::GedaanTeLaat)
}

/// The latest chain and the events known of it on the peildatum, indexed by kind.
struct Context<'a> {
    keten: &'a Keten,
    /// Sorted by date, from D up to and including the peildatum.
    ev: &'a [Gebeurtenis],
    peildatum: Date,
    eerste: [Option<Date>; Soort::AANTAL],
    laatste: [Option<Date>; Soort::AANTAL],
    afwijking: [bool; MijlpaalCode::ALLE.len()],
    aantal: [u16; Soort::AANTAL],
    /// The first exception to spoor 2, and the first for a satisfactory result.
    uitzondering: Option<Date>,
    uitzondering_bevredigend: Option<Date>,
}

impl<'a> Context<'a> {
    fn nieuw(keten: &'a Keten, alle: &'a [Gebeurtenis], peildatum: Date) -> Self {
        let ev = binnen(keten, alle, peildatum, |g| g.datum);
        let mut eerste = [None; Soort::AANTAL];
        let mut laatste = [None; Soort::AANTAL];
        let mut afwijking = [false; MijlpaalCode::ALLE.len()];
        let mut aantal = [0u16; Soort::AANTAL];
        let (mut uitzondering, mut uitzondering_bevredigend) = (None, None);
        for g in ev {
            let i = g.soort.index();
            eerste[i] = eerste[i].or(Some(g.datum));
            laatste[i] = Some(g.datum);
            aantal[i] = aantal[i].saturating_add(1);
            match g.soort {
                Soort::AfwijkingGemotiveerd { betreft } => afwijking[betreft as usize] = true,
                Soort::UitzonderingSpoor2 { reden } => {
                    uitzondering = uitzondering.or(Some(g.datum));
                    if reden == UitzonderingSpoor2::BevredigendResultaat {
                        uitzondering_bevredigend = uitzondering_bevredigend.or(Some(g.datum));
                    }
                }
                _ => {}
            }
        }
        Self { keten, ev, peildatum, eerste, laatste, afwijking, aantal, uitzondering, uitzondering_bevredigend }
    }

    /// The first date of any of these kinds.
    fn eerste(&self, soorten: &[usize]) -> Option<Date> {
        soorten.iter().filter_map(|&i| self.eerste[i]).min()
    }

    fn laatste(&self, soorten: &[usize]) -> Option<Date> {
        soorten.iter().filter_map(|&i| self.laatste[i]).max()
    }

    fn aantal(&self, code: MijlpaalCode) -> usize {
        usize::from(self.aantal[code as usize])
    }

    fn gedaan(&self, code: MijlpaalCode) -> Option<Date> {
        self.eerste[code as usize]
    }

    fn afwijking(&self, code: MijlpaalCode) -> bool {
        self.afwijking[code as usize]
    }

    /// A milestone done by its first event; `excuus` makes a missing step lapse.
    fn stap(&self, code: MijlpaalCode, termijn: Termijn, excuus: bool) -> Mijlpaal {
        let gedaan_op = if code.is_handeling() { self.gedaan(code) } else { None };
        self.mijlpaal(code, termijn, gedaan_op, excuus)
    }

    fn mijlpaal(&self, code: MijlpaalCode, termijn: Termijn, gedaan_op: Option<Date>, excuus: bool) -> Mijlpaal {
        let uiterste = termijn.datum;
        let vervalt = excuus || !self.keten.bereikt(uiterste);
        let uiterste_werkdag = code.tot_eerste_werkdag().then(|| werkdag_vanaf(uiterste));
        let status = match gedaan_op {
            // UWV's own duty: we cannot know it was done, nor blame the employer.
            None if code == MijlpaalCode::UwvWiaBrief && !vervalt => Status::Open,
            _ => status(uiterste_werkdag.unwrap_or(uiterste), gedaan_op, vervalt, self.peildatum),
        };
        Mijlpaal {
            code,
            uiterste_datum: uiterste,
            uiterste_werkdag,
            week: termijn.week(),
            status,
            gedaan_op,
            venster_vanaf: None,
        }
    }

    fn verzuim(&self, m: &Mijlpaal) -> Verzuim {
        Verzuim { uiterste: m.grens(), week: m.week, gedaan_op: m.gedaan_op, peildatum: self.peildatum }
    }

    /// The last day the employer's duties run on the peildatum: the peildatum itself, or earlier
    /// when the employee recovered or the wachttijd ended.
    fn einde_van_de_zorg(&self, einde_wachttijd: Date) -> Date {
        let mut einde = self.peildatum.min(plus_dagen(einde_wachttijd, -1));
        if let Some(l) = self.keten.laatste_ziektedag() {
            einde = einde.min(l);
        }
        einde
    }

    /// The plan is evaluated at least every 42 counted days after the plan van aanpak (or its
    /// bijstelling, or the eerstejaarsevaluatie). Lists each evaluation held and the next one due.
    fn evaluaties(&self, einde_wachttijd: Date, mijlpalen: &mut Vec<Mijlpaal>) -> Option<Feit> {
        let excuus = self.afwijking(MijlpaalCode::Evaluatie);
        let mut vorige: Option<Date> = None;
        let mut aantal = 0;
        let mut langste: Option<(Stilte, Date)> = None;
        // A late interval from `van` to `tot` (or the peildatum); `termijn` = `van` + 42 counted days.
        let mut meetel = |van: Date, tot: Option<Date>, termijn: Termijn| {
            let g_van = termijn.dagen + 1 - EVALUATIE_INTERVAL;
            let dagen = self.keten.g(tot.unwrap_or(self.peildatum)).saturating_sub(g_van);
            let uiterste = termijn.datum;
            aantal += 1;
            if langste.is_none_or(|(s, _)| dagen > s.dagen) {
                langste = Some((Stilte { van, tot, tot_uiterlijk: self.peildatum, dagen }, uiterste));
            }
        };
        for g in self.ev {
            let Soort::Mijlpaal(
                code @ (MijlpaalCode::PlanVanAanpak | MijlpaalCode::Evaluatie | MijlpaalCode::Eerstejaarsevaluatie),
            ) = g.soort
            else {
                continue;
            };
            if let Some(v) = vorige {
                let termijn = self.keten.na(v, EVALUATIE_INTERVAL);
                if termijn.datum < einde_wachttijd {
                    if code == MijlpaalCode::Evaluatie {
                        mijlpalen.push(self.mijlpaal(MijlpaalCode::Evaluatie, termijn, Some(g.datum), excuus));
                    }
                    if g.datum > termijn.datum && self.keten.bereikt(termijn.datum) {
                        meetel(v, Some(g.datum), termijn);
                    }
                }
            }
            vorige = Some(g.datum);
        }
        if let Some(v) = vorige {
            let termijn = self.keten.na(v, EVALUATIE_INTERVAL);
            if termijn.datum < einde_wachttijd {
                let volgende = self.mijlpaal(MijlpaalCode::Evaluatie, termijn, None, excuus);
                mijlpalen.push(volgende);
                if volgende.status == Status::TeLaat {
                    meetel(v, None, termijn);
                }
            }
        }
        match (excuus, langste) {
            (false, Some((langste, uiterste))) => Some(Feit::EvaluatieTeLaat { aantal, langste, uiterste }),
            _ => None,
        }
    }

    /// Longest stretch without a spoor 2 activity (limit 6 weeks) and without a progress report
    /// (limit: the report interval), from the start of spoor 2 to `einde`.
    fn spoor2_activiteit(&self, start: Option<Date>, einde: Date, interval_weken: u8) -> Option<Feit> {
        let start = start?;
        let mut activiteit = Stiltemeter::nieuw(start, einde, SPOOR2_STILTE);
        let mut rapportage = Stiltemeter::nieuw(start, einde, 7 * u32::from(interval_weken));
        let van = self.ev.partition_point(|g| g.datum <= start);
        let tot = self.ev.partition_point(|g| g.datum <= einde).max(van);
        for g in &self.ev[van..tot] {
            match g.soort {
                Soort::Spoor2Activiteit => activiteit.punt(self.keten, Some(g.datum)),
                Soort::Voortgangsrapportage => rapportage.punt(self.keten, Some(g.datum)),
                _ => {}
            }
        }
        activiteit.punt(self.keten, None);
        rapportage.punt(self.keten, None);
        let (activiteit, rapportage) = (activiteit.langste, rapportage.langste);
        (activiteit.is_some() || rapportage.is_some()).then_some(Feit::Spoor2OnvoldoendeActiviteit {
            activiteit,
            rapportage,
            interval_weken,
        })
    }

    /// Stagnation for 3 months, or a loonstop (a disagreement) without a deskundigenoordeel since.
    fn deskundigenoordeel(&self, loonstop: Option<Date>) -> Option<Feit> {
        let voortgang = self.laatste(&[
            MijlpaalCode::PlanVanAanpak as usize,
            MijlpaalCode::Evaluatie as usize,
            MijlpaalCode::Eerstejaarsevaluatie as usize,
            MijlpaalCode::StartSpoor2 as usize,
            Soort::Voortgangsrapportage.index(),
            Soort::Deskundigenoordeel.index(),
        ])?;
        let dagen = self.keten.getelde_dagen_tussen(voortgang, self.peildatum);
        let stilstand =
            (dagen > STILSTAND).then_some(Stilte { van: voortgang, tot: None, tot_uiterlijk: self.peildatum, dagen });
        let oordeel = self.laatste(&[Soort::Deskundigenoordeel.index()]);
        let loonstop_op = loonstop.filter(|l| oordeel.is_none_or(|o| o < *l));
        (stilstand.is_some() || loonstop_op.is_some())
            .then_some(Feit::DeskundigenoordeelOverwegen { stilstand, loonstop_op })
    }

    /// The RIV parts the events show missing on the RIV deadline.
    fn riv_ontbreekt(
        &self,
        uiterste: Date,
        eerstejaarsevaluatie: Option<Date>,
        pa_excuus: bool,
        pva_excuus: bool,
    ) -> RivOntbreekt {
        let tijdig = |code| self.gedaan(code).is_some_and(|d| d <= uiterste);
        let na_eje = eerstejaarsevaluatie.unwrap_or(self.keten.eerste_ziektedag());
        let eindevaluatie = self
            .ev
            .iter()
            .any(|g| g.soort == Soort::Mijlpaal(MijlpaalCode::Evaluatie) && g.datum >= na_eje && g.datum <= uiterste);
        RivOntbreekt {
            probleemanalyse: !pa_excuus && !tijdig(MijlpaalCode::Probleemanalyse),
            plan_van_aanpak: !pva_excuus && !tijdig(MijlpaalCode::PlanVanAanpak),
            eerstejaarsevaluatie: !tijdig(MijlpaalCode::Eerstejaarsevaluatie),
            eindevaluatie: !eindevaluatie,
            verslag: !tijdig(MijlpaalCode::Reintegratieverslag),
        }
    }
}
