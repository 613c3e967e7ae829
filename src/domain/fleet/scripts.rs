//! The multi-tenant PowerShell scripts: a loop that applies one decision to every tenant of a
//! list, and a read-only collector of every tenant's current policies into one CSV with tenant
//! columns (which [`parse_combined`](super::parse_combined) reads back).
//!
//! The loop signs in per tenant, reads the current values, changes only what differs, reads each
//! change back, goes on past a tenant that fails, and ends with a table per tenant (changed,
//! already right, not offered, failed and why) and exit code 1 if any tenant failed. `-DryRun`
//! changes nothing and prints the same table ("would change"). Two ways to sign in:
//! * MSCommerce, interactive per tenant (the supported module; `Connect-MSCommerce` has no tenant
//!   parameter, so the admin signs in with an account of the tenant named at each prompt; the
//!   module is re-imported first so that no sign-in of the previous tenant is reused; UNVERIFIED
//!   that this always brings the account picker back);
//! * the unofficial REST endpoint the single-tenant REST variants use, with an app registration
//!   consented in each customer tenant (client credentials per tenant, the secret from the
//!   environment, never in the file), labelled unofficial as they are.
//!
//! Comments are English, like every generated script. Free text (tenant names, the tier's name,
//! product names) is only ever a `#` comment after `comment_text` or a single-quoted literal;
//! tenant IDs, domains, ProductIds and values are validated types.
use super::dsc::Lines;
use super::{Decision, Tenant};
use crate::domain::script::doors::LICENSE_MANAGER_APP_ID;
use crate::domain::script::sh::API;
use crate::domain::script::{comment_text, ps_single_quoted, ScriptHeader};

/// How the multi-tenant scripts sign in and call the service.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LoopBackend {
    /// MSCommerce, an interactive sign-in per tenant (the supported module).
    #[default]
    MsCommerce,
    /// The unofficial REST endpoint, an app consented in each tenant (client credentials).
    Rest,
}

impl LoopBackend {
    pub const ALL: [LoopBackend; 2] = [LoopBackend::MsCommerce, LoopBackend::Rest];

