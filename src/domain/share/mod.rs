//! Projections of a [`Scenario`] that leave the page and come back: the URL hash (a shareable
//! link, [`link`]) and the saved-session / scenario file ([`file`]). Both come back through one
//! door, [`validate()`], so a scenario read from a link or a file is either wholly valid or
//! refused with every problem listed; nothing is ever half-applied. Problems are
//! [`Problem`]s with a path and a translatable message, never English.
//!
//! Both formats are versioned and keep opening forever: links made by the first release
//! (`v1.`) are read by a frozen reader; links are written as `v2.`, whose fields are keyed by
//! stable tags (`domain::tag`), so that a question or option added later needs no new format
//! and is skipped with a notice by an older build.
mod file;
mod link;
mod validate;

#[cfg(test)]
mod tests;

pub use crate::domain::problem::Problem;
pub use file::{from_file, read_file, to_file, SavedFile, FILE_FORMAT, FILE_VERSION, MAX_FILE_BYTES, SESSION_NAME};
pub use link::{decode_hash, decode_link, decode_payload, encode_hash, HASH_PREFIX, MAX_HASH_CHARS};
pub use validate::validate;

use crate::domain::scenario::Scenario;

/// The scenario schema version this build reads and writes (`Scenario::version`).
pub const SCENARIO_VERSION: u32 = 1;

/// A link opened: the validated scenario and what was skipped because a newer version wrote it
/// (unknown questions, options or settings), for the notice shown when it opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub scenario: Scenario,
    pub notices: Vec<Problem>,
}
