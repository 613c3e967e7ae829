//! Writes the shipped catalogue as Rust source (`catalog::shipped`), so that the first view has it
//! as data instead of parsing JSON at start-up: the JSON reader is a third of that module. The
//! JSON file stays the one source; `cargo run -p xtask -- catalog` regenerates the Rust file and a
//! test fails while the two differ. Native only (a build step, never in the wasm).
//!
//! Only the first view uses the Rust file (the whole tool reads the JSON), so it carries what the
//! first view shows or decides with ([`first_view`]): the research texts (sources, notes,
//! restrictions, confidence, status notes, the controls' wording) are left empty. They are about
//! a quarter of the first view's catalogue and only the whole tool shows them.
use crate::domain::catalog::{
    Catalog, Confidence, OtherControl, PartnerTrial, PricePoint, PriceVariant, Product, Status,
};
use crate::domain::date::Date;
use std::fmt::Debug;

/// The catalogue as the first view has it: every text only the whole tool shows left empty.
/// Everything the first view shows or decides with (ids, names, families, trials, prices and
/// their dates and terms, statuses, traits, the controls' kinds and switches) is kept.
pub fn first_view(catalog: &Catalog) -> Catalog {
    let price = |p: &PricePoint| PricePoint { source: String::new(), as_of: String::new(), ..p.clone() };
    let mut out = catalog.clone();
    out.provenance.clear();
    for p in &mut out.products {
        p.added_source = None;
        p.id_source = None;
        p.restrictions.clear();
        p.notes.clear();
        p.confidence = Confidence::default();
        p.prices = p.prices.iter().map(price).collect();
        for v in &mut p.variants {
            v.prices = v.prices.iter().map(price).collect();
        }
        p.status = match &p.status {
            Status::Retired { date, .. } => Status::Retired { date: *date, note: String::new() },
            Status::EndOfSale { date, .. } => Status::EndOfSale { date: *date, note: String::new() },
            Status::Legacy { .. } => Status::Legacy { note: String::new() },
            Status::Unlisted { .. } => Status::Unlisted { note: String::new() },
            Status::Active => Status::Active,
        };
        for c in &mut p.other_controls {
            (c.effect, c.path, c.source) = Default::default();
        }
        for t in &mut p.partner_trials {
            t.source.clear();
        }
    }
    out
}

fn s(x: &str) -> String {
    // Debug of a str is a valid Rust string literal (quotes, backslashes, \n, \u{…} escaped).
    format!("{x:?}")
}

fn opt<T>(x: &Option<T>, f: impl Fn(&T) -> String) -> String {
    x.as_ref().map_or_else(|| "None".to_string(), |v| format!("Some({})", f(v)))
}

/// A static slice: `&[a, b]`.
fn list<T>(xs: &[T], f: impl Fn(&T) -> String) -> String {
    format!("&[{}]", xs.iter().map(f).collect::<Vec<_>>().join(", "))
}

/// A unit variant by its Rust name (every catalogue enum derives `Debug`).
fn variant<T: Debug>(path: &str, v: &T) -> String {
    format!("{path}::{v:?}")
}

fn date(d: &Date) -> String {
    format!("Date::ymd({}, {}, {})", d.year, d.month, d.day)
}

fn price(p: &PricePoint) -> String {
    let m = p.amount.mantissa();
    assert!((0..=u32::MAX as i128).contains(&m), "a list price fits the table's one 32-bit word: {}", p.amount);
    format!(
        "PriceSeed {{ currency: {}, term: {}, amount: Decimal::from_parts({m}, 0, 0, false, {}), effective_from: {}, effective_until: {} }}",
        variant("Currency", &p.currency),
        variant("Term", &p.term),
        p.amount.scale(),
        opt(&p.effective_from, date),
        opt(&p.effective_until, date),
    )
}

fn price_variant(v: &PriceVariant) -> String {
    format!(
        "VariantSeed {{ key: {}, name: {}, terms_offered: {}, prices: {} }}",
        s(&v.key),
        s(&v.name),
        opt(&v.terms_offered, |t| list(t, |t| variant("Term", t))),
        list(&v.prices, price)
    )
}

