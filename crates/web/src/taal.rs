//! The language of the pages: Dutch, or English as a second locale, chosen per user (before login:
//! the browser's preference). Every text of the web application comes from a Fluent file,
//! `locales/<taal>/spoor2.ftl`, embedded at compile time; Dutch is the fallback. Legal and domain
//! texts (milestones, findings, FML items and levels from the domain crate) and the store's
//! messages stay Dutch in both languages.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::{PoisonError, RwLock};

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid, static_loader};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

static_loader! {
    static TEKSTEN = {
        locales: "./locales",
        fallback_language: "nl",
        // No Unicode isolation marks around arguments: both languages run left to right.
        customise: |bundel| bundel.set_use_isolating(false),
    };
}

static NL: LanguageIdentifier = langid!("nl");
static EN: LanguageIdentifier = langid!("en");

/// The language of a user's pages; every page template has one as its field `t`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Taal {
    #[default]
    Nl,
    En,
}

impl Taal {
    /// The code in `<html lang>` and in the database.
    pub fn code(self) -> &'static str {
        match self {
            Self::Nl => "nl",
            Self::En => "en",
        }
    }

    pub fn uit_code(code: &str) -> Option<Self> {
        match code {
            "nl" => Some(Self::Nl),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// The language the header offers to switch to.
    pub fn andere(self) -> Self {
        match self {
            Self::Nl => Self::En,
            Self::En => Self::Nl,
        }
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Self::Nl => &NL,
            Self::En => &EN,
        }
    }

    /// The text of message `id`: `{{ t.t("werkvoorraad-titel") }}`. A message without arguments always
    /// reads the same, so it is formatted once per language and then kept (a page formats dozens of
    /// labels, a list some per line); only messages the Fluent files have are kept.
    pub fn t(&self, id: &str) -> String {
        static GEVORMD: std::sync::LazyLock<[RwLock<HashMap<String, String>>; 2]> =
            std::sync::LazyLock::new(Default::default);
        let gevormd = &GEVORMD[*self as usize];
        if let Some(tekst) = gevormd.read().unwrap_or_else(PoisonError::into_inner).get(id) {
            return tekst.clone();
        }
        match TEKSTEN.try_lookup(self.id(), id) {
            Some(tekst) => {
                gevormd.write().unwrap_or_else(PoisonError::into_inner).insert(id.to_string(), tekst.clone());
                tekst
            }
            None => TEKSTEN.lookup(self.id(), id),
        }
    }

    /// A message with arguments, shown when rendered:
    /// `{{ t.m("werkvoorraad-dossiers").a("aantal", tellers.dossiers) }}`.
    pub fn m<'a>(&self, id: &'a str) -> Bericht<'a> {
        Bericht { taal: *self, id, args: HashMap::new() }
    }

    /// The browser's preference from `Accept-Language`: English when it ranks English above Dutch,
    /// otherwise Dutch.
    pub fn uit_accept_language(waarde: Option<&str>) -> Self {
        // (q, position) of the best-ranked range of each language; a higher q wins, then the earlier.
        let mut beste: [Option<(u16, usize)>; 2] = [None, None];
        for (positie, deel) in waarde.unwrap_or_default().split(',').enumerate() {
            let mut stukken = deel.split(';');
            let bereik = stukken.next().unwrap_or_default().trim().to_ascii_lowercase();
            let q = stukken
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), |q| q.trim().parse::<f32>().ok().map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16));
            let Some(q) = q.filter(|q| *q > 0) else { continue };
            let taal = match bereik.split('-').next() {
                Some("nl") => 0,
                Some("en") => 1,
                _ => continue,
            };
            let beter = |(bq, bp): (u16, usize)| q > bq || (q == bq && positie < bp);
            if beste[taal].is_none_or(beter) {
                beste[taal] = Some((q, positie));
            }
        }
        match beste {
            [None, Some(_)] => Self::En,
            [Some((nq, np)), Some((eq, ep))] if eq > nq || (eq == nq && ep < np) => Self::En,
            _ => Self::Nl,
        }
    }

    /// The language of a request: the logged-in user's choice, else the browser's preference.
    pub async fn van(sessie: Option<&Session>, koppen: &HeaderMap) -> Self {
        if let Some(sessie) = sessie
            && let Ok(Some(wie)) = sessie.get::<crate::inloggen::Ingelogd>(crate::inloggen::INGELOGD).await
        {
            return wie.taal;
        }
        Self::uit_accept_language(koppen.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Taal {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self::van(parts.extensions.get::<Session>(), &parts.headers).await)
    }
}

