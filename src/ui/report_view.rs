//! The decision report as a document to print or save as PDF (A4 and US Letter): the
//! `domain::report::Report` drawn as HTML with the cost charts. On screen a toolbar offers
//! printing and the way back; in print only the document remains (see `styles/app.css`,
//! `@media print`), and rows, tables and charts are kept whole across page breaks.
use crate::domain::compare::Comparison;
use crate::domain::money::Currency;
use crate::domain::report::Report;
use crate::i18n::{k, t, Lang};
use crate::ui::checklist::{Checklist, RequestMessages};
use crate::ui::cost_chart::{chart_max, CostChart};
use crate::ui::lang_switch::LangSwitch;
use crate::ui::{use_lang, Shared};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportViewProps {
    pub report: Shared<Report>,
    /// The comparison the report's cost sections come from, for the charts.
    pub comparison: Shared<Comparison>,
    pub currency: Currency,
    /// The customer name as typed (the report's title shows it cleaned).
    pub customer: String,
    pub on_customer: Callback<String>,
    pub on_back: Callback<()>,
    pub on_lang: Callback<Lang>,
}

#[function_component(ReportView)]
pub fn report_view(props: &ReportViewProps) -> Html {
    let lang = use_lang();
    let r = &*props.report;
    {
        // The document's heading takes the focus, so a keyboard or screen-reader user starts at
        // the top of the report, not on a control of the page that was left.
        use_effect_with((), |_| {
            if let Some(el) = gloo::utils::document().get_element_by_id("report-title") {
                use wasm_bindgen::JsCast;
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    {
        // The printed PDF is named after the document's title: the report's, in the reader's
        // language and with the customer's name, while the report is open.
        use_effect_with(r.title.clone(), |title| {
            let doc = gloo::utils::document();
            let before = doc.title();
            doc.set_title(title);
            move || doc.set_title(&before)
        });
    }
    let on_customer = props.on_customer.reform(|e: InputEvent| {
        use wasm_bindgen::JsCast;
        e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default()
    });
    // Each figure carries its column's name, for a phone, where a row is a block (styles).
    let heads = [&k::COMPARE_UNIT, &k::COMPARE_LICENCES, &k::COMPARE_OTHER, &k::COMPARE_TOTAL, &k::REPORT_PER_YEAR]
        .map(|key| t(lang, key));
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <div class="report-page">
            <nav class="report-toolbar" aria-label={t(lang, &k::REPORT_NAV)}>
                <button type="button" class="button primary" id="report-print" onclick={print}>{ t(lang, &k::REPORT_PRINT) }</button>
                <button type="button" class="button" id="report-back" onclick={props.on_back.reform(|_: MouseEvent| ())}>{ t(lang, &k::REPORT_BACK) }</button>
                <LangSwitch value={lang} on_change={props.on_lang.clone()} />
                <p class="hint">{ t(lang, &k::REPORT_PRINT_HINT) }</p>
                <div class="field report-customer">
                    <label for="report-customer">{ t(lang, &k::REPORT_CUSTOMER) }</label>
                    <input id="report-customer" type="text" autocomplete="organization"
                        value={props.customer.clone()} oninput={on_customer} aria-describedby="report-customer-hint" />
                    <p class="hint" id="report-customer-hint">{ t(lang, &k::REPORT_CUSTOMER_HINT) }</p>
                </div>
            </nav>
            <main class="report" id="main" aria-labelledby="report-title">
                <header class="report-header">
                    <h1 id="report-title" tabindex="-1">{ &r.title }</h1>
                    if let Some(w) = &r.differs {
                        // On the first page, before anything a reader could act on (issue 21).
                        <p class="report-warning" id="report-differs" role="note"><strong>{ w }</strong></p>
                    }
                    <dl class="report-meta">
                        { for r.meta.iter().map(|(label, value)| html! { <><dt>{ label }</dt><dd>{ value }</dd></> }) }
                        <dt>{ &r.link_label }</dt>
                        <dd class="report-link"><a href={r.link.clone()}>{ &r.link }</a></dd>
                    </dl>
                    if let Some(n) = &r.link_note {
                        <p class="hint" id="report-file-link">{ n }</p>
                    }
                </header>
                <section class="report-section" aria-labelledby="report-summary">
                    <h2 id="report-summary">{ t(lang, &k::REPORT_SUMMARY) }</h2>
                    if let Some(v) = &r.verdict {
                        <p class="report-verdict" id="report-verdict"><strong>{ v }</strong></p>
                    }
                    <p class="report-chosen" id="report-chosen"><strong>{ &r.chosen }</strong></p>
                    <p>{ &r.summary }</p>
                </section>
                if let Some(w) = &r.versus {
                    <section class="report-section" aria-labelledby="report-versus" id="report-versus-section">
                        <h2 id="report-versus">{ &w.title }</h2>
                        <p class="report-verdict"><strong>{ &w.verdict }</strong>{ " " }{ &w.changed }</p>
                        if !w.rows.is_empty() { { crate::ui::versus_view::versus_table(lang, w) } }
                        if let Some(f) = &w.folded_text { <p>{ format!("{f}: {}.", w.folded.join(", ")) }</p> }
                        <p class="hint">{ &w.how }</p>
                    </section>
                }
                <section class="report-section" aria-labelledby="report-decisions">
                    <h2 id="report-decisions">{ t(lang, &k::REPORT_DECISIONS) }</h2>
                    if r.decisions.is_empty() {
                        <p>{ t(lang, &k::PRODUCTS_NONE_SELECTED) }</p>
                    } else {
                        // Reasons follow the table rather than fill a narrow column: a row as
                        // tall as its reasons would be pushed whole onto the next page.
                        <div class="table-wrap" tabindex="0">
                        <table class="report-table decisions">
                            <colgroup>
                                <col class="col-product" /><col class="col-id" /><col class="col-seats" />
                                <col class="col-policy" /><col class="col-policy" />
                            </colgroup>
                            <thead><tr>
                                <th scope="col">{ t(lang, &k::SELECTION_PRODUCT) }</th>
                                <th scope="col">{ "ProductId" }</th>
                                <th scope="col" class="num">{ t(lang, &k::SELECTION_SEATS) }</th>
                                <th scope="col">{ t(lang, &k::TENANT_COL_CHOSEN) }</th>
                                <th scope="col">{ t(lang, &k::TENANT_COL_RECOMMENDED) }</th>
                            </tr></thead>
                            <tbody>
                                { for r.decisions.iter().map(|d| html! {
                                    <tr data-product={d.id.clone()}>
                                        <th scope="row">{ &d.name }</th>
                                        <td><code>{ &d.id }</code></td>
                                        <td class="num">{ crate::domain::money::format_number(d.seats.into(), 0, lang.locale()) }</td>
                                        <td>{ &d.chosen }</td>
                                        <td>{ &d.recommended }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                        </div>
                        if r.decisions.iter().any(|d| !d.reasons.is_empty()) {
                            <h3>{ t(lang, &k::REPORT_REASONS) }</h3>
                            <dl class="report-reasons">
                                { for r.decisions.iter().filter(|d| !d.reasons.is_empty()).map(|d| html! { <>
                                    <dt>{ &d.name }</dt>
                                    <dd><ul>{ for d.reasons.iter().map(|(x, src)| html! { <li>{ x }{ " " }<span class="source">{ format!("({src})") }</span></li> }) }</ul></dd>
                                </> }) }
                            </dl>
                        }
                    }
                </section>
                <section class="report-section" aria-labelledby="report-costs">
                    <h2 id="report-costs">{ t(lang, &k::COMPARE_HEADING) }</h2>
                    { for r.costs.iter().zip(props.comparison.products.iter()).map(|(c, pc)| html! {
                        <section class="report-product" data-product={c.id.clone()} aria-labelledby={format!("report-cost-{}", c.id)}>
                            <h3 id={format!("report-cost-{}", c.id)}>{ &c.name }{ " " }<span class="muted">{ &c.scope }</span></h3>
                            <div class="table-wrap" tabindex="0">
                            <table class="report-table costs">
                                <thead><tr>
                                    <th scope="col">{ t(lang, &k::COMPARE_PLAN) }</th>
                                    <th scope="col" class="num">{ t(lang, &k::COMPARE_UNIT) }</th>
                                    <th scope="col" class="num">{ t(lang, &k::COMPARE_LICENCES) }</th>
                                    <th scope="col" class="num">{ t(lang, &k::COMPARE_OTHER) }</th>
                                    <th scope="col" class="num">{ t(lang, &k::COMPARE_TOTAL) }</th>
                                    <th scope="col" class="num">{ t(lang, &k::REPORT_PER_YEAR) }</th>
                                </tr></thead>
                                <tbody>
                                    { for c.rows.iter().map(|row| html! {
                                        <tr data-plan={row.plan_code} class={classes!(row.cheapest.then_some("cheapest"))}>
                                            <th scope="row">{ &row.plan }
                                                if row.cheapest { { " " }<strong class="badge badge-cheapest">{ t(lang, &k::COMPARE_CHEAPEST) }</strong> }
                                            </th>
                                            { match &row.figures {
                                                Ok(cells) => cells.iter().zip(heads.iter()).map(|(x, head)| html! { <td class="num" data-label={head.clone()}>{ x }</td> }).collect::<Html>(),
                                                Err(why) => html! { <td colspan="5" class="unknown">{ why }</td> },
                                            } }
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                            </div>
                            <ul class="report-findings">
                                if let Some(x) = &c.cheapest { <li><strong>{ x }</strong></li> }
                                { for c.break_evens.iter().chain(&c.no_break_even).map(|b| html! { <li>{ b }</li> }) }
                            </ul>
                            if !c.ramp.is_empty() {
                                <h4>{ t(lang, &k::REPORT_RAMP_HEADING) }</h4>
                                <ul class="report-findings report-ramp">{ for c.ramp.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
                            }
                            if !pc.pricers.is_empty() {
                                <CostChart id={format!("report-chart-{}", c.id)} product={pc.name.clone()} pricers={pc.pricers.clone()}
                                    break_evens={pc.break_evens.clone()} seats={pc.seats} max_seats={chart_max(pc)} currency={props.currency} />
                            }
                            if let Some(o) = &pc.ramp {
                                <crate::ui::ramp_chart::RampChart id={format!("report-ramp-chart-{}", c.id)} product={pc.name.clone()} outcome={o.clone()} currency={props.currency} />
                            }
                        </section>
                    }) }
                </section>
                if !r.totals.is_empty() {
                    <section class="report-section" aria-labelledby="report-totals">
                        <h2 id="report-totals">{ t(lang, &k::REPORT_TOTALS) }{ " " }<span class="muted">{ format!("({})", r.vat) }</span></h2>
                        <table class="report-table totals" id="report-totals-table">
                            <thead><tr>
                                <th scope="col">{ t(lang, &k::COMPARE_PLAN) }</th>
                                <th scope="col" class="num">{ t(lang, &k::COMPARE_TOTAL) }</th>
                            </tr></thead>
                            <tbody>
                                { for r.totals.iter().map(|(label, total)| html! {
                                    <tr><th scope="row">{ label }</th><td class="num">{ total }</td></tr>
                                }) }
                            </tbody>
                        </table>
                        <ul class="report-findings">{ for r.totals_text.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
                    </section>
                }
                if !r.finance.is_empty() {
                    <section class="report-section" aria-labelledby="report-finance">
                        <h2 id="report-finance">{ &r.finance_heading }{ " " }<span class="muted">{ format!("({})", r.vat) }</span></h2>
                        <div class="table-wrap" tabindex="0">
                        <table class="report-table finance" id="report-finance-table">
                            <thead><tr>
                                <th scope="col">{ t(lang, &k::SELECTION_PRODUCT) }</th>
                                <th scope="col" class="num">{ t(lang, &k::REPORT_FIN_SELF_SERVICE) }</th>
                                <th scope="col" class="num">{ t(lang, &k::REPORT_FIN_CHEAPEST) }</th>
                                <th scope="col" class="num">{ t(lang, &k::REPORT_FIN_SAVING) }</th>
                                <th scope="col" class="num">{ t(lang, &k::REPORT_FIN_PER_YEAR) }</th>
                            </tr></thead>
                            <tbody>
                                { for r.finance.iter().map(|f| html! {
                                    <tr>
                                        <th scope="row">{ &f.name }</th>
                                        <td class="num" data-label={t(lang, &k::REPORT_FIN_SELF_SERVICE)}>{ &f.self_service }</td>
                                        <td class="num" data-label={t(lang, &k::REPORT_FIN_CHEAPEST)}>{ &f.cheapest }</td>
                                        <td class="num" data-label={t(lang, &k::REPORT_FIN_SAVING)}>{ &f.saving }</td>
                                        <td class="num" data-label={t(lang, &k::REPORT_FIN_PER_YEAR)}>{ &f.saving_per_year }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                        </div>
                        <p class="hint" id="report-saving-starts">{ &r.saving_starts }</p>
                    </section>
                }
                <section class="report-section" aria-labelledby="report-assumptions">
                    <h2 id="report-assumptions">{ t(lang, &k::ASSUME_HEADING) }</h2>
                    <dl class="report-assumptions">
                        { for r.assumptions.iter().map(|(label, value)| html! { <><dt>{ label }</dt><dd>{ value }</dd></> }) }
                    </dl>
                </section>
                if !r.follow_ups.is_empty() {
                    <section class="report-section" aria-labelledby="report-follow-ups">
                        <h2 id="report-follow-ups">{ t(lang, &k::DECISION_FOLLOW_UPS_HEADING) }</h2>
                        <ul>{ for r.follow_ups.iter().map(|f| html! { <li>{ f }</li> }) }</ul>
                    </section>
                }
                { doors_section(lang, &r.doors) }
                if let Some(ro) = &r.rollout {
                    <section class="report-section" aria-labelledby="report-rollout" id="report-rollout-section">
                        <h2 id="report-rollout">{ t(lang, &k::FLEET_UI_ROLLOUT_TITLE) }</h2>
                        <ul>{ for ro.lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                    </section>
                }
                <section class="report-section appendix" aria-labelledby="report-appendix">
                    <h2 id="report-appendix">{ t(lang, &k::REPORT_APPENDIX) }</h2>
                    <h3>{ t(lang, &k::SCRIPTS_ADMIN_CENTER) }</h3>
                    <ol class="report-steps">{ for r.admin_steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                    if !r.prices.is_empty() {
                        <h3 id="report-prices">{ t(lang, &k::REPORT_PRICES) }</h3>
                        <div class="table-wrap" tabindex="0">
                        <table class="report-table prices">
                            <thead><tr>
                                <th scope="col">{ t(lang, &k::SELECTION_PRODUCT) }</th>
                                <th scope="col">{ t(lang, &k::COMPARE_PLAN) }</th>
                                <th scope="col" class="num">{ t(lang, &k::COMPARE_UNIT) }</th>
                                <th scope="col">{ t(lang, &k::REPORT_PRICE_BASIS) }</th>
                            </tr></thead>
                            <tbody>
                                { for r.prices.iter().map(|[product, plan, unit, why]| html! {
                                    <tr>
                                        <td data-label={t(lang, &k::SELECTION_PRODUCT)}>{ product }</td>
                                        <td data-label={t(lang, &k::COMPARE_PLAN)}>{ plan }</td>
                                        <td class="num" data-label={t(lang, &k::COMPARE_UNIT)}>{ unit }</td>
                                        <td class="price-basis">{ why }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                        </div>
                    }
                    if let Some(ro) = &r.rollout {
                        <h3 id="report-exports">{ t(lang, &k::FLEET_UI_EXPORTS_APPENDIX) }</h3>
                        <ul class="report-exports" id="report-exports-list">
                            { for ro.exports.iter().map(|(what, file)| html! { <li>{ what }{ ": " }<code>{ file }</code></li> }) }
                        </ul>
                    }
                    <h3>{ t(lang, &k::SCRIPTS_VARIANT_MSCOMMERCE) }</h3>
                    if let Some(said) = &r.script_of { <p id="report-script-of"><strong>{ said }</strong></p> }
                    <pre class="report-script" id="report-script"><code>{ &r.script }</code></pre>
                </section>
            </main>
        </div>
    }
}

/// Issue 13 in print: the checklist, the licence-request path with the message in every
/// language, the other doors with their settings and reasons, and the take-over plan.
fn doors_section(lang: crate::i18n::Lang, d: &crate::domain::report::DoorsReport) -> Html {
    if d.checklist.is_empty() && d.request.is_none() && d.switches.is_empty() && d.takeover.is_none() {
        return html! {};
    }
    html! {
        <>
            if !d.checklist.is_empty() {
                <section class="report-section" aria-labelledby="report-checklist">
                    <h2 id="report-checklist">{ t(lang, &k::DOORS_CHECK_TITLE) }</h2>
                    <Checklist items={d.checklist.clone()} />
                </section>
            }
            if let Some(r) = &d.request {
                <section class="report-section" aria-labelledby="report-request-heading" id="report-request">
                    <h2 id="report-request-heading">{ t(lang, &k::DOORS_REQUEST_TITLE) }</h2>
                    <p>{ &r.users_see }</p>
                    <ol>{ for r.steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                    <ul>{ for r.notes.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                    <RequestMessages messages={r.messages.clone()} />
                </section>
            }
            if !d.switches.is_empty() {
                <section class="report-section" aria-labelledby="report-switches-heading" id="report-switches">
                    <h2 id="report-switches-heading">{ t(lang, &k::DOORS_SWITCHES_TITLE) }</h2>
                    <ul class="switch-list">
                        { for d.switches.iter().map(|sw| html! {
                            <li>
                                <p class="switch-line"><strong>{ &sw.label }</strong>{ ": " }{ &sw.setting }</p>
                                <p>{ &sw.what }{ " " }{ &sw.click_path }</p>
                                if !sw.reasons.is_empty() {
                                    <ul>{ for sw.reasons.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
                                }
                            </li>
                        }) }
                    </ul>
                    if !d.product_controls.is_empty() {
                        <ul>{ for d.product_controls.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                    }
                </section>
            }
            if let Some((rows, inference)) = &d.takeover {
                <section class="report-section" aria-labelledby="report-takeover">
                    <h2 id="report-takeover">{ t(lang, &k::DECISION_FOLLOW_UP_TAKE_OVER) }</h2>
                    <ul>{ for rows.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
                    <p class="hint">{ inference }</p>
                </section>
            }
        </>
    }
}
