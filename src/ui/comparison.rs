//! The cost comparison: a summary across the selected products (total per plan over the
//! horizon, cheapest marked, saving of the cheapest mix), then per product the breakdown with
//! the rule behind every unit price, the break-even seat counts, a price field (required where
//! no price is known) and the chart with a seat slider.
use crate::domain::catalog::PricePoint;
use crate::domain::compare::{Comparison, ProductComparison};
use crate::domain::derived::Derived;
use crate::domain::ids::ProductId;
use crate::domain::message::Message;
use crate::domain::money::{format_money, format_number, Currency};
use crate::domain::pricing::{CostBreakdown, Plan, PriceRule, PricingParams, EA_LEVEL_A_FROM};
use crate::domain::report::break_even_text;
use crate::domain::scenario::Scenario;
use crate::domain::scenario::Selection;
use crate::i18n::k;
use crate::i18n::{msg, t, tf, tn, Lang};
use crate::ui::cost_chart::{chart_max, CostChart};
use crate::ui::number_field::NumberField;
use crate::ui::Shared;
use crate::ui::{plan_label, use_lang};
use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonViewProps {
    pub scenario: Scenario,
    pub derived: Shared<Derived>,
    pub on_seats: Callback<(ProductId, u32)>,
    pub on_override: Callback<(ProductId, Option<Decimal>)>,
    pub on_toggle_plan: Callback<Plan>,
    /// Whether a product was already on the EA price sheet before 2025-11-01.
    pub on_price_sheet: Callback<(ProductId, bool)>,
    /// Which offer of a product a self-service buyer would see (`None` = its own).
    pub on_variant: Callback<(ProductId, Option<String>)>,
    /// The catalogue, for products sold as several offers under one ProductId.
    pub catalog: std::rc::Rc<crate::domain::catalog::Catalog>,
}

fn rule_text(lang: Lang, rule: &PriceRule, currency: Currency, base: Option<Decimal>) -> String {
    let pct = |d: &Decimal| {
        format_number(*d, 2, lang.locale()).trim_end_matches(['0']).trim_end_matches([',', '.']).to_string()
    };
    match rule {
        PriceRule::Published { source, as_of } => tf(
            lang,
            &k::RULE_PUBLISHED,
            &[
                ("price", base.map(|b| format_money(b, currency, lang.locale())).unwrap_or_default()),
                ("source", source.clone()),
                ("date", as_of.clone()),
            ],
        ),
        PriceRule::UserEntered => tf(
            lang,
            &k::RULE_USER,
            &[("price", base.map(|b| format_money(b, currency, lang.locale())).unwrap_or_default())],
        ),
        PriceRule::AbmUplift => t(lang, &k::RULE_ABM),
        PriceRule::MonthlyUplift => t(lang, &k::RULE_MONTHLY),
        PriceRule::CspAdjust(p) => tf(lang, &k::RULE_CSP_ADJUST, &[("pct", pct(p))]),
        PriceRule::EaLevel { level, pct: p, level_a_rule: true } => tf(
            lang,
            &k::RULE_EA_LEVEL_A,
            &[
                ("level", level.letter().into()),
                ("pct", pct(p)),
                ("date", crate::i18n::format_date(EA_LEVEL_A_FROM, lang)),
            ],
        ),
        PriceRule::EaLevel { level, pct: p, level_a_rule: false } => {
            tf(lang, &k::RULE_EA_LEVEL, &[("level", level.letter().into()), ("pct", pct(p))])
        }
        PriceRule::EaNegotiated(p) => tf(lang, &k::RULE_EA_NEGOTIATED, &[("pct", pct(p))]),
    }
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

fn product_detail(lang: Lang, pc: &ProductComparison, props: &ComparisonViewProps, params: &PricingParams) -> Html {
    let money = |d: Decimal| format_money(d, params.currency, lang.locale());
    let id = pc.id.clone();
    let override_value = props.scenario.price_overrides.get(&id).copied();
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
    let on_slide = {
        let cb = props.on_seats.clone();
        let id = id.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(n) = input.value().parse::<u32>() {
                cb.emit((id.clone(), n.clamp(Selection::SEATS.min, Selection::SEATS.max)));
            }
        })
    };
    let slider_id = format!("slider-{id}");
    html! {
        <article class={classes!("product-cost", any_unknown.then_some("needs-price"))} data-product={id.to_string()} key={id.to_string()}>
            <h3>{ &pc.name }{ " " }<span class="muted">{ tf(lang, &k::COMPARE_FOR_SEATS, &[("seats", tn(lang, &k::UNIT_SEATS, pc.seats.into(), &[])), ("months", tn(lang, &k::UNIT_MONTHS, params.horizon_months.into(), &[]))]) }</span></h3>
            <NumberField id={format!("price-{id}")} label={tf(lang, &k::COMPARE_YOUR_PRICE, &[("currency", params.currency.code().to_string())])}
                help={AttrValue::from(t(lang, if any_unknown { &k::COMPARE_YOUR_PRICE_UNKNOWN } else { &k::COMPARE_YOUR_PRICE_HELP }))}
                value={override_value.map(|v| v.to_string()).unwrap_or_default()} validate={validate_price}
                class={classes!("price-field", any_unknown.then_some("required"))} />
            if let Some(product) = props.catalog.find(&id).filter(|p| !p.variants.is_empty()) {
                <div class="field variant">
                    <label for={format!("variant-{id}")}>{ t(lang, &k::COMPARE_VARIANT) }</label>
                    <select id={format!("variant-{id}")} onchange={{
                        let id = id.clone();
                        props.on_variant.reform(move |e: Event| {
                            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                            (id.clone(), (!v.is_empty()).then_some(v))
                        })
                    }}>
                        <option value="" selected={!params.variants.contains_key(&id)}>{ product.name.clone() }</option>
                        { for product.variants.iter().map(|v| html! {
                            <option value={v.key.clone()} selected={params.variants.get(&id) == Some(&v.key)}>{ v.name.clone() }</option>
                        }) }
                    </select>
                    <p class="hint">{ t(lang, &k::COMPARE_VARIANT_HELP) }</p>
                </div>
            }
            if params.ea.predates_level_a() && props.scenario.shown_plans.iter().any(|p| p.channel == crate::domain::pricing::Channel::Ea) {
                <label class="check price-sheet" for={format!("sheet-{id}")}>
                    <input type="checkbox" id={format!("sheet-{id}")} checked={params.ea.on_price_sheet.contains(&id)}
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
                        <th scope="col" class="num">{ t(lang, &k::COMPARE_UNIT) }</th>
                        <th scope="col" class="num">{ t(lang, &k::COMPARE_LICENCES) }</th>
                        <th scope="col">{ t(lang, &k::COMPARE_OTHER) }</th>
                        <th scope="col" class="num">{ t(lang, &k::COMPARE_TOTAL) }</th>
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
                                        <td class="num">{ unit.map(|u| format_money(u, params.currency, lang.locale())).unwrap_or_default() }</td>
                                        <td class="num licences">{ money(b.licences) }</td>
                                        <td>{ other_costs(lang, b, &money) }</td>
                                        <td class="num total">{ money(b.total) }</td>
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
                            { p.unit.rules.iter().map(|r| rule_text(lang, r, params.currency, base)).collect::<Vec<_>>().join(" → ") }
                        </li> }
                    }) }
                </ul>
            </details>
            if !pc.pricers.is_empty() {
                <div class="slider field">
                    <label for={slider_id.clone()}>{ tf(lang, &k::COMPARE_SLIDER, &[("product", pc.name.clone())]) }</label>
                    <input type="range" id={slider_id} min="1" max={max.to_string()} value={pc.seats.min(max).to_string()} oninput={on_slide} />
                    <output for={format!("slider-{id}")}>{ format_number(Decimal::from(pc.seats), 0, lang.locale()) }</output>
                </div>
                <CostChart id={format!("chart-{id}")} product={pc.name.clone()} pricers={pc.pricers.clone()}
                    break_evens={pc.break_evens.clone()} seats={pc.seats} max_seats={max} currency={params.currency} />
            }
        </article>
    }
}

