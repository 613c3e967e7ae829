//! The scenario: everything a user decided, as one serde value. The URL hash, saved sessions and
//! exports are projections of it; the UI reducer changes it only through these methods, which
//! are tested natively.
use crate::domain::catalog::Catalog;
use crate::domain::catalog::{ControlKind, ProductTrait, Term};
use crate::domain::decision::{Answers, Recommendation};
use crate::domain::doors::Doors;
use crate::domain::ids::ProductId;
use crate::domain::input::{TextSpec, WholeSpec};
use crate::domain::policy::{OfferType, PolicyValue};
use crate::domain::pricing::{Channel, Plan, PricingParams};
use crate::domain::ramp::{Ramp, RampError, RampSpec};
use crate::domain::script::{Choice, ScriptHeader, ScriptOptions};
use crate::domain::tenant::TenantState;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a newly added product starts with (the UI says so where it is added).
pub const DEFAULT_SEATS: u32 = 10;
/// Blocked: the safe state until the user decides otherwise.
pub const NEW_SELECTION_POLICY: PolicyValue = PolicyValue::Disabled;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    pub id: ProductId,
    pub seats: u32,
    pub policy: PolicyValue,
}

impl Selection {
    pub const SEATS: WholeSpec = crate::domain::input::SEATS;
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub version: u32,
    pub selections: Vec<Selection>,
    pub pricing: PricingParams,
    /// User-entered annual list prices per seat-month, by ProductId.
    #[serde(default)]
    pub price_overrides: BTreeMap<ProductId, Decimal>,
    /// Plans compared in tables and charts, in display order; the first is the baseline.
    #[serde(default = "default_plans")]
    pub shown_plans: Vec<Plan>,
    /// Answers of the decision walk-through.
    #[serde(default)]
    pub answers: Answers,
    /// How the scripts are generated.
    #[serde(default)]
    pub script: ScriptPrefs,
    /// Third-party offer types to set (Enabled or Disabled); absent = left as the tenant has it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub offer_types: BTreeMap<OfferType, PolicyValue>,
    /// The tenant's state as the admin pasted it. Saved in files and sessions, never in links
    /// (links stay short, and a tenant's product list is nobody else's business).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<TenantState>,
    /// The licence-request page and contact, and explicit choices for the related switches
    /// (issue 13). Kept in links (v2 field 11) and files.
    #[serde(default, skip_serializing_if = "Doors::is_empty")]
    pub doors: Doors,
    /// Seats that change over time, per selected product: the user's stated assumption
    /// (issue 24), valid over the longest horizon (`Ramp::check`). Kept in links (v2 field 12)
    /// and files; a product without one has the same seats every month.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ramps: BTreeMap<ProductId, RampSpec>,
}

/// The user's script options; the header (dates, link) is added when a script is generated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScriptPrefs {
    pub what_if: bool,
    /// For the drift-enforcement script: what every product not chosen is set to.
    pub default_for_others: PolicyValue,
    /// Free text naming the tenant; the generator quotes it.
    #[serde(default)]
    pub tenant_label: String,
    pub power_platform_trials: bool,
}

impl Default for ScriptPrefs {
    fn default() -> Self {
        ScriptPrefs {
            what_if: false,
            default_for_others: PolicyValue::Disabled,
            tenant_label: String::new(),
            power_platform_trials: false,
        }
    }
}

impl ScriptPrefs {
    /// The tenant label: one line, written into script comments and a quoted variable.
    pub const TENANT_LABEL: TextSpec = TextSpec::new(80);

    pub fn options(&self, header: Option<ScriptHeader>) -> ScriptOptions {
        let label = self.tenant_label.trim();
        ScriptOptions {
            what_if: self.what_if,
            default_for_others: self.default_for_others,
            tenant_label: (!label.is_empty()).then(|| label.to_string()),
            header,
            power_platform_trials: self.power_platform_trials,
            offer_types: Vec::new(),
            current: None,
            switches: Vec::new(),
            request_message: None,
        }
    }
}

