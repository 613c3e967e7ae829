//! The licence-request section, the request fields and the related-switch recommendations.
use super::*;
use crate::domain::catalog::Catalog;
use crate::domain::checklist::{apply_checklist, ItemStatus};
use crate::domain::decision::*;
use crate::domain::test_support::{facts, pid, COPILOT, PBI};
use crate::i18n::{self, Lang};

fn product(id: &str) -> ProductFacts {
    facts(id, 10)
}

fn strict() -> Answers {
    Answers {
        tenant_type: Some(TenantType::Commercial),
        country: Some(Country::Other),
        shadow_it: Some(ShadowIt::Strict),
        compliance: Some(Compliance::Regulated),
        billing: Some(Billing::Unacceptable),
        copilot: Some(CopilotApproach::NotNow),
        ..Answers::default()
    }
}

fn open() -> Answers {
    Answers {
        tenant_type: Some(TenantType::Commercial),
        country: Some(Country::Other),
        agreement: Some(Agreement::NoAgreement),
        shadow_it: Some(ShadowIt::Encourages),
        support: Some(Support::Ready),
        billing: Some(Billing::Acceptable),
        compliance: Some(Compliance::Standard),
        experimentation: Some(Experimentation::High),
        copilot: Some(CopilotApproach::EarlyAdopters),
        ..Answers::default()
    }
}

#[test]
fn blocking_closes_every_door_the_sources_know() {
    let rec = recommend(&strict(), &[product(PBI), product(COPILOT)]);
    assert_eq!(rec.verdict, Verdict::BlockAll);
    for s in RelatedSwitch::ALL {
        let r = rec.switch(s).unwrap();
        assert_eq!(r.setting, Some(SwitchSetting::Off), "{s:?}: {r:?}");
        assert!(r.reasons.iter().all(|x| x.setting == SwitchSetting::Off));
    }
    let trials = rec.switch(RelatedSwitch::StartTrials).unwrap();
    assert_eq!(trials.reasons[0].rule_id, "switch_trials_off");
    assert_eq!(trials.reasons[0].products, vec![pid(PBI), pid(COPILOT)]);
    let multi = rec.switch(RelatedSwitch::CopilotMultipleAccounts).unwrap();
    assert_eq!(multi.reasons[0].products, vec![pid(COPILOT)]);
}

#[test]
fn allowing_leaves_the_doors_open_and_off_wins_when_mixed() {
    let rec = recommend(&open(), &[product(PBI), product(COPILOT)]);
    assert!(rec.per_product.iter().all(|p| p.policy == Some(crate::domain::policy::PolicyValue::Enabled)));
    let on = |s| rec.switch(s).unwrap().setting;
    assert_eq!(on(RelatedSwitch::StartTrials), Some(SwitchSetting::On));
    assert_eq!(on(RelatedSwitch::OfficeStore), Some(SwitchSetting::On));
    assert_eq!(on(RelatedSwitch::CopilotMultipleAccounts), Some(SwitchSetting::On));
    assert_eq!(on(RelatedSwitch::AutoClaim), None, "no rule decides");
    assert_eq!(on(RelatedSwitch::SelfServiceSignUp), None);
    // A covered product is blocked by a hard rule: trials Off wins over the allowed one.
    let mut a = open();
    a.agreement = Some(Agreement::Ea);
    a.agreement_covers = Some([pid(PBI)].into_iter().collect());
    let rec = recommend(&a, &[product(PBI), product(COPILOT)]);
    let t = rec.switch(RelatedSwitch::StartTrials).unwrap();
    assert_eq!(t.setting, Some(SwitchSetting::Off));
    let ids: Vec<_> = t.reasons.iter().map(|r| (r.rule_id, r.setting)).collect();
    assert_eq!(ids, vec![("switch_trials_off", SwitchSetting::Off), ("switch_trials_on", SwitchSetting::On)]);
}

#[test]
fn nothing_to_configure_has_no_switches_and_no_request_section() {
    let a = Answers { tenant_type: Some(TenantType::Government), ..strict() };
    let rec = recommend(&a, &[product(PBI)]);
    assert!(rec.switches.is_empty());
    assert!(licence_request_section(&RequestPath::default(), &rec).is_none());
}

