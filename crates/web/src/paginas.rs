//! The pages of a logged-in user: the werkvoorraad across their dossiers, and one dossier.

use std::borrow::Cow;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use domain::poortwachter::datum::nl;
use domain::poortwachter::{Ernst, Status, Tijdlijn, bereken};
use serde::Deserialize;

use axum::Form;
use axum::response::{IntoResponse, Redirect, Response};
use domain::poortwachter::{Gebeurtenis, Soort};
use jiff::civil::Date;
use store::{Actor, DossierRegel, Gegevens, Handeling, Store, StoreFout, Wijziging};

use crate::fout::AppFout;
use crate::inloggen::Ingelogd;
use crate::taal::Taal;
use crate::{AppState, direct, vandaag};

/// Open milestones due within this many days are shown as coming up.
const BINNENKORT_DAGEN: i32 = 28;

pub struct Regel {
    pub datum: String,
    sorteer: (u8, Date),
    pub dossier_id: String,
    pub werknemer: String,
    pub werkgever: String,
    pub coach: String,
    pub wat: String,
    pub toelichting: Option<String>,
    pub advies: Option<String>,
    pub status: &'static str,
    pub klasse: &'static str,
    soort: &'static str,
}

impl Regel {
    pub fn dag(&self) -> Date {
        self.sorteer.1
    }

    /// `te_laat`, `open` (due soon) or `bevinding`.
    pub fn soort(&self) -> &'static str {
        self.soort
    }
}

#[derive(Default)]
pub struct Tellers {
    pub te_laat: usize,
    pub open: usize,
    pub risico: usize,
    pub overig: usize,
    pub dossiers: usize,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Deserialize)]
pub struct Filter {
    pub werkgever: Option<String>,
    pub coach: Option<String>,
    pub status: Option<String>,
}

#[derive(Template)]
#[template(path = "werkvoorraad.html")]
pub struct WerkvoorraadPagina {
    t: Taal,
    naam: String,
    rol: String,
    inhoud: std::sync::Arc<GetoondeWerkvoorraad>,
    /// Open correction requests this user settles: dossier, employee, part, filed, answer due, overdue.
    correcties: Vec<Correctie>,
}

/// An open correction request as the werkvoorraad lists it: dossier, employee, part, filed, answer due,
/// overdue.
type Correctie = (String, String, String, String, String, bool);

impl WerkvoorraadPagina {
    /// The page's HTML: the last page made from the same werkvoorraad if that was for the same user
    /// with the same correction requests (then it is the same page, and a coach looks at an unchanged
    /// werkvoorraad many times a day), else a new one, kept as the last.
    fn html(self) -> Result<axum::response::Html<axum::body::Bytes>, AppFout> {
        let zelfde = |p: &Pagina| p.naam == self.naam && p.rol == self.rol && p.correcties == self.correcties;
        if let Some(p) = self.inhoud.pagina.lock().unwrap_or_else(std::sync::PoisonError::into_inner).as_ref()
            && zelfde(p)
        {
            return Ok(axum::response::Html(p.html.clone()));
        }
        // Room for the kept parts and the rest around them: askama's estimate knows the template only,
        // and the text would be copied some ten times over while it grows.
        let mut html = String::with_capacity(self.inhoud.lijst.len() + self.inhoud.dossiers.len() + 16 * 1024);
        self.render_into(&mut html)?;
        let html = axum::body::Bytes::from(html);
        let WerkvoorraadPagina { naam, rol, correcties, inhoud, .. } = self;
        *inhoud.pagina.lock().unwrap_or_else(std::sync::PoisonError::into_inner) =
            Some(Pagina { naam, rol, correcties, html: html.clone() });
        Ok(axum::response::Html(html))
    }
}

/// The lines, the counts and the filter of a werkvoorraad.
#[derive(Template)]
#[template(path = "werkvoorraad_lijst.html")]
struct WerkvoorraadLijst<'a> {
    t: Taal,
    regels: &'a [Regel],
    tellers: &'a Tellers,
    werkgevers: &'a [String],
    coaches: &'a [String],
    filter: &'a Filter,
}

/// Every dossier the user may see: link, employee, employer, and its traject at a glance.
#[derive(Template)]
#[template(path = "werkvoorraad_dossiers.html")]
struct WerkvoorraadDossiers {
    t: Taal,
    dossiers: Vec<(String, String, String, Option<Spoor2>)>,
}

