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
    assert_eq!(
        d.enabled_unchosen.iter().map(|n| n.item.clone()).collect::<Vec<_>>(),
        vec![id("CFQ7TTC0HD33"), id("CFQ7TTC0NEW1")]
    );
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

// ---- issue 21: console tables in any column order ----

/// What the MSCommerce 2.x/3.x script's audit prints (`… | Format-Table -Property 'ProductName',
/// 'ProductId', 'PolicyValue' -AutoSize`) in Windows PowerShell 5.1, copied from the console:
/// the script's own line before it, CRLF, a blank line before the table and two after, every
/// column but the last padded to its widest cell, full names.
const AUDIT_51: &str = "Prepared for tenant: Contoso\r
\r
ProductName                                      ProductId    PolicyValue\r
-----------                                      ---------    -----------\r
Power BI Pro                                     CFQ7TTC0H9MP Enabled\r
Visio Plan 1                                     CFQ7TTC0HD33 OnlyTrialsWithoutPaymentMethod\r
Planner Plan 1                                   CFQ7TTC0HDB1 OnlyTrialsWithoutPaymentMethod\r
Windows 365 Business with Windows Hybrid Benefit CFQ7TTC0HX99 Disabled\r
Dynamics 365 Marketing Additional Application    CFQ7TTC0LHVK Enabled\r
Microsoft 365 Copilot                            CFQ7TTC0MM8R Disabled\r
\r
\r
";

/// The legacy script's audit (`… | Format-Table -AutoSize`, the default properties, so PolicyId
/// comes first) in PowerShell 7: LF, the same blank lines.
const AUDIT_7_WITH_POLICY_ID: &str = "
PolicyId                 ProductName                                      ProductId    PolicyValue
--------                 -----------                                      ---------    -----------
AllowSelfServicePurchase Power BI Pro                                     CFQ7TTC0H9MP Enabled
AllowSelfServicePurchase Visio Plan 1                                     CFQ7TTC0HD33 OnlyTrialsWithoutPaymentMethod
AllowSelfServicePurchase Planner Plan 1                                   CFQ7TTC0HDB1 OnlyTrialsWithoutPaymentMethod
AllowSelfServicePurchase Windows 365 Business with Windows Hybrid Benefit CFQ7TTC0HX99 Disabled
AllowSelfServicePurchase Dynamics 365 Marketing Additional Application    CFQ7TTC0LHVK Enabled
AllowSelfServicePurchase Microsoft 365 Copilot                            CFQ7TTC0MM8R Disabled


";

/// `Format-Table ProductName, ProductId, PolicyValue` without -AutoSize in a narrow PowerShell 7
/// window: equal column widths, every cell padded, long names cut with `…`.
const NARROW_7: &str = "
ProductName                ProductId                  PolicyValue
-----------                ---------                  -----------
Power BI Pro               CFQ7TTC0H9MP               Enabled                   
Windows 365 Business with… CFQ7TTC0HX99               Disabled                  
Dynamics 365 Marketing Ad… CFQ7TTC0LHVK               OnlyTrialsWithoutPaymentM…
";

fn read(text: &str) -> Vec<(String, String, PolicyValue)> {
    let (s, problems) = parse(text).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(problems, vec![], "{text}");
    assert_eq!(s.format, Format::Table);
    s.rows.into_iter().map(|r| (r.item.code(), r.name, r.value)).collect()
}

fn read_some(text: &str) -> Vec<(String, String, PolicyValue)> {
    parse(text).unwrap().0.rows.into_iter().map(|r| (r.item.code(), r.name, r.value)).collect()
}

fn audit_rows() -> Vec<(String, String, PolicyValue)> {
    use PolicyValue::*;
    [
        ("CFQ7TTC0H9MP", "Power BI Pro", Enabled),
        ("CFQ7TTC0HD33", "Visio Plan 1", OnlyTrialsWithoutPaymentMethod),
        ("CFQ7TTC0HDB1", "Planner Plan 1", OnlyTrialsWithoutPaymentMethod),
        ("CFQ7TTC0HX99", "Windows 365 Business with Windows Hybrid Benefit", Disabled),
        ("CFQ7TTC0LHVK", "Dynamics 365 Marketing Additional Application", Enabled),
        ("CFQ7TTC0MM8R", "Microsoft 365 Copilot", Disabled),
    ]
    .into_iter()
    .map(|(i, n, v)| (i.to_string(), n.to_string(), v))
    .collect()
}

#[test]
fn reads_the_scripts_own_audit_table_with_product_name_first() {
    assert_eq!(read(AUDIT_51), audit_rows());
    assert_eq!(read(AUDIT_7_WITH_POLICY_ID), audit_rows());
    // A value cut short is not guessed: its row is reported with its line instead.
    assert_eq!(
        read_some(NARROW_7),
        vec![
            ("CFQ7TTC0H9MP".into(), "Power BI Pro".into(), PolicyValue::Enabled),
            ("CFQ7TTC0HX99".into(), "Windows 365 Business with…".into(), PolicyValue::Disabled),
        ]
    );
    let (_, problems) = parse(NARROW_7).unwrap();
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].path.as_str(), problems[0].message.key), ("line 6", &k::TENANT_ERR_BAD_VALUE));
}

