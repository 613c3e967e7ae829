//! Tests of the multi-tenant module: the readers (lines, limits, strictness), the matrix from a
//! hand-made combined CSV of three tenants with hand-checked counts, the CIPP template and the
//! DSC data file read back by readers of their shape (written here, independent of the writers),
//! the rounding of Trials only, hostile names, the fidelity tables and the tiers file.
use super::*;
use crate::domain::catalog::Catalog;
use crate::domain::doors::{RelatedSwitch, SwitchSetting};
use crate::domain::ids::ProductId;
use crate::domain::policy::{OfferType, PolicyValue};
use crate::domain::scenario::Scenario;
use crate::domain::script::{ps_single_quoted, ScriptOptions};
use crate::domain::tenant::Item;
use crate::domain::test_support::{pid as id, PBI, POWER_APPS, PROJECT, VISIO1};
use crate::i18n::{k, Lang};
use serde_json::Value;

const GUID: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";

/// Power BI Pro blocked, Visio Plan 1 trials only, Project Plan 3 allowed, SaaS blocked.
fn scenario(c: &Catalog) -> Scenario {
    let mut s = Scenario::default();
    for (p, v) in [
        (PBI, PolicyValue::Disabled),
        (VISIO1, PolicyValue::OnlyTrialsWithoutPaymentMethod),
        (PROJECT, PolicyValue::Enabled),
    ] {
        s.toggle(c, &id(p));
        assert!(s.set_policy(c, &id(p), v), "{p} takes {v:?}");
    }
    s.offer_types.insert(OfferType::Saas, PolicyValue::Disabled);
    s
}

fn decision(c: &Catalog) -> Decision {
    Decision::derive("Trials only", &scenario(c), c)
}

fn tenant(id: Option<&str>, domain: Option<&str>, name: &str) -> Tenant {
    Tenant {
        id: id.map(|x| TenantId::parse(x).unwrap()),
        domain: domain.map(|x| TenantDomain::parse(x).unwrap()),
        name: name.to_string(),
    }
}

fn lines_of(problems: &[crate::domain::problem::Problem]) -> Vec<String> {
    problems.iter().map(|p| p.path.clone()).collect()
}

// ---- Tenant list -----------------------------------------------------------------------------

#[test]
fn a_tenant_list_with_a_header_reads_ids_domains_and_names() {
    let text = "\u{feff}TenantId;PrimaryDomain;DisplayName\r\n\
                {72F988BF-86F1-41AF-91AB-2D7CD011DB47};Contoso.com;Contoso Ltd\r\n\
                ;fabrikam.onmicrosoft.com;Fabrikam\r\n\
                0b5e4a8c-1d2e-4f3a-9b8c-7d6e5f4a3b2c;;\r\n";
    let list = parse_tenant_list(text).unwrap();
    assert_eq!(
        list,
        vec![
            tenant(Some(GUID), Some("contoso.com"), "Contoso Ltd"),
            tenant(None, Some("fabrikam.onmicrosoft.com"), "Fabrikam"),
            tenant(Some("0b5e4a8c-1d2e-4f3a-9b8c-7d6e5f4a3b2c"), None, ""),
        ]
    );
    assert_eq!(list[0].label(), "Contoso Ltd (contoso.com)");
    assert_eq!(list[2].address(), "0b5e4a8c-1d2e-4f3a-9b8c-7d6e5f4a3b2c");
}

#[test]
fn a_tenant_list_without_a_header_is_read_by_shape_including_a_spreadsheet_copy() {
    let list =
        parse_tenant_list("Contoso Ltd\tcontoso.com\t72f988bf-86f1-41af-91ab-2d7cd011db47\nfabrikam.com\n").unwrap();
    assert_eq!(
        list,
        vec![tenant(Some(GUID), Some("contoso.com"), "Contoso Ltd"), tenant(None, Some("fabrikam.com"), "")]
    );
}

#[test]
fn malformed_and_repeated_tenants_are_reported_with_their_line_and_nothing_is_kept() {
    let text = "TenantId,Domain,Name\n\
                72f988bf-86f1-41af-91ab-2d7cd011db47,contoso.com,Contoso\n\
                72f988bf-86f1-41af-91ab-2d7cd011db4,,Short GUID\n\
                ,contoso..com,Bad domain\n\
                ,,No address\n\
                ,CONTOSO.COM,Contoso again\n";
    let problems = parse_tenant_list(text).unwrap_err();
    assert_eq!(lines_of(&problems), ["line 3", "line 4", "line 5", "line 6"]);
    assert_eq!(problems[0].message.key, &k::FLEET_ERR_BAD_TENANT_ID);
    assert_eq!(problems[1].message.key, &k::FLEET_ERR_BAD_DOMAIN);
    assert_eq!(problems[2].message.key, &k::FLEET_ERR_NO_TENANT);
    assert_eq!(problems[3].message.key, &k::FLEET_ERR_DUPLICATE_TENANT);
    assert_eq!(problems[3].message.text_of("first").as_deref(), Some("2"));
    // Headerless: a broken GUID is refused, not taken as a name.
    let problems = parse_tenant_list("Contoso,72f988bf-86f1-41af-91ab-2d7cd011db4x\n").unwrap_err();
    assert_eq!(problems[0].message.key, &k::FLEET_ERR_BAD_TENANT_ID);
}

