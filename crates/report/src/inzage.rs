//! The employee's complete export as a readable Dutch PDF: the same data as the JSON
//! ([`store::inzage::Inzageexport`]), chapter by chapter. Medical data is not in it, and the first page says so
//! and whom to ask.

use domain::poortwachter::datum::nl;
use domain::traject::euro;
use jiff::Timestamp;
use store::inzage::{Akkoord, InzageDossier, InzageTraject, Inzageexport};

use crate::{Blok, Kop, Rapport, Soort};

/// A moment in Dutch time: `23-11-2026 09:15`.
fn tijd(t: Timestamp) -> String {
    let zone = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or(jiff::tz::TimeZone::UTC);
    t.to_zoned(zone).strftime("%d-%m-%Y %H:%M").to_string()
}

fn of_streep(t: Option<impl Into<String>>) -> String {
    t.map(Into::into).filter(|t: &String| !t.trim().is_empty()).unwrap_or_else(|| "—".into())
}

fn code(c: &str) -> String {
    c.replace('_', " ")
}

fn ja_nee(b: bool) -> String {
    if b { "ja" } else { "nee" }.into()
}

fn akkoord(a: &Option<Akkoord>) -> String {
    a.as_ref().map_or_else(|| "nog niet".into(), |a| format!("{} ({})", a.naam, tijd(a.op)))
}

fn tabel(koppen: &[&str], rijen: Vec<Vec<String>>, leeg: &str) -> Blok {
    Blok::Tabel {
        koppen: koppen.iter().map(|k| k.to_string()).collect(),
        breedtes: koppen.iter().map(|_| "auto".to_string()).collect(),
        rijen,
        leeg: leeg.into(),
    }
}

/// The export as a report; `logo` is the organisation's, for the head of every page.
pub fn rapport(e: &Inzageexport, logo: Option<Vec<u8>>) -> Rapport {
    let naam = format!("{} {}", e.persoon.voornaam, e.persoon.achternaam);
    let datum = e.peildatum;
    let p = &e.persoon;
    let mut blokken = vec![
        Blok::Melding {
            toon: "goed".into(),
            titel: "Medische gegevens staan niet in dit overzicht".into(),
            regels: std::iter::once(e.medische_gegevens.toelichting.to_string())
                .chain(
                    e.medische_gegevens
                        .bedrijfsartsen
                        .iter()
                        .map(|a| format!("Bedrijfsarts: {} ({})", a.naam, a.email)),
                )
                .collect(),
        },
        Blok::tekst(
            "Dit is alles wat spoor2 over u bewaart (inzage, AVG artikel 15). Hetzelfde overzicht is er als \
             JSON-bestand en als ZIP met alle documenten, om mee te nemen (AVG artikel 20). Klopt er iets niet, \
             dan kunt u op uw pagina 'Mijn re-integratie' om correctie vragen (AVG artikel 16).",
        ),
        Blok::hoofdstuk("Persoonsgegevens", false),
        Blok::Velden {
            rijen: vec![
                ("Naam".into(), naam.clone()),
                ("BSN".into(), p.bsn.clone()),
                ("E-mailadres".into(), of_streep(p.email.clone())),
                ("Telefoon".into(), of_streep(p.telefoon.clone())),
                ("Postcode".into(), p.postcode.clone()),
                ("Functie".into(), p.functie.clone()),
                ("Contracturen per week".into(), format!("{}", p.contracturen_per_week).replace('.', ",")),
                ("Opleidingsniveau".into(), p.opleidingsniveau.clone()),
                ("Werkgever".into(), p.werkgever.clone()),
                ("Bewaard door".into(), e.organisatie.clone()),
            ],
        },
        Blok::kop("Uw account"),
        Blok::Velden {
            rijen: vec![
                ("Naam".into(), e.account.naam.clone()),
                ("E-mailadres".into(), e.account.email.clone()),
                ("Taal".into(), e.account.taal.clone()),
                ("Aangemaakt".into(), tijd(e.account.aangemaakt)),
            ],
        },
    ];
    if e.dossiers.is_empty() {
        blokken.push(Blok::lijst(vec![], "Er is (nog) geen verzuimdossier."));
    }
    for d in &e.dossiers {
        dossier(d, &mut blokken);
    }
    Rapport {
        soort: Soort::Gegevensoverzicht,
        kenmerk: format!("inzage/{}", e.gemaakt),
        datum,
        kop: Kop {
            organisatie: e.organisatie.clone(),
            logo: logo.is_some(),
            titel: "Overzicht van uw gegevens".into(),
            werknemer: naam.clone(),
            bsn: None,
            datum: nl(datum),
        },
        titel: "Overzicht van uw gegevens".into(),
        ondertitel: Some(format!("{naam} · inzage (AVG art. 15) · gemaakt op {}", tijd(e.gemaakt))),
        blokken,
        bijlagen: logo.map(|l| vec![("/logo".to_string(), l)]).unwrap_or_default(),
    }
}

