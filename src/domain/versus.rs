//! Two scenarios side by side (issue 24): "Today" against "Proposed". Per product: the policy in
//! each and what the change means for the people who buy, the seats, how the licences are
//! bought under that policy and what that costs per year and over the horizon, and the
//! difference; across products, the totals and their difference, each naming what it leaves out.
//!
//! How a scenario buys a product follows from its policy, not from a separate choice: where
//! people may buy by card (Allow), the licences are bought by card on the scenario's
//! self-service plan; where they may not (Trials only, Block), the organisation buys them
//! centrally on the cheapest central plan the scenario compares. That is the question the
//! comparison answers: what the policy change costs or saves.
use crate::domain::catalog::Catalog;
use crate::domain::compare::{compare, ProductComparison, Total};
use crate::domain::ids::ProductId;
use crate::domain::money::{format_money, Currency};
use crate::domain::policy::PolicyValue;
use crate::domain::pricing::{Channel, Plan, Unavailable};
use crate::domain::scenario::Scenario;
use crate::domain::wording::{gaps_text, total_text};
use crate::i18n::{k, Lang};
use rust_decimal::Decimal;

/// One scenario's side of a product row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Side {
    pub seats: u32,
    pub policy: PolicyValue,
    /// How the licences are bought under that policy (see the module header).
    pub plan: Option<Plan>,
    /// Over the scenario's horizon.
    pub cost: Result<Decimal, Unavailable>,
    /// The horizon's cost as an average per year.
    pub per_year: Result<Decimal, Unavailable>,
}

/// What a change of policy means for the people who buy, one fact each, in the order they are
/// told. Written once here; the screens, the report and the slides word them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// They can no longer buy it by card.
    CardBuyingEnds,
    /// They can buy it by card.
    CardBuyingStarts,
    /// They keep (or gain) trials that need no card.
    NoCardTrialsStay,
    /// They can no longer start trials without a card either.
    NoCardTrialsEnd,
    /// They can ask for it through the request path the scenario names.
    CanRequest,
    /// What people already bought runs on: a policy applies to new purchases and trials only
    /// (MS Learn, allowselfservicepurchase-powershell; domain.md "only future purchases").
    PurchasesMadeStay,
    /// The organisation now buys the licences that people bought by card.
    BoughtCentrally,
}

/// A product in the comparison; a side is `None` where that scenario does not have it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: ProductId,
    pub name: String,
    pub a: Option<Side>,
    pub b: Option<Side>,
    pub effects: Vec<Effect>,
    /// Policy, seats and channel unchanged: the row is folded away.
    pub same: bool,
    /// `b` minus `a` per year, where both have a figure.
    pub difference_per_year: Option<Decimal>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Versus {
    /// In `a`'s product order, then the products only `b` has.
    pub rows: Vec<Row>,
    pub total_a: Total,
    pub total_b: Total,
    pub per_year_a: Total,
    pub per_year_b: Total,
    /// `b` minus `a` per year over the products both price ("what the proposal costs more").
    pub difference_per_year: Total,
    pub horizon_a: u32,
    pub horizon_b: u32,
}

impl Versus {
    pub fn changed(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| !r.same)
    }
}

/// The plan a policy buys on (module header): the first self-service plan compared when people
/// may buy by card, else the cheapest central plan with a figure.
fn plan_for(p: &ProductComparison, policy: PolicyValue) -> Result<Plan, Unavailable> {
    let central = |plan: Plan| plan.channel != Channel::SelfService;
    if policy == PolicyValue::Enabled {
        return p.results.iter().map(|r| r.plan).find(|plan| !central(*plan)).ok_or(Unavailable::NoPlanCompared);
    }
    if !p.results.iter().any(|r| central(r.plan)) {
        return Err(Unavailable::NoPlanCompared);
    }
    p.cheapest_among(central).ok_or_else(|| p.why_unpriced_among(central))
}

fn per_year(total: Decimal, months: u32) -> Decimal {
    (total * Decimal::from(12) / Decimal::from(months.max(1))).round_dp(2)
}

fn side(s: &Scenario, p: &ProductComparison) -> Side {
    let policy = s.selection(&p.id).map_or(PolicyValue::Enabled, |sel| sel.policy);
    let plan = plan_for(p, policy);
    let cost = plan.clone().and_then(|plan| p.figure(plan));
    let months = s.pricing.horizon_months;
    Side { seats: p.seats, policy, plan: plan.ok(), per_year: cost.clone().map(|x| per_year(x, months)), cost }
}