#[test]
fn the_tenant_list_limits_are_checked() {
    let big = "a".repeat(MAX_LIST_BYTES + 1);
    assert_eq!(parse_tenant_list(&big).unwrap_err()[0].message.key, &k::FLEET_ERR_TOO_LARGE);
    let many: String = (0..=MAX_TENANTS).map(|i| format!("t{i}.example.com\n")).collect();
    assert!(many.len() <= MAX_LIST_BYTES);
    let problems = parse_tenant_list(&many).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].message.key, &k::FLEET_ERR_TOO_MANY);
    let exactly: String = (0..MAX_TENANTS).map(|i| format!("t{i}.example.com\n")).collect();
    assert_eq!(parse_tenant_list(&exactly).unwrap().len(), MAX_TENANTS);
    assert_eq!(parse_tenant_list("\n# only a comment\n").unwrap_err()[0].message.key, &k::FLEET_ERR_NO_TENANTS);
}

#[test]
fn ids_and_domains_are_validated_types() {
    assert!(TenantId::parse("72f988bf-86f1-41af-91ab-2d7cd011db47'; Invoke-X").is_none());
    assert!(TenantId::parse("72f988bf86f141af91ab2d7cd011db47").is_none());
    assert!(TenantId::parse("72f988bf-86f1-41af-91ab-2d7cd011dbzz").is_none());
    for bad in
        ["contoso", "-contoso.com", "contoso-.com", "con toso.com", "contoso.com'", "contoso.123", "a..b", "x.y."]
    {
        assert!(TenantDomain::parse(bad).is_none(), "{bad}");
    }
    assert!(TenantDomain::parse("xn--mnchen-3ya.de").is_some());
    assert!(
        serde_json::from_str::<TenantId>("\"72F988BF-86F1-41AF-91AB-2D7CD011DB47\"").is_err(),
        "files hold the kept form"
    );
    assert!(serde_json::from_str::<TenantDomain>("\"contoso.com\"").is_ok());
}

// ---- States and the matrix ------------------------------------------------------------------

/// Three tenants in one CSV, each named by a different column; hand-checked against `scenario`:
/// * contoso.com: Power BI Pro Enabled (differs), Visio trials (right), Project Enabled (right),
///   Power Apps Enabled (undecided), SaaS Disabled (right), one unknown product;
/// * the GUID tenant: Power BI Pro Disabled (right), Visio Enabled (differs), no Project (not
///   returned), SaaS Enabled (differs);
/// * Fabrikam (a name): Power BI Pro under its legacy ID Disabled (right), Visio Disabled
///   (differs), Project Disabled (differs), Power Apps Disabled (undecided), no SaaS (not returned).
const COMBINED: &str = "TenantDomain;TenantId;Tenant;ProductName;ProductId;PolicyValue\r\n\
contoso.com;;;Power BI Pro;CFQ7TTC0H9MP;Enabled\r\n\
contoso.com;;;Visio Plan 1;CFQ7TTC0HD33;OnlyTrialsWithoutPaymentMethod\r\n\
contoso.com;;;Project Plan 3;CFQ7TTC0HDB0;Enabled\r\n\
contoso.com;;;Power Apps Premium;CFQ7TTC0LH2H;Enabled\r\n\
contoso.com;;;SaaS;SaaS;Disabled\r\n\
contoso.com;;;Something new;CFQ7TTC0ZZZZ;Enabled\r\n\
;72f988bf-86f1-41af-91ab-2d7cd011db47;;Power BI Pro;CFQ7TTC0H9MP;Disabled\r\n\
;72f988bf-86f1-41af-91ab-2d7cd011db47;;Visio Plan 1;CFQ7TTC0HD33;Enabled\r\n\
;72f988bf-86f1-41af-91ab-2d7cd011db47;;SaaS;SaaS;Enabled\r\n\
;;Fabrikam;Power BI Pro;CFQ7TTC0L3PB;Disabled\r\n\
;;Fabrikam;Visio Plan 1;CFQ7TTC0HD33;Disabled\r\n\
;;Fabrikam;Project Plan 3;CFQ7TTC0HDB0;Disabled\r\n\
;;Fabrikam;Power Apps Premium;CFQ7TTC0LH2H;Disabled\r\n";

fn counts(right: usize, differs: usize, not_returned: usize, undecided: usize) -> Counts {
    Counts { right, differs, not_returned, undecided }
}

