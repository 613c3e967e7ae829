//! A translatable message: a key into the translation table plus named arguments. Domain code
//! returns these instead of English text so that every visible sentence goes through `i18n`.
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub key: String,
    pub args: Vec<(String, String)>,
}

impl Message {
    pub fn new(key: &str) -> Self {
        Message { key: key.to_string(), args: Vec::new() }
    }

    pub fn arg(mut self, name: &str, value: impl ToString) -> Self {
        self.args.push((name.to_string(), value.to_string()));
        self
    }
}
