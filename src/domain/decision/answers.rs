//! The answers of the walk (every field `None` = not answered yet) and the user's weights.
//! Each answer enum serialises as its option code, which is also what the question table and the
//! rule conditions use, so URL state, rules and questions share one vocabulary.
use super::questions::QuestionId;
pub use super::questions::{Answers, Opt};
use crate::domain::ids::ProductId;
pub use crate::domain::org::{Country, OrgSize};
use crate::i18n::k;
use serde::{Deserialize, Serialize};

// Each option: `Variant = "file code" / link tag`. Both stay with their meaning forever; a new
// option takes the next unused tag (see `domain::tag`).

crate::choice! {
    /// Kind of Microsoft Entra tenant.
    TenantType { Commercial = "commercial" / 1, Government = "government" / 2, Education = "education" / 3 }
}

crate::choice! {
    /// The agreement the organisation licenses through today.
    Agreement { Ea = "ea" / 1, Csp = "csp" / 2, Mca = "mca" / 3, NoAgreement = "none" / 4 }
}

impl Agreement {
    /// The answers that mean "an agreement exists": the one place this is decided.
    pub const EXISTING: &'static [Agreement] = &[Agreement::Ea, Agreement::Csp, Agreement::Mca];
}

crate::choice! {
    YesNo { Yes = "yes" / 1, No = "no" / 2 }
}

crate::choice! {
    /// IT strategy towards cloud services IT has not approved (shadow IT).
    ShadowIt { Strict = "strict" / 1, Tolerant = "tolerant" / 2, Encourages = "encourages" / 3 }
}

crate::choice! {
    /// Capacity to support and train users on products they bought themselves.
    Support { NoCapacity = "none" / 1, Limited = "limited" / 2, Ready = "ready" / 3 }
}

crate::choice! {
    /// Is card-only billing in the employee's name (expense claims, personal liability to the end of
    /// the term, even after leaving) acceptable?
    Billing { Acceptable = "acceptable" / 1, Reluctantly = "reluctantly" / 2, Unacceptable = "unacceptable" / 3 }
}

crate::choice! {
    /// Data-governance / compliance needs.
    Compliance { Regulated = "regulated" / 1, Standard = "standard" / 2 }
}

crate::choice! {
    /// Appetite for fast adoption and experimentation.
    Experimentation { High = "high" / 1, Moderate = "moderate" / 2, Low = "low" / 3 }
}

crate::choice! {
    /// How Microsoft 365 Copilot should reach users.
    CopilotApproach { EarlyAdopters = "early_adopters" / 1, Central = "central" / 2, NotNow = "not_now" / 3 }
}

/// What a weight is attached to. Questions name their criterion; costs and seats come from the
/// product facts and have a criterion of their own. Hard rules have a criterion for grouping
/// only: weights never switch a hard rule off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    Availability,
    Agreement,
    Planning,
    Strategy,
    Support,
    Billing,
    Compliance,
    Experimentation,
    Copilot,
    Cost,
    Scale,
}

crate::tags!(Criterion {
    Availability = 1,
    Agreement = 2,
    Planning = 3,
    Strategy = 4,
    Support = 5,
    Billing = 6,
    Compliance = 7,
    Experimentation = 8,
    Copilot = 9,
    Cost = 10,
    Scale = 11,
});

impl Criterion {
    pub const ALL: [Criterion; 11] = [
        Criterion::Availability,
        Criterion::Agreement,
        Criterion::Planning,
        Criterion::Strategy,
        Criterion::Support,
        Criterion::Billing,
        Criterion::Compliance,
        Criterion::Experimentation,
        Criterion::Copilot,
        Criterion::Cost,
        Criterion::Scale,
    ];

    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            Criterion::Availability => &k::DECISION_CRITERION_AVAILABILITY,
            Criterion::Agreement => &k::DECISION_CRITERION_AGREEMENT,
            Criterion::Planning => &k::DECISION_CRITERION_PLANNING,
            Criterion::Strategy => &k::DECISION_CRITERION_STRATEGY,
            Criterion::Support => &k::DECISION_CRITERION_SUPPORT,
            Criterion::Billing => &k::DECISION_CRITERION_BILLING,
            Criterion::Compliance => &k::DECISION_CRITERION_COMPLIANCE,
            Criterion::Experimentation => &k::DECISION_CRITERION_EXPERIMENTATION,
            Criterion::Copilot => &k::DECISION_CRITERION_COPILOT,
            Criterion::Cost => &k::DECISION_CRITERION_COST,
            Criterion::Scale => &k::DECISION_CRITERION_SCALE,
        }
    }
}

/// How much a criterion counts: multiplies the strength of every leaning rule of that criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Weight {
    Ignore,
    #[default]
    Normal,
    Important,
    Decisive,
}

crate::tags!(Weight { Ignore = 1, Normal = 2, Important = 3, Decisive = 4 });

impl Weight {
    pub const ALL: [Weight; 4] = [Weight::Ignore, Weight::Normal, Weight::Important, Weight::Decisive];

    pub fn factor(self) -> i32 {
        match self {
            Weight::Ignore => 0,
            Weight::Normal => 1,
            Weight::Important => 2,
            Weight::Decisive => 3,
        }
    }

    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            Weight::Ignore => &k::DECISION_WEIGHT_IGNORE,
            Weight::Normal => &k::DECISION_WEIGHT_NORMAL,
            Weight::Important => &k::DECISION_WEIGHT_IMPORTANT,
            Weight::Decisive => &k::DECISION_WEIGHT_DECISIVE,
        }
    }
}

impl Answers {
    pub fn is_answered(&self, q: QuestionId) -> bool {
        self.get(q).is_some() || self.products(q).is_some()
    }

    pub fn weight(&self, c: Criterion) -> Weight {
        self.weights.get(&c).copied().unwrap_or_default()
    }

    /// Stores only weights that differ from `Normal`, so equal answers serialise equally.
    pub fn set_weight(&mut self, c: Criterion, w: Weight) {
        if w == Weight::Normal {
            self.weights.remove(&c);
        } else {
            self.weights.insert(c, w);
        }
    }

    pub fn has_agreement(&self) -> bool {
        self.agreement.is_some_and(|a| Agreement::EXISTING.contains(&a))
    }

    /// Covered by an agreement: per the product facts, or per the answers when an agreement exists.
    /// Keeps only products for which `keep` holds in every product-set answer.
    pub fn retain_products(&mut self, keep: impl Fn(&ProductId) -> bool) {
        for set in self.product_lists_mut() {
            set.retain(&keep);
        }
    }

    /// Rewrites every ProductId in the product-set answers (legacy to current ids).
    pub fn map_products(&mut self, f: impl Fn(&ProductId) -> ProductId) {
        for set in self.product_lists_mut() {
            *set = set.iter().map(&f).collect();
        }
    }

    pub fn covers(&self, id: &ProductId) -> bool {
        self.has_agreement() && self.agreement_covers.as_ref().is_some_and(|s| s.contains(id))
    }

    /// An organisation-wide purchase of this product is planned soon.
    pub fn purchase_planned(&self, id: &ProductId) -> bool {
        self.planned_purchase == Some(YesNo::Yes) && self.planned_products.as_ref().is_none_or(|s| s.contains(id))
    }
}
