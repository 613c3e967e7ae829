//! The one reducer for the app state. Every change a user makes is an `Action`; the reducer
//! delegates to `domain::scenario`, so the rules stay testable natively.
#[cfg(feature = "full")]
use crate::domain::advice::advise;
use crate::domain::catalog::{Catalog, Product};
use crate::domain::custom::with_custom;
use crate::domain::decision::{Criterion, Opt, QuestionId, Weight};
use crate::domain::doors::{RelatedSwitch, SwitchSetting};
use crate::domain::fleet::{Fleet, LoopBackend, Tenant, TenantStateOf, TrialsRounding};
use crate::domain::ids::ProductId;
use crate::domain::policy::{OfferType, PolicyValue};
use crate::domain::pricing::{Plan, PricingParams};
use crate::domain::scenario::{Scenario, ScriptPrefs};
use crate::domain::script::Variant;
use crate::domain::shelf::Shelf;
use crate::domain::tenant::TenantState;
use crate::i18n::Lang;
use crate::ui::persist::Notice;
use crate::ui::step_nav::View;
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// How the scenario is shown: the four-part tool, the workshop slides for a projector, or the
/// printable report. All three show the same scenario; only the layout differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Advisor,
    Present,
    Report,
}

impl Mode {
    /// The query flag that opens this mode directly (`?present=1`, `?report=1`).
    pub fn flag(self) -> Option<&'static str> {
        match self {
            Mode::Advisor => None,
            Mode::Present => Some(crate::page::flag::PRESENT),
            Mode::Report => Some(crate::page::flag::REPORT),
        }
    }

    /// The mode a page address asks for, from the values of its query flags.
    pub fn requested(flag: impl Fn(&str) -> Option<String>) -> Mode {
        let on = |name: &str| crate::page::flag::is_on(flag(name).as_deref());
        if on(crate::page::flag::PRESENT) {
            Mode::Present
        } else if on(crate::page::flag::REPORT) {
            Mode::Report
        } else {
            Mode::Advisor
        }
    }
}

/// The export shown under "Many tenants" (issue 25).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ExportTab {
    #[default]
    Cipp,
    DscConfiguration,
    DscData,
    Loop,
    Collector,
}

impl ExportTab {
    pub const ALL: [ExportTab; 5] =
        [ExportTab::Cipp, ExportTab::DscConfiguration, ExportTab::DscData, ExportTab::Loop, ExportTab::Collector];

    /// For element ids and tests.
    pub fn code(self) -> &'static str {
        match self {
            ExportTab::Cipp => "cipp",
            ExportTab::DscConfiguration => "dsc-config",
            ExportTab::DscData => "dsc-data",
            ExportTab::Loop => "loop",
            ExportTab::Collector => "collector",
        }
    }
}

/// "Many tenants" (issue 25): the tenant list and tiers, every tenant's state for the matrix,
/// and the choices the exports are made with. Tenant data lives here only: never in the
/// scenario, never in a link, in files and saved sessions only when `carry` is ticked.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct FleetUi {
    pub fleet: Fleet,
    /// Every tenant's current policies, as last read for the matrix.
    pub states: Vec<TenantStateOf>,
    /// Files and saved sessions carry the tenant list and tiers.
    pub carry: bool,
    /// Where CIPP cannot say "Trials only": Block unless the user asks for Allow.
    pub rounding: TrialsRounding,
    /// The tier the exports are made for; `None` = the scenario on screen.
    pub target: Option<String>,
    pub tab: ExportTab,
    pub backend: LoopBackend,
    /// The loop script is a dry run unless run with `-DryRun:$false`.
    pub dry_run: bool,
    /// The tenant (index into `states`) whose diff-only script is shown under the matrix.
    pub open: Option<usize>,
}

/// What a user does under "Many tenants".
#[derive(Clone, Debug, PartialEq)]
pub enum FleetAction {
    /// A tenant list already read whole (a bad list never gets here).
    SetTenants(Vec<Tenant>),
    /// Save the scenario on screen as a tier of this name (checked with `Fleet::save_tier` first).
    SaveTier(String),
    RemoveTier(String),
    /// Tenant `index` of the list to a tier (`None` = unassigned).
    Assign(usize, Option<String>),
    /// Every tenant's state, already read whole; the open script closes.
    SetStates(Vec<TenantStateOf>),
    ForgetStates,
    SetCarry(bool),
    SetRounding(TrialsRounding),
    SetTarget(Option<String>),
    SetTab(ExportTab),
    SetBackend(LoopBackend),
    SetDryRun(bool),
    Open(Option<usize>),
    /// The tenant list and tiers from a file or a saved session (validated whole); they came
    /// with the file because the user ticked that, so they keep travelling with it.
    Load(Fleet),
}

