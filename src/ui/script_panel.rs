//! Applying the decision: the script variants as tabs (each with what it is and is not), the
//! options that shape them, Copy/Download, and the admin-center click path for people who will
//! not run scripts.
use crate::domain::catalog::Catalog;
use crate::domain::derived::Derived;
use crate::domain::policy::PolicyValue;
use crate::domain::scenario::{Scenario, ScriptPrefs};
use crate::domain::script::{admin_center_steps, file_name, generate, ScriptHeader, Variant};
use crate::i18n::k;
use crate::i18n::{msg, t, tn};
use crate::ui::browser::today;
use crate::ui::script_view::ScriptView;
use crate::ui::use_lang;
use crate::ui::Shared;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScriptPanelProps {
    pub catalog: Rc<Catalog>,
    pub scenario: Scenario,
    pub variant: Variant,
    /// The link that reopens this scenario, written into each script's header.
    #[prop_or_default]
    pub reopen_link: Option<AttrValue>,
    /// With several scenarios: "This script applies “Proposed”, one of 2 scenarios." and the
    /// line the script's header carries ("Proposed (2 of 2)").
    #[prop_or_default]
    pub scenario_of: Option<(AttrValue, AttrValue)>,
    pub derived: Shared<Derived>,
    pub on_variant: Callback<Variant>,
    pub on_prefs: Callback<ScriptPrefs>,
    pub on_apply: Callback<()>,
}

fn variant_code(v: Variant) -> &'static str {
    file_name(v).trim_end_matches(".ps1").trim_end_matches(".sh")
}