#[test]
fn the_matrix_of_three_tenants_has_the_hand_checked_counts() {
    let c = Catalog::embedded();
    let s = scenario(&c);
    let states = parse_combined(COMBINED).unwrap();
    assert_eq!(
        states.iter().map(|t| t.key.clone()).collect::<Vec<_>>(),
        vec![
            TenantKey::Domain(TenantDomain::parse("contoso.com").unwrap()),
            TenantKey::Id(TenantId::parse(GUID).unwrap()),
            TenantKey::Name("Fabrikam".into()),
        ]
    );
    let m = matrix(&states, |_| Some(("Trials only", &s)), &c);
    let codes: Vec<String> = m.columns.iter().map(|c| c.item.code()).collect();
    assert_eq!(codes, [POWER_APPS, PBI, PROJECT, VISIO1, "SaaS"], "catalogue order, offer types last");
    let per_tenant: Vec<Counts> = m.rows.iter().map(|r| r.counts).collect();
    assert_eq!(per_tenant, [counts(3, 1, 0, 1), counts(1, 2, 1, 0), counts(1, 2, 1, 1)]);
    assert_eq!(
        m.per_product,
        [counts(0, 0, 0, 2), counts(2, 1, 0, 0), counts(1, 1, 1, 0), counts(1, 2, 0, 0), counts(1, 1, 1, 0)]
    );
    let unknown: Vec<Vec<String>> = m.rows.iter().map(|r| r.unknown.iter().map(|u| u.item.code()).collect()).collect();
    assert_eq!(unknown, [vec!["CFQ7TTC0ZZZZ".to_string()], vec![], vec![]]);
    assert_eq!(m.rows[1].cells[2], Cell { current: None, wanted: Some(PolicyValue::Enabled) });
    assert_eq!(m.rows[1].cells[2].status(), Some(CellStatus::NotReturned));
    assert_eq!(m.rows[0].cells[0].status(), Some(CellStatus::Undecided));
    assert_eq!(m.rows[1].cells[0].status(), None, "the GUID tenant has no Power Apps and nobody wants it");

    let csv = m.to_csv(Lang::En);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "\"tenant\",\"tier\",\"right\",\"differs\",\"not_returned\",\"undecided\",\"unknown_products\",\"CFQ7TTC0LH2H\",\"CFQ7TTC0H9MP\",\"CFQ7TTC0HDB0\",\"CFQ7TTC0HD33\",\"SaaS\""
    );
    assert_eq!(
        lines[2],
        "\"72f988bf-86f1-41af-91ab-2d7cd011db47\",\"Trials only\",1,2,1,0,\"\",\"\",\"Disabled -> Disabled\",\"none -> Enabled\",\"Enabled -> OnlyTrialsWithoutPaymentMethod\",\"Enabled -> Disabled\""
    );
    assert!(m.to_csv(Lang::De).lines().next().unwrap().contains("\";\""));
}

#[test]
fn a_tenant_without_a_tier_has_only_undecided_cells() {
    let c = Catalog::embedded();
    let states = parse_combined(COMBINED).unwrap();
    let m = matrix(&states, |_| None, &c);
    assert!(m.rows.iter().all(|r| r.tier.is_none() && r.counts.right + r.counts.differs + r.counts.not_returned == 0));
    assert_eq!(m.rows[0].counts.undecided, 5);
}

#[test]
fn the_combined_reader_is_strict_and_names_the_line() {
    let mut bad = COMBINED.to_string();
    bad.push_str(";;Fabrikam;x;CFQ7TTC0HD3;Enabled\r\n;;;x;CFQ7TTC0HD33;Enabled\r\n;nope;;x;CFQ7TTC0HD33;Enabled\r\n");
    bad.push_str("contoso.com;;;Power BI Pro;CFQ7TTC0H9MP;Disabled\r\n");
    let problems = parse_combined(&bad).unwrap_err();
    assert_eq!(lines_of(&problems), ["line 15", "line 16", "line 17", "line 18"]);
    assert_eq!(problems[0].message.key, &k::TENANT_ERR_BAD_ID);
    assert_eq!(problems[1].message.key, &k::FLEET_ERR_ROW_NO_TENANT);
    assert_eq!(problems[2].message.key, &k::FLEET_ERR_BAD_TENANT_ID);
    assert_eq!(problems[3].message.key, &k::TENANT_ERR_DUPLICATE);
    // A broken GUID in the Tenant column is refused, not read as a name.
    let broken = "Tenant,ProductId,PolicyValue\n72f988bf-86f1-41af-91ab-2d7cd011db4,CFQ7TTC0H9MP,Enabled\n";
    assert_eq!(parse_combined(broken).unwrap_err()[0].message.key, &k::FLEET_ERR_BAD_TENANT_ID);
    // A single tenant's paste: one message, not one per row.
    let single =
        "ProductName,ProductId,PolicyValue\nPower BI Pro,CFQ7TTC0H9MP,Enabled\nVisio Plan 1,CFQ7TTC0HD33,Enabled\n";
    let problems = parse_combined(single).unwrap_err();
    assert_eq!((problems.len(), problems[0].message.key), (1, &k::FLEET_ERR_NO_TENANT_COLUMN));
    let big = " ".repeat(MAX_COMBINED_BYTES + 1);
    assert_eq!(parse_combined(&big).unwrap_err()[0].message.key, &k::FLEET_ERR_TOO_LARGE);
}

#[test]
fn the_combined_reader_takes_every_format_of_the_single_tenant_import() {
    // ConvertTo-Json of the collector's rows.
    let json = r#"[{"Tenant":"contoso.com","ProductName":"Power BI Pro","ProductId":"CFQ7TTC0H9MP","PolicyValue":"Enabled"},
                   {"Tenant":"72f988bf-86f1-41af-91ab-2d7cd011db47","ProductName":"Power BI Pro","ProductId":"CFQ7TTC0H9MP","PolicyValue":"Disabled"}]"#;
    assert_eq!(parse_combined(json).unwrap().len(), 2);
    // The console table with a Tenant column (Format-Table).
    let table = "\r\nTenant        ProductName   ProductId    PolicyValue\r\n\
                 ------        -----------   ---------    -----------\r\n\
                 contoso.com   Power BI Pro  CFQ7TTC0H9MP Enabled\r\n\
                 Fabrikam Ltd  Visio Plan 1  CFQ7TTC0HD33 Disabled\r\n";
    let states = parse_combined(table).unwrap();
    assert_eq!(states[1].key, TenantKey::Name("Fabrikam Ltd".into()));
    assert_eq!(states[1].state.rows[0].value, PolicyValue::Disabled);
    // What the collector script writes (Export-Csv -NoTypeInformation, PowerShell 5.1 quoting).
    let collected = "\"TenantId\",\"TenantDomain\",\"TenantName\",\"ProductName\",\"ProductId\",\"PolicyValue\"\r\n\
                     \"72f988bf-86f1-41af-91ab-2d7cd011db47\",\"contoso.com\",\"Contoso, \"\"the\"\" Ltd\",\"Power BI Pro\",\"CFQ7TTC0H9MP\",\"Enabled\"\r\n\
                     \"\",\"fabrikam.com\",\"Fabrikam\",\"SaaS\",\"SaaS\",\"Disabled\"\r\n";
    let states = parse_combined(collected).unwrap();
    assert_eq!(states[0].key, TenantKey::Id(TenantId::parse(GUID).unwrap()));
    assert_eq!(states[0].label(), "Contoso, \"the\" Ltd (72f988bf-86f1-41af-91ab-2d7cd011db47)");
    assert_eq!(states[1].state.rows[0].item, Item::Offer(OfferType::Saas));
}

