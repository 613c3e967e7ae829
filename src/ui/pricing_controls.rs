//! The assumptions behind every figure: currency, horizon, organisation size, CSP partner
//! terms, Enterprise Agreement terms and the costs list prices hide. Each field says what its
//! default is and why; every edit is parsed at the edge and applied only when valid.
use crate::domain::date::Date;
use crate::domain::message::Message;
use crate::domain::money::Currency;
use crate::domain::pricing::{EaLevel, EaTerms, HiddenCosts, PricingParams};
use crate::i18n::k;
use crate::i18n::{format_count, t, tf, tn, Key, Lang};
use crate::ui::number_field::NumberField;
use crate::ui::use_lang;
use rust_decimal::Decimal;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PricingControlsProps {
    pub params: PricingParams,
    pub on_change: Callback<PricingParams>,
}

type Apply = fn(&mut PricingParams, &str) -> Result<(), Message>;

// The field specs are the ones a link or file is validated against, so anything typed here can
// always be shared and reopened.
fn money(raw: &str) -> Result<Decimal, Message> {
    HiddenCosts::AMOUNT.parse(raw)
}

fn discount(raw: &str) -> Result<Decimal, Message> {
    EaTerms::DISCOUNT.parse(raw)
}

fn date(raw: &str) -> Result<Date, Message> {
    Date::parse(raw).ok_or_else(|| Message::new(&k::ERR_DATE))
}

/// What follows a field's input: a unit, or the selected currency's symbol.
#[derive(Clone, Copy)]
enum Suffix {
    Months,
    Percent,
    Currency,
}

struct Field {
    id: &'static str,
    label: Key,
    help: Option<Key>,
    suffix: Option<Suffix>,
    value: fn(&PricingParams) -> String,
    apply: Apply,
}

const GENERAL: &[Field] = &[
    Field {
        id: "horizon",
        label: &k::ASSUME_HORIZON,
        help: Some(&k::ASSUME_HORIZON_HELP),
        suffix: Some(Suffix::Months),
        value: |p| p.horizon_months.to_string(),
        apply: |p, raw| {
            p.horizon_months = PricingParams::HORIZON.parse(raw)?;
            Ok(())
        },
    },
    Field {
        id: "org-seats",
        label: &k::ASSUME_ORG_SEATS,
        help: Some(&k::ASSUME_ORG_SEATS_HELP),
        suffix: None,
        value: |p| p.org_seats.to_string(),
        apply: |p, raw| {
            p.org_seats = PricingParams::ORG_SEATS.parse(raw)?;
            Ok(())
        },
    },
    Field {
        id: "price-date",
        label: &k::ASSUME_PRICE_DATE,
        help: Some(&k::ASSUME_PRICE_DATE_HELP),
        suffix: None,
        value: |p| p.price_date.to_string(),
        apply: |p, raw| {
            p.price_date = date(raw)?;
            Ok(())
        },
    },
];

const VAT: &[Field] = &[Field {
    id: "vat-rate",
    label: &k::VAT_RATE,
    help: Some(&k::VAT_RATE_HELP),
    suffix: Some(Suffix::Percent),
    value: |p| p.vat.rate_pct.normalize().to_string(),
    apply: |p, raw| {
        p.vat.rate_pct = crate::domain::pricing::VatBasis::RATE.parse(raw)?;
        Ok(())
    },
}];

const CSP: &[Field] = &[Field {
    id: "csp-adjust",
    label: &k::ASSUME_CSP_ADJUST,
    help: Some(&k::ASSUME_CSP_ADJUST_HELP),
    suffix: Some(Suffix::Percent),
    value: |p| p.csp_adjust_pct.to_string(),
    apply: |p, raw| {
        p.csp_adjust_pct = PricingParams::CSP_ADJUST.parse(raw)?;
        Ok(())
    },
}];

