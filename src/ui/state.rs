//! The one reducer for the app state. Every change a user makes is an `Action`; the reducer
//! delegates to `domain::scenario`, so the rules stay testable natively.
use crate::domain::catalog::Catalog;
use crate::domain::ids::ProductId;
use crate::domain::policy::PolicyValue;
use crate::domain::pricing::{Plan, PricingParams};
use crate::domain::scenario::Scenario;
use crate::i18n::Lang;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub catalog: Rc<Catalog>,
    pub scenario: Scenario,
}

impl AppState {
    pub fn new(catalog: Catalog) -> Self {
        AppState { lang: Lang::En, catalog: Rc::new(catalog), scenario: Scenario::default() }
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
        }
        Rc::new(next)
    }
}
