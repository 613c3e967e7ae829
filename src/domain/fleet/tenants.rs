//! The tenant list an MSP pastes or loads: one tenant per line, CSV with `,`, `;` or a tab (a
//! copy from a spreadsheet), with or without a header. A header names the columns (tenant ID:
//! `TenantId`, `Tenant ID`, `CustomerId`, `Id`; domain: `Domain`, `PrimaryDomain`,
//! `DefaultDomainName`, `TenantDomain`, `InitialDomain`; name: `Name`, `DisplayName`,
//! `TenantName`, `Customer`, `Company`, `Organization`; a `Tenant` column is read by what it
//! holds). Without one, each field is read by its shape: a GUID is the tenant ID, a domain the
//! domain, anything else the name. A tenant needs an ID or a domain; a name is free text, cleaned
//! to one line, and only ever reaches a script as a comment or a single-quoted literal.
use super::{at_line, too_large, too_many, MAX_LIST_BYTES, MAX_TENANTS};
use crate::domain::input::TextSpec;
use crate::domain::problem::Problem;
use crate::domain::tenant::parse::split_csv;
use crate::i18n::k;
use crate::i18n::Message;
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// A Microsoft Entra tenant ID: a GUID, kept in lower case (`^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$`).
/// Only a value of this type reaches a script, so it is always safe as a literal.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct TenantId(String);

impl TenantId {
    /// Surrounding white space and braces (`{…}`, as the registry and some tools write GUIDs)
    /// are forgiven; hex digits are lower-cased, which changes no GUID.
    pub fn parse(raw: &str) -> Option<TenantId> {
        let s = raw.trim();
        let s = s.strip_prefix('{').and_then(|x| x.strip_suffix('}')).unwrap_or(s);
        let groups: Vec<&str> = s.split('-').collect();
        let ok = groups.len() == 5
            && groups
                .iter()
                .zip([8, 4, 4, 4, 12])
                .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()));
        ok.then(|| TenantId(s.to_ascii_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TenantId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for TenantId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        TenantId::parse(&s).filter(|t| t.0 == s).ok_or_else(|| serde::de::Error::custom("invalid tenant ID"))
    }
}

/// A tenant's primary (or initial `*.onmicrosoft.com`) domain: ASCII letters, digits and
/// hyphens in dot-separated labels of 1–63 characters, at least two labels, at most 253
/// characters, kept in lower case (domain names are case-insensitive). Internationalised
/// domains are accepted in their `xn--` form only.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct TenantDomain(String);