fn dossier(d: &InzageDossier, b: &mut Vec<Blok>) {
    let t = &d.tijdlijn;
    b.push(Blok::hoofdstuk(format!("Verzuim bij {}", d.werkgever), true));
    b.push(Blok::Velden {
        rijen: vec![
            ("Eerste ziektedag".into(), nl(t.eerste_ziektedag)),
            ("Einde wachttijd".into(), nl(t.einde_wachttijd)),
            ("Hersteld op".into(), of_streep(t.hersteld_op.map(nl))),
            ("Re-integratiecoach".into(), of_streep(d.coach.clone())),
        ],
    });
    let periodes = d.ziekteperiodes.as_array().cloned().unwrap_or_default();
    b.push(Blok::kop("Ziekteperiodes"));
    b.push(tabel(
        &["Van", "Tot en met"],
        periodes
            .iter()
            .map(|p| {
                let dag = |k: &str| p[k].as_str().and_then(|s| s.parse().ok()).map(nl);
                vec![of_streep(dag("van")), dag("tot_en_met").unwrap_or_else(|| "loopt".into())]
            })
            .collect(),
        "Geen ziekteperiodes.",
    ));
    b.push(Blok::kop("Poortwachter: stappen en termijnen"));
    b.push(tabel(
        &["Stap", "Uiterste datum", "Status", "Gedaan op"],
        t.mijlpalen
            .iter()
            .map(|m| vec![m.omschrijving.into(), nl(m.uiterste_datum), code(m.status), of_streep(m.gedaan_op.map(nl))])
            .collect(),
        "Geen stappen.",
    ));
    b.push(Blok::kop("Bevindingen"));
    b.push(Blok::lijst(t.bevindingen.iter().map(|v| v.toelichting.clone()).collect(), "Geen bevindingen."));
    b.push(Blok::kop("Verloop van het dossier"));
    b.push(tabel(
        &["Datum", "Wat", "Toelichting", "Door"],
        d.verloop
            .iter()
            .map(|r| vec![nl(r.datum), code(&r.soort), of_streep(r.tekst.clone()), r.door.clone()])
            .collect(),
        "Nog niets vastgelegd.",
    ));
    b.push(Blok::kop("Belastbaarheid (in functionele termen)"));
    if d.belastbaarheid.is_empty() {
        b.push(Blok::lijst(vec![], "Geen belastbaarheid vastgelegd."));
    }
    for f in &d.belastbaarheid {
        b.push(Blok::Velden {
            rijen: vec![
                ("Datum".into(), nl(f.datum)),
                ("Benutbare mogelijkheden".into(), ja_nee(f.benutbare_mogelijkheden)),
                ("Prognose".into(), f.prognose.clone()),
            ],
        });
        b.push(tabel(
            &["Item", "Wat", "Beperking", "Toelichting"],
            f.beperkingen
                .iter()
                .map(|x| vec![x.item.clone(), x.naam.clone(), x.beperking.clone(), of_streep(x.toelichting.clone())])
                .collect(),
            "Geen beperkingen vastgelegd.",
        ));
    }
    match &d.traject {
        Some(tr) => traject(tr, b),
        None => {
            b.push(Blok::kop("Spoor 2-traject"));
            b.push(Blok::lijst(vec![], "Er is (nog) geen spoor 2-traject."));
        }
    }
    b.push(Blok::kop("Rapportages en bevestigingen"));
    b.push(tabel(
        &["Rapportage", "Periode", "Uw bevestiging", "Coach"],
        d.rapporten
            .iter()
            .map(|r| {
                vec![
                    r.titel.clone(),
                    format!("{} t/m {}", nl(r.van), nl(r.tot)),
                    akkoord(&r.werknemer_akkoord),
                    akkoord(&r.coach_akkoord),
                ]
            })
            .collect(),
        "Geen rapportages.",
    ));
    b.push(Blok::kop("Documenten"));
    b.push(tabel(
        &["Datum", "Titel", "Soort", "Opgesteld door", "Bestand in de ZIP"],
        d.documenten
            .iter()
            .map(|x| vec![nl(x.datum), x.titel.clone(), code(&x.soort), x.auteur.clone(), x.bestand.clone()])
            .collect(),
        "Geen documenten.",
    ));
    b.push(Blok::kop("Toestemming om uw profiel te delen"));
    b.push(Blok::lijst(
        d.profieltoestemmingen
            .iter()
            .map(|x| format!("{}: {}", tijd(x.vastgelegd), if x.gegeven { "gegeven" } else { "ingetrokken" }))
            .chain(
                d.profieldelingen
                    .iter()
                    .map(|x| format!("{}: gedeeld voor {} door {}", tijd(x.gedeeld), x.naam, x.door)),
            )
            .collect(),
        "Nooit gegeven of gedeeld.",
    ));
    b.push(Blok::kop("Besluiten over passend werk"));
    b.push(tabel(
        &["Werk", "Besluit", "Toelichting", "Door"],
        d.matchbesluiten
            .iter()
            .map(|x| vec![x.naam.clone(), x.besluit.into(), of_streep(Some(x.toelichting.clone())), x.door.clone()])
            .collect(),
        "Geen besluiten.",
    ));
    b.push(Blok::kop("Herinneringen en meldingen"));
    b.push(tabel(
        &["Aangemaakt", "Aan", "Wat", "Datum"],
        d.meldingen.iter().map(|x| vec![tijd(x.aangemaakt), x.aan.clone(), x.wat.clone(), nl(x.datum)]).collect(),
        "Geen meldingen.",
    ));
    b.push(Blok::kop("Uw correctieverzoeken"));
    b.push(tabel(
        &["Ingediend", "Onderdeel", "Wat niet klopt", "Wat het moet zijn", "Uitkomst"],
        d.correctieverzoeken
            .iter()
            .map(|x| {
                let uitkomst = match (&x.reden, &x.afgehandeld_door) {
                    (Some(r), Some(door)) => format!("{} door {door}: {r}", x.status),
                    (None, Some(door)) => format!("{} door {door}", x.status),
                    _ => format!("{} (antwoord uiterlijk {})", x.status, nl(x.uiterste_antwoorddatum)),
                };
                vec![tijd(x.ingediend), code(x.onderdeel), x.wat_onjuist.clone(), x.wat_juist.clone(), uitkomst]
            })
            .collect(),
        "Geen correctieverzoeken.",
    ));
    // Grouped per person, purpose and data, so that a long log stays readable (and quick to typeset);
    // every single read is in the JSON.
    // (who, purpose, data) → (times, first, last)
    type Groep<'a> = ((&'a str, &'a str, String), (usize, Timestamp, Timestamp));
    let mut groepen: Vec<Groep> = Vec::new();
    for x in &d.toegangslog {
        let sleutel = (x.wie.as_str(), x.context.as_str(), x.gegevens.join(", "));
        match groepen.iter_mut().find(|(k, _)| *k == sleutel) {
            Some((_, (n, eerst, laatst))) => {
                *n += 1;
                *eerst = (*eerst).min(x.tijdstip);
                *laatst = (*laatst).max(x.tijdstip);
            }
            None => groepen.push((sleutel, (1, x.tijdstip, x.tijdstip))),
        }
    }
    b.push(Blok::kop("Wie uw gegevens inzag"));
    b.push(tabel(
        &["Wie", "Waarvoor", "Welke gegevens", "Keren", "Eerste keer", "Laatste keer"],
        groepen
            .into_iter()
            .map(|((wie, context, gegevens), (n, eerst, laatst))| {
                vec![wie.to_string(), context.to_string(), gegevens, n.to_string(), tijd(eerst), tijd(laatst)]
            })
            .collect(),
        "Niemand.",
    ));
}

