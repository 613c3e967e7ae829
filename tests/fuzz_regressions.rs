//! Every input the fuzzer ever found a crash with (`fuzz/regressions/TARGET/*`) is replayed
//! through the same target body, natively, on every test run.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/src/lib.rs"]
mod targets;

#[test]
fn saved_fuzz_crashers_no_longer_crash() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/regressions");
    type Body = fn(&[u8]);
    let bodies: [(&str, Body); 5] = [
        ("link_text", targets::link_text),
        ("link_payload", targets::link_payload),
        ("scenario_file", targets::scenario_file),
        ("catalog", targets::catalog),
        ("tenant_state", targets::tenant_state),
    ];
    let mut replayed = 0;
    for (name, body) in bodies {
        let Ok(dir) = std::fs::read_dir(format!("{root}/{name}")) else { continue };
        for entry in dir {
            let path = entry.unwrap().path();
            body(&std::fs::read(&path).unwrap());
            replayed += 1;
        }
    }
    println!("replayed {replayed} saved fuzz inputs");
    // The golden links and files always go through the bodies too, so this test exercises them
    // even before the fuzzer has found anything.
    for v in ["v1", "v2"] {
        for entry in std::fs::read_dir(format!("{}/tests/golden/{v}", env!("CARGO_MANIFEST_DIR"))).unwrap() {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            if path.extension().is_some_and(|e| e == "link") {
                targets::link_text(&data);
            } else {
                targets::scenario_file(&data);
            }
        }
    }
    targets::catalog(ssp_advisor::domain::catalog::EMBEDDED_JSON.as_bytes());
}
