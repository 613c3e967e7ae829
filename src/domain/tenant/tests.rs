//! Fixtures written the way the cmdlet prints them, round trips through every format, and hostile
//! input.
use super::*;
use crate::i18n::k;

fn id(s: &str) -> Item {
    Item::Product(ProductId::parse(s).unwrap())
}

const TABLE: &str = "\r
PolicyId                 ProductName                            ProductId    PolicyValue\r
--------                 -----------                            ---------    -----------\r
AllowSelfServicePurchase Power Apps per user                    CFQ7TTC0LH2H Enabled\r
AllowSelfServicePurchase Power BI Pro                           CFQ7TTC0H9MP Disabled\r
AllowSelfServicePurchase Microsoft 365 Copilot                  CFQ7TTC0MM8R OnlyTrialsWithoutPaymentMethod\r
AllowSelfServicePurchase Windows 365 Business with Windows Hyb… CFQ7TTC0HX99 Enabled\r
AllowSelfServicePurchase Dynamics 365 Marketing Additional A... CFQ7TTC0LHVK Enabled\r
";

const JSON_51: &str = r#"[
    {
        "PolicyId":  "AllowSelfServicePurchase",
        "ProductName":  "Power BI Pro",
        "ProductId":  "CFQ7TTC0H9MP",
        "PolicyValue":  "Disabled"
    },
    {
        "PolicyId":  "AllowSelfServicePurchase",
        "ProductName":  "Visio Plan 1",
        "ProductId":  "CFQ7TTC0HD33",
        "PolicyValue":  "Enabled"
    }
]"#;

#[test]
fn reads_the_console_table_with_names_cut_short() {
    let (s, problems) = parse(TABLE).unwrap();
    assert_eq!(problems, vec![]);
    assert_eq!(s.format, Format::Table);
    assert_eq!(s.rows.len(), 5);
    assert_eq!(s.value_of(&id("CFQ7TTC0MM8R")), Some(PolicyValue::OnlyTrialsWithoutPaymentMethod));
    assert_eq!(s.rows[3].name, "Windows 365 Business with Windows Hyb…");
    assert_eq!(s.value_of(&id("CFQ7TTC0LHVK")), Some(PolicyValue::Enabled));
}

#[test]
fn reads_convert_to_json_from_51_and_7_and_a_single_object_and_rest() {
    let (s, _) = parse(JSON_51).unwrap();
    assert_eq!((s.format, s.rows.len()), (Format::Json, 2));
    let single = r#"{"PolicyId":"AllowSelfServicePurchase","ProductName":"Power BI Pro","ProductId":"CFQ7TTC0H9MP","PolicyValue":"Enabled"}"#;
    assert_eq!(parse(single).unwrap().0.value_of(&id("CFQ7TTC0H9MP")), Some(PolicyValue::Enabled));
    let rest = r#"{"items":[{"policyId":"AllowSelfServicePurchase","productName":"Power BI Pro","productId":"CFQ7TTC0H9MP","policyValue":"Disabled"},
        {"policyId":"AllowSelfServicePurchase","productName":"SaaS","productId":"SaaS","policyValue":"Disabled"}]}"#;
    let (s, _) = parse(rest).unwrap();
    assert_eq!(s.format, Format::Rest);
    assert_eq!(s.value_of(&Item::Offer(OfferType::Saas)), Some(PolicyValue::Disabled));
}

#[test]
fn reads_export_csv_in_both_cultures_with_bom_type_line_and_crlf() {
    let en = "\u{feff}#TYPE Microsoft.Commerce.ProductPolicy\r\n\"PolicyId\",\"ProductName\",\"ProductId\",\"PolicyValue\"\r\n\"AllowSelfServicePurchase\",\"Power BI Pro\",\"CFQ7TTC0H9MP\",\"Disabled\"\r\n";
    let de = "\"PolicyId\";\"ProductName\";\"ProductId\";\"PolicyValue\"\n\"AllowSelfServicePurchase\";\"Visio Plan 1; \"\"Test\"\"\";\"CFQ7TTC0HD33\";\"Enabled\"\n";
    let bare =
        "PolicyId,ProductName,ProductId,PolicyValue\nAllowSelfServicePurchase,Power BI Pro,CFQ7TTC0H9MP,Enabled\n";
    assert_eq!(parse(en).unwrap().0.value_of(&id("CFQ7TTC0H9MP")), Some(PolicyValue::Disabled));
    let (s, _) = parse(de).unwrap();
    assert_eq!(s.rows[0].name, "Visio Plan 1; \"Test\"");
    assert_eq!(parse(bare).unwrap().0.format, Format::Csv);
}

