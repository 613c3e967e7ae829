//! The questions of the walk, in order, as data. Each knows when it is relevant, using only the
//! answers to earlier questions (so answering a question never hides itself), and lists the
//! arguments for and against self-service that the sources give, with the source.
use super::answers::*;
use super::engine::ssp_available;
use super::rules::Side;
use super::{ProductFacts, Source};
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
});

impl QuestionId {
    pub const ALL: [QuestionId; 12] = [
        QuestionId::TenantType,
        QuestionId::Country,
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
    pub label_key: &'static str,
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
    pub key: &'static str,
    pub source: Source,
}

#[derive(Clone, Copy, Debug)]
pub struct Question {
    pub id: QuestionId,
    pub title_key: &'static str,
    pub help_key: &'static str,
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

const fn opt(opt: Opt, label_key: &'static str) -> AnswerOption {
    AnswerOption { opt, label_key }
}

const fn arg(side: Side, key: &'static str, source: Source) -> Argument {
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

const A_LIST_PRICE: Argument = arg(Against, "decision.arg.list_price_higher", Seed000);
const A_NOT_ON_INVOICE: Argument = arg(Against, "decision.arg.not_on_invoice", MsFaq);
const A_CENTRAL_LICENSING: Argument = arg(Against, "decision.arg.central_licensing", MsLearnPowerBi);
const A_CENTRALISE_LATER: Argument = arg(For, "decision.arg.centralise_later", MsFaq);
const A_DUPLICATES: Argument = arg(Against, "decision.arg.duplicate_licences", Schneider2024);
const A_BLOCK_BEFORE: Argument = arg(Against, "decision.arg.block_before_purchase", Schneider2024);
const A_OVERLAP: Argument = arg(Against, "decision.arg.overlap_until_term_end", Topedia2024);
const A_USAGE_INSIGHT: Argument = arg(For, "decision.arg.usage_insight", Schneider2024);

static QUESTIONS: &[Question] = &[
    Question {
        id: QuestionId::TenantType,
        title_key: "decision.q.tenant_type.title",
        help_key: "decision.q.tenant_type.help",
        kind: QuestionKind::Single(&[
            opt(Opt::TenantType(TenantType::Commercial), "decision.q.tenant_type.commercial"),
            opt(Opt::TenantType(TenantType::Government), "decision.q.tenant_type.government"),
            opt(Opt::TenantType(TenantType::Education), "decision.q.tenant_type.education"),
        ]),
        criterion: Criterion::Availability,
        arguments: &[],
        is_relevant: always,
    },
    Question {
        id: QuestionId::Country,
        title_key: "decision.q.country.title",
        help_key: "decision.q.country.help",
        kind: QuestionKind::Single(&[
            opt(Opt::Country(Country::India), "decision.q.country.in"),
            opt(Opt::Country(Country::Brazil), "decision.q.country.br"),
            opt(Opt::Country(Country::DrCongo), "decision.q.country.cd"),
            opt(Opt::Country(Country::Other), "decision.q.country.other"),
        ]),
        criterion: Criterion::Availability,
        arguments: &[],
        is_relevant: after_tenant_type,
    },
    Question {
        id: QuestionId::Agreement,
        title_key: "decision.q.agreement.title",
        help_key: "decision.q.agreement.help",
        kind: QuestionKind::Single(&[
            opt(Opt::Agreement(Agreement::Ea), "decision.q.agreement.ea"),
            opt(Opt::Agreement(Agreement::Csp), "decision.q.agreement.csp"),
            opt(Opt::Agreement(Agreement::Mca), "decision.q.agreement.mca"),
            opt(Opt::Agreement(Agreement::NoAgreement), "decision.q.agreement.none"),
        ]),
        criterion: Criterion::Agreement,
        arguments: &[A_LIST_PRICE, A_NOT_ON_INVOICE, A_CENTRAL_LICENSING, A_CENTRALISE_LATER],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::AgreementCovers,
        title_key: "decision.q.agreement_covers.title",
        help_key: "decision.q.agreement_covers.help",
        kind: QuestionKind::Products,
        criterion: Criterion::Agreement,
        arguments: &[A_DUPLICATES, A_CENTRALISE_LATER],
        is_relevant: agreement_covers_relevant,
    },
    Question {
        id: QuestionId::PlannedPurchase,
        title_key: "decision.q.planned_purchase.title",
        help_key: "decision.q.planned_purchase.help",
        kind: QuestionKind::Single(&[
            opt(Opt::PlannedPurchase(YesNo::Yes), "decision.q.planned_purchase.yes"),
            opt(Opt::PlannedPurchase(YesNo::No), "decision.q.planned_purchase.no"),
        ]),
        criterion: Criterion::Planning,
        arguments: &[A_BLOCK_BEFORE, A_OVERLAP, A_USAGE_INSIGHT],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::PlannedProducts,
        title_key: "decision.q.planned_products.title",
        help_key: "decision.q.planned_products.help",
        kind: QuestionKind::Products,
        criterion: Criterion::Planning,
        arguments: &[A_DUPLICATES],
        is_relevant: planned_products_relevant,
    },
    Question {
        id: QuestionId::ShadowIt,
        title_key: "decision.q.shadow_it.title",
        help_key: "decision.q.shadow_it.help",
        kind: QuestionKind::Single(&[
            opt(Opt::ShadowIt(ShadowIt::Strict), "decision.q.shadow_it.strict"),
            opt(Opt::ShadowIt(ShadowIt::Tolerant), "decision.q.shadow_it.tolerant"),
            opt(Opt::ShadowIt(ShadowIt::Encourages), "decision.q.shadow_it.encourages"),
        ]),
        criterion: Criterion::Strategy,
        arguments: &[
            arg(Against, "decision.arg.shadow_it", Seed000),
            arg(Against, "decision.arg.new_products_enabled", Topedia2024),
            arg(For, "decision.arg.admin_visibility", MsFaq),
            arg(For, "decision.arg.notifications", MessageCenter),
        ],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::Support,
        title_key: "decision.q.support.title",
        help_key: "decision.q.support.help",
        kind: QuestionKind::Single(&[
            opt(Opt::Support(Support::NoCapacity), "decision.q.support.none"),
            opt(Opt::Support(Support::Limited), "decision.q.support.limited"),
            opt(Opt::Support(Support::Ready), "decision.q.support.ready"),
        ]),
        criterion: Criterion::Support,
        arguments: &[
            arg(For, "decision.arg.ms_support", MsFaq),
            arg(For, "decision.arg.own_cases", Seed000),
            arg(For, "decision.arg.no_premier", MsFaq),
            arg(For, "decision.arg.training_material", MsFaq),
            arg(Against, "decision.arg.self_support_doubtful", Seed000),
            arg(Against, "decision.arg.self_training_doubtful", Seed000),
        ],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::Billing,
        title_key: "decision.q.billing.title",
        help_key: "decision.q.billing.help",
        kind: QuestionKind::Single(&[
            opt(Opt::Billing(Billing::Acceptable), "decision.q.billing.acceptable"),
            opt(Opt::Billing(Billing::Reluctantly), "decision.q.billing.reluctantly"),
            opt(Opt::Billing(Billing::Unacceptable), "decision.q.billing.unacceptable"),
        ]),
        criterion: Criterion::Billing,
        arguments: &[
            arg(Against, "decision.arg.invoice_names_employee", Seed000),
            arg(Against, "decision.arg.card_only", MsFaq),
            arg(Against, "decision.arg.personal_liability", Topedia2024),
            arg(For, "decision.arg.no_approval", Seed000),
        ],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::Compliance,
        title_key: "decision.q.compliance.title",
        help_key: "decision.q.compliance.help",
        kind: QuestionKind::Single(&[
            opt(Opt::Compliance(Compliance::Regulated), "decision.q.compliance.regulated"),
            opt(Opt::Compliance(Compliance::Standard), "decision.q.compliance.standard"),
        ]),
        criterion: Criterion::Compliance,
        arguments: &[
            arg(For, "decision.arg.same_policies", MsFaq),
            arg(For, "decision.arg.data_owned", MsFaq),
            arg(Against, "decision.arg.licensing_central", Office365ItPros),
            arg(Against, "decision.arg.directory_data", MsLearnAdmin),
        ],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::Experimentation,
        title_key: "decision.q.experimentation.title",
        help_key: "decision.q.experimentation.help",
        kind: QuestionKind::Single(&[
            opt(Opt::Experimentation(Experimentation::High), "decision.q.experimentation.high"),
            opt(Opt::Experimentation(Experimentation::Moderate), "decision.q.experimentation.moderate"),
            opt(Opt::Experimentation(Experimentation::Low), "decision.q.experimentation.low"),
        ]),
        criterion: Criterion::Experimentation,
        arguments: &[
            arg(For, "decision.arg.try_new_tech", MsFaq),
            arg(For, "decision.arg.fast_access", Seed000),
            A_USAGE_INSIGHT,
            arg(For, "decision.arg.no_card_trials", MsLearnAdmin),
            arg(Against, "decision.arg.card_trials_convert", Topedia2024),
        ],
        is_relevant: after_country,
    },
    Question {
        id: QuestionId::Copilot,
        title_key: "decision.q.copilot.title",
        help_key: "decision.q.copilot.help",
        kind: QuestionKind::Single(&[
            opt(Opt::Copilot(CopilotApproach::EarlyAdopters), "decision.q.copilot.early_adopters"),
            opt(Opt::Copilot(CopilotApproach::Central), "decision.q.copilot.central"),
            opt(Opt::Copilot(CopilotApproach::NotNow), "decision.q.copilot.not_now"),
        ]),
        criterion: Criterion::Copilot,
        arguments: &[
            arg(For, "decision.arg.copilot_acute_need", Schneider2024),
            A_USAGE_INSIGHT,
            arg(For, "decision.arg.copilot_one_licence", Schneider2024),
            arg(For, "decision.arg.copilot_refund", Schneider2024),
            arg(Against, "decision.arg.copilot_billing_owner", Schneider2024),
            A_BLOCK_BEFORE,
        ],
        is_relevant: copilot_relevant,
    },
];
