//! Fixtures several test modules share (test builds only): the shipped catalogue's ProductIds by
//! name, a ProductId from text, a shipped product and its decision facts.
use crate::domain::catalog::{Catalog, Product};
use crate::domain::decision::ProductFacts;
use crate::domain::ids::ProductId;
use crate::domain::money::Currency;

/// Power BI Pro: a card trial only (Trials only is refused), $14.
pub const PBI: &str = "CFQ7TTC0H9MP";
/// Microsoft 365 Copilot: trial kind unknown, $30, annual term only.
pub const COPILOT: &str = "CFQ7TTC0MM8R";
/// Visio Plan 1: a no-card trial, $5.
pub const VISIO1: &str = "CFQ7TTC0HD33";
/// Visio Plan 2: a card trial, $15.
pub const VISIO2: &str = "CFQ7TTC0HD32";
/// Planner and Project Plan 1: a no-card trial, $10.
pub const PLANNER1: &str = "CFQ7TTC0HDB1";
/// Project Plan 3.
pub const PROJECT: &str = "CFQ7TTC0HDB0";
/// Power Apps Premium.
pub const POWER_APPS: &str = "CFQ7TTC0LH2H";
/// Teams Premium.
pub const TEAMS_PREMIUM: &str = "CFQ7TTC0RM8K";
/// Viva Goals: retired 2025-12-31.
pub const VIVA: &str = "CFQ7TTC0PW0V";
/// Teams Exploratory: a no-card trial, no price.
pub const EXPLORATORY: &str = "CFQ7TTC0J1FV";

/// A ProductId the test knows to be valid.
pub fn pid(s: &str) -> ProductId {
    ProductId::parse(s).unwrap()
}

/// A product of the shipped catalogue.
pub fn shipped(id: &str) -> Product {
    Catalog::embedded().find(&pid(id)).unwrap().clone()
}

/// A shipped product's facts for the decision, in US dollars at the catalogue's date.
pub fn facts(id: &str, seats: u32) -> ProductFacts {
    let c = Catalog::embedded();
    ProductFacts::from_product(c.find(&pid(id)).unwrap(), seats, Currency::USD, c.as_of)
}
