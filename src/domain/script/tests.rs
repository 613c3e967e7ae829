//! Exact-text and safety tests of the script generators (the grammar tests live in tests/scripts/).
use super::*;
use crate::i18n::k;
use crate::i18n::Message;

fn choice(id: &str, name: &str, value: PolicyValue) -> Choice {
    Choice {
        id: ProductId::parse(id).unwrap(),
        name: name.into(),
        value,
        free_sign_up: id == "CFQ7TTC0J1FV",
        admin_settings: Vec::new(),
    }
}

/// Allow, Trials only and Block across five real products (ids from data/catalog.json).
fn mixed() -> Vec<Choice> {
    vec![
        choice("CFQ7TTC0H9MP", "Power BI Pro", PolicyValue::Enabled),
        choice("CFQ7TTC0HD33", "Visio Plan 1", PolicyValue::OnlyTrialsWithoutPaymentMethod),
        choice("CFQ7TTC0HDB1", "Planner Plan 1", PolicyValue::OnlyTrialsWithoutPaymentMethod),
        choice("CFQ7TTC0HDB0", "Project Plan 3", PolicyValue::Disabled),
        choice("CFQ7TTC0MM8R", "Microsoft 365 Copilot", PolicyValue::Disabled),
    ]
}

fn full_options() -> ScriptOptions {
    ScriptOptions {
        tenant_label: Some("Contoso 'prod'".into()),
        header: Some(ScriptHeader {
            generated: Date::ymd(2026, 11, 25),
            catalogue_as_of: Date::ymd(2026, 11, 21),
            reopen_link: Some("https://advisor.example/#s=abc".into()),
            scenario: Some("Proposed 'B' # (2 of 2)".into()),
        }),
        ..ScriptOptions::default()
    }
}

const EXPECTED_MSCOMMERCE: &str = r#"# Self-Service Purchase Advisor: MSCommerce PowerShell (module 2.x/3.x)
# Generated 2026-11-25, product catalogue as of 2026-11-21.
# Reopen these choices in the advisor: https://advisor.example/#s=abc
# Scenario applied: Proposed 'B' # (2 of 2)
# Tenant: Contoso 'prod'
#
# Requirements:
# - Windows 10 or later. MSCommerce 3.x signs in through the Windows account broker (WAM) and runs on Windows only.
# - Windows PowerShell 5.1 or PowerShell 7.
# - MSCommerce 2.0 or later (current: 3.0.1, installed if no 2.0+ is there): -Value and OnlyTrialsWithoutPaymentMethod.
# - Sign in as a Global Administrator or Billing Administrator.
# A change applies to future purchases and trials only; existing subscriptions stay as they are.
# There is no bulk cmdlet: each product is set with its own Update-MSCommerceProductPolicy call.

#Requires -Version 5.1
$ErrorActionPreference = 'Stop'
$TenantLabel = 'Contoso ''prod'''
Write-Output ('Prepared for tenant: ' + $TenantLabel)

# Install the module for the current user only if it is missing, then load it.
if (-not (Get-Module -ListAvailable -Name MSCommerce | Where-Object { $_.Version -ge [version]'2.0' })) {
    Install-Module -Name MSCommerce -RequiredVersion 3.0.1 -Scope CurrentUser
}
Import-Module -Name MSCommerce -MinimumVersion 2.0
Connect-MSCommerce

# Audit (read-only): the current value of each chosen product.
@(
    # Power BI Pro
    Get-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0H9MP
    # Visio Plan 1
    Get-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0HD33
    # Planner Plan 1
    Get-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0HDB1
    # Project Plan 3
    Get-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0HDB0
    # Microsoft 365 Copilot
    Get-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0MM8R
) | Format-Table -Property 'ProductName', 'ProductId', 'PolicyValue' -AutoSize
# To start the advisor from this tenant's state, run these read-only lines and paste their output under
# "Start from the tenant's current state":
# Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase | Select-Object -Property 'ProductName', 'ProductId', 'PolicyValue' | ConvertTo-Json
# Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase -Scope OfferType | Select-Object -Property 'ProductName', 'ProductId', 'PolicyValue' | ConvertTo-Json

# Set the chosen value, one product at a time.
# Power BI Pro
Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0H9MP -Value 'Enabled'
# Visio Plan 1
Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0HD33 -Value 'OnlyTrialsWithoutPaymentMethod'
# Planner Plan 1
Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0HDB1 -Value 'OnlyTrialsWithoutPaymentMethod'
# Project Plan 3
Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0HDB0 -Value 'Disabled'
# Microsoft 365 Copilot
Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0MM8R -Value 'Disabled'
"#;

#[test]
fn mscommerce_exact_text_for_a_mixed_choice() {
    assert_eq!(generate(Variant::MsCommerce, &mixed(), &full_options()), EXPECTED_MSCOMMERCE);
}

