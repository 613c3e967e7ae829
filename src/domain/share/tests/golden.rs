//! What earlier releases wrote keeps opening: golden v1 and v2 links, fields and answers a newer
//! version adds skipped with a notice, the money fields frozen.
use super::*;

/// A v1 link of the first release and the same scenario's v2 link.
const GOLDEN: &str = "v1.AQEWt6trCH0LATIAAOoPCxUMAKwCAIADwASABuoPCxUAgGTADIAUAQAABQACAwUGAAAEAAAAAAAAAAAAAQkDAAIAxZ4";
const GOLDEN_V2: &str = "v2.BAEJCha3q2sIfQsByQENABUFERMhIzEZAgwEHQIoBCEGBAAIAxAA1EI";

#[test]
fn hash_golden_string() {
    let c = Catalog::embedded();
    let mut s = Scenario::default();
    s.toggle(&c, &id(PBI));
    s.set_seats(&id(PBI), 50);
    s.set_policy(&c, &id(PBI), PolicyValue::Enabled);
    s.answers.agreement = Some(Agreement::NoAgreement);
    s.answers.set_weight(Criterion::Cost, Weight::Decisive);
    assert_eq!(decode_hash(GOLDEN, &c), Ok(s.clone()), "a v1 link made by the first release");
    assert_eq!(encode_hash(&s), GOLDEN_V2, "the v2 format changed: links already shared must keep opening");
    assert_eq!(decode_hash(GOLDEN_V2, &c), Ok(s));
}

/// Every link the first release made keeps opening with the same products, seats, policies,
/// answers and settings: `tests/golden/v1/NAME.link` was written by that release together with
/// `NAME.scenario.json`, the same scenario as a file (an independent reader).
#[test]
fn golden_v1_links_open_unchanged() {
    let c = Catalog::embedded();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/v1");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "link") {
            continue;
        }
        let link = std::fs::read_to_string(&path).unwrap();
        let file = std::fs::read_to_string(path.with_extension("scenario.json")).unwrap();
        assert!(link.starts_with("v1."), "{path:?}");
        let from_link = decode_link(&link, &c).unwrap_or_else(|e| panic!("{path:?}: {e:?}"));
        assert_eq!(from_link.notices, vec![]);
        assert_eq!(Ok(from_link.scenario.clone()), from_file(&file, &c), "{path:?}");
        // Re-shared, it becomes a v2 link that means the same.
        assert_eq!(decode_hash(&encode_hash(&from_link.scenario), &c), Ok(from_link.scenario));
        n += 1;
    }
    assert_eq!(n, 5, "golden links");
    // Spot checks against the values the generator set, so both readers cannot be wrong alike.
    let full = decode_hash(&std::fs::read_to_string(format!("{dir}/full.link")).unwrap(), &c).unwrap();
    assert_eq!(full.selections.len(), 7);
    assert_eq!(full.selections[1].seats, 15 + 1_237);
    assert_eq!(full.pricing.hidden.centralise_after_months, Some(18));
    assert_eq!(full.answers.copilot, Some(CopilotApproach::EarlyAdopters));
    assert_eq!(full.answers.weight(Criterion::Cost), Weight::Decisive);
    assert_eq!(full.script.tenant_label, "Contoso 'prod' – Zürich");
    let every = decode_hash(&std::fs::read_to_string(format!("{dir}/every_product.link")).unwrap(), &c).unwrap();
    assert_eq!(every.answers.country, Some(Country::DrCongo));
    assert_eq!(every.answers.agreement_covers, Some(BTreeSet::new()));
    assert_eq!(every.pricing.currency, Currency::EUR);
}

/// The v2 format is frozen the same way: `tests/golden/v2/NAME.link` holds the v2 form of each
/// golden scenario (written once with `BLESS_GOLDEN=1`), and must keep opening to it.
#[test]
fn golden_v2_links_open_unchanged() {
    let c = Catalog::embedded();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
    for name in ["empty", "full", "full_no_answers", "every_product", "other_options"] {
        let v1 = decode_hash(&std::fs::read_to_string(format!("{root}/v1/{name}.link")).unwrap(), &c).unwrap();
        let path = format!("{root}/v2/{name}.link");
        if std::env::var_os("BLESS_GOLDEN").is_some() {
            std::fs::create_dir_all(format!("{root}/v2")).unwrap();
            std::fs::write(&path, encode_hash(&v1) + "\n").unwrap();
        }
        let v2 = std::fs::read_to_string(&path).unwrap();
        assert_eq!(decode_hash(&v2, &c), Ok(v1.clone()), "{name}");
        assert_eq!(encode_hash(&v1), v2.trim(), "{name}: the v2 writer changed");
    }
    // A link as a newer version might write it, for the end-to-end test of the notice.
    let newer = format!("{root}/newer/unknown_fields.link");
    if std::env::var_os("BLESS_GOLDEN").is_some() {
        std::fs::create_dir_all(format!("{root}/newer")).unwrap();
        std::fs::write(&newer, with_unknown_fields(&typical(&c)) + "\n").unwrap();
    }
    let opened = decode_link(&std::fs::read_to_string(&newer).unwrap(), &c).unwrap();
    assert_eq!((opened.scenario, opened.notices.len()), (typical(&c), 1));
}