impl FleetUi {
    /// Applies one action; `scenario` is the one on screen (what a new tier saves).
    pub fn apply(&mut self, action: FleetAction, scenario: &Scenario) {
        match action {
            FleetAction::SetTenants(list) => self.fleet.set_tenants(list),
            FleetAction::SaveTier(name) => {
                if self.fleet.save_tier(&name, scenario).is_ok() {
                    let saved = self.fleet.tiers.iter().find(|t| t.name.eq_ignore_ascii_case(name.trim()));
                    self.target = saved.map(|t| t.name.clone());
                }
            }
            FleetAction::RemoveTier(name) => {
                self.fleet.remove_tier(&name);
                if self.target.as_deref() == Some(name.as_str()) {
                    self.target = None;
                }
            }
            FleetAction::Assign(i, tier) => {
                let _ = self.fleet.assign(i, tier.as_deref());
            }
            FleetAction::SetStates(states) => {
                self.states = states;
                self.open = None;
            }
            FleetAction::ForgetStates => {
                self.states.clear();
                self.open = None;
            }
            FleetAction::SetCarry(on) => self.carry = on,
            FleetAction::SetRounding(r) => self.rounding = r,
            FleetAction::SetTarget(t) => self.target = t.filter(|name| self.fleet.tier(name).is_some()),
            FleetAction::SetTab(tab) => self.tab = tab,
            FleetAction::SetBackend(b) => self.backend = b,
            FleetAction::SetDryRun(on) => self.dry_run = on,
            FleetAction::Open(i) => self.open = i.filter(|i| *i < self.states.len()),
            FleetAction::Load(fleet) => {
                self.fleet = fleet;
                self.carry = true;
                self.target = None;
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    /// The shipped catalogue, or the one the user imported.
    pub base: Rc<Catalog>,
    pub imported: bool,
    /// Products the user added; travel with the catalogue, not the scenario.
    pub custom: Vec<Product>,
    /// Effective catalogue: `base` plus `custom`.
    pub catalog: Rc<Catalog>,
    /// Bumped whenever the catalogue changes, so effects can watch it cheaply.
    pub catalog_version: u32,
    pub scenario: Scenario,
    /// The other scenarios and the active one's name (issue 24); `scenario` is the active one.
    pub shelf: Shelf,
    /// The two scenarios compared, by position (clamped to the scenarios there are).
    pub pair: [usize; 2],
    pub view: View,
    pub mode: Mode,
    /// The workshop slide shown (clamped to the slides there are when drawn).
    pub slide: usize,
    /// The workshop shows the facilitator notes (hidden by default: they do not fit a projector
    /// next to the question, and the room reads along).
    pub notes: bool,
    /// Position in the decision walk (its length is the result step).
    pub walk_step: usize,
    pub script_variant: Variant,
    pub notice: Option<Notice>,
    /// A seat slider is being dragged: the scenario is saved (address bar and this browser)
    /// when it is let go, not at every step. Browsers cap address updates (Chromium ignores
    /// those beyond 200 in 10 seconds, WebKit throws beyond 100; whatwg/html#11844,
    /// 2025-10-28), so a long drag could leave the address at some earlier count, and each
    /// update cost a few milliseconds of the frame. Any other action ends it.
    pub sliding: bool,
    /// "Many tenants" (issue 25).
    pub fleet: FleetUi,
}

impl AppState {
    pub fn new(catalog: Catalog) -> Self {
        AppState::from_parts(Lang::En, catalog, false, Vec::new(), Scenario::default(), None)
    }

    pub fn from_parts(
        lang: Lang,
        base: Catalog,
        imported: bool,
        custom: Vec<Product>,
        scenario: Scenario,
        notice: Option<Notice>,
    ) -> Self {
        let catalog = Rc::new(with_custom(&base, &custom));
        AppState {
            lang,
            base: Rc::new(base),
            imported,
            custom,
            catalog,
            catalog_version: 0,
            scenario,
            shelf: Shelf::default(),
            pair: [0, 1],
            view: View::default(),
            mode: Mode::default(),
            slide: 0,
            notes: false,
            walk_step: 0,
            script_variant: Variant::MsCommerce,
            notice,
            sliding: false,
            fleet: FleetUi { dry_run: true, ..FleetUi::default() },
        }
    }

    #[cfg_attr(not(feature = "full"), allow(dead_code))]
    fn rebuild_catalog(&mut self) {
        self.catalog = Rc::new(with_custom(&self.base, &self.custom));
        self.catalog_version += 1;
        // Selections, prices and answers of products that no longer exist are dropped.
        self.scenario.prune(&self.catalog);
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    Toggle(ProductId),
    SetSeats(ProductId, u32),
    /// A seat count while its slider is dragged (`SetSeats` when it is let go).
    SlideSeats(ProductId, u32),
    SetPolicy(ProductId, PolicyValue),
    /// The customer or tenant name, typed where the report or workshop shows it.
    #[cfg(feature = "full")]
    SetCustomer(String),
    SetPricing(PricingParams),
    SetOverride(ProductId, Option<Decimal>),
    SetOnPriceSheet(ProductId, bool),
    SetOfferType(OfferType, Option<PolicyValue>),
    SetVariant(ProductId, Option<String>),
    /// How a product's seats change over time (`None`: the same every month).
    SetRamp(ProductId, Option<crate::domain::ramp::RampSpec>),
    ImportTenant(Option<TenantState>),
    /// A product only the tenant knows: add it as a custom product and select it.
    AddCustomAndSelect(Product),
    TogglePlan(Plan),
    SetView(View),
    SetMode(Mode),
    SetSlide(usize),
    SetNotes(bool),
    SetWalkStep(usize),
    Answer(QuestionId, Option<Opt>),
    AnswerProducts(QuestionId, Option<BTreeSet<ProductId>>),
    SetWeight(Criterion, Weight),
    ApplyRecommendation,
    SetScriptVariant(Variant),
    SetScriptPrefs(ScriptPrefs),
    /// A request page already parsed by `RequestPath::URL` (`""` clears it).
    SetRequestUrl(String),
    SetRequestContact(String),
    /// Take the "centralise after" month from the imported subscriptions' renewal dates.
    CentraliseFromRenewals,
    ChooseSwitch(RelatedSwitch, Option<SwitchSetting>),
    AddCustom(Product),
    RemoveCustom(ProductId),
    ImportCatalog(Catalog),
    ResetCatalog,
    /// A scenario from a link, file or saved session, already validated.
    /// A scenario opened from a link, a file or a saved session, with the custom products it
    /// brought that this catalogue lacks.
    LoadScenario(Scenario, Shelf, Vec<Product>),
    ResetScenario,
    /// A copy of the active scenario becomes a new scenario, and the active one.
    DuplicateScenario,
    SwitchScenario(usize),
    RenameScenario(usize, String),
    RemoveScenario(usize),
    /// Which two scenarios the comparison shows (positions).
    SetPair([usize; 2]),
    SetNotice(Option<Notice>),
    /// "Many tenants" (issue 25).
    Fleet(FleetAction),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.sliding = matches!(action, Action::SlideSeats(..));
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Toggle(id) => next.scenario.toggle(&next.catalog, &id),
            Action::SetSeats(id, seats) | Action::SlideSeats(id, seats) => next.scenario.set_seats(&id, seats),
            Action::SetPolicy(id, value) => {
                next.scenario.set_policy(&next.catalog, &id, value);
            }
            #[cfg(feature = "full")]
            Action::SetPricing(params) => {
                next.scenario.set_pricing(params);
                next.shelf.share_money_basis(&next.scenario);
            }
            #[cfg(feature = "full")]
            Action::SetOverride(id, price) => next.scenario.set_override(&id, price),
            Action::SetOfferType(o, v) => next.scenario.set_offer_type(o, v),
            #[cfg(feature = "full")]
            Action::SetVariant(id, key) => next.scenario.set_variant(&next.catalog, &id, key),
            // Checked again: a ramp that did not come through the editor is never kept.
            #[cfg(feature = "full")]
            Action::SetRamp(id, spec) => {
                if next.scenario.set_ramp(&id, spec).is_err() {
                    return self;
                }
            }
            // A pasted subscription list adds to the policy rows pasted before, and back.
            #[cfg(feature = "full")]
            Action::ImportTenant(t) => next.scenario.tenant = t.map(|t| t.merged_with(self.scenario.tenant.as_ref())),
            #[cfg(feature = "full")]
            Action::AddCustomAndSelect(p) => {
                let id = p.id.clone();
                next.custom.push(p);
                next.rebuild_catalog();
                if next.scenario.selection(&id).is_none() {
                    next.scenario.toggle(&next.catalog, &id);
                }
            }
            #[cfg(feature = "full")]
            Action::SetOnPriceSheet(id, on) => {
                if on && next.scenario.selection(&id).is_some() {
                    next.scenario.pricing.ea.on_price_sheet.insert(id);
                } else {
                    next.scenario.pricing.ea.on_price_sheet.remove(&id);
                }
            }
            #[cfg(feature = "full")]
            Action::TogglePlan(plan) => next.scenario.toggle_plan(plan),
            Action::SetView(view) => next.view = view,
            #[cfg(feature = "full")]
            Action::SetMode(mode) => next.mode = mode,
            #[cfg(feature = "full")]
            Action::SetSlide(n) => next.slide = n,
            #[cfg(feature = "full")]
            Action::SetNotes(on) => next.notes = on,
            #[cfg(feature = "full")]
            Action::SetWalkStep(step) => next.walk_step = step,
            #[cfg(feature = "full")]
            Action::Answer(q, answer) => match answer {
                Some(o) if o.question() == q => next.scenario.answer(o),
                Some(_) => {}
                None => next.scenario.answers.clear(q),
            },
            #[cfg(feature = "full")]
            Action::AnswerProducts(q, ids) => {
                next.scenario.answers.set_products(q, ids);
            }
            #[cfg(feature = "full")]
            Action::SetWeight(c, w) => next.scenario.answers.set_weight(c, w),
            #[cfg(feature = "full")]
            Action::SetScriptVariant(v) => next.script_variant = v,
            #[cfg(feature = "full")]
            Action::SetScriptPrefs(p) => next.scenario.script = p,
            #[cfg(feature = "full")]
            Action::SetCustomer(name) => {
                next.scenario.script.tenant_label = crate::domain::scenario::ScriptPrefs::TENANT_LABEL.clean(&name)
            }
            #[cfg(feature = "full")]
            Action::SetRequestUrl(url) => {
                // Parsed again: a value that did not come through the field is never kept.
                if next.scenario.set_request_url(&url).is_err() {
                    return self;
                }
            }
            #[cfg(feature = "full")]
            Action::SetRequestContact(c) => next.scenario.set_request_contact(&c),
            #[cfg(feature = "full")]
            Action::CentraliseFromRenewals => {
                next.scenario.centralise_from_renewals(crate::ui::browser::today());
            }
            #[cfg(feature = "full")]
            Action::ChooseSwitch(sw, v) => next.scenario.choose_switch(sw, v),
            #[cfg(feature = "full")]
            Action::AddCustom(p) => {
                next.custom.push(p);
                next.rebuild_catalog();
            }
            #[cfg(feature = "full")]
            Action::RemoveCustom(id) => {
                next.custom.retain(|p| p.id != id);
                next.rebuild_catalog();
            }
            #[cfg(feature = "full")]
            Action::ImportCatalog(c) => {
                next.base = Rc::new(c);
                next.imported = true;
                next.rebuild_catalog();
            }
            #[cfg(feature = "full")]
            Action::ResetCatalog => {
                next.base = Rc::new(Catalog::embedded());
                next.imported = false;
                next.rebuild_catalog();
            }
            #[cfg(feature = "full")]
            Action::LoadScenario(s, shelf, custom) => {
                if !custom.is_empty() {
                    next.custom.extend(custom);
                    next.rebuild_catalog();
                }
                next.scenario = s;
                next.shelf = shelf;
                next.pair = [0, 1];
                next.walk_step = 0;
                next.notice = None;
            }
            Action::ResetScenario => {
                next.scenario = crate::ui::persist::starting_scenario();
                next.shelf = Shelf::default();
                next.walk_step = 0;
            }
            #[cfg(feature = "full")]
            Action::DuplicateScenario => {
                if next.shelf.duplicate(&next.scenario) {
                    // The new one is compared with the one it was copied from.
                    next.pair = [self.shelf.position, next.shelf.position];
                }
            }
            #[cfg(feature = "full")]
            Action::SwitchScenario(i) => {
                next.shelf.switch_to(&mut next.scenario, i);
                next.walk_step = 0;
            }
            #[cfg(feature = "full")]
            Action::RenameScenario(i, name) => next.shelf.rename(i, &name),
            #[cfg(feature = "full")]
            Action::RemoveScenario(i) => {
                next.shelf.remove(&mut next.scenario, i);
                next.pair = [0, 1];
            }
            #[cfg(feature = "full")]
            Action::SetPair(pair) => next.pair = pair,
            Action::SetNotice(n) => next.notice = n,
            #[cfg(feature = "full")]
            Action::Fleet(a) => next.fleet.apply(a, &self.scenario),
            #[cfg(feature = "full")]
            Action::ApplyRecommendation => {
                let rec = advise(&next.catalog, &next.scenario);
                next.scenario.apply(&next.catalog, &rec);
            }
            // The first view dispatches only the actions above; the rest are the whole tool's.
            #[cfg(not(feature = "full"))]
            _ => return self,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dispatch(state: Rc<AppState>, action: Action) -> Rc<AppState> {
        state.reduce(action)
    }

    #[test]
    fn a_dragged_slider_defers_the_save_until_it_is_let_go_or_anything_else_happens() {
        let catalog = Catalog::embedded();
        let id = ProductId::parse("CFQ7TTC0H9MP").unwrap();
        let mut state = Rc::new(AppState::new(catalog));
        state = dispatch(state, Action::Toggle(id.clone()));
        assert!(!state.sliding);

        state = dispatch(state, Action::SlideSeats(id.clone(), 40));
        assert!(state.sliding);
        assert_eq!(state.scenario.selections[0].seats, 40);
        state = dispatch(state, Action::SlideSeats(id.clone(), 41));
        assert!(state.sliding);

        // Let go at the same count: the scenario is unchanged, but the save is due.
        let before = state.scenario.clone();
        state = dispatch(state, Action::SetSeats(id.clone(), 41));
        assert!(!state.sliding);
        assert_eq!(state.scenario, before);

        // Anything else while dragging ends it too (the save then includes the drag).
        state = dispatch(state, Action::SlideSeats(id.clone(), 42));
        state = dispatch(state, Action::SetLang(Lang::De));
        assert!(!state.sliding);
        assert_eq!(state.scenario.selections[0].seats, 42);
    }
}

#[cfg(all(test, feature = "full"))]
mod fleet_tests {
    use super::*;
    use crate::domain::fleet::parse_tenant_list;

    #[test]
    fn tiers_are_saved_assigned_chosen_and_removed_through_the_reducer() {
        let mut state = Rc::new(AppState::new(Catalog::embedded()));
        assert!(state.fleet.dry_run, "the loop script starts as a dry run");
        let list = parse_tenant_list("contoso.com,Contoso\nfabrikam.com,Fabrikam\n").unwrap();
        state = state.reduce(Action::Fleet(FleetAction::SetTenants(list)));
        state = state.reduce(Action::Fleet(FleetAction::SaveTier(" Locked ".into())));
        assert_eq!(state.fleet.target.as_deref(), Some("Locked"), "the new tier is what the exports are made for");
        state = state.reduce(Action::Fleet(FleetAction::Assign(1, Some("Locked".into()))));
        assert_eq!(state.fleet.fleet.tenants_of("Locked").len(), 1);
        // A tier that is not there is never chosen or assigned.
        state = state.reduce(Action::Fleet(FleetAction::SetTarget(Some("Gone".into()))));
        assert_eq!(state.fleet.target, None);
        state = state.reduce(Action::Fleet(FleetAction::Assign(0, Some("Gone".into()))));
        assert_eq!(state.fleet.fleet.tenants[0].tier, None);
        state = state.reduce(Action::Fleet(FleetAction::SetTarget(Some("Locked".into()))));
        state = state.reduce(Action::Fleet(FleetAction::RemoveTier("Locked".into())));
        assert_eq!((state.fleet.target.clone(), state.fleet.fleet.tenants[1].tier.clone()), (None, None));
        // The tenant data never enters the scenario (so never a link).
        assert_eq!(state.scenario, crate::domain::scenario::Scenario::default());
    }
}
