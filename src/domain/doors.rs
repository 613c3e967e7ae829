//! "Close every door, not one" (issue 13): what else, besides the per-product purchase policy,
//! lets employees buy, trial or bring a product, and the licence-request path that catches the
//! demand a block creates. Owns the related switches ([`RelatedSwitch`]), the user's explicit
//! choices for them and the request page/contact ([`Doors`], a scenario field), and the
//! report-ready licence-request section ([`licence_request_section`]). Which setting each switch
//! should have is decided by rules in the decision table (`Outcome::Switch`), so the "why" is a
//! rule row; this module only adds the user's override on top.
//!
//! Sources (see `/work/shared/domain/related-controls-2026-11.md`):
//! * Licence requests: MS Learn `commerce/licenses/manage-license-requests.md` (ms.date
//!   2024-05-13: Requests tab, 30 days, "Connect your request process", Global admin only);
//!   blog.topedia.com 2023-04 (no email to admins); schneider.im 2025 (Copilot requests from
//!   Copilot Chat, Global, License and User admins).
//! * User owned apps and services: MS Learn `manage-auto-claim-policies.md` (ms.date
//!   2021-04-06); EvotecIT/O365Essentials `Set-O365OrgUserOwnedApps.ps1` (HEAD 2026-06-23);
//!   Graph beta `adminAppsAndServices` (isOfficeStoreEnabled, isAppAndServicesTrialEnabled);
//!   CIPP issue 5737 (2026-03-26); CIS M365 Foundations v6.0.1 1.3.4 via Maester (2026-04-13).
//! * Multiple account access to Copilot: learn.microsoft.com/copilot/microsoft-365/
//!   multiple-account-access; MS Copilot blog 2025-10-01; blog-en.topedia.com 2025-02.
//!
//! Inference (guess): that CIPP's "disable trials" label for the auto-claim endpoint is wrong;
//! we follow Microsoft's own wording ("auto-claim licenses") and O365Essentials.
use crate::domain::decision::{FollowUpAction, Recommendation, Source};
use crate::domain::ids::ProductId;
use crate::domain::input::{TextSpec, UrlSpec};
use crate::domain::message::Message;
use crate::i18n::{k, Key, Lang};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A switch, next to the purchase policy, that opens another route to a product.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelatedSwitch {
    /// "Let users start trials on behalf of your organization" (Graph beta
    /// `settings.isAppAndServicesTrialEnabled`).
    StartTrials,
    /// "Let users access the Office Store" (Graph beta `settings.isOfficeStoreEnabled`).
    OfficeStore,
    /// "Let users auto-claim licenses the first time they sign in" (auto-claim policies,
    /// currently Teams only). No documented API: a click path.
    AutoClaim,
    /// Entra `allowedToSignUpEmailBasedSubscriptions` (the existing sign-up scripts).
    SelfServiceSignUp,
    /// Cloud Policy "Multiple account access to Copilot for work documents".
    CopilotMultipleAccounts,
}

crate::tags!(RelatedSwitch {
    StartTrials = 1,
    OfficeStore = 2,
    AutoClaim = 3,
    SelfServiceSignUp = 4,
    CopilotMultipleAccounts = 5,
});

/// How a switch is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum SwitchHow {
    /// Microsoft Graph beta `PATCH /admin/appsAndServices` with this `settings` property
    /// (permission OrgSettings-AppsAndServices.ReadWrite.All). Beta: may change.
    GraphBeta(&'static str),
    /// The sign-up scripts (`Variant::GraphSignupPowerShell`, `Variant::GraphSignupAzRest`).
    SignUpScripts,
    /// Only in an admin center: the click path is the key.
    ClickPath(Key),
}

impl RelatedSwitch {
    pub const ALL: [RelatedSwitch; 5] = [
        RelatedSwitch::StartTrials,
        RelatedSwitch::OfficeStore,
        RelatedSwitch::AutoClaim,
        RelatedSwitch::SelfServiceSignUp,
        RelatedSwitch::CopilotMultipleAccounts,
    ];

