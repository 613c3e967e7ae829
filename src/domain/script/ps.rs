//! The PowerShell variants. Commands carry only ProductIds (validated by type) and policy values (from the
//! enum); free text goes through `Out::comment_free` or `ps_single_quoted(&comment_text(..))`.
use super::{comment_text, name_comment, ps_single_quoted, ChoiceSet, Out, ScriptOptions, SIGNUP_IS_NOT_PURCHASE};
use crate::domain::policy::PolicyValue;
use crate::domain::tenant::Item;

const WHATIF: &str = " -WhatIf";

fn what_if(opts: &ScriptOptions) -> &'static str {
    if opts.what_if {
        WHATIF
    } else {
        ""
    }
}

/// `$TenantLabel = '…'` plus a line that prints it, so the person running the script sees which tenant it was
/// prepared for before signing in.
pub(super) fn tenant_variable(o: &mut Out, opts: &ScriptOptions) {
    if let Some(label) = &opts.tenant_label {
        o.line(&format!("$TenantLabel = {}", ps_single_quoted(&comment_text(label))));
        o.line("Write-Output ('Prepared for tenant: ' + $TenantLabel)");
    }
}

fn audit(o: &mut Out, set: &ChoiceSet, columns: &str) {
    o.line("# Audit (read-only): the current value of each chosen product.");
    o.line("@(");
    for c in &set.unique {
        o.line(&format!("    # {}", name_comment(c)));
        o.line(&format!("    Get-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId {}", c.id));
    }
    o.line(&format!(") | Format-Table{columns} -AutoSize"));
    o.line("# To start the advisor from this tenant's state, run these read-only lines and paste their output under");
    o.line("# \"Start from the tenant's current state\":");
    for line in TENANT_READ_COMMANDS.lines() {
        o.line(&format!("# {line}"));
    }
}

/// The read-only commands whose output the advisor's tenant import reads (shown there too).
/// The property names are quoted and named by `-Property`, as in the audit's `Format-Table`: a
/// bare comma list after a command is an array PowerShell accepts but the independent grammar
/// the tests parse every snippet with does not, and a pasted line must parse everywhere.
pub const TENANT_READ_COMMANDS: &str = "Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase | Select-Object -Property 'ProductName', 'ProductId', 'PolicyValue' | ConvertTo-Json\nGet-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase -Scope OfferType | Select-Object -Property 'ProductName', 'ProductId', 'PolicyValue' | ConvertTo-Json";

/// MSCommerce 2.x/3.x: install if missing, import, connect, audit, one `Update-` per product.
pub(super) fn mscommerce(set: &ChoiceSet, opts: &ScriptOptions) -> String {
    let mut o = Out::new();
    o.header("MSCommerce PowerShell (module 2.x/3.x)", opts);
    o.lines(
        r##"
#
# Requirements:
# - Windows 10 or later. MSCommerce 3.x signs in through the Windows account broker (WAM) and runs on Windows only.
# - Windows PowerShell 5.1 or PowerShell 7.
# - MSCommerce 2.0 or later (current: 3.0.1, installed if no 2.0+ is there): -Value and OnlyTrialsWithoutPaymentMethod.
# - Sign in as a Global Administrator or Billing Administrator.
# A change applies to future purchases and trials only; existing subscriptions stay as they are.
# There is no bulk cmdlet: each product is set with its own Update-MSCommerceProductPolicy call."##,
    );
    if opts.what_if {
        o.line("# DRY RUN: every Update- call below has -WhatIf, so nothing is changed. Remove -WhatIf to apply.");
    }
    if opts.power_platform_trials {
        o.line("# The last block also sets the Power Platform trial-environment setting (a separate control).");
    }
    o.duplicates_note(set);
    o.blank();
    o.line("#Requires -Version 5.1");
    o.line("$ErrorActionPreference = 'Stop'");
    tenant_variable(&mut o, opts);
    o.blank();
    o.lines(
        r##"
# Install the module for the current user only if it is missing, then load it.
if (-not (Get-Module -ListAvailable -Name MSCommerce | Where-Object { $_.Version -ge [version]'2.0' })) {
    Install-Module -Name MSCommerce -RequiredVersion 3.0.1 -Scope CurrentUser
}
Import-Module -Name MSCommerce -MinimumVersion 2.0
Connect-MSCommerce"##,
    );
    o.blank();
    if set.unique.is_empty() {
        o.line("# No products chosen: nothing to read or set.");
    } else {
        audit(&mut o, set, " -Property 'ProductName', 'ProductId', 'PolicyValue'");
        o.blank();
        o.line("# Set the chosen value, one product at a time.");
        for c in &set.unique {
            o.line(&format!("# {}", name_comment(c)));
            if opts.already(&Item::Product(c.id.clone()), c.value) {
                o.line(&format!("# Already {} in the imported tenant state: not changed.", c.value.as_str()));
                continue;
            }
            o.line(&format!(
                "Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId {} -Value {}{}",
                c.id,
                ps_single_quoted(c.value.as_str()),
                what_if(opts)
            ));
        }
        differences_summary(&mut o, set, opts);
    }
    offer_types_block(&mut o, opts);
    verify_block(&mut o, set, opts);
    if opts.power_platform_trials {
        o.blank();
        o.line("# --- Power Platform trial environments (a separate control, not self-service purchase) ---");
        power_platform_requirements(&mut o);
        power_platform_block(&mut o, opts);
    }
    o.finish()
}

