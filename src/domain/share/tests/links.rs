//! Links: base64url and crc, the v2 codec and its sizes, damaged and out-of-range links, extreme
//! values, and a link pasted with punctuation after it.
use super::*;

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
    for s in ["000000000000", "ZZZZZZZZZZZZ", PBI, "CFQ7TTC0KXND"] {
        let mut w = Writer::default();
        w.pid(&id(s));
        assert_eq!(w.0.len(), 8);
        assert_eq!(Reader::new(&w.0).pid().ok(), Some(id(s)));
    }
    assert!(Reader::new(&u64::MAX.to_be_bytes()).pid().is_err());
    assert!(Reader::new(&4_738_381_338_321_616_896u64.to_be_bytes()).pid().is_err());
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
