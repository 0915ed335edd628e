//! Builds the reports from a dossier's logged data, read through the store as the actor (so through the
//! access policy, each read logged): the traject, its activities and applications, the dossier's
//! documents, course and belastbaarheid. Only the coach's narrative parts come from outside.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use store::traject::Traject;
use store::{Actor, Store};

use domain::poortwachter::datum::{dagen_tussen, nl, plus_dagen};
use domain::poortwachter::{MijlpaalCode, tijdlijn};
use domain::riv;
use domain::traject::{ActiviteitSoort, uren};

use crate::{Blok, Kop, Rapport, RapportFout, Soort};

/// The coach's narrative parts of a progress report; everything else is generated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Voortgangsverhaal {
    /// The employee's effort.
    pub inzet: String,
    /// Obstacles, non-medical.
    pub belemmeringen: String,
    pub resultaten: String,
    pub vervolg: String,
}

/// The coach's narrative parts of the final report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Eindverhaal {
    pub verloop: String,
    pub resultaat: String,
    pub advies: String,
}

/// Settings of the RIV check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RivInstellingen {
    /// How old the actueel oordeel may be at the RIV deadline (weeks).
    pub actueel_oordeel_max_weken: u16,
}

impl Default for RivInstellingen {
    fn default() -> Self {
        Self { actueel_oordeel_max_weken: riv::ACTUEEL_OORDEEL_MAX_WEKEN }
    }
}

const GEEN_MEDISCH: &str = "Dit rapport bevat geen medische gegevens (diagnose, klachten, behandeling).";

struct Basis {
    dossier: store::Dossier,
    organisatie: String,
    coach: Option<String>,
    /// The organisation's logo (its bytes), for the head of every page.
    logo: Option<Vec<u8>>,
}

impl Basis {
    /// A report's attachments, with the logo the head refers to as `/logo`.
    fn bijlagen(&self, mut bijlagen: Vec<(String, Vec<u8>)>) -> Vec<(String, Vec<u8>)> {
        if let Some(logo) = &self.logo {
            bijlagen.push(("/logo".into(), logo.clone()));
        }
        bijlagen
    }
}

fn basis(store: &Store, actor: Actor<'_>, dossier_id: &str, context: &str) -> Result<Basis, RapportFout> {
    let dossier = store.dossier(actor, dossier_id, context)?;
    let organisatie = store
        .organisaties()?
        .into_iter()
        .find(|(id, _)| id == actor.organisatie_id)
        .map(|(_, naam)| naam)
        .unwrap_or_default();
    let coach = match &dossier.coach_id {
        Some(_) => store.dossiers(actor)?.into_iter().find(|d| d.id == dossier_id).and_then(|d| d.coach),
        None => None,
    };
    Ok(Basis { dossier, organisatie, coach, logo: logo(store, actor)? })
}

/// The organisation's logo for the head of a report. One that does not decode (stored before uploads were
/// checked whole) is left off rather than failing the report.
pub fn logo(store: &Store, actor: Actor<'_>) -> Result<Option<Vec<u8>>, store::StoreFout> {
    Ok(store.logo(actor)?.map(|(_, bytes)| bytes).filter(|b| crate::afbeelding_leesbaar(b)))
}

fn kop(b: &Basis, titel: &str, bsn: Option<String>, datum: Date) -> Kop {
    Kop {
        organisatie: b.organisatie.clone(),
        logo: b.logo.is_some(),
        titel: titel.into(),
        werknemer: b.dossier.werknemer.clone(),
        bsn,
        datum: nl(datum),
    }
}

fn traject_van(store: &Store, actor: Actor<'_>, dossier_id: &str, context: &str) -> Result<Traject, RapportFout> {
    store
        .traject(actor, dossier_id, context)?
        .ok_or_else(|| RapportFout::Ongeldig("dit dossier heeft (nog) geen spoor 2-traject".into()))
}

