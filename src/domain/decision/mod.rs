//! The decision walk-through: should users be allowed to buy each product themselves?
//!
//! Pure Rust, no yew/web-sys/gloo. Everything a person reads is a translation key
//! (`decision.*` in `i18n/decision.rs`); the engine returns [`Message`]s, never English text.
//!
//! # Shape (GOV.UK Smart Answers, ADR-003 "outcome-centric logic")
//! * [`questions()`] is the walk, in order. Each question has an id, a title, plain-words help,
//!   its answer options and the arguments for and against self-service that the sources give,
//!   each with its source. `is_relevant` decides whether the walk asks it; relevance only ever
//!   depends on earlier questions.
//! * [`rules()`] is the whole decision logic as one table. Every outcome is defined exactly once,
//!   as a row: a scope (tenant-wide, or per product with a product filter), a list of conditions
//!   that must all hold, an outcome, the criterion whose user weight applies, the source, and the
//!   key of the sentence that explains it. There is no other place where a rule hides.
//! * [`recommend()`] is the one small engine that applies the table to [`Answers`] and
//!   [`ProductFacts`].
//!
//! # Engine semantics (in this order)
//! 0. Answers to questions that are not relevant (given the earlier answers) are ignored, so a
//!    hidden answer never changes the result.
//! 1. **Not available, tenant-wide** (`Outcome::NotAvailable`, tenant scope): government or
//!    education tenant, or India. Verdict [`Verdict::NothingToConfigure`]; every product gets
//!    `policy: None`; no follow-ups.
//! 2. **Not sold here, per product** (`Outcome::NotAvailable`, product scope): Project/Planner and
//!    Visio in Brazil or DR Congo. That product gets `policy: None`; nothing else is evaluated.
//! 3. **Hard rules** (`Outcome::Force`): product retired, organisation-wide purchase planned soon
//!    (block temporarily), product covered by an existing agreement (block, users request a
//!    licence). If several fire, the most restrictive value wins. Weights do not apply. Leanings
//!    are not evaluated for that product.
//! 4. **Leanings** (`Outcome::Lean`): every rule that fires adds
//!    `±strength × weight(criterion)` to the product's score (`+` towards allowing, `−` towards
//!    restricting; weight 0 = ignore … 3 = decisive, default 1). Then
//!    `score ≥ ALLOW_AT` → Allow; else `score ≥ TRIALS_AT` and the product has a trial without
//!    payment method → Trials only; else Block. See [`policy_for_score`].
//! 5. **Trials-only guard**: `OnlyTrialsWithoutPaymentMethod` is never recommended for a product
//!    whose `offers_trials_only` is false; it becomes `Disabled` ([`guard`]).
//! 6. **Follow-ups** (`Outcome::FollowUp`): evaluated after every product is decided, so they can
//!    depend on the decided policy (take over existing subscriptions, licence-request path,
//!    review purchases, re-check regularly, revisit after the planned purchase, …).
//! 7. **Related switches** (`Outcome::Switch`), with the follow-ups: start trials, Office Store,
//!    auto-claim, self-service sign-up, Copilot multiple account access. Per switch, Off if any
//!    Off rule fires, else On if any On rule fires, else no recommendation (`domain::doors`).
//! 8. Verdict and executive summary, derived from the per-product results.
//!
//! Each [`Reason`] is one rule that fired, as a sentence with its figures (product, price,
//! extra cost, seats, the answer's code) filled in as arguments.
use crate::i18n::k;
mod answers;
mod engine;
mod questions;
mod rules;

#[cfg(test)]
mod tests;

pub use answers::*;
pub use engine::*;
pub use questions::*;
pub use rules::*;

use crate::domain::catalog::{PartnerTrial, Product, ProductTrait, Term};
use crate::domain::date::Date;
use crate::domain::ids::ProductId;
use crate::domain::money::Currency;
use crate::domain::pricing::Channel;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What the engine needs to know about one selected product.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductFacts {
    pub id: ProductId,
    pub name: String,
    /// Catalogue family, e.g. "Visio", "Project / Planner".
    pub family: String,
    /// A trial without payment method exists, so `OnlyTrialsWithoutPaymentMethod` is meaningful.
    pub offers_trials_only: bool,
    pub seats: u32,
    /// Already licensed through an existing agreement (EA, CSP, MCA). The engine also treats a
    /// product as covered when the answers say so (question `agreement_covers`).
    pub covered_by_agreement: bool,
    /// List price per user per month on the annual term, in the scenario's currency (the figure
    /// the catalogue stores). `None` = unknown.
    pub annual_list_price: Option<Decimal>,
    /// Self-service total minus the cheapest central plan over the horizon, from the cost
    /// engine (negative = self-service is cheaper). `None` = unknown.
    pub ssp_extra_cost: Option<Decimal>,
    /// The part of `ssp_extra_cost` that is licences; the rest is estimated overhead.
    pub ssp_extra_licences: Option<Decimal>,
    /// The period the extra cost is over.
    pub horizon_months: u32,
    pub retired: bool,
    /// Sales to new buyers ended on this day (the product may still be in the tenant).
    pub end_of_sale: Option<Date>,
    /// Countries where the product is not sold through self-service (catalogue).
    pub not_sold_in: Vec<Country>,
    /// Catalogue traits (Copilot, free sign-up licence).
    pub traits: Vec<ProductTrait>,
    /// The channel of the cheapest central plan (CSP or EA) from the cost engine, so a rule can
    /// say what buying centrally commits to. `None` = unknown (no price, no central plan).
    #[serde(default)]
    pub cheapest_central: Option<Channel>,
    /// A partner-run trial that runs on the facts' day (catalogue data, dated).
    #[serde(default)]
    pub partner_trial: Option<PartnerTrial>,
}

