//! The one engine: applies the rule table to the answers and the products' facts, in the phases
//! documented in the module header (`decision/mod.rs`).
use super::answers::{Answers, Criterion, Weight};
use super::questions::effective_answers;
use super::rules::{rules, Ctx, Direction, FollowUpAction, Outcome, Rule, Scope, Side, ALLOW_AT, TRIALS_AT};
use super::{ProductFacts, Source};
use crate::domain::ids::ProductId;
use crate::domain::policy::PolicyValue;
use crate::domain::switches::{RelatedSwitch, SwitchSetting};
use crate::i18n::k;
use crate::i18n::Message;
use serde::Serialize;

/// One rule that fired for a product, in words, with the figures and the answer filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub rule_id: &'static str,
    pub message: Message,
    pub side: Side,
    pub criterion: Criterion,
    /// The user's weight for the criterion; `None` for rules that decide outright (weights never
    /// switch a hard rule off).
    pub weight: Option<Weight>,
    /// Signed contribution to the score (`+` towards allowing); 0 for deciding rules.
    pub points: i32,
    pub source: Source,
}

/// How a product's policy was reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Self-service is not offered (tenant-wide or for this product here): nothing to configure.
    NotAvailable,
    /// A hard rule decided.
    HardRule,
    /// The weighted leanings decided.
    Score,
}

impl Basis {
    /// `decision.basis.score` takes `{score}`.
    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            Basis::NotAvailable => &k::DECISION_BASIS_NOT_AVAILABLE,
            Basis::HardRule => &k::DECISION_BASIS_HARD_RULE,
            Basis::Score => &k::DECISION_BASIS_SCORE,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProductRecommendation {
    pub id: ProductId,
    pub name: String,
    /// `None` = not sold here / nothing to configure.
    pub policy: Option<PolicyValue>,
    pub basis: Basis,
    /// Sum of the leanings' points (0 unless `basis == Score`).
    pub score: i32,
    /// The rules that fired, in table order.
    pub reasons: Vec<Reason>,
    /// For `basis == Score`: how the score maps to the policy (thresholds filled in).
    pub policy_note: Option<Message>,
    /// For `basis == HardRule`: the leanings the other answers give, shown but not counted, so
    /// a user sees that their answers were read and why they did not change the outcome.
    pub not_counted: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    pub action: FollowUpAction,
    pub rule_id: &'static str,
    /// What to do, with `{products}` (names, comma-separated) and `{count}` filled in.
    pub message: Message,
    /// The products it concerns, in selection order; empty for tenant-wide actions.
    pub products: Vec<ProductId>,
}

/// The tenant-wide verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Self-service is not offered to this tenant (or none of the products is sold here).
    NothingToConfigure,
    /// No product selected yet.
    NoProducts,
    /// Block every product.
    BlockAll,
    /// Nothing allowed, but trials without payment method for some.
    TrialsOnly,
    /// Product by product.
    Mixed,
    /// More than half allowed.
    AllowMost,
    AllowAll,
}

impl Verdict {
    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            Verdict::NothingToConfigure => &k::DECISION_VERDICT_NOTHING_TO_CONFIGURE,
            Verdict::NoProducts => &k::DECISION_VERDICT_NO_PRODUCTS,
            Verdict::BlockAll => &k::DECISION_VERDICT_BLOCK_ALL,
            Verdict::TrialsOnly => &k::DECISION_VERDICT_TRIALS_ONLY,
            Verdict::Mixed => &k::DECISION_VERDICT_MIXED,
            Verdict::AllowMost => &k::DECISION_VERDICT_ALLOW_MOST,
            Verdict::AllowAll => &k::DECISION_VERDICT_ALLOW_ALL,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Recommendation {
    pub verdict: Verdict,
    /// In the order of the products passed in.
    pub per_product: Vec<ProductRecommendation>,
    /// In rule-table order.
    pub follow_ups: Vec<FollowUp>,
    /// The executive summary: messages that read as one paragraph.
    pub summary: Vec<Message>,
    /// Every related switch ([`RelatedSwitch::ALL`] order) with its recommended setting; empty
    /// when there is nothing to configure.
    pub switches: Vec<SwitchRecommendation>,
}

impl Recommendation {
    pub fn product(&self, id: &ProductId) -> Option<&ProductRecommendation> {
        self.per_product.iter().find(|p| &p.id == id)
    }