pub fn default_plans() -> Vec<Plan> {
    vec![
        Plan::new(Channel::SelfService, Term::Annual),
        Plan::new(Channel::SelfService, Term::Monthly),
        Plan::new(Channel::Csp, Term::Annual),
        Plan::new(Channel::Csp, Term::Monthly),
        Plan::new(Channel::Ea, Term::Annual),
    ]
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            version: 1,
            selections: Vec::new(),
            pricing: PricingParams::default(),
            price_overrides: BTreeMap::new(),
            shown_plans: default_plans(),
            answers: Answers::default(),
            script: ScriptPrefs::default(),
            offer_types: BTreeMap::new(),
            tenant: None,
            doors: Doors::default(),
            ramps: BTreeMap::new(),
        }
    }
}

impl crate::domain::tenant::Chosen for Scenario {
    fn chosen(&self, item: &crate::domain::tenant::Item) -> Option<PolicyValue> {
        match item {
            crate::domain::tenant::Item::Product(id) => self.selection(id).map(|s| s.policy),
            crate::domain::tenant::Item::Offer(o) => self.offer_types.get(o).copied(),
        }
    }
}

impl Scenario {
    /// The script options with this scenario's offer types.
    pub fn script_options(&self, header: Option<ScriptHeader>) -> ScriptOptions {
        let mut o = self.script.options(header);
        o.offer_types = self.offer_types.iter().map(|(k, v)| (*k, *v)).collect();
        o.current = self.tenant.as_ref().map(|t| t.rows.iter().map(|r| (r.item.clone(), r.value)).collect());
        o
    }

    /// The request page as typed: kept when valid (`https://`, see `RequestPath::URL`), else the
    /// previous value stays and the message says why. Empty clears it.
    pub fn set_request_url(&mut self, raw: &str) -> Result<(), crate::i18n::Message> {
        self.doors.request.url = crate::domain::doors::RequestPath::URL.parse(raw)?;
        Ok(())
    }

    /// The request contact as typed: refused characters dropped, cut at the limit, trimmed.
    pub fn set_request_contact(&mut self, raw: &str) {
        self.doors.request.contact = crate::domain::doors::RequestPath::CONTACT.clean(raw).trim().to_string();
    }

    /// The user's explicit choice for a related switch (`None` = follow the recommendation).
    pub fn choose_switch(
        &mut self,
        switch: crate::domain::doors::RelatedSwitch,
        setting: Option<crate::domain::doors::SwitchSetting>,
    ) {
        self.doors.choose(switch, setting);
    }

    /// Replaces the "centralise after M months" guess with the imported subscriptions' real
    /// renewal dates: the month by which the last likely self-service, paid subscription has
    /// run out (an inference, see `tenant::takeover_plan`), kept within the horizon. Returns the
    /// month set, or `None` (nothing changed) without such a subscription.
    pub fn centralise_from_renewals(&mut self, today: crate::domain::date::Date) -> Option<u32> {
        let subs = &self.tenant.as_ref()?.subscriptions;
        let months = crate::domain::tenant::takeover_plan(subs, today).centralise_after_months?;
        let spec = crate::domain::pricing::HiddenCosts::CENTRALISE_AFTER;
        let months = months.clamp(spec.min, spec.max);
        self.pricing.hidden.centralise_after_months = Some(months);
        Some(months)
    }

    /// The script options with the offer types, the imported state, and the issue-13 doors: the
    /// related switches (the user's choice, else `rec`'s) and the licence-request message in
    /// `lang`. What the script panel passes to `script::generate` for every variant.
    pub fn script_options_with_doors(
        &self,
        header: Option<ScriptHeader>,
        rec: &Recommendation,
        lang: crate::i18n::Lang,
    ) -> ScriptOptions {
        self.script_options(header).with_doors(&self.doors, rec, lang)
    }

    /// What a first visit starts with: nothing chosen, in the currency of the visitor's region
    /// and with its VAT rate ready for the gross view (figures stay net until asked). Without a
    /// region, the defaults every link of before assumes (US dollars, net).
    pub fn starting(region: Option<&crate::domain::region::RegionDefaults>) -> Scenario {
        let mut s = Scenario::default();
        if let Some(r) = region {
            s.pricing.currency = r.currency;
            if let Some(v) = r.vat {
                s.pricing.vat.rate_pct = v.pct;
            }
        }
        s
    }

