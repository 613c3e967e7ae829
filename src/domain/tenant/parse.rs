//! The readers of each format; see the module header of `domain::tenant`. CSV and the console
//! table are read by hand (a few dozen lines each): no crate reads PowerShell's console table,
//! and the CSV dialect here (the `#TYPE` line, a `;` from `-UseCulture`) is narrow.
use super::{Format, Item, Row, TenantState, MAX_BYTES};
use crate::domain::ids::ProductId;
use crate::domain::policy::{OfferType, PolicyValue};
use crate::domain::problem::{plain_json_error, Problem};
use crate::i18n::k;
use crate::i18n::Message;
use serde_json::Value;

/// Reads pasted or opened text: the state and a problem per row that was skipped, or, when
/// nothing usable was found, every problem (the previous import stays).
pub fn parse(text: &str) -> Result<(TenantState, Vec<Problem>), Vec<Problem>> {
    if text.len() > MAX_BYTES {
        return Err(vec![super::too_large()]);
    }
    let text = text.trim_start_matches('\u{feff}');
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        if let Ok(v) = serde_json::from_str::<Value>(text) {
            if super::subscriptions::looks_like_subscriptions(&v) {
                let (subscriptions, problems) = super::subscriptions::parse_value(&v)?;
                return Ok((TenantState { format: Format::Subscriptions, rows: Vec::new(), subscriptions }, problems));
            }
        }
    }
    let (format, raw, mut problems) = fields(text)?;
    let mut rows: Vec<Row> = Vec::new();
    for (line, fields) in raw {
        match row(&fields) {
            Err(m) => problems.push(Problem::new(format!("line {line}"), m)),
            Ok(r) => match rows.iter().find(|x| x.item == r.item) {
                Some(x) if x.value != r.value => problems.push(Problem::new(
                    format!("line {line}"),
                    Message::new(&k::TENANT_ERR_DUPLICATE).arg("id", r.item.code()),
                )),
                Some(_) => {}
                None => rows.push(r),
            },
        }
    }
    if rows.is_empty() {
        problems.push(Problem::whole(Message::new(&k::TENANT_ERR_NOTHING)));
        return Err(problems);
    }
    Ok((TenantState { format, rows, subscriptions: Vec::new() }, problems))
}

/// The rows of any accepted policy format as named fields (lower-case column names) with their
/// line, before any row is validated: the single-tenant import and the multi-tenant reader
/// (`domain::fleet`, which takes a tenant column from the same fields) read through this one
/// function, so both accept exactly the same formats. The caller checks the size first.
pub(crate) fn fields(text: &str) -> Result<Parsed, Vec<Problem>> {
    let text = text.trim_start_matches('\u{feff}');
    let trimmed = text.trim_start();
    Ok(if trimmed.starts_with('{') || trimmed.starts_with('[') {
        json(text)?
    } else if has_table_header(text)
        || first_content_line(text).is_some_and(|l| l.trim_start().starts_with("PolicyId") && !is_csv_header(l))
    {
        table(text)
    } else {
        csv(text)
    })
}

fn first_content_line(text: &str) -> Option<&str> {
    text.lines().find(|l| !l.trim().is_empty())
}

/// The fields of one row by (lower-case) column name.
pub(crate) type Fields = Vec<(String, String)>;

pub(crate) fn get<'a>(f: &'a Fields, names: &[&str]) -> Option<&'a str> {
    f.iter().find(|(k, _)| names.contains(&k.as_str())).map(|(_, v)| v.as_str())
}