/// What a werkvoorraad showed: its HTML, where it stood and what its access-log entry named; and the
/// last whole page made with it.
pub struct GetoondeWerkvoorraad {
    lijst: String,
    dossiers: String,
    stand: store::Werkvoorraadstand,
    gelogd: store::Getoond,
    pagina: std::sync::Mutex<Option<Pagina>>,
}

/// A whole werkvoorraad page and what else than its werkvoorraad it shows: whose it is and the open
/// correction requests.
struct Pagina {
    naam: String,
    rol: String,
    correcties: Vec<Correctie>,
    html: axum::body::Bytes,
}

/// Who sees which werkvoorraad on which day: the user, the language, the filter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Sleutel {
    gebruiker_id: String,
    taal: Taal,
    filter: Filter,
    vandaag: Date,
}

/// What this server's werkvoorraden showed, shown again while they stand
/// ([`store::Store::werkvoorraad_tenzij`]): a coach looks at theirs many times a day and it changes
/// only when one of their dossiers does. The stand is read from the database at every view, so a change
/// made through another server or by hand is seen at once, and every view is logged.
#[derive(Default)]
pub struct Werkvoorraden(std::sync::Mutex<std::collections::HashMap<Sleutel, std::sync::Arc<GetoondeWerkvoorraad>>>);

impl Werkvoorraden {
    /// At most this many are kept (some 180 kB each for a caseload of fifty, its last page included);
    /// past it the server starts over.
    const HOOGSTENS: usize = 1_000;

    fn haal(&self, sleutel: &Sleutel) -> Option<std::sync::Arc<GetoondeWerkvoorraad>> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(sleutel).cloned()
    }

    fn bewaar(&self, sleutel: Sleutel, getoond: std::sync::Arc<GetoondeWerkvoorraad>) {
        let mut kaart = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if kaart.len() >= Self::HOOGSTENS && !kaart.contains_key(&sleutel) {
            kaart.clear();
        }
        kaart.insert(sleutel, getoond);
    }
}

pub async fn werkvoorraad(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Query(filter): Query<Filter>,
) -> Result<axum::response::Html<axum::body::Bytes>, AppFout> {
    let vandaag = vandaag();
    let sleutel = Sleutel { gebruiker_id: wie.gebruiker_id.clone(), taal: wie.taal, filter: filter.clone(), vandaag };
    let bekend = staat.werkvoorraden.haal(&sleutel);
    let (lezing, correcties) = staat
        .store
        .werkvoorraad_tenzij(wie.actor(), "werkvoorraad", bekend.as_deref().map(|b| (&b.stand, &b.gelogd)))
        .vastgelegd()
        .await?;
    let inhoud = match (lezing, bekend) {
        (store::Werkvoorraadlezing::Ongewijzigd, Some(bekend)) => bekend,
        (store::Werkvoorraadlezing::Gelezen { dossiers, stand, getoond }, _) => {
            let getoond = std::sync::Arc::new(toon(
                bereken_werkvoorraad(dossiers, vandaag, &filter)?,
                wie.taal,
                &filter,
                stand,
                getoond,
            )?);
            staat.werkvoorraden.bewaar(sleutel, getoond.clone());
            getoond
        }
        (store::Werkvoorraadlezing::Ongewijzigd, None) => {
            unreachable!("the store answers Ongewijzigd only to a known stand")
        }
    };
    let correcties = correcties
        .into_iter()
        .map(|v| {
            let uiterlijk = domain::correctie::uiterste_antwoorddatum(store::correctie::dag(v.ingediend));
            (
                v.dossier_id,
                v.werknemer,
                crate::rechten::onderdeel_naam(v.onderdeel, wie.taal),
                crate::moment(v.ingediend),
                nl(uiterlijk),
                uiterlijk < vandaag,
            )
        })
        .collect();
    WerkvoorraadPagina { t: wie.taal, naam: wie.naam, rol: wie.rol, inhoud, correcties }.html()
}

