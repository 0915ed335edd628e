//! Login: e-mail and password (Argon2id) plus a TOTP second factor for every account, with
//! throttling per account and per network address. Secrets never leave this module unencrypted,
//! except the enrolment data shown once to the user.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use diesel::prelude::*;
use domain::waarden::Rol;
use serde_json::json;

use crate::schema::{gebruikers, inloggegevens, mislukte_aanmeldingen};
use crate::verbinding::Verbinding;
use crate::{Actor, Store, StoreFout, beheer, nu_micros, wijziging};

/// The shortest password accepted.
pub const MINIMALE_LENGTE: usize = 12;
/// Failed attempts on one account before it is blocked for [`BLOKKADE_MINUTEN`].
pub const POGINGEN_PER_ACCOUNT: i32 = 5;
/// Failed attempts from one address within [`BLOKKADE_MINUTEN`] before that address is blocked.
pub const POGINGEN_PER_ADRES: i64 = 20;
pub const BLOKKADE_MINUTEN: i64 = 15;
const MINUUT: i64 = 60_000_000;
const UITGEVER: &str = "spoor2";
/// The languages a user can choose for their pages; the first is the default.
pub const TALEN: [&str; 2] = ["nl", "en"];

/// A correct e-mail and password: the second factor still has to follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aanmelding {
    pub gebruiker_id: String,
    pub organisatie_id: String,
    pub naam: String,
    pub rol: Rol,
    pub tweede_factor: TweedeFactor,
    /// The language the user chose for their pages (one of [`TALEN`]).
    pub taal: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TweedeFactor {
    /// First login: enrol an authenticator app.
    Instellen,
    /// Enter the current code.
    Controleren,
}

/// A user as the beheerder sees it in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GebruikerRegel {
    pub id: String,
    pub naam: String,
    pub email: String,
    pub rol: String,
}

/// What the user needs to enrol an authenticator app; shown once.
#[derive(Debug, Clone)]
pub struct TotpInstelling {
    pub geheim_base32: String,
    pub otpauth_url: String,
    /// The URL as a QR code, an SVG image.
    pub qr_svg: String,
}

fn onjuist() -> StoreFout {
    StoreFout::Aanmelden("e-mailadres of wachtwoord onjuist")
}

fn hash(wachtwoord: &str) -> Result<String, StoreFout> {
    if wachtwoord.chars().count() < MINIMALE_LENGTE {
        return Err(StoreFout::Ongeldig(format!("een wachtwoord heeft minstens {MINIMALE_LENGTE} tekens")));
    }
    if wachtwoord.len() > 1024 {
        return Err(StoreFout::Ongeldig("een wachtwoord heeft hoogstens 1024 tekens".into()));
    }
    Argon2::default()
        .hash_password(wachtwoord.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| StoreFout::Ongeldig(format!("wachtwoord kan niet worden verwerkt: {e}")))
}

fn klopt(wachtwoord: &str, opgeslagen: &str) -> bool {
    PasswordHash::new(opgeslagen).is_ok_and(|h| Argon2::default().verify_password(wachtwoord.as_bytes(), &h).is_ok())
}

fn totp(geheim: Vec<u8>, account: &str) -> Result<totp_rs::Totp, StoreFout> {
    totp_rs::Builder::new()
        .with_secret(geheim)
        .with_account_name(account.replace(':', "_"))
        .with_issuer(Some(UITGEVER))
        .build()
        .map_err(|e| StoreFout::Ongeldig(format!("tweede factor: {e}")))
}

fn seconden() -> u64 {
    jiff::Timestamp::now().as_second().max(0) as u64
}

impl Store {
    /// Sets a user's password: by the user, the beheerder, or the product itself.
    pub fn stel_wachtwoord_in(&self, actor: Actor<'_>, gebruiker_id: &str, wachtwoord: &str) -> Result<(), StoreFout> {
        let wachtwoord_hash = hash(wachtwoord)?;
        self.schrijf(|c| {
            eigen_gebruiker(c, actor, gebruiker_id)?;
            if actor.id != gebruiker_id {
                beheer(c, actor)?;
            }
            let bestaat: i64 = inloggegevens::table.find(gebruiker_id).count().get_result(c)?;
            if bestaat == 0 {
                diesel::insert_into(inloggegevens::table)
                    .values((
                        inloggegevens::gebruiker_id.eq(gebruiker_id),
                        inloggegevens::wachtwoord_hash.eq(&wachtwoord_hash),
                    ))
                    .execute(c)?;
            } else {
                diesel::update(inloggegevens::table.find(gebruiker_id))
                    .set((
                        inloggegevens::wachtwoord_hash.eq(&wachtwoord_hash),
                        inloggegevens::mislukte_pogingen.eq(0),
                        inloggegevens::geblokkeerd_tot.eq(0),
                    ))
                    .execute(c)?;
            }
            wijziging(c, actor, "inloggegevens", gebruiker_id, None, json!({"gewijzigd": "wachtwoord"}))
        })
    }

