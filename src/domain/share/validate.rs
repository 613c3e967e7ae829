//! The one door every scenario from outside passes: [`validate`] checks each value a hand-edited
//! or hostile link or file could get wrong, against the same field specs the input fields use
//! (`Selection::SEATS`, `PricingParams::HORIZON`, …). Paths are relative to the scenario
//! (`selections[2].seats`, `pricing.ea.level_discount_pct[1]`, `price_overrides.CFQ7TTC0H9MP`,
//! `answers.agreement_covers`); callers prefix them.
use super::SCENARIO_VERSION;
use crate::domain::catalog::{Catalog, PricePoint};
use crate::domain::date::Date;
use crate::domain::doors::RequestPath;
use crate::domain::ids::ProductId;
use crate::domain::input::{DecimalSpec, WholeSpec};
use crate::domain::policy::OfferType;
use crate::domain::pricing::{EaTerms, HiddenCosts, Plan, PricingParams};
use crate::domain::problem::Problem;
use crate::domain::ramp::Ramp;
use crate::domain::scenario::{Scenario, ScriptPrefs, Selection};
use crate::i18n::k;
use crate::i18n::Message;
use rust_decimal::Decimal;
use std::collections::BTreeSet;

fn date_ok(d: Date) -> bool {
    Date::parse(&d.to_string()) == Some(d)
}

fn whole_msg(key: crate::i18n::Key, value: u32, spec: WholeSpec) -> Message {
    Message::new(key).count("value", value).count("min", spec.min).count("max", spec.max)
}

fn decimal_msg(key: crate::i18n::Key, value: Decimal, spec: DecimalSpec) -> Message {
    Message::new(key)
        .number("value", value)
        .number("min", spec.min.into())
        .number("max", spec.max.into())
        .count("dp", spec.dp)
}

