//! Issue 24, item 3: ramps (seats that change over time) in links (v2 field 12) and files,
//! validated with a path per ramp, frozen by `tests/golden/v2/ramps.link`.
use super::*;
use crate::domain::catalog::Catalog;
use crate::domain::date::Date;
use crate::domain::ramp::{RampError, RampSpec, Step};
use crate::domain::scenario::Scenario;
use crate::domain::share::link::wire::Writer;
use crate::domain::share::link::{raw_link, v2_payload};
use crate::domain::test_support::{pid as id, COPILOT, PBI, VISIO1};
use crate::i18n::{k, msg, Lang};
use rust_decimal_macros::dec;

/// Three products as a typical link has them, each with a ramp of another kind.
fn with_ramps(c: &Catalog) -> Scenario {
    let mut s = Scenario::default();
    for p in [PBI, VISIO1, COPILOT] {
        s.toggle(c, &id(p));
    }
    s.set_seats(&id(PBI), 120);
    s.set_seats(&id(COPILOT), 25);
    s.set_ramp(&id(PBI), Some(RampSpec::Linear { start: 120, end: 300, end_month: 18 })).unwrap();
    s.set_ramp(&id(VISIO1), Some(RampSpec::Growth { start: 10, rate_pct: dec!(2.5) })).unwrap();
    let steps = vec![Step { month: 0, seats: 25 }, Step { month: 6, seats: 60 }, Step { month: 12, seats: 40 }];
    s.set_ramp(&id(COPILOT), Some(RampSpec::Steps(steps))).unwrap();
    s
}

#[test]
fn golden_ramps_link_opens_unchanged() {
    let c = Catalog::embedded();
    let s = with_ramps(&c);
    let h = encode_hash(&s);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/v2/ramps.link");
    if std::env::var_os("BLESS_GOLDEN").is_some() || !std::path::Path::new(path).exists() {
        std::fs::write(path, h.clone() + "\n").unwrap();
    }
    let link = std::fs::read_to_string(path).unwrap();
    assert_eq!(decode_hash(&link, &c), Ok(s.clone()));
    assert_eq!(h, link.trim(), "the v2 writer changed");
    // Three ramps, one of each kind, cost a typical link 48 characters (without them 74, with 122).
    let mut flat = s.clone();
    flat.ramps.clear();
    assert_eq!((encode_hash(&flat).len(), h.len()), (74, 122));
    // Every link of before opens with no ramp.
    for name in ["empty", "full", "full_no_answers", "every_product", "other_options", "doors", "money"] {
        let link =
            std::fs::read_to_string(format!("{}/tests/golden/v2/{name}.link", env!("CARGO_MANIFEST_DIR"))).unwrap();
        assert!(decode_hash(&link, &c).unwrap().ramps.is_empty(), "{name}");
    }
}

#[test]
fn ramps_travel_in_files() {
    let c = Catalog::embedded();
    let s = with_ramps(&c);
    let file = to_file(&s, Date::ymd(2026, 12, 6));
    assert!(file.contains("\"linear\"") && file.contains("\"growth\"") && file.contains("\"steps\""), "{file}");
    assert_eq!(from_file(&file, &c), Ok(s.clone()));
    // A file without ramps (every file of before) opens with none; no empty field is written.
    let mut flat = s;
    flat.ramps.clear();
    let file = to_file(&flat, Date::ymd(2026, 12, 6));
    assert!(!file.contains("ramps"));
    assert_eq!(from_file(&file, &c), Ok(flat));
}

