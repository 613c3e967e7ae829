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
pub use file::{
    from_file, read_file, to_file, to_file_all, to_file_with_fleet, to_shared_file, SavedFile, FILE_FORMAT,
    FILE_VERSION, MAX_FILE_BYTES, SESSION_NAME,
};
pub use link::{
    decode_hash, decode_link, decode_payload, encode_all, encode_hash, encode_link, HASH_PREFIX, MAX_HASH_CHARS,
};
pub use validate::validate;

use crate::domain::catalog::{Catalog, Product};
use crate::domain::custom::{with_custom, SharedCustom};
use crate::domain::scenario::Scenario;
use crate::domain::shelf::{Shelf, ShelfError, MAX_SCENARIOS};
use crate::i18n::k;
use crate::i18n::Message;

/// The scenario schema version this build reads and writes (`Scenario::version`).
pub const SCENARIO_VERSION: u32 = 1;

/// A link or file opened: the validated scenario, the custom products it brought that this
/// catalogue lacks (to be added with it), and notices about what was left out: what a newer
/// version wrote that this one does not know, and products this catalogue does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub scenario: Scenario,
    /// The other scenarios it carried (issue 24), each validated like `scenario`.
    pub shelf: Shelf,
    pub notices: Vec<Problem>,
    pub custom: Vec<Product>,
}

/// [`open`] for the active scenario and every scenario on `shelf`: each is opened the same
/// way, the shelf's shape is checked, and the money basis is made one (the active's), so a
/// link or file with several scenarios opens whole or not at all.
/// `at(i)` is the path of `shelf.others[i]` in the reader's own terms.
fn open_all(
    scenario: Scenario,
    mut shelf: Shelf,
    notices: Vec<Problem>,
    shared: &[SharedCustom],
    catalog: &Catalog,
    at: impl Fn(&Shelf, usize) -> String,
) -> Result<Opened, Vec<Problem>> {
    let mut problems = Vec::new();
    if let Err(e) = shelf.check() {
        problems.push(shelf_problem(e));
    }
    let opened = open(scenario, notices, shared, catalog);
    let known = with_custom(catalog, opened.as_ref().map(|o| o.custom.as_slice()).unwrap_or_default());
    let mut others = Vec::with_capacity(shelf.others.len());
    let mut more_notices = Vec::new();
    for (i, parked) in std::mem::take(&mut shelf.others).into_iter().enumerate() {
        let at = at(&shelf, i);
        match open(parked.scenario, Vec::new(), &[], &known) {
            Ok(o) => {
                more_notices.extend(o.notices.into_iter().map(|p| p.under(&at)));
                others.push(crate::domain::shelf::Parked { name: parked.name, scenario: o.scenario });
            }
            Err(ps) => problems.extend(ps.into_iter().map(|p| p.under(&at))),
        }
    }
    match opened {
        Ok(mut o) if problems.is_empty() => {
            shelf.others = others;
            shelf.share_money_basis(&o.scenario);
            o.notices.extend(more_notices);
            o.shelf = shelf;
            Ok(o)
        }
        Ok(_) => Err(problems),
        Err(mut ps) => {
            ps.extend(problems);
            Err(ps)
        }
    }
}

fn shelf_problem(e: ShelfError) -> Problem {
    match e {
        ShelfError::TooMany { count } => Problem::new(
            "shelf",
            Message::new(&k::SHARE_ERR_TOO_MANY_SCENARIOS).arg("count", count).arg("max", MAX_SCENARIOS),
        ),
        ShelfError::Position { .. } => Problem::new("shelf.position", Message::new(&k::SHARE_ERR_INVALID_VALUE)),
        // Index 0 is the active scenario's name, the others follow in order.
        ShelfError::Name { index: 0 } => Problem::new("shelf.name", Message::new(&k::SHARE_ERR_INVALID_VALUE)),
        ShelfError::Name { index } => {
            Problem::new(format!("shelf.others[{}].name", index - 1), Message::new(&k::SHARE_ERR_INVALID_VALUE))
        }
    }
}

/// The last step of every reader: adds the custom products the input carries (validated like
/// the form), leaves out products this catalogue still does not know (with a notice each, so a
/// colleague's scenario opens with everything else), then validates the rest as a whole.
fn open(
    mut scenario: Scenario,
    mut notices: Vec<Problem>,
    shared: &[SharedCustom],
    catalog: &Catalog,
) -> Result<Opened, Vec<Problem>> {
    let mut custom: Vec<Product> = Vec::new();
    for (i, c) in shared.iter().enumerate() {
        let known = with_custom(catalog, &custom);
        match c.to_product(&known) {
            Ok(Some(p)) => custom.push(p),
            Ok(None) => {}
            Err(messages) => {
                notices.extend(messages.into_iter().map(|m| Problem::new(format!("custom_products[{i}]"), m)))
            }
        }
    }
    let catalog = with_custom(catalog, &custom);
    scenario.canonicalize(&catalog);
    for id in scenario.drop_unknown_products(&catalog) {
        notices.push(Problem::new("selections", Message::new(&k::SHARE_NOTICE_PRODUCT_MISSING).arg("id", id)));
    }
    let mut problems = validate(&scenario, &catalog);
    if problems.is_empty() {
        Ok(Opened { scenario, shelf: Shelf::default(), notices, custom })
    } else {
        // Refused as a whole: what would have been left out is listed with the problems.
        problems.extend(notices);
        Err(problems)
    }
}
