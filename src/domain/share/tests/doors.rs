//! Issue 13: the licence-request path and the related switches (v2 field 11, "doors") in links
//! and files, frozen by a golden link.
use super::*;

// ---- issue 13: the licence-request path and the related switches (v2 field 11, "doors") ----

fn with_doors(c: &Catalog) -> Scenario {
    use crate::domain::doors::{RelatedSwitch, RequestPath, SwitchSetting};
    let mut s = typical(c);
    s.doors.request =
        RequestPath { url: "https://it.example/request".into(), contact: "Service desk 'IT' {url}".into() };
    s.doors.choose(RelatedSwitch::StartTrials, Some(SwitchSetting::Off));
    s.doors.choose(RelatedSwitch::CopilotMultipleAccounts, Some(SwitchSetting::On));
    s
}

#[test]
fn doors_ride_in_links_and_files() {
    let c = Catalog::embedded();
    let s = with_doors(&c);
    assert_eq!(validate(&s, &c), vec![]);
    let h = encode_hash(&s);
    assert_eq!(decode_hash(&h, &c), Ok(s.clone()));
    // Without doors, field 11 is not written: older links and this version's links are the same.
    let plain = typical(&c);
    assert!(!v2_payload(&plain).is_empty());
    assert_eq!(decode_hash(&encode_hash(&plain), &c).unwrap().doors, Default::default());
    let file = to_file(&s, Date::ymd(2026, 12, 1));
    assert!(file.contains("\"doors\""), "{file}");
    assert_eq!(from_file(&file, &c), Ok(s));
    assert!(!to_file(&plain, Date::ymd(2026, 12, 1)).contains("doors"), "absent when empty");
}

#[test]
fn an_unknown_switch_is_skipped_with_a_notice_and_an_unknown_setting_is_damage() {
    let c = Catalog::embedded();
    let s = typical(&c);
    let link_with = |packed: &[u8]| {
        let mut doors = Writer::default();
        doors.num((3u32 << 2) | 1);
        doors.num(packed.len() as u32);
        doors.0.extend_from_slice(packed);
        let mut payload = v2_payload(&s);
        let mut w = Writer::default();
        w.num((11u32 << 2) | 1);
        w.num(doors.0.len() as u32);
        w.0.extend_from_slice(&doors.0);
        payload.extend_from_slice(&w.0);
        raw_link("v2.", &payload)
    };
    let opened = decode_link(&link_with(&[1, 2, 99, 1]), &c).unwrap();
    assert_eq!(
        opened.scenario.doors.switches,
        [(crate::domain::doors::RelatedSwitch::StartTrials, crate::domain::doors::SwitchSetting::Off)].into()
    );
    assert_eq!(keys(&opened.notices), vec![("doors.switches", &k::SHARE_NOTICE_UNKNOWN_FIELD)]);
    assert!(decode_link(&link_with(&[1, 7]), &c).is_err(), "unknown setting");
    assert!(decode_link(&link_with(&[1, 2, 1, 1]), &c).is_err(), "a switch twice");
}

#[test]
fn request_fields_are_validated_in_links_and_files() {
    for bad in ["http://it.example", "https://it.example/ x", "https://"] {
        assert_only(|s| s.doors.request.url = bad.into(), "doors.request", &k::DOORS_ERR_SHARED_REQUEST);
    }
    assert_only(|s| s.doors.request.contact = "a\nb".into(), "doors.request", &k::DOORS_ERR_SHARED_REQUEST);
    assert_only(|s| s.doors.request.contact = "x".repeat(121), "doors.request", &k::DOORS_ERR_SHARED_REQUEST);
}

/// The doors field (11) frozen like the rest: `tests/golden/v2/doors.link` (written once with
/// `BLESS_GOLDEN=1`) must keep opening to the same request path and switch choices.
#[test]
fn golden_doors_link_opens_unchanged() {
    let c = Catalog::embedded();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/v2/doors.link");
    let s = with_doors(&c);
    if std::env::var_os("BLESS_GOLDEN").is_some() {
        std::fs::write(path, encode_hash(&s) + "\n").unwrap();
    }
    let link = std::fs::read_to_string(path).unwrap();
    assert_eq!(decode_hash(&link, &c), Ok(s.clone()));
    assert_eq!(encode_hash(&s), link.trim(), "the v2 writer changed");
}
