//! Seats that change over time (issue 24, item 3): the user's stated assumption of seats per
//! month ([`Ramp`]), what a plan costs month by month when its seats follow that assumption
//! ([`RampPricer`]), running totals and the month from which one channel is cheaper for good.
//!
//! The month-by-month rules are `pricing`'s, applied to seats that move:
//! * Monthly term: each month is billed for that month's seats and can fall the next month.
//! * Annual commitments (paid up front or billed monthly): seats bought at a term start are
//!   paid for twelve months. A rise mid-term is a new commitment starting that month, with its
//!   own twelve months; a fall waits for the end of the terms that hold the seats. At a term's
//!   end it renews for the seats still needed beyond the other running terms, so renewals and
//!   rises that fall on the same month form one commitment.
//! * A commitment is paid to its end: months billed after the horizon are counted in its last
//!   month, as `PlanPricer::cost` counts them in the total.
//! * Self-service: one expense claim per purchase per billing period, one admin review per new
//!   purchase (renewals are not new), `seats_per_purchase` seats per purchase. After
//!   centralising nothing is bought or renewed on cards; the central CSP annual order (one
//!   procurement) follows the ramp from that month.
//! * A central order (CSP, EA) is procured once, in its first month; later seats are added to it.
//!
//! So a flat ramp costs, summed over the months, exactly `PlanPricer::cost(seats).total`.
use crate::domain::catalog::{Product, Term};
use crate::domain::input::{DecimalSpec, SEATS};
use crate::domain::money::round_line;
use crate::domain::pricing::{
    Channel, CostBreakdown, HiddenCosts, Plan, PlanPricer, PricingParams, Unavailable, MAX_HORIZON_MONTHS,
};
use crate::i18n::k;
use crate::i18n::Message;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Most entries in a stepped ramp: two years of monthly changes is already more detail than
/// anyone can forecast.
pub const MAX_STEPS: usize = 24;

/// Months one annual commitment runs (annual, and annual billed monthly).
const COMMITMENT_MONTHS: u32 = 12;

/// One entry of a stepped ramp: `seats` from `month` on (month 0 is the horizon's first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub month: u32,
    pub seats: u32,
}

/// How the user states the seats over time, as typed; [`Ramp::new`] validates it. In files:
/// `{"linear": {"start": 10, "end": 40, "end_month": 12}}`, `{"growth": {"start": 10,
/// "rate_pct": "2.5"}}`, `{"steps": [{"month": 0, "seats": 10}, …]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RampSpec {
    /// `start` seats at month 0, a straight line to `end` seats at `end_month`, flat after it.
    Linear { start: u32, end: u32, end_month: u32 },
    /// `start` seats at month 0, changing by `rate_pct` percent a month, compounded.
    Growth { start: u32, rate_pct: Decimal },
    /// Each entry's seats from its month on; the first entry is month 0.
    Steps(Vec<Step>),
}

impl RampSpec {
    /// Monthly growth (or decline) in percent. Beyond ±50 % a month a forecast is a guess; and
    /// above it 100 seats pass the seat limit within two years.
    pub const GROWTH_RATE: DecimalSpec = DecimalSpec::new(-50, 50, 2);
}

impl RampSpec {
    /// A list of steps as typed: `month: seats` pairs separated by commas, semicolons or line
    /// breaks (`=` also separates a pair; a comma separates entries, so seats have no digit
    /// grouping). Only the
    /// reading is checked here; [`Ramp::check`] checks what it says.
    pub fn parse_steps(raw: &str) -> Result<RampSpec, Message> {
        let mut steps = Vec::new();
        for entry in raw.split([',', ';', '\n']).map(str::trim).filter(|e| !e.is_empty()) {
            let bad = || Message::new(&k::RAMP_ERR_STEP_SYNTAX).arg("entry", entry);
            let (month, seats) = entry.split_once([':', '=']).ok_or_else(bad)?;
            let month = month.trim().parse::<u32>().map_err(|_| bad())?;
            let seats = crate::domain::input::parse_seats(seats).map_err(|_| bad())?;
            steps.push(Step { month, seats });
        }
        Ok(RampSpec::Steps(steps))
    }

    /// Steps as the field shows them: `0: 10, 6: 25`.
    pub fn steps_text(steps: &[Step]) -> String {
        steps.iter().map(|s| format!("{}: {}", s.month, s.seats)).collect::<Vec<_>>().join(", ")
    }
}

/// Why a stated ramp is refused; each names what the field needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RampError {
    /// The horizon is outside `PricingParams::HORIZON`.
    Horizon {
        months: u32,
    },
    /// A linear ramp's end month is outside `PricingParams::HORIZON`.
    EndMonth {
        month: u32,
    },
    NoSteps,
    TooManySteps {
        count: usize,
    },
    /// The first step must say the seats at month 0.
    FirstStepNotMonthZero {
        month: u32,
    },
    /// A step's month is not after the previous step's.
    StepsNotIncreasing {
        month: u32,
    },
    /// A step past the longest horizon would never take effect.
    StepMonth {
        month: u32,
    },
    /// Outside `RampSpec::GROWTH_RATE` (range or decimals).
    GrowthRate {
        rate_pct: Decimal,
    },
    /// The first month whose seats are outside `input::SEATS`.
    Seats {
        month: u32,
    },
}

impl RampError {
    /// What the field needs, in the user's language.
    pub fn message(&self) -> Message {
        let seats = SEATS;
        match self {
            RampError::Horizon { months } => {
                Message::new(&k::RAMP_ERR_HORIZON).count("months", *months).count("max", MAX_HORIZON_MONTHS)
            }
            RampError::EndMonth { month } => {
                Message::new(&k::RAMP_ERR_END_MONTH).count("month", *month).count("max", MAX_HORIZON_MONTHS)
            }
            RampError::NoSteps => Message::new(&k::RAMP_ERR_NO_STEPS),
            RampError::TooManySteps { count } => {
                Message::new(&k::RAMP_ERR_TOO_MANY_STEPS).count("count", *count as u64).count("max", MAX_STEPS as u64)
            }
            RampError::FirstStepNotMonthZero { month } => Message::new(&k::RAMP_ERR_FIRST_STEP).count("month", *month),
            RampError::StepsNotIncreasing { month } => Message::new(&k::RAMP_ERR_STEPS_ORDER).count("month", *month),
            RampError::StepMonth { month } => {
                Message::new(&k::RAMP_ERR_STEP_MONTH).count("month", *month).count("last", MAX_HORIZON_MONTHS - 1)
            }
            RampError::GrowthRate { rate_pct } => {
                let spec = RampSpec::GROWTH_RATE;
                Message::new(&k::RAMP_ERR_GROWTH)
                    .number("value", *rate_pct)
                    .number("min", spec.min.into())
                    .number("max", spec.max.into())
                    .count("dp", spec.dp)
            }
            RampError::Seats { month } => {
                Message::new(&k::RAMP_ERR_SEATS).count("month", *month).count("min", seats.min).count("max", seats.max)
            }
        }
    }
}

