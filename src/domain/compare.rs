//! The comparison a consultant puts in front of a CFO: for each selected product, the total per
//! plan over the horizon with the cheapest marked and the break-even seat counts; across
//! products, the total per plan and what the cheapest mix saves against self-service.
//! Work is linear in products × plans (× seat points for a chart sweep).
use crate::domain::catalog::Catalog;
use crate::domain::ids::ProductId;
use crate::domain::pricing::{break_even, BreakEven, CostBreakdown, Plan, PlanPricer, Unavailable};
use crate::domain::ramp::{RampOutcome, RampPricer};
use crate::domain::scenario::Scenario;
use rust_decimal::Decimal;

/// Largest seat count searched for break-even points.
pub const BREAK_EVEN_MAX_SEATS: u32 = 100_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanResult {
    pub plan: Plan,
    pub cost: Result<CostBreakdown, Unavailable>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductComparison {
    pub id: ProductId,
    pub name: String,
    pub seats: u32,
    pub results: Vec<PlanResult>,
    /// The cheapest available plan (first of equals in plan order).
    pub cheapest: Option<Plan>,
    /// Crossings between any two shown plans, by seat count; empty until
    /// [`ProductComparison::with_break_evens`].
    pub break_evens: Vec<BreakEven>,
    pub pricers: Vec<PlanPricer>,
    /// With seats that change over time (the user's assumption): the month-by-month view, and
    /// `results` are the ramp's figures.
    pub ramp: Option<RampOutcome>,
}

impl ProductComparison {
    /// The price per user and month the plan is figured with, where it has one.
    pub fn unit(&self, plan: Plan) -> Option<Decimal> {
        self.pricers.iter().find(|p| p.plan == plan).map(|p| p.unit.amount)
    }

    pub fn total(&self, plan: Plan) -> Option<Decimal> {
        self.figure(plan).ok()
    }

    /// The plan's total, or why it has none (a plan that is not compared counts as unpriced).
    pub fn figure(&self, plan: Plan) -> Result<Decimal, Unavailable> {
        match self.results.iter().find(|r| r.plan == plan).map(|r| &r.cost) {
            Some(Ok(c)) => Ok(c.total),
            Some(Err(why)) => Err(why.clone()),
            None => Err(Unavailable::PriceUnknown),
        }
    }

    /// Why no compared plan has a figure: an unknown price if any plan says so (the one thing
    /// the user can fix by typing a price), else the first plan's reason.
    pub fn why_unpriced(&self) -> Unavailable {
        self.why_unpriced_among(|_| true)
    }

    /// [`Self::why_unpriced`] over the compared plans `keep` accepts.
    pub fn why_unpriced_among(&self, keep: impl Fn(Plan) -> bool) -> Unavailable {
        let reasons: Vec<&Unavailable> =
            self.results.iter().filter(|r| keep(r.plan)).filter_map(|r| r.cost.as_ref().err()).collect();
        reasons
            .iter()
            .find(|w| ***w == Unavailable::PriceUnknown)
            .or(reasons.first())
            .map_or(Unavailable::PriceUnknown, |w| (*w).clone())
    }

    /// The cheapest of the compared plans `keep` accepts (first of equals in plan order).
    pub fn cheapest_among(&self, keep: impl Fn(Plan) -> bool) -> Option<Plan> {
        cheapest_of(&self.results, keep)
    }
}

/// The cheapest plan with a figure among `results` that `keep` accepts, first of equals.
fn cheapest_of(results: &[PlanResult], keep: impl Fn(Plan) -> bool) -> Option<Plan> {
    results
        .iter()
        .filter(|r| keep(r.plan))
        .filter_map(|r| r.cost.as_ref().ok().map(|c| (r.plan, c.total)))
        .fold(None::<(Plan, Decimal)>, |best, (plan, t)| match best {
            Some((_, bt)) if bt <= t => best,
            _ => Some((plan, t)),
        })
        .map(|(plan, _)| plan)
}

/// A product a total leaves out, and why (issue 21: every total names its gaps; "not sold on
/// this term" is not "no price").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    pub id: ProductId,
    pub name: String,
    pub why: Unavailable,
}