    fn slug(self) -> &'static str {
        match self {
            LoopBackend::MsCommerce => "mscommerce",
            LoopBackend::Rest => "rest",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoopOptions {
    pub backend: LoopBackend,
    /// The script is a dry run unless it is run with `-DryRun:$false`.
    pub dry_run_default: bool,
    pub header: Option<ScriptHeader>,
}

/// The download name of a tier's loop script.
pub fn loop_file_name(backend: LoopBackend, tier: &str) -> String {
    super::dsc::tier_file_name(&format!("ssp-all-tenants-{}", backend.slug()), tier, "ps1")
}

/// The download name of the collector script.
pub fn collector_file_name(backend: LoopBackend) -> String {
    format!("ssp-collect-tenants-{}.ps1", backend.slug())
}

fn tenants_block(o: &mut Lines, tenants: &[Tenant]) {
    o.line("# The tenants (Address: the domain, else the tenant ID; it names the tenant to sign in to).");
    if tenants.is_empty() {
        o.line("$Tenants = @()");
        return;
    }
    o.line("$Tenants = @(");
    for t in tenants {
        o.line(&format!("    # {}", comment_text(&t.label())));
        o.line(&format!(
            "    @{{ Address = '{}'; TenantId = '{}'; Domain = '{}'; Name = {}; Label = {} }}",
            t.address(),
            t.id.as_ref().map(|x| x.to_string()).unwrap_or_default(),
            t.domain.as_ref().map(|x| x.to_string()).unwrap_or_default(),
            ps_single_quoted(&comment_text(&t.name)),
            ps_single_quoted(&comment_text(&t.label())),
        ));
    }
    o.line(")");
}

fn requirements(o: &mut Lines, backend: LoopBackend) {
    match backend {
        LoopBackend::MsCommerce => o.0.push_str(
            r##"#
# Requirements: Windows, Windows PowerShell 5.1 or PowerShell 7, MSCommerce 2.0 or later (installed if missing).
# Sign-in: Connect-MSCommerce has no tenant parameter, so at each prompt sign in with an admin account OF THE TENANT
# NAMED ABOVE THE PROMPT (Global Administrator or Billing Administrator; a partner through GDAP needs Billing
# Administrator in that tenant, otherwise the service answers 403). The script cannot check which tenant you signed
# in to: run it with -DryRun first and compare each tenant's line with what you expect. Before each tenant the module
# is imported again so that the previous tenant's sign-in is not reused (UNVERIFIED that this always brings the
# account picker back; if it does not, run the script once per tenant in a new PowerShell window).
"##,
        ),
        LoopBackend::Rest => o.0.push_str(&format!(
            r##"#
# UNOFFICIAL AND UNDOCUMENTED: this script calls the REST endpoint that the MSCommerce module uses internally
# ({API}). Microsoft does not document, support or test calling it directly; it can change or stop working without
# notice. The MSCommerce variant of this script is the supported way.
# Sign-in without a person, per tenant: a multi-tenant app registration of yours, consented in EVERY customer tenant
# (admin consent, e.g. through your partner relationship / GDAP onboarding), with the application role
# Policy.ReadWrite.AllowSelfServicePurchase on "M365 License Manager" (appId {LICENSE_MANAGER_APP_ID}) in that tenant
# (the collector needs Policy.Read.AllowSelfServicePurchase only). Client credentials for the scope
# {LICENSE_MANAGER_APP_ID}/.default per tenant, with -ClientId; the secret comes from the environment variable
# SSP_CLIENT_SECRET and is never written into this file. UNVERIFIED: that the endpoint accepts app-only tokens
# (Microsoft365DSC's resource signs in with an app to the same API, which suggests it does). Try -DryRun first.
"##
        )),
    }
}

fn params(o: &mut Lines, backend: LoopBackend, extra: &[&str]) {
    o.line("#Requires -Version 5.1");
    o.line("[CmdletBinding()]");
    o.line("param(");
    let mut ps: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    if backend == LoopBackend::Rest {
        ps.push("    # Application (client) ID of the app registration consented in every tenant.\n    [Parameter(Mandatory = $true)]\n    [string]$ClientId".to_string());
    }
    o.line(&ps.join(",\n"));
    o.line(")");
    o.line("$ErrorActionPreference = 'Stop'");
}

/// `Connect-SspTenant` and `Get-SspCurrent` for either backend (read-only part).
fn backend_functions(o: &mut Lines, backend: LoopBackend) {
    match backend {
        LoopBackend::MsCommerce => o.0.push_str(
            r##"
if (-not (Get-Module -ListAvailable -Name MSCommerce | Where-Object { $_.Version -ge [version]'2.0' })) {
    Install-Module -Name MSCommerce -RequiredVersion 3.0.1 -Scope CurrentUser
}

# Signs in to one tenant (interactive).
function Connect-SspTenant {
    param($Tenant)
    Import-Module -Name MSCommerce -MinimumVersion 2.0 -Force
    Write-Host ('Sign in with an admin account of {0} now.' -f $Tenant.Label)
    Connect-MSCommerce
}

# The tenant's current values: ProductId or offer type -> PolicyValue.
function Get-SspCurrent {
    param([bool]$WithOfferTypes)
    $current = @{}
    foreach ($p in @(Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase)) {
        $current[[string]$p.ProductId] = @{ Name = [string]$p.ProductName; Value = [string]$p.PolicyValue }
    }
    if ($WithOfferTypes) {
        foreach ($p in @(Get-MSCommerceProductPolicies -PolicyId AllowSelfServicePurchase -Scope OfferType)) {
            $id = [string]$p.ProductId
            if (-not $id) {
                $id = [string]$p.ScopeValue
            }
            if (-not $id) {
                $id = [string]$p.OfferType
            }
            $current[$id] = @{ Name = [string]$p.ProductName; Value = [string]$p.PolicyValue }
        }
    }
    return $current
}
"##,
        ),
        LoopBackend::Rest => {
            o.line(&format!("$Resource = '{LICENSE_MANAGER_APP_ID}'"));
            o.line(&format!("$Api = '{API}'"));
            o.0.push_str(
                r##"
# A token for one tenant (client credentials); sets $Headers.
function Connect-SspTenant {
    param($Tenant)
    $secret = $env:SSP_CLIENT_SECRET
    if (-not $secret) {
        throw 'No client secret: set the environment variable SSP_CLIENT_SECRET.'
    }
    $body = @{
        client_id     = $ClientId
        client_secret = $secret
        scope         = $Resource + '/.default'
        grant_type    = 'client_credentials'
    }
    $uri = 'https://login.microsoftonline.com/{0}/oauth2/v2.0/token' -f $Tenant.Address
    $response = Invoke-RestMethod -Method Post -Uri $uri -Body $body -ContentType 'application/x-www-form-urlencoded'
    if (-not $response.access_token) {
        throw 'the token endpoint returned no access token'
    }
    $script:Headers = @{ Authorization = 'Bearer ' + [string]$response.access_token }
}

# The tenant's current values: ProductId or offer type -> PolicyValue. The offer-type path is inferred from the
# module's read path and is UNTESTED.
function Get-SspCurrent {
    param([bool]$WithOfferTypes, [string[]]$OfferTypes)
    $current = @{}
    $list = Invoke-RestMethod -Method Get -Uri ($Api + '/products?scope=product') -Headers $script:Headers
    foreach ($p in @($list.items)) {
        $current[[string]$p.productId] = @{ Name = [string]$p.productName; Value = [string]$p.policyValue }
    }
    if ($WithOfferTypes) {
        foreach ($offer in $OfferTypes) {
            try {
                $p = Invoke-RestMethod -Method Get -Uri ('{0}/offerTypes/{1}' -f $Api, $offer) -Headers $script:Headers
                $current[$offer] = @{ Name = $offer; Value = [string]$p.policyValue }
            } catch {
                Write-Warning ('Could not read offer type {0}: {1}' -f $offer, $_.Exception.Message)
            }
        }
    }
    return $current
}
"##,
            );
        }
    }
}

fn set_function(o: &mut Lines, backend: LoopBackend) {
    o.0.push_str(match backend {
        LoopBackend::MsCommerce => {
            r##"
# Sets one value and reads it back; throws if either fails.
function Set-SspValue {
    param($Item)
    $target = @{ PolicyId = 'AllowSelfServicePurchase' }
    $target[$Item.Kind] = $Item.Id
    Update-MSCommerceProductPolicy @target -Value $Item.Want -Confirm:$false | Out-Null
    $after = [string](Get-MSCommerceProductPolicy @target).PolicyValue
    if ($after -ne $Item.Want) {
        throw ('the service reports {0} after setting {1}' -f $after, $Item.Want)
    }
}
"##
        }
        LoopBackend::Rest => {
            r##"
# Sets one value and reads it back; throws if either fails.
function Set-SspValue {
    param($Item)
    if ($Item.Kind -eq 'OfferType') {
        $uri = '{0}/offerTypes/{1}' -f $Api, $Item.Id
    } else {
        $uri = '{0}/products/{1}' -f $Api, $Item.Id
    }
    $body = @{ policyValue = $Item.Want } | ConvertTo-Json
    Invoke-RestMethod -Method Put -Uri $uri -Headers $script:Headers -Body $body -ContentType 'application/json' | Out-Null
    $after = [string](Invoke-RestMethod -Method Get -Uri $uri -Headers $script:Headers).policyValue
    if ($after -ne $Item.Want) {
        throw ('the service reports {0} after setting {1}' -f $after, $Item.Want)
    }
}
"##
        }
    });
}

/// The call that reads a tenant's current values, with the offer types when the decision has them.
fn read_call(d: &Decision, backend: LoopBackend) -> String {
    let with = if d.offer_types.is_empty() { "$false" } else { "$true" };
    match backend {
        LoopBackend::MsCommerce => format!("Get-SspCurrent -WithOfferTypes {with}"),
        LoopBackend::Rest => {
            let offers: Vec<String> = d.offer_types.iter().map(|(o, _)| format!("'{}'", o.as_str())).collect();
            let list = if offers.is_empty() { "@()".to_string() } else { format!("@({})", offers.join(", ")) };
            format!("Get-SspCurrent -WithOfferTypes {with} -OfferTypes {list}")
        }
    }
}

/// The loop that applies `d` to every tenant in `tenants`.
pub fn loop_script(d: &Decision, tenants: &[Tenant], opts: &LoopOptions) -> String {
    let backend = opts.backend;
    let mut o = Lines(String::new());
    let title = match backend {
        LoopBackend::MsCommerce => "multi-tenant rollout (MSCommerce, interactive sign-in per tenant)",
        LoopBackend::Rest => "multi-tenant rollout (UNOFFICIAL REST endpoint, app consented in each tenant)",
    };
    o.header(title, d, opts.header.as_ref());
    o.0.push_str(
        r##"#
# For each tenant in $Tenants: sign in, read the current values, change only what differs from the values below,
# read each change back, and go on with the next tenant if one fails. At the end a table says per tenant what was
# changed, what was already right, what the tenant does not offer, and what failed and why; the exit code is 1 if
# any tenant failed, else 0. -DryRun changes nothing and prints the same table ("would change").
# -ResultCsv <file> also writes the table as CSV. A change applies to future purchases and trials only.
# The related switches (trials, Office Store, sign-up) are not set here: use the Microsoft365DSC configuration or the
# single-tenant scripts for them.
"##,
    );
    requirements(&mut o, backend);
    if opts.dry_run_default {
        o.line("# This copy is a DRY RUN by default: nothing changes unless you run it with -DryRun:$false.");
    }
    o.line("");
    params(
        &mut o,
        backend,
        &[
            "    # Read and compare only; change nothing.\n    [switch]$DryRun",
            "    # Also write the result table to this CSV file.\n    [string]$ResultCsv",
        ],
    );
    if opts.dry_run_default {
        o.line("if (-not $PSBoundParameters.ContainsKey('DryRun')) {");
        o.line("    $DryRun = [switch]$true");
        o.line("}");
    }
    o.line("");
    tenants_block(&mut o, tenants);
    o.line("");
    o.line("# The values this decision sets (ProductIds and third-party offer types).");
    if d.products.is_empty() && d.offer_types.is_empty() {
        o.line("$Wanted = @()");
    } else {
        o.line("$Wanted = @(");
        for c in &d.products {
            o.line(&format!("    # {}", comment_text(&c.name)));
            o.line(&format!("    @{{ Kind = 'ProductId'; Id = '{}'; Want = '{}' }}", c.id, c.value.as_str()));
        }
        for (offer, v) in &d.offer_types {
            o.line(&format!("    @{{ Kind = 'OfferType'; Id = '{}'; Want = '{}' }}", offer.as_str(), v.as_str()));
        }
        o.line(")");
    }
    backend_functions(&mut o, backend);
    set_function(&mut o, backend);
    o.0.push_str(&format!(
        r##"
$Results = New-Object -TypeName 'System.Collections.Generic.List[object]'
foreach ($tenant in $Tenants) {{
    Write-Host ('--- {{0}}' -f $tenant.Label)
    $changes = @()
    $right = 0
    $notOffered = @()
    $failures = @()
    try {{
        Connect-SspTenant -Tenant $tenant
        $current = {read}
        foreach ($w in $Wanted) {{
            if (-not $current.ContainsKey($w.Id)) {{
                $notOffered += $w.Id
                continue
            }}
            $now = $current[$w.Id].Value
            if ($now -eq $w.Want) {{
                $right++
                continue
            }}
            $what = '{{0}} {{1}} -> {{2}}' -f $w.Id, $now, $w.Want
            if ($DryRun) {{
                $changes += $what
                continue
            }}
            try {{
                Set-SspValue -Item $w
                $changes += $what
            }} catch {{
                $failures += ('{{0}}: {{1}}' -f $w.Id, $_.Exception.Message)
            }}
        }}
    }} catch {{
        $failures += ('sign-in or reading failed: {{0}}' -f $_.Exception.Message)
    }}
    if ($failures.Count -gt 0) {{
        $status = 'failed'
    }} elseif ($changes.Count -gt 0 -and $DryRun) {{
        $status = 'would change'
    }} elseif ($changes.Count -gt 0) {{
        $status = 'changed'
    }} else {{
        $status = 'already right'
    }}
    $Results.Add([pscustomobject]@{{
        Tenant       = $tenant.Label
        Status       = $status
        Changed      = $changes.Count
        AlreadyRight = $right
        NotOffered   = $notOffered.Count
        Failed       = $failures.Count
        Details      = (@($failures) + @($changes) + @($notOffered | ForEach-Object {{ $_ + ' not offered' }})) -join '; '
    }})
}}

if ($DryRun) {{
    Write-Output 'DRY RUN: nothing was changed. Changed = would change.'
}}
$Results | Format-Table -Property 'Tenant', 'Status', 'Changed', 'AlreadyRight', 'NotOffered', 'Failed', 'Details' -AutoSize -Wrap
if ($ResultCsv) {{
    $Results | Export-Csv -Path $ResultCsv -NoTypeInformation -Encoding UTF8
}}
$failedTenants = @($Results | Where-Object {{ $_.Status -eq 'failed' }}).Count
if ($failedTenants -gt 0) {{
    Write-Warning ('{{0}} of {{1}} tenants failed: see Details.' -f $failedTenants, $Results.Count)
    exit 1
}}
exit 0
"##,
        read = read_call(d, backend)
    ));
    o.0
}

/// The read-only collector: every tenant's product policies (and offer types) into one CSV with
/// the columns TenantId, TenantDomain, TenantName, ProductName, ProductId, PolicyValue.
pub fn collector_script(tenants: &[Tenant], backend: LoopBackend, header: Option<&ScriptHeader>) -> String {
    let mut o = Lines(String::new());
    let nothing = Decision {
        name: String::new(),
        products: Vec::new(),
        offer_types: Vec::new(),
        switches: Vec::new(),
        request_path: false,
    };
    let title = match backend {
        LoopBackend::MsCommerce => "read-only collector of every tenant's policies (MSCommerce)",
        LoopBackend::Rest => "read-only collector of every tenant's policies (UNOFFICIAL REST endpoint)",
    };
    o.header(title, &nothing, header);
    o.0.push_str(
        r##"#
# READ-ONLY: changes nothing. For each tenant in $Tenants: sign in, read every product's self-service purchase policy
# (and the third-party offer types), and add the rows to one CSV with the tenant in the columns TenantId, TenantDomain
# and TenantName. Paste or load that CSV into the advisor's tenant matrix. A tenant that fails is listed at the end
# (exit code 1); the others are still collected.
"##,
    );
    requirements(&mut o, backend);
    o.line("");
    params(&mut o, backend, &["    # Where the CSV is written.\n    [string]$OutFile = 'ssp-tenant-policies.csv'"]);
    o.line("");
    tenants_block(&mut o, tenants);
    backend_functions(&mut o, backend);
    let read = match backend {
        LoopBackend::MsCommerce => "Get-SspCurrent -WithOfferTypes $true".to_string(),
        LoopBackend::Rest => {
            "Get-SspCurrent -WithOfferTypes $true -OfferTypes @('SaaS', 'POWERBIVISUALS', 'DYNAMICSCE', 'DYNAMICSBC')"
                .to_string()
        }
    };
    o.0.push_str(&format!(
        r##"
$Rows = New-Object -TypeName 'System.Collections.Generic.List[object]'
$Failed = New-Object -TypeName 'System.Collections.Generic.List[object]'
foreach ($tenant in $Tenants) {{
    Write-Host ('--- {{0}}' -f $tenant.Label)
    try {{
        Connect-SspTenant -Tenant $tenant
        $current = {read}
        foreach ($id in $current.Keys) {{
            $Rows.Add([pscustomobject]@{{
                TenantId     = $tenant.TenantId
                TenantDomain = $tenant.Domain
                TenantName   = $tenant.Name
                ProductName  = $current[$id].Name
                ProductId    = $id
                PolicyValue  = $current[$id].Value
            }})
        }}
        Write-Output ('{{0}}: {{1}} rows' -f $tenant.Label, $current.Count)
    }} catch {{
        $Failed.Add([pscustomobject]@{{ Tenant = $tenant.Label; Why = $_.Exception.Message }})
    }}
}}

$Rows | Export-Csv -Path $OutFile -NoTypeInformation -Encoding UTF8
Write-Output ('Wrote {{0}} rows to {{1}}.' -f $Rows.Count, $OutFile)
if ($Failed.Count -gt 0) {{
    $Failed | Format-Table -Property 'Tenant', 'Why' -AutoSize -Wrap
    exit 1
}}
exit 0
"##
    ));
    o.0
}
