//! The page contract: every fact that the app, the page (`index.html`) and the build step
//! (`xtask`) must agree on, spelt once. No web-sys here: the build step compiles it natively.
//! The app reads its element ids, storage keys and flags from here; the build step fills the
//! loader and the language script from here and writes the Content-Security-Policies from the
//! data below. `index.html` has to name a few of them itself (its CSP, the `#fatal` box, the
//! first-view marker Trunk writes from `Trunk.toml`); the build step stops when those differ
//! from this file, and `xtask`'s tests check the same.

/// Where the live app is mounted (it also marks `data-ready` there).
pub const APP_ROOT: &str = "app-root";
/// The inert first view written into the page at build time, one child per language.
pub const PRERENDER: &str = "prerender";
/// The box a panic writes its message into (reserved by `index.html`).
pub const FATAL: &str = "fatal";
/// The line that says the whole tool is loading (or could not be loaded).
pub const UPGRADE_STATUS: &str = "upgrade-status";
/// The whole tool's stylesheet once the page has added it.
pub const TOOL_STYLESHEET: &str = "tool-css";

/// The whole tool's module (its Cargo bin, `data-bin` in index.html); Trunk builds it unhashed.
pub const WHOLE_TOOL_MODULE: &str = "ssp-advisor-full";

/// The `<meta>` that tells the first view where the whole tool's files are: its glue module in
/// `content`, its wasm and stylesheet in the two attributes.
pub mod whole_tool_meta {
    pub const NAME: &str = "ssp-full-module";
    pub const GLUE: &str = "content";
    pub const WASM: &str = "data-wasm";
    pub const CSS: &str = "data-css";
}

/// The element Trunk writes in place of its own loader (`pattern_script` in `Trunk.toml`): the
/// first view's glue and wasm. The build step replaces it with the loader.
pub mod first_view_marker {
    pub const NAME: &str = "ssp-first-view";
    pub const WASM: &str = "data-wasm";

    /// The `pattern_script` Trunk is configured with (`{base}`, `{js}`, `{wasm}` are Trunk's).
    pub fn trunk_pattern() -> String {
        format!("<meta name=\"{NAME}\" content=\"{{base}}{{js}}\" {WASM}=\"{{base}}{{wasm}}\" />")
    }
}

/// The file a language's cells are fetched from by the first view (next to the page).
pub fn language_file(code: &str) -> String {
    format!("i18n-{code}.json")
}

/// localStorage keys.
pub mod storage {
    pub const SCENARIO: &str = "ssp-advisor.scenario.v1";
    pub const LANG: &str = "ssp-advisor.lang";
    pub const CATALOG: &str = "ssp-advisor.catalogue.v1";
    pub const CUSTOM: &str = "ssp-advisor.custom-products.v1";
    pub const SESSIONS: &str = "ssp-advisor.sessions.v1";
    /// The keys that make a visit not a first one: the page's loader starts the whole tool when
    /// any of them is there. A language alone is no saved work.
    pub const NOT_FIRST_VISIT: [&str; 4] = [SCENARIO, CATALOG, CUSTOM, SESSIONS];
}

/// Query flags of the page address.
pub mod flag {
    /// The workshop slides.
    pub const PRESENT: &str = "present";
    /// The printable report.
    pub const REPORT: &str = "report";
    /// Embedded in another page (no tagline and footer; the height is posted to the parent).
    pub const EMBED: &str = "embed";
    /// The language (`?lang=de`); it wins over a saved choice and the browser's language.
    pub const LANG: &str = "lang";
    /// Flags that choose how the page shows a scenario, not what the scenario is.
    pub const VIEW: [&str; 3] = [EMBED, PRESENT, REPORT];
    /// Flags that start the whole tool directly (the first view would only hand over).
    pub const WHOLE_TOOL: [&str; 2] = [PRESENT, REPORT];
    /// The values that switch a flag on.
    pub const ON: [&str; 2] = ["1", "true"];

    pub fn is_on(value: Option<&str>) -> bool {
        value.is_some_and(|v| ON.contains(&v))
    }
}

/// A Content-Security-Policy as data: directive, sources.
pub type Policy = [(&'static str, &'static [&'static str])];

/// The page's policy as `index.html` carries it: no inline script or style, nothing but this
/// origin. The build step adds the inlined stylesheet's hash to `style-src` (`'self'` stays
/// for the whole tool's stylesheet).
pub const PAGE_CSP: &Policy = &[
    ("default-src", &["'none'"]),
    ("script-src", &["'self'", "'wasm-unsafe-eval'"]),
    ("style-src", &["'self'"]),
    ("img-src", &["'self'", "data:"]),
    ("connect-src", &["'self'"]),
    ("base-uri", &["'none'"]),
    ("form-action", &["'none'"]),
    ("object-src", &["'none'"]),
];

/// The offline single file's policy: no file at all, its one script and one style allowed by
/// their hashes (added to the empty `script-src` and `style-src` below).
pub const OFFLINE_CSP: &Policy = &[
    ("default-src", &["'none'"]),
    ("script-src", &["'wasm-unsafe-eval'"]),
    ("style-src", &[]),
    ("img-src", &["data:"]),
    ("connect-src", &["'none'"]),
    ("base-uri", &["'none'"]),
    ("form-action", &["'none'"]),
    ("object-src", &["'none'"]),
];

/// A source that allows one inline element by its SHA-256 (given in base64).
pub fn hash_source(sha256_base64: &str) -> String {
    format!("'sha256-{sha256_base64}'")
}

/// The policy as the `content` of its `<meta>`, with `extra` sources added to their directive.
pub fn csp(policy: &Policy, extra: &[(&str, String)]) -> String {
    policy
        .iter()
        .map(|(directive, sources)| {
            let added = extra.iter().filter(|(d, _)| d == directive).map(|(_, s)| s.as_str());
            let all: Vec<&str> = sources.iter().copied().chain(added).collect();
            format!("{directive} {}", all.join(" "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The `<meta>` element of a policy.
pub fn csp_meta(content: &str) -> String {
    format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{content}\" />")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_policy_reads_as_the_browser_expects_with_hashes_added() {
        assert!(csp(PAGE_CSP, &[])
            .starts_with("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "));
        let with = csp(OFFLINE_CSP, &[("script-src", hash_source("AB==")), ("style-src", hash_source("CD=="))]);
        assert!(
            with.contains("script-src 'wasm-unsafe-eval' 'sha256-AB=='; style-src 'sha256-CD=='; img-src data:"),
            "{with}"
        );
    }

    #[test]
    fn a_language_alone_is_no_saved_work() {
        assert!(!storage::NOT_FIRST_VISIT.contains(&storage::LANG));
        assert!(flag::is_on(Some("true")) && flag::is_on(Some("1")) && !flag::is_on(Some("0")) && !flag::is_on(None));
    }
}
