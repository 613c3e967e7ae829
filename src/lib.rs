//! Self-Service Purchase Advisor.
//!
//! `domain` is pure Rust (catalogue, money, pricing, policy, scripts) and is tested natively;
//! `i18n` is the one translation table every visible string goes through; `ui` holds the Yew
//! components and the single reducer; `page` the facts the page, the app and the build step
//! (`xtask`) share. `main.rs` only mounts `ui::App`.
pub mod domain;
pub mod i18n;
pub mod page;
pub mod ui;