#[test]
fn powershell_is_the_mscommerce_variant_with_default_options() {
    let s = powershell(&mixed());
    assert_eq!(s, generate(Variant::MsCommerce, &mixed(), &ScriptOptions::default()));
    assert!(!s.contains("Generated"));
    assert!(!s.contains("TenantLabel"));
    assert!(s.contains(
        "# Planner Plan 1\nUpdate-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0HDB1 \
         -Value 'OnlyTrialsWithoutPaymentMethod'\n"
    ));
}

#[test]
fn what_if_is_appended_to_every_update_call_and_only_there() {
    let opts = ScriptOptions { what_if: true, ..full_options() };
    let s = generate(Variant::MsCommerce, &mixed(), &opts);
    let updates: Vec<&str> = s.lines().filter(|l| l.starts_with("Update-")).collect();
    assert_eq!(updates.len(), 5);
    assert!(updates.iter().all(|l| l.ends_with("' -WhatIf")), "{updates:#?}");
    assert!(s.lines().filter(|l| l.contains("Get-MSCommerceProductPolicy ")).all(|l| !l.contains("WhatIf")));
    assert!(s.contains("# DRY RUN:"));
    let without = generate(Variant::MsCommerce, &mixed(), &full_options());
    assert!(!without.contains("-WhatIf"));
    assert!(!without.contains("DRY RUN"));
    // Legacy and Graph follow the same rule; the shell variants default to DRY_RUN=1.
    let legacy = generate(Variant::Legacy1x, &mixed(), &opts);
    let updates: Vec<&str> = legacy.lines().map(str::trim_start).filter(|l| l.starts_with("Update-")).collect();
    assert!(!updates.is_empty() && updates.iter().all(|l| l.ends_with(" -WhatIf")));
    let graph = generate(Variant::GraphSignupPowerShell, &mixed(), &opts);
    assert!(
        graph.contains("Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$false -WhatIf\n")
    );
    for v in [Variant::RestCurl, Variant::AzRest, Variant::GraphSignupAzRest] {
        assert!(generate(v, &mixed(), &opts).contains("DRY_RUN=\"${DRY_RUN:-1}\"\n"), "{v:?}");
        assert!(generate(v, &mixed(), &full_options()).contains("DRY_RUN=\"${DRY_RUN:-0}\"\n"), "{v:?}");
    }
    let pp = generate(Variant::PowerPlatform, &[], &opts);
    assert!(pp.contains("# Set-TenantSettings -RequestBody $tenantSettings\n"));
    assert!(!pp.lines().any(|l| l.starts_with("Set-TenantSettings")));
}

#[test]
fn no_typo_cmdlet_and_no_invented_bulk_cmdlet() {
    for v in Variant::ALL {
        for what_if in [false, true] {
            let s = generate(v, &mixed(), &ScriptOptions { what_if, ..full_options() });
            assert!(!s.contains("UpdateUpdate"), "{v:?}");
            assert!(!s.contains("Update-MSCommerceProductPolicies"), "{v:?}");
            assert!(!s.contains("<#") && !s.contains("#>"), "{v:?}");
            if !v.is_shell() {
                assert!(!s.contains("@'") && !s.contains("@\""), "{v:?}: no here-strings");
            }
        }
    }
}

/// Late 1.x builds have -Value (MSC-1x: parameter sets "Toggle" and "Enum"): the script checks at
/// run time and uses it, falling back to -Enabled; only without -Value is Trials only not applied.
#[test]
fn legacy_1x_uses_value_where_the_module_has_it() {
    let s = generate(Variant::Legacy1x, &mixed(), &full_options());
    assert!(s.contains("#Requires -PSEdition Desktop\n"));
    assert!(
        s.contains("$HasValue = (Get-Command -Name Update-MSCommerceProductPolicy).Parameters.ContainsKey('Value')\n")
    );
    assert!(!s.contains("CANNOT be expressed"), "late 1.x can express it");
    let block = |id: &str| -> Vec<String> {
        let lines: Vec<&str> = s.lines().collect();
        let at = lines.iter().position(|l| l.contains(&format!("-ProductId {id} -Value"))).unwrap();
        lines[at - 1..at + 4].iter().map(|l| l.trim().to_string()).collect()
    };
    let pbi = block("CFQ7TTC0H9MP");
    assert_eq!(pbi[0], "if ($HasValue) {");
    assert!(pbi[1].ends_with("-ProductId CFQ7TTC0H9MP -Value 'Enabled'"), "{pbi:?}");
    assert!(pbi[3].ends_with("-ProductId CFQ7TTC0H9MP -Enabled $true"), "{pbi:?}");
    assert!(block("CFQ7TTC0HDB0")[3].ends_with("-Enabled $false"));
    for id in ["CFQ7TTC0HD33", "CFQ7TTC0HDB1"] {
        let b = block(id);
        assert!(b[1].ends_with(&format!("-ProductId {id} -Value 'OnlyTrialsWithoutPaymentMethod'")), "{b:?}");
        // Without -Value: never -Enabled for Trials only, a warning instead.
        assert_eq!(b[3], format!("Write-Warning 'Not applied: {id} is set to Trials only, which this MSCommerce 1.x build cannot express.'"));
    }
    let enabled_lines = s.lines().filter(|l| l.trim_start().starts_with("Update-") && l.contains("-Enabled")).count();
    assert_eq!(enabled_lines, 3, "one -Enabled fallback per product that is not Trials only");
}