const EA: &[Field] = &[
    Field {
        id: "ea-date",
        label: &k::ASSUME_EA_DATE,
        help: Some(&k::ASSUME_EA_DATE_HELP),
        suffix: None,
        value: |p| p.ea.agreement_date.to_string(),
        apply: |p, raw| {
            p.ea.agreement_date = date(raw)?;
            Ok(())
        },
    },
    Field {
        id: "ea-b",
        label: &k::ASSUME_EA_LEVEL_B,
        help: Some(&k::ASSUME_EA_LEVELS_HELP),
        suffix: Some(Suffix::Percent),
        value: |p| p.ea.level_discount_pct[1].to_string(),
        apply: |p, raw| {
            p.ea.level_discount_pct[1] = discount(raw)?;
            Ok(())
        },
    },
    Field {
        id: "ea-c",
        label: &k::ASSUME_EA_LEVEL_C,
        help: None,
        suffix: Some(Suffix::Percent),
        value: |p| p.ea.level_discount_pct[2].to_string(),
        apply: |p, raw| {
            p.ea.level_discount_pct[2] = discount(raw)?;
            Ok(())
        },
    },
    Field {
        id: "ea-d",
        label: &k::ASSUME_EA_LEVEL_D,
        help: None,
        suffix: Some(Suffix::Percent),
        value: |p| p.ea.level_discount_pct[3].to_string(),
        apply: |p, raw| {
            p.ea.level_discount_pct[3] = discount(raw)?;
            Ok(())
        },
    },
    Field {
        id: "ea-a",
        label: &k::ASSUME_EA_LEVEL_A,
        help: None,
        suffix: Some(Suffix::Percent),
        value: |p| p.ea.level_discount_pct[0].to_string(),
        apply: |p, raw| {
            p.ea.level_discount_pct[0] = discount(raw)?;
            Ok(())
        },
    },
    Field {
        id: "ea-negotiated",
        label: &k::ASSUME_EA_NEGOTIATED,
        help: Some(&k::ASSUME_EA_NEGOTIATED_HELP),
        suffix: Some(Suffix::Percent),
        value: |p| p.ea.negotiated_discount_pct.to_string(),
        apply: |p, raw| {
            p.ea.negotiated_discount_pct = discount(raw)?;
            Ok(())
        },
    },
];

const HIDDEN: &[Field] = &[
    Field {
        id: "procurement",
        label: &k::ASSUME_PROCUREMENT,
        help: Some(&k::ASSUME_PROCUREMENT_HELP),
        suffix: Some(Suffix::Currency),
        value: |p| p.hidden.procurement_per_order.to_string(),
        apply: |p, raw| {
            p.hidden.procurement_per_order = money(raw)?;
            Ok(())
        },
    },
    Field {
        id: "expense-claim",
        label: &k::ASSUME_EXPENSE_CLAIM,
        help: Some(&k::ASSUME_EXPENSE_CLAIM_HELP),
        suffix: Some(Suffix::Currency),
        value: |p| p.hidden.expense_claim.to_string(),
        apply: |p, raw| {
            p.hidden.expense_claim = money(raw)?;
            Ok(())
        },
    },
    Field {
        id: "admin-review",
        label: &k::ASSUME_ADMIN_REVIEW,
        help: Some(&k::ASSUME_ADMIN_REVIEW_HELP),
        suffix: Some(Suffix::Currency),
        value: |p| p.hidden.admin_review.to_string(),
        apply: |p, raw| {
            p.hidden.admin_review = money(raw)?;
            Ok(())
        },
    },
    Field {
        id: "seats-per-purchase",
        label: &k::ASSUME_SEATS_PER_PURCHASE,
        help: Some(&k::ASSUME_SEATS_PER_PURCHASE_HELP),
        suffix: None,
        value: |p| p.hidden.seats_per_purchase.to_string(),
        apply: |p, raw| {
            p.hidden.seats_per_purchase = HiddenCosts::SEATS_PER_PURCHASE.parse(raw)?;
            Ok(())
        },
    },
    Field {
        id: "centralise",
        label: &k::ASSUME_CENTRALISE,
        help: Some(&k::ASSUME_CENTRALISE_HELP),
        suffix: Some(Suffix::Months),
        value: |p| p.hidden.centralise_after_months.map(|m| m.to_string()).unwrap_or_default(),
        apply: |p, raw| {
            p.hidden.centralise_after_months =
                if raw.trim().is_empty() { None } else { Some(HiddenCosts::CENTRALISE_AFTER.parse(raw)?) };
            Ok(())
        },
    },
];

/// The facts the Enterprise Agreement price depends on, asked again in the walk where the
/// agreement is answered (same fields, same validation, same scenario values).
pub fn agreement_fields(props: &PricingControlsProps, lang: Lang) -> Html {
    let fields: Vec<&Field> =
        GENERAL.iter().chain(EA.iter()).filter(|f| matches!(f.id, "org-seats" | "ea-date")).collect();
    render_fields_with(&fields, props, lang, "walk")
}

fn render_fields(fields: &[Field], props: &PricingControlsProps, lang: Lang) -> Html {
    let fields: Vec<&Field> = fields.iter().collect();
    render_fields_with(&fields, props, lang, "assume")
}

fn render_fields_with(fields: &[&Field], props: &PricingControlsProps, lang: Lang, prefix: &str) -> Html {
    html! { <>{ for fields.iter().map(|f| {
        let validate = {
            let params = props.params.clone();
            let cb = props.on_change.clone();
            let apply = f.apply;
            Callback::from(move |raw: String| {
                let mut next = params.clone();
                match apply(&mut next, &raw) {
                    Ok(()) => {
                        cb.emit(next);
                        None
                    }
                    Err(m) => Some(m),
                }
            })
        };
        let suffix = f.suffix.map(|s| match s {
            Suffix::Months => t(lang, &k::ASSUME_UNIT_MONTHS),
            Suffix::Percent => t(lang, &k::ASSUME_UNIT_PCT),
            Suffix::Currency => props.params.currency.symbol().to_string(),
        });
        html! {
            <NumberField id={format!("{prefix}-{}", f.id)} label={t(lang, f.label)}
                help={f.help.map(|h| AttrValue::from(t(lang, h)))}
                suffix={suffix.map(AttrValue::from)} value={(f.value)(&props.params)} {validate} />
        }
    }) }</> }
}

