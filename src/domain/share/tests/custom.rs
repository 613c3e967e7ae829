//! Custom products travel in links and files, and a link without one opens everything else.
use super::*;

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