    pub fn switch(&self, s: RelatedSwitch) -> Option<&SwitchRecommendation> {
        self.switches.iter().find(|x| x.switch == s)
    }
}

/// One switch rule that fired: which setting it asks for, why, and for which products.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SwitchReason {
    pub rule_id: &'static str,
    pub setting: SwitchSetting,
    /// With `{products}` and `{count}` filled in for product rules.
    pub message: Message,
    pub source: Source,
    pub products: Vec<ProductId>,
}

/// A related switch's recommended setting and the rules behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SwitchRecommendation {
    pub switch: RelatedSwitch,
    /// `None` = no rule decides: the user's choice (`doors.setting.open`).
    pub setting: Option<SwitchSetting>,
    /// Every rule that fired for this switch, in table order (those for the losing setting too,
    /// so a reader sees what was weighed).
    pub reasons: Vec<SwitchReason>,
}

/// Products a rule fires for (product scope), or `Some(empty)` / `None` for a tenant rule that
/// fires / does not.
fn concerned<'p>(
    rule: &Rule,
    answers: &Answers,
    products: &'p [ProductFacts],
    decided: &[ProductRecommendation],
) -> Option<Vec<&'p ProductFacts>> {
    match rule.scope {
        Scope::Tenant => rule.fires(&Ctx { answers, product: None, decided: None }).then(Vec::new),
        Scope::Product(_) => {
            let hits: Vec<&ProductFacts> = products
                .iter()
                .zip(decided)
                .filter(|(p, d)| rule.fires(&Ctx { answers, product: Some(p), decided: d.policy }))
                .map(|(p, _)| p)
                .collect();
            (!hits.is_empty()).then_some(hits)
        }
    }
}

fn switches(
    answers: &Answers,
    products: &[ProductFacts],
    decided: &[ProductRecommendation],
) -> Vec<SwitchRecommendation> {
    let mut out: Vec<SwitchRecommendation> = RelatedSwitch::ALL
        .iter()
        .map(|&s| SwitchRecommendation { switch: s, setting: None, reasons: Vec::new() })
        .collect();
    for rule in rules() {
        let Outcome::Switch(switch, setting) = rule.outcome else { continue };
        let Some(hits) = concerned(rule, answers, products, decided) else { continue };
        let names: Vec<&str> = hits.iter().map(|p| p.name.as_str()).collect();
        let Some(rec) = out.iter_mut().find(|r| r.switch == switch) else { continue };
        rec.setting = match (rec.setting, setting) {
            (Some(SwitchSetting::Off), _) | (_, SwitchSetting::Off) => Some(SwitchSetting::Off),
            _ => Some(SwitchSetting::On),
        };
        rec.reasons.push(SwitchReason {
            rule_id: rule.id,
            setting,
            message: Message::new(rule.explanation_key).count("count", names.len()).arg("products", names.join(", ")),
            source: rule.source,
            products: hits.iter().map(|p| p.id.clone()).collect(),
        });
    }
    out
}

/// The tenant-wide not-available rules that fire for these answers (as given, relevance aside).
fn tenant_unavailable(answers: &Answers) -> Vec<&'static Rule> {
    let ctx = Ctx { answers, product: None, decided: None };
    rules().iter().filter(|r| r.scope == Scope::Tenant && r.outcome == Outcome::NotAvailable && r.fires(&ctx)).collect()
}

/// Self-service is offered to this tenant, as far as the answers tell.
pub fn ssp_available(answers: &Answers) -> bool {
    tenant_unavailable(answers).is_empty()
}

/// Score → policy, with the thresholds [`ALLOW_AT`] and [`TRIALS_AT`]. Trials only is returned
/// only for products that have a trial without payment method.
pub fn policy_for_score(score: i32, offers_trials_only: bool) -> PolicyValue {
    if score >= ALLOW_AT {
        PolicyValue::Enabled
    } else if score >= TRIALS_AT && offers_trials_only {
        PolicyValue::OnlyTrialsWithoutPaymentMethod
    } else {
        PolicyValue::Disabled
    }
}

