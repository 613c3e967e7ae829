//! Every wire tag frozen, and every tagged type in `src/` listed.
use super::*;

/// The tags are the v2 format: this table is the one place they are written down a second
/// time, so that changing one fails here. Append new values; never edit a line.
#[test]
fn wire_tags_are_frozen() {
    use crate::domain::tag::check;
    fn all<T: Tagged>() -> Vec<String> {
        T::TAGS.iter().map(|(v, t)| format!("{v:?}={t}")).collect()
    }
    let frozen: &[(&str, Vec<String>, &str)] = &[
        ("policy", all::<PolicyValue>(), "Enabled=1 OnlyTrialsWithoutPaymentMethod=2 Disabled=3"),
        ("currency", all::<Currency>(), "USD=1 EUR=2 GBP=3 CHF=4"),
        ("channel", all::<Channel>(), "SelfService=1 Csp=2 Ea=3"),
        ("term", all::<Term>(), "Annual=1 AnnualBilledMonthly=2 Monthly=3"),
        ("criterion", all::<Criterion>(), "Availability=1 Agreement=2 Planning=3 Strategy=4 Support=5 Billing=6 Compliance=7 Experimentation=8 Copilot=9 Cost=10 Scale=11"),
        ("weight", all::<Weight>(), "Ignore=1 Normal=2 Important=3 Decisive=4"),
        ("question", all::<QuestionId>(), "TenantType=1 Country=2 Agreement=3 AgreementCovers=4 PlannedPurchase=5 PlannedProducts=6 ShadowIt=7 Support=8 Billing=9 Compliance=10 Experimentation=11 Copilot=12 OrgSize=13"),
        ("tenant", all::<TenantType>(), "Commercial=1 Government=2 Education=3"),
        ("country", all::<Country>(), "India=1 Brazil=2 DrCongo=3 Other=4"),
        ("agreement", all::<Agreement>(), "Ea=1 Csp=2 Mca=3 NoAgreement=4"),
        ("yes_no", all::<YesNo>(), "Yes=1 No=2"),
        ("shadow_it", all::<ShadowIt>(), "Strict=1 Tolerant=2 Encourages=3"),
        ("support", all::<Support>(), "NoCapacity=1 Limited=2 Ready=3"),
        ("billing", all::<Billing>(), "Acceptable=1 Reluctantly=2 Unacceptable=3"),
        ("compliance", all::<Compliance>(), "Regulated=1 Standard=2"),
        ("experimentation", all::<Experimentation>(), "High=1 Moderate=2 Low=3"),
        ("copilot", all::<CopilotApproach>(), "EarlyAdopters=1 Central=2 NotNow=3"),
        ("org_size", all::<OrgSize>(), "Under300=1 From300=2 From500=3 From2400=4 From6000=5 From15000=6"),
        ("offer_type", all::<crate::domain::policy::OfferType>(), "Saas=1 PowerBiVisuals=2 DynamicsCe=3 DynamicsBc=4"),
        ("related_switch", all::<crate::domain::doors::RelatedSwitch>(), "StartTrials=1 OfficeStore=2 AutoClaim=3 SelfServiceSignUp=4 CopilotMultipleAccounts=5"),
        ("switch_setting", all::<crate::domain::doors::SwitchSetting>(), "On=1 Off=2"),
    ];
    // Every type that has wire tags is in the table above: a type tagged in the source and
    // missing here would have tags nothing freezes (issue 23: OfferType was one).
    let listed = [
        "PolicyValue",
        "Currency",
        "Channel",
        "Term",
        "Criterion",
        "Weight",
        "QuestionId",
        "TenantType",
        "Country",
        "Agreement",
        "YesNo",
        "ShadowIt",
        "Support",
        "Billing",
        "Compliance",
        "Experimentation",
        "CopilotApproach",
        "OrgSize",
        "OfferType",
        "RelatedSwitch",
        "SwitchSetting",
    ];
    assert_eq!(listed.len(), frozen.len());
    for tagged in tagged_types_in_source() {
        assert!(listed.contains(&tagged.as_str()), "{tagged} has wire tags that no test freezes: add it above");
    }
    for (name, tags, expected) in frozen {
        let expected: Vec<String> = expected.split(' ').map(str::to_string).collect();
        assert_eq!(&expected[..], &tags[..tags.len().min(expected.len())], "{name}: a tag changed meaning");
    }
    check(&PolicyValue::ALL);
    check(&Currency::ALL);
    check(&[Channel::SelfService, Channel::Csp, Channel::Ea]);
    check(&Term::ALL);
    check(&Criterion::ALL);
    check(&Weight::ALL);
    check(&QuestionId::ALL);
    check(TenantType::ALL);
    check(Country::ALL);
    check(Agreement::ALL);
    check(YesNo::ALL);
    check(ShadowIt::ALL);
    check(Support::ALL);
    check(Billing::ALL);
    check(Compliance::ALL);
    check(Experimentation::ALL);
    check(CopilotApproach::ALL);
    check(OrgSize::ALL);
    check(&crate::domain::policy::OfferType::ALL);
    check(&crate::domain::doors::RelatedSwitch::ALL);
    check(&[crate::domain::doors::SwitchSetting::On, crate::domain::doors::SwitchSetting::Off]);
}

/// The types given wire tags anywhere in `src/` (`tags!(Type {` and the answer `choice!`s),
/// read from the source so that a new one cannot be forgotten.
fn tagged_types_in_source() -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for part in text.split("tags!(").skip(1) {
                    let name: String = part.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    // A type name (capitalised); the macro's own docs say `Type`.
                    if name.starts_with(|c: char| c.is_ascii_uppercase()) && name != "Type" {
                        out.push(name);
                    }
                }
                // `choice! { /// doc… Name { … } }`: the answer options, tagged by the macro.
                for part in text.split("choice! {").skip(1) {
                    let body: String =
                        part.lines().map(str::trim).filter(|l| !l.starts_with("///")).collect::<Vec<_>>().join(" ");
                    let name: String = body.trim_start().chars().take_while(|c| c.is_alphanumeric()).collect();
                    if name.starts_with(|c: char| c.is_ascii_uppercase()) {
                        out.push(name);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out.sort();
    out.dedup();
    out
}
