//! Workshop (presenter) mode for a projector: one question per slide with large answer buttons
//! and the arguments from the sources as facilitator notes (shown on N), then a recommendation
//! slide, a cost slide per product, an "apply" slide, an "apply the recommendation?" step and the
//! "close every door" checklist. Driven by the keys presentation clickers send (→ / Page Down /
//! Space, ← / Page Up), number keys for answers, W for the weight and Esc to leave. Every answer
//! goes to the one reducer, so the link, report and script follow the room.
use crate::domain::compare::Comparison;
use crate::domain::decision::{walk, Answers, Criterion, Opt, QuestionId, QuestionKind, Side, Source, Weight};
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
    /// Facilitator notes shown on the question slides.
    pub notes: bool,
    pub on_slide: Callback<usize>,
    pub on_answer: Callback<(QuestionId, Option<Opt>)>,
    pub on_products: Callback<(QuestionId, Option<BTreeSet<ProductId>>)>,
    pub on_weight: Callback<(Criterion, Weight)>,
    pub on_notes: Callback<bool>,
    pub on_apply: Callback<()>,
    pub on_exit: Callback<()>,
    pub on_report: Callback<()>,
    pub on_lang: Callback<Lang>,
    /// The customer or tenant name, as typed in the bar.
    pub on_customer: Callback<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slide {
    Question(QuestionId),
    Recommendation,
    /// Index into the comparison's products.
    Cost(usize),
    /// The totals across products (with more than one), gaps named.
    CostTotal,
    /// Two scenarios side by side (issue 24), when there are several.
    Versus,
    /// "Rolling this out" (issue 25), when a tenant list is present.
    Rollout,
    Apply,
    /// "Apply the recommendation?": the step a clicker can reach and act on (see `key_action`).
    Confirm,
    /// The checklist items `from..to` of "close every door".
    Checklist {
        from: usize,
        to: usize,
    },
    /// The licence-request path (when a product is blocked or limited to trials).
    Request,
}

/// Checklist items per slide. Counted, not measured, so a scenario has the same slides in every
/// language and the count does not move when the room switches language; five of the longest
/// (German, with an admin-center path) fit 1280×720.
const CHECKLIST_PER_SLIDE: usize = 5;

/// What the deck is made of, besides the questions.
#[derive(Clone, Copy, Debug, Default)]
struct Results {
    products: usize,
    /// A recommendation exists (something answered and some product gets a policy).
    recommended: bool,
    checklist: usize,
    request: bool,
    versus: bool,
    rollout: bool,
}

/// The slides for this scenario: the walk's questions (which depend on the answers so far),
/// then the results. The confirm step is there whenever there is a recommendation, not only
/// while the policies differ, so applying it does not change the count under the presenter.
fn slides(questions: &[QuestionId], r: Results) -> Vec<Slide> {
    let mut v: Vec<Slide> = questions.iter().map(|q| Slide::Question(*q)).collect();
    v.push(Slide::Recommendation);
    v.extend((0..r.products).map(Slide::Cost));
    if r.products > 1 {
        v.push(Slide::CostTotal);
    }
    if r.versus {
        v.push(Slide::Versus);
    }
    if r.rollout {
        v.push(Slide::Rollout);
    }
    v.push(Slide::Apply);
    if r.recommended {
        v.push(Slide::Confirm);
    }
    v.extend(
        (0..r.checklist)
            .step_by(CHECKLIST_PER_SLIDE)
            .map(|from| Slide::Checklist { from, to: (from + CHECKLIST_PER_SLIDE).min(r.checklist) }),
    );
    if r.request {
        v.push(Slide::Request);
    }
    v
}

/// What a key does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KeyAction {
    Next,
    Back,
    First,
    Last,
    Leave,
    /// The n-th answer key (1-based) on this question's slide.
    Answer(QuestionId, usize),
    Clear(QuestionId),
    Weight(QuestionId),
    Notes,
    /// Apply the recommendation and stay.
    Apply,
    /// Apply the recommendation and go to the next slide.
    ApplyAndNext,
}

