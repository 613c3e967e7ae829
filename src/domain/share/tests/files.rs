//! The scenario file: envelope, defaults, problems with paths and lines, the tenant state it
//! carries (and links do not).
use super::*;

// ---- file ----

#[test]
fn file_round_trips_with_envelope() {
    let c = Catalog::embedded();
    let s = full(&c);
    let text = to_file(&s, Date::ymd(2026, 12, 1));
    assert!(text
        .starts_with("{\n  \"format\": \"ssp-advisor-scenario\",\n  \"version\": 1,\n  \"saved_at\": \"2026-12-01\""));
    let read = read_file(&text, &c).unwrap();
    assert_eq!(
        read,
        SavedFile {
            saved_at: Some(Date::ymd(2026, 12, 1)),
            scenario: s.clone(),
            notices: vec![],
            custom: vec![],
            shelf: Shelf::default(),
            fleet: None
        }
    );
    assert_eq!(from_file(&text, &c), Ok(s));
    assert_eq!(from_file(&format!("\u{feff}{text}"), &c).map(|s| s.selections.len()), Ok(7), "BOM tolerated");
}

#[test]
fn file_defaults_optional_parts() {
    let c = Catalog::embedded();
    let text = to_file(&typical(&c), Date::ymd(2026, 12, 1));
    let mut v: Value = serde_json::from_str(&text).unwrap();
    let scenario = v["scenario"].as_object_mut().unwrap();
    for key in ["price_overrides", "shown_plans", "answers", "script"] {
        scenario.remove(key);
    }
    v.as_object_mut().unwrap().remove("saved_at");
    let read = read_file(&v.to_string(), &c).unwrap();
    assert_eq!(read.saved_at, None);
    assert_eq!(read.scenario.shown_plans, default_plans());
    assert_eq!(read.scenario.answers, Answers::default());
    assert_eq!(read.scenario.script, ScriptPrefs::default());
}

fn file_problems(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let c = Catalog::embedded();
    let mut v: Value = serde_json::from_str(&to_file(&typical(&c), Date::ymd(2026, 12, 1))).unwrap();
    edit(&mut v);
    from_file(&serde_json::to_string_pretty(&v).unwrap(), &c).unwrap_err()
}

#[test]
fn file_not_json_gives_line() {
    let c = Catalog::embedded();
    let errs = from_file("{\n  \"format\": \"ssp-advisor-scenario\",\n  \"version\": 1,,\n}", &c).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].message.key, &k::ERR_JSON_SYNTAX);
    assert_eq!(errs[0].message.text_of("line").as_deref(), Some("3"), "{errs:?}");
    assert_eq!(from_file("", &c).unwrap_err()[0].message.key, &k::ERR_JSON_ENDS_EARLY);
}

#[test]
fn file_envelope_is_checked() {
    let c = Catalog::embedded();
    assert_eq!(from_file("[]", &c).unwrap_err()[0].message.key, &k::SHARE_ERR_NOT_SCENARIO_FILE);
    assert_eq!(
        from_file(&Catalog::embedded().to_json(), &c).unwrap_err()[0].message.key,
        &k::SHARE_ERR_NOT_SCENARIO_FILE
    );
    let errs = file_problems(|v| v["version"] = 2.into());
    assert_eq!(keys(&errs), [("version", &k::SHARE_ERR_FILE_VERSION)]);
    let errs = file_problems(|v| v["saved_at"] = "yesterday".into());
    assert_eq!(keys(&errs), [("saved_at", &k::ERR_JSON_DATE)]);
    let big = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(from_file(&big, &c).unwrap_err()[0].message.key, &k::SHARE_ERR_FILE_TOO_LARGE);
}

