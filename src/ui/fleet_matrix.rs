//! The tenant × product drift matrix of "Many tenants" (issue 25): every tenant's state pasted
//! as one combined CSV (a tenant column beside any format the single-tenant import reads) or as
//! several named single-tenant pastes, read whole (`fleet::parse_combined` / `parse_named`: any
//! bad row refuses the paste with its line, and the matrix shown stays as it was); each tenant
//! against its tier's decision (a tenant of no tier against the scenario on screen), with counts
//! per tenant and per product and the products the catalogue does not know; one click from a
//! tenant's row to its diff-only script; the matrix as CSV. Nothing pasted leaves the browser.
use crate::domain::catalog::Catalog;
use crate::domain::derived::Derived;
use crate::domain::fleet::{
    matrix, parse_combined, parse_named, tenant_script, CellStatus, Matrix, MAX_COMBINED_BYTES,
};
use crate::domain::message::Message;
use crate::domain::policy::PolicyValue;
use crate::domain::problem::Problem;
use crate::domain::scenario::Scenario;
use crate::domain::script::ScriptHeader;
use crate::i18n::{k, t, tf, tn, Lang};
use crate::ui::browser::{download, today};
use crate::ui::fleet_tenants::tier_select;
use crate::ui::hooks::{use_file_reader, FileRead};
use crate::ui::problem_list::ProblemList;
use crate::ui::script_view::ScriptView;
use crate::ui::state::{FleetAction, FleetUi};
use crate::ui::{use_lang, Shared};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FleetMatrixProps {
    pub catalog: Rc<Catalog>,
    pub scenario: Scenario,
    pub derived: Shared<Derived>,
    pub fleet: FleetUi,
    pub on: Callback<FleetAction>,
}

/// The matrix of the states read, each tenant against its tier (a tenant of no tier, or not in
/// the list, against the scenario on screen); `None` before any state is read.
pub fn matrix_of(ui: &FleetUi, scenario: &Scenario, catalog: &Catalog) -> Option<Matrix> {
    if ui.states.is_empty() {
        return None;
    }
    Some(matrix(
        &ui.states,
        |s| Some(ui.fleet.tier_of(s).map_or(("", scenario), |t| (t.name.as_str(), &t.scenario))),
        catalog,
    ))
}

fn value(lang: Lang, v: Option<PolicyValue>) -> String {
    v.map_or_else(|| "–".to_string(), |v| t(lang, v.label_key()))
}

fn status_code(s: CellStatus) -> &'static str {
    match s {
        CellStatus::Right => "right",
        CellStatus::Differs => "differs",
        CellStatus::NotReturned => "not-returned",
        CellStatus::Undecided => "undecided",
    }
}

