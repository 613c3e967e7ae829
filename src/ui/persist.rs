//! What survives a reload: the scenario (in the URL hash, so a link reopens it, and in
//! localStorage), the language, the catalogue (an imported one and the custom products) and
//! named saved sessions. Everything read back goes through the same validation as a link or a
//! file; anything that fails is dropped with a notice, never half-applied.
use crate::domain::catalog::{Catalog, Product};
use crate::domain::custom::with_custom;
use crate::domain::custom::SharedCustom;
use crate::domain::message::Message;
use crate::domain::scenario::Scenario;
use crate::domain::share::{decode_link, encode_all, read_file, to_file_all, Opened, Problem, SavedFile};
use crate::domain::shelf::Shelf;
use crate::i18n::k;
use crate::i18n::Lang;
use crate::ui::browser::{page_address, today};
use gloo::storage::{LocalStorage, Storage};
use std::collections::BTreeMap;

/// Whether this page may use localStorage. Sandboxed or third-party frames and some privacy
/// settings deny it, and gloo's storage panics then; without it the app simply does not remember.
fn storage_ok() -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    thread_local! {
        static OK: bool = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some();
    }
    OK.with(|ok| *ok)
}

fn get<T: serde::de::DeserializeOwned>(key: &str) -> Option<T> {
    storage_ok().then(|| LocalStorage::get::<T>(key).ok()).flatten()
}

fn set<T: serde::Serialize>(key: &str, value: T) -> bool {
    storage_ok() && LocalStorage::set(key, value).is_ok()
}

fn delete(key: &str) {
    if storage_ok() {
        LocalStorage::delete(key);
    }
}

use crate::page::storage::{
    CATALOG as KEY_CATALOG, CUSTOM as KEY_CUSTOM, LANG as KEY_LANG, SCENARIO as KEY_SCENARIO, SESSIONS as KEY_SESSIONS,
};

/// Something the user should know about what was (not) restored.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub title_key: crate::i18n::Key,
    pub problems: Vec<Problem>,
}

/// Whether a notice is about a link that could not be opened: then the address bar keeps that
/// link, so that it can be inspected or copied to whoever sent it, until the scenario changes.
pub fn is_bad_link_notice(n: &Notice) -> bool {
    n.title_key == &k::SHARE_NOTICE_LINK_INVALID || n.title_key == &k::SHARE_NOTICE_LINK_INVALID_KEPT
}