impl ProductFacts {
    /// Facts from a catalogue product: name, family, trial kind, retirement, end of sale and a
    /// running partner trial on `day`, and the published annual list price in `currency`.
    /// Agreement coverage, the extra cost and the cheapest central channel are left for the
    /// caller (false / unknown).
    pub fn from_product(product: &Product, seats: u32, currency: Currency, day: Date) -> ProductFacts {
        ProductFacts {
            id: product.id.clone(),
            name: product.name.clone(),
            family: product.family.clone(),
            offers_trials_only: product.offers_trials_only(),
            seats,
            covered_by_agreement: false,
            annual_list_price: product.published_price(currency, Term::Annual, day).map(|p| p.amount),
            ssp_extra_cost: None,
            ssp_extra_licences: None,
            horizon_months: 12,
            retired: product.is_retired_on(day),
            end_of_sale: product.end_of_sale_on(day),
            not_sold_in: product.not_sold_in.clone(),
            traits: product.traits.clone(),
            cheapest_central: None,
            partner_trial: product.partner_trial_on(day).cloned(),
        }
    }

    pub fn is_copilot(&self) -> bool {
        self.traits.contains(&ProductTrait::Copilot)
    }
}

/// Where an argument or a rule comes from; shown next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// seed 000: German blog post, 2020-12-01 (pros and cons, disable-all script). Historical:
    /// cited only for points no newer source makes (issue 21; the lists `SEED_ONLY_RULES` and
    /// `SEED_ONLY_ARGUMENTS` in `tests.rs` name them); its label says so.
    Seed000,
    /// seed 001: Topedia, Jan 2024 (buying, cancelling, taking over).
    Topedia2024,
    /// seed 002/004: Microsoft's self-service purchase FAQ (German and Dutch); the English page,
    /// ms.date 2025-07-09, says the same (review-2026-11.md, FAQ-2025).
    MsFaq,
    /// seed 003: Schneider IT Management, Oct 2024 (Microsoft 365 Copilot self-service).
    Schneider2024,
    /// MS Learn "Manage self-service purchases (admins)" and "Cancel your subscription".
    MsLearnAdmin,
    /// MS Learn Power BI "Enable or disable self-service sign-up and purchasing".
    MsLearnPowerBi,
    /// Message-center notices MC697802 (trials) and MC818889 (purchases).
    MessageCenter,
    /// office365itpros.com (2019) and other licence-management commentary.
    Office365ItPros,
    /// The project's domain research (domain.md §9, suggested default policy).
    DomainResearch,
    /// The product catalogue shipped with this tool.
    Catalogue,
    /// MS Learn: manage license requests (ms.date 2024-05-13), manage auto-claim policies
    /// (2021-04-06), multiple account access to Copilot (2025).
    MsLearnRelated,
    /// CIPP issue 5737 (2026-03-26), EvotecIT/O365Essentials (2026-06-23), CIS M365
    /// Foundations v6.0.1 1.3.4 (2026-04-13).
    RelatedPeers,
    /// licensingschool.co.uk licensing blog: CSP Extended Service Term from 2026-04-01 (review
    /// 2026-12, LSCHOOL).
    LicensingSchool2026,
    /// Partner newsletters on "Copilot in 30", about August 2026 (review 2026-12, COP30).
    /// Secondary: no Microsoft page found; its label says so.
    PartnerNewsletters2026,
}

impl Source {
    /// Where a related switch's effect is documented.
    pub fn of_switch(s: crate::domain::switches::RelatedSwitch) -> Source {
        use crate::domain::switches::RelatedSwitch;
        match s {
            RelatedSwitch::StartTrials | RelatedSwitch::OfficeStore => Source::RelatedPeers,
            _ => Source::MsLearnRelated,
        }
    }

    pub const ALL: [Source; 14] = [
        Source::Seed000,
        Source::Topedia2024,
        Source::MsFaq,
        Source::Schneider2024,
        Source::MsLearnAdmin,
        Source::MsLearnPowerBi,
        Source::MessageCenter,
        Source::Office365ItPros,
        Source::DomainResearch,
        Source::Catalogue,
        Source::MsLearnRelated,
        Source::RelatedPeers,
        Source::LicensingSchool2026,
        Source::PartnerNewsletters2026,
    ];

    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            Source::Seed000 => &k::DECISION_SOURCE_SEED000,
            Source::Topedia2024 => &k::DECISION_SOURCE_TOPEDIA2024,
            Source::MsFaq => &k::DECISION_SOURCE_MS_FAQ,
            Source::Schneider2024 => &k::DECISION_SOURCE_SCHNEIDER2024,
            Source::MsLearnAdmin => &k::DECISION_SOURCE_MS_LEARN_ADMIN,
            Source::MsLearnPowerBi => &k::DECISION_SOURCE_MS_LEARN_POWER_BI,
            Source::MessageCenter => &k::DECISION_SOURCE_MESSAGE_CENTER,
            Source::Office365ItPros => &k::DECISION_SOURCE_OFFICE365ITPROS,
            Source::DomainResearch => &k::DECISION_SOURCE_DOMAIN_RESEARCH,
            Source::Catalogue => &k::DECISION_SOURCE_CATALOGUE,
            Source::MsLearnRelated => &k::DECISION_SOURCE_MS_LEARN_RELATED,
            Source::RelatedPeers => &k::DECISION_SOURCE_RELATED_PEERS,
            Source::LicensingSchool2026 => &k::DECISION_SOURCE_LICENSING_SCHOOL2026,
            Source::PartnerNewsletters2026 => &k::DECISION_SOURCE_PARTNER_NEWSLETTERS2026,
        }
    }
}