/// The action of `key` on `slide`. `pending`: chosen and recommended policies differ. `on_button`:
/// the key went to a focused button (Enter and Space there are the button's on the confirm step).
///
/// Applying from a clicker: most clickers send only Page Down / Page Up (some → / ←, some also
/// F5 / Esc to start and stop and "b" / "." to blank the screen, which do nothing here), so
/// whatever applies must be reachable with "next" alone, and "next" must not apply by surprise.
/// Hence the confirm step after the apply slide: it says in words that going on applies the
/// recommendation to the products it lists, its "apply and go on" button has the focus (Enter
/// triggers it), and any next key does the same; back keys leave it untouched, and End or the
/// "go on without applying" button skip it. A clicker never applies anything elsewhere: on the
/// apply slide itself only A (and the button) apply.
fn key_action(key: &str, slide: Slide, pending: bool, on_button: bool) -> Option<KeyAction> {
    use KeyAction::*;
    Some(match (slide, key) {
        (Slide::Confirm, " " | "Enter") if on_button => return None,
        (Slide::Confirm, "ArrowRight" | "PageDown" | " " | "Enter" | "a" | "A") if pending => ApplyAndNext,
        (Slide::Confirm, "Enter") => Next,
        (Slide::Apply, "a" | "A") if pending => Apply,
        (_, "ArrowRight" | "PageDown" | " ") => Next,
        (_, "ArrowLeft" | "PageUp") => Back,
        (_, "Home") => First,
        (_, "End") => Last,
        (_, "Escape") => Leave,
        (Slide::Question(q), "w" | "W") => Weight(q),
        (Slide::Question(_), "n" | "N") => Notes,
        (Slide::Question(q), "0" | "Backspace" | "Delete") => Clear(q),
        (Slide::Question(q), d) => match d.parse::<usize>() {
            Ok(n @ 1..=9) if d.len() == 1 => Answer(q, n),
            _ => return None,
        },
        _ => return None,
    })
}

/// A change to one answer, in the form the reducer takes it.
#[derive(Clone, Debug, PartialEq)]
enum Change {
    Single(QuestionId, Option<Opt>),
    Products(QuestionId, Option<BTreeSet<ProductId>>),
}

/// What the n-th answer key (1-based) does to question `q`: an option is chosen, or cleared when
/// it was the answer already (so a wrong key is undone by pressing it again); a product is ticked
/// or unticked; "none of them" (the key after the products) is set, or cleared when it was set.
fn answer_change(q: QuestionId, n: usize, answers: &Answers, products: &[ProductId]) -> Option<Change> {
    let i = n.checked_sub(1)?;
    match q.question().kind {
        QuestionKind::Single(options) => {
            let o = options.get(i)?.opt;
            Some(Change::Single(q, (answers.get(q) != Some(o)).then_some(o)))
        }
        QuestionKind::Products if i < products.len() => {
            let mut set = answers.products(q).cloned().unwrap_or_default();
            if !set.remove(&products[i]) {
                set.insert(products[i].clone());
            }
            Some(Change::Products(q, Some(set)))
        }
        QuestionKind::Products if i == products.len() && !products.is_empty() => {
            let none_already = answers.products(q).is_some_and(|s| s.is_empty());
            Some(Change::Products(q, (!none_already).then(BTreeSet::new)))
        }
        QuestionKind::Products => None,
    }
}

/// Clearing the answer: the same change the decision walk makes when an answer is removed.
fn clear_change(q: QuestionId) -> Change {
    match q.question().kind {
        QuestionKind::Single(_) => Change::Single(q, None),
        QuestionKind::Products => Change::Products(q, None),
    }
}

/// Questions the walk gained and lost between two renders. Relevance only looks at earlier
/// questions, so both are always after the one just answered.
fn deck_change(before: &[QuestionId], after: &[QuestionId]) -> (usize, usize) {
    let added = after.iter().filter(|q| !before.contains(q)).count();
    let removed = before.iter().filter(|q| !after.contains(q)).count();
    (added, removed)
}

fn next_weight(w: Weight) -> Weight {
    let i = Weight::ALL.iter().position(|x| *x == w).unwrap_or(0);
    Weight::ALL[(i + 1) % Weight::ALL.len()]
}

