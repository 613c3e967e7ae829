//! The tenant list of "Many tenants" (issue 25): paste or open a CSV (tenant ID and/or primary
//! domain, display name), read whole by `fleet::parse_tenant_list` (a bad or repeated row
//! refuses the list with every problem and its line, and the list shown stays as it was), and
//! the tenants read, each with the tier it is assigned to.
use crate::domain::fleet::{parse_tenant_list, Fleet, MAX_LIST_BYTES};
use crate::domain::message::Message;
use crate::domain::problem::Problem;
use crate::i18n::{k, t, tf, tn};
use crate::ui::hooks::{use_file_reader, FileRead};
use crate::ui::problem_list::ProblemList;
use crate::ui::state::FleetAction;
use crate::ui::use_lang;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TenantListProps {
    pub fleet: Fleet,
    pub on: Callback<FleetAction>,
}

/// The tier select of tenant `index` (the list here, and the matrix's rows).
pub fn tier_select(
    lang: crate::i18n::Lang,
    fleet: &Fleet,
    index: usize,
    id: String,
    label: String,
    on: &Callback<FleetAction>,
) -> Html {
    let current = fleet.tenants.get(index).and_then(|t| t.tier.clone());
    let onchange = on.reform(move |e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        FleetAction::Assign(index, (!v.is_empty()).then_some(v))
    });
    html! {
        <select {id} class="tier-select" aria-label={label} {onchange}>
            <option value="" selected={current.is_none()}>{ t(lang, &k::FLEET_UI_NO_TIER) }</option>
            { for fleet.tiers.iter().map(|tier| html! {
                <option value={tier.name.clone()} selected={current.as_deref() == Some(tier.name.as_str())}>{ &tier.name }</option>
            }) }
        </select>
    }
}

#[function_component(TenantList)]
pub fn tenant_list(props: &TenantListProps) -> Html {
    let lang = use_lang();
    let text = use_state(String::new);
    let problems = use_state(Vec::<Problem>::new);
    let read = {
        let problems = problems.clone();
        let on = props.on.clone();
        move |input: &str| match parse_tenant_list(input) {
            Ok(list) => {
                problems.set(Vec::new());
                on.emit(FleetAction::SetTenants(list));
            }
            // Nothing half-applied: the list shown stays as it was.
            Err(p) => problems.set(p),
        }
    };
    let on_read = {
        let (text, read) = (text.clone(), read.clone());
        Callback::from(move |_: MouseEvent| read(&text))
    };
    let on_file = {
        let (problems, text) = (problems.clone(), text.clone());
        use_file_reader(
            MAX_LIST_BYTES as u64,
            Callback::from(move |r| match r {
                FileRead::Text { text: body, .. } => {
                    text.set(body.clone());
                    read(&body)
                }
                FileRead::TooLarge => problems.set(vec![Problem::whole(
                    Message::new(&k::FLEET_ERR_TOO_LARGE).count("max_kb", MAX_LIST_BYTES / 1024),
                )]),
                FileRead::Failed(_) => problems.set(vec![Problem::whole(Message::new(&k::FLEET_ERR_NO_TENANTS))]),
            }),
        )
    };
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let fleet = &props.fleet;
    html! {
        <section class="fleet-part" aria-labelledby="fleet-tenants-heading">
            <h3 id="fleet-tenants-heading">{ t(lang, &k::FLEET_UI_TENANTS_HEADING) }</h3>
            <div class="field">
                <label for="fleet-tenant-paste">{ t(lang, &k::FLEET_UI_TENANTS_LABEL) }</label>
                <textarea id="fleet-tenant-paste" rows="5" spellcheck="false" value={(*text).clone()} oninput={on_input}
                    aria-describedby={(!problems.is_empty()).then_some("fleet-tenant-problems")}
                    aria-invalid={(!problems.is_empty()).then_some("true")} />
            </div>
            if !problems.is_empty() {
                <div class="problems" role="alert" id="fleet-tenant-problems">
                    <p>{ t(lang, &k::FLEET_UI_TENANTS_REFUSED) }</p>
                    <ProblemList problems={(*problems).clone()} />
                </div>
            }
            <div class="tenant-actions">
                <button type="button" class="button primary" id="fleet-tenant-read" onclick={on_read}>{ t(lang, &k::FLEET_UI_TENANTS_READ) }</button>
                <label class="button file-button" for="fleet-tenant-file">{ t(lang, &k::FLEET_UI_TENANTS_OPEN) }</label>
                <input type="file" id="fleet-tenant-file" class="visually-hidden" accept=".csv,.txt,.tsv" onchange={on_file} />
            </div>
            if !fleet.tenants.is_empty() {
                <p role="status" id="fleet-tenant-count">{ tn(lang, &k::FLEET_UI_TENANTS_COUNT, fleet.tenants.len() as u64, &[]) }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="fleet-tenants-heading">
                    <table class="fleet-tenants" id="fleet-tenants">
                        <thead><tr>
                            <th scope="col">{ t(lang, &k::FLEET_UI_COL_TENANT) }</th>
                            <th scope="col">{ t(lang, &k::FLEET_UI_COL_DOMAIN) }</th>
                            <th scope="col">{ t(lang, &k::FLEET_UI_COL_ID) }</th>
                            <th scope="col">{ t(lang, &k::FLEET_UI_COL_TIER) }</th>
                        </tr></thead>
                        <tbody>
                            { for fleet.tenants.iter().enumerate().map(|(i, tt)| {
                                let label = tf(lang, &k::FLEET_UI_TIER_OF, &[("tenant", tt.tenant.label())]);
                                html! {
                                    <tr data-tenant={tt.tenant.address()}>
                                        <th scope="row">{ if tt.tenant.name.is_empty() { tt.tenant.address() } else { tt.tenant.name.clone() } }</th>
                                        <td><code>{ tt.tenant.domain.as_ref().map(|d| d.to_string()).unwrap_or_default() }</code></td>
                                        <td><code class="tenant-id">{ tt.tenant.id.as_ref().map(|d| d.to_string()).unwrap_or_default() }</code></td>
                                        <td>{ tier_select(lang, fleet, i, format!("fleet-tier-{i}"), label, &props.on) }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