/// A sum over the selected products that says what it leaves out. The only way to build one
/// is [`Total::over`] (or [`Total::of`]), which visits every product and either adds its figure or records a gap,
/// so no total can silently drop a product.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Total {
    /// `None` when no product has a figure: an unavailable channel never totals 0.
    pub sum: Option<Decimal>,
    /// Products with a figure in `sum`.
    pub counted: usize,
    /// Products left out, in selection order; `counted + gaps.len()` is every product.
    pub gaps: Vec<Gap>,
}

impl Total {
    /// Sums `figure` over `products`; a product without one is recorded as a gap.
    pub fn over(
        products: &[ProductComparison],
        figure: impl Fn(&ProductComparison) -> Result<Decimal, Unavailable>,
    ) -> Total {
        Total::of(products.iter().map(|p| (p.id.clone(), p.name.clone(), figure(p))))
    }

    /// Sums the figures of `items` (product, name, figure or why not); the others are gaps.
    pub fn of(items: impl IntoIterator<Item = (ProductId, String, Result<Decimal, Unavailable>)>) -> Total {
        let mut t = Total { sum: None, counted: 0, gaps: Vec::new() };
        for (id, name, figure) in items {
            match figure {
                Ok(x) => {
                    *t.sum.get_or_insert(Decimal::ZERO) += x;
                    t.counted += 1;
                }
                Err(why) => t.gaps.push(Gap { id, name, why }),
            }
        }
        t
    }

