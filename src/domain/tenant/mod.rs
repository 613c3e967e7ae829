//! The tenant's real state, read from what an admin pastes: the output of
//! `Get-MSCommerceProductPolicies` as `ConvertTo-Json` (Windows PowerShell 5.1 or 7: an array, a
//! single object), as `Export-Csv` (with or without the `#TYPE` line, `,` or `;`, quoted or not,
//! CRLF or LF, with or without a BOM), as the console table the cmdlet prints by default or
//! `Format-Table` prints with any of its columns in any order (the scripts' own audit puts
//! ProductName first; columns fixed by the ruler of dashes; names cut short with `...` or `…`
//! are fine: rows are keyed by ProductId), MSCommerce 1.x output with an `Enabled` True/False column, and the unofficial REST
//! shape `{"items":[…]}`; offer-type rows (SaaS, …) too. Every row is parsed into validated
//! types or reported with its line number and skipped, never guessed; nothing usable means an
//! error that names the formats that work. The read-only subscription list (issue 13,
//! `subscriptions.rs`) pastes into the same place and is recognised by its `skuPartNumber`. Names are kept as text only (they never reach a
//! script except through the quoting rules).
mod drift;
pub(crate) mod parse;
mod subscriptions;

#[cfg(test)]
mod tests;

pub use drift::{drift, Chosen, Drift, DriftRow, Named};
pub use parse::parse;
pub use subscriptions::{
    looks_like_subscriptions, months_until, parse_subscriptions, takeover_plan, Subscription, SubscriptionTerm,
    TakeOverPlan, TakeOverRow,
};

use crate::domain::ids::ProductId;
use crate::domain::policy::{OfferType, PolicyValue};
use crate::domain::problem::Problem;
use crate::i18n::k;
use crate::i18n::Message;
use serde::{Deserialize, Serialize};

/// Largest paste or file accepted, checked before anything is parsed.
pub const MAX_BYTES: usize = 1024 * 1024;

/// What one row is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Item {
    Product(ProductId),
    Offer(OfferType),
}

impl Item {
    /// As the tenant writes it: the ProductId, or the offer type's name.
    pub fn code(&self) -> String {
        match self {
            Item::Product(id) => id.to_string(),
            Item::Offer(o) => o.as_str().to_string(),
        }
    }
}

/// The refusal of a paste or file over [`MAX_BYTES`], the same for both routes in.
pub fn too_large() -> Problem {
    Problem::whole(Message::new(&k::TENANT_ERR_TOO_LARGE).count("max_kb", MAX_BYTES / 1024))
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub item: Item,
    /// The name the tenant reported (may be cut short by the console table).
    pub name: String,
    pub value: PolicyValue,
}

/// The format the text was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    Json,
    Rest,
    Csv,
    Table,
    /// The read-only subscription list (`GET /directory/subscriptions`): no policy rows.
    Subscriptions,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantState {
    pub format: Format,
    /// In the order read, each item once.
    pub rows: Vec<Row>,
    /// Existing subscriptions and trials, when the subscription list was pasted (issue 13).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subscriptions: Vec<Subscription>,
}

impl TenantState {
    /// A new import on top of the previous one: a subscription list keeps the previous policy
    /// rows, and a policy paste keeps the previous subscriptions, so the admin can paste both
    /// outputs one after the other.
    pub fn merged_with(mut self, previous: Option<&TenantState>) -> TenantState {
        let Some(prev) = previous else { return self };
        if self.format == Format::Subscriptions {
            self.format = prev.format;
            self.rows = prev.rows.clone();
        } else if self.subscriptions.is_empty() {
            self.subscriptions = prev.subscriptions.clone();
        }
        self
    }

    pub fn value_of(&self, item: &Item) -> Option<PolicyValue> {
        self.rows.iter().find(|r| &r.item == item).map(|r| r.value)
    }
}
