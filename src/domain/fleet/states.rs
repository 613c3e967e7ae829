//! Every tenant's current policies, for the drift matrix: one combined paste with a tenant column
//! (what the collector script writes, or a CSV made by other means), or several single-tenant
//! pastes, each named. The combined paste is read by the single-tenant import's own field reader
//! (`tenant::parse::fields`: JSON, the REST shape, CSV in every dialect, the console table) and
//! each row by its own row reader, so every format that import accepts works here too, with one
//! more column: `TenantId` (a GUID), `TenantDomain` (a domain) or `Tenant` (either, or a name),
//! the first of them that a row fills; `TenantName` or `DisplayName` may name it.
//!
//! Strict: any bad row, an empty tenant cell, a product given twice with two values, or more
//! than [`MAX_TENANTS`](super::MAX_TENANTS) tenants refuses the whole paste with every problem
//! and its line.
use super::tenants::{bad_domain, bad_id, clean_name, looks_like_an_id};
use super::{at_line, too_large, too_many, TenantDomain, TenantId, MAX_COMBINED_BYTES, MAX_TENANTS};
use crate::domain::problem::Problem;
use crate::domain::tenant::parse::{fields, get, row};
use crate::domain::tenant::{Format, Row, TenantState};
use crate::i18n::k;
use crate::i18n::Message;
use serde::{Deserialize, Serialize};

/// What a tenant is known by in a state paste.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TenantKey {
    Id(TenantId),
    Domain(TenantDomain),
    /// A name only (a named paste, or a `Tenant` column holding names): matched to the tenant
    /// list by display name, ignoring case.
    Name(String),
}

impl TenantKey {
    /// A cell or a paste's name read by its shape: a GUID, a domain, else a name. Empty text,
    /// or a broken GUID (never taken as a name), is an error with `empty` as its message.
    pub fn classify(raw: &str, empty: Message) -> Result<TenantKey, Message> {
        let v = raw.trim();
        if let Some(id) = TenantId::parse(v) {
            Ok(TenantKey::Id(id))
        } else if let Some(d) = TenantDomain::parse(v) {
            Ok(TenantKey::Domain(d))
        } else if looks_like_an_id(v) {
            Err(bad_id(v))
        } else {
            Some(clean_name(v)).filter(|n| !n.is_empty()).map(TenantKey::Name).ok_or(empty)
        }
    }

    pub fn text(&self) -> String {
        match self {
            TenantKey::Id(id) => id.to_string(),
            TenantKey::Domain(d) => d.to_string(),
            TenantKey::Name(n) => n.clone(),
        }
    }

    /// Whether this key names that tenant of the list.
    pub fn names(&self, t: &super::Tenant) -> bool {
        match self {
            TenantKey::Id(id) => t.id.as_ref() == Some(id),
            TenantKey::Domain(d) => t.domain.as_ref() == Some(d),
            TenantKey::Name(n) => !t.name.is_empty() && t.name.eq_ignore_ascii_case(n),
        }
    }
}

/// One tenant's policies as read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantStateOf {
    pub key: TenantKey,
    /// A display name from the paste (`TenantName`/`DisplayName`), or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    pub state: TenantState,
}

impl TenantStateOf {
    /// "Contoso (contoso.com)", or the key alone.
    pub fn label(&self) -> String {
        let key = self.key.text();
        if self.name.is_empty() || self.name.eq_ignore_ascii_case(&key) {
            key
        } else {
            format!("{} ({key})", self.name)
        }
    }
}