/// What moving from `from` to `to` means for the people who buy (`b_requests`: scenario `b`
/// names a request path).
pub fn effects(from: PolicyValue, to: PolicyValue, b_requests: bool) -> Vec<Effect> {
    use PolicyValue::*;
    let mut out = Vec::new();
    if from == to {
        return out;
    }
    match (from, to) {
        (Enabled, _) => {
            out.push(Effect::CardBuyingEnds);
            if to == OnlyTrialsWithoutPaymentMethod {
                out.push(Effect::NoCardTrialsStay);
            }
            if b_requests {
                out.push(Effect::CanRequest);
            }
            out.push(Effect::PurchasesMadeStay);
            out.push(Effect::BoughtCentrally);
        }
        (_, Enabled) => out.push(Effect::CardBuyingStarts),
        (Disabled, OnlyTrialsWithoutPaymentMethod) => out.push(Effect::NoCardTrialsStay),
        (OnlyTrialsWithoutPaymentMethod, Disabled) => {
            out.push(Effect::NoCardTrialsEnd);
            if b_requests {
                out.push(Effect::CanRequest);
            }
            out.push(Effect::PurchasesMadeStay);
        }
        _ => {}
    }
    out
}

/// Compares scenario `a` ("Today") with scenario `b` ("Proposed"), each priced with its own
/// assumptions and plans.
pub fn versus(catalog: &Catalog, a: &Scenario, b: &Scenario) -> Versus {
    let baseline = |s: &Scenario| s.shown_plans.first().copied().unwrap_or(Plan::ALL[0]);
    let ca = compare(catalog, a, &a.shown_plans, baseline(a));
    let cb = compare(catalog, b, &b.shown_plans, baseline(b));
    let b_requests = !b.doors.request.is_empty();
    let mut rows: Vec<Row> = Vec::new();
    let find = |c: &[ProductComparison], id: &ProductId| c.iter().position(|p| &p.id == id);
    for pa in &ca.products {
        let sa = side(a, pa);
        let sb = find(&cb.products, &pa.id).map(|i| side(b, &cb.products[i]));
        rows.push(row(pa, Some(sa), sb, b_requests));
    }
    for pb in cb.products.iter().filter(|p| find(&ca.products, &p.id).is_none()) {
        let sb = side(b, pb);
        rows.push(row(pb, None, Some(sb), b_requests));
    }
    let total = |pick: fn(&Row) -> Option<&Side>, f: fn(&Side) -> Result<Decimal, Unavailable>| {
        let products: Vec<(ProductId, String, Result<Decimal, Unavailable>)> =
            rows.iter().filter_map(|r| pick(r).map(|s| (r.id.clone(), r.name.clone(), f(s)))).collect();
        Total::of(products)
    };
    fn a_side(r: &Row) -> Option<&Side> {
        r.a.as_ref()
    }
    fn b_side(r: &Row) -> Option<&Side> {
        r.b.as_ref()
    }
    let difference_per_year = Total::of(rows.iter().filter_map(|r| match (&r.a, &r.b) {
        (Some(x), Some(y)) => {
            Some((r.id.clone(), r.name.clone(), x.per_year.clone().and_then(|x| y.per_year.clone().map(|y| y - x))))
        }
        _ => None,
    }));
    Versus {
        total_a: total(a_side, |s| s.cost.clone()),
        total_b: total(b_side, |s| s.cost.clone()),
        per_year_a: total(a_side, |s| s.per_year.clone()),
        per_year_b: total(b_side, |s| s.per_year.clone()),
        difference_per_year,
        horizon_a: a.pricing.horizon_months,
        horizon_b: b.pricing.horizon_months,
        rows,
    }
}

fn row(p: &ProductComparison, a: Option<Side>, b: Option<Side>, b_requests: bool) -> Row {
    let (effects, same, difference_per_year) = match (&a, &b) {
        (Some(x), Some(y)) => (
            effects(x.policy, y.policy, b_requests),
            x.policy == y.policy && x.seats == y.seats && x.plan == y.plan,
            x.per_year.clone().ok().zip(y.per_year.clone().ok()).map(|(x, y)| y - x),
        ),
        _ => (Vec::new(), false, None),
    };
    Row { id: p.id.clone(), name: p.name.clone(), a, b, effects, same, difference_per_year }
}

