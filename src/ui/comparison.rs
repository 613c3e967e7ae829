//! The cost comparison: a summary across the selected products (total per plan over the
//! horizon, cheapest marked, saving of the cheapest mix), the plans shown, then each product's
//! costs (`product_cost`).
use crate::domain::compare::Comparison;
use crate::domain::derived::Derived;
use crate::domain::ids::ProductId;
use crate::domain::money::{format_money, format_number};
use crate::domain::pricing::{Plan, PricingParams};
use crate::domain::report::{break_even_text, total_text};
use crate::domain::scenario::Scenario;
use crate::i18n::k;
use crate::i18n::{msg, t, tf, tn, Lang};
use crate::ui::product_cost::{Offers, ProductCost};
use crate::ui::Shared;
use crate::ui::{plan_label, total_html, use_lang};
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonViewProps {
    pub scenario: Scenario,
    pub derived: Shared<Derived>,
    /// A seat count while a slider is dragged, and the one it is let go at.
    pub on_slide: Callback<(ProductId, u32)>,
    pub on_seats: Callback<(ProductId, u32)>,
    pub on_override: Callback<(ProductId, Option<Decimal>)>,
    pub on_toggle_plan: Callback<Plan>,
    /// Whether a product was already on the EA price sheet before 2025-11-01.
    pub on_price_sheet: Callback<(ProductId, bool)>,
    /// Which offer of a product a self-service buyer would see (`None` = its own).
    pub on_variant: Callback<(ProductId, Option<String>)>,
    /// How a product's seats change over time (`None`: the same every month).
    pub on_ramp: Callback<(ProductId, Option<crate::domain::ramp::RampSpec>)>,
    /// The catalogue, for products sold as several offers under one ProductId.
    pub catalog: std::rc::Rc<crate::domain::catalog::Catalog>,
}

