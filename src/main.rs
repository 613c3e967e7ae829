//! Entry point: install the panic hook first so a bug shows a readable message, then mount the
//! app. The page may carry the first view prerendered at build time (`#prerender`, inert): the
//! live app mounts beside it, hidden, and on its first render removes it and shows itself in one
//! step (`ui::app`), so the page never shows both, neither, or anything moving.
fn main() {
    ssp_advisor::ui::panic_hook::install();
    let doc = gloo::utils::document();
    let (Some(root), Some(body)) = (doc.create_element("div").ok(), doc.body()) else {
        yew::Renderer::<ssp_advisor::ui::App>::new().render();
        return;
    };
    root.set_id("app-root");
    let prerendered = doc.get_element_by_id("prerender");
    let _ = body.insert_before(&root, prerendered.as_ref().map(|e| e.as_ref()));
    if prerendered.is_none() {
        yew::Renderer::<ssp_advisor::ui::App>::with_root(root).render();
        return;
    }
    let _ = root.set_attribute("hidden", "");
    // Mount after the prerendered view has been painted once (the frame after the next), never
    // in the same frame: where the wasm arrives as fast as the page (a cache, a local file), the
    // view on screen would otherwise be work thrown away. It costs at most a frame.
    let frame = gloo::render::request_animation_frame(move |_| {
        gloo::timers::callback::Timeout::new(0, move || {
            yew::Renderer::<ssp_advisor::ui::App>::with_root(root).render();
        })
        .forget();
    });
    // Dropping the handle would cancel the frame; it runs once and is never cancelled.
    std::mem::forget(frame);
}