pub struct Restored {
    pub lang: Lang,
    pub base: Catalog,
    /// Whether `base` is a catalogue the user imported (else the shipped one).
    pub imported: bool,
    pub custom: Vec<Product>,
    pub scenario: Scenario,
    /// The other scenarios (issue 24).
    pub shelf: Shelf,
    pub notice: Option<Notice>,
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Language: `?lang=` (for embeds) wins, then the saved choice, then the browser's language.
pub fn initial_lang() -> Lang {
    let from_query = crate::ui::browser::query_param(crate::page::flag::LANG).as_deref().and_then(Lang::parse);
    let saved = get::<String>(KEY_LANG).and_then(|c| Lang::parse(&c));
    let browser =
        gloo::utils::window().navigator().language().and_then(|l| Lang::parse(l.get(..2).unwrap_or_default()));
    #[cfg(feature = "full")]
    let from_query = crate::ui::upgrade::handed_over_lang().or(from_query);
    from_query.or(saved).or(browser).unwrap_or_default()
}

/// What someone who has never been here starts with: nothing chosen, in their region's
/// currency (issue 22).
fn first_visit(lang: Lang) -> Restored {
    Restored {
        lang,
        base: Catalog::embedded(),
        imported: false,
        custom: Vec::new(),
        scenario: starting_scenario(),
        shelf: Shelf::default(),
        notice: None,
    }
}

/// The untouched scenario of this browser: a first visit's, which leaves no trace when saved.
pub fn starting_scenario() -> Scenario {
    Scenario::starting(crate::ui::browser::region_defaults().as_ref())
}

pub fn restore() -> Restored {
    if !cfg!(target_arch = "wasm32") {
        // The build-time prerender: a first visit, in the language it is rendered for.
        return first_visit(PRERENDER_LANG.with(|l| l.get()));
    }
    if !cfg!(feature = "full") {
        // The first view runs for a first-time visitor only: the page's loader starts the whole
        // tool for a link or saved work (its loader reads `page::storage::NOT_FIRST_VISIT`).
        return first_visit(initial_lang());
    }
    let imported = get::<String>(KEY_CATALOG).and_then(|json| Catalog::from_json(&json).ok());
    let is_imported = imported.is_some();
    let base = imported.unwrap_or_else(Catalog::embedded);
    let mut custom: Vec<Product> = get::<Vec<Product>>(KEY_CUSTOM).unwrap_or_default();
    let catalog = with_custom(&base, &custom);
    let saved = || match get::<String>(KEY_SCENARIO).map(|text| saved_scenario(&text, &catalog)) {
        Some(Ok(s)) => (s, None),
        Some(Err(problems)) => (
            (starting_scenario(), Shelf::default()),
            Some(Notice { title_key: &k::SHARE_NOTICE_SAVED_INVALID, problems }),
        ),
        None => ((starting_scenario(), Shelf::default()), None),
    };
    let hash = current_hash();
    let ((scenario, shelf), notice) = if hash.trim_start_matches('#').is_empty() {
        saved()
    } else {
        match decode_link(&hash, &catalog) {
            Ok(o) => {
                custom.extend(o.custom);
                let notice = (!o.notices.is_empty())
                    .then_some(Notice { title_key: &k::SHARE_NOTICE_TITLE, problems: o.notices });
                ((o.scenario, o.shelf), notice)
            }
            // A bad link must not cost the user their saved work: keep it, and say why.
            Err(problems) => {
                let kept = saved().0;
                let title_key = if kept.0.selections.is_empty() {
                    &k::SHARE_NOTICE_LINK_INVALID
                } else {
                    &k::SHARE_NOTICE_LINK_INVALID_KEPT
                };
                (kept, Some(Notice { title_key, problems }))
            }
        }
    };
    Restored { lang: initial_lang(), base, imported: is_imported, custom, scenario, shelf, notice }
}

/// The language the build step renders the first view in (natively; one render per language).
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender_in(lang: Lang) {
    PRERENDER_LANG.with(|l| l.set(lang));
}

thread_local! {
    static PRERENDER_LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// Keeps the address bar and localStorage in step with the scenario. `replaceState` adds no
/// history entry per keystroke and fires no `hashchange`.
/// Nothing chosen yet leaves no trace: no hash in the address and nothing stored, so that the
/// next visit is a first visit again (and starts with the small first view).
pub fn save_scenario(s: &Scenario, shelf: &Shelf, catalog: &Catalog, update_address: bool) {
    let untouched = *s == starting_scenario() && shelf.is_single();
    let hash = if untouched { String::new() } else { format!("#{}", link_hash(s, shelf, catalog)) };
    if update_address && current_hash() != hash {
        let location = gloo::utils::window().location();
        let address = if untouched {
            format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default())
        } else {
            hash.clone()
        };
        if let Ok(history) = gloo::utils::window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
        }
    }
    if untouched {
        delete(KEY_SCENARIO);
    } else if cfg!(feature = "full") {
        set(KEY_SCENARIO, to_file_all(s, shelf, &[], today()));
    } else {
        // The first view stores the link it has already made for the address bar (the file
        // writer is the whole tool's); `saved_scenario` reads either.
        set(KEY_SCENARIO, &hash);
    }
}

