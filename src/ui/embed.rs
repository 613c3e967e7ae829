//! Embedding on an intranet or wiki page: `?embed=1` drops the tagline and footer and tells
//! the parent page its height after every render, so the iframe can grow with the content.
//! The message is `{type: "ssp-advisor:height", height}`; it carries no scenario data, and the
//! parent is expected to check `event.origin` (see README).
use wasm_bindgen::JsValue;

pub const HEIGHT_MESSAGE: &str = "ssp-advisor:height";

pub fn requested() -> bool {
    crate::page::flag::is_on(crate::ui::browser::query_param(crate::page::flag::EMBED).as_deref())
}

/// Posts the document height to the parent frame, if there is one.
pub fn post_height() {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    // The app's own box, not the document's scroll height: that never shrinks below the frame's
    // current height, so a frame could only ever grow.
    let Ok(Some(app)) = gloo::utils::document().query_selector(".app") else { return };
    let height = app.get_bounding_client_rect().height().ceil() as i32 + 16;
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&msg, "*");
}