fn summary_table(lang: Lang, cmp: &Comparison, params: &PricingParams) -> Html {
    let money = |d: Decimal| format_money(d, params.currency, lang.locale());
    html! {
        <div class="table-wrap" tabindex="0">
            <table class="cost-table">
                <caption>{ tn(lang, &k::COMPARE_SUMMARY_CAPTION, params.horizon_months.into(), &[]) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, &k::SELECTION_PRODUCT) }</th>
                    <th scope="col" class="num">{ t(lang, &k::SELECTION_SEATS) }</th>
                    { for cmp.totals.iter().map(|tot| html! { <th scope="col" class="num">{ plan_label(lang, tot.plan) }</th> }) }
                </tr></thead>
                <tbody>
                    { for cmp.products.iter().map(|pc| html! {
                        <tr data-product={pc.id.to_string()} key={pc.id.to_string()}>
                            <th scope="row">{ &pc.name }</th>
                            <td class="num">{ format_number(Decimal::from(pc.seats), 0, lang.locale()) }</td>
                            { for pc.results.iter().map(|r| {
                                let cheapest = pc.cheapest == Some(r.plan);
                                match &r.cost {
                                    Ok(b) => html! { <td class={classes!("num", cheapest.then_some("cheapest"))} data-plan={r.plan.code()}>
                                        { money(b.total) }
                                        if cheapest { <span class="visually-hidden">{ format!(" ({})", t(lang, &k::COMPARE_CHEAPEST)) }</span> }
                                    </td> },
                                    Err(why) => html! { <td class="unknown" data-plan={r.plan.code()}>{ msg(lang, &why.message()) }</td> },
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
                <tfoot>
                    <tr class="total">
                        <th scope="row" colspan="2">{ t(lang, &k::COSTS_TOTAL) }</th>
                        { for cmp.totals.iter().map(|tot| html! {
                            <td class="num" data-plan={tot.plan.code()}>
                                { tot.sum.map(money).unwrap_or_else(|| t(lang, &k::COMPARE_NO_FIGURE)) }
                                if !tot.missing.is_empty() {
                                    <span class="incomplete">{ tf(lang, &k::COMPARE_TOTAL_MISSING, &[("n", tot.missing.len().to_string())]) }</span>
                                }
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
            if cmp.products.is_empty() {
                <p class="empty">{ t(lang, &k::PRODUCTS_NONE_SELECTED) }</p>
                { toggles }
            } else {
                { summary_table(lang, cmp, params) }
                <p class="saving" id="saving">
                    { match cmp.cheapest_mix {
                        Some(mix) => tf(lang, &k::COMPARE_CHEAPEST_MIX, &[("amount", money(mix))]),
                        None => t(lang, &k::COMPARE_NO_CHEAPEST),
                    } }
                    if let Some(s) = cmp.saving_vs_baseline {
                        { " " }{ tf(lang, &k::COMPARE_SAVING, &[("amount", money(s)), ("baseline", plan_label(lang, cmp.baseline))]) }
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
                        </li> })
                    }) }
                </ul>
                { toggles }
                { for cmp.products.iter().map(|pc| product_detail(lang, pc, props, params)) }
            }
        </section>
    }
}