fn focus(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The question whose slide is on screen, read from the page itself: a key never answers a
/// question the room does not see, even if it arrives before the handler of a new slide is in.
fn visible_question() -> Option<String> {
    gloo::utils::document()
        .query_selector(".slide-question[data-question]")
        .ok()
        .flatten()?
        .get_attribute("data-question")
}

#[function_component(Workshop)]
pub fn workshop(props: &WorkshopProps) -> Html {
    let lang = use_lang();
    let derived = &props.derived;
    let facts = &derived.facts;
    let answers = &props.scenario.answers;
    let questions: Vec<QuestionId> = walk(answers, facts).iter().map(|q| q.id).collect();
    let doors = &props.report.doors;
    let all = slides(
        &questions,
        Results {
            products: props.comparison.products.len(),
            recommended: derived.recommends() && derived.recommendation.per_product.iter().any(|p| p.policy.is_some()),
            checklist: doors.checklist.len(),
            request: doors.request.is_some(),
            versus: props.report.versus.is_some(),
            rollout: props.report.rollout.is_some(),
        },
    );
    let total = all.len();
    let index = props.slide.min(total - 1);
    let slide = all[index];
    let pending = !derived.differing.is_empty();
    let products: Vec<(ProductId, String)> = facts.iter().map(|f| (f.id.clone(), f.name.clone())).collect();
    let ids: std::rc::Rc<Vec<ProductId>> = std::rc::Rc::new(products.iter().map(|(id, _)| id.clone()).collect());

    // Questions an answer added or removed, said on the slide where it happened: the walk before
    // this render is kept to compare with, and the note goes when the slide changes.
    let seen = use_mut_ref(|| (questions.clone(), index, (0usize, 0usize)));
    let (added, removed) = {
        let mut s = seen.borrow_mut();
        if s.1 != index {
            s.1 = index;
            s.2 = (0, 0);
        }
        if s.0 != questions {
            s.2 = deck_change(&s.0, &questions);
            s.0 = questions.clone();
        }
        s.2
    };
    let mut status = Vec::new();
    if added > 0 {
        status.push(tn(lang, &k::PRESENT_QUESTIONS_ADDED, added as u64, &[]));
    }
    if removed > 0 {
        status.push(tn(lang, &k::PRESENT_QUESTIONS_REMOVED, removed as u64, &[]));
    }
    if !status.is_empty() {
        status.push(tn(lang, &k::PRESENT_SLIDES_NOW, total as u64, &[]));
    }
    let status = status.join(" ");

    // Every answer, chosen, changed or cleared, is the change the decision walk makes.
    let change = {
        let on_answer = props.on_answer.clone();
        let on_products = props.on_products.clone();
        Callback::from(move |c: Change| match c {
            Change::Single(q, o) => on_answer.emit((q, o)),
            Change::Products(q, ids) => on_products.emit((q, ids)),
        })
    };
    let cycle_weight = {
        let on_weight = props.on_weight.clone();
        let answers = answers.clone();
        Callback::from(move |q: QuestionId| {
            let c = q.question().criterion;
            on_weight.emit((c, next_weight(answers.weight(c))));
        })
    };
    let apply_and_next = {
        let on_apply = props.on_apply.clone();
        let on_slide = props.on_slide.clone();
        Callback::from(move |()| {
            on_apply.emit(());
            on_slide.emit((index + 1).min(total - 1));
        })
    };

    // The slide a key asked for. Until it is drawn, the handler in place is the old slide's, so
    // an answer key pressed in between would land on a question that is leaving: it is dropped.
    let requested = use_mut_ref(|| index);
    *requested.borrow_mut() = index;
    {
        // Keys are read on the whole document, so no click or focus change can lose them;
        // re-registered on each render so the handler sees the current slide and answers.
        let requested = requested.clone();
        let on_slide = props.on_slide.clone();
        let on_exit = props.on_exit.clone();
        let on_notes = props.on_notes.clone();
        let on_apply = props.on_apply.clone();
        let notes = props.notes;
        let change = change.clone();
        let cycle_weight = cycle_weight.clone();
        let apply_and_next = apply_and_next.clone();
        let answers = answers.clone();
        let ids = ids.clone();
        use_effect(move || {
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener =
                gloo::events::EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if e.ctrl_key() || e.alt_key() || e.meta_key() || e.default_prevented() {
                        return;
                    }
                    let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    let tag = target.as_ref().map(|el| el.tag_name()).unwrap_or_default();
                    let key = e.key();
                    // The language list keeps its own keys (arrows choose a language there).
                    if matches!(tag.as_str(), "SELECT" | "INPUT" | "TEXTAREA") && key != "Escape" {
                        return;
                    }
                    let Some(action) = key_action(&key, slide, pending, tag == "BUTTON") else { return };
                    let settled = *requested.borrow() == index;
                    let shown = |q: QuestionId| settled && visible_question().as_deref() == Some(q.as_str());
                    let to = |n: usize| {
                        *requested.borrow_mut() = n;
                        on_slide.emit(n);
                    };
                    match action {
                        KeyAction::Next if index + 1 < total => to(index + 1),
                        KeyAction::Next => {}
                        KeyAction::Back => to(index.saturating_sub(1)),
                        KeyAction::First => to(0),
                        KeyAction::Last => to(total - 1),
                        KeyAction::Leave => on_exit.emit(()),
                        KeyAction::Answer(q, n) if shown(q) => {
                            if let Some(c) = answer_change(q, n, &answers, &ids) {
                                change.emit(c);
                            }
                        }
                        KeyAction::Clear(q) if shown(q) => change.emit(clear_change(q)),
                        KeyAction::Weight(q) if shown(q) => cycle_weight.emit(q),
                        KeyAction::Answer(..) | KeyAction::Clear(_) | KeyAction::Weight(_) => {}
                        KeyAction::Notes => on_notes.emit(!notes),
                        KeyAction::Apply => on_apply.emit(()),
                        KeyAction::ApplyAndNext => {
                            *requested.borrow_mut() = (index + 1).min(total - 1);
                            apply_and_next.emit(());
                        }
                    }
                    e.prevent_default();
                });
            move || drop(listener)
        });
    }
    {
        // The new slide's heading takes the focus, so a screen reader announces it and Tab
        // starts from it; on the confirm step its "apply and go on" button does, so Enter
        // triggers it. When applying removes the focused button, the heading takes it back.
        let target = if slide == Slide::Confirm && pending { "slide-apply-go" } else { "slide-title" };
        use_effect_with((index, pending), move |_| focus(target));
    }

    let go = |n: usize| props.on_slide.reform(move |_: MouseEvent| n);
    let body = match slide {
        Slide::Question(q) => question_slide(lang, q, props, &products, &change, &cycle_weight, &status),
        Slide::Recommendation => recommendation_slide(lang, props),
        Slide::Cost(i) => cost_slide(lang, props, i),
        Slide::CostTotal => cost_total_slide(lang, props),
        Slide::Versus => versus_slide(lang, props),
        Slide::Rollout => rollout_slide(lang, props),
        Slide::Apply => apply_slide(lang, props),
        Slide::Confirm => confirm_slide(lang, props, &apply_and_next, go((index + 1).min(total - 1))),
        Slide::Checklist { from, to } => checklist_slide(lang, props, from, to),
        Slide::Request => request_slide(lang, props),
    };
    // On the confirm step "next" applies (see `key_action`); the button says so.
    let (next_label, next_click) = if slide == Slide::Confirm && pending {
        (t(lang, &k::PRESENT_CONFIRM_NEXT), apply_and_next.reform(|_: MouseEvent| ()))
    } else {
        (t(lang, &k::WALK_NEXT), go((index + 1).min(total - 1)))
    };
    html! {
        <div class="workshop">
            <header class="workshop-bar">
                <h1 class="workshop-title">{ t(lang, &k::APP_TITLE) }</h1>
                // The customer's name where the room sees it, typed here as on the report; it
                // titles the report and its PDF (issue 21). Keys typed in it never drive slides.
                <div class="workshop-customer">
                    <label for="workshop-customer" class="visually-hidden">{ t(lang, &k::REPORT_CUSTOMER) }</label>
                    <input id="workshop-customer" type="text" autocomplete="organization"
                        placeholder={t(lang, &k::PRESENT_CUSTOMER)} value={props.scenario.script.tenant_label.clone()}
                        oninput={props.on_customer.reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().value())} />
                </div>
                <p class={classes!("workshop-count", (!status.is_empty()).then_some("is-changed"))} id="slide-count">
                    { tf(lang, &k::PRESENT_PROGRESS, &[("n", (index + 1).to_string()), ("total", total.to_string())]) }
                </p>
                <progress class="workshop-progress" id="slide-progress" max={total.to_string()} value={(index + 1).to_string()}
                    aria-label={t(lang, &k::WALK_PROGRESS)}></progress>
                <LangSwitch value={lang} on_change={props.on_lang.clone()} />
                <button type="button" class="button" id="present-exit" onclick={props.on_exit.reform(|_: MouseEvent| ())}>{ t(lang, &k::PRESENT_EXIT) }</button>
            </header>
            <main class="slide" id="main">{ body }</main>
            <footer class="workshop-nav">
                <button type="button" class="button" id="slide-back" onclick={go(index.saturating_sub(1))} disabled={index == 0}>{ t(lang, &k::WALK_BACK) }</button>
                <p class="workshop-keys">{ t(lang, &k::PRESENT_KEYS) }</p>
                <button type="button" class="button primary" id="slide-next" onclick={next_click} disabled={index + 1 == total}>{ next_label }</button>
            </footer>
        </div>
    }
}

