//! Component tests in headless Chromium: mount real Yew components, act on the DOM as a user
//! would (type, click) and read what is rendered.
#![cfg(target_arch = "wasm32")]

use ssp_advisor::domain::policy::PolicyValue;
use ssp_advisor::ui::policy_choice::{PolicyChoice, PolicyChoiceProps};
use ssp_advisor::ui::seat_input::{SeatInput, SeatInputProps};
use ssp_advisor::ui::App;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;
use yew::Callback;

mod common;
use common::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn seat_input_reports_only_valid_numbers_and_explains_bad_ones() {
    let root = mount_point();
    let seen = Rc::new(RefCell::new(Vec::<u32>::new()));
    let sink = seen.clone();
    let props = SeatInputProps {
        id: "s1".into(),
        label: "Seats".into(),
        value: 10,
        on_change: Callback::from(move |n| sink.borrow_mut().push(n)),
    };
    yew::Renderer::<SeatInput>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let input: HtmlInputElement = query(&root, "#s1").dyn_into().unwrap();
    assert_eq!(input.value(), "10");

    type_into(&input, "50");
    settle().await;
    assert_eq!(*seen.borrow(), vec![50]);
    assert!(root.query_selector(".field-error").unwrap().is_none());

    for bad in ["-5", "2.5", "ten", "", "1000000"] {
        type_into(&input, bad);
        settle().await;
        let err = query(&root, ".field-error").text_content().unwrap();
        assert!(!err.is_empty(), "no message for {bad:?}");
        assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    }
    assert_eq!(*seen.borrow(), vec![50], "bad input must not be reported");
    assert!(query(&root, ".field-error").text_content().unwrap().contains("at most 100,000"));
}

#[wasm_bindgen_test]
async fn trials_only_is_disabled_without_a_no_card_trial() {
    let root = mount_point();
    let chosen = Rc::new(RefCell::new(None));
    let sink = chosen.clone();
    let props = PolicyChoiceProps {
        group: "p1".into(),
        product_name: "Power BI Pro".into(),
        value: PolicyValue::Disabled,
        allowed: vec![PolicyValue::Enabled, PolicyValue::Disabled],
        on_change: Callback::from(move |v| *sink.borrow_mut() = Some(v)),
    };
    yew::Renderer::<PolicyChoice>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let trials: HtmlInputElement = query(&root, "#p1-OnlyTrialsWithoutPaymentMethod").dyn_into().unwrap();
    assert!(trials.disabled());
    // The reason is tied to the disabled option for screen readers.
    assert_eq!(trials.get_attribute("aria-describedby").as_deref(), Some("p1-trials-note"));
    assert!(query(&root, "#p1-trials-note").text_content().unwrap().contains("trial without payment method"));
    let allow: HtmlInputElement = query(&root, "#p1-Enabled").dyn_into().unwrap();
    allow.click();
    settle().await;
    assert_eq!(*chosen.borrow(), Some(PolicyValue::Enabled));
}

#[wasm_bindgen_test]
async fn app_computes_costs_and_script_for_a_picked_product() {
    // Start like a first visit: nothing saved, no link.
    <gloo::storage::LocalStorage as gloo::storage::Storage>::clear();
    let _ = gloo::utils::window().location().set_hash("");
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    assert_eq!(query(&root, "h1").text_content().unwrap(), "Self-Service Purchase Advisor");
    click(&root, "#pick-CFQ7TTC0H9MP");
    settle().await;
    let seats: HtmlInputElement = wait_for(&root, "#seats-CFQ7TTC0H9MP").await.dyn_into().unwrap();
    type_into(&seats, "50");
    settle().await;

    click(&root, "#nav-costs");
    settle().await;
    wait_for(&root, ".cost-table tbody tr[data-product='CFQ7TTC0H9MP']").await;
    let text = |sel: &str| query(&root, sel).text_content().unwrap();
    // List price: 14.00 x 50 x 12; monthly term +20 %.
    let licences =
        |plan: &str| text(&format!(".product-cost[data-product='CFQ7TTC0H9MP'] tr[data-plan='{plan}'] td.licences"));
    assert_eq!(licences("ssp-annual"), "$8,400.00");
    assert_eq!(licences("csp-monthly"), "$10,080.00");
    // Totals add what list prices hide: 50 expense claims x 25 and 50 reviews x 40; one CSP order.
    let cell = |plan: &str| text(&format!(".cost-table tbody tr[data-product='CFQ7TTC0H9MP'] td[data-plan='{plan}']"));
    assert_eq!(cell("ssp-annual"), "$11,650.00");
    assert!(cell("csp-annual").starts_with("$8,600.00"), "{}", cell("csp-annual"));

    click(&root, "#nav-script");
    settle().await;
    wait_for(&root, "#script-code").await;
    assert!(text("#script-code").contains("-ProductId CFQ7TTC0H9MP -Value 'Disabled'"));
    click(&root, "#nav-products");
    settle().await;
    wait_for(&root, "#policy-CFQ7TTC0H9MP-Enabled").await;
    click(&root, "#policy-CFQ7TTC0H9MP-Enabled");
    settle().await;
    click(&root, "#nav-script");
    settle().await;
    for _ in 0..100 {
        if text("#script-code").contains("'Enabled'") {
            break;
        }
        settle().await;
    }
    assert!(text("#script-code").contains("-ProductId CFQ7TTC0H9MP -Value 'Enabled'"));
    // The scenario is now in the address bar, so a link reopens it.
    let hash = gloo::utils::window().location().hash().unwrap();
    assert!(hash.starts_with("#v2."), "{hash}");
}

