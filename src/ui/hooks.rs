//! Small UI helpers that several components need: reading a picked file as text (size-checked,
//! an earlier read aborted by a newer one) and copying text to the clipboard with a result the
//! caller turns into a fallback (selecting the text) where the browser refuses.
use gloo::file::callbacks::FileReader;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What picking a file produced.
pub enum FileRead {
    TooLarge,
    Failed(String),
    Text { name: String, text: String },
}

/// The `onchange` handler of an `<input type="file">`: reads the chosen file as text, refusing
/// one over `max_bytes` before reading it, and reports to `on_read`. The input is cleared so
/// that the same (corrected) file can be chosen again.
#[hook]
pub fn use_file_reader(max_bytes: u64, on_read: Callback<FileRead>) -> Callback<Event> {
    let reader = use_mut_ref(|| None::<FileReader>);
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        let file = gloo::file::File::from(file);
        if file.size() > max_bytes {
            on_read.emit(FileRead::TooLarge);
            return;
        }
        let name = file.name();
        let on_read = on_read.clone();
        // Replacing an earlier reader aborts its read if it is still running.
        *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_text(&file, move |res| {
            on_read.emit(match res {
                Ok(text) => FileRead::Text { name, text },
                Err(e) => FileRead::Failed(e.to_string()),
            })
        }));
    })
}

/// Copies `text` with the asynchronous clipboard API and tells `done` whether it worked (some
/// embedding frames and insecure origins refuse).
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    spawn_local(async move {
        let clipboard = gloo::utils::window().navigator().clipboard();
        done(JsFuture::from(clipboard.write_text(&text)).await.is_ok());
    });
}
