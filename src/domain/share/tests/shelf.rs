//! Tests of several scenarios in links and files (issue 24): round trips, the length of a
//! typical two-scenario link, the golden link, and refusals with their paths.
use super::*;
use crate::domain::catalog::Catalog;
use crate::domain::date::Date;
use crate::domain::ids::ProductId;
use crate::domain::money::Currency;
use crate::domain::policy::PolicyValue;
use crate::domain::share::link::raw_link;
use crate::domain::shelf::{Parked, Shelf, MAX_SCENARIOS};
use crate::i18n::k;
use proptest::prelude::*;

/// "Today" (the typical link) and "Proposed": the same products, every one blocked but the
/// first, as a consultant's proposal looks.
fn today_and_proposed(c: &Catalog) -> (Scenario, Shelf) {
    let today = typical(c);
    let mut proposed = today.clone();
    let ids: Vec<ProductId> = proposed.selections.iter().skip(1).map(|s| s.id.clone()).collect();
    for id in &ids {
        proposed.set_policy(c, id, PolicyValue::Disabled);
    }
    let shelf =
        Shelf { name: String::new(), position: 1, others: vec![Parked { name: String::new(), scenario: today }] };
    (proposed, shelf)
}

#[test]
fn a_two_scenario_link_round_trips_and_stays_short() {
    let c = Catalog::embedded();
    let (active, shelf) = today_and_proposed(&c);
    let one = encode_hash(&active);
    let two = encode_all(&active, &shelf, &[]);
    println!("link length, typical scenario: {} characters; with Today and Proposed: {}", one.len(), two.len());
    assert!(two.len() < 400, "{} characters", two.len());
    let opened = decode_link(&two, &c).unwrap();
    assert_eq!(opened.scenario, active);
    assert_eq!(opened.shelf, shelf);
    assert_eq!(opened.notices, vec![]);
    // With one scenario, the link is exactly the one-scenario link of before.
    assert_eq!(encode_all(&active, &Shelf::default(), &[]), one);
}

#[test]
fn the_golden_two_scenario_link_keeps_opening() {
    let c = Catalog::embedded();
    let (active, mut shelf) = today_and_proposed(&c);
    shelf.name = "Vorschlag 2027".into();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/v2/two_scenarios.link");
    if std::env::var_os("BLESS_GOLDEN").is_some() {
        std::fs::write(path, encode_all(&active, &shelf, &[]) + "\n").unwrap();
    }
    let link = std::fs::read_to_string(path).unwrap();
    let opened = decode_link(&link, &c).unwrap();
    assert_eq!((opened.scenario, opened.shelf), (active.clone(), shelf.clone()));
    assert_eq!(encode_all(&active, &shelf, &[]), link.trim(), "the v2 writer changed");
}

#[test]
fn four_different_scenarios_round_trip_through_links_and_files() {
    let c = Catalog::embedded();
    let active = full(&c);
    let mut fewer = typical(&c);
    fewer.pricing.currency = active.pricing.currency;
    let mut no_answers = active.clone();
    no_answers.answers = Default::default();
    no_answers.script = Default::default();
    let mut with_doors = active.clone();
    with_doors.doors.request.url = "https://it.example/request".into();
    let ids: Vec<ProductId> = with_doors.selections.iter().skip(2).map(|s| s.id.clone()).collect();
    for id in &ids {
        with_doors.toggle(&c, id);
    }
    let shelf = Shelf {
        name: "Heute".into(),
        position: 2,
        others: vec![
            Parked { name: "Fewer".into(), scenario: fewer },
            Parked { name: String::new(), scenario: no_answers },
            Parked { name: "Doors “quoted” 'too'".into(), scenario: with_doors },
        ],
    };
    assert_eq!(shelf.len(), MAX_SCENARIOS);
    let link = encode_all(&active, &shelf, &[]);
    let opened = decode_link(&link, &c).unwrap();
    assert_eq!((&opened.scenario, &opened.shelf), (&active, &shelf));
    let file = to_file_all(&active, &shelf, &[], Date::ymd(2026, 12, 6));
    let read = read_file(&file, &c).unwrap();
    assert_eq!((&read.scenario, &read.shelf), (&active, &shelf));
}

