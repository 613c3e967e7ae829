//! The exports of "Many tenants" (issue 25), one at a time as tabs, each with its fidelity
//! table: the CIPP standards template (JSON; Trials only rounded as the user chooses, Block by
//! default, Allow only when asked and with the warning shown), the Microsoft365DSC configuration
//! (.ps1) and data file (.psd1), the loop script for all tenants (MSCommerce, or the unofficial
//! REST endpoint labelled so; dry run by default) and the read-only collector. Made for the
//! scenario on screen (tenants of no tier) or for one tier (its tenants), chosen above the tabs.
use crate::domain::catalog::Catalog;
use crate::domain::derived::Derived;
use crate::domain::fleet::{
    cipp_template, collector_file_name, collector_script, dsc_configuration, dsc_data_file, fidelity, loop_file_name,
    loop_script, CippOptions, Decision, Export, LoopBackend, LoopOptions, Tenant, TrialsRounding,
};
use crate::domain::policy::PolicyValue;
use crate::domain::scenario::Scenario;
use crate::domain::script::ScriptHeader;
use crate::i18n::{k, msg, t, tf};
use crate::ui::browser::today;
use crate::ui::fidelity_table::FidelityTable;
use crate::ui::script_view::ScriptView;
use crate::ui::state::{ExportTab, FleetAction, FleetUi};
use crate::ui::{use_lang, Shared};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FleetExportsProps {
    pub catalog: Rc<Catalog>,
    pub scenario: Scenario,
    pub derived: Shared<Derived>,
    pub fleet: FleetUi,
    pub on: Callback<FleetAction>,
}

/// The decision and tenants the exports are made for: the chosen tier, else the scenario on
/// screen with the tenants of no tier.
pub fn target(ui: &FleetUi, scenario: &Scenario, catalog: &Catalog, derived: &Derived) -> (Decision, Vec<Tenant>) {
    match ui.target.as_deref().and_then(|n| ui.fleet.tier(n)) {
        Some(tier) => (Decision::derive(&tier.name, &tier.scenario, catalog), ui.fleet.tenants_of(&tier.name)),
        None => (Decision::of("", scenario, catalog, &derived.applied), ui.fleet.unassigned()),
    }
}

fn tab_label(lang: crate::i18n::Lang, tab: ExportTab) -> String {
    match tab {
        ExportTab::Cipp => t(lang, Export::Cipp.label_key()),
        ExportTab::DscConfiguration => t(lang, Export::DscConfiguration.label_key()),
        ExportTab::DscData => t(lang, Export::DscData.label_key()),
        ExportTab::Loop => {
            t(lang, Export::LoopMsCommerce.label_key()).split(" (").next().unwrap_or_default().to_string()
        }
        ExportTab::Collector => t(lang, &k::FLEET_UI_COLLECTOR),
    }
}

