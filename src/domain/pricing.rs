//! Purchase channels and their price rules, the costs list prices hide, and the comparison
//! across seat counts with exact break-even points.
//!
//! Rules (domain.md §5–6), each with its source shown in the UI via [`PriceRule`]:
//! * Self-service = web-direct list price. Terms: annual paid up front; annual billed monthly
//!   (+5 % from 2025-04-01); monthly term (+20 %). A price published for a term wins over the
//!   derived one.
//! * CSP New Commerce: the same terms, with an optional partner discount/markup in percent.
//! * Enterprise Agreement: annual, price level by organisation size (A 500–2,399, B 2,400–5,999,
//!   C 6,000–14,999, D 15,000+), editable level discounts; for agreements signed or renewed on or
//!   after 2025-11-01 online services are priced at level A for every level; optional negotiated
//!   discount; not available below 500 seats.
//! * A commitment is paid to its end: an annual term inside the horizon is billed in full.
//! Every amount is a `Decimal`; invoice lines are rounded by `money::round_line` only.
use crate::domain::catalog::{Product, Term};
use crate::domain::date::Date;
use crate::domain::message::Message;
use crate::domain::money::{round_line, Currency};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

pub const MAX_HORIZON_MONTHS: u32 = 36;
pub const EA_MINIMUM_SEATS: u32 = 500;
/// From this date the annual-commitment-billed-monthly option costs 5 % more.
pub const ABM_UPLIFT_FROM: Date = Date::ymd(2025, 4, 1);
/// From this date EA online services are priced at level A for every level (new or renewed).
pub const EA_LEVEL_A_FROM: Date = Date::ymd(2025, 11, 1);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Channel {
    SelfService,
    Csp,
    Ea,
}

impl Channel {
    pub fn label_key(self) -> &'static str {
        match self {
            Channel::SelfService => "channel.ssp",
            Channel::Csp => "channel.csp",
            Channel::Ea => "channel.ea",
        }
    }
}

/// A way of buying: a channel with a commitment term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Plan {
    pub channel: Channel,
    pub term: Term,
}

impl Plan {
    pub const fn new(channel: Channel, term: Term) -> Plan {
        Plan { channel, term }
    }

    /// Every plan that exists: EA is billed annually only.
    pub const ALL: [Plan; 7] = [
        Plan::new(Channel::SelfService, Term::Annual),
        Plan::new(Channel::SelfService, Term::AnnualBilledMonthly),
        Plan::new(Channel::SelfService, Term::Monthly),
        Plan::new(Channel::Csp, Term::Annual),
        Plan::new(Channel::Csp, Term::AnnualBilledMonthly),
        Plan::new(Channel::Csp, Term::Monthly),
        Plan::new(Channel::Ea, Term::Annual),
    ];

