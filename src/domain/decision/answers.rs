//! The answers of the walk (every field `None` = not answered yet) and the user's weights.
//! Each answer enum serialises as its option code, which is also what the question table and the
//! rule conditions use, so URL state, rules and questions share one vocabulary.
use super::questions::QuestionId;
use crate::domain::ids::ProductId;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

macro_rules! choice {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[$vm])* #[serde(rename = $code)] $var ),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$var),+];

            /// The option code (same as the serde form).
            pub fn code(self) -> &'static str {
                match self { $($name::$var => $code),+ }
            }

            pub fn parse(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|c| c.code() == code)
            }
        }
    };
}

choice! {
    /// Kind of Microsoft Entra tenant.
    TenantType { Commercial = "commercial", Government = "government", Education = "education" }
}

choice! {
    /// The tenant's country, where it matters (ISO 3166 codes).
    Country {
        India = "IN",
        Brazil = "BR",
        DrCongo = "CD",
        Other = "other",
    }
}

choice! {
    /// The agreement the organisation licenses through today.
    Agreement { Ea = "ea", Csp = "csp", Mca = "mca", NoAgreement = "none" }
}

choice! {
    YesNo { Yes = "yes", No = "no" }
}

choice! {
    /// IT strategy towards cloud services IT has not approved (shadow IT).
    ShadowIt { Strict = "strict", Tolerant = "tolerant", Encourages = "encourages" }
}

choice! {
    /// Capacity to support and train users on products they bought themselves.
    Support { NoCapacity = "none", Limited = "limited", Ready = "ready" }
}

choice! {
    /// Is card-only billing in the employee's name (expense claims, personal liability to the end of
    /// the term, even after leaving) acceptable?
    Billing { Acceptable = "acceptable", Reluctantly = "reluctantly", Unacceptable = "unacceptable" }
}

choice! {
    /// Data-governance / compliance needs.
    Compliance { Regulated = "regulated", Standard = "standard" }
}

choice! {
    /// Appetite for fast adoption and experimentation.
    Experimentation { High = "high", Moderate = "moderate", Low = "low" }
}

choice! {
    /// How Microsoft 365 Copilot should reach users.
    CopilotApproach { EarlyAdopters = "early_adopters", Central = "central", NotNow = "not_now" }
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

    pub fn label_key(self) -> &'static str {
        match self {
            Criterion::Availability => "decision.criterion.availability",
            Criterion::Agreement => "decision.criterion.agreement",
            Criterion::Planning => "decision.criterion.planning",
            Criterion::Strategy => "decision.criterion.strategy",
            Criterion::Support => "decision.criterion.support",
            Criterion::Billing => "decision.criterion.billing",
            Criterion::Compliance => "decision.criterion.compliance",
            Criterion::Experimentation => "decision.criterion.experimentation",
            Criterion::Copilot => "decision.criterion.copilot",
            Criterion::Cost => "decision.criterion.cost",
            Criterion::Scale => "decision.criterion.scale",
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

    pub fn label_key(self) -> &'static str {
        match self {
            Weight::Ignore => "decision.weight.ignore",
            Weight::Normal => "decision.weight.normal",
            Weight::Important => "decision.weight.important",
            Weight::Decisive => "decision.weight.decisive",
        }
    }
}

/// Everything the user answered in the walk. `None` = not answered; the engine treats an
/// unanswered question as "no information", never as a default answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Answers {
    pub tenant_type: Option<TenantType>,
    pub country: Option<Country>,
    pub agreement: Option<Agreement>,
    /// Selected products the existing agreement already covers.
    pub agreement_covers: Option<BTreeSet<ProductId>>,
    /// Is an organisation-wide purchase of some of these products planned soon?
    pub planned_purchase: Option<YesNo>,
    /// Which products the planned purchase is for; unanswered = all selected products.
    pub planned_products: Option<BTreeSet<ProductId>>,
    pub shadow_it: Option<ShadowIt>,
    pub support: Option<Support>,
    pub billing: Option<Billing>,
    pub compliance: Option<Compliance>,
    pub experimentation: Option<Experimentation>,
    pub copilot: Option<CopilotApproach>,
    /// Weights that differ from `Normal`; a missing criterion weighs `Normal`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub weights: BTreeMap<Criterion, Weight>,
}