/// The scenario switcher (issue 24): the tabs say which scenario is shown and report the one
/// clicked, the name field renames the active one, and a fifth scenario cannot be added.
#[wasm_bindgen_test]
async fn the_scenario_bar_switches_renames_removes_and_stops_at_four() {
    use ssp_advisor::domain::scenario::Scenario;
    use ssp_advisor::domain::shelf::{Parked, Shelf, MAX_SCENARIOS};
    use ssp_advisor::ui::scenario_bar::{ScenarioBar, ScenarioBarProps};
    let events = Rc::new(RefCell::new(Vec::<String>::new()));
    let props = |shelf: Shelf| {
        let (a, b, c, d) = (events.clone(), events.clone(), events.clone(), events.clone());
        ScenarioBarProps {
            shelf,
            on_switch: Callback::from(move |i| a.borrow_mut().push(format!("switch {i}"))),
            on_duplicate: Callback::from(move |_| b.borrow_mut().push("duplicate".into())),
            on_rename: Callback::from(move |(i, n): (usize, String)| c.borrow_mut().push(format!("rename {i} {n}"))),
            on_remove: Callback::from(move |i| d.borrow_mut().push(format!("remove {i}"))),
        }
    };
    let two = Shelf {
        name: String::new(),
        position: 1,
        others: vec![Parked { name: String::new(), scenario: Scenario::default() }],
    };
    let root = mount_point();
    yew::Renderer::<ScenarioBar>::with_root_and_props(root.clone(), props(two.clone())).render();
    settle().await;
    let tabs: Vec<String> = {
        let list = root.query_selector_all(".scenario-tab").unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap()).collect()
    };
    assert_eq!(tabs, ["Today", "Proposed"]);
    assert_eq!(query(&root, ".scenario-tab.is-current").text_content().unwrap(), "Proposed");
    assert_eq!(query(&root, ".scenario-tab.is-current").get_attribute("aria-pressed").as_deref(), Some("true"));
    click(&root, ".scenario-tab:not(.is-current)");
    type_into(&input(&root, ".scenario-name input"), "To be");
    click(&root, ".scenario-bar .button-quiet");
    click(&root, "#duplicate-scenario");
    settle().await;
    assert_eq!(*events.borrow(), ["switch 0", "rename 1 To be", "remove 1", "duplicate"]);

    let mut full = two;
    full.others = vec![full.others[0].clone(); MAX_SCENARIOS - 1];
    let root = mount_point();
    yew::Renderer::<ScenarioBar>::with_root_and_props(root.clone(), props(full)).render();
    settle().await;
    assert!(query(&root, "#duplicate-scenario").has_attribute("disabled"), "a fifth is refused");
}

/// Issue 25: the tenant list is refused whole, next to the field and with each bad line, and
/// nothing reaches the reducer; a good list is handed over in one action.
#[wasm_bindgen_test]
async fn a_bad_tenant_list_is_refused_with_its_lines_and_nothing_is_applied() {
    use ssp_advisor::ui::fleet_tenants::{TenantList, TenantListProps};
    use ssp_advisor::ui::state::FleetAction;
    let root = mount_point();
    let seen = Rc::new(RefCell::new(Vec::<FleetAction>::new()));
    let sink = seen.clone();
    let props = TenantListProps { fleet: Default::default(), on: Callback::from(move |a| sink.borrow_mut().push(a)) };
    yew::Renderer::<TenantList>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let area: HtmlInputElement = query(&root, "#fleet-tenant-paste").unchecked_into();
    type_into(&area, "contoso.com,Contoso\nnot a domain.com\ncontoso.com,Again\n");
    settle().await;
    click(&root, "#fleet-tenant-read");
    settle().await;
    let problems = query(&root, "#fleet-tenant-problems").text_content().unwrap();
    assert!(problems.contains("line 2") && problems.contains("line 3"), "{problems}");
    assert!(problems.contains("contoso.com is already on line 1."), "{problems}");
    assert_eq!(query(&root, "#fleet-tenant-paste").get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(seen.borrow().is_empty(), "a refused list never reaches the reducer");

    type_into(&area, "contoso.com,Contoso\nfabrikam.com\n");
    settle().await;
    click(&root, "#fleet-tenant-read");
    settle().await;
    assert!(root.query_selector("#fleet-tenant-problems").unwrap().is_none());
    let got = seen.borrow().clone();
    match got.as_slice() {
        [FleetAction::SetTenants(list)] => {
            assert_eq!(list.iter().map(|t| t.address()).collect::<Vec<_>>(), ["contoso.com", "fabrikam.com"])
        }
        other => panic!("{other:?}"),
    }
}
