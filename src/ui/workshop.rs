//! Workshop (presenter) mode for a projector: one question per slide with large answer buttons
//! and the arguments from the sources as facilitator notes, then a recommendation slide, a cost
//! slide per product and an "apply" slide. Driven by the keys presentation clickers send
//! (→ / Page Down / Space, ← / Page Up), number keys for answers, W for the weight and Esc to
//! leave. Every answer goes to the one reducer, so the link, report and script follow the room.
use crate::domain::compare::Comparison;
use crate::domain::decision::{walk, Criterion, Opt, QuestionId, QuestionKind, Side, Weight};
use crate::domain::derived::Derived;
use crate::domain::ids::ProductId;
use crate::domain::money::Currency;
use crate::domain::report::Report;
use crate::domain::scenario::Scenario;
use crate::i18n::{k, t, tf, tn, Lang};
use crate::ui::cost_chart::{chart_max, CostChart};
use crate::ui::lang_switch::LangSwitch;
use crate::ui::{use_lang, Shared};
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkshopProps {
    pub scenario: Scenario,
    pub derived: Shared<Derived>,
    pub report: Shared<Report>,
    pub comparison: Shared<Comparison>,
    pub currency: Currency,
    pub slide: usize,
    pub on_slide: Callback<usize>,
    pub on_answer: Callback<(QuestionId, Option<Opt>)>,
    pub on_products: Callback<(QuestionId, Option<BTreeSet<ProductId>>)>,
    pub on_weight: Callback<(Criterion, Weight)>,
    pub on_apply: Callback<()>,
    pub on_exit: Callback<()>,
    pub on_report: Callback<()>,
    pub on_lang: Callback<Lang>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slide {
    Question(QuestionId),
    Recommendation,
    /// Index into the comparison's products.
    Cost(usize),
    Apply,
    /// The rest of applying: every other door and the licence-request path (when a product is
    /// blocked or limited to trials).
    Doors,
}

/// The slides for this scenario: the walk's questions (which depend on the answers so far),
/// then the results.
fn slides(questions: &[QuestionId], products: usize, doors: bool) -> Vec<Slide> {
    let mut v: Vec<Slide> = questions.iter().map(|q| Slide::Question(*q)).collect();
    v.push(Slide::Recommendation);
    v.extend((0..products).map(Slide::Cost));
    v.push(Slide::Apply);
    if doors {
        v.push(Slide::Doors);
    }
    v
}

/// What the n-th answer key (1-based) means on a question slide: an option, a product to tick
/// or untick, or "none of them".
enum KeyAnswer {
    Single(Opt),
    Product(ProductId),
    NoneOfThem,
}

fn answer_for_key(q: QuestionId, n: usize, products: &[(ProductId, String)]) -> Option<KeyAnswer> {
    let i = n.checked_sub(1)?;
    match q.question().kind {
        QuestionKind::Single(options) => options.get(i).map(|o| KeyAnswer::Single(o.opt)),
        QuestionKind::Products if i < products.len() => Some(KeyAnswer::Product(products[i].0.clone())),
        QuestionKind::Products if i == products.len() && !products.is_empty() => Some(KeyAnswer::NoneOfThem),
        QuestionKind::Products => None,
    }
}

fn next_weight(w: Weight) -> Weight {
    let i = Weight::ALL.iter().position(|x| *x == w).unwrap_or(0);
    Weight::ALL[(i + 1) % Weight::ALL.len()]
}

fn focus_heading() {
    if let Some(el) = gloo::utils::document().get_element_by_id("slide-title") {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

#[function_component(Workshop)]
pub fn workshop(props: &WorkshopProps) -> Html {
    let lang = use_lang();
    let facts = &props.derived.facts;
    let answers = &props.scenario.answers;
    let questions: Vec<QuestionId> = walk(answers, facts).iter().map(|q| q.id).collect();
    let doors = &props.report.doors;
    let all =
        slides(&questions, props.comparison.products.len(), !doors.checklist.is_empty() || doors.request.is_some());
    let total = all.len();
    let index = props.slide.min(total - 1);
    let slide = all[index];
    let products: std::rc::Rc<Vec<(ProductId, String)>> =
        std::rc::Rc::new(facts.iter().map(|f| (f.id.clone(), f.name.clone())).collect());

    // Choosing an answer: the same change the decision walk makes.
    let choose = {
        let on_answer = props.on_answer.clone();
        let on_products = props.on_products.clone();
        let ticked = match slide {
            Slide::Question(q) => answers.products(q).cloned(),
            _ => None,
        };
        move |q: QuestionId, a: KeyAnswer| match a {
            KeyAnswer::Single(o) => on_answer.emit((q, Some(o))),
            KeyAnswer::Product(id) => {
                let mut set = ticked.clone().unwrap_or_default();
                if !set.remove(&id) {
                    set.insert(id);
                }
                on_products.emit((q, Some(set)));
            }
            KeyAnswer::NoneOfThem => on_products.emit((q, Some(BTreeSet::new()))),
        }
    };
    let cycle_weight = {
        let on_weight = props.on_weight.clone();
        let answers = answers.clone();
        move |q: QuestionId| {
            let c = q.question().criterion;
            on_weight.emit((c, next_weight(answers.weight(c))));
        }
    };

    {
        // Keys are read on the whole document, so no click or focus change can lose them;
        // re-registered on each render so the handler sees the current slide and answers.
        let on_slide = props.on_slide.clone();
        let on_exit = props.on_exit.clone();
        let choose = choose.clone();
        let cycle_weight = cycle_weight.clone();
        let products = products.clone();
        use_effect(move || {
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener =
                gloo::events::EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if e.ctrl_key() || e.alt_key() || e.meta_key() || e.default_prevented() {
                        return;
                    }
                    // The language list keeps its own keys (arrows choose a language there).
                    let in_field = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| matches!(el.tag_name().as_str(), "SELECT" | "INPUT" | "TEXTAREA"));
                    let key = e.key();
                    if in_field && key != "Escape" {
                        return;
                    }
                    let handled = match key.as_str() {
                        "ArrowRight" | "PageDown" | " " => {
                            if index + 1 < total {
                                on_slide.emit(index + 1);
                            }
                            true
                        }
                        "ArrowLeft" | "PageUp" => {
                            on_slide.emit(index.saturating_sub(1));
                            true
                        }
                        "Home" => {
                            on_slide.emit(0);
                            true
                        }
                        "End" => {
                            on_slide.emit(total - 1);
                            true
                        }
                        "Escape" => {
                            on_exit.emit(());
                            true
                        }
                        "w" | "W" => match slide {
                            Slide::Question(q) => {
                                cycle_weight(q);
                                true
                            }
                            _ => false,
                        },
                        d if d.len() == 1 && ('1'..='9').contains(&d.chars().next().unwrap_or(' ')) => match slide {
                            Slide::Question(q) => {
                                let n = d.parse::<usize>().unwrap_or(0);
                                if let Some(a) = answer_for_key(q, n, &products) {
                                    choose(q, a);
                                }
                                true
                            }
                            _ => false,
                        },
                        _ => false,
                    };
                    if handled {
                        e.prevent_default();
                    }
                });
            move || drop(listener)
        });
    }
    {
        // The new slide's heading takes the focus, so a screen reader announces it and Tab
        // starts from it; the focus is never left on a button that disappeared.
        use_effect_with(index, |_| focus_heading());
    }

    let go = |n: usize| props.on_slide.reform(move |_: MouseEvent| n);
    let body = match slide {
        Slide::Question(q) => question_slide(lang, q, props, &products, &choose, &cycle_weight),
        Slide::Recommendation => recommendation_slide(lang, props),
        Slide::Cost(i) => cost_slide(lang, props, i),
        Slide::Apply => apply_slide(lang, props),
        Slide::Doors => doors_slide(lang, props),
    };
    html! {
        <div class="workshop">
            <header class="workshop-bar">
                <h1 class="workshop-title">{ t(lang, &k::APP_TITLE) }</h1>
                <p class="workshop-count" id="slide-count">{ tf(lang, &k::PRESENT_PROGRESS, &[("n", (index + 1).to_string()), ("total", total.to_string())]) }</p>
                <progress class="workshop-progress" id="slide-progress" max={total.to_string()} value={(index + 1).to_string()}
                    aria-label={t(lang, &k::WALK_PROGRESS)}></progress>
                <LangSwitch value={lang} on_change={props.on_lang.clone()} />
                <button type="button" class="button" id="present-exit" onclick={props.on_exit.reform(|_: MouseEvent| ())}>{ t(lang, &k::PRESENT_EXIT) }</button>
            </header>
            <main class="slide" id="main">{ body }</main>
            <footer class="workshop-nav">
                <button type="button" class="button" id="slide-back" onclick={go(index.saturating_sub(1))} disabled={index == 0}>{ t(lang, &k::WALK_BACK) }</button>
                <p class="workshop-keys">{ t(lang, &k::PRESENT_KEYS) }</p>
                <button type="button" class="button primary" id="slide-next" onclick={go((index + 1).min(total - 1))} disabled={index + 1 == total}>{ t(lang, &k::WALK_NEXT) }</button>
            </footer>
        </div>
    }
}