/// Which EA level the organisation is at, and whether the 2025-11-01 level-A rule applies.
pub fn ea_level_text(lang: Lang, params: &PricingParams) -> String {
    match EaLevel::for_org_seats(params.org_seats) {
        Some(l) if !params.ea.predates_level_a() => {
            tf(lang, &k::ASSUME_EA_LEVEL_NOW_A, &[("level", l.letter().to_string())])
        }
        Some(l) => tf(lang, &k::ASSUME_EA_LEVEL_NOW, &[("level", l.letter().to_string())]),
        None => tf(lang, &k::ASSUME_EA_NONE, &[("seats", format_count(params.org_seats.into(), lang))]),
    }
}

#[function_component(PricingControls)]
pub fn pricing_controls(props: &PricingControlsProps) -> Html {
    let lang = use_lang();
    let on_currency = {
        let params = props.params.clone();
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(c) = Currency::parse(&select.value()) {
                cb.emit(PricingParams { currency: c, ..params.clone() });
            }
        })
    };
    let on_gross = {
        let params = props.params.clone();
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = params.clone();
            next.vat.gross = input.checked();
            cb.emit(next);
        })
    };
    // The rate a visitor's region suggests, with its source, next to the field.
    let region_rate = crate::ui::browser::region_defaults().and_then(|r| r.vat.map(|v| (r.region, v)));
    let level_text = ea_level_text(lang, &props.params);
    html! {
        <section class="card assumptions wide" aria-labelledby="assume-heading">
            // Results come first in the Costs part; the assumptions that produced them fold away
            // below, with the ones that matter most said in the closed summary.
            <details class="assumptions-fold" id="assumptions-fold">
            <summary>
                <h2 id="assume-heading">{ t(lang, &k::ASSUME_HEADING) }</h2>
                <span class="fold-summary">{ tf(lang, &k::ASSUME_FOLD_SUMMARY, &[
                    ("months", tn(lang, &k::UNIT_MONTHS, props.params.horizon_months.into(), &[])),
                    ("seats", tn(lang, &k::UNIT_SEATS, props.params.org_seats.into(), &[])),
                    ("currency", props.params.currency.code().to_string()),
                ]) }</span>
            </summary>
            <p class="help">{ t(lang, &k::ASSUME_HELP) }</p>
            <div class="assume-grid">
                <fieldset>
                    <legend>{ t(lang, &k::ASSUME_GENERAL) }</legend>
                    <div class="field">
                        <label for="assume-currency">{ t(lang, &k::ASSUME_CURRENCY) }</label>
                        <select id="assume-currency" onchange={on_currency} aria-describedby="assume-currency-help">
                            { for Currency::ALL.iter().map(|c| html! {
                                <option value={c.code()} selected={*c == props.params.currency}>{ c.label() }</option>
                            }) }
                        </select>
                        <p class="hint" id="assume-currency-help">{ t(lang, &k::ASSUME_CURRENCY_HELP) }</p>
                    </div>
                    { render_fields(GENERAL, props, lang) }
                </fieldset>
                <fieldset id="vat-basis">
                    <legend>{ t(lang, &k::VAT_HEADING) }</legend>
                    <div class="field check-field">
                        <input type="checkbox" id="vat-gross" checked={props.params.vat.gross} onchange={on_gross} />
                        <label for="vat-gross">{ t(lang, &k::VAT_SHOW_GROSS) }</label>
                    </div>
                    { render_fields(VAT, props, lang) }
                    if let Some((region, v)) = region_rate {
                        <p class="hint" id="vat-rate-source">{ tf(lang, &k::VAT_RATE_SOURCE, &[
                            ("region", region),
                            ("pct", crate::domain::report::format_pct(lang, v.pct)),
                            ("source", v.source.to_string()),
                        ]) }</p>
                    }
                </fieldset>
                <fieldset>
                    <legend>{ t(lang, &k::ASSUME_CSP) }</legend>
                    <p class="hint">{ t(lang, &k::ASSUME_CSP_RULES) }</p>
                    { render_fields(CSP, props, lang) }
                </fieldset>
                <fieldset>
                    <legend>{ t(lang, &k::ASSUME_EA) }</legend>
                    <p class="hint ea-level" id="ea-level">{ level_text }</p>
                    { render_fields(EA, props, lang) }
                </fieldset>
                <fieldset>
                    <legend>{ t(lang, &k::ASSUME_HIDDEN) }</legend>
                    { render_fields(HIDDEN, props, lang) }
                </fieldset>
            </div>
            </details>
        </section>
    }
}
