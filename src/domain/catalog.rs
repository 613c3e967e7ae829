//! The product catalogue: every product known to appear in `Get-MSCommerceProductPolicies`, with
//! current and legacy ProductIds, names, trial kind, restrictions, status and dated, sourced list
//! prices. The catalogue is one JSON file (`data/catalog.json`) embedded in the build; a user's
//! edited or imported catalogue goes through the same validation ([`Catalog::from_json`]), which
//! either accepts the whole file or reports every problem and changes nothing.
use crate::domain::date::Date;
use crate::domain::ids::ProductId;
use crate::domain::input::DecimalSpec;
use crate::domain::money::Currency;
use crate::domain::org::Country;
use crate::domain::policy::PolicyValue;
use crate::domain::problem::{plain_json_error, Problem};
use crate::i18n::k;
use crate::i18n::Message;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The records of the first view's catalogue table.
pub mod seed;
/// The shipped catalogue as the first view has it, a static table (generated from the JSON by
/// `cargo run -p xtask -- catalog`).
pub mod shipped;

/// The catalogue shipped with this build.
pub const EMBEDDED_JSON: &str = include_str!("../../data/catalog.json");

/// Commitment/billing terms of a licence (NCE terms, also used by web-direct self-service).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Term {
    /// Annual commitment paid up front.
    Annual,
    /// Annual commitment billed monthly.
    AnnualBilledMonthly,
    /// Month-to-month.
    Monthly,
}

impl Term {
    pub const ALL: [Term; 3] = [Term::Annual, Term::AnnualBilledMonthly, Term::Monthly];

    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            Term::Annual => &k::TERM_ANNUAL,
            Term::AnnualBilledMonthly => &k::TERM_ANNUAL_BILLED_MONTHLY,
            Term::Monthly => &k::TERM_MONTHLY,
        }
    }
}

crate::tags!(Term { Annual = 1, AnnualBilledMonthly = 2, Monthly = 3 });

/// What a self-service trial needs (the 2024 doc's "trial without payment method" column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrialKind {
    /// A trial without payment method exists: `OnlyTrialsWithoutPaymentMethod` is meaningful.
    NoCard,
    /// A trial, if any, needs a card and converts to paid.
    CardRequired,
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Status {
    Active,
    Retired {
        date: Date,
        note: String,
    },
    /// No longer sold to new buyers from `date`; existing subscriptions renew, so the product
    /// may still be in a tenant and keeps its policy. Distinct from retired.
    EndOfSale {
        date: Date,
        note: String,
    },
    /// Superseded by another plan but still listed by the module.
    Legacy {
        note: String,
    },
    /// Dropped from Microsoft's documentation table; may still appear in a tenant's output.
    Unlisted {
        note: String,
    },
}

/// A product fact that a rule or a script acts on. Stored in the catalogue, never as a
/// ProductId or a family name in code, so an imported catalogue can say it too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProductTrait {
    /// Microsoft 365 Copilot: its own question, rules and follow-ups.
    Copilot,
    /// A free licence users get by self-service sign-up (not a purchase): blocking purchase
    /// alone does not stop it (Teams Exploratory).
    FreeSignUp,
    /// Licensed per tenant, not per user (Dynamics 365 Customer Insights – Journeys): a price
    /// per seat, known or typed in, would compare something Microsoft does not sell.
    TenantLicensed,
}

/// An offer sold under a product's ProductId with prices of its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceVariant {
    /// Stable key, lower case (`business`), used in links and files.
    pub key: String,
    pub name: String,
    /// Terms this offer is sold on; absent = every term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms_offered: Option<Vec<Term>>,
    pub prices: Vec<PricePoint>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PricePoint {
    pub currency: Currency,
    pub term: Term,
    /// Per user per month, excluding VAT.
    pub amount: Decimal,
    #[serde(default)]
    pub effective_from: Option<Date>,
    #[serde(default)]
    pub effective_until: Option<Date>,
    pub source: String,
    pub as_of: String,
}

impl PricePoint {
    /// A list price per user per month: shipped, imported, typed in or overridden.
    pub const AMOUNT: DecimalSpec = DecimalSpec::new(0, 100_000, 4);