    /// Stable code for files, tests and element ids.
    pub fn code(self) -> &'static str {
        match self {
            RelatedSwitch::StartTrials => "start_trials",
            RelatedSwitch::OfficeStore => "office_store",
            RelatedSwitch::AutoClaim => "auto_claim",
            RelatedSwitch::SelfServiceSignUp => "self_service_sign_up",
            RelatedSwitch::CopilotMultipleAccounts => "copilot_multiple_accounts",
        }
    }

    /// The switch's label as the admin center shows it (German/Dutch: our translation plus the
    /// English label).
    pub fn label_key(self) -> Key {
        match self {
            RelatedSwitch::StartTrials => &k::DOORS_SWITCH_START_TRIALS,
            RelatedSwitch::OfficeStore => &k::DOORS_SWITCH_OFFICE_STORE,
            RelatedSwitch::AutoClaim => &k::DOORS_SWITCH_AUTO_CLAIM,
            RelatedSwitch::SelfServiceSignUp => &k::DOORS_SWITCH_SIGN_UP,
            RelatedSwitch::CopilotMultipleAccounts => &k::DOORS_SWITCH_COPILOT_MULTI,
        }
    }

    /// What the switch allows when it is on.
    pub fn what_key(self) -> Key {
        match self {
            RelatedSwitch::StartTrials => &k::DOORS_SWITCH_START_TRIALS_WHAT,
            RelatedSwitch::OfficeStore => &k::DOORS_SWITCH_OFFICE_STORE_WHAT,
            RelatedSwitch::AutoClaim => &k::DOORS_SWITCH_AUTO_CLAIM_WHAT,
            RelatedSwitch::SelfServiceSignUp => &k::DOORS_SWITCH_SIGN_UP_WHAT,
            RelatedSwitch::CopilotMultipleAccounts => &k::DOORS_SWITCH_COPILOT_MULTI_WHAT,
        }
    }

    pub fn how(self) -> SwitchHow {
        match self {
            RelatedSwitch::StartTrials => SwitchHow::GraphBeta("isAppAndServicesTrialEnabled"),
            RelatedSwitch::OfficeStore => SwitchHow::GraphBeta("isOfficeStoreEnabled"),
            RelatedSwitch::AutoClaim => SwitchHow::ClickPath(&k::DOORS_PATH_USER_OWNED_APPS),
            RelatedSwitch::SelfServiceSignUp => SwitchHow::SignUpScripts,
            RelatedSwitch::CopilotMultipleAccounts => SwitchHow::ClickPath(&k::DOORS_PATH_COPILOT_MULTI),
        }
    }

    /// Where to find it by hand (every switch has one, scripted or not).
    pub fn click_path_key(self) -> Key {
        match self {
            RelatedSwitch::StartTrials | RelatedSwitch::OfficeStore | RelatedSwitch::AutoClaim => {
                &k::DOORS_PATH_USER_OWNED_APPS
            }
            RelatedSwitch::SelfServiceSignUp => &k::DOORS_PATH_SIGN_UP,
            RelatedSwitch::CopilotMultipleAccounts => &k::DOORS_PATH_COPILOT_MULTI,
        }
    }

    /// The arguments shown with the explicit choice: (for off, for on).
    pub fn argument_keys(self) -> [Key; 2] {
        [&k::DOORS_ARG_CLOSE, &k::DOORS_ARG_OPEN]
    }

    pub fn source(self) -> Source {
        match self {
            RelatedSwitch::StartTrials | RelatedSwitch::OfficeStore => Source::RelatedPeers,
            _ => Source::MsLearnRelated,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SwitchSetting {
    On,
    Off,
}

crate::tags!(SwitchSetting { On = 1, Off = 2 });

impl SwitchSetting {
    pub fn label_key(self) -> Key {
        match self {
            SwitchSetting::On => &k::DOORS_SETTING_ON,
            SwitchSetting::Off => &k::DOORS_SETTING_OFF,
        }
    }

    pub fn is_on(self) -> bool {
        self == SwitchSetting::On
    }
}

/// Where a blocked user's request goes: the organisation's own request page and/or contact.
/// Both empty = Microsoft's own request flow (Requests tab) stays.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestPath {
    /// `https://…` or empty; validated by [`RequestPath::URL`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// Free text naming a team, mailbox or phone; one line.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
}

impl RequestPath {
    /// The request page: https only, one limit for the field, links and files.
    pub const URL: UrlSpec = UrlSpec::new(300);
    /// The contact: one line.
    pub const CONTACT: TextSpec = TextSpec::new(120);

    pub fn is_empty(&self) -> bool {
        self.url.is_empty() && self.contact.is_empty()
    }

    /// Both fields as validation (links, files) requires them.
    pub fn is_valid(&self) -> bool {
        Self::URL.accepts(&self.url) && Self::CONTACT.accepts(&self.contact)
    }

    /// The message the organisation pastes under "Connect your request process" (or keeps for
    /// approval emails). Free text is the last argument, so a `{…}` inside it is never filled.
    pub fn message(&self) -> Message {
        let contact = self.contact.trim();
        match (self.url.is_empty(), contact.is_empty()) {
            (false, false) => {
                Message::new(&k::DOORS_REQUEST_MESSAGE_FULL).arg("url", &self.url).arg("contact", contact)
            }
            (false, true) => Message::new(&k::DOORS_REQUEST_MESSAGE_URL).arg("url", &self.url),
            (true, false) => Message::new(&k::DOORS_REQUEST_MESSAGE_CONTACT).arg("contact", contact),
            (true, true) => Message::new(&k::DOORS_REQUEST_MESSAGE_NONE),
        }
    }

    /// The message in one language, ready to paste.
    pub fn message_text(&self, lang: Lang) -> String {
        crate::i18n::msg(lang, &self.message())
    }
}

/// The scenario's part of issue 13: the request path and explicit switch choices.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Doors {
    #[serde(default, skip_serializing_if = "RequestPath::is_empty")]
    pub request: RequestPath,
    /// Choices the user made that override the recommended setting.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub switches: BTreeMap<RelatedSwitch, SwitchSetting>,
}

