//! The answers of the walk (every field `None` = not answered yet) and the user's weights.
//! Each answer enum serialises as its option code, which is also what the question table and the
//! rule conditions use, so URL state, rules and questions share one vocabulary.
use super::questions::QuestionId;
use crate::domain::ids::ProductId;
pub use crate::domain::org::{Country, OrgSize};
use crate::domain::tag::Tagged;
use crate::i18n::k;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

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

/// The single-choice questions: which answer type each has and which [`Answers`] field holds it.
/// This generates [`Opt`] (one typed answer of any question) and the typed access to answers,
/// so rules, questions, links and files all speak in typed values.
macro_rules! single_choice {
    ($($q:ident => $field:ident: $ty:ident),+ $(,)?) => {
        /// One option of a single-choice question, typed: what rule conditions and the question
        /// table name, and what the UI sets.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opt {
            $($q($ty)),+
        }

        impl Opt {
            pub fn question(self) -> QuestionId {
                match self { $(Opt::$q(_) => QuestionId::$q),+ }
            }

            /// The option code (serde form), unique within its question.
            pub fn code(self) -> &'static str {
                match self { $(Opt::$q(v) => v.code()),+ }
            }

            /// The option's link tag, unique within its question.
            pub fn tag(self) -> u32 {
                match self { $(Opt::$q(v) => v.tag()),+ }
            }

            /// The option of question `q` with link tag `tag`, if both exist.
            pub fn from_tag(q: QuestionId, tag: u32) -> Option<Opt> {
                match q {
                    $(QuestionId::$q => $ty::from_tag(tag).map(Opt::$q),)+
                    _ => None,
                }
            }

            /// Every option of question `q` (empty for a product-list question).
            pub fn all(q: QuestionId) -> Vec<Opt> {
                match q {
                    $(QuestionId::$q => $ty::ALL.iter().map(|v| Opt::$q(*v)).collect(),)+
                    _ => Vec::new(),
                }
            }
        }

        impl Answers {
            /// The answer to a single-choice question, `None` if unanswered or a product list.
            pub fn get(&self, q: QuestionId) -> Option<Opt> {
                match q {
                    $(QuestionId::$q => self.$field.map(Opt::$q),)+
                    _ => None,
                }
            }

            /// Stores the answer to the option's question.
            pub fn set(&mut self, o: Opt) {
                match o { $(Opt::$q(v) => self.$field = Some(v)),+ }
            }

            /// Clears a single-choice answer; false for a product-list question.
            fn clear_single(&mut self, q: QuestionId) -> bool {
                match q {
                    $(QuestionId::$q => { self.$field = None; true })+
                    _ => false,
                }
            }
        }
    };
}

single_choice! {
    TenantType => tenant_type: TenantType,
    Country => country: Country,
    Agreement => agreement: Agreement,
    PlannedPurchase => planned_purchase: YesNo,
    ShadowIt => shadow_it: ShadowIt,
    Support => support: Support,
    Billing => billing: Billing,
    Compliance => compliance: Compliance,
    Experimentation => experimentation: Experimentation,
    Copilot => copilot: CopilotApproach,
    OrgSize => org_size: OrgSize,
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
    /// How many people the organisation licenses (sets the EA price level in Costs too).
    pub org_size: Option<OrgSize>,
    /// Weights that differ from `Normal`; a missing criterion weighs `Normal`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub weights: BTreeMap<Criterion, Weight>,
}

impl Answers {
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
        self.get(q).is_some() || self.products(q).is_some()
    }

    pub fn clear(&mut self, q: QuestionId) {
        if !self.clear_single(q) {
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
        self.agreement.is_some_and(|a| Agreement::EXISTING.contains(&a))
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