#[test]
fn file_shape_problems_have_paths_and_are_all_reported() {
    let errs = file_problems(|v| {
        let s = &mut v["scenario"];
        s["selections"][0]["seats"] = "many".into();
        s["selections"][1]["id"] = "visio".into();
        s["selections"][2]["policy"] = "Sometimes".into();
        s["selections"][2].as_object_mut().unwrap().insert("colour".into(), "red".into());
        s["pricing"]["ea"]["level_discount_pct"] = serde_json::json!(["1", "2"]);
        s["pricing"]["hidden"].as_object_mut().unwrap().remove("expense_claim");
        s["pricing"]["horizon_month"] = 12.into();
        s["price_overrides"]["copilot"] = "1".into();
        s["answers"]["country"] = 7.into();
        s["answers"]["weights"] = serde_json::json!({"cost": "very"});
        s["shown_plans"][1] = serde_json::json!({"channel": "Fax", "term": "annual"});
        s["script"]["what_if"] = "yes".into();
    });
    let mut got = keys(&errs);
    got.sort();
    let mut want = vec![
        ("scenario.selections[0].seats", &k::SHARE_ERR_INVALID_VALUE),
        ("scenario.selections[1].id", &k::ERR_PRODUCT_ID_CHAR),
        ("scenario.selections[2].policy", &k::ERR_JSON_UNKNOWN_VALUE),
        ("scenario.selections[2].colour", &k::SHARE_ERR_UNKNOWN_FIELD),
        ("scenario.pricing.ea.level_discount_pct", &k::SHARE_ERR_INVALID_VALUE),
        ("scenario.pricing.hidden.expense_claim", &k::SHARE_ERR_MISSING),
        ("scenario.pricing.horizon_month", &k::SHARE_ERR_UNKNOWN_FIELD),
        ("scenario.price_overrides.copilot", &k::ERR_PRODUCT_ID_CHAR),
        ("scenario.answers.country", &k::SHARE_ERR_INVALID_VALUE),
        ("scenario.answers.weights", &k::ERR_JSON_UNKNOWN_VALUE),
        ("scenario.shown_plans[1]", &k::ERR_JSON_UNKNOWN_VALUE),
        ("scenario.script.what_if", &k::SHARE_ERR_INVALID_VALUE),
    ];
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn file_values_are_validated_with_file_paths() {
    let errs = file_problems(|v| {
        v["scenario"]["selections"][1]["seats"] = 0.into();
        v["scenario"]["pricing"]["csp_adjust_pct"] = "-75".into();
    });
    assert_eq!(
        keys(&errs),
        [
            ("scenario.selections[1].seats", &k::SHARE_ERR_SEATS),
            ("scenario.pricing.csp_adjust_pct", &k::SHARE_ERR_CSP_ADJUST)
        ]
    );
}

#[test]
fn file_accepts_numbers_for_decimals() {
    let c = Catalog::embedded();
    let mut v: Value = serde_json::from_str(&to_file(&typical(&c), Date::ymd(2026, 12, 1))).unwrap();
    v["scenario"]["pricing"]["csp_adjust_pct"] = serde_json::json!(-2.5);
    v["scenario"]["price_overrides"][COPILOT] = serde_json::json!(31);
    let s = from_file(&v.to_string(), &c).unwrap();
    assert_eq!(s.pricing.csp_adjust_pct, dec!(-2.5));
    assert_eq!(s.price_overrides[&id(COPILOT)], dec!(31));
}

/// The imported tenant state is kept in files and sessions, validated when read back, and never
/// put in a link.
#[test]
fn the_tenant_state_travels_in_files_not_in_links() {
    let c = Catalog::embedded();
    let (state, _) = crate::domain::tenant::parse(
        "ProductId,ProductName,PolicyValue\nCFQ7TTC0H9MP,Power BI Pro,Enabled\nZZZZZZZZZZZZ,New thing,Enabled\n",
    )
    .unwrap();
    let mut s = typical(&c);
    s.tenant = Some(state.clone());
    let file = to_file(&s, Date::ymd(2026, 12, 1));
    assert_eq!(from_file(&file, &c).unwrap().tenant, Some(state));
    let from_link = decode_hash(&encode_hash(&s), &c).unwrap();
    assert_eq!(from_link.tenant, None);
    assert_eq!(encode_hash(&s), encode_hash(&typical(&c)), "the link is the same with or without it");
    // A hand-edited file with the same product twice in the state is refused with its path.
    let mut v: Value = serde_json::from_str(&file).unwrap();
    let row = v["scenario"]["tenant"]["rows"][0].clone();
    v["scenario"]["tenant"]["rows"].as_array_mut().unwrap().push(row);
    assert_eq!(
        keys(&read_file(&v.to_string(), &c).unwrap_err()),
        vec![("scenario.tenant.rows[2]", &k::SHARE_ERR_TENANT_ROW)]
    );
}

/// An offer type outside the four, in a hand-edited file, is refused with its path in plain words.
#[test]
fn an_unknown_offer_type_is_refused_with_its_path() {
    let c = Catalog::embedded();
    let mut v: Value = serde_json::from_str(&to_file(&typical(&c), Date::ymd(2026, 12, 1))).unwrap();
    v["scenario"]["offer_types"] = serde_json::json!({"SaaS": "Disabled", "OFFICEADDINS": "Disabled"});
    assert_eq!(
        keys(&read_file(&v.to_string(), &c).unwrap_err()),
        vec![("scenario.offer_types", &k::ERR_JSON_UNKNOWN_VALUE)]
    );
    v["scenario"]["offer_types"] = serde_json::json!({"SaaS": "OnlyTrialsWithoutPaymentMethod"});
    assert_eq!(
        keys(&read_file(&v.to_string(), &c).unwrap_err()),
        vec![("scenario.offer_types.SaaS", &k::SHARE_ERR_OFFER_TYPE_VALUE)]
    );
}
