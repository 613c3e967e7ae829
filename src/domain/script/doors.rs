//! The issue-13 PowerShell variants that are not purchase-policy enforcement: the Graph beta
//! "User owned apps and services" switches (with the other doors as click paths and the
//! licence-request message to paste), the read-only subscription list, and the one-time grant of
//! the "M365 License Manager" application role for unattended enforcement. Free text (tenant
//! label, request message) only ever reaches a `#` comment or a `ps_single_quoted(comment_text(..))`
//! literal.
use super::ps::tenant_variable;
use super::{comment_text, ps_single_quoted, Out, ScriptOptions};
use crate::domain::switches::{RelatedSwitch, SwitchSetting};

/// The first-party "M365 License Manager" service principal that the licensing API belongs to.
pub(crate) const LICENSE_MANAGER_APP_ID: &str = "aeb86249-8ea3-49e2-900b-54cc8e308f85";
/// Application role Policy.ReadWrite.AllowSelfServicePurchase (maciejporebski/
/// azure-ad-first-party-apps-permissions, `apps/M365 License Manager.md`, commit 6957aa0).
pub(super) const ROLE_READ_WRITE: &str = "78ff4d1f-611d-4a41-9989-698762b46a0e";
/// Application role Policy.Read.AllowSelfServicePurchase (same source).
pub(super) const ROLE_READ: &str = "5803e913-b904-44a0-9928-864642a45960";

/// The start of the Graph PowerShell variants: stop on errors, the tenant label, the module.
fn graph_start(o: &mut Out, opts: &ScriptOptions) {
    o.line("#Requires -Version 5.1");
    o.line("$ErrorActionPreference = 'Stop'");
    tenant_variable(o, opts);
    o.blank();
    graph_module(o);
}

fn graph_module(o: &mut Out) {
    o.lines(
        r##"
if (-not (Get-Module -ListAvailable -Name Microsoft.Graph.Authentication)) {
    Install-Module -Name Microsoft.Graph.Authentication -Scope CurrentUser
}
Import-Module -Name Microsoft.Graph.Authentication"##,
    );
}

fn ps_bool(on: bool) -> &'static str {
    if on {
        "$true"
    } else {
        "$false"
    }
}

/// Graph beta `PATCH /admin/appsAndServices` for the two switches that have an API, then the
/// other doors as click paths, then the licence-request message.
pub(super) fn user_owned_apps(opts: &ScriptOptions) -> String {
    let mut o = Out::new();
    o.header("trials and Office Store switches (Microsoft Graph beta)", opts);
    o.lines(
        r##"
#
# MICROSOFT GRAPH BETA: https://graph.microsoft.com/beta/admin/appsAndServices is a beta API. Microsoft does not
# support beta APIs in production; they can change or go away without notice.
# It sets two switches under Microsoft 365 admin center > Settings > Org settings > Services >
# User owned apps and services:
# - "Let users start trials on behalf of your organization" = settings.isAppAndServicesTrialEnabled
# - "Let users access the Office Store"                      = settings.isOfficeStoreEnabled
# These are separate from the per-product purchase policy: users reported Power BI trials still starting with
# every product set to "Do not allow" (KelvinTegelaar/CIPP issue 5737, 2026-03-26).
# Requirements: Microsoft Graph PowerShell (Microsoft.Graph.Authentication), delegated permission
# OrgSettings-AppsAndServices.ReadWrite.All (read-only: OrgSettings-AppsAndServices.Read.All), signed in as a
# Global Administrator (the role Microsoft names for these settings)."##,
    );
    if opts.what_if {
        o.line("# DRY RUN: the PATCH below is printed, not sent. Generate the script without dry run to apply.");
    }
    o.lines(
        r##"
#
# Not set by this script (no documented API): do these by hand.
# - "Let users auto-claim licenses the first time they sign in" (auto-claim policies, currently Microsoft Teams
#   only), same page. It hands out licences the organisation already owns; it is NOT a trial or purchase
#   setting, whatever some tools call it (MS Learn manage-auto-claim-policies, 2021-04-06).
# - "Multiple account access to Copilot for work documents": Microsoft 365 Apps admin center (config.office.com) >
#   Customization > Policy Management > a Cloud Policy configuration > set the policy to Disabled. It lets users
#   use Copilot from a personal Microsoft 365 plan on work documents. Always off in GCC, GCC High, DoD, 21Vianet.
# - Self-service sign-up (allowedToSignUpEmailBasedSubscriptions): use the self-service sign-up scripts."##,
    );
    for (s, label) in [
        (RelatedSwitch::AutoClaim, "Auto-claim policies"),
        (RelatedSwitch::CopilotMultipleAccounts, "Multiple account access to Copilot"),
        (RelatedSwitch::SelfServiceSignUp, "Self-service sign-up"),
    ] {
        match opts.switch(s) {
            Some(v) => o.line(&format!("#   Your choice for {label}: {}.", setting_word(v))),
            None => o.line(&format!("#   {label}: no setting chosen, leave it as it is.")),
        }
    }
    o.blank();
    graph_start(&mut o, opts);
    o.lines(
        r##"
Connect-MgGraph -Scopes 'OrgSettings-AppsAndServices.ReadWrite.All'
$Uri = 'https://graph.microsoft.com/beta/admin/appsAndServices'

# Current values (read-only).
$before = Invoke-MgGraphRequest -Method GET -Uri $Uri
Write-Output ('Before: start trials {0}, Office Store {1}' -f $before.settings.isAppAndServicesTrialEnabled, $before.settings.isOfficeStoreEnabled)
"##,
    );
    o.line("$Settings = @{}");
    for (s, property, label) in [
        (RelatedSwitch::StartTrials, "isAppAndServicesTrialEnabled", "start trials on behalf of your organization"),
        (RelatedSwitch::OfficeStore, "isOfficeStoreEnabled", "Office Store"),
    ] {
        match opts.switch(s) {
            Some(v) => {
                o.line(&format!("# {label}: {}", setting_word(v)));
                o.line(&format!("$Settings['{property}'] = {}", ps_bool(v.is_on())));
            }
            None => o.line(&format!("# {label}: no setting chosen, left as it is.")),
        }
    }
    o.lines(
        r##"
if ($Settings.Count -eq 0) {
    Write-Output 'No switch chosen: nothing to change.'
} else {
    $body = @{ settings = $Settings } | ConvertTo-Json -Depth 3"##,
    );
    if opts.what_if {
        o.line("    Write-Output ('DRY RUN, not sent: PATCH ' + $Uri + ' ' + $body)");
    } else {
        o.lines(
            r##"
    Invoke-MgGraphRequest -Method PATCH -Uri $Uri -Body $body -ContentType 'application/json' | Out-Null
    # Verify: read back; exit 1 if a value differs.
    $after = Invoke-MgGraphRequest -Method GET -Uri $Uri
    $mismatch = @(foreach ($name in $Settings.Keys) {
        if ([bool]$after.settings[$name] -ne [bool]$Settings[$name]) {
            '{0} is {1}, wanted {2}' -f $name, $after.settings[$name], $Settings[$name]
        }
    })
    if ($mismatch.Count -gt 0) {
        $mismatch | ForEach-Object { Write-Warning $_ }
        exit 1
    }
    Write-Output 'Verified: the chosen switches are set.'"##,
        );
    }
    o.line("}");
    request_message_block(&mut o, opts);
    o.finish()
}

fn setting_word(v: SwitchSetting) -> &'static str {
    match v {
        SwitchSetting::On => "On",
        SwitchSetting::Off => "Off",
    }
}

