//! What a visitor's region says before they choose anything (issue 22): the currency the
//! scenario starts in and the VAT rate the gross view starts from. Only a first visit uses it:
//! a link or a saved file keeps its own currency, and links from before this existed open in
//! US dollars, net, as they always did.
use crate::domain::money::Currency;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The standard VAT rate of a country, with the authority that states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VatRate {
    /// ISO 3166-1 alpha-2.
    pub country: &'static str,
    pub pct: Decimal,
    pub source: &'static str,
}

/// Standard rates as of 2026-12 (checked against the review of 2026-12 for DE and NL).
pub const VAT_RATES: &[VatRate] = &[
    VatRate { country: "DE", pct: dec!(19), source: "European Commission, VAT rates applied in the Member States (taxation-customs.ec.europa.eu); review 2026-12 (mindlink.lv, cookiebot.com)" },
    VatRate { country: "NL", pct: dec!(21), source: "European Commission, VAT rates applied in the Member States; review 2026-12 (mindlink.lv, cookiebot.com)" },
    VatRate { country: "AT", pct: dec!(20), source: "European Commission, VAT rates applied in the Member States" },
    VatRate { country: "BE", pct: dec!(21), source: "European Commission, VAT rates applied in the Member States" },
    VatRate { country: "LU", pct: dec!(17), source: "European Commission, VAT rates applied in the Member States" },
    VatRate { country: "FR", pct: dec!(20), source: "European Commission, VAT rates applied in the Member States" },
    VatRate { country: "IE", pct: dec!(23), source: "European Commission, VAT rates applied in the Member States; review 2026-12 (mindlink.lv)" },
    VatRate { country: "GB", pct: dec!(20), source: "HM Revenue & Customs, VAT rates (gov.uk/vat-rates): standard rate 20 %" },
    VatRate { country: "CH", pct: dec!(8.1), source: "Swiss Federal Tax Administration (ESTV/FTA): standard rate 8.1 % from 1 January 2024" },
];

/// Countries whose currency is the euro (the advisor's euro list is one list for the zone,
/// review 2026-12 §3).
const EURO: &[&str] = &[
    "AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PT", "SK", "SI",
    "ES",
];

/// The region of a browser language tag ("de-DE" → "DE", "nl" → none: a language alone names no
/// country, so it gives no currency).
pub fn region_of(tag: &str) -> Option<String> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
        .map(|r| r.to_ascii_uppercase())
}

/// What a region starts with: its currency and its VAT rate (when the advisor knows one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionDefaults {
    pub region: String,
    pub currency: Currency,
    pub vat: Option<VatRate>,
}

/// The defaults for a browser language tag. Euro regions start in EUR, Switzerland in CHF, the
/// United Kingdom in GBP; every other region, and a tag without one, in USD.
pub fn defaults_for(tag: &str) -> Option<RegionDefaults> {
    let region = region_of(tag)?;
    let currency = match region.as_str() {
        "CH" | "LI" => Currency::CHF,
        "GB" => Currency::GBP,
        r if EURO.contains(&r) => Currency::EUR,
        _ => Currency::USD,
    };
    let vat = VAT_RATES.iter().find(|v| v.country == region).copied();
    Some(RegionDefaults { region, currency, vat })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_gives_its_currency_and_vat_rate() {
        let de = defaults_for("de-DE").unwrap();
        assert_eq!((de.currency, de.vat.map(|v| v.pct)), (Currency::EUR, Some(dec!(19))));
        assert_eq!(defaults_for("de-AT").unwrap().vat.unwrap().pct, dec!(20));
        assert_eq!(defaults_for("nl-NL").unwrap().vat.unwrap().pct, dec!(21));
        assert_eq!(defaults_for("nl-BE").unwrap().currency, Currency::EUR);
        assert_eq!(defaults_for("nl-BE").unwrap().vat.unwrap().pct, dec!(21));
        let ch = defaults_for("de-CH").unwrap();
        assert_eq!((ch.currency, ch.vat.unwrap().pct), (Currency::CHF, dec!(8.1)));
        let gb = defaults_for("en-GB").unwrap();
        assert_eq!((gb.currency, gb.vat.unwrap().pct), (Currency::GBP, dec!(20)));
        assert_eq!(defaults_for("en-US").unwrap().currency, Currency::USD);
        assert_eq!(defaults_for("en-US").unwrap().vat, None);
        assert_eq!(defaults_for("es-ES").unwrap().currency, Currency::EUR, "another euro region");
        assert_eq!(defaults_for("fi-FI").unwrap().vat, None, "a euro region whose rate the advisor does not carry");
        assert_eq!(defaults_for("de"), None, "a language alone names no region");
        assert_eq!(defaults_for("zh-Hant-TW").unwrap().region, "TW");
        assert_eq!(defaults_for("en_GB").unwrap().currency, Currency::GBP);
        assert_eq!(defaults_for(""), None);
        for v in VAT_RATES {
            assert!(!v.source.is_empty() && v.pct > Decimal::ZERO && v.pct <= dec!(30), "{}", v.country);
        }
    }
}
