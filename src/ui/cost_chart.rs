//! Cost against seat count, one line per plan, drawn as SVG by hand: labelled axes in the
//! user's locale, break-even points marked, the current seat count shown, an accessible title
//! and description, and the same data as a table. Floats appear only as pixel coordinates.
use crate::domain::compare::{chart_points, sweep};
use crate::domain::money::{format_money, format_money_dp, format_number, Currency};
use crate::domain::pricing::{BreakEven, PlanPricer};
use crate::i18n::k;
use crate::i18n::{t, tf};
use crate::ui::plan_label;
use crate::ui::use_lang;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

/// The drawing's size and margins in SVG units, shared by every chart (`ramp_chart` too) so
/// the two charts side by side line up.
pub const W: f64 = 720.0;
pub const H: f64 = 320.0;
pub const LEFT: f64 = 104.0;
pub const RIGHT: f64 = 16.0;
pub const TOP: f64 = 16.0;
pub const BOTTOM: f64 = 44.0;
const POINTS: u32 = 80;

#[derive(Properties, PartialEq)]
pub struct CostChartProps {
    pub id: AttrValue,
    pub product: AttrValue,
    pub pricers: Vec<PlanPricer>,
    pub break_evens: Vec<BreakEven>,
    pub seats: u32,
    pub max_seats: u32,
    pub currency: Currency,
}

fn px(v: f64) -> String {
    format!("{v:.1}")
}

/// The money axis: a grid line and a label per tick, from 0 to `y_max`.
pub fn money_ticks(ticks: &[f64], y_max: f64, currency: Currency, locale: crate::domain::money::Locale) -> Html {
    html! { <>{ for ticks.iter().map(|v| {
        let yy = TOP + (1.0 - v / y_max) * (H - TOP - BOTTOM);
        let label = format_money_dp(Decimal::from_f64_retain(*v).unwrap_or_default().round(), 0, currency, locale);
        html! { <g class="tick">
            <line x1={px(LEFT)} x2={px(W - RIGHT)} y1={px(yy)} y2={px(yy)} class="grid" />
            <text x={px(LEFT - 6.0)} y={px(yy + 4.0)} text-anchor="end">{ label }</text>
        </g> }
    }) }</> }
}

/// One tick of the horizontal axis at `x`.
pub fn x_tick(x: f64, label: String) -> Html {
    html! { <g class="tick">
        <line x1={px(x)} x2={px(x)} y1={px(H - BOTTOM)} y2={px(H - BOTTOM + 5.0)} class="axis" />
        <text x={px(x)} y={px(H - BOTTOM + 18.0)} text-anchor="middle">{ label }</text>
    </g> }
}

/// The legend: a line swatch per plan, and the marker's meaning when the chart has one.
pub fn legend(
    lang: crate::i18n::Lang,
    plans: impl Iterator<Item = crate::domain::pricing::Plan>,
    marker: Option<String>,
) -> Html {
    html! {
        <ul class="legend">
            { for plans.map(|p| html! {
                <li><svg class="swatch" viewBox="0 0 28 10" aria-hidden="true"><line class={classes!("line", format!("line-{}", p.code()))} x1="1" x2="27" y1="5" y2="5" /></svg>{ plan_label(lang, p) }</li>
            }) }
            if let Some(m) = marker {
                <li><svg class="swatch" viewBox="0 0 28 10" aria-hidden="true"><circle class="break-even" cx="14" cy="5" r="4" /></svg>{ m }</li>
            }
        </ul>
    }
}

/// The two axis lines.
pub fn axes() -> Html {
    html! { <>
        <line x1={px(LEFT)} x2={px(W - RIGHT)} y1={px(H - BOTTOM)} y2={px(H - BOTTOM)} class="axis" />
        <line x1={px(LEFT)} x2={px(LEFT)} y1={px(TOP)} y2={px(H - BOTTOM)} class="axis" />
    </> }
}

/// 1, 2 or 5 times a power of ten, at least `x`: round axis ends.
pub fn nice_ceil(x: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    let mag = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * mag).find(|v| *v >= x).unwrap_or(10.0 * mag)
}

/// Chart range, per product: twice its seat count and every break-even near it (within eight
/// times the seats), rounded to a round number so it moves in steps while the slider moves. A
/// shared 1–100 range put a 12-seat product's lines in the bottom few per cent (issue 21); a
/// break-even far beyond the seats is still said in words next to the chart.
pub fn chart_max(pc: &crate::domain::compare::ProductComparison) -> u32 {
    chart_range(pc.seats, pc.break_evens.iter().map(|b| b.seats))
}

fn chart_range(seats: u32, break_evens: impl Iterator<Item = u32>) -> u32 {
    let seats = f64::from(seats.max(1));
    let near = break_evens.map(f64::from).filter(|&b| b <= seats * 8.0 + 20.0).fold(0.0, f64::max);
    nice_ceil((seats * 2.0).max(near * 1.25).max(10.0)).min(100_000.0) as u32
}

#[cfg(test)]
mod tests {
    use super::chart_range;

    #[test]
    fn each_chart_is_scaled_to_its_seats_and_the_break_evens_that_matter() {
        assert_eq!(chart_range(12, std::iter::empty()), 50, "12 seats: 1-50, not 1-100");
        assert_eq!(chart_range(12, [30].into_iter()), 50);
        assert_eq!(chart_range(12, [2_000].into_iter()), 50, "a far break-even is said in words");
        assert_eq!(chart_range(50, [301].into_iter()), 500, "a near one is drawn");
        assert_eq!(chart_range(3, std::iter::empty()), 10);
        assert_eq!(chart_range(80_000, std::iter::empty()), 100_000);
        // Steps: the range does not change with every seat the slider moves.
        assert_eq!(chart_range(13, std::iter::empty()), chart_range(20, std::iter::empty()));
    }
}

