//! Writes `src/domain/catalog/shipped.rs`, the shipped catalogue as Rust data for the first view, from
//! `data/catalog.json` (see `domain::catalog_code`). Run after editing the JSON file; a test
//! fails until then.
fn main() {
    let catalog = ssp_advisor::domain::catalog::Catalog::embedded();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain/catalog/shipped.rs");
    std::fs::write(path, ssp_advisor::domain::catalog_code::rust_source(&catalog)).expect("write shipped.rs");
    println!("catalog_code: {} products written to {path}", catalog.products.len());
}
