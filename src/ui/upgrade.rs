//! The hand-over from the first view to the whole tool. The page starts a small module (this
//! crate without the `full` feature): the first view a first-time visitor sees, live at once.
//! The whole tool is a second module, fetched and compiled in the background once the first
//! view is live. It takes over when the user asks for something the first view does not do
//! (another part, the workshop, the report, a file, a saved session, a pasted link): the action
//! is remembered, the whole tool starts, opens the scenario the first view wrote into the
//! address bar and localStorage (the same projection a shared link is), gets the values typed
//! into the fields, the focus and the scroll position, and does the action again.
//!
//! Both modules render the same components, so the page looks the same before and after. The
//! only thing the two share at run time is the `sspHandover` object below; nothing leaves the
//! page.
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The property of `window` through which the first view hands over.
const HANDOVER: &str = "sspHandover";

/// What the user did that the first view handed over, done again by the whole tool on the
/// element with the same id.
#[derive(Clone, Debug, PartialEq)]
pub enum Replay {
    /// Nothing to redo (a link pasted into the address bar: the whole tool opens it).
    None,
    Click(String),
    /// Files picked in an `<input type="file">`: given to the same input, which then changes.
    Files(String, web_sys::FileList),
    Submit(String),
    /// Only the fields' values (a language chosen whose file could not be fetched: the whole
    /// tool gets the choice through the language field).
    Values,
}

fn by_id(id: &str) -> Option<web_sys::Element> {
    gloo::utils::document().get_element_by_id(id)
}

/// `or_hand_over!(how, callback)`: the callback in the whole tool; in the first view the
/// hand-over callback `how` (`click`, `files` or `submit`) instead, so the first view does not
/// carry the code behind it (reports, files, sessions).
#[macro_export]
#[doc(hidden)]
macro_rules! or_hand_over {
    ($how:ident, $e:expr) => {{
        #[cfg(feature = "full")]
        let callback = $e;
        #[cfg(not(feature = "full"))]
        let callback = $crate::ui::upgrade::$how();
        callback
    }};
}

#[cfg(not(feature = "full"))]
pub use first::*;

#[cfg(not(feature = "full"))]
mod first {
    //! The first view's half: remember the action, load the whole tool, hand over.
    use super::*;
    use crate::i18n::{k, t, Lang};
    use std::cell::RefCell;
    use yew::prelude::*;

    fn set(o: &JsValue, key: &str, value: &JsValue) {
        let _ = js_sys::Reflect::set(o, &key.into(), value);
    }

    /// The id of the element an event happened on (or its nearest ancestor with one).
    fn target_id(e: &web_sys::Event) -> Option<String> {
        let el: web_sys::Element = e.target()?.dyn_into().ok()?;
        let el = el.closest("[id]").ok()??;
        Some(el.id())
    }

    #[wasm_bindgen(inline_js = r#"
let pending = null;
async function compile(url) {
  const response = fetch(url);
  try {
    return await WebAssembly.compileStreaming(response);
  } catch (e) {
    // A host that serves .wasm without its MIME type: compile from the bytes instead.
    return WebAssembly.compile(await (await fetch(url)).arrayBuffer());
  }
}
// Both relative to the page, not to this snippet's own address.
const page = (url) => new URL(url, document.baseURI).href;
export function load_full(glue, wasm) {
  if (!pending) {
    pending = Promise.all([import(page(glue)), compile(page(wasm))]).catch((e) => { pending = null; throw e; });
  }
  return pending;
}
export async function start_full(glue, wasm) {
  const [module, compiled] = await load_full(glue, wasm);
  await module.default({ module_or_path: compiled });
}
"#)]
    extern "C" {
        #[wasm_bindgen(catch)]
        fn load_full(glue: &str, wasm: &str) -> Result<js_sys::Promise, JsValue>;
        #[wasm_bindgen(catch)]
        fn start_full(glue: &str, wasm: &str) -> Result<js_sys::Promise, JsValue>;
    }

    /// Where the whole tool's files are (`content`: its glue, `data-wasm`, `data-css`): written
    /// into the page at build time (the build step, `xtask`), relative to the page. Without it
    /// (a page not built by Trunk) the hand-over fails and says so.
    fn whole_tool_file(attr: &str) -> String {
        let selector = format!("meta[name=\"{}\"]", crate::page::whole_tool_meta::NAME);
        let meta = gloo::utils::document().query_selector(&selector).ok().flatten();
        meta.and_then(|m| m.get_attribute(attr)).unwrap_or_default()
    }

