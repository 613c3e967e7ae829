//! The one reducer for the app state. Every change a user makes is an `Action`; the reducer
//! delegates to `domain::scenario`, so the rules stay testable natively.
use crate::domain::advice::advise;
use crate::domain::catalog::Catalog;
use crate::domain::decision::{Criterion, QuestionId, Weight};
use crate::domain::ids::ProductId;
use crate::domain::policy::PolicyValue;
use crate::domain::pricing::{Plan, PricingParams};
use crate::domain::scenario::Scenario;
use crate::i18n::Lang;
use crate::ui::step_nav::View;
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub catalog: Rc<Catalog>,
    pub scenario: Scenario,
    pub view: View,
    /// Position in the decision walk (its length is the result step).
    pub walk_step: usize,
}

impl AppState {
    pub fn new(catalog: Catalog) -> Self {
        AppState {
            lang: Lang::En,
            catalog: Rc::new(catalog),
            scenario: Scenario::default(),
            view: View::default(),
            walk_step: 0,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    Toggle(ProductId),
    SetSeats(ProductId, u32),
    SetPolicy(ProductId, PolicyValue),
    SetPricing(PricingParams),
    SetOverride(ProductId, Option<Decimal>),
    TogglePlan(Plan),
    SetView(View),
    SetWalkStep(usize),
    Answer(QuestionId, Option<String>),
    AnswerProducts(QuestionId, Option<BTreeSet<ProductId>>),
    SetWeight(Criterion, Weight),
    ApplyRecommendation,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Toggle(id) => next.scenario.toggle(&next.catalog, &id),
            Action::SetSeats(id, seats) => next.scenario.set_seats(&id, seats),
            Action::SetPolicy(id, value) => {
                next.scenario.set_policy(&next.catalog, &id, value);
            }
            Action::SetPricing(params) => next.scenario.pricing = params,
            Action::SetOverride(id, price) => next.scenario.set_override(&id, price),
            Action::TogglePlan(plan) => next.scenario.toggle_plan(plan),
            Action::SetView(view) => next.view = view,
            Action::SetWalkStep(step) => next.walk_step = step,
            Action::Answer(q, code) => {
                next.scenario.answers.set_code(q, code.as_deref());
            }
            Action::AnswerProducts(q, ids) => {
                next.scenario.answers.set_products(q, ids);
            }
            Action::SetWeight(c, w) => next.scenario.answers.set_weight(c, w),
            Action::ApplyRecommendation => {
                let rec = advise(&next.catalog, &next.scenario);
                next.scenario.apply(&next.catalog, &rec);
            }
        }
        Rc::new(next)
    }
}