    pub fn is_complete(&self) -> bool {
        self.gaps.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanTotal {
    pub plan: Plan,
    /// Over the products this plan has a figure for (price unknown, EA unavailable and a term
    /// not offered are named as gaps).
    pub total: Total,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub products: Vec<ProductComparison>,
    pub totals: Vec<PlanTotal>,
    /// Sum of every product's cheapest plan; a product without any figure is a gap.
    pub cheapest_mix: Total,
    /// Self-service (the baseline) minus the cheapest plan, over the products that have both
    /// figures; the others are gaps.
    pub saving_vs_baseline: Total,
    pub baseline: Plan,
}

pub fn compare_product(
    catalog: &Catalog,
    scenario: &Scenario,
    id: &ProductId,
    seats: u32,
    plans: &[Plan],
) -> Option<ProductComparison> {
    let product = catalog.find(id)?;
    let product = &*product.priced_as(scenario.pricing.variants.get(&product.id).map(String::as_str));
    let over = scenario.price_overrides.get(&product.id).copied();
    let params = &scenario.pricing;
    let ramp = scenario.ramp(&product.id);
    let mut results = Vec::with_capacity(plans.len());
    let mut pricers = Vec::with_capacity(plans.len());
    let mut ramped = Vec::new();
    for &plan in plans {
        match PlanPricer::new(product, over, plan, params) {
            Ok(pricer) => {
                let cost = match &ramp {
                    Some(r) => {
                        let rp = RampPricer::of(&pricer, params);
                        let b = rp.breakdown(r);
                        ramped.push((rp, b.total));
                        b
                    }
                    None => pricer.cost(seats),
                };
                results.push(PlanResult { plan, cost: Ok(cost) });
                pricers.push(pricer);
            }
            Err(why) => results.push(PlanResult { plan, cost: Err(why) }),
        }
    }
    let baseline = plans.first().copied().unwrap_or(Plan::ALL[0]);
    let ramp = ramp.map(|r| RampOutcome::of(&r, &ramped, baseline));
    let cheapest = cheapest_of(&results, |_| true);
    Some(ProductComparison {
        id: product.id.clone(),
        name: product.name.clone(),
        seats,
        results,
        cheapest,
        break_evens: Vec::new(),
        pricers,
        ramp,
    })
}

impl ProductComparison {
    /// Fills `break_evens`: every crossing between two of the compared plans, by seat count.
    /// Kept apart from [`compare_product`] because only the comparison view shows them.
    pub fn with_break_evens(mut self) -> Self {
        let mut found = Vec::new();
        for (i, a) in self.pricers.iter().enumerate() {
            for b in &self.pricers[i + 1..] {
                if let Some(be) = break_even(a, b, BREAK_EVEN_MAX_SEATS) {
                    found.push(be);
                }
            }
        }
        found.sort_by_key(|b| b.seats);
        self.break_evens = found;
        self
    }
}

pub fn compare(catalog: &Catalog, scenario: &Scenario, plans: &[Plan], baseline: Plan) -> Comparison {
    let products: Vec<ProductComparison> =
        scenario.selections.iter().filter_map(|s| compare_product(catalog, scenario, &s.id, s.seats, plans)).collect();
    let totals =
        plans.iter().map(|&plan| PlanTotal { plan, total: Total::over(&products, |p| p.figure(plan)) }).collect();
    let cheapest_mix = Total::over(&products, |p| p.figure(p.cheapest.ok_or_else(|| p.why_unpriced())?));
    let saving_vs_baseline = Total::over(&products, |p| {
        let base = p.figure(baseline)?;
        Ok(base - p.figure(p.cheapest.ok_or_else(|| p.why_unpriced())?)?)
    });
    Comparison { products, totals, cheapest_mix, saving_vs_baseline, baseline }
}

/// Total cost of each pricer at each seat count: `result[plan][point]`. Used for the chart and
/// the benchmark; linear in plans × points.
pub fn sweep(pricers: &[PlanPricer], seat_points: &[u32]) -> Vec<Vec<Decimal>> {
    pricers.iter().map(|p| seat_points.iter().map(|&n| p.cost(n).total).collect()).collect()
}

/// Every priced plan of every catalogue product: the input of a full sweep (benchmarks).
pub fn catalogue_pricers(catalog: &Catalog, params: &crate::domain::pricing::PricingParams) -> Vec<PlanPricer> {
    catalog
        .products
        .iter()
        .flat_map(|p| Plan::ALL.iter().filter_map(|&plan| PlanPricer::new(p, None, plan, params).ok()))
        .collect()
}

/// Seat counts for a chart's x axis: `count` evenly spread points from 1 to `max`, always
/// including each break-even and the current seat count so the drawn lines cross exactly there.
pub fn chart_points(max: u32, count: u32, must_include: &[u32]) -> Vec<u32> {
    let max = max.max(2);
    let count = count.clamp(2, max);
    let mut pts: Vec<u32> = (0..count).map(|i| 1 + ((max - 1) as u64 * i as u64 / (count - 1) as u64) as u32).collect();
    for &n in must_include {
        if (1..=max).contains(&n) {
            pts.push(n);
            if n > 1 {
                pts.push(n - 1);
            }
        }
    }
    pts.sort_unstable();
    pts.dedup();
    pts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::Term;
    use crate::domain::pricing::Channel;
    use crate::domain::test_support::pid as id;

    fn scenario_with(items: &[(&str, u32)]) -> (Catalog, Scenario) {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        for (pid, seats) in items {
            s.toggle(&c, &id(pid));
            s.set_seats(&id(pid), *seats);
        }
        (c, s)
    }

    /// Microsoft 365 Copilot Business shares Copilot's ProductId: the user says which one a
    /// self-service buyer sees, and it is priced as that (review 2026-11, reseller list).
    #[test]
    fn copilot_business_is_priced_as_itself_when_chosen() {
        let (c, mut s) = scenario_with(&[("CFQ7TTC0MM8R", 10)]);
        let ssp_a = Plan::new(Channel::SelfService, Term::Annual);
        let ssp_m = Plan::new(Channel::SelfService, Term::Monthly);
        let cmp = |s: &Scenario| compare_product(&c, s, &id("CFQ7TTC0MM8R"), 10, &[ssp_a, ssp_m]).unwrap();
        let hidden = |s: &mut Scenario| {
            s.pricing.hidden = crate::domain::pricing::HiddenCosts {
                expense_claim: Decimal::ZERO,
                admin_review: Decimal::ZERO,
                procurement_per_order: Decimal::ZERO,
                ..s.pricing.hidden.clone()
            }
        };
        hidden(&mut s);
        let licences = |s: &Scenario, plan| {
            cmp(s).results.iter().find(|r| r.plan == plan).unwrap().cost.clone().map(|c| c.licences)
        };
        assert_eq!(licences(&s, ssp_a), Ok(Decimal::from(3600)), "30 x 10 x 12");
        assert!(licences(&s, ssp_m).is_err(), "Copilot: annual term only");
        s.set_variant(&c, &id("CFQ7TTC0MM8R"), Some("business".into()));
        assert_eq!(licences(&s, ssp_a), Ok(Decimal::from(2520)), "21 x 10 x 12");
        assert_eq!(licences(&s, ssp_m), Ok(Decimal::from(3024)), "25.20 x 10 x 12: Business has a monthly term");
        // An unknown offer is not stored.
        s.set_variant(&c, &id("CFQ7TTC0MM8R"), Some("enterprise-plus".into()));
        assert!(s.pricing.variants.is_empty());
    }

    #[test]
    fn cheapest_and_saving() {
        let (c, s) = scenario_with(&[("CFQ7TTC0H9MP", 50), ("CFQ7TTC0MM8R", 2)]);
        let ssp = Plan::new(Channel::SelfService, Term::Annual);
        let cmp = compare(&c, &s, &Plan::ALL, ssp);
        let pbi = &cmp.products[0];
        // 50 seats: CSP annual 8,600 beats self-service 11,650 (hidden costs included)
        assert_eq!(pbi.cheapest, Some(Plan::new(Channel::Csp, Term::Annual)));
        // 2 Copilot seats: self-service 720 + 50 + 80 = 850 beats CSP 720 + 200 = 920
        assert_eq!(cmp.products[1].cheapest, Some(ssp));
        assert_eq!(cmp.saving_vs_baseline.sum, Some(Decimal::from(11650 - 8600)));
        assert!(cmp.saving_vs_baseline.is_complete() && cmp.cheapest_mix.is_complete());
        // EA is unavailable for a 300-seat organisation: named as a gap, not added as zero
        let ea = cmp.totals.iter().find(|t| t.plan.channel == Channel::Ea).unwrap();
        assert_eq!(ea.total.gaps.len(), 2);
        assert!(ea.total.gaps.iter().all(|g| matches!(g.why, Unavailable::EaBelowMinimum { .. })));
        assert_eq!(ea.total.sum, None, "no figure, never $0.00");
        // Copilot has no monthly term: a gap of its own kind, not "no price".
        let monthly = cmp.totals.iter().find(|t| t.plan == Plan::new(Channel::SelfService, Term::Monthly)).unwrap();
        assert_eq!(monthly.total.counted, 1);
        assert_eq!(monthly.total.gaps[0].why, Unavailable::TermNotOffered);
        assert_eq!(monthly.total.gaps[0].name, "Microsoft 365 Copilot");
        // Nothing priced at all: no cheapest mix either, and the product is named.
        let (c2, s2) = scenario_with(&[("CFQ7TTC0H6RP", 10)]); // Power BI Premium: price unknown
        let none = compare(&c2, &s2, &Plan::ALL, Plan::ALL[0]);
        assert_eq!(none.cheapest_mix.sum, None);
        assert_eq!(none.cheapest_mix.gaps[0].why, Unavailable::PriceUnknown);
        assert!(none.totals.iter().all(|t| t.total.sum.is_none()));
    }

    /// Issue 22's case through the comparison the Costs part shows: Power BI Pro, 60 seats,
    /// annual, in euros from Microsoft's EUR list price.
    #[test]
    fn euro_licences_of_the_issue() {
        let (c, mut s) = scenario_with(&[("CFQ7TTC0H9MP", 60)]);
        s.pricing.currency = crate::domain::money::Currency::EUR;
        let ssp_a = Plan::new(Channel::SelfService, Term::Annual);
        let cmp = compare(&c, &s, &Plan::ALL, ssp_a);
        let licences = cmp.products[0].results.iter().find(|r| r.plan == ssp_a).unwrap().cost.clone().unwrap().licences;
        // 60 x 12.10 x 12 = 8,712.00
        assert_eq!(licences, Decimal::new(871200, 2));
    }

    /// A tenant-licensed product is named in every total with that reason, not as "no price",
    /// and its rows do not ask for a price.
    #[test]
    fn a_tenant_licensed_product_is_a_gap_of_its_own_kind() {
        use crate::i18n::Lang;
        let (c, s) = scenario_with(&[("CFQ7TTC0H9MP", 5), ("CFQ7TTC0LH3N", 5)]);
        let cmp = compare(&c, &s, &Plan::ALL, Plan::ALL[0]);
        let d365 = &cmp.products[1];
        assert!(d365.results.iter().all(|r| r.cost == Err(Unavailable::TenantLicensed)));
        assert_eq!(d365.why_unpriced(), Unavailable::TenantLicensed);
        assert_eq!(cmp.cheapest_mix.counted, 1);
        assert_eq!(cmp.cheapest_mix.gaps[0].why, Unavailable::TenantLicensed);
        let text = crate::domain::report::gaps_text(Lang::En, &cmp.cheapest_mix).unwrap();
        assert!(text.contains("licensed per tenant, not per user"), "{text}");
        for lang in Lang::ALL {
            let text = crate::domain::report::gaps_text(lang, &cmp.cheapest_mix).unwrap();
            assert!(text.contains("Customer Insights – Journeys"), "{lang:?}: {text}");
        }
    }

    #[test]
    fn chart_points_include_the_crossings() {
        let pts = chart_points(100, 11, &[4, 37]);
        assert!(pts.contains(&1) && pts.contains(&100) && pts.contains(&4) && pts.contains(&3) && pts.contains(&37));
        assert!(pts.windows(2).all(|w| w[0] < w[1]));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::domain::catalog::Catalog;
    use crate::domain::pricing::plan_cost;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100))]