#[test]
fn named_pastes_are_read_by_the_single_tenant_import_and_refused_whole() {
    let pbi = "ProductName,ProductId,PolicyValue\nPower BI Pro,CFQ7TTC0H9MP,Enabled\n";
    let ok = parse_named(&[("contoso.com".into(), pbi.into()), ("Fabrikam".into(), pbi.into())]).unwrap();
    assert_eq!(ok[1].key, TenantKey::Name("Fabrikam".into()));
    let bad = parse_named(&[
        ("contoso.com".into(), pbi.into()),
        ("CONTOSO.com".into(), pbi.into()),
        ("".into(), pbi.into()),
        ("Fabrikam".into(), format!("{pbi}Visio,CFQ7TTC0HD3,Enabled\n")),
    ])
    .unwrap_err();
    assert_eq!(
        bad.iter().map(|p| (p.path.as_str(), p.message.key)).collect::<Vec<_>>(),
        [
            ("2 CONTOSO.com", &k::FLEET_ERR_PASTE_TWICE),
            ("3 ", &k::FLEET_ERR_PASTE_NAME),
            ("4 Fabrikam.line 3", &k::TENANT_ERR_BAD_ID)
        ]
    );
}

#[test]
fn a_tenants_diff_only_script_changes_only_what_differs() {
    let c = Catalog::embedded();
    let s = scenario(&c);
    let states = parse_combined(COMBINED).unwrap();
    let script = tenant_script(&states[0], &s, &c, &ScriptOptions::default());
    assert!(script.contains("# Tenant: contoso.com"));
    assert!(script.contains(&format!("-ProductId {PBI} -Value 'Disabled'")), "differs: set");
    assert!(!script.contains(&format!("-ProductId {VISIO1} -Value")), "already right: not set");
    assert!(!script.contains("-OfferType SaaS -Value"), "SaaS already Disabled");
}

// ---- CIPP ----------------------------------------------------------------------------------

/// A reader of the `StandardsTemplateV2` object as the research file names its fields: exactly
/// these top-level keys, the self-service entry's three fields, tenant items of the given shape.
struct CippRead {
    name: String,
    tenants: Vec<(String, String, Value)>,
    actions: Vec<String>,
    exclusions: Vec<String>,
    disable_trials: bool,
    run_manually: bool,
}

fn read_cipp(json: &str) -> CippRead {
    let v: Value = serde_json::from_str(json).unwrap();
    let o = v.as_object().unwrap();
    let mut keys: Vec<&str> = o.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["description", "excludedTenants", "runManually", "standards", "templateName", "tenantFilter"]);
    assert!(o["description"].is_string());
    assert_eq!(o["excludedTenants"], Value::Array(vec![]));
    let standards = o["standards"].as_object().unwrap();
    assert_eq!(standards.keys().collect::<Vec<_>>(), ["DisableSelfServiceLicenses"]);
    let ssl = standards["DisableSelfServiceLicenses"].as_object().unwrap();
    let mut keys: Vec<&str> = ssl.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["DisableTrials", "Exclusions", "action"]);
    let actions = ssl["action"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let label = a["label"].as_str().unwrap();
            let value = a["value"].as_str().unwrap().to_string();
            assert_eq!(
                label,
                match value.as_str() {
                    "warn" => "Alert",
                    v => v,
                }
            );
            value
        })
        .collect();
    let exclusions = ssl["Exclusions"]
        .as_str()
        .unwrap()
        .split([';', ','])
        .filter(|s| !s.is_empty())
        .map(|s| {
            assert!(ProductId::parse(s).is_ok(), "{s}");
            s.to_string()
        })
        .collect();
    let tenants = o["tenantFilter"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            assert_eq!(t["type"], "Tenant");
            (
                t["value"].as_str().unwrap().to_string(),
                t["label"].as_str().unwrap().to_string(),
                t["addedFields"].clone(),
            )
        })
        .collect();
    CippRead {
        name: o["templateName"].as_str().unwrap().to_string(),
        tenants,
        actions,
        exclusions,
        disable_trials: ssl["DisableTrials"].as_bool().unwrap(),
        run_manually: o["runManually"].as_bool().unwrap(),
    }
}

