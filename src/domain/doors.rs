//! "Close every door, not one" (issue 13): what else, besides the per-product purchase policy,
//! lets employees buy, trial or bring a product, and the licence-request path that catches the
//! demand a block creates. Owns the user's explicit choices for the related switches and the
//! request page/contact ([`Doors`], a scenario field) and the report-ready licence-request
//! section ([`licence_request_section`]); the switches themselves are vocabulary below the
//! catalogue (`domain::switches`, re-exported here), and the apply checklist that reads the
//! scenario sits above it (`domain::checklist`). Which setting each switch should have is
//! decided by rules in the decision table (`Outcome::Switch`), so the "why" is a rule row; this
//! module only adds the user's override on top.
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
use crate::domain::decision::{FollowUpAction, Recommendation};
use crate::domain::ids::ProductId;
use crate::domain::input::{TextSpec, UrlSpec};
pub use crate::domain::switches::{RelatedSwitch, SwitchHow, SwitchSetting};
use crate::i18n::Message;
use crate::i18n::{k, Lang};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
            (Some(c), Some(r)) if c != r => {
                Some(Message::new(&k::DOORS_SETTING_CHOSEN).with("recommended", crate::i18n::Arg::Word(r.label_key())))
            }
            (Some(_), None) => Some(Message::new(&k::DOORS_SETTING_CHOSEN_NO_RULE)),
            _ => None,
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

#[cfg(test)]
mod tests;