/// The licence-request message as a single-quoted literal, printed for pasting.
fn request_message_block(o: &mut Out, opts: &ScriptOptions) {
    let Some(message) = &opts.request_message else { return };
    o.blank();
    o.lines(
        r##"
# Licence requests: paste this message in the Microsoft 365 admin center under Billing > Licenses > Requests >
# "Connect your request process" (then Microsoft's own request flow stops and new requests no longer appear in the
# Requests tab). Requests are kept 30 days; admins get no email about them."##,
    );
    o.line(&format!("$RequestMessage = {}", ps_single_quoted(&comment_text(message))));
    o.line("Write-Output 'Licence request message to paste:'");
    o.line("Write-Output $RequestMessage");
}

/// Read-only: every subscription with the fields the take-over plan needs, as JSON for the
/// tenant import.
pub(super) fn subscriptions(opts: &ScriptOptions) -> String {
    let mut o = Out::new();
    o.header("existing subscriptions and trials (read-only, Microsoft Graph PowerShell)", opts);
    o.lines(
        r##"
#
# READ-ONLY: lists the tenant's subscriptions from Microsoft Graph GET /v1.0/directory/subscriptions
# (companySubscription: skuPartNumber, isTrial, ownerType, createdDateTime, nextLifecycleDateTime, totalLicenses,
# status) and prints them as JSON. Paste the output into the advisor's tenant import: the take-over plan then uses
# each subscription's real renewal date instead of one guess.
# Which subscriptions were bought through self-service is an INFERENCE: the advisor reads ownerType 'User' (a
# person, not the organisation, owns it) that way; Microsoft does not document it as the mark of a self-service
# purchase, and self-service licences do not show in the usual licence reports (office365itpros.com, 2024-07-19).
# Requirements: Microsoft Graph PowerShell (Microsoft.Graph.Authentication), permission Organization.Read.All.
# Nothing is changed."##,
    );
    o.blank();
    graph_start(&mut o, opts);
    o.lines(
        r##"
Connect-MgGraph -Scopes 'Organization.Read.All'

# Dates as yyyy-MM-dd (UTC), so the JSON reads the same in Windows PowerShell 5.1 and PowerShell 7.
function Format-SspDate {
    param($Value)
    if ($null -eq $Value -or [string]$Value -eq '') {
        return $null
    }
    return ([datetime]$Value).ToUniversalTime().ToString('yyyy-MM-dd', [Globalization.CultureInfo]::InvariantCulture)
}

$all = @()
$uri = 'https://graph.microsoft.com/v1.0/directory/subscriptions'
while ($uri) {
    $page = Invoke-MgGraphRequest -Method GET -Uri $uri
    $all += @($page.value)
    $uri = $page['@odata.nextLink']
}
$all | ForEach-Object {
    [pscustomobject]@{
        skuPartNumber         = [string]$_.skuPartNumber
        isTrial               = [bool]$_.isTrial
        ownerType             = [string]$_.ownerType
        status                = [string]$_.status
        totalLicenses         = [int]$_.totalLicenses
        createdDateTime       = Format-SspDate $_.createdDateTime
        nextLifecycleDateTime = Format-SspDate $_.nextLifecycleDateTime
    }
} | ConvertTo-Json -Depth 2"##,
    );
    o.finish()
}