/// One row's fields as a validated policy row, or why not.
pub(crate) fn row(f: &Fields) -> Result<Row, Message> {
    let id = get(f, &["productid", "offertype", "scopevalue", "scopeid"])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| Message::new(&k::TENANT_ERR_NO_ID))?;
    let item = match OfferType::ALL.iter().find(|o| o.as_str().eq_ignore_ascii_case(id)) {
        Some(o) => Item::Offer(*o),
        None => Item::Product(ProductId::parse(id).map_err(|_| Message::new(&k::TENANT_ERR_BAD_ID).arg("id", id))?),
    };
    let value = match (get(f, &["policyvalue"]), get(f, &["enabled"])) {
        (Some(v), _) if !v.trim().is_empty() => PolicyValue::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(v.trim()))
            .ok_or_else(|| Message::new(&k::TENANT_ERR_BAD_VALUE).arg("value", v.trim()))?,
        (_, Some(e)) => match e.trim().to_ascii_lowercase().as_str() {
            "true" => PolicyValue::Enabled,
            "false" => PolicyValue::Disabled,
            other => return Err(Message::new(&k::TENANT_ERR_BAD_VALUE).arg("value", other)),
        },
        _ => return Err(Message::new(&k::TENANT_ERR_NO_VALUE)),
    };
    if matches!(item, Item::Offer(_)) && !OfferType::VALUES.contains(&value) {
        return Err(Message::new(&k::TENANT_ERR_BAD_VALUE).arg("value", value.as_str()));
    }
    let name = get(f, &["productname", "name"]).unwrap_or_default().trim().to_string();
    Ok(Row { item, name: crate::domain::input::TextSpec::new(200).clean(&name), value })
}

pub(crate) type Parsed = (Format, Vec<(usize, Fields)>, Vec<Problem>);

fn json(text: &str) -> Result<Parsed, Vec<Problem>> {
    let v: Value = serde_json::from_str(text).map_err(|e| vec![Problem::whole(plain_json_error(&e))])?;
    let (format, items) = match &v {
        Value::Array(a) => (Format::Json, a.clone()),
        Value::Object(o) => match o.get("items").or_else(|| o.get("value")) {
            Some(Value::Array(a)) => (Format::Rest, a.clone()),
            _ => (Format::Json, vec![v.clone()]),
        },
        _ => return Err(vec![Problem::whole(Message::new(&k::TENANT_ERR_NOTHING))]),
    };
    // JSON has no line per row: the position in the list stands in for it.
    let rows = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let fields = match item {
                Value::Object(o) => o
                    .iter()
                    .map(|(k, v)| {
                        let text = match v {
                            Value::String(s) => s.clone(),
                            Value::Bool(b) => b.to_string(),
                            Value::Null => String::new(),
                            other => other.to_string(),
                        };
                        (k.to_ascii_lowercase(), text)
                    })
                    .collect(),
                _ => Vec::new(),
            };
            (i + 1, fields)
        })
        .collect();
    Ok((format, rows, Vec::new()))
}

/// One CSV record per line (PowerShell never writes line breaks inside these fields).
pub(crate) fn split_csv(line: &str, delim: char) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (c, false) if c == delim => out.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    out.push(cur);
    out
}

fn csv(text: &str) -> Parsed {
    let mut lines =
        text.lines().enumerate().map(|(i, l)| (i + 1, l.trim_end_matches('\r'))).filter(|(_, l)| !l.trim().is_empty());
    let mut header = lines.next();
    if header.is_some_and(|(_, l)| l.starts_with("#TYPE")) {
        header = lines.next();
    }
    let Some((_, header)) = header else { return (Format::Csv, Vec::new(), Vec::new()) };
    let delim = if header.matches(';').count() > header.matches(',').count() { ';' } else { ',' };
    let names: Vec<String> = split_csv(header, delim).into_iter().map(|h| h.trim().to_ascii_lowercase()).collect();
    let rows = lines
        .map(|(n, l)| {
            let values = split_csv(l, delim);
            (n, names.iter().cloned().zip(values).collect())
        })
        .collect();
    (Format::Csv, rows, Vec::new())
}

/// A header line can be a CSV header when it has a field separator or a quote; a console
/// table's header never has.
fn is_csv_header(line: &str) -> bool {
    line.contains([',', ';', '"'])
}