fn summary_table(lang: Lang, cmp: &Comparison, params: &PricingParams) -> Html {
    let money = |d: Decimal| format_money(d, params.currency, lang.locale());
    html! {
        <div class="table-wrap" tabindex="0">
            <table class="cost-table">
                <caption>{ tn(lang, &k::COMPARE_SUMMARY_CAPTION, params.horizon_months.into(), &[]) }{ ", " }{ crate::domain::report::vat_note(lang, &params.vat) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, &k::SELECTION_PRODUCT) }</th>
                    <th scope="col" class="num">{ t(lang, &k::SELECTION_SEATS) }</th>
                    { for cmp.totals.iter().map(|tot| html! { <th scope="col" class="num">{ plan_label(lang, tot.plan) }</th> }) }
                </tr></thead>
                <tbody>
                    { for cmp.products.iter().map(|pc| html! {
                        <tr data-product={pc.id.to_string()} key={pc.id.to_string()}>
                            <th scope="row">{ &pc.name }</th>
                            <td class="num" data-label={t(lang, &k::SELECTION_SEATS)}>{ format_number(Decimal::from(pc.seats), 0, lang.locale()) }</td>
                            { for pc.results.iter().map(|r| {
                                let cheapest = pc.cheapest == Some(r.plan);
                                match &r.cost {
                                    Ok(b) => html! { <td class={classes!("num", cheapest.then_some("cheapest"))} data-plan={r.plan.code()} data-label={plan_label(lang, r.plan)}>
                                        { money(b.total) }
                                        if cheapest { <span class="visually-hidden">{ format!(" ({})", t(lang, &k::COMPARE_CHEAPEST)) }</span> }
                                    </td> },
                                    Err(why) => html! { <td class="unknown" data-plan={r.plan.code()} data-label={plan_label(lang, r.plan)}>{ msg(lang, &why.message()) }</td> },
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
                <tfoot>
                    <tr class="total">
                        <th scope="row" colspan="2">{ t(lang, &k::COSTS_TOTAL) }</th>
                        { for cmp.totals.iter().map(|tot| html! {
                            <td class="num" data-plan={tot.plan.code()} data-label={plan_label(lang, tot.plan)}>
                                { total_html(lang, params.currency, &tot.total) }
                            </td>
                        }) }
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

#[function_component(ComparisonView)]
pub fn comparison_view(props: &ComparisonViewProps) -> Html {
    let lang = use_lang();
    let params = &props.scenario.pricing;
    let plans = props.scenario.shown_plans.clone();
    // Break-evens once per change of the derived results, not per render.
    let cmp = use_memo(props.derived.clone(), |d| crate::domain::report::Report::comparison(d));
    let cmp = &*cmp;
    let money = |d: Decimal| format_money(d, params.currency, lang.locale());
    let price_sheet_asked =
        params.ea.predates_level_a() && plans.iter().any(|p| p.channel == crate::domain::pricing::Channel::Ea);
    let toggles = html! {
        <fieldset class="plan-toggles">
            <legend>{ t(lang, &k::COMPARE_PLANS_SHOWN) }</legend>
            { for Plan::ALL.iter().map(|plan| {
                let plan = *plan;
                let onchange = props.on_toggle_plan.reform(move |_: Event| plan);
                let id = format!("show-{}", plan.code());
                html! { <label for={id.clone()} class="plan-toggle">
                    // The last plan shown cannot be unticked (a comparison needs one); it says why.
                    <input type="checkbox" id={id} checked={plans.contains(&plan)} {onchange}
                        disabled={plans.len() == 1 && plans.contains(&plan)}
                        aria-describedby={(plans.len() == 1 && plans.contains(&plan)).then_some("last-plan-note")} />
                    <svg class="swatch" viewBox="0 0 28 10" aria-hidden="true"><line class={classes!("line", format!("line-{}", plan.code()))} x1="1" x2="27" y1="5" y2="5" /></svg>
                    { plan_label(lang, plan) }
                </label> }
            }) }
            if plans.len() == 1 {
                <p class="hint" id="last-plan-note">{ t(lang, &k::COMPARE_LAST_PLAN) }</p>
            }
        </fieldset>
    };
    // Results first: the totals, the cheapest mix and the saving, then which plans are shown,
    // then each product's breakdown.
    html! {
        <section class="card comparison wide" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ t(lang, &k::COMPARE_HEADING) }</h2>
            <p class="help">{ t(lang, &k::COSTS_HELP) }</p>
            // Which currency and VAT basis every figure below is in, and why (issue 22).
            <p class="currency-basis" id="currency-basis">
                { match crate::ui::browser::region_defaults().filter(|r| r.currency == params.currency) {
                    Some(r) => tf(lang, &k::CURRENCY_FROM_REGION, &[("currency", params.currency.label().to_string()), ("region", r.region)]),
                    None => tf(lang, &k::CURRENCY_CHOSEN, &[("currency", params.currency.label().to_string())]),
                } }
                { " " }<strong>{ crate::domain::report::vat_note(lang, &params.vat) }</strong>{ "." }
            </p>
            if cmp.products.is_empty() {
                <p class="empty">{ t(lang, &k::PRODUCTS_NONE_SELECTED) }</p>
                { toggles }
            } else {
                { summary_table(lang, cmp, params) }
                <p class="saving" id="saving">
                    { match cmp.cheapest_mix.sum {
                        Some(_) => tf(lang, &k::COMPARE_CHEAPEST_MIX, &[("amount", total_text(lang, params.currency, &cmp.cheapest_mix))]),
                        None => t(lang, &k::COMPARE_NO_CHEAPEST),
                    } }
                    if cmp.saving_vs_baseline.sum.is_some() {
                        { " " }{ tf(lang, &k::COMPARE_SAVING, &[("amount", total_text(lang, params.currency, &cmp.saving_vs_baseline)), ("baseline", plan_label(lang, cmp.baseline))]) }
                    }
                </p>
                <ul class="cost-answers" id="cost-answers">
                    { for cmp.products.iter().filter_map(|pc| {
                        let plan = pc.cheapest?;
                        let total = pc.total(plan)?;
                        let first = pc.break_evens.iter().find(|b| b.cheaper_from == plan || b.cheaper_below == plan);
                        Some(html! { <li data-product={pc.id.to_string()}><strong>{ &pc.name }{ ": " }</strong>
                            { tf(lang, &k::REPORT_CHEAPEST_IS, &[("plan", plan_label(lang, plan)), ("total", money(total))]) }
                            if let Some(b) = first { { " " }{ break_even_text(lang, b) } }
                            if let Some(be) = pc.ramp.as_ref().and_then(|r| r.break_even) {
                                { " " }{ crate::domain::ramp::break_even_month_text(lang, &be, params.horizon_months) }
                            }
                        </li> })
                    }) }
                </ul>
                { toggles }
                { for cmp.products.iter().map(|pc| {
                    let id = &pc.id;
                    let offers = props.catalog.find(id).filter(|p| !p.variants.is_empty()).map(|p| Offers {
                        own_name: p.name.clone(),
                        variants: p.variants.iter().map(|v| (v.key.clone(), v.name.clone())).collect(),
                        chosen: params.variants.get(id).cloned(),
                    });
                    html! {
                        <ProductCost key={id.to_string()} pc={pc.clone()} currency={params.currency}
                            horizon_months={params.horizon_months} override_value={props.scenario.price_overrides.get(id).copied()}
                            {offers} price_sheet={price_sheet_asked.then(|| params.ea.on_price_sheet.contains(id))}
                            on_slide={props.on_slide.clone()} on_seats={props.on_seats.clone()} on_override={props.on_override.clone()}
                            on_price_sheet={props.on_price_sheet.clone()} on_variant={props.on_variant.clone()}
                            on_ramp={props.on_ramp.clone()} />
                    }
                }) }
            }
        </section>
    }
}
