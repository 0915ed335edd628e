//! The append-only audit and access log, one hash chain per organisation. Every entry is written in
//! the transaction of the action it records.

use diesel::prelude::*;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::schema::{logboek, organisaties};
use crate::verbinding::{self, Verbinding};
use crate::{StoreFout, nu_micros};

/// What kind of event an entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Soort {
    /// A write: who changed which entity, and what.
    Wijziging,
    /// A read of a dossier.
    Inzage,
    /// A read of medical data.
    Medisch,
}

impl Soort {
    pub fn code(self) -> &'static str {
        match self {
            Self::Wijziging => "wijziging",
            Self::Inzage => "inzage",
            Self::Medisch => "medisch",
        }
    }
}

/// One entry to append.
pub struct Regel<'a> {
    pub organisatie_id: &'a str,
    pub actor: &'a str,
    pub soort: Soort,
    pub entiteit: &'a str,
    pub entiteit_id: &'a str,
    pub werknemer_id: Option<&'a str>,
    pub context: &'a str,
    pub details: &'a Value,
}

const BEGIN: &str = "";

/// Appends an entry. The organisation row holds the chain's head; updating it first takes the
/// row lock on PostgreSQL, so concurrent writers of one organisation queue up instead of forking
/// the chain.
pub fn schrijf(conn: &mut Verbinding, regel: Regel<'_>) -> Result<(), StoreFout> {
    schrijf_alle(conn, regel.organisatie_id, &[vec![regel]])
}

/// Appends entries of one organisation in order, as [`schrijf`] appends one: the head is moved once for
/// all of them. Each part (one page's reads, say) goes in with a statement of its own, a few hundred rows
/// at most: a part of one row has the one shape each connection prepares once, whereas rows of varying
/// number are prepared anew every time; and a page that reads many dossiers logs them at the cost of
/// about one entry.
pub fn schrijf_alle(conn: &mut Verbinding, organisatie_id: &str, delen: &[Vec<Regel<'_>>]) -> Result<(), StoreFout> {
    let aantal: usize = delen.iter().map(Vec::len).sum();
    if aantal == 0 {
        return Ok(());
    }
    debug_assert!(delen.iter().flatten().all(|r| r.organisatie_id == organisatie_id), "one organisation's chain");
    let (lengte, mut vorige_hash): (i64, String) = verbinding::haal_op(
        conn,
        diesel::update(organisaties::table.find(organisatie_id))
            .set(organisaties::logboek_lengte.eq(organisaties::logboek_lengte + aantal as i64))
            .returning((organisaties::logboek_lengte, organisaties::logboek_kop)),
    )
    .optional()?
    .ok_or(StoreFout::NietGevonden("organisatie"))?;
    let tijdstip = nu_micros();
    let mut volgnummer = lengte - aantal as i64;
    for deel in delen {
        let mut rijen = Vec::with_capacity(deel.len());
        for regel in deel {
            volgnummer += 1;
            let details = regel.details.to_string();
            let hash = keten_hash(&Velden {
                organisatie_id,
                volgnummer,
                tijdstip,
                actor: regel.actor,
                soort: regel.soort.code(),
                entiteit: regel.entiteit,
                entiteit_id: regel.entiteit_id,
                werknemer_id: regel.werknemer_id,
                context: regel.context,
                details: &details,
                vorige_hash: &vorige_hash,
            });
            rijen.push((
                logboek::organisatie_id.eq(organisatie_id),
                logboek::volgnummer.eq(volgnummer),
                logboek::tijdstip.eq(tijdstip),
                logboek::actor.eq(regel.actor),
                logboek::soort.eq(regel.soort.code()),
                logboek::entiteit.eq(regel.entiteit),
                logboek::entiteit_id.eq(regel.entiteit_id),
                logboek::werknemer_id.eq(regel.werknemer_id),
                logboek::context.eq(regel.context),
                logboek::details.eq(details),
                logboek::vorige_hash.eq(std::mem::replace(&mut vorige_hash, hash.clone())),
                logboek::hash.eq(hash),
            ));
        }
        if let [rij] = &rijen[..] {
            verbinding::voer_uit(conn, diesel::insert_into(logboek::table).values(rij.clone()))?;
            continue;
        }
        // Well under either backend's limit of bound values per statement (12 a row).
        for stuk in rijen.chunks(200) {
            verbinding::voer_uit(conn, diesel::insert_into(logboek::table).values(stuk.to_vec()))?;
        }
    }
    verbinding::voer_uit(
        conn,
        diesel::update(organisaties::table.find(organisatie_id)).set(organisaties::logboek_kop.eq(&vorige_hash)),
    )?;
    Ok(())
}

struct Velden<'a> {
    organisatie_id: &'a str,
    volgnummer: i64,
    tijdstip: i64,
    actor: &'a str,
    soort: &'a str,
    entiteit: &'a str,
    entiteit_id: &'a str,
    werknemer_id: Option<&'a str>,
    context: &'a str,
    details: &'a str,
    vorige_hash: &'a str,
}

/// SHA-256 over the fields as a JSON array: unambiguous, and the same on every backend. The tuple is
/// written as the array `json!([...]).to_string()` would give, without building a `Value` first.
fn keten_hash(v: &Velden<'_>) -> String {
    let velden = (
        v.organisatie_id,
        v.volgnummer,
        v.tijdstip,
        v.actor,
        v.soort,
        v.entiteit,
        v.entiteit_id,
        v.werknemer_id,
        v.context,
        v.details,
        v.vorige_hash,
    );
    let inhoud = serde_json::to_vec(&velden).expect("strings and numbers always serialize");
    hex::encode(Sha256::digest(inhoud))
}

