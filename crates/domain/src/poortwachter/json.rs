//! The JSON contract of a case (input) and its timeline (output), shared by the CLI and the API.
//! Input is read field by field so that every refusal names the field in Dutch.

use jiff::civil::Date;
use serde::Serialize;
use serde_json::{Map, Value};

use super::bevinding::Bevinding;
use super::casus::{
    Casus, CasusInvoer, Gebeurtenis, InvoerFout, Loonstop, Soort, UitzonderingSpoor2, Verlof, Ziekteperiode,
};
use super::casus::{controleer_bereik, lijst_van};
use super::mijlpaal::{Mijlpaal, MijlpaalCode};
use super::tijdlijn::Tijdlijn;

/// Parses a case from JSON text. `vandaag` is the peildatum when none is given.
pub fn lees_casus(tekst: &str, vandaag: Date) -> Result<Casus, InvoerFout> {
    let waarde: Value = serde_json::from_str(tekst).map_err(|e| {
        let wat = match e.classify() {
            serde_json::error::Category::Eof => "de invoer houdt onverwacht op",
            _ => "de invoer is geen geldige JSON",
        };
        InvoerFout::nieuw("(invoer)", format!("{wat} (regel {}, kolom {})", e.line(), e.column()))
    })?;
    casus_uit_json(&waarde, vandaag)
}

/// Builds a case from a parsed JSON value.
pub fn casus_uit_json(waarde: &Value, vandaag: Date) -> Result<Casus, InvoerFout> {
    Casus::nieuw(casusinvoer_uit_json(waarde)?, vandaag)
}

/// Reads a case's input from a parsed JSON value: each field checked on its own, the whole not yet
/// (that is [`Casus::nieuw`]).
pub fn casusinvoer_uit_json(waarde: &Value) -> Result<CasusInvoer, InvoerFout> {
    let obj = object("(invoer)", waarde)?;
    alleen_velden(
        "",
        obj,
        &[
            "ziekteperiodes",
            "wazo_verlof",
            "gebeurtenissen",
            "vrijwillige_verlenging_tot",
            "loonsanctie_weken",
            "rapportage_interval_weken",
            "peildatum",
        ],
    )?;
    let Some(perioden) = obj.get("ziekteperiodes") else {
        return Err(InvoerFout::nieuw("ziekteperiodes", "ontbreekt: geef minstens één ziekteperiode"));
    };
    let ziekteperiodes = perioden_uit("ziekteperiodes", Some(perioden), |pad, o| {
        Ok(Ziekteperiode {
            van: verplichte_datum(pad, o, "van")?,
            tot_en_met: datum(&format!("{pad}.tot_en_met"), o.get("tot_en_met"))?,
        })
    })?;
    let wazo_verlof = perioden_uit("wazo_verlof", obj.get("wazo_verlof"), |pad, o| {
        Ok(Verlof { van: verplichte_datum(pad, o, "van")?, tot_en_met: verplichte_datum(pad, o, "tot_en_met")? })
    })?;
    let mut gebeurtenissen = Vec::new();
    let mut loonstops = Vec::new();
    for (i, g) in lijst("gebeurtenissen", obj.get("gebeurtenissen"))?.iter().enumerate() {
        match gebeurtenis(&format!("gebeurtenissen[{i}]"), g)? {
            Gelezen::Gebeurtenis(g) => gebeurtenissen.push(g),
            Gelezen::Loonstop(l) => loonstops.push(l),
        }
    }
    Ok(CasusInvoer {
        ziekteperiodes,
        wazo_verlof,
        gebeurtenissen,
        loonstops,
        vrijwillige_verlenging_tot: datum("vrijwillige_verlenging_tot", obj.get("vrijwillige_verlenging_tot"))?,
        loonsanctie_weken: geheel_getal("loonsanctie_weken", obj.get("loonsanctie_weken"))?,
        rapportage_interval_weken: geheel_getal("rapportage_interval_weken", obj.get("rapportage_interval_weken"))?,
        peildatum: datum("peildatum", obj.get("peildatum"))?,
    })
}

enum Gelezen {
    Gebeurtenis(Gebeurtenis),
    Loonstop(Loonstop),
}

