//! Every wire tag frozen, and every tagged type in `src/` listed.
use super::*;

/// The tags are the v2 format: this table is the one place they are written down a second
/// time, so that changing one fails here. One line per tagged type, tags in ascending order
/// (declaration order is free to change); append new values, never edit what a line says.
#[test]
fn wire_tags_are_frozen() {
    let frozen: &[(Frozen, &str)] = &[
        (frozen(&PolicyValue::ALL), "Enabled=1 OnlyTrialsWithoutPaymentMethod=2 Disabled=3"),
        (frozen(&Currency::ALL), "USD=1 EUR=2 GBP=3 CHF=4"),
        (frozen(&[Channel::SelfService, Channel::Csp, Channel::Ea]), "SelfService=1 Csp=2 Ea=3"),
        (frozen(&Term::ALL), "Annual=1 AnnualBilledMonthly=2 Monthly=3"),
        (frozen(&Criterion::ALL), "Availability=1 Agreement=2 Planning=3 Strategy=4 Support=5 Billing=6 Compliance=7 Experimentation=8 Copilot=9 Cost=10 Scale=11"),
        (frozen(&Weight::ALL), "Ignore=1 Normal=2 Important=3 Decisive=4"),
        (frozen(&QuestionId::ALL), "TenantType=1 Country=2 Agreement=3 AgreementCovers=4 PlannedPurchase=5 PlannedProducts=6 ShadowIt=7 Support=8 Billing=9 Compliance=10 Experimentation=11 Copilot=12 OrgSize=13"),
        (frozen(TenantType::ALL), "Commercial=1 Government=2 Education=3"),
        (frozen(Country::ALL), "India=1 Brazil=2 DrCongo=3 Other=4"),
        (frozen(Agreement::ALL), "Ea=1 Csp=2 Mca=3 NoAgreement=4"),
        (frozen(YesNo::ALL), "Yes=1 No=2"),
        (frozen(ShadowIt::ALL), "Strict=1 Tolerant=2 Encourages=3"),
        (frozen(Support::ALL), "NoCapacity=1 Limited=2 Ready=3"),
        (frozen(Billing::ALL), "Acceptable=1 Reluctantly=2 Unacceptable=3"),
        (frozen(Compliance::ALL), "Regulated=1 Standard=2"),
        (frozen(Experimentation::ALL), "High=1 Moderate=2 Low=3"),
        (frozen(CopilotApproach::ALL), "EarlyAdopters=1 Central=2 NotNow=3"),
        (frozen(OrgSize::ALL), "Under300=1 From300=2 From500=3 From2400=4 From6000=5 From15000=6"),
        (frozen(&crate::domain::policy::OfferType::ALL), "Saas=1 PowerBiVisuals=2 DynamicsCe=3 DynamicsBc=4"),
        (frozen(&crate::domain::doors::RelatedSwitch::ALL), "StartTrials=1 OfficeStore=2 AutoClaim=3 SelfServiceSignUp=4 CopilotMultipleAccounts=5"),
        (frozen(&[crate::domain::doors::SwitchSetting::On, crate::domain::doors::SwitchSetting::Off]), "On=1 Off=2"),
    ];
    // Every type that has wire tags is in the table above: a type tagged in the source and
    // missing here would have tags nothing freezes (issue 23: OfferType was one).
    let listed: Vec<&str> = frozen.iter().map(|(f, _)| f.name).collect();
    for tagged in tagged_types_in_source() {
        assert!(listed.contains(&tagged.as_str()), "{tagged} has wire tags that no test freezes: add it above");
    }
    for (f, expected) in frozen {
        let expected: Vec<&str> = expected.split(' ').collect();
        assert_eq!(&expected[..], &f.tags[..f.tags.len().min(expected.len())], "{}: a tag changed meaning", f.name);
    }
}

/// A tagged type's name and its values as `Value=tag` in ascending tag order, after checking
/// that every value has one unique tag (`tag::check`).
struct Frozen {
    name: &'static str,
    tags: Vec<String>,
}

fn frozen<T: Tagged>(all: &[T]) -> Frozen {
    crate::domain::tag::check(all);
    let mut tags = T::TAGS.to_vec();
    tags.sort_by_key(|(_, t)| *t);
    let name = std::any::type_name::<T>().rsplit("::").next().unwrap_or_default();
    Frozen { name, tags: tags.iter().map(|(v, t)| format!("{v:?}={t}")).collect() }
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