/// With an imported tenant state: how many chosen products are already right.
fn differences_summary(o: &mut Out, set: &ChoiceSet, opts: &ScriptOptions) {
    if opts.current.is_none() {
        return;
    }
    let right = set.unique.iter().filter(|c| opts.already(&Item::Product(c.id.clone()), c.value)).count();
    o.line(&format!(
        "# {right} of {} chosen products are already at their value in the imported tenant state and are not changed.",
        set.unique.len()
    ));
}

/// With an imported tenant state: read every chosen value back and exit 1 with a list of what
/// differs (skipped in a dry run, where nothing was changed).
fn verify_block(o: &mut Out, set: &ChoiceSet, opts: &ScriptOptions) {
    if opts.current.is_none() || (set.unique.is_empty() && opts.offer_types.is_empty()) {
        return;
    }
    o.blank();
    if opts.what_if {
        o.line("# Dry run: the read-back check is left out, because nothing was changed.");
        return;
    }
    o.line("# Verify: read every chosen value back; exit 1 with a list if any differs.");
    o.line("$Wanted = @(");
    for c in &set.unique {
        o.line(&format!(
            "    @{{ Kind = 'ProductId'; Id = '{}'; Want = {} }}",
            c.id,
            ps_single_quoted(c.value.as_str())
        ));
    }
    for (offer, value) in &opts.offer_types {
        o.line(&format!(
            "    @{{ Kind = 'OfferType'; Id = '{}'; Want = {} }}",
            offer.as_str(),
            ps_single_quoted(value.as_str())
        ));
    }
    o.line(")");
    o.lines(
        r##"
$Mismatch = @(foreach ($w in $Wanted) {
    $read = @{ PolicyId = 'AllowSelfServicePurchase' }
    $read[$w.Kind] = $w.Id
    $got = [string](Get-MSCommerceProductPolicy @read).PolicyValue
    if ($got -ne $w.Want) {
        '{0} is {1}, wanted {2}' -f $w.Id, $got, $w.Want
    }
})
if ($Mismatch.Count -gt 0) {
    $Mismatch | ForEach-Object { Write-Warning $_ }
    exit 1
}
Write-Output 'Verified: every chosen value is set.'"##,
    );
}

/// Third-party offer types (MSCommerce 2.0+ `-OfferType`): read them, then set the chosen ones.
fn offer_types_block(o: &mut Out, opts: &ScriptOptions) {
    if opts.offer_types.is_empty() {
        return;
    }
    o.blank();
    o.line("# Third-party offer types (apps sold by others through Microsoft): Enabled or Disabled only.");
    o.line("# SaaS apps bought through the Azure portal are not covered by this policy.");
    o.line(
        "Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase -Scope OfferType | Format-Table -AutoSize",
    );
    for (offer, value) in o.offer_types_to_change(opts) {
        o.line(&format!(
            "Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -OfferType {} -Value {}{}",
            offer.as_str(),
            ps_single_quoted(value.as_str()),
            what_if(opts)
        ));
    }
}

