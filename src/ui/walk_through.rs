//! The decision walk: one question at a time with visible progress, back and forward, a list of
//! all steps to jump to, and the recommendation as the last step. Every answer can be changed
//! later; answers to questions that stop being relevant are kept but ignored by the engine.
use crate::i18n::k;
use crate::domain::derived::Derived;
use crate::ui::Shared;
use crate::domain::decision::{walk, Criterion, Opt, QuestionId, Weight};
use crate::domain::ids::ProductId;
use crate::domain::scenario::Scenario;
use crate::i18n::{t, tf};
use crate::ui::question_card::QuestionCard;
use crate::ui::recommendation_view::RecommendationView;
use crate::ui::use_lang;
use std::collections::BTreeSet;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WalkThroughProps {
    pub scenario: Scenario,
    pub derived: Shared<Derived>,
    pub step: usize,
    pub on_step: Callback<usize>,
    pub on_answer: Callback<(QuestionId, Option<Opt>)>,
    pub on_products: Callback<(QuestionId, Option<BTreeSet<ProductId>>)>,
    pub on_weight: Callback<(Criterion, Weight)>,
    pub on_apply: Callback<()>,
}

#[function_component(WalkThrough)]
pub fn walk_through(props: &WalkThroughProps) -> Html {
    let lang = use_lang();
    let facts = &props.derived.facts;
    let steps = walk(&props.scenario.answers, facts);
    let total = steps.len();
    // The step index can point past the end after answers shortened the walk: show the result.
    let step = props.step.min(total);
    let answered = steps.iter().filter(|q| props.scenario.answers.is_answered(q.id)).count();
    let go = |n: usize| props.on_step.reform(move |_: MouseEvent| n);
    let products: Vec<(ProductId, String)> = facts.iter().map(|f| (f.id.clone(), f.name.clone())).collect();
    let current = if step < total {
        let q = steps[step];
        let qid = q.id;
        let on_answer = {
            let cb = props.on_answer.clone();
            Callback::from(move |code| cb.emit((qid, code)))
        };
        let on_products = {
            let cb = props.on_products.clone();
            Callback::from(move |ids| cb.emit((qid, ids)))
        };
        let on_weight = {
            let cb = props.on_weight.clone();
            let c = q.criterion;
            Callback::from(move |w| cb.emit((c, w)))
        };
        html! {
            <>
                <p class="step-count" id="step-count">{ tf(lang, &k::WALK_STEP_OF, &[("n", (step + 1).to_string()), ("total", total.to_string())]) }</p>
                <QuestionCard question={qid} answers={props.scenario.answers.clone()} products={products.clone()}
                    {on_answer} {on_products} {on_weight} />
            </>
        }
    } else {
        let rec = props.derived.recommendation.clone();
        let extra_costs = facts.iter().map(|f| (f.id.clone(), f.ssp_extra_cost)).collect::<Vec<_>>();
        html! {
            <RecommendationView recommendation={rec} {extra_costs} currency={props.scenario.pricing.currency} on_apply={props.on_apply.clone()} />
        }
    };
    html! {
        <section class="card walk" aria-labelledby="walk-heading">
            <h2 id="walk-heading">{ t(lang, &k::WALK_HEADING) }</h2>
            <p class="help">{ t(lang, &k::WALK_HELP) }</p>
            <div class="progress">
                <progress id="walk-progress" max={total.to_string()} value={answered.to_string()}
                    aria-label={t(lang, &k::WALK_PROGRESS)}></progress>
                <span>{ tf(lang, &k::WALK_ANSWERED, &[("n", answered.to_string()), ("total", total.to_string())]) }</span>
            </div>
            <div class="walk-layout">
                <nav class="walk-steps" aria-label={t(lang, &k::WALK_STEPS)}>
                    <ol>
                        { for steps.iter().enumerate().map(|(i, q)| html! {
                            <li class={classes!(props.scenario.answers.is_answered(q.id).then_some("answered"))}>
                                <button type="button" class="step-link" onclick={go(i)} aria-current={(i == step).then_some("step")}>
                                    { t(lang, q.title_key) }
                                </button>
                            </li>
                        }) }
                        <li class="result-step">
                            <button type="button" class="step-link" onclick={go(total)} aria-current={(step == total).then_some("step")}>
                                { t(lang, &k::REC_HEADING) }
                            </button>
                        </li>
                    </ol>
                </nav>
                <div class="walk-current">
                    { current }
                    <div class="walk-buttons">
                        if step > 0 {
                            <button type="button" class="button" id="walk-back" onclick={go(step - 1)}>{ t(lang, &k::WALK_BACK) }</button>
                        }
                        if step < total {
                            <button type="button" class="button primary" id="walk-next" onclick={go(step + 1)}>
                                { t(lang, if step + 1 == total { &k::WALK_TO_RESULT } else { &k::WALK_NEXT }) }
                            </button>
                        }
                    </div>
                </div>
            </div>
        </section>
    }
}
