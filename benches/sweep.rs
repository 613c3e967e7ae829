//! Benchmark: a full sweep — every catalogue product × every plan × seat counts 1..=10,000 —
//! timed natively. Run with `cargo bench --bench sweep`. Prints figures; asserts nothing about
//! time (timings belong here, not in tests).
use ssp_advisor::domain::catalog::Catalog;
use ssp_advisor::domain::compare::{catalogue_pricers, sweep};
use ssp_advisor::domain::pricing::{Plan, PricingParams};
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
}
