//! One product's costs on the costs part: the breakdown per plan with the rule behind every
//! unit price, the break-even seat counts, a price field (required where no price is known),
//! the offer a self-service buyer would see, and the chart with its seat slider. A component of
//! its own so that moving one product's slider re-renders that product alone: the others get
//! equal props and are skipped (with every product selected, they were most of each redraw).
use crate::domain::catalog::PricePoint;
use crate::domain::compare::ProductComparison;
use crate::domain::ids::ProductId;
use crate::domain::message::Message;
use crate::domain::money::{format_money, format_number, Currency};
use crate::domain::pricing::CostBreakdown;
use crate::domain::ramp::{break_even_month_text, seats_span_text};
use crate::domain::report::{break_even_text, price_rule_text};
use crate::domain::scenario::Selection;
use crate::i18n::k;
use crate::i18n::{msg, t, tf, tn, Lang};
use crate::ui::cost_chart::{chart_max, CostChart};
use crate::ui::number_field::NumberField;
use crate::ui::ramp_chart::RampChart;
use crate::ui::ramp_editor::RampEditor;
use crate::ui::{plan_label, use_lang};
use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The offers sold under one ProductId, for the choice of which one a buyer would see.
#[derive(Clone, Debug, PartialEq)]
pub struct Offers {
    /// The product's own offer (the empty choice).
    pub own_name: String,
    /// The other offers: key and name.
    pub variants: Vec<(String, String)>,
    pub chosen: Option<String>,
}

/// Equal props skip the render, so the callbacks must stay the same across renders: the app
/// makes them once (`app::use_dispatch`).
#[derive(Properties, PartialEq)]
pub struct ProductCostProps {
    pub pc: ProductComparison,
    pub currency: Currency,
    pub horizon_months: u32,
    /// The price the user entered, if any.
    pub override_value: Option<Decimal>,
    /// `Some` where the product is sold as several offers.
    pub offers: Option<Offers>,
    /// `Some(already on it)` where the EA price-sheet question applies (an EA signed before
    /// level A pricing, with an EA plan shown).
    pub price_sheet: Option<bool>,
    /// A seat count while the slider is dragged, and the one it is let go at.
    pub on_slide: Callback<(ProductId, u32)>,
    pub on_seats: Callback<(ProductId, u32)>,
    pub on_override: Callback<(ProductId, Option<Decimal>)>,
    pub on_price_sheet: Callback<(ProductId, bool)>,
    /// Which offer a self-service buyer would see (`None` = the product's own).
    pub on_variant: Callback<(ProductId, Option<String>)>,
    /// How the product's seats change over time (`None`: the same every month).
    pub on_ramp: Callback<(ProductId, Option<crate::domain::ramp::RampSpec>)>,
}

fn other_costs(lang: Lang, b: &CostBreakdown, money: &dyn Fn(Decimal) -> String) -> Html {
    let items = [
        (&k::COST_CENTRAL_AFTER, b.central_after),
        (&k::COST_PROCUREMENT, b.procurement),
        (&k::COST_EXPENSE_CLAIMS, b.expense_claims),
        (&k::COST_ADMIN_REVIEWS, b.admin_reviews),
    ];
    html! {
        <ul class="other-costs">
            { for items.iter().filter(|(_, v)| !v.is_zero()).map(|(k, v)| html! { <li>{ tf(lang, k, &[("amount", money(*v))]) }</li> }) }
            if !b.overlap.is_zero() {
                <li class="overlap">{ tf(lang, &k::COST_OVERLAP, &[("amount", money(b.overlap))]) }</li>
            }
        </ul>
    }
}