#[test]
fn a_damaged_or_invalid_other_scenario_refuses_the_whole_link_or_file() {
    let c = Catalog::embedded();
    let (active, mut shelf) = today_and_proposed(&c);
    // An invalid seat count in the parked scenario (first of two): its path names it.
    let id = shelf.others[0].scenario.selections[0].id.clone();
    shelf.others[0].scenario.set_seats(&id, 0);
    let problems = decode_link(&encode_all(&active, &shelf, &[]), &c).unwrap_err();
    assert!(problems.iter().any(|p| p.path == "scenarios[0].selections[0].seats"), "{problems:?}");
    let file = to_file_all(&active, &shelf, &[], Date::ymd(2026, 12, 6));
    let problems = read_file(&file, &c).unwrap_err();
    assert!(problems.iter().any(|p| p.path == "shelf.others[0].scenario.selections[0].seats"), "{problems:?}");

    // Five scenarios are more than the tool opens.
    let (active, mut shelf) = today_and_proposed(&c);
    shelf.others = vec![shelf.others[0].clone(); MAX_SCENARIOS];
    let problems = decode_link(&encode_all(&active, &shelf, &[]), &c).unwrap_err();
    assert_eq!(problems[0].message.key, &k::SHARE_ERR_TOO_MANY_SCENARIOS);

    // A custom product inside another scenario is damage: the catalogue is the link's.
    let mut payload = super::link::v2_payload(&active);
    let mut inner = super::link::wire::Writer::default();
    inner.num(2u32 << 2 | 1); // field 2 (the differing fields), bytes
    inner.num(2u32);
    inner.num(9u32 << 2 | 1); // field 9 (custom product) inside: not allowed
    inner.num(0u32);
    let mut w = super::link::wire::Writer::default();
    w.num(14u32 << 2 | 1);
    w.num(inner.0.len() as u64);
    w.bytes(&inner.0);
    payload.extend_from_slice(&w.0);
    let problems = decode_link(&raw_link("v2.", &payload), &c).unwrap_err();
    assert_eq!(problems[0].message.key, &k::SHARE_ERR_LINK_DAMAGED);
}

#[test]
fn the_money_basis_of_the_active_scenario_is_everyones() {
    let c = Catalog::embedded();
    let (active, mut shelf) = today_and_proposed(&c);
    shelf.others[0].scenario.pricing.currency = Currency::GBP;
    let opened = decode_link(&encode_all(&active, &shelf, &[]), &c).unwrap();
    assert_eq!(opened.shelf.others[0].scenario.pricing.currency, active.pricing.currency);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Any changes of policies, seats and horizon in the other scenario survive the diff.
    #[test]
    fn any_other_scenario_round_trips(
        policies in prop::collection::vec(0usize..3, 3),
        seats in prop::collection::vec(1u32..5000, 3),
        horizon in 1u32..=36,
        drop_answers: bool,
        position in 0usize..2,
    ) {
        let c = Catalog::embedded();
        let active = typical(&c);
        let mut other = active.clone();
        let ids: Vec<ProductId> = other.selections.iter().map(|s| s.id.clone()).collect();
        for (i, id) in ids.iter().enumerate() {
            let allowed = c.find(id).unwrap().allowed_policies();
            other.set_policy(&c, id, allowed[policies[i] % allowed.len()]);
            other.set_seats(id, seats[i]);
        }
        other.pricing.horizon_months = horizon;
        if drop_answers {
            other.answers = Default::default();
        }
        let shelf = Shelf { name: String::new(), position, others: vec![Parked { name: "B".into(), scenario: other }] };
        let opened = decode_link(&encode_all(&active, &shelf, &[]), &c).unwrap();
        prop_assert_eq!(opened.scenario, active);
        prop_assert_eq!(opened.shelf, shelf);
    }
}

/// Issue 25: a file carries the tenant list and tiers only when asked, opens them validated,
/// and refuses the whole file (paths under `fleet`) when they are wrong.
#[test]
fn a_file_carries_the_fleet_only_when_asked_and_refuses_a_bad_one_whole() {
    use crate::domain::fleet::{parse_tenant_list, Fleet};
    let c = Catalog::embedded();
    let (active, shelf) = today_and_proposed(&c);
    let day = Date::ymd(2026, 12, 6);
    let plain = to_file_all(&active, &shelf, &[], day);
    assert!(!plain.contains("\"fleet\""), "no tenant data unasked");
    assert_eq!(read_file(&plain, &c).unwrap().fleet, None);
    use crate::domain::fleet::{read_saved, saved_file};

    let mut fleet = Fleet::default();
    fleet.set_tenants(
        parse_tenant_list("72f988bf-86f1-41af-91ab-2d7cd011db47,contoso.com,Contoso\n,fabrikam.com,Fabrikam").unwrap(),
    );
    fleet.save_tier("Locked", &active).unwrap();
    fleet.assign(1, Some("Locked")).unwrap();
    let file = saved_file(&active, &shelf, &[], Some(&fleet), day);
    let (read, read_fleet) = read_saved(&file, &c).unwrap();
    assert_eq!(read_fleet.as_ref(), Some(&fleet));
    assert_eq!((&read.scenario, &read.shelf), (&active, &shelf));

    // An assignment to a tier that is not there, and a future version: refused with paths.
    let bad = file.replace("\"tier\": \"Locked\"", "\"tier\": \"Gone\"");
    let problems = read_saved(&bad, &c).unwrap_err();
    assert!(problems.iter().any(|p| p.path == "fleet.tenants[1].tier"), "{problems:?}");
    let future = file.replacen("\"version\": 1,\n    \"tiers\"", "\"version\": 2,\n    \"tiers\"", 1);
    assert_ne!(future, file);
    let problems = read_saved(&future, &c).unwrap_err();
    assert!(problems.iter().any(|p| p.path == "fleet.version"), "{problems:?}");
}
