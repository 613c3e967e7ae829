//! Build step (run by the Trunk post-build hook): renders the app's first view natively with
//! Yew's `ServerRenderer` (a first-time visitor: English, nothing selected) and writes it into
//! the built `index.html` as an inert `<div id="prerender">`, so the page paints its heading,
//! intro and product list before the wasm has arrived. The live app replaces it (see
//! `src/ui/entry.rs`). No script or style is added, so the strict CSP holds. It also writes the
//! German and Dutch text files the first view fetches (`i18n::language_file`).
//! Usage: cargo run --example prerender -- <path to index.html>
fn main() {
    let path = std::env::args().nth(1).expect("usage: prerender <index.html>");
    let page = std::fs::read_to_string(&path).expect("read index.html");
    let body =
        futures::executor::block_on(yew::ServerRenderer::<ssp_advisor::ui::App>::new().hydratable(false).render());
    if body.contains(" style=") || body.contains("<script") {
        eprintln!("prerender: the rendered view has inline style or script, which the CSP blocks");
        std::process::exit(1);
    }
    let marker = "<div id=\"fatal\"";
    let Some(at) = page.find(marker) else {
        eprintln!("prerender: no {marker} in {path}");
        std::process::exit(1);
    };
    if page.contains("id=\"prerender\"") {
        eprintln!("prerender: {path} is already prerendered");
        std::process::exit(1);
    }
    let out = format!("{}<div id=\"prerender\" inert>{}</div>\n    {}", &page[..at], body, &page[at..]);
    // With the first view in the page, Trunk's preload of the wasm only competes with painting
    // it (and Lighthouse's simulation then counts the whole wasm against the largest contentful
    // paint; at low priority it still does: 3.2 s against 1.1 s without). The loader fetches
    // the wasm a moment later; the small glue module keeps its preload.
    let out = without_wasm_preload(&out);
    std::fs::write(&path, out).expect("write index.html");
    // The first view carries English only; German and Dutch are files next to the page, made
    // from the same translation table, fetched by the first view when needed.
    let dir = std::path::Path::new(&path).parent().unwrap_or(std::path::Path::new("."));
    for lang in [ssp_advisor::i18n::Lang::De, ssp_advisor::i18n::Lang::Nl] {
        let file = dir.join(format!("i18n-{}.json", lang.code()));
        std::fs::write(&file, ssp_advisor::i18n::language_file(lang)).expect("write a language file");
    }
    println!("prerender: {} bytes of first view written into {path}", body.len());
}

/// Removes the `<link rel="preload" … as="fetch" type="application/wasm">` element.
fn without_wasm_preload(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(i) = rest.find("<link rel=\"preload\"") {
        let tail = &rest[i..];
        let end = tail.find('>').map_or(tail.len(), |e| e + 1);
        out.push_str(&rest[..i]);
        if !tail[..end].contains("type=\"application/wasm\"") {
            out.push_str(&tail[..end]);
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}
