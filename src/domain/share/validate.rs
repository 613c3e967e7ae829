//! The one door every scenario from outside passes: [`validate`] checks each value a hand-edited
//! or hostile link or file could get wrong, against the same field specs the input fields use
//! (`Selection::SEATS`, `PricingParams::HORIZON`, …). Paths are relative to the scenario
//! (`selections[2].seats`, `pricing.ea.level_discount_pct[1]`, `price_overrides.CFQ7TTC0H9MP`,
//! `answers.agreement_covers`); callers prefix them.
use super::SCENARIO_VERSION;
use crate::domain::catalog::{Catalog, PricePoint};
use crate::domain::date::Date;
use crate::domain::ids::ProductId;
use crate::domain::input::{DecimalSpec, WholeSpec};
use crate::domain::message::Message;
use crate::domain::pricing::{EaTerms, HiddenCosts, Plan, PricingParams};
use crate::domain::problem::Problem;
use crate::domain::scenario::{Scenario, ScriptPrefs, Selection};
use rust_decimal::Decimal;
use std::collections::BTreeSet;

fn date_ok(d: Date) -> bool {
    Date::parse(&d.to_string()) == Some(d)
}

fn whole_msg(key: &str, value: u32, spec: WholeSpec) -> Message {
    Message::new(key).arg("value", value).arg("min", spec.min).arg("max", spec.max)
}

fn decimal_msg(key: &str, value: Decimal, spec: DecimalSpec) -> Message {
    Message::new(key).arg("value", value).arg("min", spec.min).arg("max", spec.max).arg("dp", spec.dp)
}

/// Every problem of `s` against `catalog`, in scenario order; empty means valid.
pub fn validate(s: &Scenario, catalog: &Catalog) -> Vec<Problem> {
    let mut out = Vec::new();
    let Scenario { version, selections, pricing, price_overrides, shown_plans, answers, script } = s;

    if *version != SCENARIO_VERSION {
        out.push(Problem::new(
            "version",
            Message::new("share.err.version").arg("version", version).arg("supported", SCENARIO_VERSION),
        ));
    }

    // Selections: known, not duplicated (a legacy id and its current id are the same product),
    // seats in range, policy allowed for the product.
    let mut selected: BTreeSet<ProductId> = BTreeSet::new();
    for (i, sel) in selections.iter().enumerate() {
        let Selection { id, seats, policy } = sel;
        let path = format!("selections[{i}]");
        let name = match catalog.find(id) {
            None => {
                out.push(Problem::new(format!("{path}.id"), Message::new("share.err.unknown_product").arg("id", id)));
                id.to_string()
            }
            Some(product) => {
                if !selected.insert(product.id.clone()) {
                    out.push(Problem::new(
                        format!("{path}.id"),
                        Message::new("share.err.duplicate_product").arg("id", id).arg("name", &product.name),
                    ));
                }
                if !product.allowed_policies().contains(policy) {
                    out.push(Problem::new(
                        format!("{path}.policy"),
                        Message::new("share.err.trials_only").arg("name", &product.name),
                    ));
                }
                product.name.clone()
            }
        };
        if !Selection::SEATS.contains(*seats) {
            out.push(Problem::new(
                format!("{path}.seats"),
                whole_msg("share.err.seats", *seats, Selection::SEATS).arg("name", name),
            ));
        }
    }

    validate_pricing(pricing, &mut out);

    for (id, price) in price_overrides {
        let path = format!("price_overrides.{id}");
        match catalog.find(id) {
            None => out.push(Problem::new(path, Message::new("share.err.price_override_unknown").arg("id", id))),
            Some(product) => {
                if !PricePoint::AMOUNT.contains(*price) {
                    out.push(Problem::new(
                        path,
                        decimal_msg("share.err.price_override", *price, PricePoint::AMOUNT).arg("name", &product.name),
                    ));
                }
            }
        }
    }

    if shown_plans.is_empty() {
        out.push(Problem::new("shown_plans", Message::new("share.err.plans_empty")));
    }
    for (i, plan) in shown_plans.iter().enumerate() {
        let path = format!("shown_plans[{i}]");
        if !Plan::ALL.contains(plan) {
            out.push(Problem::new(path, Message::new("share.err.plan_unknown")));
        } else if shown_plans[..i].contains(plan) {
            out.push(Problem::new(path, Message::new("share.err.plan_duplicate")));
        }
    }

    // Product-list answers may only name selected products (legacy ids resolve).
    let resolve = |id: &ProductId| catalog.find(id).map(|p| p.id.clone()).unwrap_or_else(|| id.clone());
    for (field, key, set) in [
        ("agreement_covers", "share.err.covers_not_selected", &answers.agreement_covers),
        ("planned_products", "share.err.planned_not_selected", &answers.planned_products),
    ] {
        for id in set.iter().flatten() {
            if !selected.contains(&resolve(id)) {
                out.push(Problem::new(format!("answers.{field}"), Message::new(key).arg("id", id)));
            }
        }
    }

    let ScriptPrefs { what_if: _, default_for_others: _, tenant_label, power_platform_trials: _ } = script;
    if !ScriptPrefs::TENANT_LABEL.accepts(tenant_label) {
        out.push(Problem::new(
            "script.tenant_label",
            Message::new("share.err.tenant_label").arg("max", ScriptPrefs::TENANT_LABEL.max_chars),
        ));
    }
    out
}

