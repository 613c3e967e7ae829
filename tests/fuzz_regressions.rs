//! Every input the fuzzer ever found a crash with (`fuzz/regressions/TARGET/*`) is replayed
//! through the same target body, natively, on every test run.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/src/lib.rs"]
mod targets;

#[test]
fn saved_fuzz_crashers_no_longer_crash() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/regressions");
    type Body = fn(&[u8]);
    let bodies: [(&str, Body); 7] = [
        ("link_text", targets::link_text),
        ("link_payload", targets::link_payload),
        ("scenario_file", targets::scenario_file),
        ("catalog", targets::catalog),
        ("tenant_state", targets::tenant_state),
        ("tenant_list", targets::tenant_list),
        ("combined_states", targets::combined_states),
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
    // The issue-25 readers with inputs that are read (so the bodies' checks run, not only parse).
    let list = "TenantId;Domain;Name\n{72F988BF-86F1-41AF-91AB-2D7CD011DB47};contoso.com;\"Contoso, \"\"Inc\"\"\"\n;fabrikam.com;\n";
    assert_eq!(ssp_advisor::domain::fleet::parse_tenant_list(list).map(|l| l.len()), Ok(2));
    targets::tenant_list(list.as_bytes());
    let states = "TenantDomain,ProductName,ProductId,PolicyValue\ncontoso.com,Power BI Pro,CFQ7TTC0H9MP,Enabled\nfabrikam.com,SaaS,SaaS,Disabled\n";
    assert_eq!(ssp_advisor::domain::fleet::parse_combined(states).map(|s| s.len()), Ok(2));
    targets::combined_states(states.as_bytes());
}