    /// Checks e-mail and password from `adres`. Every refusal reads the same, so that it does not
    /// reveal which accounts exist.
    pub fn meld_aan(&self, email: &str, wachtwoord: &str, adres: &str) -> Result<Aanmelding, StoreFout> {
        let nu = nu_micros();
        let gevonden = self.schrijf(|c| {
            adres_niet_geblokkeerd(c, adres, nu)?;
            type Rij = (String, String, String, String, String, String, bool, i32, i64);
            let rij: Option<Rij> = gebruikers::table
                .inner_join(inloggegevens::table.on(inloggegevens::gebruiker_id.eq(gebruikers::id)))
                .filter(gebruikers::email.eq(email.trim().to_lowercase()))
                .select((
                    gebruikers::id,
                    gebruikers::organisatie_id,
                    gebruikers::naam,
                    gebruikers::rol,
                    gebruikers::taal,
                    inloggegevens::wachtwoord_hash,
                    inloggegevens::totp_actief,
                    inloggegevens::mislukte_pogingen,
                    inloggegevens::geblokkeerd_tot,
                ))
                .first(c)
                .optional()?;
            Ok(rij)
        })?;
        let Some((id, organisatie_id, naam, rol, taal, wachtwoord_hash, totp_actief, _, geblokkeerd_tot)) = gevonden
        else {
            // As much work as for a real account, so that timing does not tell either.
            let _ = hash("spoor2-gelijke-rekentijd");
            self.schrijf(|c| mislukt(c, None, adres, nu))?;
            return Err(onjuist());
        };
        if geblokkeerd_tot > nu {
            return Err(geblokkeerd(geblokkeerd_tot, nu));
        }
        if !klopt(wachtwoord, &wachtwoord_hash) {
            return Err(self.schrijf(|c| mislukt(c, Some(&id), adres, nu))?);
        }
        self.schrijf(|c| geslaagd(c, &id))?;
        Ok(Aanmelding {
            gebruiker_id: id,
            organisatie_id,
            naam,
            rol: Rol::parse(&rol).map_err(|e| StoreFout::Ongeldig(e.to_string()))?,
            tweede_factor: if totp_actief { TweedeFactor::Controleren } else { TweedeFactor::Instellen },
            taal,
        })
    }

    /// A user chooses the language of their own pages: `nl` or `en` (see [`TALEN`]). Nobody chooses
    /// it for someone else.
    pub fn kies_taal(&self, actor: Actor<'_>, gebruiker_id: &str, taal: &str) -> Result<(), StoreFout> {
        if actor.id != gebruiker_id {
            return Err(StoreFout::Geweigerd("alleen de gebruiker zelf kiest de taal van de pagina's"));
        }
        if !TALEN.contains(&taal) {
            return Err(StoreFout::Ongeldig(format!("'{taal}' is geen taal van spoor2: kies nl of en")));
        }
        self.schrijf(|c| {
            eigen_gebruiker(c, actor, gebruiker_id)?;
            diesel::update(gebruikers::table.find(gebruiker_id)).set(gebruikers::taal.eq(taal)).execute(c)?;
            wijziging(c, actor, "gebruikers", gebruiker_id, None, json!({"gewijzigd": "taal", "taal": taal}))
        })
    }

    /// Starts enrolment of an authenticator app (at first login, or after a reset).
    pub fn begin_tweede_factor(&self, gebruiker_id: &str) -> Result<TotpInstelling, StoreFout> {
        let geheim = totp_rs::Secret::generate();
        let bytes = geheim.as_bytes().to_vec();
        let versleuteld = self.sleutel.versleutel_bytes(gebruiker_id, &bytes);
        let email = self.schrijf(|c| {
            let (email, actief): (String, bool) = gebruikers::table
                .inner_join(inloggegevens::table.on(inloggegevens::gebruiker_id.eq(gebruikers::id)))
                .filter(gebruikers::id.eq(gebruiker_id))
                .select((gebruikers::email, inloggegevens::totp_actief))
                .first(c)
                .optional()?
                .ok_or(StoreFout::NietGevonden("gebruiker"))?;
            if actief {
                return Err(StoreFout::Ongeldig(
                    "de tweede factor is al ingesteld; laat de beheerder hem herstellen als u uw app kwijt bent".into(),
                ));
            }
            diesel::update(inloggegevens::table.find(gebruiker_id))
                .set(inloggegevens::totp_geheim.eq(&versleuteld))
                .execute(c)?;
            Ok(email)
        })?;
        let totp = totp(bytes, &email)?;
        let otpauth_url = totp.to_url().map_err(|e| StoreFout::Ongeldig(e.to_string()))?;
        let qr = qrcode::QrCode::new(otpauth_url.as_bytes()).map_err(|e| StoreFout::Ongeldig(e.to_string()))?;
        let qr_svg = qr.render::<qrcode::render::svg::Color<'_>>().min_dimensions(200, 200).build();
        Ok(TotpInstelling { geheim_base32: geheim.to_base32(), otpauth_url, qr_svg })
    }

