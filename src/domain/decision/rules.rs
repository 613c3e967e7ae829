//! The rules, as one table. Every outcome is one row, defined once; conditions are data (all
//! must hold), so the table can be listed, tested row by row and explained. The engine
//! (`engine.rs`) applies the rows in phases: not-available, forced, leanings, follow-ups.
use super::answers::*;
use super::{ProductFacts, Source};
use crate::domain::catalog::ProductTrait;
use crate::domain::decision::Answers;
use crate::domain::money::round_line;
use crate::domain::policy::PolicyValue;
use crate::domain::pricing::Channel;
use crate::domain::switches::{RelatedSwitch, SwitchSetting};
use crate::i18n::k;
use crate::i18n::Arg;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

/// Score from which a product is recommended `Enabled`.
pub const ALLOW_AT: i32 = 2;
/// Score from which a product with a trial without payment method gets `OnlyTrialsWithoutPaymentMethod`
/// (below `ALLOW_AT`); below it, or without such a trial, `Disabled`.
pub const TRIALS_AT: i32 = -2;
/// List price per user per month (annual term) from which a product counts as high-cost
/// (domain.md §9: Copilot, Power BI Premium, Project Plan 3, Visio Plan 2).
pub const HIGH_LIST_PRICE: Decimal = dec!(15);
/// List price per user per month up to which a product counts as low-cost.
pub const LOW_LIST_PRICE: Decimal = dec!(10);
/// Extra cost of self-service over the cheapest central plan (whole horizon, all seats of the
/// product) above which the premium is notable.
pub const NOTABLE_EXTRA_COST: Decimal = dec!(100);
/// Up to this many seats, self-service suits "individuals or small groups".
pub const FEW_SEATS: u32 = 5;
/// From this many seats, buying centrally is the better fit.
pub const MANY_SEATS: u32 = 50;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Allow,
    Restrict,
}

/// Which way an argument or a reason points: `For` = towards allowing self-service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    For,
    Against,
    /// A fact that decides without pointing either way (not sold here).
    Neutral,
}