/// Why this score gives this policy: the score against the thresholds, in words.
pub fn score_note(score: i32, offers_trials_only: bool) -> Message {
    let key = match policy_for_score(score, offers_trials_only) {
        PolicyValue::Enabled => &k::DECISION_SCORE_ALLOW,
        PolicyValue::OnlyTrialsWithoutPaymentMethod => &k::DECISION_SCORE_TRIALS,
        PolicyValue::Disabled if offers_trials_only => &k::DECISION_SCORE_BLOCK,
        PolicyValue::Disabled => &k::DECISION_SCORE_BLOCK_NO_TRIAL,
    };
    Message::new(key).arg("score", score).arg("allow", ALLOW_AT).arg("trials", TRIALS_AT)
}

/// The Trials-only guard: never `OnlyTrialsWithoutPaymentMethod` for a product without a trial
/// without payment method (what the service would do is undocumented); block instead.
pub fn guard(policy: PolicyValue, product: &ProductFacts) -> PolicyValue {
    if policy == PolicyValue::OnlyTrialsWithoutPaymentMethod && !product.offers_trials_only {
        PolicyValue::Disabled
    } else {
        policy
    }
}

fn deciding_reason(rule: &Rule, ctx: &Ctx, side: Side) -> Reason {
    Reason {
        rule_id: rule.id,
        message: rule.message(ctx),
        side,
        criterion: rule.criterion,
        weight: None,
        points: 0,
        source: rule.source,
    }
}

fn decide_product(answers: &Answers, p: &ProductFacts) -> ProductRecommendation {
    let ctx = Ctx { answers, product: Some(p), decided: None };
    let fired = |pick: fn(&Outcome) -> bool| -> Vec<&'static Rule> {
        rules().iter().filter(|r| pick(&r.outcome) && r.fires(&ctx)).collect()
    };
    let base = |policy, basis, score, reasons, policy_note| ProductRecommendation {
        id: p.id.clone(),
        name: p.name.clone(),
        policy,
        basis,
        score,
        reasons,
        policy_note,
        not_counted: Vec::new(),
    };
    let leanings = || -> Vec<Reason> {
        fired(|o| matches!(o, Outcome::Lean { .. }))
            .into_iter()
            .filter_map(|r| {
                let Outcome::Lean { towards, strength } = r.outcome else { return None };
                let weight = answers.weight(r.criterion);
                let sign = if towards == Direction::Allow { 1 } else { -1 };
                Some(Reason {
                    rule_id: r.id,
                    message: r.message(&ctx),
                    side: if towards == Direction::Allow { Side::For } else { Side::Against },
                    criterion: r.criterion,
                    weight: Some(weight),
                    points: sign * i32::from(strength) * weight.factor(),
                    source: r.source,
                })
            })
            .collect()
    };

    let not_available = fired(|o| *o == Outcome::NotAvailable);
    if !not_available.is_empty() {
        let reasons = not_available.iter().map(|r| deciding_reason(r, &ctx, Side::Neutral)).collect();
        return base(None, Basis::NotAvailable, 0, reasons, None);
    }

    let forced = fired(|o| matches!(o, Outcome::Force(_)));
    if !forced.is_empty() {
        let mut policy = PolicyValue::Enabled;
        let mut reasons = Vec::new();
        for r in &forced {
            let Outcome::Force(v) = r.outcome else { continue };
            // PolicyValue's order is Enabled < Trials only < Disabled: the most restrictive wins.
            policy = policy.max(v);
            let side = if v == PolicyValue::Enabled { Side::For } else { Side::Against };
            reasons.push(deciding_reason(r, &ctx, side));
        }
        let mut rec = base(Some(guard(policy, p)), Basis::HardRule, 0, reasons, None);
        rec.not_counted = leanings();
        return rec;
    }

    let reasons = leanings();
    let score = reasons.iter().map(|r| r.points).sum();
    let policy = guard(policy_for_score(score, p.offers_trials_only), p);
    base(Some(policy), Basis::Score, score, reasons, Some(score_note(score, p.offers_trials_only)))
}

