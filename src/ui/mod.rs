//! Yew function components, one per file, and the single reducer (`state`) they share.
//! Components receive plain data and callbacks; all computing happens in `crate::domain`.
pub mod app;
pub mod browser;
pub mod catalog_tools;
pub mod checklist;
pub mod comparison;
pub mod cost_chart;
pub mod doors_panel;
pub mod embed;
pub mod entry;
#[cfg(feature = "full")]
pub mod fidelity_table;
#[cfg(feature = "full")]
pub mod fleet_exports;
#[cfg(feature = "full")]
pub mod fleet_matrix;
#[cfg(feature = "full")]
pub mod fleet_panel;
#[cfg(feature = "full")]
pub mod fleet_tenants;
#[cfg(feature = "full")]
pub mod fleet_tiers;
pub mod hooks;
pub mod lang_switch;
pub mod number_field;
pub mod offer_types;
pub mod panic_hook;
pub mod persist;
pub mod policy_choice;
pub mod pricing_controls;
pub mod problem_list;
pub mod product_cost;
pub mod product_picker;
pub mod question_card;
pub mod ramp_chart;
pub mod ramp_editor;
pub mod recommendation_view;
pub mod report_view;
pub mod scenario_bar;
pub mod script_panel;
pub mod script_view;
pub mod seat_input;
pub mod selection_table;
pub mod share_panel;
pub mod state;
pub mod step_nav;
pub mod summary_panel;
pub mod tenant_import;
pub mod upgrade;
pub mod versus_view;
pub mod walk_through;
pub mod workshop;

pub use app::App;

use crate::i18n::Lang;
use yew::prelude::*;

/// A shared value compared by identity: views get the results derived once per change
/// (`domain::derived`) without comparing them field by field on every render.
#[derive(Clone, Debug)]
pub struct Shared<T>(pub std::rc::Rc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The current language, provided once at the top so every component can translate.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Short label of a plan ("Self-service, annual"), used in tables, legends and sentences.
pub fn plan_label(lang: Lang, plan: crate::domain::pricing::Plan) -> String {
    crate::i18n::t(lang, plan.label_key())
}

/// A total on screen: its figure ("no figure" without one), then what it leaves out in a span of
/// its own (issue 21), so a cell or a list can set the two apart.
pub fn total_html(lang: Lang, currency: crate::domain::money::Currency, total: &crate::domain::compare::Total) -> Html {
    let figure = total
        .sum
        .map(|x| crate::domain::money::format_money(x, currency, lang.locale()))
        .unwrap_or_else(|| crate::i18n::t(lang, &crate::i18n::k::COMPARE_NO_FIGURE));
    html! {
        <>{ figure }
        if let Some(g) = crate::domain::report::gaps_text(lang, total) { <span class="incomplete">{ format!(" ({g})") }</span> }</>
    }
}
