//! What each multi-tenant format carries of a decision, as typed rows: per aspect of the decision
//! (the products at each value, the products it leaves alone, offer types, each related switch,
//! the licence-request path) whether the export carries it, rounds it, adds something the
//! decision did not ask for, or drops it, and which of our scripts or exports covers the rest.
//! The facts follow `/work/shared/domain/multi-tenant-2026-12.md` §2 (2026-12-01): CIPP carries
//! Allow and Block but not Trials only, blocks every product not excluded, always closes e-mail
//! sign-up and maps DisableTrials to auto-claim; Microsoft365DSC carries all three values, the
//! trials and Office Store switches (`O365OrgSettings`) and e-mail sign-up
//! (`AADAuthorizationPolicy`), but no auto-claim, Copilot or request process; our loop scripts
//! carry the purchase policy and offer types per tenant.
use super::{Decision, TrialsRounding};
use crate::domain::policy::PolicyValue;
use crate::domain::script::Variant;
use crate::domain::switches::{RelatedSwitch, SwitchSetting};
use crate::i18n::Message;
use crate::i18n::{k, Key};

/// A multi-tenant export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Export {
    Cipp,
    DscConfiguration,
    DscData,
    LoopMsCommerce,
    LoopRest,
}

impl Export {
    pub const ALL: [Export; 5] =
        [Export::Cipp, Export::DscConfiguration, Export::DscData, Export::LoopMsCommerce, Export::LoopRest];

    pub fn label_key(self) -> Key {
        match self {
            Export::Cipp => &k::FLEET_EXPORT_CIPP,
            Export::DscConfiguration => &k::FLEET_EXPORT_DSC_CONFIG,
            Export::DscData => &k::FLEET_EXPORT_DSC_DATA,
            Export::LoopMsCommerce => &k::FLEET_EXPORT_LOOP_MSCOMMERCE,
            Export::LoopRest => &k::FLEET_EXPORT_LOOP_REST,
        }
    }
}

/// One part of a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Aspect {
    /// The products set to this value.
    Products(PolicyValue),
    /// Products the decision does not set (each tenant keeps its value).
    Others,
    OfferTypes,
    Switch(RelatedSwitch),
    RequestPath,
}

impl Aspect {
    pub fn label_key(self) -> Key {
        match self {
            Aspect::Products(PolicyValue::Enabled) => &k::FLEET_ASPECT_ALLOW,
            Aspect::Products(PolicyValue::OnlyTrialsWithoutPaymentMethod) => &k::FLEET_ASPECT_TRIALS,
            Aspect::Products(PolicyValue::Disabled) => &k::FLEET_ASPECT_BLOCK,
            Aspect::Others => &k::FLEET_ASPECT_OTHERS,
            Aspect::OfferTypes => &k::FLEET_ASPECT_OFFER_TYPES,
            Aspect::Switch(s) => s.label_key(),
            Aspect::RequestPath => &k::FLEET_ASPECT_REQUEST,
        }
    }
}

/// What the format does with an aspect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fate {
    /// As decided.
    Carried,
    /// To a nearby value (Trials only → Block or Allow in CIPP).
    Rounded,
    /// Set although the decision leaves it alone (CIPP blocks every product not excluded).
    Added,
    /// Not in this format.
    Dropped,
}

impl Fate {
    pub fn label_key(self) -> Key {
        match self {
            Fate::Carried => &k::FLEET_FATE_CARRIED,
            Fate::Rounded => &k::FLEET_FATE_ROUNDED,
            Fate::Added => &k::FLEET_FATE_ADDED,
            Fate::Dropped => &k::FLEET_FATE_DROPPED,
        }
    }
}

/// What carries an aspect this format rounds or drops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cover {
    /// One of the single-tenant scripts, run in each tenant.
    Script(Variant),
    /// Another multi-tenant export.
    Export(Export),
    /// Only by hand, in each tenant's admin center.
    ByHand,
}