#[test]
fn drift_script_has_the_allow_list_and_the_default() {
    let s = generate(Variant::DriftEnforcement, &mixed(), &full_options());
    assert!(s.contains("[CmdletBinding(SupportsShouldProcess)]\nparam()\n"));
    assert!(s.contains(
        "$AllowList = @{\n    # Power BI Pro\n    'CFQ7TTC0H9MP' = 'Enabled'\n    # Visio Plan 1\n    \
         'CFQ7TTC0HD33' = 'OnlyTrialsWithoutPaymentMethod'\n"
    ));
    assert!(s.contains("    'CFQ7TTC0MM8R' = 'Disabled'\n}\n"));
    assert!(s.contains("$DefaultForOthers = 'Disabled'\n"));
    assert!(s.contains("Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase"));
    assert!(s.contains("if ($current -eq $want) {"));
    assert!(s.contains("$PSCmdlet.ShouldProcess("));
    assert!(s.contains("Write-Output ('Summary: "));
    assert!(s.contains("    exit 1\n") && s.contains("    exit 2\n"));
    assert!(!s.contains("Fallback"), "no fallback when the default is Disabled");
    assert!(!s.contains("$WhatIfPreference = $true"));

    let trials = ScriptOptions {
        default_for_others: PolicyValue::OnlyTrialsWithoutPaymentMethod,
        what_if: true,
        ..full_options()
    };
    let s = generate(Variant::DriftEnforcement, &mixed(), &trials);
    assert!(s.contains("$DefaultForOthers = 'OnlyTrialsWithoutPaymentMethod'\n"));
    assert!(s.contains("Set-SspPolicy -ProductId $id -Value 'Disabled'"));
    assert!(s.contains("fell back to Disabled"));
    assert!(s.contains("    $WhatIfPreference = $true\n"));
    assert!(s.contains("# This copy is a DRY RUN by default"));

    let enabled = ScriptOptions { default_for_others: PolicyValue::Enabled, ..full_options() };
    assert!(generate(Variant::DriftEnforcement, &[], &enabled).contains("# WARNING: every product you did not choose"));
    assert!(generate(Variant::DriftEnforcement, &[], &full_options()).contains("$AllowList = @{}\n"));
}

#[test]
fn duplicates_are_set_once() {
    let mut cs = mixed();
    cs.push(choice("CFQ7TTC0H9MP", "Power BI Pro again", PolicyValue::Disabled));
    for v in Variant::ALL {
        let s = generate(v, &cs, &full_options());
        assert!(!s.contains("Power BI Pro again"), "{v:?}");
    }
    let drift = generate(Variant::DriftEnforcement, &cs, &full_options());
    assert_eq!(drift.matches("'CFQ7TTC0H9MP' =").count(), 1);
    assert!(drift.contains("# Note: CFQ7TTC0H9MP was chosen more than once"));
}

#[test]
fn rest_variants_are_labelled_unofficial_and_never_inline_a_token() {
    for v in [Variant::RestCurl, Variant::AzRest] {
        let s = generate(v, &mixed(), &full_options());
        let mut lines = s.lines();
        assert_eq!(lines.next(), Some("#!/usr/bin/env bash"));
        assert!(lines.next().unwrap().starts_with("# UNOFFICIAL AND UNDOCUMENTED"), "{v:?}");
        assert!(s.contains("TOKEN (UNVERIFIED)"), "{v:?}");
        assert!(s.contains("\nset -euo pipefail\n"), "{v:?}");
        assert!(s.contains("API='https://licensing.m365.microsoft.com/v1.0/policies/AllowSelfServicePurchase'"));
        assert!(s.contains("set_policy 'CFQ7TTC0HD33' 'OnlyTrialsWithoutPaymentMethod'\n"), "{v:?}");
        assert!(s.contains("{\\\"policyValue\\\":\\\"$2\\\"}"), "{v:?}");
        assert!(!s.to_lowercase().contains("bearer ey"), "{v:?}");
    }
    let curl = generate(Variant::RestCurl, &mixed(), &full_options());
    assert!(curl.contains(": \"${MSCOMMERCE_TOKEN:?"));
    assert!(curl.contains("-H @-"));
    let az = generate(Variant::AzRest, &mixed(), &full_options());
    assert!(az.contains("RESOURCE='aeb86249-8ea3-49e2-900b-54cc8e308f85'"));
}