fn validate_pricing(p: &PricingParams, out: &mut Vec<Problem>) {
    let PricingParams { currency: _, price_date, horizon_months, csp_adjust_pct, org_seats, ea, hidden } = p;
    let EaTerms { level_discount_pct, agreement_date, negotiated_discount_pct } = ea;
    let HiddenCosts { procurement_per_order, expense_claim, admin_review, seats_per_purchase, centralise_after_months } =
        hidden;
    let mut push = |path: &str, m: Message| out.push(Problem::new(format!("pricing.{path}"), m));

    for (path, d) in [("price_date", price_date), ("ea.agreement_date", agreement_date)] {
        if !date_ok(*d) {
            push(path, Message::new("share.err.date").arg("value", d));
        }
    }
    let wholes = [
        ("horizon_months", "share.err.horizon", Some(*horizon_months), PricingParams::HORIZON),
        ("org_seats", "share.err.org_seats", Some(*org_seats), PricingParams::ORG_SEATS),
        ("hidden.seats_per_purchase", "share.err.seats_per_purchase", Some(*seats_per_purchase), HiddenCosts::SEATS_PER_PURCHASE),
        ("hidden.centralise_after_months", "share.err.centralise_after", *centralise_after_months, HiddenCosts::CENTRALISE_AFTER),
    ];
    for (path, key, value, spec) in wholes {
        if let Some(v) = value.filter(|v| !spec.contains(*v)) {
            push(path, whole_msg(key, v, spec));
        }
    }
    if !PricingParams::CSP_ADJUST.contains(*csp_adjust_pct) {
        push("csp_adjust_pct", decimal_msg("share.err.csp_adjust", *csp_adjust_pct, PricingParams::CSP_ADJUST));
    }
    for (i, (pct, level)) in level_discount_pct.iter().zip(["A", "B", "C", "D"]).enumerate() {
        if !EaTerms::DISCOUNT.contains(*pct) {
            push(
                &format!("ea.level_discount_pct[{i}]"),
                decimal_msg("share.err.ea_level_discount", *pct, EaTerms::DISCOUNT).arg("level", level),
            );
        }
    }
    if !EaTerms::DISCOUNT.contains(*negotiated_discount_pct) {
        push("ea.negotiated_discount_pct", decimal_msg("share.err.ea_negotiated", *negotiated_discount_pct, EaTerms::DISCOUNT));
    }
    for (path, key, v) in [
        ("hidden.procurement_per_order", "share.err.procurement", procurement_per_order),
        ("hidden.expense_claim", "share.err.expense_claim", expense_claim),
        ("hidden.admin_review", "share.err.admin_review", admin_review),
    ] {
        if !HiddenCosts::AMOUNT.contains(*v) {
            push(path, decimal_msg(key, *v, HiddenCosts::AMOUNT));
        }
    }
}