/// The comparison in words, once for every place that shows it: the compare view, the report
/// and its Markdown, and the workshop slide. Only changed rows are listed; the rest are named
/// as folded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Worded {
    pub a_name: String,
    pub b_name: String,
    /// "Today against Proposed".
    pub title: String,
    /// "2 products change." or "Both scenarios make the same decision for every product."
    pub changed: String,
    /// "Proposed costs $1,234.00 a year less than Today." (with the gaps the difference has).
    pub verdict: String,
    pub rows: Vec<WordedRow>,
    /// Products the same in both, by name.
    pub folded: Vec<String>,
    /// "1 product is the same in both", when any is.
    pub folded_text: Option<String>,
    /// Per year: a's total, b's total, the difference (each with its gaps).
    pub totals: [String; 3],
    /// How the figures are made (the module header in the reader's words).
    pub how: String,
    /// The label of each side's horizon figure: "Over 12 months", "Over 24 months".
    pub over: [String; 2],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordedRow {
    pub id: ProductId,
    pub product: String,
    /// Policy, seats, bought as, per year, over the horizon; or one cell "only in …".
    pub a: Result<[String; 5], String>,
    pub b: Result<[String; 5], String>,
    /// What changes for users, one sentence.
    pub changes: String,
    pub difference: String,
}

impl Versus {
    pub fn worded(&self, lang: Lang, currency: Currency, a_name: &str, b_name: &str) -> Worded {
        use crate::i18n::{format_count, t, tf, tn};
        let money = |x: Decimal| format_money(x, currency, lang.locale());
        let signed = |x: Decimal| {
            if x > Decimal::ZERO {
                format!("+{}", money(x))
            } else {
                money(x)
            }
        };
        let figure = |r: &Result<Decimal, Unavailable>| match r {
            Ok(x) => money(*x),
            Err(why) => crate::i18n::msg(lang, &why.message()),
        };
        let side = |s: &Option<Side>, other: &str| match s {
            Some(s) => Ok([
                t(lang, s.policy.label_key()),
                format_count(s.seats.into(), lang),
                s.plan.map(|p| t(lang, p.label_key())).unwrap_or_else(|| "–".into()),
                figure(&s.per_year),
                figure(&s.cost),
            ]),
            None => Err(tf(lang, &k::VS_ONLY_IN, &[("name", other.to_string())])),
        };
        let rows: Vec<WordedRow> = self
            .changed()
            .map(|r| {
                let changes: Vec<String> = r.effects.iter().map(|e| t(lang, e.key())).collect();
                WordedRow {
                    id: r.id.clone(),
                    product: r.name.clone(),
                    a: side(&r.a, b_name),
                    b: side(&r.b, a_name),
                    changes: if changes.is_empty() { "–".into() } else { capitalise(&changes.join("; ")) },
                    difference: r.difference_per_year.map(signed).unwrap_or_else(|| "–".into()),
                }
            })
            .collect();
        let folded: Vec<String> = self.rows.iter().filter(|r| r.same).map(|r| r.name.clone()).collect();
        let n_changed = rows.len() as u64;
        let names = [("a", a_name.to_string()), ("b", b_name.to_string())];
        let verdict = match self.difference_per_year.sum {
            None => t(lang, &k::VS_NO_FIGURE),
            Some(d) => {
                let key = match d.cmp(&Decimal::ZERO) {
                    std::cmp::Ordering::Greater => &k::VS_MORE,
                    std::cmp::Ordering::Less => &k::VS_LESS,
                    std::cmp::Ordering::Equal => &k::VS_EQUAL,
                };
                let mut args = names.to_vec();
                args.push(("amount", money(d.abs())));
                let sentence = tf(lang, key, &args);
                match gaps_text(lang, &self.difference_per_year) {
                    Some(g) => format!("{sentence} ({g})"),
                    None => sentence,
                }
            }
        };
        Worded {
            a_name: a_name.to_string(),
            b_name: b_name.to_string(),
            title: tf(lang, &k::VS_TITLE, &names),
            changed: if n_changed == 0 {
                t(lang, &k::VS_SAME_DECISION)
            } else {
                tn(lang, &k::VS_CHANGED_COUNT, n_changed, &[])
            },
            verdict,
            rows,
            folded_text: (!folded.is_empty()).then(|| tn(lang, &k::VS_FOLDED, folded.len() as u64, &[])),
            folded,
            totals: [
                total_text(lang, currency, &self.per_year_a),
                total_text(lang, currency, &self.per_year_b),
                match self.difference_per_year.sum {
                    Some(d) => {
                        let x = signed(d);
                        match gaps_text(lang, &self.difference_per_year) {
                            Some(g) => format!("{x} ({g})"),
                            None => x,
                        }
                    }
                    None => t(lang, &k::COMPARE_NO_FIGURE),
                },
            ],
            how: t(lang, &k::VS_HOW),
            over: [self.horizon_a, self.horizon_b]
                .map(|m| tf(lang, &k::VS_OVER, &[("months", tn(lang, &k::UNIT_MONTHS, m.into(), &[]))])),
        }
    }
}

