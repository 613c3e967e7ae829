//! Entry point: install the panic hook first so a bug shows a readable message, then mount the app.
fn main() {
    ssp_advisor::ui::panic_hook::install();
    yew::Renderer::<ssp_advisor::ui::App>::new().render();
}
