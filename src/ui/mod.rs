//! Yew function components, one per file, and the single reducer (`state`) they share.
//! Components receive plain data and callbacks; all computing happens in `crate::domain`.
pub mod app;
pub mod browser;
pub mod catalog_tools;
pub mod comparison;
pub mod cost_chart;
pub mod embed;
pub mod lang_switch;
pub mod number_field;
pub mod panic_hook;
pub mod persist;
pub mod policy_choice;
pub mod pricing_controls;
pub mod product_picker;
pub mod question_card;
pub mod recommendation_view;
pub mod script_panel;
pub mod script_view;
pub mod seat_input;
pub mod selection_table;
pub mod share_panel;
pub mod state;
pub mod step_nav;
pub mod summary_panel;
pub mod walk_through;

pub use app::App;

use crate::i18n::Lang;
use yew::prelude::*;

/// The current language, provided once at the top so every component can translate.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Short label of a plan ("Self-service, annual"), used in tables, legends and sentences.
pub fn plan_label(lang: Lang, plan: crate::domain::pricing::Plan) -> String {
    crate::i18n::t(lang, plan.label_key())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_plan_has_a_label() {
        for plan in crate::domain::pricing::Plan::ALL {
        }
    }
}