/// The stored scenarios: a scenario file, or (stored by the first view) its link.
fn saved_scenario(text: &str, catalog: &Catalog) -> Result<(Scenario, Shelf), Vec<Problem>> {
    if text.starts_with('#') {
        decode_link(text, catalog).map(|o| (o.scenario, o.shelf))
    } else {
        read_file(text, catalog).map(|f| (f.scenario, f.shelf))
    }
}

pub fn save_lang(lang: Lang) {
    set(KEY_LANG, lang.code());
}

/// Stores an imported catalogue (or forgets it when `None`) and the custom products.
pub fn save_catalog(imported: Option<&Catalog>, custom: &[Product]) {
    if !cfg!(feature = "full") {
        // The first view neither imports a catalogue nor adds products (it hands over).
        return;
    }
    match imported {
        Some(c) => {
            set(KEY_CATALOG, c.to_json());
        }
        None => delete(KEY_CATALOG),
    }
    if custom.is_empty() {
        delete(KEY_CUSTOM);
    } else {
        set(KEY_CUSTOM, custom);
    }
}

/// The link that reopens this scenario (and the others), carrying its custom products.
pub fn share_link(s: &Scenario, shelf: &Shelf, catalog: &Catalog) -> String {
    format!("{}#{}", page_address().unwrap_or_default(), link_hash(s, shelf, catalog))
}

/// The part after `#`: the address bar and the shared link carry the same encoding.
fn link_hash(s: &Scenario, shelf: &Shelf, catalog: &Catalog) -> String {
    encode_all(s, shelf, &shared_custom(catalog, s, shelf))
}

/// The custom products any of the scenarios selects (the catalogue is shared by all).
pub fn shared_custom(catalog: &Catalog, s: &Scenario, shelf: &Shelf) -> Vec<SharedCustom> {
    let mut all = SharedCustom::of_selected(catalog, s);
    for p in &shelf.others {
        for c in SharedCustom::of_selected(catalog, &p.scenario) {
            if !all.iter().any(|x| x.id == c.id) {
                all.push(c);
            }
        }
    }
    all
}

/// Reads the scenario a pasted link points at (on `hashchange`).
pub fn scenario_from_current_hash(catalog: &Catalog) -> Option<Result<Opened, Vec<Problem>>> {
    let hash = current_hash();
    (!hash.trim_start_matches('#').is_empty()).then(|| decode_link(&hash, catalog))
}

/// Named sessions: name → scenario file text.
pub fn sessions() -> BTreeMap<String, String> {
    if !cfg!(feature = "full") {
        // The first view runs only where none are saved (`page::storage::NOT_FIRST_VISIT`).
        return BTreeMap::new();
    }
    get(KEY_SESSIONS).unwrap_or_default()
}

/// Saves a named session; `fleet` only when the user ticked that sessions carry tenant data.
pub fn save_session(
    name: &str,
    s: &Scenario,
    shelf: &Shelf,
    fleet: Option<&crate::domain::fleet::Fleet>,
    catalog: &Catalog,
) -> Result<(), Message> {
    let mut all = sessions();
    all.insert(
        name.to_string(),
        crate::domain::fleet::saved_file(s, shelf, &shared_custom(catalog, s, shelf), fleet, today()),
    );
    if set(KEY_SESSIONS, &all) {
        Ok(())
    } else {
        Err(Message::new(if storage_ok() { &k::SHARE_ERR_STORAGE_FULL } else { &k::SHARE_ERR_NO_STORAGE }))
    }
}

pub fn delete_session(name: &str) {
    let mut all = sessions();
    all.remove(name);
    set(KEY_SESSIONS, &all);
}

/// A saved session and the tenant list and tiers it carries, if it was saved with them.
#[allow(clippy::type_complexity)]
pub fn load_session(
    name: &str,
    catalog: &Catalog,
) -> Option<Result<(SavedFile, Option<crate::domain::fleet::Fleet>), Vec<Problem>>> {
    sessions().get(name).map(|text| crate::domain::fleet::read_saved(text, catalog))
}
