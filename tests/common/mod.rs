//! DOM helpers shared by the component tests: mount a root, let Yew render, find elements,
//! type and click as a user would.
#![allow(dead_code)]

use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

pub fn mount_point() -> Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    root
}

/// Lets the Yew scheduler render.
pub async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Waits (up to three seconds) until `sel` is rendered: a debug build in a busy browser can take
/// longer than one settle to re-render the whole app.
pub async fn wait_for(root: &Element, sel: &str) -> Element {
    for _ in 0..100 {
        if let Ok(Some(el)) = root.query_selector(sel) {
            return el;
        }
        yew::platform::time::sleep(Duration::from_millis(30)).await;
    }
    query(root, sel)
}

pub fn query(root: &Element, sel: &str) -> Element {
    root.query_selector(sel).unwrap().unwrap_or_else(|| panic!("{sel} not rendered"))
}

pub fn input(root: &Element, sel: &str) -> HtmlInputElement {
    query(root, sel).dyn_into().unwrap()
}

pub fn click(root: &Element, sel: &str) {
    query(root, sel).dyn_into::<HtmlElement>().unwrap().click();
}

/// Sets the value and fires a bubbling `input` event, as typing does.
pub fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}
