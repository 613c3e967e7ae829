//! Benchmark: a full sweep — every catalogue product × every plan × seat counts 1..=10,000 —
//! timed natively; then the month-by-month engine (issue 24): every priced plan of every
//! product over 36 months for ramps of each kind, as the costs view computes them. Run with
//! `cargo bench --bench sweep`. Prints figures; asserts nothing about time (timings belong here,
//! not in tests).
use rust_decimal::Decimal;
use ssp_advisor::domain::catalog::Catalog;
use ssp_advisor::domain::compare::{catalogue_pricers, sweep};
use ssp_advisor::domain::pricing::{Plan, PricingParams};
use ssp_advisor::domain::ramp::{cumulative, Ramp, RampPricer, RampSpec, Step};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let catalog = Catalog::embedded();
    let params = PricingParams { org_seats: 3_000, ..PricingParams::default() };
    let points: Vec<u32> = (1..=10_000).collect();
    let pricers = catalogue_pricers(&catalog, &params);
    let priced_products = catalog.products.iter().filter(|p| !p.prices.is_empty()).count();
    let mut runs = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let out = black_box(sweep(black_box(&pricers), black_box(&points)));
        runs.push(t.elapsed());
        assert_eq!(out.len(), pricers.len());
    }
    runs.sort();
    let evals = pricers.len() * points.len();
    let median = runs[runs.len() / 2];
    println!(
        "sweep (native): {} products ({} priced) x {} plans -> {} priced plan curves x {} seat points = {} cost evaluations; median of 5: {:.1} ms ({:.0} ns per evaluation); min {:.1} ms",
        catalog.products.len(),
        priced_products,
        Plan::ALL.len(),
        pricers.len(),
        points.len(),
        evals,
        median.as_secs_f64() * 1e3,
        median.as_nanos() as f64 / evals as f64,
        runs[0].as_secs_f64() * 1e3,
    );

    // The month-by-month engine: each plan's breakdown, months and running totals, as the
    // comparison computes them for a product with a ramp, over the longest horizon.
    let params = PricingParams { horizon_months: 36, ..params };
    let ramp_pricers: Vec<RampPricer> =
        catalogue_pricers(&catalog, &params).iter().map(|p| RampPricer::of(p, &params)).collect();
    let ramps: Vec<Ramp> = [
        RampSpec::Linear { start: 50, end: 2_000, end_month: 24 },
        RampSpec::Growth { start: 50, rate_pct: Decimal::new(5, 0) },
        RampSpec::Steps((0..24).map(|m| Step { month: m, seats: 100 + 37 * m }).collect()),
    ]
    .into_iter()
    .map(|s| Ramp::new(s, 36).unwrap())
    .collect();
    let mut runs = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        for ramp in &ramps {
            for p in &ramp_pricers {
                black_box(p.breakdown(black_box(ramp)));
                black_box(cumulative(&p.monthly_costs(black_box(ramp))));
            }
        }
        runs.push(t.elapsed());
    }
    runs.sort();
    let evals = ramps.len() * ramp_pricers.len();
    let median = runs[runs.len() / 2];
    println!(
        "sweep (native, month by month): {} priced plan curves x {} ramps (linear, growth, 24 steps) over 36 months = {} ramp evaluations (breakdown + running totals); median of 5: {:.2} ms ({:.1} µs per evaluation, {:.0} ns per month); min {:.2} ms",
        ramp_pricers.len(),
        ramps.len(),
        evals,
        median.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e6 / evals as f64,
        median.as_nanos() as f64 / (evals * 36) as f64,
        runs[0].as_secs_f64() * 1e3,
    );
}