/// The HTML of a werkvoorraad `w`, to keep with where it stood and what was logged.
fn toon(
    w: Werkvoorraad,
    t: Taal,
    filter: &Filter,
    stand: store::Werkvoorraadstand,
    gelogd: store::Getoond,
) -> Result<GetoondeWerkvoorraad, AppFout> {
    let lijst = WerkvoorraadLijst {
        t,
        regels: &w.regels,
        tellers: &w.tellers,
        werkgevers: &w.werkgevers,
        coaches: &w.coaches,
        filter,
    }
    .render()?;
    let mut spoor2 = w.spoor2;
    let dossiers = w
        .dossiers
        .into_iter()
        .map(|d| {
            let pad = if d.verzuim { format!("/dossiers/{}", d.id) } else { format!("/dossiers/{}/inzage", d.id) };
            let s = spoor2.remove(&d.id);
            (pad, d.werknemer, d.werkgever, s)
        })
        .collect();
    let dossiers = WerkvoorraadDossiers { t, dossiers }.render()?;
    Ok(GetoondeWerkvoorraad { lijst, dossiers, stand, gelogd, pagina: Default::default() })
}

/// A traject at a glance: its phase and its intensity over the last four weeks.
#[derive(Debug, Clone)]
pub struct Spoor2 {
    pub fase: &'static str,
    pub activiteiten_per_week: String,
    pub uren_per_week: String,
    pub sollicitaties: u32,
    pub dagen_stil: Option<i32>,
}

impl Spoor2 {
    /// The traject `t` with its data `data` (from [`store::traject::Traject::data`]).
    pub fn van(t: &store::traject::Traject, data: &domain::traject::TrajectData, vandaag: Date) -> Self {
        let i = domain::traject::intensiteit(data, vandaag);
        let komma = |x: f32| format!("{x:.1}").replace('.', ",");
        Spoor2 {
            fase: t.fase.code(),
            activiteiten_per_week: komma(i.activiteiten_per_week),
            uren_per_week: komma(i.uren_per_week),
            sollicitaties: i.sollicitaties_per_maand,
            dagen_stil: i.dagen_stil,
        }
    }
}

/// What is late, due soon or at risk across the actor's dossiers on `vandaag`: filtered and sorted,
/// with the counts of all of it. One place for the page and the API; `context` names the reader in
/// the access log.
pub struct Werkvoorraad {
    pub regels: Vec<Regel>,
    /// Every dossier the actor may see.
    pub dossiers: Vec<DossierRegel>,
    /// Per dossier with a traject the actor may read: its phase and intensity.
    pub spoor2: std::collections::HashMap<String, Spoor2>,
    pub tellers: Tellers,
    pub werkgevers: Vec<String>,
    pub coaches: Vec<String>,
}

/// Where a deadline stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermijnStand {
    Open,
    TeLaat,
    Gedaan,
}

/// A deadline of a dossier: a milestone of the Poortwachter clock or a deadline of the traject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Termijn {
    /// Stable within the dossier: the milestone's code (`plan_van_aanpak`) or `traject_…`. Borrowed
    /// where it can be: most deadlines of a werkvoorraad are computed to be left out.
    pub code: Cow<'static, str>,
    /// What is due, as the werkvoorraad names it (the terms of the law, in Dutch).
    pub wat: Cow<'static, str>,
    pub datum: Date,
    pub stand: TermijnStand,
}

impl Termijn {
    pub fn te_laat(&self) -> bool {
        self.stand == TermijnStand::TeLaat
    }

    /// Whether it needs attention on `vandaag`: late, or open and due within [`BINNENKORT_DAGEN`].
    /// The werkvoorraad shows these, and the reminders remind of them.
    pub fn actueel(&self, vandaag: Date) -> bool {
        match self.stand {
            TermijnStand::TeLaat => true,
            TermijnStand::Open => self.datum <= domain::poortwachter::datum::plus_dagen(vandaag, BINNENKORT_DAGEN),
            TermijnStand::Gedaan => false,
        }
    }
}

/// A dossier of a werkvoorraad on `vandaag`, as [`klok_en_termijnen`] computes it.
pub(crate) struct DossierKlok {
    pub tijdlijn: Tijdlijn,
    /// The traject's data, where the policy shows the traject.
    pub trajectdata: Option<domain::traject::TrajectData>,
    /// Every deadline of the dossier ([`termijnen`]).
    pub termijnen: Vec<Termijn>,
}