fn question_slide(
    lang: Lang,
    q: QuestionId,
    props: &WorkshopProps,
    products: &[(ProductId, String)],
    change: &Callback<Change>,
    cycle_weight: &Callback<QuestionId>,
    status: &str,
) -> Html {
    let question = q.question();
    let answers = &props.scenario.answers;
    let ids: Vec<ProductId> = products.iter().map(|(id, _)| id.clone()).collect();
    let button = |n: usize, label: String, pressed: bool| {
        // A click does what the number key does, so clicking the chosen option again clears it.
        let onclick = answer_change(q, n, answers, &ids).map(|c| change.reform(move |_: MouseEvent| c.clone()));
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
                .map(|(i, o)| button(i + 1, t(lang, o.label_key), current == Some(o.opt)))
                .collect::<Html>()
        }
        QuestionKind::Products => {
            let ticked = answers.products(q);
            let mut items: Vec<Html> = products
                .iter()
                .enumerate()
                .map(|(i, (id, name))| button(i + 1, name.clone(), ticked.is_some_and(|s| s.contains(id))))
                .collect();
            if !products.is_empty() {
                items.push(button(
                    products.len() + 1,
                    t(lang, &k::WALK_NONE_OF_THEM),
                    ticked.is_some_and(|s| s.is_empty()),
                ));
            }
            items.into_iter().collect()
        }
    };
    let weight = answers.weight(question.criterion);
    let on_weight = cycle_weight.reform(move |_: MouseEvent| q);
    let shown = props.notes;
    let on_notes = props.on_notes.reform(move |_: MouseEvent| !shown);
    // Each source is cited once under the notes and referred to by its number: a citation
    // (title, date, address) is longer than the argument, and several arguments share one, so
    // in full beside each argument the notes did not fit under the answers at 1280×720.
    let mut sources: Vec<Source> = Vec::new();
    for a in question.arguments {
        if !sources.contains(&a.source) {
            sources.push(a.source);
        }
    }
    let notes = |side: Side| -> Html {
        question
            .arguments
            .iter()
            .filter(|a| a.side == side)
            .map(|a| {
                let n = sources.iter().position(|s| *s == a.source).unwrap_or(0) + 1;
                html! { <li>{ t(lang, a.key) }{ " " }<span class="source">{ format!("[{n}]") }</span></li> }
            })
            .collect()
    };
    let has_notes = !question.arguments.is_empty();
    html! {
        <article class={classes!("slide-question", (has_notes && shown).then_some("with-notes"))} data-question={q.as_str()}>
            <h2 id="slide-title" tabindex="-1">{ t(lang, question.title_key) }</h2>
            <p class="slide-help">{ t(lang, question.help_key) }</p>
            <ul class="answers" aria-labelledby="slide-title">{ options }</ul>
            if matches!(question.kind, QuestionKind::Products) && products.is_empty() {
                <p class="slide-help">{ t(lang, &k::PRESENT_NO_PRODUCTS) }</p>
            }
            // Said where the presenter looks when the deck grows or shrinks behind this slide.
            <p class="slide-status" id="slide-status" role="status">{ status }</p>
            <div class="slide-tools">
                <button type="button" class="button weight-button" id="slide-weight" onclick={on_weight}>
                    { tf(lang, &k::PRESENT_WEIGHT, &[("criterion", t(lang, question.criterion.label_key())), ("weight", t(lang, weight.label_key()))]) }
                </button>
                if has_notes {
                    <button type="button" class="button" id="slide-notes" aria-expanded={shown.to_string()} aria-controls="notes" onclick={on_notes}>
                        { t(lang, if shown { &k::PRESENT_NOTES_HIDE } else { &k::PRESENT_NOTES_SHOW }) }
                    </button>
                }
            </div>
            if has_notes {
                <section class="notes" id="notes" aria-labelledby="notes-heading" hidden={!shown}>
                    <h3 id="notes-heading">{ t(lang, &k::PRESENT_NOTES) }</h3>
                    <div class="notes-columns">
                        <div class="for"><h4>{ t(lang, &k::WALK_ARGUMENTS_FOR) }</h4><ul>{ notes(Side::For) }</ul></div>
                        <div class="against"><h4>{ t(lang, &k::WALK_ARGUMENTS_AGAINST) }</h4><ul>{ notes(Side::Against) }</ul></div>
                    </div>
                    <ol class="notes-sources">{ for sources.iter().map(|s| html! { <li>{ t(lang, s.label_key()) }</li> }) }</ol>
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
                <p class="slide-help">{ t(lang, &k::PRESENT_NO_PRODUCTS) }</p>
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
                    // Self-service against the cheapest channel, and what the difference is:
                    // the comparison the room decides on, not only the cheapest figure.
                    if let Some(f) = props.report.finance.get(i) {
                        <dl class="slide-versus" id={format!("slide-versus-{}", c.id)}>
                            <dt>{ t(lang, &k::REPORT_FIN_SELF_SERVICE) }</dt><dd>{ &f.self_service }</dd>
                            <dt>{ t(lang, &k::REPORT_FIN_CHEAPEST) }</dt><dd>{ &f.cheapest }</dd>
                            <dt>{ t(lang, &k::REPORT_FIN_SAVING) }</dt><dd class="slide-saving">{ &f.saving }</dd>
                        </dl>
                    } else {
                        <p class="slide-cheapest">{ c.cheapest.clone().unwrap_or_else(|| t(lang, &k::PRESENT_NO_COSTS)) }</p>
                    }
                    <ul>{ for c.break_evens.iter().take(2).chain(&c.no_break_even).map(|b| html! { <li>{ b }</li> }) }</ul>
                </div>
                if !pc.pricers.is_empty() {
                    <CostChart id={format!("slide-chart-{}", c.id)} product={pc.name.clone()} pricers={pc.pricers.clone()}
                        break_evens={pc.break_evens.clone()} seats={pc.seats} max_seats={chart_max(pc)} currency={props.currency} />
                }
            </div>
        </article>
    }
}

