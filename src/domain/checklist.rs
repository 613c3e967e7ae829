//! "Close every door" as steps (issue 13): the apply checklist for the workshop's apply slide and
//! the report, from the scenario, the catalogue's other controls and the recommendation. Above the
//! scenario, which holds the door choices (`doors::Doors`) it reads.
use crate::domain::decision::{FollowUpAction, Recommendation};
use crate::domain::doors::licence_request_section;
use crate::domain::switches::SwitchHow;
use crate::i18n::{k, Message};
use serde::Serialize;

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
    use crate::domain::script::Variant;
    use crate::i18n::Arg;
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