#[test]
fn reads_msc_1x_output_with_an_enabled_column() {
    let t = "PolicyId                 ProductName  ProductId    Enabled\n--------                 -----------  ---------    -------\nAllowSelfServicePurchase Power BI Pro CFQ7TTC0H9MP False\nAllowSelfServicePurchase Visio Plan 1 CFQ7TTC0HD33 True\n";
    let (s, _) = parse(t).unwrap();
    assert_eq!(s.value_of(&id("CFQ7TTC0H9MP")), Some(PolicyValue::Disabled));
    assert_eq!(s.value_of(&id("CFQ7TTC0HD33")), Some(PolicyValue::Enabled));
}

/// A state formatted in each format parses back equal.
#[test]
fn every_format_round_trips() {
    let (state, _) = parse(TABLE).unwrap();
    let rows = &state.rows;
    let json = serde_json::to_string_pretty(
        &rows
            .iter()
            .map(|r| serde_json::json!({"PolicyId": "AllowSelfServicePurchase", "ProductName": r.name, "ProductId": r.item.code(), "PolicyValue": r.value.as_str()}))
            .collect::<Vec<_>>(),
    )
    .unwrap();
    let csv = |d: char| {
        let mut s = format!("\"PolicyId\"{d}\"ProductName\"{d}\"ProductId\"{d}\"PolicyValue\"\r\n");
        for r in rows {
            s += &format!(
                "\"AllowSelfServicePurchase\"{d}\"{}\"{d}\"{}\"{d}\"{}\"\r\n",
                r.name.replace('"', "\"\""),
                r.item.code(),
                r.value.as_str()
            );
        }
        s
    };
    // The console table, with column widths as PowerShell sizes them (the widest cell).
    let table = {
        let w = |f: &dyn Fn(&Row) -> String, head: &str| {
            rows.iter().map(|r| f(r).chars().count()).max().unwrap_or(0).max(head.len())
        };
        let (wn, wi) = (w(&|r| r.name.clone(), "ProductName"), w(&|r| r.item.code(), "ProductId"));
        let pad = |s: &str, n: usize| format!("{s}{}", " ".repeat(n - s.chars().count()));
        let mut t =
            format!("\r\n{} {} {} PolicyValue\r\n", pad("PolicyId", 24), pad("ProductName", wn), pad("ProductId", wi));
        t += &format!("{} {} {} -----------\r\n", pad("--------", 24), pad("-----------", wn), pad("---------", wi));
        for r in rows {
            t += &format!(
                "AllowSelfServicePurchase {} {} {}\r\n",
                pad(&r.name, wn),
                pad(&r.item.code(), wi),
                r.value.as_str()
            );
        }
        t
    };
    for (format, t) in [(Format::Json, json), (Format::Csv, csv(',')), (Format::Csv, csv(';')), (Format::Table, table)]
    {
        let (back, problems) = parse(&t).unwrap();
        assert_eq!(problems, vec![]);
        assert_eq!((back.format, &back.rows), (format, rows));
    }
}

#[test]
fn hostile_input_gets_a_message_never_a_panic_or_a_guess() {
    let big = "x".repeat(MAX_BYTES + 1);
    assert_eq!(parse(&big).unwrap_err()[0].message.key, &k::TENANT_ERR_TOO_LARGE);
    assert_eq!(parse("\u{0}\u{1}binary\u{ff}").unwrap_err().last().unwrap().message.key, &k::TENANT_ERR_NOTHING);
    assert_eq!(parse("a,b\n1,2").unwrap_err()[0].message.key, &k::TENANT_ERR_NO_ID);
    // One bad row is reported with its line and skipped; the rest is read.
    let t =
        "ProductId,PolicyValue\nCFQ7TTC0H9MP,Enabled\n$(rm -rf),Disabled\nCFQ7TTC0HD33,Maybe\nCFQ7TTC0H9MP,Disabled\n";
    let (s, problems) = parse(t).unwrap();
    assert_eq!(s.rows.len(), 1);
    let keys: Vec<(&str, crate::i18n::Key)> = problems.iter().map(|p| (p.path.as_str(), p.message.key)).collect();
    assert_eq!(
        keys,
        vec![
            ("line 3", &k::TENANT_ERR_BAD_ID),
            ("line 4", &k::TENANT_ERR_BAD_VALUE),
            ("line 5", &k::TENANT_ERR_DUPLICATE)
        ]
    );
    // CSV injection in a name stays text; invisible characters are dropped.
    let (s, _) = parse("ProductId,ProductName,PolicyValue\nCFQ7TTC0H9MP,=cmd|' /C calc'!A0\u{202e},Enabled\n").unwrap();
    assert_eq!(s.rows[0].name, "=cmd|' /C calc'!A0");
    // Offer types take Enabled or Disabled only.
    assert!(parse("ProductId,PolicyValue\nSaaS,OnlyTrialsWithoutPaymentMethod\n").is_err());
    // Broken JSON says where.
    assert_eq!(parse("[{\"ProductId\": \"CFQ7TTC0H9MP\"").unwrap_err()[0].message.key, &k::ERR_JSON_ENDS_EARLY);
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_panics_on_any_text(t in ".{0,400}") {
            let _ = parse(&t);
        }

        #[test]
        fn never_panics_on_mutated_tables(at in 0usize..700, junk in "[ A-Za-z0-9.…,;\"\\-\\r\\n]{0,8}") {
            let mut t: Vec<char> = TABLE.chars().collect();
            let at = at.min(t.len());
            t.splice(at..at, junk.chars());
            let _ = parse(&t.into_iter().collect::<String>());
        }

        #[test]
        fn never_panics_on_mutated_subscription_lists(at in 0usize..400, junk in "[ A-Za-z0-9.:/()\"{}\\[\\],\\-]{0,12}") {
            let base = r#"[{"skuPartNumber":"POWER_BI_PRO","isTrial":false,"ownerType":"User","totalLicenses":3,"createdDateTime":"/Date(1777593600000)/","nextLifecycleDateTime":"2027-03-15T00:00:00Z"}]"#;
            let mut t: Vec<char> = base.chars().collect();
            let at = at.min(t.len());
            t.splice(at..at, junk.chars());
            let text: String = t.into_iter().collect();
            if let Ok((s, _)) = parse(&text) {
                let _ = crate::domain::tenant::takeover_plan(&s.subscriptions, crate::domain::date::Date::ymd(2026, 12, 1));
                prop_assert!(s.subscriptions.iter().all(|x| x.is_valid()));
            }
        }
    }
}