/// One entry of `gebeurtenissen`. Its `toelichting` is checked but not used by the clock.
fn gebeurtenis(pad: &str, waarde: &Value) -> Result<Gelezen, InvoerFout> {
    let o = object(pad, waarde)?;
    let soort_pad = format!("{pad}.soort");
    let code = match o.get("soort") {
        None | Some(Value::Null) => return Err(InvoerFout::nieuw(soort_pad, "ontbreekt")),
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err(InvoerFout::nieuw(soort_pad, "moet tekst zijn")),
    };
    let extra: &[&str] = match code {
        "afwijking_gemotiveerd" => &["betreft"],
        "uitzondering_spoor2" | "loonstop_werknemer" => &["reden"],
        _ => &[],
    };
    let mut toegestaan = vec!["soort", "datum", "toelichting"];
    toegestaan.extend_from_slice(extra);
    alleen_velden(pad, o, &toegestaan)?;
    let reden = || {
        let r = tekst(&format!("{pad}.reden"), o.get("reden"), true)?.unwrap_or_default();
        if r.trim().is_empty() {
            return Err(InvoerFout::nieuw(format!("{pad}.reden"), "mag niet leeg zijn"));
        }
        Ok(r)
    };
    tekst(&format!("{pad}.toelichting"), o.get("toelichting"), false)?;
    let datum = verplichte_datum(pad, o, "datum")?;
    let soort = match code {
        "casemanager_benoemd" => Soort::CasemanagerBenoemd,
        "afwijking_gemotiveerd" => {
            let betreft = tekst(&format!("{pad}.betreft"), o.get("betreft"), true)?.unwrap_or_default();
            let Some(m) = MijlpaalCode::van_code(&betreft) else {
                return Err(InvoerFout::nieuw(format!("{pad}.betreft"), format!("'{betreft}' is geen mijlpaalcode")));
            };
            Soort::AfwijkingGemotiveerd { betreft: m }
        }
        "uitzondering_spoor2" => {
            let r = reden()?;
            let Some(reden) = UitzonderingSpoor2::ALLE.into_iter().find(|u| u.code() == r) else {
                return Err(InvoerFout::nieuw(
                    format!("{pad}.reden"),
                    format!(
                        "'{r}' is geen uitzondering op spoor 2; kies {}",
                        lijst_van(UitzonderingSpoor2::ALLE.iter().map(|u| u.code()))
                    ),
                ));
            };
            Soort::UitzonderingSpoor2 { reden }
        }
        "bevredigend_resultaat" => Soort::BevredigendResultaat,
        "deskundigenoordeel" => Soort::Deskundigenoordeel,
        "spoor2_activiteit" => Soort::Spoor2Activiteit,
        "voortgangsrapportage" => Soort::Voortgangsrapportage,
        "loonstop_werknemer" => {
            return Ok(Gelezen::Loonstop(Loonstop { datum, reden: reden()? }));
        }
        _ => match MijlpaalCode::van_code(code).filter(|m| m.is_handeling()) {
            Some(m) => Soort::Mijlpaal(m),
            None => {
                return Err(InvoerFout::nieuw(
                    soort_pad,
                    format!("'{code}' is geen bekende soort; kies uit: {}", Soort::CODES.join(", ")),
                ));
            }
        },
    };
    Ok(Gelezen::Gebeurtenis(Gebeurtenis { soort, datum }))
}

/// A list of `{"van", "tot_en_met"}` objects, each built by `bouw` with its path.
fn perioden_uit<T>(
    naam: &str,
    waarde: Option<&Value>,
    bouw: impl Fn(&str, &Map<String, Value>) -> Result<T, InvoerFout>,
) -> Result<Vec<T>, InvoerFout> {
    lijst(naam, waarde)?
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let pad = format!("{naam}[{i}]");
            let o = object(&pad, p)?;
            alleen_velden(&pad, o, &["van", "tot_en_met"])?;
            bouw(&pad, o)
        })
        .collect()
}

fn object<'a>(pad: &str, waarde: &'a Value) -> Result<&'a Map<String, Value>, InvoerFout> {
    waarde
        .as_object()
        .ok_or_else(|| InvoerFout::nieuw(pad, format!("moet een object {{…}} zijn, niet {}", soort_van(waarde))))
}

fn lijst<'a>(pad: &str, waarde: Option<&'a Value>) -> Result<&'a [Value], InvoerFout> {
    match waarde {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(w) => Err(InvoerFout::nieuw(pad, format!("moet een lijst […] zijn, niet {}", soort_van(w)))),
    }
}

/// Refuses fields the contract does not know: a typo must not silently change the result.
fn alleen_velden(pad: &str, obj: &Map<String, Value>, toegestaan: &[&str]) -> Result<(), InvoerFout> {
    match obj.keys().find(|k| !toegestaan.contains(&k.as_str())) {
        None => Ok(()),
        Some(k) => Err(InvoerFout::nieuw(
            if pad.is_empty() { k.clone() } else { format!("{pad}.{k}") },
            format!("onbekend veld; toegestaan zijn: {}", toegestaan.join(", ")),
        )),
    }
}

fn verplichte_datum(pad: &str, obj: &Map<String, Value>, veld: &str) -> Result<Date, InvoerFout> {
    let volledig = format!("{pad}.{veld}");
    datum(&volledig, obj.get(veld))?.ok_or_else(|| InvoerFout::nieuw(volledig, "ontbreekt"))
}

/// A date as `JJJJ-MM-DD`; null or absent is `None`.
fn datum(pad: &str, waarde: Option<&Value>) -> Result<Option<Date>, InvoerFout> {
    let s = match waarde {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => s,
        Some(w) => {
            return Err(InvoerFout::nieuw(
                pad,
                format!("moet een datum als tekst zijn (JJJJ-MM-DD), niet {}", soort_van(w)),
            ));
        }
    };
    let b = s.as_bytes();
    let vorm = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !vorm {
        return Err(InvoerFout::nieuw(pad, format!("'{s}' is geen datum in de vorm JJJJ-MM-DD")));
    }
    let d: Date = s.parse().map_err(|_| InvoerFout::nieuw(pad, format!("'{s}' is geen bestaande datum")))?;
    controleer_bereik(|| pad.to_string(), d).map(Some)
}

