//! "Close every door": next to a Block or Trials-only recommendation, the checklist of every
//! route the sources know (the purchase policy, the related switches, app-level controls, the
//! subscriptions already bought, unattended enforcement), the licence-request path with the
//! organisation's own request page or contact and the message to paste, and the related
//! switches with the recommended setting and the user's own choice. The wording comes from
//! `domain::report::DoorsReport`, the same text the printed report and Markdown carry.
use crate::domain::catalog::Catalog;
use crate::domain::derived::Derived;
use crate::domain::doors::{RelatedSwitch, RequestPath, SwitchSetting};
use crate::domain::message::Message;
use crate::domain::report::DoorsReport;
use crate::domain::scenario::Scenario;
use crate::i18n::{k, t};
use crate::ui::browser::today;
use crate::ui::checklist::{Checklist, RequestMessages};
use crate::ui::number_field::NumberField;
use crate::ui::{use_lang, Shared};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DoorsPanelProps {
    pub catalog: Rc<Catalog>,
    pub scenario: Scenario,
    pub derived: Shared<Derived>,
    /// A request page already validated (`""` clears it).
    pub on_request_url: Callback<String>,
    pub on_request_contact: Callback<String>,
    pub on_switch: Callback<(RelatedSwitch, Option<SwitchSetting>)>,
}

#[function_component(DoorsPanel)]
pub fn doors_panel(props: &DoorsPanelProps) -> Html {
    let lang = use_lang();
    let d = &props.derived;
    if !d.recommends() {
        return html! {};
    }
    let report = DoorsReport::build(&props.scenario, &props.catalog, d, lang, today());
    if report.checklist.is_empty() && report.request.is_none() && report.switches.is_empty() {
        return html! {};
    }
    let request = &props.scenario.doors.request;
    let validate_url = {
        let cb = props.on_request_url.clone();
        Callback::from(move |raw: String| -> Option<Message> {
            match RequestPath::URL.parse(&raw) {
                Ok(v) => {
                    cb.emit(v);
                    None
                }
                Err(m) => Some(m),
            }
        })
    };
    let validate_contact = {
        let cb = props.on_request_contact.clone();
        Callback::from(move |raw: String| -> Option<Message> {
            cb.emit(raw);
            None
        })
    };
    let effective = props.scenario.doors.effective(&d.applied);
    html! {
        <section class="card doors" aria-labelledby="doors-heading" id="doors">
            <h3 id="doors-heading">{ t(lang, &k::DOORS_CHECK_TITLE) }</h3>
            <Checklist items={report.checklist.clone()} id="doors-checklist" />
            if let Some(r) = &report.request {
                <section class="doors-request" aria-labelledby="request-heading" id="request-path">
                    <h4 id="request-heading">{ t(lang, &k::DOORS_REQUEST_TITLE) }</h4>
                    <p>{ &r.users_see }</p>
                    <ol>{ for r.steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                    <ul class="hint-list">{ for r.notes.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                    <div class="doors-fields">
                        <NumberField id="request-url" label={t(lang, &k::DOORS_FIELD_URL)} inputmode="url"
                            value={request.url.clone()} validate={validate_url} class="wide-field" />
                        <NumberField id="request-contact" label={t(lang, &k::DOORS_FIELD_CONTACT)} inputmode="text"
                            value={request.contact.clone()} validate={validate_contact} class="wide-field" />
                    </div>
                    <RequestMessages messages={r.messages.clone()} with_ids=true />
                </section>
            }
            if !report.switches.is_empty() {
                <section class="doors-switches" aria-labelledby="switches-heading">
                    <h4 id="switches-heading">{ t(lang, &k::DOORS_SWITCHES_TITLE) }</h4>
                    <ul class="switch-list">
                        { for report.switches.iter().zip(effective.iter()).map(|(sw, e)| {
                            let id = format!("switch-{}", e.switch.code());
                            let which = e.switch;
                            let onchange = props.on_switch.reform(move |ev: Event| {
                                let v = ev.target_unchecked_into::<HtmlSelectElement>().value();
                                (which, [SwitchSetting::On, SwitchSetting::Off].into_iter().find(|s| s.code() == v))
                            });
                            html! {
                                <li data-switch={e.switch.code()}>
                                    <p class="switch-line"><strong>{ &sw.label }</strong>{ ": " }<span class="switch-setting">{ &sw.setting }</span></p>
                                    <p class="hint">{ &sw.what }{ " " }{ &sw.click_path }</p>
                                    if !sw.reasons.is_empty() {
                                        <ul class="switch-reasons">{ for sw.reasons.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
                                    }
                                    <div class="field">
                                        <label for={id.clone()}>{ t(lang, &k::DOORS_YOUR_CHOICE) }{ ": " }{ &sw.label }</label>
                                        <select id={id} {onchange}>
                                            <option value="" selected={e.chosen.is_none()}>{ t(lang, &k::DOORS_FOLLOW_RECOMMENDATION) }</option>
                                            { for [SwitchSetting::On, SwitchSetting::Off].iter().map(|v| html! {
                                                <option value={v.code()} selected={e.chosen == Some(*v)}>{ t(lang, v.label_key()) }</option>
                                            }) }
                                        </select>
                                    </div>
                                </li>
                            }
                        }) }
                    </ul>
                    if !report.product_controls.is_empty() {
                        <ul class="product-controls">{ for report.product_controls.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                    }
                </section>
            }
        </section>
    }
}