/// The totals across products: each channel's sum and the cheapest mix, every one naming the
/// products it leaves out, and self-service against the cheapest channels in total.
fn cost_total_slide(lang: Lang, props: &WorkshopProps) -> Html {
    let r = &*props.report;
    html! {
        <article class="slide-cost-total">
            <h2 id="slide-title" tabindex="-1">{ t(lang, &k::REPORT_TOTALS) }</h2>
            <p class="slide-help">{ tn(lang, &k::UNIT_MONTHS, props.scenario.pricing.horizon_months.into(), &[]) }{ " · " }{ &r.vat }</p>
            <table class="slide-totals" id="slide-totals">
                <tbody>
                    { for r.totals.iter().map(|(label, total)| html! {
                        <tr><th scope="row">{ label }</th><td class="num">{ total }</td></tr>
                    }) }
                </tbody>
            </table>
            if let Some(f) = r.finance.last().filter(|_| r.finance.len() > 1) {
                <p class="slide-cheapest" id="slide-total-saving">{ t(lang, &k::REPORT_FIN_SAVING) }{ ": " }{ &f.saving }</p>
            }
        </article>
    }
}

/// Today against the proposal: what changes for users and the money per year, as the report
/// says it (the unchanged products are named in one line, so the table holds only changes).
fn versus_slide(lang: Lang, props: &WorkshopProps) -> Html {
    let Some(w) = &props.report.versus else { return Html::default() };
    html! {
        <article class="slide-scenarios">
            <h2 id="slide-title" tabindex="-1">{ &w.title }</h2>
            <p class="slide-cheapest" id="slide-versus-verdict">{ &w.verdict }{ " " }{ &w.changed }</p>
            if !w.rows.is_empty() { { crate::ui::versus_view::versus_table(lang, w) } }
            if let Some(f) = &w.folded_text { <p class="slide-help">{ format!("{f}: {}.", w.folded.join(", ")) }</p> }
        </article>
    }
}

