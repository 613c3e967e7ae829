//! Quoting of free text (product names, tenant label, reopen link) for the generated scripts.
//!
//! Free text reaches a script in exactly two shapes: a single-line `#` comment ([`comment_text`]) or a
//! single-quoted string literal ([`ps_single_quoted`], [`sh_single_quoted`]) of text that went through
//! [`comment_text`] first. Double-quoted strings, here-strings and `<# #>` block comments never hold free text.

/// Makes free text safe inside a single-line `#` comment (PowerShell and bash): control characters (which include
/// CR, LF, NEL U+0085 and NUL), the Unicode line and paragraph separators U+2028/U+2029 and invisible format
/// characters become spaces, and runs of white space collapse to one, so the text can never end the line and
/// start a new statement.
pub fn comment_text(raw: &str) -> String {
    let cleaned: String =
        raw.chars().map(|c| if crate::domain::input::is_refused_in_text(c) { ' ' } else { c }).collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A single-quoted PowerShell string literal: `'` (and its typographic twins U+2018, U+2019, U+201A and U+201B,
/// which PowerShell also treats as single quotes) are doubled, so the text can never end the string. Nothing else
/// is special inside a single-quoted PowerShell string (`$`, backtick and `"` are literal).
pub fn ps_single_quoted(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 2);
    out.push('\'');
    for c in raw.chars() {
        if matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}') {
            out.push(c);
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// A single-quoted bash word: every `'` becomes `'\''` (close, escaped quote, reopen). Nothing else is special
/// inside bash single quotes.
pub fn sh_single_quoted(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 2);
    out.push('\'');
    for c in raw.chars() {
        if c == '\'' {
            out.push_str("'\\''");
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    out
}
