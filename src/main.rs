//! The page's entry point: the first view (see `ui::entry` and `ui::upgrade`).
fn main() {
    ssp_advisor::ui::entry::first_view();
}