/// A dossier of a werkvoorraad on `vandaag`: its clock, its traject's data and every deadline of it;
/// `None` where the actor may not read its sickness. One place for the werkvoorraad, the reminders and
/// the calendar feed.
pub(crate) fn klok_en_termijnen(
    item: &store::Werkvoorraaddossier,
    vandaag: Date,
) -> Result<Option<DossierKlok>, StoreFout> {
    let Some(dossier) = &item.dossier else { return Ok(None) };
    let tijdlijn = bereken(&dossier.casus(vandaag)?);
    let trajectdata = item.traject.as_ref().map(|t| t.data(crate::traject::rapportages(dossier)));
    let termijnen = termijnen(&tijdlijn, trajectdata.as_ref(), vandaag);
    Ok(Some(DossierKlok { tijdlijn, trajectdata, termijnen }))
}

/// Every deadline of a dossier on `vandaag`: the milestones of its clock (not those that lapsed) and,
/// for whom the traject is shown, the traject's own deadlines.
pub fn termijnen(tijdlijn: &Tijdlijn, traject: Option<&domain::traject::TrajectData>, vandaag: Date) -> Vec<Termijn> {
    let traject = traject.map(|t| domain::traject::termijnen(t, vandaag)).unwrap_or_default();
    // Sized once: growing it by pushes cost 3% of a werkvoorraad view in reallocations.
    let mut lijst = Vec::with_capacity(tijdlijn.mijlpalen.len() + traject.len());
    for m in &tijdlijn.mijlpalen {
        let stand = match m.status {
            Status::TeLaat => TermijnStand::TeLaat,
            Status::Open => TermijnStand::Open,
            Status::Gedaan | Status::GedaanTeLaat => TermijnStand::Gedaan,
            Status::Vervallen => continue,
        };
        lijst.push(Termijn { code: m.code.code().into(), wat: m.code.omschrijving().into(), datum: m.grens(), stand });
    }
    for t in traject {
        let stand = match (t.gedaan_op, t.te_laat) {
            (Some(_), _) => TermijnStand::Gedaan,
            (None, true) => TermijnStand::TeLaat,
            (None, false) => TermijnStand::Open,
        };
        lijst.push(Termijn {
            code: format!("traject_{}", t.wat.replace(' ', "_")).into(),
            wat: format!("traject: {}", t.wat).into(),
            datum: t.uiterlijk,
            stand,
        });
    }
    lijst
}

pub(crate) fn werkvoorraad_van(
    s: &Store,
    actor: Actor<'_>,
    vandaag: Date,
    filter: &Filter,
    context: &str,
) -> Result<Werkvoorraad, StoreFout> {
    bereken_werkvoorraad(s.werkvoorraad(actor, context)?, vandaag, filter)
}

/// The werkvoorraad of `items` on `vandaag`, filtered by `filter`: lines, counts and choices.
fn bereken_werkvoorraad(
    items: Vec<store::Werkvoorraaddossier>,
    vandaag: Date,
    filter: &Filter,
) -> Result<Werkvoorraad, StoreFout> {
    let mut regels = Vec::new();
    let mut spoor2 = std::collections::HashMap::new();
    let mut lijst = Vec::new();
    for item in items {
        let Some(DossierKlok { tijdlijn, trajectdata, termijnen }) = klok_en_termijnen(&item, vandaag)? else {
            lijst.push(item.regel);
            continue;
        };
        let d = item.regel;
        let regel = |datum, wat: String, toelichting, advies, status, klasse, soort, rang| Regel {
            datum: nl(datum),
            sorteer: (rang, datum),
            dossier_id: d.id.clone(),
            werknemer: d.werknemer.clone(),
            werkgever: d.werkgever.clone(),
            coach: d.coach.clone().unwrap_or_default(),
            wat,
            toelichting,
            advies,
            status,
            klasse,
            soort,
        };
        // The traject's own clock, for whom the policy shows the traject.
        if let (Some(t), Some(data)) = (&item.traject, &trajectdata) {
            spoor2.insert(d.id.clone(), Spoor2::van(t, data, vandaag));
        }
        for termijn in termijnen.into_iter().filter(|t| t.actueel(vandaag)) {
            let (status, soort, rang) =
                if termijn.te_laat() { ("te laat", "te_laat", 0) } else { ("binnenkort", "open", 2) };
            regels.push(regel(termijn.datum, termijn.wat.into_owned(), None, None, status, soort, soort, rang));
        }
        for b in tijdlijn.bevindingen.iter().filter(|b| b.ernst != Ernst::Info) {
            let rang = if b.ernst >= Ernst::Loonsanctierisico { 1 } else { 3 };
            let datum = b.bewijs().first().map_or(vandaag, |(_, d)| *d);
            regels.push(regel(
                datum,
                b.code().replace('_', " "),
                Some(b.toelichting()),
                Some(b.advies()),
                b.ernst.code(),
                b.ernst.code(),
                "bevinding",
                rang,
            ));
        }
        lijst.push(d);
    }
    let mut werkgevers: Vec<String> = regels.iter().map(|r| r.werkgever.clone()).collect();
    werkgevers.sort();
    werkgevers.dedup();
    let mut coaches: Vec<String> = regels.iter().map(|r| r.coach.clone()).filter(|c| !c.is_empty()).collect();
    coaches.sort();
    coaches.dedup();
    // The counts are of all the user's work, whatever the filter shows.
    let mut tellers = Tellers { dossiers: lijst.len(), ..Tellers::default() };
    for r in &regels {
        match (r.soort, r.sorteer.0) {
            ("te_laat", _) => tellers.te_laat += 1,
            ("open", _) => tellers.open += 1,
            ("bevinding", 1) => tellers.risico += 1,
            _ => tellers.overig += 1,
        }
    }
    let mut regels: Vec<Regel> = regels
        .into_iter()
        .filter(|r| filter.werkgever.as_deref().is_none_or(|w| w.is_empty() || w == r.werkgever))
        .filter(|r| filter.coach.as_deref().is_none_or(|c| c.is_empty() || c == r.coach))
        .filter(|r| filter.status.as_deref().is_none_or(|s| s.is_empty() || s == r.soort))
        .collect();
    regels.sort_by(|a, b| a.sorteer.cmp(&b.sorteer).then_with(|| a.werknemer.cmp(&b.werknemer)));
    Ok(Werkvoorraad { regels, dossiers: lijst, spoor2, tellers, werkgevers, coaches })
}