/// Reads one combined paste: every tenant's rows, in the order each tenant first appears.
pub fn parse_combined(text: &str) -> Result<Vec<TenantStateOf>, Vec<Problem>> {
    if text.len() > MAX_COMBINED_BYTES {
        return Err(vec![too_large(MAX_COMBINED_BYTES)]);
    }
    let (format, raw, mut problems) = fields(text)?;
    let mut out: Vec<TenantStateOf> = Vec::new();
    let mut any_tenant_column = false;
    for (line, f) in &raw {
        let key = match tenant_of(f) {
            None => {
                problems.push(at_line(*line, Message::new(&k::FLEET_ERR_ROW_NO_TENANT)));
                continue;
            }
            Some(Err(m)) => {
                any_tenant_column = true;
                problems.push(at_line(*line, m));
                continue;
            }
            Some(Ok(key)) => {
                any_tenant_column = true;
                key
            }
        };
        let r = match row(f) {
            Ok(r) => r,
            Err(m) => {
                problems.push(at_line(*line, m));
                continue;
            }
        };
        let pos = match out.iter().position(|t| t.key == key) {
            Some(p) => p,
            None => {
                if out.len() >= MAX_TENANTS {
                    problems.push(too_many());
                    break;
                }
                let name = get(f, &["tenantname", "displayname"]).map(clean_name).unwrap_or_default();
                out.push(TenantStateOf {
                    key,
                    name,
                    state: TenantState { format, rows: Vec::new(), subscriptions: Vec::new() },
                });
                out.len() - 1
            }
        };
        add_row(&mut out[pos].state.rows, r, *line, &mut problems);
    }
    if !any_tenant_column && !raw.is_empty() {
        // One message instead of one per row: the paste is a single tenant's.
        return Err(vec![Problem::whole(Message::new(&k::FLEET_ERR_NO_TENANT_COLUMN))]);
    }
    if out.is_empty() && problems.is_empty() {
        problems.push(Problem::whole(Message::new(&k::TENANT_ERR_NOTHING)));
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The same item twice with the same value is one row; with two values the paste is refused.
fn add_row(rows: &mut Vec<Row>, r: Row, line: usize, problems: &mut Vec<Problem>) {
    match rows.iter().find(|x| x.item == r.item) {
        Some(x) if x.value != r.value => {
            problems.push(at_line(line, Message::new(&k::TENANT_ERR_DUPLICATE).arg("id", r.item.code())))
        }
        Some(_) => {}
        None => rows.push(r),
    }
}

/// The row's tenant: `None` when it has no tenant column at all, an error when the cell is
/// empty or not what its column holds.
fn tenant_of(f: &crate::domain::tenant::parse::Fields) -> Option<Result<TenantKey, Message>> {
    let cell = |name: &str| get(f, &[name]).map(str::trim);
    let (id, domain, any) = (cell("tenantid"), cell("tenantdomain"), cell("tenant"));
    if id.is_none() && domain.is_none() && any.is_none() {
        return None;
    }
    Some(if let Some(v) = id.filter(|v| !v.is_empty()) {
        TenantId::parse(v).map(TenantKey::Id).ok_or_else(|| bad_id(v))
    } else if let Some(v) = domain.filter(|v| !v.is_empty()) {
        TenantDomain::parse(v).map(TenantKey::Domain).ok_or_else(|| bad_domain(v))
    } else if let Some(v) = any.filter(|v| !v.is_empty()) {
        TenantKey::classify(v, Message::new(&k::FLEET_ERR_ROW_NO_TENANT))
    } else {
        Err(Message::new(&k::FLEET_ERR_ROW_NO_TENANT))
    })
}

/// Reads several single-tenant pastes, each under the name the user gave it (a tenant ID, a
/// domain or a display name). Each paste is read by the single-tenant import; any problem in any
/// of them refuses all, with the paste's name in front of the path.
pub fn parse_named(pastes: &[(String, String)]) -> Result<Vec<TenantStateOf>, Vec<Problem>> {
    if pastes.len() > MAX_TENANTS {
        return Err(vec![too_many()]);
    }
    if pastes.iter().map(|(_, t)| t.len()).sum::<usize>() > MAX_COMBINED_BYTES {
        return Err(vec![too_large(MAX_COMBINED_BYTES)]);
    }
    let mut out: Vec<TenantStateOf> = Vec::new();
    let mut problems = Vec::new();
    for (i, (name, text)) in pastes.iter().enumerate() {
        let path = format!("{} {}", i + 1, crate::domain::script::comment_text(&clean_name(name)));
        let key = match TenantKey::classify(name, Message::new(&k::FLEET_ERR_PASTE_NAME)) {
            Ok(key) => key,
            Err(m) => {
                problems.push(Problem::new(path, m));
                continue;
            }
        };
        if out.iter().any(|t| t.key == key) {
            problems.push(Problem::new(path, Message::new(&k::FLEET_ERR_PASTE_TWICE).arg("tenant", key.text())));
            continue;
        }
        match crate::domain::tenant::parse(text) {
            Err(ps) => problems.extend(ps.into_iter().map(|p| p.under(&path))),
            Ok((_, ps)) if !ps.is_empty() => problems.extend(ps.into_iter().map(|p| p.under(&path))),
            Ok((state, _)) if state.format == Format::Subscriptions => {
                problems.push(Problem::new(path, Message::new(&k::FLEET_ERR_NOT_POLICIES)));
            }
            Ok((state, _)) => out.push(TenantStateOf { key, name: String::new(), state }),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}
