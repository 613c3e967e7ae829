//! "Seats that change over time" for one product (issue 24): none, a straight line to a month,
//! a monthly rate, or a list of months and seats, always called the user's assumption. Each
//! field is parsed at the edge and the whole ramp checked (`Ramp::check`) before it is sent;
//! a refused entry is named next to its field and the previous ramp stays in force.
use crate::domain::ids::ProductId;
use crate::domain::input::parse_seats;
use crate::domain::message::Message;
use crate::domain::ramp::{assumption_text, Ramp, RampSpec, Step, MAX_STEPS};
use crate::i18n::k;
use crate::i18n::{t, tf};
use crate::ui::number_field::NumberField;
use crate::ui::use_lang;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RampEditorProps {
    pub id: ProductId,
    /// The ramp in force, if any.
    pub spec: Option<RampSpec>,
    /// The selection's seat count: where a new ramp starts.
    pub seats: u32,
    pub on_ramp: Callback<(ProductId, Option<RampSpec>)>,
}

/// The four ways to state the seats, as the choice's values.
const KINDS: [(&str, crate::i18n::Key); 4] = [
    ("none", &k::RAMP_KIND_NONE),
    ("linear", &k::RAMP_KIND_LINEAR),
    ("growth", &k::RAMP_KIND_GROWTH),
    ("steps", &k::RAMP_KIND_STEPS),
];

fn kind_of(spec: Option<&RampSpec>) -> &'static str {
    match spec {
        None => "none",
        Some(RampSpec::Linear { .. }) => "linear",
        Some(RampSpec::Growth { .. }) => "growth",
        Some(RampSpec::Steps(_)) => "steps",
    }
}

/// A new ramp of a kind, starting at `seats` and saying "the same" until the user changes it.
fn starting(kind: &str, seats: u32) -> Option<RampSpec> {
    match kind {
        "linear" => Some(RampSpec::Linear { start: seats, end: seats, end_month: 12 }),
        "growth" => Some(RampSpec::Growth { start: seats, rate_pct: Decimal::ZERO }),
        "steps" => Some(RampSpec::Steps(vec![Step { month: 0, seats }])),
        _ => None,
    }
}

#[function_component(RampEditor)]
pub fn ramp_editor(props: &RampEditorProps) -> Html {
    let lang = use_lang();
    let id = props.id.clone();
    let base = format!("ramp-{id}");
    // Applies `edit` to the ramp in force with the parsed value; sends it when the whole ramp
    // holds, else returns why (shown next to the field that was typed in).
    let field = |parse: fn(&str) -> Result<Decimal, Message>, edit: fn(&mut RampSpec, Decimal)| {
        let (spec, cb, id) = (props.spec.clone(), props.on_ramp.clone(), id.clone());
        Callback::from(move |raw: String| -> Option<Message> {
            let value = match parse(&raw) {
                Ok(v) => v,
                Err(m) => return Some(m),
            };
            let mut next = spec.clone()?;
            edit(&mut next, value);
            match Ramp::check(&next) {
                Ok(()) => {
                    cb.emit((id.clone(), Some(next)));
                    None
                }
                Err(e) => Some(e.message()),
            }
        })
    };
    let seats = |raw: &str| parse_seats(raw).map(Decimal::from);
    let month = |raw: &str| crate::domain::pricing::PricingParams::HORIZON.parse(raw).map(Decimal::from);
    let rate = |raw: &str| RampSpec::GROWTH_RATE.parse(raw);
    let on_kind = {
        let (cb, id, seats) = (props.on_ramp.clone(), id.clone(), props.seats);
        Callback::from(move |e: Event| {
            let kind = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            cb.emit((id.clone(), starting(&kind, seats)));
        })
    };
    let kind = kind_of(props.spec.as_ref());
    let fields = match &props.spec {
        None => Html::default(),
        Some(RampSpec::Linear { start, end, end_month }) => html! { <>
            <NumberField id={format!("{base}-start")} label={t(lang, &k::RAMP_START)} value={start.to_string()} inputmode="numeric"
                validate={field(seats, |s, v| if let RampSpec::Linear { start, .. } = s { *start = v.to_u32().unwrap_or(0) })} />
            <NumberField id={format!("{base}-end")} label={t(lang, &k::RAMP_END)} value={end.to_string()} inputmode="numeric"
                validate={field(seats, |s, v| if let RampSpec::Linear { end, .. } = s { *end = v.to_u32().unwrap_or(0) })} />
            <NumberField id={format!("{base}-end-month")} label={t(lang, &k::RAMP_END_MONTH)} value={end_month.to_string()} inputmode="numeric"
                validate={field(month, |s, v| if let RampSpec::Linear { end_month, .. } = s { *end_month = v.to_u32().unwrap_or(0) })} />
        </> },
        Some(RampSpec::Growth { start, rate_pct }) => html! { <>
            <NumberField id={format!("{base}-start")} label={t(lang, &k::RAMP_START)} value={start.to_string()} inputmode="numeric"
                validate={field(seats, |s, v| if let RampSpec::Growth { start, .. } = s { *start = v.to_u32().unwrap_or(0) })} />
            <NumberField id={format!("{base}-rate")} label={t(lang, &k::RAMP_RATE)} value={rate_pct.normalize().to_string()}
                suffix={AttrValue::from(t(lang, &k::ASSUME_UNIT_PCT))} help={AttrValue::from(t(lang, &k::RAMP_RATE_HELP))}
                validate={field(rate, |s, v| if let RampSpec::Growth { rate_pct, .. } = s { *rate_pct = v })} />
        </> },
        Some(RampSpec::Steps(steps)) => {
            let (cb, id) = (props.on_ramp.clone(), id.clone());
            let validate = Callback::from(move |raw: String| -> Option<Message> {
                let next = match RampSpec::parse_steps(&raw) {
                    Ok(s) => s,
                    Err(m) => return Some(m),
                };
                match Ramp::check(&next) {
                    Ok(()) => {
                        cb.emit((id.clone(), Some(next)));
                        None
                    }
                    Err(e) => Some(e.message()),
                }
            });
            html! {
                <NumberField id={format!("{base}-steps")} label={t(lang, &k::RAMP_STEPS)} value={RampSpec::steps_text(steps)} inputmode="text"
                    help={AttrValue::from(tf(lang, &k::RAMP_STEPS_HELP, &[("max", MAX_STEPS.to_string())]))} {validate} />
            }
        }
    };
    html! {
        <fieldset class="ramp" data-ramp={kind}>
            <legend>{ t(lang, &k::RAMP_HEADING) }</legend>
            <p class="hint">{ t(lang, &k::RAMP_HELP) }</p>
            <div class="field">
                <label for={format!("{base}-kind")}>{ t(lang, &k::RAMP_KIND) }</label>
                <select id={format!("{base}-kind")} onchange={on_kind}>
                    { for KINDS.iter().map(|(value, key)| html! {
                        <option value={*value} selected={*value == kind}>{ t(lang, key) }</option>
                    }) }
                </select>
            </div>
            { fields }
            if let Some(spec) = &props.spec {
                <p class="ramp-assumption">{ assumption_text(lang, spec) }</p>
            }
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_ramp_starts_flat_at_the_selection_seats() {
        for (kind, _) in KINDS {
            let spec = starting(kind, 40);
            assert_eq!(kind_of(spec.as_ref()), kind);
            if let Some(spec) = spec {
                let ramp = Ramp::new(spec, 36).unwrap();
                assert!(ramp.seats().iter().all(|&s| s == 40), "{kind}");
            }
        }
    }
}