impl Doors {
    pub fn is_empty(&self) -> bool {
        self.request.is_empty() && self.switches.is_empty()
    }

    /// Sets (or with `None` clears) the user's explicit choice for a switch.
    pub fn choose(&mut self, s: RelatedSwitch, setting: Option<SwitchSetting>) {
        match setting {
            Some(v) => {
                self.switches.insert(s, v);
            }
            None => {
                self.switches.remove(&s);
            }
        }
    }

    /// Every switch with the setting to apply: the user's choice, else the recommendation,
    /// else `None` (leave it as the tenant has it).
    pub fn effective(&self, rec: &Recommendation) -> Vec<EffectiveSwitch> {
        RelatedSwitch::ALL
            .iter()
            .map(|&s| {
                let recommended = rec.switch(s).and_then(|r| r.setting);
                let chosen = self.switches.get(&s).copied();
                EffectiveSwitch { switch: s, recommended, chosen, setting: chosen.or(recommended) }
            })
            .collect()
    }
}

/// One switch as it will be applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct EffectiveSwitch {
    pub switch: RelatedSwitch,
    pub recommended: Option<SwitchSetting>,
    pub chosen: Option<SwitchSetting>,
    /// `chosen` if any, else `recommended`.
    pub setting: Option<SwitchSetting>,
}

impl EffectiveSwitch {
    /// "Set by you (the recommendation was …)" when the user overrode a different
    /// recommendation.
    pub fn override_note(&self) -> Option<Message> {
        match (self.chosen, self.recommended) {
            (Some(c), Some(r)) if c != r => Some(
                Message::new(&k::DOORS_SETTING_CHOSEN)
                    .with("recommended", crate::domain::message::Arg::Word(r.label_key())),
            ),
            (Some(_), None) => Some(Message::new(&k::DOORS_SETTING_CHOSEN_NO_RULE)),
            _ => None,
        }
    }
}