pub struct MijlpaalRegel {
    pub wat: &'static str,
    pub datum: String,
    pub week: u32,
    pub status: &'static str,
    pub klasse: &'static str,
    pub gedaan_op: String,
}

pub struct BevindingRegel {
    pub code: &'static str,
    pub ernst: &'static str,
    pub toelichting: String,
    pub grondslag: &'static str,
    pub advies: String,
}

/// One line of the dossier's course on the page.
pub struct VerloopRegel {
    pub datum: String,
    pub wat: String,
    pub tekst: String,
    pub door: String,
    /// (id, title) of the documents filed under this step.
    pub documenten: Vec<(String, String)>,
}

pub struct Markering {
    pub x: u32,
    pub kleur: &'static str,
    pub titel: String,
}

/// The 104 weeks of the wachttijd as one bar (ten pixels a week), with the milestones and today.
pub struct Tijdbalk {
    pub markeringen: Vec<Markering>,
    pub vandaag_x: Option<u32>,
}

impl Tijdbalk {
    pub fn van(tijdlijn: &Tijdlijn, vandaag: jiff::civil::Date) -> Self {
        let d = tijdlijn.eerste_ziektedag;
        let x = |datum| (domain::poortwachter::datum::dagen_tussen(d, datum).clamp(0, 728) * 10 / 7) as u32;
        let markeringen = tijdlijn
            .mijlpalen
            .iter()
            .map(|m| Markering {
                x: x(m.uiterste_datum),
                kleur: match m.status {
                    Status::TeLaat | Status::GedaanTeLaat => "#a4161a",
                    Status::Gedaan => "#2e7d32",
                    _ => "#0b5394",
                },
                titel: format!("{} – {} ({})", m.code.omschrijving(), nl(m.uiterste_datum), m.status.omschrijving()),
            })
            .collect();
        let vandaag_x = (vandaag >= d && vandaag <= tijdlijn.einde_wachttijd).then(|| x(vandaag));
        Tijdbalk { markeringen, vandaag_x }
    }
}

