//! The decision walk: one question at a time with visible progress, back and forward, a list of
//! all steps to jump to, and the recommendation as the last step. Every answer can be changed
//! later; answers to questions that stop being relevant are kept but ignored by the engine.
use crate::domain::decision::{walk, Agreement, Answers, Criterion, Opt, QuestionId, Weight};
use crate::domain::derived::Derived;
use crate::domain::ids::ProductId;
use crate::domain::pricing::PricingParams;
use crate::domain::scenario::Scenario;
use crate::i18n::k;
use crate::i18n::{t, tf};
use crate::ui::pricing_controls::{agreement_fields, ea_level_text, PricingControlsProps};
use crate::ui::question_card::QuestionCard;
use crate::ui::recommendation_view::RecommendationView;
use crate::ui::use_lang;
use crate::ui::Shared;
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;
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
    /// Organisation size and agreement date, asked where the walk asks about an EA.
    pub on_pricing: Callback<PricingParams>,
    /// Shown under the recommendation (the "close every door" panel).
    #[prop_or_default]
    pub children: Html,
}

#[function_component(WalkThrough)]
pub fn walk_through(props: &WalkThroughProps) -> Html {
    let lang = use_lang();
    let facts = &props.derived.facts;
    let steps = walk(&props.scenario.answers, facts);
    let total = steps.len();
    // The step index can point past the end after answers shortened the walk: show the result.
    let step = props.step.min(total);
    let answered = props.derived.answered;
    let go = |n: usize| props.on_step.reform(move |_: MouseEvent| n);
    // Questions the walk skips only because self-service is not offered here (tenant type,
    // country). They stay in the list, marked, so browsing the options with the arrow keys does
    // not make the walk collapse and reappear under the user's hands.
    let unlocked = Answers { tenant_type: None, country: None, ..props.scenario.answers.clone() };
    let not_needed: Vec<_> =
        walk(&unlocked, facts).into_iter().filter(|q| !steps.iter().any(|s| s.id == q.id)).collect();
    // Keyboard and projector use: after Back/Next the new question's heading (or the
    // recommendation's) gets the focus and scrolls into view, so a screen reader announces it
    // and the question never starts below the screen. Not on the first render.
    let focus_id =
        if step < total { format!("q-{}-title", steps[step].id.as_str()) } else { "rec-heading".to_string() };
    let focus_current = {
        let focus_id = focus_id.clone();
        move || {
            if let Some(el) = gloo::utils::document().get_element_by_id(&focus_id) {
                el.scroll_into_view();
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
    };
    {
        let first = use_mut_ref(|| true);
        let focus_current = focus_current.clone();
        use_effect_with(step, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                focus_current();
            }
        });
    }
    let on_skip = Callback::from(move |_: MouseEvent| focus_current());
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
                <QuestionCard key={qid.as_str()} question={qid} answers={props.scenario.answers.clone()} products={products.clone()}
                    {on_answer} {on_products} {on_weight} />
                if qid == QuestionId::Agreement && props.scenario.answers.agreement == Some(Agreement::Ea) {
                    <fieldset class="agreement-facts" id="agreement-facts">
                        <legend>{ t(lang, &k::WALK_EA_FACTS) }</legend>
                        { agreement_fields(&PricingControlsProps { params: props.scenario.pricing.clone(), on_change: props.on_pricing.clone() }, lang) }
                        <p class="hint" id="ea-level-now">{ ea_level_text(lang, &props.scenario.pricing) }</p>
                    </fieldset>
                }
            </>
        }
    } else {
        let rec = props.derived.recommendation.clone();
        let extra_costs = facts
            .iter()
            .map(|f| (f.id.clone(), f.ssp_extra_cost.zip(f.ssp_extra_licences.or(f.ssp_extra_cost))))
            .collect::<Vec<_>>();
        html! {
            <>
            <RecommendationView recommendation={rec} {extra_costs} months={props.scenario.pricing.horizon_months} currency={props.scenario.pricing.currency}
                recommends={props.derived.recommends()} differing={props.derived.differing.len()} on_apply={props.on_apply.clone()} />
            { props.children.clone() }
            </>
        }
    };
    html! {
        <section class="card walk" aria-labelledby="walk-heading">
            <button type="button" class="skip-link" id="walk-skip" onclick={on_skip}>{ t(lang, &k::WALK_SKIP_TO_CURRENT) }</button>
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
                        { for not_needed.iter().map(|q| html! {
                            <li class="not-needed" aria-disabled="true">
                                <span class="step-link">{ t(lang, q.title_key) }</span>
                                <span class="hint">{ t(lang, &k::WALK_NOT_NEEDED) }</span>
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