impl SwitchSetting {
    pub fn code(self) -> &'static str {
        match self {
            SwitchSetting::On => "on",
            SwitchSetting::Off => "off",
        }
    }
}

/// The licence-request part of a Block or Trials-only outcome, ready for the recommendation,
/// the report and the workshop's apply slide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RequestSection {
    /// The blocked or trials-only products it concerns.
    pub products: Vec<ProductId>,
    /// What users see (with the product names).
    pub users_see: Message,
    /// The admin-center steps, in order.
    pub steps: Vec<Message>,
    /// 30 days, no email to admins.
    pub caveats: Vec<Message>,
    /// Who may approve, dated: the 2024 doc, then the 2025 Copilot rollout.
    pub approvers: Vec<Message>,
    /// The text to paste (render per language with `i18n::msg`, or [`RequestSection::message_texts`]).
    pub message: Message,
    /// The organisation entered its own page or contact, so Microsoft's flow stops.
    pub own_process: bool,
}

impl RequestSection {
    /// The paste-ready message in English, German and Dutch.
    pub fn message_texts(&self) -> [(Lang, String); 3] {
        Lang::ALL.map(|l| (l, crate::i18n::msg(l, &self.message)))
    }
}

/// The licence-request section for this recommendation, or `None` when no product is blocked
/// or limited to trials (the `follow_up_licence_requests` rule did not fire).
pub fn licence_request_section(request: &RequestPath, rec: &Recommendation) -> Option<RequestSection> {
    let f = rec.follow_ups.iter().find(|f| f.action == FollowUpAction::LicenceRequestPath)?;
    let names: Vec<&str> =
        f.products.iter().filter_map(|id| rec.product(id)).map(|p| p.name.as_str()).collect::<Vec<_>>();
    let users_see =
        Message::new(&k::DOORS_REQUEST_USERS_SEE).count("count", names.len()).arg("products", names.join(", "));
    let own_process = !request.is_empty();
    let mut steps = vec![Message::new(&k::DOORS_REQUEST_STEP_OPEN), Message::new(&k::DOORS_REQUEST_STEP_APPROVE)];
    let contact = request.contact.trim();
    if !request.url.is_empty() {
        steps.push(Message::new(&k::DOORS_REQUEST_STEP_CONNECT).arg("url", &request.url));
    } else if !contact.is_empty() {
        steps.push(Message::new(&k::DOORS_REQUEST_STEP_CONNECT_NO_URL).arg("contact", contact));
    } else {
        steps.push(Message::new(&k::DOORS_REQUEST_STEP_KEEP_MICROSOFT));
    }
    // The sources disagree by date, so both are shown rather than one picked.
    let approvers =
        vec![Message::new(&k::DOORS_REQUEST_APPROVERS_2024), Message::new(&k::DOORS_REQUEST_APPROVERS_2025)];
    Some(RequestSection {
        products: f.products.clone(),
        users_see,
        steps,
        caveats: vec![Message::new(&k::DOORS_REQUEST_CAVEAT_EXPIRY), Message::new(&k::DOORS_REQUEST_CAVEAT_NO_EMAIL)],
        approvers,
        message: request.message(),
        own_process,
    })
}

/// How far an apply-checklist item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum ItemStatus {
    /// A script or a click path does it as decided.
    Ready,
    /// A choice is still open (a switch no rule decides, nobody named for requests).
    Choose,
}

/// One step of "close every door", in the order to do them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChecklistItem {
    pub message: Message,
    /// The script that does it, if one does (`None` = by hand, the message has the click path).
    #[serde(skip)]
    pub variant: Option<crate::domain::script::Variant>,
    pub status: ItemStatus,
}

