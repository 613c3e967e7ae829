//! The scenario file (also the saved session): pretty-printed JSON in a small envelope,
//! readable and hand-editable:
//! ```text
//! { "format": "ssp-advisor-scenario", "version": 1, "saved_at": "YYYY-MM-DD", "scenario": { … },
//!   "shelf": { "name": "…", "position": 1, "others": [ { "name": "…", "scenario": { … } } ] } }
//! ```
//! `shelf` (issue 24) is there only when there are several scenarios: `scenario` is the
//! active one, `others` the rest in order, and `position` where the active one sits among them.
//! `fleet` (issue 25) is there only when the user ticked that the file carries the tenant list
//! and tiers: it is the fleet file's own object (with its own `version`), handed on unread and
//! read by `fleet::read_saved` with the fleet file's rules, which refuses the whole file with
//! paths under `fleet` when anything is wrong.
//! `scenario` is the serde form of [`Scenario`]. Reading is strict: at most [`MAX_FILE_BYTES`],
//! every field is read on its own so that each problem has its path
//! (`scenario.selections[2].seats`), unknown fields are reported (a misspelt optional field
//! would otherwise vanish silently), and the result is then validated like a link.
//! The reader is hand-written on top of `serde_json::Value` rather than plain
//! `Deserialize` because serde stops at the first error and its messages name Rust types;
//! this reader reports every problem at once, each with its path, in the user's language.
use crate::domain::catalog::Catalog;
use crate::domain::catalog::Product;
use crate::domain::custom::SharedCustom;
use crate::domain::date::Date;
use crate::domain::decision::{Answers, Criterion, Opt, QuestionId, Weight};
use crate::domain::ids::ProductId;
use crate::domain::input::TextSpec;
use crate::domain::message::Message;
use crate::domain::money::Currency;
use crate::domain::policy::{OfferType, PolicyValue};
use crate::domain::pricing::{EaTerms, HiddenCosts, Plan, PricingParams};
use crate::domain::problem::{join, plain_json_error, Problem};
use crate::domain::scenario::{default_plans, Scenario, ScriptPrefs, Selection};
use crate::domain::shelf::{Parked, Shelf};
use crate::i18n::k;
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Largest scenario file accepted, checked before parsing.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
pub use crate::domain::formats::FILE_FORMAT;
pub const FILE_VERSION: u32 = 1;
/// The name a scenario is saved under in this browser.
pub const SESSION_NAME: TextSpec = TextSpec::new(60);

/// A scenario file as read: the scenario and when it was saved (if the file says).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedFile {
    pub saved_at: Option<Date>,
    pub scenario: Scenario,
    /// What was left out (answers a newer version wrote, products this catalogue lacks).
    pub notices: Vec<Problem>,
    /// Custom products the file carried that this catalogue lacks: add them with the scenario.
    pub custom: Vec<Product>,
    /// The other scenarios (issue 24), validated like `scenario`.
    pub shelf: Shelf,
    /// The tenant list and tiers (issue 25) as the file carries them, not yet read: the fleet
    /// module (above this one) reads and validates them (`fleet::read_saved`), so the file
    /// format does not depend on it.
    pub fleet: Option<Value>,
}

#[derive(Serialize)]
struct Envelope<'a, F: Serialize> {
    format: &'a str,
    version: u32,
    saved_at: Date,
    scenario: &'a Scenario,
    #[serde(skip_serializing_if = "<[SharedCustom]>::is_empty")]
    custom_products: &'a [SharedCustom],
    /// Written only when there are several scenarios, so a one-scenario file is as before.
    #[serde(skip_serializing_if = "Shelf::is_single")]
    shelf: &'a Shelf,
    /// Only when the user asks for it: tenant data never travels unasked.
    #[serde(skip_serializing_if = "Option::is_none")]
    fleet: Option<&'a F>,
}

/// The scenario as a pretty-printed JSON file (see the module header), saved on `saved_at`.
pub fn to_file(s: &Scenario, saved_at: Date) -> String {
    to_shared_file(s, &[], saved_at)
}

