//! Tests of links (v1 golden links, v2 round trips and notices), scenario files and validation.
use super::link::wire::{Reader, Writer};
use super::link::{base64url, crc16, raw_link, v2_payload, v2_read};
use super::*;
use crate::domain::catalog::{Catalog, Term};
use crate::domain::date::Date;
use crate::domain::decision::*;
use crate::domain::ids::ProductId;
use crate::domain::money::Currency;
use crate::domain::policy::PolicyValue;
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

fn id(s: &str) -> ProductId {
    ProductId::parse(s).unwrap()
}

const POWER_BI_PRO: &str = "CFQ7TTC0H9MP"; // no no-card trial: Trials only refused
const VISIO_PLAN_1: &str = "CFQ7TTC0HD33"; // no-card trial
const COPILOT: &str = "CFQ7TTC0MM8R";

fn keys(problems: &[Problem]) -> Vec<(&str, crate::i18n::Key)> {
    problems.iter().map(|p| (p.path.as_str(), p.message.key)).collect()
}

/// Three products, a few answers, one override: what a typical shared link holds.
pub(super) fn typical(c: &Catalog) -> Scenario {
    let mut s = Scenario::default();
    for p in [POWER_BI_PRO, VISIO_PLAN_1, COPILOT] {
        s.toggle(c, &id(p));
    }
    s.set_seats(&id(POWER_BI_PRO), 120);
    s.set_seats(&id(COPILOT), 25);
    s.set_policy(c, &id(VISIO_PLAN_1), PolicyValue::OnlyTrialsWithoutPaymentMethod);
    s.set_override(&id(COPILOT), Some(dec!(28.5)));
    s.answers.tenant_type = Some(TenantType::Commercial);
    s.answers.country = Some(Country::Other);
    s.answers.agreement = Some(Agreement::Csp);
    s.answers.agreement_covers = Some([id(POWER_BI_PRO)].into());
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

// ---- base64url and crc ----

#[test]
fn base64url_matches_rfc4648_vectors() {
    let vectors: [(&str, &str); 7] = [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ];
    for (plain, coded) in vectors {
        assert_eq!(base64url::encode(plain.as_bytes()), coded);
        assert_eq!(base64url::decode(coded).unwrap(), plain.as_bytes());
    }
    assert_eq!(base64url::encode(&[0xfb, 0xff, 0xbf]), "-_-_");
    assert_eq!(base64url::decode("-_-_").unwrap(), [0xfb, 0xff, 0xbf]);
}

#[test]
fn base64url_refuses_what_it_never_writes() {
    assert_eq!(base64url::decode("Zm9v="), None, "padding");
    assert_eq!(base64url::decode("Zm+v"), None, "standard alphabet");
    assert_eq!(base64url::decode("Z"), None, "impossible length");
    assert_eq!(base64url::decode("Zh"), None, "non-zero trailing bits");
    assert_eq!(base64url::decode("Zm9 v"), None);
    assert_eq!(base64url::decode("Zmé"), None);
}

#[test]
fn crc16_is_ccitt_false() {
    assert_eq!(crc16(b"123456789"), 0x29B1);
    assert_eq!(crc16(b""), 0xFFFF);
}

// ---- hash ----

#[test]
fn hash_round_trips_and_is_url_safe() {
    let c = Catalog::embedded();
    for s in [Scenario::default(), typical(&c), full(&c)] {
        assert!(validate(&s, &c).is_empty(), "{:?}", validate(&s, &c));
        let h = encode_hash(&s);
        assert!(h.starts_with("v2."));
        assert!(h.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)), "{h}");
        assert_eq!(decode_hash(&h, &c), Ok(s.clone()));
        assert_eq!(decode_hash(&format!("#{h}"), &c), Ok(s.clone()));
        assert_eq!(decode_hash(&format!(" https://example.org/advisor/#{h}\n"), &c), Ok(s.clone()));
        assert_eq!(encode_hash(&decode_hash(&h, &c).unwrap()), h, "deterministic");
    }
}

#[test]
fn hash_is_deterministic_for_equal_scenarios() {
    let c = Catalog::embedded();
    let a = typical(&c);
    let mut b = a.clone();
    b.set_override(&id(COPILOT), Some(dec!(28.5000)));
    b.pricing.hidden.expense_claim = dec!(25.00);
    assert_eq!(a, b);
    assert_eq!(encode_hash(&a), encode_hash(&b));
}

/// `cargo test --lib domain::share -- --nocapture` prints the sizes.
#[test]
fn hash_sizes_are_within_budget() {
    const BUDGET: usize = 400;
    let c = Catalog::embedded();
    let sizes: Vec<(&str, usize)> =
        [("empty", Scenario::default()), ("typical, 3 products", typical(&c)), ("full, 7 products", full(&c))]
            .into_iter()
            .map(|(name, s)| (name, encode_hash(&s).len()))
            .collect();
    for (name, n) in &sizes {
        println!("hash size, {name}: {n} characters");
    }
    assert!(sizes[2].1 < BUDGET, "full scenario hash is {} characters, budget {BUDGET}", sizes[2].1);
    assert!(sizes[0].1 < 100);
}

#[test]
fn hash_golden_string() {
    let c = Catalog::embedded();
    let mut s = Scenario::default();
    s.toggle(&c, &id(POWER_BI_PRO));
    s.set_seats(&id(POWER_BI_PRO), 50);
    s.set_policy(&c, &id(POWER_BI_PRO), PolicyValue::Enabled);
    s.answers.agreement = Some(Agreement::NoAgreement);
    s.answers.set_weight(Criterion::Cost, Weight::Decisive);
    assert_eq!(decode_hash(GOLDEN, &c), Ok(s.clone()), "a v1 link made by the first release");
    assert_eq!(encode_hash(&s), GOLDEN_V2, "the v2 format changed: links already shared must keep opening");
    assert_eq!(decode_hash(GOLDEN_V2, &c), Ok(s));
}