fn geheel_getal(pad: &str, waarde: Option<&Value>) -> Result<Option<i64>, InvoerFout> {
    match waarde {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => {
            n.as_i64().map(Some).ok_or_else(|| InvoerFout::nieuw(pad, format!("{n} is geen geheel getal")))
        }
        Some(w) => Err(InvoerFout::nieuw(pad, format!("moet een geheel getal zijn, niet {}", soort_van(w)))),
    }
}

fn tekst(pad: &str, waarde: Option<&Value>, verplicht: bool) -> Result<Option<String>, InvoerFout> {
    match waarde {
        None | Some(Value::Null) if verplicht => Err(InvoerFout::nieuw(pad, "ontbreekt")),
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(w) => Err(InvoerFout::nieuw(pad, format!("moet tekst zijn, niet {}", soort_van(w)))),
    }
}

/// What a JSON value is, in Dutch, for messages that refuse it ("moet tekst zijn, niet een getal").
pub fn soort_van(w: &Value) -> &'static str {
    match w {
        Value::Null => "null",
        Value::Bool(_) => "waar/onwaar",
        Value::Number(_) => "een getal",
        Value::String(_) => "tekst",
        Value::Array(_) => "een lijst",
        Value::Object(_) => "een object",
    }
}

/// The output contract (`spoor2 tijdlijn --json`).
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TijdlijnJson {
    pub peildatum: Date,
    pub eerste_ziektedag: Date,
    pub eerdere_ketens: Vec<KetenJson>,
    pub hersteld_op: Option<Date>,
    pub laatste_dag_wachttijd: Date,
    pub einde_wachttijd: Date,
    pub einde_loondoorbetaling: Date,
    pub loonsanctie_weken: Option<u8>,
    pub mijlpalen: Vec<MijlpaalJson>,
    pub bevindingen: Vec<BevindingJson>,
    pub loonstops: Vec<LoonstopJson>,
}

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KetenJson {
    pub eerste_ziektedag: Date,
    pub laatste_ziektedag: Date,
}

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MijlpaalJson {
    pub code: &'static str,
    pub omschrijving: &'static str,
    pub uiterste_datum: Date,
    pub uiterste_werkdag: Option<Date>,
    pub week: u32,
    pub status: &'static str,
    pub gedaan_op: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venster_vanaf: Option<Date>,
}

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BevindingJson {
    pub code: &'static str,
    pub ernst: &'static str,
    pub toelichting: String,
    pub grondslag: &'static str,
    pub advies: String,
    pub bewijs: Vec<BewijsJson>,
}

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BewijsJson {
    pub wat: &'static str,
    pub datum: Date,
}

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoonstopJson {
    pub datum: Date,
    pub reden: String,
}

impl TijdlijnJson {
    pub fn nieuw(casus: &Casus, t: &Tijdlijn) -> Self {
        Self {
            peildatum: casus.peildatum(),
            eerste_ziektedag: t.eerste_ziektedag,
            eerdere_ketens: t
                .eerdere_ketens
                .iter()
                .map(|&(eerste_ziektedag, laatste_ziektedag)| KetenJson { eerste_ziektedag, laatste_ziektedag })
                .collect(),
            hersteld_op: t.hersteld_op,
            laatste_dag_wachttijd: t.laatste_dag_wachttijd,
            einde_wachttijd: t.einde_wachttijd,
            einde_loondoorbetaling: t.einde_loondoorbetaling,
            loonsanctie_weken: casus.loonsanctie_weken(),
            mijlpalen: t.mijlpalen.iter().map(MijlpaalJson::from).collect(),
            bevindingen: t.bevindingen.iter().map(BevindingJson::from).collect(),
            loonstops: t.loonstops.iter().map(|l| LoonstopJson { datum: l.datum, reden: l.reden.clone() }).collect(),
        }
    }
}

impl From<&Mijlpaal> for MijlpaalJson {
    fn from(m: &Mijlpaal) -> Self {
        Self {
            code: m.code.code(),
            omschrijving: m.code.omschrijving(),
            uiterste_datum: m.uiterste_datum,
            uiterste_werkdag: m.uiterste_werkdag,
            week: m.week,
            status: m.status.code(),
            gedaan_op: m.gedaan_op,
            venster_vanaf: m.venster_vanaf,
        }
    }
}

impl From<&Bevinding> for BevindingJson {
    fn from(b: &Bevinding) -> Self {
        Self {
            code: b.code(),
            ernst: b.ernst.code(),
            toelichting: b.toelichting(),
            grondslag: b.grondslag(),
            advies: b.advies(),
            bewijs: b.bewijs().into_iter().map(|(wat, datum)| BewijsJson { wat, datum }).collect(),
        }
    }
}