#[test]
fn the_cipp_template_round_trips_and_rounds_trials_only_to_block_by_default() {
    let c = Catalog::embedded();
    let d = decision(&c);
    let tenants = [tenant(Some(GUID), Some("contoso.com"), "Contoso"), tenant(None, Some("fabrikam.com"), "")];
    let export = cipp_template(&d, &tenants, &CippOptions::default(), Lang::En);
    let r = read_cipp(&export.json);
    assert_eq!(r.name, "Trials only");
    assert_eq!(r.exclusions, [PROJECT], "only Allow is excluded; Visio's Trials only becomes Disabled");
    assert_eq!(r.actions, ["Report", "Remediate"]);
    assert!(!r.disable_trials && !r.run_manually);
    assert_eq!(r.tenants[0].0, "contoso.com");
    assert_eq!(r.tenants[0].1, "Contoso (contoso.com)");
    assert_eq!(
        r.tenants[0].2,
        serde_json::json!({"defaultDomainName": "contoso.com", "displayName": "Contoso", "customerId": GUID})
    );
    assert_eq!(r.tenants[1].2, serde_json::json!({"defaultDomainName": "fabrikam.com", "displayName": "fabrikam.com"}));
    assert_eq!(export.warnings, vec![], "Block needs no warning");
    assert_eq!(export.file_name, "Trials_only.json");
    let trials = export
        .fidelity
        .iter()
        .find(|r| r.aspect == Aspect::Products(PolicyValue::OnlyTrialsWithoutPaymentMethod))
        .unwrap();
    assert_eq!((trials.fate, trials.note.key), (Fate::Rounded, &k::FLEET_NOTE_CIPP_TRIALS_BLOCK));
    assert_eq!(trials.cover, Some(Cover::Export(Export::LoopMsCommerce)));
    assert!(trials.note.text_of("products").unwrap().contains("Visio Plan 1 (CFQ7TTC0HD33)"));
}

#[test]
fn allowing_trials_only_in_cipp_must_be_asked_for_and_warns() {
    let c = Catalog::embedded();
    let d = decision(&c);
    let opts = CippOptions { trials: TrialsRounding::Allow, remediate: false, alert: true, run_manually: true };
    let export = cipp_template(&d, &[], &opts, Lang::De);
    let r = read_cipp(&export.json);
    assert_eq!(r.exclusions, [VISIO1, PROJECT]);
    assert_eq!(r.actions, ["Report", "warn"]);
    assert!(r.run_manually && r.tenants.is_empty());
    assert_eq!(export.warnings.len(), 1);
    assert_eq!(export.warnings[0].message.key, &k::FLEET_NOTE_CIPP_TRIALS_ALLOW);
    // One Trials-only product: the sentence is singular.
    assert_eq!(d.with_value(PolicyValue::OnlyTrialsWithoutPaymentMethod).count(), 1);
    let said = crate::i18n::msg(Lang::En, &export.warnings[0].message);
    assert!(said.contains("(CFQ7TTC0HD33) is put in Exclusions"), "{said}");
    // Without Trials-only products there is nothing to round and nothing to warn about.
    let mut s = scenario(&c);
    s.set_policy(&c, &id(VISIO1), PolicyValue::Disabled);
    let d = Decision::derive("x", &s, &c);
    assert!(cipp_template(&d, &[], &opts, Lang::En).warnings.is_empty());
    assert!(!fidelity(Export::Cipp, &d, TrialsRounding::Allow)
        .iter()
        .any(|r| r.aspect == Aspect::Products(PolicyValue::OnlyTrialsWithoutPaymentMethod)));
}

#[test]
fn cipp_maps_auto_claim_and_always_closes_sign_up() {
    let c = Catalog::embedded();
    let mut s = scenario(&c);
    s.doors.choose(RelatedSwitch::AutoClaim, Some(SwitchSetting::Off));
    s.doors.choose(RelatedSwitch::SelfServiceSignUp, Some(SwitchSetting::On));
    let d = Decision::derive("", &s, &c);
    let export = cipp_template(&d, &[], &CippOptions::default(), Lang::En);
    let r = read_cipp(&export.json);
    assert!(r.disable_trials);
    assert_eq!(r.name, "Self-service purchase");
    assert_eq!(export.warnings.iter().map(|w| w.message.key).collect::<Vec<_>>(), [&k::FLEET_NOTE_CIPP_SIGN_UP_ON]);
    let fate = |a: Aspect| export.fidelity.iter().find(|r| r.aspect == a).map(|r| r.fate);
    assert_eq!(fate(Aspect::Switch(RelatedSwitch::AutoClaim)), Some(Fate::Carried));
    assert_eq!(fate(Aspect::Switch(RelatedSwitch::SelfServiceSignUp)), Some(Fate::Rounded));
    assert_eq!(fate(Aspect::Others), Some(Fate::Added));
    assert_eq!(fate(Aspect::OfferTypes), Some(Fate::Dropped));
    // DSC carries what CIPP rounds.
    let dsc = fidelity(Export::DscConfiguration, &d, TrialsRounding::Block);
    let dsc_fate = |a: Aspect| dsc.iter().find(|r| r.aspect == a).map(|r| r.fate);
    assert_eq!(dsc_fate(Aspect::Products(PolicyValue::OnlyTrialsWithoutPaymentMethod)), Some(Fate::Carried));
    assert_eq!(dsc_fate(Aspect::Switch(RelatedSwitch::SelfServiceSignUp)), Some(Fate::Carried));
    assert_eq!(dsc_fate(Aspect::Switch(RelatedSwitch::AutoClaim)), Some(Fate::Dropped));
    assert_eq!(dsc_fate(Aspect::Others), Some(Fate::Carried));
    // Every row that rounds or drops names what covers it, except what nothing can.
    for e in Export::ALL {
        for r in fidelity(e, &d, TrialsRounding::Block) {
            if r.fate == Fate::Rounded || r.fate == Fate::Dropped {
                assert!(r.cover.is_some(), "{e:?} {:?}", r.aspect);
            }
        }
    }
}