    /// Stable short code for URLs, CSV and test ids.
    pub fn code(self) -> &'static str {
        match (self.channel, self.term) {
            (Channel::SelfService, Term::Annual) => "ssp-annual",
            (Channel::SelfService, Term::AnnualBilledMonthly) => "ssp-abm",
            (Channel::SelfService, Term::Monthly) => "ssp-monthly",
            (Channel::Csp, Term::Annual) => "csp-annual",
            (Channel::Csp, Term::AnnualBilledMonthly) => "csp-abm",
            (Channel::Csp, Term::Monthly) => "csp-monthly",
            (Channel::Ea, _) => "ea",
        }
    }

    pub fn from_code(code: &str) -> Option<Plan> {
        Plan::ALL.into_iter().find(|p| p.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EaLevel {
    A,
    B,
    C,
    D,
}

impl EaLevel {
    /// `None` below the EA minimum of 500 (commercial).
    pub fn for_org_seats(seats: u32) -> Option<EaLevel> {
        match seats {
            0..=499 => None,
            500..=2_399 => Some(EaLevel::A),
            2_400..=5_999 => Some(EaLevel::B),
            6_000..=14_999 => Some(EaLevel::C),
            _ => Some(EaLevel::D),
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn letter(self) -> &'static str {
        ["A", "B", "C", "D"][self.index()]
    }
}

/// Costs that list prices hide. Defaults are deliberately modest and each is explained in the UI.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HiddenCosts {
    /// One-off cost of one central order (procurement, approval, partner paperwork).
    pub procurement_per_order: Decimal,
    /// Processing one expense claim for one card purchase in one billing period.
    pub expense_claim: Decimal,
    /// Admin time to review or take over one self-service subscription (once per subscription).
    pub admin_review: Decimal,
    /// Seats bought in one card purchase (1 = every user buys for themselves).
    pub seats_per_purchase: u32,
    /// Month at which the organisation centralises the product (buyers keep paying their term).
    pub centralise_after_months: Option<u32>,
}

impl Default for HiddenCosts {
    fn default() -> Self {
        HiddenCosts {
            procurement_per_order: dec!(200),
            expense_claim: dec!(25),
            admin_review: dec!(40),
            seats_per_purchase: 1,
            centralise_after_months: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EaTerms {
    /// Discount in percent per level A–D, documented typical values 0/6/9/12.
    pub level_discount_pct: [Decimal; 4],
    /// Date the agreement was signed or last renewed: decides whether the 2025-11-01 change applies.
    pub agreement_date: Date,
    pub negotiated_discount_pct: Decimal,
}

impl Default for EaTerms {
    fn default() -> Self {
        EaTerms {
            level_discount_pct: [dec!(0), dec!(6), dec!(9), dec!(12)],
            agreement_date: Date::ymd(2026, 11, 21),
            negotiated_discount_pct: dec!(0),
        }
    }
}

/// Everything the cost engine needs besides the product and its seats.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PricingParams {
    pub currency: Currency,
    /// Day on which list prices are looked up.
    pub price_date: Date,
    pub horizon_months: u32,
    /// Partner discount (negative) or markup (positive) on CSP list price, in percent.
    pub csp_adjust_pct: Decimal,
    /// Total seats of the organisation (decides the EA level), separate from one product's seats.
    pub org_seats: u32,
    pub ea: EaTerms,
    pub hidden: HiddenCosts,
}

impl Default for PricingParams {
    fn default() -> Self {
        PricingParams {
            currency: Currency::USD,
            price_date: Date::ymd(2026, 11, 21),
            horizon_months: 12,
            csp_adjust_pct: dec!(0),
            org_seats: 300,
            ea: EaTerms::default(),
            hidden: HiddenCosts::default(),
        }
    }
}

/// Why a unit price is what it is: the rule applied, for the "why" shown next to each figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PriceRule {
    /// Published for this term by the cited source.
    Published {
        source: String,
        as_of: String,
    },
    /// Entered by the user.
    UserEntered,
    /// Annual price +5 % (annual commitment billed monthly, from 2025-04-01).
    AbmUplift,
    /// Annual price +20 % (monthly term).
    MonthlyUplift,
    /// Partner discount or markup in percent.
    CspAdjust(Decimal),
    /// EA level discount (or level A because of the 2025-11-01 change).
    EaLevel {
        level: EaLevel,
        pct: Decimal,
        level_a_rule: bool,
    },
    EaNegotiated(Decimal),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitPrice {
    /// Per seat per month, exact (not yet rounded).
    pub amount: Decimal,
    pub rules: Vec<PriceRule>,
}

/// Why a plan has no figure. Never shown as zero.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unavailable {
    PriceUnknown,
    EaBelowMinimum { org_seats: u32 },
}

impl Unavailable {
    pub fn message(&self) -> Message {
        match self {
            Unavailable::PriceUnknown => Message::new("cost.price_unknown"),
            Unavailable::EaBelowMinimum { org_seats } => {
                Message::new("cost.ea_below_minimum").arg("seats", org_seats).arg("min", EA_MINIMUM_SEATS)
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CostBreakdown {
    pub licences: Decimal,
    /// Part of `licences` paid for self-service seats after centralisation (duplicates).
    pub overlap: Decimal,
    /// Central licences bought after centralising (self-service plans only).
    pub central_after: Decimal,
    pub procurement: Decimal,
    pub expense_claims: Decimal,
    pub admin_reviews: Decimal,
    pub total: Decimal,
}

/// The annual list price (per seat per month) a plan starts from: the user's override, else the
/// published annual price in effect on the price date.
pub fn base_annual_price(
    product: &Product,
    override_price: Option<Decimal>,
    params: &PricingParams,
) -> Option<(Decimal, PriceRule)> {
    if let Some(p) = override_price {
        return Some((p, PriceRule::UserEntered));
    }
    product
        .published_price(params.currency, Term::Annual, params.price_date)
        .map(|pp| (pp.amount, PriceRule::Published { source: pp.source.clone(), as_of: pp.as_of.clone() }))
}

fn pct_factor(pct: Decimal) -> Decimal {
    Decimal::ONE + pct / dec!(100)
}

/// The exact per-seat monthly price of a plan for a product, with the rules that produced it.
pub fn unit_price(
    product: &Product,
    override_price: Option<Decimal>,
    plan: Plan,
    params: &PricingParams,
) -> Result<UnitPrice, Unavailable> {
    if plan.channel == Channel::Ea {
        let level = EaLevel::for_org_seats(params.org_seats)
            .ok_or(Unavailable::EaBelowMinimum { org_seats: params.org_seats })?;
        let (base, rule) = base_annual_price(product, override_price, params).ok_or(Unavailable::PriceUnknown)?;
        let level_a_rule = params.ea.agreement_date >= EA_LEVEL_A_FROM;
        let pct =
            if level_a_rule { params.ea.level_discount_pct[0] } else { params.ea.level_discount_pct[level.index()] };
        let mut amount = base * pct_factor(-pct);
        let mut rules = vec![rule, PriceRule::EaLevel { level, pct, level_a_rule }];
        if !params.ea.negotiated_discount_pct.is_zero() {
            amount *= pct_factor(-params.ea.negotiated_discount_pct);
            rules.push(PriceRule::EaNegotiated(params.ea.negotiated_discount_pct));
        }
        return Ok(UnitPrice { amount, rules });
    }
    // A published price for the exact term wins over a derived one — unless the user overrode
    // the annual price, in which case every term follows the user's figure.
    let published = if override_price.is_none() && plan.term != Term::Annual {
        product.published_price(params.currency, plan.term, params.price_date)
    } else {
        None
    };
    let (mut amount, mut rules) = match published {
        Some(pp) => (pp.amount, vec![PriceRule::Published { source: pp.source.clone(), as_of: pp.as_of.clone() }]),
        None => {
            let (base, rule) = base_annual_price(product, override_price, params).ok_or(Unavailable::PriceUnknown)?;
            match plan.term {
                Term::Annual => (base, vec![rule]),
                Term::AnnualBilledMonthly if params.price_date >= ABM_UPLIFT_FROM => {
                    (base * dec!(1.05), vec![rule, PriceRule::AbmUplift])
                }
                Term::AnnualBilledMonthly => (base, vec![rule]),
                Term::Monthly => (base * dec!(1.20), vec![rule, PriceRule::MonthlyUplift]),
            }
        }
    };
    if plan.channel == Channel::Csp && !params.csp_adjust_pct.is_zero() {
        amount *= pct_factor(params.csp_adjust_pct);
        rules.push(PriceRule::CspAdjust(params.csp_adjust_pct));
    }
    Ok(UnitPrice { amount, rules })
}

fn ceil_div(a: u32, b: u32) -> u32 {
    a.div_ceil(b.max(1))
}

/// Billing periods and months per invoice line when `months` of use start under `term`.
/// Commitments are paid to their end, so a started annual term counts in full.
fn invoice_lines(term: Term, months: u32) -> (u32, u32) {
    match term {
        Term::Annual => (ceil_div(months, 12), 12),
        Term::AnnualBilledMonthly => (ceil_div(months, 12) * 12, 1),
        Term::Monthly => (months, 1),
    }
}

/// Licence cost of `seats` at `unit` per seat-month for `months` of use: the sum of invoice
/// lines, each rounded to the cent.
pub fn licence_cost(unit: Decimal, seats: u32, term: Term, months: u32) -> Decimal {
    let (lines, months_per_line) = invoice_lines(term, months);
    round_line(unit * Decimal::from(seats) * Decimal::from(months_per_line)) * Decimal::from(lines)
}

/// Total cost of a plan over the horizon, hidden costs included.
pub fn plan_cost(
    product: &Product,
    override_price: Option<Decimal>,
    plan: Plan,
    seats: u32,
    params: &PricingParams,
) -> Result<CostBreakdown, Unavailable> {
    let unit = unit_price(product, override_price, plan, params)?;
    let horizon = params.horizon_months.clamp(1, MAX_HORIZON_MONTHS);
    let hidden = &params.hidden;
    let mut b = CostBreakdown::default();
    match plan.channel {
        Channel::Csp | Channel::Ea => {
            b.licences = licence_cost(unit.amount, seats, plan.term, horizon);
            b.procurement = hidden.procurement_per_order;
        }
        Channel::SelfService => {
            let purchases = Decimal::from(ceil_div(seats, hidden.seats_per_purchase));
            let ssp_months = match hidden.centralise_after_months {
                Some(m) if m >= 1 && m < horizon => m,
                _ => horizon,
            };
            b.licences = licence_cost(unit.amount, seats, plan.term, ssp_months);
            let (periods, per_line) = invoice_lines(plan.term, ssp_months);
            let paid_months = periods * per_line;
            b.overlap = if ssp_months < horizon && paid_months > ssp_months {
                round_line(unit.amount * Decimal::from(seats) * Decimal::from(paid_months - ssp_months))
            } else {
                Decimal::ZERO
            };
            if ssp_months < horizon {
                // After centralising, the organisation buys CSP annual: the usual central route.
                let central = unit_price(product, override_price, Plan::new(Channel::Csp, Term::Annual), params)?;
                b.central_after = licence_cost(central.amount, seats, Term::Annual, horizon - ssp_months);
                b.procurement = hidden.procurement_per_order;
            }
            b.expense_claims = round_line(hidden.expense_claim * purchases * Decimal::from(periods));
            b.admin_reviews = round_line(hidden.admin_review * purchases);
        }
    }
    b.total = b.licences + b.central_after + b.procurement + b.expense_claims + b.admin_reviews;
    Ok(b)
}

/// Where one plan overtakes another as seats rise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BreakEven {
    /// Cheaper (or equal) below `seats`.
    pub cheaper_below: Plan,
    /// Cheaper from `seats` on.
    pub cheaper_from: Plan,
    /// First whole seat count at which `cheaper_from` costs less.
    pub seats: u32,
    /// Where the two cost lines cross, in (fractional) seats.
    pub exact: Decimal,
}

/// Finds the break-even between two plans within `1..=max_seats`. Costs are affine in seats up to
/// cent rounding and purchase grouping, so the crossing of the two lines is computed exactly and
/// the whole-seat answer is then confirmed on the true (rounded) costs around it.
pub fn break_even(
    product: &Product,
    override_price: Option<Decimal>,
    a: Plan,
    b: Plan,
    params: &PricingParams,
    max_seats: u32,
) -> Option<BreakEven> {
    let diff = |n: u32| -> Option<Decimal> {
        Some(
            plan_cost(product, override_price, a, n, params).ok()?.total
                - plan_cost(product, override_price, b, n, params).ok()?.total,
        )
    };
    let lo = 1u32;
    let hi = max_seats.max(2);
    let d_lo = diff(lo)?;
    let d_hi = diff(hi)?;
    if d_lo.is_sign_negative() == d_hi.is_sign_negative() && !d_lo.is_zero() && !d_hi.is_zero() {
        return None;
    }
    // Exact crossing of the secant: linear costs make it the true crossing.
    let slope = (d_hi - d_lo) / Decimal::from(hi - lo);
    if slope.is_zero() {
        return None;
    }
    let exact = Decimal::from(lo) - d_lo / slope;
    // The first whole seat count where the sign of (a - b) has flipped, confirmed on real costs.
    let flipped = |n: u32| diff(n).map(|d| if d_lo > Decimal::ZERO { d <= Decimal::ZERO } else { d > Decimal::ZERO });
    let guess = exact.floor().to_string().parse::<i64>().unwrap_or(lo as i64).clamp(lo as i64, hi as i64) as u32;
    // Grouped purchases make steps of `seats_per_purchase`; search a window that covers one step.
    let window = params.hidden.seats_per_purchase.max(1) + 2;
    let start = guess.saturating_sub(window).max(lo + 1);
    let end = guess.saturating_add(window).min(hi);
    let seats = (start..=end).find(|&n| flipped(n) == Some(true) && flipped(n - 1) == Some(false)).or_else(|| {
        // Fall back to a bisection on the true costs (never expected with affine costs).
        let (mut l, mut h) = (lo, hi);
        if flipped(h) != Some(true) {
            return None;
        }
        while h - l > 1 {
            let m = l + (h - l) / 2;
            if flipped(m)? {
                h = m;
            } else {
                l = m;
            }
        }
        Some(h)
    })?;
    let (cheaper_below, cheaper_from) = if d_lo <= Decimal::ZERO { (a, b) } else { (b, a) };
    Some(BreakEven { cheaper_below, cheaper_from, seats, exact: exact.round_dp(2) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::Catalog;
    use crate::domain::ids::ProductId;

    fn product(id: &str) -> Product {
        Catalog::embedded().find(&ProductId::parse(id).unwrap()).unwrap().clone()
    }

    fn no_hidden() -> PricingParams {
        PricingParams {
            hidden: HiddenCosts {
                procurement_per_order: dec!(0),
                expense_claim: dec!(0),
                admin_review: dec!(0),
                seats_per_purchase: 1,
                centralise_after_months: None,
            },
            ..PricingParams::default()
        }
    }

    const PBI: &str = "CFQ7TTC0H9MP";

    #[test]
    fn power_bi_pro_50_seats_one_year() {
        let p = product(PBI);
        let params = no_hidden();
        let cost = |plan| plan_cost(&p, None, plan, 50, &params).unwrap().total;
        assert_eq!(cost(Plan::new(Channel::SelfService, Term::Annual)), dec!(8400.00));
        assert_eq!(cost(Plan::new(Channel::Csp, Term::Annual)), dec!(8400.00));
        assert_eq!(cost(Plan::new(Channel::Csp, Term::Monthly)), dec!(10080.00));
        assert_eq!(cost(Plan::new(Channel::Csp, Term::AnnualBilledMonthly)), dec!(8820.00));
    }
}