/// As [`to_file`], carrying the custom products the scenario selects, so that the file opens
/// on a computer that does not have them.
pub fn to_shared_file(s: &Scenario, custom: &[SharedCustom], saved_at: Date) -> String {
    to_file_all(s, &Shelf::default(), custom, saved_at)
}

/// As [`to_shared_file`], with the other scenarios on `shelf` (issue 24).
pub fn to_file_all(s: &Scenario, shelf: &Shelf, custom: &[SharedCustom], saved_at: Date) -> String {
    to_file_with_fleet(s, shelf, custom, None::<&()>, saved_at)
}

/// As [`to_file_all`], with the tenant list and tiers when `fleet` is given (the user ticked it;
/// `fleet::saved_file` gives them in their file form).
pub fn to_file_with_fleet<F: Serialize>(
    s: &Scenario,
    shelf: &Shelf,
    custom: &[SharedCustom],
    fleet: Option<&F>,
    saved_at: Date,
) -> String {
    let envelope = Envelope {
        format: FILE_FORMAT,
        version: FILE_VERSION,
        saved_at,
        scenario: s,
        custom_products: custom,
        shelf,
        fleet,
    };
    // Serialising plain data to a String cannot fail (string map keys, no I/O).
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// Reads a scenario file: the whole validated scenario, or every problem (paths into the file).
pub fn from_file(text: &str, catalog: &Catalog) -> Result<Scenario, Vec<Problem>> {
    read_file(text, catalog).map(|f| f.scenario)
}

/// Like [`from_file`], also giving the file's `saved_at`.
pub fn read_file(text: &str, catalog: &Catalog) -> Result<SavedFile, Vec<Problem>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![Problem::new(
            "",
            Message::new(&k::SHARE_ERR_FILE_TOO_LARGE).arg("max_kb", MAX_FILE_BYTES / 1024),
        )]);
    }
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| vec![Problem::whole(plain_json_error(&e))])?;
    let not_ours = || vec![Problem::new("", Message::new(&k::SHARE_ERR_NOT_SCENARIO_FILE))];
    let obj = value.as_object().ok_or_else(not_ours)?;
    if obj.get("format").and_then(Value::as_str) != Some(FILE_FORMAT) {
        return Err(not_ours());
    }
    match obj.get("version") {
        Some(v) if v.as_u64() == Some(FILE_VERSION as u64) => {}
        v => {
            let shown = v.map_or_else(|| "?".to_string(), |v| v.to_string());
            return Err(vec![Problem::new(
                "version",
                Message::new(&k::SHARE_ERR_FILE_VERSION).arg("version", shown).arg("supported", FILE_VERSION),
            )]);
        }
    }
    let mut r = JsonReader::default();
    r.unknown_fields(obj, "", &["format", "version", "saved_at", "scenario", "custom_products", "shelf", "fleet"]);
    let saved_at: Option<Option<Date>> = r.optional(obj, "saved_at", "");
    let shared: Option<Option<Vec<SharedCustom>>> = r.optional(obj, "custom_products", "");
    let scenario = match obj.get("scenario") {
        None => {
            r.push("scenario", Message::new(&k::SHARE_ERR_MISSING));
            None
        }
        Some(v) => r.scenario(v, "scenario"),
    };
    let shelf = match obj.get("shelf") {
        None | Some(Value::Null) => Some(Shelf::default()),
        Some(v) => r.shelf(v, "shelf"),
    };
    let fleet = Some(obj.get("fleet").filter(|v| !v.is_null()).cloned());
    match (r.problems.is_empty(), saved_at, scenario, shared, shelf, fleet) {
        (true, Some(saved_at), Some(scenario), Some(shared), Some(shelf), Some(fleet)) => {
            let at = |_: &Shelf, i: usize| format!("shelf.others[{i}].scenario");
            match super::open_all(scenario, shelf, r.notices, &shared.unwrap_or_default(), catalog, at) {
                Ok(o) => Ok(SavedFile {
                    saved_at,
                    scenario: o.scenario,
                    notices: o.notices,
                    custom: o.custom,
                    shelf: o.shelf,
                    fleet,
                }),
                // The shelf's problems already carry their path into the file.
                Err(problems) => Err(problems
                    .into_iter()
                    .map(|p| if p.path.starts_with("shelf") { p } else { p.under("scenario") })
                    .collect()),
            }
        }
        _ => Err(r.problems),
    }
}