fn question_slide(
    lang: Lang,
    q: QuestionId,
    props: &WorkshopProps,
    products: &[(ProductId, String)],
    choose: &(impl Fn(QuestionId, KeyAnswer) + Clone + 'static),
    cycle_weight: &(impl Fn(QuestionId) + Clone + 'static),
) -> Html {
    let question = q.question();
    let answers = &props.scenario.answers;
    let button = |n: usize, label: String, pressed: bool, a: KeyAnswer| {
        let choose = choose.clone();
        let a = std::cell::Cell::new(Some(a));
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(x) = a.take() {
                choose(q, x);
            }
        });
        html! {
            <li>
                <button type="button" class={classes!("answer", pressed.then_some("is-chosen"))} aria-pressed={pressed.to_string()} {onclick}>
                    <span class="answer-key" aria-hidden="true">{ n }</span>
                    <span>{ label }</span>
                </button>
            </li>
        }
    };
    let options = match question.kind {
        QuestionKind::Single(options) => {
            let current = answers.get(q);
            options
                .iter()
                .enumerate()
                .map(|(i, o)| button(i + 1, t(lang, o.label_key), current == Some(o.opt), KeyAnswer::Single(o.opt)))
                .collect::<Html>()
        }
        QuestionKind::Products => {
            let ticked = answers.products(q);
            let mut items: Vec<Html> = products
                .iter()
                .enumerate()
                .map(|(i, (id, name))| {
                    button(i + 1, name.clone(), ticked.is_some_and(|s| s.contains(id)), KeyAnswer::Product(id.clone()))
                })
                .collect();
            if !products.is_empty() {
                items.push(button(
                    products.len() + 1,
                    t(lang, &k::WALK_NONE_OF_THEM),
                    ticked.is_some_and(|s| s.is_empty()),
                    KeyAnswer::NoneOfThem,
                ));
            }
            items.into_iter().collect()
        }
    };
    let weight = answers.weight(question.criterion);
    let on_weight = {
        let cycle_weight = cycle_weight.clone();
        Callback::from(move |_: MouseEvent| cycle_weight(q))
    };
    let notes = |side: Side| -> Html {
        question
            .arguments
            .iter()
            .filter(|a| a.side == side)
            .map(|a| html! { <li>{ t(lang, a.key) }{ " " }<span class="source">{ format!("({})", t(lang, a.source.label_key())) }</span></li> })
            .collect()
    };
    html! {
        <article class="slide-question" data-question={q.as_str()}>
            <h2 id="slide-title" tabindex="-1">{ t(lang, question.title_key) }</h2>
            <p class="slide-help">{ t(lang, question.help_key) }</p>
            <ul class="answers" aria-labelledby="slide-title">{ options }</ul>
            if matches!(question.kind, QuestionKind::Products) && products.is_empty() {
                <p class="slide-help">{ t(lang, &k::PRODUCTS_NONE_SELECTED) }</p>
            }
            <button type="button" class="button weight-button" id="slide-weight" onclick={on_weight}>
                { tf(lang, &k::PRESENT_WEIGHT, &[("criterion", t(lang, question.criterion.label_key())), ("weight", t(lang, weight.label_key()))]) }
            </button>
            if !question.arguments.is_empty() {
                <section class="notes" aria-labelledby="notes-heading">
                    <h3 id="notes-heading">{ t(lang, &k::PRESENT_NOTES) }</h3>
                    <div class="notes-columns">
                        <div class="for"><h4>{ t(lang, &k::WALK_ARGUMENTS_FOR) }</h4><ul>{ notes(Side::For) }</ul></div>
                        <div class="against"><h4>{ t(lang, &k::WALK_ARGUMENTS_AGAINST) }</h4><ul>{ notes(Side::Against) }</ul></div>
                    </div>
                </section>
            }
        </article>
    }
}

