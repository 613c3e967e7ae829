//! Always in view: each selected product with its seats, the policy chosen, the recommended one
//! where it differs, and the totals of the cheapest mix against self-service.
use crate::domain::catalog::Catalog;
use crate::domain::derived::Derived;
use crate::domain::report::chosen_text;
use crate::domain::scenario::Scenario;
use crate::i18n::k;
use crate::i18n::{msg_money, t, tf, tn};
use crate::ui::{plan_label, total_html, use_lang, Shared};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryPanelProps {
    pub catalog: Rc<Catalog>,
    pub scenario: Scenario,
    pub derived: Shared<Derived>,
}

#[function_component(SummaryPanel)]
pub fn summary_panel(props: &SummaryPanelProps) -> Html {
    let lang = use_lang();
    let s = &props.scenario;
    let rec = &props.derived.recommendation;
    let cmp = &props.derived.comparison;
    // The figure in bold, what it leaves out under it in plain text (issue 21).
    let figure_and_gaps = |total| total_html(lang, s.pricing.currency, total);
    html! {
        <aside class="summary-panel" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ t(lang, &k::SUMMARY_HEADING) }</h2>
            if s.selections.is_empty() {
                <p class="empty">{ t(lang, &k::PRODUCTS_NONE_SELECTED) }</p>
            } else {
                if props.derived.recommends() {
                    <p class="summary-verdict" id="summary-verdict">{ tf(lang, &k::SUMMARY_RECOMMENDED_VERDICT, &[("verdict", t(lang, rec.verdict.label_key()))]) }</p>
                } else {
                    <p class="summary-verdict no-recommendation" id="summary-verdict">{ t(lang, &k::SUMMARY_NO_RECOMMENDATION) }</p>
                }
                <p class="summary-chosen" id="summary-chosen">{ chosen_text(lang, s) }</p>
                <ul class="summary-products">
                    { for s.selections.iter().filter_map(|sel| {
                        let p = props.catalog.find(&sel.id)?;
                        let recommended = rec.product(&sel.id).and_then(|r| r.policy).filter(|_| props.derived.recommends());
                        Some(html! {
                            <li data-product={sel.id.to_string()}>
                                <span class="summary-name">{ &p.name }</span>
                                <span class="summary-seats">{ tn(lang, &k::SUMMARY_SEATS, sel.seats.into(), &[]) }</span>
                                <span class="visually-hidden">{ t(lang, &k::SUMMARY_CHOSEN_LABEL) }</span>
                                <span class={classes!("policy-badge", format!("policy-{}", sel.policy.as_str()))}>{ t(lang, sel.policy.label_key()) }</span>
                                if let Some(r) = recommended.filter(|r| *r != sel.policy) {
                                    <span class="summary-differs">{ tf(lang, &k::SUMMARY_RECOMMENDED, &[("policy", t(lang, r.label_key()))]) }</span>
                                }
                            </li>
                        })
                    }) }
                </ul>
                <p class="summary-basis hint" id="summary-basis">{ format!("{} · {}", s.pricing.currency.label(), crate::domain::report::vat_note(lang, &s.pricing.vat)) }</p>
                <p class="summary-period">{ tn(lang, &k::SUMMARY_PERIOD, s.pricing.horizon_months.into(), &[]) }</p>
                <dl class="summary-costs">
                    // Every total names the products it leaves out (issue 21).
                    { for cmp.totals.iter().take(1).map(|tot| html! {
                        <>
                            <dt>{ plan_label(lang, tot.plan) }</dt>
                            <dd data-plan={tot.plan.code()}>{ figure_and_gaps(&tot.total) }</dd>
                        </>
                    }) }
                    if cmp.cheapest_mix.sum.is_some() {
                        <dt>{ t(lang, &k::SUMMARY_CHEAPEST_MIX) }</dt>
                        <dd id="summary-cheapest-mix">{ figure_and_gaps(&cmp.cheapest_mix) }</dd>
                    }
                </dl>
                if let Some(first) = rec.summary.first().filter(|_| props.derived.recommends()) {
                    <p class="hint">{ msg_money(lang, first, s.pricing.currency) }</p>
                }
            }
        </aside>
    }
}