#[test]
fn sign_up_scripts_say_they_do_not_block_purchases() {
    for v in [Variant::GraphSignupPowerShell, Variant::GraphSignupAzRest] {
        let s = generate(v, &mixed(), &full_options());
        assert!(s.contains("# THIS IS A DIFFERENT CONTROL FROM SELF-SERVICE PURCHASE."), "{v:?}");
        assert!(s.contains("# It does NOT block self-service purchases"), "{v:?}");
        assert!(s.contains("issue #7423"), "{v:?}");
        assert!(s.contains("allowedToSignUpEmailBasedSubscriptions"), "{v:?}");
        assert!(!s.contains("Teams Exploratory"), "{v:?}");
    }
    let with_exploratory = [choice("CFQ7TTC0J1FV", "Microsoft Teams Exploratory", PolicyValue::Enabled)];
    let s = generate(Variant::GraphSignupPowerShell, &with_exploratory, &full_options());
    assert!(s.contains("# Note: you do not block Microsoft Teams Exploratory (CFQ7TTC0J1FV)."));
}

#[test]
fn power_platform_block_is_optional_in_mscommerce_and_always_in_its_own_variant() {
    assert!(!generate(Variant::MsCommerce, &mixed(), &full_options()).contains("disableTrialEnvironment"));
    let opts = ScriptOptions { power_platform_trials: true, ..full_options() };
    for v in [Variant::MsCommerce, Variant::Legacy1x, Variant::PowerPlatform] {
        let s = generate(v, &mixed(), &opts);
        assert!(s.contains("$tenantSettings.disableTrialEnvironmentCreationByNonAdminUsers = $true\n"), "{v:?}");
        assert!(s.contains("\nSet-TenantSettings -RequestBody $tenantSettings\n"), "{v:?}");
    }
    assert!(generate(Variant::PowerPlatform, &[], &full_options()).contains("Add-PowerAppsAccount\n"));
}

const HOSTILE: &[&str] = &[
    "x' ; Remove-Item C:\\ -Recurse ; '",
    "x\u{2018} ; pwned ; \u{2019}\u{201a}\u{201b}",
    "x\" ; pwned ; \"",
    "$(pwned) `pwned` ${pwned} ; pwned",
    "a\nRemove-Item C:\\\r\n\u{2028}pwned\u{2029}\u{85}\u{0}",
    "#> pwned <# pwned",
    "'@\npwned\n\"@\n@'\n",
    "'\\'' ; pwned ; echo '",
    "\u{202e}pwned\u{2066}",
];

/// Reads a single-quoted literal at the start of `s` with `quote_pair` semantics and returns what follows it.
fn after_ps_literal(s: &str) -> &str {
    let quotes = ['\'', '\u{2018}', '\u{2019}', '\u{201a}', '\u{201b}'];
    let mut it = s.char_indices().peekable();
    let (_, first) = it.next().unwrap();
    assert!(quotes.contains(&first), "not a literal: {s}");
    while let Some((i, c)) = it.next() {
        if quotes.contains(&c) {
            match it.peek() {
                Some((_, n)) if quotes.contains(n) => {
                    it.next();
                }
                _ => return &s[i + c.len_utf8()..],
            }
        }
    }
    panic!("unterminated literal: {s}")
}

fn after_sh_literal(s: &str) -> &str {
    let mut rest = s.strip_prefix('\'').expect("starts with a quote");
    loop {
        let end = rest.find('\'').expect("terminated");
        rest = &rest[end + 1..];
        match rest.strip_prefix("\\''") {
            Some(r) => rest = r,
            None => return rest,
        }
    }
}

#[test]
fn hostile_free_text_stays_in_comments_and_closed_literals() {
    for h in HOSTILE {
        let cs: Vec<Choice> = mixed().into_iter().map(|c| Choice { name: h.to_string(), ..c }).collect();
        for what_if in [false, true] {
            let opts = ScriptOptions {
                what_if,
                tenant_label: Some(h.to_string()),
                header: Some(ScriptHeader {
                    generated: Date::ymd(2026, 1, 2),
                    catalogue_as_of: Date::ymd(2026, 1, 1),
                    reopen_link: Some(h.to_string()),
                    scenario: Some(h.to_string()),
                }),
                power_platform_trials: true,
                ..ScriptOptions::default()
            };
            for v in Variant::ALL {
                let s = generate(v, &cs, &opts);
                for bad in ['\u{2028}', '\u{2029}', '\u{85}', '\r', '\0', '\u{202e}', '\u{2066}'] {
                    assert!(!s.contains(bad), "{v:?} {h:?} contains {bad:?}");
                }
                let mut literals = 0;
                for l in s.lines().filter(|l| l.contains("pwned") || l.contains("Remove-Item")) {
                    let t = l.trim_start();
                    if t.starts_with('#') {
                        continue;
                    }
                    if let Some(rest) = t.strip_prefix("$TenantLabel = ") {
                        assert_eq!(after_ps_literal(rest), "", "{v:?}: {l}");
                    } else if let Some(rest) = t.strip_prefix("TENANT_LABEL=") {
                        assert!(v.is_shell());
                        assert_eq!(after_sh_literal(rest), "", "{v:?}: {l}");
                    } else {
                        panic!("{v:?}: free text outside a comment or literal: {l}");
                    }
                    literals += 1;
                }
                assert_eq!(literals, 1, "{v:?} {h:?}: the tenant label is in exactly one literal");
            }
        }
    }
}

