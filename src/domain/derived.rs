//! Everything the views show that follows from the scenario: each product's facts, the
//! recommendation and the cost comparison of the shown plans. Computed once
//! per change of scenario or catalogue (the app memoises it) and handed to every view, so no
//! two views can disagree and no view recomputes what another already did.
use crate::domain::advice::product_facts;
use crate::domain::catalog::Catalog;
use crate::domain::compare::{compare, Comparison};
use crate::domain::decision::{consequences, recommend, walk, ProductFacts, Recommendation};
use crate::domain::ids::ProductId;
use crate::domain::pricing::Plan;
use crate::domain::scenario::Scenario;

#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    pub facts: Vec<ProductFacts>,
    pub recommendation: Recommendation,
    /// The recommendation's follow-ups and related switches worked out for the policies the
    /// user chose (what the script sets). Everything that says what users will see reads
    /// this; it equals `recommendation` when nothing differs.
    pub applied: Recommendation,
    /// The shown plans against the first of them (break-evens are added by the costs view,
    /// which alone shows them: they search the seat range and cost more than all the rest).
    pub comparison: Comparison,
    /// Questions of the walk answered so far. Until one is, there is no recommendation: the
    /// engine would only repeat product facts, and a verdict shown before any answer reads as
    /// advice that nobody gave.
    pub answered: usize,
    /// Selected products whose chosen policy differs from the recommended one (empty without a
    /// recommendation), in selection order.
    pub differing: Vec<ProductId>,
}

impl Derived {
    pub fn of(catalog: &Catalog, scenario: &Scenario) -> Derived {
        let facts = product_facts(catalog, scenario);
        let recommendation = recommend(&scenario.answers, &facts);
        let plans = &scenario.shown_plans;
        let baseline = plans.first().copied().unwrap_or(Plan::ALL[0]);
        let comparison = compare(catalog, scenario, plans, baseline);
        let answered = walk(&scenario.answers, &facts).iter().filter(|q| scenario.answers.is_answered(q.id)).count();
        let differing = if answered == 0 {
            Vec::new()
        } else {
            scenario
                .selections
                .iter()
                .filter(|s| recommendation.product(&s.id).and_then(|r| r.policy).is_some_and(|p| p != s.policy))
                .map(|s| s.id.clone())
                .collect()
        };
        let applied =
            consequences(&scenario.answers, &facts, &recommendation, |id| scenario.selection(id).map(|s| s.policy));
        Derived { facts, recommendation, applied, comparison, answered, differing }
    }

    /// Whether there is a recommendation to show (something to base it on).
    pub fn recommends(&self) -> bool {
        self.answered > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::decision::{Agreement, ShadowIt};
    use crate::domain::policy::PolicyValue;

    #[test]
    fn no_recommendation_until_a_question_is_answered_and_differences_are_listed() {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        for id in ["CFQ7TTC0H9MP", "CFQ7TTC0HD33"] {
            s.toggle(&c, &ProductId::parse(id).unwrap());
        }
        let d = Derived::of(&c, &s);
        assert!(!d.recommends());
        assert_eq!(d.differing, vec![]);
        s.answers.agreement = Some(Agreement::NoAgreement);
        s.answers.shadow_it = Some(ShadowIt::Encourages);
        let d = Derived::of(&c, &s);
        assert!(d.recommends());
        assert_eq!(d.answered, 2);
        let expected: Vec<ProductId> = s
            .selections
            .iter()
            .filter(|sel| d.recommendation.product(&sel.id).and_then(|r| r.policy) != Some(sel.policy))
            .map(|sel| sel.id.clone())
            .collect();
        assert_eq!(d.differing, expected);
        // Applying the recommendation leaves nothing that differs.
        s.apply(&c, &d.recommendation);
        assert_eq!(Derived::of(&c, &s).differing, vec![]);
        assert!(s.selections.iter().any(|sel| sel.policy != PolicyValue::Disabled), "the walk leaned to allowing");
    }
}