/// MSCommerce 1.x. Late 1.x builds (signed 2021-09 to 2022-09) already have `-Value` with
/// OnlyTrialsWithoutPaymentMethod next to `-Enabled`; older ones only `-Enabled`. The script
/// checks at run time and uses `-Value` where it exists; only without it does "trials only"
/// stay unapplied, with a warning.
pub(super) fn legacy1x(set: &ChoiceSet, opts: &ScriptOptions) -> String {
    let mut o = Out::new();
    o.header("MSCommerce 1.x (legacy)", opts);
    o.lines(
        r##"
#
# Use this only where MSCommerce 1.x is installed and cannot be updated; prefer the MSCommerce 2.0+ script
# (current version 3.0.1).
# Requirements:
# - Windows PowerShell 5.1 on Windows (MSCommerce 1.x refuses PowerShell 6 and 7).
# - MSCommerce 1.x already installed: 1.x versions are unlisted on the PowerShell Gallery, and this script
#   installs nothing.
# - Sign in as a Global Administrator or Billing Administrator.
# A change applies to future purchases and trials only; existing subscriptions stay as they are.
#
# Late 1.x builds (2021-22) already accept -Value with Enabled, Disabled and OnlyTrialsWithoutPaymentMethod; older
# 1.x builds know only -Enabled $true (Allow) and -Enabled $false (Do not allow). The script checks which one the
# installed module has and uses -Value where it can. Only without -Value is "Trials only" not applied: the script
# then prints a warning for each such product; set those with MSCommerce 2.0 or later, or in the admin center."##,
    );
    if opts.what_if {
        o.line("# DRY RUN: every Update- call below has -WhatIf, so nothing is changed. Remove -WhatIf to apply.");
    }
    if opts.power_platform_trials {
        o.line("# The last block also sets the Power Platform trial-environment setting (a separate control).");
    }
    o.duplicates_note(set);
    o.blank();
    o.line("#Requires -Version 5.1");
    o.line("#Requires -PSEdition Desktop");
    o.line("$ErrorActionPreference = 'Stop'");
    tenant_variable(&mut o, opts);
    o.blank();
    o.lines(
        r##"
if (-not (Get-Module -ListAvailable -Name MSCommerce | Where-Object { $_.Version.Major -eq 1 })) {
    throw 'MSCommerce 1.x is not installed. Use the script for MSCommerce 2.0 or later instead.'
}
Import-Module -Name MSCommerce -MaximumVersion 1.99
Connect-MSCommerce
# Does this 1.x build have -Value (and with it OnlyTrialsWithoutPaymentMethod)?
$HasValue = (Get-Command -Name Update-MSCommerceProductPolicy).Parameters.ContainsKey('Value')
if (-not $HasValue) {
    Write-Warning 'This MSCommerce 1.x build has no -Value: products set to Trials only are not applied.'
}"##,
    );
    o.blank();
    if set.unique.is_empty() {
        o.line("# No products chosen: nothing to read or set.");
    } else {
        audit(&mut o, set, "");
        o.blank();
        o.line("# Set the chosen value, one product at a time.");
        for c in &set.unique {
            o.line(&format!("# {}", name_comment(c)));
            let base = format!("Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId {}", c.id);
            let with_value = format!("{base} -Value '{}'{}", c.value.as_str(), what_if(opts));
            let without = match c.value {
                PolicyValue::Enabled => format!("{base} -Enabled $true{}", what_if(opts)),
                PolicyValue::Disabled => format!("{base} -Enabled $false{}", what_if(opts)),
                // -Enabled $true would also allow paid purchases, -Enabled $false would also block
                // the trial without payment method: neither is what was chosen.
                PolicyValue::OnlyTrialsWithoutPaymentMethod => format!(
                    "Write-Warning 'Not applied: {} is set to Trials only, which this MSCommerce 1.x build cannot express.'",
                    c.id
                ),
            };
            if opts.already(&Item::Product(c.id.clone()), c.value) {
                o.line(&format!("# Already {} in the imported tenant state: not changed.", c.value.as_str()));
                continue;
            }
            o.line("if ($HasValue) {");
            o.line(&format!("    {with_value}"));
            o.line("} else {");
            o.line(&format!("    {without}"));
            o.line("}");
        }
        differences_summary(&mut o, set, opts);
    }
    {
        // 1.x reads products only (no -OfferType).
        let products_only = ScriptOptions { offer_types: Vec::new(), ..opts.clone() };
        verify_block(&mut o, set, &products_only);
    }
    if !opts.offer_types.is_empty() {
        o.blank();
        o.line("# Third-party offer types: MSCommerce 1.x has no -OfferType, so the offer types you chose are not set here.");
        o.line("Write-Warning 'Offer types need MSCommerce 2.0 or later: use the MSCommerce 2.0+ script for them.'");
    }
    if opts.power_platform_trials {
        o.blank();
        o.line("# --- Power Platform trial environments (a separate control, not self-service purchase) ---");
        power_platform_requirements(&mut o);
        power_platform_block(&mut o, opts);
    }
    o.finish()
}