impl Side {
    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            Side::For => &k::DECISION_SIDE_FOR,
            Side::Against => &k::DECISION_SIDE_AGAINST,
            Side::Neutral => &k::DECISION_SIDE_NEUTRAL,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpAction {
    /// Billing > Your products > filter Self-service > Take control: Move users, or Cancel.
    TakeOverExisting,
    /// Tell users how to request a licence where self-service is blocked.
    LicenceRequestPath,
    /// Watch purchase notifications and review self-service purchases quarterly.
    ReviewPurchases,
    /// Re-run the check regularly: Microsoft adds new products enabled.
    RecheckRegularly,
    /// The block is temporary: revisit it once the organisation-wide licences are assigned.
    RevisitAfterPurchase,
    /// Trials without payment method expire; decide who converts them.
    ConvertTrials,
    /// Copilot self-service licences are managed by billing-account owners or contributors only.
    CopilotBillingAccess,
    /// Buying through CSP: renew on time, since an expired subscription moves to a dearer term.
    RenewCspOnTime,
    /// A partner runs a free, time-limited Copilot trial outside self-service purchase.
    CopilotPartnerTrial,
}

impl FollowUpAction {
    pub fn title_key(self) -> crate::i18n::Key {
        match self {
            FollowUpAction::TakeOverExisting => &k::DECISION_FOLLOW_UP_TAKE_OVER,
            FollowUpAction::LicenceRequestPath => &k::DECISION_FOLLOW_UP_LICENCE_REQUESTS,
            FollowUpAction::ReviewPurchases => &k::DECISION_FOLLOW_UP_REVIEW_PURCHASES,
            FollowUpAction::RecheckRegularly => &k::DECISION_FOLLOW_UP_RECHECK,
            FollowUpAction::RevisitAfterPurchase => &k::DECISION_FOLLOW_UP_REVISIT,
            FollowUpAction::ConvertTrials => &k::DECISION_FOLLOW_UP_CONVERT_TRIALS,
            FollowUpAction::CopilotBillingAccess => &k::DECISION_FOLLOW_UP_COPILOT_BILLING,
            FollowUpAction::RenewCspOnTime => &k::DECISION_FOLLOW_UP_CSP_RENEWAL,
            FollowUpAction::CopilotPartnerTrial => &k::DECISION_FOLLOW_UP_COPILOT_PARTNER_TRIAL,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProductFilter {
    Any,
    /// Products the catalogue marks with this trait.
    Has(ProductTrait),
}

impl ProductFilter {
    pub fn matches(self, p: &ProductFacts) -> bool {
        match self {
            ProductFilter::Any => true,
            ProductFilter::Has(t) => p.traits.contains(&t),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Depends on answers only; a leaning applies to every product, a follow-up is listed once.
    Tenant,
    /// Evaluated for each product the filter matches.
    Product(ProductFilter),
}

/// One condition of a rule. Answer conditions hold only when the question was answered (and is
/// relevant); product conditions only when a product is in context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// The answer to the option's question is this option.
    Is(Opt),
    /// The agreement answer says an agreement exists (`Agreement::EXISTING`).
    HasAgreement,
    /// The product is not sold through self-service in the answered country (catalogue fact).
    NotSoldInCountry,
    /// The product is covered by an existing agreement (facts or answers).
    Covered,
    /// An organisation-wide purchase of the product is planned soon.
    PurchasePlanned,
    Retired,
    /// No longer sold to new buyers (catalogue status with its date).
    EndOfSale,
    ListPriceAtLeast(Decimal),
    ListPriceAtMost(Decimal),
    ExtraCostAbove(Decimal),
    ExtraCostAtMost(Decimal),
    /// Seats within `min..=max`.
    SeatsBetween(u32, u32),
    SeatsAtLeast(u32),
    /// The cheapest central plan (cost engine) is on this channel.
    CheapestCentral(Channel),
    /// A partner trial runs on the facts' day and the answered organisation size qualifies.
    PartnerTrialFits,
    /// A partner trial runs and the answers do not say whether the organisation is under its
    /// size limit (unanswered, or a band across the limit).
    PartnerTrialSizeUnknown,
    /// The product's decided policy is one of these (follow-up rules only).
    Decided(&'static [PolicyValue]),
    /// The inner condition does not hold.
    Not(&'static Condition),
}

/// What a rule is evaluated against.
#[derive(Clone, Copy, Debug)]
pub struct Ctx<'a> {
    pub answers: &'a Answers,
    pub product: Option<&'a ProductFacts>,
    /// The product's decided policy, in the follow-up phase only.
    pub decided: Option<PolicyValue>,
}

impl Condition {
    pub fn holds(&self, ctx: &Ctx) -> bool {
        let p = ctx.product;
        match *self {
            Condition::Is(o) => ctx.answers.get(o.question()) == Some(o),
            Condition::HasAgreement => ctx.answers.has_agreement(),
            Condition::NotSoldInCountry => p.zip(ctx.answers.country).is_some_and(|(p, c)| p.not_sold_in.contains(&c)),
            Condition::Covered => p.is_some_and(|p| p.covered_by_agreement || ctx.answers.covers(&p.id)),
            Condition::PurchasePlanned => p.is_some_and(|p| ctx.answers.purchase_planned(&p.id)),
            Condition::Retired => p.is_some_and(|p| p.retired),
            Condition::EndOfSale => p.is_some_and(|p| p.end_of_sale.is_some()),
            Condition::ListPriceAtLeast(x) => p.and_then(|p| p.annual_list_price).is_some_and(|v| v >= x),
            Condition::ListPriceAtMost(x) => p.and_then(|p| p.annual_list_price).is_some_and(|v| v <= x),
            Condition::ExtraCostAbove(x) => p.and_then(|p| p.ssp_extra_cost).is_some_and(|v| v > x),
            Condition::ExtraCostAtMost(x) => p.and_then(|p| p.ssp_extra_cost).is_some_and(|v| v <= x),
            Condition::SeatsBetween(lo, hi) => p.is_some_and(|p| (lo..=hi).contains(&p.seats)),
            Condition::SeatsAtLeast(n) => p.is_some_and(|p| p.seats >= n),
            Condition::CheapestCentral(c) => p.is_some_and(|p| p.cheapest_central == Some(c)),
            Condition::PartnerTrialFits => {
                p.and_then(|p| p.partner_trial.as_ref()).is_some_and(|t| t.fits(ctx.answers.org_size) == Some(true))
            }
            Condition::PartnerTrialSizeUnknown => {
                p.and_then(|p| p.partner_trial.as_ref()).is_some_and(|t| t.fits(ctx.answers.org_size).is_none())
            }
            Condition::Decided(values) => ctx.decided.is_some_and(|d| values.contains(&d)),
            Condition::Not(inner) => !inner.holds(ctx),
        }
    }

    /// The figures this condition looked at, as message arguments (money typed as money, so it
    /// is shown in the scenario's currency and the reader's locale).
    pub fn args(&self, ctx: &Ctx) -> Vec<(&'static str, Arg)> {
        let p = ctx.product;
        let money = |d: Decimal| Arg::Money(round_line(d));
        let answer =
            |code: Option<&'static str>| code.map(|c| vec![("answer", Arg::Text(c.to_string()))]).unwrap_or_default();
        match *self {
            Condition::Is(o) => answer(ctx.answers.get(o.question()).map(Opt::code)),
            Condition::HasAgreement => answer(ctx.answers.agreement.map(Agreement::code)),
            Condition::NotSoldInCountry => answer(ctx.answers.country.map(Country::code)),
            Condition::ListPriceAtLeast(x) | Condition::ListPriceAtMost(x) => {
                let mut v = vec![("threshold", money(x))];
                if let Some(price) = p.and_then(|p| p.annual_list_price) {
                    v.push(("price", money(price)));
                }
                v
            }
            Condition::ExtraCostAbove(x) | Condition::ExtraCostAtMost(x) => {
                let mut v = vec![("threshold", money(x))];
                if let Some(extra) = p.and_then(|p| p.ssp_extra_cost) {
                    v.push(("amount", money(extra)));
                    v.push(("saving", money(-extra)));
                    let licences = p.and_then(|p| p.ssp_extra_licences).unwrap_or(extra);
                    v.push(("licences", money(licences)));
                    v.push(("overhead", money(extra - licences)));
                }
                if let Some(p) = p {
                    v.push(("months", Arg::Count(p.horizon_months.into())));
                }
                v
            }
            Condition::SeatsBetween(..) | Condition::SeatsAtLeast(_) => {
                p.map(|p| vec![("seats", Arg::Count(p.seats.into()))]).unwrap_or_default()
            }
            Condition::EndOfSale => {
                p.and_then(|p| p.end_of_sale).map(|d| vec![("date", Arg::Date(d))]).unwrap_or_default()
            }
            Condition::PartnerTrialFits | Condition::PartnerTrialSizeUnknown => {
                let Some(t) = p.and_then(|p| p.partner_trial.as_ref()) else { return Vec::new() };
                vec![
                    ("offer", Arg::Text(t.name.clone())),
                    ("until", Arg::Date(t.until)),
                    ("seats", Arg::Count(t.seats.into())),
                    ("days", Arg::Count(t.days.into())),
                    ("limit", Arg::Count(t.org_users_below.into())),
                ]
            }
            Condition::Covered
            | Condition::PurchasePlanned
            | Condition::CheapestCentral(_)
            | Condition::Retired
            | Condition::Decided(_)
            | Condition::Not(_) => Vec::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Self-service is not offered here: nothing to configure (tenant) / not sold here (product).
    NotAvailable,
    /// A hard rule: this policy, whatever the leanings say.
    Force(PolicyValue),
    /// Adds `±strength × weight(criterion)` to the product's score.
    Lean { towards: Direction, strength: u8 },
    /// Adds a follow-up action (evaluated after the policies are decided).
    FollowUp(FollowUpAction),
    /// Recommends a setting for a related switch (evaluated with the follow-ups). If rules for
    /// both settings fire, Off wins: a door closed by one reason stays closed.
    Switch(RelatedSwitch, SwitchSetting),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, unique; used in reasons, tests and the explanation key.
    pub id: &'static str,
    pub scope: Scope,
    /// All must hold. Empty = always (within the scope).
    pub when: &'static [Condition],
    pub outcome: Outcome,
    /// Whose user weight applies (leanings only).
    pub criterion: Criterion,
    pub source: Source,
    /// The sentence that explains the rule when it fires; may use `{product}` (product scope)
    /// and the arguments of its conditions (`{price}`, `{amount}`, `{seats}`, `{threshold}`, …).
    pub explanation_key: crate::i18n::Key,
}

impl Rule {
    /// Whether the rule fires in this context (scope and every condition).
    pub fn fires(&self, ctx: &Ctx) -> bool {
        let in_scope = match (self.scope, ctx.product) {
            (Scope::Tenant, _) => true,
            (Scope::Product(f), Some(p)) => f.matches(p),
            (Scope::Product(_), None) => false,
        };
        in_scope && self.when.iter().all(|c| c.holds(ctx))
    }

    /// The explanation with the product and the figures its conditions looked at.
    pub fn message(&self, ctx: &Ctx) -> crate::i18n::Message {
        let mut m = crate::i18n::Message::new(self.explanation_key);
        if let Some(p) = ctx.product {
            m = m.arg("product", &p.name);
        }
        self.with_figures(m, ctx)
    }

    /// `m` with the figures this rule's conditions looked at (a price, seats, a date).
    pub fn with_figures(&self, mut m: crate::i18n::Message, ctx: &Ctx) -> crate::i18n::Message {
        for c in self.when {
            for (name, value) in c.args(ctx) {
                m = m.with(name, value);
            }
        }
        m
    }
}

/// The whole rule table.
pub fn rules() -> &'static [Rule] {
    RULES
}

pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

use Condition::*;
use Direction::{Allow, Restrict};
use PolicyValue::{Disabled, Enabled, OnlyTrialsWithoutPaymentMethod as Trials};

const fn lean(towards: Direction, strength: u8) -> Outcome {
    Outcome::Lean { towards, strength }
}

const ANY: Scope = Scope::Product(ProductFilter::Any);
const COPILOT: Scope = Scope::Product(ProductFilter::Has(ProductTrait::Copilot));
const BLOCKED: Condition = Decided(&[Disabled, Trials]);
const NOT_RETIRED: Condition = Not(&Retired);

static RULES: &[Rule] = &[
    // 1. Not available: nothing to configure.
    Rule {
        id: "unavailable_government",
        scope: Scope::Tenant,
        when: &[Is(Opt::TenantType(TenantType::Government))],
        outcome: Outcome::NotAvailable,
        criterion: Criterion::Availability,
        source: Source::MsFaq,
        explanation_key: &k::DECISION_RULE_UNAVAILABLE_GOVERNMENT,
    },
    Rule {
        id: "unavailable_education",
        scope: Scope::Tenant,
        when: &[Is(Opt::TenantType(TenantType::Education))],
        outcome: Outcome::NotAvailable,
        criterion: Criterion::Availability,
        source: Source::MsFaq,
        explanation_key: &k::DECISION_RULE_UNAVAILABLE_EDUCATION,
    },
    Rule {
        id: "unavailable_india",
        scope: Scope::Tenant,
        when: &[Is(Opt::Country(Country::India))],
        outcome: Outcome::NotAvailable,
        criterion: Criterion::Availability,
        source: Source::MsFaq,
        explanation_key: &k::DECISION_RULE_UNAVAILABLE_INDIA,
    },
    Rule {
        id: "not_sold_in_country",
        scope: ANY,
        when: &[NotSoldInCountry],
        outcome: Outcome::NotAvailable,
        criterion: Criterion::Availability,
        source: Source::MsFaq,
        explanation_key: &k::DECISION_RULE_NOT_SOLD_IN_COUNTRY,
    },
    // 2. Hard rules.
    Rule {
        id: "retired",
        scope: ANY,
        when: &[Retired],
        outcome: Outcome::Force(Disabled),
        criterion: Criterion::Availability,
        source: Source::Catalogue,
        explanation_key: &k::DECISION_RULE_RETIRED,
    },
    Rule {
        id: "org_wide_purchase_planned",
        scope: ANY,
        when: &[PurchasePlanned],
        outcome: Outcome::Force(Disabled),
        criterion: Criterion::Planning,
        source: Source::Schneider2024,
        explanation_key: &k::DECISION_RULE_ORG_WIDE_PURCHASE_PLANNED,
    },
    Rule {
        id: "covered_by_agreement",
        scope: ANY,
        when: &[Covered],
        outcome: Outcome::Force(Disabled),
        criterion: Criterion::Agreement,
        source: Source::MsLearnPowerBi,
        explanation_key: &k::DECISION_RULE_COVERED_BY_AGREEMENT,
    },
    // 3. Leanings from the answers (tenant-wide).
    Rule {
        id: "agreement_in_place",
        scope: Scope::Tenant,
        when: &[HasAgreement],
        outcome: lean(Restrict, 1),
        criterion: Criterion::Agreement,
        // Worded from the domain research (domain.md §6.1: EA online services at level A, the
        // list price, from 2025-11-01), no longer the 2020 seed's "usually beats list price".
        source: Source::DomainResearch,
        explanation_key: &k::DECISION_RULE_AGREEMENT_IN_PLACE,
    },
    Rule {
        id: "no_agreement",
        scope: Scope::Tenant,
        when: &[Is(Opt::Agreement(Agreement::NoAgreement))],
        outcome: lean(Allow, 1),
        criterion: Criterion::Agreement,
        source: Source::DomainResearch,
        explanation_key: &k::DECISION_RULE_NO_AGREEMENT,
    },
    Rule {
        id: "strategy_strict",
        scope: Scope::Tenant,
        when: &[Is(Opt::ShadowIt(ShadowIt::Strict))],
        outcome: lean(Restrict, 3),
        criterion: Criterion::Strategy,
        source: Source::Seed000,
        explanation_key: &k::DECISION_RULE_STRATEGY_STRICT,
    },
    Rule {
        id: "strategy_encourages",
        scope: Scope::Tenant,
        when: &[Is(Opt::ShadowIt(ShadowIt::Encourages))],
        outcome: lean(Allow, 2),
        criterion: Criterion::Strategy,
        source: Source::MsFaq,
        explanation_key: &k::DECISION_RULE_STRATEGY_ENCOURAGES,
    },
    Rule {
        id: "support_none",
        scope: Scope::Tenant,
        when: &[Is(Opt::Support(Support::NoCapacity))],
        outcome: lean(Restrict, 2),
        criterion: Criterion::Support,
        source: Source::Seed000,
        explanation_key: &k::DECISION_RULE_SUPPORT_NONE,
    },
    Rule {
        id: "support_ready",
        scope: Scope::Tenant,
        when: &[Is(Opt::Support(Support::Ready))],
        outcome: lean(Allow, 1),
        criterion: Criterion::Support,
        source: Source::MsFaq,
        explanation_key: &k::DECISION_RULE_SUPPORT_READY,
    },
    Rule {
        id: "billing_acceptable",
        scope: Scope::Tenant,
        when: &[Is(Opt::Billing(Billing::Acceptable))],
        outcome: lean(Allow, 1),
        criterion: Criterion::Billing,
        source: Source::MsFaq,
        explanation_key: &k::DECISION_RULE_BILLING_ACCEPTABLE,
    },
    Rule {
        id: "billing_reluctant",
        scope: Scope::Tenant,
        when: &[Is(Opt::Billing(Billing::Reluctantly))],
        outcome: lean(Restrict, 1),
        criterion: Criterion::Billing,
        source: Source::Topedia2024,
        explanation_key: &k::DECISION_RULE_BILLING_RELUCTANT,
    },
    Rule {
        id: "billing_unacceptable",
        scope: Scope::Tenant,
        when: &[Is(Opt::Billing(Billing::Unacceptable))],
        outcome: lean(Restrict, 3),
        criterion: Criterion::Billing,
        source: Source::MsFaq,
        explanation_key: &k::DECISION_RULE_BILLING_UNACCEPTABLE,
    },
    Rule {
        id: "regulated",
        scope: Scope::Tenant,
        when: &[Is(Opt::Compliance(Compliance::Regulated))],
        outcome: lean(Restrict, 3),
        criterion: Criterion::Compliance,
        source: Source::DomainResearch,
        explanation_key: &k::DECISION_RULE_REGULATED,
    },
    Rule {
        id: "not_regulated",
        scope: Scope::Tenant,
        when: &[Is(Opt::Compliance(Compliance::Standard))],
        outcome: lean(Allow, 1),
        criterion: Criterion::Compliance,
        source: Source::MsFaq,
        explanation_key: &k::DECISION_RULE_NOT_REGULATED,
    },
    Rule {
        id: "experimentation_high",
        scope: Scope::Tenant,
        when: &[Is(Opt::Experimentation(Experimentation::High))],
        outcome: lean(Allow, 2),
        criterion: Criterion::Experimentation,
        source: Source::MsFaq,
        explanation_key: &k::DECISION_RULE_EXPERIMENTATION_HIGH,
    },
    Rule {
        id: "experimentation_low",
        scope: Scope::Tenant,
        when: &[Is(Opt::Experimentation(Experimentation::Low))],
        outcome: lean(Restrict, 1),
        criterion: Criterion::Experimentation,
        source: Source::DomainResearch,
        explanation_key: &k::DECISION_RULE_EXPERIMENTATION_LOW,
    },
    // 4. Leanings from the product's facts.
    Rule {
        id: "end_of_sale",
        scope: ANY,
        when: &[EndOfSale],
        outcome: lean(Restrict, 1),
        criterion: Criterion::Availability,
        source: Source::Catalogue,
        explanation_key: &k::DECISION_RULE_END_OF_SALE,
    },
    Rule {
        id: "high_list_price",
        scope: ANY,
        when: &[ListPriceAtLeast(HIGH_LIST_PRICE)],
        outcome: lean(Restrict, 2),
        criterion: Criterion::Cost,
        source: Source::DomainResearch,
        explanation_key: &k::DECISION_RULE_HIGH_LIST_PRICE,
    },
    Rule {
        id: "low_list_price",
        scope: ANY,
        when: &[ListPriceAtMost(LOW_LIST_PRICE)],
        outcome: lean(Allow, 1),
        criterion: Criterion::Cost,
        source: Source::DomainResearch,
        explanation_key: &k::DECISION_RULE_LOW_LIST_PRICE,
    },
    Rule {
        id: "price_premium",
        scope: ANY,
        when: &[ExtraCostAbove(NOTABLE_EXTRA_COST)],
        outcome: lean(Restrict, 2),
        criterion: Criterion::Cost,
        source: Source::Catalogue,
        explanation_key: &k::DECISION_RULE_PRICE_PREMIUM,
    },
    Rule {
        id: "no_price_premium",
        scope: ANY,
        when: &[ExtraCostAtMost(Decimal::ZERO)],
        outcome: lean(Allow, 1),
        criterion: Criterion::Cost,
        source: Source::MsFaq,
        explanation_key: &k::DECISION_RULE_NO_PRICE_PREMIUM,
    },
    Rule {
        id: "few_seats",
        scope: ANY,
        when: &[SeatsBetween(1, FEW_SEATS)],
        outcome: lean(Allow, 1),
        criterion: Criterion::Scale,
        source: Source::MsLearnPowerBi,
        explanation_key: &k::DECISION_RULE_FEW_SEATS,
    },
    Rule {
        id: "many_seats",
        scope: ANY,
        when: &[SeatsAtLeast(MANY_SEATS)],
        outcome: lean(Restrict, 1),
        criterion: Criterion::Scale,
        source: Source::MsLearnPowerBi,
        explanation_key: &k::DECISION_RULE_MANY_SEATS,
    },
    // 5. Microsoft 365 Copilot.
    Rule {
        id: "copilot_limited_exposure",
        scope: COPILOT,
        when: &[],
        outcome: lean(Allow, 1),
        criterion: Criterion::Copilot,
        source: Source::Schneider2024,
        explanation_key: &k::DECISION_RULE_COPILOT_LIMITED_EXPOSURE,
    },
    Rule {
        id: "copilot_early_adopters",
        scope: COPILOT,
        when: &[Is(Opt::Copilot(CopilotApproach::EarlyAdopters))],
        outcome: lean(Allow, 2),
        criterion: Criterion::Copilot,
        source: Source::Schneider2024,
        explanation_key: &k::DECISION_RULE_COPILOT_EARLY_ADOPTERS,
    },
    Rule {
        id: "copilot_central",
        scope: COPILOT,
        when: &[Is(Opt::Copilot(CopilotApproach::Central))],
        outcome: lean(Restrict, 2),
        criterion: Criterion::Copilot,
        source: Source::Schneider2024,
        explanation_key: &k::DECISION_RULE_COPILOT_CENTRAL,
    },
    Rule {
        id: "copilot_not_now",
        scope: COPILOT,
        when: &[Is(Opt::Copilot(CopilotApproach::NotNow))],
        outcome: lean(Restrict, 3),
        criterion: Criterion::Copilot,
        source: Source::Schneider2024,
        explanation_key: &k::DECISION_RULE_COPILOT_NOT_NOW,
    },
    // 6. Follow-ups (after the policies are decided).
    Rule {
        id: "follow_up_take_over",
        scope: ANY,
        when: &[BLOCKED, NOT_RETIRED],
        outcome: Outcome::FollowUp(FollowUpAction::TakeOverExisting),
        criterion: Criterion::Planning,
        source: Source::MsLearnAdmin,
        explanation_key: &k::DECISION_RULE_FOLLOW_UP_TAKE_OVER,
    },
    Rule {
        id: "follow_up_licence_requests",
        scope: ANY,
        when: &[BLOCKED, NOT_RETIRED],
        outcome: Outcome::FollowUp(FollowUpAction::LicenceRequestPath),
        criterion: Criterion::Planning,
        source: Source::Topedia2024,
        explanation_key: &k::DECISION_RULE_FOLLOW_UP_LICENCE_REQUESTS,
    },
    Rule {
        id: "follow_up_revisit",
        scope: ANY,
        when: &[PurchasePlanned, Decided(&[Disabled])],
        outcome: Outcome::FollowUp(FollowUpAction::RevisitAfterPurchase),
        criterion: Criterion::Planning,
        source: Source::Schneider2024,
        explanation_key: &k::DECISION_RULE_FOLLOW_UP_REVISIT,
    },
    Rule {
        id: "follow_up_convert_trials",
        scope: ANY,
        when: &[Decided(&[Trials])],
        outcome: Outcome::FollowUp(FollowUpAction::ConvertTrials),
        criterion: Criterion::Planning,
        source: Source::MsLearnAdmin,
        explanation_key: &k::DECISION_RULE_FOLLOW_UP_CONVERT_TRIALS,
    },
    Rule {
        id: "follow_up_review_purchases",
        scope: ANY,
        when: &[Decided(&[Enabled])],
        outcome: Outcome::FollowUp(FollowUpAction::ReviewPurchases),
        criterion: Criterion::Planning,
        source: Source::MessageCenter,
        explanation_key: &k::DECISION_RULE_FOLLOW_UP_REVIEW_PURCHASES,
    },
    Rule {
        id: "follow_up_copilot_billing",
        scope: COPILOT,
        when: &[Decided(&[Enabled])],
        outcome: Outcome::FollowUp(FollowUpAction::CopilotBillingAccess),
        criterion: Criterion::Copilot,
        source: Source::Schneider2024,
        explanation_key: &k::DECISION_RULE_FOLLOW_UP_COPILOT_BILLING,
    },
    // Blocked, so users get licences centrally, and CSP is the cheaper central channel: the
    // comparison holds only while renewals are managed (no grace period since 2026-04-01).
    Rule {
        id: "follow_up_csp_renewal",
        scope: ANY,
        when: &[BLOCKED, NOT_RETIRED, CheapestCentral(Channel::Csp)],
        outcome: Outcome::FollowUp(FollowUpAction::RenewCspOnTime),
        criterion: Criterion::Cost,
        source: Source::LicensingSchool2026,
        explanation_key: &k::DECISION_RULE_FOLLOW_UP_CSP_RENEWAL,
    },
    // Copilot in 30: its dates, seats and size limit are the catalogue's (`partner_trials`), so
    // the advice ends with the offer. Two rules, so an unanswered size is stated, not assumed.
    Rule {
        id: "follow_up_copilot_partner_trial",
        scope: COPILOT,
        when: &[BLOCKED, PartnerTrialFits],
        outcome: Outcome::FollowUp(FollowUpAction::CopilotPartnerTrial),
        criterion: Criterion::Copilot,
        source: Source::PartnerNewsletters2026,
        explanation_key: &k::DECISION_RULE_FOLLOW_UP_COPILOT_PARTNER_TRIAL,
    },
    Rule {
        id: "follow_up_copilot_partner_trial_size",
        scope: COPILOT,
        when: &[BLOCKED, PartnerTrialSizeUnknown],
        outcome: Outcome::FollowUp(FollowUpAction::CopilotPartnerTrial),
        criterion: Criterion::Copilot,
        source: Source::PartnerNewsletters2026,
        explanation_key: &k::DECISION_RULE_FOLLOW_UP_COPILOT_PARTNER_TRIAL_SIZE,
    },
    // 7. Related switches: the other doors next to the purchase policy (issue 13). Product rules
    // list the products that led to them; the switch gets Off if any Off rule fires.
    Rule {
        id: "switch_trials_off",
        scope: ANY,
        when: &[BLOCKED, NOT_RETIRED],
        outcome: Outcome::Switch(RelatedSwitch::StartTrials, SwitchSetting::Off),
        criterion: Criterion::Planning,
        source: Source::RelatedPeers,
        explanation_key: &k::DECISION_RULE_SWITCH_TRIALS_OFF,
    },
    Rule {
        id: "switch_trials_on",
        scope: ANY,
        when: &[Decided(&[Enabled])],
        outcome: Outcome::Switch(RelatedSwitch::StartTrials, SwitchSetting::On),
        criterion: Criterion::Planning,
        source: Source::RelatedPeers,
        explanation_key: &k::DECISION_RULE_SWITCH_TRIALS_ON,
    },
    Rule {
        id: "switch_store_strict",
        scope: Scope::Tenant,
        when: &[Is(Opt::ShadowIt(ShadowIt::Strict))],
        outcome: Outcome::Switch(RelatedSwitch::OfficeStore, SwitchSetting::Off),
        criterion: Criterion::Strategy,
        source: Source::RelatedPeers,
        explanation_key: &k::DECISION_RULE_SWITCH_STORE_STRICT,
    },
    Rule {
        id: "switch_store_regulated",
        scope: Scope::Tenant,
        when: &[Is(Opt::Compliance(Compliance::Regulated))],
        outcome: Outcome::Switch(RelatedSwitch::OfficeStore, SwitchSetting::Off),
        criterion: Criterion::Compliance,
        source: Source::RelatedPeers,
        explanation_key: &k::DECISION_RULE_SWITCH_STORE_REGULATED,
    },
    Rule {
        id: "switch_store_encourages",
        scope: Scope::Tenant,
        when: &[Is(Opt::ShadowIt(ShadowIt::Encourages))],
        outcome: Outcome::Switch(RelatedSwitch::OfficeStore, SwitchSetting::On),
        criterion: Criterion::Strategy,
        source: Source::RelatedPeers,
        explanation_key: &k::DECISION_RULE_SWITCH_STORE_ENCOURAGES,
    },
    Rule {
        id: "switch_auto_claim_strict",
        scope: Scope::Tenant,
        when: &[Is(Opt::ShadowIt(ShadowIt::Strict))],
        outcome: Outcome::Switch(RelatedSwitch::AutoClaim, SwitchSetting::Off),
        criterion: Criterion::Strategy,
        source: Source::MsLearnRelated,
        explanation_key: &k::DECISION_RULE_SWITCH_AUTO_CLAIM_STRICT,
    },
    Rule {
        id: "switch_sign_up_off",
        scope: ANY,
        when: &[BLOCKED, NOT_RETIRED],
        outcome: Outcome::Switch(RelatedSwitch::SelfServiceSignUp, SwitchSetting::Off),
        criterion: Criterion::Planning,
        source: Source::MsLearnPowerBi,
        explanation_key: &k::DECISION_RULE_SWITCH_SIGN_UP_OFF,
    },
    Rule {
        id: "switch_copilot_multi_off",
        scope: COPILOT,
        when: &[BLOCKED],
        outcome: Outcome::Switch(RelatedSwitch::CopilotMultipleAccounts, SwitchSetting::Off),
        criterion: Criterion::Copilot,
        source: Source::MsLearnRelated,
        explanation_key: &k::DECISION_RULE_SWITCH_COPILOT_MULTI_OFF,
    },
    Rule {
        id: "switch_copilot_multi_on",
        scope: COPILOT,
        when: &[Is(Opt::Copilot(CopilotApproach::EarlyAdopters)), Decided(&[Enabled])],
        outcome: Outcome::Switch(RelatedSwitch::CopilotMultipleAccounts, SwitchSetting::On),
        criterion: Criterion::Copilot,
        source: Source::MsLearnRelated,
        explanation_key: &k::DECISION_RULE_SWITCH_COPILOT_MULTI_ON,
    },
    Rule {
        id: "follow_up_recheck",
        scope: Scope::Tenant,
        when: &[],
        outcome: Outcome::FollowUp(FollowUpAction::RecheckRegularly),
        criterion: Criterion::Planning,
        source: Source::Topedia2024,
        explanation_key: &k::DECISION_RULE_FOLLOW_UP_RECHECK,
    },
];
