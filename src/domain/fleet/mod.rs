//! One decision for many tenants (issue 25): the formats managed service providers already run,
//! a tenant list and one script for all of them, a tenant × product drift matrix, and tiers.
//!
//! * `tenants`: the tenant list (CSV with tenant ID and/or primary domain and a display name),
//!   validated types [`TenantId`] and [`TenantDomain`], every bad or repeated row reported with
//!   its line.
//! * `states`: what every tenant has now, from one combined paste (a column `Tenant`,
//!   `TenantId` or `TenantDomain` beside any format the single-tenant import reads; the same
//!   field reader, `tenant::parse::fields`) or from several named single-tenant pastes.
//! * `matrix`: tenant × product, current against the decision of the tenant's tier, with counts
//!   per tenant and per product, unknown products per tenant, a per-tenant diff-only script and
//!   a CSV export.
//! * `cipp`, `dsc`: a CIPP standards template and Microsoft365DSC configuration and data file,
//!   each with a [`fidelity`] table (what the format carries, rounds, adds and drops, and which
//!   script of ours covers the rest).
//! * `scripts`: the multi-tenant loop (interactive MSCommerce per tenant, or the unofficial REST
//!   endpoint with an app consented in each tenant) and the read-only collector.
//! * `tiers`: named decisions (saved scenarios), tenants assigned to them, the versioned file.
//! * `rollout`: the "rolling this out" sentences for the workshop and the report.
//!
//! Field names, resource names and file shapes follow `/work/shared/domain/multi-tenant-2026-12.md`
//! (research of 2026-12-01; repositories, paths and commits are cited in each submodule).
//!
//! Tenant data (IDs, domains, names, states) is never part of a [`Scenario`](crate::domain::scenario::Scenario)
//! and never goes into a link: it lives in [`Fleet`] and its own file. Every reader here is
//! strict: any bad row refuses the whole input with every problem and its line, so nothing is
//! half-applied and no tenant silently drops out of a script for forty tenants.
mod cipp;
mod decision;
mod dsc;
mod fidelity;
mod matrix;
mod rollout;
mod scripts;
mod states;
mod tenants;
mod tiers;

#[cfg(test)]
mod tests;

pub use cipp::{cipp_file_name, cipp_repository_entity, cipp_template, CippExport, CippOptions, TrialsRounding};
pub use decision::Decision;
pub use dsc::{dsc_configuration, dsc_data_file, DscExport};
pub use fidelity::{fidelity, Aspect, Cover, Export, Fate, FidelityRow};
pub use matrix::{matrix, tenant_script, Cell, CellStatus, Column, Counts, Matrix, MatrixRow};
pub use rollout::Rollout;
pub use scripts::{collector_file_name, collector_script, loop_file_name, loop_script, LoopBackend, LoopOptions};
pub use states::{parse_combined, parse_named, TenantKey, TenantStateOf};
pub use tenants::{parse_tenant_list, Tenant, TenantDomain, TenantId};
pub use tiers::{read_saved, saved_file, Fleet, Tier, TierTenant, FLEET_FILE_VERSION};

use crate::domain::problem::Problem;
use crate::i18n::k;
use crate::i18n::Message;

/// Most tenants one list, one combined paste or one fleet file holds (written once: the
/// readers, the fleet file and the UI all read this).
pub const MAX_TENANTS: usize = 1000;
/// Largest tenant list accepted, checked before anything is parsed.
pub const MAX_LIST_BYTES: usize = 256 * 1024;
/// Largest combined state paste (every tenant's policies in one CSV), checked first.
pub const MAX_COMBINED_BYTES: usize = 4 * 1024 * 1024;

fn too_large(max: usize) -> Problem {
    Problem::whole(Message::new(&k::FLEET_ERR_TOO_LARGE).count("max_kb", max / 1024))
}

fn too_many() -> Problem {
    Problem::whole(Message::new(&k::FLEET_ERR_TOO_MANY).count("max", MAX_TENANTS))
}

fn at_line(line: usize, m: Message) -> Problem {
    Problem::new(format!("line {line}"), m)
}