const GOLDEN_V2: &str = "v2.BAEJCha3q2sIfQsByQENABUFERMhIzEZAgwEHQIoBCEGBAAIAxAA1EI";

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

/// The tags are the v2 format: this table is the one place they are written down a second
/// time, so that changing one fails here. Append new values; never edit a line.
#[test]
fn wire_tags_are_frozen() {
    use crate::domain::tag::check;
    fn all<T: Tagged>() -> Vec<String> {
        T::TAGS.iter().map(|(v, t)| format!("{v:?}={t}")).collect()
    }
    let frozen: &[(&str, Vec<String>, &str)] = &[
        ("policy", all::<PolicyValue>(), "Enabled=1 OnlyTrialsWithoutPaymentMethod=2 Disabled=3"),
        ("currency", all::<Currency>(), "USD=1 EUR=2 GBP=3 CHF=4"),
        ("channel", all::<Channel>(), "SelfService=1 Csp=2 Ea=3"),
        ("term", all::<Term>(), "Annual=1 AnnualBilledMonthly=2 Monthly=3"),
        ("criterion", all::<Criterion>(), "Availability=1 Agreement=2 Planning=3 Strategy=4 Support=5 Billing=6 Compliance=7 Experimentation=8 Copilot=9 Cost=10 Scale=11"),
        ("weight", all::<Weight>(), "Ignore=1 Normal=2 Important=3 Decisive=4"),
        ("question", all::<QuestionId>(), "TenantType=1 Country=2 Agreement=3 AgreementCovers=4 PlannedPurchase=5 PlannedProducts=6 ShadowIt=7 Support=8 Billing=9 Compliance=10 Experimentation=11 Copilot=12 OrgSize=13"),
        ("tenant", all::<TenantType>(), "Commercial=1 Government=2 Education=3"),
        ("country", all::<Country>(), "India=1 Brazil=2 DrCongo=3 Other=4"),
        ("agreement", all::<Agreement>(), "Ea=1 Csp=2 Mca=3 NoAgreement=4"),
        ("yes_no", all::<YesNo>(), "Yes=1 No=2"),
        ("shadow_it", all::<ShadowIt>(), "Strict=1 Tolerant=2 Encourages=3"),
        ("support", all::<Support>(), "NoCapacity=1 Limited=2 Ready=3"),
        ("billing", all::<Billing>(), "Acceptable=1 Reluctantly=2 Unacceptable=3"),
        ("compliance", all::<Compliance>(), "Regulated=1 Standard=2"),
        ("experimentation", all::<Experimentation>(), "High=1 Moderate=2 Low=3"),
        ("copilot", all::<CopilotApproach>(), "EarlyAdopters=1 Central=2 NotNow=3"),
        ("org_size", all::<OrgSize>(), "Under300=1 From300=2 From500=3 From2400=4 From6000=5 From15000=6"),
        ("offer_type", all::<crate::domain::policy::OfferType>(), "Saas=1 PowerBiVisuals=2 DynamicsCe=3 DynamicsBc=4"),
        ("related_switch", all::<crate::domain::doors::RelatedSwitch>(), "StartTrials=1 OfficeStore=2 AutoClaim=3 SelfServiceSignUp=4 CopilotMultipleAccounts=5"),
        ("switch_setting", all::<crate::domain::doors::SwitchSetting>(), "On=1 Off=2"),
    ];
    // Every type that has wire tags is in the table above: a type tagged in the source and
    // missing here would have tags nothing freezes (issue 23: OfferType was one).
    let listed = [
        "PolicyValue",
        "Currency",
        "Channel",
        "Term",
        "Criterion",
        "Weight",
        "QuestionId",
        "TenantType",
        "Country",
        "Agreement",
        "YesNo",
        "ShadowIt",
        "Support",
        "Billing",
        "Compliance",
        "Experimentation",
        "CopilotApproach",
        "OrgSize",
        "OfferType",
        "RelatedSwitch",
        "SwitchSetting",
    ];
    assert_eq!(listed.len(), frozen.len());
    for tagged in tagged_types_in_source() {
        assert!(listed.contains(&tagged.as_str()), "{tagged} has wire tags that no test freezes: add it above");
    }
    for (name, tags, expected) in frozen {
        let expected: Vec<String> = expected.split(' ').map(str::to_string).collect();
        assert_eq!(&expected[..], &tags[..tags.len().min(expected.len())], "{name}: a tag changed meaning");
    }
    check(&PolicyValue::ALL);
    check(&Currency::ALL);
    check(&[Channel::SelfService, Channel::Csp, Channel::Ea]);
    check(&Term::ALL);
    check(&Criterion::ALL);
    check(&Weight::ALL);
    check(&QuestionId::ALL);
    check(TenantType::ALL);
    check(Country::ALL);
    check(Agreement::ALL);
    check(YesNo::ALL);
    check(ShadowIt::ALL);
    check(Support::ALL);
    check(Billing::ALL);
    check(Compliance::ALL);
    check(Experimentation::ALL);
    check(CopilotApproach::ALL);
    check(OrgSize::ALL);
    check(&crate::domain::policy::OfferType::ALL);
    check(&crate::domain::doors::RelatedSwitch::ALL);
    check(&[crate::domain::doors::SwitchSetting::On, crate::domain::doors::SwitchSetting::Off]);
}