/// A validated ramp: seats for every month of its horizon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ramp {
    spec: RampSpec,
    seats: Vec<u32>,
}

impl Ramp {
    /// Validates `spec` and resolves its seats for months `0..horizon`.
    pub fn new(spec: RampSpec, horizon: u32) -> Result<Ramp, RampError> {
        if !PricingParams::HORIZON.contains(horizon) {
            return Err(RampError::Horizon { months: horizon });
        }
        let seat_ok = |s: u32| SEATS.contains(s);
        let seats: Vec<u32> = match &spec {
            RampSpec::Linear { start, end, end_month } => {
                if !PricingParams::HORIZON.contains(*end_month) {
                    return Err(RampError::EndMonth { month: *end_month });
                }
                if !seat_ok(*start) {
                    return Err(RampError::Seats { month: 0 });
                }
                if !seat_ok(*end) {
                    return Err(RampError::Seats { month: *end_month });
                }
                (0..horizon).map(|m| linear_seats(*start, *end, *end_month, m)).collect()
            }
            RampSpec::Growth { start, rate_pct } => {
                if !RampSpec::GROWTH_RATE.contains(*rate_pct) {
                    return Err(RampError::GrowthRate { rate_pct: *rate_pct });
                }
                if !seat_ok(*start) {
                    return Err(RampError::Seats { month: 0 });
                }
                growth_seats(*start, *rate_pct, horizon)?
            }
            RampSpec::Steps(steps) => {
                let first = steps.first().ok_or(RampError::NoSteps)?;
                if steps.len() > MAX_STEPS {
                    return Err(RampError::TooManySteps { count: steps.len() });
                }
                if first.month != 0 {
                    return Err(RampError::FirstStepNotMonthZero { month: first.month });
                }
                if let Some(w) = steps.windows(2).find(|w| w[1].month <= w[0].month) {
                    return Err(RampError::StepsNotIncreasing { month: w[1].month });
                }
                if let Some(s) = steps.iter().find(|s| s.month >= MAX_HORIZON_MONTHS) {
                    return Err(RampError::StepMonth { month: s.month });
                }
                if let Some(s) = steps.iter().find(|s| !seat_ok(s.seats)) {
                    return Err(RampError::Seats { month: s.month });
                }
                (0..horizon)
                    .map(|m| steps.iter().take_while(|s| s.month <= m).last().map_or(first.seats, |s| s.seats))
                    .collect()
            }
        };
        Ok(Ramp { spec, seats })
    }

    /// Whether `spec` holds over the longest horizon: what a scenario keeps, so that a longer
    /// horizon chosen later cannot make a stored ramp (a growth rate, say) invalid.
    pub fn check(spec: &RampSpec) -> Result<(), RampError> {
        Ramp::new(spec.clone(), MAX_HORIZON_MONTHS).map(|_| ())
    }

    /// The same seats every month: what the fixed-seat figures assume.
    pub fn flat(seats: u32, horizon: u32) -> Result<Ramp, RampError> {
        Ramp::new(RampSpec::Steps(vec![Step { month: 0, seats }]), horizon)
    }

    /// Seats needed in `month`; past the ramp's horizon the last month's seats hold, so a
    /// pricer with a longer horizon still gets an answer (the UI builds both from one horizon).
    pub fn seats_at(&self, month: u32) -> u32 {
        let last = self.seats.len() - 1;
        self.seats[(month as usize).min(last)]
    }

    pub fn horizon(&self) -> u32 {
        self.seats.len() as u32
    }

    /// Seats per month, month 0 first.
    pub fn seats(&self) -> &[u32] {
        &self.seats
    }

    pub fn spec(&self) -> &RampSpec {
        &self.spec
    }
}

/// Rounded up: a fraction of a person still needs a whole licence.
fn linear_seats(start: u32, end: u32, end_month: u32, month: u32) -> u32 {
    if month >= end_month {
        return end;
    }
    let (start, end, n, m) = (u64::from(start), u64::from(end), u64::from(end_month), u64::from(month));
    // Both weights are non-negative, so no signed arithmetic is needed for a falling line.
    let seats = (start * (n - m) + end * m).div_ceil(n);
    u32::try_from(seats).unwrap_or(u32::MAX)
}

/// Compounded on the exact figure and rounded up only for the seats bought: rounding each month
/// before compounding would let +10 % on one seat add a seat every month. Rounding up also
/// keeps a declining ramp at one seat or more.
fn growth_seats(start: u32, rate_pct: Decimal, horizon: u32) -> Result<Vec<u32>, RampError> {
    let factor = Decimal::ONE + rate_pct / Decimal::ONE_HUNDRED;
    let mut exact = Decimal::from(start);
    let mut seats = Vec::with_capacity(horizon as usize);
    for month in 0..horizon {
        let whole = exact.ceil().to_u32().filter(|s| SEATS.contains(*s));
        seats.push(whole.ok_or(RampError::Seats { month })?);
        exact *= factor;
    }
    Ok(seats)
}

/// One month's cost: licences, and the organisation's own costs around them (procurement,
/// expense claims, admin reviews).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct MonthCost {
    pub licences: Decimal,
    pub overhead: Decimal,
}

impl MonthCost {
    pub fn total(self) -> Decimal {
        self.licences + self.overhead
    }
}

/// A plan priced for one product, for ramps: prices resolved once, as [`PlanPricer`] does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RampPricer {
    pub plan: Plan,
    /// Per seat per month, exact: `PlanPricer::unit.amount`.
    unit: Decimal,
    /// CSP annual unit price and the month self-service stops, when the organisation centralises.
    central: Option<(Decimal, u32)>,
    horizon: u32,
    hidden: HiddenCosts,
}

impl RampPricer {
    /// Unavailable exactly when `PlanPricer::new` is: the same prices, through the same rules.
    pub fn new(
        product: &Product,
        override_price: Option<Decimal>,
        plan: Plan,
        params: &PricingParams,
    ) -> Result<RampPricer, Unavailable> {
        Ok(RampPricer::of(&PlanPricer::new(product, override_price, plan, params)?, params))
    }

    /// The ramp's pricer of a plan already priced for fixed seats (with the same `params`).
    pub fn of(pricer: &PlanPricer, params: &PricingParams) -> RampPricer {
        // The fixed-seat engine resolves the unit price, the horizon and whether (and to what
        // price) a self-service plan centralises; the ramp takes them from it, not again.
        let central = pricer.central_unit().zip(params.hidden.centralise_after_months);
        RampPricer {
            plan: pricer.plan,
            unit: pricer.unit.amount,
            central,
            horizon: pricer.horizon(),
            hidden: params.hidden.clone(),
        }
    }

    pub fn horizon(&self) -> u32 {
        self.horizon
    }

