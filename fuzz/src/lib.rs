//! The fuzz targets' shared bodies, also replayed on the saved crashers by
//! `tests/fuzz_regressions.rs`: each reads one input the way the app does and checks what must
//! always hold (no panic; whatever opens is valid and survives a round trip).
use ssp_advisor::domain::catalog::Catalog;
use ssp_advisor::domain::share::{decode_link, decode_payload, encode_hash, read_file, to_file, validate};
use std::sync::LazyLock;

static CATALOG: LazyLock<Catalog> = LazyLock::new(Catalog::embedded);

fn reopens(s: &ssp_advisor::domain::scenario::Scenario) {
    assert!(validate(s, &CATALOG).is_empty(), "an opened scenario is valid");
    let again = decode_link(&encode_hash(s), &CATALOG).expect("its own link opens");
    assert_eq!(&again.scenario, s, "and means the same");
}

/// Any text pasted as a link.
pub fn link_text(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(opened) = decode_link(text, &CATALOG) {
            reopens(&opened.scenario);
        }
    }
}

/// Any payload behind a valid checksum (so the parsers, not the CRC, meet the bytes); the first
/// byte picks the format version.
pub fn link_payload(data: &[u8]) {
    let Some((&version, payload)) = data.split_first() else { return };
    let prefix = if version % 2 == 0 { "v1." } else { "v2." };
    if let Ok(opened) = decode_payload(prefix, payload, &CATALOG) {
        reopens(&opened.scenario);
    }
}

/// Any text opened as a scenario file or saved session.
pub fn scenario_file(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(saved) = read_file(text, &CATALOG) {
            reopens(&saved.scenario);
            let day = saved.saved_at.unwrap_or(CATALOG.as_of);
            assert_eq!(read_file(&to_file(&saved.scenario, day), &CATALOG).map(|f| f.scenario), Ok(saved.scenario));
        }
    }
}

/// Any text imported as a catalogue.
pub fn catalog(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(c) = Catalog::from_json(text) {
            assert_eq!(Catalog::from_json(&c.to_json()), Ok(c), "an accepted catalogue exports and imports unchanged");
        }
    }
}

/// Any text pasted as the tenant's state: parsed or refused, never a panic; whatever is read has
/// each item once and only values its kind takes.
pub fn tenant_state(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok((state, _)) = ssp_advisor::domain::tenant::parse(text) {
            let mut seen = std::collections::BTreeSet::new();
            for r in &state.rows {
                assert!(seen.insert(r.item.clone()), "each item once");
            }
        }
    }
}