impl TenantDomain {
    pub fn parse(raw: &str) -> Option<TenantDomain> {
        let s = raw.trim().to_ascii_lowercase();
        let labels: Vec<&str> = s.split('.').collect();
        let label_ok = |l: &&str| {
            (1..=63).contains(&l.len())
                && l.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !l.starts_with('-')
                && !l.ends_with('-')
        };
        let ok = s.len() <= 253
            && labels.len() >= 2
            && labels.iter().all(label_ok)
            && labels.last().is_some_and(|tld| tld.chars().any(|c| c.is_ascii_lowercase()));
        ok.then_some(TenantDomain(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TenantDomain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for TenantDomain {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        TenantDomain::parse(&s).filter(|t| t.0 == s).ok_or_else(|| serde::de::Error::custom("invalid tenant domain"))
    }
}

/// One customer tenant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tenant {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<TenantId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<TenantDomain>,
    /// Display name as given (free text, one line); may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

impl Tenant {
    /// The display name: one line, as long as a name in a table can usefully be.
    pub const NAME: TextSpec = TextSpec::new(100);

    /// Whether every field is what the reader would have kept (files are checked with this).
    pub fn is_valid(&self) -> bool {
        (self.id.is_some() || self.domain.is_some()) && Self::NAME.accepts(&self.name) && self.name.trim() == self.name
    }

    /// What signs in to the tenant and names it in CIPP: the domain, else the ID.
    pub fn address(&self) -> String {
        match (&self.domain, &self.id) {
            (Some(d), _) => d.to_string(),
            (None, Some(id)) => id.to_string(),
            (None, None) => String::new(),
        }
    }

    /// "Contoso (contoso.com)", or the address alone.
    pub fn label(&self) -> String {
        let address = self.address();
        if self.name.is_empty() || self.name.eq_ignore_ascii_case(&address) {
            address
        } else {
            format!("{} ({address})", self.name)
        }
    }

    /// The same tenant: the same ID, or the same domain.
    pub fn same_as(&self, other: &Tenant) -> bool {
        (self.id.is_some() && self.id == other.id) || (self.domain.is_some() && self.domain == other.domain)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    Id,
    Domain,
    Name,
    /// `Tenant`: read by what the cell holds.
    Any,
    Other,
}

fn column(name: &str) -> Col {
    let n: String = name.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
    match n.as_str() {
        "tenantid" | "customerid" | "id" | "directoryid" | "customertenantid" => Col::Id,
        "domain" | "primarydomain" | "defaultdomain" | "defaultdomainname" | "tenantdomain" | "initialdomain"
        | "domainname" => Col::Domain,
        "name" | "displayname" | "tenantname" | "customer" | "customername" | "company" | "companyname"
        | "organization" | "organisation" | "organizationname" => Col::Name,
        "tenant" => Col::Any,
        _ => Col::Other,
    }
}

/// The delimiter of a line: a tab (a spreadsheet copy), else whichever of `;` and `,` is more common.
pub(super) fn delimiter(line: &str) -> char {
    if line.contains('\t') {
        '\t'
    } else if line.matches(';').count() > line.matches(',').count() {
        ';'
    } else {
        ','
    }
}

/// Reads a pasted or loaded tenant list. Any malformed, empty or repeated row refuses the whole
/// list with every problem and its line (the previous list stays).
pub fn parse_tenant_list(text: &str) -> Result<Vec<Tenant>, Vec<Problem>> {
    if text.len() > MAX_LIST_BYTES {
        return Err(vec![too_large(MAX_LIST_BYTES)]);
    }
    let text = text.trim_start_matches('\u{feff}');
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .peekable();
    let Some(&(_, first)) = lines.peek() else {
        return Err(vec![Problem::whole(Message::new(&k::FLEET_ERR_NO_TENANTS))]);
    };
    let delim = delimiter(first);
    let header: Vec<Col> = split_csv(first, delim).iter().map(|h| column(h)).collect();
    let has_header = header.iter().any(|c| *c != Col::Other);
    if has_header {
        lines.next();
    }
    let mut tenants: Vec<(usize, Tenant)> = Vec::new();
    let mut problems = Vec::new();
    for (line, l) in lines {
        if tenants.len() >= MAX_TENANTS {
            problems.push(too_many());
            break;
        }
        let fields = split_csv(l, delim);
        let cols: Vec<Col> = if has_header { header.clone() } else { vec![Col::Any; fields.len()] };
        match tenant(&cols, &fields) {
            Err(m) => problems.push(at_line(line, m)),
            Ok(t) => match tenants.iter().find(|(_, x)| x.same_as(&t)) {
                Some((first, _)) => problems.push(at_line(
                    line,
                    Message::new(&k::FLEET_ERR_DUPLICATE_TENANT).count("first", *first).arg("tenant", t.address()),
                )),
                None => tenants.push((line, t)),
            },
        }
    }
    if tenants.is_empty() && problems.is_empty() {
        problems.push(Problem::whole(Message::new(&k::FLEET_ERR_NO_TENANTS)));
    }
    if problems.is_empty() {
        Ok(tenants.into_iter().map(|(_, t)| t).collect())
    } else {
        Err(problems)
    }
}

fn tenant(cols: &[Col], fields: &[String]) -> Result<Tenant, Message> {
    let mut t = Tenant { id: None, domain: None, name: String::new() };
    for (col, raw) in cols.iter().zip(fields) {
        let value = raw.trim();
        if value.is_empty() {
            continue;
        }
        match col {
            Col::Id => t.id = Some(TenantId::parse(value).ok_or_else(|| bad_id(value))?),
            Col::Domain => t.domain = Some(TenantDomain::parse(value).ok_or_else(|| bad_domain(value))?),
            Col::Name => t.name = clean_name(value),
            Col::Any => {
                if let (Some(id), None) = (TenantId::parse(value), &t.id) {
                    t.id = Some(id);
                } else if let (Some(d), None) = (TenantDomain::parse(value), &t.domain) {
                    t.domain = Some(d);
                } else if t.name.is_empty() && !looks_like_an_id(value) {
                    t.name = clean_name(value);
                } else {
                    return Err(bad_id(value));
                }
            }
            Col::Other => {}
        }
    }
    if t.id.is_none() && t.domain.is_none() {
        return Err(Message::new(&k::FLEET_ERR_NO_TENANT));
    }
    Ok(t)
}

/// Something meant as a tenant ID that is not one (a GUID with a digit too few, a wrong
/// character): refused rather than taken as the tenant's name (here and in the state readers).
pub(super) fn looks_like_an_id(value: &str) -> bool {
    (30..=40).contains(&value.len())
        && value.matches('-').count() >= 3
        && value.chars().all(|c| c.is_ascii_alphanumeric() || "-{}".contains(c))
}

pub(super) fn clean_name(raw: &str) -> String {
    Tenant::NAME.clean(raw.trim()).trim().to_string()
}

/// The start of a bad value, for the message (a pasted value can be long).
pub(super) fn shown(value: &str) -> String {
    crate::domain::script::comment_text(&value.chars().take(60).collect::<String>())
}

pub(super) fn bad_id(value: &str) -> Message {
    Message::new(&k::FLEET_ERR_BAD_TENANT_ID).arg("value", shown(value))
}

pub(super) fn bad_domain(value: &str) -> Message {
    Message::new(&k::FLEET_ERR_BAD_DOMAIN).arg("value", shown(value))
}
