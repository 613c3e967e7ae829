//! The build step after Trunk (its one post-build hook, `cargo run -p xtask`): turns Trunk's
//! output into the page that is served. The steps, in order (`steps.rs`, one function each):
//! the whole tool's module under its hashed name, the loader, the first view prerendered per
//! language, the German and Dutch files cut to the first view's cells, the offline single file,
//! the stylesheet inlined under its hash, the `.br`/`.gz` copies. A debug build (`trunk serve`,
//! `trunk build` without `--release`) runs only the first two and uncut language files: enough
//! to run the app. The page facts (ids, keys, flags, CSPs) come from `ssp_advisor::page`.
//!
//! `xtask bare` is the hook of the benchmark's bare Yew page (its loader only).
//! `cargo run -p xtask -- catalog` writes `src/domain/catalog/shipped.rs`, the first view's
//! catalogue table, from `data/catalog.json` (run it after editing the JSON; a test fails until
//! then).
//! `cargo run -p xtask -- compare <dist before> <dist after>` compares two builds: the same
//! files once hashes are masked, the same first-view cells, and the sizes.
mod compare;
mod html;
mod steps;

use std::path::{Path, PathBuf};

fn env_dir(name: &str) -> Result<PathBuf, String> {
    std::env::var_os(name).map(PathBuf::from).ok_or_else(|| format!("{name} is not set (run through trunk)"))
}

fn post_build() -> Result<(), String> {
    let dir = env_dir("TRUNK_STAGING_DIR")?;
    let source = env_dir("TRUNK_SOURCE_DIR")?;
    let release = std::env::var("TRUNK_PROFILE").as_deref() == Ok("release");
    run(&dir, &source, release)
}

fn run(dir: &Path, source: &Path, release: bool) -> Result<(), String> {
    steps::check_page(&std::fs::read_to_string(dir.join("index.html")).map_err(|e| e.to_string())?)?;
    let whole = steps::whole_tool(dir, source)?;
    let first = steps::loader(dir, &whole)?;
    if !release {
        return steps::language_files(dir, None);
    }
    steps::prerender(dir, steps::render_first_view)?;
    let wasm = std::fs::read(dir.join(&first.wasm)).map_err(|e| e.to_string())?;
    steps::language_files(dir, Some(&wasm))?;
    steps::offline_file(dir, &whole)?;
    steps::inline_stylesheet(dir)?;
    let (raw, gz, br) = steps::precompress(dir)?;
    println!(
        "xtask: whole tool at {} / {}; precompressed {raw} bytes -> {gz} gzip, {br} brotli",
        whole.glue, whole.wasm
    );
    Ok(())
}

/// Writes the first view's catalogue table from the shipped JSON (`domain::catalog_code`).
fn catalog_table() -> Result<(), String> {
    let catalog = ssp_advisor::domain::catalog::Catalog::embedded();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src/domain/catalog/shipped.rs");
    std::fs::write(&path, ssp_advisor::domain::catalog_code::rust_source(&catalog)).map_err(|e| e.to_string())?;
    println!("xtask: {} products written to {}", catalog.products.len(), path.display());
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let done = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => post_build(),
        ["bare"] => env_dir("TRUNK_STAGING_DIR").and_then(|dir| steps::bare_loader(&dir)),
        ["compare", before, after] => compare::run(Path::new(before), Path::new(after)),
        ["catalog"] => catalog_table(),
        _ => Err(
            "usage: xtask [bare] (as Trunk's post-build hook) | xtask compare <dist before> <dist after> | xtask catalog"
                .into(),
        ),
    };
    if let Err(e) = done {
        eprintln!("xtask: {e}");
        std::process::exit(1);
    }
}
