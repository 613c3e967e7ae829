//! Starting the app in the page. The page may carry the first view prerendered at build time
//! (`#prerender`, inert); it is removed in the same task that mounts the live app: Yew renders
//! the first view in that task's microtask, before the browser can paint or run another task,
//! so no frame shows both or neither, nothing moves, and no script sees two copies.
//!
//! Two modules start here (see `upgrade`): the first view (`first_view`, what the page's loader
//! starts for a first-time visitor) and the whole tool (`whole_tool`), started by the loader for
//! a link or saved work, or by the first view when it hands over.
use crate::page;
use crate::ui::App;
use yew::AppHandle;

fn root() -> Option<web_sys::Element> {
    let root = gloo::utils::document().create_element("div").ok()?;
    root.set_id(page::APP_ROOT);
    Some(root)
}

/// Mounts the app in a new `#app-root` in place of the prerendered view (or at the end of the
/// page) and gives its handle to `mounted`.
fn mount(mounted: impl FnOnce(AppHandle<App>) + 'static) {
    let doc = gloo::utils::document();
    let (Some(root), Some(body)) = (root(), doc.body()) else {
        mounted(yew::Renderer::<App>::new().render());
        return;
    };
    let Some(prerendered) = doc.get_element_by_id(page::PRERENDER) else {
        let _ = body.append_child(&root);
        mounted(yew::Renderer::<App>::with_root(root).render());
        return;
    };
    let _ = body.insert_before(&root, Some(&prerendered));
    // Mount after the prerendered view has been painted once (the frame after the next): where
    // the wasm arrives as fast as the page (a cache, a local file) the view on screen would
    // otherwise be work thrown away. It costs at most a frame.
    let frame = gloo::render::request_animation_frame(move |_| {
        gloo::timers::callback::Timeout::new(0, move || {
            prerendered.remove();
            mounted(yew::Renderer::<App>::with_root(root).render());
        })
        .forget();
    });
    // Dropping the handle would cancel the frame; it runs once and is never cancelled.
    std::mem::forget(frame);
}

/// The first view: live at once, the whole tool fetched while the page is idle. In German or
/// Dutch its text file comes first (the prerendered view stays up meanwhile).
pub fn first_view() {
    crate::ui::panic_hook::install();
    #[cfg(not(feature = "full"))]
    {
        let lang = crate::ui::persist::initial_lang();
        if !crate::i18n::fetched::has(lang) {
            wasm_bindgen_futures::spawn_local(async move {
                if crate::ui::upgrade::load_language(lang).await {
                    mount_first_view();
                } else {
                    crate::ui::upgrade::request(crate::ui::upgrade::Replay::None);
                }
            });
            return;
        }
    }
    mount_first_view();
}

fn mount_first_view() {
    mount(|app| {
        #[cfg(not(feature = "full"))]
        {
            crate::ui::upgrade::keep(app);
            // After the first view's own first render and effects, when the main thread is free.
            gloo::timers::callback::Timeout::new(0, crate::ui::upgrade::preload).forget();
        }
        #[cfg(feature = "full")]
        std::mem::forget(app);
    });
}

/// The whole tool: on its own, or taking over from the first view.
#[cfg(feature = "full")]
pub fn whole_tool() {
    crate::ui::panic_hook::install();
    let Some(handover) = crate::ui::upgrade::Handover::take() else {
        mount(std::mem::forget);
        return;
    };
    let doc = gloo::utils::document();
    let (Some(root), Some(body)) = (root(), doc.body()) else { return };
    let before = doc.get_element_by_id(page::APP_ROOT).or_else(|| doc.get_element_by_id(page::PRERENDER));
    let _ = body.insert_before(&root, before.as_ref().map(|b| b.as_ref()));
    handover.retire();
    for id in [page::PRERENDER, page::UPGRADE_STATUS] {
        if let Some(el) = doc.get_element_by_id(id) {
            el.remove();
        }
    }
    crate::ui::upgrade::set_lang(handover.lang());
    std::mem::forget(yew::Renderer::<App>::with_root(root).render());
    // After the first render and its effects (they run in microtasks before this task).
    gloo::timers::callback::Timeout::new(0, move || handover.apply()).forget();
}
