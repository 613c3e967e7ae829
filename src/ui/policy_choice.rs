//! Allow / Trials only / Block for one product, as a radio group. Trials only is shown but
//! disabled (with the reason) where the product has no documented trial without payment method.
use crate::domain::policy::PolicyValue;
use crate::i18n::k;
use crate::i18n::{t, tf};
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PolicyChoiceProps {
    /// Unique per product; used for the radio group name and element ids.
    pub group: AttrValue,
    pub product_name: AttrValue,
    pub value: PolicyValue,
    pub allowed: Vec<PolicyValue>,
    pub on_change: Callback<PolicyValue>,
}

#[function_component(PolicyChoice)]
pub fn policy_choice(props: &PolicyChoiceProps) -> Html {
    let lang = use_lang();
    let trials_blocked = !props.allowed.contains(&PolicyValue::OnlyTrialsWithoutPaymentMethod);
    let note_id = format!("{}-trials-note", props.group);
    html! {
        <fieldset class="policy-choice">
            <legend class="visually-hidden">{ tf(lang, &k::SELECTION_POLICY_FOR, &[("product", props.product_name.to_string())]) }</legend>
            { for PolicyValue::ALL.iter().map(|v| {
                let v = *v;
                let enabled = props.allowed.contains(&v);
                let id = format!("{}-{}", props.group, v.as_str());
                let onchange = props.on_change.reform(move |_: Event| v);
                html! {
                    <label for={id.clone()} class={classes!("policy", format!("policy-{}", v.as_str()), (!enabled).then_some("disabled"))}>
                        <input type="radio" id={id} name={props.group.clone()} value={v.as_str()}
                            checked={props.value == v} disabled={!enabled} {onchange}
                            aria-describedby={(!enabled).then(|| note_id.clone())} />
                        <span>{ t(lang, v.label_key()) }</span>
                    </label>
                }
            }) }
            if trials_blocked {
                <p class="visually-hidden" id={note_id}>{ t(lang, &k::SELECTION_TRIALS_UNAVAILABLE) }</p>
            }
        </fieldset>
    }
}