/// Reads JSON field by field so that every problem has its own path; a `None` result always
/// comes with at least one problem recorded.
#[derive(Default)]
struct JsonReader {
    problems: Vec<Problem>,
    notices: Vec<Problem>,
}

impl JsonReader {
    fn push(&mut self, path: impl Into<String>, message: Message) {
        self.problems.push(Problem::new(path, message));
    }

    fn value<T: DeserializeOwned>(&mut self, v: &Value, path: &str) -> Option<T> {
        match T::deserialize(v) {
            Ok(t) => Some(t),
            Err(e) => {
                self.push(path, plain_json_error(&e));
                None
            }
        }
    }

    fn required<T: DeserializeOwned>(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<T> {
        match obj.get(key) {
            None => {
                self.push(join(path, key), Message::new(&k::SHARE_ERR_MISSING));
                None
            }
            Some(v) => self.value(v, &join(path, key)),
        }
    }

    /// Missing or `null` is `Some(None)`.
    fn optional<T: DeserializeOwned>(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<Option<T>> {
        match obj.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(v) => self.value(v, &join(path, key)).map(Some),
        }
    }

    fn unknown_fields(&mut self, obj: &Map<String, Value>, path: &str, known: &[&str]) {
        for key in obj.keys().filter(|k| !known.contains(&k.as_str())) {
            self.push(join(path, key), Message::new(&k::SHARE_ERR_UNKNOWN_FIELD).arg("name", key));
        }
    }

    fn object<'v>(&mut self, v: &'v Value, path: &str, known: &[&str]) -> Option<&'v Map<String, Value>> {
        match v.as_object() {
            Some(obj) => {
                self.unknown_fields(obj, path, known);
                Some(obj)
            }
            None => {
                self.push(path, Message::new(&k::SHARE_ERR_INVALID_VALUE));
                None
            }
        }
    }

    fn array<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v Vec<Value>> {
        let a = v.as_array();
        if a.is_none() {
            self.push(path, Message::new(&k::SHARE_ERR_INVALID_VALUE));
        }
        a
    }

    fn product_id(&mut self, v: &Value, path: &str) -> Option<ProductId> {
        match v.as_str() {
            None => {
                self.push(path, Message::new(&k::SHARE_ERR_INVALID_VALUE));
                None
            }
            Some(s) => match ProductId::parse(s) {
                Ok(id) => Some(id),
                Err(e) => {
                    self.push(path, e.message());
                    None
                }
            },
        }
    }

    /// `{"name"?, "position"?, "others": [{"name"?, "scenario"}]}`.
    fn shelf(&mut self, v: &Value, path: &str) -> Option<Shelf> {
        let obj = self.object(v, path, &["name", "position", "others"])?;
        let name: Option<Option<String>> = self.optional(obj, "name", path);
        let position: Option<Option<usize>> = self.optional(obj, "position", path);
        let others_path = join(path, "others");
        let list = match obj.get("others") {
            None => {
                self.push(others_path.clone(), Message::new(&k::SHARE_ERR_MISSING));
                None
            }
            Some(v) => self.array(v, &others_path),
        }?;
        let mut others = Vec::with_capacity(list.len());
        let mut complete = true;
        for (i, item) in list.iter().enumerate() {
            let at = format!("{others_path}[{i}]");
            let Some(o) = self.object(item, &at, &["name", "scenario"]) else {
                complete = false;
                continue;
            };
            let name: Option<Option<String>> = self.optional(o, "name", &at);
            let scenario = match o.get("scenario") {
                None => {
                    self.push(join(&at, "scenario"), Message::new(&k::SHARE_ERR_MISSING));
                    None
                }
                Some(v) => self.scenario(v, &join(&at, "scenario")),
            };
            match (name, scenario) {
                (Some(name), Some(scenario)) => others.push(Parked { name: name.unwrap_or_default(), scenario }),
                _ => complete = false,
            }
        }
        match (name, position, complete) {
            (Some(name), Some(position), true) => {
                Some(Shelf { name: name.unwrap_or_default(), position: position.unwrap_or_default(), others })
            }
            _ => None,
        }
    }

    fn scenario(&mut self, v: &Value, path: &str) -> Option<Scenario> {
        let known = [
            "version",
            "selections",
            "pricing",
            "price_overrides",
            "shown_plans",
            "answers",
            "script",
            "offer_types",
            "tenant",
            "doors",
            "ramps",
        ];
        let obj = self.object(v, path, &known)?;
        let version = self.required::<u32>(obj, "version", path);
        let selections = match obj.get("selections") {
            None => {
                self.push(join(path, "selections"), Message::new(&k::SHARE_ERR_MISSING));
                None
            }
            Some(v) => self.selections(v, &join(path, "selections")),
        };
        let pricing = match obj.get("pricing") {
            None => {
                self.push(join(path, "pricing"), Message::new(&k::SHARE_ERR_MISSING));
                None
            }
            Some(v) => self.pricing(v, &join(path, "pricing")),
        };
        let price_overrides = match obj.get("price_overrides") {
            None => Some(BTreeMap::new()),
            Some(v) => self.price_overrides(v, &join(path, "price_overrides")),
        };
        let shown_plans = match obj.get("shown_plans") {
            None => Some(default_plans()),
            Some(v) => self.list::<Plan>(v, &join(path, "shown_plans")),
        };
        let answers = match obj.get("answers") {
            None => Some(Answers::default()),
            Some(v) => self.answers(v, &join(path, "answers")),
        };
        let offer_types = match obj.get("offer_types") {
            None => Some(BTreeMap::new()),
            Some(v) => self.value::<BTreeMap<OfferType, PolicyValue>>(v, &join(path, "offer_types")),
        };
        let tenant = match obj.get("tenant") {
            None | Some(Value::Null) => Some(None),
            Some(v) => self.value::<crate::domain::tenant::TenantState>(v, &join(path, "tenant")).map(Some),
        };
        let doors = match obj.get("doors") {
            None | Some(Value::Null) => Some(crate::domain::doors::Doors::default()),
            Some(v) => self.value::<crate::domain::doors::Doors>(v, &join(path, "doors")),
        };
        let ramps = match obj.get("ramps") {
            None | Some(Value::Null) => Some(BTreeMap::new()),
            Some(v) => self.value::<BTreeMap<ProductId, crate::domain::ramp::RampSpec>>(v, &join(path, "ramps")),
        };
        let script = match obj.get("script") {
            None => Some(ScriptPrefs::default()),
            Some(v) => self.script(v, &join(path, "script")),
        };
        Some(Scenario {
            version: version?,
            selections: selections?,
            pricing: pricing?,
            price_overrides: price_overrides?,
            shown_plans: shown_plans?,
            answers: answers?,
            script: script?,
            offer_types: offer_types?,
            tenant: tenant?,
            doors: doors?,
            ramps: ramps?,
        })
    }

    fn script(&mut self, v: &Value, path: &str) -> Option<ScriptPrefs> {
        let known = ["what_if", "default_for_others", "tenant_label", "power_platform_trials"];
        let obj = self.object(v, path, &known)?;
        let what_if = self.required::<bool>(obj, "what_if", path);
        let default_for_others = self.required::<PolicyValue>(obj, "default_for_others", path);
        let tenant_label = self.optional::<String>(obj, "tenant_label", path);
        let power_platform_trials = self.required::<bool>(obj, "power_platform_trials", path);
        Some(ScriptPrefs {
            what_if: what_if?,
            default_for_others: default_for_others?,
            tenant_label: tenant_label?.unwrap_or_default(),
            power_platform_trials: power_platform_trials?,
        })
    }

    fn list<T: DeserializeOwned>(&mut self, v: &Value, path: &str) -> Option<Vec<T>> {
        let items = self.array(v, path)?;
        let read: Vec<Option<T>> =
            items.iter().enumerate().map(|(i, v)| self.value(v, &format!("{path}[{i}]"))).collect();
        read.into_iter().collect()
    }

    fn selections(&mut self, v: &Value, path: &str) -> Option<Vec<Selection>> {
        let items = self.array(v, path)?;
        let mut out = Some(Vec::new());
        for (i, item) in items.iter().enumerate() {
            let path = format!("{path}[{i}]");
            let sel = self.object(item, &path, &["id", "seats", "policy"]).and_then(|obj| {
                let id = match obj.get("id") {
                    None => {
                        self.push(join(&path, "id"), Message::new(&k::SHARE_ERR_MISSING));
                        None
                    }
                    Some(v) => self.product_id(v, &join(&path, "id")),
                };
                let seats = self.required::<u32>(obj, "seats", &path);
                let policy = self.required::<PolicyValue>(obj, "policy", &path);
                Some(Selection { id: id?, seats: seats?, policy: policy? })
            });
            match (sel, out.as_mut()) {
                (Some(sel), Some(list)) => list.push(sel),
                _ => out = None,
            }
        }
        out
    }

    fn price_overrides(&mut self, v: &Value, path: &str) -> Option<BTreeMap<ProductId, Decimal>> {
        // Every key is a ProductId (checked below), so there are no unknown fields here.
        let Some(obj) = v.as_object() else {
            self.push(path, Message::new(&k::SHARE_ERR_INVALID_VALUE));
            return None;
        };
        let mut out = Some(BTreeMap::new());
        for (key, value) in obj {
            let item_path = join(path, key);
            let id = self.product_id(&Value::String(key.clone()), &item_path);
            let price = self.value::<Decimal>(value, &item_path);
            match (id, price, out.as_mut()) {
                (Some(id), Some(price), Some(map)) => {
                    map.insert(id, price);
                }
                _ => out = None,
            }
        }
        out
    }

    fn pricing(&mut self, v: &Value, path: &str) -> Option<PricingParams> {
        let known = [
            "currency",
            "price_date",
            "horizon_months",
            "csp_adjust_pct",
            "org_seats",
            "ea",
            "hidden",
            "variants",
            "vat",
        ];
        let obj = self.object(v, path, &known)?;
        let currency = self.required::<Currency>(obj, "currency", path);
        let price_date = self.required::<Date>(obj, "price_date", path);
        let horizon_months = self.required::<u32>(obj, "horizon_months", path);
        let csp_adjust_pct = self.required::<Decimal>(obj, "csp_adjust_pct", path);
        let org_seats = self.required::<u32>(obj, "org_seats", path);
        let variants = match obj.get("variants") {
            None => Some(BTreeMap::new()),
            Some(v) => self.value::<BTreeMap<ProductId, String>>(v, &join(path, "variants")),
        };
        // Absent in files of before issue 22: net, as they were.
        let vat = match obj.get("vat") {
            None => Some(crate::domain::pricing::VatBasis::default()),
            Some(_) => self.sub(obj, "vat", path, |r, v, path| {
                let obj = r.object(v, path, &["gross", "rate_pct"])?;
                let gross = r.required::<bool>(obj, "gross", path);
                let rate = r.required::<Decimal>(obj, "rate_pct", path);
                Some(crate::domain::pricing::VatBasis { gross: gross?, rate_pct: rate? })
            }),
        };
        let ea = self.sub(obj, "ea", path, |r, v, path| {
            let known = ["level_discount_pct", "agreement_date", "negotiated_discount_pct", "on_price_sheet"];
            let obj = r.object(v, path, &known)?;
            let levels = r.required::<[Decimal; 4]>(obj, "level_discount_pct", path);
            let date = r.required::<Date>(obj, "agreement_date", path);
            let negotiated = r.required::<Decimal>(obj, "negotiated_discount_pct", path);
            let sheet = r.optional::<std::collections::BTreeSet<ProductId>>(obj, "on_price_sheet", path);
            Some(EaTerms {
                level_discount_pct: levels?,
                agreement_date: date?,
                negotiated_discount_pct: negotiated?,
                on_price_sheet: sheet?.unwrap_or_default(),
            })
        });
        let hidden = self.sub(obj, "hidden", path, |r, v, path| {
            let known = [
                "procurement_per_order",
                "expense_claim",
                "admin_review",
                "seats_per_purchase",
                "centralise_after_months",
            ];
            let obj = r.object(v, path, &known)?;
            let procurement = r.required::<Decimal>(obj, "procurement_per_order", path);
            let claim = r.required::<Decimal>(obj, "expense_claim", path);
            let review = r.required::<Decimal>(obj, "admin_review", path);
            let per_purchase = r.required::<u32>(obj, "seats_per_purchase", path);
            let centralise = r.optional::<u32>(obj, "centralise_after_months", path);
            Some(HiddenCosts {
                procurement_per_order: procurement?,
                expense_claim: claim?,
                admin_review: review?,
                seats_per_purchase: per_purchase?,
                centralise_after_months: centralise?,
            })
        });
        Some(PricingParams {
            currency: currency?,
            price_date: price_date?,
            horizon_months: horizon_months?,
            csp_adjust_pct: csp_adjust_pct?,
            org_seats: org_seats?,
            ea: ea?,
            hidden: hidden?,
            variants: variants?,
            vat: vat?,
        })
    }

    fn sub<T>(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        read: impl FnOnce(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<T> {
        let path = join(path, key);
        match obj.get(key) {
            None => {
                self.push(path, Message::new(&k::SHARE_ERR_MISSING));
                None
            }
            Some(v) => read(self, v, &path),
        }
    }

    /// Every answer is read on its own (as a one-field `Answers`), so a bad one has its path;
    /// the known field names come from the type itself. As in links, an answer to a question
    /// this version does not know, or an option it does not know, is skipped with a notice.
    fn answers(&mut self, v: &Value, path: &str) -> Option<Answers> {
        let mut reference = Answers::default();
        reference.set_weight(Criterion::Cost, Weight::Important);
        let known: Vec<String> = match serde_json::to_value(&reference) {
            Ok(Value::Object(m)) => m.keys().cloned().collect(),
            _ => Vec::new(),
        };
        let Some(obj) = v.as_object() else {
            self.push(path, Message::new(&k::SHARE_ERR_INVALID_VALUE));
            return None;
        };
        let before = self.problems.len();
        let mut good = Map::new();
        for (key, value) in obj {
            let field_path = join(path, key);
            if !known.contains(key) {
                self.notices.push(Problem::new(
                    field_path,
                    Message::new(&k::SHARE_NOTICE_UNKNOWN_QUESTION_NAMED).arg("name", key),
                ));
                continue;
            }
            let single = Value::Object(Map::from_iter([(key.clone(), value.clone())]));
            match Answers::deserialize(&single) {
                Ok(_) => {
                    good.insert(key.clone(), value.clone());
                }
                // A code where a known single-choice question expects one: an option from a newer version.
                Err(_) if value.is_string() && QuestionId::parse(key).is_some_and(|q| !Opt::all(q).is_empty()) => {
                    self.notices.push(Problem::new(
                        field_path,
                        Message::new(&k::SHARE_NOTICE_UNKNOWN_OPTION).arg("question", key),
                    ));
                }
                Err(e) => self.push(field_path, plain_json_error(&e)),
            }
        }
        if self.problems.len() != before {
            return None;
        }
        self.value::<Answers>(&Value::Object(good), path)
    }
}
