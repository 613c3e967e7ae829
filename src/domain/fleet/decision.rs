//! One decision as every multi-tenant export reads it: the products with their values, the
//! third-party offer types, the related switches as applied (the user's choice, else the
//! recommendation for the chosen policies: `Doors::effective` on `Derived::applied`, as the
//! single-tenant scripts take them) and whether a licence-request path is set. Flat on purpose:
//! the CIPP, DSC, fidelity and script code never reach into the scenario themselves.
use crate::domain::catalog::Catalog;
use crate::domain::decision::Recommendation;
use crate::domain::derived::Derived;
use crate::domain::policy::{OfferType, PolicyValue};
use crate::domain::scenario::Scenario;
use crate::domain::script::Choice;
use crate::domain::switches::{RelatedSwitch, SwitchSetting};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// The tier's name, or empty for the one decision of the scenario.
    pub name: String,
    /// In selection order, each ProductId once (the first choice wins, as in the scripts).
    pub products: Vec<Choice>,
    pub offer_types: Vec<(OfferType, PolicyValue)>,
    /// Every related switch with the setting to apply; `None` = leave it as each tenant has it.
    pub switches: Vec<(RelatedSwitch, Option<SwitchSetting>)>,
    /// A licence-request page or contact is set (no multi-tenant format carries it).
    pub request_path: bool,
}

impl Decision {
    /// The decision of a scenario with the recommendation worked out for its chosen policies
    /// (`Derived::applied`, which the app already has).
    pub fn of(name: &str, scenario: &Scenario, catalog: &Catalog, applied: &Recommendation) -> Decision {
        let mut products: Vec<Choice> = Vec::new();
        for c in scenario.choices(catalog) {
            if !products.iter().any(|p| p.id == c.id) {
                products.push(c);
            }
        }
        Decision {
            name: name.to_string(),
            products,
            offer_types: scenario.offer_types.iter().map(|(k, v)| (*k, *v)).collect(),
            switches: scenario.doors.effective(applied).into_iter().map(|e| (e.switch, e.setting)).collect(),
            request_path: !scenario.doors.request.is_empty(),
        }
    }

    /// The same, computing what the scenario derives (for a tier that is not on screen).
    pub fn derive(name: &str, scenario: &Scenario, catalog: &Catalog) -> Decision {
        let d = Derived::of(catalog, scenario);
        Decision::of(name, scenario, catalog, &d.applied)
    }

    pub fn switch(&self, s: RelatedSwitch) -> Option<SwitchSetting> {
        self.switches.iter().find(|(x, _)| *x == s).and_then(|(_, v)| *v)
    }

    /// The products set to this value.
    pub fn with_value(&self, v: PolicyValue) -> impl Iterator<Item = &Choice> {
        self.products.iter().filter(move |c| c.value == v)
    }

    /// "Visio Plan 1 (CFQ7TTC0HD33), …": for messages (names are catalogue text).
    pub fn list(&self, v: PolicyValue) -> String {
        self.with_value(v)
            .map(|c| format!("{} ({})", crate::domain::script::comment_text(&c.name), c.id))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