    pub fn in_effect_on(&self, day: Date) -> bool {
        self.effective_from.is_none_or(|f| f <= day) && self.effective_until.is_none_or(|u| day <= u)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Confidence {
    #[serde(default)]
    pub product_id: String,
    #[serde(default)]
    pub added: String,
    #[serde(default)]
    pub trial: String,
    #[serde(default)]
    pub price: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Product {
    pub id: ProductId,
    #[serde(default)]
    pub legacy_ids: Vec<ProductId>,
    pub name: String,
    /// Earlier or alternative names under the same ProductId (Project Plan 1 → Planner Plan 1).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The name as `Get-MSCommerceProductPolicies` / the doc table showed it.
    #[serde(default)]
    pub shown_as: String,
    pub family: String,
    #[serde(default)]
    pub added: Option<String>,
    #[serde(default)]
    pub added_source: Option<String>,
    pub trial: TrialKind,
    #[serde(default)]
    pub trial_days: Option<u32>,
    #[serde(default)]
    pub restrictions: Vec<String>,
    /// Countries where Microsoft does not sell the product through self-service.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_sold_in: Vec<Country>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub traits: Vec<ProductTrait>,
    /// Other offers sold under the same ProductId with their own prices (Microsoft 365 Copilot
    /// Business under Copilot's id): the policy covers all of them; the scenario says which one
    /// a self-service buyer would see.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<PriceVariant>,
    /// The terms the product is sold on; absent = every term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms_offered: Option<Vec<Term>>,
    pub status: Status,
    #[serde(default)]
    pub in_2024_doc_table: Option<bool>,
    #[serde(default)]
    pub id_source: Option<String>,
    #[serde(default)]
    pub prices: Vec<PricePoint>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub confidence: Confidence,
    /// Added by the user, not from the shipped research.
    #[serde(default)]
    pub custom: bool,
    /// Controls besides the purchase policy that open or close a route to this product (an
    /// app's upgrade prompt, a Cloud Policy), where a source names one (issue 13). Optional, so
    /// schema 1 catalogues without it stay valid.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_controls: Vec<OtherControl>,
    /// Time-limited trials a Microsoft partner runs outside self-service purchase (Copilot in
    /// 30). Data rather than code so the advice stops naming an offer on the day it ends, and an
    /// imported catalogue can end or extend it. Optional, like `other_controls`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partner_trials: Vec<PartnerTrial>,
}

/// A trial run by a Microsoft partner (CSP) for a limited period, with its conditions as the
/// source gives them. Catalogue text is research data in English, like `other_controls`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerTrial {
    /// The offer's name as partners use it.
    pub name: String,
    /// First and last day partners can start it.
    pub from: Date,
    pub until: Date,
    /// Licences and length of one trial.
    pub seats: u32,
    pub days: u32,
    /// Only for organisations with fewer users than this (the advice names the limit).
    pub org_users_below: u32,
    pub source: String,
}

impl PartnerTrial {
    /// Whether an organisation of this size band qualifies: `None` when the band is unknown or
    /// straddles the limit, so the advice states the limit instead of assuming either way.
    pub fn fits(&self, size: Option<crate::domain::org::OrgSize>) -> Option<bool> {
        let limit = self.org_users_below;
        let (lo, hi) = size?.range();
        if hi < limit {
            Some(true)
        } else if lo >= limit {
            Some(false)
        } else {
            None
        }
    }
}

/// What kind of control an [`OtherControl`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ControlKind {
    /// A Cloud Policy in the Microsoft 365 Apps admin center (config.office.com).
    CloudPolicy,
    /// A switch in an admin center.
    AdminSetting,
    /// An in-app upgrade prompt with no switch of its own.
    AppPrompt,
}

/// One control next to the purchase policy, as catalogue data: Microsoft's (English) label, what
/// it does, where it is, and the source with its date. Catalogue text is research data in
/// English, like `restrictions` and `notes`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherControl {
    pub kind: ControlKind,
    pub name: String,
    pub effect: String,
    pub path: String,
    pub source: String,
    /// The effect is our inference rather than the source's statement.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inference: bool,
    /// The related switch the decision table already decides for this control, if any (then
    /// the checklist lists it once, as that switch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub switch: Option<crate::domain::switches::RelatedSwitch>,
}

impl Product {
    /// `OnlyTrialsWithoutPaymentMethod` is offered only where a no-card trial is documented;
    /// what the service does for other products is undocumented (domain.md §2.4).
    pub fn offers_trials_only(&self) -> bool {
        self.trial == TrialKind::NoCard
    }

    pub fn allowed_policies(&self) -> Vec<PolicyValue> {
        PolicyValue::ALL
            .into_iter()
            .filter(|v| *v != PolicyValue::OnlyTrialsWithoutPaymentMethod || self.offers_trials_only())
            .collect()
    }

    /// The explicitly published price for a term, in effect on `day`. The latest start wins
    /// when sources overlap.
    pub fn published_price(&self, currency: Currency, term: Term, day: Date) -> Option<&PricePoint> {
        self.prices
            .iter()
            .filter(|p| p.currency == currency && p.term == term && p.in_effect_on(day))
            .max_by_key(|p| p.effective_from)
    }

