//! The generated script with a Copy button. Copy uses the asynchronous clipboard API; where the
//! browser refuses (permissions, some iframes), the script text is selected instead and the user
//! is told to press Ctrl+C, so copying never silently fails.
use crate::i18n::t;
use crate::ui::use_lang;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScriptViewProps {
    pub script: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

fn select_contents(node: &NodeRef) {
    let Some(el) = node.cast::<web_sys::Element>() else { return };
    if let Ok(Some(sel)) = gloo::utils::window().get_selection() {
        let _ = sel.select_all_children(&el);
    }
}

#[function_component(ScriptView)]
pub fn script_view(props: &ScriptViewProps) -> Html {
    let lang = use_lang();
    let state = use_state(|| CopyState::Idle);
    let code_ref = use_node_ref();
    {
        let state = state.clone();
        use_effect_with(props.script.clone(), move |_| state.set(CopyState::Idle));
    }
    let onclick = {
        let state = state.clone();
        let text = props.script.clone();
        let code_ref = code_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let state = state.clone();
            let text = text.clone();
            let code_ref = code_ref.clone();
            spawn_local(async move {
                let clipboard = gloo::utils::window().navigator().clipboard();
                match JsFuture::from(clipboard.write_text(&text)).await {
                    Ok(_) => state.set(CopyState::Copied),
                    Err(_) => {
                        select_contents(&code_ref);
                        state.set(CopyState::Failed);
                    }
                }
            });
        })
    };
    html! {
        <section class="card script" aria-labelledby="script-heading">
            <h2 id="script-heading">{ t(lang, "script.heading") }</h2>
            if props.script.is_empty() {
                <p class="empty">{ t(lang, "script.empty") }</p>
            } else {
                <p class="help">{ t(lang, "script.help") }</p>
                <div class="code-actions">
                    <button type="button" class="button primary" id="copy-script" {onclick}>{ t(lang, "script.copy") }</button>
                    <span class="copy-status" role="status" aria-live="polite">
                        { match *state {
                            CopyState::Idle => String::new(),
                            CopyState::Copied => t(lang, "script.copied"),
                            CopyState::Failed => t(lang, "script.copy_failed"),
                        } }
                    </span>
                </div>
                <pre class="code" tabindex="0"><code ref={code_ref} id="script-code">{ props.script.clone() }</code></pre>
            }
        </section>
    }
}
