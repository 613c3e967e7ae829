//! The tenant × product drift matrix: for each tenant (in the order read) and each product or
//! offer type, the tenant's current value against the value its tier's decision sets, with counts
//! per tenant and per product, the products each tenant returned that the catalogue does not
//! know, a per-tenant diff-only script and a CSV export. Each tenant is set against its decision
//! by the single-tenant drift (`tenant::drift`), so one tenant reads the same here as in the
//! single-tenant import.
use super::TenantStateOf;
use crate::domain::catalog::Catalog;
use crate::domain::policy::{OfferType, PolicyValue};
use crate::domain::scenario::Scenario;
use crate::domain::script::{generate, ScriptOptions, Variant};
use crate::domain::tenant::{drift, Item, Row};
use crate::i18n::{k, Key, Lang};
use std::collections::BTreeMap;

/// Where a tenant stands on one product.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CellStatus {
    /// The decision's value.
    Right,
    /// Another value: the tenant's script changes it.
    Differs,
    /// The decision sets it, the tenant did not return it (not sold there, or not offered).
    NotReturned,
    /// The tenant has it, the decision does not set it (left as it is).
    Undecided,
}

impl CellStatus {
    pub fn label_key(self) -> Key {
        match self {
            CellStatus::Right => &k::FLEET_CELL_RIGHT,
            CellStatus::Differs => &k::FLEET_CELL_DIFFERS,
            CellStatus::NotReturned => &k::FLEET_CELL_NOT_RETURNED,
            CellStatus::Undecided => &k::FLEET_CELL_UNDECIDED,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Cell {
    pub current: Option<PolicyValue>,
    pub wanted: Option<PolicyValue>,
}

impl Cell {
    /// `None` when neither side has the product.
    pub fn status(&self) -> Option<CellStatus> {
        match (self.current, self.wanted) {
            (Some(c), Some(w)) if c == w => Some(CellStatus::Right),
            (Some(_), Some(_)) => Some(CellStatus::Differs),
            (None, Some(_)) => Some(CellStatus::NotReturned),
            (Some(_), None) => Some(CellStatus::Undecided),
            (None, None) => None,
        }
    }
}

/// How many cells of a row or column are in each state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Counts {
    pub right: usize,
    pub differs: usize,
    pub not_returned: usize,
    pub undecided: usize,
}

impl Counts {
    fn add(&mut self, s: Option<CellStatus>) {
        match s {
            Some(CellStatus::Right) => self.right += 1,
            Some(CellStatus::Differs) => self.differs += 1,
            Some(CellStatus::NotReturned) => self.not_returned += 1,
            Some(CellStatus::Undecided) => self.undecided += 1,
            None => {}
        }
    }
}

/// A product or offer type column, in catalogue order, offer types last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub item: Item,
    /// The catalogue's name (the offer type's code for offer types).
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatrixRow {
    /// The index of the tenant in the states the matrix was made from.
    pub tenant: usize,
    pub label: String,
    /// The tier's name; `None` = no decision (every cell the tenant has is undecided).
    pub tier: Option<String>,
    /// One per column.
    pub cells: Vec<Cell>,
    pub counts: Counts,
    /// Returned by the tenant, unknown to the catalogue.
    pub unknown: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix {
    pub columns: Vec<Column>,
    pub rows: Vec<MatrixRow>,
    /// One per column.
    pub per_product: Vec<Counts>,
}

/// One tenant's cells by item, its unknown products and its tier's name.
type TenantCells = (BTreeMap<Item, Cell>, Vec<Row>, Option<String>);

/// The matrix of `states`, each tenant set against the decision `decision_of` gives it (its
/// tier's name and scenario), or none.
pub fn matrix<'a>(
    states: &[TenantStateOf],
    decision_of: impl Fn(&TenantStateOf) -> Option<(&'a str, &'a Scenario)>,
    catalog: &Catalog,
) -> Matrix {
    // Per tenant: canonical item -> cell (legacy ProductIds read as their product).
    let canonical = |item: &Item| match item {
        Item::Product(id) => catalog.find(id).map(|p| Item::Product(p.id.clone())),
        Item::Offer(_) => Some(item.clone()),
    };
    let empty = Scenario::default();
    let mut per_tenant: Vec<TenantCells> = Vec::new();
    for s in states {
        let decision = decision_of(s);
        let scenario = decision.map_or(&empty, |(_, sc)| sc);
        let dr = drift(&s.state, scenario, catalog, None);
        let mut cells: BTreeMap<Item, Cell> = BTreeMap::new();
        for r in &dr.rows {
            if let Some(item) = canonical(&r.item) {
                cells.insert(item, Cell { current: Some(r.current), wanted: r.chosen });
            }
        }
        for sel in &scenario.selections {
            if catalog.find(&sel.id).is_some() {
                cells.entry(Item::Product(sel.id.clone())).or_default().wanted = Some(sel.policy);
            }
        }
        for (offer, v) in &scenario.offer_types {
            cells.entry(Item::Offer(*offer)).or_default().wanted = Some(*v);
        }
        per_tenant.push((cells, dr.unknown, decision.map(|(n, _)| n.to_string())));
    }
    let used = |item: &Item| per_tenant.iter().any(|(cells, _, _)| cells.contains_key(item));
    let mut columns: Vec<Column> = catalog
        .products
        .iter()
        .map(|p| Column { item: Item::Product(p.id.clone()), name: p.name.clone() })
        .filter(|c| used(&c.item))
        .collect();
    columns.extend(
        OfferType::ALL
            .iter()
            .map(|o| Column { item: Item::Offer(*o), name: o.as_str().to_string() })
            .filter(|c| used(&c.item)),
    );
    let mut per_product = vec![Counts::default(); columns.len()];
    let rows = per_tenant
        .into_iter()
        .enumerate()
        .map(|(i, (cells, unknown, tier))| {
            let mut counts = Counts::default();
            let cells: Vec<Cell> = columns
                .iter()
                .enumerate()
                .map(|(j, c)| {
                    let cell = cells.get(&c.item).copied().unwrap_or_default();
                    counts.add(cell.status());
                    per_product[j].add(cell.status());
                    cell
                })
                .collect();
            MatrixRow { tenant: i, label: states[i].label(), tier, cells, counts, unknown }
        })
        .collect();
    Matrix { columns, rows, per_product }
}

/// One tenant's diff-only script (MSCommerce 2.x/3.x): the decision's values, set only where
/// the tenant's state differs, then read back. `opts` are the scenario's script options
/// (header, dry run, switches); the tenant's state and label replace theirs.
pub fn tenant_script(state: &TenantStateOf, scenario: &Scenario, catalog: &Catalog, opts: &ScriptOptions) -> String {
    let mut opts = opts.clone();
    opts.offer_types = scenario.offer_types.iter().map(|(k, v)| (*k, *v)).collect();
    opts.current = Some(state.state.rows.iter().map(|r| (r.item.clone(), r.value)).collect());
    opts.tenant_label = Some(state.label());
    generate(Variant::MsCommerce, &scenario.choices(catalog), &opts)
}

impl Matrix {
    /// The matrix as CSV: a row per tenant with its tier, counts and unknown products, then one
    /// column per product (`current -> wanted`, `none` where a side has none). `,` and `.` in
    /// English, `;` in German and Dutch (as the report's CSV); every field quoted, a leading
    /// `= + - @` neutralised so that no spreadsheet reads a tenant's name as a formula.
    pub fn to_csv(&self, lang: Lang) -> String {
        let sep = if lang == Lang::En { "," } else { ";" };
        let field = |t: &str| {
            let t = if t.starts_with(['=', '+', '-', '@']) { format!("'{t}") } else { t.to_string() };
            format!("\"{}\"", t.replace('"', "\"\""))
        };
        let mut out = String::from("\u{feff}");
        let mut header: Vec<String> =
            ["tenant", "tier", "right", "differs", "not_returned", "undecided", "unknown_products"]
                .iter()
                .map(|h| field(h))
                .collect();
        header.extend(self.columns.iter().map(|c| field(&c.item.code())));
        out.push_str(&header.join(sep));
        out.push_str("\r\n");
        let value = |v: Option<PolicyValue>| v.map_or("none", |v| v.as_str());
        for r in &self.rows {
            let mut line = vec![
                field(&r.label),
                field(r.tier.as_deref().unwrap_or("")),
                r.counts.right.to_string(),
                r.counts.differs.to_string(),
                r.counts.not_returned.to_string(),
                r.counts.undecided.to_string(),
                field(&r.unknown.iter().map(|u| u.item.code()).collect::<Vec<_>>().join(" ")),
            ];
            line.extend(r.cells.iter().map(|c| {
                if c.status().is_none() {
                    field("")
                } else {
                    field(&format!("{} -> {}", value(c.current), value(c.wanted)))
                }
            }));
            out.push_str(&line.join(sep));
            out.push_str("\r\n");
        }
        out
    }
}
