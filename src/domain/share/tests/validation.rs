//! Validation: one test per rule, and every problem reported at once.
use super::*;

#[test]
fn valid_scenarios_have_no_problems() {
    let c = Catalog::embedded();
    assert!(validate(&Scenario::default(), &c).is_empty());
    assert!(validate(&typical(&c), &c).is_empty());
    assert!(validate(&full(&c), &c).is_empty());
}

#[test]
fn rule_version() {
    assert_only(|s| s.version = 2, "version", &k::SHARE_ERR_VERSION);
}

#[test]
fn rule_unknown_product() {
    assert_only(|s| s.selections[1].id = id("ZZZZZZZZZZZZ"), "selections[1].id", &k::SHARE_ERR_UNKNOWN_PRODUCT);
}

#[test]
fn rule_legacy_ids_are_fine_but_duplicates_are_not() {
    assert!(problems_after(|s| s.selections.push(Selection {
        id: id("CFQ7TTC0KXND"),
        seats: 1,
        policy: PolicyValue::Disabled
    }))
    .is_empty());
    assert_only(|s| s.selections.push(s.selections[0].clone()), "selections[3].id", &k::SHARE_ERR_DUPLICATE_PRODUCT);
    // A legacy id of a product already selected is the same product.
    assert_only(
        |s| {
            s.selections.push(Selection { id: id("CFQ7TTC0HDB1"), seats: 1, policy: PolicyValue::Disabled });
            s.selections.push(Selection { id: id("CFQ7TTC0KXND"), seats: 1, policy: PolicyValue::Disabled });
        },
        "selections[4].id",
        &k::SHARE_ERR_DUPLICATE_PRODUCT,
    );
}

#[test]
fn rule_seats() {
    assert_only(|s| s.selections[0].seats = 0, "selections[0].seats", &k::SHARE_ERR_SEATS);
    assert_only(|s| s.selections[0].seats = Selection::SEATS.max + 1, "selections[0].seats", &k::SHARE_ERR_SEATS);
    assert!(problems_after(|s| s.selections[0].seats = Selection::SEATS.max).is_empty());
}

#[test]
fn rule_trials_only_needs_a_no_card_trial() {
    assert_only(
        |s| s.selections[0].policy = PolicyValue::OnlyTrialsWithoutPaymentMethod,
        "selections[0].policy",
        &k::SHARE_ERR_TRIALS_ONLY,
    );
}

#[test]
fn rule_horizon() {
    assert_only(|s| s.pricing.horizon_months = 0, "pricing.horizon_months", &k::SHARE_ERR_HORIZON);
    assert_only(|s| s.pricing.horizon_months = 37, "pricing.horizon_months", &k::SHARE_ERR_HORIZON);
}

#[test]
fn rule_org_seats() {
    assert_only(|s| s.pricing.org_seats = 0, "pricing.org_seats", &k::SHARE_ERR_ORG_SEATS);
    assert_only(|s| s.pricing.org_seats = 1_000_001, "pricing.org_seats", &k::SHARE_ERR_ORG_SEATS);
    assert!(problems_after(|s| s.pricing.org_seats = 1_000_000).is_empty());
}

#[test]
fn rule_csp_adjust() {
    assert_only(|s| s.pricing.csp_adjust_pct = dec!(-50.01), "pricing.csp_adjust_pct", &k::SHARE_ERR_CSP_ADJUST);
    assert_only(|s| s.pricing.csp_adjust_pct = dec!(51), "pricing.csp_adjust_pct", &k::SHARE_ERR_CSP_ADJUST);
    assert_only(|s| s.pricing.csp_adjust_pct = dec!(1.234), "pricing.csp_adjust_pct", &k::SHARE_ERR_CSP_ADJUST);
    assert!(problems_after(|s| s.pricing.csp_adjust_pct = dec!(-50.000)).is_empty());
}

#[test]
fn rule_ea_discounts() {
    assert_only(
        |s| s.pricing.ea.level_discount_pct[2] = dec!(60.5),
        "pricing.ea.level_discount_pct[2]",
        &k::SHARE_ERR_EA_LEVEL_DISCOUNT,
    );
    assert_only(
        |s| s.pricing.ea.level_discount_pct[0] = dec!(-1),
        "pricing.ea.level_discount_pct[0]",
        &k::SHARE_ERR_EA_LEVEL_DISCOUNT,
    );
    assert_only(
        |s| s.pricing.ea.negotiated_discount_pct = dec!(61),
        "pricing.ea.negotiated_discount_pct",
        &k::SHARE_ERR_EA_NEGOTIATED,
    );
}

#[test]
fn rule_hidden_costs() {
    assert_only(
        |s| s.pricing.hidden.procurement_per_order = dec!(1000000.01),
        "pricing.hidden.procurement_per_order",
        &k::SHARE_ERR_PROCUREMENT,
    );
    assert_only(
        |s| s.pricing.hidden.expense_claim = dec!(-1),
        "pricing.hidden.expense_claim",
        &k::SHARE_ERR_EXPENSE_CLAIM,
    );
    assert_only(
        |s| s.pricing.hidden.admin_review = dec!(40.001),
        "pricing.hidden.admin_review",
        &k::SHARE_ERR_ADMIN_REVIEW,
    );
    assert!(problems_after(|s| s.pricing.hidden.admin_review = dec!(40.100)).is_empty(), "trailing zeros are fine");
}