impl Answers {
    /// The code of a single-choice answer, `None` if unanswered or if `q` is a product list.
    pub fn code(&self, q: QuestionId) -> Option<&'static str> {
        match q {
            QuestionId::TenantType => self.tenant_type.map(TenantType::code),
            QuestionId::Country => self.country.map(Country::code),
            QuestionId::Agreement => self.agreement.map(Agreement::code),
            QuestionId::PlannedPurchase => self.planned_purchase.map(YesNo::code),
            QuestionId::ShadowIt => self.shadow_it.map(ShadowIt::code),
            QuestionId::Support => self.support.map(Support::code),
            QuestionId::Billing => self.billing.map(Billing::code),
            QuestionId::Compliance => self.compliance.map(Compliance::code),
            QuestionId::Experimentation => self.experimentation.map(Experimentation::code),
            QuestionId::Copilot => self.copilot.map(CopilotApproach::code),
            QuestionId::AgreementCovers | QuestionId::PlannedProducts => None,
        }
    }

    /// Sets (or with `None` clears) a single-choice answer by its option code. Returns false and
    /// changes nothing for an unknown code or a product-list question.
    pub fn set_code(&mut self, q: QuestionId, code: Option<&str>) -> bool {
        fn put<T: Copy>(slot: &mut Option<T>, code: Option<&str>, parse: fn(&str) -> Option<T>) -> bool {
            match code {
                None => {
                    *slot = None;
                    true
                }
                Some(c) => match parse(c) {
                    Some(v) => {
                        *slot = Some(v);
                        true
                    }
                    None => false,
                },
            }
        }
        match q {
            QuestionId::TenantType => put(&mut self.tenant_type, code, TenantType::parse),
            QuestionId::Country => put(&mut self.country, code, Country::parse),
            QuestionId::Agreement => put(&mut self.agreement, code, Agreement::parse),
            QuestionId::PlannedPurchase => put(&mut self.planned_purchase, code, YesNo::parse),
            QuestionId::ShadowIt => put(&mut self.shadow_it, code, ShadowIt::parse),
            QuestionId::Support => put(&mut self.support, code, Support::parse),
            QuestionId::Billing => put(&mut self.billing, code, Billing::parse),
            QuestionId::Compliance => put(&mut self.compliance, code, Compliance::parse),
            QuestionId::Experimentation => put(&mut self.experimentation, code, Experimentation::parse),
            QuestionId::Copilot => put(&mut self.copilot, code, CopilotApproach::parse),
            QuestionId::AgreementCovers | QuestionId::PlannedProducts => false,
        }
    }

    /// The answer of a product-list question.
    pub fn products(&self, q: QuestionId) -> Option<&BTreeSet<ProductId>> {
        match q {
            QuestionId::AgreementCovers => self.agreement_covers.as_ref(),
            QuestionId::PlannedProducts => self.planned_products.as_ref(),
            _ => None,
        }
    }

    /// Sets (or with `None` clears) a product-list answer; false for a single-choice question.
    pub fn set_products(&mut self, q: QuestionId, ids: Option<BTreeSet<ProductId>>) -> bool {
        match q {
            QuestionId::AgreementCovers => self.agreement_covers = ids,
            QuestionId::PlannedProducts => self.planned_products = ids,
            _ => return false,
        }
        true
    }

    pub fn is_answered(&self, q: QuestionId) -> bool {
        self.code(q).is_some() || self.products(q).is_some()
    }

    pub fn clear(&mut self, q: QuestionId) {
        if !self.set_code(q, None) {
            self.set_products(q, None);
        }
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
        matches!(self.agreement, Some(Agreement::Ea | Agreement::Csp | Agreement::Mca))
    }

    /// Covered by an agreement: per the product facts, or per the answers when an agreement exists.
    /// Keeps only products for which `keep` holds in every product-set answer.
    pub fn retain_products(&mut self, keep: impl Fn(&ProductId) -> bool) {
        for set in [&mut self.agreement_covers, &mut self.planned_products].into_iter().flatten() {
            set.retain(&keep);
        }
    }

    /// Rewrites every ProductId in the product-set answers (legacy to current ids).
    pub fn map_products(&mut self, f: impl Fn(&ProductId) -> ProductId) {
        for set in [&mut self.agreement_covers, &mut self.planned_products].into_iter().flatten() {
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
