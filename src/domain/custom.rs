//! The user's own additions to the catalogue: a custom product typed into a form (validated field
//! by field, all at once, before anything is added), the effective catalogue (shipped plus
//! custom), and the export of that catalogue with the user's price edits written in as dated
//! price points, so that importing the file again reproduces them.
use crate::domain::catalog::{Catalog, Confidence, PricePoint, Product, Status, Term, TrialKind};
use crate::domain::date::Date;
use crate::domain::ids::ProductId;
use crate::domain::input::{is_refused_in_text, TextSpec};
use crate::domain::money::Currency;
use crate::i18n::k;
use crate::i18n::Message;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Source written into every price the user typed in (a custom product's price, an exported edit).
pub const USER_SOURCE: &str = "Entered by the user";
/// Family of every custom product.
pub const CUSTOM_FAMILY: &str = "Custom";
/// A custom product's name.
pub const NAME: TextSpec = TextSpec::new(120);

/// The form as typed: text stays text until [`build_custom_product`] accepts all of it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CustomProductInput {
    pub id: String,
    pub name: String,
    /// Annual list price per user per month in `currency`; empty means unknown.
    pub annual_price: String,
    pub currency: Currency,
    pub no_card_trial: bool,
}

/// The form field a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CustomField {
    Id,
    Name,
    Price,
}

fn check_id(raw: &str, catalog: &Catalog) -> Result<ProductId, Message> {
    let id = ProductId::parse(raw).map_err(|e| e.message())?;
    match catalog.find(&id) {
        None => Ok(id),
        Some(p) if p.id == id => Err(Message::new(&k::CATALOG_ERR_ID_TAKEN).arg("id", &id).arg("name", &p.name)),
        Some(p) => Err(Message::new(&k::CATALOG_ERR_ID_TAKEN_LEGACY).arg("id", &id).arg("name", &p.name)),
    }
}

/// Surrounding white space is dropped; everything else is kept exactly as typed (quotes, `$`,
/// backticks are data, quoted by the script generator), or the name is refused.
fn check_name(raw: &str) -> Result<String, Message> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(Message::new(&k::CATALOG_ERR_NAME_EMPTY));
    }
    if let Some(c) = name.chars().find(|c| is_refused_in_text(*c)) {
        return Err(Message::new(&k::CATALOG_ERR_NAME_CONTROL).arg("code", format!("U+{:04X}", c as u32)));
    }
    let n = name.chars().count();
    if n > NAME.max_chars {
        return Err(Message::new(&k::CATALOG_ERR_NAME_TOO_LONG).count("max", NAME.max_chars).count("n", n));
    }
    Ok(name.to_string())
}

/// Empty means unknown (the app asks for it later); otherwise a non-negative amount with at most
/// four decimals, `,` or `.` as the decimal separator.
fn check_price(raw: &str) -> Result<Option<Decimal>, Message> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    PricePoint::AMOUNT.parse(raw).map(Some)
}

/// Validates every field at once. On success the product is ready to add; on failure every
/// problem is reported with its field and nothing is built.
pub fn build_custom_product(
    input: &CustomProductInput,
    catalog: &Catalog,
    today: Date,
) -> Result<Product, Vec<(CustomField, Message)>> {
    let id = check_id(&input.id, catalog);
    let name = check_name(&input.name);
    let price = check_price(&input.annual_price);
    match (id, name, price) {
        (Ok(id), Ok(name), Ok(price)) => Ok(Product {
            id,
            legacy_ids: Vec::new(),
            shown_as: name.clone(),
            name,
            aliases: Vec::new(),
            family: CUSTOM_FAMILY.to_string(),
            added: None,
            added_source: None,
            trial: if input.no_card_trial { TrialKind::NoCard } else { TrialKind::CardRequired },
            trial_days: None,
            restrictions: Vec::new(),
            not_sold_in: Vec::new(),
            traits: Vec::new(),
            terms_offered: None,
            variants: Vec::new(),
            status: Status::Active,
            in_2024_doc_table: None,
            id_source: Some(USER_SOURCE.to_string()),
            // The only price of the product: it holds on every price date the app may use.
            prices: price
                .map(|amount| PricePoint {
                    currency: input.currency,
                    term: Term::Annual,
                    amount,
                    effective_from: None,
                    effective_until: None,
                    source: USER_SOURCE.to_string(),
                    as_of: today.to_string(),
                })
                .into_iter()
                .collect(),
            notes: String::new(),
            confidence: Confidence::default(),
            custom: true,
            other_controls: Vec::new(),
            partner_trials: Vec::new(),
        }),
        (id, name, price) => {
            let mut errors = Vec::new();
            if let Err(m) = id {
                errors.push((CustomField::Id, m));
            }
            if let Err(m) = name {
                errors.push((CustomField::Name, m));
            }
            if let Err(m) = price {
                errors.push((CustomField::Price, m));
            }
            Err(errors)
        }
    }
}