    /// Stores an answer of the walk. The organisation's size is one fact asked in two places
    /// (the walk's band and the exact number under Costs), so answering the band moves the
    /// number into it (a number already inside stays).
    pub fn answer(&mut self, o: crate::domain::decision::Opt) {
        self.answers.set(o);
        if let crate::domain::decision::Opt::OrgSize(band) = o {
            self.pricing.org_seats = band.seats_within(self.pricing.org_seats);
        }
    }

    /// Replaces the pricing assumptions; an organisation size typed outside the band answered
    /// in the walk moves the answer to the band it falls in, so the two never disagree.
    pub fn set_pricing(&mut self, params: PricingParams) {
        let seats = params.org_seats;
        self.pricing = params;
        if let Some(band) = self.answers.org_size {
            let (lo, hi) = band.range();
            if !(lo..=hi).contains(&seats) {
                self.answers.org_size = Some(crate::domain::decision::OrgSize::of(seats));
            }
        }
    }

    /// Which offer of a product a self-service buyer would see (`None` = the product's own).
    pub fn set_variant(&mut self, catalog: &Catalog, id: &ProductId, key: Option<String>) {
        let known = |k: &String| catalog.find(id).is_some_and(|p| p.variants.iter().any(|v| &v.key == k));
        match key.filter(|k| known(k) && self.selection(id).is_some()) {
            Some(k) => {
                self.pricing.variants.insert(id.clone(), k);
            }
            None => {
                self.pricing.variants.remove(id);
            }
        }
    }

    /// Sets (or with `None` leaves alone) an offer type; Trials only is not an offer-type value.
    pub fn set_offer_type(&mut self, o: OfferType, v: Option<PolicyValue>) {
        match v {
            Some(v) if OfferType::VALUES.contains(&v) => {
                self.offer_types.insert(o, v);
            }
            _ => {
                self.offer_types.remove(&o);
            }
        }
    }

    pub fn selection(&self, id: &ProductId) -> Option<&Selection> {
        self.selections.iter().find(|s| &s.id == id)
    }

    fn selection_mut(&mut self, id: &ProductId) -> Option<&mut Selection> {
        self.selections.iter_mut().find(|s| &s.id == id)
    }

    /// Adds the product (resolving a legacy id to the current one) or removes it if present.
    /// New selections start blocked: the safe state until the user decides otherwise.
    pub fn toggle(&mut self, catalog: &Catalog, id: &ProductId) {
        let Some(product) = catalog.find(id) else { return };
        if let Some(pos) = self.selections.iter().position(|s| s.id == product.id) {
            self.selections.remove(pos);
            self.prune(catalog);
        } else {
            self.selections.push(Selection {
                id: product.id.clone(),
                seats: DEFAULT_SEATS,
                policy: NEW_SELECTION_POLICY,
            });
        }
    }

    /// Restores what validation requires after products went away (removed, a custom product
    /// deleted, another catalogue imported): selections and prices only for known products,
    /// policies only where the product allows them, answers only about selected products.
    /// Without this a saved scenario or link could fail to open later.
    pub fn prune(&mut self, catalog: &Catalog) {
        self.selections.retain(|s| catalog.find(&s.id).is_some());
        for s in &mut self.selections {
            if catalog.find(&s.id).is_some_and(|p| !p.allowed_policies().contains(&s.policy)) {
                s.policy = PolicyValue::Disabled;
            }
        }
        self.price_overrides.retain(|id, _| catalog.find(id).is_some());
        let selected: Vec<ProductId> = self.selections.iter().map(|s| s.id.clone()).collect();
        self.answers.retain_products(|id| selected.contains(id));
        self.pricing.ea.on_price_sheet.retain(|id| selected.contains(id));
        self.ramps.retain(|id, _| selected.contains(id));
        self.pricing.variants.retain(|id, key| {
            selected.contains(id) && catalog.find(id).is_some_and(|p| p.variants.iter().any(|v| &v.key == key))
        });
    }

