//! Where messages used to live: a [`Message`] (a translation key with typed arguments) is the
//! translation table's own type now (`crate::i18n`), so the domain depends on it one way.
pub use crate::i18n::{Arg, Message};
