//! Tests of the share formats, split by what they test: `links` (base64url, crc, the v2 codec,
//! damaged and pasted links), `golden` (links and files of earlier releases keep opening, unknown
//! fields are skipped with a notice), `wire_tags` (every tag frozen), `validation` (one test per
//! rule), `files` (the scenario file), `custom` (custom products on another computer), `doors`
//! (the request path and switches in links and files), `ramps` and `shelf` (issue 24: seats over
//! time, several scenarios) and `props` (property tests, native only).
//! The scenarios and helpers here are theirs to share.
use super::link::wire::{Reader, Writer};
use super::link::{base64url, crc16, raw_link, v2_payload, v2_read};
use super::*;
use crate::domain::catalog::{Catalog, Term};
use crate::domain::date::Date;
use crate::domain::decision::*;
use crate::domain::ids::ProductId;
use crate::domain::money::Currency;
use crate::domain::policy::PolicyValue;
use crate::domain::test_support::{pid as id, COPILOT, PBI, VISIO1};
use crate::i18n::k;
// EaTerms, HiddenCosts and PricingParams are for the property tests, which are native only.
#[cfg_attr(target_arch = "wasm32", allow(unused_imports))]
use crate::domain::pricing::{Channel, EaTerms, HiddenCosts, Plan, PricingParams};
use crate::domain::scenario::{default_plans, Scenario, ScriptPrefs, Selection};
use crate::domain::shelf::Shelf;
use crate::domain::tag::Tagged;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

fn keys(problems: &[Problem]) -> Vec<(&str, crate::i18n::Key)> {
    problems.iter().map(|p| (p.path.as_str(), p.message.key)).collect()
}

/// Three products, a few answers, one override: what a typical shared link holds.
pub(super) fn typical(c: &Catalog) -> Scenario {
    let mut s = Scenario::default();
    for p in [PBI, VISIO1, COPILOT] {
        s.toggle(c, &id(p));
    }
    s.set_seats(&id(PBI), 120);
    s.set_seats(&id(COPILOT), 25);
    s.set_policy(c, &id(VISIO1), PolicyValue::OnlyTrialsWithoutPaymentMethod);
    s.set_override(&id(COPILOT), Some(dec!(28.5)));
    s.answers.tenant_type = Some(TenantType::Commercial);
    s.answers.country = Some(Country::Other);
    s.answers.agreement = Some(Agreement::Csp);
    s.answers.agreement_covers = Some([id(PBI)].into());
    s.answers.shadow_it = Some(ShadowIt::Tolerant);
    s
}

/// Seven products, every answer given, edited assumptions, overrides and weights.
pub(super) fn full(c: &Catalog) -> Scenario {
    let mut s = Scenario::default();
    for name in [
        "Power BI Pro",
        "Power Apps Premium",
        "Planner Plan 1",
        "Project Plan 3",
        "Visio Plan 1",
        "Visio Plan 2",
        "Microsoft 365 Copilot",
    ] {
        let p = c.products.iter().find(|p| p.name == name).unwrap();
        s.toggle(c, &p.id.clone());
    }
    let ids: Vec<ProductId> = s.selections.iter().map(|x| x.id.clone()).collect();
    for (i, pid) in ids.iter().enumerate() {
        s.set_seats(pid, 15 + 1_237 * i as u32);
        let allowed = c.find(pid).unwrap().allowed_policies();
        s.set_policy(c, pid, allowed[i % allowed.len()]);
    }
    s.set_override(&ids[0], Some(dec!(13.9)));
    s.set_override(&ids[3], Some(dec!(27.4995)));
    s.set_override(&ids[6], Some(dec!(30)));
    s.shown_plans = Plan::ALL.to_vec();
    let p = &mut s.pricing;
    p.currency = Currency::EUR;
    p.price_date = Date::ymd(2027, 3, 15);
    p.horizon_months = 36;
    p.csp_adjust_pct = dec!(-7.5);
    p.org_seats = 5_400;
    p.ea.level_discount_pct = [dec!(1), dec!(6.5), dec!(9.25), dec!(12)];
    p.ea.agreement_date = Date::ymd(2025, 10, 31);
    p.ea.negotiated_discount_pct = dec!(3.75);
    p.hidden.procurement_per_order = dec!(350);
    p.hidden.expense_claim = dec!(32.50);
    p.hidden.admin_review = dec!(65);
    p.hidden.seats_per_purchase = 5;
    p.hidden.centralise_after_months = Some(18);
    let a = &mut s.answers;
    a.tenant_type = Some(TenantType::Commercial);
    a.country = Some(Country::Other);
    a.agreement = Some(Agreement::Ea);
    a.agreement_covers = Some(ids[..3].iter().cloned().collect());
    a.planned_purchase = Some(YesNo::Yes);
    a.planned_products = Some(ids[4..].iter().cloned().collect());
    a.shadow_it = Some(ShadowIt::Strict);
    a.support = Some(Support::Limited);
    a.billing = Some(Billing::Reluctantly);
    a.compliance = Some(Compliance::Regulated);
    a.experimentation = Some(Experimentation::Moderate);
    a.copilot = Some(CopilotApproach::EarlyAdopters);
    for (cr, w) in [
        (Criterion::Cost, Weight::Decisive),
        (Criterion::Compliance, Weight::Important),
        (Criterion::Experimentation, Weight::Ignore),
        (Criterion::Support, Weight::Important),
    ] {
        a.set_weight(cr, w);
    }
    s.script = ScriptPrefs {
        what_if: true,
        default_for_others: PolicyValue::OnlyTrialsWithoutPaymentMethod,
        tenant_label: "Contoso 'prod' – Zürich".into(),
        power_platform_trials: true,
    };
    s
}

fn problems_after(change: impl FnOnce(&mut Scenario)) -> Vec<Problem> {
    let c = Catalog::embedded();
    let mut s = typical(&c);
    change(&mut s);
    validate(&s, &c)
}

fn assert_only(change: impl FnOnce(&mut Scenario), path: &str, key: crate::i18n::Key) {
    let problems = problems_after(change);
    assert_eq!(keys(&problems), [(path, key)]);
    let m = &problems[0].message;
    for lang in crate::i18n::Lang::ALL {
        let text = crate::i18n::msg(lang, m);
        assert!(!text.contains('{'), "unfilled placeholder in {lang:?}: {text}");
    }
}

mod custom;
mod doors;
mod files;
mod golden;
mod links;
/// Property tests (native only: proptest does not build for wasm32).
#[cfg(not(target_arch = "wasm32"))]
mod props;
mod ramps;
mod shelf;
mod validation;
mod wire_tags;
