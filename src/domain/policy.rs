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

/// The third-party offer types `Update-MSCommerceProductPolicy -OfferType` takes (MSCommerce
/// 2.0+): apps and add-ins sold by others through Microsoft. They take Enabled or Disabled only.
/// The set is the module's ValidateSet (MS Learn allowselfservicepurchase-powershell, 2024-10-10
/// and 2025-05-02), so it is a type, not catalogue data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum OfferType {
    #[serde(rename = "SaaS")]
    Saas,
    #[serde(rename = "POWERBIVISUALS")]
    PowerBiVisuals,
    #[serde(rename = "DYNAMICSCE")]
    DynamicsCe,
    #[serde(rename = "DYNAMICSBC")]
    DynamicsBc,
}

impl OfferType {
    pub const ALL: [OfferType; 4] =
        [OfferType::Saas, OfferType::PowerBiVisuals, OfferType::DynamicsCe, OfferType::DynamicsBc];
    /// The values an offer type can be set to.
    pub const VALUES: [PolicyValue; 2] = [PolicyValue::Enabled, PolicyValue::Disabled];

    /// The literal `-OfferType` takes.
    pub fn as_str(self) -> &'static str {
        match self {
            OfferType::Saas => "SaaS",
            OfferType::PowerBiVisuals => "POWERBIVISUALS",
            OfferType::DynamicsCe => "DYNAMICSCE",
            OfferType::DynamicsBc => "DYNAMICSBC",
        }
    }

    /// What speaks for and against allowing it, shown next to the choice.
    pub fn note_key(self) -> crate::i18n::Key {
        use crate::i18n::k;
        match self {
            OfferType::Saas => &k::OFFER_SAAS_NOTE,
            OfferType::PowerBiVisuals => &k::OFFER_POWERBIVISUALS_NOTE,
            OfferType::DynamicsCe | OfferType::DynamicsBc => &k::OFFER_DYNAMICS_NOTE,
        }
    }

    pub fn label_key(self) -> crate::i18n::Key {
        use crate::i18n::k;
        match self {
            OfferType::Saas => &k::OFFER_SAAS,
            OfferType::PowerBiVisuals => &k::OFFER_POWERBIVISUALS,
            OfferType::DynamicsCe => &k::OFFER_DYNAMICSCE,
            OfferType::DynamicsBc => &k::OFFER_DYNAMICSBC,
        }
    }
}

crate::tags!(OfferType { Saas = 1, PowerBiVisuals = 2, DynamicsCe = 3, DynamicsBc = 4 });
