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

/// Any text pasted or loaded as a tenant list (issue 25): read whole or refused, never a panic;
/// what is read is valid, each tenant once, within the limit, and reads back the same when
/// written as CSV.
pub fn tenant_list(data: &[u8]) {
    use ssp_advisor::domain::fleet::{parse_tenant_list, MAX_TENANTS};
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(list) = parse_tenant_list(text) {
            assert!(!list.is_empty() && list.len() <= MAX_TENANTS, "within the limit");
            for (i, t) in list.iter().enumerate() {
                assert!(t.is_valid(), "a kept tenant is valid: {t:?}");
                assert!(!list[..i].iter().any(|x| x.same_as(t)), "each tenant once");
            }
            let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            let mut csv = String::from("TenantId,Domain,Name\n");
            for t in &list {
                let id = t.id.as_ref().map(|x| x.to_string()).unwrap_or_default();
                let domain = t.domain.as_ref().map(|x| x.to_string()).unwrap_or_default();
                csv.push_str(&format!("{id},{domain},{}\n", quote(&t.name)));
            }
            assert_eq!(parse_tenant_list(&csv), Ok(list), "written as CSV, it reads back the same");
        }
    }
}

static SCENARIO: LazyLock<ssp_advisor::domain::scenario::Scenario> = LazyLock::new(|| {
    use ssp_advisor::domain::ids::ProductId;
    use ssp_advisor::domain::policy::{OfferType, PolicyValue};
    let mut s = ssp_advisor::domain::scenario::Scenario::default();
    for id in ["CFQ7TTC0H9MP", "CFQ7TTC0HD33"] {
        s.toggle(&CATALOG, &ProductId::parse(id).expect("id"));
    }
    s.offer_types.insert(OfferType::Saas, PolicyValue::Disabled);
    s
});

/// Any text pasted as every tenant's state (issue 25): read whole or refused, never a panic; each
/// tenant once with each item once, within the limit; the matrix made from it adds up (every
/// cell counted once per tenant and once per product) and exports as CSV.
pub fn combined_states(data: &[u8]) {
    use ssp_advisor::domain::fleet::{matrix, parse_combined, MAX_TENANTS};
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(states) = parse_combined(text) {
            assert!(!states.is_empty() && states.len() <= MAX_TENANTS, "within the limit");
            for (i, s) in states.iter().enumerate() {
                assert!(!states[..i].iter().any(|x| x.key == s.key), "each tenant once");
                let mut seen = std::collections::BTreeSet::new();
                for r in &s.state.rows {
                    assert!(seen.insert(r.item.clone()), "each item once per tenant");
                }
            }
            let m = matrix(&states, |_| Some(("tier", &*SCENARIO)), &CATALOG);
            let total = |c: &ssp_advisor::domain::fleet::Counts| c.right + c.differs + c.not_returned + c.undecided;
            let filled: usize = m.rows.iter().map(|r| r.cells.iter().filter(|c| c.status().is_some()).count()).sum();
            assert_eq!(m.rows.iter().map(|r| total(&r.counts)).sum::<usize>(), filled);
            assert_eq!(m.per_product.iter().map(total).sum::<usize>(), filled);
            assert_eq!(m.to_csv(ssp_advisor::i18n::Lang::De).matches("\r\n").count(), states.len() + 1);
        }
    }
}
