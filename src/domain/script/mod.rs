//! Generation of the scripts that apply the per-product choices: MSCommerce PowerShell (2.x/3.x and legacy
//! 1.x), a scheduled drift-enforcement script, the unofficial REST endpoint through curl or `az rest`, and the
//! two related controls that are not self-service purchase (Entra self-service sign-up, Power Platform trial
//! environments). [`admin_center_steps`] gives the same choices as a click path. Issue 13 adds the other doors
//! (`doors.rs`: Graph beta user-owned-apps switches, the read-only subscription list, the one-time app-role
//! grant) and the unattended enforcement over the unofficial REST endpoint (`ps.rs`).
//!
//! Safety: only validated values reach a command. ProductIds are `^[A-Z0-9]{12}$` by type and policy values
//! come from the enum. Free text (product names, tenant label, reopen link) only ever appears in a `#` line
//! comment after [`comment_text`], or in a single-quoted string literal ([`ps_single_quoted`],
//! [`sh_single_quoted`]) of text that went through [`comment_text`] too. No free text goes into a double-quoted
//! string, a here-string or a `<# #>` block comment. `examples/dump_scripts.rs` and `tests/scripts/` check every
//! variant with independent PowerShell and bash grammars.
use crate::domain::date::Date;
use crate::domain::ids::ProductId;
use crate::domain::policy::{OfferType, PolicyValue};
use crate::domain::switches::{RelatedSwitch, SwitchSetting};
use crate::domain::tenant::Item;
use crate::i18n::k;

pub(crate) mod doors;
mod ps;
mod quote;
pub(crate) mod sh;
mod steps;
#[cfg(test)]
mod tests;

pub use ps::TENANT_READ_COMMANDS;

/// Every command the UI shows as text to copy that is not a generated script, by a file stem:
/// `examples/dump_scripts.rs` writes each one next to the scripts, so the same grammar test
/// that parses the scripts parses these (a snippet that does not parse fails there, not in an
/// admin's console). A snippet added to the UI belongs in this list.
pub const UI_SNIPPETS: &[(&str, &str)] = &[("tenant-read-commands", TENANT_READ_COMMANDS)];
pub use quote::{comment_text, ps_single_quoted, sh_single_quoted};
pub use steps::admin_center_steps;

/// Both sign-up variants open with this, because people confuse the two controls.
const SIGNUP_IS_NOT_PURCHASE: &str = r##"
#
# THIS IS A DIFFERENT CONTROL FROM SELF-SERVICE PURCHASE.
# It turns off self-service SIGN-UP (allowedToSignUpEmailBasedSubscriptions in the Microsoft Entra authorization
# policy): users can no longer sign up with their work e-mail for free and viral subscriptions.
# It does NOT block self-service purchases: a purchase went through with sign-up turned off
# (MicrosoftDocs/microsoft-365-docs issue #7423). Purchases are set per product with MSCommerce.
"##;

/// One product's choice, as it will be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: ProductId,
    pub name: String,
    pub value: PolicyValue,
    /// The catalogue says users also get this product by free sign-up (a separate control).
    pub free_sign_up: bool,
    /// The catalogue's admin-center settings for this product other than the purchase policy
    /// (Microsoft's label, path), such as the Copilot settings page reported to set Copilot's
    /// purchases too: the click path names them next to the product, since they are set by
    /// hand and no script reaches them.
    pub admin_settings: Vec<(String, String)>,
}

/// What a generated script says about where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptHeader {
    pub generated: Date,
    pub catalogue_as_of: Date,
    /// A link that reopens these choices in the advisor (free text: only ever written into a comment).
    pub reopen_link: Option<String>,
    /// With several scenarios (issue 24): which one this script applies, e.g. "Proposed (2 of
    /// 2)" (free text: only ever written into a comment).
    pub scenario: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptOptions {
    /// Dry run: `-WhatIf` on every `Update-` call, `DRY_RUN=1` as the default of the shell variants, and the
    /// drift script runs as a dry run unless it is called with `-WhatIf:$false`.
    pub what_if: bool,
    /// What the drift script sets every product to that is not among the choices. Meant to be `Disabled` or
    /// `OnlyTrialsWithoutPaymentMethod`; `Enabled` is honoured but the script then says so in a warning.
    pub default_for_others: PolicyValue,
    /// Free text naming the tenant (e.g. `Contoso 'prod'`): a comment and a single-quoted variable.
    pub tenant_label: Option<String>,
    pub header: Option<ScriptHeader>,
    /// Append the Power Platform trial-environment block to the MSCommerce and legacy 1.x scripts.
    pub power_platform_trials: bool,
    /// Third-party offer types to set (Enabled or Disabled), in every variant that can.
    pub offer_types: Vec<(OfferType, PolicyValue)>,
    /// The tenant's imported state: then the scripts change only what differs from it and end
    /// by reading every value back. `None` = no import (every chosen value is set).
    pub current: Option<std::collections::BTreeMap<Item, PolicyValue>>,
    /// The related switches to apply ([`crate::domain::doors::Doors::effective`]); a switch that
    /// is absent, or `None`, is left as the tenant has it.
    pub switches: Vec<(RelatedSwitch, Option<SwitchSetting>)>,
    /// The licence-request message to paste under "Connect your request process" (free text:
    /// only ever a single-quoted literal after [`comment_text`]).
    pub request_message: Option<String>,
}