#[test]
fn the_repository_entity_wraps_the_template_as_a_string() {
    let c = Catalog::embedded();
    let export = cipp_template(&decision(&c), &[], &CippOptions::default(), Lang::En);
    let guid = TenantId::parse("0b5e4a8c-1d2e-4f3a-9b8c-7d6e5f4a3b2c").unwrap();
    let v: Value = serde_json::from_str(&cipp_repository_entity(&export.json, &guid)).unwrap();
    assert_eq!(v["PartitionKey"], "StandardsTemplateV2");
    assert_eq!((v["RowKey"].as_str(), v["GUID"].as_str()), (Some(guid.as_str()), Some(guid.as_str())));
    read_cipp(v["JSON"].as_str().unwrap());
    assert_eq!(cipp_file_name("Power BI (allowed) — 2026"), "Power_BI_allowed__2026.json");
}

// ---- Microsoft365DSC -------------------------------------------------------------------------

/// A value of the PowerShell data-file subset the export writes.
#[derive(Debug, PartialEq)]
enum Psd {
    Map(Vec<(String, Psd)>),
    List(Vec<Psd>),
    Str(String),
    Bool(bool),
}

impl Psd {
    fn get(&self, key: &str) -> &Psd {
        match self {
            Psd::Map(m) => &m.iter().find(|(k, _)| k == key).unwrap_or_else(|| panic!("no {key}")).1,
            other => panic!("{other:?} is not a hashtable"),
        }
    }

    fn str(&self) -> &str {
        match self {
            Psd::Str(s) => s,
            other => panic!("{other:?} is not a string"),
        }
    }
}

/// Reads `@{ key = value … }`, `@( … )`, single-quoted strings (`''` is a quote), `$true`,
/// `$false`, `#` line comments; statements end at a newline or `;`. Anything else panics.
fn read_psd1(text: &str) -> Psd {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let v = psd_value(&chars, &mut i);
    skip(&chars, &mut i, true);
    assert_eq!(i, chars.len(), "trailing text");
    v
}

fn skip(c: &[char], i: &mut usize, newlines: bool) {
    while *i < c.len() {
        match c[*i] {
            '#' => {
                while *i < c.len() && c[*i] != '\n' {
                    *i += 1;
                }
            }
            ' ' | '\t' | '\r' => *i += 1,
            '\n' | ';' if newlines => *i += 1,
            _ => return,
        }
    }
}

fn psd_value(c: &[char], i: &mut usize) -> Psd {
    skip(c, i, true);
    let rest: String = c[*i..c.len().min(*i + 6)].iter().collect();
    if rest.starts_with("@{") {
        *i += 2;
        let mut m = Vec::new();
        loop {
            skip(c, i, true);
            if c[*i] == '}' {
                *i += 1;
                return Psd::Map(m);
            }
            let start = *i;
            while c[*i].is_ascii_alphanumeric() || c[*i] == '_' {
                *i += 1;
            }
            let key: String = c[start..*i].iter().collect();
            assert!(!key.is_empty(), "key at {start}");
            skip(c, i, false);
            assert_eq!(c[*i], '=', "= after {key}");
            *i += 1;
            m.push((key, psd_value(c, i)));
        }
    } else if rest.starts_with("@(") {
        *i += 2;
        let mut l = Vec::new();
        loop {
            skip(c, i, true);
            if c[*i] == ')' {
                *i += 1;
                return Psd::List(l);
            }
            l.push(psd_value(c, i));
            skip(c, i, false);
            if c[*i] == ',' {
                *i += 1;
            }
        }
    } else if rest.starts_with("$true") {
        *i += 5;
        Psd::Bool(true)
    } else if rest.starts_with("$false") {
        *i += 6;
        Psd::Bool(false)
    } else if c[*i] == '\'' {
        *i += 1;
        let mut s = String::new();
        loop {
            match (c[*i], c.get(*i + 1)) {
                ('\'', Some('\'')) => {
                    s.push('\'');
                    *i += 2;
                }
                ('\'', _) => {
                    *i += 1;
                    return Psd::Str(s);
                }
                // PowerShell also ends a single-quoted string at a typographic single quote.
                (q, _) if matches!(q, '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}') => {
                    assert_eq!(c.get(*i + 1), Some(&q), "an undoubled typographic quote ends the string");
                    s.push(q);
                    *i += 2;
                }
                (ch, _) => {
                    s.push(ch);
                    *i += 1;
                }
            }
        }
    } else {
        panic!("unexpected {rest:?}")
    }
}

