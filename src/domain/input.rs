//! Parsing of typed-in values at the edge, and the field specs that bound them. Every field the
//! user types into goes through a spec ([`WholeSpec`], [`DecimalSpec`], [`TextSpec`]), which
//! either gives a validated value or a message for the field; callers keep their previous good
//! value on error. Each spec is written once, as an associated constant next to the type it
//! constrains (`Selection::SEATS`, `PricingParams::HORIZON`, …), and read by both the UI field
//! and the validator of links and files, so a limit exists in exactly one place.
use crate::i18n::k;
use crate::i18n::Message;
use rust_decimal::Decimal;
use std::str::FromStr;

/// A product's seats: one limit for the field, ramps, links and files (`Selection::SEATS`).
pub const SEATS: WholeSpec = WholeSpec::new(1, 100_000);

/// A whole number within `min..=max`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WholeSpec {
    pub min: u32,
    pub max: u32,
}

impl WholeSpec {
    pub const fn new(min: u32, max: u32) -> WholeSpec {
        WholeSpec { min, max }
    }

    pub fn parse(self, raw: &str) -> Result<u32, Message> {
        parse_whole(raw, self.min, self.max)
    }

    pub fn contains(self, v: u32) -> bool {
        (self.min..=self.max).contains(&v)
    }
}

/// A decimal amount or percentage within `min..=max` with at most `dp` decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecimalSpec {
    pub min: i64,
    pub max: i64,
    pub dp: u32,
}

impl DecimalSpec {
    pub const fn new(min: i64, max: i64, dp: u32) -> DecimalSpec {
        DecimalSpec { min, max, dp }
    }

    pub fn parse(self, raw: &str) -> Result<Decimal, Message> {
        parse_decimal(raw, self.dp, Decimal::from(self.min), Decimal::from(self.max))
    }

    pub fn contains(self, v: Decimal) -> bool {
        v >= Decimal::from(self.min) && v <= Decimal::from(self.max) && v.normalize().scale() <= self.dp
    }
}

/// One line of free text of at most `max_chars` characters, none of them refused
/// ([`is_refused_in_text`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextSpec {
    pub max_chars: usize,
}

impl TextSpec {
    pub const fn new(max_chars: usize) -> TextSpec {
        TextSpec { max_chars }
    }

    /// What a text field keeps of what was typed or pasted: refused characters dropped, cut at
    /// the limit.
    pub fn clean(self, raw: &str) -> String {
        raw.chars().filter(|c| !is_refused_in_text(*c)).take(self.max_chars).collect()
    }

    pub fn accepts(self, s: &str) -> bool {
        s.chars().count() <= self.max_chars && !s.chars().any(is_refused_in_text)
    }
}

/// A web address typed by the user: `https://` only (a request page users are sent to must not
/// be plain http or a script URL), a host, no white space, quotes, braces, angle brackets,
/// backslashes or backticks (so it can never break out of a message, a comment or a quoted
/// literal), at most `max_chars` characters. Empty means "none".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UrlSpec {
    pub max_chars: usize,
}

impl UrlSpec {
    pub const fn new(max_chars: usize) -> UrlSpec {
        UrlSpec { max_chars }
    }

    /// The address as stored (trimmed, scheme in lower case), or why it is refused.
    pub fn parse(self, raw: &str) -> Result<String, Message> {
        let s = raw.trim();
        if s.is_empty() {
            return Ok(String::new());
        }
        if s.chars().count() > self.max_chars {
            return Err(Message::new(&k::DOORS_ERR_TOO_LONG).count("max", self.max_chars));
        }
        let Some(rest) = s.get(..8).filter(|p| p.eq_ignore_ascii_case("https://")).map(|_| &s[8..]) else {
            return Err(Message::new(&k::DOORS_ERR_URL_HTTPS));
        };
        let bad = |c: char| {
            c.is_whitespace()
                || is_refused_in_text(c)
                || matches!(c, '"' | '\'' | '<' | '>' | '{' | '}' | '\\' | '`' | '^' | '|')
                || ('\u{2018}'..='\u{201f}').contains(&c)
        };
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host_ok = !host.is_empty()
            && host.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | ':'))
            && !host.starts_with(['.', '-', ':']);
        if rest.chars().any(bad) || !host_ok {
            return Err(Message::new(&k::DOORS_ERR_URL_INVALID));
        }
        Ok(format!("https://{rest}"))
    }

    /// Whether a stored value is exactly what [`UrlSpec::parse`] keeps.
    pub fn accepts(self, s: &str) -> bool {
        self.parse(s).is_ok_and(|v| v == s)
    }
}