        /// Per-product totals add up to the summary to the cent, for every plan.
        #[test]
        fn per_product_totals_add_up_to_the_summary(picks in proptest::collection::vec((0usize..24, 1u32..100_000), 1..12),
                                                     horizon in 1u32..=36, org in 1u32..50_000) {
            let c = Catalog::embedded();
            let mut s = Scenario::default();
            s.pricing.horizon_months = horizon;
            s.pricing.org_seats = org;
            for (ix, seats) in picks {
                let pid = c.products[ix].id.clone();
                if s.selection(&pid).is_none() {
                    s.toggle(&c, &pid);
                }
                s.set_seats(&pid, seats);
            }
            let cmp = compare(&c, &s, &Plan::ALL, Plan::ALL[0]);
            for t in &cmp.totals {
                // Expected sum computed independently: each selection priced on its own.
                let sum: Decimal = s
                    .selections
                    .iter()
                    .filter_map(|sel| plan_cost(c.find(&sel.id).unwrap(), None, t.plan, sel.seats, &s.pricing).ok())
                    .map(|b| b.total)
                    .sum();
                let (plan, t) = (t.plan, &t.total);
                let priced = t.gaps.len() < s.selections.len();
                prop_assert_eq!(priced.then_some(sum), t.sum);
                prop_assert_eq!(t.sum.map(|x| x.round_dp(2)), t.sum);
                prop_assert_eq!(cmp.products.iter().filter(|p| p.total(plan).is_none()).count(), t.gaps.len());
            }
            // No total is formed without naming what it leaves out: every product is either
            // counted or a named gap, in every total the comparison forms.
            let all = [&cmp.cheapest_mix, &cmp.saving_vs_baseline].into_iter().chain(cmp.totals.iter().map(|t| &t.total));
            for t in all {
                prop_assert_eq!(t.counted + t.gaps.len(), cmp.products.len());
                prop_assert_eq!(t.sum.is_some(), t.counted > 0);
                for g in &t.gaps {
                    prop_assert!(cmp.products.iter().any(|p| p.id == g.id && p.name == g.name));
                }
            }
        }
    }
}

