//! A typed-in value parsed at the edge. The text stays what the user typed; `validate` parses
//! it and, when valid, applies it (returning `None`), else returns the message shown next to the
//! field while the previous good value stays in force.
use crate::domain::message::Message;
use crate::i18n::k;
use crate::i18n::{msg, t};
use crate::ui::use_lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// The current good value, as text. When it changes from elsewhere the field follows.
    pub value: AttrValue,
    pub validate: Callback<String, Option<Message>>,
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    #[prop_or(false)]
    pub hide_label: bool,
    #[prop_or_default]
    pub class: Classes,
    /// The on-screen keyboard to offer (`url` for web addresses).
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
}

#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let lang = use_lang();
    let text = use_state(|| props.value.to_string());
    let error = use_state(|| None::<Message>);
    // Set when this field's own input produced the next value: then the user's text ("12,5",
    // "1 000") stays as typed instead of being rewritten to the normalised value.
    let sent_by_me = use_mut_ref(|| false);
    {
        let text = text.clone();
        let error = error.clone();
        let sent_by_me = sent_by_me.clone();
        // Follow a value changed elsewhere (import, reset, another control), unless the user is
        // mid-correction of an invalid entry in this very field.
        use_effect_with(props.value.clone(), move |v| {
            let mine = std::mem::take(&mut *sent_by_me.borrow_mut());
            if !mine && error.is_none() && **text != **v {
                text.set(v.to_string());
            }
        });
    }
    let oninput = {
        let text = text.clone();
        let error = error.clone();
        let validate = props.validate.clone();
        let sent_by_me = sent_by_me.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let raw = input.value();
            let outcome = validate.emit(raw.clone());
            *sent_by_me.borrow_mut() = outcome.is_none();
            error.set(outcome);
            text.set(raw);
        })
    };
    let err_id = format!("{}-error", props.id);
    let help_id = format!("{}-help", props.id);
    let described = match (&*error, &props.help) {
        (Some(_), Some(_)) => Some(format!("{err_id} {help_id}")),
        (Some(_), None) => Some(err_id.clone()),
        (None, Some(_)) => Some(help_id.clone()),
        (None, None) => None,
    };
    html! {
        <div class={classes!("field", error.is_some().then_some("has-error"), props.class.clone())}>
            <label for={props.id.clone()} class={classes!(props.hide_label.then_some("visually-hidden"))}>{ props.label.clone() }</label>
            <span class="input-row">
                <input id={props.id.clone()} type="text" inputmode={props.inputmode.clone()} autocomplete="off"
                    value={(*text).clone()} {oninput}
                    aria-invalid={if error.is_some() { "true" } else { "false" }}
                    aria-describedby={described} />
                if let Some(s) = &props.suffix { <span class="suffix">{ s.clone() }</span> }
            </span>
            if let Some(m) = &*error {
                <p class="field-error" id={err_id} role="alert">{ msg(lang, m) }{ " " }{ t(lang, &k::ERR_KEPT_PREVIOUS) }</p>
            }
            if let Some(h) = &props.help { <p class="hint" id={help_id}>{ h.clone() }</p> }
        </div>
    }
}