impl ScriptOptions {
    /// These options with the related switches (the user's choice, else the recommendation)
    /// and the licence-request message in `lang`, for the issue-13 variants.
    pub fn with_doors(
        mut self,
        doors: &crate::domain::doors::Doors,
        rec: &crate::domain::decision::Recommendation,
        lang: crate::i18n::Lang,
    ) -> ScriptOptions {
        self.switches = doors.effective(rec).into_iter().map(|e| (e.switch, e.setting)).collect();
        self.request_message = crate::domain::doors::licence_request_section(&doors.request, rec)
            .map(|_| doors.request.message_text(lang));
        self
    }

    /// The setting chosen for a switch, if any.
    fn switch(&self, s: RelatedSwitch) -> Option<SwitchSetting> {
        self.switches.iter().find(|(x, _)| *x == s).and_then(|(_, v)| *v)
    }
}

impl ScriptOptions {
    /// Whether the imported state already has this value, so the script leaves it alone.
    fn already(&self, item: &Item, value: PolicyValue) -> bool {
        self.current.as_ref().and_then(|c| c.get(item)) == Some(&value)
    }
}

impl Default for ScriptOptions {
    fn default() -> Self {
        ScriptOptions {
            what_if: false,
            default_for_others: PolicyValue::Disabled,
            tenant_label: None,
            header: None,
            power_platform_trials: false,
            offer_types: Vec::new(),
            current: None,
            switches: Vec::new(),
            request_message: None,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Variant {
    /// MSCommerce 2.x/3.x, `-Value`.
    MsCommerce,
    /// MSCommerce 1.x, `-Enabled $true/$false` (cannot express "trials only").
    Legacy1x,
    /// Idempotent allow-list enforcement over every product, for a schedule.
    DriftEnforcement,
    /// The undocumented REST endpoint through curl (bash).
    RestCurl,
    /// The undocumented REST endpoint through `az rest` (bash).
    AzRest,
    /// Entra self-service sign-up through Microsoft Graph PowerShell (a different control).
    GraphSignupPowerShell,
    /// Entra self-service sign-up through `az rest` against Microsoft Graph (bash).
    GraphSignupAzRest,
    /// Power Platform: trial environments only for admins.
    PowerPlatform,
    /// "Start trials on behalf of your organization" and "Office Store" through Microsoft Graph
    /// beta `PATCH /admin/appsAndServices`, with the other doors as click paths.
    UserOwnedApps,
    /// Read-only: the tenant's subscriptions (`GET /directory/subscriptions`), Graph PowerShell.
    Subscriptions,
    /// Read-only: the same through `az rest` (bash).
    SubscriptionsAzRest,
    /// One-time grant of the "M365 License Manager" application role to an app or managed
    /// identity, for [`Variant::Unattended`].
    UnattendedGrant,
    /// Allow-list enforcement without a person: app-only token, the unofficial REST endpoint.
    Unattended,
}

impl Variant {
    pub const ALL: [Variant; 13] = [
        Variant::MsCommerce,
        Variant::Legacy1x,
        Variant::DriftEnforcement,
        Variant::RestCurl,
        Variant::AzRest,
        Variant::GraphSignupPowerShell,
        Variant::GraphSignupAzRest,
        Variant::PowerPlatform,
        Variant::UserOwnedApps,
        Variant::Subscriptions,
        Variant::SubscriptionsAzRest,
        Variant::UnattendedGrant,
        Variant::Unattended,
    ];

    /// Translation key of the tab label.
    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            Variant::MsCommerce => &k::SCRIPTS_VARIANT_MSCOMMERCE,
            Variant::Legacy1x => &k::SCRIPTS_VARIANT_LEGACY1X,
            Variant::DriftEnforcement => &k::SCRIPTS_VARIANT_DRIFT,
            Variant::RestCurl => &k::SCRIPTS_VARIANT_REST_CURL,
            Variant::AzRest => &k::SCRIPTS_VARIANT_AZ_REST,
            Variant::GraphSignupPowerShell => &k::SCRIPTS_VARIANT_GRAPH_SIGNUP_PS,
            Variant::GraphSignupAzRest => &k::SCRIPTS_VARIANT_GRAPH_SIGNUP_AZ,
            Variant::PowerPlatform => &k::SCRIPTS_VARIANT_POWER_PLATFORM,
            Variant::UserOwnedApps => &k::SCRIPTS_VARIANT_USER_OWNED_APPS,
            Variant::Subscriptions => &k::SCRIPTS_VARIANT_SUBSCRIPTIONS,
            Variant::SubscriptionsAzRest => &k::SCRIPTS_VARIANT_SUBSCRIPTIONS_AZ,
            Variant::UnattendedGrant => &k::SCRIPTS_VARIANT_UNATTENDED_GRANT,
            Variant::Unattended => &k::SCRIPTS_VARIANT_UNATTENDED,
        }
    }

    /// Translation key of the one-paragraph note shown with the script (what it is for, caveats).
    pub fn note_key(self) -> crate::i18n::Key {
        match self {
            Variant::MsCommerce => &k::SCRIPTS_NOTE_MSCOMMERCE,
            Variant::Legacy1x => &k::SCRIPTS_NOTE_LEGACY1X,
            Variant::DriftEnforcement => &k::SCRIPTS_NOTE_DRIFT,
            Variant::RestCurl => &k::SCRIPTS_NOTE_REST_CURL,
            Variant::AzRest => &k::SCRIPTS_NOTE_AZ_REST,
            Variant::GraphSignupPowerShell => &k::SCRIPTS_NOTE_GRAPH_SIGNUP_PS,
            Variant::GraphSignupAzRest => &k::SCRIPTS_NOTE_GRAPH_SIGNUP_AZ,
            Variant::PowerPlatform => &k::SCRIPTS_NOTE_POWER_PLATFORM,
            Variant::UserOwnedApps => &k::SCRIPTS_NOTE_USER_OWNED_APPS,
            Variant::Subscriptions => &k::SCRIPTS_NOTE_SUBSCRIPTIONS,
            Variant::SubscriptionsAzRest => &k::SCRIPTS_NOTE_SUBSCRIPTIONS_AZ,
            Variant::UnattendedGrant => &k::SCRIPTS_NOTE_UNATTENDED_GRANT,
            Variant::Unattended => &k::SCRIPTS_NOTE_UNATTENDED,
        }
    }

    /// A bash script (`.sh`) rather than PowerShell (`.ps1`).
    pub fn is_shell(self) -> bool {
        matches!(self, Variant::RestCurl | Variant::AzRest | Variant::GraphSignupAzRest | Variant::SubscriptionsAzRest)
    }
}

/// The file name offered for download.
pub fn file_name(variant: Variant) -> &'static str {
    match variant {
        Variant::MsCommerce => "ssp-policy.ps1",
        Variant::Legacy1x => "ssp-policy-mscommerce1x.ps1",
        Variant::DriftEnforcement => "ssp-policy-drift.ps1",
        Variant::RestCurl => "ssp-policy-rest.sh",
        Variant::AzRest => "ssp-policy-az-rest.sh",
        Variant::GraphSignupPowerShell => "ssp-signup-graph.ps1",
        Variant::GraphSignupAzRest => "ssp-signup-az-rest.sh",
        Variant::PowerPlatform => "ssp-power-platform-trials.ps1",
        Variant::UserOwnedApps => "ssp-user-owned-apps-graph-beta.ps1",
        Variant::Subscriptions => "ssp-subscriptions-graph.ps1",
        Variant::SubscriptionsAzRest => "ssp-subscriptions-az-rest.sh",
        Variant::UnattendedGrant => "ssp-unattended-grant.ps1",
        Variant::Unattended => "ssp-policy-unattended.ps1",
    }
}