#[test]
fn drift_shows_what_changes_what_is_new_and_what_nobody_chose() {
    use crate::domain::catalog::Catalog;
    let c = Catalog::embedded();
    let mut s = crate::domain::scenario::Scenario::default();
    s.toggle(&c, &ProductId::parse("CFQ7TTC0H9MP").unwrap()); // Power BI Pro, chosen Block
    let t = "ProductId,ProductName,PolicyValue\nCFQ7TTC0H9MP,Power BI Pro,Enabled\nCFQ7TTC0HD33,Visio Plan 1,Enabled\nCFQ7TTC0NEW1,Brand new product,Enabled\nSaaS,SaaS,Disabled\n";
    let (state, _) = parse(t).unwrap();
    let d = drift(&state, &s, &c, None);
    let pbi = d.rows.iter().find(|r| r.item == id("CFQ7TTC0H9MP")).unwrap();
    assert_eq!((pbi.current, pbi.chosen, pbi.changes()), (PolicyValue::Enabled, Some(PolicyValue::Disabled), true));
    let visio = d.rows.iter().find(|r| r.item == id("CFQ7TTC0HD33")).unwrap();
    assert!(!visio.changes() && visio.chosen.is_none());
    assert_eq!(d.unknown.len(), 1);
    assert_eq!(d.unknown[0].name, "Brand new product");
    assert_eq!(d.enabled_unchosen, vec![id("CFQ7TTC0HD33"), id("CFQ7TTC0NEW1")]);
    assert!(d.not_returned.contains(&ProductId::parse("CFQ7TTC0MM8R").unwrap()));
    assert!(!d.not_returned.contains(&ProductId::parse("CFQ7TTC0PW0V").unwrap()), "retired Viva Goals is not missing");
}

// ---- issue 13: the subscription list pastes into the same import ----

#[test]
fn the_subscription_list_pastes_into_the_tenant_import_and_merges() {
    let subs = r#"[{"skuPartNumber":"POWER_BI_PRO","isTrial":false,"ownerType":"User","status":"Enabled","totalLicenses":3,"createdDateTime":"2026-03-15","nextLifecycleDateTime":"2027-03-15"}]"#;
    let (s, problems) = parse(subs).unwrap();
    assert!(problems.is_empty());
    assert_eq!(s.format, Format::Subscriptions);
    assert!(s.rows.is_empty());
    assert_eq!(s.subscriptions[0].sku, "POWER_BI_PRO");
    let policies = r#"[{"ProductName":"Power BI Pro","ProductId":"CFQ7TTC0H9MP","PolicyValue":"Enabled"}]"#;
    let (p, _) = parse(policies).unwrap();
    assert!(p.subscriptions.is_empty());
    let both = s.clone().merged_with(Some(&p));
    assert_eq!((both.format, both.rows.len(), both.subscriptions.len()), (Format::Json, 1, 1));
    let again = p.clone().merged_with(Some(&both));
    assert_eq!((again.rows.len(), again.subscriptions.len()), (1, 1));
    // Saved in files as part of the tenant state.
    let json = serde_json::to_string(&both).unwrap();
    assert_eq!(serde_json::from_str::<TenantState>(&json).unwrap(), both);
    let old: TenantState = serde_json::from_str(r#"{"format":"Json","rows":[]}"#).unwrap();
    assert!(old.subscriptions.is_empty(), "older files open unchanged");
}
