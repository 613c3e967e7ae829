//! "Rolling this out": the few sentences the workshop and the report show when a tenant list is
//! present (issue 25, item 5): how many tenants in how many tiers, how many changes the matrix
//! found, and which exports carry the decision. Figures are counted here once; the views only
//! render the messages.
use super::{Fleet, Matrix};
use crate::i18n::k;
use crate::i18n::Message;

/// The figures behind the section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rollout {
    pub tenants: usize,
    pub tiers: usize,
    /// Tenants not assigned to a tier (no export reaches them).
    pub unassigned: usize,
    /// Cells of the matrix that differ from the tenant's decision (what the scripts change),
    /// and the tenants with at least one; `None` without a matrix.
    pub changes: Option<(usize, usize)>,
}

impl Rollout {
    pub fn of(fleet: &Fleet, matrix: Option<&Matrix>) -> Rollout {
        Rollout {
            tenants: fleet.tenants.len(),
            tiers: fleet.tiers.len(),
            unassigned: fleet.tenants.iter().filter(|t| t.tier.is_none()).count(),
            changes: matrix.map(|m| {
                let differs: usize = m.rows.iter().map(|r| r.counts.differs).sum();
                (differs, m.rows.iter().filter(|r| r.counts.differs > 0).count())
            }),
        }
    }

    /// The section's sentences; empty without a tenant list.
    pub fn messages(&self) -> Vec<Message> {
        if self.tenants == 0 {
            return Vec::new();
        }
        let mut out = vec![Message::new(&k::FLEET_ROLLOUT_TENANTS)
            .count("n", self.tenants)
            .count("tiers", self.tiers)
            .count("unassigned", self.unassigned)];
        if let Some((changes, tenants)) = self.changes {
            out.push(Message::new(&k::FLEET_ROLLOUT_CHANGES).count("n", changes).count("tenants", tenants));
        }
        out.push(Message::new(&k::FLEET_ROLLOUT_EXPORTS));
        out
    }
}