/// What a link or a scenario file carries of a custom product so that it opens on another
/// computer: exactly what the "Add a product" form asks, plus the day its price was entered.
/// On arrival it goes through the same validation as the form ([`build_custom_product`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedCustom {
    pub id: ProductId,
    pub name: String,
    pub no_card_trial: bool,
    /// Annual list price per user per month, if the user entered one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<SharedPrice>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedPrice {
    pub currency: Currency,
    pub amount: Decimal,
    pub as_of: Date,
}

impl SharedCustom {
    /// The shareable form of a custom product (`None` for a catalogue product).
    pub fn of(p: &Product) -> Option<SharedCustom> {
        p.custom.then(|| SharedCustom {
            id: p.id.clone(),
            name: p.name.clone(),
            no_card_trial: p.trial == TrialKind::NoCard,
            price: p.prices.first().map(|pp| SharedPrice {
                currency: pp.currency,
                amount: pp.amount,
                as_of: Date::parse(&pp.as_of).unwrap_or(Date::ymd(1970, 1, 1)),
            }),
        })
    }

    /// The custom products of a scenario's selections, as they travel.
    pub fn of_selected(catalog: &Catalog, scenario: &crate::domain::scenario::Scenario) -> Vec<SharedCustom> {
        scenario.selections.iter().filter_map(|s| catalog.find(&s.id)).filter_map(SharedCustom::of).collect()
    }

    /// The product to add on arrival: `Ok(None)` when this catalogue already has the ProductId
    /// (the receiver's own product wins), or the form's messages when a field is not valid.
    pub fn to_product(&self, catalog: &Catalog) -> Result<Option<Product>, Vec<Message>> {
        if catalog.find(&self.id).is_some() {
            return Ok(None);
        }
        let input = CustomProductInput {
            id: self.id.to_string(),
            name: self.name.clone(),
            annual_price: self.price.as_ref().map(|p| p.amount.to_string()).unwrap_or_default(),
            currency: self.price.as_ref().map_or(Currency::USD, |p| p.currency),
            no_card_trial: self.no_card_trial,
        };
        let as_of = self.price.as_ref().map_or(catalog.as_of, |p| p.as_of);
        build_custom_product(&input, catalog, as_of).map(Some).map_err(|e| e.into_iter().map(|(_, m)| m).collect())
    }
}

/// The effective catalogue: the base products, then the custom ones in the order given. A custom
/// product sharing a current or legacy ProductId with one already included is left out, so the
/// result always passes [`Catalog::from_json`]'s duplicate check.
pub fn with_custom(base: &Catalog, custom: &[Product]) -> Catalog {
    let mut out = base.clone();
    let mut taken: BTreeSet<ProductId> =
        base.products.iter().flat_map(|p| std::iter::once(&p.id).chain(&p.legacy_ids)).cloned().collect();
    for p in custom {
        let ids: Vec<&ProductId> = std::iter::once(&p.id).chain(&p.legacy_ids).collect();
        if ids.iter().any(|id| taken.contains(*id)) {
            continue;
        }
        taken.extend(ids.into_iter().cloned());
        out.products.push(p.clone());
    }
    out
}

