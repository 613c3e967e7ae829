//! Each step on a small fixture: a page shaped like Trunk's output, a fake whole-tool module
//! and stylesheets, in a fresh directory per test. And the page contract against the files
//! that have to spell some of it themselves (index.html, Trunk.toml).
use super::*;
use std::path::PathBuf;

const FIRST_GLUE: &str = "ssp-advisor-0123456789abcdef.js";
const FIRST_WASM: &str = "ssp-advisor-0123456789abcdef_bg.wasm";
const APP_CSS: &str = "app-0123456789abcdef.css";

struct Fixture {
    root: PathBuf,
    dir: PathBuf,
    source: PathBuf,
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

impl Fixture {
    fn new(test: &str) -> Fixture {
        let root = std::env::temp_dir().join(format!("xtask-{test}-{}", std::process::id()));
        let (dir, source) = (root.join("dist"), root.join("src"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::create_dir_all(source.join("styles")).unwrap();
        let index = format!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n    <meta http-equiv=\"Content-Security-Policy\"\n      content=\"{}\" />\n    \
             <link rel=\"stylesheet\" href=\"./{APP_CSS}\" integrity=\"sha384-x\"/>\n    {}\n  </head>\n  <body>\n    \
             <div id=\"fatal\" class=\"fatal\" role=\"alert\" hidden></div>\n  </body>\n</html>\n",
            page::csp(page::PAGE_CSP, &[]),
            page::first_view_marker::trunk_pattern().replace("{base}", "./").replace("{js}", FIRST_GLUE).replace("{wasm}", FIRST_WASM),
        );
        std::fs::write(dir.join("index.html"), index).unwrap();
        std::fs::write(dir.join(APP_CSS), "body { margin: 0 }").unwrap();
        std::fs::write(dir.join(FIRST_WASM), b"\0asm app.title nav.products summary.title").unwrap();
        std::fs::write(
            dir.join("ssp-advisor-full.js"),
            "let wasm;\nfunction __wbg_init(m) { return new URL('ssp-advisor-full_bg.wasm', import.meta.url); }\nexport { initSync, __wbg_init as default };\n",
        )
        .unwrap();
        std::fs::write(dir.join("ssp-advisor-full_bg.wasm"), b"\0asm whole tool").unwrap();
        std::fs::write(source.join("styles/tool.css"), ".tool { color: red }").unwrap();
        Fixture { root, dir, source }
    }

    fn index(&self) -> String {
        std::fs::read_to_string(self.dir.join("index.html")).unwrap()
    }

    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn one_named(&self, prefix: &str, suffix: &str) -> String {
        let found: Vec<String> =
            self.names().into_iter().filter(|n| n.starts_with(prefix) && n.ends_with(suffix)).collect();
        assert_eq!(found.len(), 1, "{prefix}…{suffix} in {:?}", self.names());
        std::fs::read_to_string(self.dir.join(&found[0])).unwrap()
    }
}

fn fake_render(lang: Lang) -> String {
    format!("<div class=\"app\"><h1 id=\"title\">title in {}</h1></div>", lang.code())
}

/// The inline text of the element that starts with `start`.
fn inline_text<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let at = page.find(start).unwrap();
    let open = at + page[at..].find('>').unwrap() + 1;
    &page[open..open + page[open..].find(end).unwrap()]
}

#[test]
fn step_1_names_the_whole_tool_by_its_content_and_tells_the_page() {
    let f = Fixture::new("whole-tool");
    let whole = whole_tool(&f.dir, &f.source).unwrap();
    assert!(whole.glue.starts_with("ssp-advisor-full-") && whole.wasm.ends_with("_bg.wasm"), "{whole:?}");
    assert_eq!(whole.glue.trim_end_matches(".js"), whole.wasm.trim_end_matches("_bg.wasm"));
    assert!(!f.dir.join("ssp-advisor-full.js").exists() && !f.dir.join("ssp-advisor-full_bg.wasm").exists());
    let glue = std::fs::read_to_string(f.dir.join(&whole.glue)).unwrap();
    assert!(glue.contains(&format!("'{}'", whole.wasm)), "the glue's fallback points at the renamed wasm");
    assert_eq!(std::fs::read_to_string(f.dir.join(&whole.css)).unwrap(), ".tool { color: red }");
    let index = f.index();
    assert!(index.contains(&format!(
        "<meta name=\"ssp-full-module\" content=\"./{}\" data-wasm=\"./{}\" data-css=\"./{}\" />",
        whole.glue, whole.wasm, whole.css
    )));
    // Another content, another name.
    let g = Fixture::new("whole-tool-2");
    std::fs::write(g.dir.join("ssp-advisor-full_bg.wasm"), b"\0asm changed").unwrap();
    assert_ne!(whole_tool(&g.dir, &g.source).unwrap().wasm, whole.wasm);
}

#[test]
fn step_2_writes_the_loader_from_the_contract_in_place_of_trunks_marker() {
    let f = Fixture::new("loader");
    let whole = whole_tool(&f.dir, &f.source).unwrap();
    let first = loader(&f.dir, &whole).unwrap();
    assert_eq!(first, FirstView { glue: FIRST_GLUE.into(), wasm: FIRST_WASM.into() });
    let boot = f.one_named("boot-", ".js");
    for key in page::storage::NOT_FIRST_VISIT {
        assert!(boot.contains(&format!("\"{key}\"")), "{key}");
    }
    assert!(!boot.contains(page::storage::LANG), "a language alone is no saved work");
    assert!(boot.contains(r#"["present","report"]"#));
    assert!(boot.contains(&format!("import(\"./{FIRST_GLUE}\")")) && boot.contains(&format!("\"./{FIRST_WASM}\"")));
    assert!(boot.contains(&format!("import(\"./{}\")", whole.glue)) && boot.contains(&format!("\"./{}\"", whole.css)));
    assert!(!boot.contains("/*"), "every marker filled");
    let index = f.index();
    assert!(!index.contains(page::first_view_marker::NAME));
    assert!(index.contains("<script type=\"module\" fetchpriority=\"low\" src=\"./boot-"));
    assert!(loader(&f.dir, &whole).is_err(), "no marker: the page is not Trunk's output");
}

#[test]
fn the_bare_pages_loader_starts_its_one_module_from_a_file() {
    let f = Fixture::new("bare");
    bare_loader(&f.dir).unwrap();
    let boot = f.one_named("boot-", ".js");
    assert_eq!(
        boot,
        format!("import init from \"./{FIRST_GLUE}\";\nawait init({{ module_or_path: \"./{FIRST_WASM}\" }});\n")
    );
    let index = f.index();
    assert!(index.contains(&format!("<script type=\"module\" src=\"./boot-{}.js\"></script>", short_hash(&boot))));
    assert!(!index.contains(page::first_view_marker::NAME));
}

#[test]
fn step_3_prerenders_every_language_and_the_script_that_picks_one() {
    let f = Fixture::new("prerender");
    prerender(&f.dir, fake_render).unwrap();
    let index = f.index();
    assert!(index.contains(
        "<div id=\"prerender\" inert><div lang=\"en\"><div class=\"app\"><h1 id=\"title\">title in en</h1></div></div>\
         <div lang=\"de\"><div class=\"app\"><h1>title in de</h1></div></div>\
         <div lang=\"nl\"><div class=\"app\"><h1>title in nl</h1></div></div></div>\n    <div id=\"fatal\""
    ));
    let script = f.one_named("lang-", ".js");
    assert!(
        script.contains(r#"["en","de","nl"]"#)
            && script.contains("\"ssp-advisor.lang\"")
            && script.contains("get(\"lang\")")
    );
    let tag = format!("<script src=\"./lang-{}.js\"></script>", short_hash(&script));
    assert!(index.find(&tag).unwrap() < index.find("</head>").unwrap(), "in the head: it runs before the body paints");
    assert!(prerender(&f.dir, fake_render).is_err(), "twice would show two views");
    let bad = Fixture::new("prerender-bad");
    assert!(prerender(&bad.dir, |_| "<p style=\"color:red\">x</p>".into()).is_err());
}

#[test]
fn step_3_renders_the_first_view_in_each_language() {
    let de = render_first_view(Lang::De);
    assert!(de.contains("Self-Service-Kauf-Berater") && !de.contains("Self-Service Purchase Advisor"));
    assert!(render_first_view(Lang::En).contains("Self-Service Purchase Advisor"));
    assert!(render_first_view(Lang::Nl).contains("Adviseur selfservice-aankopen"));
}

#[test]
fn step_4_cuts_the_language_files_to_the_ids_in_the_first_views_wasm() {
    let f = Fixture::new("languages");
    let file = |lang: &str| -> std::collections::BTreeMap<String, Vec<String>> {
        serde_json::from_str(&std::fs::read_to_string(f.dir.join(page::language_file(lang))).unwrap()).unwrap()
    };
    language_files(&f.dir, None).unwrap();
    let all = file("de").len();
    assert!(all > 300, "uncut: every German cell ({all})");
    language_files(&f.dir, Some(b"\0asm app.title nav.products")).unwrap();
    let cut = file("de");
    assert_eq!(cut.keys().collect::<Vec<_>>(), ["app.title", "nav.products"]);
    assert_eq!(cut["nav.products"], ["Produkte"]);
    assert_eq!(file("nl")["app.title"], ["Adviseur selfservice-aankopen"]);
    assert!(language_files(&f.dir, Some(b"\0asm nothing")).is_err(), "ids not stored as assumed: stop");
}

#[test]
fn step_5_the_offline_file_refers_to_no_file_and_allows_exactly_its_inline_parts() {
    let f = Fixture::new("offline");
    let whole = whole_tool(&f.dir, &f.source).unwrap();
    loader(&f.dir, &whole).unwrap();
    prerender(&f.dir, fake_render).unwrap();
    offline_file(&f.dir, &whole).unwrap();
    let single = std::fs::read_to_string(f.dir.join(OFFLINE)).unwrap();
    assert!(!single.contains("src=\"./") && !single.contains("href=\"./") && !single.contains("ssp-full-module"));
    let module = inline_text(&single, "<script type=\"module\">", "</script>");
    let lang = inline_text(&single, "<script>", "</script>");
    let style = inline_text(&single, "<style>", "</style>");
    assert!(module.contains("await __wbg_init({ module_or_path: wasmBytes })") && !module.contains("export {"));
    assert!(lang.contains("document.documentElement.lang"));
    assert_eq!(style, "body { margin: 0 }\n.tool { color: red }");
    let csp = page::csp(
        page::OFFLINE_CSP,
        &[("script-src", hash_source(module)), ("script-src", hash_source(lang)), ("style-src", hash_source(style))],
    );
    assert!(single.contains(&page::csp_meta(&csp)), "{csp}");
    assert!(single.contains("title in de"), "the prerendered view is in it");
}

#[test]
fn step_6_inlines_the_stylesheet_allowed_by_its_hash() {
    let f = Fixture::new("inline");
    inline_stylesheet(&f.dir).unwrap();
    let index = f.index();
    assert!(index.contains("<style>body { margin: 0 }</style>") && !index.contains("<link rel=\"stylesheet\""));
    let csp = page::csp(page::PAGE_CSP, &[("style-src", hash_source("body { margin: 0 }"))]);
    assert!(csp.contains("style-src 'self' 'sha256-"));
    assert!(index.contains(&page::csp_meta(&csp)));
    assert!(!f.dir.join(APP_CSS).exists());
}

#[test]
fn step_7_every_fetched_file_gets_copies_that_decompress_to_it() {
    use std::io::Read;
    let f = Fixture::new("precompress");
    std::fs::create_dir_all(f.dir.join("snippets/x")).unwrap();
    std::fs::write(f.dir.join("snippets/x/inline0.js"), "export const a = 1;".repeat(50)).unwrap();
    std::fs::write(f.dir.join("notes.txt"), "not fetched by a browser").unwrap();
    let (raw, gz, br) = precompress(&f.dir).unwrap();
    assert!(gz < raw && br < raw);
    let body = std::fs::read(f.dir.join("snippets/x/inline0.js")).unwrap();
    let mut unzipped = Vec::new();
    flate2::read::GzDecoder::new(&std::fs::read(f.dir.join("snippets/x/inline0.js.gz")).unwrap()[..])
        .read_to_end(&mut unzipped)
        .unwrap();
    assert_eq!(unzipped, body);
    let mut unbrotli = Vec::new();
    brotli::Decompressor::new(&std::fs::read(f.dir.join("index.html.br")).unwrap()[..], 4096)
        .read_to_end(&mut unbrotli)
        .unwrap();
    assert_eq!(unbrotli, f.index().into_bytes());
    assert!(!f.dir.join("notes.txt.gz").exists());
}

#[test]
fn a_debug_build_runs_only_what_it_needs_and_a_release_build_everything() {
    let f = Fixture::new("debug");
    crate::run(&f.dir, &f.source, false).unwrap();
    let names = f.names();
    assert!(names.iter().any(|n| n.starts_with("boot-")) && names.contains(&"i18n-de.json".to_string()));
    assert!(!names.iter().any(|n| n.ends_with(".gz") || n.starts_with("lang-") || n == OFFLINE), "{names:?}");
    let r = Fixture::new("release");
    crate::run(&r.dir, &r.source, true).unwrap();
    let names = r.names();
    for expected in [OFFLINE, "index.html.br", "i18n-nl.json.gz"] {
        assert!(names.contains(&expected.to_string()), "{expected} in {names:?}");
    }
    assert!(r.index().contains("Self-Service-Kauf-Berater"), "the real first view, in German too");
}

/// index.html and Trunk.toml must name a few page facts themselves; they say what page.rs says.
#[test]
fn the_page_and_trunks_settings_agree_with_the_contract() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let index = std::fs::read_to_string(root.join("index.html")).unwrap();
    check_page(&index).unwrap();
    assert!(index.contains(&format!("data-bin=\"{}\"", page::WHOLE_TOOL_MODULE)));
    // The app's and the benchmark's bare Yew page's.
    for file in ["Trunk.toml", "bench/bare-yew/Trunk.toml"] {
        let trunk: String = std::fs::read_to_string(root.join(file)).unwrap();
        let pattern = trunk.lines().find_map(|l| l.strip_prefix("pattern_script = ")).expect("pattern_script");
        let pattern: String = serde_json::from_str(pattern).expect("a TOML basic string");
        assert_eq!(pattern, page::first_view_marker::trunk_pattern(), "{file}");
    }
    let trunk: String = std::fs::read_to_string(root.join("Trunk.toml")).unwrap();
    assert!(trunk.contains("pattern_preload = \"\""), "no preloads: they would compete with the first paint");
    // The stylesheet shows the copy of the prerendered view in the page's language.
    let css = std::fs::read_to_string(root.join("styles/app.css")).unwrap();
    assert!(css.contains(&format!("#{} > [lang] {{ display: none; }}", page::PRERENDER)));
    for lang in Lang::ALL {
        let code = lang.code();
        assert!(css.contains(&format!("html:lang({code}) #{} > [lang=\"{code}\"]", page::PRERENDER)), "{code}");
    }
}
