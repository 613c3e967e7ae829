//! Joins the cost engine to the decision engine: builds each selected product's facts (list
//! price — the user's if entered —, seats, agreement coverage and the extra cost of self-service
//! over the cheapest central plan) and asks the rules for a recommendation.
use crate::domain::catalog::{Catalog, Term};
use crate::domain::compare::compare_product;
use crate::domain::decision::{recommend, ProductFacts, Recommendation};
use crate::domain::pricing::{Channel, Plan};
use crate::domain::scenario::Scenario;

/// Self-service as users buy it by default: annual commitment.
pub const SELF_SERVICE_PLAN: Plan = Plan::new(Channel::SelfService, Term::Annual);

pub fn product_facts(catalog: &Catalog, scenario: &Scenario) -> Vec<ProductFacts> {
    scenario
        .selections
        .iter()
        .filter_map(|s| {
            let product = catalog.find(&s.id)?;
            let product = &*product.priced_as(scenario.pricing.variants.get(&product.id).map(String::as_str));
            let params = &scenario.pricing;
            let mut facts = ProductFacts::from_product(product, s.seats, params.currency, params.price_date);
            if let Some(price) = scenario.price_overrides.get(&product.id) {
                facts.annual_list_price = Some(*price);
            }
            facts.covered_by_agreement = scenario.answers.covers(&product.id);
            let cmp = compare_product(catalog, scenario, &s.id, s.seats, &Plan::ALL)?;
            let central = cmp
                .results
                .iter()
                .filter(|r| r.plan.channel != Channel::SelfService)
                .filter_map(|r| r.cost.as_ref().ok().map(|c| (r.plan.channel, c)))
                .min_by_key(|(_, c)| c.total);
            let central_cost = central.map(|(_, c)| c);
            let ssp = cmp.results.iter().find(|r| r.plan == SELF_SERVICE_PLAN).and_then(|r| r.cost.as_ref().ok());
            // The difference, and how much of it is licences (the rest is the estimated
            // overhead: expense claims, reviews, procurement, figures the user can change).
            (facts.ssp_extra_cost, facts.ssp_extra_licences) = match (ssp, central_cost) {
                (Some(ssp), Some(central)) => (Some(ssp.total - central.total), Some(ssp.licences - central.licences)),
                _ => (None, None),
            };
            facts.cheapest_central = central.map(|(channel, _)| channel);
            facts.horizon_months = params.horizon_months;
            Some(facts)
        })
        .collect()
}

pub fn advise(catalog: &Catalog, scenario: &Scenario) -> Recommendation {
    recommend(&scenario.answers, &product_facts(catalog, scenario))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::decision::{Country, TenantType, YesNo};
    use crate::domain::policy::PolicyValue;
    use crate::domain::test_support::pid as id;
    use rust_decimal_macros::dec;

    #[test]
    fn facts_carry_cost_figures_and_user_prices() {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        s.toggle(&c, &id("CFQ7TTC0H9MP"));
        s.set_seats(&id("CFQ7TTC0H9MP"), 50);
        s.toggle(&c, &id("CFQ7TTC0N8SS")); // Clipchamp: no price known
        let f = product_facts(&c, &s);
        // self-service 11,650 vs CSP annual 8,600 (defaults)
        assert_eq!(f[0].ssp_extra_cost, Some(dec!(3050)));
        assert_eq!(f[0].cheapest_central, Some(Channel::Csp), "the plan the extra cost is measured against");
        assert_eq!(f[1].cheapest_central, None, "no price, no cheapest plan");
        assert_eq!(f[1].annual_list_price, None);
        assert_eq!(f[1].ssp_extra_cost, None);
        s.set_override(&id("CFQ7TTC0N8SS"), Some(dec!(11.99)));
        assert_eq!(product_facts(&c, &s)[1].annual_list_price, Some(dec!(11.99)));
    }

    #[test]
    fn india_means_nothing_to_configure_end_to_end() {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        s.toggle(&c, &id("CFQ7TTC0H9MP"));
        s.answers.tenant_type = Some(TenantType::Commercial);
        s.answers.country = Some(Country::India);
        let rec = advise(&c, &s);
        assert!(rec.per_product.iter().all(|p| p.policy.is_none()));
        s.answers.country = Some(Country::Other);
        assert!(advise(&c, &s).per_product[0].policy.is_some());
    }

    #[test]
    fn applying_the_recommendation_sets_the_policies() {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        s.toggle(&c, &id("CFQ7TTC0HD33")); // Visio Plan 1, no-card trial
        s.answers.planned_purchase = Some(YesNo::Yes);
        let rec = advise(&c, &s);
        assert_eq!(rec.per_product[0].policy, Some(PolicyValue::Disabled));
        s.selections[0].policy = PolicyValue::Enabled;
        s.apply(&c, &rec);
        assert_eq!(s.selections[0].policy, PolicyValue::Disabled);
    }
}
