//! Two builds side by side (`xtask compare <before> <after>`): which files only one has once the
//! content hashes in their names are masked, whether the German and Dutch files hold
//! the same cells, and each file's size and its change. It prints; it fails only when a
//! directory cannot be read.
use std::collections::BTreeMap;
use std::path::Path;

/// A file name with each run of 12 to 16 hex digits (a content hash; Trunk's drops leading
/// zeros) replaced by `#`.
pub fn masked(name: &str) -> String {
    let bytes = name.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_hexdigit()).count();
        if (12..=16).contains(&run) {
            out.push('#');
            i += run;
        } else {
            let step = run.max(1);
            out.push_str(&name[i..i + step]);
            i += step;
        }
    }
    out
}

/// Masked relative path → size, for every file under `dir`.
pub fn files(dir: &Path) -> Result<BTreeMap<String, u64>, String> {
    let mut out = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let rel = path.strip_prefix(dir).map_err(|e| e.to_string())?.to_string_lossy().replace('\\', "/");
                out.insert(masked(&rel), path.metadata().map_err(|e| e.to_string())?.len());
            }
        }
    }
    Ok(out)
}

fn cells(dir: &Path, name: &str) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(dir.join(name)).ok()?;
    let map: BTreeMap<String, serde_json::Value> = serde_json::from_str(&text).ok()?;
    Some(map.into_keys().collect())
}

/// The comparison as lines of text.
pub fn report(before: &Path, after: &Path) -> Result<Vec<String>, String> {
    let (a, b) = (files(before)?, files(after)?);
    let mut lines = Vec::new();
    let only = |x: &BTreeMap<String, u64>, y: &BTreeMap<String, u64>| -> Vec<String> {
        x.keys().filter(|k| !y.contains_key(*k)).cloned().collect()
    };
    lines.push(format!("files: {} before, {} after (hashes masked)", a.len(), b.len()));
    lines.push(format!("only before: {:?}", only(&a, &b)));
    lines.push(format!("only after: {:?}", only(&b, &a)));
    for lang in ["de", "nl"] {
        let name = ssp_advisor::page::language_file(lang);
        let (x, y) = (cells(before, &name), cells(after, &name));
        let same = x == y;
        let count = |c: &Option<Vec<String>>| c.as_ref().map_or(0, Vec::len);
        lines.push(format!("{name}: {} cells before, {} after, same keys: {same}", count(&x), count(&y)));
    }
    lines.push(format!("{:<48} {:>10} {:>10} {:>8}", "file", "before", "after", "change"));
    for (name, size) in &b {
        if let Some(old) = a.get(name) {
            let change = (*size as f64 - *old as f64) / (*old).max(1) as f64 * 100.0;
            lines.push(format!("{name:<48} {old:>10} {size:>10} {change:>7.1}%"));
        }
    }
    Ok(lines)
}

pub fn run(before: &Path, after: &Path) -> Result<(), String> {
    for line in report(before, after)? {
        println!("{line}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_masked_and_the_rest_of_a_name_kept() {
        assert_eq!(masked("ssp-advisor-full-f760d60ea5c93868_bg.wasm.br"), "ssp-advisor-full-#_bg.wasm.br");
        assert_eq!(masked("snippets/ssp-advisor-c8bbb008c4f7c73d/inline0.js"), "snippets/ssp-advisor-#/inline0.js");
        assert_eq!(masked("ssp-advisor-135edf9143db038_bg.wasm"), "ssp-advisor-#_bg.wasm");
        assert_eq!(masked("i18n-de.json"), "i18n-de.json");
        assert_eq!(masked("abcdef.css"), "abcdef.css", "a short hex word is not a hash");
    }

    #[test]
    fn a_comparison_names_what_only_one_build_has_and_whether_the_cells_agree() {
        let root = std::env::temp_dir().join(format!("xtask-compare-{}", std::process::id()));
        let (a, b) = (root.join("a"), root.join("b"));
        std::fs::create_dir_all(&a).unwrap();
        std::fs::create_dir_all(&b).unwrap();
        std::fs::write(a.join("boot-0123456789abcdef.js"), "12345").unwrap();
        std::fs::write(b.join("boot-fedcba9876543210.js"), "1234567890").unwrap();
        std::fs::write(b.join("lang-fedcba9876543210.js"), "x").unwrap();
        std::fs::write(a.join("i18n-de.json"), r#"{"a":["x"],"b":["y"]}"#).unwrap();
        std::fs::write(b.join("i18n-de.json"), r#"{"a":["z"]}"#).unwrap();
        let lines = report(&a, &b).unwrap();
        std::fs::remove_dir_all(&root).unwrap();
        assert!(lines.contains(&"only before: []".to_string()), "{lines:?}");
        assert!(lines.contains(&r#"only after: ["lang-#.js"]"#.to_string()), "{lines:?}");
        assert!(lines.iter().any(|l| l == "i18n-de.json: 2 cells before, 1 after, same keys: false"), "{lines:?}");
        assert!(lines.iter().any(|l| l.starts_with("boot-#.js") && l.ends_with("100.0%")), "{lines:?}");
    }
}
