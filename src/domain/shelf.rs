//! Several named scenarios side by side (issue 24): "Today" and "Proposed", up to
//! [`MAX_SCENARIOS`]. One is active and is the [`Scenario`] every part shows and edits; the
//! others wait on the shelf. Each keeps its own products, seats, policies, answers and
//! assumptions; the money basis (currency and VAT) is shared, because a comparison of euros
//! with pounds, or of net with gross figures, compares nothing.
//!
//! A name is one trimmed line ([`NAME`]). A name left empty is shown as its position's default ("Today", "Proposed", "Scenario 3"),
//! in the reader's language, so that links stay short and a German reader reads "Heute".
use crate::domain::input::TextSpec;
use crate::domain::scenario::Scenario;
use serde::{Deserialize, Serialize};

/// Most scenarios at once: a comparison on a projector has room for two; four leaves room for
/// the variants a workshop argues about without turning the switcher into a menu.
pub const MAX_SCENARIOS: usize = 4;

/// A scenario's name as typed (one line, trimmed).
pub const NAME: TextSpec = TextSpec::new(40);

/// A scenario that is not the active one, with its name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parked {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    pub scenario: Scenario,
}

/// The scenarios besides the active one, and where the active one sits among them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shelf {
    /// The active scenario's name ("" = its position's default).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The active scenario's position among all of them (0 = first).
    #[serde(default)]
    pub position: usize,
    /// The others, in order; the active one sits before `others[position]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub others: Vec<Parked>,
}

/// One entry of the full list, for the switcher and the exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry<'a> {
    pub name: &'a str,
    pub scenario: &'a Scenario,
    pub active: bool,
}

/// Why a shelf read from a link, a file or a saved session is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShelfError {
    TooMany { count: usize },
    Position { position: usize },
    Name { index: usize },
}

/// A scenario's name as shown: its own, or its position's default in `lang`.
pub fn display_name(lang: crate::i18n::Lang, name: &str, index: usize) -> String {
    use crate::i18n::{k, t, tf};
    match (name.is_empty(), index) {
        (false, _) => name.to_string(),
        (true, 0) => t(lang, &k::SHELF_DEFAULT_TODAY),
        (true, 1) => t(lang, &k::SHELF_DEFAULT_PROPOSED),
        (true, i) => tf(lang, &k::SHELF_DEFAULT_OTHER, &[("n", (i + 1).to_string())]),
    }
}

impl Shelf {
    /// The names of all scenarios as shown, in order.
    pub fn names(&self, lang: crate::i18n::Lang) -> Vec<String> {
        let own = std::iter::once(&self.name).chain(self.others.iter().map(|p| &p.name)).collect::<Vec<_>>();
        // `own` has the active one first; put it at its position.
        let mut names: Vec<&String> = own[1..].to_vec();
        names.insert(self.position.min(names.len()), own[0]);
        names.iter().enumerate().map(|(i, n)| display_name(lang, n, i)).collect()
    }

    /// With several scenarios, which one a script applies: said to the reader ("This script
    /// applies “Proposed”, one of 2 scenarios.") and as the script's header line ("Proposed (2
    /// of 2)"). `None` with one scenario: then there is nothing to tell apart.
    pub fn script_of(&self, lang: crate::i18n::Lang) -> Option<(String, String)> {
        use crate::i18n::{k, tf};
        if self.is_single() {
            return None;
        }
        let name = self.names(lang).swap_remove(self.position);
        let n = self.len();
        let said = tf(lang, &k::VS_SCRIPT_OF, &[("name", name.clone()), ("n", n.to_string())]);
        Some((said, format!("{name} ({} of {n})", self.position + 1)))
    }

