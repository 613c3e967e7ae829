//! The recommendation: the verdict and a one-paragraph executive summary, then per product the
//! recommended policy with every reason that produced it (the rule that fired, in words, its
//! weight and source) and the cost figures behind it, and the follow-up actions.
use crate::domain::decision::{Reason, Recommendation, Side};
use crate::domain::ids::ProductId;
use crate::domain::money::{format_money, Currency};
use crate::i18n::k;
use crate::i18n::{msg_money, t, tf, tn};
use crate::ui::use_lang;
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecommendationViewProps {
    pub recommendation: Recommendation,
    /// Self-service total minus the cheapest central plan, per product, where known.
    /// Self-service total minus the cheapest central plan, and the licence part of it, per
    /// product, where known; and the period they are over.
    pub extra_costs: Vec<(ProductId, Option<(Decimal, Decimal)>)>,
    pub months: u32,
    pub currency: Currency,
    /// Whether any question is answered: until then there is no recommendation to show.
    pub recommends: bool,
    /// How many selected products the recommendation would change.
    pub differing: usize,
    pub on_apply: Callback<()>,
}

#[function_component(RecommendationView)]
pub fn recommendation_view(props: &RecommendationViewProps) -> Html {
    let lang = use_lang();
    let rec = &props.recommendation;
    let applied = use_state(|| None::<usize>);
    let on_apply = {
        let applied = applied.clone();
        let n = props.differing;
        props.on_apply.reform(move |_: MouseEvent| applied.set(Some(n)))
    };
    if !props.recommends {
        return html! {
            <section class="recommendation" aria-labelledby="rec-heading">
                <h3 id="rec-heading" tabindex="-1">{ t(lang, &k::REC_HEADING) }</h3>
                <p class="no-recommendation" id="verdict">{ t(lang, &k::REC_NONE_YET) }</p>
            </section>
        };
    }
    let currency = props.currency;
    let money_msg = move |m: &crate::domain::message::Message| msg_money(lang, m, currency);
    let paragraph = rec.summary.iter().map(money_msg).collect::<Vec<_>>().join(" ");
    let reason = |r: &Reason| {
        html! {
            <li class={classes!("reason", match r.side { Side::For => "for", Side::Against => "against", Side::Neutral => "neutral" })} data-rule={r.rule_id}>
                <span class="side">{ t(lang, r.side.label_key()) }</span>
                <span class="text">{ money_msg(&r.message) }</span>
                <span class="meta">
                    if r.points != 0 { { tn(lang, &k::REC_POINTS, r.points.unsigned_abs().into(), &[("points", format!("{:+}", r.points))]) }{ " · " } }
                    if let Some(w) = r.weight { { t(lang, w.label_key()) }{ " · " } }
                    { t(lang, r.source.label_key()) }
                </span>
            </li>
        }
    };
    html! {
        <section class="recommendation" aria-labelledby="rec-heading">
            <h3 id="rec-heading" tabindex="-1">{ t(lang, &k::REC_HEADING) }</h3>
            <p class={classes!("verdict", format!("verdict-{:?}", rec.verdict).to_lowercase())} id="verdict">
                { t(lang, rec.verdict.label_key()) }
            </p>
            <p class="executive-summary" id="executive-summary">{ paragraph }</p>
            if rec.per_product.iter().any(|p| p.policy.is_some()) {
                <button type="button" class="button primary" id="apply-recommendation" onclick={on_apply}>{ t(lang, &k::REC_APPLY) }</button>
            }
            <p role="status" class="apply-status">
                if let Some(n) = *applied { { tn(lang, &k::REC_APPLIED, n as u64, &[]) } }
            </p>
            { for rec.per_product.iter().map(|p| {
                let extra = props.extra_costs.iter().find(|(id, _)| id == &p.id).and_then(|(_, e)| *e);
                html! {
                    <article class="product-rec" data-product={p.id.to_string()} key={p.id.to_string()}>
                        <h4>
                            { &p.name }{ " " }
                            { match p.policy {
                                Some(v) => html! { <span class={classes!("policy-badge", format!("policy-{}", v.as_str()))}>{ t(lang, v.label_key()) }</span> },
                                None => html! { <span class="policy-badge policy-none">{ t(lang, &k::REC_NOTHING_TO_CONFIGURE) }</span> },
                            } }
                        </h4>
                        <p class="basis">{ tf(lang, p.basis.label_key(), &[("score", p.score.to_string())]) }</p>
                        <ul class="reasons">{ for p.reasons.iter().map(reason) }</ul>
                        if !p.not_counted.is_empty() {
                            <details class="not-counted">
                                <summary>{ tn(lang, &k::REC_NOT_COUNTED, p.not_counted.len() as u64, &[]) }</summary>
                                <ul class="reasons">{ for p.not_counted.iter().map(reason) }</ul>
                            </details>
                        }
                        if let Some(note) = &p.policy_note { <p class="hint">{ money_msg(note) }</p> }
                        if let Some((e, licences)) = extra {
                            <p class="cost-figure">{ tn(lang, if e > Decimal::ZERO { &k::REC_EXTRA_COST } else { &k::REC_NO_EXTRA_COST },
                                props.months.into(), &[
                                ("amount", format_money(e.abs(), props.currency, lang.locale())),
                                ("licences", format_money(licences, props.currency, lang.locale())),
                                ("overhead", format_money(e - licences, props.currency, lang.locale())),
                            ]) }</p>
                        }
                    </article>
                }
            }) }
            if !rec.follow_ups.is_empty() {
                <h3>{ t(lang, &k::DECISION_FOLLOW_UPS_HEADING) }</h3>
                <ol class="follow-ups" id="follow-ups">
                    { for rec.follow_ups.iter().map(|f| html! { <li data-rule={f.rule_id}>{ money_msg(&f.message) }</li> }) }
                </ol>
            }
        </section>
    }
}