impl Cover {
    /// The label of what covers it: the script's tab label, the export's name, or "by hand".
    pub fn label_key(self) -> Key {
        match self {
            Cover::Script(v) => v.label_key(),
            Cover::Export(e) => e.label_key(),
            Cover::ByHand => &k::FLEET_COVER_BY_HAND,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FidelityRow {
    pub aspect: Aspect,
    pub fate: Fate,
    pub note: Message,
    /// `None` where the fate needs no cover (carried, or nothing can).
    pub cover: Option<Cover>,
}

fn row(aspect: Aspect, fate: Fate, note: Message, cover: Option<Cover>) -> FidelityRow {
    FidelityRow { aspect, fate, note, cover }
}

fn note(key: Key) -> Message {
    Message::new(key)
}

/// The fidelity table of one export for one decision: a row for each aspect the decision sets,
/// and for what the format adds on its own. `trials` is how the CIPP export rounds Trials only
/// (the other formats ignore it).
pub fn fidelity(export: Export, d: &Decision, trials: TrialsRounding) -> Vec<FidelityRow> {
    let mut rows = Vec::new();
    let loop_export = Export::LoopMsCommerce;
    for v in [PolicyValue::Enabled, PolicyValue::OnlyTrialsWithoutPaymentMethod, PolicyValue::Disabled] {
        if d.with_value(v).next().is_none() {
            continue;
        }
        let products = Aspect::Products(v);
        rows.push(match (export, v) {
            (Export::Cipp, PolicyValue::Enabled) => row(
                products,
                Fate::Carried,
                Message::new(&k::FLEET_NOTE_CIPP_EXCLUDED).arg("products", d.list(v)),
                None,
            ),
            (Export::Cipp, PolicyValue::OnlyTrialsWithoutPaymentMethod) => {
                row(products, Fate::Rounded, trials.note(d), Some(Cover::Export(loop_export)))
            }
            _ => row(products, Fate::Carried, note(&k::FLEET_NOTE_CARRIED), None),
        });
    }
    rows.push(match export {
        Export::Cipp => row(Aspect::Others, Fate::Added, note(&k::FLEET_NOTE_CIPP_OTHERS), None),
        _ => row(Aspect::Others, Fate::Carried, note(&k::FLEET_NOTE_LEFT_AS_IS), None),
    });
    if !d.offer_types.is_empty() {
        rows.push(match export {
            Export::Cipp => {
                row(Aspect::OfferTypes, Fate::Dropped, note(&k::FLEET_NOTE_NO_FIELD), Some(Cover::Export(loop_export)))
            }
            Export::DscConfiguration | Export::DscData => row(
                Aspect::OfferTypes,
                Fate::Dropped,
                note(&k::FLEET_NOTE_DSC_OFFER_TYPES),
                Some(Cover::Export(loop_export)),
            ),
            Export::LoopMsCommerce => row(Aspect::OfferTypes, Fate::Carried, note(&k::FLEET_NOTE_CARRIED), None),
            Export::LoopRest => row(Aspect::OfferTypes, Fate::Carried, note(&k::FLEET_NOTE_REST_OFFER_UNTESTED), None),
        });
    }
    for s in RelatedSwitch::ALL {
        if let Some(r) = switch_row(export, s, d.switch(s)) {
            rows.push(r);
        }
    }
    if d.request_path {
        rows.push(row(
            Aspect::RequestPath,
            Fate::Dropped,
            note(&k::FLEET_NOTE_REQUEST),
            Some(Cover::Script(Variant::UserOwnedApps)),
        ));
    }
    rows
}

/// A switch's row; `None` when the decision leaves it and the format does not touch it.
fn switch_row(export: Export, s: RelatedSwitch, setting: Option<SwitchSetting>) -> Option<FidelityRow> {
    let aspect = Aspect::Switch(s);
    let by_hand = Some(Cover::ByHand);
    // CIPP's standard always closes e-mail sign-up, decided or not.
    if export == Export::Cipp && s == RelatedSwitch::SelfServiceSignUp {
        return Some(match setting {
            Some(SwitchSetting::Off) => row(aspect, Fate::Carried, note(&k::FLEET_NOTE_CIPP_SIGN_UP), None),
            Some(SwitchSetting::On) => row(
                aspect,
                Fate::Rounded,
                note(&k::FLEET_NOTE_CIPP_SIGN_UP_ON),
                Some(Cover::Script(Variant::GraphSignupPowerShell)),
            ),
            None => row(aspect, Fate::Added, note(&k::FLEET_NOTE_CIPP_SIGN_UP), None),
        });
    }
    let setting = setting?;
    let trials_or_store = matches!(s, RelatedSwitch::StartTrials | RelatedSwitch::OfficeStore);
    Some(match (export, s) {
        (Export::Cipp, RelatedSwitch::AutoClaim) if setting == SwitchSetting::Off => {
            row(aspect, Fate::Carried, note(&k::FLEET_NOTE_CIPP_AUTO_CLAIM_OFF), None)
        }
        (Export::Cipp, RelatedSwitch::AutoClaim) => row(aspect, Fate::Dropped, note(&k::FLEET_NOTE_ONLY_OFF), by_hand),
        (Export::Cipp, _) if trials_or_store => {
            row(aspect, Fate::Dropped, note(&k::FLEET_NOTE_NO_FIELD), Some(Cover::Export(Export::DscConfiguration)))
        }
        (Export::DscConfiguration, _) if trials_or_store => {
            row(aspect, Fate::Carried, note(&k::FLEET_NOTE_DSC_ORG_SETTINGS), None)
        }
        (Export::DscConfiguration, RelatedSwitch::SelfServiceSignUp) => {
            row(aspect, Fate::Carried, note(&k::FLEET_NOTE_DSC_AUTH_POLICY), None)
        }
        (Export::DscData, _) if trials_or_store || s == RelatedSwitch::SelfServiceSignUp => row(
            aspect,
            Fate::Dropped,
            note(&k::FLEET_NOTE_DATA_COMMERCE_ONLY),
            Some(Cover::Export(Export::DscConfiguration)),
        ),
        (Export::DscConfiguration | Export::DscData, _) => {
            row(aspect, Fate::Dropped, note(&k::FLEET_NOTE_NO_RESOURCE), by_hand)
        }
        (Export::LoopMsCommerce | Export::LoopRest, _) => {
            let cover = match s {
                RelatedSwitch::StartTrials | RelatedSwitch::OfficeStore => {
                    Some(Cover::Export(Export::DscConfiguration))
                }
                RelatedSwitch::SelfServiceSignUp => Some(Cover::Script(Variant::GraphSignupPowerShell)),
                RelatedSwitch::AutoClaim | RelatedSwitch::CopilotMultipleAccounts => by_hand,
            };
            row(aspect, Fate::Dropped, note(&k::FLEET_NOTE_LOOP_POLICY_ONLY), cover)
        }
        (Export::Cipp, _) => row(aspect, Fate::Dropped, note(&k::FLEET_NOTE_NO_FIELD), by_hand),
    })
}
