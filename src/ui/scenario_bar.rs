//! The scenario switcher (issue 24): which scenario the four parts show, a copy of it as a new
//! scenario ("Today" and "Proposed"), its name, and removing one. The first view shows only
//! the duplicate button, which hands over to the whole tool.
use crate::domain::shelf::{Shelf, MAX_SCENARIOS, NAME};
use crate::i18n::{k, t, tf};
use crate::ui::use_lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScenarioBarProps {
    pub shelf: Shelf,
    pub on_switch: Callback<usize>,
    /// A click: the first view hands it over to the whole tool, which then duplicates.
    pub on_duplicate: Callback<MouseEvent>,
    pub on_rename: Callback<(usize, String)>,
    pub on_remove: Callback<usize>,
}

#[function_component(ScenarioBar)]
pub fn scenario_bar(props: &ScenarioBarProps) -> Html {
    let lang = use_lang();
    let names = props.shelf.names(lang);
    let active = props.shelf.position;
    let full = props.shelf.len() >= MAX_SCENARIOS;
    {
        // Removing a scenario removes the button that was pressed (the last one takes the tabs
        // and the name field with it): the focus goes to the duplicate button, which stays,
        // rather than to the page's start.
        let before = use_mut_ref(|| props.shelf.len());
        use_effect_with(props.shelf.len(), move |len| {
            let shrank = *len < *before.borrow();
            *before.borrow_mut() = *len;
            if shrank {
                use wasm_bindgen::JsCast;
                if let Some(el) = gloo::utils::document()
                    .get_element_by_id("duplicate-scenario")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            }
        });
    }
    let on_duplicate = props.on_duplicate.clone();
    let on_name = props.on_rename.reform(move |e: InputEvent| {
        let v: String = e.target_unchecked_into::<HtmlInputElement>().value();
        (active, v)
    });
    html! {
        <section class="scenario-bar" aria-label={t(lang, &k::SHELF_LABEL)}>
            if !props.shelf.is_single() {
                <div class="scenario-tabs" role="group" aria-label={t(lang, &k::SHELF_LABEL)}>
                    { for names.iter().enumerate().map(|(i, name)| {
                        let onclick = props.on_switch.reform(move |_: MouseEvent| i);
                        html! {
                            <button type="button" class={classes!("scenario-tab", (i == active).then_some("is-current"))}
                                aria-pressed={(i == active).to_string()} {onclick}>{ name.clone() }</button>
                        }
                    }) }
                </div>
            }
            <button type="button" class="button" id="duplicate-scenario" onclick={on_duplicate} disabled={full}
                title={full.then(|| tf(lang, &k::SHELF_FULL, &[("max", MAX_SCENARIOS.to_string())]))}>
                { t(lang, &k::SHELF_DUPLICATE) }</button>
            if !props.shelf.is_single() {
                <label class="scenario-name">{ t(lang, &k::SHELF_NAME) }
                    <input type="text" value={props.shelf.name.clone()} placeholder={names[active].clone()}
                        maxlength={NAME.max_chars.to_string()} oninput={on_name} />
                </label>
                <button type="button" class="button button-quiet" onclick={props.on_remove.reform(move |_: MouseEvent| active)}>
                    { tf(lang, &k::SHELF_REMOVE, &[("name", names[active].clone())]) }</button>
                <p class="hint" role="status">{ tf(lang, &k::SHELF_ACTIVE, &[("name", names[active].clone())]) }</p>
            }
        </section>
    }
}
