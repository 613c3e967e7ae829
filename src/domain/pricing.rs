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
//!
//! Every amount is a `Decimal`; invoice lines are rounded by `money::round_line` only.
use crate::domain::catalog::{Product, ProductTrait, Term};
use crate::domain::date::Date;
use crate::domain::ids::ProductId;
use crate::domain::input::{DecimalSpec, WholeSpec};
use crate::domain::money::{round_line, Currency};
use crate::i18n::k;
use crate::i18n::Message;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

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
    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            Channel::SelfService => &k::CHANNEL_SSP,
            Channel::Csp => &k::CHANNEL_CSP,
            Channel::Ea => &k::CHANNEL_EA,
        }
    }
}

crate::tags!(Channel { SelfService = 1, Csp = 2, Ea = 3 });

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

    pub fn label_key(self) -> crate::i18n::Key {
        use crate::i18n::k;
        match (self.channel, self.term) {
            (Channel::SelfService, Term::Annual) => &k::PLAN_SSP_ANNUAL,
            (Channel::SelfService, Term::AnnualBilledMonthly) => &k::PLAN_SSP_ABM,
            (Channel::SelfService, Term::Monthly) => &k::PLAN_SSP_MONTHLY,
            (Channel::Csp, Term::Annual) => &k::PLAN_CSP_ANNUAL,
            (Channel::Csp, Term::AnnualBilledMonthly) => &k::PLAN_CSP_ABM,
            (Channel::Csp, Term::Monthly) => &k::PLAN_CSP_MONTHLY,
            (Channel::Ea, _) => &k::PLAN_EA,
        }
    }

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

impl HiddenCosts {
    /// Each of the three money figures.
    pub const AMOUNT: DecimalSpec = DecimalSpec::new(0, 1_000_000, 2);
    pub const SEATS_PER_PURCHASE: WholeSpec = WholeSpec::new(1, 1_000);
    /// A month within the horizon.
    pub const CENTRALISE_AFTER: WholeSpec = PricingParams::HORIZON;
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
    /// Products already on the agreement's price sheet before 2025-11-01. From that day a
    /// product added to an older agreement is priced at level A too (it is a new online service
    /// on the price sheet); unanswered = not on it.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub on_price_sheet: BTreeSet<ProductId>,
}

impl EaTerms {
    /// A level discount or the negotiated discount, in percent.
    pub const DISCOUNT: DecimalSpec = DecimalSpec::new(0, 60, 2);

    /// From 2025-11-01 online services are priced at level A whatever the organisation's size,
    /// at the agreement's next renewal (an agreement signed or renewed on or after that day) or
    /// when a product not yet on the price sheet is added: the one place this switch is decided.
    pub fn level_a_applies(&self, product: &ProductId) -> bool {
        self.agreement_date >= EA_LEVEL_A_FROM || !self.on_price_sheet.contains(product)
    }

    /// Whether the agreement predates the switch, so that the price sheet matters at all.
    pub fn predates_level_a(&self) -> bool {
        self.agreement_date < EA_LEVEL_A_FROM
    }
}

impl Default for EaTerms {
    fn default() -> Self {
        EaTerms {
            level_discount_pct: [dec!(0), dec!(6), dec!(9), dec!(12)],
            agreement_date: Date::ymd(2026, 11, 21),
            negotiated_discount_pct: dec!(0),
            on_price_sheet: BTreeSet::new(),
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
    /// Which offer a self-service buyer would see where one ProductId has several (catalogue
    /// `variants`, e.g. `business` for Microsoft 365 Copilot Business); absent = the product's own.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub variants: BTreeMap<ProductId, String>,
    /// Figures net (list prices are net) or with VAT (issue 22). Absent in files and links of
    /// before: net, as they were.
    #[serde(default, skip_serializing_if = "VatBasis::is_net_without_rate")]
    pub vat: VatBasis,
}

/// Whether licence figures include VAT, and at which rate. VAT applies to what is bought
/// (licences), not to the organisation's own costs (procurement, expense claims, reviews).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct VatBasis {
    pub gross: bool,
    /// In percent, 0–30 ([`VatBasis::RATE`]).
    pub rate_pct: Decimal,
}

impl VatBasis {
    pub const RATE: DecimalSpec = DecimalSpec::new(0, 30, 2);

    pub fn is_net_without_rate(&self) -> bool {
        *self == VatBasis::default()
    }