    /// How many scenarios there are, the active one included (never zero, hence no `is_empty`).
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        self.others.len() + 1
    }

    /// Only the active scenario: nothing to switch to or compare with.
    pub fn is_single(&self) -> bool {
        self.others.is_empty()
    }

    /// Every scenario in order, the active one being `active`.
    pub fn entries<'a>(&'a self, active: &'a Scenario) -> Vec<Entry<'a>> {
        let mut all: Vec<Entry<'a>> =
            self.others.iter().map(|p| Entry { name: &p.name, scenario: &p.scenario, active: false }).collect();
        let at = self.position.min(all.len());
        all.insert(at, Entry { name: &self.name, scenario: active, active: true });
        all
    }

    /// The scenario at `index` (the active one is `active`).
    pub fn get<'a>(&'a self, active: &'a Scenario, index: usize) -> Option<&'a Scenario> {
        self.entries(active).get(index).map(|e| e.scenario)
    }

    fn other_index(&self, index: usize) -> Option<usize> {
        match index.cmp(&self.position) {
            std::cmp::Ordering::Less => Some(index),
            std::cmp::Ordering::Equal => None,
            std::cmp::Ordering::Greater => Some(index - 1).filter(|&i| i < self.others.len()),
        }
    }

    /// Makes the scenario at `index` the active one; `active` is parked in its place.
    pub fn switch_to(&mut self, active: &mut Scenario, index: usize) {
        let Some(i) = self.other_index(index) else { return };
        let parked = self.others.remove(i);
        let here = Parked { name: std::mem::replace(&mut self.name, parked.name), scenario: active.clone() };
        self.others.insert(self.position.min(self.others.len()), here);
        *active = parked.scenario;
        self.position = index;
    }

    /// Adds a copy of the active scenario after the last one and makes it active. Refused (false)
    /// when there are already [`MAX_SCENARIOS`].
    pub fn duplicate(&mut self, active: &Scenario) -> bool {
        if self.len() >= MAX_SCENARIOS {
            return false;
        }
        let here = Parked { name: std::mem::take(&mut self.name), scenario: active.clone() };
        self.others.insert(self.position.min(self.others.len()), here);
        self.position = self.others.len();
        true
    }

    /// Removes the scenario at `index`; removing the active one makes its neighbour active.
    /// The last scenario cannot be removed.
    pub fn remove(&mut self, active: &mut Scenario, index: usize) {
        if self.is_single() || index >= self.len() {
            return;
        }
        if let Some(i) = self.other_index(index) {
            self.others.remove(i);
            if i < self.position {
                self.position -= 1;
            }
        } else {
            let next = self.position.min(self.others.len() - 1);
            let parked = self.others.remove(next);
            *active = parked.scenario;
            self.name = parked.name;
            self.position = next;
        }
    }

    /// Names the scenario at `index`; the text is cleaned as [`NAME`] says.
    pub fn rename(&mut self, index: usize, name: &str) {
        let name = NAME.clean(name.trim()).trim().to_string();
        match self.other_index(index) {
            None if index == self.position => self.name = name,
            Some(i) => self.others[i].name = name,
            None => {}
        }
    }

    /// Carries the active scenario's money basis to the others (see the module header).
    pub fn share_money_basis(&mut self, active: &Scenario) {
        for p in &mut self.others {
            p.scenario.pricing.currency = active.pricing.currency;
            p.scenario.pricing.vat = active.pricing.vat.clone();
        }
    }

    /// The shape rules a shelf from outside must meet (each parked scenario is validated as a
    /// scenario by the reader that brought it).
    pub fn check(&self) -> Result<(), ShelfError> {
        if self.len() > MAX_SCENARIOS {
            return Err(ShelfError::TooMany { count: self.len() });
        }
        if self.position > self.others.len() {
            return Err(ShelfError::Position { position: self.position });
        }
        let names = std::iter::once(&self.name).chain(self.others.iter().map(|p| &p.name));
        for (index, name) in names.enumerate() {
            if !NAME.accepts(name) || name.trim() != name {
                return Err(ShelfError::Name { index });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::Catalog;
    use crate::domain::ids::ProductId;
    use crate::domain::money::Currency;
    use crate::domain::policy::PolicyValue;
    use proptest::prelude::*;

    fn scenario(seats: u32) -> Scenario {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        let id = ProductId::parse("CFQ7TTC0H9MP").unwrap();
        s.toggle(&c, &id);
        s.set_seats(&id, seats);
        s
    }

    fn seats_in_order(shelf: &Shelf, active: &Scenario) -> Vec<u32> {
        shelf.entries(active).iter().map(|e| e.scenario.selections[0].seats).collect()
    }

    #[test]
    fn duplicate_switch_rename_and_remove_keep_every_scenario_once_and_in_order() {
        let mut active = scenario(10);
        let mut shelf = Shelf::default();
        assert!(shelf.is_single());
        assert!(shelf.duplicate(&active));
        // The copy is active and last; the original is parked first.
        assert_eq!(shelf.position, 1);
        active.set_seats(&active.selections[0].id.clone(), 20);
        assert_eq!(seats_in_order(&shelf, &active), vec![10, 20]);
        shelf.rename(0, "  As is ");
        shelf.rename(1, "To be");
        assert_eq!(shelf.entries(&active).iter().map(|e| e.name).collect::<Vec<_>>(), vec!["As is", "To be"]);

        shelf.switch_to(&mut active, 0);
        assert_eq!(active.selections[0].seats, 10);
        assert_eq!(shelf.name, "As is");
        assert_eq!(seats_in_order(&shelf, &active), vec![10, 20], "switching keeps the order");

        assert!(shelf.duplicate(&active));
        assert!(shelf.duplicate(&active));
        assert_eq!(shelf.len(), MAX_SCENARIOS);
        assert!(!shelf.duplicate(&active), "a fifth is refused");
        assert_eq!(seats_in_order(&shelf, &active), vec![10, 20, 10, 10]);

        // Removing the active one makes its neighbour active.
        shelf.switch_to(&mut active, 1);
        shelf.remove(&mut active, 1);
        assert_eq!(shelf.len(), 3);
        assert_eq!(seats_in_order(&shelf, &active), vec![10, 10, 10]);
        assert!(shelf.check().is_ok());
    }

    #[test]
    fn the_money_basis_is_shared_but_policies_are_not() {
        let mut active = scenario(10);
        let mut shelf = Shelf::default();
        shelf.duplicate(&active);
        let id = active.selections[0].id.clone();
        let before = active.selections[0].policy;
        let other = if before == PolicyValue::Disabled { PolicyValue::Enabled } else { PolicyValue::Disabled };
        active.set_policy(&Catalog::embedded(), &id, other);
        active.pricing.currency = Currency::EUR;
        shelf.share_money_basis(&active);
        assert_eq!(shelf.others[0].scenario.pricing.currency, Currency::EUR);
        assert_eq!(shelf.others[0].scenario.selections[0].policy, before);
    }

    #[test]
    fn a_shelf_from_outside_is_checked() {
        let active = scenario(1);
        let mut shelf = Shelf { position: 2, ..Shelf::default() };
        assert_eq!(shelf.check(), Err(ShelfError::Position { position: 2 }));
        shelf.position = 0;
        shelf.others = vec![Parked { name: "x\ny".into(), scenario: active.clone() }];
        assert_eq!(shelf.check(), Err(ShelfError::Name { index: 1 }));
        shelf.others = vec![Parked { name: String::new(), scenario: active.clone() }; 4];
        assert_eq!(shelf.check(), Err(ShelfError::TooMany { count: 5 }));
    }

    proptest! {
        /// Whatever the user does, the scenarios are the same multiset as before, only moved.
        #[test]
        fn operations_never_lose_or_invent_a_scenario(ops in prop::collection::vec((0u8..4, 0usize..5), 0..30)) {
            let mut active = scenario(1);
            let mut shelf = Shelf::default();
            let mut next_seats = 2;
            for (op, index) in ops {
                let before: Vec<u32> = seats_in_order(&shelf, &active);
                match op {
                    0 => {
                        let added = shelf.duplicate(&active);
                        prop_assert_eq!(added, before.len() < MAX_SCENARIOS);
                        // Mark the copy so each scenario stays distinguishable.
                        if added {
                            let id = active.selections[0].id.clone();
                            active.set_seats(&id, next_seats);
                            next_seats += 1;
                        }
                    }
                    1 => {
                        shelf.switch_to(&mut active, index);
                        let mut a = before.clone();
                        let mut b = seats_in_order(&shelf, &active);
                        a.sort_unstable();
                        b.sort_unstable();
                        prop_assert_eq!(a, b);
                        if index < before.len() {
                            prop_assert_eq!(active.selections[0].seats, before[index]);
                        }
                    }
                    2 => {
                        shelf.remove(&mut active, index);
                        let after = seats_in_order(&shelf, &active);
                        if before.len() > 1 && index < before.len() {
                            let mut expected = before.clone();
                            expected.remove(index);
                            prop_assert_eq!(after, expected);
                        } else {
                            prop_assert_eq!(after, before);
                        }
                    }
                    _ => shelf.rename(index, "n"),
                }
                prop_assert!(shelf.check().is_ok());
                prop_assert!(shelf.len() <= MAX_SCENARIOS);
            }
        }
    }
}