impl Versus {
    /// The comparison as CSV: one row per product (changed or not), figures as numbers in the
    /// reader's spreadsheet dialect, a total row last.
    pub fn csv(&self, lang: Lang, currency: Currency, a_name: &str, b_name: &str) -> String {
        use crate::domain::wording::CsvDialect;
        let d = CsvDialect::of(lang);
        let mut out = String::from("\u{feff}");
        out.push_str(&d.line(&[
            "product",
            "product_id",
            "scenario_a",
            "policy_a",
            "seats_a",
            "plan_a",
            "per_year_a",
            "scenario_b",
            "policy_b",
            "seats_b",
            "plan_b",
            "per_year_b",
            "difference_per_year",
            "currency",
            "changed",
            "what_changes_for_users",
            "horizon_months_a",
            "total_a",
            "horizon_months_b",
            "total_b",
        ]));
        let side = |s: &Option<Side>| match s {
            Some(s) => [
                s.policy.as_str().to_string(),
                s.seats.to_string(),
                s.plan.map(|p| p.code().to_string()).unwrap_or_default(),
                s.per_year.as_ref().map(|x| d.num(*x)).unwrap_or_default(),
                s.cost.as_ref().map(|x| d.num(*x)).unwrap_or_default(),
            ],
            None => Default::default(),
        };
        for r in &self.rows {
            let [pa, sa, la, ya, ta] = side(&r.a);
            let [pb, sb, lb, yb, tb] = side(&r.b);
            let months = |s: &Option<Side>, m: u32| s.as_ref().map(|_| m.to_string()).unwrap_or_default();
            let changes: Vec<String> = r.effects.iter().map(|e| crate::i18n::t(lang, e.key())).collect();
            out.push_str(&d.line(&[
                r.name.clone(),
                r.id.to_string(),
                a_name.to_string(),
                pa,
                sa,
                la,
                ya,
                b_name.to_string(),
                pb,
                sb,
                lb,
                yb,
                r.difference_per_year.map(|x| d.num(x)).unwrap_or_default(),
                currency.code().to_string(),
                (!r.same).to_string(),
                changes.join("; "),
                months(&r.a, self.horizon_a),
                ta,
                months(&r.b, self.horizon_b),
                tb,
            ]));
        }
        let sum = |t: &Total| t.sum.map(|x| d.num(x)).unwrap_or_default();
        let empty = String::new;
        out.push_str(&d.line(&[
            crate::i18n::t(lang, &k::VS_TOTAL),
            empty(),
            a_name.to_string(),
            empty(),
            empty(),
            empty(),
            sum(&self.per_year_a),
            b_name.to_string(),
            empty(),
            empty(),
            empty(),
            sum(&self.per_year_b),
            sum(&self.difference_per_year),
            currency.code().to_string(),
            empty(),
            empty(),
            self.horizon_a.to_string(),
            sum(&self.total_a),
            self.horizon_b.to_string(),
            sum(&self.total_b),
        ]));
        out
    }
}