    thread_local! {
        /// The first view's app, destroyed when the whole tool takes over.
        static APP: RefCell<Option<yew::AppHandle<crate::ui::App>>> = const { RefCell::new(None) };
        /// Set while the whole tool is being started, so a second click waits for the first.
        static STARTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// Fetches a language file (written next to the page at build time) into the first view's
    /// table. False if it could not be had: then the whole tool, which carries every language,
    /// takes over.
    pub async fn load_language(lang: Lang) -> bool {
        use wasm_bindgen_futures::JsFuture;
        if crate::i18n::fetched::has(lang) {
            return true;
        }
        let url = format!("./{}", crate::page::language_file(lang.code()));
        let Ok(response) = JsFuture::from(gloo::utils::window().fetch_with_str(&url)).await else { return false };
        let response: web_sys::Response = response.unchecked_into();
        if !response.ok() {
            return false;
        }
        let Ok(text) = response.text() else { return false };
        match JsFuture::from(text).await.ok().and_then(|t| t.as_string()) {
            Some(text) => crate::i18n::fetched::install(lang, &text),
            None => false,
        }
    }

    /// Keeps the first view's app so that the hand-over can end it.
    pub fn keep(app: yew::AppHandle<crate::ui::App>) {
        APP.with(|a| *a.borrow_mut() = Some(app));
    }

    /// Fetches and compiles the whole tool while the page is idle, so that the hand-over only
    /// has to start it. A failure here is not shown: the hand-over tries again and says so.
    pub fn preload() {
        let _ = load_full(
            &whole_tool_file(crate::page::whole_tool_meta::GLUE),
            &whole_tool_file(crate::page::whole_tool_meta::WASM),
        );
        add_stylesheet();
    }

    /// The whole tool's stylesheet (once): only its own views use it, so the first view does
    /// not change when it arrives.
    fn add_stylesheet() {
        let doc = gloo::utils::document();
        if doc.get_element_by_id(crate::page::TOOL_STYLESHEET).is_some() {
            return;
        }
        if let (Some(head), Ok(link)) = (doc.head(), doc.create_element("link")) {
            link.set_id(crate::page::TOOL_STYLESHEET);
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", &whole_tool_file(crate::page::whole_tool_meta::CSS));
            let _ = head.append_child(&link);
        }
    }

    fn lang() -> Lang {
        gloo::utils::document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|c| Lang::parse(&c))
            .unwrap_or_default()
    }

    /// The line that says the rest of the tool is on its way (or could not be loaded).
    fn say(key: crate::i18n::Key) {
        let doc = gloo::utils::document();
        let el = by_id(crate::page::UPGRADE_STATUS).or_else(|| {
            let el = doc.create_element("p").ok()?;
            el.set_id(crate::page::UPGRADE_STATUS);
            el.set_class_name("upgrade-status");
            let _ = el.set_attribute("role", "status");
            doc.body()?.append_child(&el).ok()?;
            Some(el)
        });
        if let Some(el) = el {
            el.set_text_content(Some(&t(lang(), key)));
        }
        if let Some(root) = by_id(crate::page::APP_ROOT) {
            let _ = root.set_attribute("aria-busy", if key == &k::UPGRADE_LOADING { "true" } else { "false" });
        }
    }

