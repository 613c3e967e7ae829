//! The one translation table, split into fragments per area (`catalog`, `core`, `costs`,
//! `decision`, `doors`, `fleet`, `present`, `ramp`, `scripts`, `share`, `versus`) so that each
//! area keeps its strings together, and the [`Message`] the domain returns instead of text.
//! Every string a person sees is looked up here by key. English is complete; German and Dutch
//! fall back to English where a cell is empty (""). Keys are typed statics (`k::APP_TITLE`), so a key that
//! does not exist is a compile error; a cell can carry plural forms (one, other), and message
//! arguments are formatted by their type (counts grouped, money in the currency).
mod message;

use crate::domain::money::{format_money, Currency, Locale};
pub use message::{Arg, Message};
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

/// One cell of the table: a plain text, or a plural pair (one, other) chosen by the count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    One(&'static str),
    Plural(&'static str, &'static str),
}

impl Text {
    fn is_empty(self) -> bool {
        matches!(self, Text::One(""))
    }

    /// English, German and Dutch all use "one" for exactly 1 and "other" for every other count
    /// (CLDR plural rules for en, de, nl).
    fn pick(self, n: Option<u64>) -> &'static str {
        match (self, n) {
            (Text::One(s), _) => s,
            (Text::Plural(one, _), Some(1)) => one,
            (Text::Plural(_, other), _) => other,
        }
    }
}

/// A translation: its id (for tests and logs) and one cell per language. Compared by id.
pub struct Entry {
    pub id: &'static str,
    pub cells: [Text; 3],
}

impl PartialEq for Entry {
    fn eq(&self, other: &Entry) -> bool {
        self.id == other.id
    }
}
impl Eq for Entry {}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Entry) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Entry {
    fn cmp(&self, other: &Entry) -> std::cmp::Ordering {
        self.id.cmp(other.id)
    }
}

impl std::hash::Hash for Entry {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.id.hash(h)
    }
}

impl std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "k[{}]", self.id)
    }
}

impl std::fmt::Display for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
    }
}

impl serde::Serialize for Entry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id)
    }
}

/// A typed translation key: a misspelt key is a compile error (`k::APP_TITLE`).
pub type Key = &'static Entry;

/// `NAME = "id" => [en, de, nl]`, each cell a literal or `{ "one", "other" }` for plurals.
/// An empty German or Dutch cell falls back to English.
#[macro_export]
#[doc(hidden)]
macro_rules! translation_table {
    ($( $name:ident = $id:literal => [$en:tt, $de:tt, $nl:tt] ),* $(,)?) => {
        $( pub static $name: $crate::i18n::Entry =
            $crate::i18n::Entry { id: $id, cells: $crate::cells!($en, $de, $nl) }; )*

        pub static ALL: &[&$crate::i18n::Entry] = &[$(&$name),*];
    };
}

/// The three cells of a key. The first view carries English only: German and Dutch come as
/// files made from this table at build time (`xtask`), fetched when needed
/// (`fetched`).
#[cfg(feature = "full")]
#[macro_export]
#[doc(hidden)]
macro_rules! cells {
    ($en:tt, $de:tt, $nl:tt) => {
        [$crate::cell!($en), $crate::cell!($de), $crate::cell!($nl)]
    };
}