/// Allow-list enforcement over every product the tenant has, for a schedule.
pub(super) fn drift(set: &ChoiceSet, opts: &ScriptOptions) -> String {
    let default = opts.default_for_others;
    let mut o = Out::new();
    o.header("drift enforcement (MSCommerce 2.x/3.x, fit to run on a schedule)", opts);
    o.lines(
        r##"
#
# Every run:
# - reads every product from Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase;
# - wants the value from $AllowList for the products you chose, and $DefaultForOthers for every other product
#   (Microsoft adds new products with self-service purchase enabled, so run this regularly, e.g. monthly);
# - calls Update-MSCommerceProductPolicy only where the current value differs, then reads the value back;
# - prints one line per change and a summary line.
# Running it again changes nothing that is already right. Run it with -WhatIf to see what it would change;
# -Confirm asks before each change."##,
    );
    if opts.what_if {
        o.line("# This copy is a DRY RUN by default: nothing changes unless you run it with -WhatIf:$false.");
    }
    o.lines(
        r##"
# Exit code: 0 = done, 1 = at least one product could not be set, 2 = module, sign-in or product list failed.
#
# Requirements:
# - Windows; Windows PowerShell 5.1 or PowerShell 7; MSCommerce 2.0 or later installed beforehand
#   (Install-Module -Name MSCommerce -Scope CurrentUser). This script installs nothing.
# - A Global Administrator or Billing Administrator account. Connect-MSCommerce signs in interactively (3.x through
#   the Windows account broker): schedule it only under an account and on a host where that sign-in works without
#   a person, and try a dry run first.
# A change applies to future purchases and trials only; existing subscriptions stay as they are."##,
    );
    match default {
        PolicyValue::OnlyTrialsWithoutPaymentMethod => o.lines(
            r##"
#
# Default OnlyTrialsWithoutPaymentMethod: only products that have a trial without payment method can take this
# value, and Microsoft does not document what happens for the others. So if setting it fails, or the service
# reports a different value afterwards, this script sets that product to Disabled instead (the stricter choice,
# never Enabled) and reports it as a fallback. Products in the allow-list never fall back: there a failure counts
# as failed."##,
        ),
        PolicyValue::Enabled => {
            o.line("# WARNING: every product you did not choose is set to Enabled (purchases allowed).")
        }
        PolicyValue::Disabled => {}
    }
    o.duplicates_note(set);
    o.blank();
    o.line("#Requires -Version 5.1");
    o.line("[CmdletBinding(SupportsShouldProcess)]");
    o.line("param()");
    o.blank();
    enforcement_start(&mut o, set, opts);
    o.lines(
        r##"

# Sets one product and reads it back; throws if either fails.
function Set-SspPolicy {
    param([string]$ProductId, [string]$Value)
    Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId $ProductId -Value $Value -Confirm:$false | Out-Null
    $after = [string](Get-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId $ProductId).PolicyValue
    if ($after -ne $Value) {
        throw ('the service reports {0} after setting {1}' -f $after, $Value)
    }
}"##,
    );
    counters(&mut o);
    o.lines(
        r##"
try {
    Import-Module -Name MSCommerce -MinimumVersion 2.0
    Connect-MSCommerce
    $products = @(Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase)
} catch {
    Write-Warning ('Could not load MSCommerce, sign in or read the product list: {0}' -f $_.Exception.Message)
    exit 2
}"##,
    );
    enforcement_loop(&mut o, opts, Backend::MsCommerce);
    o.finish()
}

/// `$AllowList` (one entry per chosen ProductId) and `$DefaultForOthers`.
/// What both enforcement variants start with after their `param()`: stop on errors, a dry run by
/// default where chosen, the tenant label, and the allow-list.
fn enforcement_start(o: &mut Out, set: &ChoiceSet, opts: &ScriptOptions) {
    o.line("$ErrorActionPreference = 'Stop'");
    if opts.what_if {
        o.line("if (-not $PSBoundParameters.ContainsKey('WhatIf')) {");
        o.line("    $WhatIfPreference = $true");
        o.line("}");
    }
    tenant_variable(o, opts);
    o.blank();
    allow_list_block(o, set, opts);
}

/// The counters `enforcement_loop` reports in its summary.
fn counters(o: &mut Out) {
    o.blank();
    for c in ["$changed", "$wouldChange", "$fallbacks", "$failed", "$alreadyRight"] {
        o.line(&format!("{c} = 0"));
    }
    o.blank();
}

fn allow_list_block(o: &mut Out, set: &ChoiceSet, opts: &ScriptOptions) {
    o.line("# Allow-list: the value you chose per ProductId.");
    if set.unique.is_empty() {
        o.line("$AllowList = @{}");
    } else {
        o.line("$AllowList = @{");
        for c in &set.unique {
            o.line(&format!("    # {}", name_comment(c)));
            o.line(&format!("    '{}' = {}", c.id, ps_single_quoted(c.value.as_str())));
        }
        o.line("}");
    }
    o.line("# Every product that is not in the allow-list gets this value.");
    o.line(&format!("$DefaultForOthers = {}", ps_single_quoted(opts.default_for_others.as_str())));
}