#[function_component(FleetMatrix)]
pub fn fleet_matrix(props: &FleetMatrixProps) -> Html {
    let lang = use_lang();
    let combined = use_state(String::new);
    let named = use_state(|| vec![(String::new(), String::new())]);
    let problems = use_state(Vec::<Problem>::new);
    let on = props.on.clone();
    let apply = {
        let (problems, on) = (problems.clone(), on.clone());
        move |r: Result<Vec<crate::domain::fleet::TenantStateOf>, Vec<Problem>>| match r {
            Ok(states) => {
                problems.set(Vec::new());
                on.emit(FleetAction::SetStates(states));
            }
            Err(p) => problems.set(p),
        }
    };
    let on_read = {
        let (combined, apply) = (combined.clone(), apply.clone());
        Callback::from(move |_: MouseEvent| apply(parse_combined(&combined)))
    };
    let on_file = {
        let (problems, combined, apply) = (problems.clone(), combined.clone(), apply.clone());
        use_file_reader(
            MAX_COMBINED_BYTES as u64,
            Callback::from(move |r| match r {
                FileRead::Text { text, .. } => {
                    combined.set(text.clone());
                    apply(parse_combined(&text))
                }
                FileRead::TooLarge => problems.set(vec![Problem::whole(
                    Message::new(&k::FLEET_ERR_TOO_LARGE).count("max_kb", MAX_COMBINED_BYTES / 1024),
                )]),
                FileRead::Failed(_) => problems.set(vec![Problem::whole(Message::new(&k::TENANT_ERR_NOTHING))]),
            }),
        )
    };
    let on_combined = {
        let combined = combined.clone();
        Callback::from(move |e: InputEvent| combined.set(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let on_read_named = {
        let (named, apply) = (named.clone(), apply.clone());
        Callback::from(move |_: MouseEvent| {
            let filled: Vec<(String, String)> =
                named.iter().filter(|(n, x)| !n.trim().is_empty() || !x.trim().is_empty()).cloned().collect();
            apply(parse_named(&filled))
        })
    };
    let on_add = {
        let named = named.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*named).clone();
            if next.len() < crate::domain::fleet::MAX_TENANTS {
                next.push((String::new(), String::new()));
            }
            named.set(next);
        })
    };
    let m = matrix_of(&props.fleet, &props.scenario, &props.catalog);
    let ui = &props.fleet;
    let on_csv = {
        let csv = m.as_ref().map(|m| m.to_csv(lang));
        Callback::from(move |_: MouseEvent| {
            if let Some(csv) = &csv {
                download(&format!("ssp-tenant-matrix-{}.csv", today()), "text/csv", csv);
            }
        })
    };
    // The open tenant's diff-only script, against its tier (or the scenario on screen).
    let script = ui.open.and_then(|i| ui.states.get(i).map(|s| (i, s))).map(|(i, state)| {
        let header = ScriptHeader { generated: today(), catalogue_as_of: props.catalog.as_of, reopen_link: None, scenario: None };
        let text = match ui.fleet.tier_of(state) {
            Some(tier) => {
                let d = Derived::of(&props.catalog, &tier.scenario);
                let opts = tier.scenario.script_options_with_doors(Some(header), &d.applied, lang);
                tenant_script(state, &tier.scenario, &props.catalog, &opts)
            }
            None => {
                let opts = props.scenario.script_options_with_doors(Some(header), &props.derived.applied, lang);
                tenant_script(state, &props.scenario, &props.catalog, &opts)
            }
        };
        let label = state.label();
        let file = format!("ssp-tenant-{}.ps1", i + 1);
        html! {
            <section class="fleet-tenant-script" aria-labelledby="fleet-tenant-script-heading" id="fleet-tenant-script">
                <h4 id="fleet-tenant-script-heading" tabindex="-1">{ tf(lang, &k::FLEET_UI_SCRIPT_HEADING, &[("tenant", label)]) }</h4>
                <button type="button" class="link-button" id="fleet-close-script" onclick={on.reform(|_: MouseEvent| FleetAction::Open(None))}>{ t(lang, &k::FLEET_UI_CLOSE_SCRIPT) }</button>
                <ScriptView script={text} file_name={Some(AttrValue::from(file))} id="fleet-tenant" />
            </section>
        }
    });
    {
        // The script opened from a row takes the focus, so the click visibly leads somewhere.
        use_effect_with(ui.open, |open| {
            if open.is_some() {
                if let Some(el) = gloo::utils::document().get_element_by_id("fleet-tenant-script-heading") {
                    use wasm_bindgen::JsCast;
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            }
        });
    }
    let table = m.as_ref().map(|m| {
        let differs: usize = m.rows.iter().map(|r| r.counts.differs).sum();
        html! {
            <>
                <p role="status" id="fleet-matrix-summary">
                    { tn(lang, &k::FLEET_UI_MATRIX_SUMMARY, m.rows.len() as u64, &[]) }{ " " }
                    { tn(lang, &k::FLEET_UI_MATRIX_CHANGES, differs as u64, &[]) }
                </p>
                <div class="table-wrap matrix-wrap" tabindex="0" role="region" aria-labelledby="fleet-matrix-heading">
                    <table class="fleet-matrix" id="fleet-matrix">
                        <thead><tr>
                            <th scope="col">{ t(lang, &k::FLEET_UI_COL_TENANT) }</th>
                            <th scope="col" class="num">{ t(lang, &k::FLEET_CELL_DIFFERS) }</th>
                            <th scope="col" class="num">{ t(lang, &k::FLEET_CELL_RIGHT) }</th>
                            <th scope="col" class="num">{ t(lang, &k::FLEET_CELL_NOT_RETURNED) }</th>
                            <th scope="col" class="num">{ t(lang, &k::FLEET_CELL_UNDECIDED) }</th>
                            <th scope="col">{ t(lang, &k::FLEET_UI_COL_TIER) }</th>
                            <th scope="col">{ t(lang, &k::FLEET_UI_UNKNOWN) }</th>
                            { for m.columns.iter().map(|c| html! {
                                <th scope="col" class="product-col" data-item={c.item.code()}>{ &c.name }</th>
                            }) }
                        </tr></thead>
                        <tbody>
                            { for m.rows.iter().map(|r| {
                                let i = r.tenant;
                                let label = r.label.clone();
                                let in_list = ui.fleet.tenants.iter().position(|x| ui.states[i].key.names(&x.tenant));
                                html! {
                                    <tr data-tenant={label.clone()} class={classes!((ui.open == Some(i)).then_some("is-open"))}>
                                        <th scope="row">
                                            <button type="button" class="link-button" id={format!("fleet-open-{i}")}
                                                aria-label={tf(lang, &k::FLEET_UI_OPEN_SCRIPT, &[("tenant", label.clone())])}
                                                onclick={on.reform(move |_: MouseEvent| FleetAction::Open(Some(i)))}>{ &label }</button>
                                        </th>
                                        <td class="num" data-count="differs">{ r.counts.differs }</td>
                                        <td class="num" data-count="right">{ r.counts.right }</td>
                                        <td class="num" data-count="not-returned">{ r.counts.not_returned }</td>
                                        <td class="num" data-count="undecided">{ r.counts.undecided }</td>
                                        <td>{ match in_list {
                                            Some(j) => tier_select(lang, &ui.fleet, j, format!("fleet-matrix-tier-{i}"),
                                                tf(lang, &k::FLEET_UI_TIER_OF, &[("tenant", label.clone())]), &on),
                                            None => html! { <span class="muted">{ t(lang, &k::FLEET_UI_NOT_LISTED) }</span> },
                                        } }</td>
                                        <td data-count="unknown">{ r.unknown.iter().map(|u| u.item.code()).collect::<Vec<_>>().join(", ") }</td>
                                        { for r.cells.iter().zip(&m.columns).map(|(c, col)| match c.status() {
                                            None => html! { <td data-item={col.item.code()}></td> },
                                            Some(s) => html! {
                                                <td data-item={col.item.code()} data-status={status_code(s)} class={classes!("cell", status_code(s))}
                                                    title={t(lang, s.label_key())}>
                                                    { match s {
                                                        CellStatus::Differs | CellStatus::NotReturned => format!("{} → {}", value(lang, c.current), value(lang, c.wanted)),
                                                        _ => value(lang, c.current),
                                                    } }
                                                </td>
                                            },
                                        }) }
                                    </tr>
                                }
                            }) }
                        </tbody>
                        <tfoot><tr>
                            <th scope="row" colspan="7">{ t(lang, &k::FLEET_UI_PER_PRODUCT) }</th>
                            { for m.per_product.iter().zip(&m.columns).map(|(c, col)| html! {
                                <td class="num" data-item={col.item.code()} data-count="differs">{ c.differs }</td>
                            }) }
                        </tr></tfoot>
                    </table>
                </div>
                <div class="tenant-actions">
                    <button type="button" class="button" id="fleet-matrix-csv" onclick={on_csv}>{ t(lang, &k::FLEET_UI_MATRIX_CSV) }</button>
                    <button type="button" class="link-button" id="fleet-matrix-forget" onclick={on.reform(|_: MouseEvent| FleetAction::ForgetStates)}>{ t(lang, &k::FLEET_UI_MATRIX_FORGET) }</button>
                </div>
            </>
        }
    });
    html! {
        <section class="fleet-part" aria-labelledby="fleet-matrix-heading">
            <h3 id="fleet-matrix-heading">{ t(lang, &k::FLEET_UI_MATRIX_HEADING) }</h3>
            <p class="help">{ t(lang, &k::FLEET_UI_MATRIX_HELP) }</p>
            <div class="field">
                <label for="fleet-states-paste">{ t(lang, &k::FLEET_UI_MATRIX_COMBINED) }</label>
                <textarea id="fleet-states-paste" rows="6" spellcheck="false" value={(*combined).clone()} oninput={on_combined} />
            </div>
            <div class="tenant-actions">
                <button type="button" class="button primary" id="fleet-states-read" onclick={on_read}>{ t(lang, &k::FLEET_UI_MATRIX_READ) }</button>
                <label class="button file-button" for="fleet-states-file">{ t(lang, &k::FLEET_UI_MATRIX_OPEN) }</label>
                <input type="file" id="fleet-states-file" class="visually-hidden" accept=".csv,.json,.txt" onchange={on_file} />
            </div>
            <details class="fleet-named" id="fleet-named">
                <summary>{ t(lang, &k::FLEET_UI_MATRIX_NAMED) }</summary>
                { for named.iter().enumerate().map(|(i, (n, x))| {
                    let set = |which: bool| {
                        let named = named.clone();
                        move |v: String| {
                            let mut next = (*named).clone();
                            if which { next[i].0 = v } else { next[i].1 = v }
                            named.set(next);
                        }
                    };
                    let set_name = set(true);
                    let set_text = set(false);
                    let nr = (i + 1).to_string();
                    html! {
                        <div class="named-paste">
                            <div class="field">
                                <label for={format!("fleet-named-name-{i}")}>{ tf(lang, &k::FLEET_UI_PASTE_NAME, &[("n", nr.clone())]) }</label>
                                <input type="text" id={format!("fleet-named-name-{i}")} value={n.clone()}
                                    oninput={Callback::from(move |e: InputEvent| set_name(e.target_unchecked_into::<HtmlInputElement>().value()))} />
                            </div>
                            <div class="field">
                                <label for={format!("fleet-named-text-{i}")}>{ tf(lang, &k::FLEET_UI_PASTE_TEXT, &[("n", nr)]) }</label>
                                <textarea id={format!("fleet-named-text-{i}")} rows="3" spellcheck="false" value={x.clone()}
                                    oninput={Callback::from(move |e: InputEvent| set_text(e.target_unchecked_into::<HtmlTextAreaElement>().value()))} />
                            </div>
                        </div>
                    }
                }) }
                <div class="tenant-actions">
                    <button type="button" class="button" id="fleet-named-add" onclick={on_add}>{ t(lang, &k::FLEET_UI_ADD_PASTE) }</button>
                    <button type="button" class="button primary" id="fleet-named-read" onclick={on_read_named}>{ t(lang, &k::FLEET_UI_READ_NAMED) }</button>
                </div>
            </details>
            if !problems.is_empty() {
                <div class="problems" role="alert" id="fleet-matrix-problems">
                    <p>{ t(lang, &k::FLEET_UI_MATRIX_REFUSED) }</p>
                    <ProblemList problems={(*problems).clone()} />
                </div>
            }
            { table.unwrap_or_default() }
            { script.unwrap_or_default() }
        </section>
    }
}
