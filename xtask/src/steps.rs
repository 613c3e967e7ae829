//! The steps after Trunk, in the order `main` runs them. Each reads and writes the staging
//! directory Trunk built into, and stops the build (an `Err` saying what it expected) when the
//! build does not have the shape it expects, so a Trunk upgrade that changes its output cannot
//! slip through. The page facts come from `ssp_advisor::page`.
use crate::html::{self, Result};
use base64::Engine;
use sha2::{Digest, Sha256};
use ssp_advisor::i18n::{k, Lang};
use ssp_advisor::page;
use std::path::Path;

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, body: impl AsRef<[u8]>) -> Result<()> {
    std::fs::write(path, body).map_err(|e| format!("{}: {e}", path.display()))
}

fn remove(path: &Path) -> Result<()> {
    std::fs::remove_file(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The first 16 hex digits of the SHA-256: the part of a file name that changes with its content.
pub fn short_hash(bytes: impl AsRef<[u8]>) -> String {
    Sha256::digest(bytes).iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The CSP source that allows exactly this inline text.
pub fn hash_source(text: &str) -> String {
    page::hash_source(&base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
}

/// `text` as a JavaScript string (or array) literal.
fn js<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Fills each `/*NAME*/` of a template once; stops if one is missing or left over.
fn fill(template: &str, values: &[(&str, String)]) -> Result<String> {
    let mut out = template.to_string();
    for (name, value) in values {
        let marker = format!("/*{name}*/");
        if out.matches(&marker).count() != 1 {
            return Err(format!("the template lacks {marker} (or has it twice)"));
        }
        out = out.replace(&marker, value);
    }
    match out.find("/*").filter(|&i| out[i + 2..].starts_with(|c: char| c.is_ascii_uppercase())) {
        Some(i) => Err(format!("the template has a marker nobody fills: {}", &out[i..(i + 30).min(out.len())])),
        None => Ok(out),
    }
}

/// Stops unless the page's own parts are as `page` says: its CSP and the box a panic writes into.
pub fn check_page(index: &str) -> Result<()> {
    let at = html::one_tag(index, "<meta http-equiv=\"Content-Security-Policy\"")?;
    let content = html::attr(&index[at], "content").unwrap_or_default();
    let expected = page::csp(page::PAGE_CSP, &[]);
    if content.split_whitespace().ne(expected.split_whitespace()) {
        return Err(format!("index.html's CSP is not page::PAGE_CSP:\n  {content}\n  {expected}"));
    }
    html::one_tag(index, &format!("<div id=\"{}\"", page::FATAL))?;
    Ok(())
}

/// Where the whole tool's files are after step 1.
#[derive(Debug, Clone, PartialEq)]
pub struct WholeTool {
    pub glue: String,
    pub wasm: String,
    pub css: String,
}

/// Step 1: the whole tool's module under a hashed name (Trunk leaves a `data-type="worker"`
/// module unhashed and unloaded), its stylesheet (`styles/tool.css`) under its hash, and the
/// `<meta>` that tells the first view where they are.
pub fn whole_tool(dir: &Path, source: &Path) -> Result<WholeTool> {
    let name = page::WHOLE_TOOL_MODULE;
    let (glue_path, wasm_path) = (dir.join(format!("{name}.js")), dir.join(format!("{name}_bg.wasm")));
    let glue = read(&glue_path)?;
    let wasm = read_bytes(&wasm_path)?;
    let digest = short_hash(format!("{}{glue}", short_hash(&wasm)));
    let out = WholeTool {
        glue: format!("{name}-{digest}.js"),
        wasm: format!("{name}-{digest}_bg.wasm"),
        css: {
            let css = read(&source.join("styles/tool.css"))?;
            let css_name = format!("tool-{}.css", short_hash(&css));
            write(&dir.join(&css_name), css)?;
            css_name
        },
    };
    // The glue's own fallback name for its wasm (used only when no module is passed in).
    let glue = glue.replace(&format!("'{name}_bg.wasm'"), &format!("'{}'", out.wasm));
    write(&dir.join(&out.glue), glue)?;
    std::fs::rename(&wasm_path, dir.join(&out.wasm)).map_err(|e| e.to_string())?;
    remove(&glue_path)?;
    let index_path = dir.join("index.html");
    let index = read(&index_path)?;
    use page::whole_tool_meta as m;
    let meta = format!(
        "<meta name=\"{}\" {}=\"./{}\" {}=\"./{}\" {}=\"./{}\" />\n  ",
        m::NAME,
        m::GLUE,
        out.glue,
        m::WASM,
        out.wasm,
        m::CSS,
        out.css
    );
    write(&index_path, html::insert_before(&index, "</head>", &meta)?)?;
    Ok(out)
}

/// Where the first view's files are (Trunk's, named in its `pattern_script` element).
#[derive(Debug, Clone, PartialEq)]
pub struct FirstView {
    pub glue: String,
    pub wasm: String,
}

/// Step 2: the loader. Trunk writes the element of `page::first_view_marker` where its own
/// inline loader would be (`pattern_script` in Trunk.toml, no preloads: `pattern_preload`);
/// this fills `templates/boot.js` from the page contract and that element, writes it under its
/// hash and puts a script element for it in the marker's place. The prerendered view paints
/// without the loader, so it is fetched at low priority: a high priority script that has run
/// before the first paint counts as render-blocking (Lighthouse's simulated FCP then adds a
/// round trip for it).
pub fn loader(dir: &Path, whole: &WholeTool) -> Result<FirstView> {
    let index_path = dir.join("index.html");
    let index = read(&index_path)?;
    let first = first_view(&index)?;
    let here = |name: &str| js(&format!("./{name}"));
    let boot = fill(
        include_str!("../templates/boot.js"),
        &[
            ("NOT_FIRST_VISIT", js(&page::storage::NOT_FIRST_VISIT)),
            ("WHOLE_TOOL_FLAGS", js(&page::flag::WHOLE_TOOL)),
            ("FLAG_ON", js(&page::flag::ON)),
            ("FIRST_VIEW_GLUE", here(&first.glue)),
            ("FIRST_VIEW_WASM", here(&first.wasm)),
            ("TOOL_STYLESHEET_ID", js(page::TOOL_STYLESHEET)),
            ("TOOL_CSS", here(&whole.css)),
            ("WHOLE_TOOL_GLUE", here(&whole.glue)),
            ("WHOLE_TOOL_WASM", here(&whole.wasm)),
        ],
    )?;
    put_loader(dir, &index, &boot, " fetchpriority=\"low\"")?;
    Ok(first)
}

/// The first view's files, from the element Trunk wrote in place of its loader.
fn first_view(index: &str) -> Result<FirstView> {
    let tag = &index[html::one_tag(index, &marker_start())?];
    let file = |attr: &str| {
        html::attr(tag, attr)
            .and_then(|v| v.strip_prefix("./"))
            .map(str::to_string)
            .ok_or_else(|| format!("Trunk's first-view element lacks {attr}: {tag}"))
    };
    Ok(FirstView { glue: file("content")?, wasm: file(page::first_view_marker::WASM)? })
}

fn marker_start() -> String {
    format!("<meta name=\"{}\"", page::first_view_marker::NAME)
}

/// Writes the loader under its hash and puts its script element in place of Trunk's marker.
fn put_loader(dir: &Path, index: &str, boot: &str, attrs: &str) -> Result<()> {
    let name = format!("boot-{}.js", short_hash(boot));
    write(&dir.join(&name), boot)?;
    let script = format!("<script type=\"module\"{attrs} src=\"./{name}\"></script>");
    let (index, _) = html::replace_tag(index, &marker_start(), &script)?;
    html::check_no_inline_script_or_style(&index)?;
    write(&dir.join("index.html"), index)
}

/// The benchmark's bare Yew page (`bench/bare-yew`, `xtask bare`), built like the app: only
/// its loader, which starts its one module, moved out of the page for the same strict CSP.
pub fn bare_loader(dir: &Path) -> Result<()> {
    let index = read(&dir.join("index.html"))?;
    let first = first_view(&index)?;
    let boot = format!(
        "import init from {};\nawait init({{ module_or_path: {} }});\n",
        js(&format!("./{}", first.glue)),
        js(&format!("./{}", first.wasm))
    );
    put_loader(dir, &index, &boot, "")
}

/// The first view rendered natively in one language, as a visitor on a first visit sees it.
pub fn render_first_view(lang: Lang) -> String {
    let renderer = yew::ServerRenderer::<ssp_advisor::ui::App>::with_props(move || {
        // Runs on the thread that renders.
        ssp_advisor::ui::persist::prerender_in(lang);
    });
    futures::executor::block_on(renderer.hydratable(false).render())
}

/// Step 3: the first view prerendered into the page, once per language (the live app replaces
/// it: `ui::entry`), and the small blocking script that sets `<html lang>` from `?lang=`, the
/// saved choice or the browser's language before the first paint; the stylesheet shows the
/// copy in that language (`#prerender > [lang]` in styles/app.css). The copies other than
/// English lose their ids, so the page has each id once. No inline script or style is added.
pub fn prerender(dir: &Path, render: impl Fn(Lang) -> String) -> Result<()> {
    let index_path = dir.join("index.html");
    let index = read(&index_path)?;
    if index.contains(&format!("id=\"{}\"", page::PRERENDER)) {
        return Err("the page is already prerendered".into());
    }
    let mut views = String::new();
    for lang in Lang::ALL {
        let body = render(lang);
        if body.contains(" style=") || body.contains("<script") {
            return Err("the rendered view has inline style or script, which the CSP blocks".into());
        }
        let body = if lang == Lang::En { body } else { html::without_ids(&body) };
        views.push_str(&format!("<div lang=\"{}\">{body}</div>", lang.code()));
    }
    let block = format!("<div id=\"{}\" inert>{views}</div>\n    ", page::PRERENDER);
    let index = html::insert_before(&index, &format!("<div id=\"{}\"", page::FATAL), &block)?;
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let script = fill(
        include_str!("../templates/lang.js"),
        &[("LANGS", js(&codes)), ("LANG_KEY", js(page::storage::LANG)), ("LANG_FLAG", js(page::flag::LANG))],
    )?;
    let name = format!("lang-{}.js", short_hash(&script));
    write(&dir.join(&name), &script)?;
    let index = html::insert_before(&index, "</head>", &format!("<script src=\"./{name}\"></script>\n  "))?;
    html::check_no_inline_script_or_style(&index)?;
    write(&index_path, index)
}

/// Step 4: the German and Dutch files the first view fetches (`page::language_file`), from the
/// translation table. Given the first view's wasm (a release build), each is cut to the cells
/// the first view can show: keys are statics and the linker keeps only those the first view
/// refers to, so the id of every key it can show is a string in its wasm (an id found only
/// inside another string keeps its cell, which errs on the side of sending too much).
pub fn language_files(dir: &Path, first_view_wasm: Option<&[u8]>) -> Result<()> {
    let shown = |id: &str| first_view_wasm.is_none_or(|wasm| wasm.windows(id.len()).any(|w| w == id.as_bytes()));
    // Ids every first view shows: if they are not in its wasm, ids are not stored as assumed.
    if let Some(missing) = [k::APP_TITLE.id, k::NAV_PRODUCTS.id].into_iter().find(|id| !shown(id)) {
        return Err(format!("the first view's wasm lacks the key id {missing}; cannot tell which cells it shows"));
    }
    for lang in [Lang::De, Lang::Nl] {
        let all: std::collections::BTreeMap<String, Vec<String>> =
            serde_json::from_str(&ssp_advisor::i18n::language_file(lang)).map_err(|e| e.to_string())?;
        let total = all.len();
        let kept: std::collections::BTreeMap<String, Vec<String>> =
            all.into_iter().filter(|(id, _)| shown(id)).collect();
        write(&dir.join(page::language_file(lang.code())), js(&kept))?;
        println!("xtask: {}: {} of {total} cells", page::language_file(lang.code()), kept.len());
    }
    Ok(())
}

/// The name of the offline single file.
pub const OFFLINE: &str = "ssp-advisor-offline.html";

/// The stylesheet Trunk links (`styles/app.css` under its hash).
fn stylesheet_link(index: &str) -> Result<(std::ops::Range<usize>, String)> {
    let at = html::one_tag(index, "<link rel=\"stylesheet\"")?;
    let href = html::attr(&index[at.clone()], "href").and_then(|h| h.strip_prefix("./")).map(str::to_string);
    Ok((at, href.ok_or("the stylesheet link has no ./ address")?))
}

/// Step 5: the whole app in one file for use offline (file://, a wiki attachment): the whole
/// tool's wasm as base64 inside its one module script, both stylesheets in one `<style>`, the
/// language script inline; all three allowed by their SHA-256 in the file's own CSP
/// (`page::OFFLINE_CSP`), never by 'unsafe-inline'.
pub fn offline_file(dir: &Path, whole: &WholeTool) -> Result<()> {
    let index = read(&dir.join("index.html"))?;
    let (link, css_name) = stylesheet_link(&index)?;
    let mut glue = read(&dir.join(&whole.glue))?;
    // The glue ends by exporting its entry points; inside one inline module they are called directly.
    let export = "export { initSync, __wbg_init as default };";
    if !glue.contains(export) {
        return Err("the wasm-bindgen module's exports changed; update xtask's offline_file".into());
    }
    glue = glue.replace(export, "");
    let wasm = base64::engine::general_purpose::STANDARD.encode(read_bytes(&dir.join(&whole.wasm))?);
    let script = format!(
        "{glue}\nconst wasmBytes = Uint8Array.from(atob('{wasm}'), (c) => c.charCodeAt(0));\nawait __wbg_init({{ module_or_path: wasmBytes }});\n"
    );
    let style = format!("{}\n{}", read(&dir.join(&css_name))?, read(&dir.join(&whole.css))?);
    let lang_start = "<script src=\"./lang-";
    let lang_tag = &index[html::one_tag(&index, lang_start)?];
    let lang_name = html::attr(lang_tag, "src").and_then(|s| s.strip_prefix("./")).unwrap_or_default();
    let lang_script = read(&dir.join(lang_name))?;
    let closes = |t: &str, tag: &str| t.to_ascii_lowercase().contains(tag);
    if closes(&style, "</style") || closes(&script, "</script") || closes(&lang_script, "</script") {
        return Err("a closing tag inside the inlined text would end the element early".into());
    }
    let csp = page::csp(
        page::OFFLINE_CSP,
        &[
            ("script-src", hash_source(&script)),
            ("script-src", hash_source(&lang_script)),
            ("style-src", hash_source(&style)),
        ],
    );
    let page_text = format!("{}<style>{style}</style>{}", &index[..link.start], &index[link.end..]);
    let (page_text, _) =
        html::replace_tag(&page_text, "<meta http-equiv=\"Content-Security-Policy\"", &page::csp_meta(&csp))?;
    let (page_text, _) =
        html::replace_tag(&page_text, "<script type=\"module\"", &format!("<script type=\"module\">{script}"))?;
    // The module script's own `</script>` follows its start tag already.
    let (page_text, _) = html::replace_tag(&page_text, lang_start, &format!("<script>{lang_script}"))?;
    let (page_text, _) = html::replace_tag(&page_text, &format!("<meta name=\"{}\"", page::whole_tool_meta::NAME), "")?;
    if page_text.contains("src=\"./") || page_text.contains("href=\"./") {
        return Err("a reference to another file is left in the single file".into());
    }
    write(&dir.join(OFFLINE), page_text)
}

/// Step 6: the stylesheet into the page as one `<style>` (the first view is prerendered, so the
/// stylesheet is all that stands between the HTML and the first paint), allowed by its hash in
/// `style-src`; `'self'` stays for the whole tool's stylesheet, which the page adds.
pub fn inline_stylesheet(dir: &Path) -> Result<()> {
    let index_path = dir.join("index.html");
    let index = read(&index_path)?;
    let (link, css_name) = stylesheet_link(&index)?;
    let style = read(&dir.join(&css_name))?;
    if style.to_ascii_lowercase().contains("</style") {
        return Err("the stylesheet contains a closing style tag".into());
    }
    let index = format!("{}<style>{style}</style>{}", &index[..link.start], &index[link.end..]);
    let csp = page::csp(page::PAGE_CSP, &[("style-src", hash_source(&style))]);
    let (index, _) = html::replace_tag(&index, "<meta http-equiv=\"Content-Security-Policy\"", &page::csp_meta(&csp))?;
    write(&index_path, index)?;
    // Nothing links the file any more (the offline file has its own copy).
    remove(&dir.join(css_name))
}

/// Step 7: a `.br` (brotli 11) and a `.gz` (gzip 9) copy next to every file a browser fetches,
/// for hosts that serve precompressed files (nginx gzip_static / brotli_static, IIS, most
/// CDNs); the originals stay. Returns (raw, gzip, brotli) bytes.
pub fn precompress(dir: &Path) -> Result<(usize, usize, usize)> {
    let mut totals = (0, 0, 0);
    let mut pending = vec![dir.to_path_buf()];
    // Recursive: wasm-bindgen's JS snippets sit in snippets/<crate>/.
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).map_err(|e| e.to_string())? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
            if !["wasm", "js", "css", "html", "json"].contains(&ext) {
                continue;
            }
            let body = read_bytes(&path)?;
            let (br, gz) = (brotli(&body)?, gzip(&body)?);
            let with = |suffix: &str| {
                let mut name = path.clone().into_os_string();
                name.push(suffix);
                std::path::PathBuf::from(name)
            };
            write(&with(".br"), &br)?;
            write(&with(".gz"), &gz)?;
            totals = (totals.0 + body.len(), totals.1 + gz.len(), totals.2 + br.len());
        }
    }
    Ok(totals)
}

pub fn brotli(body: &[u8]) -> Result<Vec<u8>> {
    let params =
        brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, size_hint: body.len(), ..Default::default() };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &body[..], &mut out, &params).map_err(|e| e.to_string())?;
    Ok(out)
}

pub fn gzip(body: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(body).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}

#[cfg(test)]
#[path = "steps_tests.rs"]
mod tests;