fn recommendation_slide(lang: Lang, props: &WorkshopProps) -> Html {
    let r = &*props.report;
    html! {
        <article class="slide-result">
            <h2 id="slide-title" tabindex="-1">{ r.verdict.clone().unwrap_or_else(|| t(lang, &k::REC_HEADING)) }</h2>
            if r.verdict.is_none() {
                <p class="slide-help">{ &r.summary }</p>
            } else if r.decisions.is_empty() {
                <p class="slide-help">{ t(lang, &k::PRODUCTS_NONE_SELECTED) }</p>
            } else {
                <ul class="verdicts">
                    { for r.decisions.iter().map(|d| html! {
                        <li data-product={d.id.clone()}>
                            <p class="verdict-line"><strong>{ &d.name }</strong><span class="verdict-policy">{ &d.recommended }</span></p>
                            // Two reasons per product fit a projector with up to seven products.
                            <ul class="verdict-reasons">{ for d.reasons.iter().take(2).map(|(x, src)| html! {
                                <li>{ x }{ " " }<span class="source">{ format!("({src})") }</span></li>
                            }) }</ul>
                        </li>
                    }) }
                </ul>
            }
        </article>
    }
}

fn cost_slide(lang: Lang, props: &WorkshopProps, i: usize) -> Html {
    let (Some(c), Some(pc)) = (props.report.costs.get(i), props.comparison.products.get(i)) else { return html! {} };
    html! {
        <article class="slide-cost" data-product={c.id.clone()}>
            <h2 id="slide-title" tabindex="-1">{ tf(lang, &k::PRESENT_COST_TITLE, &[("product", c.name.clone())]) }</h2>
            <p class="slide-help">{ &c.scope }</p>
            <div class="slide-cost-body">
                <div class="slide-cost-words">
                    <p class="slide-cheapest">{ c.cheapest.clone().unwrap_or_else(|| t(lang, &k::PRESENT_NO_COSTS)) }</p>
                    <ul>{ for c.break_evens.iter().chain(&c.no_break_even).map(|b| html! { <li>{ b }</li> }) }</ul>
                </div>
                if !pc.pricers.is_empty() {
                    <CostChart id={format!("slide-chart-{}", c.id)} product={pc.name.clone()} pricers={pc.pricers.clone()}
                        break_evens={pc.break_evens.clone()} seats={pc.seats} max_seats={chart_max(pc)} currency={props.currency} />
                }
            </div>
        </article>
    }
}