    /// Removes every product the catalogue does not know (selections, prices, answers) and
    /// returns their ids, selected ones first: a link or file from another computer opens with
    /// everything else, and the user is told what was left out.
    pub fn drop_unknown_products(&mut self, catalog: &Catalog) -> Vec<ProductId> {
        let known = |id: &ProductId| catalog.find(id).is_some();
        let mut gone: Vec<ProductId> = Vec::new();
        let mut note = |id: &ProductId| {
            if !gone.contains(id) {
                gone.push(id.clone());
            }
        };
        self.selections.iter().filter(|s| !known(&s.id)).for_each(|s| note(&s.id));
        self.price_overrides.keys().filter(|id| !known(id)).for_each(&mut note);
        self.selections.retain(|s| known(&s.id));
        self.price_overrides.retain(|id, _| known(id));
        self.answers.retain_products(|id| !gone.contains(id));
        self.pricing.ea.on_price_sheet.retain(|id| !gone.contains(id));
        self.pricing.variants.retain(|id, _| !gone.contains(id));
        self.ramps.retain(|id, _| known(id));
        gone
    }

    /// Replaces legacy ProductIds (accepted from links and files) by the current ones, so the
    /// picker, the remove button and price edits all see one id per product.
    pub fn canonicalize(&mut self, catalog: &Catalog) {
        let current = |id: &ProductId| catalog.find(id).map(|p| p.id.clone()).unwrap_or_else(|| id.clone());
        for s in &mut self.selections {
            s.id = current(&s.id);
        }
        self.price_overrides =
            std::mem::take(&mut self.price_overrides).into_iter().map(|(id, v)| (current(&id), v)).collect();
        self.pricing.ea.on_price_sheet =
            std::mem::take(&mut self.pricing.ea.on_price_sheet).iter().map(current).collect();
        self.pricing.variants =
            std::mem::take(&mut self.pricing.variants).into_iter().map(|(id, k)| (current(&id), k)).collect();
        self.answers.map_products(current);
        // A ramp of a product not selected is dropped: nothing shows it and it would only
        // lengthen links.
        let selected: Vec<ProductId> = self.selections.iter().map(|s| s.id.clone()).collect();
        self.ramps = std::mem::take(&mut self.ramps)
            .into_iter()
            .map(|(id, r)| (current(&id), r))
            .filter(|(id, _)| selected.contains(id))
            .collect();
    }

    pub fn set_seats(&mut self, id: &ProductId, seats: u32) {
        if let Some(s) = self.selection_mut(id) {
            s.seats = seats;
        }
    }

    /// Refuses a value the product cannot take (Trials only without a no-card trial).
    pub fn set_policy(&mut self, catalog: &Catalog, id: &ProductId, value: PolicyValue) -> bool {
        let allowed = catalog.find(id).is_some_and(|p| p.allowed_policies().contains(&value));
        match self.selection_mut(id) {
            Some(s) if allowed => {
                s.policy = value;
                true
            }
            _ => false,
        }
    }

    /// A user price replaces the published annual price; `None` goes back to the published one.
    pub fn set_override(&mut self, id: &ProductId, price: Option<Decimal>) {
        match price {
            Some(p) => {
                self.price_overrides.insert(id.clone(), p);
            }
            None => {
                self.price_overrides.remove(id);
            }
        }
    }

    /// States (or with `None` drops) how a selected product's seats change over time. A ramp
    /// that does not hold over the longest horizon is refused and the previous one stays.
    pub fn set_ramp(&mut self, id: &ProductId, spec: Option<RampSpec>) -> Result<(), RampError> {
        match spec {
            Some(spec) if self.selection(id).is_some() => {
                Ramp::check(&spec)?;
                self.ramps.insert(id.clone(), spec);
            }
            _ => {
                self.ramps.remove(id);
            }
        }
        Ok(())
    }

    /// The product's ramp resolved over this scenario's horizon, if it has one.
    pub fn ramp(&self, id: &ProductId) -> Option<Ramp> {
        // The first view runs for a first visit only (nothing saved, no link), so no product
        // has a ramp there; saying so here keeps the month-by-month engine out of its code.
        #[cfg(not(feature = "full"))]
        {
            let _ = id;
            None
        }
        #[cfg(feature = "full")]
        Ramp::new(self.ramps.get(id)?.clone(), self.pricing.horizon_months).ok()
    }

    /// Shows or hides a plan, keeping plan order stable and at least one plan shown.
    pub fn toggle_plan(&mut self, plan: Plan) {
        if let Some(pos) = self.shown_plans.iter().position(|p| *p == plan) {
            if self.shown_plans.len() > 1 {
                self.shown_plans.remove(pos);
            }
        } else {
            self.shown_plans.push(plan);
            self.shown_plans.sort_by_key(|p| Plan::ALL.iter().position(|q| q == p));
        }
    }