#[function_component(ScriptPanel)]
pub fn script_panel(props: &ScriptPanelProps) -> Html {
    let lang = use_lang();
    let prefs = props.scenario.script.clone();
    let choices = props.scenario.choices(&props.catalog);
    let header = ScriptHeader {
        generated: today(),
        catalogue_as_of: props.catalog.as_of,
        reopen_link: props.reopen_link.as_ref().map(|l| l.to_string()),
        scenario: props.scenario_of.as_ref().map(|(_, line)| line.to_string()),
    };
    let variant = props.variant;
    let text = if choices.is_empty()
        && !matches!(
            variant,
            Variant::GraphSignupPowerShell
                | Variant::GraphSignupAzRest
                | Variant::PowerPlatform
                | Variant::DriftEnforcement
                | Variant::UserOwnedApps
                | Variant::Subscriptions
                | Variant::SubscriptionsAzRest
                | Variant::UnattendedGrant
                | Variant::Unattended
        ) {
        String::new()
    } else {
        generate(
            variant,
            &choices,
            &props.scenario.script_options_with_doors(Some(header), &props.derived.applied, lang),
        )
    };
    let set = |f: fn(&mut ScriptPrefs, String)| {
        let cb = props.on_prefs.clone();
        let prefs = prefs.clone();
        move |value: String| {
            let mut next = prefs.clone();
            f(&mut next, value);
            cb.emit(next);
        }
    };
    let on_what_if = {
        let apply = set(|p, v| p.what_if = v == "true");
        Callback::from(move |e: Event| apply(e.target_unchecked_into::<HtmlInputElement>().checked().to_string()))
    };
    let on_pp = {
        let apply = set(|p, v| p.power_platform_trials = v == "true");
        Callback::from(move |e: Event| apply(e.target_unchecked_into::<HtmlInputElement>().checked().to_string()))
    };
    let on_default = {
        let apply = set(|p, v| p.default_for_others = PolicyValue::parse(&v).unwrap_or(PolicyValue::Disabled));
        Callback::from(move |e: Event| apply(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_label = {
        // Control characters never make sense in a label; length is capped at the edge.
        let apply = set(|p, v| {
            p.tenant_label = ScriptPrefs::TENANT_LABEL.clean(&v);
        });
        Callback::from(move |e: InputEvent| apply(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    // What the user sees is what the script does: say whether it follows the recommendation.
    let d = &props.derived;
    let agreement_note = if choices.is_empty() {
        Html::default()
    } else if !d.recommends() {
        html! { <p class="script-agreement" id="script-agreement">{ t(lang, &k::SCRIPT_NO_RECOMMENDATION) }</p> }
    } else if d.differing.is_empty() {
        html! { <p class="script-agreement follows" id="script-agreement">{ t(lang, &k::SCRIPT_FOLLOWS) }</p> }
    } else {
        let names: Vec<String> =
            d.differing.iter().filter_map(|id| props.catalog.find(id)).map(|p| p.name.clone()).collect();
        html! {
            <div class="script-agreement differs" id="script-agreement" role="status">
                <p>{ tn(lang, &k::SCRIPT_DIFFERS, d.differing.len() as u64, &[("products", names.join(", "))]) }</p>
                <button type="button" class="button primary" id="script-apply" onclick={props.on_apply.reform(|_: MouseEvent| ())}>{ t(lang, &k::REC_APPLY) }</button>
            </div>
        }
    };
    html! {
        <section class="card script" aria-labelledby="script-heading">
            <h2 id="script-heading">{ t(lang, &k::SCRIPT_HEADING) }</h2>
            <p class="help">{ t(lang, &k::SCRIPT_HELP) }</p>
            if let Some((said, _)) = &props.scenario_of {
                <p class="script-scenario" id="script-scenario"><strong>{ said.clone() }</strong></p>
            }
            { agreement_note }
            <fieldset class="script-options">
                <legend>{ t(lang, &k::SCRIPT_OPTIONS) }</legend>
                <label class="check"><input type="checkbox" id="opt-what-if" checked={prefs.what_if} onchange={on_what_if} />{ t(lang, &k::SCRIPTS_OPTION_WHAT_IF) }</label>
                <label class="check"><input type="checkbox" id="opt-power-platform" checked={prefs.power_platform_trials} onchange={on_pp} />{ t(lang, &k::SCRIPTS_OPTION_POWER_PLATFORM) }</label>
                // Only the scheduled enforcement script touches products outside the list, so the
                // choice is offered only there: elsewhere it would promise what the script does not do.
                if variant == Variant::DriftEnforcement {
                <div class="field">
                    <label for="opt-default">{ t(lang, &k::SCRIPTS_OPTION_DEFAULT_FOR_OTHERS) }</label>
                    <select id="opt-default" onchange={on_default}>
                        { for [PolicyValue::Disabled, PolicyValue::OnlyTrialsWithoutPaymentMethod].iter().map(|v| html! {
                            <option value={v.as_str()} selected={*v == prefs.default_for_others}>{ t(lang, v.label_key()) }</option>
                        }) }
                    </select>
                </div>
                }
                <div class="field">
                    <label for="opt-tenant">{ t(lang, &k::SCRIPTS_OPTION_TENANT_LABEL) }</label>
                    <input type="text" id="opt-tenant" maxlength={ScriptPrefs::TENANT_LABEL.max_chars.to_string()} value={prefs.tenant_label.clone()} oninput={on_label} />
                </div>
            </fieldset>
            <div class="variant-tabs" role="tablist" aria-label={t(lang, &k::SCRIPT_VARIANTS)}>
                { for Variant::ALL.iter().map(|v| {
                    let v = *v;
                    let onclick = props.on_variant.reform(move |_: MouseEvent| v);
                    html! {
                        <button type="button" role="tab" id={format!("tab-{}", variant_code(v))} class={classes!("variant-tab", (v == variant).then_some("is-current"))}
                            aria-selected={if v == variant { "true" } else { "false" }} aria-controls="variant-panel" {onclick}>
                            { t(lang, v.label_key()) }
                        </button>
                    }
                }) }
            </div>
            <div class="variant-panel" id="variant-panel" role="tabpanel" aria-labelledby={format!("tab-{}", variant_code(variant))}>
                <p class={classes!("variant-note", (!matches!(variant, Variant::MsCommerce | Variant::DriftEnforcement)).then_some("caution"))} id="variant-note">
                    { t(lang, variant.note_key()) }
                </p>
                <ScriptView script={text} file_name={Some(AttrValue::from(file_name(variant)))} />
            </div>
            <details class="admin-center" open={choices.is_empty()}>
                <summary>{ t(lang, &k::SCRIPTS_ADMIN_CENTER) }</summary>
                <ol id="admin-center-steps">{ for admin_center_steps(&choices).iter().map(|m| html! { <li>{ msg(lang, m) }</li> }) }</ol>
            </details>
        </section>
    }
}