fn uren_tekst(minuten: u32) -> String {
    if minuten == 0 { "—".into() } else { format!("{} uur", uren(minuten)) }
}

fn een_decimaal(x: f32) -> String {
    format!("{x:.1}").replace('.', ",")
}

fn personalia(b: &Basis, t: &Traject, extra: Vec<(String, String)>) -> Blok {
    let mut rijen = vec![
        ("Werknemer".to_string(), b.dossier.werknemer.clone()),
        ("Functie".into(), b.dossier.functie.clone()),
        ("Werkgever".into(), b.dossier.werkgever.clone()),
        ("Re-integratiecoach".into(), b.coach.clone().unwrap_or_else(|| "—".into())),
    ];
    if let Some(o) = &t.opdracht {
        rijen.push(("Opdracht spoor 2".into(), format!("sinds {} voor {} weken", nl(o.start), o.duur_weken)));
    }
    rijen.extend(extra);
    Blok::Velden { rijen }
}

/// The plan in force on `datum`: the latest version dated on or before it (else the first).
fn plan_op(t: &Traject, datum: Date) -> Option<&store::traject::Plan> {
    t.plannen.iter().rev().find(|p| p.plan.datum <= datum).or(t.plannen.first()).map(|p| &p.plan)
}

fn zoekrichtingen(t: &Traject, datum: Date) -> Vec<String> {
    match plan_op(t, datum) {
        Some(p) if !p.zoekrichtingen.is_empty() => p.zoekrichtingen.clone(),
        _ => t.advies.zoekrichtingen.clone(),
    }
}