#[test]
fn quoting_primitives() {
    assert_eq!(ps_single_quoted("it's"), "'it''s'");
    assert_eq!(
        ps_single_quoted("a\u{2019}b\u{2018}c\u{201a}\u{201b}"),
        "'a\u{2019}\u{2019}b\u{2018}\u{2018}c\u{201a}\u{201a}\u{201b}\u{201b}'"
    );
    assert_eq!(ps_single_quoted("$(x) `y` \"z\""), "'$(x) `y` \"z\"'");
    assert_eq!(sh_single_quoted("it's"), "'it'\\''s'");
    assert_eq!(sh_single_quoted("$(x) `y`"), "'$(x) `y`'");
    assert_eq!(comment_text("  a\r\nb\u{2028}c\u{2029}d\u{85}e\u{0}f\u{202e}g  "), "a b c d e f g");
    assert_eq!(comment_text("\n\t "), "");
}

#[test]
fn empty_names_get_a_placeholder() {
    let s = generate(Variant::MsCommerce, &[choice("CFQ7TTC0H9MP", " \n ", PolicyValue::Enabled)], &full_options());
    assert!(s.contains("# (no name)\nUpdate-MSCommerceProductPolicy"));
}

#[test]
fn file_names_match_the_kind_of_script() {
    let mut names = std::collections::BTreeSet::new();
    for v in Variant::ALL {
        let n = file_name(v);
        assert!(names.insert(n), "{n} twice");
        assert_eq!(n.ends_with(".sh"), v.is_shell(), "{v:?}");
        assert_eq!(n.ends_with(".ps1"), !v.is_shell(), "{v:?}");
        let s = generate(v, &mixed(), &full_options());
        assert_eq!(s.starts_with("#!/usr/bin/env bash\n"), v.is_shell(), "{v:?}");
        assert!(s.ends_with('\n') && !s.ends_with("\n\n"), "{v:?}");
    }
}

#[test]
fn admin_center_steps_follow_the_choices() {
    let steps = admin_center_steps(&mixed());
    let keys: Vec<crate::i18n::Key> = steps.iter().map(|m| m.key).collect();
    assert_eq!(
        keys,
        [
            &k::SCRIPTS_STEPS_SIGN_IN,
            &k::SCRIPTS_STEPS_OPEN,
            &k::SCRIPTS_STEPS_PRODUCT_ALLOW,
            &k::SCRIPTS_STEPS_PRODUCT_TRIALS,
            &k::SCRIPTS_STEPS_PRODUCT_TRIALS,
            &k::SCRIPTS_STEPS_PRODUCT_BLOCK,
            &k::SCRIPTS_STEPS_PRODUCT_BLOCK,
            &k::SCRIPTS_STEPS_FUTURE_ONLY,
            &k::SCRIPTS_STEPS_RECHECK,
        ]
    );
    assert_eq!(
        steps[2],
        Message::new(&k::SCRIPTS_STEPS_PRODUCT_ALLOW).arg("id", "CFQ7TTC0H9MP").arg("name", "Power BI Pro")
    );
    let en = crate::i18n::msg(crate::i18n::Lang::En, &steps[3]);
    assert_eq!(en, "Select Visio Plan 1 (CFQ7TTC0HD33), choose “Allow for trials only” and save.");
    // A name that contains a placeholder is not filled in again.
    let odd = admin_center_steps(&[choice("CFQ7TTC0H9MP", "{id}\nx", PolicyValue::Disabled)]);
    assert_eq!(
        crate::i18n::msg(crate::i18n::Lang::En, &odd[2]),
        "Select {id} x (CFQ7TTC0H9MP), choose “Do not allow” and save."
    );
    let none = admin_center_steps(&[]);
    assert_eq!(none.last().unwrap().key, &k::SCRIPTS_STEPS_NONE);
}