/// The apply checklist for the workshop's apply slide and the report: the purchase policy, every
/// related switch, the request path, existing subscriptions and the unattended job. Empty when
/// there is nothing to configure. Following it to the end leaves no route the sources know of
/// open for the blocked products, a request path someone handles, and a job that runs alone.
pub fn apply_checklist(
    scenario: &crate::domain::scenario::Scenario,
    catalog: &crate::domain::catalog::Catalog,
    rec: &Recommendation,
) -> Vec<ChecklistItem> {
    use crate::domain::message::Arg;
    use crate::domain::script::Variant;
    if rec.switches.is_empty() {
        return Vec::new();
    }
    let doors = &scenario.doors;
    let products = scenario.selections.len();
    let item = |message, variant, status| ChecklistItem { message, variant, status };
    let mut out = vec![item(
        Message::new(&k::DOORS_CHECK_POLICY).count("count", products),
        Some(Variant::MsCommerce),
        ItemStatus::Ready,
    )];
    for e in doors.effective(rec) {
        let variant = match e.switch.how() {
            SwitchHow::GraphBeta(_) => Some(Variant::UserOwnedApps),
            SwitchHow::SignUpScripts => Some(Variant::GraphSignupPowerShell),
            SwitchHow::ClickPath(_) => None,
        };
        let (key, status) = match e.setting {
            Some(_) => (&k::DOORS_CHECK_SWITCH, ItemStatus::Ready),
            None => (&k::DOORS_CHECK_SWITCH_OPEN, ItemStatus::Choose),
        };
        let mut m = Message::new(key).with("switch", Arg::Word(e.switch.label_key()));
        if let Some(v) = e.setting {
            m = m.with("setting", Arg::Word(v.label_key()));
        }
        // Sign-up off is only ever scripted (no admin-center switch), so its variant is kept
        // even when left on: the script is how to look at it.
        out.push(item(m.with("path", Arg::Word(e.switch.click_path_key())), variant, status));
    }
    for (name, c) in blocked_product_controls(catalog, rec) {
        // Catalogue text is English research data; the product name is free text, so last.
        let m = Message::new(&k::DOORS_CHECK_CONTROL).arg("control", &c.name).arg("path", &c.path).arg("product", name);
        out.push(item(m, None, ItemStatus::Ready));
    }
    if let Some(section) = licence_request_section(&doors.request, rec) {
        let (key, status) = if section.own_process {
            (&k::DOORS_CHECK_REQUEST_OWN, ItemStatus::Ready)
        } else {
            (&k::DOORS_CHECK_REQUEST_MICROSOFT, ItemStatus::Choose)
        };
        out.push(item(Message::new(key), None, status));
    }
    if rec.follow_ups.iter().any(|f| f.action == FollowUpAction::TakeOverExisting) {
        out.push(item(Message::new(&k::DOORS_CHECK_SUBSCRIPTIONS), Some(Variant::Subscriptions), ItemStatus::Ready));
    }
    out.push(item(Message::new(&k::DOORS_CHECK_GRANT), Some(Variant::UnattendedGrant), ItemStatus::Ready));
    out.push(item(Message::new(&k::DOORS_CHECK_SCHEDULE), Some(Variant::Unattended), ItemStatus::Ready));
    out
}

/// The catalogue's other controls (Cloud Policies, upgrade prompts) of the products that are
/// blocked or limited to trials, with the product's name, in recommendation order; controls
/// that are one of the related switches are left to that switch.
pub fn blocked_product_controls<'c>(
    catalog: &'c crate::domain::catalog::Catalog,
    rec: &'c Recommendation,
) -> Vec<(&'c str, &'c crate::domain::catalog::OtherControl)> {
    use crate::domain::policy::PolicyValue;
    rec.per_product
        .iter()
        .filter(|p| matches!(p.policy, Some(PolicyValue::Disabled | PolicyValue::OnlyTrialsWithoutPaymentMethod)))
        .filter_map(|p| catalog.find(&p.id).map(|prod| (p.name.as_str(), prod)))
        .flat_map(|(name, prod)| prod.other_controls.iter().map(move |c| (name, c)))
        .filter(|(_, c)| c.switch.is_none())
        .collect()
}

#[cfg(test)]
mod tests;
