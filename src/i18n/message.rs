//! A translatable message: a typed key into the translation table plus named, typed arguments.
//! Domain code returns these instead of English text so that every visible sentence goes
//! through the table; the argument's type (count, money, number, text) decides how it is shown in
//! the reader's language, and a count picks the plural form.
use crate::i18n::Key;
use rust_decimal::Decimal;
use serde::Serialize;

/// A message argument, formatted by `i18n` for the reader's locale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Arg {
    /// Shown as given (names, ProductIds, codes, dates).
    Text(String),
    /// A whole number with digit grouping; the first count in a message picks its plural form.
    Count(u64),
    /// An amount of money in the scenario's currency.
    Money(Decimal),
    /// A plain decimal figure (a percentage, a threshold of seats).
    Number(Decimal),
    /// A day, written as the reader's language writes dates in sentences.
    Date(crate::domain::date::Date),
    /// A word from the translation table, shown in the reader's language (e.g. a term's name).
    Word(Key),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Message {
    pub key: Key,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(key: Key) -> Self {
        Message { key, args: Vec::new() }
    }

    /// A text argument.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// A count: grouped digits, and the plural form of the message follows it.
    pub fn count(mut self, name: &'static str, n: impl TryInto<u64>) -> Self {
        self.args.push((name, Arg::Count(n.try_into().unwrap_or(u64::MAX))));
        self
    }

    pub fn money(mut self, name: &'static str, amount: Decimal) -> Self {
        self.args.push((name, Arg::Money(amount)));
        self
    }

    pub fn number(mut self, name: &'static str, value: Decimal) -> Self {
        self.args.push((name, Arg::Number(value)));
        self
    }

    pub fn with(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    /// The text of an argument as given (for tests and logs).
    pub fn text_of(&self, name: &str) -> Option<String> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| match a {
            Arg::Text(s) => s.clone(),
            Arg::Count(n) => n.to_string(),
            Arg::Money(d) | Arg::Number(d) => d.to_string(),
            Arg::Date(d) => d.to_string(),
            Arg::Word(k) => k.id.to_string(),
        })
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