#[test]
fn the_dsc_data_file_round_trips_through_a_psd1_reader() {
    let c = Catalog::embedded();
    let mut d = decision(&c);
    d.products[0].name = "Power BI 'Pro' \u{2019}x\u{2019} $(Invoke-PWNED)\nnext".into();
    let export = dsc_data_file(&d, None);
    assert_eq!(export.file_name, "ssp-m365dsc-commerce-trials-only.psd1");
    let v = read_psd1(&export.text);
    let Psd::List(entries) = v.get("NonNodeData").get("Commerce").get("SelfServicePurchase") else { panic!() };
    let read: Vec<(String, String, String, String, String)> = entries
        .iter()
        .map(|e| {
            let f = |k: &str| e.get(k).str().to_string();
            (f("UniqueId"), f("ProductId"), f("ProductName"), f("PolicyValue"), f("Ensure"))
        })
        .collect();
    let expected: Vec<(String, String, String, String, String)> = d
        .products
        .iter()
        .map(|p| {
            (
                p.id.to_string(),
                p.id.to_string(),
                crate::domain::script::comment_text(&p.name),
                p.value.as_str().to_string(),
                "Present".to_string(),
            )
        })
        .collect();
    assert_eq!(read, expected);
    assert_eq!(read[0].2, "Power BI 'Pro' \u{2019}x\u{2019} $(Invoke-PWNED) next", "literal, one line");
    assert_eq!(read[1].3, "OnlyTrialsWithoutPaymentMethod", "DSC carries Trials only");
    let empty = Decision { products: Vec::new(), ..d };
    assert_eq!(
        read_psd1(&dsc_data_file(&empty, None).text).get("NonNodeData").get("Commerce").get("SelfServicePurchase"),
        &Psd::List(vec![])
    );
}

#[test]
fn the_dsc_configuration_sets_the_switches_the_decision_sets_and_compiles_per_tenant() {
    let c = Catalog::embedded();
    let mut s = scenario(&c);
    s.doors.choose(RelatedSwitch::OfficeStore, Some(SwitchSetting::Off));
    s.doors.choose(RelatedSwitch::SelfServiceSignUp, Some(SwitchSetting::Off));
    let d = Decision::derive("Locked", &s, &c);
    let hostile = "Evil' ; Invoke-PWNED ; '";
    let text = dsc_configuration(&d, &[tenant(None, Some("contoso.com"), hostile)], None).text;
    assert!(text.contains(&format!("CommerceSelfServicePurchase 'CommerceSelfServicePurchase-{VISIO1}'")));
    assert!(text.contains("PolicyValue           = 'OnlyTrialsWithoutPaymentMethod'"));
    assert!(text.contains("AppsAndServicesIsOfficeStoreEnabled = $false"));
    assert_eq!(
        text.contains("AppsAndServicesIsAppAndServicesTrialEnabled"),
        d.switch(RelatedSwitch::StartTrials).is_some(),
        "only what the decision sets"
    );
    assert!(text.contains("AllowedToSignUpEmailBasedSubscriptions = $false"));
    assert!(text.contains(&format!("@{{ TenantId = 'contoso.com'; Name = {} }}", ps_single_quoted(hostile))));
}

// ---- Scripts --------------------------------------------------------------------------------

#[test]
fn the_loop_script_lists_every_tenant_and_value_and_is_a_dry_run_on_request() {
    let c = Catalog::embedded();
    let d = decision(&c);
    let tenants = [tenant(Some(GUID), Some("contoso.com"), "Contoso 'prod'"), tenant(None, Some("fabrikam.com"), "")];
    for backend in LoopBackend::ALL {
        for dry in [false, true] {
            let text = loop_script(&d, &tenants, &LoopOptions { backend, dry_run_default: dry, header: None });
            assert!(text.contains(&format!(
                "@{{ Address = 'contoso.com'; TenantId = '{GUID}'; Domain = 'contoso.com'; Name = 'Contoso ''prod'''; Label = 'Contoso ''prod'' (contoso.com)' }}"
            )));
            assert!(text.contains(&format!(
                "@{{ Kind = 'ProductId'; Id = '{VISIO1}'; Want = 'OnlyTrialsWithoutPaymentMethod' }}"
            )));
            assert!(text.contains("@{ Kind = 'OfferType'; Id = 'SaaS'; Want = 'Disabled' }"));
            assert_eq!(text.contains("$DryRun = [switch]$true"), dry);
            assert!(text.contains("exit 1"));
            assert_eq!(text.contains("UNOFFICIAL"), backend == LoopBackend::Rest);
            assert!(
                !text.contains("SSP_CLIENT_SECRET =") && !text.contains("client_secret = '"),
                "no secret in the file"
            );
        }
    }
    assert_eq!(loop_file_name(LoopBackend::Rest, "Power BI allowed"), "ssp-all-tenants-rest-power-bi-allowed.ps1");
    let collector = collector_script(&tenants, LoopBackend::MsCommerce, None);
    assert!(!collector.contains("Update-MSCommerceProductPolicy") && !collector.contains("Set-SspValue"), "read-only");
    assert!(collector.contains("TenantDomain = $tenant.Domain"));
}

// ---- Tiers ----------------------------------------------------------------------------------