fn status(st: &Status) -> String {
    match st {
        Status::Active => "StatusSeed::Active".to_string(),
        Status::Retired { date: d, .. } => format!("StatusSeed::Retired({})", date(d)),
        Status::EndOfSale { date: d, .. } => format!("StatusSeed::EndOfSale({})", date(d)),
        Status::Legacy { .. } => "StatusSeed::Legacy".to_string(),
        Status::Unlisted { .. } => "StatusSeed::Unlisted".to_string(),
    }
}

fn control(c: &OtherControl) -> String {
    format!(
        "ControlSeed {{ kind: {}, name: {}, inference: {}, switch: {} }}",
        variant("ControlKind", &c.kind),
        s(&c.name),
        c.inference,
        opt(&c.switch, |w| variant("RelatedSwitch", w))
    )
}

fn partner_trial(t: &PartnerTrial) -> String {
    format!(
        "TrialSeed {{ name: {}, from: {}, until: {}, seats: {}, days: {}, org_users_below: {} }}",
        s(&t.name),
        date(&t.from),
        date(&t.until),
        t.seats,
        t.days,
        t.org_users_below,
    )
}

fn product(p: &Product) -> String {
    let id = |i: &crate::domain::ids::ProductId| format!("{:?}", i.as_str());
    format!(
        "ProductSeed {{ id: {}, legacy_ids: {}, name: {}, aliases: {}, shown_as: {}, family: {}, added: {}, \
         trial: {}, trial_days: {}, not_sold_in: {}, traits: {}, variants: {}, terms_offered: {}, status: {}, \
         in_2024_doc_table: {:?}, prices: {}, other_controls: {}, partner_trials: {} }}",
        id(&p.id),
        list(&p.legacy_ids, id),
        s(&p.name),
        list(&p.aliases, |a| s(a)),
        s(&p.shown_as),
        s(&p.family),
        opt(&p.added, |a| s(a)),
        variant("TrialKind", &p.trial),
        opt(&p.trial_days, |d| d.to_string()),
        list(&p.not_sold_in, |c| variant("Country", c)),
        list(&p.traits, |t| variant("ProductTrait", t)),
        list(&p.variants, price_variant),
        opt(&p.terms_offered, |t| list(t, |t| variant("Term", t))),
        status(&p.status),
        p.in_2024_doc_table,
        list(&p.prices, price),
        list(&p.other_controls, control),
        list(&p.partner_trials, partner_trial)
    )
}

/// The Rust source of `domain::catalog::shipped` for `catalog` as the first view has it: a
/// static table of `catalog::seed` records.
pub fn rust_source(catalog: &Catalog) -> String {
    let catalog = &first_view(catalog);
    let products: Vec<String> = catalog.products.iter().map(|p| format!("    {},\n", product(p))).collect();
    format!(
        "//! The shipped catalogue as the first view has it (`catalog_code::first_view`: without the\n\
         //! research texts only the whole tool shows), as a static table (`catalog::seed`), written by\n\
         //! `cargo run -p xtask -- catalog` from `data/catalog.json` (the source; edit that, then run\n\
         //! it). Generated: do not edit.\n\
         #![allow(clippy::all)]\n\
         #![cfg_attr(rustfmt, rustfmt_skip)]\n\
         use crate::domain::catalog::seed::*;\n\
         use crate::domain::catalog::*;\n\
         use crate::domain::date::Date;\n\
         use crate::domain::org::Country;\n\
         use crate::domain::switches::RelatedSwitch;\n\
         use crate::domain::money::Currency;\n\
         use rust_decimal::Decimal;\n\n\
         pub fn catalog() -> Catalog {{\n    seed::catalog({}, {}, PRODUCTS)\n}}\n\n\
         static PRODUCTS: &[ProductSeed] = &[\n{}];\n",
        catalog.schema,
        date(&catalog.as_of),
        products.concat()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rust_catalogue_is_the_json_one() {
        let json = Catalog::embedded();
        assert_eq!(crate::domain::catalog::shipped::catalog(), first_view(&json));
        assert!(
            rust_source(&json) == include_str!("catalog/shipped.rs"),
            "src/domain/catalog/shipped.rs is out of date with data/catalog.json: run `cargo run -p xtask -- catalog`"
        );
    }
}
