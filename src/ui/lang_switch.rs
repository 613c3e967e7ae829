//! Language switcher. Names are shown in their own language so anyone can find theirs.
use crate::i18n::k;
use crate::i18n::{t, Lang};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub value: Lang,
    pub on_change: Callback<Lang>,
}

#[function_component(LangSwitch)]
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    let onchange = {
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::parse(&select.value()) {
                cb.emit(lang);
            }
        })
    };
    html! {
        <label class="lang-switch">
            <span>{ t(props.value, &k::APP_LANGUAGE) }</span>
            <select {onchange} id="lang">
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} selected={*l == props.value} lang={l.code()}>{ l.native_name() }</option>
                }) }
            </select>
        </label>
    }
}