/// The catalogue as JSON with the user's price edits (`overrides`, annual list price per user
/// per month in `currency`) written in: each becomes an annual price point effective from
/// `today`, sourced "Entered by the user". Annual prices in that currency scheduled from `today`
/// on are dropped, because the edit replaced them in the app; so on any price date from `today`
/// the re-imported catalogue prices the product as the edit did. Edits for products not in the
/// catalogue, or outside 0–100,000, are left out; more than four decimals are rounded to four.
pub fn export_catalog(
    c: &Catalog,
    overrides: &BTreeMap<ProductId, Decimal>,
    currency: Currency,
    today: Date,
) -> String {
    let mut out = c.clone();
    for p in &mut out.products {
        let Some(&amount) = overrides.get(&p.id) else { continue };
        let spec = PricePoint::AMOUNT;
        if amount < Decimal::from(spec.min) || amount > Decimal::from(spec.max) {
            continue;
        }
        let amount = amount.round_dp_with_strategy(spec.dp, RoundingStrategy::MidpointAwayFromZero);
        p.prices.retain(|pp| !(pp.currency == currency && pp.term == Term::Annual && pp.effective_from >= Some(today)));
        p.prices.push(PricePoint {
            currency,
            term: Term::Annual,
            amount,
            effective_from: Some(today),
            effective_until: None,
            source: USER_SOURCE.to_string(),
            as_of: today.to_string(),
        });
    }
    out.to_json()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::pid as id;
    use rust_decimal_macros::dec;

    const TODAY: Date = Date::ymd(2026, 3, 15);

    fn input(id: &str, name: &str, price: &str) -> CustomProductInput {
        CustomProductInput {
            id: id.into(),
            name: name.into(),
            annual_price: price.into(),
            currency: Currency::EUR,
            no_card_trial: false,
        }
    }

    fn errors(i: &CustomProductInput) -> Vec<(CustomField, crate::i18n::Key)> {
        build_custom_product(i, &Catalog::embedded(), TODAY).unwrap_err().into_iter().map(|(f, m)| (f, m.key)).collect()
    }

    fn field_error(i: &CustomProductInput, field: CustomField) -> Message {
        build_custom_product(i, &Catalog::embedded(), TODAY)
            .unwrap_err()
            .into_iter()
            .find(|(f, _)| *f == field)
            .unwrap_or_else(|| panic!("no error for {field:?}"))
            .1
    }

    #[test]
    fn builds_a_complete_custom_product() {
        let mut i = input(" ABCDEFGH1234 ", "  Contoso Sketch Pro ", "12,5");
        i.no_card_trial = true;
        let p = build_custom_product(&i, &Catalog::embedded(), TODAY).unwrap();
        assert_eq!(p.id, id("ABCDEFGH1234"));
        assert_eq!(p.name, "Contoso Sketch Pro");
        assert!(p.custom);
        assert_eq!(p.family, "Custom");
        assert_eq!(p.status, Status::Active);
        assert_eq!(p.trial, TrialKind::NoCard);
        assert!(p.offers_trials_only());
        assert_eq!(p.prices.len(), 1);
        let pp = &p.prices[0];
        assert_eq!((pp.currency, pp.term, pp.amount), (Currency::EUR, Term::Annual, dec!(12.5)));
        assert_eq!(pp.source, "Entered by the user");
        assert_eq!(pp.as_of, "2026-03-15");
        assert_eq!(p.published_price(Currency::EUR, Term::Annual, Date::ymd(2020, 1, 1)).unwrap().amount, dec!(12.5));
        assert_eq!(p.published_price(Currency::USD, Term::Annual, TODAY), None);
    }

    #[test]
    fn price_is_optional_and_trial_needs_a_card_by_default() {
        let p = build_custom_product(&input("ABCDEFGH1234", "X", "  "), &Catalog::embedded(), TODAY).unwrap();
        assert!(p.prices.is_empty(), "empty means unknown, not zero");
        assert_eq!(p.trial, TrialKind::CardRequired);
        let p = build_custom_product(&input("ABCDEFGH1234", "X", "0"), &Catalog::embedded(), TODAY).unwrap();
        assert_eq!(p.prices[0].amount, dec!(0));
        let p = build_custom_product(&input("ABCDEFGH1234", "X", "100000"), &Catalog::embedded(), TODAY).unwrap();
        assert_eq!(p.prices[0].amount, dec!(100000));
        let p = build_custom_product(&input("ABCDEFGH1234", "X", "1.2345"), &Catalog::embedded(), TODAY).unwrap();
        assert_eq!(p.prices[0].amount, dec!(1.2345));
    }

    #[test]
    fn product_id_rules() {
        assert_eq!(field_error(&input("", "X", ""), CustomField::Id).key, &k::ERR_PRODUCT_ID_EMPTY);
        assert_eq!(field_error(&input("abcdefgh1234", "X", ""), CustomField::Id).key, &k::ERR_PRODUCT_ID_CHAR);
        assert_eq!(field_error(&input("ABCDEFGH123", "X", ""), CustomField::Id).key, &k::ERR_PRODUCT_ID_LENGTH);
        assert_eq!(field_error(&input("ABCDEFGH12345", "X", ""), CustomField::Id).key, &k::ERR_PRODUCT_ID_LENGTH);
        assert_eq!(field_error(&input("ABCD-EFGH123", "X", ""), CustomField::Id).key, &k::ERR_PRODUCT_ID_CHAR);
        assert_eq!(field_error(&input("$(whoami)123", "X", ""), CustomField::Id).key, &k::ERR_PRODUCT_ID_CHAR);
    }

    #[test]
    fn duplicate_current_id_names_the_product() {
        let m = field_error(&input("CFQ7TTC0H9MP", "Mine", ""), CustomField::Id);
        assert_eq!(m.key, &k::CATALOG_ERR_ID_TAKEN);
        assert!(m.args.contains(&("name", "Power BI Pro".into())), "{m:?}");
        assert!(m.args.contains(&("id", "CFQ7TTC0H9MP".into())), "{m:?}");
    }

    #[test]
    fn duplicate_legacy_id_names_the_product() {
        let m = field_error(&input("CFQ7TTC0L3PB", "Mine", ""), CustomField::Id);
        assert_eq!(m.key, &k::CATALOG_ERR_ID_TAKEN_LEGACY);
        assert!(m.args.contains(&("name", "Power BI Pro".into())), "{m:?}");
    }

    #[test]
    fn duplicate_of_an_already_added_custom_product() {
        let base = Catalog::embedded();
        let mine = build_custom_product(&input("ABCDEFGH1234", "Mine", ""), &base, TODAY).unwrap();
        let eff = with_custom(&base, &[mine]);
        let errs = build_custom_product(&input("ABCDEFGH1234", "Again", ""), &eff, TODAY).unwrap_err();
        assert_eq!(errs[0].0, CustomField::Id);
        assert_eq!(errs[0].1.key, &k::CATALOG_ERR_ID_TAKEN);
        assert!(errs[0].1.args.contains(&("name", "Mine".into())));
    }

    #[test]
    fn name_rules() {
        assert_eq!(field_error(&input("ABCDEFGH1234", "", ""), CustomField::Name).key, &k::CATALOG_ERR_NAME_EMPTY);
        assert_eq!(field_error(&input("ABCDEFGH1234", " \t ", ""), CustomField::Name).key, &k::CATALOG_ERR_NAME_EMPTY);
        let long = "x".repeat(121);
        let m = field_error(&input("ABCDEFGH1234", &long, ""), CustomField::Name);
        assert_eq!(m.key, &k::CATALOG_ERR_NAME_TOO_LONG);
        assert_eq!(m.text_of("n").as_deref(), Some("121"));
        // 120 characters, counted as characters rather than bytes.
        let ok = "ä".repeat(120);
        assert_eq!(
            build_custom_product(&input("ABCDEFGH1234", &ok, ""), &Catalog::embedded(), TODAY).unwrap().name,
            ok
        );
    }

    #[test]
    fn price_rules() {
        let key = |p: &str| field_error(&input("ABCDEFGH1234", "X", p), CustomField::Price).key;
        assert_eq!(key("-1"), &k::ERR_NUMBER_NEGATIVE);
        assert_eq!(key("100000.01"), &k::ERR_NUMBER_TOO_LARGE);
        assert_eq!(key("1.23456"), &k::ERR_NUMBER_TOO_MANY_DECIMALS);
        assert_eq!(key("ten"), &k::ERR_NUMBER_NOT_A_NUMBER);
        assert_eq!(key("1.00,5"), &k::ERR_NUMBER_GROUPING);
        // Issue 21: a German or Dutch price with a thousands separator is read, not refused.
        let p = build_custom_product(&input("ABCDEFGH1234", "X", "1.000,5"), &Catalog::embedded(), TODAY).unwrap();
        assert_eq!(p.prices[0].amount, rust_decimal_macros::dec!(1000.5));
        assert_eq!(key("1e3"), &k::ERR_NUMBER_NOT_A_NUMBER);
    }

    #[test]
    fn every_field_is_reported_at_once_and_nothing_is_built() {
        let errs = errors(&input("CFQ7TTC0MM8R", "", "-3"));
        let fields: Vec<CustomField> = errs.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, vec![CustomField::Id, CustomField::Name, CustomField::Price]);
        assert_eq!(errors(&input("bad", "ok", "x")).len(), 2);
    }

    #[test]
    fn hostile_names_are_refused_or_kept_verbatim() {
        for bad in [
            "Evil\nWrite-Host pwned",
            "a\rb",
            "nul\0",
            "tab\tname",
            "nel\u{85}x",
            "ls\u{2028}x",
            "rtl\u{202e}gpj.exe",
            "zw\u{200b}sp",
        ] {
            let m = field_error(&input("ABCDEFGH1234", bad, ""), CustomField::Name);
            assert_eq!(m.key, &k::CATALOG_ERR_NAME_CONTROL, "{bad:?}");
        }
        assert!(field_error(&input("ABCDEFGH1234", "a\nb", ""), CustomField::Name)
            .args
            .contains(&("code", "U+000A".into())));
        for kept in [
            r#"Say "hi" & 'bye'"#,
            "$(Remove-Item C:\\ -Recurse)",
            "`whoami` ${env:PATH} ; rm -rf / #",
            "<script>alert(1)</script>",
            "O\u{2019}Brien\u{2018}s – Planner",
        ] {
            let p = build_custom_product(&input("ABCDEFGH1234", kept, ""), &Catalog::embedded(), TODAY).unwrap();
            assert_eq!(p.name, kept, "names are data and must not be mangled");
            // …and they survive an export/import unchanged.
            let eff = with_custom(&Catalog::embedded(), &[p]);
            let back = Catalog::from_json(&export_catalog(&eff, &BTreeMap::new(), Currency::USD, TODAY)).unwrap();
            assert_eq!(back.find(&id("ABCDEFGH1234")).unwrap().name, kept);
        }
    }

    #[test]
    fn with_custom_appends_and_drops_clashes() {
        let base = Catalog::embedded();
        let mk = |i: &str, n: &str| {
            let mut p = build_custom_product(&input("ABCDEFGH1234", n, ""), &base, TODAY).unwrap();
            p.id = id(i);
            p
        };
        let custom = vec![
            mk("ABCDEFGH1234", "Mine"),
            mk("CFQ7TTC0H9MP", "Clash current"),
            mk("CFQ7TTC0L3PB", "Clash legacy"),
            mk("ABCDEFGH1234", "Clash custom"),
            mk("ZZZZZZZZZZZZ", "Second"),
        ];
        let eff = with_custom(&base, &custom);
        assert_eq!(eff.products.len(), base.products.len() + 2);
        assert_eq!(&eff.products[..base.products.len()], &base.products[..]);
        let tail: Vec<&str> = eff.products[base.products.len()..].iter().map(|p| p.name.as_str()).collect();
        assert_eq!(tail, vec!["Mine", "Second"]);
        assert_eq!(eff.find(&id("CFQ7TTC0H9MP")).unwrap().name, "Power BI Pro");
        assert_eq!((eff.as_of, eff.schema), (base.as_of, base.schema));
        assert!(Catalog::from_json(&eff.to_json()).is_ok());
        assert_eq!(with_custom(&base, &[]), base);
    }

    #[test]
    fn export_without_edits_is_the_catalogue() {
        let c = Catalog::embedded();
        let text = export_catalog(&c, &BTreeMap::new(), Currency::USD, TODAY);
        assert_eq!(Catalog::from_json(&text).unwrap(), c);
    }

    #[test]
    fn export_import_round_trip_reproduces_price_edits() {
        let base = Catalog::embedded();
        let mine = build_custom_product(&input("ABCDEFGH1234", "Mine", ""), &base, TODAY).unwrap();
        let c = with_custom(&base, &[mine]);
        let mut overrides = BTreeMap::new();
        overrides.insert(id("CFQ7TTC0H9MP"), dec!(12.3456)); // Power BI Pro: published 14.00
        overrides.insert(id("CFQ7TTC0N8SS"), dec!(11)); // Clipchamp: unknown
        overrides.insert(id("ABCDEFGH1234"), dec!(7.5)); // a custom product without price
        overrides.insert(id("CFQ7TTC0LH05"), dec!(9)); // F3: 10.00 scheduled from 2026-07-01
        overrides.insert(id("QQQQQQQQQQQQ"), dec!(1)); // not in the catalogue: ignored
        let text = export_catalog(&c, &overrides, Currency::USD, TODAY);
        let back = Catalog::from_json(&text).expect("the export must import");
        assert_eq!(back.products.len(), c.products.len());
        for day in [TODAY, Date::ymd(2026, 7, 1), Date::ymd(2027, 1, 1)] {
            for (pid, amount) in &overrides {
                if let Some(p) = back.find(pid) {
                    let pp = p.published_price(Currency::USD, Term::Annual, day).unwrap();
                    assert_eq!(pp.amount, *amount, "{pid} on {day}");
                    assert_eq!(pp.source, "Entered by the user");
                    assert_eq!(pp.as_of, "2026-03-15");
                    assert_eq!(pp.effective_from, Some(TODAY));
                }
            }
        }
        assert!(back.find(&id("QQQQQQQQQQQQ")).is_none());
        // Before the edit, history is kept: the published prices still hold.
        let pbi = back.find(&id("CFQ7TTC0H9MP")).unwrap();
        assert_eq!(
            pbi.published_price(Currency::USD, Term::Annual, Date::ymd(2025, 5, 1)).unwrap().amount,
            dec!(14.00)
        );
        assert_eq!(pbi.published_price(Currency::USD, Term::Monthly, TODAY).unwrap().amount, dec!(16.80));
        let f3 = back.find(&id("CFQ7TTC0LH05")).unwrap();
        assert_eq!(f3.published_price(Currency::USD, Term::Annual, Date::ymd(2026, 1, 1)).unwrap().amount, dec!(8.00));
        assert!(back.find(&id("ABCDEFGH1234")).unwrap().custom);
        // Untouched products are unchanged, and a second round trip changes nothing.
        assert_eq!(back.find(&id("CFQ7TTC0HD33")), c.find(&id("CFQ7TTC0HD33")));
        assert_eq!(Catalog::from_json(&back.to_json()).unwrap(), back);
    }

    #[test]
    fn export_writes_edits_in_the_chosen_currency_only() {
        let c = Catalog::embedded();
        let overrides = BTreeMap::from([(id("CFQ7TTC0MM8R"), dec!(27))]);
        let back = Catalog::from_json(&export_catalog(&c, &overrides, Currency::EUR, TODAY)).unwrap();
        let copilot = back.find(&id("CFQ7TTC0MM8R")).unwrap();
        assert_eq!(copilot.published_price(Currency::EUR, Term::Annual, TODAY).unwrap().amount, dec!(27));
        assert_eq!(copilot.published_price(Currency::USD, Term::Annual, TODAY).unwrap().amount, dec!(30.00));
    }

    #[test]
    fn export_repeated_on_the_same_day_replaces_the_earlier_edit() {
        let c = Catalog::embedded();
        let first = Catalog::from_json(&export_catalog(
            &c,
            &BTreeMap::from([(id("CFQ7TTC0HD33"), dec!(4))]),
            Currency::USD,
            TODAY,
        ))
        .unwrap();
        let second = Catalog::from_json(&export_catalog(
            &first,
            &BTreeMap::from([(id("CFQ7TTC0HD33"), dec!(3))]),
            Currency::USD,
            TODAY,
        ))
        .unwrap();
        let visio = second.find(&id("CFQ7TTC0HD33")).unwrap();
        assert_eq!(visio.prices.iter().filter(|p| p.source == USER_SOURCE).count(), 1);
        assert_eq!(visio.published_price(Currency::USD, Term::Annual, TODAY).unwrap().amount, dec!(3));
    }

    #[test]
    fn export_skips_edits_an_import_would_refuse() {
        let c = Catalog::embedded();
        let overrides = BTreeMap::from([
            (id("CFQ7TTC0HD33"), dec!(-1)),
            (id("CFQ7TTC0HD32"), dec!(100000.5)),
            (id("CFQ7TTC0HDB1"), dec!(1.234567)),
        ]);
        let back = Catalog::from_json(&export_catalog(&c, &overrides, Currency::USD, TODAY)).unwrap();
        assert_eq!(back.find(&id("CFQ7TTC0HD33")), c.find(&id("CFQ7TTC0HD33")));
        assert_eq!(back.find(&id("CFQ7TTC0HD32")), c.find(&id("CFQ7TTC0HD32")));
        let planner = back.find(&id("CFQ7TTC0HDB1")).unwrap();
        assert_eq!(planner.published_price(Currency::USD, Term::Annual, TODAY).unwrap().amount, dec!(1.2346));
    }
}