/// The line under a console table's header: only runs of dashes and spaces.
fn is_ruler(line: &str) -> bool {
    line.contains('-') && line.chars().all(|c| c == '-' || c == ' ')
}

/// The columns a table's rows are keyed by; a header without one of them is some other table.
fn names_a_key_column(header: &str) -> bool {
    header.split_whitespace().any(|w| ["productid", "offertype"].contains(&w.to_ascii_lowercase().as_str()))
}

/// Where a console table's header is: a line naming a key column with a ruler under it.
fn is_table_header(line: &str, next: Option<&str>) -> bool {
    next.is_some_and(is_ruler) && !is_csv_header(line) && names_a_key_column(line)
}

fn has_table_header(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(|l| l.trim_end_matches('\r')).collect();
    (0..lines.len()).any(|i| is_table_header(lines[i], lines.get(i + 1).copied()))
}

/// The console table `Format-Table` prints (and the cmdlet's default view): a header, a ruler
/// of dashes, one row per line, in any column order and with any subset of the columns. Names
/// have spaces, so cells cannot be split on white space; PowerShell left-aligns text columns
/// and starts each ruler run where its column starts (the run is as long as the name, not the
/// column), so a cell runs from its run's start to the next run's start. Positions count
/// characters, not bytes (names cut short end in `…`). Several tables in one paste (the
/// policies and the offer types, or a whole console transcript) are each read under their own
/// header; lines before the first header are not rows.
fn table(text: &str) -> Parsed {
    let lines: Vec<(usize, &str)> = text.lines().enumerate().map(|(i, l)| (i + 1, l.trim_end_matches('\r'))).collect();
    let header_at = |i: usize| is_table_header(lines[i].1, lines.get(i + 1).map(|(_, l)| *l));
    let first = lines.iter().position(|(_, l)| !l.trim().is_empty());
    let mut rows = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        // MSCommerce 1.x and older copies may start with a `PolicyId …` header that names no
        // key column or lost its ruler; without a ruler, columns start where the names do.
        let policy_id_first =
            Some(i) == first && lines[i].1.trim_start().starts_with("PolicyId") && !is_csv_header(lines[i].1);
        if !header_at(i) && !policy_id_first {
            i += 1;
            continue;
        }
        let ruler = lines.get(i + 1).map(|(_, l)| *l).filter(|l| is_ruler(l));
        let columns = columns(lines[i].1, ruler.unwrap_or(lines[i].1));
        i += if ruler.is_some() { 2 } else { 1 };
        while i < lines.len() && !header_at(i) {
            let (n, l) = lines[i];
            i += 1;
            if l.trim().is_empty() {
                continue;
            }
            let chars: Vec<char> = l.chars().collect();
            let fields = columns
                .iter()
                .map(|(name, start, end)| {
                    let cell: String = chars
                        .get((*start).min(chars.len())..(*end).min(chars.len()))
                        .unwrap_or_default()
                        .iter()
                        .collect();
                    (name.clone(), cell.trim().to_string())
                })
                .collect();
            rows.push((n, fields));
        }
    }
    (Format::Table, rows, Vec::new())
}

/// Each column's lower-case name and its span in characters (the last one runs to the line's
/// end), from where the runs of `ruler` start.
fn columns(header: &str, ruler: &str) -> Vec<(String, usize, usize)> {
    let ruler: Vec<char> = ruler.chars().collect();
    let starts: Vec<usize> = (0..ruler.len()).filter(|&i| ruler[i] != ' ' && (i == 0 || ruler[i - 1] == ' ')).collect();
    let header: Vec<char> = header.chars().collect();
    starts
        .iter()
        .enumerate()
        .map(|(j, &s)| {
            let end = starts.get(j + 1).copied().unwrap_or(usize::MAX);
            let name: String =
                header.get(s.min(header.len())..end.min(header.len())).unwrap_or_default().iter().collect();
            (name.trim().to_ascii_lowercase(), s, end)
        })
        .collect()
}