/// The script of one variant. Every variant is complete and runnable on its own.
pub fn generate(variant: Variant, choices: &[Choice], opts: &ScriptOptions) -> String {
    let set = ChoiceSet::new(choices);
    match variant {
        Variant::MsCommerce => ps::mscommerce(&set, opts),
        Variant::Legacy1x => ps::legacy1x(&set, opts),
        Variant::DriftEnforcement => ps::drift(&set, opts),
        Variant::GraphSignupPowerShell => ps::graph_signup(&set, opts),
        Variant::PowerPlatform => ps::power_platform(opts),
        Variant::RestCurl => sh::rest_curl(&set, opts),
        Variant::AzRest => sh::az_rest(&set, opts),
        Variant::GraphSignupAzRest => sh::graph_signup_az(&set, opts),
        Variant::UserOwnedApps => doors::user_owned_apps(opts),
        Variant::Subscriptions => doors::subscriptions(opts),
        Variant::SubscriptionsAzRest => sh::subscriptions_az(opts),
        Variant::UnattendedGrant => doors::unattended_grant(opts),
        Variant::Unattended => ps::unattended(&set, opts),
    }
}

/// The MSCommerce (2.x/3.x) script with default options.
pub fn powershell(choices: &[Choice]) -> String {
    generate(Variant::MsCommerce, choices, &ScriptOptions::default())
}