/// The types given wire tags anywhere in `src/` (`tags!(Type {` and the answer `choice!`s),
/// read from the source so that a new one cannot be forgotten.
fn tagged_types_in_source() -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for part in text.split("tags!(").skip(1) {
                    let name: String = part.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    // A type name (capitalised); the macro's own docs say `Type`.
                    if name.starts_with(|c: char| c.is_ascii_uppercase()) && name != "Type" {
                        out.push(name);
                    }
                }
                // `choice! { /// doc… Name { … } }`: the answer options, tagged by the macro.
                for part in text.split("choice! {").skip(1) {
                    let body: String =
                        part.lines().map(str::trim).filter(|l| !l.starts_with("///")).collect::<Vec<_>>().join(" ");
                    let name: String = body.trim_start().chars().take_while(|c| c.is_alphanumeric()).collect();
                    if name.starts_with(|c: char| c.is_ascii_uppercase()) {
                        out.push(name);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out.sort();
    out.dedup();
    out
}

const GOLDEN: &str = "v1.AQEWt6trCH0LATIAAOoPCxUMAKwCAIADwASABuoPCxUAgGTADIAUAQAABQACAwUGAAAEAAAAAAAAAAAAAQkDAAIAxZ4";

#[test]
fn hash_refuses_damage_with_plain_reasons() {
    let c = Catalog::embedded();
    let h = encode_hash(&typical(&c));
    let key = |r: Result<Scenario, Vec<Problem>>| r.unwrap_err()[0].message.key;
    assert_eq!(key(decode_hash("", &c)), &k::SHARE_ERR_LINK_EMPTY);
    assert_eq!(key(decode_hash("#", &c)), &k::SHARE_ERR_LINK_EMPTY);
    assert_eq!(key(decode_hash(&h[..h.len() - 3], &c)), &k::SHARE_ERR_LINK_DAMAGED, "truncated");
    assert_eq!(key(decode_hash(&h.replacen("v2.", "v3.", 1), &c)), &k::SHARE_ERR_LINK_VERSION);
    assert_eq!(key(decode_hash(&h.replacen("v2.", "", 1), &c)), &k::SHARE_ERR_LINK_DAMAGED);
    assert_eq!(key(decode_hash("products", &c)), &k::SHARE_ERR_LINK_DAMAGED);
    assert_eq!(key(decode_hash(&"A".repeat(MAX_HASH_CHARS + 1), &c)), &k::SHARE_ERR_LINK_TOO_LONG);
    // One changed character anywhere is noticed.
    for i in HASH_PREFIX.len()..h.len() {
        let mut b = h.clone().into_bytes();
        b[i] = if b[i] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(b).unwrap();
        assert!(decode_hash(&changed, &c).is_err(), "change at {i} went unnoticed");
    }
}

/// A well-formed link whose values are out of range: the bytes are fine, `validate` refuses.
#[test]
fn decoded_links_are_validated() {
    let c = Catalog::embedded();
    let mut s = typical(&c);
    s.set_seats(&id(COPILOT), 0);
    s.pricing.horizon_months = 99;
    let errs = decode_hash(&encode_hash(&s), &c).unwrap_err();
    assert_eq!(
        keys(&errs),
        [("selections[2].seats", &k::SHARE_ERR_SEATS), ("pricing.horizon_months", &k::SHARE_ERR_HORIZON)]
    );
}

#[test]
fn hash_carries_unknown_and_legacy_ids_and_invalid_plans() {
    let c = Catalog::embedded();
    let mut s = Scenario::default();
    s.selections.push(Selection { id: id("CFQ7TTC0KXND"), seats: 3, policy: PolicyValue::Disabled }); // legacy
    s.answers.planned_products = Some([id("CFQ7TTC0HDB1"), id("ZZZZZZZZZZZZ"), id("000000000000")].into());
    s.price_overrides.insert(id("ZZZZZZZZZZZZ"), dec!(1));
    s.shown_plans.push(Plan::new(Channel::Ea, Term::Monthly));
    assert_eq!(v2_read(&v2_payload(&s)), Some((s.clone(), vec![])), "the byte layout carries every value");
    // The unknown product (its price, and the answer naming it) is left out; what remains
    // wrong is refused: a plan that does not exist, an answer naming an unselected product.
    let errs = decode_hash(&encode_hash(&s), &c).unwrap_err();
    assert_eq!(
        keys(&errs),
        [
            ("shown_plans[5]", &k::SHARE_ERR_PLAN_UNKNOWN),
            ("answers.planned_products", &k::SHARE_ERR_PLANNED_NOT_SELECTED),
            ("selections", &k::SHARE_NOTICE_PRODUCT_MISSING),
        ]
    );
    assert_eq!(errs[1].message.text_of("id").as_deref(), Some("000000000000"));
}

#[test]
fn varints_and_decimals_survive_extremes() {
    for v in [0u128, 1, 127, 128, 300, u32::MAX as u128, u64::MAX as u128, u128::MAX >> 20, u128::MAX] {
        let mut w = Writer::default();
        w.uv(v);
        let mut r = Reader::new(&w.0);
        assert_eq!(r.uv().ok(), Some(v));
        assert_eq!(r.pos, w.0.len());
    }
    for d in [Decimal::ZERO, dec!(-0.0001), Decimal::MAX, Decimal::MIN, dec!(0.0000000000000000000000000001)] {
        let mut w = Writer::default();
        w.dec(d);
        let mut r = Reader::new(&w.0);
        assert_eq!(r.dec().ok(), Some(d));
    }
    // 20 continuation bytes, overlong zero, and a value past u128.
    for bad in [&[0xffu8; 20][..], &[0x80, 0x00], &[0xff; 19]] {
        assert!(Reader::new(bad).uv().is_err(), "{bad:?}");
    }
    let mut over = vec![0xffu8; 18];
    over.push(0x7f);
    assert!(Reader::new(&over).uv().is_err(), "more than 128 bits");
}

#[test]
fn product_ids_pack_into_eight_bytes() {
    for s in ["000000000000", "ZZZZZZZZZZZZ", POWER_BI_PRO, "CFQ7TTC0KXND"] {
        let mut w = Writer::default();
        w.pid(&id(s));
        assert_eq!(w.0.len(), 8);
        assert_eq!(Reader::new(&w.0).pid().ok(), Some(id(s)));
    }
    assert!(Reader::new(&u64::MAX.to_be_bytes()).pid().is_err());
    assert!(Reader::new(&4_738_381_338_321_616_896u64.to_be_bytes()).pid().is_err());
}

// ---- validation: one test per rule ----

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

// ---- file ----

#[test]
fn file_round_trips_with_envelope() {
    let c = Catalog::embedded();
    let s = full(&c);
    let text = to_file(&s, Date::ymd(2026, 12, 1));
    assert!(text
        .starts_with("{\n  \"format\": \"ssp-advisor-scenario\",\n  \"version\": 1,\n  \"saved_at\": \"2026-12-01\""));
    let read = read_file(&text, &c).unwrap();
    assert_eq!(
        read,
        SavedFile {
            saved_at: Some(Date::ymd(2026, 12, 1)),
            scenario: s.clone(),
            notices: vec![],
            custom: vec![],
            shelf: Shelf::default(),
            fleet: None
        }
    );
    assert_eq!(from_file(&text, &c), Ok(s));
    assert_eq!(from_file(&format!("\u{feff}{text}"), &c).map(|s| s.selections.len()), Ok(7), "BOM tolerated");
}

#[test]
fn file_defaults_optional_parts() {
    let c = Catalog::embedded();
    let text = to_file(&typical(&c), Date::ymd(2026, 12, 1));
    let mut v: Value = serde_json::from_str(&text).unwrap();
    let scenario = v["scenario"].as_object_mut().unwrap();
    for key in ["price_overrides", "shown_plans", "answers", "script"] {
        scenario.remove(key);
    }
    v.as_object_mut().unwrap().remove("saved_at");
    let read = read_file(&v.to_string(), &c).unwrap();
    assert_eq!(read.saved_at, None);
    assert_eq!(read.scenario.shown_plans, default_plans());
    assert_eq!(read.scenario.answers, Answers::default());
    assert_eq!(read.scenario.script, ScriptPrefs::default());
}

fn file_problems(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let c = Catalog::embedded();
    let mut v: Value = serde_json::from_str(&to_file(&typical(&c), Date::ymd(2026, 12, 1))).unwrap();
    edit(&mut v);
    from_file(&serde_json::to_string_pretty(&v).unwrap(), &c).unwrap_err()
}

#[test]
fn file_not_json_gives_line() {
    let c = Catalog::embedded();
    let errs = from_file("{\n  \"format\": \"ssp-advisor-scenario\",\n  \"version\": 1,,\n}", &c).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].message.key, &k::ERR_JSON_SYNTAX);
    assert_eq!(errs[0].message.text_of("line").as_deref(), Some("3"), "{errs:?}");
    assert_eq!(from_file("", &c).unwrap_err()[0].message.key, &k::ERR_JSON_ENDS_EARLY);
}

