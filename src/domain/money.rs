//! Money: currencies, the project's single rounding rule and locale-aware display.
//!
//! Rounding rule (stated once, applied only in [`round_line`]): every invoice line — one
//! product, one billing period — is rounded to the cent, half away from zero, as an invoice
//! would show it. Unit prices and percentages stay exact until then; totals are sums of
//! rounded lines, so per-product totals always add up to the summary to the cent.
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub enum Currency {
    #[default]
    USD,
    EUR,
    GBP,
    CHF,
}

impl Currency {
    pub const ALL: [Currency; 4] = [Currency::USD, Currency::EUR, Currency::GBP, Currency::CHF];

    pub fn code(self) -> &'static str {
        match self {
            Currency::USD => "USD",
            Currency::EUR => "EUR",
            Currency::GBP => "GBP",
            Currency::CHF => "CHF",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Currency::USD => "$",
            Currency::EUR => "€",
            Currency::GBP => "£",
            // The Swiss franc has no sign of its own in use; its code is what invoices print.
            Currency::CHF => "CHF",
        }
    }

    /// A symbol made of letters reads as a word, so it is spaced from the number in every
    /// language ("CHF 1,234.50", never "CHF1,234.50").
    fn symbol_is_word(self) -> bool {
        self.symbol().chars().all(char::is_alphabetic)
    }

    /// How a currency picker names it: the code, with the symbol where it differs ("GBP (£)",
    /// "CHF").
    pub fn label(self) -> String {
        if self.symbol_is_word() {
            self.code().to_string()
        } else {
            format!("{} ({})", self.code(), self.symbol())
        }
    }

    pub fn parse(s: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code() == s)
    }
}

/// Number formatting conventions; derived from the UI language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Locale {
    En,
    De,
    Nl,
}

/// The one rounding rule: an invoice line to the cent, half away from zero.
pub fn round_line(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Groups digits in threes with `sep`.
fn group(int_digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(int_digits.len() + int_digits.len() / 3);
    for (i, ch) in int_digits.chars().enumerate() {
        if i > 0 && (int_digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Formats a decimal with a fixed number of decimals in the locale's separators, no currency.
pub fn format_number(value: Decimal, decimals: u32, locale: Locale) -> String {
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text.clone(), None),
    };
    let (group_sep, dec_sep) = match locale {
        Locale::En => (',', '.'),
        Locale::De | Locale::Nl => ('.', ','),
    };
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&group(&int_part, group_sep));
    if let Some(f) = frac_part {
        out.push(dec_sep);
        out.push_str(&f);
    }
    out
}

/// Formats an amount as currency the way each locale writes it:
/// en `$8,400.00`, de `8.400,00 $`, nl `$ 8.400,00`. A symbol made of letters is spaced like a
/// word in English too: en `CHF 8,400.00`, de `8.400,00 CHF`, nl `CHF 8.400,00`.
pub fn format_money(value: Decimal, currency: Currency, locale: Locale) -> String {
    format_money_dp(value, 2, currency, locale)
}

/// As [`format_money`] with `decimals` places (0 for chart axes).
pub fn format_money_dp(value: Decimal, decimals: u32, currency: Currency, locale: Locale) -> String {
    let number = format_number(value, decimals, locale);
    let (sign, digits) = match number.strip_prefix('-') {
        Some(rest) => ("-", rest.to_string()),
        None => ("", number),
    };
    match locale {
        Locale::En if currency.symbol_is_word() => format!("{sign}{}\u{a0}{digits}", currency.symbol()),
        Locale::En => format!("{sign}{}{digits}", currency.symbol()),
        Locale::De => format!("{sign}{digits}\u{a0}{}", currency.symbol()),
        Locale::Nl => format!("{}\u{a0}{sign}{digits}", currency.symbol()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounds_half_away_from_zero_to_the_cent() {
        assert_eq!(round_line(dec!(10.005)), dec!(10.01));
        assert_eq!(round_line(dec!(10.004999)), dec!(10.00));
        assert_eq!(round_line(dec!(-10.005)), dec!(-10.01));
    }

    #[test]
    fn formats_per_locale() {
        assert_eq!(format_money(dec!(8400), Currency::USD, Locale::En), "$8,400.00");
        assert_eq!(format_money(dec!(8400), Currency::USD, Locale::De), "8.400,00\u{a0}$");
        assert_eq!(format_money(dec!(1234567.891), Currency::EUR, Locale::Nl), "€\u{a0}1.234.567,89");
        assert_eq!(format_money(dec!(-5), Currency::USD, Locale::En), "-$5.00");
        assert_eq!(format_money(dec!(0), Currency::EUR, Locale::En), "€0.00");
        assert_eq!(format_money(dec!(999.999), Currency::USD, Locale::En), "$1,000.00");
        assert_eq!(format_number(dec!(100000), 0, Locale::En), "100,000");
        assert_eq!(format_money_dp(dec!(12500), 0, Currency::EUR, Locale::De), "12.500\u{a0}€");
    }

    /// The pound follows the dollar's pattern; the franc's letters are spaced like a word in
    /// every language, with a no-break space so the figure never wraps away from it.
    #[test]
    fn formats_pounds_and_francs_per_locale() {
        let cases = [
            (Currency::GBP, Locale::En, "£1,234.50"),
            (Currency::GBP, Locale::De, "1.234,50\u{a0}£"),
            (Currency::GBP, Locale::Nl, "£\u{a0}1.234,50"),
            (Currency::CHF, Locale::En, "CHF\u{a0}1,234.50"),
            (Currency::CHF, Locale::De, "1.234,50\u{a0}CHF"),
            (Currency::CHF, Locale::Nl, "CHF\u{a0}1.234,50"),
        ];
        for (c, l, expected) in cases {
            assert_eq!(format_money(dec!(1234.5), c, l), expected, "{c:?} {l:?}");
        }
        assert_eq!(format_money(dec!(-5), Currency::CHF, Locale::En), "-CHF\u{a0}5.00");
        assert_eq!(format_money(dec!(-5), Currency::GBP, Locale::En), "-£5.00");
        assert_eq!(format_money_dp(dec!(12500), 0, Currency::CHF, Locale::Nl), "CHF\u{a0}12.500");
    }

    #[test]
    fn codes_parse_back_and_pickers_name_each_currency_once() {
        for c in Currency::ALL {
            assert_eq!(Currency::parse(c.code()), Some(c));
        }
        let labels: Vec<String> = Currency::ALL.iter().map(|c| c.label()).collect();
        assert_eq!(labels, ["USD ($)", "EUR (€)", "GBP (£)", "CHF"]);
    }
}

crate::tags!(Currency { USD = 1, EUR = 2, GBP = 3, CHF = 4 });
