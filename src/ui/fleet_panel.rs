//! "Many tenants" (issue 25), a section of the Script part: applying the decision to many
//! customer tenants belongs where applying it to one is, and the section stays out of the four
//! tabs (and out of the first view's build). It holds the tenant list, the tiers, the exports
//! and scripts for all tenants, and the drift matrix, and the one tick that lets files and saved
//! sessions carry the tenant data.
use crate::domain::catalog::Catalog;
use crate::domain::derived::Derived;
use crate::domain::scenario::Scenario;
use crate::i18n::{k, t};
use crate::ui::fleet_exports::FleetExports;
use crate::ui::fleet_matrix::FleetMatrix;
use crate::ui::fleet_tenants::TenantList;
use crate::ui::fleet_tiers::TierBar;
use crate::ui::state::{FleetAction, FleetUi};
use crate::ui::{use_lang, Shared};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FleetPanelProps {
    pub catalog: Rc<Catalog>,
    pub scenario: Scenario,
    pub derived: Shared<Derived>,
    pub fleet: FleetUi,
    pub on: Callback<FleetAction>,
}

#[function_component(FleetPanel)]
pub fn fleet_panel(props: &FleetPanelProps) -> Html {
    let lang = use_lang();
    let on_carry =
        props.on.reform(|e: Event| FleetAction::SetCarry(e.target_unchecked_into::<HtmlInputElement>().checked()));
    html! {
        <section class="card fleet" id="fleet" aria-labelledby="fleet-heading">
            <h2 id="fleet-heading">{ t(lang, &k::FLEET_UI_HEADING) }</h2>
            <p class="help">{ t(lang, &k::FLEET_UI_HELP) }</p>
            <TenantList fleet={props.fleet.fleet.clone()} on={props.on.clone()} />
            <TierBar fleet={props.fleet.fleet.clone()} scenario={props.scenario.clone()} on={props.on.clone()} />
            <FleetExports catalog={props.catalog.clone()} scenario={props.scenario.clone()} derived={props.derived.clone()}
                fleet={props.fleet.clone()} on={props.on.clone()} />
            <FleetMatrix catalog={props.catalog.clone()} scenario={props.scenario.clone()} derived={props.derived.clone()}
                fleet={props.fleet.clone()} on={props.on.clone()} />
            <label class="check fleet-carry"><input type="checkbox" id="fleet-carry" checked={props.fleet.carry} onchange={on_carry} />
                { t(lang, &k::FLEET_UI_CARRY) }</label>
        </section>
    }
}
