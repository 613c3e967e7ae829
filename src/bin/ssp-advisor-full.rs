//! The whole tool's entry point, started by the page's loader or by the first view's hand-over
//! (see `ui::entry` and `ui::upgrade`).
fn main() {
    ssp_advisor::ui::entry::whole_tool();
}