    /// Each month's cost over the horizon, month 0 first, with seats following `ramp`.
    pub fn monthly_breakdown(&self, ramp: &Ramp) -> Vec<MonthCost> {
        self.ledger(ramp).months
    }

    /// The horizon's cost split as [`PlanPricer::cost`] splits it, with seats following `ramp`:
    /// for a flat ramp the same figures (the duplicates after centralising within a cent per
    /// month billed, as they are rounded per invoice line here).
    pub fn breakdown(&self, ramp: &Ramp) -> CostBreakdown {
        let mut b = self.ledger(ramp).sum;
        b.total = b.licences + b.central_after + b.procurement + b.expense_claims + b.admin_reviews;
        b
    }

    fn ledger(&self, ramp: &Ramp) -> Ledger {
        let mut ledger =
            Ledger { months: vec![MonthCost::default(); self.horizon as usize], sum: CostBreakdown::default() };
        match self.plan.channel {
            Channel::Csp | Channel::Ea => {
                ledger.overhead(0, self.hidden.procurement_per_order, Overhead::Procurement);
                let run = Run {
                    unit: self.unit,
                    term: self.plan.term,
                    from: 0,
                    until: self.horizon,
                    card: false,
                    after: false,
                };
                self.buy(&mut ledger, ramp, run);
            }
            Channel::SelfService => {
                let until = self.central.map_or(self.horizon, |(_, m)| m);
                let run = Run { unit: self.unit, term: self.plan.term, from: 0, until, card: true, after: false };
                self.buy(&mut ledger, ramp, run);
                if let Some((central_unit, from)) = self.central {
                    ledger.overhead(from, self.hidden.procurement_per_order, Overhead::Procurement);
                    let run = Run {
                        unit: central_unit,
                        term: Term::Annual,
                        from,
                        until: self.horizon,
                        card: false,
                        after: true,
                    };
                    self.buy(&mut ledger, ramp, run);
                }
            }
        }
        ledger
    }

    /// Each month's total cost over the horizon, month 0 first.
    pub fn monthly_costs(&self, ramp: &Ramp) -> Vec<Decimal> {
        self.monthly_breakdown(ramp).into_iter().map(MonthCost::total).collect()
    }

    fn purchases(&self, seats: u32) -> u32 {
        seats.div_ceil(self.hidden.seats_per_purchase.max(1))
    }

    fn buy(&self, ledger: &mut Ledger, ramp: &Ramp, run: Run) {
        match run.term {
            Term::Monthly => self.buy_monthly(ledger, ramp, run),
            Term::Annual | Term::AnnualBilledMonthly => self.buy_commitments(ledger, ramp, run),
        }
    }

    fn buy_monthly(&self, ledger: &mut Ledger, ramp: &Ramp, run: Run) {
        let h = &self.hidden;
        let mut previous = 0;
        for m in run.from..run.until {
            let seats = ramp.seats_at(m);
            ledger.licence(m, round_line(run.unit * Decimal::from(seats)), run);
            if run.card {
                let purchases = self.purchases(seats);
                ledger.overhead(m, h.expense_claim * Decimal::from(purchases), Overhead::Claim);
                // Seats dropped and bought again are new subscriptions to review.
                let new = purchases.saturating_sub(previous);
                ledger.overhead(m, h.admin_review * Decimal::from(new), Overhead::Review);
                previous = purchases;
            }
        }
    }

    fn buy_commitments(&self, ledger: &mut Ledger, ramp: &Ramp, run: Run) {
        let h = &self.hidden;
        // Seats and purchases of the commitments running, by the month of the term their
        // twelve months started in: twelve terms can overlap, one starting each month.
        let mut terms = [(0u32, 0u32); COMMITMENT_MONTHS as usize];
        for m in run.from..run.until {
            let phase = ((m - run.from) % COMMITMENT_MONTHS) as usize;
            // This phase's term (if any) ends now; the others still hold their seats.
            let held: u32 = terms.iter().enumerate().filter(|(i, _)| *i != phase).map(|(_, t)| t.0).sum();
            let seats = ramp.seats_at(m).saturating_sub(held);
            let purchases = self.purchases(seats);
            let claim = h.expense_claim * Decimal::from(purchases);
            match run.term {
                Term::Annual => {
                    let months = Decimal::from(COMMITMENT_MONTHS);
                    ledger.licence(m, round_line(run.unit * Decimal::from(seats) * months), run);
                    if run.card {
                        ledger.overhead(m, claim, Overhead::Claim);
                    }
                    // Months of this year after the card purchases stop are paid twice.
                    let twice = (m + COMMITMENT_MONTHS).saturating_sub(run.until.max(m));
                    if run.card && self.central.is_some() && twice > 0 {
                        ledger.sum.overlap += round_line(run.unit * Decimal::from(seats) * Decimal::from(twice));
                    }
                }
                _ => {
                    for billed in m..m + COMMITMENT_MONTHS {
                        let line = round_line(run.unit * Decimal::from(seats));
                        ledger.licence(billed, line, run);
                        if run.card {
                            ledger.overhead(billed, claim, Overhead::Claim);
                            if self.central.is_some() && billed >= run.until {
                                ledger.sum.overlap += line;
                            }
                        }
                    }
                }
            }
            if run.card {
                // A renewal is the same subscription; only purchases beyond it are reviewed.
                let new = purchases.saturating_sub(terms[phase].1);
                ledger.overhead(m, h.admin_review * Decimal::from(new), Overhead::Review);
            }
            terms[phase] = (seats, purchases);
        }
    }
}

/// One stretch of buying: at `unit` on `term`, new purchases and renewals in `from..until`
/// (commitments made run on past `until`), with card purchases' own costs or without.
#[derive(Clone, Copy)]
struct Run {
    unit: Decimal,
    term: Term,
    from: u32,
    until: u32,
    card: bool,
    /// The central order a self-service plan hands over to (its licences are `central_after`).
    after: bool,
}

/// Which of the organisation's own costs an amount is, for [`CostBreakdown`].
#[derive(Clone, Copy)]
enum Overhead {
    Procurement,
    Claim,
    Review,
}

/// Costs by month, and the same costs summed by kind.
struct Ledger {
    months: Vec<MonthCost>,
    sum: CostBreakdown,
}

impl Ledger {
    /// Months after the horizon go to its last month: a commitment is paid to its end.
    fn slot(&mut self, month: u32) -> &mut MonthCost {
        let last = self.months.len() - 1;
        &mut self.months[(month as usize).min(last)]
    }

    fn licence(&mut self, month: u32, amount: Decimal, run: Run) {
        self.slot(month).licences += amount;
        *(if run.after { &mut self.sum.central_after } else { &mut self.sum.licences }) += amount;
    }