/// Characters that never belong in one line of free text: control characters (CR, LF, NUL, NEL
/// …), the Unicode line and paragraph separators, and invisible format characters
/// (bidirectional overrides and isolates, zero-width characters, the byte order mark) that make
/// text read differently from what it is ("Trojan Source"). Names, labels and script comments
/// all use this one set.
pub fn is_refused_in_text(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') || is_invisible_format(c)
}

/// The invisible format characters of [`is_refused_in_text`].
pub fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{61c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// Strips spaces people paste (including no-break and thin spaces) and accepts thousands
/// grouping with `,` `.` or `'` only when every group after the first has exactly three digits;
/// "1.5" stays a fraction and is refused rather than guessed.
fn normalise_integer(raw: &str) -> Result<String, Message> {
    let s: String = raw.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '_')).collect();
    if s.is_empty() {
        return Err(Message::new(&k::ERR_NUMBER_EMPTY));
    }
    let body = s.strip_prefix('+').unwrap_or(&s);
    if body.starts_with('-') || body.starts_with('\u{2212}') {
        return Err(Message::new(&k::ERR_NUMBER_NEGATIVE));
    }
    if body.chars().all(|c| c.is_ascii_digit()) {
        return Ok(body.to_string());
    }
    if !body.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '\'')) {
        return Err(Message::new(&k::ERR_NUMBER_NOT_A_NUMBER));
    }
    // With both signs the last is the decimal one, as in money fields: "1.000,00" is a thousand.
    if body.contains(',') && body.contains('.') {
        let n = normalise_separators(body)?;
        let (int, frac) = n.split_once('.').unwrap_or((&n, ""));
        return if frac.chars().all(|c| c == '0') {
            Ok(int.to_string())
        } else {
            Err(Message::new(&k::ERR_NUMBER_FRACTION))
        };
    }
    let groups: Vec<&str> = body.split([',', '.', '\'']).collect();
    let grouped = groups.len() > 1
        && !groups[0].is_empty()
        && groups[0].len() <= 3
        && groups[1..].iter().all(|g| g.len() == 3)
        && body.chars().filter(|c| !c.is_ascii_digit()).collect::<std::collections::BTreeSet<_>>().len() == 1;
    // One group after a comma or point ("1,000", "1.000") reads as a thousand in one language
    // and as one in another: refused like the same figure in a money field, never guessed.
    // Several groups ("1,000,000") and apostrophes ("1'000") can only mean grouping.
    let sep = body.chars().find(|c| !c.is_ascii_digit());
    if grouped && groups.len() == 2 && matches!(sep, Some(',' | '.')) {
        return Err(Message::new(&k::ERR_NUMBER_AMBIGUOUS));
    }
    if grouped {
        return Ok(groups.concat());
    }
    // A decimal point followed only by zeros is still a whole number ("12.0").
    if let Some((int, frac)) = body.split_once(['.', ',']) {
        if !int.is_empty()
            && int.chars().all(|c| c.is_ascii_digit())
            && !frac.is_empty()
            && frac.chars().all(|c| c == '0')
        {
            return Ok(int.to_string());
        }
        if int.chars().all(|c| c.is_ascii_digit()) && frac.chars().all(|c| c.is_ascii_digit()) {
            return Err(Message::new(&k::ERR_NUMBER_FRACTION));
        }
    }
    Err(Message::new(&k::ERR_NUMBER_NOT_A_NUMBER))
}

/// Parses a whole number within `min..=max`.
pub fn parse_whole(raw: &str, min: u32, max: u32) -> Result<u32, Message> {
    let digits = normalise_integer(raw)?;
    let too_large = || Message::new(&k::ERR_NUMBER_TOO_LARGE).count("max", max);
    // Longer than any u32 means absurdly large, not "not a number".
    if digits.trim_start_matches('0').len() > 10 {
        return Err(too_large());
    }
    let n: u64 = digits.parse().map_err(|_| Message::new(&k::ERR_NUMBER_NOT_A_NUMBER))?;
    if n < min as u64 {
        return Err(Message::new(&k::ERR_NUMBER_TOO_SMALL).count("min", min));
    }
    if n > max as u64 {
        return Err(too_large());
    }
    Ok(n as u32)
}