/// Every problem of `s` against `catalog`, in scenario order; empty means valid.
pub fn validate(s: &Scenario, catalog: &Catalog) -> Vec<Problem> {
    let mut out = Vec::new();
    let Scenario {
        version,
        selections,
        pricing,
        price_overrides,
        shown_plans,
        answers,
        script,
        offer_types,
        tenant,
        doors,
        ramps,
    } = s;

    if *version != SCENARIO_VERSION {
        out.push(Problem::new(
            "version",
            Message::new(&k::SHARE_ERR_VERSION).arg("version", version).arg("supported", SCENARIO_VERSION),
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
                out.push(Problem::new(format!("{path}.id"), Message::new(&k::SHARE_ERR_UNKNOWN_PRODUCT).arg("id", id)));
                id.to_string()
            }
            Some(product) => {
                if !selected.insert(product.id.clone()) {
                    out.push(Problem::new(
                        format!("{path}.id"),
                        Message::new(&k::SHARE_ERR_DUPLICATE_PRODUCT).arg("id", id).arg("name", &product.name),
                    ));
                }
                if !product.allowed_policies().contains(policy) {
                    out.push(Problem::new(
                        format!("{path}.policy"),
                        Message::new(&k::SHARE_ERR_TRIALS_ONLY).arg("name", &product.name),
                    ));
                }
                product.name.clone()
            }
        };
        if !Selection::SEATS.contains(*seats) {
            out.push(Problem::new(
                format!("{path}.seats"),
                whole_msg(&k::SHARE_ERR_SEATS, *seats, Selection::SEATS).arg("name", name),
            ));
        }
    }

    validate_pricing(pricing, &mut out);

    for (id, price) in price_overrides {
        let path = format!("price_overrides.{id}");
        match catalog.find(id) {
            None => out.push(Problem::new(path, Message::new(&k::SHARE_ERR_PRICE_OVERRIDE_UNKNOWN).arg("id", id))),
            Some(product) => {
                if !PricePoint::AMOUNT.contains(*price) {
                    out.push(Problem::new(
                        path,
                        decimal_msg(&k::SHARE_ERR_PRICE_OVERRIDE, *price, PricePoint::AMOUNT)
                            .arg("name", &product.name),
                    ));
                }
            }
        }
    }

    if shown_plans.is_empty() {
        out.push(Problem::new("shown_plans", Message::new(&k::SHARE_ERR_PLANS_EMPTY)));
    }
    for (i, plan) in shown_plans.iter().enumerate() {
        let path = format!("shown_plans[{i}]");
        if !Plan::ALL.contains(plan) {
            out.push(Problem::new(path, Message::new(&k::SHARE_ERR_PLAN_UNKNOWN)));
        } else if shown_plans[..i].contains(plan) {
            out.push(Problem::new(path, Message::new(&k::SHARE_ERR_PLAN_DUPLICATE)));
        }
    }

    // Product-list answers may only name selected products (legacy ids resolve).
    let resolve = |id: &ProductId| catalog.find(id).map(|p| p.id.clone()).unwrap_or_else(|| id.clone());
    for (id, key) in &pricing.variants {
        let known = catalog.find(id).is_some_and(|p| p.variants.iter().any(|v| &v.key == key));
        if !known || !selected.contains(&resolve(id)) {
            out.push(Problem::new(
                format!("pricing.variants.{id}"),
                Message::new(&k::SHARE_ERR_VARIANT_UNKNOWN).arg("id", id).arg("key", key),
            ));
        }
    }
    for id in &pricing.ea.on_price_sheet {
        if !selected.contains(&resolve(id)) {
            out.push(Problem::new(
                "pricing.ea.on_price_sheet",
                Message::new(&k::SHARE_ERR_PRICE_SHEET_NOT_SELECTED).arg("id", id),
            ));
        }
    }
    for (field, key, set) in [
        ("agreement_covers", &k::SHARE_ERR_COVERS_NOT_SELECTED, &answers.agreement_covers),
        ("planned_products", &k::SHARE_ERR_PLANNED_NOT_SELECTED, &answers.planned_products),
    ] {
        for id in set.iter().flatten() {
            if !selected.contains(&resolve(id)) {
                out.push(Problem::new(format!("answers.{field}"), Message::new(key).arg("id", id)));
            }
        }
    }

    for (o, v) in offer_types {
        if !OfferType::VALUES.contains(v) {
            out.push(Problem::new(
                format!("offer_types.{}", o.as_str()),
                Message::new(&k::SHARE_ERR_OFFER_TYPE_VALUE).arg("offer", o.as_str()),
            ));
        }
    }
    if let Some(t) = tenant {
        let mut seen = BTreeSet::new();
        for (i, r) in t.rows.iter().enumerate() {
            let offer_trials =
                matches!(r.item, crate::domain::tenant::Item::Offer(_)) && !OfferType::VALUES.contains(&r.value);
            if !seen.insert(&r.item) || offer_trials || !crate::domain::input::TextSpec::new(200).accepts(&r.name) {
                out.push(Problem::new(format!("tenant.rows[{i}]"), Message::new(&k::SHARE_ERR_TENANT_ROW)));
            }
        }
        for (i, sub) in t.subscriptions.iter().enumerate() {
            if !sub.is_valid() {
                out.push(Problem::new(format!("tenant.subscriptions[{i}]"), Message::new(&k::SHARE_ERR_TENANT_ROW)));
            }
        }
    }
    // Ramps: only for selected products, each valid over the longest horizon, so that any
    // horizon chosen later can use it.
    for (id, spec) in ramps {
        let path = format!("ramps.{id}");
        if !selected.contains(&resolve(id)) {
            out.push(Problem::new(&path, Message::new(&k::RAMP_ERR_PRODUCT).arg("id", id)));
        }
        if let Err(e) = Ramp::check(spec) {
            out.push(Problem::new(path, e.message()));
        }
    }
    if !doors.request.is_valid() {
        out.push(Problem::new(
            "doors.request",
            Message::new(&k::DOORS_ERR_SHARED_REQUEST)
                .count("max", RequestPath::URL.max_chars)
                .count("contact_max", RequestPath::CONTACT.max_chars),
        ));
    }
    let ScriptPrefs { what_if: _, default_for_others: _, tenant_label, power_platform_trials: _ } = script;
    if !ScriptPrefs::TENANT_LABEL.accepts(tenant_label) {
        out.push(Problem::new(
            "script.tenant_label",
            Message::new(&k::SHARE_ERR_TENANT_LABEL).count("max", ScriptPrefs::TENANT_LABEL.max_chars),
        ));
    }
    out
}

