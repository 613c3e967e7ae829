//! Microsoft365DSC for one decision (one per tier): a configuration with one
//! `CommerceSelfServicePurchase` block per product, `O365OrgSettings` for the trials and Office
//! Store switches and `AADAuthorizationPolicy` for e-mail sign-up where the decision sets them,
//! compiled once per tenant of the tier; and the data file of the generated Commerce composite
//! (`NonNodeData.Commerce.SelfServicePurchase`, `.psd1`). Sources, from
//! `/work/shared/domain/multi-tenant-2026-12.md` §2.2 (research of 2026-12-01):
//! microsoft/Microsoft365DSC `Modules/Microsoft365DSC/Examples/Resources/CommerceSelfServicePurchase/
//! 2-Update.ps1` (862fb2d) and `MSFT_CommerceSelfServicePurchase.schema.mof` (1e6719f): `ProductId`
//! (key), `ProductName`, `PolicyValue` (all three values), `Ensure = "Present"` (Absent throws),
//! `ApplicationId`/`TenantId`/`CertificateThumbprint`; the Gallery package
//! M365DSC.CompositeResources 1.26.909.100 `DscResources/Commerce/Commerce.schema.psm1` (instances
//! `CommerceSelfServicePurchase-<ProductId>`, `UniqueId` stripped) and ykuijs/M365DSC_Data v3.0
//! (`Basic#Commerce.psd1`). `AADAuthorizationPolicy`: `MSFT_AADAuthorizationPolicy.schema.mof`
//! (1e57927: `IsSingleInstance` key "Yes", `AllowedToSignUpEmailBasedSubscriptions`);
//! `O365OrgSettings`: `Examples/Resources/O365OrgSettings/1-ConfigureOrgSettings.ps1` (75ef081:
//! `IsSingleInstance = "Yes"`), with the two AppsAndServices properties named in the research.
//! Guess (from the research, unverified): `UniqueId` is the merge key between data layers.
//!
//! Free text (product names, the tier's name, tenant names) reaches these files only as a `#`
//! comment after `comment_text` or as a single-quoted literal; ProductIds, tenant IDs and domains
//! are validated types.
use super::fidelity::{fidelity, Export, FidelityRow};
use super::{Decision, Tenant, TrialsRounding};
use crate::domain::script::{comment_text, ps_single_quoted, ScriptHeader};
use crate::domain::switches::{RelatedSwitch, SwitchSetting};

/// One DSC file and its fidelity table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DscExport {
    pub text: String,
    pub file_name: String,
    pub fidelity: Vec<FidelityRow>,
}

pub(super) struct Lines(pub(super) String);

impl Lines {
    pub(super) fn line(&mut self, s: &str) {
        self.0.push_str(s);
        self.0.push('\n');
    }

    pub(super) fn comment(&mut self, prefix: &str, free: &str) {
        self.line(&format!("# {prefix}{}", comment_text(free)));
    }

    pub(super) fn header(&mut self, title: &str, d: &Decision, header: Option<&ScriptHeader>) {
        self.line(&format!("# Self-Service Purchase Advisor: {title}"));
        if !d.name.is_empty() {
            self.comment("Tier: ", &d.name);
        }
        if let Some(h) = header {
            self.line(&format!("# Generated {}, product catalogue as of {}.", h.generated, h.catalogue_as_of));
        }
    }
}

/// A file name for a tier: `stem-<tier>.ext` with the tier's name cut to letters, digits and
/// hyphens (a download name, never a path).
pub(super) fn tier_file_name(stem: &str, tier: &str, ext: &str) -> String {
    let slug: String = tier
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug: String = slug.chars().take(40).collect();
    if slug.is_empty() {
        format!("{stem}.{ext}")
    } else {
        format!("{stem}-{slug}.{ext}")
    }
}

pub(super) fn ps_bool(on: bool) -> &'static str {
    if on {
        "$true"
    } else {
        "$false"
    }
}

/// The data file of the Commerce composite for one decision: every product the decision sets,
/// keyed by ProductId (`UniqueId` = `ProductId`).
pub fn dsc_data_file(d: &Decision, header: Option<&ScriptHeader>) -> DscExport {
    let mut o = Lines(String::new());
    o.header("Microsoft365DSC data file (Commerce composite, NonNodeData.Commerce.SelfServicePurchase)", d, header);
    o.line("# Use it as the Commerce layer of your data files (e.g. Basic#Commerce.psd1 in the M365DSC_Data layout);");
    o.line(
        "# each entry becomes CommerceSelfServicePurchase-<ProductId>. The related switches are in the configuration.",
    );
    o.line("@{");
    o.line("    NonNodeData = @{");
    o.line("        Commerce = @{");
    if d.products.is_empty() {
        o.line("            SelfServicePurchase = @()");
    } else {
        o.line("            SelfServicePurchase = @(");
        for c in &d.products {
            o.line("                @{");
            o.line(&format!("                    UniqueId    = '{}'", c.id));
            o.line(&format!("                    ProductId   = '{}'", c.id));
            o.line(&format!("                    ProductName = {}", ps_single_quoted(&comment_text(&c.name))));
            o.line(&format!("                    PolicyValue = '{}'", c.value.as_str()));
            o.line("                    Ensure      = 'Present'");
            o.line("                }");
        }
        o.line("            )");
    }
    o.line("        }");
    o.line("    }");
    o.line("}");
    DscExport {
        text: o.0,
        file_name: tier_file_name("ssp-m365dsc-commerce", &d.name, "psd1"),
        fidelity: fidelity(Export::DscData, d, TrialsRounding::Block),
    }
}

