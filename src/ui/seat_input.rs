//! A seat-count field. What the user types is kept as text; only a value that parses is sent up,
//! so a bad entry shows its message next to the field while the last good result stays on screen.
use crate::domain::input::parse_seats;
use crate::domain::message::Message;
use crate::i18n::{msg, t};
use crate::ui::use_lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SeatInputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: u32,
    pub on_change: Callback<u32>,
}

#[function_component(SeatInput)]
pub fn seat_input(props: &SeatInputProps) -> Html {
    let lang = use_lang();
    let text = use_state(|| props.value.to_string());
    let error = use_state(|| None::<Message>);
    {
        // A value changed elsewhere (import, reset) replaces the text unless it already says so.
        let text = text.clone();
        let error = error.clone();
        use_effect_with(props.value, move |v| {
            if parse_seats(&text).ok() != Some(*v) {
                text.set(v.to_string());
                error.set(None);
            }
        });
    }
    let oninput = {
        let text = text.clone();
        let error = error.clone();
        let cb = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let raw = input.value();
            match parse_seats(&raw) {
                Ok(n) => {
                    error.set(None);
                    cb.emit(n);
                }
                Err(m) => error.set(Some(m)),
            }
            text.set(raw);
        })
    };
    let err_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("field", error.is_some().then_some("has-error"))}>
            <label for={props.id.clone()} class="visually-hidden">{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" inputmode="numeric" autocomplete="off" class="seats"
                value={(*text).clone()} {oninput}
                aria-invalid={if error.is_some() { "true" } else { "false" }}
                aria-describedby={error.is_some().then(|| err_id.clone())} />
            if let Some(m) = &*error {
                <p class="field-error" id={err_id} role="alert">
                    { msg(lang, m) }{ " " }{ t(lang, "err.kept_previous") }
                </p>
            }
        </div>
    }
}