/// The steps a user can record on the dossier page: code and the message with its name.
const STAPPEN: [(&str, &str); 14] = [
    ("ziekmelding_arbodienst", "stap-ziekmelding-arbodienst"),
    ("probleemanalyse", "stap-probleemanalyse"),
    ("plan_van_aanpak", "stap-plan-van-aanpak"),
    ("casemanager_benoemd", "stap-casemanager-benoemd"),
    ("evaluatie", "stap-evaluatie"),
    ("ziekmelding_uwv", "stap-ziekmelding-uwv"),
    ("eerstejaarsevaluatie", "stap-eerstejaarsevaluatie"),
    ("start_spoor2", "stap-start-spoor2"),
    ("spoor2_activiteit", "stap-spoor2-activiteit"),
    ("voortgangsrapportage", "stap-voortgangsrapportage"),
    ("deskundigenoordeel", "stap-deskundigenoordeel"),
    ("reintegratieverslag", "stap-reintegratieverslag"),
    ("wia_aanvraag", "stap-wia-aanvraag"),
    ("bevredigend_resultaat", "stap-bevredigend-resultaat"),
];

#[derive(Template, WebTemplate)]
#[template(path = "dossier.html")]
pub struct DossierPagina {
    t: Taal,
    naam: String,
    rol: String,
    id: String,
    versie: i64,
    /// Whether this user may record steps, sickness and recovery.
    schrijven: bool,
    /// Whether this user may see who looked at the dossier.
    inzage: bool,
    verloop: Vec<VerloopRegel>,
    spoor2: Option<Spoor2>,
    /// The latest belastbaarheid, for whom the policy shows it (`None` inside: none recorded yet).
    belastbaarheid: Option<Option<crate::belastbaarheid::Samenvatting>>,
    /// Whether this user records the belastbaarheid (the bedrijfsarts).
    fml: bool,
    /// The medical notes (date, text), for the bedrijfsarts only.
    medisch: Option<Vec<(String, String)>>,
    /// Whom the medical notes of an anonymised dossier are about (for the bedrijfsarts only).
    medisch_van: Option<String>,
    /// The dossier's documents: id, date, title, kind, signed by.
    documenten: Vec<(String, String, String, String, String)>,
    /// (code, name) of every step.
    stappen: Vec<(&'static str, String)>,
    vandaag: String,
    melding: Option<String>,
    fout: Option<String>,
    werknemer: String,
    werkgever: String,
    functie: String,
    eerste_ziektedag: String,
    einde_wachttijd: String,
    mijlpalen: Vec<MijlpaalRegel>,
    bevindingen: Vec<BevindingRegel>,
    balk: Tijdbalk,
    /// The correction requests this user reads: those they settle (the employee: their own).
    correcties: Vec<crate::rechten::CorrectieRegel>,
    /// Whether this user settles them (the employee files them, on /mijn).
    afhandelen: bool,
    /// A settlement that was refused: the request and the reason entered, shown again.
    pub(crate) reden_invoer: Option<(String, String)>,
}

pub async fn dossier(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Query(vraag): Query<crate::NaOpslaan>,
) -> Result<DossierPagina, AppFout> {
    let melding = vraag.melding(wie.taal);
    dossier_pagina(&staat, wie, id, melding, None).await
}

pub(crate) async fn dossier_pagina(
    staat: &AppState,
    wie: Ingelogd,
    id: String,
    melding: Option<String>,
    fout: Option<String>,
) -> Result<DossierPagina, AppFout> {
    let vandaag = vandaag();
    let (dossier, documenten, verloop, traject, schrijven, inzage, medisch, belastbaarheid, fml, correcties) =
        // The page's reads are logged together, in one transaction.
        staat.store.samen(wie.actor(), |s| {
            let dossier = s.dossier(wie.actor(), &id, "dossierpagina")?;
            let verloop = s.verloop(wie.actor(), &id, "dossierpagina")?;
            let [traject, belastbaarheid, fml, schrijven, inzage, medisch, correcties] = s.toegestaan_voor(
                wie.actor(),
                &id,
                [
                    (Handeling::Lezen, Gegevens::Traject),
                    (Handeling::Lezen, Gegevens::Belastbaarheid),
                    (Handeling::Schrijven, Gegevens::Belastbaarheid),
                    (Handeling::Schrijven, Gegevens::Verzuim),
                    (Handeling::Lezen, Gegevens::Logboek),
                    (Handeling::Lezen, Gegevens::Medisch),
                    (Handeling::Lezen, Gegevens::Correctieverzoek),
                ],
            )?;
            let traject = if traject { s.traject(wie.actor(), &id, "dossierpagina")? } else { None };
            let belastbaarheid = if belastbaarheid {
                Some(s.belastbaarheid(wie.actor(), &id, "dossierpagina")?.pop().map(Into::into))
            } else {
                None
            };
            let documenten = s.documenten(wie.actor(), &id, "dossierpagina")?;
            // Medical notes only for whom the policy allows them (the bedrijfsarts); the read is logged.
            let medisch = if medisch {
                let notities = s.medische_notities(wie.actor(), &id, "dossierpagina")?;
                Some((notities, s.bewaarde_identiteit(wie.actor(), &id, "dossierpagina")?))
            } else {
                None
            };
            let correcties = if correcties {
                s.correctieverzoeken(wie.actor(), &id, "dossierpagina")?
            } else {
                Vec::new()
            };
            Ok((dossier, documenten, verloop, traject, schrijven, inzage, medisch, belastbaarheid, fml, correcties))
        }).vastgelegd().await?;
    let tijdlijn = bereken(&dossier.casus(vandaag)?);
    let d = tijdlijn.eerste_ziektedag;
    let afhandelen = wie.rol != domain::waarden::Rol::Werknemer.code();
    // The traject at a glance: its phase and its intensity over the last four weeks.
    let spoor2 = traject.map(|t| Spoor2::van(&t, &t.data(crate::traject::rapportages(&dossier)), vandaag));
    // The course of the dossier, each step with the documents filed under it.
    let verloop = verloop
        .into_iter()
        .map(|r| {
            let wat = match STAPPEN.iter().find(|(code, _)| *code == r.soort) {
                Some((_, wat)) => wie.taal.t(wat),
                None if r.soort == "notitie" => wie.taal.t("dossier-notitie"),
                None => r.soort.replace('_', " "),
            };
            let stukken =
                documenten.iter().filter(|d| d.soort == r.soort).map(|d| (d.id.clone(), d.titel.clone())).collect();
            VerloopRegel {
                datum: nl(r.datum),
                wat,
                tekst: r.tekst.unwrap_or_default(),
                door: r.door,
                documenten: stukken,
            }
        })
        .collect();
    Ok(DossierPagina {
        t: wie.taal,
        naam: wie.naam,
        rol: wie.rol,
        id,
        versie: dossier.versie,
        schrijven,
        inzage,
        verloop,
        spoor2,
        belastbaarheid,
        fml,
        medisch_van: medisch.as_ref().and_then(|(_, van)| van.clone()),
        medisch: medisch.map(|(n, _)| n.into_iter().map(|n| (nl(n.datum), n.tekst)).collect()),
        documenten: documenten
            .into_iter()
            .map(|d| (d.id, nl(d.datum), d.titel, d.soort.replace('_', " "), d.ondertekend_door.unwrap_or_default()))
            .collect(),
        stappen: STAPPEN.iter().map(|(code, naam)| (*code, wie.taal.t(naam))).collect(),
        vandaag: vandaag.to_string(),
        melding,
        fout,
        werknemer: dossier.werknemer,
        werkgever: dossier.werkgever,
        functie: dossier.functie,
        eerste_ziektedag: nl(d),
        einde_wachttijd: nl(tijdlijn.einde_wachttijd),
        mijlpalen: tijdlijn
            .mijlpalen
            .iter()
            .map(|m| MijlpaalRegel {
                wat: m.code.omschrijving(),
                datum: nl(m.grens()),
                week: m.week,
                status: m.status.omschrijving(),
                klasse: m.status.code(),
                gedaan_op: m.gedaan_op.map(nl).unwrap_or_default(),
            })
            .collect(),
        bevindingen: tijdlijn
            .bevindingen
            .iter()
            .map(|b| BevindingRegel {
                code: b.code(),
                ernst: b.ernst.code(),
                toelichting: b.toelichting(),
                grondslag: b.grondslag(),
                advies: b.advies(),
            })
            .collect(),
        balk: Tijdbalk::van(&tijdlijn, vandaag),
        correcties: correcties.iter().map(|v| crate::rechten::CorrectieRegel::van(v, wie.taal)).collect(),
        afhandelen,
        reden_invoer: None,
    })
}

#[derive(Debug, Deserialize)]
pub struct Invoer {
    versie: i64,
    /// A step code, or `ziekmelding` / `herstel`.
    soort: String,
    datum: String,
    #[serde(default)]
    toelichting: String,
}

/// Records a step, a new sick report or full recovery; shows the page again with the reason when
/// the clock or the policy refuses it.
pub async fn leg_vast(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Form(invoer): Form<Invoer>,
) -> Result<Response, AppFout> {
    let Ok(datum) = invoer.datum.parse::<jiff::civil::Date>() else {
        let fout = wie.taal.m("algemeen-geen-datum").a("waarde", &invoer.datum).to_string();
        return Ok(dossier_pagina(&staat, wie, id, None, Some(fout)).await?.into_response());
    };
    let toelichting = Some(invoer.toelichting.trim().to_string()).filter(|t| !t.is_empty());
    let wijziging = match invoer.soort.as_str() {
        "ziekmelding" => Wijziging::Ziekmelding { van: datum },
        "herstel" => Wijziging::Herstel { laatste_ziektedag: datum },
        code => match Soort::eenvoudig(code) {
            Some(soort) => Wijziging::Gebeurtenis { gebeurtenis: Gebeurtenis { soort, datum }, toelichting },
            None => return Err(AppFout::Ongeldig(wie.taal.m("dossier-geen-stap").a("code", code).to_string())),
        },
    };
    match direct(&staat, |s| s.wijzig_dossier(wie.actor(), &id, invoer.versie, &[wijziging])) {
        Ok(_) => Ok(Redirect::to(&format!("/dossiers/{id}?vastgelegd=1")).into_response()),
        Err(AppFout::Ongeldig(fout)) => Ok(dossier_pagina(&staat, wie, id, None, Some(fout)).await?.into_response()),
        Err(e) => Err(e),
    }
}

pub struct InzageRegel {
    pub moment: String,
    pub wie: String,
    pub soort: String,
    pub context: String,
    pub gegevens: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "inzage.html")]
