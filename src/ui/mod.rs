//! Yew function components, one per file, and the single reducer (`state`) they share.
//! Components receive plain data and callbacks; all computing happens in `crate::domain`.
pub mod app;
pub mod cost_table;
pub mod lang_switch;
pub mod panic_hook;
pub mod policy_choice;
pub mod product_picker;
pub mod script_view;
pub mod seat_input;
pub mod selection_table;
pub mod state;

pub use app::App;

use crate::i18n::Lang;
use yew::prelude::*;

/// The current language, provided once at the top so every component can translate.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
