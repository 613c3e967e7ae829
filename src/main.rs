//! Entry point: install the panic hook first so a bug shows a readable message, then mount the
//! app. The page may carry the first view prerendered at build time (`#prerender`, inert): the
//! live app mounts beside it and removes it on its first render (`ui::app`), so the page never
//! shows an empty frame in between.
fn main() {
    ssp_advisor::ui::panic_hook::install();
    let doc = gloo::utils::document();
    let root = doc.create_element("div").ok();
    match (root, doc.body()) {
        (Some(root), Some(body)) => {
            root.set_id("app-root");
            // Hidden until the live app has rendered and the prerendered view is gone (one
            // step in `ui::app`), so no frame shows both and nothing on screen moves.
            if doc.get_element_by_id("prerender").is_some() {
                let _ = root.set_attribute("hidden", "");
            }
            let _ = body.insert_before(&root, doc.get_element_by_id("prerender").as_ref().map(|e| e.as_ref()));
            yew::Renderer::<ssp_advisor::ui::App>::with_root(root).render();
        }
        _ => {
            yew::Renderer::<ssp_advisor::ui::App>::new().render();
        }
    }
}
