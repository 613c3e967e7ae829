//! One thing wrong with outside input (a link, a scenario file, an imported catalogue): where it
//! is, as a path into what was read (`selections[2].seats`, `products[3] (CFQ7TTC0HD33).name`,
//! empty for the whole input), and what is wrong, as a translatable [`Message`]. Every reader
//! of outside input reports with this one type, and the UI lists them with one component.
use crate::domain::message::Message;

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
