//! Apps sold by others through Microsoft (the four MSCommerce offer types): for each, leave it as
//! the tenant has it, allow or block; every script variant that can set them follows.
use crate::domain::policy::{OfferType, PolicyValue};
use crate::i18n::{k, t};
use crate::ui::use_lang;
use std::collections::BTreeMap;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OfferTypesProps {
    pub chosen: BTreeMap<OfferType, PolicyValue>,
    pub on_change: Callback<(OfferType, Option<PolicyValue>)>,
}

#[function_component(OfferTypes)]
pub fn offer_types(props: &OfferTypesProps) -> Html {
    let lang = use_lang();
    html! {
        <section class="card offer-types" aria-labelledby="offer-heading">
            <h2 id="offer-heading">{ t(lang, &k::OFFER_HEADING) }</h2>
            <p class="help">{ t(lang, &k::OFFER_HELP) }</p>
            { for OfferType::ALL.iter().map(|o| {
                let o = *o;
                let id = format!("offer-{}", o.as_str());
                let current = props.chosen.get(&o).copied();
                let onchange = props.on_change.reform(move |e: Event| {
                    let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                    (o, PolicyValue::parse(&value))
                });
                html! {
                    <div class="field offer-type">
                        <label for={id.clone()}>{ t(lang, o.label_key()) }</label>
                        <select {id} {onchange}>
                            <option value="" selected={current.is_none()}>{ t(lang, &k::OFFER_LEAVE) }</option>
                            { for OfferType::VALUES.iter().map(|v| html! {
                                <option value={v.as_str()} selected={current == Some(*v)}>{ t(lang, v.label_key()) }</option>
                            }) }
                        </select>
                        <p class="hint">{ t(lang, o.note_key()) }</p>
                    </div>
                }
            }) }
        </section>
    }
}
