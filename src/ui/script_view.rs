//! A generated script with Copy and Download buttons. Copy uses the asynchronous clipboard API; where the
//! browser refuses (permissions, some iframes), the script text is selected instead and the user
//! is told to press Ctrl+C, so copying never silently fails.
use crate::i18n::k;
use crate::i18n::t;
use crate::ui::hooks::copy_text;
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScriptViewProps {
    pub script: AttrValue,
    /// Offered as a download under this name (`.ps1` / `.sh`).
    #[prop_or_default]
    pub file_name: Option<AttrValue>,
    /// Prefix of the element ids where several views share a page ("fleet-cipp" gives
    /// `fleet-cipp-copy`, `fleet-cipp-download`, `fleet-cipp-code`); the Script part's one view
    /// keeps `copy-script`, `download-script`, `script-code`.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
    Downloaded,
    DownloadFailed,
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
            let code_ref = code_ref.clone();
            copy_text(text.to_string(), move |ok| {
                if !ok {
                    select_contents(&code_ref);
                }
                state.set(if ok { CopyState::Copied } else { CopyState::Failed });
            });
        })
    };
    let on_download = {
        let state = state.clone();
        let text = props.script.clone();
        let name = props.file_name.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(name) = &name else { return };
            let mime = if name.ends_with(".sh") {
                "text/x-shellscript"
            } else if name.ends_with(".json") {
                "application/json"
            } else {
                "text/plain"
            };
            // Windows tools expect CRLF in .ps1 files, and Windows PowerShell 5.1 reads a file
            // without a byte-order mark in the ANSI code page (a label like "Müller" would come
            // out garbled), so .ps1 files start with a UTF-8 BOM. The shell variants keep LF.
            // The same holds for a .psd1 data file read by Import-PowerShellDataFile.
            let body = if name.ends_with(".ps1") || name.ends_with(".psd1") {
                format!("\u{feff}{}", text.replace('\n', "\r\n"))
            } else {
                text.to_string()
            };
            state.set(if crate::ui::browser::download(name, mime, &body) {
                CopyState::Downloaded
            } else {
                CopyState::DownloadFailed
            });
        })
    };
    let ids = match &props.id {
        Some(p) => [format!("{p}-copy"), format!("{p}-download"), format!("{p}-code")],
        None => ["copy-script".into(), "download-script".into(), "script-code".into()],
    };
    let [copy_id, download_id, code_id] = ids;
    // Where several views share a page, each Copy button names its file, so that a screen
    // reader (and a test by role) can tell them apart; the visible word stays "Copy".
    let copy_name = props
        .id
        .as_ref()
        .zip(props.file_name.as_ref())
        .map(|(_, file)| crate::i18n::tf(lang, &k::FLEET_UI_COPY_FILE, &[("file", file.to_string())]));
    html! {
        <div class="script-view">
            if props.script.is_empty() {
                <p class="empty">{ t(lang, &k::SCRIPT_EMPTY) }</p>
            } else {
                <div class="code-actions">
                    <button type="button" class="button primary" id={copy_id} aria-label={copy_name} {onclick}>{ t(lang, &k::SCRIPT_COPY) }</button>
                    if let Some(name) = &props.file_name {
                        <button type="button" class="button" id={download_id} onclick={on_download}>
                            { crate::i18n::tf(lang, &k::SCRIPT_DOWNLOAD, &[("file", name.to_string())]) }
                        </button>
                    }
                    <span class="copy-status" role="status" aria-live="polite">
                        { match *state {
                            CopyState::Idle => String::new(),
                            CopyState::Copied => t(lang, &k::SCRIPT_COPIED),
                            CopyState::Failed => t(lang, &k::SCRIPT_COPY_FAILED),
                            CopyState::Downloaded => t(lang, &k::SCRIPT_DOWNLOADED),
                            CopyState::DownloadFailed => t(lang, &k::SCRIPT_DOWNLOAD_FAILED),
                        } }
                    </span>
                </div>
                <pre class="code" tabindex="0"><code ref={code_ref} id={code_id}>{ props.script.clone() }</code></pre>
            }
        </div>
    }
}