    /// The product as priced for `variant` (its prices and terms), or as it is for `None` or an
    /// unknown key.
    pub fn priced_as(&self, variant: Option<&str>) -> std::borrow::Cow<'_, Product> {
        match variant.and_then(|k| self.variants.iter().find(|v| v.key == k)) {
            None => std::borrow::Cow::Borrowed(self),
            Some(v) => {
                let mut p = self.clone();
                p.prices = v.prices.clone();
                p.terms_offered = v.terms_offered.clone();
                std::borrow::Cow::Owned(p)
            }
        }
    }

    pub fn offers_term(&self, t: Term) -> bool {
        self.terms_offered.as_ref().is_none_or(|terms| terms.contains(&t))
    }

    pub fn has(&self, t: ProductTrait) -> bool {
        self.traits.contains(&t)
    }

    /// The end-of-sale date, if sales to new buyers have ended by `day`.
    pub fn end_of_sale_on(&self, day: Date) -> Option<Date> {
        match &self.status {
            Status::EndOfSale { date, .. } if *date <= day => Some(*date),
            _ => None,
        }
    }

    /// The partner trial that runs on `day`, if any (the first listed when several do).
    pub fn partner_trial_on(&self, day: Date) -> Option<&PartnerTrial> {
        self.partner_trials.iter().find(|t| t.from <= day && day <= t.until)
    }

    pub fn is_retired_on(&self, day: Date) -> bool {
        matches!(&self.status, Status::Retired { date, .. } if *date <= day)
    }

    pub fn matches_name(&self, query: &str) -> bool {
        let q = query.to_lowercase();
        self.name.to_lowercase().contains(&q)
            || self.aliases.iter().any(|a| a.to_lowercase().contains(&q))
            || self.id.as_str().to_lowercase().contains(&q)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    pub schema: u32,
    pub as_of: Date,
    #[serde(default)]
    pub provenance: String,
    pub products: Vec<Product>,
}

impl Catalog {
    /// The shipped catalogue. It is validated by the tests, so a failure here is a build defect.
    pub fn embedded() -> Catalog {
        // The first view has the shipped file as Rust data (`catalog::shipped`, generated from
        // it), without the JSON reader and its messages (a third of the first view's code); a
        // test checks that both are the same catalogue.
        #[cfg(not(feature = "full"))]
        return shipped::catalog();
        #[cfg(feature = "full")]
        Catalog::from_json(EMBEDDED_JSON).unwrap_or_else(|errs| {
            panic!("embedded catalogue is invalid: {errs:?}");
        })
    }