#[test]
fn tiers_are_saved_assigned_and_read_back_strictly() {
    let c = Catalog::embedded();
    let mut fleet = Fleet::default();
    let mut s = scenario(&c);
    s.tenant = Some(parse_combined(COMBINED).unwrap().remove(0).state);
    fleet.save_tier("Trials only", &s).unwrap();
    fleet.save_tier("Locked", &Scenario::default()).unwrap();
    assert_eq!(fleet.save_tier("  ", &s).unwrap_err().key, &k::FLEET_ERR_TIER_NAME);
    assert!(fleet.tiers[0].scenario.tenant.is_none(), "a tier keeps no tenant state");
    fleet.set_tenants(
        parse_tenant_list("contoso.com,Contoso\nfabrikam.com\n72f988bf-86f1-41af-91ab-2d7cd011db47\n").unwrap(),
    );
    fleet.assign(0, Some("Trials only")).unwrap();
    fleet.assign(2, Some("Locked")).unwrap();
    assert_eq!(fleet.assign(1, Some("Nope")).unwrap_err().key, &k::FLEET_ERR_TIER_UNKNOWN);
    // A new list keeps the tier of a tenant that stays.
    fleet.set_tenants(parse_tenant_list("fabrikam.com\ncontoso.com,Contoso Ltd\n").unwrap());
    assert_eq!(fleet.tenants[1].tier.as_deref(), Some("Trials only"));
    assert_eq!(fleet.tenants_of("Trials only").len(), 1);

    let back = Fleet::from_json(&fleet.to_json(), &c).unwrap();
    assert_eq!(back, fleet);
    let decisions = back.decisions(&c);
    assert_eq!(
        decisions.iter().map(|(d, t)| (d.name.as_str(), t.len())).collect::<Vec<_>>(),
        [("Trials only", 1), ("Locked", 0)]
    );

    // The matrix sets each tenant against its own tier.
    let m = fleet.matrix(&parse_combined(COMBINED).unwrap(), &c);
    assert_eq!(m.rows[0].tier.as_deref(), Some("Trials only"));
    assert_eq!(m.rows[1].tier, None);

    // Strict reading.
    let mut v: Value = serde_json::from_str(&fleet.to_json()).unwrap();
    v["version"] = 2.into();
    assert_eq!(Fleet::from_json(&v.to_string(), &c).unwrap_err()[0].message.key, &k::FLEET_ERR_VERSION);
    let mut v: Value = serde_json::from_str(&fleet.to_json()).unwrap();
    v["tenants"][0]["tier"] = "Gone".into();
    v["tenants"][1]["domain"] = "fabrikam.com".into();
    v["tiers"][1]["name"] = "trials ONLY".into();
    let problems = Fleet::from_json(&v.to_string(), &c).unwrap_err();
    assert_eq!(lines_of(&problems), ["tiers[1].name", "tenants[0].tier", "tenants[1]"]);
    let mut v: Value = serde_json::from_str(&fleet.to_json()).unwrap();
    v["tenants"][0]["id"] = "72f988bf-86f1-41af-91ab-2d7cd011db4".into();
    assert!(Fleet::from_json(&v.to_string(), &c).is_err());
}

#[test]
fn tenant_data_never_reaches_a_link() {
    let c = Catalog::embedded();
    let mut fleet = Fleet::default();
    fleet.save_tier("Trials only", &scenario(&c)).unwrap();
    fleet.set_tenants(parse_tenant_list("contoso.com,Contoso\n").unwrap());
    let link = crate::domain::share::encode_hash(&fleet.tiers[0].scenario);
    let decoded = crate::domain::share::decode_link(&link, &c).unwrap();
    assert_eq!(decoded.scenario.tenant, None);
    assert!(!link.contains("contoso"));
}

#[test]
fn the_rollout_section_counts_tenants_tiers_and_changes() {
    let c = Catalog::embedded();
    let mut fleet = Fleet::default();
    assert!(Rollout::of(&fleet, None).messages().is_empty(), "no tenant list, no section");
    fleet.save_tier("Trials only", &scenario(&c)).unwrap();
    fleet.set_tenants(parse_tenant_list("contoso.com\n72f988bf-86f1-41af-91ab-2d7cd011db47\nfabrikam.com\n").unwrap());
    fleet.assign(0, Some("Trials only")).unwrap();
    fleet.assign(1, Some("Trials only")).unwrap();
    let m = fleet.matrix(&parse_combined(COMBINED).unwrap(), &c);
    let r = Rollout::of(&fleet, Some(&m));
    // contoso.com differs in 1 place, the GUID tenant in 2; Fabrikam (a name) is not in the list.
    assert_eq!(r, Rollout { tenants: 3, tiers: 1, unassigned: 1, changes: Some((3, 2)) });
    let text: Vec<String> = r.messages().iter().map(|m| crate::i18n::msg(Lang::En, m)).collect();
    assert_eq!(text[0], "3 tenants; not yet assigned to a tier: 1; tiers: 1.");
    assert!(text[1].contains("in 3 places, in 2 tenants"), "{}", text[1]);
}

#[test]
fn the_exports_are_made_per_tier_and_for_the_scenario_on_screen_with_the_tenants_of_no_tier() {
    let c = Catalog::embedded();
    let current = Decision::derive("", &scenario(&c), &c);
    let mut fleet = Fleet::default();
    fleet.set_tenants(parse_tenant_list("contoso.com,Contoso\nfabrikam.com\n").unwrap());
    // No tiers: one target, the scenario on screen, with every tenant.
    let t = fleet.targets(current.clone(), &c);
    assert_eq!(t.len(), 1);
    assert_eq!((t[0].0.name.as_str(), t[0].1.len()), ("", 2));
    // One tier with one tenant: the tier, and the scenario on screen for the other.
    fleet.save_tier("Locked", &Scenario::default()).unwrap();
    fleet.assign(1, Some("Locked")).unwrap();
    let t = fleet.targets(current.clone(), &c);
    let names: Vec<(&str, Vec<String>)> =
        t.iter().map(|(d, ts)| (d.name.as_str(), ts.iter().map(|x| x.address()).collect())).collect();
    assert_eq!(names, [("", vec!["contoso.com".to_string()]), ("Locked", vec!["fabrikam.com".to_string()])]);
    // Every tenant in a tier: only the tiers.
    fleet.assign(0, Some("Locked")).unwrap();
    let t = fleet.targets(current, &c);
    assert_eq!(t.iter().map(|(d, ts)| (d.name.as_str(), ts.len())).collect::<Vec<_>>(), [("Locked", 2)]);
}