impl Worded {
    /// The comparison as a Markdown section (the report's Markdown appends it).
    pub fn markdown(&self, lang: Lang) -> String {
        use crate::i18n::t;
        let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
        let side = |s: &Result<[String; 5], String>| match s {
            Ok(c) => c.join(" · "),
            Err(only) => only.clone(),
        };
        let mut out = format!("## {}\n\n{} {}\n\n", cell(&self.title), self.verdict, self.changed);
        if !self.rows.is_empty() {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n|---|---|---|---|---:|\n",
                t(lang, &k::VS_COL_PRODUCT),
                cell(&self.a_name),
                cell(&self.b_name),
                t(lang, &k::VS_COL_CHANGES),
                t(lang, &k::VS_COL_DIFF)
            ));
            for r in &self.rows {
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    cell(&r.product),
                    cell(&side(&r.a)),
                    cell(&side(&r.b)),
                    cell(&r.changes),
                    r.difference
                ));
            }
            out.push_str(&format!(
                "| **{}** | {} | {} | | {} |\n\n",
                t(lang, &k::VS_TOTAL_PER_YEAR),
                cell(&self.totals[0]),
                cell(&self.totals[1]),
                cell(&self.totals[2])
            ));
        }
        if let Some(f) = &self.folded_text {
            out.push_str(&format!("{f}: {}.\n\n", cell(&self.folded.join(", "))));
        }
        out.push_str(&format!("_{}_\n", self.how));
        out
    }
}

impl Effect {
    pub fn key(self) -> crate::i18n::Key {
        match self {
            Effect::CardBuyingEnds => &k::VS_EFFECT_CARD_ENDS,
            Effect::CardBuyingStarts => &k::VS_EFFECT_CARD_STARTS,
            Effect::NoCardTrialsStay => &k::VS_EFFECT_TRIALS_STAY,
            Effect::NoCardTrialsEnd => &k::VS_EFFECT_TRIALS_END,
            Effect::CanRequest => &k::VS_EFFECT_REQUEST,
            Effect::PurchasesMadeStay => &k::VS_EFFECT_MADE_STAY,
            Effect::BoughtCentrally => &k::VS_EFFECT_CENTRAL,
        }
    }
}