#[function_component(FleetExports)]
pub fn fleet_exports(props: &FleetExportsProps) -> Html {
    let lang = use_lang();
    let ui = &props.fleet;
    let on = &props.on;
    let (d, tenants) = target(ui, &props.scenario, &props.catalog, &props.derived);
    let header =
        ScriptHeader { generated: today(), catalogue_as_of: props.catalog.as_of, reopen_link: None, scenario: None };
    let on_target = on.reform(|e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        FleetAction::SetTarget((!v.is_empty()).then_some(v))
    });
    let target_select = html! {
        <div class="field">
            <label for="fleet-target">{ t(lang, &k::FLEET_UI_EXPORT_FOR) }</label>
            <select id="fleet-target" onchange={on_target}>
                <option value="" selected={ui.target.is_none()}>{ t(lang, &k::FLEET_UI_TARGET_CURRENT) }</option>
                { for ui.fleet.tiers.iter().map(|tier| html! {
                    <option value={tier.name.clone()} selected={ui.target.as_deref() == Some(tier.name.as_str())}>
                        { tf(lang, &k::FLEET_UI_TARGET_TIER, &[("name", tier.name.clone())]) }
                    </option>
                }) }
            </select>
        </div>
    };
    let tab = ui.tab;
    let tabs = html! {
        <div class="variant-tabs" role="tablist" aria-label={t(lang, &k::FLEET_UI_EXPORTS)}>
            { for ExportTab::ALL.iter().map(|x| {
                let x = *x;
                html! {
                    <button type="button" role="tab" id={format!("fleet-tab-{}", x.code())}
                        class={classes!("variant-tab", (x == tab).then_some("is-current"))}
                        aria-selected={if x == tab { "true" } else { "false" }} aria-controls="fleet-export-panel"
                        onclick={on.reform(move |_: MouseEvent| FleetAction::SetTab(x))}>{ tab_label(lang, x) }</button>
                }
            }) }
        </div>
    };
    let no_tenants = (tenants.is_empty() && tab != ExportTab::Collector)
        .then(|| html! { <p class="hint" id="fleet-no-tenants">{ t(lang, &k::FLEET_UI_NO_TENANTS_HERE) }</p> });
    let backend_choice = {
        let radio = |b: LoopBackend, key, id: &'static str| {
            html! {
                <label class="check"><input type="radio" name="fleet-backend" {id} checked={ui.backend == b}
                    onchange={on.reform(move |_: Event| FleetAction::SetBackend(b))} />{ t(lang, key) }</label>
            }
        };
        html! {
            <fieldset class="script-options">
                <legend>{ t(lang, &k::FLEET_UI_SIGN_IN) }</legend>
                { radio(LoopBackend::MsCommerce, &k::FLEET_UI_BACKEND_MSCOMMERCE, "fleet-backend-mscommerce") }
                { radio(LoopBackend::Rest, &k::FLEET_UI_BACKEND_REST, "fleet-backend-rest") }
                if ui.backend == LoopBackend::Rest {
                    <p class="variant-note caution" id="fleet-rest-caution">{ t(lang, &k::FLEET_UI_REST_CAUTION) }</p>
                }
            </fieldset>
        }
    };
    let body = match tab {
        ExportTab::Cipp => {
            let opts = CippOptions { trials: ui.rounding, ..CippOptions::default() };
            let x = cipp_template(&d, &tenants, &opts, lang);
            let has_trials = d.with_value(PolicyValue::OnlyTrialsWithoutPaymentMethod).next().is_some();
            let radio = |r: TrialsRounding, key, id: &'static str| {
                html! {
                    <label class="check"><input type="radio" name="fleet-rounding" {id} checked={ui.rounding == r}
                        onchange={on.reform(move |_: Event| FleetAction::SetRounding(r))} />{ t(lang, key) }</label>
                }
            };
            html! {
                <>
                    if has_trials {
                        <fieldset class="script-options" id="fleet-rounding">
                            <legend>{ t(lang, &k::FLEET_UI_ROUNDING) }</legend>
                            { radio(TrialsRounding::Block, &k::FLEET_UI_ROUND_BLOCK, "fleet-round-block") }
                            { radio(TrialsRounding::Allow, &k::FLEET_UI_ROUND_ALLOW, "fleet-round-allow") }
                            // With Allow the same words are the warning below; said once.
                            if ui.rounding == TrialsRounding::Block {
                                <p class="hint" id="fleet-rounding-note">{ msg(lang, &ui.rounding.note(&d)) }</p>
                            }
                        </fieldset>
                    } else {
                        <p class="hint" id="fleet-rounding-note">{ t(lang, &k::FLEET_UI_NO_TRIALS) }</p>
                    }
                    if !x.warnings.is_empty() {
                        <div class="script-agreement differs" role="alert" id="fleet-cipp-warnings">
                            <p><strong>{ t(lang, &k::FLEET_UI_WARNINGS) }</strong></p>
                            <ul>{ for x.warnings.iter().map(|p| html! { <li>{ msg(lang, &p.message) }</li> }) }</ul>
                        </div>
                    }
                    <FidelityTable rows={x.fidelity} id="fleet-fidelity-cipp" />
                    <ScriptView script={x.json} file_name={Some(AttrValue::from(x.file_name))} id="fleet-cipp" />
                </>
            }
        }
        ExportTab::DscConfiguration => {
            let x = dsc_configuration(&d, &tenants, Some(&header));
            html! {
                <>
                    <FidelityTable rows={x.fidelity} id="fleet-fidelity-dsc-config" />
                    <ScriptView script={x.text} file_name={Some(AttrValue::from(x.file_name))} id="fleet-dsc-config" />
                </>
            }
        }
        ExportTab::DscData => {
            let x = dsc_data_file(&d, Some(&header));
            html! {
                <>
                    <FidelityTable rows={x.fidelity} id="fleet-fidelity-dsc-data" />
                    <ScriptView script={x.text} file_name={Some(AttrValue::from(x.file_name))} id="fleet-dsc-data" />
                </>
            }
        }
        ExportTab::Loop => {
            let opts = LoopOptions { backend: ui.backend, dry_run_default: ui.dry_run, header: Some(header) };
            let export = if ui.backend == LoopBackend::Rest { Export::LoopRest } else { Export::LoopMsCommerce };
            let on_dry =
                on.reform(|e: Event| FleetAction::SetDryRun(e.target_unchecked_into::<HtmlInputElement>().checked()));
            html! {
                <>
                    { backend_choice }
                    <label class="check"><input type="checkbox" id="fleet-dry-run" checked={ui.dry_run} onchange={on_dry} />{ t(lang, &k::FLEET_UI_DRY_RUN) }</label>
                    <FidelityTable rows={fidelity(export, &d, ui.rounding)} id="fleet-fidelity-loop" />
                    <ScriptView script={loop_script(&d, &tenants, &opts)}
                        file_name={Some(AttrValue::from(loop_file_name(ui.backend, &d.name)))} id="fleet-loop" />
                </>
            }
        }
        ExportTab::Collector => {
            let all: Vec<Tenant> = ui.fleet.tenants.iter().map(|x| x.tenant.clone()).collect();
            html! {
                <>
                    <p class="help">{ t(lang, &k::FLEET_UI_COLLECTOR_HELP) }</p>
                    { backend_choice }
                    <ScriptView script={collector_script(&all, ui.backend, Some(&header))}
                        file_name={Some(AttrValue::from(collector_file_name(ui.backend)))} id="fleet-collector" />
                </>
            }
        }
    };
    html! {
        <section class="fleet-part" aria-labelledby="fleet-exports-heading">
            <h3 id="fleet-exports-heading">{ t(lang, &k::FLEET_UI_EXPORTS_HEADING) }</h3>
            { target_select }
            { tabs }
            <div class="variant-panel" id="fleet-export-panel" role="tabpanel" aria-labelledby={format!("fleet-tab-{}", tab.code())}>
                { no_tenants.unwrap_or_default() }
                { body }
            </div>
        </section>
    }
}