#[test]
fn the_user_choice_overrides_the_recommendation() {
    let rec = recommend(&strict(), &[product(PBI)]);
    let mut d = Doors::default();
    d.choose(RelatedSwitch::OfficeStore, Some(SwitchSetting::On));
    let eff = d.effective(&rec);
    assert_eq!(eff.len(), RelatedSwitch::ALL.len());
    let store = eff.iter().find(|e| e.switch == RelatedSwitch::OfficeStore).unwrap();
    assert_eq!(
        (store.recommended, store.chosen, store.setting),
        (Some(SwitchSetting::Off), Some(SwitchSetting::On), Some(SwitchSetting::On))
    );
    assert!(store.override_note().is_some());
    d.choose(RelatedSwitch::OfficeStore, None);
    assert!(d.is_empty());
}

#[test]
fn the_request_section_follows_the_request_path() {
    let rec = recommend(&strict(), &[product(PBI), product(COPILOT)]);
    let none = licence_request_section(&RequestPath::default(), &rec).unwrap();
    assert!(!none.own_process);
    assert_eq!(none.products, vec![pid(PBI), pid(COPILOT)]);
    assert_eq!(none.steps.last().unwrap().key, &k::DOORS_REQUEST_STEP_KEEP_MICROSOFT);
    assert_eq!(none.message.key, &k::DOORS_REQUEST_MESSAGE_NONE);
    assert_eq!(none.approvers.len(), 2, "2024 doc and 2025 Copilot rollout, both dated");
    assert_eq!(none.caveats.len(), 2);

    let full = RequestPath { url: "https://it.example/request".into(), contact: "IT {url} desk".into() };
    let s = licence_request_section(&full, &rec).unwrap();
    assert!(s.own_process);
    assert_eq!(s.steps.last().unwrap().key, &k::DOORS_REQUEST_STEP_CONNECT);
    for (lang, text) in s.message_texts() {
        assert!(text.contains("https://it.example/request"), "{lang:?}: {text}");
        // The contact is the last argument, so a placeholder inside it is never filled.
        assert!(text.contains("IT {url} desk"), "{lang:?}: {text}");
    }
    let contact = RequestPath { url: String::new(), contact: "servicedesk@contoso.example".into() };
    let s = licence_request_section(&contact, &rec).unwrap();
    assert_eq!(s.steps.last().unwrap().key, &k::DOORS_REQUEST_STEP_CONNECT_NO_URL);
    assert_eq!(s.message.key, &k::DOORS_REQUEST_MESSAGE_CONTACT);
    assert!(i18n::msg(Lang::De, &s.message).contains("servicedesk@contoso.example"));
}

#[test]
fn every_section_and_switch_message_renders_in_every_language() {
    let paths = [
        RequestPath::default(),
        RequestPath { url: "https://a.example".into(), contact: String::new() },
        RequestPath { url: "https://a.example".into(), contact: "x".into() },
        RequestPath { url: String::new(), contact: "x".into() },
    ];
    for answers in [strict(), open()] {
        let rec = recommend(&answers, &[product(PBI), product(COPILOT)]);
        let mut messages: Vec<Message> =
            rec.switches.iter().flat_map(|s| s.reasons.iter().map(|r| r.message.clone())).collect();
        for p in &paths {
            if let Some(s) = licence_request_section(p, &rec) {
                messages.push(s.users_see);
                messages.extend(s.steps);
                messages.extend(s.caveats);
                messages.extend(s.approvers);
                messages.push(s.message);
            }
        }
        for m in &messages {
            for lang in Lang::ALL {
                let text = i18n::msg(lang, m);
                assert!(!text.contains('{') && !text.starts_with('['), "{lang:?} {}: {text}", m.key);
            }
        }
    }
}

#[test]
fn request_fields_are_validated_once() {
    assert!(RequestPath::default().is_valid());
    assert!(RequestPath { url: "https://a.example".into(), contact: "Service desk, ext. 42".into() }.is_valid());
    assert!(!RequestPath { url: "http://a.example".into(), contact: String::new() }.is_valid());
    assert!(!RequestPath { url: String::new(), contact: "a\nb".into() }.is_valid());
    assert!(!RequestPath { url: String::new(), contact: "x".repeat(121) }.is_valid());
}

#[test]
fn switch_tags_are_frozen() {
    use crate::domain::tag::{check, Tagged};
    check(&RelatedSwitch::ALL);
    check(&[SwitchSetting::On, SwitchSetting::Off]);
    let tags: Vec<u32> = RelatedSwitch::ALL.iter().map(|s| s.tag()).collect();
    assert_eq!(tags, vec![1, 2, 3, 4, 5]);
    assert_eq!((SwitchSetting::On.tag(), SwitchSetting::Off.tag()), (1, 2));
}

