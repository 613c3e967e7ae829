//! Start from the tenant's real state: the read-only command to run, an area to paste its
//! output (or open it as a file), and the drift view: every product the tenant has with its
//! current, chosen and recommended value, products the catalogue does not know (added as custom
//! products in one click), products the tenant did not return, and what is enabled that nobody
//! chose. Nothing pasted leaves the browser; with an import the scripts change only what differs.
use crate::domain::catalog::{Catalog, Product};
use crate::domain::custom::{build_custom_product, CustomProductInput};
use crate::domain::derived::Derived;
use crate::domain::policy::PolicyValue;
use crate::domain::problem::Problem;
use crate::domain::scenario::Scenario;
use crate::domain::tenant::{drift, parse, too_large, Named, TenantState, MAX_BYTES};
use crate::i18n::{k, msg, t, tn};
use crate::ui::browser::today;
use crate::ui::hooks::{copy_text, use_file_reader, FileRead};
use crate::ui::problem_list::ProblemList;
use crate::ui::{use_lang, Shared};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The read-only commands whose output pastes back here (the MSCommerce script's audit names them too).
use crate::domain::script::TENANT_READ_COMMANDS as READ_COMMANDS;

#[derive(Properties, PartialEq)]
pub struct TenantImportProps {
    pub catalog: Rc<Catalog>,
    pub scenario: Scenario,
    pub derived: Shared<Derived>,
    pub on_import: Callback<Option<TenantState>>,
    /// Set the costs' "centralise after" month from the imported renewal dates.
    pub on_centralise: Callback<()>,
    /// A product the tenant has that the catalogue does not: add it and select it.
    pub on_add_custom: Callback<Product>,
}

fn policy_text(lang: crate::i18n::Lang, v: Option<PolicyValue>) -> String {
    v.map(|v| t(lang, v.label_key())).unwrap_or_else(|| "–".to_string())
}

#[function_component(TenantImport)]
pub fn tenant_import(props: &TenantImportProps) -> Html {
    let lang = use_lang();
    let text = use_state(String::new);
    let problems = use_state(Vec::<Problem>::new);
    let copied = use_state(|| false);
    let read = {
        let problems = problems.clone();
        let on_import = props.on_import.clone();
        move |input: &str| match parse(input) {
            Ok((state, skipped)) => {
                problems.set(skipped);
                on_import.emit(Some(state));
            }
            // Nothing usable: the previous import stays.
            Err(p) => problems.set(p),
        }
    };
    let on_read = {
        let text = text.clone();
        let read = read.clone();
        Callback::from(move |_: MouseEvent| read(&text))
    };
    let on_file = {
        let problems = problems.clone();
        let read = read.clone();
        use_file_reader(
            MAX_BYTES as u64,
            Callback::from(move |r| match r {
                FileRead::Text { text, .. } => read(&text),
                FileRead::TooLarge => problems.set(vec![too_large()]),
                FileRead::Failed(_) => {
                    problems.set(vec![Problem::whole(crate::domain::message::Message::new(&k::TENANT_ERR_NOTHING))])
                }
            }),
        )
    };
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            copy_text(READ_COMMANDS.to_string(), move |ok| copied.set(ok));
        })
    };
    let on_forget = props.on_import.reform(|_: MouseEvent| None);
    // Once per change of the derived results (which follow the scenario, tenant state included,
    // and the catalogue), not on every keystroke in the paste box.
    let current_drift = use_memo(props.derived.clone(), |d| {
        let rec = d.recommends().then_some(&d.recommendation);
        props.scenario.tenant.as_ref().map(|state| drift(state, &props.scenario, &props.catalog, rec))
    });
    // The subscriptions pasted back: what is still paid until each term ends, with the
    // inference it rests on said every time.
    let plan = use_memo(props.derived.clone(), |_| {
        let subs = props.scenario.tenant.as_ref().map(|t| &t.subscriptions).filter(|s| !s.is_empty())?;
        Some(crate::domain::tenant::takeover_plan(subs, crate::ui::browser::today()))
    });
    let subs_view = (*plan).as_ref().map(|plan| {
        let used = props.scenario.pricing.hidden.centralise_after_months;
        html! {
            <div class="takeover" id="takeover">
                <h3>{ t(lang, &k::DECISION_FOLLOW_UP_TAKE_OVER) }</h3>
                <ul>{ for plan.rows.iter().filter_map(|r| r.message.as_ref()).map(|m| html! { <li>{ msg(lang, m) }</li> }) }</ul>
                <p class="hint">{ msg(lang, &plan.inference) }</p>
                if let Some(m) = plan.centralise_after_months {
                    if used == Some(m) {
                        <p role="status" id="renewals-used">{ tn(lang, &k::DOORS_RENEWALS_USED, m.into(), &[]) }</p>
                    } else {
                        <button type="button" class="button" id="use-renewals" onclick={props.on_centralise.reform(|_: MouseEvent| ())}>
                            { tn(lang, &k::DOORS_USE_RENEWALS, m.into(), &[]) }
                        </button>
                    }
                }
            </div>
        }
    });
    let drift_view = props.scenario.tenant.as_ref().zip((*current_drift).as_ref()).map(|(state, d)| {
        let changes = d.rows.iter().filter(|r| r.changes()).count();
        html! {
            <div class="drift" id="drift">
                <p class="drift-summary">{ tn(lang, &k::TENANT_READ, state.rows.len() as u64, &[("changes", changes.to_string())]) }</p>
                if !d.enabled_unchosen.is_empty() {
                    <p class="drift-alert" role="status" id="drift-enabled-unchosen">{ tn(lang, &k::TENANT_ENABLED_UNCHOSEN, d.enabled_unchosen.len() as u64, &[
                        ("items", d.enabled_unchosen.iter().map(Named::label).collect::<Vec<_>>().join(", ")),
                    ]) }</p>
                }
                <div class="table-wrap" tabindex="0">
                    <table class="drift-table">
                        <thead><tr>
                            <th scope="col">{ t(lang, &k::SELECTION_PRODUCT) }</th>
                            <th scope="col">{ t(lang, &k::TENANT_COL_CURRENT) }</th>
                            <th scope="col">{ t(lang, &k::TENANT_COL_CHOSEN) }</th>
                            <th scope="col">{ t(lang, &k::TENANT_COL_RECOMMENDED) }</th>
                            <th scope="col">{ t(lang, &k::TENANT_COL_CHANGES) }</th>
                        </tr></thead>
                        <tbody>
                            { for d.rows.iter().map(|r| html! {
                                <tr data-item={r.item.code()} class={classes!(r.changes().then_some("changes"))}>
                                    <th scope="row">{ &r.name }{ " " }<code class="product-id">{ r.item.code() }</code></th>
                                    <td>{ policy_text(lang, Some(r.current)) }</td>
                                    <td>{ policy_text(lang, r.chosen) }</td>
                                    <td>{ policy_text(lang, r.recommended) }</td>
                                    <td>{ t(lang, if r.changes() { &k::TENANT_CHANGES_YES } else { &k::TENANT_CHANGES_NO }) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                if !d.unknown.is_empty() {
                    <h3>{ t(lang, &k::TENANT_UNKNOWN_HEADING) }</h3>
                    <ul class="drift-unknown">
                        { for d.unknown.iter().map(|r| {
                            let add = {
                                let cb = props.on_add_custom.clone();
                                let catalog = props.catalog.clone();
                                let (id, name) = (r.item.code(), r.name.clone());
                                Callback::from(move |_: MouseEvent| {
                                    let input = CustomProductInput {
                                        id: id.clone(),
                                        name: if name.is_empty() { id.clone() } else { name.trim_end_matches(['.', '…']).trim().to_string() },
                                        ..CustomProductInput::default()
                                    };
                                    if let Ok(p) = build_custom_product(&input, &catalog, today()) {
                                        cb.emit(p);
                                    }
                                })
                            };
                            html! {
                                <li>
                                    { &r.name }{ " " }<code class="product-id">{ r.item.code() }</code>{ " " }
                                    { policy_text(lang, Some(r.value)) }{ " " }
                                    <button type="button" class="button" onclick={add}>{ t(lang, &k::TENANT_ADD_CUSTOM) }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
                if !d.not_returned.is_empty() {
                    <details class="drift-missing">
                        <summary>{ tn(lang, &k::TENANT_NOT_RETURNED, d.not_returned.len() as u64, &[]) }</summary>
                        <ul>{ for d.not_returned.iter().filter_map(|id| props.catalog.find(id)).map(|p| html! {
                            <li>{ &p.name }{ " " }<code class="product-id">{ p.id.to_string() }</code></li>
                        }) }</ul>
                    </details>
                }
                <button type="button" class="link-button" onclick={on_forget}>{ t(lang, &k::TENANT_FORGET) }</button>
            </div>
        }
    });
    html! {
        <section class="card tenant-import" aria-labelledby="tenant-heading">
            <h2 id="tenant-heading">{ t(lang, &k::TENANT_HEADING) }</h2>
            <p class="help">{ t(lang, &k::TENANT_HELP) }</p>
            <pre class="code" id="tenant-command" tabindex="0"><code>{ READ_COMMANDS }</code></pre>
            <button type="button" class="button" id="copy-tenant-command" onclick={on_copy}>{ t(lang, &k::TENANT_COPY_COMMAND) }</button>
            if *copied { <span role="status">{ " " }{ t(lang, &k::SCRIPT_COPIED) }</span> }
            <div class="field">
                <label for="tenant-paste">{ t(lang, &k::TENANT_PASTE_LABEL) }</label>
                <textarea id="tenant-paste" rows="6" value={(*text).clone()} oninput={on_input} />
            </div>
            <div class="tenant-actions">
                <button type="button" class="button primary" id="tenant-read" onclick={on_read}>{ t(lang, &k::TENANT_READ_BUTTON) }</button>
                <label class="button file-button" for="tenant-file">{ t(lang, &k::TENANT_OPEN_FILE) }</label>
                <input type="file" id="tenant-file" class="visually-hidden" accept=".json,.csv,.txt" onchange={on_file} />
            </div>
            <p class="hint">{ t(lang, &k::TENANT_PRIVATE) }</p>
            if !problems.is_empty() {
                <div class="problems" role="alert"><ProblemList problems={(*problems).clone()} /></div>
            }
            <p class="hint" id="subs-hint">{ t(lang, &k::DOORS_SUBS_HINT) }</p>
            { drift_view.unwrap_or_default() }
            { subs_view.unwrap_or_default() }
        </section>
    }
}