/// Appends an answers field (question tag 99, option 1) and an unknown top-level field to a v2
/// payload, as a newer version might.
fn with_unknown_fields(s: &Scenario) -> String {
    let mut payload = v2_payload(s);
    let mut w = Writer::default();
    w.num(99u32 << 2); // top-level field 99, varint
    w.num(5u32);
    payload.extend_from_slice(&w.0);
    raw_link("v2.", &payload)
}

#[test]
fn unknown_fields_and_questions_open_with_a_notice() {
    let c = Catalog::embedded();
    let s = typical(&c);
    let opened = decode_link(&with_unknown_fields(&s), &c).unwrap();
    assert_eq!(opened.scenario, s);
    assert_eq!(keys(&opened.notices), vec![("", &k::SHARE_NOTICE_UNKNOWN_FIELD)]);

    // An answer to a question this version does not know, and an unknown option of a known one.
    let mut answers = Writer::default();
    answers.num(99u32 << 2);
    answers.num(1u32);
    answers.num(QuestionId::ShadowIt.tag() << 2);
    answers.num(42u32);
    let mut s2 = s.clone();
    s2.answers = Answers::default();
    let mut payload = v2_payload(&s2);
    // Field 6 (answers) is written even when empty: replace it by ours.
    let empty_answers = [(6u8 << 2) | 1, 0];
    let at = payload.windows(2).position(|w| w == empty_answers).unwrap();
    payload.splice(at..at + 2, [(6u8 << 2) | 1, answers.0.len() as u8].into_iter().chain(answers.0.clone()));
    let opened = decode_link(&raw_link("v2.", &payload), &c).unwrap();
    assert_eq!(opened.scenario.answers.shadow_it, None, "an unknown option is skipped, not misread");
    assert_eq!(
        keys(&opened.notices),
        vec![("answers", &k::SHARE_NOTICE_UNKNOWN_QUESTION), ("answers.shadow_it", &k::SHARE_NOTICE_UNKNOWN_OPTION)]
    );
}

#[test]
fn files_skip_unknown_answers_with_a_notice() {
    let c = Catalog::embedded();
    let mut v: Value = serde_json::from_str(&to_file(&typical(&c), Date::ymd(2026, 12, 1))).unwrap();
    v["scenario"]["answers"]["mood"] = "good".into();
    v["scenario"]["answers"]["shadow_it"] = "forbidden_by_2030_policy".into();
    let read = read_file(&v.to_string(), &c).unwrap();
    assert_eq!(read.scenario.answers.shadow_it, None);
    assert_eq!(read.scenario.answers.tenant_type, Some(TenantType::Commercial));
    assert_eq!(
        keys(&read.notices),
        vec![
            ("scenario.answers.mood", &k::SHARE_NOTICE_UNKNOWN_QUESTION_NAMED),
            ("scenario.answers.shadow_it", &k::SHARE_NOTICE_UNKNOWN_OPTION)
        ]
    );
}

/// Issue 22: the currency, the VAT basis and rate and the user's own price in that currency
/// travel in links and files; `tests/golden/v2/money.link` (written once with `BLESS_GOLDEN=1`)
/// freezes them, while every older golden link keeps opening in US dollars, net.
#[test]
fn currency_and_vat_travel_and_are_frozen() {
    use crate::domain::pricing::VatBasis;
    let c = Catalog::embedded();
    let mut s = typical(&c);
    s.pricing.currency = Currency::EUR;
    s.pricing.vat = VatBasis { gross: true, rate_pct: Decimal::new(19, 0) };
    s.price_overrides.insert(s.selections[0].id.clone(), Decimal::new(1210, 2));
    let h = encode_hash(&s);
    assert_eq!(decode_hash(&h, &c), Ok(s.clone()));
    assert_eq!(from_file(&to_file(&s, Date::ymd(2026, 12, 6)), &c), Ok(s.clone()));
    // A rate of its own without the gross view, and Swiss francs.
    let mut chf = s.clone();
    chf.pricing.currency = Currency::CHF;
    chf.pricing.vat = VatBasis { gross: false, rate_pct: Decimal::new(81, 1) };
    assert_eq!(decode_hash(&encode_hash(&chf), &c), Ok(chf.clone()));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/v2/money.link");
    if std::env::var_os("BLESS_GOLDEN").is_some() || !std::path::Path::new(path).exists() {
        std::fs::write(path, h.clone() + "\n").unwrap();
    }
    let link = std::fs::read_to_string(path).unwrap();
    assert_eq!(decode_hash(&link, &c), Ok(s.clone()));
    assert_eq!(h, link.trim(), "the v2 writer changed");
    // Every link of before: net, and in US dollars unless it said otherwise.
    for name in ["empty", "full", "full_no_answers", "every_product", "other_options", "doors"] {
        let link =
            std::fs::read_to_string(format!("{}/tests/golden/v2/{name}.link", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let old = decode_hash(&link, &c).unwrap();
        assert_eq!(old.pricing.vat, VatBasis::default(), "{name}");
        if ["empty", "doors"].contains(&name) {
            assert_eq!(old.pricing.currency, Currency::USD, "{name}");
        }
    }
    // A rate outside 0-30 % is refused with its path, nothing applied.
    let mut bad = s.clone();
    bad.pricing.vat.rate_pct = Decimal::new(31, 0);
    let problems = decode_hash(&encode_hash(&bad), &c).unwrap_err();
    assert!(problems.iter().any(|p| p.path == "pricing.vat.rate_pct"), "{problems:?}");
}