#[function_component(CostChart)]
pub fn cost_chart(props: &CostChartProps) -> Html {
    let lang = use_lang();
    let locale = lang.locale();
    let max = props.max_seats.max(2);
    let mut must: Vec<u32> = props.break_evens.iter().map(|b| b.seats).collect();
    must.push(props.seats);
    let points = chart_points(max, POINTS, &must);
    let costs = sweep(&props.pricers, &points);
    let top_cost = costs.iter().flatten().copied().max().unwrap_or(Decimal::ONE).to_f64().unwrap_or(1.0);
    let y_max = nice_ceil(top_cost.max(1.0));
    let x = |n: u32| LEFT + (n.saturating_sub(1)) as f64 / (max - 1) as f64 * (W - LEFT - RIGHT);
    let y = |c: Decimal| TOP + (1.0 - c.to_f64().unwrap_or(0.0) / y_max) * (H - TOP - BOTTOM);
    let px = |v: f64| format!("{v:.1}");
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let x_ticks: Vec<u32> = (0..=4).map(|i| 1.max((max as u64 * i / 4) as u32)).collect();
    let y_ticks: Vec<f64> = (0..=4).map(|i| y_max * i as f64 / 4.0).collect();
    let describe_be = |b: &BreakEven| {
        tf(
            lang,
            &k::CHART_BREAK_EVEN,
            &[
                ("seats", format_number(Decimal::from(b.seats), 0, locale)),
                ("cheaper", plan_label(lang, b.cheaper_from)),
                ("other", plan_label(lang, b.cheaper_below)),
            ],
        )
    };
    let desc = {
        let mut d = tf(
            lang,
            &k::CHART_DESC,
            &[("product", props.product.to_string()), ("max", format_number(Decimal::from(max), 0, locale))],
        );
        for b in &props.break_evens {
            d.push(' ');
            d.push_str(&describe_be(b));
        }
        d
    };
    let cost_at = |pricer: &PlanPricer, n: u32| pricer.cost(n).total;
    let table_points: Vec<u32> = {
        let mut v = x_ticks.clone();
        v.extend(props.break_evens.iter().map(|b| b.seats));
        v.push(props.seats);
        v.sort_unstable();
        v.dedup();
        v.retain(|n| *n >= 1);
        v
    };
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby={format!("{title_id} {desc_id}")} class="chart-svg">
                <title id={title_id.clone()}>{ tf(lang, &k::CHART_TITLE, &[("product", props.product.to_string())]) }</title>
                <desc id={desc_id.clone()}>{ desc }</desc>
                { money_ticks(&y_ticks, y_max, props.currency, locale) }
                { for x_ticks.iter().map(|n| x_tick(x(*n), format_number(Decimal::from(*n), 0, locale))) }
                { axes() }
                <text x={px((LEFT + W - RIGHT) / 2.0)} y={px(H - 6.0)} text-anchor="middle" class="axis-label">{ t(lang, &k::CHART_X_AXIS) }</text>
                if (1..=max).contains(&props.seats) {
                    <line class="current" x1={px(x(props.seats))} x2={px(x(props.seats))} y1={px(TOP)} y2={px(H - BOTTOM)} />
                }
                { for props.pricers.iter().zip(costs.iter()).map(|(p, series)| {
                    let pts: Vec<String> = points.iter().zip(series).map(|(n, c)| format!("{},{}", px(x(*n)), px(y(*c)))).collect();
                    html! { <polyline class={classes!("line", format!("line-{}", p.plan.code()))} points={pts.join(" ")} /> }
                }) }
                { for props.break_evens.iter().filter(|b| b.seats <= max).filter_map(|b| {
                    let pricer = props.pricers.iter().find(|p| p.plan == b.cheaper_from)?;
                    let c = cost_at(pricer, b.seats);
                    Some(html! { <circle class="break-even" cx={px(x(b.seats))} cy={px(y(c))} r="5"><title>{ describe_be(b) }</title></circle> })
                }) }
            </svg>
            <figcaption>
                { legend(lang, props.pricers.iter().map(|p| p.plan), Some(t(lang, &k::CHART_LEGEND_BREAK_EVEN))) }
            </figcaption>
            <details class="chart-data">
                <summary>{ t(lang, &k::CHART_AS_TABLE) }</summary>
                <div class="table-wrap" tabindex="0">
                    <table>
                        <caption class="visually-hidden">{ tf(lang, &k::CHART_TITLE, &[("product", props.product.to_string())]) }</caption>
                        <thead><tr>
                            <th scope="col" class="num">{ t(lang, &k::SELECTION_SEATS) }</th>
                            { for props.pricers.iter().map(|p| html! { <th scope="col" class="num">{ plan_label(lang, p.plan) }</th> }) }
                        </tr></thead>
                        <tbody>
                            { for table_points.iter().map(|n| html! { <tr>
                                <th scope="row" class="num">{ format_number(Decimal::from(*n), 0, locale) }</th>
                                { for props.pricers.iter().map(|p| html! { <td class="num">{ format_money(cost_at(p, *n), props.currency, locale) }</td> }) }
                            </tr> }) }
                        </tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}
