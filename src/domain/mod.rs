//! Pure domain core. Nothing here imports yew, web-sys or gloo: every rule about products,
//! money and scripts is plain Rust and is tested natively with `cargo test`.
pub mod advice;
pub mod catalog;
#[cfg(not(target_arch = "wasm32"))]
pub mod catalog_code;
pub mod checklist;
pub mod compare;
pub mod custom;
pub mod date;
pub mod decision;
pub mod derived;
pub mod doors;
pub mod fleet;
pub mod formats;
pub mod ids;
pub mod input;
pub mod message;
pub mod money;
pub mod org;
pub mod policy;
pub mod pricing;
pub mod problem;
pub mod ramp;
pub mod region;
pub mod report;
pub mod scenario;
pub mod script;
pub mod share;
pub mod shelf;
pub mod switches;
pub mod tag;
pub mod tenant;
#[cfg(test)]
pub mod test_support;
pub mod versus;
pub mod wording;