pub fn parse_seats(raw: &str) -> Result<u32, Message> {
    SEATS.parse(raw)
}

/// The digits of `int` when `sep` stands only between groups of exactly three digits, with one
/// to three digits before the first ("1.234.567" with `.`).
fn ungroup(int: &str, sep: char) -> Option<String> {
    let mut groups = int.split(sep);
    let first = groups.next()?;
    let digits = |g: &str| g.chars().all(|c| c.is_ascii_digit());
    let ok = (1..=3).contains(&first.len()) && digits(first) && groups.clone().all(|g| g.len() == 3 && digits(g));
    ok.then(|| int.replace(sep, ""))
}

/// How thousands separators are read, in every language alike, because the text itself says
/// which sign is which whenever a separator can be told from a decimal sign:
/// - with both `,` and `.` ("1.234,56" in German and Dutch, "1,234.56" in English), the last
///   one is the decimal sign and the other the thousands separator;
/// - one sign used more than once ("1.234.567") is a thousands separator;
/// - one sign used once is the decimal sign ("14,70", "14.70"), except before exactly three
///   digits ("1.234"), which is a thousand in one language and one in another: refused as
///   ambiguous, never guessed (the message shows how to write it).
///
/// Thousands separators go only between groups of three digits. Returns the number with `.`
/// as its only separator, or why not.
fn normalise_separators(body: &str) -> Result<String, Message> {
    let grouping = || Message::new(&k::ERR_NUMBER_GROUPING);
    let last = body.char_indices().rev().find(|(_, c)| matches!(c, ',' | '.'));
    let Some((at, decimal)) = last else { return Ok(body.to_string()) };
    let group = if decimal == ',' { '.' } else { ',' };
    let (int, frac) = (&body[..at], &body[at + 1..]);
    if int.contains(group) {
        if int.contains(decimal) {
            return Err(grouping());
        }
        return Ok(format!("{}.{frac}", ungroup(int, group).ok_or_else(grouping)?));
    }
    if int.contains(decimal) {
        return ungroup(body, decimal).ok_or_else(grouping);
    }
    if frac.len() == 3 && frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(Message::new(&k::ERR_NUMBER_AMBIGUOUS));
    }
    Ok(format!("{int}.{frac}"))
}