#[test]
fn the_checklist_closes_every_door_and_ends_with_a_job_that_runs_alone() {
    use crate::domain::script::Variant;
    let c = Catalog::embedded();
    let mut scenario = crate::domain::scenario::Scenario::default();
    for id in [PBI, COPILOT] {
        scenario.toggle(&c, &pid(id));
    }
    let rec = recommend(&strict(), &[product(PBI), product(COPILOT)]);
    let list = apply_checklist(&scenario, &c, &rec);
    let variants: Vec<Option<Variant>> = list.iter().map(|i| i.variant).collect();
    assert_eq!(
        variants,
        vec![
            Some(Variant::MsCommerce),
            Some(Variant::UserOwnedApps),
            Some(Variant::UserOwnedApps),
            None,
            Some(Variant::GraphSignupPowerShell),
            None,
            None,
            None,
            Some(Variant::Subscriptions),
            Some(Variant::UnattendedGrant),
            Some(Variant::Unattended),
        ]
    );
    // Strict answers decide every switch; only the request path is open until someone is named.
    let choose: Vec<_> = list.iter().filter(|i| i.status == ItemStatus::Choose).map(|i| i.message.key).collect();
    assert_eq!(choose, vec![&k::DOORS_CHECK_REQUEST_MICROSOFT]);
    // Copilot's Cloud Policy is the multiple-account switch: listed once, as that switch. Its
    // only control of its own is the Copilot settings page reported in review 2026-12 (§5 #2,
    // unverified), with the role that changes it.
    let controls: Vec<String> = list
        .iter()
        .filter(|i| i.message.key == &k::DOORS_CHECK_CONTROL)
        .map(|i| i18n::msg(Lang::En, &i.message))
        .collect();
    assert_eq!(controls.len(), 1, "{controls:?}");
    assert!(controls[0].contains("“Microsoft Copilot self-service purchases”"), "{controls:?}");
    assert!(controls[0].contains("not verified; AI Administrator or Global Administrator"), "{controls:?}");
    // A blocked Clipchamp brings its own Cloud Policy from the catalogue, as a step by hand.
    let mut clip = scenario.clone();
    clip.toggle(&c, &pid("CFQ7TTC0N8SS"));
    let rec_clip = recommend(&strict(), &[product(PBI), product(COPILOT), product("CFQ7TTC0N8SS")]);
    let with_clip = apply_checklist(&clip, &c, &rec_clip);
    let ctl: Vec<String> = with_clip
        .iter()
        .filter(|i| i.message.key == &k::DOORS_CHECK_CONTROL)
        .map(|i| i18n::msg(Lang::En, &i.message))
        .filter(|m| !m.starts_with("Microsoft 365 Copilot:"))
        .collect();
    assert_eq!(ctl.len(), 1);
    assert!(ctl[0].contains("also “Disable the ability for users to upgrade to Clipchamp Premium”. Where: Microsoft 365 Apps admin center"), "{ctl:?}");
    let mut named = scenario.clone();
    named.doors.request = RequestPath { url: String::new(), contact: "IT".into() };
    assert!(apply_checklist(&named, &c, &rec).iter().all(|i| i.status == ItemStatus::Ready));
    for i in &list {
        for lang in Lang::ALL {
            let text = i18n::msg(lang, &i.message);
            assert!(!text.contains('{') && !text.contains("doors."), "{lang:?}: {text}");
        }
    }
    assert!(i18n::msg(Lang::De, &list[1].message).starts_with("Benutzern erlauben, Testversionen"));
    assert!(i18n::msg(Lang::De, &list[1].message).contains(": Aus. Wo: Microsoft 365 Admin Center > Einstellungen"));
    // Undecided switches ask for a choice; nothing to configure gives no checklist.
    let open_rec = recommend(&open(), &[product(PBI)]);
    assert!(apply_checklist(&scenario, &c, &open_rec).iter().any(|i| i.status == ItemStatus::Choose));
    let gov = recommend(&Answers { tenant_type: Some(TenantType::Government), ..strict() }, &[product(PBI)]);
    assert!(apply_checklist(&scenario, &c, &gov).is_empty());
}