    /// Resolves a current or legacy ProductId to its product.
    pub fn find(&self, id: &ProductId) -> Option<&Product> {
        self.products.iter().find(|p| &p.id == id).or_else(|| self.products.iter().find(|p| p.legacy_ids.contains(id)))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Parses and validates a whole catalogue; on any error nothing is returned but the list of
    /// every problem, so an import is applied completely or not at all.
    pub fn from_json(text: &str) -> Result<Catalog, Vec<Problem>> {
        let value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
            .map_err(|e| vec![Problem::whole(plain_json_error(&e))])?;
        if value.get("format").and_then(|v| v.as_str()) == Some(crate::domain::formats::FILE_FORMAT) {
            return Err(vec![Problem::whole(Message::new(&k::ERR_CATALOG_IS_SCENARIO))]);
        }
        let mut errors = Vec::new();
        let obj = match value.as_object() {
            Some(o) => o,
            None => {
                return Err(vec![Problem { path: String::new(), message: Message::new(&k::ERR_CATALOG_NOT_OBJECT) }])
            }
        };
        let field = |name: &str| obj.get(name);
        let schema = field("schema").and_then(|v| v.as_u64());
        if schema != Some(1) {
            errors.push(Problem { path: "schema".into(), message: Message::new(&k::ERR_CATALOG_SCHEMA) });
        }
        let as_of = field("as_of").and_then(|v| v.as_str()).and_then(Date::parse);
        if as_of.is_none() {
            errors.push(Problem { path: "as_of".into(), message: Message::new(&k::ERR_CATALOG_AS_OF) });
        }
        let provenance = field("provenance").and_then(|v| v.as_str()).unwrap_or_default().to_string();
        let mut products = Vec::new();
        match field("products").and_then(|v| v.as_array()) {
            None => errors.push(Problem { path: "products".into(), message: Message::new(&k::ERR_CATALOG_PRODUCTS) }),
            Some(list) => {
                for (i, raw) in list.iter().enumerate() {
                    let label = raw
                        .get("id")
                        .and_then(|v| v.as_str())
                        .map(|id| format!("products[{i}] ({id})"))
                        .unwrap_or_else(|| format!("products[{i}]"));
                    match Product::deserialize(raw) {
                        Ok(p) => {
                            validate_product(&p, &label, &mut errors);
                            products.push(p);
                        }
                        Err(e) => {
                            let message = plain_json_error(&e);
                            let path = match message.text_of("field") {
                                Some(field) if message.key == &k::ERR_JSON_MISSING_FIELD => format!("{label}.{field}"),
                                _ => label,
                            };
                            errors.push(Problem { path, message });
                        }
                    }
                }
            }
        }
        let mut seen = BTreeSet::new();
        for (i, p) in products.iter().enumerate() {
            for id in std::iter::once(&p.id).chain(p.legacy_ids.iter()) {
                if !seen.insert(id.clone()) {
                    errors.push(Problem {
                        path: format!("products[{i}] ({})", p.id),
                        message: Message::new(&k::ERR_CATALOG_DUPLICATE_ID).arg("id", id),
                    });
                }
            }
        }
        match (errors.is_empty(), as_of) {
            (true, Some(as_of)) => Ok(Catalog { schema: 1, as_of, provenance, products }),
            _ => Err(errors),
        }
    }
}

fn validate_product(p: &Product, label: &str, errors: &mut Vec<Problem>) {
    if p.name.trim().is_empty() {
        errors.push(Problem { path: format!("{label}.name"), message: Message::new(&k::ERR_CATALOG_NAME_EMPTY) });
    }
    // A control or partner trial without its name or source cannot be checked by the reader.
    let text = crate::domain::input::TextSpec::new(400);
    let filled = |fields: &[&String]| fields.iter().all(|s| !s.trim().is_empty() && text.accepts(s));
    for (j, c) in p.other_controls.iter().enumerate() {
        if !filled(&[&c.name, &c.effect, &c.path, &c.source]) {
            errors.push(Problem::new(format!("{label}.other_controls[{j}]"), Message::new(&k::ERR_CATALOG_CONTROL)));
        }
    }
    for (j, t) in p.partner_trials.iter().enumerate() {
        let path = format!("{label}.partner_trials[{j}]");
        // One without seats or days would be advised as a trial of nothing.
        if !filled(&[&t.name, &t.source]) || t.seats == 0 || t.days == 0 || t.org_users_below == 0 {
            errors.push(Problem::new(path.clone(), Message::new(&k::ERR_CATALOG_PARTNER_TRIAL)));
        }
        if t.until < t.from {
            errors.push(Problem::new(path, Message::new(&k::ERR_CATALOG_PRICE_DATES)));
        }
    }
    for (j, price) in p.prices.iter().enumerate() {
        let path = format!("{label}.prices[{j}]");
        if !p.offers_term(price.term) {
            errors.push(Problem::new(format!("{path}.term"), Message::new(&k::ERR_CATALOG_TERM_NOT_OFFERED)));
        }
        let spec = PricePoint::AMOUNT;
        if price.amount < Decimal::from(spec.min) || price.amount > Decimal::from(spec.max) {
            errors.push(Problem {
                path: format!("{path}.amount"),
                message: Message::new(&k::ERR_CATALOG_PRICE_RANGE).number("amount", price.amount),
            });
        }
        if price.amount.scale() > spec.dp {
            errors.push(Problem { path: format!("{path}.amount"), message: Message::new(&k::ERR_CATALOG_PRICE_SCALE) });
        }
        if price.source.trim().is_empty() {
            errors
                .push(Problem { path: format!("{path}.source"), message: Message::new(&k::ERR_CATALOG_PRICE_SOURCE) });
        }
        if let (Some(f), Some(u)) = (price.effective_from, price.effective_until) {
            if u < f {
                errors.push(Problem { path: path.clone(), message: Message::new(&k::ERR_CATALOG_PRICE_DATES) });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::pid as id;
    use rust_decimal_macros::dec;

    #[test]
    fn embedded_catalogue_is_valid_and_complete() {
        let c = Catalog::embedded();
        assert_eq!(c.products.len(), 26);
        for needed in [
            "Power BI Pro",
            "Power Apps Premium",
            "Planner Plan 1",
            "Project Plan 3",
            "Visio Plan 1",
            "Visio Plan 2",
            "Microsoft 365 Copilot",
        ] {
            assert!(c.products.iter().any(|p| p.name == needed), "{needed} missing");
        }
    }

    #[test]
    fn other_controls_are_catalogue_data_with_a_source() {
        let c = Catalog::embedded();
        let clipchamp = c.find(&id("CFQ7TTC0N8SS")).unwrap();
        assert_eq!(clipchamp.other_controls[0].name, "Disable the ability for users to upgrade to Clipchamp Premium");
        assert_eq!(clipchamp.other_controls[0].kind, ControlKind::CloudPolicy);
        let copilot = c.find(&id("CFQ7TTC0MM8R")).unwrap();
        assert!(copilot.other_controls[0].effect.contains("GCC High"));
        assert_eq!(
            copilot.other_controls[0].switch,
            Some(crate::domain::switches::RelatedSwitch::CopilotMultipleAccounts)
        );
        // Review 2026-12 §5 #2, #4: the second Copilot control, as reported, and its role.
        let second = &copilot.other_controls[1];
        assert_eq!(
            (second.kind, second.name.as_str()),
            (ControlKind::AdminSetting, "Microsoft Copilot self-service purchases")
        );
        assert!(second.path.contains("Copilot > Settings > User access") && second.path.contains("not verified"));
        assert!(second.path.contains("AI Administrator") && second.effect.contains("Allow trials only"));
        assert!(second.source.contains("secondary") && second.inference && second.switch.is_none());
        assert!(c.products.iter().flat_map(|p| &p.other_controls).all(|o| !o.source.trim().is_empty()));
        // Optional: a catalogue without the field still loads, and one with a control lacking
        // its source is refused as a whole.
        let mut v: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
        for p in v["products"].as_array_mut().unwrap() {
            p.as_object_mut().unwrap().remove("other_controls");
        }
        assert!(Catalog::from_json(&v.to_string()).is_ok());
        let mut v: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
        let p = v["products"].as_array_mut().unwrap().iter_mut().find(|p| p["id"] == "CFQ7TTC0N8SS").unwrap();
        p["other_controls"][0]["source"] = serde_json::Value::from(" ");
        assert!(Catalog::from_json(&v.to_string()).is_err());
    }

    #[test]
    fn partner_trials_are_dated_catalogue_data_with_a_source() {
        use crate::domain::org::OrgSize;
        let c = Catalog::embedded();
        let copilot = c.find(&id("CFQ7TTC0MM8R")).unwrap();
        let t = &copilot.partner_trials[0];
        assert_eq!(
            (t.name.as_str(), t.from, t.until),
            ("Copilot in 30", Date::ymd(2026, 8, 1), Date::ymd(2026, 12, 31))
        );
        assert_eq!((t.seats, t.days, t.org_users_below), (25, 30, 300));
        assert!(t.source.contains("secondary"));
        assert!(copilot.partner_trial_on(Date::ymd(2026, 12, 31)).is_some());
        assert!(copilot.partner_trial_on(Date::ymd(2027, 1, 1)).is_none());
        assert!(c.products.iter().filter(|p| p.id != copilot.id).all(|p| p.partner_trials.is_empty()));
        assert_eq!(t.fits(Some(OrgSize::Under300)), Some(true));
        assert_eq!(t.fits(Some(OrgSize::From300)), Some(false));
        assert_eq!(t.fits(None), None, "unanswered is not assumed either way");
        // Optional; one without its source or ending before it starts is refused as a whole.
        let edited = |f: &dyn Fn(&mut serde_json::Value)| {
            let mut v: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
            let p = v["products"].as_array_mut().unwrap().iter_mut().find(|p| p["id"] == "CFQ7TTC0MM8R").unwrap();
            f(p);
            Catalog::from_json(&v.to_string())
        };
        assert!(edited(&|p| {
            p.as_object_mut().unwrap().remove("partner_trials");
        })
        .is_ok());
        // Refused with its own words and path, not as a price without a source.
        let problems = edited(&|p| p["partner_trials"][0]["source"] = serde_json::Value::from("")).unwrap_err();
        assert!(
            problems
                .iter()
                .any(|x| x.message.key == &k::ERR_CATALOG_PARTNER_TRIAL && x.path.contains("partner_trials[0]")),
            "{problems:?}"
        );
        let problems = edited(&|p| p["other_controls"][0]["source"] = serde_json::Value::from("")).unwrap_err();
        assert!(problems.iter().any(|x| x.message.key == &k::ERR_CATALOG_CONTROL), "{problems:?}");
        assert!(edited(&|p| p["partner_trials"][0]["until"] = serde_json::Value::from("2026-07-31")).is_err());
        assert!(edited(&|p| p["partner_trials"][0]["seats"] = serde_json::Value::from(0)).is_err());
    }

    #[test]
    fn legacy_ids_resolve_to_the_current_product() {
        let c = Catalog::embedded();
        assert_eq!(c.find(&id("CFQ7TTC0KXND")).unwrap().id, id("CFQ7TTC0HDB1"));
        assert_eq!(c.find(&id("CFQ7TTC0L3PB")).unwrap().name, "Power BI Pro");
        // Viva Learning: a 2023 edit of the doc table names it (review 2026-11); unlisted since.
        let vl = c.find(&id("CFQ7TTC0HVZG")).unwrap();
        assert_eq!(vl.name, "Microsoft Viva Learning");
        assert!(matches!(vl.status, Status::Unlisted { .. }));
    }

    /// Each fact of the 2026-11 source review, pinned to the catalogue (sources in the entries).
    #[test]
    fn facts_of_the_2026_review() {
        let c = Catalog::embedded();
        assert_eq!(c.as_of, Date::ymd(2026, 12, 1));
        // Back in the 2025-05-02 doc table, trial without payment method: No.
        for pid in ["CFQ7TTC0HHS9", "CFQ7TTC0J203", "CFQ7TTC0HX99", "CFQ7TTC0LH3N", "CFQ7TTC0LHWP", "CFQ7TTC0LHVK"] {
            let p = c.find(&id(pid)).unwrap();
            assert!(matches!(p.status, Status::Active | Status::EndOfSale { .. }), "{pid}");
            assert_eq!(p.trial, TrialKind::CardRequired, "{pid}");
            assert!(p.id_source.as_deref().unwrap_or_default().contains("2025-05-02"), "{pid}");
        }
        // Windows 365 Business with Windows Hybrid Benefit: end of sale 2026-05-01, not retired.
        let hx = c.find(&id("CFQ7TTC0HX99")).unwrap();
        assert_eq!(hx.end_of_sale_on(Date::ymd(2026, 12, 1)), Some(Date::ymd(2026, 5, 1)));
        assert_eq!(hx.end_of_sale_on(Date::ymd(2026, 4, 30)), None);
        assert!(!hx.is_retired_on(Date::ymd(2026, 12, 1)));
        // Marketing Additional Non-Prod Application stays off the list.
        assert!(matches!(c.find(&id("CFQ7TTC0LHWM")).unwrap().status, Status::Unlisted { .. }));
        // Teams Essentials, new in 2025, priced from a reseller list.
        let te = c.find(&id("CFQ7TTC0JN4R")).unwrap();
        let price = |t| te.published_price(Currency::USD, t, Date::ymd(2026, 12, 1)).unwrap().amount;
        assert_eq!(
            (price(Term::Annual), price(Term::AnnualBilledMonthly), price(Term::Monthly)),
            (dec!(4.00), dec!(4.20), dec!(4.80))
        );
        // One Clipchamp ProductId for Standard and Premium.
        let cc = c.find(&id("CFQ7TTC0N8SS")).unwrap();
        assert!(cc.name.contains("Standard") && cc.name.contains("Premium"));
        // Copilot: no trial without payment method.
        assert_eq!(c.find(&id("CFQ7TTC0MM8R")).unwrap().trial, TrialKind::CardRequired);
        // Trials without a payment method do not renew automatically.
        for p in c.products.iter().filter(|p| p.trial == TrialKind::NoCard) {
            assert!(p.restrictions.iter().any(|r| r.contains("does not renew automatically")), "{}", p.name);
            assert!(!p.restrictions.iter().any(|r| r == "buyer billed personally; auto-renews"), "{}", p.name);
        }
    }

    /// Every price, in every currency and offer, has a source and an as-of date; every
    /// non-active status says why.
    #[test]
    fn every_price_and_status_is_sourced() {
        for p in Catalog::embedded().products {
            for pp in p.prices.iter().chain(p.variants.iter().flat_map(|v| &v.prices)) {
                assert!(!pp.source.trim().is_empty() && !pp.as_of.trim().is_empty(), "{} {:?}", p.name, pp.currency);
            }
            match &p.status {
                Status::Active => {}
                Status::Retired { note, .. }
                | Status::EndOfSale { note, .. }
                | Status::Legacy { note }
                | Status::Unlisted { note } => {
                    assert!(!note.trim().is_empty(), "{}", p.name)
                }
            }
        }
    }

    /// A bad import is refused with a path: an unknown status, a price for a term the product is
    /// not sold on, an unknown term.
    #[test]
    fn import_refuses_unknown_status_and_terms_not_offered() {
        let good = Catalog::embedded().to_json();
        let copilot = |edit: &dyn Fn(&mut serde_json::Value)| {
            let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
            let p = v["products"].as_array_mut().unwrap().iter_mut().find(|p| p["id"] == "CFQ7TTC0MM8R").unwrap();
            edit(p);
            Catalog::from_json(&v.to_string()).unwrap_err()
        };
        let errs = copilot(&|p| p["status"] = serde_json::json!({"kind": "paused"}));
        assert_eq!(errs[0].message.key, &k::ERR_JSON_UNKNOWN_VALUE);
        assert!(errs[0].path.contains("CFQ7TTC0MM8R"));
        let errs = copilot(&|p| {
            p["prices"].as_array_mut().unwrap().push(serde_json::json!({
                "currency": "USD", "term": "monthly", "amount": "36", "source": "s", "as_of": "2026"
            }))
        });
        assert_eq!(errs[0].message.key, &k::ERR_CATALOG_TERM_NOT_OFFERED);
        assert!(errs[0].path.ends_with(".term"), "{}", errs[0].path);
        let errs = copilot(&|p| p["terms_offered"] = serde_json::json!(["annual", "biennial"]));
        assert_eq!(errs[0].message.key, &k::ERR_JSON_UNKNOWN_VALUE);
    }

    #[test]
    fn renamed_product_is_found_by_old_name() {
        let c = Catalog::embedded();
        let p = c.find(&id("CFQ7TTC0HDB1")).unwrap();
        assert!(p.matches_name("project plan 1"));
        assert!(p.matches_name("planner"));
    }

    #[test]
    fn trials_only_is_offered_only_for_no_card_trials() {
        let c = Catalog::embedded();
        assert!(c.find(&id("CFQ7TTC0HD33")).unwrap().offers_trials_only()); // Visio Plan 1
        assert!(!c.find(&id("CFQ7TTC0H9MP")).unwrap().offers_trials_only()); // Power BI Pro
        assert!(!c.find(&id("CFQ7TTC0MM8R")).unwrap().offers_trials_only()); // Copilot: unknown
        assert_eq!(c.find(&id("CFQ7TTC0H9MP")).unwrap().allowed_policies().len(), 2);
    }

    #[test]
    fn prices_are_dated_and_f3_changes_on_2026_07_01() {
        let c = Catalog::embedded();
        let f3 = c.find(&id("CFQ7TTC0LH05")).unwrap();
        let before = f3.published_price(Currency::USD, Term::Annual, Date::ymd(2026, 6, 30)).unwrap();
        let after = f3.published_price(Currency::USD, Term::Annual, Date::ymd(2026, 7, 1)).unwrap();
        assert_eq!((before.amount, after.amount), (dec!(8.00), dec!(10.00)));
        let pbi = c.find(&id("CFQ7TTC0H9MP")).unwrap();
        assert_eq!(pbi.published_price(Currency::USD, Term::Annual, c.as_of).unwrap().amount, dec!(14.00));
        // F3's non-USD figures are the post-2026-07-01 list; before that day they are unknown.
        for cur in [Currency::EUR, Currency::GBP, Currency::CHF] {
            assert!(f3.published_price(cur, Term::Annual, Date::ymd(2026, 7, 1)).is_some(), "{cur:?}");
            assert!(f3.published_price(cur, Term::Annual, Date::ymd(2026, 6, 30)).is_none(), "{cur:?}");
        }
    }

    /// A price in one currency says nothing about another: Teams Premium has a USD price and
    /// none in EUR, GBP or CHF, and nothing derives one.
    #[test]
    fn a_price_in_another_currency_is_never_converted() {
        let c = Catalog::embedded();
        let tp = c.find(&id("CFQ7TTC0RM8K")).unwrap();
        assert!(tp.published_price(Currency::USD, Term::Annual, c.as_of).is_some());
        for cur in [Currency::EUR, Currency::GBP, Currency::CHF] {
            for term in Term::ALL {
                assert!(tp.published_price(cur, term, c.as_of).is_none(), "{cur:?} {term:?}");
            }
        }
        // Every shipped non-USD price is one of the review's Microsoft figures, never a USD price
        // times a rate: each names the scrape it comes from.
        for p in &c.products {
            for pp in p.prices.iter().filter(|pp| pp.currency != Currency::USD) {
                assert!(pp.source.contains("KelvinTegelaar/CIPP-API"), "{}: {}", p.name, pp.source);
                assert_eq!(pp.term, Term::Annual, "{}", p.name);
            }
        }
    }

    /// Microsoft's EUR, GBP and CHF list prices of the 2026-12 review (§3, §4), annual term, per
    /// user per month, excluding VAT; sources and dates are in the entries.
    #[test]
    fn facts_of_the_2026_12_review() {
        let c = Catalog::embedded();
        let day = Date::ymd(2026, 12, 1);
        let annual =
            |pid: &str, cur| c.find(&id(pid)).unwrap().published_price(cur, Term::Annual, day).map(|pp| pp.amount);
        let none = None::<Decimal>;
        // (ProductId, EUR, GBP, CHF)
        let table = [
            ("CFQ7TTC0H9MP", Some(dec!(12.10)), Some(dec!(10.80)), Some(dec!(11.30))), // Power BI Pro
            ("CFQ7TTC0LH2H", Some(dec!(17.30)), Some(dec!(15.40)), none),              // Power Apps Premium
            ("CFQ7TTC0LSGZ", Some(dec!(13.00)), Some(dec!(11.50)), none),              // Power Automate Premium
            ("CFQ7TTC0HDB1", Some(dec!(8.70)), Some(dec!(7.70)), none),                // Planner Plan 1
            ("CFQ7TTC0HDB0", Some(dec!(26.00)), Some(dec!(23.10)), none),              // Project Plan 3
            ("CFQ7TTC0HD33", Some(dec!(4.30)), Some(dec!(3.80)), none),                // Visio Plan 1
            ("CFQ7TTC0HD32", Some(dec!(13.00)), Some(dec!(11.50)), none),              // Visio Plan 2
            ("CFQ7TTC0LH05", Some(dec!(8.66)), Some(dec!(7.70)), Some(dec!(8.10))),    // Microsoft 365 F3
            ("CFQ7TTC0MM8R", Some(dec!(26.00)), Some(dec!(23.10)), Some(dec!(24.30))), // Microsoft 365 Copilot
            ("CFQ7TTC0JN4R", Some(dec!(3.50)), Some(dec!(3.10)), Some(dec!(3.20))),    // Teams Essentials
        ];
        for (pid, eur, gbp, chf) in table {
            assert_eq!(
                (annual(pid, Currency::EUR), annual(pid, Currency::GBP), annual(pid, Currency::CHF)),
                (eur, gbp, chf),
                "{pid}"
            );
        }
        // Copilot's 2024 EUR 28.10 is gone (no date of the change was found to keep it by).
        let copilot = c.find(&id("CFQ7TTC0MM8R")).unwrap();
        assert!(!copilot.prices.iter().any(|pp| pp.amount == dec!(28.10)));
        assert!(copilot.priced_as(Some("business")).published_price(Currency::EUR, Term::Annual, day).is_none());
        // Left out: the PPU figures (H6RP is not shown to be PPU) and the reseller-derived
        // estimates, each said in the notes.
        for (pid, said) in [("CFQ7TTC0H6RP", "unconfirmed"), ("CFQ7TTC0LH3L", "derived"), ("CFQ7TTC0N8SS", "derived")] {
            let p = c.find(&id(pid)).unwrap();
            assert!(p.prices.is_empty(), "{pid}");
            assert!(p.notes.contains(said), "{pid}: {}", p.notes);
        }
    }

    /// Dynamics 365 Marketing is now Customer Insights – Journeys, licensed per tenant (review
    /// 2026-12 §2): found by either name, and marked so that no per-user price is compared.
    #[test]
    fn dynamics_365_marketing_is_customer_insights_journeys_and_tenant_licensed() {
        let c = Catalog::embedded();
        for pid in ["CFQ7TTC0LH3N", "CFQ7TTC0LHWP", "CFQ7TTC0LHVK"] {
            let p = c.find(&id(pid)).unwrap();
            assert!(p.name.contains("Dynamics 365 Customer Insights – Journeys"), "{}", p.name);
            for q in ["Dynamics 365 Marketing", "customer insights – journeys", "Customer Insights - Journeys"] {
                assert!(p.matches_name(q), "{pid}: {q}");
            }
            assert!(p.has(ProductTrait::TenantLicensed), "{pid}");
            assert!(p.prices.is_empty(), "{pid}");
            // What the cmdlet prints is unchanged.
            assert!(p.shown_as.starts_with("Dynamics 365 Marketing"), "{pid}");
        }
        assert_eq!(
            c.find(&id("CFQ7TTC0LH3N")).unwrap().name,
            "Dynamics 365 Marketing (now Dynamics 365 Customer Insights – Journeys)"
        );
        assert_eq!(c.products.iter().filter(|p| p.has(ProductTrait::TenantLicensed)).count(), 3);
    }

    #[test]
    fn unknown_prices_stay_unknown() {
        let c = Catalog::embedded();
        for name in [
            "Microsoft Clipchamp (Standard and Premium)",
            "Python in Excel",
            "Microsoft Purview Discovery",
            "Power BI Premium (standalone)",
        ] {
            let p = c.products.iter().find(|p| p.name == name).unwrap();
            assert!(p.prices.is_empty(), "{name} must not have an invented price");
        }
    }

    #[test]
    fn import_reports_every_problem_and_applies_nothing() {
        let mut c = Catalog::embedded();
        c.products[1].id = c.products[0].id.clone();
        c.products[2].prices.push(PricePoint {
            currency: Currency::USD,
            term: Term::Annual,
            amount: dec!(-1),
            effective_from: None,
            effective_until: None,
            source: String::new(),
            as_of: "x".into(),
        });
        let errs = Catalog::from_json(&c.to_json()).unwrap_err();
        let keys: Vec<crate::i18n::Key> = errs.iter().map(|e| e.message.key).collect();
        assert!(keys.contains(&&k::ERR_CATALOG_DUPLICATE_ID), "{keys:?}");
        assert!(keys.contains(&&k::ERR_CATALOG_PRICE_RANGE), "{keys:?}");
        assert!(keys.contains(&&k::ERR_CATALOG_PRICE_SOURCE), "{keys:?}");
        assert!(errs.iter().any(|e| e.path.starts_with("products[2]")));
    }

    #[test]
    fn import_rejects_a_bad_product_id_with_its_position() {
        let text = Catalog::embedded().to_json().replacen("CFQ7TTC0LH2H", "cfq7-bad", 1);
        let errs = Catalog::from_json(&text).unwrap_err();
        assert_eq!(errs[0].path, "products[0] (cfq7-bad)");
        assert_eq!(errs[0].message.key, &k::ERR_JSON_PRODUCT_ID);
        assert!(Catalog::from_json("{").is_err());
        assert!(Catalog::from_json("[]").is_err());
        // A scenario file given to the catalogue import says so.
        let scenario_file =
            crate::domain::share::to_file(&crate::domain::scenario::Scenario::default(), Date::ymd(2026, 12, 1));
        assert_eq!(Catalog::from_json(&scenario_file).unwrap_err()[0].message.key, &k::ERR_CATALOG_IS_SCENARIO);
    }

    #[test]
    fn export_import_round_trip() {
        let c = Catalog::embedded();
        assert_eq!(Catalog::from_json(&c.to_json()).unwrap(), c);
    }
}
