//! Tiers: an MSP's baselines ("Locked", "Trials only", "Power BI allowed"), each a named decision
//! (a saved scenario), and the tenants assigned to them. [`Fleet`] is what the UI stores and
//! saves as its own versioned file (`{"version": 1, "tiers": […], "tenants": […]}`); it holds
//! tenant data, so it is never part of a scenario and never put into a link. A tier's scenario
//! is stored without any imported tenant state (that belongs to the matrix). Reading a file
//! validates everything: the version, each tier's name and scenario (the scenario file's own
//! validation), each tenant, that no tenant is there twice and that every assignment names a
//! tier; any problem refuses the whole file.
use super::{Decision, Tenant, TenantStateOf, MAX_TENANTS};
use crate::domain::catalog::Catalog;
use crate::domain::input::TextSpec;
use crate::domain::problem::{plain_json_error, Problem};
use crate::domain::scenario::Scenario;
use crate::i18n::k;
use crate::i18n::Message;
use serde::{Deserialize, Serialize};

/// The fleet file's format version (a later format keeps reading this one).
pub const FLEET_FILE_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tier {
    pub name: String,
    pub scenario: Scenario,
}

impl Tier {
    /// A tier's name: one line, short enough for a CIPP template name and a file name.
    pub const NAME: TextSpec = TextSpec::new(60);
    /// Most tiers one fleet holds.
    pub const MAX: usize = 20;
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierTenant {
    #[serde(flatten)]
    pub tenant: Tenant,
    /// The tier's name; `None` = not assigned yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fleet {
    pub version: u32,
    #[serde(default)]
    pub tiers: Vec<Tier>,
    #[serde(default)]
    pub tenants: Vec<TierTenant>,
}

impl Default for Fleet {
    fn default() -> Self {
        Fleet { version: FLEET_FILE_VERSION, tiers: Vec::new(), tenants: Vec::new() }
    }
}

impl Fleet {
    /// Saves `scenario` as a tier (replacing a tier of the same name, ignoring case). The
    /// scenario's imported tenant state is not kept.
    pub fn save_tier(&mut self, name: &str, scenario: &Scenario) -> Result<(), Message> {
        let name = Tier::NAME.clean(name.trim()).trim().to_string();
        if name.is_empty() {
            return Err(Message::new(&k::FLEET_ERR_TIER_NAME).count("max", Tier::NAME.max_chars));
        }
        let scenario = Scenario { tenant: None, ..scenario.clone() };
        let full = self.tiers.len() >= Tier::MAX;
        match self.tiers.iter_mut().find(|t| t.name.eq_ignore_ascii_case(&name)) {
            Some(t) => t.scenario = scenario,
            None if full => return Err(Message::new(&k::FLEET_ERR_TOO_MANY_TIERS).count("max", Tier::MAX)),
            None => self.tiers.push(Tier { name, scenario }),
        }
        Ok(())
    }

    /// Removes a tier; its tenants become unassigned.
    pub fn remove_tier(&mut self, name: &str) {
        self.tiers.retain(|t| t.name != name);
        for t in &mut self.tenants {
            if t.tier.as_deref() == Some(name) {
                t.tier = None;
            }
        }
    }

    /// Replaces the tenant list, keeping the tier of every tenant that was there before.
    pub fn set_tenants(&mut self, tenants: Vec<Tenant>) {
        let previous = std::mem::take(&mut self.tenants);
        self.tenants = tenants
            .into_iter()
            .map(|t| {
                let tier = previous.iter().find(|p| p.tenant.same_as(&t)).and_then(|p| p.tier.clone());
                TierTenant { tenant: t, tier }
            })
            .collect();
    }

    /// Assigns tenant `index` to a tier (`None` = unassigned); an unknown tier name is refused.
    pub fn assign(&mut self, index: usize, tier: Option<&str>) -> Result<(), Message> {
        if let Some(name) = tier {
            if !self.tiers.iter().any(|t| t.name == name) {
                return Err(Message::new(&k::FLEET_ERR_TIER_UNKNOWN).arg("name", name));
            }
        }
        if let Some(t) = self.tenants.get_mut(index) {
            t.tier = tier.map(str::to_string);
        }
        Ok(())
    }

    pub fn tier(&self, name: &str) -> Option<&Tier> {
        self.tiers.iter().find(|t| t.name == name)
    }

    /// The tenants assigned to a tier, in list order.
    pub fn tenants_of(&self, tier: &str) -> Vec<Tenant> {
        self.tenants.iter().filter(|t| t.tier.as_deref() == Some(tier)).map(|t| t.tenant.clone()).collect()
    }

    /// The tier of a tenant in a state paste, found through the tenant list.
    pub fn tier_of(&self, state: &TenantStateOf) -> Option<&Tier> {
        let assigned = self.tenants.iter().find(|t| state.key.names(&t.tenant))?;
        self.tier(assigned.tier.as_deref()?)
    }

    /// The decision of every tier, for the exports (one CIPP template, one DSC data file and one
    /// loop script per tier), with the tier's tenants.
    pub fn decisions(&self, catalog: &Catalog) -> Vec<(Decision, Vec<Tenant>)> {
        self.tiers.iter().map(|t| (Decision::derive(&t.name, &t.scenario, catalog), self.tenants_of(&t.name))).collect()
    }

    /// The tenants assigned to no tier, in list order (they take the scenario on screen).
    pub fn unassigned(&self) -> Vec<Tenant> {
        self.tenants.iter().filter(|t| t.tier.is_none()).map(|t| t.tenant.clone()).collect()
    }