    /// The values of the first view's fields, by id: typed text the scenario does not hold yet
    /// (a product being added, a session name) is not lost in the hand-over.
    fn field_values() -> js_sys::Array {
        let out = js_sys::Array::new();
        let Some(root) = by_id(crate::page::APP_ROOT) else { return out };
        let Ok(list) = root.query_selector_all("input[id], select[id], textarea[id]") else { return out };
        for i in 0..list.length() {
            let Some(node) = list.get(i) else { continue };
            let (id, value, checked) = if let Some(input) = node.dyn_ref::<web_sys::HtmlInputElement>() {
                if input.type_() == "file" || input.read_only() {
                    continue;
                }
                (input.id(), input.value(), input.checked())
            } else if let Some(select) = node.dyn_ref::<web_sys::HtmlSelectElement>() {
                (select.id(), select.value(), false)
            } else if let Some(area) = node.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                (area.id(), area.value(), false)
            } else {
                continue;
            };
            out.push(&js_sys::Array::of3(&id.into(), &value.into(), &checked.into()));
        }
        out
    }

    /// Hands over to the whole tool, which then does `replay`. Further requests while it starts
    /// are dropped: the page is busy and says so.
    pub fn request(replay: Replay) {
        if STARTING.with(|s| s.replace(true)) {
            return;
        }
        say(&k::UPGRADE_LOADING);
        add_stylesheet();
        let (glue, wasm) =
            (whole_tool_file(crate::page::whole_tool_meta::GLUE), whole_tool_file(crate::page::whole_tool_meta::WASM));
        let handover = js_sys::Object::new();
        let (kind, id, files) = match &replay {
            Replay::None => ("none", String::new(), JsValue::NULL),
            Replay::Click(id) => ("click", id.clone(), JsValue::NULL),
            Replay::Files(id, files) => ("files", id.clone(), files.into()),
            Replay::Submit(id) => ("submit", id.clone(), JsValue::NULL),
            Replay::Values => ("values", String::new(), JsValue::NULL),
        };
        set(&handover, "kind", &kind.into());
        set(&handover, "id", &id.into());
        set(&handover, "files", &files);
        set(&handover, "lang", &lang().code().into());
        // The first view's own root, taken now: the whole tool's root gets the same id. The
        // whole tool calls `retire` in the task it renders in, so no frame shows both or neither.
        let first_root = by_id(crate::page::APP_ROOT);
        let retire = Closure::once_into_js(move || {
            if let Some(app) = APP.with(|a| a.borrow_mut().take()) {
                app.destroy();
            }
            if let Some(root) = first_root {
                root.remove();
            }
        });
        set(&handover, "retire", &retire);
        wasm_bindgen_futures::spawn_local(async move {
            // The fields, focus and scroll as they are when the whole tool is ready to start,
            // not as they were at the click: the user may have typed while it loaded.
            let ready = match load_full(&glue, &wasm) {
                Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
                Err(_) => false,
            };
            if ready {
                // A pasted link replaces the scenario: the fields then show the new one.
                if replay != Replay::None {
                    set(&handover, "values", &field_values());
                }
                let focus = gloo::utils::document().active_element().map(|e| e.id()).unwrap_or_default();
                set(&handover, "focus", &focus.into());
                set(&handover, "scrollY", &gloo::utils::window().scroll_y().unwrap_or(0.0).into());
                set(&gloo::utils::window(), HANDOVER, &handover);
            }
            // Started only now, with the hand-over in place: its entry point reads it at once.
            let ok = ready
                && match start_full(&glue, &wasm) {
                    Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
                    Err(_) => false,
                };
            if !ok {
                STARTING.with(|s| s.set(false));
                let _ = js_sys::Reflect::delete_property(&gloo::utils::window(), &HANDOVER.into());
                say(&k::UPGRADE_FAILED);
            }
        });
    }

    /// An `onclick` for an action of the whole tool: hands over, and the button is clicked again.
    pub fn click() -> Callback<MouseEvent> {
        Callback::from(|e: MouseEvent| {
            e.prevent_default();
            if let Some(id) = target_id(&e) {
                request(Replay::Click(id));
            }
        })
    }

    /// An `onchange` for a file input of the whole tool: the picked files go to the same input.
    pub fn files() -> Callback<Event> {
        Callback::from(|e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                return;
            };
            if let Some(files) = input.files().filter(|f| f.length() > 0) {
                request(Replay::Files(input.id(), files));
            }
        })
    }

    /// An `oninput`/`onchange` for a field whose checking is the whole tool's (a product being
    /// added): hands over; what was typed, and anything typed while it loads, goes to the same
    /// field through the same event, with the focus.
    pub fn typing<E: 'static>() -> Callback<E> {
        Callback::from(|_: E| request(Replay::Values))
    }

    /// An `onsubmit` for a form of the whole tool: the form is submitted again.
    pub fn submit() -> Callback<SubmitEvent> {
        Callback::from(|e: SubmitEvent| {
            e.prevent_default();
            if let Some(id) = target_id(&e) {
                request(Replay::Submit(id));
            }
        })
    }
}

#[cfg(feature = "full")]
pub use whole::*;

#[cfg(feature = "full")]
mod whole {
    //! The whole tool's half: take over from the first view and redo what the user did.
    use super::*;
    use crate::i18n::Lang;
    use std::cell::Cell;