    /// Takes over every recommended policy (products with nothing to configure keep theirs).
    pub fn apply(&mut self, catalog: &Catalog, rec: &Recommendation) {
        for r in &rec.per_product {
            if let Some(policy) = r.policy {
                self.set_policy(catalog, &r.id, policy);
            }
        }
    }

    /// The per-product choices in selection order, ready for the script generator.
    pub fn choices(&self, catalog: &Catalog) -> Vec<Choice> {
        self.selections
            .iter()
            .filter_map(|s| {
                catalog.find(&s.id).map(|p| Choice {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    value: s.policy,
                    free_sign_up: p.has(ProductTrait::FreeSignUp),
                    admin_settings: p
                        .other_controls
                        .iter()
                        .filter(|c| c.kind == ControlKind::AdminSetting && c.switch.is_none())
                        .map(|c| (c.name.clone(), c.path.clone()))
                        .collect(),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::pid as id;

    #[test]
    fn the_organisation_size_band_and_number_never_disagree() {
        use crate::domain::decision::{Opt, OrgSize};
        use crate::domain::pricing::EaLevel;
        let mut s = Scenario::default();
        assert_eq!(s.answers.org_size, None, "never assumed");
        s.answer(Opt::OrgSize(OrgSize::From500));
        assert_eq!(s.pricing.org_seats, 500, "the default 300 moves into the band");
        assert_eq!(EaLevel::for_org_seats(s.pricing.org_seats), Some(EaLevel::A));
        let mut p = s.pricing.clone();
        p.org_seats = 1_200;
        s.set_pricing(p);
        assert_eq!(s.answers.org_size, Some(OrgSize::From500), "a number inside the band keeps it");
        s.answer(Opt::OrgSize(OrgSize::From500));
        assert_eq!(s.pricing.org_seats, 1_200, "a typed number inside the band stays");
        let mut p = s.pricing.clone();
        p.org_seats = 420;
        s.set_pricing(p);
        assert_eq!(s.answers.org_size, Some(OrgSize::From300), "420 moves the answer");
        s.answer(Opt::OrgSize(OrgSize::Under300));
        assert_eq!(s.pricing.org_seats, 299);
        s.answer(Opt::OrgSize(OrgSize::From15000));
        assert_eq!(s.pricing.org_seats, 15_000);
        assert_eq!(EaLevel::for_org_seats(s.pricing.org_seats), Some(EaLevel::D));
        for n in [1, 299, 300, 499, 500, 2_399, 2_400, 5_999, 6_000, 14_999, 15_000, u32::MAX] {
            let (lo, hi) = OrgSize::of(n).range();
            assert!((lo..=hi).contains(&n), "{n}");
        }
    }

    #[test]
    fn toggle_resolves_legacy_ids_and_removes() {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        s.toggle(&c, &id("CFQ7TTC0KXND")); // legacy Project Plan 1
        assert_eq!(s.selections[0].id, id("CFQ7TTC0HDB1"));
        assert_eq!(s.selections[0].policy, PolicyValue::Disabled);
        s.toggle(&c, &id("CFQ7TTC0HDB1"));
        assert!(s.selections.is_empty());
    }

    #[test]
    fn removing_a_product_forgets_it_in_the_answers() {
        use crate::domain::decision::QuestionId;
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        s.toggle(&c, &id("CFQ7TTC0H9MP"));
        s.toggle(&c, &id("CFQ7TTC0HD33"));
        s.answers.agreement = Some(crate::domain::decision::Agreement::Csp);
        s.answers.set_products(QuestionId::AgreementCovers, Some([id("CFQ7TTC0H9MP"), id("CFQ7TTC0HD33")].into()));
        s.toggle(&c, &id("CFQ7TTC0H9MP"));
        assert_eq!(s.answers.products(QuestionId::AgreementCovers), Some(&[id("CFQ7TTC0HD33")].into()));
        assert!(crate::domain::share::validate(&s, &c).is_empty());
    }

    #[test]
    fn legacy_ids_become_current_ones() {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        s.selections.push(Selection { id: id("CFQ7TTC0KXND"), seats: 5, policy: PolicyValue::Disabled });
        s.price_overrides.insert(id("CFQ7TTC0KXND"), rust_decimal_macros::dec!(9));
        s.canonicalize(&c);
        assert_eq!(s.selections[0].id, id("CFQ7TTC0HDB1"));
        assert!(s.price_overrides.contains_key(&id("CFQ7TTC0HDB1")));
        // The remove button now finds the selection instead of adding a duplicate.
        s.toggle(&c, &id("CFQ7TTC0HDB1"));
        assert!(s.selections.is_empty());
    }

    #[test]
    fn trials_only_refused_where_no_card_trial_is_unknown() {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        s.toggle(&c, &id("CFQ7TTC0H9MP"));
        assert!(!s.set_policy(&c, &id("CFQ7TTC0H9MP"), PolicyValue::OnlyTrialsWithoutPaymentMethod));
        assert_eq!(s.selections[0].policy, PolicyValue::Disabled);
        assert!(s.set_policy(&c, &id("CFQ7TTC0H9MP"), PolicyValue::Enabled));
        assert_eq!(s.choices(&c)[0].value, PolicyValue::Enabled);
    }

    #[test]
    fn plans_keep_order_and_one_stays() {
        let mut s = Scenario::default();
        let ea = Plan::new(Channel::Ea, Term::Annual);
        s.toggle_plan(ea);
        assert!(!s.shown_plans.contains(&ea));
        s.toggle_plan(ea);
        assert_eq!(s.shown_plans, default_plans());
        for p in default_plans() {
            s.toggle_plan(p);
        }
        assert_eq!(s.shown_plans.len(), 1, "the last plan cannot be hidden");
    }

    #[test]
    fn serde_round_trip() {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        s.toggle(&c, &id("CFQ7TTC0MM8R"));
        s.set_seats(&id("CFQ7TTC0MM8R"), 42);
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<Scenario>(&json).unwrap(), s);
    }
}

#[cfg(test)]
mod renewal_tests {
    use super::*;
    use crate::domain::date::Date;

    #[test]
    fn the_request_fields_change_only_through_their_specs() {
        use crate::domain::doors::{RelatedSwitch, SwitchSetting};
        let mut s = Scenario::default();
        assert!(s.set_request_url(" HTTPS://it.example/request ").is_ok());
        assert_eq!(s.doors.request.url, "https://it.example/request");
        let err = s.set_request_url("http://it.example").unwrap_err();
        assert_eq!(err.key, &crate::i18n::k::DOORS_ERR_URL_HTTPS);
        assert_eq!(s.doors.request.url, "https://it.example/request", "the previous good value stays");
        s.set_request_contact(&format!(" IT\u{202e} desk\n{} ", "x".repeat(200)));
        assert!(crate::domain::doors::RequestPath::CONTACT.accepts(&s.doors.request.contact));
        assert!(s.doors.request.contact.starts_with("IT desk"));
        s.choose_switch(RelatedSwitch::OfficeStore, Some(SwitchSetting::On));
        assert_eq!(s.doors.switches.get(&RelatedSwitch::OfficeStore), Some(&SwitchSetting::On));
        assert!(s.set_request_url("").is_ok() && s.doors.request.url.is_empty());
        assert!(crate::domain::share::validate(&s, &Catalog::embedded()).is_empty());
    }

    #[test]
    fn real_renewal_dates_replace_the_centralise_guess() {
        let mut s = Scenario::default();
        assert_eq!(s.centralise_from_renewals(Date::ymd(2026, 12, 1)), None, "no import");
        let subs = r#"[{"skuPartNumber":"POWER_BI_PRO","isTrial":false,"ownerType":"User","totalLicenses":3,"createdDateTime":"2026-03-15","nextLifecycleDateTime":"2027-03-15"},
            {"skuPartNumber":"SPE_E5","isTrial":false,"ownerType":"","totalLicenses":500,"createdDateTime":"2024-01-01","nextLifecycleDateTime":"2028-01-01"}]"#;
        s.tenant = Some(crate::domain::tenant::parse(subs).unwrap().0);
        assert_eq!(
            s.centralise_from_renewals(Date::ymd(2026, 12, 1)),
            Some(4),
            "the organisation's own E5 does not count"
        );
        assert_eq!(s.pricing.hidden.centralise_after_months, Some(4));
        let c = Catalog::embedded();
        assert!(crate::domain::share::validate(&s, &c).is_empty());
    }
}
