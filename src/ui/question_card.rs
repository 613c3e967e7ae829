//! One question of the walk: plain-words help, the answer options, the arguments for and
//! against self-service from the sources (each with its source), and the weight the user gives
//! this criterion.
use crate::domain::decision::{Answers, Argument, Opt, Question, QuestionId, QuestionKind, Side, Weight};
use crate::domain::ids::ProductId;
use crate::i18n::k;
use crate::i18n::t;
use crate::ui::use_lang;
use std::collections::BTreeSet;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionCardProps {
    pub question: QuestionId,
    pub answers: Answers,
    /// Selected products (id, name), for questions answered by ticking products.
    pub products: Vec<(ProductId, String)>,
    pub on_answer: Callback<Option<Opt>>,
    pub on_products: Callback<Option<BTreeSet<ProductId>>>,
    pub on_weight: Callback<Weight>,
}

fn arguments(lang: crate::i18n::Lang, args: &[Argument], side: Side) -> Html {
    let items: Vec<&Argument> = args.iter().filter(|a| a.side == side).collect();
    if items.is_empty() {
        return html! { <p class="hint">{ t(lang, &k::WALK_NO_ARGUMENTS) }</p> };
    }
    html! {
        <ul>
            { for items.iter().map(|a| html! {
                <li>{ t(lang, a.key) }{ " " }<span class="source">{ format!("({})", t(lang, a.source.label_key())) }</span></li>
            }) }
        </ul>
    }
}

#[function_component(QuestionCard)]
pub fn question_card(props: &QuestionCardProps) -> Html {
    let lang = use_lang();
    let q: &'static Question = props.question.question();
    let qid = q.id.as_str();
    let weight = props.answers.weight(q.criterion);
    let on_weight = {
        let cb = props.on_weight.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(w) = Weight::ALL.into_iter().find(|w| w.label_key().id == select.value()) {
                cb.emit(w);
            }
        })
    };
    let clear = {
        let a = props.on_answer.clone();
        let p = props.on_products.clone();
        let kind = q.kind;
        Callback::from(move |_: MouseEvent| match kind {
            QuestionKind::Single(_) => a.emit(None),
            QuestionKind::Products => p.emit(None),
        })
    };
    let body = match q.kind {
        QuestionKind::Single(options) => {
            let current = props.answers.get(q.id);
            html! {
                <div class="options" role="radiogroup" aria-labelledby={format!("q-{qid}-title")}>
                    { for options.iter().map(|o| {
                        let id = format!("q-{qid}-{}", o.opt.code());
                        let onchange = props.on_answer.reform({
                            let opt = o.opt;
                            move |_: Event| Some(opt)
                        });
                        let checked = current == Some(o.opt);
                        html! {
                            <label for={id.clone()} class={classes!("option", checked.then_some("is-checked"))}>
                                <input type="radio" id={id} name={format!("q-{qid}")} value={o.opt.code()} {checked} {onchange} />
                                <span>{ t(lang, o.label_key) }</span>
                            </label>
                        }
                    }) }
                </div>
            }
        }
        QuestionKind::Products => {
            let ticked = props.answers.products(q.id).cloned();
            html! {
                <fieldset class="options">
                    <legend class="visually-hidden">{ t(lang, q.title_key) }</legend>
                    if props.products.is_empty() {
                        <p class="hint">{ t(lang, &k::PRODUCTS_NONE_SELECTED) }</p>
                    }
                    { for props.products.iter().map(|(pid, name)| {
                        let id = format!("q-{qid}-{pid}");
                        let checked = ticked.as_ref().is_some_and(|s| s.contains(pid));
                        let onchange = {
                            let cb = props.on_products.clone();
                            let ticked = ticked.clone();
                            let pid = pid.clone();
                            Callback::from(move |_: Event| {
                                let mut set = ticked.clone().unwrap_or_default();
                                if !set.remove(&pid) {
                                    set.insert(pid.clone());
                                }
                                cb.emit(Some(set));
                            })
                        };
                        html! {
                            <label for={id.clone()} class={classes!("option", checked.then_some("is-checked"))}>
                                <input type="checkbox" id={id} {checked} {onchange} />
                                <span>{ name }</span>
                            </label>
                        }
                    }) }
                    // "None of them" is an answer too (ticking nothing would read as unanswered).
                    if !props.products.is_empty() {
                        <label for={format!("q-{qid}-none")} class={classes!("option", ticked.as_ref().is_some_and(|s| s.is_empty()).then_some("is-checked"))}>
                            <input type="checkbox" id={format!("q-{qid}-none")} checked={ticked.as_ref().is_some_and(|s| s.is_empty())}
                                onchange={props.on_products.reform(|_: Event| Some(std::collections::BTreeSet::new()))} />
                            <span>{ t(lang, &k::WALK_NONE_OF_THEM) }</span>
                        </label>
                    }
                </fieldset>
            }
        }
    };
    html! {
        <article class="question" data-question={qid}>
            <h3 id={format!("q-{qid}-title")} tabindex="-1">{ t(lang, q.title_key) }</h3>
            <p class="question-help">{ t(lang, q.help_key) }</p>
            { body }
            if props.answers.is_answered(q.id) {
                <button type="button" class="link-button" onclick={clear}>{ t(lang, &k::WALK_CLEAR_ANSWER) }</button>
            }
            if !q.arguments.is_empty() {
            <div class="arguments">
                <section class="for" aria-label={t(lang, &k::WALK_ARGUMENTS_FOR)}>
                    <h4>{ t(lang, &k::WALK_ARGUMENTS_FOR) }</h4>
                    { arguments(lang, q.arguments, Side::For) }
                </section>
                <section class="against" aria-label={t(lang, &k::WALK_ARGUMENTS_AGAINST)}>
                    <h4>{ t(lang, &k::WALK_ARGUMENTS_AGAINST) }</h4>
                    { arguments(lang, q.arguments, Side::Against) }
                </section>
            </div>
            }
            <div class="field weight">
                <label for={format!("weight-{qid}")}>{ format!("{}: {}", t(lang, &k::DECISION_WEIGHT_LABEL), t(lang, q.criterion.label_key())) }</label>
                <select id={format!("weight-{qid}")} onchange={on_weight}>
                    { for Weight::ALL.iter().map(|w| html! {
                        <option value={w.label_key().id} selected={*w == weight}>{ t(lang, w.label_key()) }</option>
                    }) }
                </select>
            </div>
        </article>
    }
}
