//! One thing wrong with outside input (a link, a scenario file, an imported catalogue): where it
//! is, as a path into what was read (`selections[2].seats`, `products[3] (CFQ7TTC0HD33).name`,
//! empty for the whole input), and what is wrong, as a translatable [`Message`]. Every reader
//! of outside input reports with this one type, and the UI lists them with one component.
use crate::i18n::Message;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: Message,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: Message) -> Problem {
        Problem { path: path.into(), message }
    }

    /// A problem with the input as a whole.
    pub fn whole(message: Message) -> Problem {
        Problem::new("", message)
    }

    /// The same problem one level further out (`scenario` + `selections[0]`).
    pub fn under(self, prefix: &str) -> Problem {
        Problem { path: join(prefix, &self.path), message: self.message }
    }
}

/// `a.b`, or whichever of the two is not empty.
pub fn join(path: &str, key: &str) -> String {
    match (path.is_empty(), key.is_empty()) {
        (true, _) => key.to_string(),
        (_, true) => path.to_string(),
        _ => format!("{path}.{key}"),
    }
}

/// What went wrong reading a JSON value, in plain words instead of the parser's internals
/// ("expected a Decimal type…", "WrongLength(5)", "EOF while parsing…"): a missing field, a
/// value that is not one of the allowed ones, a number, a date or a ProductId that cannot be
/// read, or broken JSON with its line and column.
pub fn plain_json_error(e: &serde_json::Error) -> Message {
    use crate::i18n::k;
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => {
            return Message::new(&k::ERR_JSON_ENDS_EARLY).count("line", e.line()).count("column", e.column());
        }
        Category::Syntax | Category::Io => {
            return Message::new(&k::ERR_JSON_SYNTAX).count("line", e.line()).count("column", e.column());
        }
        Category::Data => {}
    }
    let text = e.to_string();
    let between = |start: &str, end: char| {
        text.split_once(start).and_then(|(_, rest)| rest.split_once(end)).map(|(v, _)| v.to_string())
    };
    if let Some(field) = between("missing field `", '`') {
        Message::new(&k::ERR_JSON_MISSING_FIELD).arg("field", field)
    } else if let Some(value) = between("unknown variant `", '`') {
        let allowed =
            text.split_once("expected ").map(|(_, a)| a.split(" at line").next().unwrap_or(a).replace('`', ""));
        Message::new(&k::ERR_JSON_UNKNOWN_VALUE).arg("value", value).arg("allowed", allowed.unwrap_or_default())
    } else if let Some(field) = between("unknown field `", '`') {
        Message::new(&k::SHARE_ERR_UNKNOWN_FIELD).arg("name", field)
    } else if text.contains("invalid ProductId") {
        Message::new(&k::ERR_JSON_PRODUCT_ID)
    } else if text.contains("Decimal") || text.contains("expected a number") {
        Message::new(&k::ERR_JSON_NUMBER)
    } else if text.contains("YYYY-MM-DD") || text.contains("date") {
        Message::new(&k::ERR_JSON_DATE)
    } else {
        Message::new(&k::SHARE_ERR_INVALID_VALUE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{k, msg, Lang};

    fn plain(json: &str) -> Message {
        let e = serde_json::from_str::<crate::domain::catalog::Product>(json).unwrap_err();
        plain_json_error(&e)
    }

    #[test]
    fn parser_internals_become_plain_words() {
        assert_eq!(plain(r#"{"id": "CFQ7TTC0H9MP""#).key, &k::ERR_JSON_ENDS_EARLY);
        assert_eq!(plain(r#"{"id" "CFQ7TTC0H9MP"}"#).key, &k::ERR_JSON_SYNTAX);
        let m = plain(r#"{"id": "CFQ7TTC0H9MP", "family": "x", "trial": "no_card", "status": {"kind": "active"}}"#);
        assert_eq!((m.key, m.text_of("field").as_deref()), (&k::ERR_JSON_MISSING_FIELD, Some("name")));
        let m = plain(
            r#"{"id": "CFQ7TTC0H9MP", "name": "x", "family": "x", "trial": "maybe", "status": {"kind": "active"}}"#,
        );
        assert_eq!((m.key, m.text_of("value").as_deref()), (&k::ERR_JSON_UNKNOWN_VALUE, Some("maybe")));
        assert!(m.text_of("allowed").unwrap().contains("no_card"));
        assert_eq!(
            plain(r#"{"id": "CFQ7T", "name": "x", "family": "x", "trial": "no_card", "status": {"kind": "active"}}"#)
                .key,
            &k::ERR_JSON_PRODUCT_ID
        );
        let price = r#"{"id": "CFQ7TTC0H9MP", "name": "x", "family": "x", "trial": "no_card", "status": {"kind": "active"},
            "prices": [{"currency": "USD", "term": "annual", "amount": "fourteen", "source": "s", "as_of": "2026"}]}"#;
        assert_eq!(plain(price).key, &k::ERR_JSON_NUMBER);
        for lang in Lang::ALL {
            let text = msg(lang, &plain(price));
            assert!(!text.contains("Decimal") && !text.contains('{'), "{text}");
        }
    }
}