/// "Users can …" is the column's heading; the cell starts with a capital like a sentence.
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::Term;
    use crate::domain::compare::compare_product;
    use crate::domain::test_support::{PBI, VISIO1};
    use proptest::prelude::*;

    fn scenario(products: &[(&str, u32, PolicyValue)]) -> Scenario {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        for (id, seats, policy) in products {
            let id = ProductId::parse(id).unwrap();
            s.toggle(&c, &id);
            s.set_seats(&id, *seats);
            s.set_policy(&c, &id, *policy);
        }
        s
    }

    #[test]
    fn blocking_a_card_bought_product_moves_it_to_the_cheapest_central_plan_and_says_what_users_lose() {
        let c = Catalog::embedded();
        let today = scenario(&[(VISIO1, 10, PolicyValue::Enabled), (PBI, 5, PolicyValue::Enabled)]);
        let mut proposed = scenario(&[(VISIO1, 10, PolicyValue::Disabled), (PBI, 5, PolicyValue::Enabled)]);
        proposed.doors.request.url = "https://it.example/request".into();
        let v = versus(&c, &today, &proposed);
        assert_eq!(v.rows.len(), 2);
        let visio = &v.rows[0];
        assert!(!visio.same);
        assert_eq!(
            visio.effects,
            vec![Effect::CardBuyingEnds, Effect::CanRequest, Effect::PurchasesMadeStay, Effect::BoughtCentrally]
        );
        let (a, b) = (visio.a.as_ref().unwrap(), visio.b.as_ref().unwrap());
        assert_eq!(a.plan, Some(Plan::new(Channel::SelfService, Term::Annual)));
        // Proposed buys centrally on the cheapest central plan the scenario compares.
        let p = compare_product(&c, &proposed, &visio.id, 10, &proposed.shown_plans).unwrap();
        let cheapest_central = proposed
            .shown_plans
            .iter()
            .filter(|pl| pl.channel != Channel::SelfService)
            .filter_map(|pl| p.total(*pl).map(|t| (t, *pl)))
            .min_by_key(|(t, _)| *t)
            .unwrap();
        assert_eq!(b.plan, Some(cheapest_central.1));
        assert_eq!(b.cost, Ok(cheapest_central.0));
        // Default horizon is 12 months: per year is the horizon's total.
        assert_eq!(b.per_year, b.cost);
        assert_eq!(visio.difference_per_year, Some(b.cost.clone().unwrap() - a.cost.clone().unwrap()));
        // Power BI Pro is unchanged, so folded.
        assert!(v.rows[1].same);
        assert_eq!(v.changed().count(), 1);
        // The total difference is the sum of the rows' differences.
        assert_eq!(v.difference_per_year.sum, Some(v.rows.iter().filter_map(|r| r.difference_per_year).sum()));
        assert!(v.difference_per_year.is_complete());
    }

    #[test]
    fn a_product_in_one_scenario_only_is_shown_as_such_and_counted_in_its_total_only() {
        let c = Catalog::embedded();
        let today = scenario(&[(VISIO1, 10, PolicyValue::Enabled)]);
        let proposed = scenario(&[(PBI, 5, PolicyValue::Disabled)]);
        let v = versus(&c, &today, &proposed);
        assert_eq!(v.rows.len(), 2);
        assert!(v.rows[0].b.is_none() && v.rows[1].a.is_none());
        assert!(!v.rows[0].same && !v.rows[1].same);
        assert_eq!(v.total_a.counted + v.total_a.gaps.len(), 1);
        assert_eq!(v.total_b.counted + v.total_b.gaps.len(), 1);
        // Nothing is in both, so there is no difference to sum.
        assert_eq!(v.difference_per_year.sum, None);
    }

    #[test]
    fn per_year_follows_each_scenarios_own_horizon() {
        let c = Catalog::embedded();
        let today = scenario(&[(VISIO1, 10, PolicyValue::Enabled)]);
        let mut longer = today.clone();
        longer.pricing.horizon_months = 24;
        let v = versus(&c, &today, &longer);
        let (a, b) = (v.rows[0].a.as_ref().unwrap(), v.rows[0].b.as_ref().unwrap());
        // Over 24 months the total is two years' worth; per year is half of it, to the cent.
        let total = b.cost.clone().unwrap();
        assert!(total > a.cost.clone().unwrap());
        assert_eq!(b.per_year, Ok((total / Decimal::from(2)).round_dp(2)));
        assert!(v.rows[0].same, "only the horizon differs: the decision is the same");
    }

    #[test]
    fn without_a_central_plan_compared_a_blocked_product_has_no_figure_and_says_why() {
        let c = Catalog::embedded();
        let mut s = scenario(&[(VISIO1, 10, PolicyValue::Disabled)]);
        s.shown_plans.retain(|p| p.channel == Channel::SelfService);
        let v = versus(&c, &s, &s);
        assert_eq!(v.rows[0].a.as_ref().unwrap().cost, Err(Unavailable::NoPlanCompared));
        assert_eq!(v.total_a.gaps[0].why, Unavailable::NoPlanCompared);
    }

    #[test]
    fn the_comparison_as_csv_and_markdown_carries_every_product_and_the_totals() {
        use crate::domain::money::Currency;
        use crate::i18n::Lang;
        let c = Catalog::embedded();
        let today = scenario(&[(VISIO1, 10, PolicyValue::Enabled), (PBI, 5, PolicyValue::Enabled)]);
        let proposed = scenario(&[(VISIO1, 10, PolicyValue::Disabled), (PBI, 5, PolicyValue::Enabled)]);
        let v = versus(&c, &today, &proposed);
        let csv = v.csv(Lang::En, Currency::USD, "Today", "=Proposed");
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 1 + 2 + 1, "header, both products, total");
        assert!(lines[1].contains("\"Disabled\"") && lines[1].contains("\"true\""), "{}", lines[1]);
        assert!(lines[2].contains("\"false\""), "the unchanged product is listed as unchanged");
        assert!(csv.contains("\"'=Proposed\""), "a name cannot start a formula");
        let d = crate::domain::wording::CsvDialect::of(Lang::En);
        assert_eq!((d.field("-450.5"), d.field("-1+1")), ("\"-450.5\"".into(), "\"'-1+1\"".into()));
        let diff = v.difference_per_year.sum.unwrap().round_dp(4).normalize().to_string();
        assert!(lines[3].contains(&format!("\"{diff}\"")), "{}", lines[3]);
        let md = v.worded(Lang::En, Currency::USD, "Today", "Pro|posed").markdown(Lang::En);
        assert!(md.starts_with("## Today against Pro\\|posed\n"), "{md}");
        assert_eq!(md.matches("\n| ").count(), 3, "header, one changed row, total: {md}");
    }

    #[test]
    fn the_markdown_report_of_one_of_two_scenarios_carries_the_comparison_and_says_whose_script_it_is() {
        use crate::domain::date::Date;
        use crate::domain::derived::Derived;
        use crate::domain::money::Currency;
        use crate::domain::shelf::{Parked, Shelf};
        use crate::i18n::Lang;
        let c = Catalog::embedded();
        let today = scenario(&[(VISIO1, 10, PolicyValue::Enabled)]);
        let proposed = scenario(&[(VISIO1, 10, PolicyValue::Disabled)]);
        let shelf = Shelf {
            name: String::new(),
            position: 1,
            others: vec![Parked { name: String::new(), scenario: today.clone() }],
        };
        let w = versus(&c, &today, &proposed).worded(Lang::En, Currency::USD, "Today", "Proposed");
        let d = Derived::of(&c, &proposed);
        let md = crate::domain::report::markdown_for(
            &proposed,
            &c,
            &d,
            Lang::En,
            Date::ymd(2026, 12, 6),
            "https://advisor.example/#v2.x",
            Some(w),
            shelf.script_of(Lang::En),
        );
        let comparison = md.find("## Today against Proposed").expect("the comparison section");
        let said = md.find("**This script applies “Proposed”, one of 2 scenarios.**").expect("whose script");
        let header = md.find("# Scenario applied: Proposed (2 of 2)").expect("the script's header line");
        assert!(comparison < said && said < header, "summary, comparison, then the script");
        // With one scenario there is nothing to tell apart.
        assert_eq!(Shelf::default().script_of(Lang::En), None);
    }

    #[test]
    fn the_comparison_in_words_names_both_scenarios_the_changes_and_the_difference() {
        use crate::domain::money::{format_money, Currency};
        use crate::i18n::Lang;
        let c = Catalog::embedded();
        let today = scenario(&[(VISIO1, 10, PolicyValue::Enabled), (PBI, 5, PolicyValue::Enabled)]);
        let proposed = scenario(&[(VISIO1, 10, PolicyValue::Disabled), (PBI, 5, PolicyValue::Enabled)]);
        let v = versus(&c, &today, &proposed);
        let w = v.worded(Lang::De, Currency::USD, "Heute", "Vorschlag");
        assert_eq!(w.title, "Heute im Vergleich mit Vorschlag");
        assert_eq!(w.rows.len(), 1, "only the changed product is listed");
        assert_eq!(w.folded, vec![v.rows[1].name.clone()]);
        assert!(
            w.rows[0].changes.starts_with("Können es nicht mehr selbst per Karte kaufen; "),
            "{}",
            w.rows[0].changes
        );
        let d = v.difference_per_year.sum.unwrap();
        let key = if d < Decimal::ZERO { "weniger" } else { "mehr" };
        assert_eq!(
            w.verdict,
            format!(
                "Vorschlag kostet {} pro Jahr {key} als Heute.",
                format_money(d.abs(), Currency::USD, Lang::De.locale())
            )
        );
        assert_eq!(w.changed, "1 Produkt ändert sich.");
    }

    fn policy() -> impl Strategy<Value = PolicyValue> {
        prop::sample::select(PolicyValue::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn a_scenario_against_itself_changes_nothing(p1 in policy(), p2 in policy(), s1 in 1u32..2000, s2 in 1u32..2000) {
            let c = Catalog::embedded();
            let s = scenario(&[(VISIO1, s1, p1), (PBI, s2, p2)]);
            let v = versus(&c, &s, &s);
            prop_assert!(v.rows.iter().all(|r| r.same && r.effects.is_empty()));
            prop_assert_eq!(v.difference_per_year.sum.unwrap_or_default(), Decimal::ZERO);
            prop_assert_eq!(&v.total_a, &v.total_b);
        }

        /// Users always learn whether card buying starts or ends; a policy that keeps card
        /// buying as it was never claims either.
        #[test]
        fn every_policy_change_says_what_happens_to_card_buying(from in policy(), to in policy(), req: bool) {
            let e = effects(from, to, req);
            let card = |p: PolicyValue| p == PolicyValue::Enabled;
            prop_assert_eq!(e.contains(&Effect::CardBuyingEnds), card(from) && !card(to));
            prop_assert_eq!(e.contains(&Effect::CardBuyingStarts), !card(from) && card(to));
            prop_assert_eq!(e.is_empty(), from == to);
            prop_assert!(!e.contains(&Effect::CanRequest) || (req && !card(to)));
        }
    }
}