/// Where the enforcement loop reads and writes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Backend {
    /// The MSCommerce cmdlets (interactive sign-in).
    MsCommerce,
    /// `Invoke-RestMethod` against the unofficial endpoint with `$Headers` (app-only token).
    Rest,
}

/// The allow-list loop, the offer types and the summary with exit codes, shared by the
/// scheduled (MSCommerce) and the unattended (REST) variants so that both enforce the same way.
/// Expects `$products`, `$AllowList`, `$DefaultForOthers`, the counters and `Set-SspPolicy`.
fn enforcement_loop(o: &mut Out, opts: &ScriptOptions, backend: Backend) {
    let default = opts.default_for_others;
    let trials_default = default == PolicyValue::OnlyTrialsWithoutPaymentMethod;
    let action = match backend {
        Backend::MsCommerce => "'Update-MSCommerceProductPolicy'",
        Backend::Rest => "'PUT products (unofficial REST)'",
    };
    o.lines(&format!(
        r##"
if ($products.Count -eq 0) {{
    Write-Warning 'The service returned no products; nothing was changed.'
    exit 2
}}

$seen = @{{}}
foreach ($product in $products) {{
    $id = [string]$product.ProductId
    $current = [string]$product.PolicyValue
    $seen[$id] = $true
    $chosen = $AllowList.ContainsKey($id)
    if ($chosen) {{
        $want = $AllowList[$id]
    }} else {{
        $want = $DefaultForOthers
    }}
    if ($current -eq $want) {{
        $alreadyRight++
        continue
    }}
    $what = '{{0}} ({{1}}): {{2}} -> {{3}}' -f $id, $product.ProductName, $current, $want
    if (-not $PSCmdlet.ShouldProcess($what, {action})) {{
        Write-Output ('Would change ' + $what)
        $wouldChange++
        continue
    }}
    try {{
        Set-SspPolicy -ProductId $id -Value $want
        Write-Output ('Changed ' + $what)
        $changed++
    }} catch {{
        $reason = $_.Exception.Message"##
    ));
    if trials_default {
        o.lines(
            r##"
        if (-not $chosen) {
            # Not chosen and the default is trials only: fall back to Disabled (see the comment at the top).
            try {
                if ($current -ne 'Disabled') {
                    Set-SspPolicy -ProductId $id -Value 'Disabled'
                    Write-Output ('Fallback {0} ({1}): {2} -> Disabled, because {3} could not be set: {4}' -f $id, $product.ProductName, $current, $want, $reason)
                } else {
                    Write-Output ('Fallback {0} ({1}): stays Disabled, because {2} could not be set: {3}' -f $id, $product.ProductName, $want, $reason)
                }
                $fallbacks++
            } catch {
                Write-Warning ('Failed {0}: {1}' -f $what, $_.Exception.Message)
                $failed++
            }
            continue
        }"##,
        );
    }
    o.lines(
        r##"
        Write-Warning ('Failed {0}: {1}' -f $what, $reason)
        $failed++
    }
}

foreach ($id in $AllowList.Keys) {
    if (-not $seen.ContainsKey($id)) {
        Write-Warning ('{0} is in the allow-list but not in this tenant''s product list: nothing to do.' -f $id)
    }
}
"##,
    );
    if !opts.offer_types.is_empty() {
        o.line("# Third-party offer types you chose (Enabled or Disabled only): each is enforced the same way.");
        o.line("$OfferTypes = @{");
        for (offer, value) in &opts.offer_types {
            o.line(&format!("    {} = {}", ps_single_quoted(offer.as_str()), ps_single_quoted(value.as_str())));
        }
        o.line("}");
        let (read, write) = match backend {
            Backend::MsCommerce => (
                "[string](Get-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -OfferType $offer).PolicyValue",
                "Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -OfferType $offer -Value $want -Confirm:$false | Out-Null",
            ),
            // Inferred from the module's read path for one offer type and UNTESTED, as in the
            // bash REST variants.
            Backend::Rest => (
                "[string](Invoke-RestMethod -Method Get -Uri ('{0}/offerTypes/{1}' -f $Api, $offer) -Headers $Headers).policyValue",
                "Invoke-RestMethod -Method Put -Uri ('{0}/offerTypes/{1}' -f $Api, $offer) -Headers $Headers -Body (@{ policyValue = $want } | ConvertTo-Json) -ContentType 'application/json' | Out-Null",
            ),
        };
        if backend == Backend::Rest {
            o.line("# The offer-type path is inferred from the module's read path and is UNTESTED.");
        }
        o.lines(&format!(
            r##"
foreach ($offer in $OfferTypes.Keys) {{
    $want = $OfferTypes[$offer]
    try {{
        $current = {read}
        if ($current -eq $want) {{
            $alreadyRight++
            continue
        }}
        if ($PSCmdlet.ShouldProcess(('offer type {{0}}' -f $offer), ('set {{0}}' -f $want))) {{
            {write}
            Write-Output ('Changed offer type {{0}}: {{1}} -> {{2}}' -f $offer, $current, $want)
            $changed++
        }} else {{
            $wouldChange++
        }}
    }} catch {{
        Write-Warning ('Failed offer type {{0}}: {{1}}' -f $offer, $_.Exception.Message)
        $failed++
    }}
}}
"##
        ));
    }
    if trials_default {
        o.line("Write-Output ('Summary: {0} changed, {1} would change, {2} fell back to Disabled, {3} failed, {4} already as wanted.' -f $changed, $wouldChange, $fallbacks, $failed, $alreadyRight)");
    } else {
        o.line("Write-Output ('Summary: {0} changed, {1} would change, {2} failed, {3} already as wanted.' -f $changed, $wouldChange, $failed, $alreadyRight)");
    }
    o.lines(
        r##"
if ($failed -gt 0) {
    exit 1
}
exit 0"##,
    );
}

/// Entra self-service sign-up through Microsoft Graph PowerShell.
pub(super) fn graph_signup(set: &ChoiceSet, opts: &ScriptOptions) -> String {
    let mut o = Out::new();
    o.header("self-service sign-up (Microsoft Graph PowerShell)", opts);
    o.lines(SIGNUP_IS_NOT_PURCHASE);
    o.lines(
        r##"
# Requirements: Microsoft Graph PowerShell (module Microsoft.Graph.Identity.SignIns) with the permission
# Policy.ReadWrite.Authorization; least-privileged role: Privileged Role Administrator.
# To undo, run: Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$true"##,
    );
    teams_exploratory_note(&mut o, set);
    if opts.what_if {
        o.line("# DRY RUN: the Update- call below has -WhatIf, so nothing is changed. Remove -WhatIf to apply.");
    }
    o.blank();
    o.line("#Requires -Version 5.1");
    o.line("$ErrorActionPreference = 'Stop'");
    tenant_variable(&mut o, opts);
    o.blank();
    o.lines(
        r##"
# Install the module for the current user only if it is missing, then load it.
if (-not (Get-Module -ListAvailable -Name Microsoft.Graph.Identity.SignIns)) {
    Install-Module -Name Microsoft.Graph.Identity.SignIns -Scope CurrentUser
}
Import-Module -Name Microsoft.Graph.Identity.SignIns
Connect-MgGraph -Scopes 'Policy.ReadWrite.Authorization'

# Current values (read-only).
Get-MgPolicyAuthorizationPolicy | Format-List -Property 'AllowedToSignUpEmailBasedSubscriptions', 'AllowEmailVerifiedUsersToJoinOrganization'

# Turn self-service sign-up off."##,
    );
    o.line(&format!(
        "Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$false{}",
        what_if(opts)
    ));
    o.lines(
        r##"
# Optional, same policy: stop users from joining the tenant by e-mail verification (viral join).
# Update-MgPolicyAuthorizationPolicy -AllowEmailVerifiedUsersToJoinOrganization:$false"##,
    );
    o.finish()
}

/// Power Platform: trial environments only for admins.
pub(super) fn power_platform(opts: &ScriptOptions) -> String {
    let mut o = Out::new();
    o.header("Power Platform trial environments", opts);
    o.lines(
        r##"
#
# THIS IS A DIFFERENT CONTROL FROM SELF-SERVICE PURCHASE: it blocks neither purchases nor licence trials.
# It sets the Power Platform tenant setting disableTrialEnvironmentCreationByNonAdminUsers to $true, so that only
# admins can create trial environments. To undo, set it to $false and run Set-TenantSettings again."##,
    );
    power_platform_requirements(&mut o);
    if opts.what_if {
        o.line("# DRY RUN: Set-TenantSettings is left commented out, so nothing is changed.");
    }
    o.blank();
    o.line("#Requires -Version 5.1");
    o.line("$ErrorActionPreference = 'Stop'");
    tenant_variable(&mut o, opts);
    o.blank();
    power_platform_block(&mut o, opts);
    o.finish()
}

fn power_platform_requirements(o: &mut Out) {
    o.lines(
        r##"
# Requirements: Power Platform Administrator or Global Administrator; the module
# Microsoft.PowerApps.Administration.PowerShell, which Microsoft documents for Windows PowerShell 5.x."##,
    );
}

fn power_platform_block(o: &mut Out, opts: &ScriptOptions) {
    o.lines(
        r##"
if (-not (Get-Module -ListAvailable -Name Microsoft.PowerApps.Administration.PowerShell)) {
    Install-Module -Name Microsoft.PowerApps.Administration.PowerShell -Scope CurrentUser
}
Import-Module -Name Microsoft.PowerApps.Administration.PowerShell
Add-PowerAppsAccount
$tenantSettings = Get-TenantSettings
Write-Output ('disableTrialEnvironmentCreationByNonAdminUsers before: {0}' -f $tenantSettings.disableTrialEnvironmentCreationByNonAdminUsers)
$tenantSettings.disableTrialEnvironmentCreationByNonAdminUsers = $true"##,
    );
    if opts.what_if {
        o.line("# DRY RUN: remove the comment sign from the next line to apply.");
        o.line("# Set-TenantSettings -RequestBody $tenantSettings");
        o.line("Write-Output 'Dry run: Set-TenantSettings was not called.'");
    } else {
        o.line("Set-TenantSettings -RequestBody $tenantSettings");
    }
    o.blank();
    o.lines(
        r##"
# Optional and tenant-wide: also block the Power Apps and Power Automate viral trial and developer consent plans
# (undo with Add-AllowedConsentPlans).
# Remove-AllowedConsentPlans -Types @('Internal', 'Viral')"##,
    );
}

/// A free sign-up licence (Teams Exploratory) is switched with the purchase policy but also
/// needs self-service sign-up.
pub(super) fn teams_exploratory_note(o: &mut Out, set: &ChoiceSet) {
    for c in set.open_free_sign_ups() {
        o.line(&format!(
            "# Note: you do not block {} ({}). It also needs self-service sign-up,",
            comment_text(&c.name),
            c.id
        ));
        o.line("# so turning sign-up off stops new sign-ups for it.");
    }
}

/// The drift enforcement without a person: an app-only token (managed identity or client
/// secret) for the "M365 License Manager" resource and the unofficial REST endpoint the bash
/// variants use, with the same allow-list, offer types and exit codes as [`drift`].
pub(super) fn unattended(set: &ChoiceSet, opts: &ScriptOptions) -> String {
    use super::doors::{LICENSE_MANAGER_APP_ID as RESOURCE, ROLE_READ, ROLE_READ_WRITE};
    let mut o = Out::new();
    o.header("unattended enforcement (app-only token, unofficial REST; Azure Automation or any scheduler)", opts);
    o.lines(&format!(
        r##"
#
# UNOFFICIAL AND UNDOCUMENTED: this script calls the REST endpoint that the MSCommerce module uses internally
# ({API}). Microsoft does not document, support or test calling it directly, and it can change or stop working
# without notice. The interactive scheduled-enforcement script (MSCommerce) stays the supported way.
#
# Every run does what the scheduled MSCommerce script does: reads every product, wants the value from $AllowList
# for the products you chose and $DefaultForOthers for every other product, changes only what differs, reads
# each change back, and prints one line per change and a summary. -WhatIf shows what it would change.
# Exit code: 0 = done, 1 = at least one product could not be set, 2 = token or product list failed.
#
# Sign-in without a person. One-time setup (the grant script does it):
# - an app registration, or a managed identity (e.g. of an Azure Automation account), granted the application
#   role Policy.ReadWrite.AllowSelfServicePurchase ({ROLE_READ_WRITE}) on the service principal
#   "M365 License Manager" (appId {RESOURCE}). That is the least privilege that can change the policy; the
#   read-only role is Policy.Read.AllowSelfServicePurchase ({ROLE_READ}). Role IDs from the community list
#   maciejporebski/azure-ad-first-party-apps-permissions (commit 6957aa0), not from Microsoft documentation.
# - -AuthMode ManagedIdentity (default): a token for the resource {RESOURCE} from the Azure Automation identity
#   endpoint (IDENTITY_ENDPOINT / IDENTITY_HEADER), else from the Azure instance metadata service (IMDS).
#   With Az.Accounts you could use instead: Connect-AzAccount -Identity; Get-AzAccessToken -ResourceUrl {RESOURCE}.
# - -AuthMode ClientSecret: client credentials for the scope {RESOURCE}/.default with -TenantId and -ClientId; the
#   secret comes from the environment variable SSP_CLIENT_SECRET or the Azure Automation variable SspClientSecret
#   (encrypted). It is never written into this file.
# UNVERIFIED: that the licensing endpoint accepts these app-only tokens. Microsoft365DSC's class-based
# CommerceSelfServicePurchase resource (2026) supports app and managed-identity sign-in to the same API, which
# suggests it does. Try it with -WhatIf first.
# A change applies to future purchases and trials only; existing subscriptions stay as they are."##,
        API = super::sh::API,
    ));
    if opts.what_if {
        o.line("# This copy is a DRY RUN by default: nothing changes unless you run it with -WhatIf:$false.");
    }
    match opts.default_for_others {
        PolicyValue::OnlyTrialsWithoutPaymentMethod => o.lines(
            r##"
#
# Default OnlyTrialsWithoutPaymentMethod: where it cannot be set, a product that is not in the allow-list falls
# back to Disabled (never Enabled) and is reported as a fallback; allow-list products never fall back."##,
        ),
        PolicyValue::Enabled => {
            o.line("# WARNING: every product you did not choose is set to Enabled (purchases allowed).")
        }
        PolicyValue::Disabled => {}
    }
    o.duplicates_note(set);
    o.blank();
    o.line("#Requires -Version 5.1");
    o.line("[CmdletBinding(SupportsShouldProcess)]");
    o.line("param(");
    o.line("    [ValidateSet('ManagedIdentity', 'ClientSecret')]");
    o.line("    [string]$AuthMode = 'ManagedIdentity',");
    o.line("    [string]$TenantId,");
    o.line("    # Client ID of the app registration, or of a user-assigned managed identity.");
    o.line("    [string]$ClientId");
    o.line(")");
    o.blank();
    enforcement_start(&mut o, set, opts);
    o.blank();
    o.line(&format!("$Resource = '{RESOURCE}'"));
    o.line(&format!("$Api = '{}'", super::sh::API));
    o.lines(
        r##"

# An access token for $Resource without a person; throws on failure.
function Get-SspToken {
    if ($AuthMode -eq 'ManagedIdentity') {
        if ($env:IDENTITY_ENDPOINT -and $env:IDENTITY_HEADER) {
            # Azure Automation (and App Service) identity endpoint.
            $uri = '{0}?resource={1}&api-version=2019-08-01' -f $env:IDENTITY_ENDPOINT, $Resource
            if ($ClientId) {
                $uri = $uri + '&client_id=' + $ClientId
            }
            $response = Invoke-RestMethod -Method Get -Uri $uri -Headers @{ 'X-IDENTITY-HEADER' = $env:IDENTITY_HEADER; 'Metadata' = 'True' }
        } else {
            # Azure VM and Arc-enabled servers: the instance metadata service.
            $uri = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + $Resource
            if ($ClientId) {
                $uri = $uri + '&client_id=' + $ClientId
            }
            $response = Invoke-RestMethod -Method Get -Uri $uri -Headers @{ 'Metadata' = 'true' }
        }
        return [string]$response.access_token
    }
    if (-not $TenantId -or -not $ClientId) {
        throw '-AuthMode ClientSecret needs -TenantId and -ClientId.'
    }
    $secret = $env:SSP_CLIENT_SECRET
    if (-not $secret -and (Get-Command -Name Get-AutomationVariable -ErrorAction SilentlyContinue)) {
        $secret = Get-AutomationVariable -Name 'SspClientSecret'
    }
    if (-not $secret) {
        throw 'No client secret: set SSP_CLIENT_SECRET or the Automation variable SspClientSecret.'
    }
    $body = @{
        client_id     = $ClientId
        client_secret = $secret
        scope         = $Resource + '/.default'
        grant_type    = 'client_credentials'
    }
    $response = Invoke-RestMethod -Method Post -Uri ('https://login.microsoftonline.com/{0}/oauth2/v2.0/token' -f $TenantId) -Body $body -ContentType 'application/x-www-form-urlencoded'
    return [string]$response.access_token
}

# Sets one product and reads it back; throws if either fails.
function Set-SspPolicy {
    param([string]$ProductId, [string]$Value)
    $uri = '{0}/products/{1}' -f $Api, $ProductId
    $body = @{ policyValue = $Value } | ConvertTo-Json
    Invoke-RestMethod -Method Put -Uri $uri -Headers $Headers -Body $body -ContentType 'application/json' | Out-Null
    $after = [string](Invoke-RestMethod -Method Get -Uri $uri -Headers $Headers).policyValue
    if ($after -ne $Value) {
        throw ('the service reports {0} after setting {1}' -f $after, $Value)
    }
}"##,
    );
    counters(&mut o);
    o.lines(
        r##"
try {
    $token = Get-SspToken
    if (-not $token) {
        throw 'the token endpoint returned no access token'
    }
    $Headers = @{ Authorization = 'Bearer ' + $token }
    $list = Invoke-RestMethod -Method Get -Uri ($Api + '/products?scope=product') -Headers $Headers
    $products = @($list.items)
} catch {
    Write-Warning ('Could not get a token or read the product list: {0}' -f $_.Exception.Message)
    exit 2
}"##,
    );
    enforcement_loop(&mut o, opts, Backend::Rest);
    o.finish()
}
