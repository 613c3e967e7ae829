//! The questions of the walk, in order, as data. Each knows when it is relevant, using only the
//! answers to earlier questions (so answering a question never hides itself), and lists the
//! arguments for and against self-service that the sources give, with the source.
use super::answers::*;
use super::engine::ssp_available;
use super::rules::Side;
use super::{ProductFacts, Source};
use crate::domain::ids::ProductId;
use crate::domain::tag::Tagged;
use crate::i18n::k;
use serde::{Deserialize, Serialize};

/// The walk, declared once: each question is one entry, and everything that names a question
/// comes from it. An entry reads
/// `Name = link tag => answers_field: one(AnswerType) { title, help, options, criterion,
/// arguments, asked }` (or `: products { … }` without `options` for "tick any of the selected
/// products"), in the order the walk asks. It makes [`QuestionId`] (its serde form and `as_str`
/// are the field's name, its link tags frozen in `share::tests::wire_tags`), the [`Answers`]
/// struct, [`Opt`] (one typed option of any single-choice question), the typed access to the
/// answers and the table [`questions()`] returns. Adding a question is adding an entry here, its
/// answer type (`choice!` in `answers.rs`), its strings and its rules.
macro_rules! questions {
    ($(
        $(#[$doc:meta])*
        $q:ident = $tag:literal => $field:ident : $kind:ident $(($ty:ident))? {
            title: $title:ident,
            help: $help:ident,
            $(options: [$($o:ident : $label:ident),+ $(,)?],)?
            criterion: $criterion:ident,
            arguments: [$($arg:expr),* $(,)?],
            asked: $asked:ident $(,)?
        }
    ),+ $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum QuestionId {
            $($(#[$doc])* $q),+
        }

        crate::tags!(QuestionId { $($q = $tag),+ });

        impl QuestionId {
            /// Every question, in the order the walk asks them.
            pub const ALL: [QuestionId; [$(QuestionId::$q),+].len()] = [$(QuestionId::$q),+];

            /// Stable id for URLs, files and tests: the answer's field name, which is also the
            /// serde form (a test checks both agree).
            pub fn as_str(self) -> &'static str {
                match self { $(QuestionId::$q => stringify!($field)),+ }
            }
        }

        /// Everything the user answered in the walk. `None` = not answered; the engine treats an
        /// unanswered question as "no information", never as a default answer.
        #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
        #[serde(default)]
        pub struct Answers {
            $($(#[$doc])* pub $field: questions!(@answer $kind $($ty)?),)+
            /// Weights that differ from `Normal`; a missing criterion weighs `Normal`.
            #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
            pub weights: std::collections::BTreeMap<Criterion, Weight>,
        }

        static QUESTIONS: &[Question] = &[$(
            Question {
                id: QuestionId::$q,
                title_key: &k::$title,
                help_key: &k::$help,
                kind: questions!(@kind $q $kind $($ty)? [$($($o $label)+)?]),
                criterion: Criterion::$criterion,
                arguments: &[$($arg),*],
                is_relevant: $asked,
            }
        ),+];

        questions!(@split [] [] $($q $field $kind $($ty)?;)+);
    };

    (@answer one $ty:ident) => { Option<$ty> };
    (@answer products) => { Option<std::collections::BTreeSet<ProductId>> };

    (@kind $q:ident one $ty:ident [$($o:ident $label:ident)+]) => {
        QuestionKind::Single(&[$(opt(Opt::$q($ty::$o), &k::$label)),+])
    };
    (@kind $q:ident products []) => { QuestionKind::Products };

    // Sorts the questions into single-choice and product-list ones, keeping their order.
    (@split [$($one:tt)*] [$($list:tt)*] $q:ident $field:ident one $ty:ident; $($rest:tt)*) => {
        questions!(@split [$($one)* ($q $field $ty)] [$($list)*] $($rest)*);
    };
    (@split [$($one:tt)*] [$($list:tt)*] $q:ident $field:ident products; $($rest:tt)*) => {
        questions!(@split [$($one)*] [$($list)* ($q $field)] $($rest)*);
    };
    (@split [$(($q:ident $field:ident $ty:ident))+] [$(($lq:ident $lfield:ident))+]) => {
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

            /// The answer of a product-list question.
            pub fn products(&self, q: QuestionId) -> Option<&std::collections::BTreeSet<ProductId>> {
                match q {
                    $(QuestionId::$lq => self.$lfield.as_ref(),)+
                    _ => None,
                }
            }

            /// Sets (or with `None` clears) a product-list answer; false for a single-choice question.
            pub fn set_products(&mut self, q: QuestionId, ids: Option<std::collections::BTreeSet<ProductId>>) -> bool {
                match q {
                    $(QuestionId::$lq => self.$lfield = ids,)+
                    _ => return false,
                }
                true
            }

            pub fn clear(&mut self, q: QuestionId) {
                match q {
                    $(QuestionId::$q => self.$field = None,)+
                    $(QuestionId::$lq => self.$lfield = None,)+
                }
            }

            /// Every answered product list, to change in place.
            pub(super) fn product_lists_mut(&mut self) -> impl Iterator<Item = &mut std::collections::BTreeSet<ProductId>> {
                [$(&mut self.$lfield),+].into_iter().flatten()
            }
        }
    };
}

questions! {
    TenantType = 1 => tenant_type: one(TenantType) {
        title: DECISION_Q_TENANT_TYPE_TITLE,
        help: DECISION_Q_TENANT_TYPE_HELP,
        options: [
            Commercial: DECISION_Q_TENANT_TYPE_COMMERCIAL,
            Government: DECISION_Q_TENANT_TYPE_GOVERNMENT,
            Education: DECISION_Q_TENANT_TYPE_EDUCATION,
        ],
        criterion: Availability,
        arguments: [],
        asked: always,
    },
    Country = 2 => country: one(Country) {
        title: DECISION_Q_COUNTRY_TITLE,
        help: DECISION_Q_COUNTRY_HELP,
        options: [
            India: DECISION_Q_COUNTRY_IN,
            Brazil: DECISION_Q_COUNTRY_BR,
            DrCongo: DECISION_Q_COUNTRY_CD,
            Other: DECISION_Q_COUNTRY_OTHER,
        ],
        criterion: Availability,
        arguments: [],
        asked: after_tenant_type,
    },
    /// How many people the organisation licenses (sets the EA price level in Costs too).
    OrgSize = 13 => org_size: one(OrgSize) {
        title: DECISION_Q_ORG_SIZE_TITLE,
        help: DECISION_Q_ORG_SIZE_HELP,
        options: [
            Under300: DECISION_Q_ORG_SIZE_UNDER_300,
            From300: DECISION_Q_ORG_SIZE_300,
            From500: DECISION_Q_ORG_SIZE_500,
            From2400: DECISION_Q_ORG_SIZE_2400,
            From6000: DECISION_Q_ORG_SIZE_6000,
            From15000: DECISION_Q_ORG_SIZE_15000,
        ],
        criterion: Scale,
        arguments: [],
        asked: after_country,
    },
    Agreement = 3 => agreement: one(Agreement) {
        title: DECISION_Q_AGREEMENT_TITLE,
        help: DECISION_Q_AGREEMENT_HELP,
        options: [
            Ea: DECISION_Q_AGREEMENT_EA,
            Csp: DECISION_Q_AGREEMENT_CSP,
            Mca: DECISION_Q_AGREEMENT_MCA,
            NoAgreement: DECISION_Q_AGREEMENT_NONE,
        ],
        criterion: Agreement,
        arguments: [A_LIST_PRICE, A_NOT_ON_INVOICE, A_CENTRAL_LICENSING, A_CENTRALISE_LATER],
        asked: after_country,
    },
    /// Selected products the existing agreement already covers.
    AgreementCovers = 4 => agreement_covers: products {
        title: DECISION_Q_AGREEMENT_COVERS_TITLE,
        help: DECISION_Q_AGREEMENT_COVERS_HELP,
        criterion: Agreement,
        arguments: [A_DUPLICATES, A_CENTRALISE_LATER],
        asked: agreement_covers_relevant,
    },
    /// Is an organisation-wide purchase of some of these products planned soon?
    PlannedPurchase = 5 => planned_purchase: one(YesNo) {
        title: DECISION_Q_PLANNED_PURCHASE_TITLE,
        help: DECISION_Q_PLANNED_PURCHASE_HELP,
        options: [
            Yes: DECISION_Q_PLANNED_PURCHASE_YES,
            No: DECISION_Q_PLANNED_PURCHASE_NO,
        ],
        criterion: Planning,
        arguments: [A_BLOCK_BEFORE, A_OVERLAP, A_USAGE_INSIGHT],
        asked: after_country,
    },
    /// Which products the planned purchase is for; unanswered = all selected products.
    PlannedProducts = 6 => planned_products: products {
        title: DECISION_Q_PLANNED_PRODUCTS_TITLE,
        help: DECISION_Q_PLANNED_PRODUCTS_HELP,
        criterion: Planning,
        arguments: [A_DUPLICATES],
        asked: planned_products_relevant,
    },
    ShadowIt = 7 => shadow_it: one(ShadowIt) {
        title: DECISION_Q_SHADOW_IT_TITLE,
        help: DECISION_Q_SHADOW_IT_HELP,
        options: [
            Strict: DECISION_Q_SHADOW_IT_STRICT,
            Tolerant: DECISION_Q_SHADOW_IT_TOLERANT,
            Encourages: DECISION_Q_SHADOW_IT_ENCOURAGES,
        ],
        criterion: Strategy,
        arguments: [
            arg(Against, &k::DECISION_ARG_SHADOW_IT, Seed000),
            arg(Against, &k::DECISION_ARG_NEW_PRODUCTS_ENABLED, Topedia2024),
            arg(For, &k::DECISION_ARG_ADMIN_VISIBILITY, MsFaq),
            arg(For, &k::DECISION_ARG_NOTIFICATIONS, MessageCenter),

        ],
        asked: after_country,
    },
    Support = 8 => support: one(Support) {
        title: DECISION_Q_SUPPORT_TITLE,
        help: DECISION_Q_SUPPORT_HELP,
        options: [
            NoCapacity: DECISION_Q_SUPPORT_NONE,
            Limited: DECISION_Q_SUPPORT_LIMITED,
            Ready: DECISION_Q_SUPPORT_READY,
        ],
        criterion: Support,
        arguments: [
            arg(For, &k::DECISION_ARG_MS_SUPPORT, MsFaq),
            arg(For, &k::DECISION_ARG_OWN_CASES, MsFaq),
            arg(For, &k::DECISION_ARG_NO_PREMIER, MsFaq),
            arg(For, &k::DECISION_ARG_TRAINING_MATERIAL, MsFaq),
            arg(Against, &k::DECISION_ARG_SELF_SUPPORT_DOUBTFUL, Seed000),
            arg(Against, &k::DECISION_ARG_SELF_TRAINING_DOUBTFUL, Seed000),

        ],
        asked: after_country,
    },
    Billing = 9 => billing: one(Billing) {
        title: DECISION_Q_BILLING_TITLE,
        help: DECISION_Q_BILLING_HELP,
        options: [
            Acceptable: DECISION_Q_BILLING_ACCEPTABLE,
            Reluctantly: DECISION_Q_BILLING_RELUCTANTLY,
            Unacceptable: DECISION_Q_BILLING_UNACCEPTABLE,
        ],
        criterion: Billing,
        arguments: [
            arg(Against, &k::DECISION_ARG_INVOICE_NAMES_EMPLOYEE, MsFaq),
            arg(Against, &k::DECISION_ARG_CARD_ONLY, MsFaq),
            arg(Against, &k::DECISION_ARG_PERSONAL_LIABILITY, Topedia2024),
            arg(For, &k::DECISION_ARG_NO_APPROVAL, Seed000),

        ],
        asked: after_country,
    },
    Compliance = 10 => compliance: one(Compliance) {
        title: DECISION_Q_COMPLIANCE_TITLE,
        help: DECISION_Q_COMPLIANCE_HELP,
        options: [
            Regulated: DECISION_Q_COMPLIANCE_REGULATED,
            Standard: DECISION_Q_COMPLIANCE_STANDARD,
        ],
        criterion: Compliance,
        arguments: [
            arg(For, &k::DECISION_ARG_SAME_POLICIES, MsFaq),
            arg(For, &k::DECISION_ARG_DATA_OWNED, MsFaq),
            arg(Against, &k::DECISION_ARG_LICENSING_CENTRAL, Office365ItPros),
            arg(Against, &k::DECISION_ARG_DIRECTORY_DATA, MsLearnAdmin),

        ],
        asked: after_country,
    },
    Experimentation = 11 => experimentation: one(Experimentation) {
        title: DECISION_Q_EXPERIMENTATION_TITLE,
        help: DECISION_Q_EXPERIMENTATION_HELP,
        options: [
            High: DECISION_Q_EXPERIMENTATION_HIGH,
            Moderate: DECISION_Q_EXPERIMENTATION_MODERATE,
            Low: DECISION_Q_EXPERIMENTATION_LOW,
        ],
        criterion: Experimentation,
        arguments: [
            arg(For, &k::DECISION_ARG_TRY_NEW_TECH, MsFaq),
            arg(For, &k::DECISION_ARG_FAST_ACCESS, MsFaq),
            A_USAGE_INSIGHT,
            arg(For, &k::DECISION_ARG_NO_CARD_TRIALS, MsLearnAdmin),
            arg(Against, &k::DECISION_ARG_CARD_TRIALS_CONVERT, Topedia2024),

        ],
        asked: after_country,
    },
    Copilot = 12 => copilot: one(CopilotApproach) {
        title: DECISION_Q_COPILOT_TITLE,
        help: DECISION_Q_COPILOT_HELP,
        options: [
            EarlyAdopters: DECISION_Q_COPILOT_EARLY_ADOPTERS,
            Central: DECISION_Q_COPILOT_CENTRAL,
            NotNow: DECISION_Q_COPILOT_NOT_NOW,
        ],
        criterion: Copilot,
        arguments: [
            arg(For, &k::DECISION_ARG_COPILOT_ACUTE_NEED, Schneider2024),
            A_USAGE_INSIGHT,
            arg(For, &k::DECISION_ARG_COPILOT_ONE_LICENCE, Schneider2024),
            arg(For, &k::DECISION_ARG_COPILOT_REFUND, Schneider2024),
            arg(Against, &k::DECISION_ARG_COPILOT_BILLING_OWNER, Schneider2024),
            A_BLOCK_BEFORE,

        ],
        asked: copilot_relevant,
    },
}

impl QuestionId {
    pub fn parse(s: &str) -> Option<QuestionId> {
        QuestionId::ALL.into_iter().find(|q| q.as_str() == s)
    }

    pub fn question(self) -> &'static Question {
        questions().iter().find(|q| q.id == self).expect("every QuestionId has a row in QUESTIONS")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerOption {
    pub opt: Opt,
    pub label_key: crate::i18n::Key,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Pick one option.
    Single(&'static [AnswerOption]),
    /// Tick any of the selected products (`Answers::set_products`).
    Products,
}

/// An argument for (`Side::For` = towards allowing) or against self-service, with its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Argument {
    pub side: Side,
    pub key: crate::i18n::Key,
    pub source: Source,
}

#[derive(Clone, Copy, Debug)]
pub struct Question {
    pub id: QuestionId,
    pub title_key: crate::i18n::Key,
    pub help_key: crate::i18n::Key,
    pub kind: QuestionKind,
    /// The criterion whose weight the user sets next to this question.
    pub criterion: Criterion,
    pub arguments: &'static [Argument],
    /// Whether the walk asks this question. Looks only at answers to earlier questions.
    pub is_relevant: fn(&Answers, &[ProductFacts]) -> bool,
}

impl Question {
    pub fn options(&self) -> &'static [AnswerOption] {
        match self.kind {
            QuestionKind::Single(options) => options,
            QuestionKind::Products => &[],
        }
    }
}

/// The walk, in order.
pub fn questions() -> &'static [Question] {
    QUESTIONS
}

/// The questions the walk asks for these answers and products, in order.
pub fn walk(answers: &Answers, products: &[ProductFacts]) -> Vec<&'static Question> {
    QUESTIONS.iter().filter(|q| (q.is_relevant)(answers, products)).collect()
}

/// The answers with every answer to a question the walk does not ask removed: what the engine
/// actually decides on. One pass suffices because relevance only looks at earlier questions.
pub fn effective_answers(answers: &Answers, products: &[ProductFacts]) -> Answers {
    let mut out = answers.clone();
    for q in QUESTIONS {
        if !(q.is_relevant)(&out, products) {
            out.clear(q.id);
        }
    }
    out
}

const fn opt(opt: Opt, label_key: crate::i18n::Key) -> AnswerOption {
    AnswerOption { opt, label_key }
}

const fn arg(side: Side, key: crate::i18n::Key, source: Source) -> Argument {
    Argument { side, key, source }
}

fn always(_: &Answers, _: &[ProductFacts]) -> bool {
    true
}

/// Asked unless the tenant type alone already rules self-service out.
fn after_tenant_type(a: &Answers, _: &[ProductFacts]) -> bool {
    ssp_available(&Answers { tenant_type: a.tenant_type, ..Answers::default() })
}

/// Asked unless tenant type or country already rule self-service out.
fn after_country(a: &Answers, _: &[ProductFacts]) -> bool {
    ssp_available(&Answers { tenant_type: a.tenant_type, country: a.country, ..Answers::default() })
}

fn agreement_covers_relevant(a: &Answers, p: &[ProductFacts]) -> bool {
    after_country(a, p) && a.has_agreement() && !p.is_empty()
}

/// With a single product "yes" already names it.
fn planned_products_relevant(a: &Answers, p: &[ProductFacts]) -> bool {
    after_country(a, p) && a.planned_purchase == Some(YesNo::Yes) && p.len() > 1
}

fn copilot_relevant(a: &Answers, p: &[ProductFacts]) -> bool {
    after_country(a, p) && p.iter().any(ProductFacts::is_copilot)
}

use Side::{Against, For};
use Source::*;

const A_LIST_PRICE: Argument = arg(Against, &k::DECISION_ARG_LIST_PRICE_HIGHER, DomainResearch);
const A_NOT_ON_INVOICE: Argument = arg(Against, &k::DECISION_ARG_NOT_ON_INVOICE, MsFaq);
const A_CENTRAL_LICENSING: Argument = arg(Against, &k::DECISION_ARG_CENTRAL_LICENSING, MsLearnPowerBi);
const A_CENTRALISE_LATER: Argument = arg(For, &k::DECISION_ARG_CENTRALISE_LATER, MsFaq);
const A_DUPLICATES: Argument = arg(Against, &k::DECISION_ARG_DUPLICATE_LICENCES, Schneider2024);
const A_BLOCK_BEFORE: Argument = arg(Against, &k::DECISION_ARG_BLOCK_BEFORE_PURCHASE, Schneider2024);
const A_OVERLAP: Argument = arg(Against, &k::DECISION_ARG_OVERLAP_UNTIL_TERM_END, Topedia2024);
const A_USAGE_INSIGHT: Argument = arg(For, &k::DECISION_ARG_USAGE_INSIGHT, Schneider2024);