/// Every order of every subset of the columns that has the ProductId and a value reads back the
/// same rows, padded as -AutoSize pads them (the widest cell) or not padded at the end.
#[test]
fn reads_a_console_table_in_any_column_order() {
    let rows = audit_rows();
    let cell = |col: &str, r: &(String, String, PolicyValue)| match col {
        "PolicyId" => "AllowSelfServicePurchase".to_string(),
        "ProductName" => r.1.clone(),
        "ProductId" => r.0.clone(),
        "PolicyValue" => r.2.as_str().to_string(),
        "Enabled" => if r.2 == PolicyValue::Enabled { "True" } else { "False" }.to_string(),
        _ => unreachable!(),
    };
    let format = |cols: &[&str]| {
        let widths: Vec<usize> =
            cols.iter().map(|c| rows.iter().map(|r| cell(c, r).chars().count()).max().unwrap().max(c.len())).collect();
        let line = |cells: Vec<String>| {
            let last = cells.len() - 1;
            cells
                .iter()
                .enumerate()
                .map(|(j, s)| if j == last { s.clone() } else { format!("{s:<w$}", w = widths[j]) })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut t = format!("\n{}\n", line(cols.iter().map(|c| c.to_string()).collect()));
        t += &format!("{}\n", line(cols.iter().map(|c| "-".repeat(c.len())).collect()));
        for r in &rows {
            t += &format!("{}\n", line(cols.iter().map(|c| cell(c, r)).collect()));
        }
        t
    };
    fn permutations<'a>(items: &[&'a str]) -> Vec<Vec<&'a str>> {
        if items.len() <= 1 {
            return vec![items.to_vec()];
        }
        (0..items.len())
            .flat_map(|i| {
                let mut rest = items.to_vec();
                let first = rest.remove(i);
                permutations(&rest).into_iter().map(move |mut p| {
                    p.insert(0, first);
                    p
                })
            })
            .collect()
    }
    let mut seen = 0;
    for value in ["PolicyValue", "Enabled"] {
        for (with_id, with_name) in [(false, false), (false, true), (true, false), (true, true)] {
            let mut cols = vec!["ProductId", value];
            cols.extend(with_id.then_some("PolicyId"));
            cols.extend(with_name.then_some("ProductName"));
            for order in permutations(&cols) {
                let back = read(&format(&order));
                for (got, want) in back.iter().zip(&rows) {
                    assert_eq!(got.0, want.0, "{order:?}");
                    assert_eq!(got.1, if with_name { want.1.as_str() } else { "" }, "{order:?}");
                    // 1.x has no trials-only value: Enabled False is Disabled.
                    let expected = match (value, want.2) {
                        ("Enabled", PolicyValue::OnlyTrialsWithoutPaymentMethod) => PolicyValue::Disabled,
                        (_, v) => v,
                    };
                    assert_eq!(got.2, expected, "{order:?}");
                }
                assert_eq!(back.len(), rows.len());
                seen += 1;
            }
        }
    }
    assert_eq!(seen, 2 * (2 + 6 + 6 + 24));
}

#[test]
fn reads_the_policies_and_the_offer_types_pasted_one_after_the_other() {
    let both = format!(
        "{AUDIT_51}PS C:\\> Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase -Scope OfferType | Format-Table -AutoSize\r
\r
PolicyId                 ProductName      ProductId      PolicyValue\r
--------                 -----------      ---------      -----------\r
AllowSelfServicePurchase SaaS             SaaS           Disabled\r
AllowSelfServicePurchase Power BI visuals POWERBIVISUALS Enabled\r
\r
"
    );
    let (s, problems) = parse(&both).unwrap();
    assert_eq!(s.rows.len(), 6 + 2);
    assert_eq!(s.value_of(&Item::Offer(OfferType::Saas)), Some(PolicyValue::Disabled));
    assert_eq!(s.value_of(&id("CFQ7TTC0HX99")), Some(PolicyValue::Disabled));
    // The prompt line sits between the tables, under the first header: it is said, not guessed.
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "line 13");
}

#[test]
fn a_table_that_names_no_key_column_is_not_read_as_one() {
    let t = "Name         Value\n----         -----\nPower BI Pro Enabled\n";
    assert_eq!(parse(t).unwrap_err()[0].message.key, &k::TENANT_ERR_NO_ID);
    // CSV whose header happens to be followed by a line of dashes stays CSV.
    let csv = "ProductId,PolicyValue\n---,---\nCFQ7TTC0H9MP,Enabled\n";
    assert_eq!(parse(csv).unwrap().0.format, Format::Csv);
}

// ---- issue 21: what is open says what it is ----

#[test]
fn products_nobody_chose_are_named_from_the_catalogue_else_from_the_paste() {
    use crate::domain::catalog::Catalog;
    let c = Catalog::embedded();
    let s = crate::domain::scenario::Scenario::default();
    // The console cut the first name short and the tenant calls the second by an older name;
    // the third is unknown to the catalogue and the fourth came without a name at all.
    let t = "ProductId,ProductName,PolicyValue\nCFQ7TTC0HX99,Windows 365 Business with Windows Hyb…,Enabled\n\
             CFQ7TTC0LH2H,Power Apps per user,Enabled\nCFQ7TTC0NEW1,Brand new product,Enabled\n\
             CFQ7TTC0NEW2,,Enabled\nSaaS,SaaS,Enabled\nCFQ7TTC0H9MP,Power BI Pro,Disabled\n";
    let (state, _) = parse(t).unwrap();
    let labels: Vec<String> = drift(&state, &s, &c, None).enabled_unchosen.iter().map(Named::label).collect();
    assert_eq!(
        labels,
        vec![
            "Windows 365 Business with Windows Hybrid Benefit (CFQ7TTC0HX99)",
            "Power Apps Premium (CFQ7TTC0LH2H)",
            "SaaS",
            "Brand new product (CFQ7TTC0NEW1)",
            "CFQ7TTC0NEW2",
        ]
    );
}