#[test]
fn file_envelope_is_checked() {
    let c = Catalog::embedded();
    assert_eq!(from_file("[]", &c).unwrap_err()[0].message.key, &k::SHARE_ERR_NOT_SCENARIO_FILE);
    assert_eq!(
        from_file(&Catalog::embedded().to_json(), &c).unwrap_err()[0].message.key,
        &k::SHARE_ERR_NOT_SCENARIO_FILE
    );
    let errs = file_problems(|v| v["version"] = 2.into());
    assert_eq!(keys(&errs), [("version", &k::SHARE_ERR_FILE_VERSION)]);
    let errs = file_problems(|v| v["saved_at"] = "yesterday".into());
    assert_eq!(keys(&errs), [("saved_at", &k::ERR_JSON_DATE)]);
    let big = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(from_file(&big, &c).unwrap_err()[0].message.key, &k::SHARE_ERR_FILE_TOO_LARGE);
}

#[test]
fn file_shape_problems_have_paths_and_are_all_reported() {
    let errs = file_problems(|v| {
        let s = &mut v["scenario"];
        s["selections"][0]["seats"] = "many".into();
        s["selections"][1]["id"] = "visio".into();
        s["selections"][2]["policy"] = "Sometimes".into();
        s["selections"][2].as_object_mut().unwrap().insert("colour".into(), "red".into());
        s["pricing"]["ea"]["level_discount_pct"] = serde_json::json!(["1", "2"]);
        s["pricing"]["hidden"].as_object_mut().unwrap().remove("expense_claim");
        s["pricing"]["horizon_month"] = 12.into();
        s["price_overrides"]["copilot"] = "1".into();
        s["answers"]["country"] = 7.into();
        s["answers"]["weights"] = serde_json::json!({"cost": "very"});
        s["shown_plans"][1] = serde_json::json!({"channel": "Fax", "term": "annual"});
        s["script"]["what_if"] = "yes".into();
    });
    let mut got = keys(&errs);
    got.sort();
    let mut want = vec![
        ("scenario.selections[0].seats", &k::SHARE_ERR_INVALID_VALUE),
        ("scenario.selections[1].id", &k::ERR_PRODUCT_ID_CHAR),
        ("scenario.selections[2].policy", &k::ERR_JSON_UNKNOWN_VALUE),
        ("scenario.selections[2].colour", &k::SHARE_ERR_UNKNOWN_FIELD),
        ("scenario.pricing.ea.level_discount_pct", &k::SHARE_ERR_INVALID_VALUE),
        ("scenario.pricing.hidden.expense_claim", &k::SHARE_ERR_MISSING),
        ("scenario.pricing.horizon_month", &k::SHARE_ERR_UNKNOWN_FIELD),
        ("scenario.price_overrides.copilot", &k::ERR_PRODUCT_ID_CHAR),
        ("scenario.answers.country", &k::SHARE_ERR_INVALID_VALUE),
        ("scenario.answers.weights", &k::ERR_JSON_UNKNOWN_VALUE),
        ("scenario.shown_plans[1]", &k::ERR_JSON_UNKNOWN_VALUE),
        ("scenario.script.what_if", &k::SHARE_ERR_INVALID_VALUE),
    ];
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn file_values_are_validated_with_file_paths() {
    let errs = file_problems(|v| {
        v["scenario"]["selections"][1]["seats"] = 0.into();
        v["scenario"]["pricing"]["csp_adjust_pct"] = "-75".into();
    });
    assert_eq!(
        keys(&errs),
        [
            ("scenario.selections[1].seats", &k::SHARE_ERR_SEATS),
            ("scenario.pricing.csp_adjust_pct", &k::SHARE_ERR_CSP_ADJUST)
        ]
    );
}

#[test]
fn file_accepts_numbers_for_decimals() {
    let c = Catalog::embedded();
    let mut v: Value = serde_json::from_str(&to_file(&typical(&c), Date::ymd(2026, 12, 1))).unwrap();
    v["scenario"]["pricing"]["csp_adjust_pct"] = serde_json::json!(-2.5);
    v["scenario"]["price_overrides"][COPILOT] = serde_json::json!(31);
    let s = from_file(&v.to_string(), &c).unwrap();
    assert_eq!(s.pricing.csp_adjust_pct, dec!(-2.5));
    assert_eq!(s.price_overrides[&id(COPILOT)], dec!(31));
}

/// Property tests (native only: proptest does not build for wasm32).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use crate::domain::catalog::Product;
    use proptest::collection::vec;
    use proptest::option;
    use proptest::prelude::*;
    use proptest::sample::{select, subsequence};

    fn pct(min: i64, max: i64) -> impl Strategy<Value = Decimal> {
        (min * 100..=max * 100).prop_map(|m| Decimal::new(m, 2))
    }

    fn date() -> impl Strategy<Value = Date> {
        (1990u16..=2150, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::ymd(y, m, d))
    }

    fn pricing() -> impl Strategy<Value = PricingParams> {
        (
            (
                select(Currency::ALL.to_vec()),
                date(),
                1..=PricingParams::HORIZON.max,
                pct(-50, 50),
                1..=PricingParams::ORG_SEATS.max,
            ),
            ([pct(0, 60), pct(0, 60), pct(0, 60), pct(0, 60)], date(), pct(0, 60)),
            (
                vec((0i64..=100_000_000).prop_map(|m| Decimal::new(m, 2)), 3),
                1..=HiddenCosts::SEATS_PER_PURCHASE.max,
                option::of(1..=PricingParams::HORIZON.max),
            ),
        )
            .prop_map(
                |(
                    (currency, price_date, horizon_months, csp_adjust_pct, org_seats),
                    (levels, ad, neg),
                    (h, spp, ca),
                )| {
                    PricingParams {
                        currency,
                        price_date,
                        horizon_months,
                        csp_adjust_pct,
                        org_seats,
                        ea: EaTerms {
                            level_discount_pct: levels,
                            agreement_date: ad,
                            negotiated_discount_pct: neg,
                            on_price_sheet: BTreeSet::new(),
                        },
                        hidden: HiddenCosts {
                            procurement_per_order: h[0],
                            expense_claim: h[1],
                            admin_review: h[2],
                            seats_per_purchase: spp,
                            centralise_after_months: ca,
                        },
                        variants: BTreeMap::new(),
                        vat: crate::domain::pricing::VatBasis {
                            gross: spp % 2 == 0,
                            rate_pct: Decimal::new(i64::from(spp) * 81 % 3001, 2),
                        },
                    }
                },
            )
    }

    fn answers() -> impl Strategy<Value = (Answers, Option<u32>, Option<u32>)> {
        (
            (
                option::of(select(TenantType::ALL)),
                option::of(select(Country::ALL)),
                option::of(select(Agreement::ALL)),
                option::of(select(YesNo::ALL)),
                option::of(select(ShadowIt::ALL)),
                option::of(select(Support::ALL)),
            ),
            (
                option::of(select(Billing::ALL)),
                option::of(select(Compliance::ALL)),
                option::of(select(Experimentation::ALL)),
                option::of(select(CopilotApproach::ALL)),
                proptest::collection::btree_map(select(Criterion::ALL.to_vec()), select(Weight::ALL.to_vec()), 0..5),
            ),
            option::of(any::<u32>()),
            option::of(any::<u32>()),
        )
            .prop_map(|((t, c, a, pp, sh, su), (b, co, e, cp, weights), covers, planned)| {
                let answers = Answers {
                    tenant_type: t,
                    country: c,
                    agreement: a,
                    agreement_covers: None,
                    planned_purchase: pp,
                    planned_products: None,
                    shadow_it: sh,
                    support: su,
                    billing: b,
                    compliance: co,
                    experimentation: e,
                    copilot: cp,
                    org_size: None,
                    weights,
                };
                (answers, covers, planned)
            })
    }

    /// Valid scenarios: random catalogue products (sometimes by a legacy id), seats and policies
    /// respecting the Trials-only rule, assumptions in range, overrides, plans and answers whose
    /// product lists name selected products only.
    pub(super) fn scenario() -> impl Strategy<Value = Scenario> {
        let products: Vec<Product> = Catalog::embedded().products;
        let n = products.len();
        (
            subsequence((0..n).collect::<Vec<_>>(), 0..=n).prop_shuffle(),
            vec((Selection::SEATS.min..=Selection::SEATS.max, 0usize..3, any::<bool>()), n),
            pricing(),
            subsequence((0..n).collect::<Vec<_>>(), 0..=4),
            vec((0i64..=1_000_000_000).prop_map(|m| Decimal::new(m, 4)), 4),
            subsequence(Plan::ALL.to_vec(), 1..=7).prop_shuffle(),
            answers(),
            (any::<bool>(), select(PolicyValue::ALL.to_vec()), "[^\\p{Cc}]{0,80}", any::<bool>()),
        )
            .prop_map(
                move |(
                    chosen,
                    per_product,
                    pricing,
                    overridden,
                    prices,
                    shown_plans,
                    (mut answers, covers, planned),
                    script,
                )| {
                    let selections: Vec<Selection> = chosen
                        .iter()
                        .map(|&i| {
                            let p = &products[i];
                            let (seats, policy, legacy) = per_product[i];
                            let allowed = p.allowed_policies();
                            let id = match (legacy, p.legacy_ids.first()) {
                                (true, Some(old)) => old.clone(),
                                _ => p.id.clone(),
                            };
                            Selection { id, seats, policy: allowed[policy % allowed.len()] }
                        })
                        .collect();
                    let pick = |mask: Option<u32>| {
                        mask.map(|m| {
                            selections
                                .iter()
                                .enumerate()
                                .filter(|(i, _)| m >> (i % 32) & 1 == 1)
                                .map(|(_, s)| s.id.clone())
                                .collect()
                        })
                    };
                    answers.agreement_covers = pick(covers);
                    answers.planned_products = pick(planned);
                    // Some selected products on the EA price sheet (the covers mask, shifted).
                    let mut pricing = pricing;
                    pricing.ea.on_price_sheet = pick(covers.map(|m| m.rotate_left(1))).unwrap_or_default();
                    let copilot = ProductId::parse("CFQ7TTC0MM8R").unwrap();
                    if script.3 && selections.iter().any(|s| s.id == copilot) {
                        pricing.variants.insert(copilot, "business".into());
                    }
                    Scenario {
                        version: SCENARIO_VERSION,
                        price_overrides: overridden
                            .iter()
                            .zip(prices)
                            .map(|(&i, p)| (products[i].id.clone(), p))
                            .collect(),
                        selections,
                        pricing,
                        shown_plans,
                        answers,
                        script: ScriptPrefs {
                            what_if: script.0,
                            default_for_others: script.1,
                            tenant_label: ScriptPrefs::TENANT_LABEL.clean(&script.2),
                            power_platform_trials: script.3,
                        },
                        // A request page with the what-if flag, the label as contact, and two
                        // switch choices with the Power Platform flag.
                        doors: crate::domain::doors::Doors {
                            request: crate::domain::doors::RequestPath {
                                url: if script.0 { "https://it.example/request?x=1#a".into() } else { String::new() },
                                contact: crate::domain::doors::RequestPath::CONTACT.clean(&script.2),
                            },
                            switches: if script.3 {
                                use crate::domain::doors::{RelatedSwitch as R, SwitchSetting as S};
                                [(R::StartTrials, S::Off), (R::CopilotMultipleAccounts, S::On)].into()
                            } else {
                                BTreeMap::new()
                            },
                        },
                        // One offer type set whenever the what-if flag is (two values seen).
                        tenant: None,
                        offer_types: if script.0 {
                            [(crate::domain::policy::OfferType::Saas, PolicyValue::Disabled)].into()
                        } else {
                            BTreeMap::new()
                        },
                    }
                },
            )
    }

    /// Bytes with a correct checksum, so each decoder's parser (not the CRC) meets them.
    fn decodes_to_valid_or_errs_as_any_version(payload: &[u8], c: &Catalog) {
        for prefix in ["v1.", "v2."] {
            decodes_to_valid_or_errs(&raw_link(prefix, payload), c);
        }
    }

    fn decodes_to_valid_or_errs(hash: &str, c: &Catalog) {
        if let Ok(s) = decode_hash(hash, c) {
            assert!(validate(&s, c).is_empty());
            assert_eq!(decode_hash(&encode_hash(&s), c), Ok(s));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn generated_scenarios_are_valid(s in scenario()) {
            let c = Catalog::embedded();
            prop_assert_eq!(validate(&s, &c), vec![]);
        }

        #[test]
        fn hash_round_trip(s in scenario()) {
            let c = Catalog::embedded();
            let h = encode_hash(&s);
            // Even 24 products, every set answered and an 80-character label of 4-byte characters.
            prop_assert!(h.len() < 2_000, "{} characters", h.len());
            // Legacy ids come back as the current ones; everything else exactly as it was.
            let mut canonical = s.clone();
            canonical.canonicalize(&c);
            prop_assert_eq!(decode_hash(&h, &c), Ok(canonical));
            prop_assert_eq!(encode_hash(&s), h);
        }

        #[test]
        fn file_round_trip(s in scenario(), d in date()) {
            let c = Catalog::embedded();
            let read = read_file(&to_file(&s, d), &c);
            let mut canonical = s;
            canonical.canonicalize(&c);
            prop_assert_eq!(read, Ok(SavedFile { saved_at: Some(d), scenario: canonical, notices: vec![], custom: vec![], shelf: Shelf::default(), fleet: None }));
        }

        #[test]
        fn decode_never_panics_on_any_string(text in ".{0,300}") {
            let c = Catalog::embedded();
            decodes_to_valid_or_errs(&text, &c);
            decodes_to_valid_or_errs(&format!("v1.{text}"), &c);
            decodes_to_valid_or_errs(&format!("v2.{text}"), &c);
        }

        #[test]
        fn decode_never_panics_on_any_bytes(bytes in vec(any::<u8>(), 0..400)) {
            let c = Catalog::embedded();
            decodes_to_valid_or_errs_as_any_version(&bytes, &c);
        }

        #[test]
        fn decode_never_panics_on_mutated_links(
            s in scenario(),
            edits in vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
            cut in any::<prop::sample::Index>(),
        ) {
            let c = Catalog::embedded();
            let mut bytes = v2_payload(&s);
            for (at, value) in edits {
                let i = at.index(bytes.len());
                bytes[i] = value;
            }
            decodes_to_valid_or_errs_as_any_version(&bytes, &c);
            decodes_to_valid_or_errs_as_any_version(&bytes[..cut.index(bytes.len())], &c);
        }

        #[test]
        fn from_file_never_panics_on_mutated_files(
            s in scenario(),
            at in any::<prop::sample::Index>(),
            len in 0usize..20,
            junk in "[\\[\\]{}\",:0-9a-zA-Z .-]{0,12}",
        ) {
            let c = Catalog::embedded();
            let text = to_file(&s, Date::ymd(2026, 1, 1));
            let chars: Vec<char> = text.chars().collect();
            let start = at.index(chars.len());
            let end = (start + len).min(chars.len());
            let mutated: String = chars[..start].iter().chain(junk.chars().collect::<Vec<_>>().iter()).chain(chars[end..].iter()).collect();
            if let Ok(read) = from_file(&mutated, &c) {
                prop_assert!(validate(&read, &c).is_empty());
            }
        }

        #[test]
        fn from_file_never_panics_on_any_text(text in ".{0,300}") {
            let c = Catalog::embedded();
            if let Ok(read) = from_file(&text, &c) {
                prop_assert!(validate(&read, &c).is_empty());
            }
        }
    }
}

/// A scenario with a product added through "Add a product", as a colleague's computer sees it.
fn with_custom_product() -> (Catalog, Scenario, Vec<crate::domain::custom::SharedCustom>) {
    use crate::domain::custom::{build_custom_product, with_custom, CustomProductInput, SharedCustom};
    let base = Catalog::embedded();
    let input = CustomProductInput {
        id: "ABCDEF123456".into(),
        name: "Contoso Analytics Add-on".into(),
        annual_price: "7.25".into(),
        currency: Currency::EUR,
        no_card_trial: true,
    };
    let product = build_custom_product(&input, &base, Date::ymd(2026, 11, 30)).unwrap();
    let mine = with_custom(&base, &[product]);
    let mut s = typical(&base);
    s.toggle(&mine, &id("ABCDEF123456"));
    s.set_seats(&id("ABCDEF123456"), 12);
    s.set_policy(&mine, &id("ABCDEF123456"), PolicyValue::OnlyTrialsWithoutPaymentMethod);
    let shared = SharedCustom::of_selected(&mine, &s);
    assert_eq!(shared.len(), 1);
    (base, s, shared)
}

#[test]
fn links_and_files_carry_custom_products_to_another_computer() {
    let (base, s, shared) = with_custom_product();
    for (what, opened) in [
        ("link", decode_link(&encode_link(&s, &shared), &base).map(|o| (o.scenario, o.notices, o.custom))),
        (
            "file",
            read_file(&to_shared_file(&s, &shared, Date::ymd(2026, 12, 1)), &base)
                .map(|f| (f.scenario, f.notices, f.custom)),
        ),
    ] {
        let (scenario, notices, custom) = opened.unwrap_or_else(|e| panic!("{what}: {e:?}"));
        assert_eq!(scenario, s, "{what}: every product, seat count, policy and answer");
        assert_eq!(notices, vec![], "{what}");
        assert_eq!(custom.len(), 1, "{what}");
        assert_eq!(custom[0].name, "Contoso Analytics Add-on");
        assert!(custom[0].custom && custom[0].offers_trials_only());
        assert_eq!(
            custom[0].published_price(Currency::EUR, Term::Annual, Date::ymd(2027, 1, 1)).unwrap().amount,
            rust_decimal_macros::dec!(7.25)
        );
    }
    // On the sender's own computer the product exists already: nothing is added twice.
    let mine =
        crate::domain::custom::with_custom(&base, &decode_link(&encode_link(&s, &shared), &base).unwrap().custom);
    assert_eq!(decode_link(&encode_link(&s, &shared), &mine).unwrap().custom, vec![]);
}

#[test]
fn a_link_without_its_custom_product_opens_everything_else_and_says_what_is_missing() {
    let (base, s, _) = with_custom_product();
    // As a link made before links carried custom products would arrive.
    let opened = decode_link(&encode_hash(&s), &base).unwrap();
    let mut expected = s.clone();
    expected.selections.retain(|sel| sel.id.as_str() != "ABCDEF123456");
    assert_eq!(opened.scenario, expected);
    assert_eq!(keys(&opened.notices), vec![("selections", &k::SHARE_NOTICE_PRODUCT_MISSING)]);
    assert_eq!(opened.notices[0].message.text_of("id").as_deref(), Some("ABCDEF123456"));
    // A carried custom product that the form would refuse is left out with its reason.
    let bad = crate::domain::custom::SharedCustom {
        id: id("ZZZZZZZZZZZZ"),
        name: "bad\u{202e}name".into(),
        no_card_trial: false,
        price: None,
    };
    let mut s2 = typical(&base);
    s2.selections.push(Selection { id: id("ZZZZZZZZZZZZ"), seats: 3, policy: PolicyValue::Disabled });
    let opened = decode_link(&encode_link(&s2, &[bad]), &base).unwrap();
    assert_eq!(opened.scenario, typical(&base));
    assert_eq!(
        keys(&opened.notices),
        vec![("custom_products[0]", &k::CATALOG_ERR_NAME_CONTROL), ("selections", &k::SHARE_NOTICE_PRODUCT_MISSING)]
    );
}

/// The imported tenant state is kept in files and sessions, validated when read back, and never
/// put in a link.
#[test]
fn the_tenant_state_travels_in_files_not_in_links() {
    let c = Catalog::embedded();
    let (state, _) = crate::domain::tenant::parse(
        "ProductId,ProductName,PolicyValue\nCFQ7TTC0H9MP,Power BI Pro,Enabled\nZZZZZZZZZZZZ,New thing,Enabled\n",
    )
    .unwrap();
    let mut s = typical(&c);
    s.tenant = Some(state.clone());
    let file = to_file(&s, Date::ymd(2026, 12, 1));
    assert_eq!(from_file(&file, &c).unwrap().tenant, Some(state));
    let from_link = decode_hash(&encode_hash(&s), &c).unwrap();
    assert_eq!(from_link.tenant, None);
    assert_eq!(encode_hash(&s), encode_hash(&typical(&c)), "the link is the same with or without it");
    // A hand-edited file with the same product twice in the state is refused with its path.
    let mut v: Value = serde_json::from_str(&file).unwrap();
    let row = v["scenario"]["tenant"]["rows"][0].clone();
    v["scenario"]["tenant"]["rows"].as_array_mut().unwrap().push(row);
    assert_eq!(
        keys(&read_file(&v.to_string(), &c).unwrap_err()),
        vec![("scenario.tenant.rows[2]", &k::SHARE_ERR_TENANT_ROW)]
    );
}

/// An offer type outside the four, in a hand-edited file, is refused with its path in plain words.
#[test]
fn an_unknown_offer_type_is_refused_with_its_path() {
    let c = Catalog::embedded();
    let mut v: Value = serde_json::from_str(&to_file(&typical(&c), Date::ymd(2026, 12, 1))).unwrap();
    v["scenario"]["offer_types"] = serde_json::json!({"SaaS": "Disabled", "OFFICEADDINS": "Disabled"});
    assert_eq!(
        keys(&read_file(&v.to_string(), &c).unwrap_err()),
        vec![("scenario.offer_types", &k::ERR_JSON_UNKNOWN_VALUE)]
    );
    v["scenario"]["offer_types"] = serde_json::json!({"SaaS": "OnlyTrialsWithoutPaymentMethod"});
    assert_eq!(
        keys(&read_file(&v.to_string(), &c).unwrap_err()),
        vec![("scenario.offer_types.SaaS", &k::SHARE_ERR_OFFER_TYPE_VALUE)]
    );
}

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

/// Issue 21: a link copied from the end of a sentence, out of brackets or a list, or with the
/// line break after it, opens as it is; punctuation is never part of a link.
#[test]
fn a_link_with_punctuation_after_it_opens() {
    let c = Catalog::embedded();
    let s = typical(&c);
    let h = encode_hash(&s);
    for tail in [".", ")", ",", ").", ";", "!", "?", "\u{201d}", "'", "]", ">", " ", "\t", "\r\n", ". \n"] {
        let pasted = format!("https://example.org/advisor/#{h}{tail}");
        assert_eq!(decode_hash(&pasted, &c), Ok(s.clone()), "{tail:?}");
        assert_eq!(decode_hash(&format!("{h}{tail}"), &c), Ok(s.clone()), "{tail:?}");
    }
    // What is dropped is only punctuation: a damaged link stays damaged, and a link whose last
    // characters were cut off is not repaired by it.
    let key = |r: Result<Scenario, Vec<Problem>>| r.unwrap_err()[0].message.key;
    assert_eq!(key(decode_hash(&format!("{}.", &h[..h.len() - 1]), &c)), &k::SHARE_ERR_LINK_DAMAGED);
    assert_eq!(key(decode_hash(&format!("{h}x."), &c)), &k::SHARE_ERR_LINK_DAMAGED);
    assert_eq!(key(decode_hash("v2.", &c)), &k::SHARE_ERR_LINK_DAMAGED);
    assert_eq!(key(decode_hash("#.", &c)), &k::SHARE_ERR_LINK_EMPTY);
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
