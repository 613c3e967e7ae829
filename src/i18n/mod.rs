//! The one translation table, split into fragments per area (`catalog`, `core`, `costs`,
//! `decision`, `scripts`, `share`) so that each area keeps its strings together. Every string a
//! person sees is looked up here by key. English is complete; German and Dutch fall back to
//! English where a cell is empty (""), so a missing translation shows English rather than a
//! key. Tests check that every key used in the code exists and that every cell is filled.
use crate::domain::message::Message;
use crate::domain::money::{format_money, Currency, Locale};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::De, Lang::Nl];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Nl => "nl",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Name of the language in itself, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Nl => "Nederlands",
        }
    }

    pub fn locale(self) -> Locale {
        match self {
            Lang::En => Locale::En,
            Lang::De => Locale::De,
            Lang::Nl => Locale::Nl,
        }
    }
}

#[macro_export]
#[doc(hidden)]
macro_rules! translation_table {
    ($( $key:literal => [$en:literal, $de:literal, $nl:literal] ),* $(,)?) => {
        use $crate::i18n::Lang;

        pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
            let (en, de, nl) = match key {
                $( $key => ($en, $de, $nl), )*
                _ => return None,
            };
            let text = match lang { Lang::En => en, Lang::De => de, Lang::Nl => nl };
            Some(if text.is_empty() { en } else { text })
        }

        pub const KEYS: &[&str] = &[$($key),*];

        pub fn untranslated(lang: Lang) -> Vec<&'static str> {
            let mut out = Vec::new();
            $( if match lang { Lang::En => $en, Lang::De => $de, Lang::Nl => $nl }.is_empty() { out.push($key); } )*
            out
        }
    };
}

mod catalog;
mod core;
mod costs;
mod decision;
mod scripts;
mod share;

type Fragment = (fn(Lang, &str) -> Option<&'static str>, &'static [&'static str], fn(Lang) -> Vec<&'static str>);

const FRAGMENTS: &[Fragment] = &[
    (catalog::lookup, catalog::KEYS, catalog::untranslated),
    (core::lookup, core::KEYS, core::untranslated),
    (costs::lookup, costs::KEYS, costs::untranslated),
    (decision::lookup, decision::KEYS, decision::untranslated),
    (scripts::lookup, scripts::KEYS, scripts::untranslated),
    (share::lookup, share::KEYS, share::untranslated),
];

fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    FRAGMENTS.iter().find_map(|(f, _, _)| f(lang, key))
}

/// Every key of every fragment.
pub fn all_keys() -> Vec<&'static str> {
    FRAGMENTS.iter().flat_map(|(_, keys, _)| keys.iter().copied()).collect()
}

/// Keys whose cell for `lang` is still empty (they show English).
pub fn untranslated(lang: Lang) -> Vec<&'static str> {
    FRAGMENTS.iter().flat_map(|(_, _, u)| u(lang)).collect()
}

/// Looks a key up; an unknown key shows itself in brackets so that it is noticed, never panics.
pub fn t(lang: Lang, key: &str) -> String {
    lookup(lang, key).map(str::to_string).unwrap_or_else(|| format!("[{key}]"))
}

pub fn has_key(key: &str) -> bool {
    lookup(Lang::En, key).is_some()
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, args: &[(String, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

pub fn tf(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    let owned: Vec<(String, String)> = args.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
    fill(&t(lang, key), &owned)
}

pub fn msg(lang: Lang, m: &Message) -> String {
    fill(&t(lang, &m.key), &m.args)
}

/// Arguments that carry money; the domain passes them as plain decimals.
const MONEY_ARGS: [&str; 3] = ["amount", "price", "threshold"];

/// As [`msg`], with money arguments shown as currency in the reader's locale.
pub fn msg_money(lang: Lang, m: &Message, currency: Currency) -> String {
    let args: Vec<(String, String)> = m
        .args
        .iter()
        .map(|(k, v)| match (MONEY_ARGS.contains(&k.as_str()), v.parse::<Decimal>()) {
            (true, Ok(d)) => (k.clone(), format_money(d, currency, lang.locale())),
            _ => (k.clone(), v.clone()),
        })
        .collect();
    fill(&t(lang, &m.key), &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_and_fills() {
        assert_eq!(t(Lang::De, "policy.block"), "Blockieren");
        assert_eq!(t(Lang::En, "no.such.key"), "[no.such.key]");
        let m = Message::new("err.number.too_large").arg("max", 100);
        assert_eq!(msg(Lang::En, &m), "Must be at most 100.");
        let m = Message::new("rec.extra_cost").arg("amount", "3050.00");
        assert!(msg_money(Lang::De, &m, Currency::EUR).contains("3.050,00\u{a0}€"));
    }

    #[test]
    fn every_key_has_german_and_dutch_text() {
        assert_eq!(untranslated(Lang::De), Vec::<&str>::new());
        assert_eq!(untranslated(Lang::Nl), Vec::<&str>::new());
    }

    #[test]
    fn keys_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for k in all_keys() {
            assert!(seen.insert(k), "duplicate key {k}");
        }
    }

    /// Every `t(…, "key")`-style literal and every `Message::new("key")` in the sources must
    /// exist in the table, so no user ever sees a bracketed key.
    #[test]
    fn every_key_used_in_the_code_exists() {
        let mut missing = Vec::new();
        let mut files = Vec::new();
        let prefixes: std::collections::BTreeSet<String> =
            all_keys().iter().map(|k| format!("{}.", k.split('.').next().unwrap())).collect();
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, out)
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push(p)
                }
            }
        }
        walk(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut files);
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for (i, _) in text.match_indices('"') {
                let rest = &text[i + 1..];
                let Some(end) = rest.find('"') else { continue };
                let lit = &rest[..end];
                let looks_like_key = lit.contains('.')
                    && lit.split('.').count() >= 2
                    && lit.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
                    && prefixes.iter().any(|p| lit.starts_with(p.as_str()));
                if looks_like_key && !has_key(lit) {
                    missing.push(format!("{}: {lit}", f.display()));
                }
            }
        }
        missing.sort();
        missing.dedup();
        assert!(missing.is_empty(), "keys used but not in the table: {missing:#?}");
    }
}