#[cfg(not(feature = "full"))]
#[macro_export]
#[doc(hidden)]
macro_rules! cells {
    ($en:tt, $de:tt, $nl:tt) => {
        [$crate::cell!($en), $crate::i18n::Text::One(""), $crate::i18n::Text::One("")]
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! cell {
    ({ $one:literal, $other:literal }) => {
        $crate::i18n::Text::Plural($one, $other)
    };
    ($s:literal) => {
        $crate::i18n::Text::One($s)
    };
}

mod catalog;
mod core;
mod costs;
mod decision;
mod doors;
mod fleet;
mod fleet_ui;
mod present;
mod ramp;
mod scripts;
mod share;
mod versus;

/// Every key, by name: `k::APP_TITLE`.
#[allow(ambiguous_glob_reexports)]
pub mod k {
    pub use super::catalog::*;
    pub use super::core::*;
    pub use super::costs::*;
    pub use super::decision::*;
    pub use super::doors::*;
    pub use super::fleet::*;
    pub use super::fleet_ui::*;
    pub use super::present::*;
    pub use super::ramp::*;
    pub use super::scripts::*;
    pub use super::share::*;
    pub use super::versus::*;
}

const FRAGMENTS: [&[&Entry]; 12] = [
    catalog::ALL,
    core::ALL,
    costs::ALL,
    decision::ALL,
    doors::ALL,
    fleet::ALL,
    fleet_ui::ALL,
    present::ALL,
    ramp::ALL,
    scripts::ALL,
    share::ALL,
    versus::ALL,
];

/// Every key of every fragment.
pub fn all_keys() -> impl Iterator<Item = Key> {
    FRAGMENTS.into_iter().flat_map(|f| f.iter().copied())
}

fn cell(lang: Lang, key: Key) -> Text {
    let i = match lang {
        Lang::En => 0,
        Lang::De => 1,
        Lang::Nl => 2,
    };
    if key.cells[i].is_empty() {
        #[cfg(not(feature = "full"))]
        if let Some(text) = fetched::get(lang, key.id) {
            return text;
        }
        key.cells[0]
    } else {
        key.cells[i]
    }
}

/// A language's cells as the file the first view fetches: `{"id": ["text"]}`, or
/// `["one", "other"]` for a plural; cells still empty (English shown) are left out.
pub fn language_file(lang: Lang) -> String {
    let cells: std::collections::BTreeMap<&str, Vec<&str>> = all_keys()
        .filter_map(|k| match cell_raw(lang, k) {
            Text::One("") => None,
            Text::One(s) => Some((k.id, vec![s])),
            Text::Plural(one, other) => Some((k.id, vec![one, other])),
        })
        .collect();
    serde_json::to_string(&cells).unwrap_or_default()
}

/// The German and Dutch cells in the first view, from the language files.
#[cfg(not(feature = "full"))]
pub mod fetched {
    use super::{Lang, Text};
    use std::cell::RefCell;
    use std::collections::HashMap;

    thread_local! {
        /// Per language, its cells by key id; a language is here once its file is.
        static TABLES: RefCell<HashMap<Lang, HashMap<String, Text>>> = RefCell::new(HashMap::new());
    }

    pub fn get(lang: Lang, id: &str) -> Option<Text> {
        TABLES.with(|t| t.borrow().get(&lang).and_then(|cells| cells.get(id)).copied())
    }

    /// Whether `lang` can be shown: English always, the others once their file is in.
    pub fn has(lang: Lang) -> bool {
        lang == Lang::En || TABLES.with(|t| t.borrow().contains_key(&lang))
    }

    /// Takes in a language file; false (and nothing taken) if it is not one.
    pub fn install(lang: Lang, json: &str) -> bool {
        let Ok(cells) = serde_json::from_str::<HashMap<String, Vec<String>>>(json) else { return false };
        // Kept for the page's lifetime, like the static English cells.
        let leak = |s: &String| -> &'static str { Box::leak(s.clone().into_boxed_str()) };
        let table = cells
            .into_iter()
            .filter_map(|(id, forms)| match forms.as_slice() {
                [one] => Some((id, Text::One(leak(one)))),
                [one, other] => Some((id, Text::Plural(leak(one), leak(other)))),
                _ => None,
            })
            .collect();
        TABLES.with(|t| t.borrow_mut().insert(lang, table));
        true
    }
}

/// Keys whose cell for `lang` is still empty (they show English).
pub fn untranslated(lang: Lang) -> Vec<Key> {
    all_keys().filter(|k| cell_raw(lang, k) == Text::One("")).collect()
}

fn cell_raw(lang: Lang, key: Key) -> Text {
    key.cells[match lang {
        Lang::En => 0,
        Lang::De => 1,
        Lang::Nl => 2,
    }]
}

/// The text of a key (the "other" form of a plural cell).
pub fn t(lang: Lang, key: Key) -> String {
    cell(lang, key).pick(None).to_string()
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// A key with text arguments.
pub fn tf(lang: Lang, key: Key, args: &[(&str, String)]) -> String {
    fill(&t(lang, key), args)
}

/// A key with a count `{n}`: the plural form for `n`, `n` with digit grouping.
pub fn tn(lang: Lang, key: Key, n: u64, args: &[(&str, String)]) -> String {
    let mut all: Vec<(&str, String)> = vec![("n", format_count(n, lang))];
    all.extend(args.iter().cloned());
    fill(cell(lang, key).pick(Some(n)), &all)
}

/// A date in running text, as each language writes it: 21 November 2026 · 21. November 2026 ·
/// 21 november 2026 (ISO dates stay where a field needs that form).
pub fn format_date(d: crate::domain::date::Date, lang: Lang) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const DE: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let i = (d.month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::En => format!("{} {} {}", d.day, EN[i], d.year),
        Lang::De => format!("{}. {} {}", d.day, DE[i], d.year),
        Lang::Nl => format!("{} {} {}", d.day, NL[i], d.year),
    }
}

/// A whole number with the language's digit grouping (1,000 · 1.000 · 1.000).
pub fn format_count(n: u64, lang: Lang) -> String {
    crate::domain::money::format_number(Decimal::from(n), 0, lang.locale())
}

fn render(lang: Lang, m: &Message, currency: Option<Currency>) -> String {
    let count = m.args.iter().find_map(|(_, a)| match a {
        Arg::Count(n) => Some(*n),
        _ => None,
    });
    let args: Vec<(&str, String)> = m
        .args
        .iter()
        .map(|(k, a)| {
            let v = match a {
                Arg::Text(s) => s.clone(),
                Arg::Count(n) => format_count(*n, lang),
                Arg::Money(d) => match currency {
                    Some(c) => format_money(*d, c, lang.locale()),
                    None => crate::domain::money::format_number(*d, 2, lang.locale()),
                },
                Arg::Number(d) => {
                    let d = d.normalize();
                    crate::domain::money::format_number(d, d.scale(), lang.locale())
                }
                Arg::Date(d) => format_date(*d, lang),
                Arg::Word(k) => t(lang, k),
            };
            (*k, v)
        })
        .collect();
    fill(cell(lang, m.key).pick(count), &args)
}

/// A message in `lang`; money arguments as plain amounts.
pub fn msg(lang: Lang, m: &Message) -> String {
    render(lang, m, None)
}

/// As [`msg`], with money arguments shown in `currency`.
pub fn msg_money(lang: Lang, m: &Message, currency: Currency) -> String {
    render(lang, m, Some(currency))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn falls_back_and_fills() {
        assert_eq!(t(Lang::De, &k::POLICY_BLOCK), "Nicht zulassen");
        let m = Message::new(&k::ERR_NUMBER_TOO_LARGE).count("max", 100_000u32);
        assert_eq!(msg(Lang::En, &m), "Must be at most 100,000.");
        assert!(msg(Lang::De, &m).contains("100.000"));
        let m = Message::new(&k::REC_EXTRA_COST).money("amount", dec!(3050.00));
        assert!(msg_money(Lang::De, &m, Currency::EUR).contains("3.050,00\u{a0}€"));
    }

    #[test]
    fn dates_in_sentences_follow_the_language() {
        let d = crate::domain::date::Date::ymd(2025, 11, 1);
        assert_eq!(format_date(d, Lang::En), "1 November 2025");
        assert_eq!(format_date(d, Lang::De), "1. November 2025");
        assert_eq!(format_date(d, Lang::Nl), "1 november 2025");
        let m = Message::new(&k::ERR_NUMBER_TOO_LARGE).count("max", 1_000_000u32);
        assert!(msg(Lang::Nl, &m).contains("1.000.000"));
    }

    #[test]
    fn plurals_follow_the_count() {
        assert_eq!(tn(Lang::En, &k::UNIT_SEATS, 1, &[]), "1 seat");
        assert_eq!(tn(Lang::En, &k::UNIT_SEATS, 2, &[]), "2 seats");
        assert_eq!(tn(Lang::En, &k::UNIT_SEATS, 1_500, &[]), "1,500 seats");
        assert_eq!(tn(Lang::De, &k::UNIT_SEATS, 1, &[]), "1 Lizenz");
        assert_eq!(tn(Lang::De, &k::UNIT_SEATS, 2, &[]), "2 Lizenzen");
        assert_eq!(tn(Lang::Nl, &k::UNIT_SEATS, 1, &[]), "1 licentie");
        assert_eq!(tn(Lang::Nl, &k::UNIT_SEATS, 0, &[]), "0 licenties");
    }

    #[test]
    fn every_key_has_german_and_dutch_text() {
        for lang in [Lang::De, Lang::Nl] {
            let empty: Vec<&str> = all_keys().filter(|k| cell_raw(lang, k) == Text::One("")).map(|k| k.id).collect();
            assert_eq!(empty, Vec::<&str>::new(), "{lang:?}");
        }
    }

    #[test]
    fn plural_cells_are_plural_in_every_language() {
        for key in all_keys() {
            let plural = |t: Text| matches!(t, Text::Plural(..));
            assert!(key.cells.iter().all(|c| plural(*c)) || key.cells.iter().all(|c| !plural(*c)), "{}", key.id);
        }
    }

    /// Each language's cell (both plural forms) uses exactly the placeholders of English.
    #[test]
    fn placeholders_match_across_languages() {
        let placeholders = |s: &str| -> std::collections::BTreeSet<String> {
            s.split('{').skip(1).filter_map(|p| p.split_once('}')).map(|(name, _)| name.to_string()).collect()
        };
        let forms = |t: Text| match t {
            Text::One(s) => vec![s],
            Text::Plural(one, other) => vec![one, other],
        };
        for key in all_keys() {
            let en: Vec<_> = forms(key.cells[0]).into_iter().map(placeholders).collect();
            for lang in [Lang::De, Lang::Nl] {
                let other: Vec<_> = forms(cell(lang, key)).into_iter().map(placeholders).collect();
                assert_eq!(other, en, "{} in {lang:?}", key.id);
            }
        }
    }

    /// Every cell with a placeholder, in every language and plural form, renders a real example
    /// with nothing left over: each placeholder the English cell has is filled with a typed
    /// example value (money as money, counts as counts) and no brace remains.
    #[test]
    fn every_placeholder_renders_in_every_language() {
        let placeholders = |s: &str| -> Vec<String> {
            s.split('{').skip(1).filter_map(|p| p.split_once('}')).map(|(name, _)| name.to_string()).collect()
        };
        let mut rendered = 0;
        for key in all_keys() {
            let names = match key.cells[0] {
                Text::One(s) => placeholders(s),
                Text::Plural(_, other) => placeholders(other),
            };
            if names.is_empty() {
                continue;
            }
            for n in [1u64, 2, 1_500] {
                let mut m = Message::new(key).count("n", n);
                for name in &names {
                    let name: &'static str = Box::leak(name.clone().into_boxed_str());
                    m = match name {
                        "amount" | "price" | "threshold" | "saving" | "licences" | "overhead" => {
                            m.money(name, rust_decimal_macros::dec!(1234.5))
                        }
                        "n" => m,
                        _ => m.arg(name, "Example"),
                    };
                }
                for lang in Lang::ALL {
                    let text = msg_money(lang, &m, Currency::EUR);
                    assert!(!text.contains('{') && !text.contains('}'), "{} in {lang:?}: {text}", key.id);
                    rendered += 1;
                }
            }
        }
        assert!(rendered > 300, "{rendered}");
    }

    #[test]
    fn key_ids_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for key in all_keys() {
            assert!(seen.insert(key.id), "duplicate key {}", key.id);
        }
    }
}

/// Sources a client can check: no cell and no catalogue price cites an internal label (a seed
/// number, "project research", an index of code) instead of a publisher, title and date.
#[cfg(test)]
mod source_tests {
    use super::*;

    const INTERNAL: [&str; 5] = ["seed 0", "Seed 0", "GitHub code index", "Project research", "Projektrecherche"];

    #[test]
    fn no_internal_source_labels() {
        for key in all_keys() {
            for c in key.cells {
                let texts = match c {
                    Text::One(s) => vec![s],
                    Text::Plural(a, b) => vec![a, b],
                };
                for t in texts {
                    assert!(!INTERNAL.iter().any(|i| t.contains(i)), "{}: {t}", key.id);
                }
            }
        }
        for p in crate::domain::catalog::Catalog::embedded().products {
            for price in p.prices {
                assert!(!INTERNAL.iter().any(|i| price.source.contains(i)), "{}: {}", p.name, price.source);
            }
        }
    }
}

/// Microsoft's own German and Dutch terms, as found by the native-speaker review of 2026-11
/// (sources: Microsoft's German and Dutch self-service purchase FAQ, Microsoft Learn de-DE/nl-NL,
/// the MicrosoftDocs de-DE/nl-NL localisation repositories). Where the English cell names a
/// concept, the German and Dutch cells use Microsoft's term for it; the rejected variants appear
/// in no German or Dutch cell.
#[cfg(test)]
mod glossary_tests {
    use super::*;

    /// (concept in the English cell, lower case, hyphens as spaces; term the cell must contain).
    const DE_TERMS: [(&str, &str); 13] = [
        ("payment method", "Zahlungsmethode"),
        ("licence request", "Lizenzanforderung"),
        ("trial without", "Testversion"),
        ("customer agreement", "Microsoft-Kundenvereinbarung"),
        ("global administrator", "globaler Administrator"),
        ("global or billing administrator", "globaler Administrator oder Abrechnungsadministrator"),
        ("billing account owner", "Besitzer"),
        ("billing > your products", "Abrechnung > Ihre Produkte"),
        ("admin center", "Admin Center"),
        ("message center", "Nachrichtencenter"),
        ("monthly term", "monatliche Laufzeit"),
        ("data governance", "Datenverwaltungs-"),
        ("tenant", "Mandant"),
    ];
    const NL_TERMS: [(&str, &str); 13] = [
        ("payment method", "betalingsmethode"),
        ("licence request", "licentieaanvra"),
        ("trial without", "proefversie"),
        ("customer agreement", "Microsoft-klantovereenkomst"),
        ("global administrator", "globale beheerder"),
        ("global or billing administrator", "globale beheerder of factureringsbeheerder"),
        ("billing account owner", "eigenaren"),
        ("billing > your products", "Facturering > Uw producten"),
        ("admin center", "beheercentrum"),
        ("message center", "berichtencentrum"),
        ("monthly term", "maandelijkse looptijd"),
        ("data governance", "gegevensbeheer"),
        ("tenant", "tenant"),
    ];
    /// Variants the review rejected as wrong (case-sensitive).
    const DE_REJECTED: [&str; 6] = [
        "Zahlungsmittel",
        "Lizenzanfrage",
        "Microsoft Customer Agreement",
        "Globaler oder Abrechnungsadministrator",
        "Inhaber oder Mitwirkende",
        "Meist erlauben",
    ];
    const NL_REJECTED: [&str; 3] =
        ["betaalmethode", "Microsoft Customer Agreement", "globale of factureringsbeheerder"];

    fn forms(t: Text) -> Vec<&'static str> {
        match t {
            Text::One(s) => vec![s],
            Text::Plural(one, other) => vec![one, other],
        }
    }

    fn check(index: usize, terms: &[(&str, &str)], rejected: &[&str]) -> Vec<String> {
        let mut problems = Vec::new();
        for key in all_keys() {
            let english = forms(key.cells[0]).join(" ").to_lowercase().replace('-', " ");
            for text in forms(key.cells[index]) {
                let lower = text.to_lowercase();
                for (concept, term) in terms {
                    if english.contains(concept) && !lower.contains(&term.to_lowercase()) {
                        problems.push(format!("{}: “{concept}” needs “{term}”: {text}", key.id));
                    }
                }
                for bad in rejected {
                    if text.contains(bad) {
                        problems.push(format!("{}: rejected “{bad}”: {text}", key.id));
                    }
                }
            }
        }
        problems
    }

    #[test]
    fn german_uses_microsoft_terms() {
        assert_eq!(check(1, &DE_TERMS, &DE_REJECTED), Vec::<String>::new());
    }

    #[test]
    fn dutch_uses_microsoft_terms() {
        assert_eq!(check(2, &NL_TERMS, &NL_REJECTED), Vec::<String>::new());
    }

    /// The policy labels are the ones the admin-center steps tell the admin to click, and every
    /// step that names an (unverified) admin-center label also gives the English one.
    #[test]
    fn policy_labels_match_the_click_path() {
        for (lang, english, (open, close)) in
            [(Lang::De, "(englisch: ", ("„", "“")), (Lang::Nl, "(Engels: ", ("‘", "’"))]
        {
            for (label, step) in [
                (&k::POLICY_ALLOW, &k::SCRIPTS_STEPS_PRODUCT_ALLOW),
                (&k::POLICY_BLOCK, &k::SCRIPTS_STEPS_PRODUCT_BLOCK),
            ] {
                let quoted = format!("{open}{}{close}", t(lang, label));
                assert!(t(lang, step).contains(&quoted), "{lang:?} {}: {}", step.id, t(lang, step));
            }
            for step in [
                &k::SCRIPTS_STEPS_PRODUCT_ALLOW,
                &k::SCRIPTS_STEPS_PRODUCT_TRIALS,
                &k::SCRIPTS_STEPS_PRODUCT_BLOCK,
                &k::SCRIPTS_STEPS_OPEN,
                &k::DECISION_RULE_FOLLOW_UP_TAKE_OVER,
            ] {
                assert!(t(lang, step).contains(english), "{lang:?} {}: {}", step.id, t(lang, step));
            }
        }
    }
}
