//! The questions of the walk, in order, as data. Each knows when it is relevant, using only the
//! answers to earlier questions (so answering a question never hides itself), and lists the
//! arguments for and against self-service that the sources give, with the source.
use super::answers::*;
use super::engine::ssp_available;
use super::rules::Side;
use super::{ProductFacts, Source};
use crate::i18n::k;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionId {
    TenantType,
    Country,
    Agreement,
    AgreementCovers,
    PlannedPurchase,
    PlannedProducts,
    ShadowIt,
    Support,
    Billing,
    Compliance,
    Experimentation,
    Copilot,
    OrgSize,
}

// Link tags of the questions (see `domain::tag`): never reuse one.
crate::tags!(QuestionId {
    TenantType = 1,
    Country = 2,
    Agreement = 3,
    AgreementCovers = 4,
    PlannedPurchase = 5,
    PlannedProducts = 6,
    ShadowIt = 7,
    Support = 8,
    Billing = 9,
    Compliance = 10,
    Experimentation = 11,
    Copilot = 12,
    OrgSize = 13,
});

impl QuestionId {
    pub const ALL: [QuestionId; 13] = [
        QuestionId::TenantType,
        QuestionId::Country,
        QuestionId::OrgSize,
        QuestionId::Agreement,
        QuestionId::AgreementCovers,
        QuestionId::PlannedPurchase,
        QuestionId::PlannedProducts,
        QuestionId::ShadowIt,
        QuestionId::Support,
        QuestionId::Billing,
        QuestionId::Compliance,
        QuestionId::Experimentation,
        QuestionId::Copilot,
    ];

    /// Stable id for URLs and tests (same as the serde form).
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionId::TenantType => "tenant_type",
            QuestionId::Country => "country",
            QuestionId::Agreement => "agreement",
            QuestionId::AgreementCovers => "agreement_covers",
            QuestionId::PlannedPurchase => "planned_purchase",
            QuestionId::PlannedProducts => "planned_products",
            QuestionId::ShadowIt => "shadow_it",
            QuestionId::Support => "support",
            QuestionId::Billing => "billing",
            QuestionId::Compliance => "compliance",
            QuestionId::Experimentation => "experimentation",
            QuestionId::Copilot => "copilot",
            QuestionId::OrgSize => "org_size",
        }
    }

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

