//! Benchmark in headless Chromium: the same full sweep as `benches/sweep.rs` — every catalogue
//! product × every plan × seat counts 1..=10,000 — compiled to wasm. Run by scripts/bench.sh via
//! `cargo test --release --target wasm32-unknown-unknown --test sweep_web`; it prints figures and
//! asserts only that the sweep produced every value (timings belong here, not in tests).
#![cfg(target_arch = "wasm32")]

use ssp_advisor::domain::catalog::Catalog;
use ssp_advisor::domain::compare::{catalogue_pricers, sweep};
use ssp_advisor::domain::pricing::PricingParams;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn full_sweep_in_the_browser() {
    let catalog = Catalog::embedded();
    let params = PricingParams { org_seats: 3_000, ..PricingParams::default() };
    let points: Vec<u32> = (1..=10_000).collect();
    let pricers = catalogue_pricers(&catalog, &params);
    let mut runs = Vec::new();
    for _ in 0..5 {
        let start = js_sys::Date::now();
        let out = sweep(&pricers, &points);
        runs.push(js_sys::Date::now() - start);
        assert_eq!(out.iter().map(Vec::len).sum::<usize>(), pricers.len() * points.len());
    }
    runs.sort_by(|a, b| a.total_cmp(b));
    let evals = pricers.len() * points.len();
    console_log!(
        "sweep (headless Chromium, wasm release): {} priced plan curves x {} seat points = {} cost evaluations; median of 5: {:.0} ms ({:.0} ns per evaluation); min {:.0} ms",
        pricers.len(),
        points.len(),
        evals,
        runs[2],
        runs[2] * 1e6 / evals as f64,
        runs[0]
    );
}