pub struct InzagePagina {
    t: Taal,
    naam: String,
    rol: String,
    regels: Vec<InzageRegel>,
}

/// Who looked at this employee's data: for the beheerder and for the employee.
pub async fn inzage(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
) -> Result<InzagePagina, AppFout> {
    let inzages = direct(&staat, |s| s.toegangsgeschiedenis(wie.actor(), &id))?;
    let regels = inzages
        .into_iter()
        .map(|i| InzageRegel {
            moment: crate::moment(i.tijdstip),
            wie: i.naam,
            soort: wie.taal.t(if i.soort == "medisch" { "inzage-soort-medisch" } else { "inzage-soort-dossier" }),
            context: i.context,
            gegevens: serde_json::from_str::<serde_json::Value>(&i.details)
                .ok()
                .and_then(|d| {
                    d["gegevens"].as_array().map(|g| g.iter().filter_map(|x| x.as_str()).collect::<Vec<_>>().join(", "))
                })
                .unwrap_or_default(),
        })
        .collect();
    Ok(InzagePagina { t: wie.taal, naam: wie.naam, rol: wie.rol, regels })
}

#[derive(Debug, Deserialize)]
pub struct Notitie {
    datum: String,
    tekst: String,
}

/// The bedrijfsarts adds a medical note.
pub async fn medische_notitie(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Form(invoer): Form<Notitie>,
) -> Result<Response, AppFout> {
    notitie(staat, wie, id, invoer, true).await
}