/// Review 2026-12 §5 #2, #4: Copilot's second control (reported, unverified) and the role that
/// changes it follow Copilot's own step, from the catalogue.
#[test]
fn admin_center_steps_name_a_products_other_admin_settings_from_the_catalogue() {
    let c = crate::domain::catalog::Catalog::embedded();
    let mut s = crate::domain::scenario::Scenario::default();
    let copilot = ProductId::parse("CFQ7TTC0MM8R").unwrap();
    s.toggle(&c, &copilot);
    s.toggle(&c, &ProductId::parse("CFQ7TTC0H9MP").unwrap());
    let choices = s.choices(&c);
    assert_eq!(choices[1].admin_settings, vec![], "Power BI Pro has none");
    // The Cloud Policy for multiple account access is a related switch, not a step here.
    assert_eq!(choices[0].admin_settings.len(), 1);
    let steps = admin_center_steps(&choices);
    let keys: Vec<crate::i18n::Key> = steps.iter().map(|m| m.key).collect();
    let at = keys.iter().position(|k| *k == &k::SCRIPTS_STEPS_PRODUCT_ALSO).unwrap();
    assert_eq!(steps[at - 1].text_of("id"), Some("CFQ7TTC0MM8R".into()), "right after Copilot's own step");
    let en = crate::i18n::msg(crate::i18n::Lang::En, &steps[at]);
    for part in [
        "Microsoft 365 Copilot",
        "Microsoft Copilot self-service purchases",
        "Copilot > Settings > User access",
        "not verified",
        "AI Administrator or Global Administrator",
    ] {
        assert!(en.contains(part), "{part}: {en}");
    }
    for lang in crate::i18n::Lang::ALL {
        assert!(!crate::i18n::msg(lang, &steps[at]).contains('{'), "{lang:?}");
    }
}

/// Offer types are set in every variant that can set them, and said where one cannot.
#[test]
fn offer_types_reach_every_variant() {
    use crate::domain::policy::OfferType;
    let opts = ScriptOptions {
        offer_types: vec![(OfferType::Saas, PolicyValue::Disabled), (OfferType::DynamicsBc, PolicyValue::Enabled)],
        ..full_options()
    };
    let ms = generate(Variant::MsCommerce, &mixed(), &opts);
    assert!(ms.contains("Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase -Scope OfferType"));
    assert!(ms.contains(
        "Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -OfferType SaaS -Value 'Disabled'\n"
    ));
    assert!(ms.contains("-OfferType DYNAMICSBC -Value 'Enabled'\n"));
    let drift = generate(Variant::DriftEnforcement, &mixed(), &opts);
    assert!(drift.contains("    'SaaS' = 'Disabled'\n") && drift.contains("-OfferType $offer -Value $want"));
    assert!(generate(Variant::Legacy1x, &mixed(), &opts).contains("Offer types need MSCommerce 2.0 or later"));
    for v in [Variant::RestCurl, Variant::AzRest] {
        let s = generate(v, &mixed(), &opts);
        assert!(
            s.contains("set_offer_type SaaS Disabled\n") && s.contains("set_offer_type DYNAMICSBC Enabled\n"),
            "{v:?}"
        );
        assert!(s.contains("/offerTypes/$1"), "{v:?}");
    }
    // Without offer types nothing about them is written.
    assert!(!generate(Variant::MsCommerce, &mixed(), &full_options()).contains("-OfferType "));
}

/// With an imported tenant state every variant changes only what differs, says how many are
/// already right, and reads every value back; without one, nothing of this is written.
#[test]
fn with_an_import_scripts_change_only_what_differs_and_verify() {
    use crate::domain::tenant::Item;
    let choices = mixed();
    // Power BI Pro is already Enabled (as chosen); everything else differs.
    let current = [(Item::Product(ProductId::parse("CFQ7TTC0H9MP").unwrap()), PolicyValue::Enabled)].into();
    let opts = ScriptOptions { current: Some(current), ..full_options() };
    for v in [Variant::MsCommerce, Variant::Legacy1x, Variant::RestCurl, Variant::AzRest] {
        let s = generate(v, &choices, &opts);
        let sets_pbi = s.lines().any(|l| {
            let l = l.trim_start();
            (l.starts_with("Update-") || l.starts_with("set_policy ")) && l.contains("CFQ7TTC0H9MP")
        });
        assert!(!sets_pbi, "{v:?}: no update for a product already at its target");
        assert!(s.contains("# Already Enabled in the imported tenant state: not changed."), "{v:?}");
        assert!(s.contains(&format!("1 of {} chosen products are already at their value", choices.len())), "{v:?}");
        assert!(s.contains("Verify: read every chosen value back"), "{v:?}");
        assert!(s.contains("exit 1"), "{v:?}");
        let plain = generate(v, &choices, &full_options());
        assert!(!plain.contains("imported tenant state") && !plain.contains("Verify:"), "{v:?}");
    }
    let ms = generate(Variant::MsCommerce, &choices, &opts);
    assert!(ms.contains("    @{ Kind = 'ProductId'; Id = 'CFQ7TTC0HD33'; Want = 'OnlyTrialsWithoutPaymentMethod' }\n"));
    // A dry run changes nothing, so it does not check.
    let dry = generate(Variant::MsCommerce, &choices, &ScriptOptions { what_if: true, ..opts.clone() });
    assert!(dry.contains("Dry run: the read-back check is left out") && !dry.contains("$Mismatch"));
}

