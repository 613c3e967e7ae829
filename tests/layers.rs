//! The domain depends one way: every module under `src/domain` (and the translation table,
//! `src/i18n`) has a layer, and a module may only use modules of a lower layer. The test reads
//! the sources (comments and string literals skipped, `#[cfg(test)]` items and test files left
//! out, as tests may use anything), resolves `crate::`, `super::`, `self::` paths and exported
//! macros to the module they name, prints the module graph (`--nocapture`) and fails on an
//! upward or same-layer import, naming the file.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Lowest first. A module may use modules of lower layers only; modules of one layer are
/// independent of each other.
const LAYERS: &[&[&str]] = &[
    // Words that need nothing: days, the names of formats that leave the page, wire tags.
    &["date", "formats", "tag"],
    // Money and its rounding; the organisation's country and size band.
    &["money", "org"],
    // The translation table and message formatting; a region's currency and VAT rate.
    &["i18n", "region"],
    // The vocabulary: ProductIds, input limits, problems, the policy values, related switches.
    &["ids", "input", "message", "policy", "problem", "switches"],
    // Product facts.
    &["catalog"],
    &["catalog_code", "pricing"],
    // The questions and rules; seats that change over time.
    &["decision", "ramp"],
    // The user's door choices; a tenant's imported state.
    &["doors", "tenant"],
    &["script"],
    // The scenario: one serde value holding all of the above.
    &["scenario"],
    &["checklist", "compare", "custom", "shelf"],
    // Links and files; costs into decisions; wording several outputs share.
    &["advice", "share", "wording"],
    &["derived", "versus"],
    // One decision for many tenants.
    &["fleet"],
    // The decision report, which also says how the decision rolls out to the tenants.
    &["report"],
];

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Path, // `::`
    Punct(char),
}