/// The choices with each ProductId once (the first choice wins), plus the ones that were dropped, so that a
/// script never sets one product twice and the drift allow-list never has a duplicate key.
struct ChoiceSet<'a> {
    unique: Vec<&'a Choice>,
    duplicates: Vec<&'a Choice>,
}

impl<'a> ChoiceSet<'a> {
    fn new(choices: &'a [Choice]) -> Self {
        let mut unique: Vec<&Choice> = Vec::new();
        let mut duplicates = Vec::new();
        for c in choices {
            if unique.iter().any(|u| u.id == c.id) {
                duplicates.push(c);
            } else {
                unique.push(c);
            }
        }
        ChoiceSet { unique, duplicates }
    }

    /// The free-sign-up products (catalogue trait) that are not blocked.
    fn open_free_sign_ups(&self) -> impl Iterator<Item = &&'a Choice> + '_ {
        self.unique.iter().filter(|c| c.free_sign_up && c.value != PolicyValue::Disabled)
    }
}

/// The product name as one comment line's text; never empty.
fn name_comment(c: &Choice) -> String {
    let name = comment_text(&c.name);
    if name.is_empty() {
        "(no name)".to_string()
    } else {
        name
    }
}

/// Line-oriented text builder shared by the PowerShell and bash generators.
struct Out(String);

impl Out {
    fn new() -> Self {
        Out(String::new())
    }

    /// A fixed line of script (never free text).
    fn line(&mut self, s: &str) {
        self.0.push_str(s);
        self.0.push('\n');
    }

    /// Several fixed lines; one leading newline (after the opening quote) is dropped.
    fn lines(&mut self, block: &str) {
        for l in block.strip_prefix('\n').unwrap_or(block).lines() {
            self.line(l);
        }
    }

    fn blank(&mut self) {
        self.0.push('\n');
    }

    /// The offer types to set: those the imported tenant state already has at the chosen value
    /// get a note instead of a command.
    fn offer_types_to_change(&mut self, opts: &ScriptOptions) -> Vec<(OfferType, PolicyValue)> {
        let mut change = Vec::new();
        for (offer, value) in &opts.offer_types {
            if opts.already(&Item::Offer(*offer), *value) {
                self.line(&format!(
                    "# {} is already {} in the imported tenant state: not changed.",
                    offer.as_str(),
                    value.as_str()
                ));
            } else {
                change.push((*offer, *value));
            }
        }
        change
    }

    /// `# ` plus free text made safe by [`comment_text`].
    fn comment_free(&mut self, prefix: &str, free: &str) {
        self.line(&format!("# {prefix}{}", comment_text(free)));
    }

    /// The common header: title, dates, reopen link and tenant label, all as `#` comments.
    fn header(&mut self, title: &str, opts: &ScriptOptions) {
        self.line(&format!("# Self-Service Purchase Advisor: {title}"));
        if let Some(h) = &opts.header {
            self.line(&format!("# Generated {}, product catalogue as of {}.", h.generated, h.catalogue_as_of));
            if let Some(link) = &h.reopen_link {
                self.comment_free("Reopen these choices in the advisor: ", link);
            }
            if let Some(name) = &h.scenario {
                self.comment_free("Scenario applied: ", name);
            }
        }
        if let Some(label) = &opts.tenant_label {
            self.comment_free("Tenant: ", label);
        }
    }

    fn duplicates_note(&mut self, set: &ChoiceSet) {
        for d in &set.duplicates {
            self.line(&format!(
                "# Note: {} was chosen more than once; only its first choice is used here (ignored: {}).",
                d.id,
                d.value.as_str()
            ));
        }
    }

    fn finish(self) -> String {
        self.0
    }
}
