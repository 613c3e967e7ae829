//! A panic must never leave a dead page: the hook writes a readable message into the `#fatal`
//! box that index.html reserves, and logs the details to the console for a bug report.
use crate::i18n::k;
use crate::i18n::{t, Lang};

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&detail.clone().into());
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        if let Some(el) = doc.get_element_by_id(crate::page::FATAL) {
            let text = format!("{}. {}\n\n{}", t(Lang::En, &k::FATAL_TITLE), t(Lang::En, &k::FATAL_RELOAD), detail);
            el.set_text_content(Some(&text));
            let _ = el.remove_attribute("hidden");
        }
    }));
}
