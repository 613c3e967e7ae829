//! The related switches: what else, next to the per-product purchase policy, opens a route to a
//! product ([`RelatedSwitch`]), how each is set ([`SwitchHow`]) and its two settings
//! ([`SwitchSetting`]). Vocabulary the catalogue (a product's other controls), the decision
//! rules, the scripts and links share; the user's choices for them are `doors::Doors`.
//! Sources: see `domain::doors`.
use crate::i18n::{k, Key};
use serde::{Deserialize, Serialize};

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

impl SwitchSetting {
    pub fn code(self) -> &'static str {
        match self {
            SwitchSetting::On => "on",
            SwitchSetting::Off => "off",
        }
    }
}