    /// Hidden-cost amounts are whole cents (`HiddenCosts::AMOUNT`), so the rounding never moves
    /// a figure; it keeps every month in cents if one is set otherwise.
    fn overhead(&mut self, month: u32, amount: Decimal, kind: Overhead) {
        let amount = round_line(amount);
        self.slot(month).overhead += amount;
        let sum = &mut self.sum;
        *match kind {
            Overhead::Procurement => &mut sum.procurement,
            Overhead::Claim => &mut sum.expense_claims,
            Overhead::Review => &mut sum.admin_reviews,
        } += amount;
    }
}

/// Each month's cost of `plan` for `product` with seats following `ramp`, over the params'
/// horizon.
pub fn monthly_costs(
    product: &Product,
    override_price: Option<Decimal>,
    plan: Plan,
    params: &PricingParams,
    ramp: &Ramp,
) -> Result<Vec<Decimal>, Unavailable> {
    Ok(RampPricer::new(product, override_price, plan, params)?.monthly_costs(ramp))
}

/// Running totals: element `i` is what months `0..=i` cost.
pub fn cumulative(costs: &[Decimal]) -> Vec<Decimal> {
    costs
        .iter()
        .scan(Decimal::ZERO, |sum, c| {
            *sum += *c;
            Some(*sum)
        })
        .collect()
}

/// The first month from which `b` (monthly costs, e.g. a central channel) has cost strictly less
/// in total than `a` (e.g. self-service) at the end of that month and of every month after it,
/// through the end of the horizon. `None` if `b` is not strictly cheaper by the last month; a tie
/// is not cheaper. Months both slices have are compared.
pub fn break_even_month(a: &[Decimal], b: &[Decimal]) -> Option<u32> {
    let n = a.len().min(b.len());
    let (ca, cb) = (cumulative(&a[..n]), cumulative(&b[..n]));
    let from = (0..n).rev().take_while(|&i| cb[i] < ca[i]).last()?;
    Some(from as u32)
}

/// What a product's ramp comes to: the seats month by month, each priced plan's running
/// total, and when central buying pays off for good.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RampOutcome {
    pub spec: RampSpec,
    /// Seats per month over the horizon, month 0 first.
    pub seats: Vec<u32>,
    /// Each priced plan's running total, month 0 first, in the order the plans were given.
    pub cumulative: Vec<(Plan, Vec<Decimal>)>,
    pub break_even: Option<MonthBreakEven>,
}

/// The central plan set against self-service, and the first month from which it has cost less
/// in total for good (`None`: not within the horizon).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthBreakEven {
    pub central: Plan,
    pub self_service: Plan,
    pub month: Option<u32>,
}

impl RampOutcome {
    /// `priced` are the plans with a price, each with its horizon total under the ramp. The
    /// central plan is the cheapest central one over the horizon (the one a recommendation to
    /// centralise would buy); self-service is `baseline` when it is a priced self-service plan,
    /// else the cheapest self-service one.
    pub fn of(ramp: &Ramp, priced: &[(RampPricer, Decimal)], baseline: Plan) -> RampOutcome {
        let monthly: Vec<(Plan, Vec<Decimal>, Decimal)> =
            priced.iter().map(|(p, total)| (p.plan, p.monthly_costs(ramp), *total)).collect();
        let cheapest = |central: bool| {
            monthly.iter().filter(|(plan, ..)| (plan.channel != Channel::SelfService) == central).fold(
                None::<&(Plan, Vec<Decimal>, Decimal)>,
                |best, m| match best {
                    Some(b) if b.2 <= m.2 => Some(b),
                    _ => Some(m),
                },
            )
        };
        let ssp = monthly.iter().find(|(plan, ..)| *plan == baseline && plan.channel == Channel::SelfService);
        let break_even = match (cheapest(true), ssp.or_else(|| cheapest(false))) {
            (Some(central), Some(ssp)) => Some(MonthBreakEven {
                central: central.0,
                self_service: ssp.0,
                month: break_even_month(&ssp.1, &central.1),
            }),
            _ => None,
        };
        RampOutcome {
            spec: ramp.spec().clone(),
            seats: ramp.seats().to_vec(),
            cumulative: monthly.iter().map(|(plan, months, _)| (*plan, cumulative(months))).collect(),
            break_even,
        }
    }
}

// ---- in words: the same sentences on screen, in the report, the Markdown and the CSV ----

/// The ramp as the user's assumption, in words ("Your assumption: 10 seats at month 0, …").
pub fn assumption_text(lang: crate::i18n::Lang, spec: &RampSpec) -> String {
    use crate::i18n::{format_count, tf, tn};
    let seats = |n: u32| tn(lang, &k::UNIT_SEATS, n.into(), &[]);
    match spec {
        RampSpec::Linear { start, end, end_month } => tf(
            lang,
            &k::RAMP_SAYS_LINEAR,
            &[("start", seats(*start)), ("end", seats(*end)), ("month", format_count((*end_month).into(), lang))],
        ),
        RampSpec::Growth { start, rate_pct } => {
            let rate =
                crate::domain::money::format_number(rate_pct.normalize(), rate_pct.normalize().scale(), lang.locale());
            let signed = if rate_pct.is_sign_positive() && !rate_pct.is_zero() { format!("+{rate}") } else { rate };
            tf(lang, &k::RAMP_SAYS_GROWTH, &[("start", seats(*start)), ("rate", signed)])
        }
        RampSpec::Steps(steps) => {
            let list: Vec<String> = steps
                .iter()
                .map(|s| tn(lang, &k::RAMP_STEP_ITEM, s.seats.into(), &[("month", format_count(s.month.into(), lang))]))
                .collect();
            tf(lang, &k::RAMP_SAYS_STEPS, &[("list", list.join(", "))])
        }
    }
}

/// The seats the ramp comes to over the horizon, lowest to highest.
pub fn seats_span_text(lang: crate::i18n::Lang, seats: &[u32]) -> String {
    let n = |x: u32| crate::i18n::format_count(x.into(), lang);
    let (low, high) = (seats.iter().copied().min().unwrap_or(0), seats.iter().copied().max().unwrap_or(0));
    let (first, last) = (seats.first().copied().unwrap_or(0), seats.last().copied().unwrap_or(0));
    crate::i18n::tf(
        lang,
        &k::RAMP_SEATS_SPAN,
        &[("low", n(low)), ("high", n(high)), ("first", n(first)), ("last", n(last))],
    )
}

/// "From month 7 on, CSP, annual costs less in total than Self-service, annual, for good", or
/// that it does not within the horizon.
pub fn break_even_month_text(lang: crate::i18n::Lang, b: &MonthBreakEven, horizon: u32) -> String {
    use crate::i18n::{format_count, t, tf, tn};
    let plans = [("central", t(lang, b.central.label_key())), ("ssp", t(lang, b.self_service.label_key()))];
    match b.month {
        Some(m) => {
            let mut args = vec![("month", format_count(m.into(), lang))];
            args.extend(plans);
            tf(lang, &k::RAMP_BREAK_EVEN, &args)
        }
        None => tn(lang, &k::RAMP_NO_BREAK_EVEN, horizon.into(), &plans),
    }
}

