//! Property tests: any scenario survives links and files, any text or bytes are refused without
//! a panic.
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
            |((currency, price_date, horizon_months, csp_adjust_pct, org_seats), (levels, ad, neg), (h, spp, ca))| {
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

/// Random answers to every single-choice question (whatever questions the walk declares) and
/// weights; the product lists are filled in by the caller from the selected products.
fn answers() -> impl Strategy<Value = (Answers, Option<u32>, Option<u32>)> {
    (
        proptest::collection::vec(option::of(any::<usize>()), QuestionId::ALL.len()),
        proptest::collection::btree_map(select(Criterion::ALL.to_vec()), select(Weight::ALL.to_vec()), 0..5),
        option::of(any::<u32>()),
        option::of(any::<u32>()),
    )
        .prop_map(|(picks, weights, covers, planned)| {
            let mut answers = Answers { weights, ..Answers::default() };
            for (q, pick) in QuestionId::ALL.into_iter().zip(picks) {
                let options = Opt::all(q);
                if let (Some(i), false) = (pick, options.is_empty()) {
                    answers.set(options[i % options.len()]);
                }
            }
            (answers, covers, planned)
        })
}

/// Ramps valid over the longest horizon (issue 24): each kind, near its limits.
pub(super) fn ramp_spec() -> impl Strategy<Value = crate::domain::ramp::RampSpec> {
    use crate::domain::ramp::{RampSpec, Step, MAX_STEPS};
    let seats = Selection::SEATS.min..=Selection::SEATS.max;
    prop_oneof![
        (seats.clone(), seats.clone(), 1u32..=36).prop_map(|(start, end, end_month)| RampSpec::Linear {
            start,
            end,
            end_month
        }),
        // 1,000 seats growing 5 % a month stay below 6,000 over 36 months.
        (1u32..=1_000, -5_000i64..=500)
            .prop_map(|(start, bp)| RampSpec::Growth { start, rate_pct: Decimal::new(bp, 2) }),
        (proptest::collection::btree_map(1u32..36, seats.clone(), 0..MAX_STEPS), seats).prop_map(|(later, first)| {
            let mut list = vec![Step { month: 0, seats: first }];
            list.extend(later.into_iter().map(|(month, seats)| Step { month, seats }));
            RampSpec::Steps(list)
        }),
    ]
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
        vec(ramp_spec(), 0..=3),
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
                ramps,
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
                // Ramps for the first selections (by the id they were selected with).
                let ramp_map = selections.iter().map(|s| s.id.clone()).zip(ramps).collect();
                Scenario {
                    version: SCENARIO_VERSION,
                    price_overrides: overridden.iter().zip(prices).map(|(&i, p)| (products[i].id.clone(), p)).collect(),
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
                    ramps: ramp_map,
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
