//! Cost so far against the month, one line per plan, when a product's seats follow the user's
//! assumption (issue 24): drawn as SVG by hand like the seat sweep next to it (`cost_chart`),
//! with the break-even month marked, an accessible title and description, and the same data as
//! a table with the seats of each month. Floats appear only as pixel coordinates.
use crate::domain::money::{format_money, format_number, Currency};
use crate::domain::ramp::{break_even_month_text, RampOutcome};
use crate::i18n::k;
use crate::i18n::{t, tf, tn};
use crate::ui::cost_chart::{axes, legend, money_ticks, nice_ceil, x_tick, BOTTOM, H, LEFT, RIGHT, TOP, W};
use crate::ui::plan_label;
use crate::ui::use_lang;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RampChartProps {
    pub id: AttrValue,
    pub product: AttrValue,
    pub outcome: RampOutcome,
    pub currency: Currency,
}

#[function_component(RampChart)]
pub fn ramp_chart(props: &RampChartProps) -> Html {
    let lang = use_lang();
    let locale = lang.locale();
    let o = &props.outcome;
    let months = o.seats.len().max(1) as u32;
    let top = o.cumulative.iter().flat_map(|(_, c)| c.last()).copied().max().unwrap_or(Decimal::ONE);
    let y_max = nice_ceil(top.to_f64().unwrap_or(1.0).max(1.0));
    // Month m is drawn at its end, where its running total stands.
    let x = |m: u32| LEFT + f64::from(m) / f64::from(months.saturating_sub(1).max(1)) * (W - LEFT - RIGHT);
    let y = |c: Decimal| TOP + (1.0 - c.to_f64().unwrap_or(0.0) / y_max) * (H - TOP - BOTTOM);
    let px = |v: f64| format!("{v:.1}");
    let title = tf(lang, &k::RAMP_CHART_TITLE, &[("product", props.product.to_string())]);
    let mut desc = tn(lang, &k::RAMP_CHART_DESC, months.into(), &[]);
    if let Some(b) = &o.break_even {
        desc.push(' ');
        desc.push_str(&break_even_month_text(lang, b, months));
    }
    let (title_id, desc_id) = (format!("{}-title", props.id), format!("{}-desc", props.id));
    let last = months - 1;
    let x_ticks: Vec<u32> = {
        let mut v: Vec<u32> = (0..=4).map(|i| last * i / 4).collect();
        v.dedup();
        v
    };
    let y_ticks: Vec<f64> = (0..=4).map(|i| y_max * f64::from(i) / 4.0).collect();
    let marker = o.break_even.and_then(|b| {
        let m = b.month?;
        let (_, series) = o.cumulative.iter().find(|(p, _)| *p == b.central)?;
        Some((m, series.get(m as usize).copied()?, break_even_month_text(lang, &b, months)))
    });
    html! {
        <figure class="chart ramp-chart">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby={format!("{title_id} {desc_id}")} class="chart-svg">
                <title id={title_id.clone()}>{ title.clone() }</title>
                <desc id={desc_id.clone()}>{ desc }</desc>
                { money_ticks(&y_ticks, y_max, props.currency, locale) }
                { for x_ticks.iter().map(|m| x_tick(x(*m), m.to_string())) }
                { axes() }
                <text x={px((LEFT + W - RIGHT) / 2.0)} y={px(H - 6.0)} text-anchor="middle" class="axis-label">{ t(lang, &k::RAMP_CHART_X) }</text>
                if let Some((m, _, _)) = &marker {
                    <line class="current" x1={px(x(*m))} x2={px(x(*m))} y1={px(TOP)} y2={px(H - BOTTOM)} />
                }
                { for o.cumulative.iter().map(|(plan, series)| {
                    let pts: Vec<String> = series.iter().enumerate().map(|(m, c)| format!("{},{}", px(x(m as u32)), px(y(*c)))).collect();
                    html! { <polyline class={classes!("line", format!("line-{}", plan.code()))} points={pts.join(" ")} /> }
                }) }
                if let Some((m, c, words)) = &marker {
                    <circle class="break-even" cx={px(x(*m))} cy={px(y(*c))} r="5"><title>{ words.clone() }</title></circle>
                }
            </svg>
            <figcaption>
                { legend(lang, o.cumulative.iter().map(|(p, _)| *p), marker.is_some().then(|| t(lang, &k::RAMP_CHART_LEGEND))) }
            </figcaption>
            <details class="chart-data">
                <summary>{ t(lang, &k::CHART_AS_TABLE) }</summary>
                <div class="table-wrap" tabindex="0">
                    <table>
                        <caption class="visually-hidden">{ title }</caption>
                        <thead><tr>
                            <th scope="col" class="num">{ t(lang, &k::RAMP_CHART_X) }</th>
                            <th scope="col" class="num">{ t(lang, &k::RAMP_CHART_SEATS) }</th>
                            { for o.cumulative.iter().map(|(p, _)| html! { <th scope="col" class="num">{ plan_label(lang, *p) }</th> }) }
                        </tr></thead>
                        <tbody>
                            { for o.seats.iter().enumerate().map(|(m, seats)| html! { <tr>
                                <th scope="row" class="num">{ m.to_string() }</th>
                                <td class="num">{ format_number(Decimal::from(*seats), 0, locale) }</td>
                                { for o.cumulative.iter().map(|(_, c)| html! { <td class="num">{ c.get(m).map(|v| format_money(*v, props.currency, locale)).unwrap_or_default() }</td> }) }
                            </tr> }) }
                        </tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}