#[test]
fn rule_seats_per_purchase() {
    assert_only(
        |s| s.pricing.hidden.seats_per_purchase = 0,
        "pricing.hidden.seats_per_purchase",
        &k::SHARE_ERR_SEATS_PER_PURCHASE,
    );
    assert_only(
        |s| s.pricing.hidden.seats_per_purchase = 1001,
        "pricing.hidden.seats_per_purchase",
        &k::SHARE_ERR_SEATS_PER_PURCHASE,
    );
}

#[test]
fn rule_centralise_after() {
    assert_only(
        |s| s.pricing.hidden.centralise_after_months = Some(0),
        "pricing.hidden.centralise_after_months",
        &k::SHARE_ERR_CENTRALISE_AFTER,
    );
    assert_only(
        |s| s.pricing.hidden.centralise_after_months = Some(37),
        "pricing.hidden.centralise_after_months",
        &k::SHARE_ERR_CENTRALISE_AFTER,
    );
    assert!(problems_after(|s| s.pricing.hidden.centralise_after_months = Some(36)).is_empty());
}

#[test]
fn rule_dates() {
    assert_only(|s| s.pricing.price_date = Date::ymd(2026, 2, 30), "pricing.price_date", &k::SHARE_ERR_DATE);
    assert_only(
        |s| s.pricing.ea.agreement_date = Date::ymd(2026, 13, 1),
        "pricing.ea.agreement_date",
        &k::SHARE_ERR_DATE,
    );
}

#[test]
fn rule_price_overrides() {
    let key = format!("price_overrides.{COPILOT}");
    assert_only(|s| s.set_override(&id(COPILOT), Some(dec!(100000.01))), &key, &k::SHARE_ERR_PRICE_OVERRIDE);
    assert_only(|s| s.set_override(&id(COPILOT), Some(dec!(-0.01))), &key, &k::SHARE_ERR_PRICE_OVERRIDE);
    assert_only(|s| s.set_override(&id(COPILOT), Some(dec!(1.23456))), &key, &k::SHARE_ERR_PRICE_OVERRIDE);
    assert_only(
        |s| s.set_override(&id("ZZZZZZZZZZZZ"), Some(dec!(1))),
        "price_overrides.ZZZZZZZZZZZZ",
        &k::SHARE_ERR_PRICE_OVERRIDE_UNKNOWN,
    );
    assert!(problems_after(|s| s.set_override(&id(COPILOT), Some(dec!(1.2345)))).is_empty());
}

#[test]
fn rule_shown_plans() {
    assert_only(|s| s.shown_plans.clear(), "shown_plans", &k::SHARE_ERR_PLANS_EMPTY);
    assert_only(|s| s.shown_plans.push(s.shown_plans[1]), "shown_plans[5]", &k::SHARE_ERR_PLAN_DUPLICATE);
    assert_only(
        |s| s.shown_plans.push(Plan::new(Channel::Ea, Term::AnnualBilledMonthly)),
        "shown_plans[5]",
        &k::SHARE_ERR_PLAN_UNKNOWN,
    );
}

#[test]
fn rule_answers_name_only_selected_products() {
    assert_only(
        |s| s.answers.agreement_covers = Some([id("CFQ7TTC0HDB1")].into()),
        "answers.agreement_covers",
        &k::SHARE_ERR_COVERS_NOT_SELECTED,
    );
    assert_only(
        |s| s.answers.planned_products = Some([id(COPILOT), id("ZZZZZZZZZZZZ")].into()),
        "answers.planned_products",
        &k::SHARE_ERR_PLANNED_NOT_SELECTED,
    );
    // A legacy id of a selected product names that product.
    assert!(problems_after(|s| {
        s.toggle(&Catalog::embedded(), &id("CFQ7TTC0HDB1"));
        s.answers.planned_products = Some([id("CFQ7TTC0KXND")].into());
    })
    .is_empty());
}

#[test]
fn rule_tenant_label() {
    let path = "script.tenant_label";
    assert_only(|s| s.script.tenant_label = "x".repeat(81), path, &k::SHARE_ERR_TENANT_LABEL);
    assert_only(|s| s.script.tenant_label = "a\nb".into(), path, &k::SHARE_ERR_TENANT_LABEL);
    assert!(problems_after(|s| s.script.tenant_label = "ü".repeat(80)).is_empty(), "characters, not bytes");
}

#[test]
fn every_problem_is_reported_at_once() {
    let problems = problems_after(|s| {
        s.version = 0;
        s.selections[0].seats = 0;
        s.pricing.org_seats = 0;
        s.shown_plans.clear();
    });
    assert_eq!(problems.len(), 4);
}
