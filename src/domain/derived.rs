//! Everything the views show that follows from the scenario: each product's facts, the
//! recommendation and the cost comparison of the shown plans. Computed once
//! per change of scenario or catalogue (the app memoises it) and handed to every view, so no
//! two views can disagree and no view recomputes what another already did.
use crate::domain::advice::product_facts;
use crate::domain::catalog::Catalog;
use crate::domain::compare::{compare, Comparison};
use crate::domain::decision::{recommend, ProductFacts, Recommendation};
use crate::domain::pricing::Plan;
use crate::domain::scenario::Scenario;

#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    pub facts: Vec<ProductFacts>,
    pub recommendation: Recommendation,
    /// The shown plans against the first of them (break-evens are added by the costs view,
    /// which alone shows them: they search the seat range and cost more than all the rest).
    pub comparison: Comparison,
}

impl Derived {
    pub fn of(catalog: &Catalog, scenario: &Scenario) -> Derived {
        let facts = product_facts(catalog, scenario);
        let recommendation = recommend(&scenario.answers, &facts);
        let plans = &scenario.shown_plans;
        let baseline = plans.first().copied().unwrap_or(Plan::ALL[0]);
        let comparison = compare(catalog, scenario, plans, baseline);
        Derived { facts, recommendation, comparison }
    }
}