/// A ramp's outcome in sentences for the report, the Markdown and the CSV: the assumption,
/// the seats it comes to, and the break-even month (empty without a ramp).
pub fn outcome_sentences(lang: crate::i18n::Lang, o: Option<&RampOutcome>, horizon: u32) -> Vec<String> {
    let Some(o) = o else { return Vec::new() };
    let mut out = vec![assumption_text(lang, &o.spec), seats_span_text(lang, &o.seats)];
    out.extend(o.break_even.map(|b| break_even_month_text(lang, &b, horizon)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pricing::EA_MINIMUM_SEATS;
    use crate::domain::test_support::{shipped, PBI};
    use rust_decimal_macros::dec;

    fn pbi() -> Product {
        shipped(PBI)
    }

    fn steps(list: &[(u32, u32)]) -> RampSpec {
        RampSpec::Steps(list.iter().map(|&(month, seats)| Step { month, seats }).collect())
    }

    fn costs(plan: Plan, params: &PricingParams, ramp: &Ramp) -> Vec<Decimal> {
        monthly_costs(&pbi(), None, plan, params, ramp).unwrap()
    }

    fn nothing_hidden() -> HiddenCosts {
        HiddenCosts {
            procurement_per_order: dec!(0),
            expense_claim: dec!(0),
            admin_review: dec!(0),
            seats_per_purchase: 1,
            centralise_after_months: None,
        }
    }

    #[test]
    fn linear_ramps_round_up_between_the_ends() {
        // 10 -> 20 over 3 months: 10, 10 + 10/3 = 13.33 -> 14, 10 + 20/3 = 16.67 -> 17, 20, then flat
        let r = Ramp::new(RampSpec::Linear { start: 10, end: 20, end_month: 3 }, 5).unwrap();
        assert_eq!(r.seats(), &[10, 14, 17, 20, 20]);
        // falling 20 -> 10 over 3: 20, 16.67 -> 17, 13.33 -> 14, 10
        let r = Ramp::new(RampSpec::Linear { start: 20, end: 10, end_month: 3 }, 4).unwrap();
        assert_eq!(r.seats(), &[20, 17, 14, 10]);
        assert_eq!(r.seats_at(30), 10, "past its horizon the last month holds");
    }

    #[test]
    fn growth_compounds_the_exact_figure_and_rounds_up_the_seats() {
        // 100 x 1.1^m: 100, 110, 121, 133.1 -> 134, 146.41 -> 147
        let up = Ramp::new(RampSpec::Growth { start: 100, rate_pct: dec!(10) }, 5).unwrap();
        assert_eq!(up.seats(), &[100, 110, 121, 134, 147]);
        // 100 x 0.9^m: 100, 90, 81, 72.9 -> 73, 65.61 -> 66
        let down = Ramp::new(RampSpec::Growth { start: 100, rate_pct: dec!(-10) }, 5).unwrap();
        assert_eq!(down.seats(), &[100, 90, 81, 73, 66]);
        // 1 seat x 1.1: 1, 1.1 -> 2, 1.21 -> 2, 1.331 -> 2, 1.4641 -> 2 (rounding each month first
        // would give 1, 2, 3, 4, 5)
        let one = Ramp::new(RampSpec::Growth { start: 1, rate_pct: dec!(10) }, 5).unwrap();
        assert_eq!(one.seats(), &[1, 2, 2, 2, 2]);
        // Halving never reaches zero seats: 3, 1.5 -> 2, 0.75 -> 1, ...
        let halving = Ramp::new(RampSpec::Growth { start: 3, rate_pct: dec!(-50) }, 36).unwrap();
        assert!(halving.seats().iter().all(|&s| s >= 1));
    }

    #[test]
    fn steps_hold_from_their_month_on() {
        let r = Ramp::new(steps(&[(0, 5), (2, 8), (4, 3)]), 6).unwrap();
        assert_eq!(r.seats(), &[5, 5, 8, 8, 3, 3]);
        assert_eq!(Ramp::flat(7, 3).unwrap().seats(), &[7, 7, 7]);
    }

    #[test]
    fn invalid_ramps_say_why() {
        let max_seats = SEATS.max;
        let cases: Vec<(RampSpec, u32, RampError)> = vec![
            (steps(&[(0, 1)]), 0, RampError::Horizon { months: 0 }),
            (steps(&[(0, 1)]), MAX_HORIZON_MONTHS + 1, RampError::Horizon { months: MAX_HORIZON_MONTHS + 1 }),
            (steps(&[]), 12, RampError::NoSteps),
            (steps(&[(1, 5)]), 12, RampError::FirstStepNotMonthZero { month: 1 }),
            (steps(&[(0, 5), (3, 6), (3, 7)]), 12, RampError::StepsNotIncreasing { month: 3 }),
            (steps(&[(0, 5), (3, 6), (2, 7)]), 12, RampError::StepsNotIncreasing { month: 2 }),
            (steps(&[(0, 5), (MAX_HORIZON_MONTHS, 6)]), 12, RampError::StepMonth { month: MAX_HORIZON_MONTHS }),
            (steps(&[(0, 5), (4, 0)]), 12, RampError::Seats { month: 4 }),
            (steps(&[(0, max_seats + 1)]), 12, RampError::Seats { month: 0 }),
            (RampSpec::Linear { start: 0, end: 5, end_month: 3 }, 12, RampError::Seats { month: 0 }),
            (RampSpec::Linear { start: 5, end: max_seats + 1, end_month: 3 }, 12, RampError::Seats { month: 3 }),
            (RampSpec::Linear { start: 5, end: 6, end_month: 0 }, 12, RampError::EndMonth { month: 0 }),
            (
                RampSpec::Growth { start: 10, rate_pct: dec!(50.01) },
                12,
                RampError::GrowthRate { rate_pct: dec!(50.01) },
            ),
            (RampSpec::Growth { start: 10, rate_pct: dec!(-51) }, 12, RampError::GrowthRate { rate_pct: dec!(-51) }),
            (
                RampSpec::Growth { start: 10, rate_pct: dec!(1.001) },
                12,
                RampError::GrowthRate { rate_pct: dec!(1.001) },
            ),
            // 60,000 x 1.5 = 90,000 at month 1, 135,000 at month 2
            (RampSpec::Growth { start: 60_000, rate_pct: dec!(50) }, 12, RampError::Seats { month: 2 }),
        ];
        for (spec, horizon, err) in cases {
            assert_eq!(Ramp::new(spec.clone(), horizon), Err(err), "{spec:?} over {horizon}");
        }
        let many: Vec<(u32, u32)> = (0..=MAX_STEPS as u32).map(|m| (m, 1)).collect();
        assert_eq!(Ramp::new(steps(&many), 12), Err(RampError::TooManySteps { count: MAX_STEPS + 1 }));
        assert!(Ramp::new(steps(&many[..MAX_STEPS]), 12).is_ok());
        // The same growth over a shorter horizon stays within the limit: 60,000 then 90,000.
        assert!(Ramp::new(RampSpec::Growth { start: 60_000, rate_pct: dec!(50) }, 2).is_ok());
    }

    /// Self-service, monthly term, default hidden costs (claim 25 per purchase per month, review
    /// 40 per new purchase, one seat per purchase): Power BI Pro at the published 16.80.
    #[test]
    fn self_service_monthly_follows_the_ramp_month_by_month() {
        let p = PricingParams { horizon_months: 8, ..PricingParams::default() };
        let ramp = Ramp::new(steps(&[(0, 10), (3, 20), (6, 15)]), 8).unwrap();
        let c = costs(Plan::new(Channel::SelfService, Term::Monthly), &p, &ramp);
        // month 0: 16.80 x 10 = 168.00 + claims 25 x 10 = 250 + reviews 40 x 10 = 400 -> 818.00
        // months 1-2: 168.00 + 250 = 418.00
        // month 3: 16.80 x 20 = 336.00 + 500 + 10 new buyers x 40 = 400 -> 1,236.00
        // months 4-5: 336.00 + 500 = 836.00
        // months 6-7: 16.80 x 15 = 252.00 + 375 = 627.00 (the five who left stop paying)
        let expected = [818, 418, 418, 1236, 836, 836, 627, 627].map(Decimal::from);
        assert_eq!(c, expected);
        // 818 + 2 x 418 + 1,236 + 2 x 836 + 2 x 627 = 5,816.00
        assert_eq!(c.iter().sum::<Decimal>(), dec!(5816.00));
    }

    /// Self-service, annual paid up front, default hidden costs: Power BI Pro at 14.00.
    #[test]
    fn self_service_annual_buys_rises_as_new_terms_and_falls_at_renewal() {
        let p = PricingParams { horizon_months: 18, ..PricingParams::default() };
        let ramp = Ramp::new(steps(&[(0, 10), (3, 14), (12, 8)]), 18).unwrap();
        let c = costs(Plan::new(Channel::SelfService, Term::Annual), &p, &ramp);
        let mut expected = [Decimal::ZERO; 18];
        // month 0: 14 x 10 x 12 = 1,680.00 + claims 25 x 10 + reviews 40 x 10 = 2,330.00
        expected[0] = dec!(2330.00);
        // month 3: 4 more seats, their own year: 14 x 4 x 12 = 672.00 + 100 + 160 = 932.00
        expected[3] = dec!(932.00);
        // month 12: 8 needed, 4 still held by the month-3 term: the first term renews for 4:
        // 672.00 + one claim each 100 (renewals are not reviewed) = 772.00
        expected[12] = dec!(772.00);
        // month 15: the month-3 term renews; the other holds 4 of the 8: 672.00 + 100
        expected[15] = dec!(772.00);
        assert_eq!(c, expected);
    }

    /// Annual billed monthly: months billed after the horizon are counted in its last month.
    #[test]
    fn annual_billed_monthly_pays_each_term_to_its_end() {
        let p = PricingParams { horizon_months: 14, hidden: nothing_hidden(), ..PricingParams::default() };
        let ramp = Ramp::new(steps(&[(0, 2), (6, 3)]), 14).unwrap();
        let c = costs(Plan::new(Channel::SelfService, Term::AnnualBilledMonthly), &p, &ramp);
        // published 14.70: 2 seats 29.40 a month from month 0; 1 more seat 14.70 from month 6;
        // month 12 the first term renews for 2 (3 needed, 1 held by the month-6 term).
        // month 13 also carries what is still owed: 10 more months of 29.40 and 4 of 14.70.
        let mut expected = vec![dec!(29.40); 6];
        expected.extend([dec!(44.10); 7]);
        expected.push(dec!(44.10) + dec!(10) * dec!(29.40) + dec!(4) * dec!(14.70));
        assert_eq!(c, expected);
        // = 24 x 29.40 + 12 x 14.70 = 705.60 + 176.40
        assert_eq!(c.iter().sum::<Decimal>(), dec!(882.00));
    }

    /// CSP annual, growth of 10 % a month from 100 seats, procurement 200 once.
    #[test]
    fn csp_annual_buys_each_rise_as_a_new_commitment() {
        let p = PricingParams { horizon_months: 4, ..PricingParams::default() };
        let ramp = Ramp::new(RampSpec::Growth { start: 100, rate_pct: dec!(10) }, 4).unwrap();
        let c = costs(Plan::new(Channel::Csp, Term::Annual), &p, &ramp);
        // seats 100, 110, 121, 134: month 0 14 x 100 x 12 = 16,800 + 200; then 10, 11, 13 more
        // seats a year each: 1,680.00, 1,848.00, 2,184.00
        assert_eq!(c, [dec!(17000.00), dec!(1680.00), dec!(1848.00), dec!(2184.00)]);
        // Inside the first year every seat ever needed is paid for a year: the peak's cost.
        let peak = PlanPricer::new(&pbi(), None, Plan::new(Channel::Csp, Term::Annual), &p).unwrap().cost(134);
        assert_eq!(c.iter().sum::<Decimal>(), peak.total);
    }

    /// EA (an organisation of 1,000: level A, priced at 14.00), procurement 200 once.
    #[test]
    fn ea_holds_seats_to_the_end_of_their_terms() {
        let p = PricingParams { horizon_months: 24, org_seats: 1_000, ..PricingParams::default() };
        assert!(p.org_seats >= EA_MINIMUM_SEATS);
        let ramp = Ramp::new(steps(&[(0, 600), (8, 650), (12, 500)]), 24).unwrap();
        let c = costs(Plan::new(Channel::Ea, Term::Annual), &p, &ramp);
        let mut expected = [Decimal::ZERO; 24];
        // month 0: 14 x 600 x 12 = 100,800 + 200 procurement
        expected[0] = dec!(101000.00);
        // month 8: 50 more for a year: 14 x 50 x 12 = 8,400
        expected[8] = dec!(8400.00);
        // month 12: 500 needed, 50 held to month 20: the first term renews for 450: 75,600
        expected[12] = dec!(75600.00);
        // month 20: the month-8 term renews for the 50 the renewed 450 do not cover
        expected[20] = dec!(8400.00);
        assert_eq!(c, expected);
        assert_eq!(c.iter().sum::<Decimal>(), dec!(193400.00));
    }

    /// Centralising at month 6 of 12 (Power BI Pro, self-service annual, 10 seats growing to 12 at
    /// month 8): the buyers' year runs on, the central CSP annual order follows the ramp.
    #[test]
    fn centralising_hands_the_ramp_to_one_central_order() {
        let hidden = HiddenCosts { centralise_after_months: Some(6), ..HiddenCosts::default() };
        let p = PricingParams { horizon_months: 12, hidden, ..PricingParams::default() };
        let ramp = Ramp::new(steps(&[(0, 10), (8, 12)]), 12).unwrap();
        let c = costs(Plan::new(Channel::SelfService, Term::Annual), &p, &ramp);
        let mut expected = [Decimal::ZERO; 12];
        // month 0: 1,680.00 + claims 250 + reviews 400
        expected[0] = dec!(2330.00);
        // month 6: procurement 200 + central 14 x 10 x 12 = 1,680.00
        expected[6] = dec!(1880.00);
        // month 8: 2 more seats on the central order: 14 x 2 x 12 = 336.00, no card costs
        expected[8] = dec!(336.00);
        assert_eq!(c, expected);
        // By kind: the buyers' year 1,680.00, of which months 6-11 are paid twice: 14 x 10 x 6 =
        // 840.00; central 1,680.00 + 336.00 = 2,016.00; procurement 200; claims 250; reviews 400;
        // 1,680 + 2,016 + 200 + 250 + 400 = 4,546.00 = 2,330 + 1,880 + 336.
        let pricer = RampPricer::new(&pbi(), None, Plan::new(Channel::SelfService, Term::Annual), &p).unwrap();
        let b = pricer.breakdown(&ramp);
        assert_eq!(
            (b.licences, b.overlap, b.central_after, b.procurement, b.expense_claims, b.admin_reviews, b.total),
            (dec!(1680.00), dec!(840.00), dec!(2016.00), dec!(200), dec!(250), dec!(400), dec!(4546.00))
        );
    }

    #[test]
    fn steps_are_read_as_typed() {
        assert_eq!(
            RampSpec::parse_steps("0: 10, 6: 25;12=40\n 18 : 1000"),
            Ok(steps(&[(0, 10), (6, 25), (12, 40), (18, 1000)]))
        );
        assert_eq!(RampSpec::steps_text(&[Step { month: 0, seats: 10 }, Step { month: 6, seats: 25 }]), "0: 10, 6: 25");
        assert_eq!(RampSpec::parse_steps(""), Ok(RampSpec::Steps(vec![])));
        for bad in ["0 10", "x: 10", "0: ten", "-1: 5", "0: 0"] {
            let e = RampSpec::parse_steps(bad).unwrap_err();
            assert_eq!(e.key, &k::RAMP_ERR_STEP_SYNTAX, "{bad}");
        }
    }

    #[test]
    fn assumptions_and_break_even_in_words() {
        use crate::i18n::Lang;
        let lin = RampSpec::Linear { start: 10, end: 1_200, end_month: 12 };
        assert_eq!(
            assumption_text(Lang::En, &lin),
            "Your assumption: 10 seats at month 0, in a straight line to 1,200 seats by month 12, then the same."
        );
        let growth = RampSpec::Growth { start: 1, rate_pct: dec!(2.50) };
        assert_eq!(
            assumption_text(Lang::En, &growth),
            "Your assumption: 1 seat at month 0, changing by +2.5 % a month."
        );
        assert_eq!(
            assumption_text(Lang::De, &RampSpec::Growth { start: 1, rate_pct: dec!(-2.5) }),
            "Ihre Annahme: 1 Lizenz in Monat 0, mit einer Änderung von -2,5 % je Monat."
        );
        assert_eq!(
            assumption_text(Lang::Nl, &steps(&[(0, 1), (6, 25)])),
            "Uw aanname: 1 licentie vanaf maand 0, 25 licenties vanaf maand 6."
        );
        let csp = Plan::new(Channel::Csp, Term::Annual);
        let ssp = Plan::new(Channel::SelfService, Term::Monthly);
        let be = MonthBreakEven { central: csp, self_service: ssp, month: Some(7) };
        assert_eq!(
            break_even_month_text(Lang::En, &be, 12),
            "From month 7 on, CSP, annual costs less in total than Self-service, monthly term, for good."
        );
        let none = MonthBreakEven { month: None, ..be };
        assert_eq!(
            break_even_month_text(Lang::En, &none, 1),
            "Within the horizon of 1 month, CSP, annual does not stay cheaper in total than Self-service, monthly term."
        );
        assert!(break_even_month_text(Lang::De, &none, 24).contains("24 Monaten"));
        assert_eq!(
            seats_span_text(Lang::En, &[10, 40, 25]),
            "Over the horizon: 10 to 40 seats (month 0: 10; last month: 25)."
        );
    }

    #[test]
    fn cumulative_and_break_even_by_hand() {
        let d = |xs: &[i64]| xs.iter().map(|&x| Decimal::from(x)).collect::<Vec<_>>();
        assert_eq!(cumulative(&d(&[100, 10, 0, 5])), d(&[100, 110, 110, 115]));
        // self-service 100, 110, 120, 130, 140 against central 130 from the start: equal at
        // month 3 (a tie is not cheaper), cheaper from month 4
        assert_eq!(break_even_month(&d(&[100, 10, 10, 10, 10]), &d(&[130, 0, 0, 0, 0])), Some(4));
        assert_eq!(break_even_month(&d(&[100, 10, 10, 10]), &d(&[130, 0, 0, 0])), None);
        // central cheaper from month 1 (0, 50, 50, 50 against 10, 20, 30, 40)
        assert_eq!(break_even_month(&d(&[0, 50, 0, 0]), &d(&[10, 10, 10, 10])), Some(1));
        // ...but not if it is dearer again by the end (60 against 50): it did not stay cheaper
        assert_eq!(break_even_month(&d(&[0, 50, 0, 0]), &d(&[10, 10, 10, 30])), None);
        assert_eq!(break_even_month(&d(&[5]), &d(&[1])), Some(0));
        assert_eq!(break_even_month(&[], &[]), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::domain::pricing::properties::{params, priced_products};
    use proptest::prelude::*;

    fn spec() -> impl Strategy<Value = RampSpec> {
        prop_oneof![
            (1u32..=5_000, 1u32..=5_000, 1u32..=MAX_HORIZON_MONTHS)
                .prop_map(|(start, end, end_month)| RampSpec::Linear { start, end, end_month }),
            (1u32..=2_000, -5_000i64..=2_000)
                .prop_map(|(start, bp)| RampSpec::Growth { start, rate_pct: Decimal::new(bp, 2) }),
            proptest::collection::btree_map(1u32..MAX_HORIZON_MONTHS, 1u32..=5_000, 0..MAX_STEPS).prop_flat_map(
                |later| (1u32..=5_000).prop_map(move |first| {
                    let mut list = vec![Step { month: 0, seats: first }];
                    list.extend(later.iter().map(|(&month, &seats)| Step { month, seats }));
                    list.truncate(MAX_STEPS);
                    RampSpec::Steps(list)
                })
            ),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// The key property: with the same seats every month, the months add up to the
        /// fixed-seat total to the cent, for every priced product and every plan.
        #[test]
        fn a_flat_ramp_costs_the_fixed_seat_total(p in params(), seats in 1u32..=SEATS.max) {
            let ramp = Ramp::flat(seats, p.horizon_months).unwrap();
            for product in priced_products() {
                for plan in Plan::ALL {
                    match (PlanPricer::new(&product, None, plan, &p), RampPricer::new(&product, None, plan, &p)) {
                        (Ok(fixed), Ok(ramped)) => {
                            let months = ramped.monthly_costs(&ramp);
                            prop_assert_eq!(months.len() as u32, p.horizon_months);
                            prop_assert_eq!(months.iter().sum::<Decimal>(), fixed.cost(seats).total, "{} {:?}", product.name, plan);
                        }
                        (Err(a), Err(b)) => prop_assert_eq!(a, b),
                        (a, b) => prop_assert!(false, "{} {:?}: {:?} / {:?}", product.name, plan, a.err(), b.err()),
                    }
                }
            }
        }

        /// The split by kind agrees too: licences, central licences after centralising and each
        /// hidden cost to the cent; the duplicates within a cent per month billed twice (rounded
        /// per invoice line here, once for the whole stretch there).
        #[test]
        fn a_flat_ramp_splits_its_cost_as_the_fixed_seat_engine(p in params(), seats in 1u32..=SEATS.max) {
            let ramp = Ramp::flat(seats, p.horizon_months).unwrap();
            for product in priced_products() {
                for plan in Plan::ALL {
                    let (Ok(fixed), Ok(ramped)) = (PlanPricer::new(&product, None, plan, &p), RampPricer::new(&product, None, plan, &p)) else {
                        continue;
                    };
                    let (f, r) = (fixed.cost(seats), ramped.breakdown(&ramp));
                    prop_assert_eq!(r.total, ramped.monthly_costs(&ramp).iter().sum::<Decimal>());
                    prop_assert_eq!((r.licences, r.central_after, r.procurement, r.expense_claims, r.admin_reviews, r.total),
                                    (f.licences, f.central_after, f.procurement, f.expense_claims, f.admin_reviews, f.total),
                                    "{} {:?}", product.name, plan);
                    prop_assert!((r.overlap - f.overlap).abs() <= Decimal::new(i64::from(MAX_HORIZON_MONTHS), 2),
                                 "{} {:?}: {} / {}", product.name, plan, r.overlap, f.overlap);
                }
            }
        }

        /// No month costs less than nothing, so the running total never falls.
        #[test]
        fn cumulative_cost_never_falls(p in params(), spec in spec(), product_ix in 0usize..64, plan_ix in 0usize..7) {
            let Ok(ramp) = Ramp::new(spec, p.horizon_months) else { return Ok(()) };
            let products = priced_products();
            let Ok(pricer) = RampPricer::new(&products[product_ix % products.len()], None, Plan::ALL[plan_ix], &p) else {
                return Ok(());
            };
            let months = pricer.monthly_costs(&ramp);
            let running = cumulative(&months);
            prop_assert_eq!(running.len(), months.len());
            prop_assert!(months.iter().all(|c| *c >= Decimal::ZERO));
            prop_assert!(running.windows(2).all(|w| w[0] <= w[1]));
            prop_assert_eq!(running.last().copied(), Some(months.iter().sum::<Decimal>()));
        }

        /// Within one year, a central annual commitment pays a year for every seat the ramp ever
        /// needed at once: the peak's fixed-seat cost, give or take a cent per commitment line.
        #[test]
        fn within_a_year_an_annual_commitment_costs_the_peak(p in params(), spec in spec(), product_ix in 0usize..64,
                                                              plan in proptest::sample::select(vec![Plan::ALL[3], Plan::ALL[6]])) {
            let p = PricingParams { horizon_months: p.horizon_months.min(COMMITMENT_MONTHS), ..p };
            let Ok(ramp) = Ramp::new(spec, p.horizon_months) else { return Ok(()) };
            let products = priced_products();
            let product = &products[product_ix % products.len()];
            let (Ok(fixed), Ok(ramped)) = (PlanPricer::new(product, None, plan, &p), RampPricer::new(product, None, plan, &p)) else {
                return Ok(());
            };
            let peak = ramp.seats().iter().copied().max().unwrap();
            let rises = 1 + ramp.seats().windows(2).filter(|w| w[1] > w[0]).count();
            let diff = ramped.monthly_costs(&ramp).iter().sum::<Decimal>() - fixed.cost(peak).total;
            prop_assert!(diff.abs() <= Decimal::new(rises as i64, 2), "{} off by {}", product.name, diff);
        }

        /// The break-even month is where the order flips for good: from it to the end `b` is
        /// strictly cheaper in total, and the month before it is not; a brute-force scan agrees.
        #[test]
        fn break_even_is_the_first_month_the_order_stays_flipped(
            a in proptest::collection::vec(0i64..50_000, 0..=36),
            b in proptest::collection::vec(0i64..50_000, 0..=36),
        ) {
            let (a, b): (Vec<Decimal>, Vec<Decimal>) =
                (a.into_iter().map(|c| Decimal::new(c, 2)).collect(), b.into_iter().map(|c| Decimal::new(c, 2)).collect());
            let n = a.len().min(b.len());
            let (ca, cb) = (cumulative(&a[..n]), cumulative(&b[..n]));
            let brute = (0..n).find(|&i| (i..n).all(|j| cb[j] < ca[j])).map(|i| i as u32);
            let found = break_even_month(&a, &b);
            prop_assert_eq!(found, brute);
            if let Some(m) = found {
                let m = m as usize;
                prop_assert!((m..n).all(|j| cb[j] < ca[j]));
                prop_assert!(m == 0 || cb[m - 1] >= ca[m - 1]);
            }
        }

        /// The same on real ramps: self-service against a central channel.
        #[test]
        fn break_even_on_ramped_channels(p in params(), spec in spec(), product_ix in 0usize..64,
                                         ssp_ix in 0usize..3, central_ix in 3usize..7) {
            let Ok(ramp) = Ramp::new(spec, p.horizon_months) else { return Ok(()) };
            let products = priced_products();
            let product = &products[product_ix % products.len()];
            let (Ok(ssp), Ok(central)) = (
                monthly_costs(product, None, Plan::ALL[ssp_ix], &p, &ramp),
                monthly_costs(product, None, Plan::ALL[central_ix], &p, &ramp),
            ) else {
                return Ok(());
            };
            let (ca, cb) = (cumulative(&ssp), cumulative(&central));
            let n = ca.len();
            let brute = (0..n).find(|&i| (i..n).all(|j| cb[j] < ca[j])).map(|i| i as u32);
            prop_assert_eq!(break_even_month(&ssp, &central), brute);
        }
    }
}