    /// Checks a code: the first correct one after [`Store::begin_tweede_factor`] activates the factor.
    /// A code is accepted once; wrong codes count towards the same blocks as wrong passwords.
    pub fn controleer_tweede_factor(&self, gebruiker_id: &str, code: &str, adres: &str) -> Result<(), StoreFout> {
        let nu = nu_micros();
        let (versleuteld, email, laatste_stap, geblokkeerd_tot): (Option<Vec<u8>>, String, i64, i64) =
            self.schrijf(|c| {
                adres_niet_geblokkeerd(c, adres, nu)?;
                gebruikers::table
                    .inner_join(inloggegevens::table.on(inloggegevens::gebruiker_id.eq(gebruikers::id)))
                    .filter(gebruikers::id.eq(gebruiker_id))
                    .select((
                        inloggegevens::totp_geheim,
                        gebruikers::email,
                        inloggegevens::laatste_totp_stap,
                        inloggegevens::geblokkeerd_tot,
                    ))
                    .first(c)
                    .optional()?
                    .ok_or(StoreFout::NietGevonden("gebruiker"))
            })?;
        if geblokkeerd_tot > nu {
            return Err(geblokkeerd(geblokkeerd_tot, nu));
        }
        let versleuteld =
            versleuteld.ok_or_else(|| StoreFout::Ongeldig("er is nog geen tweede factor ingesteld".into()))?;
        let totp = totp(self.sleutel.ontsleutel_bytes(gebruiker_id, &versleuteld)?, &email)?;
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        match totp.check(&code, seconden()) {
            Some(stap) if (stap as i64) > laatste_stap => self.schrijf(|c| {
                diesel::update(inloggegevens::table.find(gebruiker_id))
                    .set((
                        inloggegevens::totp_actief.eq(true),
                        inloggegevens::laatste_totp_stap.eq(stap as i64),
                        inloggegevens::mislukte_pogingen.eq(0),
                    ))
                    .execute(c)?;
                Ok(())
            }),
            Some(_) => Err(StoreFout::Aanmelden("deze code is al gebruikt; wacht op de volgende code")),
            None => {
                let fout = self.schrijf(|c| mislukt(c, Some(gebruiker_id), adres, nu))?;
                Err(match fout {
                    StoreFout::Aanmelden(_) => StoreFout::Aanmelden("de code klopt niet"),
                    andere => andere,
                })
            }
        }
    }

    /// The beheerder gives a user a new, random password (to pass on once); returns it.
    pub fn herstel_wachtwoord(&self, actor: Actor<'_>, gebruiker_id: &str) -> Result<String, StoreFout> {
        let wachtwoord = uuid::Uuid::new_v4().simple().to_string();
        self.schrijf(|c| {
            eigen_gebruiker(c, actor, gebruiker_id)?;
            beheer(c, actor)
        })?;
        self.stel_wachtwoord_in(actor, gebruiker_id, &wachtwoord)?;
        Ok(wachtwoord)
    }

    /// The users of the actor's organisation, for the beheerder.
    pub fn gebruikers(&self, actor: Actor<'_>) -> Result<Vec<GebruikerRegel>, StoreFout> {
        self.schrijf(|c| {
            beheer(c, actor)?;
            let rijen: Vec<(String, String, String, String)> = gebruikers::table
                .filter(gebruikers::organisatie_id.eq(actor.organisatie_id))
                .order((gebruikers::rol, gebruikers::naam))
                .select((gebruikers::id, gebruikers::naam, gebruikers::email, gebruikers::rol))
                .load(c)?;
            Ok(rijen.into_iter().map(|(id, naam, email, rol)| GebruikerRegel { id, naam, email, rol }).collect())
        })
    }