/// The configuration for one decision, with a loop at the end that compiles it once per tenant
/// of `tenants` (the tier's) into `.\SspMof\<tenant>`.
pub fn dsc_configuration(d: &Decision, tenants: &[Tenant], header: Option<&ScriptHeader>) -> DscExport {
    let mut o = Lines(String::new());
    o.header(
        "Microsoft365DSC configuration (CommerceSelfServicePurchase, O365OrgSettings, AADAuthorizationPolicy)",
        d,
        header,
    );
    o.line("#");
    o.line("# Requirements: the Microsoft365DSC module; an app registration consented in every tenant below with");
    o.line("# Policy.ReadWrite.AllowSelfServicePurchase on \"M365 License Manager\" (and, for the switches,");
    o.line(
        "# OrgSettings-AppsAndServices.ReadWrite.All and Policy.ReadWrite.Authorization on Microsoft Graph), signed in",
    );
    o.line("# with a certificate. Compiling writes one MOF per tenant; Start-DscConfiguration (or your pipeline) applies it.");
    o.line("# CommerceSelfServicePurchase takes Ensure = 'Present' only; auto-claim and the licence-request process have no");
    o.line("# resource and are not in this file.");
    o.line("param(");
    o.line("    [Parameter(Mandatory = $true)]");
    o.line("    [string]$ApplicationId,");
    o.line("    [Parameter(Mandatory = $true)]");
    o.line("    [string]$CertificateThumbprint");
    o.line(")");
    o.line("");
    o.line("Configuration SspSelfServicePurchase");
    o.line("{");
    o.line("    param(");
    o.line("        [Parameter(Mandatory = $true)]");
    o.line("        [string]$ApplicationId,");
    o.line("        [Parameter(Mandatory = $true)]");
    o.line("        [string]$TenantId,");
    o.line("        [Parameter(Mandatory = $true)]");
    o.line("        [string]$CertificateThumbprint");
    o.line("    )");
    o.line("");
    o.line("    Import-DscResource -ModuleName 'Microsoft365DSC'");
    o.line("");
    o.line("    Node localhost");
    o.line("    {");
    let auth = |o: &mut Lines| {
        o.line("            ApplicationId         = $ApplicationId");
        o.line("            TenantId              = $TenantId");
        o.line("            CertificateThumbprint = $CertificateThumbprint");
    };
    if d.products.is_empty() {
        o.line("        # No products in this decision.");
    }
    for c in &d.products {
        o.line(&format!("        # {}", comment_text(&c.name)));
        o.line(&format!("        CommerceSelfServicePurchase 'CommerceSelfServicePurchase-{}'", c.id));
        o.line("        {");
        o.line(&format!("            ProductId             = '{}'", c.id));
        o.line(&format!("            ProductName           = {}", ps_single_quoted(&comment_text(&c.name))));
        o.line(&format!("            PolicyValue           = '{}'", c.value.as_str()));
        o.line("            Ensure                = 'Present'");
        auth(&mut o);
        o.line("        }");
    }
    let trials = d.switch(RelatedSwitch::StartTrials);
    let store = d.switch(RelatedSwitch::OfficeStore);
    if trials.is_some() || store.is_some() {
        o.line("        # User owned apps and services: start trials on behalf of the organisation, Office Store.");
        o.line("        O365OrgSettings 'O365OrgSettings'");
        o.line("        {");
        o.line("            IsSingleInstance      = 'Yes'");
        if let Some(v) = trials {
            o.line(&format!(
                "            AppsAndServicesIsAppAndServicesTrialEnabled = {}",
                ps_bool(v == SwitchSetting::On)
            ));
        }
        if let Some(v) = store {
            o.line(&format!("            AppsAndServicesIsOfficeStoreEnabled = {}", ps_bool(v == SwitchSetting::On)));
        }
        o.line("            Ensure                = 'Present'");
        auth(&mut o);
        o.line("        }");
    }
    if let Some(v) = d.switch(RelatedSwitch::SelfServiceSignUp) {
        o.line("        # Self-service sign-up with a work e-mail address (a different control from purchases).");
        o.line("        AADAuthorizationPolicy 'AADAuthorizationPolicy'");
        o.line("        {");
        o.line("            IsSingleInstance      = 'Yes'");
        o.line(&format!("            AllowedToSignUpEmailBasedSubscriptions = {}", ps_bool(v == SwitchSetting::On)));
        o.line("            Ensure                = 'Present'");
        auth(&mut o);
        o.line("        }");
    }
    o.line("    }");
    o.line("}");
    o.line("");
    o.line("# One MOF per tenant of this tier (TenantId: the tenant's domain, else its ID).");
    if tenants.is_empty() {
        o.line("$Tenants = @()");
        o.line("# No tenants are assigned to this tier: add them here as @{ TenantId = 'contoso.onmicrosoft.com' }.");
    } else {
        o.line("$Tenants = @(");
        for t in tenants {
            o.line(&format!(
                "    @{{ TenantId = '{}'; Name = {} }}",
                t.address(),
                ps_single_quoted(&comment_text(&t.name))
            ));
        }
        o.line(")");
    }
    o.line("foreach ($t in $Tenants) {");
    o.line("    Write-Output ('Compiling for {0} {1}' -f $t.TenantId, $t.Name)");
    o.line("    SspSelfServicePurchase -ApplicationId $ApplicationId -TenantId $t.TenantId -CertificateThumbprint $CertificateThumbprint -OutputPath (Join-Path -Path '.\\SspMof' -ChildPath $t.TenantId)");
    o.line("}");
    DscExport {
        text: o.0,
        file_name: tier_file_name("ssp-m365dsc-configuration", &d.name, "ps1"),
        fidelity: fidelity(Export::DscConfiguration, d, TrialsRounding::Block),
    }
}