    /// What the exports are made for: each tier's decision with its tenants, and `current` (the
    /// scenario on screen) with the tenants of no tier, when there are no tiers or such tenants.
    pub fn targets(&self, current: Decision, catalog: &Catalog) -> Vec<(Decision, Vec<Tenant>)> {
        let mut out = self.decisions(catalog);
        let rest = self.unassigned();
        if out.is_empty() || !rest.is_empty() {
            out.insert(0, (current, rest));
        }
        out
    }

    /// The drift matrix with each tenant set against its tier.
    pub fn matrix(&self, states: &[TenantStateOf], catalog: &Catalog) -> super::Matrix {
        super::matrix(states, |s| self.tier_of(s).map(|t| (t.name.as_str(), &t.scenario)), catalog)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a fleet file; any problem refuses it whole.
    pub fn from_json(text: &str, catalog: &Catalog) -> Result<Fleet, Vec<Problem>> {
        if text.len() > super::MAX_COMBINED_BYTES {
            return Err(vec![super::too_large(super::MAX_COMBINED_BYTES)]);
        }
        let value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
            .map_err(|e| vec![Problem::whole(plain_json_error(&e))])?;
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v == u64::from(FLEET_FILE_VERSION) => {}
            other => {
                let shown = other.map_or_else(|| "?".to_string(), |v| v.to_string());
                return Err(vec![Problem::new("version", Message::new(&k::FLEET_ERR_VERSION).arg("version", shown))]);
            }
        }
        let fleet: Fleet = serde_json::from_value(value).map_err(|e| vec![Problem::whole(plain_json_error(&e))])?;
        let problems = fleet.validate(catalog);
        if problems.is_empty() {
            Ok(fleet)
        } else {
            Err(problems)
        }
    }

    /// Every problem of a fleet (what [`Fleet::from_json`] refuses).
    pub fn validate(&self, catalog: &Catalog) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.tiers.len() > Tier::MAX {
            out.push(Problem::new("tiers", Message::new(&k::FLEET_ERR_TOO_MANY_TIERS).count("max", Tier::MAX)));
        }
        if self.tenants.len() > MAX_TENANTS {
            out.push(super::too_many().under("tenants"));
        }
        for (i, t) in self.tiers.iter().enumerate() {
            let path = format!("tiers[{i}]");
            if t.name.is_empty() || !Tier::NAME.accepts(&t.name) || t.name.trim() != t.name {
                out.push(Problem::new(
                    format!("{path}.name"),
                    Message::new(&k::FLEET_ERR_TIER_NAME).count("max", Tier::NAME.max_chars),
                ));
            }
            if self.tiers[..i].iter().any(|x| x.name.eq_ignore_ascii_case(&t.name)) {
                out.push(Problem::new(
                    format!("{path}.name"),
                    Message::new(&k::FLEET_ERR_TIER_TWICE).arg("name", &t.name),
                ));
            }
            if t.scenario.tenant.is_some() {
                out.push(Problem::new(format!("{path}.scenario.tenant"), Message::new(&k::SHARE_ERR_INVALID_VALUE)));
            }
            out.extend(
                crate::domain::share::validate(&t.scenario, catalog)
                    .into_iter()
                    .map(|p| p.under(&format!("{path}.scenario"))),
            );
        }
        for (i, t) in self.tenants.iter().enumerate() {
            let path = format!("tenants[{i}]");
            if !t.tenant.is_valid() {
                out.push(Problem::new(path.clone(), Message::new(&k::FLEET_ERR_NO_TENANT)));
            }
            if self.tenants[..i].iter().any(|x| x.tenant.same_as(&t.tenant)) {
                out.push(Problem::new(
                    path.clone(),
                    Message::new(&k::FLEET_ERR_TENANT_TWICE).arg("tenant", t.tenant.address()),
                ));
            }
            if let Some(name) = &t.tier {
                if self.tier(name).is_none() {
                    out.push(Problem::new(
                        format!("{path}.tier"),
                        Message::new(&k::FLEET_ERR_TIER_UNKNOWN).arg("name", name),
                    ));
                }
            }
        }
        out
    }
}

/// A scenario file with the tenant list and tiers when `fleet` is given (the user ticked that
/// files carry tenant data): the file format's writer with this module's part in it.
pub fn saved_file(
    s: &Scenario,
    shelf: &crate::domain::shelf::Shelf,
    custom: &[crate::domain::custom::SharedCustom],
    fleet: Option<&Fleet>,
    saved_at: crate::domain::date::Date,
) -> String {
    crate::domain::share::to_file_with_fleet(s, shelf, custom, fleet, saved_at)
}

/// Reads a scenario file and the tenant list and tiers it carries, if any. A fleet that is
/// wrong refuses the whole file, with paths under `fleet`: nothing is half-opened.
pub fn read_saved(
    text: &str,
    catalog: &Catalog,
) -> Result<(crate::domain::share::SavedFile, Option<Fleet>), Vec<Problem>> {
    let saved = crate::domain::share::read_file(text, catalog)?;
    let fleet = match &saved.fleet {
        None => None,
        Some(v) => Some(
            Fleet::from_json(&v.to_string(), catalog)
                .map_err(|ps| ps.into_iter().map(|p| p.under("fleet")).collect::<Vec<_>>())?,
        ),
    };
    Ok((saved, fleet))
}