fn traject(t: &InzageTraject, b: &mut Vec<Blok>) {
    b.push(Blok::kop("Spoor 2-traject"));
    let mut velden = vec![
        ("Fase".to_string(), code(t.fase)),
        ("Advies".into(), format!("{}: {}", nl(t.advies.datum), t.advies.conclusie)),
        ("Zoekrichtingen".into(), t.advies.zoekrichtingen.join(", ")),
    ];
    if let Some(r) = t.afsluitreden {
        velden.push(("Afgesloten".into(), code(r)));
    }
    if let Some(o) = &t.opdracht {
        velden.push((
            "Opdracht".into(),
            format!(
                "{}: start {} voor {} weken, budget EUR {}",
                nl(o.datum),
                nl(o.start),
                o.duur_weken,
                euro(o.budget_centen)
            ),
        ));
    }
    b.push(Blok::Velden { rijen: velden });
    if let Some(i) = &t.intake {
        b.push(Blok::kop("Intake"));
        b.push(Blok::Velden {
            rijen: vec![
                ("Datum".into(), nl(i.datum)),
                ("Werkervaring".into(), i.werkervaring.clone()),
                ("Opleiding".into(), i.opleidingsniveau.clone()),
                ("Vaardigheden".into(), i.vaardigheden.clone()),
                ("Wensen".into(), i.wensen.clone()),
                ("Mogelijkheden".into(), i.mogelijkheden.clone()),
                ("Belemmeringen".into(), i.belemmeringen.clone()),
                ("Zoekprofiel".into(), i.zoekprofiel.clone()),
            ],
        });
    }
    for p in &t.plannen {
        b.push(Blok::kop(format!("Trajectplan versie {} ({})", p.versie, nl(p.plan.datum))));
        b.push(Blok::Velden {
            rijen: vec![
                ("Doelen".into(), p.plan.doelen.join("; ")),
                ("Zoekrichtingen".into(), p.plan.zoekrichtingen.join(", ")),
                ("Opgesteld door".into(), p.opgesteld_door.clone()),
                ("Uw akkoord".into(), akkoord(&p.werknemer_akkoord)),
                ("Akkoord werkgever".into(), akkoord(&p.werkgever_akkoord)),
                ("Uw visie".into(), of_streep(p.werknemer_visie.clone())),
            ],
        });
    }
    b.push(Blok::kop("Activiteiten en sollicitaties"));
    b.push(tabel(
        &["Datum", "Soort", "Doel", "Met wie", "Afspraken", "Minuten", "Bevestigd"],
        t.activiteiten
            .iter()
            .map(|a| {
                let doel = match (&a.inhoud.vacature, &a.inhoud.werkgever) {
                    (Some(v), Some(w)) => format!("{} ({v} bij {w})", a.inhoud.doel),
                    _ => a.inhoud.doel.clone(),
                };
                vec![
                    nl(a.datum),
                    code(a.soort),
                    doel,
                    a.inhoud.met_wie.clone(),
                    a.inhoud.afspraken.clone(),
                    a.minuten.to_string(),
                    ja_nee(a.bevestigd),
                ]
            })
            .collect(),
        "Geen activiteiten.",
    ));
    b.push(Blok::kop("Fasen"));
    b.push(tabel(
        &["Datum", "Van", "Naar", "Door"],
        t.overgangen.iter().map(|o| vec![nl(o.datum), code(o.van), code(o.naar), o.door.clone()]).collect(),
        "Geen.",
    ));
    if let Some(p) = &t.plaatsing {
        b.push(Blok::kop("Plaatsing"));
        b.push(Blok::Velden {
            rijen: vec![
                ("Werkgever".into(), p.werkgever.clone()),
                ("Functie".into(), p.functie.clone()),
                ("Contract".into(), p.contract.omschrijving().into()),
                ("Uren per week".into(), p.uren_per_week.to_string()),
                ("Start".into(), nl(p.startdatum)),
                ("Loon per maand".into(), format!("EUR {}", euro(p.loon_per_maand_centen))),
            ],
        });
    }
    b.push(Blok::kop("Nazorg"));
    b.push(tabel(
        &["Datum", "Werk duurt", "Notitie", "Door"],
        t.nazorg.iter().map(|n| vec![nl(n.datum), ja_nee(n.werk_duurt), n.notitie.clone(), n.door.clone()]).collect(),
        "Geen nazorgcontacten.",
    ));
    b.push(Blok::kop("Uren en kosten van het traject"));
    b.push(tabel(
        &["Datum", "Categorie", "Omschrijving", "Minuten", "Bedrag (EUR)", "Door"],
        t.uren
            .iter()
            .map(|u| {
                vec![
                    nl(u.datum),
                    code(u.categorie),
                    u.omschrijving.clone(),
                    u.minuten.to_string(),
                    euro(u.bedrag_centen),
                    u.door.clone(),
                ]
            })
            .collect(),
        "Geen uren geregistreerd.",
    ));
}
