//! Entry point: install the panic hook first so a bug shows a readable message, then mount the
//! app. The page may carry the first view prerendered at build time (`#prerender`, inert). It is
//! removed in the same task that mounts the live app: Yew renders the first view in that task's
//! microtask, before the browser can paint or run another task, so no frame shows both or
//! neither, nothing moves, and no script sees two copies.
fn main() {
    ssp_advisor::ui::panic_hook::install();
    let doc = gloo::utils::document();
    let (Some(root), Some(body)) = (doc.create_element("div").ok(), doc.body()) else {
        yew::Renderer::<ssp_advisor::ui::App>::new().render();
        return;
    };
    root.set_id("app-root");
    let Some(prerendered) = doc.get_element_by_id("prerender") else {
        let _ = body.append_child(&root);
        yew::Renderer::<ssp_advisor::ui::App>::with_root(root).render();
        return;
    };
    let _ = body.insert_before(&root, Some(&prerendered));
    // Mount after the prerendered view has been painted once (the frame after the next): where
    // the wasm arrives as fast as the page (a cache, a local file) the view on screen would
    // otherwise be work thrown away. It costs at most a frame.
    let frame = gloo::render::request_animation_frame(move |_| {
        gloo::timers::callback::Timeout::new(0, move || {
            prerendered.remove();
            yew::Renderer::<ssp_advisor::ui::App>::with_root(root).render();
        })
        .forget();
    });
    // Dropping the handle would cancel the frame; it runs once and is never cancelled.
    std::mem::forget(frame);
}
