//! The readers of each format; see the module header of `domain::tenant`. CSV and the console
//! table are read by hand (a few dozen lines each): no crate reads PowerShell's console table,
//! and the CSV dialect here (the `#TYPE` line, a `;` from `-UseCulture`) is narrow.
use super::{Format, Item, Row, TenantState, MAX_BYTES};
use crate::domain::ids::ProductId;
use crate::domain::message::Message;
use crate::domain::policy::{OfferType, PolicyValue};
use crate::domain::problem::{plain_json_error, Problem};
use crate::i18n::k;
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
    let (format, raw, mut problems) = if trimmed.starts_with('{') || trimmed.starts_with('[') {
        json(text)?
    } else if first_content_line(text).is_some_and(|l| {
        l.trim_start().starts_with("PolicyId") && !l.contains(',') && !l.contains(';') && !l.contains('"')
    }) {
        table(text)
    } else {
        csv(text)
    };
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

fn first_content_line(text: &str) -> Option<&str> {
    text.lines().find(|l| !l.trim().is_empty())
}

/// The fields of one row by (lower-case) column name.
type Fields = Vec<(String, String)>;

fn get<'a>(f: &'a Fields, names: &[&str]) -> Option<&'a str> {
    f.iter().find(|(k, _)| names.contains(&k.as_str())).map(|(_, v)| v.as_str())
}

fn row(f: &Fields) -> Result<Row, Message> {
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

type Parsed = (Format, Vec<(usize, Fields)>, Vec<Problem>);

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
fn split_csv(line: &str, delim: char) -> Vec<String> {
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

fn table(text: &str) -> Parsed {
    let lines: Vec<(usize, &str)> = text.lines().enumerate().map(|(i, l)| (i + 1, l.trim_end_matches('\r'))).collect();
    let Some(h) = lines.iter().position(|(_, l)| l.trim_start().starts_with("PolicyId")) else {
        return (Format::Table, Vec::new(), Vec::new());
    };
    let header = lines[h].1;
    // Columns start where the dashes under them start (or, without them, where the names do).
    let dashes = lines.get(h + 1).map(|(_, l)| *l).filter(|l| l.trim_start().starts_with('-'));
    let ruler = dashes.unwrap_or(header);
    let mut starts = Vec::new();
    let mut prev = ' ';
    for (i, c) in ruler.char_indices() {
        if c != ' ' && prev == ' ' {
            starts.push(i);
        }
        prev = c;
    }
    let names: Vec<String> = starts
        .iter()
        .enumerate()
        .map(|(j, &s)| {
            let end = starts.get(j + 1).copied().unwrap_or(header.len()).min(header.len());
            header.get(s.min(header.len())..end).unwrap_or_default().trim().to_ascii_lowercase()
        })
        .collect();
    let first = h + if dashes.is_some() { 2 } else { 1 };
    let rows = lines[first.min(lines.len())..]
        .iter()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            let fields = starts
                .iter()
                .enumerate()
                .map(|(j, &s)| {
                    let chars: Vec<char> = l.chars().collect();
                    let end = starts.get(j + 1).copied().unwrap_or(chars.len()).min(chars.len());
                    let cell: String = chars.get(s.min(chars.len())..end).unwrap_or_default().iter().collect();
                    (names[j].clone(), cell.trim().to_string())
                })
                .collect();
            (*n, fields)
        })
        .collect();
    (Format::Table, rows, Vec::new())
}