    fn get(o: &JsValue, key: &str) -> JsValue {
        js_sys::Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
    }

    thread_local! {
        static LANG: Cell<Option<Lang>> = const { Cell::new(None) };
    }

    /// The language the first view showed, for the whole tool's first render.
    pub fn set_lang(lang: Option<Lang>) {
        LANG.with(|l| l.set(lang));
    }

    pub fn handed_over_lang() -> Option<Lang> {
        LANG.with(Cell::get)
    }

    /// What the first view handed over, if this start is a hand-over.
    pub struct Handover(JsValue);

    impl Handover {
        /// Takes the hand-over object from the page (once).
        pub fn take() -> Option<Handover> {
            let window = gloo::utils::window();
            let h = get(&window, HANDOVER);
            if h.is_undefined() || h.is_null() {
                return None;
            }
            let _ = js_sys::Reflect::delete_property(&window, &HANDOVER.into());
            Some(Handover(h))
        }

        /// The language the first view showed (storage may be denied in an embedding frame).
        pub fn lang(&self) -> Option<Lang> {
            get(&self.0, "lang").as_string().and_then(|c| Lang::parse(&c))
        }

        /// Ends the first view (its app and its root element).
        pub fn retire(&self) {
            if let Ok(f) = get(&self.0, "retire").dyn_into::<js_sys::Function>() {
                let _ = f.call0(&JsValue::NULL);
            }
        }

        /// After the whole tool's first render: the typed values, the scroll position, the
        /// focus, then the action.
        pub fn apply(&self) {
            let values: js_sys::Array = get(&self.0, "values").dyn_into().unwrap_or_default();
            for entry in values.iter() {
                let entry: js_sys::Array = entry.dyn_into().unwrap_or_default();
                let (Some(id), Some(value)) = (entry.get(0).as_string(), entry.get(1).as_string()) else { continue };
                restore_value(&id, &value, entry.get(2).as_bool().unwrap_or(false));
            }
            if let Some(y) = get(&self.0, "scrollY").as_f64() {
                gloo::utils::window().scroll_to_with_x_and_y(0.0, y);
            }
            if let Some(el) = get(&self.0, "focus")
                .as_string()
                .and_then(|id| by_id(&id))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
            // The action in a task of its own: the components re-render with the restored values
            // first, so a form submitted now sees what was typed.
            let h = self.0.clone();
            gloo::timers::callback::Timeout::new(0, move || replay(&h)).forget();
        }
    }

    fn replay(h: &JsValue) {
        let id = get(h, "id").as_string().unwrap_or_default();
        match get(h, "kind").as_string().as_deref() {
            Some("click") => {
                if let Some(el) = by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    el.click();
                }
            }
            Some("files") => {
                let files = get(h, "files").dyn_into::<web_sys::FileList>().ok();
                if let (Some(input), Some(files)) =
                    (by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()), files)
                {
                    input.set_files(Some(&files));
                    dispatch(&input, "change");
                }
            }
            Some("submit") => {
                if let Some(form) = by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok()) {
                    let _ = form.request_submit();
                }
            }
            _ => {}
        }
    }

    fn dispatch(el: &web_sys::Element, kind: &str) {
        let event = if kind == "input" {
            let init = web_sys::InputEventInit::new();
            init.set_bubbles(true);
            web_sys::InputEvent::new_with_event_init_dict(kind, &init).map(web_sys::Event::from)
        } else {
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            web_sys::Event::new_with_event_init_dict(kind, &init)
        };
        if let Ok(event) = event {
            let _ = el.dispatch_event(&event);
        }
    }

    /// Gives a field the value it had in the first view, through the same event a person's
    /// typing sends, so the component's own state follows.
    fn restore_value(id: &str, value: &str, checked: bool) {
        let Some(el) = by_id(id) else { return };
        if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            if matches!(input.type_().as_str(), "checkbox" | "radio") {
                if input.checked() != checked {
                    input.click();
                }
            } else if input.value() != value {
                input.set_value(value);
                dispatch(&el, "input");
            }
        } else if let Some(select) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
            if select.value() != value {
                select.set_value(value);
                dispatch(&el, "change");
            }
        } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            if area.value() != value {
                area.set_value(value);
                dispatch(&el, "input");
            }
        }
    }
}