// ---- issue 13: the other doors and unattended enforcement ----------------------------------

fn doors_options() -> ScriptOptions {
    use crate::domain::doors::{RelatedSwitch as R, SwitchSetting as S};
    ScriptOptions {
        switches: vec![
            (R::StartTrials, Some(S::Off)),
            (R::OfficeStore, Some(S::On)),
            (R::AutoClaim, None),
            (R::SelfServiceSignUp, Some(S::Off)),
            (R::CopilotMultipleAccounts, Some(S::Off)),
        ],
        request_message: Some("Ask 'IT' at $(Invoke-Evil) {url}\nnext".into()),
        ..full_options()
    }
}

#[test]
fn user_owned_apps_patches_the_beta_endpoint_with_the_chosen_switches() {
    let s = generate(Variant::UserOwnedApps, &mixed(), &doors_options());
    assert!(s.contains("MICROSOFT GRAPH BETA"), "labelled beta");
    assert!(s.contains("Connect-MgGraph -Scopes 'OrgSettings-AppsAndServices.ReadWrite.All'"));
    assert!(s.contains("$Uri = 'https://graph.microsoft.com/beta/admin/appsAndServices'"));
    assert!(s.contains("$Settings['isAppAndServicesTrialEnabled'] = $false"));
    assert!(s.contains("$Settings['isOfficeStoreEnabled'] = $true"));
    assert!(s.contains("Invoke-MgGraphRequest -Method PATCH -Uri $Uri -Body $body -ContentType 'application/json'"));
    assert!(s.contains("exit 1"), "read back");
    // Auto-claim is a click path and is never called a trial setting.
    assert!(s.contains("it is NOT a trial or purchase"));
    assert!(s.contains("#   Auto-claim policies: no setting chosen, leave it as it is."));
    assert!(s.contains("#   Your choice for Multiple account access to Copilot: Off."));
    assert!(s.contains("Always off in GCC, GCC High, DoD, 21Vianet."));
    // Unset switches are not sent.
    let none = generate(Variant::UserOwnedApps, &mixed(), &full_options());
    assert!(!none.contains("$Settings['"));
    assert!(none.contains("No switch chosen: nothing to change."));
    assert!(!none.contains("$RequestMessage"), "no message without a request section");
    // Dry run: printed, not sent.
    let dry = generate(Variant::UserOwnedApps, &mixed(), &ScriptOptions { what_if: true, ..doors_options() });
    assert!(dry.contains("DRY RUN, not sent: PATCH"));
    assert!(!dry.contains("-Method PATCH"));
}

#[test]
fn the_request_message_is_only_ever_a_single_quoted_literal() {
    let s = generate(Variant::UserOwnedApps, &mixed(), &doors_options());
    let lines: Vec<&str> = s.lines().filter(|l| l.contains("Invoke-Evil")).collect();
    assert_eq!(lines, vec!["$RequestMessage = 'Ask ''IT'' at $(Invoke-Evil) {url} next'"]);
    assert!(s.contains("Write-Output $RequestMessage"));
}

#[test]
fn the_subscription_snippets_are_read_only_and_print_json() {
    for v in [Variant::Subscriptions, Variant::SubscriptionsAzRest] {
        let s = generate(v, &mixed(), &full_options());
        assert!(s.contains("https://graph.microsoft.com/v1.0/directory/subscriptions"), "{v:?}");
        assert!(s.contains("READ-ONLY") && s.contains("INFERENCE"), "{v:?}");
        for write in ["PATCH", "-Method POST", "--method put", "--method patch", "Update-", "New-Mg"] {
            assert!(!s.contains(write), "{v:?} writes: {write}");
        }
    }
    let ps = generate(Variant::Subscriptions, &mixed(), &full_options());
    for field in ["skuPartNumber", "isTrial", "ownerType", "createdDateTime", "nextLifecycleDateTime", "totalLicenses"]
    {
        assert!(ps.contains(field), "{field}");
    }
    assert!(ps.contains("Connect-MgGraph -Scopes 'Organization.Read.All'"));
    assert!(ps.contains("ConvertTo-Json -Depth 2"));
    assert!(ps.contains("'@odata.nextLink'"), "every page");
    assert!(generate(Variant::SubscriptionsAzRest, &mixed(), &full_options()).starts_with("#!/usr/bin/env bash"));
}