/// A message with its arguments (names and numbers: Fluent chooses the plural form).
pub struct Bericht<'a> {
    taal: Taal,
    id: &'a str,
    args: HashMap<Cow<'static, str>, FluentValue<'static>>,
}

impl Bericht<'_> {
    /// Argument `naam` of the message.
    pub fn a(mut self, naam: &'static str, waarde: impl Argument) -> Self {
        self.args.insert(Cow::Borrowed(naam), waarde.waarde());
        self
    }
}

/// What a message takes as an argument: a text, or a number (for the plural forms).
pub trait Argument {
    fn waarde(&self) -> FluentValue<'static>;
}

impl Argument for str {
    fn waarde(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

impl Argument for String {
    fn waarde(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl<T: Argument + ?Sized> Argument for &T {
    fn waarde(&self) -> FluentValue<'static> {
        (**self).waarde()
    }
}

macro_rules! getal {
    ($($soort:ty),*) => {
        $(impl Argument for $soort {
            fn waarde(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        })*
    };
}

getal!(u8, u16, u32, u64, usize, i32, i64);

impl fmt::Display for Bericht<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&TEKSTEN.lookup_with_args(self.taal.id(), self.id, &self.args))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use fluent_syntax::ast::Entry;

    use super::*;

    const TALEN: [Taal; 2] = [Taal::Nl, Taal::En];

    fn map() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    /// The message ids of a language's Fluent file, which must parse without errors.
    fn ids(taal: Taal) -> BTreeSet<String> {
        let pad = map().join("locales").join(taal.code()).join("spoor2.ftl");
        let bron = std::fs::read_to_string(&pad).unwrap();
        let resource = fluent_syntax::parser::parse(bron.as_str())
            .unwrap_or_else(|(_, fouten)| panic!("{}: {fouten:?}", pad.display()));
        let mut ids = BTreeSet::new();
        for entry in resource.body {
            match entry {
                Entry::Message(m) => assert!(ids.insert(m.id.name.to_string()), "{} twice", m.id.name),
                Entry::Junk { content } => panic!("{}: unreadable: {content}", pad.display()),
                _ => {}
            }
        }
        ids
    }

    /// The ids named as string literals right after `prefix` in `tekst`.
    fn gebruikt(tekst: &str, prefix: &str) -> Vec<String> {
        tekst.split(prefix).skip(1).filter_map(|rest| rest.split_once('"').map(|(id, _)| id.to_string())).collect()
    }

    /// The string literals in Rust source that look like a message id of a known group
    /// (`"dossier-geen-stap"`): the handlers also name messages in tables and helpers.
    fn letterlijk(tekst: &str, groepen: &BTreeSet<&str>) -> Vec<String> {
        tekst
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|s| s.contains('-') && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
            .filter(|s| s.split('-').next().is_some_and(|g| groepen.contains(g)))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn a_text_formatted_once_and_kept_reads_as_fluent_formats_it() {
        for taal in TALEN {
            for id in ids(taal) {
                let fluent = TEKSTEN.lookup(taal.id(), &id);
                assert_eq!(taal.t(&id), fluent, "{id}");
                assert_eq!(taal.t(&id), fluent, "{id}, kept");
            }
            assert_eq!(taal.t("bestaat-niet"), TEKSTEN.lookup(taal.id(), "bestaat-niet"));
        }
        assert_ne!(Taal::Nl.t("werkvoorraad-titel"), Taal::En.t("werkvoorraad-titel"), "kept per language");
    }

    #[test]
    fn both_languages_have_exactly_the_same_messages_and_parse() {
        let (nl, en) = (ids(Taal::Nl), ids(Taal::En));
        assert!(nl.len() > 100, "{}", nl.len());
        assert_eq!(nl.difference(&en).collect::<Vec<_>>(), Vec::<&String>::new(), "only in Dutch");
        assert_eq!(en.difference(&nl).collect::<Vec<_>>(), Vec::<&String>::new(), "only in English");
        // The embedded files resolve every message in both languages, given its arguments.
        let mut args = HashMap::new();
        for taal in TALEN {
            let bron = std::fs::read_to_string(map().join("locales").join(taal.code()).join("spoor2.ftl")).unwrap();
            for naam in bron.split('$').skip(1) {
                let naam: String = naam.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                args.insert(naam, FluentValue::from(1));
            }
        }
        for taal in TALEN {
            for id in &nl {
                let tekst = TEKSTEN.lookup_single_language(taal.id(), id, Some(&args));
                assert!(tekst.is_ok_and(|t| !t.is_empty()), "{id} in {taal:?}");
            }
        }
    }

    #[test]
    fn every_message_a_template_or_handler_names_exists() {
        let bekend = ids(Taal::Nl);
        let groepen: BTreeSet<&str> = bekend.iter().filter_map(|id| id.split('-').next()).collect();
        let mut gezien = BTreeSet::new();
        for map in ["templates", "src"] {
            for bestand in std::fs::read_dir(self::map().join(map)).unwrap() {
                let pad = bestand.unwrap().path();
                let tekst = std::fs::read_to_string(&pad).unwrap();
                let mut ids: Vec<String> =
                    ["t.t(\"", "t.m(\""].iter().flat_map(|prefix| gebruikt(&tekst, prefix)).collect();
                if pad.extension().is_some_and(|e| e == "rs") {
                    ids.extend(letterlijk(&tekst, &groepen));
                }
                for id in ids {
                    assert!(bekend.contains(&id), "{}: unknown message {id:?}", pad.display());
                    gezien.insert(id);
                }
            }
        }
        // Nearly every message is used somewhere (the rest are named in ways this scan misses).
        let ongebruikt: Vec<_> = bekend.difference(&gezien).collect();
        assert!(ongebruikt.len() < 5, "never used: {ongebruikt:?}");
    }

    #[test]
    fn plural_forms_and_arguments() {
        let dossiers = |taal: Taal, n: usize| taal.m("werkvoorraad-dossiers").a("aantal", n).to_string();
        assert_eq!(dossiers(Taal::Nl, 1), "1 dossier");
        assert_eq!(dossiers(Taal::Nl, 3), "3 dossiers");
        assert_eq!(dossiers(Taal::En, 1), "1 case");
        assert_eq!(dossiers(Taal::En, 0), "0 cases");
        assert_eq!(Taal::En.t("werkvoorraad-titel"), "Worklist");
    }

    #[test]
    fn the_browser_chooses_english_only_above_dutch() {
        let kies = |w: &str| Taal::uit_accept_language(Some(w));
        assert_eq!(Taal::uit_accept_language(None), Taal::Nl);
        assert_eq!(kies(""), Taal::Nl);
        assert_eq!(kies("en-US,en;q=0.9"), Taal::En);
        assert_eq!(kies("en-GB,en;q=0.9,nl;q=0.8"), Taal::En);
        assert_eq!(kies("nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7"), Taal::Nl);
        assert_eq!(kies("de-DE,en;q=0.5,nl;q=0.6"), Taal::Nl);
        assert_eq!(kies("de-DE,nl;q=0.5,en;q=0.6"), Taal::En);
        assert_eq!(kies("en, nl"), Taal::En);
        assert_eq!(kies("nl, en"), Taal::Nl);
        assert_eq!(kies("en;q=0"), Taal::Nl);
        assert_eq!(kies("fr-FR, de"), Taal::Nl);
        assert_eq!(kies("*"), Taal::Nl);
        assert_eq!(kies("EN-us;q=0.8, fr"), Taal::En);
        assert_eq!(kies("en;q=onzin"), Taal::Nl);
    }
}