fn doors_slide(lang: Lang, props: &WorkshopProps) -> Html {
    let d = &props.report.doors;
    html! {
        <article class="slide-doors">
            <h2 id="slide-title" tabindex="-1">{ t(lang, &k::DOORS_CHECK_TITLE) }</h2>
            <div class="apply-columns">
                <section aria-labelledby="doors-list">
                    <h3 id="doors-list" class="visually-hidden">{ t(lang, &k::DOORS_CHECK_TITLE) }</h3>
                    <ul class="apply-doors">{ for d.checklist.iter().map(|(_, x)| html! { <li>{ x }</li> }) }</ul>
                </section>
                if let Some(req) = &d.request {
                    <section aria-labelledby="apply-request">
                        <h3 id="apply-request">{ t(lang, &k::DOORS_REQUEST_TITLE) }</h3>
                        <ol class="apply-steps">{ for req.steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                        <ul class="apply-notes">{ for req.notes.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                    </section>
                }
            </div>
        </article>
    }
}

fn apply_slide(lang: Lang, props: &WorkshopProps) -> Html {
    let r = &*props.report;
    let lines = r.script.lines().count() as u64;
    let kb = crate::domain::money::format_number(
        rust_decimal::Decimal::from(r.script.len() as u64) / rust_decimal::Decimal::from(1024),
        1,
        lang.locale(),
    );
    let differing = props.derived.differing.len();
    html! {
        <article class="slide-apply">
            <h2 id="slide-title" tabindex="-1">{ t(lang, &k::PRESENT_APPLY_TITLE) }</h2>
            <div class="apply-columns">
                <section aria-labelledby="apply-chosen">
                    <h3 id="apply-chosen">{ t(lang, &k::REPORT_DECISIONS) }</h3>
                    <ul class="apply-chosen">
                        { for r.decisions.iter().map(|d| html! {
                            <li data-product={d.id.clone()}><strong>{ &d.name }</strong>{ " · " }{ tf(lang, &k::PRESENT_CHOSEN, &[("policy", d.chosen.clone())]) }</li>
                        }) }
                    </ul>
                    if differing > 0 {
                        <p class="slide-help">{ tn(lang, &k::PRESENT_DIFFERING, differing as u64, &[]) }</p>
                        <button type="button" class="button primary" id="slide-apply-rec" onclick={props.on_apply.reform(|_: MouseEvent| ())}>{ t(lang, &k::REC_APPLY) }</button>
                    }
                    <p class="slide-help" id="script-size">{ tn(lang, &k::PRESENT_SCRIPT_SIZE, lines, &[("size", kb)]) }</p>
                    <button type="button" class="button" id="slide-report" onclick={props.on_report.reform(|_: MouseEvent| ())}>{ t(lang, &k::REPORT_OPEN) }</button>
                </section>
                <section aria-labelledby="apply-steps">
                    <h3 id="apply-steps">{ t(lang, &k::SCRIPTS_ADMIN_CENTER) }</h3>
                    <ol class="apply-steps">{ for r.admin_steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                </section>
            </div>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slides_follow_the_walk_then_the_results() {
        let qs = [QuestionId::Agreement, QuestionId::ShadowIt];
        let s = slides(&qs, 2, false);
        assert_eq!(
            s,
            vec![
                Slide::Question(QuestionId::Agreement),
                Slide::Question(QuestionId::ShadowIt),
                Slide::Recommendation,
                Slide::Cost(0),
                Slide::Cost(1),
                Slide::Apply
            ]
        );
        assert_eq!(slides(&qs, 0, true).last(), Some(&Slide::Doors), "the doors come after applying");
        assert_eq!(next_weight(Weight::Decisive), Weight::Ignore);
        assert_eq!(next_weight(Weight::Ignore), Weight::Normal);
    }
}