#[test]
fn the_grant_names_the_least_privilege_and_checks_before_granting() {
    let s = generate(Variant::UnattendedGrant, &mixed(), &full_options());
    assert!(s.contains("UNOFFICIAL"));
    assert!(s.contains("$LicenseManagerAppId = 'aeb86249-8ea3-49e2-900b-54cc8e308f85'"));
    assert!(s.contains("    $RoleId = '78ff4d1f-611d-4a41-9989-698762b46a0e'"));
    assert!(s.contains("    $RoleId = '5803e913-b904-44a0-9928-864642a45960'"));
    assert!(s.contains("Policy.ReadWrite.AllowSelfServicePurchase") && s.contains("Least privilege"));
    assert!(s.contains(
        "New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $client.Id -PrincipalId $client.Id -ResourceId $resource.Id -AppRoleId $RoleId\n"
    ));
    assert!(s.contains("has no application role {0} in this tenant; nothing was granted."));
    let dry = generate(Variant::UnattendedGrant, &mixed(), &ScriptOptions { what_if: true, ..full_options() });
    assert!(dry.contains("-AppRoleId $RoleId -WhatIf"));
}

#[test]
fn unattended_enforces_like_the_scheduled_script_without_a_person() {
    let opts = ScriptOptions {
        default_for_others: PolicyValue::OnlyTrialsWithoutPaymentMethod,
        offer_types: vec![(crate::domain::policy::OfferType::Saas, PolicyValue::Disabled)],
        ..full_options()
    };
    let s = generate(Variant::Unattended, &mixed(), &opts);
    let drift = generate(Variant::DriftEnforcement, &mixed(), &opts);
    assert!(s.contains("UNOFFICIAL AND UNDOCUMENTED"));
    assert!(!s.contains("Connect-MSCommerce") && !s.contains("Update-MSCommerceProductPolicy -"));
    assert!(s.contains("$Resource = 'aeb86249-8ea3-49e2-900b-54cc8e308f85'"));
    assert!(s.contains("$Api = 'https://licensing.m365.microsoft.com/v1.0/policies/AllowSelfServicePurchase'"));
    assert!(s.contains("scope         = $Resource + '/.default'"));
    assert!(s.contains("IDENTITY_ENDPOINT") && s.contains("169.254.169.254"));
    assert!(s.contains("Get-AzAccessToken -ResourceUrl"));
    assert!(s.contains("Policy.ReadWrite.AllowSelfServicePurchase (78ff4d1f-611d-4a41-9989-698762b46a0e)"));
    assert!(!s.contains("client_secret = '"), "no secret in the file");
    // The same allow-list, fallback, offer types, summary and exit codes as the scheduled script.
    let tail = |t: &str| t[t.find("if ($products.Count -eq 0) {").unwrap()..].to_string();
    let (a, b) = (tail(&s), tail(&drift));
    let strip_offer = |t: &str| {
        t.lines()
            .filter(|l| {
                !l.contains("MSCommerceProductPolicy")
                    && !l.contains("Invoke-RestMethod")
                    && !l.contains("UNTESTED")
                    && !l.contains("ShouldProcess($what")
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip_offer(&a), strip_offer(&b));
    let allow = |t: &str| t[t.find("$AllowList = @{").unwrap()..t.find("$DefaultForOthers = ").unwrap()].to_string();
    assert_eq!(allow(&s), allow(&drift));
    for code in ["exit 0", "exit 1", "exit 2"] {
        assert!(s.contains(code), "{code}");
    }
    assert!(s.contains("$PSCmdlet.ShouldProcess($what, 'PUT products (unofficial REST)')"));
    // The interactive variant stays.
    assert!(drift.contains("Connect-MSCommerce"));
}

#[test]
fn with_doors_takes_the_users_choice_over_the_recommendation() {
    use crate::domain::catalog::Catalog;
    use crate::domain::decision::{recommend, Answers, ProductFacts, ShadowIt};
    use crate::domain::doors::{Doors, RelatedSwitch as R, RequestPath, SwitchSetting as S};
    let c = Catalog::embedded();
    let pbi = ProductFacts::from_product(
        c.find(&ProductId::parse("CFQ7TTC0H9MP").unwrap()).unwrap(),
        10,
        crate::domain::money::Currency::USD,
        c.as_of,
    );
    let rec = recommend(&Answers { shadow_it: Some(ShadowIt::Strict), ..Answers::default() }, &[pbi]);
    let mut doors = Doors {
        request: RequestPath { url: "https://it.example/r".into(), contact: String::new() },
        ..Doors::default()
    };
    doors.choose(R::OfficeStore, Some(S::On));
    let o = ScriptOptions::default().with_doors(&doors, &rec, crate::i18n::Lang::De);
    assert_eq!(o.switch(R::OfficeStore), Some(S::On), "chosen");
    assert_eq!(o.switch(R::StartTrials), Some(S::Off), "recommended");
    assert!(o.request_message.as_deref().is_some_and(|m| m.contains("https://it.example/r") && m.contains("Lizenz")));
}