/// Whoever records the Poortwachter steps adds a (non-medical) note to the dossier's course.
pub async fn gewone_notitie(
    State(staat): State<AppState>,
    wie: Ingelogd,
    Path(id): Path<String>,
    Form(invoer): Form<Notitie>,
) -> Result<Response, AppFout> {
    notitie(staat, wie, id, invoer, false).await
}

async fn notitie(
    staat: AppState,
    wie: Ingelogd,
    id: String,
    invoer: Notitie,
    medisch: bool,
) -> Result<Response, AppFout> {
    let Ok(datum) = invoer.datum.parse::<jiff::civil::Date>() else {
        let melding = wie.taal.m("algemeen-geen-datum").a("waarde", &invoer.datum).to_string();
        return Ok(dossier_pagina(&staat, wie, id, None, Some(melding)).await?.into_response());
    };
    if invoer.tekst.trim().is_empty() {
        let melding = wie.taal.t("dossier-notitie-leeg");
        return Ok(dossier_pagina(&staat, wie, id, None, Some(melding)).await?.into_response());
    }
    let tekst: String = invoer.tekst.trim().chars().take(4000).collect();
    direct(&staat, |s| s.voeg_notitie_toe(wie.actor(), &id, datum, &tekst, medisch))?;
    Ok(Redirect::to(&format!("/dossiers/{id}?vastgelegd=1")).into_response())
}