    /// The beheerder resets a user's second factor (a lost phone): the next login enrols a new one.
    pub fn herstel_tweede_factor(&self, actor: Actor<'_>, gebruiker_id: &str) -> Result<(), StoreFout> {
        self.schrijf(|c| {
            eigen_gebruiker(c, actor, gebruiker_id)?;
            beheer(c, actor)?;
            diesel::update(inloggegevens::table.find(gebruiker_id))
                .set((
                    inloggegevens::totp_geheim.eq(None::<Vec<u8>>),
                    inloggegevens::totp_actief.eq(false),
                    inloggegevens::mislukte_pogingen.eq(0),
                    inloggegevens::geblokkeerd_tot.eq(0),
                ))
                .execute(c)?;
            wijziging(c, actor, "inloggegevens", gebruiker_id, None, json!({"gewijzigd": "tweede factor hersteld"}))
        })
    }

    /// Demo only: an active second factor with a known secret, so that testers can log in.
    pub fn demo_tweede_factor(&self, gebruiker_id: &str, geheim: &[u8]) -> Result<(), StoreFout> {
        if !self.is_demo()? {
            return Err(StoreFout::Ongeldig("alleen in een demodatabase".into()));
        }
        let versleuteld = self.sleutel.versleutel_bytes(gebruiker_id, geheim);
        self.schrijf(|c| {
            diesel::update(inloggegevens::table.find(gebruiker_id))
                .set((inloggegevens::totp_geheim.eq(&versleuteld), inloggegevens::totp_actief.eq(true)))
                .execute(c)?;
            Ok(())
        })
    }
}

/// The user must belong to the actor's organisation.
pub(crate) fn eigen_gebruiker(c: &mut Verbinding, actor: Actor<'_>, gebruiker_id: &str) -> Result<(), StoreFout> {
    let n: i64 = gebruikers::table
        .filter(gebruikers::id.eq(gebruiker_id))
        .filter(gebruikers::organisatie_id.eq(actor.organisatie_id))
        .count()
        .get_result(c)?;
    if n == 0 { Err(StoreFout::NietGevonden("gebruiker")) } else { Ok(()) }
}

fn adres_niet_geblokkeerd(c: &mut Verbinding, adres: &str, nu: i64) -> Result<(), StoreFout> {
    let venster = nu - BLOKKADE_MINUTEN * MINUUT;
    let pogingen: i64 = mislukte_aanmeldingen::table
        .filter(mislukte_aanmeldingen::adres.eq(adres))
        .filter(mislukte_aanmeldingen::tijdstip.gt(venster))
        .count()
        .get_result(c)?;
    if pogingen >= POGINGEN_PER_ADRES {
        return Err(StoreFout::Geblokkeerd { minuten: BLOKKADE_MINUTEN });
    }
    Ok(())
}

/// Records a failed attempt; returns the error to show (a block once the limit is reached).
fn mislukt(c: &mut Verbinding, gebruiker_id: Option<&str>, adres: &str, nu: i64) -> Result<StoreFout, StoreFout> {
    diesel::insert_into(mislukte_aanmeldingen::table)
        .values((mislukte_aanmeldingen::adres.eq(adres), mislukte_aanmeldingen::tijdstip.eq(nu)))
        .execute(c)?;
    diesel::delete(mislukte_aanmeldingen::table.filter(mislukte_aanmeldingen::tijdstip.lt(nu - 24 * 60 * MINUUT)))
        .execute(c)?;
    let Some(id) = gebruiker_id else { return Ok(onjuist()) };
    let pogingen: i32 = inloggegevens::table.find(id).select(inloggegevens::mislukte_pogingen).first::<i32>(c)? + 1;
    if pogingen >= POGINGEN_PER_ACCOUNT {
        let tot = nu + BLOKKADE_MINUTEN * MINUUT;
        diesel::update(inloggegevens::table.find(id))
            .set((inloggegevens::mislukte_pogingen.eq(0), inloggegevens::geblokkeerd_tot.eq(tot)))
            .execute(c)?;
        return Ok(geblokkeerd(tot, nu));
    }
    diesel::update(inloggegevens::table.find(id)).set(inloggegevens::mislukte_pogingen.eq(pogingen)).execute(c)?;
    Ok(onjuist())
}

fn geslaagd(c: &mut Verbinding, gebruiker_id: &str) -> Result<(), StoreFout> {
    diesel::update(inloggegevens::table.find(gebruiker_id)).set(inloggegevens::mislukte_pogingen.eq(0)).execute(c)?;
    Ok(())
}

fn geblokkeerd(tot: i64, nu: i64) -> StoreFout {
    StoreFout::Geblokkeerd { minuten: ((tot - nu) + MINUUT - 1) / MINUUT }
}