fn activiteitentabel(activiteiten: &[&store::traject::Activiteit]) -> Blok {
    let rijen = activiteiten
        .iter()
        .filter(|a| a.soort != ActiviteitSoort::Sollicitatie)
        .map(|a| {
            let i = &a.inhoud;
            let mut wat = a.soort.omschrijving().to_string();
            if !a.bevestigd {
                wat.push_str(" (nog niet bevestigd)");
            }
            let doel =
                [i.doel.as_str(), i.met_wie.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>();
            let afspraken = [i.afspraken.as_str(), i.vervolg.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>();
            vec![nl(a.datum), wat, doel.join(" — met "), afspraken.join(" Vervolg: "), uren_tekst(a.minuten)]
        })
        .collect();
    Blok::Tabel {
        koppen: vec![
            "Datum".into(),
            "Activiteit".into(),
            "Doel, met wie".into(),
            "Afspraken en vervolg".into(),
            "Tijd".into(),
        ],
        breedtes: vec!["auto".into(), "1.3".into(), "2".into(), "2.4".into(), "auto".into()],
        rijen,
        leeg: "Geen activiteiten vastgelegd.".into(),
    }
}

fn sollicitatietabel(activiteiten: &[&store::traject::Activiteit]) -> Blok {
    let rijen = activiteiten
        .iter()
        .filter(|a| a.soort == ActiviteitSoort::Sollicitatie)
        .map(|a| {
            let i = &a.inhoud;
            let streep = |w: &Option<String>| w.clone().filter(|s| !s.is_empty()).unwrap_or_else(|| "—".into());
            vec![nl(a.datum), streep(&i.vacature), streep(&i.werkgever), streep(&i.kanaal), streep(&i.status)]
        })
        .collect();
    Blok::Tabel {
        koppen: vec!["Datum".into(), "Vacature".into(), "Werkgever".into(), "Kanaal".into(), "Status".into()],
        breedtes: vec!["auto".into(), "2".into(), "2".into(), "1.2".into(), "1".into()],
        rijen,
        leeg: "Geen sollicitaties in deze periode.".into(),
    }
}

/// Intensity over a period: activities, hours, applications, and per week.
fn intensiteit(activiteiten: &[&store::traject::Activiteit], van: Date, tot: Date) -> Blok {
    let weken = (dagen_tussen(van, tot) + 1).max(1) as f32 / 7.0;
    let aantal = activiteiten.len();
    let minuten: u32 = activiteiten.iter().map(|a| a.minuten).sum();
    let sollicitaties = activiteiten.iter().filter(|a| a.soort == ActiviteitSoort::Sollicitatie).count();
    Blok::Cijfers {
        cijfers: vec![
            (aantal.to_string(), "activiteiten".into()),
            (een_decimaal(aantal as f32 / weken), "activiteiten per week".into()),
            (uren(minuten), "uur besteed".into()),
            (sollicitaties.to_string(), "sollicitaties".into()),
            (een_decimaal(sollicitaties as f32 / weken * 4.0), "sollicitaties per 4 weken".into()),
        ],
    }
}

fn verhaal(kop: &str, tekst: &str) -> [Blok; 2] {
    [Blok::kop(kop), Blok::tekst(tekst.trim())]
}

/// The period of the next progress report ending on `tot`: from the day after the end of the previous
/// one, or from the start of the commission.
pub fn standaard_periode(t: &Traject, eerdere_tot: Option<Date>, tot: Date) -> Date {
    let start = t.opdracht.as_ref().map(|o| o.start).unwrap_or(t.advies.datum);
    match eerdere_tot {
        Some(d) if d < tot => plus_dagen(d, 1),
        _ => start.min(tot),
    }
}

/// The voortgangsrapportage over `van`–`tot` (inclusive), made on `datum`.
pub fn voortgang(
    store: &Store,
    actor: Actor<'_>,
    dossier_id: &str,
    van: Date,
    tot: Date,
    datum: Date,
    v: &Voortgangsverhaal,
) -> Result<Rapport, RapportFout> {
    if van > tot {
        return Err(RapportFout::Ongeldig("de periode begint na het einde".into()));
    }
    let context = "voortgangsrapportage";
    let b = basis(store, actor, dossier_id, context)?;
    let t = traject_van(store, actor, dossier_id, context)?;
    let in_periode: Vec<_> = t.activiteiten.iter().filter(|a| a.datum >= van && a.datum <= tot).collect();
    let periode = format!("{} t/m {}", nl(van), nl(tot));
    let mut blokken = vec![
        personalia(&b, &t, vec![("Periode".into(), periode.clone()), ("Datum rapportage".into(), nl(datum))]),
        Blok::kop("Doelen"),
        Blok::lijst(plan_op(&t, tot).map(|p| p.doelen.clone()).unwrap_or_default(), "Nog geen trajectplan."),
        Blok::kop("Zoekrichtingen"),
        Blok::lijst(zoekrichtingen(&t, tot), "Geen zoekrichtingen vastgelegd."),
        Blok::kop("Intensiteit in deze periode"),
        intensiteit(&in_periode, van, tot),
        Blok::kop("Activiteiten"),
        activiteitentabel(&in_periode),
        Blok::kop("Sollicitaties"),
        sollicitatietabel(&in_periode),
    ];
    blokken.extend(verhaal("Inzet van de werknemer", &v.inzet));
    blokken.extend(verhaal("Belemmeringen (niet-medisch)", &v.belemmeringen));
    blokken.extend(verhaal("Resultaten", &v.resultaten));
    blokken.extend(verhaal("Volgende stappen", &v.vervolg));
    let gepland: Vec<String> = plan_op(&t, tot)
        .map(|p| {
            p.activiteiten
                .iter()
                .filter(|a| a.datum > tot)
                .map(|a| format!("{} — {} ({})", nl(a.datum), a.wat, a.eigenaar))
                .collect()
        })
        .unwrap_or_default();
    if !gepland.is_empty() {
        blokken.push(Blok::kop("Gepland volgens het trajectplan"));
        blokken.push(Blok::lijst(gepland, ""));
    }
    blokken.push(Blok::kop("Voor gezien"));
    blokken.push(Blok::Tekst {
        tekst: format!(
            "Werknemer en re-integratiecoach bevestigen deze rapportage in de applicatie; datum, tijd en de SHA-256 van dit document worden daar vastgelegd. {GEEN_MEDISCH}"
        ),
        leeg: String::new(),
    });
    blokken.push(Blok::Handtekeningen {
        namen: vec![
            ("Werknemer".into(), b.dossier.werknemer.clone()),
            ("Re-integratiecoach".into(), b.coach.clone().unwrap_or_else(|| "—".into())),
        ],
    });
    Ok(Rapport {
        soort: Soort::Voortgangsrapportage,
        kenmerk: format!("{dossier_id}/voortgang/{van}/{tot}"),
        datum,
        kop: kop(&b, "Voortgangsrapportage spoor 2", None, datum),
        titel: "Voortgangsrapportage spoor 2".into(),
        ondertitel: Some(format!("{} · periode {periode}", b.dossier.werknemer)),
        blokken,
        bijlagen: b.bijlagen(vec![]),
    })
}

/// The eindrapportage over the whole traject, made on `datum`.
pub fn eind(
    store: &Store,
    actor: Actor<'_>,
    dossier_id: &str,
    datum: Date,
    v: &Eindverhaal,
) -> Result<Rapport, RapportFout> {
    let context = "eindrapportage";
    let b = basis(store, actor, dossier_id, context)?;
    let t = traject_van(store, actor, dossier_id, context)?;
    let van = t.opdracht.as_ref().map(|o| o.start).unwrap_or(t.advies.datum);
    let afgesloten = t.overgangen.iter().rev().find(|o| o.naar == domain::traject::Fase::Afgesloten);
    let tot = afgesloten.map(|o| o.datum).unwrap_or(datum);
    let uitkomst = match (t.afsluitreden, afgesloten) {
        (Some(r), Some(o)) => format!("afgesloten op {}: {}", nl(o.datum), r.omschrijving()),
        _ => format!("lopend (fase {})", t.fase.code()),
    };
    let alle: Vec<_> = t.activiteiten.iter().collect();
    let mut blokken = vec![
        personalia(
            &b,
            &t,
            vec![
                ("Trajectperiode".into(), format!("{} t/m {}", nl(van), nl(tot))),
                ("Uitkomst".into(), uitkomst),
                ("Datum rapportage".into(), nl(datum)),
            ],
        ),
        Blok::kop("Advies en zoekrichtingen"),
        Blok::tekst(t.advies.conclusie.clone()),
        Blok::lijst(zoekrichtingen(&t, tot), "Geen zoekrichtingen vastgelegd."),
        Blok::kop("Doelen van het trajectplan"),
        Blok::lijst(plan_op(&t, tot).map(|p| p.doelen.clone()).unwrap_or_default(), "Geen trajectplan."),
        Blok::kop("Intensiteit over het hele traject"),
        intensiteit(&alle, van, tot),
    ];
    let mut per_soort: Vec<Vec<String>> = ActiviteitSoort::ALLE
        .iter()
        .filter_map(|s| {
            let van_soort: Vec<_> = alle.iter().filter(|a| a.soort == *s).collect();
            (!van_soort.is_empty()).then(|| {
                vec![
                    s.omschrijving().to_string(),
                    van_soort.len().to_string(),
                    uren_tekst(van_soort.iter().map(|a| a.minuten).sum()),
                ]
            })
        })
        .collect();
    per_soort.sort();
    blokken.push(Blok::kop("Activiteiten per soort"));
    blokken.push(Blok::Tabel {
        koppen: vec!["Soort".into(), "Aantal".into(), "Tijd".into()],
        breedtes: vec!["3".into(), "1".into(), "1".into()],
        rijen: per_soort,
        leeg: "Geen activiteiten vastgelegd.".into(),
    });
    blokken.push(Blok::kop("Sollicitaties"));
    blokken.push(sollicitatietabel(&alle));
    blokken.push(Blok::kop("Verloop van de fasen"));
    blokken.push(Blok::Tabel {
        koppen: vec!["Datum".into(), "Van".into(), "Naar".into(), "Reden".into()],
        breedtes: vec!["auto".into(), "1".into(), "1".into(), "2".into()],
        rijen: t
            .overgangen
            .iter()
            .map(|o| {
                vec![
                    nl(o.datum),
                    o.van.code().into(),
                    o.naar.code().into(),
                    o.reden.map(|r| r.omschrijving().to_string()).unwrap_or_default(),
                ]
            })
            .collect(),
        leeg: "Geen overgangen vastgelegd.".into(),
    });
    if let Some(p) = &t.plaatsing {
        blokken.push(Blok::kop("Plaatsing"));
        blokken.push(Blok::Velden {
            rijen: vec![
                ("Werkgever".into(), p.werkgever.clone()),
                ("Functie".into(), p.functie.clone()),
                ("Contract".into(), format!("{}, {} uur per week", p.contract.omschrijving(), p.uren_per_week)),
                ("Startdatum".into(), nl(p.startdatum)),
                (
                    "Loon ten opzichte van het oude loon".into(),
                    p.loonverhouding().map(|l| l.procent()).unwrap_or_else(|| "—".into()),
                ),
                ("No-riskpolis".into(), if p.no_risk_polis { "ja" } else { "nee" }.into()),
            ],
        });
    }
    blokken.extend(verhaal("Verloop van het traject", &v.verloop));
    blokken.extend(verhaal("Resultaat", &v.resultaat));
    blokken.extend(verhaal("Advies", &v.advies));
    blokken.push(Blok::kop("Voor gezien"));
    blokken.push(Blok::Tekst { tekst: GEEN_MEDISCH.into(), leeg: String::new() });
    blokken.push(Blok::Handtekeningen {
        namen: vec![
            ("Werknemer".into(), b.dossier.werknemer.clone()),
            ("Re-integratiecoach".into(), b.coach.clone().unwrap_or_else(|| "—".into())),
        ],
    });
    Ok(Rapport {
        soort: Soort::Eindrapportage,
        kenmerk: format!("{dossier_id}/eind/{datum}"),
        datum,
        kop: kop(&b, "Eindrapportage spoor 2", None, datum),
        titel: "Eindrapportage spoor 2".into(),
        ondertitel: Some(format!("{} · {} t/m {}", b.dossier.werknemer, nl(van), nl(tot))),
        blokken,
        bijlagen: b.bijlagen(vec![]),
    })
}

/// The outcome of the RIV completeness check for a dossier, with the deadline it was checked against.
#[derive(Debug, Clone)]
pub struct RivStand {
    pub uiterste: Date,
    pub controle: riv::Controle,
    pub documenten: Vec<store::Document>,
}

/// The RIV deadline of the dossier's current chain and the completeness check on `peildatum`.
pub fn riv_stand(
    store: &Store,
    actor: Actor<'_>,
    dossier_id: &str,
    peildatum: Date,
    instellingen: RivInstellingen,
) -> Result<RivStand, RapportFout> {
    let context = "re-integratieverslag";
    let dossier = store.dossier(actor, dossier_id, context)?;
    riv_stand_van(store, actor, &dossier, peildatum, instellingen)
}

fn riv_stand_van(
    store: &Store,
    actor: Actor<'_>,
    dossier: &store::Dossier,
    peildatum: Date,
    instellingen: RivInstellingen,
) -> Result<RivStand, RapportFout> {
    let context = "re-integratieverslag";
    let tijdlijn = tijdlijn::bereken(&dossier.casus(peildatum)?);
    let uiterste = tijdlijn
        .mijlpalen
        .iter()
        .find(|m| m.code == MijlpaalCode::Reintegratieverslag)
        .map(|m| m.uiterste_datum)
        .ok_or_else(|| RapportFout::Ongeldig("geen termijn voor het re-integratieverslag".into()))?;
    let documenten = store.documenten(actor, &dossier.id, context)?;
    let stukken: Vec<riv::Stuk> = documenten
        .iter()
        .map(|d| riv::Stuk {
            soort: d.soort.clone(),
            titel: d.titel.clone(),
            datum: Some(d.datum),
            ondertekend_door: d.ondertekend_door.clone(),
        })
        .collect();
    let fml = store
        .belastbaarheid(actor, &dossier.id, context)?
        .into_iter()
        .map(|b| riv::Belastbaarheidsoordeel { datum: b.datum })
        .max_by_key(|b| b.datum);
    let controle = riv::controleer(&stukken, fml, uiterste, instellingen.actueel_oordeel_max_weken);
    Ok(RivStand { uiterste, controle, documenten })
}

fn verloop_omschrijving(soort: &str) -> String {
    MijlpaalCode::ALLE.iter().find(|m| m.code() == soort).map(|m| m.omschrijving().to_string()).unwrap_or_else(|| {
        let mut s = soort.replace('_', " ");
        if let Some(eerste) = s.get_mut(0..1) {
            eerste.make_ascii_uppercase();
        }
        s
    })
}

/// The RIV bundle: cover with administrative data, the completeness check, a chronological overview,
/// then every required part with its documents, then arbeidsdeskundig reports and the spoor 2 reports.
/// The BSN is read (and the read logged) for this document only. Medical data is never part of it:
/// the store's document list holds no medical documents and the course no medical notes.
pub fn riv(
    store: &Store,
    actor: Actor<'_>,
    dossier_id: &str,
    datum: Date,
    instellingen: RivInstellingen,
) -> Result<Rapport, RapportFout> {
    let context = "re-integratieverslag";
    let b = basis(store, actor, dossier_id, context)?;
    let bsn = store.bsn(actor, dossier_id, context)?;
    let stand = riv_stand_van(store, actor, &b.dossier, datum, instellingen)?;
    let tijdlijn = tijdlijn::bereken(&b.dossier.casus(datum)?);
    let belastbaarheid = store.belastbaarheid(actor, dossier_id, context)?;
    let verloop = store.verloop(actor, dossier_id, context)?;
    let bsn_tekst = bsn.als_tekst().to_string();

    let mut blokken = vec![
        Blok::kop("Administratieve gegevens"),
        Blok::Velden {
            rijen: vec![
                ("Werknemer".into(), b.dossier.werknemer.clone()),
                ("BSN".into(), bsn_tekst.clone()),
                ("Functie".into(), b.dossier.functie.clone()),
                ("Werkgever".into(), b.dossier.werkgever.clone()),
                ("Eerste ziektedag".into(), nl(tijdlijn.eerste_ziektedag)),
                ("Uiterste datum re-integratieverslag".into(), nl(stand.uiterste)),
                ("Einde wachttijd".into(), nl(tijdlijn.einde_wachttijd)),
                ("Samengesteld door".into(), b.organisatie.clone()),
                ("Datum".into(), nl(datum)),
            ],
        },
        Blok::kop("Volledigheid"),
        if stand.controle.volledig() {
            Blok::Melding {
                toon: "goed".into(),
                titel: "Alle verplichte onderdelen zijn aanwezig, gedateerd en ondertekend.".into(),
                regels: vec![],
            }
        } else {
            Blok::Melding {
                toon: "fout".into(),
                titel: format!(
                    "Het re-integratieverslag is niet compleet ({}, {} punten):",
                    riv::Controle::CODE,
                    stand.controle.gebreken.len()
                ),
                regels: stand.controle.gebreken.iter().map(riv::Gebrek::tekst).collect(),
            }
        },
        Blok::Tekst {
            tekst: format!(
                "Medische gegevens maken geen deel uit van deze bundel: die stuurt alleen de werknemer of de bedrijfsarts aan UWV. Grondslag: {}.",
                riv::Controle::grondslag()
            ),
            leeg: String::new(),
        },
        Blok::kop("Inhoud"),
        Blok::Tabel {
            koppen: vec!["Onderdeel".into(), "Stukken".into(), "Laatste datum".into()],
            breedtes: vec!["3".into(), "1".into(), "1".into()],
            rijen: stand
                .controle
                .onderdelen
                .iter()
                .map(|(o, idx)| {
                    let laatste = idx.iter().map(|&i| stand.documenten[i].datum).max();
                    let laatste = match (o, stand.controle.oordeel_uit_belastbaarheid) {
                        (riv::Onderdeel::ActueelOordeel, Some(d)) => Some(d),
                        _ => laatste,
                    };
                    let aantal = idx.len()
                        + usize::from(
                            *o == riv::Onderdeel::ActueelOordeel && stand.controle.oordeel_uit_belastbaarheid.is_some(),
                        );
                    vec![
                        o.naam().to_string(),
                        if aantal == 0 { "ontbreekt".into() } else { aantal.to_string() },
                        laatste.map(nl).unwrap_or_else(|| "—".into()),
                    ]
                })
                .collect(),
            leeg: String::new(),
        },
        Blok::hoofdstuk("Chronologisch overzicht", true),
    ];
    let mut chronologie: Vec<(Date, String, String)> = verloop
        .iter()
        .filter(|r| r.soort != "notitie")
        .map(|r| (r.datum, verloop_omschrijving(&r.soort), r.door.clone()))
        .chain(stand.documenten.iter().map(|d| (d.datum, format!("Document: {}", d.titel), d.auteur.clone())))
        .chain(
            belastbaarheid.iter().map(|f| (f.datum, "Belastbaarheid (FML) vastgelegd".into(), "bedrijfsarts".into())),
        )
        .collect();
    chronologie.sort_by_key(|(d, _, _)| *d);
    blokken.push(Blok::Tabel {
        koppen: vec!["Datum".into(), "Wat".into(), "Door".into()],
        breedtes: vec!["auto".into(), "3".into(), "1.4".into()],
        rijen: chronologie.into_iter().map(|(d, wat, door)| vec![nl(d), wat, door]).collect(),
        leeg: "Nog niets vastgelegd.".into(),
    });

    let mut bijlagen = Vec::new();
    let mut opgenomen = std::collections::HashSet::new();
    for (onderdeel, idx) in &stand.controle.onderdelen {
        blokken.push(Blok::hoofdstuk(onderdeel.naam(), true));
        if *onderdeel == riv::Onderdeel::ActueelOordeel
            && let Some(f) = belastbaarheid
                .iter()
                .max_by_key(|f| f.datum)
                .filter(|_| stand.controle.oordeel_uit_belastbaarheid.is_some())
        {
            blokken.extend(fml_blokken(f));
        }
        if idx.is_empty()
            && !(*onderdeel == riv::Onderdeel::ActueelOordeel && stand.controle.oordeel_uit_belastbaarheid.is_some())
        {
            blokken.push(Blok::Melding {
                toon: "fout".into(),
                titel: "Dit onderdeel ontbreekt.".into(),
                regels: vec![],
            });
        }
        for &i in idx {
            opgenomen.insert(i);
            document_blokken(store, actor, &stand.documenten[i], &mut blokken, &mut bijlagen)?;
        }
    }
    let aanvullend: Vec<usize> = (0..stand.documenten.len())
        .filter(|i| !opgenomen.contains(i) && riv::AANVULLENDE_SOORTEN.contains(&stand.documenten[*i].soort.as_str()))
        .collect();
    blokken.push(Blok::hoofdstuk("Arbeidsdeskundige rapportage en spoor 2", true));
    if aanvullend.is_empty() {
        blokken.push(Blok::tekst(""));
    }
    for i in aanvullend {
        document_blokken(store, actor, &stand.documenten[i], &mut blokken, &mut bijlagen)?;
    }

    Ok(Rapport {
        soort: Soort::Riv,
        kenmerk: format!("{dossier_id}/riv/{datum}"),
        datum,
        kop: kop(&b, "Re-integratieverslag", Some(bsn_tekst), datum),
        titel: "Re-integratieverslag".into(),
        ondertitel: Some(format!("{} · de niet-medische onderdelen voor UWV", b.dossier.werknemer)),
        blokken,
        bijlagen: b.bijlagen(bijlagen),
    })
}

fn fml_blokken(f: &store::Belastbaarheid) -> Vec<Blok> {
    let mut rijen: Vec<Vec<String>> = f
        .items
        .iter()
        .filter(|(_, w)| **w != 0)
        .filter_map(|(code, w)| {
            let item = domain::fml::item(code)?;
            Some(vec![
                code.clone(),
                item.naam.to_string(),
                domain::fml::omschrijving(item, *w),
                f.toelichtingen.get(code).cloned().unwrap_or_default(),
            ])
        })
        .collect();
    rijen.sort();
    vec![
        Blok::kop("Functionele mogelijkhedenlijst (FML)"),
        Blok::Velden {
            rijen: vec![
                ("Datum".into(), nl(f.datum)),
                ("Opgesteld door".into(), "de bedrijfsarts (vastgelegd in het dossier)".into()),
                (
                    "Benutbare mogelijkheden".into(),
                    if f.benutbare_mogelijkheden { "ja" } else { "geen benutbare mogelijkheden" }.into(),
                ),
                ("Prognose".into(), f.prognose.clone()),
            ],
        },
        Blok::Tabel {
            koppen: vec!["Item".into(), "Wat".into(), "Beperking".into(), "Toelichting".into()],
            breedtes: vec!["auto".into(), "2".into(), "2".into(), "2".into()],
            rijen,
            leeg: "Geen beperkingen vastgelegd.".into(),
        },
    ]
}

/// A document's description and its content (text, image or every PDF page).
fn document_blokken(
    store: &Store,
    actor: Actor<'_>,
    d: &store::Document,
    blokken: &mut Vec<Blok>,
    bijlagen: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), RapportFout> {
    blokken.push(Blok::Kop { tekst: d.titel.clone(), niveau: 3, nieuwe_pagina: false });
    blokken.push(Blok::Velden {
        rijen: vec![
            ("Datum".into(), nl(d.datum)),
            ("Opgesteld door".into(), d.auteur.clone()),
            (
                "Ondertekend door".into(),
                d.ondertekend_door
                    .clone()
                    .filter(|o| !o.trim().is_empty())
                    .unwrap_or_else(|| "niet ondertekend".into()),
            ),
            ("SHA-256".into(), d.sha256.clone()),
        ],
    });
    let (_, mediatype, inhoud) = store.document_inhoud(actor, &d.id, "re-integratieverslag")?;
    let pad = format!("/bijlage/{}", bijlagen.len());
    match mediatype.as_str() {
        "application/pdf" => match crate::zetten::paginas(&inhoud) {
            Some(paginas) if paginas > 0 => {
                blokken.push(Blok::PdfPaginas { pad: pad.clone(), paginas });
                bijlagen.push((pad, inhoud));
            }
            _ => blokken.push(Blok::Melding {
                toon: "fout".into(),
                titel: "Dit PDF-bestand kon niet worden gelezen; het zit wel in het dossier.".into(),
                regels: vec![],
            }),
        },
        "image/png" | "image/jpeg" if crate::afbeelding_leesbaar(&inhoud) => {
            blokken.push(Blok::Afbeelding { pad: pad.clone() });
            bijlagen.push((pad, inhoud));
        }
        "image/png" | "image/jpeg" => blokken.push(Blok::Melding {
            toon: "fout".into(),
            titel: "Deze afbeelding kon niet worden gelezen; het bestand zit wel in het dossier.".into(),
            regels: vec![],
        }),
        _ => blokken.push(Blok::tekst(String::from_utf8_lossy(&inhoud).into_owned())),
    }
    Ok(())
}
