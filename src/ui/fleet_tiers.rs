//! Tiers of "Many tenants" (issue 25): save the scenario on screen as a named tier (checked by
//! `Fleet::save_tier` before anything changes, so a bad name is said next to the field), and the
//! tiers saved, each with its tenants and a remove button.
use crate::domain::fleet::{Fleet, Tier};
use crate::domain::message::Message;
use crate::domain::scenario::Scenario;
use crate::i18n::{k, msg, t, tf, tn};
use crate::ui::state::FleetAction;
use crate::ui::use_lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TierBarProps {
    pub fleet: Fleet,
    /// The scenario on screen: what "save as a tier" saves.
    pub scenario: Scenario,
    pub on: Callback<FleetAction>,
}

#[function_component(TierBar)]
pub fn tier_bar(props: &TierBarProps) -> Html {
    let lang = use_lang();
    let name = use_state(String::new);
    let problem = use_state(|| None::<Message>);
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_save = {
        let (name, problem, on) = (name.clone(), problem.clone(), props.on.clone());
        let (fleet, scenario) = (props.fleet.clone(), props.scenario.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Tried on a copy first: the reducer applies only what is known to succeed.
            match fleet.clone().save_tier(&name, &scenario) {
                Ok(()) => {
                    problem.set(None);
                    on.emit(FleetAction::SaveTier((*name).clone()));
                    name.set(String::new());
                }
                Err(m) => problem.set(Some(m)),
            }
        })
    };
    let fleet = &props.fleet;
    html! {
        <section class="fleet-part" aria-labelledby="fleet-tiers-heading">
            <h3 id="fleet-tiers-heading">{ t(lang, &k::FLEET_UI_TIERS_HEADING) }</h3>
            <p class="help">{ t(lang, &k::FLEET_UI_TIERS_HELP) }</p>
            <form class="tier-form" id="fleet-tier-form" onsubmit={on_save}>
                <div class="field">
                    <label for="fleet-tier-name">{ t(lang, &k::FLEET_UI_TIER_NAME) }</label>
                    <input type="text" id="fleet-tier-name" maxlength={Tier::NAME.max_chars.to_string()} value={(*name).clone()}
                        oninput={on_name} aria-invalid={problem.is_some().then_some("true")}
                        aria-describedby={problem.is_some().then_some("fleet-tier-problem")} />
                </div>
                <button type="submit" class="button" id="fleet-tier-save">{ t(lang, &k::FLEET_UI_TIER_SAVE) }</button>
            </form>
            if let Some(m) = &*problem {
                <p class="problems" role="alert" id="fleet-tier-problem">{ msg(lang, m) }</p>
            }
            if !fleet.tiers.is_empty() {
                <ul class="tier-list" id="fleet-tier-list">
                    { for fleet.tiers.iter().map(|tier| {
                        let n = fleet.tenants.iter().filter(|x| x.tier.as_deref() == Some(tier.name.as_str())).count();
                        let remove = props.on.reform({
                            let name = tier.name.clone();
                            move |_: MouseEvent| FleetAction::RemoveTier(name.clone())
                        });
                        html! {
                            <li data-tier={tier.name.clone()}>
                                <strong>{ &tier.name }</strong>{ " · " }{ tn(lang, &k::FLEET_UI_TIER_TENANTS, n as u64, &[]) }{ " " }
                                <button type="button" class="link-button" onclick={remove}>{ tf(lang, &k::FLEET_UI_TIER_REMOVE, &[("name", tier.name.clone())]) }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
