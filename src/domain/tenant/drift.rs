//! The tenant's imported state set against the scenario: for each product the tenant has, its
//! current value beside the chosen and the recommended one and whether the script changes it;
//! products the catalogue does not know (new since the catalogue date, enabled by default);
//! catalogue products the tenant did not return; and products left enabled that nobody chose.
use super::{Item, Row, TenantState};
use crate::domain::catalog::Catalog;
use crate::domain::decision::Recommendation;
use crate::domain::ids::ProductId;
use crate::domain::policy::PolicyValue;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DriftRow {
    pub item: Item,
    pub name: String,
    pub current: PolicyValue,
    /// The value the scripts set (`None` = not chosen: left as it is).
    pub chosen: Option<PolicyValue>,
    pub recommended: Option<PolicyValue>,
}

impl DriftRow {
    pub fn changes(&self) -> bool {
        self.chosen.is_some_and(|c| c != self.current)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drift {
    /// Every product and offer type the tenant returned that the catalogue knows.
    pub rows: Vec<DriftRow>,
    /// Returned by the tenant, unknown to the catalogue (add them as custom products).
    pub unknown: Vec<Row>,
    /// In the catalogue (and not retired), not returned by the tenant: not sold in this
    /// tenant's market, retired, or not offered to it.
    pub not_returned: Vec<ProductId>,
    /// Enabled in the tenant and not chosen in the scenario: purchases open that nobody decided.
    pub enabled_unchosen: Vec<Named>,
}

/// An item with the name a person knows it by: a list of bare ProductIds tells an admin
/// nothing about what is open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub item: Item,
    /// The catalogue's name, else the one the tenant reported (possibly cut short); may be empty.
    pub name: String,
}

impl Named {
    /// "Power Apps Premium (CFQ7TTC0LH2H)"; the ID alone when there is no other name.
    pub fn label(&self) -> String {
        let code = self.item.code();
        if self.name.is_empty() || self.name.eq_ignore_ascii_case(&code) {
            code
        } else {
            format!("{} ({code})", self.name)
        }
    }
}

/// What a scenario chose for a product or offer type (`None`: not chosen, left as it is). The
/// scenario implements it; drift needs nothing else of it, so the tenant's state stays below the
/// scenario that holds it.
pub trait Chosen {
    fn chosen(&self, item: &Item) -> Option<PolicyValue>;
}

pub fn drift(state: &TenantState, scenario: &impl Chosen, catalog: &Catalog, rec: Option<&Recommendation>) -> Drift {
    let mut rows = Vec::new();
    let mut unknown = Vec::new();
    for r in &state.rows {
        let (known, chosen, recommended) = match &r.item {
            Item::Product(id) => match catalog.find(id) {
                None => (false, None, None),
                Some(p) => (
                    true,
                    scenario.chosen(&Item::Product(p.id.clone())),
                    rec.and_then(|r| r.product(&p.id)).and_then(|r| r.policy),
                ),
            },
            Item::Offer(_) => (true, scenario.chosen(&r.item), None),
        };
        if known {
            rows.push(DriftRow { item: r.item.clone(), name: r.name.clone(), current: r.value, chosen, recommended });
        } else {
            unknown.push(r.clone());
        }
    }
    let returned = |p: &crate::domain::catalog::Product| {
        state.rows.iter().any(|r| match &r.item {
            Item::Product(id) => id == &p.id || p.legacy_ids.contains(id),
            Item::Offer(_) => false,
        })
    };
    let not_returned = catalog
        .products
        .iter()
        .filter(|p| !p.custom && !p.is_retired_on(catalog.as_of) && !returned(p))
        .map(|p| p.id.clone())
        .collect();
    let named = |item: &Item, reported: &str| Named {
        item: item.clone(),
        name: match item {
            Item::Product(id) => catalog.find(id).map_or(reported, |p| p.name.as_str()).to_string(),
            Item::Offer(_) => reported.to_string(),
        },
    };
    let enabled_unchosen = rows
        .iter()
        .filter(|r| r.current == PolicyValue::Enabled && r.chosen.is_none())
        .map(|r| named(&r.item, &r.name))
        .chain(unknown.iter().filter(|r| r.value == PolicyValue::Enabled).map(|r| named(&r.item, &r.name)))
        .collect();
    Drift { rows, unknown, not_returned, enabled_unchosen }
}
