//! The three values of the `AllowSelfServicePurchase` policy, exactly as MSCommerce spells them.
use crate::i18n::k;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PolicyValue {
    Enabled,
    OnlyTrialsWithoutPaymentMethod,
    Disabled,
}

impl PolicyValue {
    pub const ALL: [PolicyValue; 3] =
        [PolicyValue::Enabled, PolicyValue::OnlyTrialsWithoutPaymentMethod, PolicyValue::Disabled];

    /// The literal the module and the REST endpoint accept.
    pub fn as_str(self) -> &'static str {
        match self {
            PolicyValue::Enabled => "Enabled",
            PolicyValue::OnlyTrialsWithoutPaymentMethod => "OnlyTrialsWithoutPaymentMethod",
            PolicyValue::Disabled => "Disabled",
        }
    }

    /// Translation key of the short label shown to people (Allow / Trials only / Block).
    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            PolicyValue::Enabled => &k::POLICY_ALLOW,
            PolicyValue::OnlyTrialsWithoutPaymentMethod => &k::POLICY_TRIALS,
            PolicyValue::Disabled => &k::POLICY_BLOCK,
        }
    }

    pub fn parse(s: &str) -> Option<PolicyValue> {
        PolicyValue::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

crate::tags!(PolicyValue { Enabled = 1, OnlyTrialsWithoutPaymentMethod = 2, Disabled = 3 });