fn validate_pricing(p: &PricingParams, out: &mut Vec<Problem>) {
    // `variants` is checked against the catalogue in `validate`.
    let PricingParams {
        currency: _,
        price_date,
        horizon_months,
        csp_adjust_pct,
        org_seats,
        ea,
        hidden,
        variants: _,
        vat,
    } = p;
    if !crate::domain::pricing::VatBasis::RATE.contains(vat.rate_pct) {
        out.push(Problem::new(
            "pricing.vat.rate_pct",
            decimal_msg(&k::SHARE_ERR_VAT_RATE, vat.rate_pct, crate::domain::pricing::VatBasis::RATE),
        ));
    }
    let EaTerms { level_discount_pct, agreement_date, negotiated_discount_pct, on_price_sheet: _ } = ea;
    let HiddenCosts { procurement_per_order, expense_claim, admin_review, seats_per_purchase, centralise_after_months } =
        hidden;
    let mut push = |path: &str, m: Message| out.push(Problem::new(format!("pricing.{path}"), m));

    for (path, d) in [("price_date", price_date), ("ea.agreement_date", agreement_date)] {
        if !date_ok(*d) {
            push(path, Message::new(&k::SHARE_ERR_DATE).arg("value", d));
        }
    }
    let wholes = [
        ("horizon_months", &k::SHARE_ERR_HORIZON, Some(*horizon_months), PricingParams::HORIZON),
        ("org_seats", &k::SHARE_ERR_ORG_SEATS, Some(*org_seats), PricingParams::ORG_SEATS),
        (
            "hidden.seats_per_purchase",
            &k::SHARE_ERR_SEATS_PER_PURCHASE,
            Some(*seats_per_purchase),
            HiddenCosts::SEATS_PER_PURCHASE,
        ),
        (
            "hidden.centralise_after_months",
            &k::SHARE_ERR_CENTRALISE_AFTER,
            *centralise_after_months,
            HiddenCosts::CENTRALISE_AFTER,
        ),
    ];
    for (path, key, value, spec) in wholes {
        if let Some(v) = value.filter(|v| !spec.contains(*v)) {
            push(path, whole_msg(key, v, spec));
        }
    }
    if !PricingParams::CSP_ADJUST.contains(*csp_adjust_pct) {
        push("csp_adjust_pct", decimal_msg(&k::SHARE_ERR_CSP_ADJUST, *csp_adjust_pct, PricingParams::CSP_ADJUST));
    }
    for (i, (pct, level)) in level_discount_pct.iter().zip(["A", "B", "C", "D"]).enumerate() {
        if !EaTerms::DISCOUNT.contains(*pct) {
            push(
                &format!("ea.level_discount_pct[{i}]"),
                decimal_msg(&k::SHARE_ERR_EA_LEVEL_DISCOUNT, *pct, EaTerms::DISCOUNT).arg("level", level),
            );
        }
    }
    if !EaTerms::DISCOUNT.contains(*negotiated_discount_pct) {
        push(
            "ea.negotiated_discount_pct",
            decimal_msg(&k::SHARE_ERR_EA_NEGOTIATED, *negotiated_discount_pct, EaTerms::DISCOUNT),
        );
    }
    for (path, key, v) in [
        ("hidden.procurement_per_order", &k::SHARE_ERR_PROCUREMENT, procurement_per_order),
        ("hidden.expense_claim", &k::SHARE_ERR_EXPENSE_CLAIM, expense_claim),
        ("hidden.admin_review", &k::SHARE_ERR_ADMIN_REVIEW, admin_review),
    ] {
        if !HiddenCosts::AMOUNT.contains(*v) {
            push(path, decimal_msg(key, *v, HiddenCosts::AMOUNT));
        }
    }
}