fn follow_ups(answers: &Answers, products: &[ProductFacts], decided: &[ProductRecommendation]) -> Vec<FollowUp> {
    let mut out = Vec::new();
    for rule in rules() {
        let Outcome::FollowUp(action) = rule.outcome else { continue };
        let Some(concerned) = concerned(rule, answers, products, decided) else { continue };
        let names: Vec<&str> = concerned.iter().map(|p| p.name.as_str()).collect();
        let mut message =
            Message::new(rule.explanation_key).count("count", names.len()).arg("products", names.join(", "));
        // The figures the conditions looked at (a partner trial's end date and seats), from the
        // first product concerned: the rules with figures are those of a single product.
        if let Some(first) = concerned.first() {
            message = rule.with_figures(message, &Ctx { answers, product: Some(first), decided: None });
        }
        out.push(FollowUp {
            action,
            rule_id: rule.id,
            message,
            products: concerned.iter().map(|p| p.id.clone()).collect(),
        });
    }
    out
}

fn verdict_of(per_product: &[ProductRecommendation]) -> Verdict {
    let decided: Vec<PolicyValue> = per_product.iter().filter_map(|p| p.policy).collect();
    let count = |v: PolicyValue| decided.iter().filter(|d| **d == v).count();
    let (allow, trials) = (count(PolicyValue::Enabled), count(PolicyValue::OnlyTrialsWithoutPaymentMethod));
    if per_product.is_empty() {
        Verdict::NoProducts
    } else if decided.is_empty() {
        Verdict::NothingToConfigure
    } else if allow == decided.len() {
        Verdict::AllowAll
    } else if allow * 2 > decided.len() {
        Verdict::AllowMost
    } else if allow == 0 && trials == 0 {
        Verdict::BlockAll
    } else if allow == 0 {
        Verdict::TrialsOnly
    } else {
        Verdict::Mixed
    }
}

/// At most this many reasons are quoted in the executive summary.
pub const SUMMARY_REASONS: usize = 2;

fn summary(verdict: Verdict, per_product: &[ProductRecommendation], follow_ups: &[FollowUp]) -> Vec<Message> {
    let n = |pred: &dyn Fn(&ProductRecommendation) -> bool| per_product.iter().filter(|p| pred(p)).count();
    let with = |v: PolicyValue| move |p: &ProductRecommendation| p.policy == Some(v);
    let total = n(&|p| p.policy.is_some());
    let not_sold = per_product.len() - total;
    let forced = n(&|p| p.basis == Basis::HardRule);
    let counts = |key: crate::i18n::Key| {
        Message::new(key)
            .count("total", total)
            .count("allow", n(&with(PolicyValue::Enabled)))
            .count("trials", n(&with(PolicyValue::OnlyTrialsWithoutPaymentMethod)))
            .count("block", n(&with(PolicyValue::Disabled)))
    };
    let mut out = Vec::new();
    match verdict {
        Verdict::NoProducts => return vec![Message::new(&k::DECISION_SUMMARY_NO_PRODUCTS)],
        // Tenant-wide unavailability returns earlier (in `recommend`); here none is sold locally.
        Verdict::NothingToConfigure => {
            return vec![Message::new(&k::DECISION_SUMMARY_NONE_SOLD).count("count", per_product.len())];
        }
        Verdict::BlockAll => out.push(counts(&k::DECISION_SUMMARY_BLOCK_ALL)),
        Verdict::TrialsOnly => out.push(counts(&k::DECISION_SUMMARY_TRIALS_ONLY)),
        Verdict::Mixed => out.push(counts(&k::DECISION_SUMMARY_MIXED)),
        Verdict::AllowMost => out.push(counts(&k::DECISION_SUMMARY_ALLOW_MOST)),
        Verdict::AllowAll => out.push(counts(&k::DECISION_SUMMARY_ALLOW_ALL)),
    }
    if not_sold > 0 {
        out.push(Message::new(&k::DECISION_SUMMARY_NOT_SOLD).count("count", not_sold));
    }
    if forced > 0 {
        out.push(Message::new(&k::DECISION_SUMMARY_HARD_RULES).count("count", forced));
    }
    // The strongest leanings pointing the verdict's way (both ways for a mixed verdict).
    let wanted = |s: Side| match verdict {
        Verdict::BlockAll | Verdict::TrialsOnly => s == Side::Against,
        Verdict::AllowAll | Verdict::AllowMost => s == Side::For,
        _ => s != Side::Neutral,
    };
    let mut leanings: Vec<&Reason> = per_product
        .iter()
        .filter(|p| p.basis == Basis::Score)
        .flat_map(|p| p.reasons.iter())
        .filter(|r| r.points != 0 && wanted(r.side))
        .collect();
    leanings.sort_by_key(|r| std::cmp::Reverse(r.points.abs())); // stable: table order among equals
    let mut quoted: Vec<&Reason> = Vec::new();
    for r in leanings {
        if quoted.len() < SUMMARY_REASONS && !quoted.iter().any(|q| q.rule_id == r.rule_id) {
            quoted.push(r);
        }
    }
    if !quoted.is_empty() {
        out.push(Message::new(&k::DECISION_SUMMARY_MAIN_REASONS));
        out.extend(quoted.into_iter().map(|r| r.message.clone()));
    }
    if !follow_ups.is_empty() {
        out.push(Message::new(&k::DECISION_SUMMARY_FOLLOW_UPS).count("count", follow_ups.len()));
    }
    out.push(Message::new(&k::DECISION_SUMMARY_GUESTS));
    out
}