    /// The factor licence prices are shown with: 1 net, 1 + rate gross.
    pub fn factor(&self) -> Decimal {
        if self.gross {
            pct_factor(self.rate_pct)
        } else {
            Decimal::ONE
        }
    }
}

impl PricingParams {
    /// Months compared.
    pub const HORIZON: WholeSpec = WholeSpec::new(1, MAX_HORIZON_MONTHS);
    pub const ORG_SEATS: WholeSpec = WholeSpec::new(1, 1_000_000);
    /// Partner discount (negative) or markup, in percent.
    pub const CSP_ADJUST: DecimalSpec = DecimalSpec::new(-50, 50, 2);
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
            variants: BTreeMap::new(),
            vat: VatBasis::default(),
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
    /// Shown with VAT at this rate (issue 22).
    Vat(Decimal),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitPrice {
    /// Per seat per month, exact (not yet rounded).
    pub amount: Decimal,
    /// The figure the rules start from (published or user-entered price).
    pub base: Decimal,
    pub rules: Vec<PriceRule>,
}

/// Why a plan has no figure. Never shown as zero.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unavailable {
    PriceUnknown,
    EaBelowMinimum {
        org_seats: u32,
    },
    /// The product is not sold on this term (Microsoft 365 Copilot: annual only).
    TermNotOffered,
    /// Licensed per tenant (catalogue trait `tenant_licensed`): no per-user price applies, so
    /// no plan is figured and none asks the user for a price.
    TenantLicensed,
    /// No plan of the channel the policy buys on is compared (issue 24: a blocked product is
    /// bought centrally, and the scenario compares no central plan).
    NoPlanCompared,
}

impl Unavailable {
    pub fn message(&self) -> Message {
        match self {
            Unavailable::PriceUnknown => Message::new(&k::COST_PRICE_UNKNOWN),
            // The size is in the assumptions, which say whether the user stated it.
            Unavailable::EaBelowMinimum { .. } => {
                Message::new(&k::COST_EA_BELOW_MINIMUM).count("min", EA_MINIMUM_SEATS)
            }
            Unavailable::TermNotOffered => Message::new(&k::COST_TERM_NOT_OFFERED),
            Unavailable::TenantLicensed => Message::new(&k::COST_TENANT_LICENSED),
            Unavailable::NoPlanCompared => Message::new(&k::COST_NO_PLAN_COMPARED),
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
    let mut unit = net_unit_price(product, override_price, plan, params)?;
    // One place: every figure built on a unit price (licences, overlap, totals, break-evens)
    // is then on the same VAT basis.
    if params.vat.gross && !params.vat.rate_pct.is_zero() {
        unit.amount *= params.vat.factor();
        unit.rules.push(PriceRule::Vat(params.vat.rate_pct));
    }
    Ok(unit)
}

fn net_unit_price(
    product: &Product,
    override_price: Option<Decimal>,
    plan: Plan,
    params: &PricingParams,
) -> Result<UnitPrice, Unavailable> {
    // Before any price, the user's included: a per-seat figure would be a guess at a tenant
    // licence.
    if product.has(ProductTrait::TenantLicensed) {
        return Err(Unavailable::TenantLicensed);
    }
    // A term the product is not sold on gets no price, derived or otherwise.
    if !product.offers_term(plan.term) {
        return Err(Unavailable::TermNotOffered);
    }
    if plan.channel == Channel::Ea {
        let level = EaLevel::for_org_seats(params.org_seats)
            .ok_or(Unavailable::EaBelowMinimum { org_seats: params.org_seats })?;
        let (base, rule) = base_annual_price(product, override_price, params).ok_or(Unavailable::PriceUnknown)?;
        let level_a_rule = params.ea.level_a_applies(&product.id);
        let pct =
            if level_a_rule { params.ea.level_discount_pct[0] } else { params.ea.level_discount_pct[level.index()] };
        let mut amount = base * pct_factor(-pct);
        let mut rules = vec![rule, PriceRule::EaLevel { level, pct, level_a_rule }];
        if !params.ea.negotiated_discount_pct.is_zero() {
            amount *= pct_factor(-params.ea.negotiated_discount_pct);
            rules.push(PriceRule::EaNegotiated(params.ea.negotiated_discount_pct));
        }
        return Ok(UnitPrice { amount, base, rules });
    }
    // A published price for the exact term wins over a derived one — unless the user overrode
    // the annual price, in which case every term follows the user's figure.
    let published = if override_price.is_none() && plan.term != Term::Annual {
        product.published_price(params.currency, plan.term, params.price_date)
    } else {
        None
    };
    let (mut amount, base, mut rules) = match published {
        Some(pp) => {
            (pp.amount, pp.amount, vec![PriceRule::Published { source: pp.source.clone(), as_of: pp.as_of.clone() }])
        }
        None => {
            let (base, rule) = base_annual_price(product, override_price, params).ok_or(Unavailable::PriceUnknown)?;
            match plan.term {
                Term::Annual => (base, base, vec![rule]),
                Term::AnnualBilledMonthly if params.price_date >= ABM_UPLIFT_FROM => {
                    (base * dec!(1.05), base, vec![rule, PriceRule::AbmUplift])
                }
                Term::AnnualBilledMonthly => (base, base, vec![rule]),
                Term::Monthly => (base * dec!(1.20), base, vec![rule, PriceRule::MonthlyUplift]),
            }
        }
    };
    if plan.channel == Channel::Csp && !params.csp_adjust_pct.is_zero() {
        amount *= pct_factor(params.csp_adjust_pct);
        rules.push(PriceRule::CspAdjust(params.csp_adjust_pct));
    }
    Ok(UnitPrice { amount, base, rules })
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

/// A plan priced for one product: the unit prices are resolved once (with their rules), after
/// which the cost for any seat count is plain arithmetic — what makes a sweep over thousands of
/// seat counts cheap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanPricer {
    pub plan: Plan,
    pub unit: UnitPrice,
    /// CSP annual unit price used after centralising (self-service plans only).
    central_unit: Option<Decimal>,
    horizon: u32,
    hidden: HiddenCosts,
}

impl PlanPricer {
    pub fn new(
        product: &Product,
        override_price: Option<Decimal>,
        plan: Plan,
        params: &PricingParams,
    ) -> Result<PlanPricer, Unavailable> {
        let unit = unit_price(product, override_price, plan, params)?;
        let horizon = params.horizon_months.clamp(1, MAX_HORIZON_MONTHS);
        let centralises = plan.channel == Channel::SelfService
            && matches!(params.hidden.centralise_after_months, Some(m) if m >= 1 && m < horizon);
        let central_unit = if centralises {
            Some(unit_price(product, override_price, Plan::new(Channel::Csp, Term::Annual), params)?.amount)
        } else {
            None
        };
        Ok(PlanPricer { plan, unit, central_unit, horizon, hidden: params.hidden.clone() })
    }

    /// Months compared (the horizon, clamped).
    pub(crate) fn horizon(&self) -> u32 {
        self.horizon
    }

    /// The CSP annual unit price a self-service plan centralises to, if it does.
    pub(crate) fn central_unit(&self) -> Option<Decimal> {
        self.central_unit
    }

    /// Total cost over the horizon for `seats`, hidden costs included.
    pub fn cost(&self, seats: u32) -> CostBreakdown {
        let hidden = &self.hidden;
        let unit = self.unit.amount;
        let mut b = CostBreakdown::default();
        match self.plan.channel {
            Channel::Csp | Channel::Ea => {
                b.licences = licence_cost(unit, seats, self.plan.term, self.horizon);
                b.procurement = hidden.procurement_per_order;
            }
            Channel::SelfService => {
                let purchases = Decimal::from(ceil_div(seats, hidden.seats_per_purchase));
                let ssp_months = match self.central_unit {
                    Some(_) => hidden.centralise_after_months.unwrap_or(self.horizon),
                    None => self.horizon,
                };
                b.licences = licence_cost(unit, seats, self.plan.term, ssp_months);
                let (periods, per_line) = invoice_lines(self.plan.term, ssp_months);
                if let Some(central) = self.central_unit {
                    // The buyer keeps paying to the end of the term already started: duplicates.
                    let paid_months = periods * per_line;
                    if paid_months > ssp_months {
                        b.overlap = round_line(unit * Decimal::from(seats) * Decimal::from(paid_months - ssp_months));
                    }
                    b.central_after = licence_cost(central, seats, Term::Annual, self.horizon - ssp_months);
                    b.procurement = hidden.procurement_per_order;
                }
                b.expense_claims = round_line(hidden.expense_claim * purchases * Decimal::from(periods));
                b.admin_reviews = round_line(hidden.admin_review * purchases);
            }
        }
        b.total = b.licences + b.central_after + b.procurement + b.expense_claims + b.admin_reviews;
        b
    }
}

/// Total cost of a plan over the horizon, hidden costs included.
pub fn plan_cost(
    product: &Product,
    override_price: Option<Decimal>,
    plan: Plan,
    seats: u32,
    params: &PricingParams,
) -> Result<CostBreakdown, Unavailable> {
    Ok(PlanPricer::new(product, override_price, plan, params)?.cost(seats))
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

/// Finds the break-even between two priced plans within `1..=max_seats`: the seat count from
/// which the other plan is cheaper for good.
///
/// Costs are affine in seats except for cent rounding and purchase grouping (`seats_per_purchase`
/// = k makes self-service costs step every k seats). At multiples of k the steps sit exactly on
/// the averaged line, so the crossing is computed exactly from two such points. How far the true
/// costs stray from that line within one step bounds the zone where the order can still swap;
/// the whole-seat answer is the last swap in that zone, confirmed on the true costs. Should the
/// zone ever miss it, a scan of every seat count down from `max_seats` finds it.
pub fn break_even(a: &PlanPricer, b: &PlanPricer, max_seats: u32) -> Option<BreakEven> {
    let diff = |n: u32| a.cost(n).total - b.cost(n).total;
    let hi = max_seats.max(2);
    let k = a.hidden.seats_per_purchase.max(b.hidden.seats_per_purchase).max(1);
    // `a` cheaper-or-equal at the low end, `b` strictly cheaper at the high end — or the reverse.
    // "Cheaper from" is strict in both directions: a tie never counts as overtaking.
    let a_first = diff(1) <= Decimal::ZERO;
    let flipped = |n: u32| if a_first { diff(n) > Decimal::ZERO } else { diff(n) < Decimal::ZERO };
    if !flipped(hi) {
        return None;
    }
    let (n1, n2) = (k, (hi / k) * k);
    let d1 = diff(n1);
    let slope = if n2 > n1 { (diff(n2) - d1) / Decimal::from(n2 - n1) } else { Decimal::ZERO };
    let exact = if slope.is_zero() { Decimal::from(hi) } else { Decimal::from(n1) - d1 / slope };
    let deviation = (1..=2 * k)
        .map(|n| (diff(n) - (d1 + slope * (Decimal::from(n) - Decimal::from(n1)))).abs())
        .max()
        .unwrap_or(Decimal::ZERO)
        + dec!(0.01);
    // Lines that are parallel but for cent rounding (the same price per seat over the horizon,
    // e.g. three annual terms against thirty months at +20 %, at a unit price with more than two
    // decimals, as a VAT rate gives) do not cross: their order flips with the rounding of each
    // invoice line, not with the seats.
    // Each invoice line is rounded to the cent, so two totals can wobble against each other by
    // up to a cent per line of either plan (and once more if it centralises).
    let lines = |p: &PlanPricer| invoice_lines(p.plan.term, p.horizon).0 + u32::from(p.central_unit.is_some()) * 12;
    let wobble = Decimal::from(lines(a) + lines(b)) * dec!(0.01);
    if (diff(hi) - d1).abs() <= deviation.max(wobble) * dec!(2) {
        return None;
    }
    let reach = if slope.is_zero() { Decimal::from(hi) } else { (deviation / slope.abs()).ceil() + Decimal::ONE };
    let to_seat = |d: Decimal| d.clamp(Decimal::ONE, Decimal::from(hi)).floor().to_u32().unwrap_or(1);
    let last_swap = |from: u32, to: u32| (to.max(2)..=from).rev().find(|&n| flipped(n) && !flipped(n - 1));
    let seats =
        last_swap(to_seat(exact + reach + Decimal::ONE), to_seat(exact - reach)).or_else(|| last_swap(hi, 2))?;
    let (cheaper_below, cheaper_from) = if a_first { (a.plan, b.plan) } else { (b.plan, a.plan) };
    Some(BreakEven { cheaper_below, cheaper_from, seats, exact: exact.round_dp(2) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::Catalog;
    use crate::domain::ids::ProductId;
    use crate::domain::test_support::{shipped as product, COPILOT, PBI, VISIO1};

    /// Issue 22's case: a German organisation's Power BI Pro x 60, annual, in euros.
    /// Net: 60 x 12.10 x 12 = 8,712.00. With 19 % VAT the unit is 12.10 x 1.19 = 14.399 and
    /// the annual invoice line 14.399 x 60 x 12 = 10,367.28. Own costs never carry VAT.
    #[test]
    fn vat_is_on_the_licences_and_only_there() {
        let pbi = product("CFQ7TTC0H9MP");
        let plan = Plan::new(Channel::SelfService, Term::Annual);
        let mut p = PricingParams { currency: Currency::EUR, ..no_hidden() };
        let net = PlanPricer::new(&pbi, None, plan, &p).unwrap().cost(60);
        assert_eq!(net.licences, dec!(8712.00));
        p.vat = VatBasis { gross: true, rate_pct: dec!(19) };
        let gross = PlanPricer::new(&pbi, None, plan, &p).unwrap();
        assert_eq!(gross.cost(60).licences, dec!(10367.28));
        assert_eq!(gross.unit.rules.last(), Some(&PriceRule::Vat(dec!(19))));
        // A rate without the gross view changes nothing; the gross view at 0 % neither.
        p.vat = VatBasis { gross: false, rate_pct: dec!(19) };
        assert_eq!(PlanPricer::new(&pbi, None, plan, &p).unwrap().cost(60), net);
        p.vat = VatBasis { gross: true, rate_pct: dec!(0) };
        assert_eq!(PlanPricer::new(&pbi, None, plan, &p).unwrap().cost(60), net);
        // Hidden costs are the organisation's own: the same with or without VAT.
        let with_hidden = |vat: VatBasis| {
            let p = PricingParams { currency: Currency::EUR, vat, ..PricingParams::default() };
            let c = PlanPricer::new(&pbi, None, plan, &p).unwrap().cost(60);
            c.total - c.licences
        };
        assert_eq!(with_hidden(VatBasis::default()), with_hidden(VatBasis { gross: true, rate_pct: dec!(19) }));
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

    const SSP_A: Plan = Plan::new(Channel::SelfService, Term::Annual);
    const SSP_ABM: Plan = Plan::new(Channel::SelfService, Term::AnnualBilledMonthly);
    const SSP_M: Plan = Plan::new(Channel::SelfService, Term::Monthly);
    const CSP_A: Plan = Plan::new(Channel::Csp, Term::Annual);
    const CSP_ABM: Plan = Plan::new(Channel::Csp, Term::AnnualBilledMonthly);
    const CSP_M: Plan = Plan::new(Channel::Csp, Term::Monthly);
    const EA: Plan = Plan::new(Channel::Ea, Term::Annual);

    fn total(id: &str, over: Option<Decimal>, plan: Plan, seats: u32, params: &PricingParams) -> Decimal {
        plan_cost(&product(id), over, plan, seats, params).unwrap().total
    }

    /// Hand-computed from the published rules (domain.md §5–6). Each row: what is bought, how,
    /// and the figure worked out on paper.
    #[test]
    fn hand_computed_cases() {
        let base = no_hidden();
        let h18 = PricingParams { horizon_months: 18, ..no_hidden() };
        let csp_minus10 = PricingParams { csp_adjust_pct: dec!(-10), ..no_hidden() };
        let csp_plus5 = PricingParams { csp_adjust_pct: dec!(5), ..no_hidden() };
        let before_abm = PricingParams { price_date: Date::ymd(2025, 3, 1), ..no_hidden() };
        // (what, product, user price, plan, seats, params, expected total)
        type Case<'a> = (&'a str, &'a str, Option<Decimal>, Plan, u32, &'a PricingParams, Decimal);
        let cases: Vec<Case> = vec![
            // 14.00 x 50 x 12
            ("PBI annual", PBI, None, SSP_A, 50, &base, dec!(8400.00)),
            // published 14.70 x 50 = 735.00 a month, 12 lines
            ("PBI annual billed monthly", PBI, None, SSP_ABM, 50, &base, dec!(8820.00)),
            // published 16.80 x 50 = 840.00 a month, 12 lines
            ("PBI monthly term", PBI, None, SSP_M, 50, &base, dec!(10080.00)),
            ("PBI CSP annual", PBI, None, CSP_A, 50, &base, dec!(8400.00)),
            ("PBI CSP abm", PBI, None, CSP_ABM, 50, &base, dec!(8820.00)),
            ("PBI CSP monthly", PBI, None, CSP_M, 50, &base, dec!(10080.00)),
            // Copilot 30.00 x 10 x 12; abm published 31.50 (no monthly term: see below)
            ("Copilot annual", COPILOT, None, SSP_A, 10, &base, dec!(3600.00)),
            ("Copilot abm", COPILOT, None, SSP_ABM, 10, &base, dec!(3780.00)),
            // 18 months: annual = 2 invoices of 5 x 7 x 12 = 420; abm 24 lines of 5.25 x 7 = 36.75;
            // monthly 18 lines of 6.00 x 7 = 42
            ("Visio annual over 18 months", VISIO1, None, SSP_A, 7, &h18, dec!(840.00)),
            ("Visio abm over 18 months", VISIO1, None, SSP_ABM, 7, &h18, dec!(882.00)),
            ("Visio monthly over 18 months", VISIO1, None, SSP_M, 7, &h18, dec!(756.00)),
            // before 2025-04-01 there was no +5 % for annual billed monthly
            ("Visio abm before 2025-04-01", VISIO1, None, SSP_ABM, 7, &before_abm, dec!(420.00)),
            // partner discount: 14 x 0.9 = 12.60 x 50 x 12
            ("PBI CSP -10 %", PBI, None, CSP_A, 50, &csp_minus10, dec!(7560.00)),
            ("PBI SSP ignores CSP discount", PBI, None, SSP_A, 50, &csp_minus10, dec!(8400.00)),
            // partner markup on a derived monthly price (user's 14.00): 14 x 1.20 = 16.80, x 1.05 =
            // 17.64 x 10 x 12
            ("PBI CSP monthly +5 % (derived)", PBI, Some(dec!(14)), CSP_M, 10, &csp_plus5, dec!(2116.80)),
            // user price 10.83: abm 11.3715 x 3 = 34.1145 -> 34.11 per invoice line, x 12
            ("rounded per invoice line", PBI, Some(dec!(10.83)), SSP_ABM, 3, &base, dec!(409.32)),
        ];
        for (what, id, over, plan, seats, params, expected) in cases {
            assert_eq!(total(id, over, plan, seats, params), expected, "{what}");
        }
    }

    #[test]
    fn rounding_is_per_invoice_line_not_per_total() {
        // Rounding the 12-month total once would give 409.37; invoices round each line.
        let unit = dec!(10.83) * dec!(1.05);
        assert_eq!(round_line(unit * dec!(36)), dec!(409.37));
        assert_eq!(licence_cost(unit, 3, Term::AnnualBilledMonthly, 12), dec!(409.32));
    }

    /// An EA of this size and date with Power BI Pro already on its price sheet.
    fn ea(org_seats: u32, agreement: Date) -> PricingParams {
        let on_price_sheet = [ProductId::parse(PBI).unwrap()].into();
        PricingParams {
            org_seats,
            ea: EaTerms { agreement_date: agreement, on_price_sheet, ..EaTerms::default() },
            ..no_hidden()
        }
    }

    #[test]
    fn ea_levels_and_the_level_boundary() {
        let before = Date::ymd(2025, 10, 31);
        assert_eq!(EaLevel::for_org_seats(499), None);
        assert_eq!(EaLevel::for_org_seats(500), Some(EaLevel::A));
        assert_eq!(EaLevel::for_org_seats(2_399), Some(EaLevel::A));
        assert_eq!(EaLevel::for_org_seats(2_400), Some(EaLevel::B));
        assert_eq!(EaLevel::for_org_seats(5_999), Some(EaLevel::B));
        assert_eq!(EaLevel::for_org_seats(6_000), Some(EaLevel::C));
        assert_eq!(EaLevel::for_org_seats(15_000), Some(EaLevel::D));
        // level A: 0 % -> 8,400.00; level B: 14 x 0.94 = 13.16 x 50 x 12 = 7,896.00
        assert_eq!(total(PBI, None, EA, 50, &ea(2_399, before)), dec!(8400.00));
        assert_eq!(total(PBI, None, EA, 50, &ea(2_400, before)), dec!(7896.00));
        // level D: 12 % -> 12.32 x 50 x 12 = 7,392.00
        assert_eq!(total(PBI, None, EA, 50, &ea(20_000, before)), dec!(7392.00));
    }

    #[test]
    fn ea_switch_on_2025_11_01_prices_every_level_at_a() {
        assert_eq!(total(PBI, None, EA, 50, &ea(2_400, Date::ymd(2025, 10, 31))), dec!(7896.00));
        assert_eq!(total(PBI, None, EA, 50, &ea(2_400, Date::ymd(2025, 11, 1))), dec!(8400.00));
        assert_eq!(total(PBI, None, EA, 50, &ea(20_000, Date::ymd(2026, 1, 1))), dec!(8400.00));
    }

    /// From 2025-11-01 a product added to an older agreement (not on its price sheet) is a new
    /// online service and priced at level A too (trustedtechteam.co.uk, EA price alignment).
    #[test]
    fn ea_product_not_on_the_price_sheet_is_priced_at_level_a() {
        let mut p = ea(2_400, Date::ymd(2025, 10, 31));
        assert_eq!(total(PBI, None, EA, 50, &p), dec!(7896.00), "on the sheet: level B");
        p.ea.on_price_sheet.clear();
        assert_eq!(total(PBI, None, EA, 50, &p), dec!(8400.00), "added later: level A");
        assert!(EaTerms::default().on_price_sheet.is_empty(), "unanswered means not on the sheet");
    }

    #[test]
    fn ea_negotiated_discount_stacks_on_the_level() {
        // level C 9 %, then 10 % negotiated: 14 x 0.91 x 0.90 = 11.466 x 50 x 12 = 6,879.60
        let mut p = ea(6_000, Date::ymd(2025, 1, 1));
        p.ea.negotiated_discount_pct = dec!(10);
        assert_eq!(total(PBI, None, EA, 50, &p), dec!(6879.60));
    }

    #[test]
    fn ea_is_unavailable_below_500_not_zero() {
        let err = plan_cost(&product(PBI), None, EA, 50, &ea(499, Date::ymd(2026, 1, 1))).unwrap_err();
        assert_eq!(err, Unavailable::EaBelowMinimum { org_seats: 499 });
    }

    /// Microsoft 365 Copilot is sold on an annual term only (catalogue `terms_offered`): no
    /// monthly-term price is derived for it, whatever the channel or a user's own price.
    #[test]
    fn no_price_for_a_term_the_product_is_not_sold_on() {
        let copilot = product(COPILOT);
        for plan in [SSP_M, CSP_M] {
            assert_eq!(
                plan_cost(&copilot, None, plan, 10, &PricingParams::default()).unwrap_err(),
                Unavailable::TermNotOffered
            );
            assert_eq!(
                plan_cost(&copilot, Some(dec!(30)), plan, 10, &PricingParams::default()).unwrap_err(),
                Unavailable::TermNotOffered
            );
        }
        assert!(plan_cost(&copilot, None, CSP_A, 10, &PricingParams::default()).is_ok());
        assert!(plan_cost(&product(PBI), None, SSP_M, 10, &PricingParams::default()).is_ok());
    }

    #[test]
    fn unknown_price_is_unavailable_and_an_override_prices_it() {
        let clip = Catalog::embedded()
            .products
            .into_iter()
            .find(|p| p.name == "Microsoft Clipchamp (Standard and Premium)")
            .unwrap();
        assert_eq!(plan_cost(&clip, None, SSP_A, 5, &no_hidden()).unwrap_err(), Unavailable::PriceUnknown);
        assert_eq!(plan_cost(&clip, Some(dec!(12)), SSP_A, 5, &no_hidden()).unwrap().total, dec!(720.00));
        // An override replaces published term prices too: 12 x 1.2 = 14.40 x 5 x 12
        assert_eq!(plan_cost(&clip, Some(dec!(12)), SSP_M, 5, &no_hidden()).unwrap().total, dec!(864.00));
    }

    /// Issue 22: each currency is priced from its own list price by the same rules; none is
    /// converted from another.
    #[test]
    fn hand_computed_cases_in_euro_pound_and_franc() {
        let eur = PricingParams { currency: Currency::EUR, ..no_hidden() };
        let gbp = PricingParams { currency: Currency::GBP, ..no_hidden() };
        let chf = PricingParams { currency: Currency::CHF, ..no_hidden() };
        let licences =
            |id, plan, seats, p: &PricingParams| plan_cost(&product(id), None, plan, seats, p).unwrap().licences;
        // Power BI Pro, 60 seats, annual, EUR: 60 x 12.10 x 12 = 8,712.00 (one annual invoice line)
        assert_eq!(licences(PBI, SSP_A, 60, &eur), dec!(8712.00));
        // The USD list has published abm/monthly prices; EUR has the annual one only, so they are
        // derived as for any currency: 12.10 x 1.05 = 12.705 x 60 = 762.30 a month, x 12 = 9,147.60;
        // 12.10 x 1.20 = 14.52 x 60 = 871.20 a month, x 12 = 10,454.40
        assert_eq!(licences(PBI, SSP_ABM, 60, &eur), dec!(9147.60));
        assert_eq!(licences(PBI, SSP_M, 60, &eur), dec!(10454.40));
        // Copilot, 10 seats, annual, GBP: 10 x 23.10 x 12 = 2,772.00
        assert_eq!(licences(COPILOT, SSP_A, 10, &gbp), dec!(2772.00));
        // Copilot EUR is 26.00 now (was 28.10 in 2024): 10 x 26.00 x 12 = 3,120.00
        assert_eq!(licences(COPILOT, SSP_A, 10, &eur), dec!(3120.00));
        // Visio Plan 1, 7 seats, annual, CHF: no CHF price was found, so none is made up
        assert_eq!(plan_cost(&product(VISIO1), None, SSP_A, 7, &chf).unwrap_err(), Unavailable::PriceUnknown);
    }

    /// Teams Premium has a USD price and none in EUR, GBP or CHF: in those it is unknown on
    /// every plan (the user can type one in), never a converted USD figure.
    #[test]
    fn no_price_in_the_chosen_currency_is_unknown_never_converted() {
        const TEAMS_PREMIUM: &str = "CFQ7TTC0RM8K";
        let tp = product(TEAMS_PREMIUM);
        // An organisation large enough for an EA, so that every plan reaches the price lookup.
        let usd = PricingParams { org_seats: 1_000, ..no_hidden() };
        assert!(Plan::ALL.iter().all(|&plan| plan_cost(&tp, None, plan, 10, &usd).is_ok()));
        for currency in [Currency::EUR, Currency::GBP, Currency::CHF] {
            let p = PricingParams { currency, ..usd.clone() };
            for plan in Plan::ALL {
                assert_eq!(plan_cost(&tp, None, plan, 10, &p).unwrap_err(), Unavailable::PriceUnknown, "{currency:?}");
            }
            // 10 x 9.00 x 12 = 1,080.00 in whatever currency the user typed it in
            assert_eq!(plan_cost(&tp, Some(dec!(9)), SSP_A, 10, &p).unwrap().licences, dec!(1080.00));
        }
    }

    /// Dynamics 365 Marketing (Customer Insights – Journeys) is licensed per tenant: no plan
    /// has a per-user figure, not even from a typed-in price, and the reason is not "unknown".
    #[test]
    fn a_tenant_licensed_product_has_no_per_user_cost() {
        let d365 = product("CFQ7TTC0LH3N");
        let p = PricingParams { org_seats: 1_000, ..no_hidden() };
        for plan in Plan::ALL {
            assert_eq!(plan_cost(&d365, None, plan, 10, &p).unwrap_err(), Unavailable::TenantLicensed);
            assert_eq!(plan_cost(&d365, Some(dec!(10)), plan, 10, &p).unwrap_err(), Unavailable::TenantLicensed);
        }
        assert_eq!(Unavailable::TenantLicensed.message().key, &k::COST_TENANT_LICENSED);
        for lang in crate::i18n::Lang::ALL {
            let text = crate::i18n::msg(lang, &Unavailable::TenantLicensed.message());
            assert_ne!(text, crate::i18n::msg(lang, &Unavailable::PriceUnknown.message()), "{lang:?}");
            assert!(text.contains("tenant") || text.contains("Mandant"), "{lang:?}: {text}");
        }
    }

    #[test]
    fn hidden_costs_with_defaults() {
        let p = PricingParams::default();
        let b = plan_cost(&product(PBI), None, SSP_A, 50, &p).unwrap();
        // licences 8,400 + one claim per buyer per annual invoice 25 x 50 + review 40 x 50
        assert_eq!(
            (b.licences, b.expense_claims, b.admin_reviews, b.total),
            (dec!(8400), dec!(1250), dec!(2000), dec!(11650))
        );
        let m = plan_cost(&product(PBI), None, SSP_M, 50, &p).unwrap();
        // a claim every month: 25 x 50 x 12 = 15,000
        assert_eq!(m.expense_claims, dec!(15000));
        let c = plan_cost(&product(PBI), None, CSP_A, 50, &p).unwrap();
        assert_eq!((c.procurement, c.total), (dec!(200), dec!(8600)));
        // team purchases: 5 seats per card purchase -> 10 purchases
        let team = PricingParams { hidden: HiddenCosts { seats_per_purchase: 5, ..HiddenCosts::default() }, ..p };
        let t = plan_cost(&product(PBI), None, SSP_A, 50, &team).unwrap();
        assert_eq!((t.expense_claims, t.admin_reviews), (dec!(250), dec!(400)));
    }

    #[test]
    fn overlap_when_centralising_later() {
        // 10 seats of PBI bought annually; the organisation centralises at month 6 of 24.
        // Buyers pay their year (1,680.00), of which months 7-12 are duplicates: 14 x 10 x 6 = 840.00.
        // Central CSP annual for the remaining 18 months: 2 annual invoices of 1,680.00.
        let p = PricingParams {
            horizon_months: 24,
            hidden: HiddenCosts { centralise_after_months: Some(6), ..no_hidden().hidden },
            ..no_hidden()
        };
        let b = plan_cost(&product(PBI), None, SSP_A, 10, &p).unwrap();
        assert_eq!((b.licences, b.overlap, b.central_after, b.total), (dec!(1680), dec!(840), dec!(3360), dec!(5040)));
        // A monthly term can stop at the month end: no duplicates.
        let m = plan_cost(&product(PBI), None, SSP_M, 10, &p).unwrap();
        assert_eq!(m.overlap, dec!(0));
        assert_eq!(m.licences, dec!(168) * dec!(6));
    }

    #[test]
    fn break_even_self_service_vs_csp_with_default_hidden_costs() {
        // self-service 168 + 25 + 40 = 233 per seat; CSP 168 per seat + 200 per order:
        // 233 n = 168 n + 200 -> n = 3.08: self-service cheaper up to 3 seats, CSP from 4.
        let p = PricingParams::default();
        let pbi = product(PBI);
        let a = PlanPricer::new(&pbi, None, SSP_A, &p).unwrap();
        let b = PlanPricer::new(&pbi, None, CSP_A, &p).unwrap();
        let be = break_even(&a, &b, 100_000).unwrap();
        assert_eq!((be.cheaper_below, be.cheaper_from, be.seats, be.exact), (SSP_A, CSP_A, 4, dec!(3.08)));
        assert_eq!(break_even(&b, &a, 100_000).unwrap().seats, 4, "order of arguments does not matter");
        // Parallel lines never cross.
        let c = PlanPricer::new(&pbi, None, CSP_ABM, &p).unwrap();
        assert!(break_even(&b, &c, 100_000).is_none());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod properties {
    use super::*;
    use crate::domain::catalog::Catalog;
    use proptest::prelude::*;

    /// Every catalogue product with a price: what the properties here and in `ramp` range over.
    pub(crate) fn priced_products() -> Vec<Product> {
        let c = Catalog::embedded();
        c.products.into_iter().filter(|p| !p.prices.is_empty()).collect()
    }

    prop_compose! {
        /// Random pricing assumptions (every currency, VAT on or off, centralising), shared with
        /// the properties of `ramp`.
        pub(crate) fn params()(horizon in 1u32..=36, adjust in -30i64..=30, org in 1u32..=30_000,
                    agreement_after in any::<bool>(), negotiated in 0i64..=20,
                    procurement in 0i64..=1_000, claim in 0i64..=100, review in 0i64..=200,
                    per_purchase in 1u32..=10, centralise in proptest::option::of(1u32..=36),
                    date_late in any::<bool>(), currency in proptest::sample::select(Currency::ALL.to_vec())) -> PricingParams {
            PricingParams {
                currency,
                price_date: if date_late { Date::ymd(2026, 11, 21) } else { Date::ymd(2025, 6, 1) },
                horizon_months: horizon,
                csp_adjust_pct: Decimal::from(adjust),
                org_seats: org,
                ea: EaTerms {
                    agreement_date: if agreement_after { Date::ymd(2026, 1, 1) } else { Date::ymd(2025, 1, 1) },
                    negotiated_discount_pct: Decimal::from(negotiated),
                    ..EaTerms::default()
                },
                hidden: HiddenCosts {
                    procurement_per_order: Decimal::from(procurement),
                    expense_claim: Decimal::from(claim),
                    admin_review: Decimal::from(review),
                    seats_per_purchase: per_purchase,
                    centralise_after_months: centralise,
                },
                variants: BTreeMap::new(),
                // VAT too, so every property holds on the gross basis as well.
                vat: VatBasis { gross: negotiated % 2 == 0, rate_pct: Decimal::from(review % 31) },
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// No figure mixes currencies: a plan's starting price is a catalogue price of the
        /// scenario's currency, and where that currency has none the plan is unpriced, whatever
        /// other currencies say.
        #[test]
        fn a_plan_is_priced_only_from_the_chosen_currency(p in params(), product_ix in 0usize..64, plan_ix in 0usize..7) {
            let catalog = Catalog::embedded();
            let product = &catalog.products[product_ix % catalog.products.len()];
            let plan = Plan::ALL[plan_ix];
            let own: Vec<Decimal> = product
                .prices
                .iter()
                .filter(|pp| pp.currency == p.currency && pp.in_effect_on(p.price_date))
                .map(|pp| pp.amount)
                .collect();
            match PlanPricer::new(product, None, plan, &p) {
                Ok(pricer) => prop_assert!(own.contains(&pricer.unit.base), "{} {:?}: base {} not in {:?}", product.name, p.currency, pricer.unit.base, own),
                Err(Unavailable::PriceUnknown) => prop_assert!(
                    product.published_price(p.currency, Term::Annual, p.price_date).is_none()
                ),
                Err(_) => {}
            }
        }

        #[test]
        fn cost_never_falls_as_seats_rise(p in params(), product_ix in 0usize..64, plan_ix in 0usize..7, seats in 1u32..99_999) {
            let products = priced_products();
            let product = &products[product_ix % products.len()];
            if let Ok(pricer) = PlanPricer::new(product, None, Plan::ALL[plan_ix], &p) {
                prop_assert!(pricer.cost(seats + 1).total >= pricer.cost(seats).total);
            }
        }

        #[test]
        fn break_even_is_where_the_curves_cross(p in params(), product_ix in 0usize..64, a_ix in 0usize..7, b_ix in 0usize..7) {
            let products = priced_products();
            let product = &products[product_ix % products.len()];
            let (Ok(a), Ok(b)) = (PlanPricer::new(product, None, Plan::ALL[a_ix], &p), PlanPricer::new(product, None, Plan::ALL[b_ix], &p)) else {
                return Ok(());
            };
            let max = 2_000;
            if let Some(be) = break_even(&a, &b, max) {
                let cost = |plan: Plan, n: u32| if plan == a.plan { a.cost(n).total } else { b.cost(n).total };
                // From the break-even on, the other plan is strictly cheaper; just below it, not.
                prop_assert!(cost(be.cheaper_from, be.seats) < cost(be.cheaper_below, be.seats));
                prop_assert!(cost(be.cheaper_below, be.seats - 1) <= cost(be.cheaper_from, be.seats - 1));
                // ...and stays cheaper over the next purchase groups (the order has settled).
                for n in be.seats..max {
                    prop_assert!(cost(be.cheaper_from, n) < cost(be.cheaper_below, n), "unsettled at {}", n);
                }
                // With one seat per purchase the lines are straight: the whole-seat answer is the
                // first seat past the exact crossing.
                if p.hidden.seats_per_purchase == 1 {
                    prop_assert!((be.exact - Decimal::from(be.seats)).abs() <= Decimal::ONE, "exact {} seats {}", be.exact, be.seats);
                }
            }
        }
    }
}