static QUESTIONS: &[Question] = &[
    Question {
        id: QuestionId::TenantType,
        title_key: &k::DECISION_Q_TENANT_TYPE_TITLE,
        help_key: &k::DECISION_Q_TENANT_TYPE_HELP,
        kind: QuestionKind::Single(&[
            opt(Opt::TenantType(TenantType::Commercial), &k::DECISION_Q_TENANT_TYPE_COMMERCIAL),
            opt(Opt::TenantType(TenantType::Government), &k::DECISION_Q_TENANT_TYPE_GOVERNMENT),
            opt(Opt::TenantType(TenantType::Education), &k::DECISION_Q_TENANT_TYPE_EDUCATION),
        ]),
        criterion: Criterion::Availability,
        arguments: &[],
        is_relevant: always,
    },
    Question {
        id: QuestionId::Country,
        title_key: &k::DECISION_Q_COUNTRY_TITLE,
        help_key: &k::DECISION_Q_COUNTRY_HELP,
        kind: QuestionKind::Single(&[
            opt(Opt::Country(Country::India), &k::DECISION_Q_COUNTRY_IN),
            opt(Opt::Country(Country::Brazil), &k::DECISION_Q_COUNTRY_BR),
            opt(Opt::Country(Country::DrCongo), &k::DECISION_Q_COUNTRY_CD),
            opt(Opt::Country(Country::Other), &k::DECISION_Q_COUNTRY_OTHER),
        ]),
        criterion: Criterion::Availability,
        arguments: &[],
        is_relevant: after_tenant_type,
    },
    Question {
        id: QuestionId::OrgSize,
        title_key: &k::DECISION_Q_ORG_SIZE_TITLE,
        help_key: &k::DECISION_Q_ORG_SIZE_HELP,
        kind: QuestionKind::Single(&[
            opt(Opt::OrgSize(OrgSize::Under300), &k::DECISION_Q_ORG_SIZE_UNDER_300),
            opt(Opt::OrgSize(OrgSize::From300), &k::DECISION_Q_ORG_SIZE_300),
            opt(Opt::OrgSize(OrgSize::From500), &k::DECISION_Q_ORG_SIZE_500),
            opt(Opt::OrgSize(OrgSize::From2400), &k::DECISION_Q_ORG_SIZE_2400),
            opt(Opt::OrgSize(OrgSize::From6000), &k::DECISION_Q_ORG_SIZE_6000),
            opt(Opt::OrgSize(OrgSize::From15000), &k::DECISION_Q_ORG_SIZE_15000),
        ]),
        criterion: Criterion::Scale,
        arguments: &[],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::Agreement,
        title_key: &k::DECISION_Q_AGREEMENT_TITLE,
        help_key: &k::DECISION_Q_AGREEMENT_HELP,
        kind: QuestionKind::Single(&[
            opt(Opt::Agreement(Agreement::Ea), &k::DECISION_Q_AGREEMENT_EA),
            opt(Opt::Agreement(Agreement::Csp), &k::DECISION_Q_AGREEMENT_CSP),
            opt(Opt::Agreement(Agreement::Mca), &k::DECISION_Q_AGREEMENT_MCA),
            opt(Opt::Agreement(Agreement::NoAgreement), &k::DECISION_Q_AGREEMENT_NONE),
        ]),
        criterion: Criterion::Agreement,
        arguments: &[A_LIST_PRICE, A_NOT_ON_INVOICE, A_CENTRAL_LICENSING, A_CENTRALISE_LATER],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::AgreementCovers,
        title_key: &k::DECISION_Q_AGREEMENT_COVERS_TITLE,
        help_key: &k::DECISION_Q_AGREEMENT_COVERS_HELP,
        kind: QuestionKind::Products,
        criterion: Criterion::Agreement,
        arguments: &[A_DUPLICATES, A_CENTRALISE_LATER],
        is_relevant: agreement_covers_relevant,
    },
    Question {
        id: QuestionId::PlannedPurchase,
        title_key: &k::DECISION_Q_PLANNED_PURCHASE_TITLE,
        help_key: &k::DECISION_Q_PLANNED_PURCHASE_HELP,
        kind: QuestionKind::Single(&[
            opt(Opt::PlannedPurchase(YesNo::Yes), &k::DECISION_Q_PLANNED_PURCHASE_YES),
            opt(Opt::PlannedPurchase(YesNo::No), &k::DECISION_Q_PLANNED_PURCHASE_NO),
        ]),
        criterion: Criterion::Planning,
        arguments: &[A_BLOCK_BEFORE, A_OVERLAP, A_USAGE_INSIGHT],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::PlannedProducts,
        title_key: &k::DECISION_Q_PLANNED_PRODUCTS_TITLE,
        help_key: &k::DECISION_Q_PLANNED_PRODUCTS_HELP,
        kind: QuestionKind::Products,
        criterion: Criterion::Planning,
        arguments: &[A_DUPLICATES],
        is_relevant: planned_products_relevant,
    },
    Question {
        id: QuestionId::ShadowIt,
        title_key: &k::DECISION_Q_SHADOW_IT_TITLE,
        help_key: &k::DECISION_Q_SHADOW_IT_HELP,
        kind: QuestionKind::Single(&[
            opt(Opt::ShadowIt(ShadowIt::Strict), &k::DECISION_Q_SHADOW_IT_STRICT),
            opt(Opt::ShadowIt(ShadowIt::Tolerant), &k::DECISION_Q_SHADOW_IT_TOLERANT),
            opt(Opt::ShadowIt(ShadowIt::Encourages), &k::DECISION_Q_SHADOW_IT_ENCOURAGES),
        ]),
        criterion: Criterion::Strategy,
        arguments: &[
            arg(Against, &k::DECISION_ARG_SHADOW_IT, Seed000),
            arg(Against, &k::DECISION_ARG_NEW_PRODUCTS_ENABLED, Topedia2024),
            arg(For, &k::DECISION_ARG_ADMIN_VISIBILITY, MsFaq),
            arg(For, &k::DECISION_ARG_NOTIFICATIONS, MessageCenter),
        ],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::Support,
        title_key: &k::DECISION_Q_SUPPORT_TITLE,
        help_key: &k::DECISION_Q_SUPPORT_HELP,
        kind: QuestionKind::Single(&[
            opt(Opt::Support(Support::NoCapacity), &k::DECISION_Q_SUPPORT_NONE),
            opt(Opt::Support(Support::Limited), &k::DECISION_Q_SUPPORT_LIMITED),
            opt(Opt::Support(Support::Ready), &k::DECISION_Q_SUPPORT_READY),
        ]),
        criterion: Criterion::Support,
        arguments: &[
            arg(For, &k::DECISION_ARG_MS_SUPPORT, MsFaq),
            arg(For, &k::DECISION_ARG_OWN_CASES, MsFaq),
            arg(For, &k::DECISION_ARG_NO_PREMIER, MsFaq),
            arg(For, &k::DECISION_ARG_TRAINING_MATERIAL, MsFaq),
            arg(Against, &k::DECISION_ARG_SELF_SUPPORT_DOUBTFUL, Seed000),
            arg(Against, &k::DECISION_ARG_SELF_TRAINING_DOUBTFUL, Seed000),
        ],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::Billing,
        title_key: &k::DECISION_Q_BILLING_TITLE,
        help_key: &k::DECISION_Q_BILLING_HELP,
        kind: QuestionKind::Single(&[
            opt(Opt::Billing(Billing::Acceptable), &k::DECISION_Q_BILLING_ACCEPTABLE),
            opt(Opt::Billing(Billing::Reluctantly), &k::DECISION_Q_BILLING_RELUCTANTLY),
            opt(Opt::Billing(Billing::Unacceptable), &k::DECISION_Q_BILLING_UNACCEPTABLE),
        ]),
        criterion: Criterion::Billing,
        arguments: &[
            arg(Against, &k::DECISION_ARG_INVOICE_NAMES_EMPLOYEE, MsFaq),
            arg(Against, &k::DECISION_ARG_CARD_ONLY, MsFaq),
            arg(Against, &k::DECISION_ARG_PERSONAL_LIABILITY, Topedia2024),
            arg(For, &k::DECISION_ARG_NO_APPROVAL, Seed000),
        ],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::Compliance,
        title_key: &k::DECISION_Q_COMPLIANCE_TITLE,
        help_key: &k::DECISION_Q_COMPLIANCE_HELP,
        kind: QuestionKind::Single(&[
            opt(Opt::Compliance(Compliance::Regulated), &k::DECISION_Q_COMPLIANCE_REGULATED),
            opt(Opt::Compliance(Compliance::Standard), &k::DECISION_Q_COMPLIANCE_STANDARD),
        ]),
        criterion: Criterion::Compliance,
        arguments: &[
            arg(For, &k::DECISION_ARG_SAME_POLICIES, MsFaq),
            arg(For, &k::DECISION_ARG_DATA_OWNED, MsFaq),
            arg(Against, &k::DECISION_ARG_LICENSING_CENTRAL, Office365ItPros),
            arg(Against, &k::DECISION_ARG_DIRECTORY_DATA, MsLearnAdmin),
        ],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::Experimentation,
        title_key: &k::DECISION_Q_EXPERIMENTATION_TITLE,
        help_key: &k::DECISION_Q_EXPERIMENTATION_HELP,
        kind: QuestionKind::Single(&[
            opt(Opt::Experimentation(Experimentation::High), &k::DECISION_Q_EXPERIMENTATION_HIGH),
            opt(Opt::Experimentation(Experimentation::Moderate), &k::DECISION_Q_EXPERIMENTATION_MODERATE),
            opt(Opt::Experimentation(Experimentation::Low), &k::DECISION_Q_EXPERIMENTATION_LOW),
        ]),
        criterion: Criterion::Experimentation,
        arguments: &[
            arg(For, &k::DECISION_ARG_TRY_NEW_TECH, MsFaq),
            arg(For, &k::DECISION_ARG_FAST_ACCESS, MsFaq),
            A_USAGE_INSIGHT,
            arg(For, &k::DECISION_ARG_NO_CARD_TRIALS, MsLearnAdmin),
            arg(Against, &k::DECISION_ARG_CARD_TRIALS_CONVERT, Topedia2024),
        ],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::Copilot,
        title_key: &k::DECISION_Q_COPILOT_TITLE,
        help_key: &k::DECISION_Q_COPILOT_HELP,
        kind: QuestionKind::Single(&[
            opt(Opt::Copilot(CopilotApproach::EarlyAdopters), &k::DECISION_Q_COPILOT_EARLY_ADOPTERS),
            opt(Opt::Copilot(CopilotApproach::Central), &k::DECISION_Q_COPILOT_CENTRAL),
            opt(Opt::Copilot(CopilotApproach::NotNow), &k::DECISION_Q_COPILOT_NOT_NOW),
        ]),
        criterion: Criterion::Copilot,
        arguments: &[
            arg(For, &k::DECISION_ARG_COPILOT_ACUTE_NEED, Schneider2024),
            A_USAGE_INSIGHT,
            arg(For, &k::DECISION_ARG_COPILOT_ONE_LICENCE, Schneider2024),
            arg(For, &k::DECISION_ARG_COPILOT_REFUND, Schneider2024),
            arg(Against, &k::DECISION_ARG_COPILOT_BILLING_OWNER, Schneider2024),
            A_BLOCK_BEFORE,
        ],
        is_relevant: copilot_relevant,
    },
];
