//! A CIPP standards template for one decision (one per tier), in the `StandardsTemplateV2` JSON
//! shape that `POST /api/AddStandardsTemplate` stores and "Save to GitHub" / "Browse Catalog"
//! exchange: `templateName`, `description`, `tenantFilter`, `excludedTenants`, `runManually`,
//! `standards.DisableSelfServiceLicenses` with `action`, `Exclusions` and `DisableTrials`.
//! Source: `/work/shared/domain/multi-tenant-2026-12.md` §2.1 (research of 2026-12-01):
//! KelvinTegelaar/CIPP-API `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/Tenant/Standards/
//! Invoke-AddStandardsTemplate.ps1`, `Modules/CIPPCore/Public/Tools/Import-CommunityTemplate.ps1`
//! (d1bd25e, 2026-08-07), `Invoke-CIPPStandardDisableSelfServiceLicenses.ps1` (edc7acb,
//! 2026-06-19); KelvinTegelaar/CIPP `src/data/standards.json` (c6d3734, 2026-08-21).
//!
//! What the standard does, and so what this export says in its fidelity table: every product not
//! in `Exclusions` becomes Disabled, every product in it Enabled; Trials only cannot be
//! expressed, so the caller chooses the rounding ([`TrialsRounding`]: Block by default, the
//! safe one; Allow only on request and with a warning); `DisableTrials` calls the auto-claim
//! endpoint; e-mail sign-up is always closed. The tenant filter lists the tier's tenants by
//! default domain (`type: "Tenant"`, `addedFields`); an empty tier leaves the filter empty, to be
//! chosen in CIPP (which also replaces the filter when a template is uploaded to a repository).
use super::fidelity::{fidelity, Export, FidelityRow};
use super::{Decision, Tenant, TenantId};
use crate::domain::policy::PolicyValue;
use crate::domain::problem::Problem;
use crate::domain::switches::{RelatedSwitch, SwitchSetting};
use crate::i18n::Message;
use crate::i18n::{k, msg, Lang};
use serde::{Deserialize, Serialize};

/// Where CIPP cannot say "Trials only", what the export sets instead.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TrialsRounding {
    /// Disabled: no purchase and no trial (the safe default).
    #[default]
    Block,
    /// Listed in `Exclusions`, so Enabled: purchases open. Only on request, with a warning.
    Allow,
}

impl TrialsRounding {
    /// What the rounding does to this decision's Trials-only products.
    pub fn note(self, d: &Decision) -> Message {
        let key = match self {
            TrialsRounding::Block => &k::FLEET_NOTE_CIPP_TRIALS_BLOCK,
            TrialsRounding::Allow => &k::FLEET_NOTE_CIPP_TRIALS_ALLOW,
        };
        let trials = PolicyValue::OnlyTrialsWithoutPaymentMethod;
        // The count picks the singular or plural sentence ("Visio Plan 1 is put …").
        Message::new(key).count("n", d.with_value(trials).count()).arg("products", d.list(trials))
    }