/// The recommendation for these answers and products (see the module header for the phases).
pub fn recommend(answers: &Answers, products: &[ProductFacts]) -> Recommendation {
    let answers = effective_answers(answers, products);
    let unavailable = tenant_unavailable(&answers);
    if !unavailable.is_empty() {
        let ctx = Ctx { answers: &answers, product: None, decided: None };
        let reasons: Vec<Reason> = unavailable.iter().map(|r| deciding_reason(r, &ctx, Side::Neutral)).collect();
        let per_product: Vec<ProductRecommendation> = products
            .iter()
            .map(|p| ProductRecommendation {
                id: p.id.clone(),
                name: p.name.clone(),
                policy: None,
                basis: Basis::NotAvailable,
                score: 0,
                reasons: reasons.clone(),
                policy_note: None,
                not_counted: Vec::new(),
            })
            .collect();
        let mut summary = vec![reasons[0].message.clone()];
        summary.push(Message::new(&k::DECISION_SUMMARY_NOTHING_TO_CONFIGURE));
        return Recommendation {
            verdict: Verdict::NothingToConfigure,
            per_product,
            follow_ups: Vec::new(),
            summary,
            switches: Vec::new(),
        };
    }
    let per_product: Vec<ProductRecommendation> = products.iter().map(|p| decide_product(&answers, p)).collect();
    let verdict = verdict_of(&per_product);
    let follow_ups = follow_ups(&answers, products, &per_product);
    let summary = summary(verdict, &per_product, &follow_ups);
    let switches = switches(&answers, products, &per_product);
    Recommendation { verdict, per_product, follow_ups, summary, switches }
}

/// What the chosen policies set in motion, which is what the script does: the recommendation
/// with each product's policy replaced by the chosen one (`chosen` returns `None` to keep the
/// recommended one), and the follow-ups and related switches worked out again from those. The
/// verdict, summary and per-product reasons stay the recommendation's: they say what was
/// recommended and why. A product that is not sold here keeps `policy: None`.
///
/// The report and the doors read this, not the recommendation, so no sentence about what users
/// will see contradicts the script when the two differ (issue 21).
pub fn consequences(
    answers: &Answers,
    products: &[ProductFacts],
    rec: &Recommendation,
    chosen: impl Fn(&ProductId) -> Option<PolicyValue>,
) -> Recommendation {
    let mut out = rec.clone();
    if rec.verdict == Verdict::NothingToConfigure && rec.switches.is_empty() {
        // Self-service is not offered to this tenant: nothing the script sets changes that.
        return out;
    }
    for p in &mut out.per_product {
        if p.policy.is_some() {
            if let Some(v) = chosen(&p.id) {
                p.policy = Some(v);
            }
        }
    }
    let answers = effective_answers(answers, products);
    out.follow_ups = follow_ups(&answers, products, &out.per_product);
    out.switches = switches(&answers, products, &out.per_product);
    out
}