/// Issue 24: a product with seats that change over time is compared on the ramp's figures.
#[cfg(test)]
mod ramp_tests {
    use super::*;
    use crate::domain::catalog::Term;
    use crate::domain::pricing::Channel;
    use crate::domain::ramp::{MonthBreakEven, RampSpec, Step};
    use rust_decimal_macros::dec;

    fn pbi() -> ProductId {
        ProductId::parse("CFQ7TTC0H9MP").unwrap()
    }

    /// Power BI Pro, 10 seats held flat as a ramp, 12 months, default hidden costs, with
    /// self-service monthly as the baseline.
    #[test]
    fn the_break_even_month_of_a_flat_ramp_by_hand() {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        s.toggle(&c, &pbi());
        s.set_ramp(&pbi(), Some(RampSpec::Steps(vec![Step { month: 0, seats: 10 }]))).unwrap();
        let ssp_m = Plan::new(Channel::SelfService, Term::Monthly);
        let csp_a = Plan::new(Channel::Csp, Term::Annual);
        let plans = [ssp_m, Plan::new(Channel::SelfService, Term::Annual), csp_a];
        let cmp = compare(&c, &s, &plans, ssp_m);
        let pc = &cmp.products[0];
        let r = pc.ramp.as_ref().unwrap();
        assert_eq!(r.seats, vec![10; 12]);
        // Self-service monthly: month 0 16.80 x 10 = 168 + claims 250 + reviews 400 = 818, then
        // 168 + 250 = 418 a month: 818 + 418 m by the end of month m; 818 + 11 x 418 = 5,416.
        let ssp: Vec<Decimal> = (0..12).map(|m| dec!(818) + dec!(418) * Decimal::from(m)).collect();
        assert_eq!(r.cumulative[0], (ssp_m, ssp));
        // CSP annual: 14 x 10 x 12 = 1,680 + procurement 200 = 1,880 in month 0, then nothing.
        assert_eq!(r.cumulative[2], (csp_a, vec![dec!(1880); 12]));
        // 818 + 418 x 2 = 1,654 < 1,880 < 818 + 418 x 3 = 2,072: CSP annual is cheaper from
        // month 3 on, for good.
        assert_eq!(r.break_even, Some(MonthBreakEven { central: csp_a, self_service: ssp_m, month: Some(3) }));
        assert_eq!(pc.cheapest, Some(csp_a));
        // The flat ramp's totals are today's, and so is everything derived from them.
        s.ramps.clear();
        let flat = compare(&c, &s, &plans, ssp_m);
        assert_eq!(flat.products[0].results, pc.results);
        assert_eq!(flat.totals, cmp.totals);
        assert_eq!(flat.products[0].ramp, None);
    }