    fn value(self) -> PolicyValue {
        match self {
            TrialsRounding::Block => PolicyValue::Disabled,
            TrialsRounding::Allow => PolicyValue::Enabled,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CippOptions {
    pub trials: TrialsRounding,
    /// `action`: Report is always there; Remediate applies the standard (CIPP adds Report to it).
    pub remediate: bool,
    /// `action`: Alert (`warn`).
    pub alert: bool,
    /// `runManually`: "Do not run on schedule" (otherwise every 12 hours).
    pub run_manually: bool,
}

impl Default for CippOptions {
    /// Report and remediate, on CIPP's schedule: what a baseline is for.
    fn default() -> Self {
        CippOptions { trials: TrialsRounding::Block, remediate: true, alert: false, run_manually: false }
    }
}

/// The template and what comes with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CippExport {
    /// Pretty JSON, the `StandardsTemplateV2` object.
    pub json: String,
    pub file_name: String,
    /// The warnings to show before it is downloaded (Trials only rounded to Allow; e-mail
    /// sign-up closed although the decision opens it).
    pub warnings: Vec<Problem>,
    pub fidelity: Vec<FidelityRow>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Template<'a> {
    template_name: &'a str,
    description: String,
    tenant_filter: Vec<TenantItem>,
    excluded_tenants: Vec<TenantItem>,
    run_manually: bool,
    standards: Standards,
}

#[derive(Serialize)]
struct Standards {
    #[serde(rename = "DisableSelfServiceLicenses")]
    disable_self_service_licenses: SelfService,
}

#[derive(Serialize)]
struct SelfService {
    action: Vec<LabelValue>,
    #[serde(rename = "Exclusions")]
    exclusions: String,
    #[serde(rename = "DisableTrials")]
    disable_trials: bool,
}

#[derive(Serialize)]
struct LabelValue {
    label: &'static str,
    value: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TenantItem {
    value: String,
    label: String,
    #[serde(rename = "type")]
    kind: &'static str,
    added_fields: AddedFields,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AddedFields {
    #[serde(skip_serializing_if = "Option::is_none")]
    default_domain_name: Option<String>,
    display_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_id: Option<String>,
}

/// The template name when a decision has none (the scenario's one decision).
fn template_name(d: &Decision, lang: Lang) -> String {
    let name = d.name.trim();
    if name.is_empty() {
        crate::i18n::t(lang, &k::FLEET_CIPP_DEFAULT_NAME)
    } else {
        name.to_string()
    }
}

/// The template for `d`, aimed at `tenants` (the tier's; empty = chosen in CIPP). The
/// description is in `lang`.
pub fn cipp_template(d: &Decision, tenants: &[Tenant], opts: &CippOptions, lang: Lang) -> CippExport {
    let name = template_name(d, lang);
    let enabled: Vec<String> = d
        .products
        .iter()
        .filter(|c| match c.value {
            PolicyValue::OnlyTrialsWithoutPaymentMethod => opts.trials.value() == PolicyValue::Enabled,
            v => v == PolicyValue::Enabled,
        })
        .map(|c| c.id.to_string())
        .collect();
    let mut action = vec![LabelValue { label: "Report", value: "Report" }];
    if opts.alert {
        action.push(LabelValue { label: "Alert", value: "warn" });
    }
    if opts.remediate {
        action.push(LabelValue { label: "Remediate", value: "Remediate" });
    }
    let template = Template {
        template_name: &name,
        description: msg(lang, &Message::new(&k::FLEET_CIPP_DESCRIPTION).arg("tier", &name)),
        tenant_filter: tenants.iter().map(tenant_item).collect(),
        excluded_tenants: Vec::new(),
        run_manually: opts.run_manually,
        standards: Standards {
            disable_self_service_licenses: SelfService {
                action,
                exclusions: enabled.join(";"),
                disable_trials: d.switch(RelatedSwitch::AutoClaim) == Some(SwitchSetting::Off),
            },
        },
    };
    let json = serde_json::to_string_pretty(&template).unwrap_or_default();
    let mut warnings = Vec::new();
    let has_trials = d.with_value(PolicyValue::OnlyTrialsWithoutPaymentMethod).next().is_some();
    if has_trials && opts.trials == TrialsRounding::Allow {
        warnings.push(Problem::whole(opts.trials.note(d)));
    }
    if d.switch(RelatedSwitch::SelfServiceSignUp) == Some(SwitchSetting::On) {
        warnings.push(Problem::whole(Message::new(&k::FLEET_NOTE_CIPP_SIGN_UP_ON)));
    }
    CippExport { json, file_name: cipp_file_name(&name), warnings, fidelity: fidelity(Export::Cipp, d, opts.trials) }
}

fn tenant_item(t: &Tenant) -> TenantItem {
    let display = if t.name.is_empty() { t.address() } else { t.name.clone() };
    TenantItem {
        value: t.address(),
        label: t.label(),
        kind: "Tenant",
        added_fields: AddedFields {
            default_domain_name: t.domain.as_ref().map(|d| d.to_string()),
            display_name: display,
            customer_id: t.id.as_ref().map(|id| id.to_string()),
        },
    }
}

/// The file name CIPP's "Save to GitHub" gives a template (under `StandardsTemplateV2/` in the
/// repository): the name with white space as `_` and every other non-word character removed.
pub fn cipp_file_name(template_name: &str) -> String {
    let stem: String = template_name
        .chars()
        .filter_map(|c| match c {
            c if c.is_whitespace() => Some('_'),
            c if c.is_alphanumeric() || c == '_' => Some(c),
            _ => None,
        })
        .collect();
    format!("{}.json", if stem.is_empty() { "template" } else { &stem })
}

/// The template as a repository file (= the `templates` table entity): `PartitionKey`
/// "StandardsTemplateV2", `RowKey` and `GUID` the given GUID, `JSON` the template as a string.
pub fn cipp_repository_entity(template_json: &str, guid: &TenantId) -> String {
    let entity = serde_json::json!({
        "PartitionKey": "StandardsTemplateV2",
        "RowKey": guid.as_str(),
        "GUID": guid.as_str(),
        "JSON": template_json,
    });
    serde_json::to_string_pretty(&entity).unwrap_or_default()
}
