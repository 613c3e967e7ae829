//! One year of licence cost per product and in total, for self-service (annual), CSP (annual)
//! and CSP (monthly term), with each price's source and date underneath.
use crate::domain::catalog::{Catalog, Term};
use crate::domain::money::format_money;
use crate::domain::pricing::{licence_cost, unit_price, Channel, Plan, PriceRule};
use crate::domain::scenario::Scenario;
use crate::i18n::{msg, t, tf};
use crate::ui::use_lang;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

const COLUMNS: [(Plan, &str); 3] = [
    (Plan::new(Channel::SelfService, Term::Annual), "costs.col.ssp_annual"),
    (Plan::new(Channel::Csp, Term::Annual), "costs.col.csp_annual"),
    (Plan::new(Channel::Csp, Term::Monthly), "costs.col.csp_monthly"),
];

#[derive(Properties, PartialEq)]
pub struct CostTableProps {
    pub catalog: Rc<Catalog>,
    pub scenario: Scenario,
}

#[function_component(CostTable)]
pub fn cost_table(props: &CostTableProps) -> Html {
    let lang = use_lang();
    let params = &props.scenario.pricing;
    let money = |d: Decimal| format_money(d, params.currency, lang.locale());
    let mut totals = [Decimal::ZERO; 3];
    let mut incomplete = false;
    let mut sources = Vec::new();
    let rows: Vec<Html> = props
        .scenario
        .selections
        .iter()
        .filter_map(|s| {
            let p = props.catalog.find(&s.id)?;
            let over = props.scenario.price_overrides.get(&p.id).copied();
            let cells: Vec<Html> = COLUMNS
                .iter()
                .enumerate()
                .map(|(i, (plan, _))| match unit_price(p, over, *plan, params) {
                    Ok(unit) => {
                        let cost = licence_cost(unit.amount, s.seats, plan.term, 12);
                        totals[i] += cost;
                        if let Some(PriceRule::Published { source, as_of }) = unit.rules.first() {
                            if !sources.iter().any(|(n, _, _)| n == &p.name) {
                                sources.push((p.name.clone(), source.clone(), as_of.clone()));
                            }
                        }
                        html! { <td class="num" data-plan={plan.code()}>{ money(cost) }</td> }
                    }
                    Err(why) => {
                        incomplete = true;
                        html! { <td class="unknown" data-plan={plan.code()}>{ msg(lang, &why.message()) }</td> }
                    }
                })
                .collect();
            Some(html! {
                <tr key={p.id.to_string()} data-product={p.id.to_string()}>
                    <th scope="row">{ &p.name }</th>
                    <td class="num">{ s.seats }</td>
                    { for cells }
                </tr>
            })
        })
        .collect();
    html! {
        <section class="card costs" aria-labelledby="costs-heading">
            <h2 id="costs-heading">{ t(lang, "costs.heading") }</h2>
            <p class="help">{ t(lang, "costs.help") }</p>
            if rows.is_empty() {
                <p class="empty">{ t(lang, "products.none_selected") }</p>
            } else {
                <div class="table-wrap">
                    <table class="cost-table">
                        <thead><tr>
                            <th scope="col">{ t(lang, "selection.product") }</th>
                            <th scope="col" class="num">{ t(lang, "selection.seats") }</th>
                            { for COLUMNS.iter().map(|(_, key)| html! { <th scope="col" class="num">{ t(lang, key) }</th> }) }
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                        <tfoot><tr class="total">
                            <th scope="row" colspan="2">{ t(lang, if incomplete { "costs.total_incomplete" } else { "costs.total" }) }</th>
                            { for COLUMNS.iter().zip(totals).map(|((plan, _), v)| html! { <td class="num" data-plan={plan.code()}>{ money(v) }</td> }) }
                        </tr></tfoot>
                    </table>
                </div>
                <ul class="sources">
                    { for sources.iter().map(|(name, source, as_of)| html! {
                        <li><strong>{ name }{ ": " }</strong>{ tf(lang, "costs.source", &[("source", source.clone()), ("date", as_of.clone())]) }</li>
                    }) }
                </ul>
            }
        </section>
    }
}