    /// A ramp that grows: the totals follow it, not the selection's seat count.
    #[test]
    fn growth_changes_the_totals_and_moves_the_break_even() {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        s.toggle(&c, &pbi());
        s.set_seats(&pbi(), 5);
        s.set_ramp(&pbi(), Some(RampSpec::Linear { start: 5, end: 65, end_month: 6 })).unwrap();
        let ssp_a = Plan::new(Channel::SelfService, Term::Annual);
        let csp_a = Plan::new(Channel::Csp, Term::Annual);
        let cmp = compare(&c, &s, &[ssp_a, csp_a], ssp_a);
        let pc = &cmp.products[0];
        let r = pc.ramp.as_ref().unwrap();
        // 5 + 60 m / 6 = 5, 15, 25, ..., 65 from month 6
        assert_eq!(&r.seats[..8], &[5, 15, 25, 35, 45, 55, 65, 65]);
        // Self-service annual: every new seat a purchase of its own: 14 x 12 = 168 + claim 25 +
        // review 40 = 233 per seat, 65 seats = 15,145. CSP annual: 14 x 12 = 168 per seat, 65
        // seats 10,920 + 200 procurement = 11,120.
        assert_eq!(pc.total(ssp_a), Some(dec!(15145)));
        assert_eq!(pc.total(csp_a), Some(dec!(11120)));
        // Month 0: 5 x 233 = 1,165 against 5 x 168 + 200 = 1,040: cheaper from the start.
        assert_eq!(r.break_even.unwrap().month, Some(0));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod ramp_properties {
    use super::*;
    use crate::domain::ramp::{RampSpec, Step};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(60))]

        /// A flat ramp at the selection's seats gives every product exactly today's comparison.
        #[test]
        fn a_flat_ramp_compares_as_today(ix in 0usize..64, seats in 1u32..=100_000, horizon in 1u32..=36, org in 1u32..50_000) {
            let c = Catalog::embedded();
            let pid = c.products[ix % c.products.len()].id.clone();
            let mut s = Scenario::default();
            s.pricing.horizon_months = horizon;
            s.pricing.org_seats = org;
            s.toggle(&c, &pid);
            s.set_seats(&pid, seats);
            let today = compare(&c, &s, &Plan::ALL, Plan::ALL[0]);
            s.set_ramp(&pid, Some(RampSpec::Steps(vec![Step { month: 0, seats }]))).unwrap();
            let ramped = compare(&c, &s, &Plan::ALL, Plan::ALL[0]);
            for (a, b) in today.products[0].results.iter().zip(&ramped.products[0].results) {
                prop_assert_eq!(a.plan, b.plan);
                match (&a.cost, &b.cost) {
                    (Ok(x), Ok(y)) => {
                        prop_assert_eq!(x.total, y.total);
                        prop_assert_eq!((x.licences, x.central_after, x.procurement, x.expense_claims, x.admin_reviews),
                                        (y.licences, y.central_after, y.procurement, y.expense_claims, y.admin_reviews));
                    }
                    (x, y) => prop_assert_eq!(x, y),
                }
            }
            prop_assert_eq!(&today.totals, &ramped.totals);
            prop_assert_eq!(today.products[0].cheapest, ramped.products[0].cheapest);
        }
    }
}