/// Parses an amount of money or a percentage with at most `max_dp` decimals: `.` or `,` as
/// the decimal sign, thousands separators as [`normalise_separators`] reads them ("1.234,56"
/// and "1,234.56" are the same amount; "1,000" alone is refused as ambiguous: guessing wrong
/// would silently change a figure a thousandfold).
pub fn parse_decimal(raw: &str, max_dp: u32, min: Decimal, max: Decimal) -> Result<Decimal, Message> {
    let s: String = raw.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    if s.is_empty() {
        return Err(Message::new(&k::ERR_NUMBER_EMPTY));
    }
    let s = s.replace('\u{2212}', "-");
    let sign_len = s.len() - s.trim_start_matches(['-', '+']).len();
    let (sign, body) = s.split_at(sign_len);
    if sign.len() > 1 || !body.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(Message::new(&k::ERR_NUMBER_NOT_A_NUMBER));
    }
    let s = format!("{sign}{}", normalise_separators(body)?);
    let value = Decimal::from_str(&s).map_err(|_| Message::new(&k::ERR_NUMBER_NOT_A_NUMBER))?;
    if value.scale() > max_dp && value.normalize().scale() > max_dp {
        return Err(Message::new(&k::ERR_NUMBER_TOO_MANY_DECIMALS).arg("dp", max_dp));
    }
    if value < min {
        return Err(if value.is_sign_negative() && min >= Decimal::ZERO {
            Message::new(&k::ERR_NUMBER_NEGATIVE)
        } else {
            Message::new(&k::ERR_NUMBER_TOO_SMALL).number("min", min)
        });
    }
    if value > max {
        return Err(Message::new(&k::ERR_NUMBER_TOO_LARGE).number("max", max));
    }
    Ok(value.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn key(r: Result<u32, Message>) -> crate::i18n::Key {
        r.unwrap_err().key
    }

    #[test]
    fn seats_accept_plain_and_grouped_numbers() {
        assert_eq!(parse_seats("50"), Ok(50));
        assert_eq!(parse_seats(" 1 000 "), Ok(1000));
        assert_eq!(parse_seats("1'000"), Ok(1000));
        assert_eq!(parse_whole("1,000,000", 1, 2_000_000), Ok(1_000_000));
        assert_eq!(parse_whole("1.000.000", 1, 2_000_000), Ok(1_000_000));
        // A thousand, or one? The same rule as in money fields: asked, not guessed.
        assert_eq!(key(parse_seats("1,000")), &k::ERR_NUMBER_AMBIGUOUS);
        assert_eq!(key(parse_seats("1.000")), &k::ERR_NUMBER_AMBIGUOUS);
        assert_eq!(parse_seats("100000"), Ok(100_000));
        assert_eq!(parse_seats("12.0"), Ok(12));
        assert_eq!(parse_seats("+7"), Ok(7));
    }

    #[test]
    fn seats_refuse_bad_input_with_a_reason() {
        assert_eq!(key(parse_seats("")), &k::ERR_NUMBER_EMPTY);
        assert_eq!(key(parse_seats("   ")), &k::ERR_NUMBER_EMPTY);
        assert_eq!(key(parse_seats("-5")), &k::ERR_NUMBER_NEGATIVE);
        assert_eq!(key(parse_seats("2.5")), &k::ERR_NUMBER_FRACTION);
        assert_eq!(key(parse_seats("1,5")), &k::ERR_NUMBER_FRACTION);
        assert_eq!(key(parse_seats("ten")), &k::ERR_NUMBER_NOT_A_NUMBER);
        assert_eq!(key(parse_seats("1e3")), &k::ERR_NUMBER_NOT_A_NUMBER);
        assert_eq!(key(parse_seats("0")), &k::ERR_NUMBER_TOO_SMALL);
        assert_eq!(key(parse_seats("100001")), &k::ERR_NUMBER_TOO_LARGE);
        assert_eq!(key(parse_seats("99999999999999999999999999")), &k::ERR_NUMBER_TOO_LARGE);
        assert_eq!(key(parse_seats("1,00,000")), &k::ERR_NUMBER_NOT_A_NUMBER);
    }

    #[test]
    fn urls_are_https_with_a_host_and_nothing_that_breaks_out() {
        let spec = UrlSpec::new(40);
        assert_eq!(spec.parse("  "), Ok(String::new()));
        assert_eq!(spec.parse(" HTTPS://intranet.example/it?x=1#a "), Ok("https://intranet.example/it?x=1#a".into()));
        assert_eq!(spec.parse("https://xn--bcher-kva.example:8443/"), Ok("https://xn--bcher-kva.example:8443/".into()));
        for (raw, key) in [
            ("http://intranet.example", &k::DOORS_ERR_URL_HTTPS),
            ("javascript:alert(1)", &k::DOORS_ERR_URL_HTTPS),
            ("intranet.example", &k::DOORS_ERR_URL_HTTPS),
            ("https://", &k::DOORS_ERR_URL_INVALID),
            ("https:///path", &k::DOORS_ERR_URL_INVALID),
            ("https://user@evil.example", &k::DOORS_ERR_URL_INVALID),
            ("https://a.example/x y", &k::DOORS_ERR_URL_INVALID),
            ("https://a.example/'$(x)'", &k::DOORS_ERR_URL_INVALID),
            ("https://a.example/\"", &k::DOORS_ERR_URL_INVALID),
            ("https://a.example/{url}", &k::DOORS_ERR_URL_INVALID),
            ("https://a.example/\u{202e}", &k::DOORS_ERR_URL_INVALID),
            ("https://a.example/\u{2019}", &k::DOORS_ERR_URL_INVALID),
            ("https://a.example/`x`", &k::DOORS_ERR_URL_INVALID),
            ("https://a.example/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &k::DOORS_ERR_TOO_LONG),
            ("https\u{e9}://a", &k::DOORS_ERR_URL_HTTPS),
        ] {
            assert_eq!(spec.parse(raw).unwrap_err().key, key, "{raw}");
        }
        assert!(spec.accepts("") && spec.accepts("https://a.example"));
        assert!(!spec.accepts("HTTPS://a.example") && !spec.accepts(" https://a.example"));
    }

    #[test]
    fn decimals() {
        assert_eq!(parse_decimal("14,70", 2, dec!(0), dec!(10000)), Ok(dec!(14.70)));
        assert_eq!(parse_decimal("14.7", 2, dec!(0), dec!(10000)), Ok(dec!(14.7)));
        assert_eq!(parse_decimal("-3", 2, dec!(-100), dec!(100)), Ok(dec!(-3)));
        assert_eq!(parse_decimal("-3", 2, dec!(0), dec!(100)).unwrap_err().key, &k::ERR_NUMBER_NEGATIVE);
        assert_eq!(parse_decimal("1.2345", 2, dec!(0), dec!(100)).unwrap_err().key, &k::ERR_NUMBER_TOO_MANY_DECIMALS);
        assert_eq!(parse_decimal("1.2.3", 2, dec!(0), dec!(100)).unwrap_err().key, &k::ERR_NUMBER_GROUPING);
        assert_eq!(parse_decimal("101", 2, dec!(0), dec!(100)).unwrap_err().key, &k::ERR_NUMBER_TOO_LARGE);
        // "1,000" is a thousand in English and one in German: refused, never guessed.
        for ambiguous in ["1,000", "1.000", "2,500", "0.125"] {
            assert_eq!(
                parse_decimal(ambiguous, 4, dec!(0), dec!(100000)).unwrap_err().key,
                &k::ERR_NUMBER_AMBIGUOUS,
                "{ambiguous}"
            );
        }
        assert_eq!(parse_decimal("1000", 2, dec!(0), dec!(100000)), Ok(dec!(1000)));
        assert_eq!(parse_decimal("12,5", 2, dec!(0), dec!(100)), Ok(dec!(12.5)));
        assert_eq!(parse_decimal("10.8333", 4, dec!(0), dec!(100)), Ok(dec!(10.8333)));
    }

    /// Issue 21: "1.234,56" typed in German or Dutch, and "1,234.56" in English, are the same
    /// amount; the sign that comes last is the decimal one. A lone "1.234" stays ambiguous.
    #[test]
    fn thousands_separators_are_read_where_the_text_leaves_no_doubt() {
        let price = |raw: &str| parse_decimal(raw, 4, dec!(0), dec!(100000));
        for (raw, want) in [
            ("1.234,56", dec!(1234.56)),
            ("1,234.56", dec!(1234.56)),
            ("1.234,5", dec!(1234.5)),
            ("12.345,6789", dec!(12345.6789)),
            ("99.999,00", dec!(99999)),
            ("1\u{a0}234,56", dec!(1234.56)),
            ("12.345.678", dec!(12345678)),
            ("12,345,678", dec!(12345678)),
            ("1.234.567,8", dec!(1234567.8)),
        ] {
            let max = if want > dec!(100000) { dec!(100000000) } else { dec!(100000) };
            assert_eq!(parse_decimal(raw, 4, dec!(0), max), Ok(want), "{raw}");
        }
        assert_eq!(parse_decimal("-1.234,56", 2, dec!(-5000), dec!(5000)), Ok(dec!(-1234.56)));
        assert_eq!(parse_decimal("\u{2212}1,234.56", 2, dec!(-5000), dec!(5000)), Ok(dec!(-1234.56)));
        // Separators between groups of three only, and one decimal sign after them.
        for bad in ["12.34,56", "1.2345,6", "1234.567,8", ".234,56", "1.234,56.7", "1,234.56,7", "1..234,5", "1.234.56"]
        {
            assert_eq!(price(bad).unwrap_err().key, &k::ERR_NUMBER_GROUPING, "{bad}");
        }
        for ambiguous in ["1.234", "1,234"] {
            assert_eq!(price(ambiguous).unwrap_err().key, &k::ERR_NUMBER_AMBIGUOUS, "{ambiguous}");
        }
        assert_eq!(price("1.234,56789").unwrap_err().key, &k::ERR_NUMBER_TOO_MANY_DECIMALS);
        assert_eq!(price("1-234,5").unwrap_err().key, &k::ERR_NUMBER_NOT_A_NUMBER);
        assert_eq!(price("--5").unwrap_err().key, &k::ERR_NUMBER_NOT_A_NUMBER);
        // The same reading in whole-number fields: a thousand seats, or a fraction refused.
        assert_eq!(parse_whole("1.000,00", 1, 100_000), Ok(1000));
        assert_eq!(parse_whole("1,000.00", 1, 100_000), Ok(1000));
        assert_eq!(key(parse_whole("1.000,50", 1, 100_000)), &k::ERR_NUMBER_FRACTION);
    }
}