/// One-time, interactive: give an app registration or managed identity the application role
/// the unattended script needs.
pub(super) fn unattended_grant(opts: &ScriptOptions) -> String {
    let mut o = Out::new();
    o.header("one-time permission grant for unattended enforcement", opts);
    o.lines(&format!(
        r##"
#
# UNOFFICIAL: the licensing API behind MSCommerce has no Microsoft documentation. The application roles below are
# those listed for the first-party app "M365 License Manager" (appId {LICENSE_MANAGER_APP_ID}) by the community list
# maciejporebski/azure-ad-first-party-apps-permissions (apps/M365 License Manager.md, commit 6957aa0); this script
# checks that the role exists in your tenant before granting it.
# Least privilege: Policy.ReadWrite.AllowSelfServicePurchase ({ROLE_READ_WRITE}) to enforce,
# Policy.Read.AllowSelfServicePurchase ({ROLE_READ}) to only read (-ReadOnly).
# Run once, interactively, as a Privileged Role Administrator or Global Administrator (granting application roles
# needs one of them). -AppId is the client ID of your app registration, or the application ID of the managed
# identity (Azure Automation account > Identity, or Enterprise applications > Managed identities)."##
    ));
    if opts.what_if {
        o.line("# DRY RUN: New-MgServicePrincipalAppRoleAssignment runs with -WhatIf, so nothing is granted.");
    }
    o.blank();
    o.line("#Requires -Version 5.1");
    o.line("[CmdletBinding()]");
    o.line("param(");
    o.line("    [Parameter(Mandatory = $true)]");
    o.line("    [ValidatePattern('^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$')]");
    o.line("    [string]$AppId,");
    o.line("    [switch]$ReadOnly");
    o.line(")");
    o.line("$ErrorActionPreference = 'Stop'");
    tenant_variable(&mut o, opts);
    o.blank();
    o.lines(
        r##"
foreach ($module in 'Microsoft.Graph.Authentication', 'Microsoft.Graph.Applications') {
    if (-not (Get-Module -ListAvailable -Name $module)) {
        Install-Module -Name $module -Scope CurrentUser
    }
    Import-Module -Name $module
}
Connect-MgGraph -Scopes 'Application.Read.All', 'AppRoleAssignment.ReadWrite.All'
"##,
    );
    o.line(&format!("$LicenseManagerAppId = '{LICENSE_MANAGER_APP_ID}'"));
    o.line("if ($ReadOnly) {");
    o.line(&format!("    $RoleId = '{ROLE_READ}'"));
    o.line("} else {");
    o.line(&format!("    $RoleId = '{ROLE_READ_WRITE}'"));
    o.line("}");
    o.lines(
        r##"
$resource = Get-MgServicePrincipal -Filter ("appId eq '{0}'" -f $LicenseManagerAppId)
if (-not $resource) {
    throw 'The M365 License Manager service principal was not found in this tenant; nothing was granted.'
}
if (-not ($resource.AppRoles | Where-Object { $_.Id -eq $RoleId })) {
    throw ('M365 License Manager has no application role {0} in this tenant; nothing was granted.' -f $RoleId)
}
$client = Get-MgServicePrincipal -Filter ("appId eq '{0}'" -f $AppId)
if (-not $client) {
    throw ('No service principal with appId {0}: create the app registration or enable the managed identity first.' -f $AppId)
}
$existing = Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $client.Id |
    Where-Object { $_.AppRoleId -eq $RoleId -and $_.ResourceId -eq $resource.Id }
if ($existing) {
    Write-Output ('Already granted to {0}: nothing to do.' -f $client.DisplayName)
    exit 0
}"##,
    );
    o.line(&format!(
        "New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $client.Id -PrincipalId $client.Id -ResourceId $resource.Id -AppRoleId $RoleId{}",
        if opts.what_if { " -WhatIf" } else { "" }
    ));
    o.line("Write-Output ('Granted role {0} on M365 License Manager to {1}.' -f $RoleId, $client.DisplayName)");
    o.finish()
}