/// The first entry of a chain that does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breuk {
    pub organisatie_id: String,
    pub volgnummer: i64,
    pub reden: String,
}

impl std::fmt::Display for Breuk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "organisatie {}, regel {}: {}", self.organisatie_id, self.volgnummer, self.reden)
    }
}

/// The result of checking every chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Controle {
    pub organisaties: usize,
    pub regels: usize,
    pub breuk: Option<Breuk>,
}

type Rij = (String, i64, i64, String, String, String, String, Option<String>, String, String, String, String);

/// Checks every organisation's chain: numbering without gaps from 1, each entry's link to the one
/// before, each entry's own hash, the head kept on the organisation, and the lists that list views'
/// entries name ([`crate::inzagelijst::controleer`]).
pub fn controleer(conn: &mut Verbinding) -> Result<Controle, StoreFout> {
    let koppen: Vec<(String, i64, String)> = organisaties::table
        .select((organisaties::id, organisaties::logboek_lengte, organisaties::logboek_kop))
        .order(organisaties::id)
        .load(conn)?;
    let mut regels = 0;
    for (organisatie_id, lengte, kop) in &koppen {
        let breuk = |regels: usize, volgnummer: i64, reden: String| {
            Ok(Controle {
                organisaties: koppen.len(),
                regels,
                breuk: Some(Breuk { organisatie_id: organisatie_id.clone(), volgnummer, reden }),
            })
        };
        let rijen: Vec<Rij> = logboek::table
            .filter(logboek::organisatie_id.eq(organisatie_id))
            .order(logboek::volgnummer)
            .select((
                logboek::organisatie_id,
                logboek::volgnummer,
                logboek::tijdstip,
                logboek::actor,
                logboek::soort,
                logboek::entiteit,
                logboek::entiteit_id,
                logboek::werknemer_id,
                logboek::context,
                logboek::details,
                logboek::vorige_hash,
                logboek::hash,
            ))
            .load(conn)?;
        let lijsten = crate::inzagelijst::controleer(conn, organisatie_id)?;
        let mut vorige = BEGIN.to_string();
        for (i, r) in rijen.iter().enumerate() {
            let verwacht = i as i64 + 1;
            if r.1 != verwacht {
                return breuk(regels, verwacht, format!("regel ontbreekt (volgende aanwezige regel is {})", r.1));
            }
            if r.10 != vorige {
                return breuk(regels, r.1, "verwijst niet naar de hash van de regel ervoor".into());
            }
            let herberekend = keten_hash(&Velden {
                organisatie_id: &r.0,
                volgnummer: r.1,
                tijdstip: r.2,
                actor: &r.3,
                soort: &r.4,
                entiteit: &r.5,
                entiteit_id: &r.6,
                werknemer_id: r.7.as_deref(),
                context: &r.8,
                details: &r.9,
                vorige_hash: &r.10,
            });
            if herberekend != r.11 {
                return breuk(regels, r.1, "inhoud is gewijzigd (hash klopt niet)".into());
            }
            // A list view's entry names its list by hash; the list must be there and hold.
            if r.5 == "lijst" {
                if let Some((_, reden)) = lijsten.fout.as_ref().filter(|(h, _)| *h == r.6) {
                    return breuk(regels, r.1, reden.clone());
                }
                if !lijsten.lijsten.contains(&r.6) {
                    return breuk(regels, r.1, "de lijst waarnaar de regel verwijst ontbreekt".into());
                }
            }
            vorige = r.11.clone();
            regels += 1;
        }
        // A broken list that no entry names.
        if let Some((h, reden)) = lijsten.fout {
            return breuk(regels, 0, format!("lijst {h}: {reden}"));
        }
        let laatste = rijen.len() as i64;
        if laatste != *lengte || vorige != *kop {
            return breuk(
                regels,
                laatste + 1,
                format!("het logboek telt {laatste} regels, de organisatie verwacht er {lengte}"),
            );
        }
    }
    Ok(Controle { organisaties: koppen.len(), regels, breuk: None })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// The chains already stored were hashed over `json!([...]).to_string()`; the hash must stay that.
    #[test]
    fn the_chain_hash_is_the_sha256_of_the_fields_as_a_json_array() {
        let details = json!({ "gegevens": ["verzuim"], "tekst": "\"aanhalingstekens\" en \\ en ë\n" }).to_string();
        for werknemer_id in [Some("w-1"), None] {
            let v = Velden {
                organisatie_id: "org",
                volgnummer: 42,
                tijdstip: -1_700_000_000_000_000,
                actor: "gebruiker/é\u{1F600}",
                soort: "inzage",
                entiteit: "dossier",
                entiteit_id: "d\t1",
                werknemer_id,
                context: "<werkvoorraad>",
                details: &details,
                vorige_hash: "",
            };
            let zoals_opgeslagen = json!([
                v.organisatie_id,
                v.volgnummer,
                v.tijdstip,
                v.actor,
                v.soort,
                v.entiteit,
                v.entiteit_id,
                v.werknemer_id,
                v.context,
                v.details,
                v.vorige_hash
            ]);
            assert_eq!(keten_hash(&v), hex::encode(Sha256::digest(zoals_opgeslagen.to_string().as_bytes())));
        }
    }
}