/// Rolling this out to many tenants: how many, in which tiers, how many changes, which exports.
fn rollout_slide(lang: Lang, props: &WorkshopProps) -> Html {
    let Some(ro) = &props.report.rollout else { return Html::default() };
    html! {
        <article class="slide-rollout">
            <h2 id="slide-title" tabindex="-1">{ t(lang, &k::FLEET_UI_ROLLOUT_TITLE) }</h2>
            <ul class="slide-list" id="slide-rollout">{ for ro.lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
        </article>
    }
}

fn checklist_slide(lang: Lang, props: &WorkshopProps, from: usize, to: usize) -> Html {
    let d = &props.report.doors;
    let pages = d.checklist.len().div_ceil(CHECKLIST_PER_SLIDE);
    let title = t(lang, &k::DOORS_CHECK_TITLE);
    let title = if pages > 1 {
        tf(
            lang,
            &k::PRESENT_PART,
            &[("title", title), ("n", (from / CHECKLIST_PER_SLIDE + 1).to_string()), ("total", pages.to_string())],
        )
    } else {
        title
    };
    html! {
        <article class="slide-doors">
            <h2 id="slide-title" tabindex="-1">{ title }</h2>
            <ul class="apply-doors">{ for d.checklist[from..to].iter().map(|(_, x)| html! { <li>{ x }</li> }) }</ul>
        </article>
    }
}

fn request_slide(lang: Lang, props: &WorkshopProps) -> Html {
    let Some(req) = &props.report.doors.request else { return html! {} };
    html! {
        <article class="slide-request">
            <h2 id="slide-title" tabindex="-1">{ t(lang, &k::DOORS_REQUEST_TITLE) }</h2>
            <div class="apply-columns">
                <ol class="apply-steps">{ for req.steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                <ul class="apply-notes">{ for req.notes.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
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
                        <button type="button" class="button primary" id="slide-apply-rec" onclick={props.on_apply.reform(|_: MouseEvent| ())}>{ t(lang, &k::PRESENT_APPLY_REC) }</button>
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

/// The "apply the recommendation?" step: what going on will change, said before it happens.
fn confirm_slide(lang: Lang, props: &WorkshopProps, apply_and_next: &Callback<()>, skip: Callback<MouseEvent>) -> Html {
    let differing = &props.derived.differing;
    let rows: Vec<_> =
        props.report.decisions.iter().filter(|d| differing.iter().any(|id| id.as_str() == d.id)).collect();
    html! {
        <article class="slide-confirm">
            <h2 id="slide-title" tabindex="-1">{ t(lang, &k::PRESENT_CONFIRM_TITLE) }</h2>
            if rows.is_empty() {
                <p class="slide-help" id="confirm-done">{ t(lang, &k::PRESENT_CONFIRM_DONE) }</p>
            } else {
                <ul class="confirm-list">
                    { for rows.iter().map(|d| html! {
                        <li data-product={d.id.clone()}><strong>{ &d.name }</strong>{ ": " }
                            { tf(lang, &k::PRESENT_CONFIRM_LINE, &[("chosen", d.chosen.clone()), ("recommended", d.recommended.clone())]) }</li>
                    }) }
                </ul>
                <p class="slide-help" id="confirm-how">{ tn(lang, &k::PRESENT_CONFIRM_HOW, rows.len() as u64, &[]) }</p>
                <div class="confirm-buttons">
                    <button type="button" class="button primary" id="slide-apply-go" aria-describedby="confirm-how"
                        onclick={apply_and_next.reform(|_: MouseEvent| ())}>{ t(lang, &k::PRESENT_CONFIRM_GO) }</button>
                    <button type="button" class="button" id="slide-apply-skip" onclick={skip}>{ t(lang, &k::PRESENT_CONFIRM_SKIP) }</button>
                </div>
            }
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::advice::product_facts;
    use crate::domain::catalog::Catalog;
    use crate::domain::decision::{Agreement, ShadowIt};

    fn id(s: &str) -> ProductId {
        ProductId::parse(s).unwrap()
    }

    #[test]
    fn slides_follow_the_walk_then_the_results() {
        let qs = [QuestionId::Agreement, QuestionId::ShadowIt];
        let s = slides(&qs, Results { products: 2, ..Results::default() });
        assert_eq!(
            s,
            vec![
                Slide::Question(QuestionId::Agreement),
                Slide::Question(QuestionId::ShadowIt),
                Slide::Recommendation,
                Slide::Cost(0),
                Slide::Cost(1),
                Slide::CostTotal,
                Slide::Apply
            ]
        );
        assert_eq!(next_weight(Weight::Decisive), Weight::Ignore);
        assert_eq!(next_weight(Weight::Ignore), Weight::Normal);
        // With several scenarios, their comparison follows the totals.
        let s = slides(&[], Results { products: 2, versus: true, ..Results::default() });
        assert_eq!(s[3..], [Slide::CostTotal, Slide::Versus, Slide::Apply]);
        // With a tenant list, rolling it out comes before applying.
        let s = slides(&[], Results { products: 2, versus: true, rollout: true, ..Results::default() });
        assert_eq!(s[3..], [Slide::CostTotal, Slide::Versus, Slide::Rollout, Slide::Apply]);
    }

    #[test]
    fn a_recommendation_adds_the_confirm_step_then_the_checklist_in_pages_then_the_request_path() {
        let s = slides(
            &[],
            Results { products: 0, recommended: true, checklist: 12, request: true, versus: false, rollout: false },
        );
        assert_eq!(
            s,
            vec![
                Slide::Recommendation,
                Slide::Apply,
                Slide::Confirm,
                Slide::Checklist { from: 0, to: 5 },
                Slide::Checklist { from: 5, to: 10 },
                Slide::Checklist { from: 10, to: 12 },
                Slide::Request
            ]
        );
        let exactly = slides(&[], Results { checklist: 5, ..Results::default() });
        assert_eq!(exactly.last(), Some(&Slide::Checklist { from: 0, to: 5 }));
        assert_eq!(exactly.len(), 3, "five items are one slide");
    }

    #[test]
    fn clicker_keys_move_and_only_the_confirm_step_applies_on_next() {
        use KeyAction::*;
        let q = Slide::Question(QuestionId::Support);
        for key in ["PageDown", "ArrowRight", " "] {
            assert_eq!(key_action(key, q, true, false), Some(Next), "{key}");
            assert_eq!(key_action(key, Slide::Apply, true, false), Some(Next), "{key} on the apply slide");
            assert_eq!(key_action(key, Slide::Confirm, true, false), Some(ApplyAndNext), "{key} on the step");
            assert_eq!(key_action(key, Slide::Confirm, false, false), Some(Next), "{key}: nothing to apply");
        }
        for key in ["PageUp", "ArrowLeft"] {
            assert_eq!(key_action(key, Slide::Confirm, true, false), Some(Back), "{key} never applies");
        }
        assert_eq!(key_action("Enter", Slide::Confirm, true, false), Some(ApplyAndNext));
        assert_eq!(key_action("Enter", Slide::Confirm, false, false), Some(Next));
        // A focused button ("go on without applying") keeps Enter and Space.
        assert_eq!(key_action("Enter", Slide::Confirm, true, true), None);
        assert_eq!(key_action(" ", Slide::Confirm, true, true), None);
        assert_eq!(key_action("PageDown", Slide::Confirm, true, true), Some(ApplyAndNext));
        // A on the apply slide and the step, only while something differs.
        assert_eq!(key_action("a", Slide::Apply, true, false), Some(Apply));
        assert_eq!(key_action("A", Slide::Apply, true, false), Some(Apply));
        assert_eq!(key_action("a", Slide::Apply, false, false), None);
        assert_eq!(key_action("a", Slide::Confirm, true, false), Some(ApplyAndNext));
        assert_eq!(key_action("a", q, true, false), None);
        assert_eq!(key_action("a", Slide::Recommendation, true, false), None);
        // Blank-screen keys of clickers and Enter elsewhere do nothing.
        for key in ["b", "B", ".", "Enter", "F5"] {
            assert_eq!(key_action(key, q, true, false), None, "{key}");
            assert_eq!(key_action(key, Slide::Apply, true, false), None, "{key}");
        }
        assert_eq!(key_action("Home", q, false, false), Some(First));
        assert_eq!(key_action("End", Slide::Confirm, true, false), Some(Last), "End skips the step");
        assert_eq!(key_action("Escape", q, false, false), Some(Leave));
    }

    #[test]
    fn number_keys_answer_and_clearing_keys_clear_only_the_visible_question() {
        use KeyAction::*;
        let s = QuestionId::ShadowIt;
        let q = Slide::Question(s);
        assert_eq!(key_action("1", q, false, false), Some(Answer(s, 1)));
        assert_eq!(key_action("9", q, false, false), Some(Answer(s, 9)));
        for key in ["0", "Backspace", "Delete"] {
            assert_eq!(key_action(key, q, false, false), Some(Clear(s)), "{key}");
            assert_eq!(key_action(key, Slide::Recommendation, false, false), None, "{key}");
        }
        assert_eq!(key_action("w", q, false, false), Some(Weight(s)));
        assert_eq!(key_action("N", q, false, false), Some(Notes));
        assert_eq!(key_action("n", Slide::Apply, false, false), None);
        assert_eq!(key_action("1", Slide::Apply, true, false), None);
        assert_eq!(key_action("1", Slide::Checklist { from: 0, to: 1 }, true, false), None);
    }

    #[test]
    fn the_same_key_again_clears_a_single_answer_and_toggles_products() {
        let q = QuestionId::ShadowIt;
        let mut a = Answers::default();
        assert_eq!(answer_change(q, 2, &a, &[]), Some(Change::Single(q, Some(Opt::ShadowIt(ShadowIt::Tolerant)))));
        a.set(Opt::ShadowIt(ShadowIt::Tolerant));
        assert_eq!(answer_change(q, 2, &a, &[]), Some(Change::Single(q, None)), "the same key again clears it");
        assert_eq!(answer_change(q, 1, &a, &[]), Some(Change::Single(q, Some(Opt::ShadowIt(ShadowIt::Strict)))));
        assert_eq!(answer_change(q, 4, &a, &[]), None, "three options");
        assert_eq!(answer_change(q, 0, &a, &[]), None);
        assert_eq!(clear_change(q), Change::Single(q, None));

        let p = QuestionId::AgreementCovers;
        let ids = [id("CFQ7TTC0H9MP"), id("CFQ7TTC0HD32")];
        let one = |x: &ProductId| Some([x.clone()].into_iter().collect::<BTreeSet<_>>());
        assert_eq!(answer_change(p, 2, &a, &ids), Some(Change::Products(p, one(&ids[1]))));
        a.set_products(p, one(&ids[1]));
        assert_eq!(answer_change(p, 2, &a, &ids), Some(Change::Products(p, Some(BTreeSet::new()))), "unticked");
        assert_eq!(answer_change(p, 3, &a, &ids), Some(Change::Products(p, Some(BTreeSet::new()))), "none of them");
        a.set_products(p, Some(BTreeSet::new()));
        assert_eq!(answer_change(p, 3, &a, &ids), Some(Change::Products(p, None)), "none of them again clears");
        assert_eq!(answer_change(p, 4, &a, &ids), None);
        assert_eq!(answer_change(p, 1, &a, &[]), None, "no products, no keys");
        assert_eq!(clear_change(p), Change::Products(p, None));
    }

    #[test]
    fn an_answer_that_adds_or_removes_questions_is_counted() {
        let catalog = Catalog::embedded();
        let mut s = Scenario::default();
        s.toggle(&catalog, &id("CFQ7TTC0H9MP"));
        let facts = product_facts(&catalog, &s);
        let ids = |a: &Answers| walk(a, &facts).iter().map(|q| q.id).collect::<Vec<_>>();
        let before = ids(&s.answers);
        s.answers.set(Opt::Agreement(Agreement::Ea));
        let after = ids(&s.answers);
        assert_eq!(deck_change(&before, &after), (1, 0), "an agreement asks which products it covers");
        assert_eq!(deck_change(&after, &before), (0, 1));
        assert_eq!(deck_change(&after, &after), (0, 0));
        let pos = |v: &[QuestionId], q| v.iter().position(|x| *x == q).unwrap();
        assert!(
            pos(&after, QuestionId::AgreementCovers) > pos(&after, QuestionId::Agreement),
            "added after the answer"
        );
    }
}