#[function_component(ProductCost)]
pub fn product_cost(props: &ProductCostProps) -> Html {
    let lang = use_lang();
    let pc = &props.pc;
    let currency = props.currency;
    let money = |d: Decimal| format_money(d, currency, lang.locale());
    let id = pc.id.clone();
    let any_unknown =
        pc.results.iter().any(|r| matches!(r.cost, Err(crate::domain::pricing::Unavailable::PriceUnknown)));
    let validate_price = {
        let cb = props.on_override.clone();
        let id = id.clone();
        Callback::from(move |raw: String| -> Option<Message> {
            if raw.trim().is_empty() {
                cb.emit((id.clone(), None));
                return None;
            }
            match PricePoint::AMOUNT.parse(&raw) {
                Ok(v) => {
                    cb.emit((id.clone(), Some(v)));
                    None
                }
                Err(m) => Some(m),
            }
        })
    };
    let max = chart_max(pc);
    // Both read the slider the same way: `input` while it moves, `change` where it is let go
    // (a key press gives both), which saves the scenario.
    let seats_from = |cb: &Callback<(ProductId, u32)>| {
        let cb = cb.clone();
        let id = id.clone();
        move |e: &Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(n) = input.value().parse::<u32>() {
                cb.emit((id.clone(), n.clamp(Selection::SEATS.min, Selection::SEATS.max)));
            }
        }
    };
    let on_slide = {
        let read = seats_from(&props.on_slide);
        Callback::from(move |e: InputEvent| read(&e))
    };
    let on_let_go = {
        let read = seats_from(&props.on_seats);
        Callback::from(move |e: Event| read(&e))
    };
    let slider_id = format!("slider-{id}");
    // The column headings are also each cell's label where a phone shows a plan's figures one
    // under the other (tool.css), so that no figure is out of view to the side.
    let [unit_head, licences_head, other_head, total_head] =
        [&k::COMPARE_UNIT, &k::COMPARE_LICENCES, &k::COMPARE_OTHER, &k::COMPARE_TOTAL].map(|key| t(lang, key));
    html! {
        <article class={classes!("product-cost", any_unknown.then_some("needs-price"))} data-product={id.to_string()}>
            <h3>{ &pc.name }{ " " }<span class="muted">{ tf(lang, &k::COMPARE_FOR_SEATS, &[("seats", tn(lang, &k::UNIT_SEATS, pc.seats.into(), &[])), ("months", tn(lang, &k::UNIT_MONTHS, props.horizon_months.into(), &[]))]) }</span></h3>
            <NumberField id={format!("price-{id}")} label={tf(lang, &k::COMPARE_YOUR_PRICE, &[("currency", currency.code().to_string())])}
                help={AttrValue::from(t(lang, if any_unknown { &k::COMPARE_YOUR_PRICE_UNKNOWN } else { &k::COMPARE_YOUR_PRICE_HELP }))}
                value={props.override_value.map(|v| v.to_string()).unwrap_or_default()} validate={validate_price}
                class={classes!("price-field", any_unknown.then_some("required"))} />
            if let Some(offers) = &props.offers {
                <div class="field variant">
                    <label for={format!("variant-{id}")}>{ t(lang, &k::COMPARE_VARIANT) }</label>
                    <select id={format!("variant-{id}")} onchange={{
                        let id = id.clone();
                        props.on_variant.reform(move |e: Event| {
                            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                            (id.clone(), (!v.is_empty()).then_some(v))
                        })
                    }}>
                        <option value="" selected={offers.chosen.is_none()}>{ offers.own_name.clone() }</option>
                        { for offers.variants.iter().map(|(key, name)| html! {
                            <option value={key.clone()} selected={offers.chosen.as_ref() == Some(key)}>{ name.clone() }</option>
                        }) }
                    </select>
                    <p class="hint">{ t(lang, &k::COMPARE_VARIANT_HELP) }</p>
                </div>
            }
            if let Some(on_sheet) = props.price_sheet {
                <label class="check price-sheet" for={format!("sheet-{id}")}>
                    <input type="checkbox" id={format!("sheet-{id}")} checked={on_sheet}
                        onchange={{
                            let id = id.clone();
                            props.on_price_sheet.reform(move |e: Event| (id.clone(), e.target_unchecked_into::<HtmlInputElement>().checked()))
                        }} />
                    { tf(lang, &k::COMPARE_ON_PRICE_SHEET, &[("date", crate::i18n::format_date(crate::domain::pricing::EA_LEVEL_A_FROM, lang))]) }
                </label>
            }
            <div class="table-wrap" tabindex="0">
                <table class="breakdown">
                    <thead><tr>
                        <th scope="col">{ t(lang, &k::COMPARE_PLAN) }</th>
                        <th scope="col" class="num">{ &unit_head }</th>
                        <th scope="col" class="num">{ &licences_head }</th>
                        <th scope="col">{ &other_head }</th>
                        <th scope="col" class="num">{ &total_head }</th>
                    </tr></thead>
                    <tbody>
                        { for pc.results.iter().map(|r| {
                            let cheapest = pc.cheapest == Some(r.plan);
                            let unit = pc.unit(r.plan);
                            match &r.cost {
                                Ok(b) => html! {
                                    <tr data-plan={r.plan.code()} class={classes!(cheapest.then_some("cheapest"))}>
                                        <th scope="row">{ plan_label(lang, r.plan) }
                                            if cheapest { <span class="badge badge-cheapest">{ t(lang, &k::COMPARE_CHEAPEST) }</span> }
                                        </th>
                                        <td class="num" data-label={unit_head.clone()}>{ unit.map(|u| format_money(u, currency, lang.locale())).unwrap_or_default() }</td>
                                        <td class="num licences" data-label={licences_head.clone()}>{ money(b.licences) }</td>
                                        <td class="other" data-label={other_head.clone()}>{ other_costs(lang, b, &money) }</td>
                                        <td class="num total" data-label={total_head.clone()}>{ money(b.total) }</td>
                                    </tr>
                                },
                                Err(why) => html! {
                                    <tr data-plan={r.plan.code()} class="unavailable">
                                        <th scope="row">{ plan_label(lang, r.plan) }</th>
                                        <td colspan="4" class="unknown">{ msg(lang, &why.message()) }</td>
                                    </tr>
                                },
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if !pc.break_evens.is_empty() {
                <ul class="break-evens">
                    { for pc.break_evens.iter().map(|b| html! { <li>{ break_even_text(lang, b) }</li> }) }
                </ul>
            } else if pc.pricers.len() > 1 {
                <p class="hint">{ t(lang, &k::COMPARE_NO_BREAK_EVEN) }</p>
            }
            <details class="price-rules">
                <summary>{ t(lang, &k::COMPARE_HOW_PRICED) }</summary>
                <ul>
                    { for pc.pricers.iter().map(|p| {
                        let base = Some(p.unit.base);
                        html! { <li><strong>{ plan_label(lang, p.plan) }{ ": " }</strong>
                            { p.unit.rules.iter().map(|r| price_rule_text(lang, r, currency, base)).collect::<Vec<_>>().join(" → ") }
                        </li> }
                    }) }
                </ul>
            </details>
            if !pc.pricers.is_empty() {
                <RampEditor id={id.clone()} spec={pc.ramp.as_ref().map(|r| r.spec.clone())} seats={pc.seats} on_ramp={props.on_ramp.clone()} />
            }
            if let Some(r) = &pc.ramp {
                <div class="ramp-result" id={format!("ramp-result-{id}")}>
                    <p>{ seats_span_text(lang, &r.seats) }</p>
                    if let Some(be) = &r.break_even {
                        <p class="ramp-break-even"><strong>{ break_even_month_text(lang, be, props.horizon_months) }</strong></p>
                    }
                </div>
            }
            if !pc.pricers.is_empty() {
                <div class="slider field">
                    <label for={slider_id.clone()}>{ tf(lang, &k::COMPARE_SLIDER, &[("product", pc.name.clone())]) }</label>
                    <input type="range" id={slider_id} min="1" max={max.to_string()} value={pc.seats.min(max).to_string()} oninput={on_slide} onchange={on_let_go} />
                    <output for={format!("slider-{id}")}>{ format_number(Decimal::from(pc.seats), 0, lang.locale()) }</output>
                </div>
                <div class="charts">
                    <CostChart id={format!("chart-{id}")} product={pc.name.clone()} pricers={pc.pricers.clone()}
                        break_evens={pc.break_evens.clone()} seats={pc.seats} max_seats={max} currency={currency} />
                    if let Some(r) = &pc.ramp {
                        <RampChart id={format!("ramp-chart-{id}")} product={pc.name.clone()} outcome={r.clone()} currency={currency} />
                    }
                </div>
            }
        </article>
    }
}