/// Every way a ramp can be wrong is named at its path, in words, in every language; nothing
/// of the scenario is applied.
#[test]
fn a_bad_ramp_is_refused_with_its_path() {
    let c = Catalog::embedded();
    let cases: Vec<(RampSpec, RampError)> = vec![
        (RampSpec::Linear { start: 10, end: 20, end_month: 0 }, RampError::EndMonth { month: 0 }),
        (RampSpec::Linear { start: 0, end: 20, end_month: 3 }, RampError::Seats { month: 0 }),
        (RampSpec::Growth { start: 10, rate_pct: dec!(60) }, RampError::GrowthRate { rate_pct: dec!(60) }),
        // 50,000 x 1.05^15 = 103,946: past 100,000 at month 15 of the longest horizon
        (RampSpec::Growth { start: 50_000, rate_pct: dec!(5) }, RampError::Seats { month: 15 }),
        (RampSpec::Steps(vec![]), RampError::NoSteps),
        (RampSpec::Steps(vec![Step { month: 1, seats: 5 }]), RampError::FirstStepNotMonthZero { month: 1 }),
        (
            RampSpec::Steps(vec![Step { month: 0, seats: 5 }, Step { month: 0, seats: 6 }]),
            RampError::StepsNotIncreasing { month: 0 },
        ),
        (
            RampSpec::Steps(vec![Step { month: 0, seats: 5 }, Step { month: 36, seats: 6 }]),
            RampError::StepMonth { month: 36 },
        ),
    ];
    let mut s = with_ramps(&c);
    for (spec, err) in cases {
        assert_eq!(s.set_ramp(&id(PBI), Some(spec.clone())), Err(err.clone()), "{spec:?}");
        assert_eq!(s, with_ramps(&c), "the previous ramp stays");
        let mut bad = s.clone();
        bad.ramps.insert(id(PBI), spec.clone());
        let problems = validate(&bad, &c);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].path, format!("ramps.{PBI}"));
        assert_eq!(problems[0].message, err.message());
        for lang in Lang::ALL {
            let text = msg(lang, &problems[0].message);
            assert!(!text.contains('{') && text.len() > 20, "{lang:?}: {text}");
        }
        // Through a link, the whole scenario is refused with the same problem.
        assert!(decode_hash(&encode_hash(&bad), &c).unwrap_err().contains(&problems[0]));
    }
    // A ramp of a product not selected: named in validation; opening a link drops it.
    let mut stray = s.clone();
    stray.ramps.insert(id("CFQ7TTC0HDB1"), RampSpec::Growth { start: 1, rate_pct: dec!(1) });
    let problems = validate(&stray, &c);
    assert_eq!(
        problems.iter().map(|p| (p.path.as_str(), p.message.key)).collect::<Vec<_>>(),
        [("ramps.CFQ7TTC0HDB1", &k::RAMP_ERR_PRODUCT)]
    );
    assert_eq!(decode_hash(&encode_hash(&stray), &c), Ok(s.clone()));
    // Removing a product removes its ramp.
    s.toggle(&c, &id(COPILOT));
    assert!(!s.ramps.contains_key(&id(COPILOT)) && s.ramps.len() == 2);
    // A ramp is only set for a selected product.
    assert_eq!(s.set_ramp(&id(COPILOT), Some(RampSpec::Growth { start: 1, rate_pct: dec!(1) })), Ok(()));
    assert!(!s.ramps.contains_key(&id(COPILOT)));
}

/// A ramp of a kind a newer build wrote is left out with a notice; one with no kind at all,
/// or a selection that does not exist, is damage.
#[test]
fn an_unknown_ramp_kind_is_skipped_with_a_notice() {
    let c = Catalog::embedded();
    let s = {
        let mut s = with_ramps(&c);
        s.ramps.clear();
        s
    };
    let link_with = |ramp: &[u8]| {
        let mut payload = v2_payload(&s);
        let mut w = Writer::default();
        w.num((12u32 << 2) | 1);
        w.num(ramp.len() as u32);
        w.0.extend_from_slice(ramp);
        payload.extend_from_slice(&w.0);
        raw_link("v2.", &payload)
    };
    // selection 1 (field 1, varint), then field 9 (varint 7): a kind this build does not know
    let opened = decode_link(&link_with(&[1 << 2, 1, 9 << 2, 7]), &c).unwrap();
    assert!(opened.scenario.ramps.is_empty());
    assert_eq!(opened.notices.len(), 1);
    assert_eq!(
        (opened.notices[0].path.as_str(), opened.notices[0].message.key),
        ("ramps", &k::SHARE_NOTICE_UNKNOWN_FIELD)
    );
    assert!(decode_link(&link_with(&[1 << 2, 1]), &c).is_err(), "no kind");
    assert!(decode_link(&link_with(&[1 << 2, 9, 5 << 2 | 1, 2, 0, 10]), &c).is_err(), "selection 9 of 3");
    // selection 1, steps 0: 10, 6: 20
    let opened = decode_link(&link_with(&[1 << 2, 1, 5 << 2 | 1, 4, 0, 10, 6, 20]), &c).unwrap();
    let steps = vec![Step { month: 0, seats: 10 }, Step { month: 6, seats: 20 }];
    assert_eq!(opened.scenario.ramps.get(&id(PBI)), Some(&RampSpec::Steps(steps)));
}