/// Tokens of Rust source with comments, string, byte-string, raw-string and char literals and
/// lifetimes dropped (a path inside a string is not an import).
fn lex(src: &str) -> Vec<Tok> {
    let s: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let n = s.len();
    while i < n {
        let c = s[i];
        if c == '/' && i + 1 < n && s[i + 1] == '/' {
            while i < n && s[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && i + 1 < n && s[i + 1] == '*' {
            let mut depth = 0;
            while i < n {
                if s[i] == '/' && i + 1 < n && s[i + 1] == '*' {
                    depth += 1;
                    i += 2;
                } else if s[i] == '*' && i + 1 < n && s[i + 1] == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if (c == 'r' || c == 'b') && raw_string_start(&s, i).is_some() && !prev_is_ident(&s, i) {
            let (hashes, body) = raw_string_start(&s, i).unwrap();
            i = body;
            loop {
                if i >= n {
                    break;
                }
                if s[i] == '"' && (0..hashes).all(|h| i + 1 + h < n && s[i + 1 + h] == '#') {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
        } else if c == '"' || (c == 'b' && i + 1 < n && s[i + 1] == '"' && !prev_is_ident(&s, i)) {
            i += if c == 'b' { 2 } else { 1 };
            while i < n && s[i] != '"' {
                if s[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
        } else if c == '\'' {
            // A char literal ('a', '\n', '\u{..}') or a lifetime ('a without a closing quote).
            if i + 2 < n && s[i + 1] == '\\' {
                i += 2;
                while i < n && s[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if i + 2 < n && s[i + 2] == '\'' {
                i += 3;
            } else {
                i += 1;
                while i < n && (s[i].is_alphanumeric() || s[i] == '_') {
                    i += 1;
                }
            }
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < n && (s[i].is_alphanumeric() || s[i] == '_') {
                i += 1;
            }
            out.push(Tok::Ident(s[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            while i < n && (s[i].is_alphanumeric() || s[i] == '_' || s[i] == '.') {
                if s[i] == '.' && i + 1 < n && s[i + 1] == '.' {
                    break;
                }
                i += 1;
            }
        } else if c == ':' && i + 1 < n && s[i + 1] == ':' {
            out.push(Tok::Path);
            i += 2;
        } else if c.is_whitespace() {
            i += 1;
        } else {
            out.push(Tok::Punct(c));
            i += 1;
        }
    }
    out
}

fn prev_is_ident(s: &[char], i: usize) -> bool {
    i > 0 && (s[i - 1].is_alphanumeric() || s[i - 1] == '_')
}

/// `r"`, `r#"`, `br"`, `br#"` at `i`: the number of `#` and where the body starts.
fn raw_string_start(s: &[char], i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    if s[j] == 'b' {
        j += 1;
    }
    if j >= s.len() || s[j] != 'r' {
        return None;
    }
    j += 1;
    let mut hashes = 0;
    while j < s.len() && s[j] == '#' {
        hashes += 1;
        j += 1;
    }
    (j < s.len() && s[j] == '"').then_some((hashes, j + 1))
}

/// The module path of a source file (`src/domain/share/mod.rs` is `domain::share`).
fn module_path(root: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(root.join("src")).unwrap();
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string()).collect();
    if parts.last().map(String::as_str) == Some("mod") {
        parts.pop();
    }
    parts
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Whether the attribute tokens (between `#[` and `]`) are `cfg(test)` or `cfg(all(test, …))`.
fn is_test_cfg(attr: &[Tok]) -> bool {
    let id = |t: &Tok, s: &str| matches!(t, Tok::Ident(x) if x == s);
    attr.len() >= 3
        && id(&attr[0], "cfg")
        && (id(&attr[2], "test") || (attr.len() >= 5 && id(&attr[2], "all") && id(&attr[4], "test")))
}

/// Reads the path tree starting at `i` (just after `crate ::` or the like): every full path it
/// names, with `{a, b::c}` groups expanded.
fn path_tree(toks: &[Tok], mut i: usize, prefix: &[String], out: &mut Vec<Vec<String>>) -> usize {
    let mut path = prefix.to_vec();
    loop {
        match toks.get(i) {
            Some(Tok::Ident(s)) => {
                path.push(s.clone());
                i += 1;
                if toks.get(i) == Some(&Tok::Path) {
                    i += 1;
                    continue;
                }
                out.push(path);
                // `a::b as c`: the alias names nothing new.
                if toks.get(i) == Some(&Tok::Ident("as".into())) {
                    return i + 2;
                }
                return i;
            }
            Some(Tok::Punct('{')) => {
                i += 1;
                loop {
                    match toks.get(i) {
                        Some(Tok::Punct('}')) => return i + 1,
                        Some(Tok::Punct(',')) => i += 1,
                        None => return i,
                        _ => i = path_tree(toks, i, &path, out),
                    }
                }
            }
            Some(Tok::Punct('*')) => {
                out.push(path);
                return i + 1;
            }
            _ => {
                out.push(path);
                return i;
            }
        }
    }
}

/// The node a path names: a domain module, `i18n`, or another top-level module of the crate.
fn node_of(path: &[String]) -> Option<String> {
    match path.first().map(String::as_str) {
        Some("domain") => path.get(1).cloned(),
        Some(top) => Some(top.to_string()),
        None => None,
    }
}

fn node_of_file(module: &[String]) -> String {
    node_of(module).unwrap_or_else(|| "domain".into())
}

struct Use {
    from: String,
    to: String,
    file: String,
    what: String,
}

fn scan(root: &Path) -> Vec<Use> {
    let mut files = Vec::new();
    rust_files(&root.join("src/domain"), &mut files);
    rust_files(&root.join("src/i18n"), &mut files);
    let lexed: Vec<(PathBuf, Vec<String>, Vec<Tok>)> = files
        .into_iter()
        .map(|f| {
            let toks = lex(&std::fs::read_to_string(&f).unwrap());
            let m = module_path(root, &f);
            (f, m, toks)
        })
        .collect();

    // Exported macros live at the crate root; an invocation uses the module that defines it.
    let mut macros: BTreeMap<String, String> = BTreeMap::new();
    let mut test_modules: BTreeSet<Vec<String>> = BTreeSet::new();
    for (_, module, toks) in &lexed {
        for (i, t) in toks.iter().enumerate() {
            if *t != Tok::Ident("macro_rules".into()) {
                continue;
            }
            // Walk back over the attributes before it, looking for `#[macro_export]`.
            let exported = (0..i).rev().any(|a| {
                attribute(toks, a).is_some_and(|(attr, end)| {
                    attr == [Tok::Ident("macro_export".into())]
                        && (end..i).all(|k| toks[k] != Tok::Punct(';') && toks[k] != Tok::Punct('}'))
                })
            });
            if let (true, Some(Tok::Ident(name))) = (exported, toks.get(i + 2)) {
                macros.insert(name.clone(), node_of_file(module));
            }
        }
        // `#[cfg(test)] mod x;` makes the file of `x` (and all below it) test code.
        let mut i = 0;
        while i < toks.len() {
            if let Some((attr, end)) = attribute(toks, i) {
                if is_test_cfg(attr) {
                    let mut j = end;
                    while let Some((_, e)) = attribute(toks, j) {
                        j = e;
                    }
                    if toks.get(j) == Some(&Tok::Ident("pub".into())) {
                        j += 1;
                    }
                    if let (Some(Tok::Ident(m)), Some(Tok::Ident(name)), Some(Tok::Punct(';'))) =
                        (toks.get(j), toks.get(j + 1), toks.get(j + 2))
                    {
                        if m == "mod" {
                            let mut p = module.clone();
                            p.push(name.clone());
                            test_modules.insert(p);
                        }
                    }
                }
                i = end;
            } else {
                i += 1;
            }
        }
    }

    let mut uses = Vec::new();
    for (file, module, toks) in &lexed {
        if (1..=module.len()).any(|k| test_modules.contains(&module[..k])) {
            continue;
        }
        let from = node_of_file(module);
        let rel = file.strip_prefix(root).unwrap().display().to_string();
        // Inline modules change what `super::` and `self::` mean: (module path, brace depth).
        let mut scopes: Vec<(Vec<String>, usize)> = vec![(module.clone(), 0)];
        let mut depth = 0usize;
        let mut i = 0;
        while i < toks.len() {
            if let Some((attr, end)) = attribute(toks, i) {
                if is_test_cfg(attr) {
                    i = skip_item(toks, end);
                } else {
                    i = end;
                }
                continue;
            }
            let here = &scopes.last().unwrap().0;
            match &toks[i] {
                Tok::Punct('{') => depth += 1,
                Tok::Punct('}') => {
                    depth = depth.saturating_sub(1);
                    if scopes.len() > 1 && scopes.last().unwrap().1 == depth {
                        scopes.pop();
                    }
                }
                Tok::Ident(kw) if kw == "mod" => {
                    if let (Some(Tok::Ident(name)), Some(Tok::Punct('{'))) = (toks.get(i + 1), toks.get(i + 2)) {
                        let mut p = here.clone();
                        p.push(name.clone());
                        scopes.push((p, depth));
                    }
                }
                Tok::Ident(kw)
                    if (kw == "crate" || kw == "super" || kw == "self")
                        && toks.get(i + 1) == Some(&Tok::Path)
                        && !(i > 0 && toks[i - 1] == Tok::Path) =>
                {
                    let mut base: Vec<String> = if kw == "crate" { vec![] } else { here.clone() };
                    let mut j = i + 2;
                    if kw == "super" {
                        base.pop();
                        while toks.get(j) == Some(&Tok::Ident("super".into())) && toks.get(j + 1) == Some(&Tok::Path) {
                            base.pop();
                            j += 2;
                        }
                    }
                    let mut paths = Vec::new();
                    let next = path_tree(toks, j, &base, &mut paths);
                    for p in paths {
                        // A macro named by path (`crate::tags!`) belongs where it is defined.
                        let to = match (p.len(), p.last()) {
                            (1, Some(m)) if macros.contains_key(m) => Some(macros[m].clone()),
                            _ => node_of(&p),
                        };
                        if let Some(to) = to {
                            uses.push(Use { from: from.clone(), to, file: rel.clone(), what: p.join("::") });
                        }
                    }
                    i = next;
                    continue;
                }
                Tok::Ident(name)
                    if macros.contains_key(name)
                        && toks.get(i + 1) == Some(&Tok::Punct('!'))
                        && !(i > 0 && toks[i - 1] == Tok::Ident("macro_rules".into())) =>
                {
                    let what = format!("{name}!");
                    uses.push(Use { from: from.clone(), to: macros[name].clone(), file: rel.clone(), what });
                }
                _ => {}
            }
            i += 1;
        }
    }
    uses
}

/// `#[ … ]` or `#![ … ]` at `i`: its inner tokens and the index after it.
fn attribute(toks: &[Tok], i: usize) -> Option<(&[Tok], usize)> {
    if toks.get(i) != Some(&Tok::Punct('#')) {
        return None;
    }
    let mut j = i + 1;
    if toks.get(j) == Some(&Tok::Punct('!')) {
        j += 1;
    }
    if toks.get(j) != Some(&Tok::Punct('[')) {
        return None;
    }
    let start = j + 1;
    let mut depth = 1;
    let mut k = start;
    while k < toks.len() {
        match toks[k] {
            Tok::Punct('[') => depth += 1,
            Tok::Punct(']') => {
                depth -= 1;
                if depth == 0 {
                    return Some((&toks[start..k], k + 1));
                }
            }
            _ => {}
        }
        k += 1;
    }
    None
}

/// Skips the item starting at `i` (after its attributes): up to its `;` or its closing brace.
fn skip_item(toks: &[Tok], mut i: usize) -> usize {
    while let Some((_, end)) = attribute(toks, i) {
        i = end;
    }
    let mut depth = 0;
    while i < toks.len() {
        match toks[i] {
            Tok::Punct('{') => depth += 1,
            Tok::Punct('}') => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            Tok::Punct(';') if depth == 0 => return i + 1,
            _ => {}
        }
        i += 1;
    }
    i
}

/// Strongly connected components with more than one module (Tarjan).
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct T<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<String, usize>,
        low: BTreeMap<String, usize>,
        stack: Vec<String>,
        on: BTreeSet<String>,
        out: Vec<Vec<String>>,
    }
    fn visit(t: &mut T, v: &str) {
        let n = t.index.len();
        t.index.insert(v.into(), n);
        t.low.insert(v.into(), n);
        t.stack.push(v.into());
        t.on.insert(v.into());
        for w in t.edges.get(v).into_iter().flatten() {
            if !t.index.contains_key(w) {
                visit(t, w);
                let lw = t.low[w];
                let lv = t.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if t.on.contains(w) {
                let iw = t.index[w];
                let lv = t.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if t.low[v] == t.index[v] {
            let mut comp = Vec::new();
            loop {
                let w = t.stack.pop().unwrap();
                t.on.remove(&w);
                let done = w == v;
                comp.push(w);
                if done {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                t.out.push(comp);
            }
        }
    }
    let mut t = T {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    let nodes: BTreeSet<&String> = edges.keys().chain(edges.values().flatten()).collect();
    for v in nodes {
        if !t.index.contains_key(v) {
            visit(&mut t, v);
        }
    }
    t.out
}

fn graph(uses: &[Use]) -> BTreeMap<String, BTreeSet<String>> {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for u in uses {
        if u.from != u.to {
            edges.entry(u.from.clone()).or_default().insert(u.to.clone());
        }
    }
    edges
}

fn print_graph(edges: &BTreeMap<String, BTreeSet<String>>) {
    println!("module graph (domain modules and i18n; A -> what A uses):");
    for (from, to) in edges {
        println!("  {from} -> {}", to.iter().cloned().collect::<Vec<_>>().join(", "));
    }
    let cs = cycles(edges);
    println!("cycles (strongly connected components): {}", cs.len());
    for c in cs {
        println!("  [{}] {}", c.len(), c.join(", "));
    }
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// Every use that does not go strictly down, as "file: from (layer) uses to (layer) via path".
fn violations(uses: &[Use]) -> Vec<String> {
    let mut bad = BTreeSet::new();
    // `domain/mod.rs` only declares the modules.
    for u in uses.iter().filter(|u| u.from != u.to && u.from != "domain") {
        let (Some(lf), Some(lt)) = (layer_of(&u.from), layer_of(&u.to)) else {
            bad.insert(format!("{}: {} uses {} via {}; one of them has no layer", u.file, u.from, u.to, u.what));
            continue;
        };
        if lt >= lf {
            bad.insert(format!("{}: {} (layer {lf}) uses {} (layer {lt}) via {}", u.file, u.from, u.to, u.what));
        }
    }
    bad.into_iter().collect()
}

/// The modules `src/domain/mod.rs` declares, and `i18n`.
fn declared_modules(root: &Path) -> Vec<String> {
    let toks = lex(&std::fs::read_to_string(root.join("src/domain/mod.rs")).unwrap());
    let mut out = vec!["i18n".to_string()];
    let mut i = 0;
    while i < toks.len() {
        // Test-only modules (`#[cfg(test)] pub mod test_support;`) may use anything.
        if let Some((attr, end)) = attribute(&toks, i) {
            i = if is_test_cfg(attr) { skip_item(&toks, end) } else { end };
            continue;
        }
        if let (Tok::Ident(m), Some(Tok::Ident(name)), Some(Tok::Punct(';'))) =
            (&toks[i], toks.get(i + 1), toks.get(i + 2))
        {
            if m == "mod" {
                out.push(name.clone());
            }
        }
        i += 1;
    }
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_domain_and_i18n_depend_one_way() {
    let uses = scan(&root());
    print_graph(&graph(&uses));
    // `LAYERS_VERBOSE=1` lists every use behind the edges.
    if std::env::var_os("LAYERS_VERBOSE").is_some() {
        let mut all: BTreeSet<String> = BTreeSet::new();
        for u in uses.iter().filter(|u| u.from != u.to) {
            all.insert(format!("{} -> {}: {} ({})", u.from, u.to, u.what, u.file));
        }
        all.iter().for_each(|l| println!("  {l}"));
    }
    let mut bad = violations(&uses);
    // Every module has a layer, and the table names no module that is gone.
    let declared = declared_modules(&root());
    for m in &declared {
        if layer_of(m).is_none() {
            bad.push(format!("src/domain/mod.rs: {m} has no layer in tests/layers.rs"));
        }
    }
    for m in LAYERS.iter().flat_map(|l| l.iter()) {
        if !declared.iter().any(|d| d == m) {
            bad.push(format!("tests/layers.rs: {m} is not a module"));
        }
    }
    assert!(bad.is_empty(), "{} imports against the layers:\n{}", bad.len(), bad.join("\n"));
}

/// The reader on a small tree: groups, aliases, `super::` in an inline module, exported macros
/// and `$crate` count; comments, strings and `#[cfg(test)]` code do not.
#[test]
fn the_reader_finds_every_kind_of_use_and_only_those() {
    let dir = std::env::temp_dir().join(format!("layers-fixture-{}", std::process::id()));
    let write = |path: &str, text: &str| {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    write("src/domain/mod.rs", "pub mod a;\npub mod b;\npub mod c;\npub mod d;\n");
    write(
        "src/domain/a.rs",
        "use crate::domain::{b::{X, Y as Z}, c};\n\
         // use crate::domain::e::Commented;\n\
         const S: &str = \"crate::domain::e::InAString\";\n\
         const R: &str = r#\"crate::domain::e::Raw\"#;\n\
         fn f<'a>(x: &'a str) -> char { let _ = x; 'x' }\n\
         mod inner { use super::super::d::Deep; }\n\
         #[cfg(test)]\nmod tests { use crate::i18n::OnlyInTests; }\n\
         #[cfg(test)]\npub mod more;\n",
    );
    write("src/domain/a/more.rs", "use crate::i18n::TestFile;\n");
    write("src/domain/b.rs", "#[macro_export]\n#[doc(hidden)]\nmacro_rules! made { () => {} }\n");
    write("src/domain/c.rs", "made!();\nfn g() { $crate::i18n::k::X; }\n");
    write("src/domain/d.rs", "");
    write("src/i18n/mod.rs", "pub mod k { use super::Own; }\n");
    let mut edges: Vec<String> = scan(&dir).iter().map(|u| format!("{}->{}", u.from, u.to)).collect();
    edges.sort();
    edges.dedup();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(edges, ["a->b", "a->c", "a->d", "c->b", "c->i18n", "i18n->i18n"]);
}
