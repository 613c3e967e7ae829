//! The tenant's existing subscriptions and trials, read from what the read-only snippets print
//! (`Variant::Subscriptions`, `Variant::SubscriptionsAzRest`): Microsoft Graph
//! `GET /directory/subscriptions` (companySubscription, learn.microsoft.com/en-us/graph/api/
//! resources/companysubscription) as a JSON array from `ConvertTo-Json`, a single object, or the
//! raw `{"value":[…]}` page that `az rest` prints. Each entry is parsed into validated types or
//! reported and skipped; dates may be ISO 8601 or Windows PowerShell 5.1's `/Date(ms)/`.
//!
//! From them, [`takeover_plan`] says how many months each subscription is still paid for
//! (until its `nextLifecycleDateTime`), which replaces the one "centralise after M months" guess
//! with the real renewal dates. The term classification (trial / monthly / yearly / several
//! years, from `isTrial` and `nextLifecycleDateTime − createdDateTime`) follows CIPP's
//! `Get-CIPPLicenseOverview` (commit e0df450, 2026-04-30).
//!
//! INFERENCE (guess, unverified): that `ownerType` "User" marks a self-service purchase. The
//! Graph documentation says only that the owner is a user; self-service licences are otherwise
//! invisible in normal licence reports (office365itpros.com, 2024-07-19).
use crate::domain::date::Date;
use crate::domain::problem::{plain_json_error, Problem};
use crate::i18n::k;
use crate::i18n::Message;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Largest licence count accepted for one subscription.
pub const MAX_LICENCES: u32 = 10_000_000;

/// One subscription as the tenant reported it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    /// `skuPartNumber`, e.g. `POWER_BI_PRO`: `[A-Za-z0-9_.+-]{1,100}`.
    pub sku: String,
    pub is_trial: bool,
    /// `ownerType` as given (e.g. "User"), letters only, or empty.
    #[serde(default)]
    pub owner_type: String,
    /// `status` as given (Enabled, Warning, Suspended, Deleted, LockedOut), letters only, or empty.
    #[serde(default)]
    pub status: String,
    pub total_licences: u32,
    pub created: Option<Date>,
    /// When the subscription renews or ends (`nextLifecycleDateTime`).
    pub next_lifecycle: Option<Date>,
}

/// How long one paid period is, from the dates (CIPP's classification).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum SubscriptionTerm {
    Trial,
    Monthly,
    Yearly,
    MultiYear,
    Unknown,
}

impl SubscriptionTerm {
    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            SubscriptionTerm::Trial => &k::DOORS_TERM_TRIAL,
            SubscriptionTerm::Monthly => &k::DOORS_TERM_MONTHLY,
            SubscriptionTerm::Yearly => &k::DOORS_TERM_YEARLY,
            SubscriptionTerm::MultiYear => &k::DOORS_TERM_MULTI_YEAR,
            SubscriptionTerm::Unknown => &k::DOORS_TERM_UNKNOWN,
        }
    }
}

impl Subscription {
    pub fn accepts_sku(s: &str) -> bool {
        (1..=100).contains(&s.len())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '+' | '-'))
    }

    fn word_ok(s: &str) -> bool {
        s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphabetic())
    }

    /// Whether every field is what the parser would have kept (files are checked with this).
    pub fn is_valid(&self) -> bool {
        Self::accepts_sku(&self.sku)
            && Self::word_ok(&self.owner_type)
            && Self::word_ok(&self.status)
            && self.total_licences <= MAX_LICENCES
    }

    /// INFERENCE: owned by a user rather than the organisation, so probably bought by an
    /// employee through self-service (see the module header).
    pub fn likely_self_service(&self) -> bool {
        self.owner_type.eq_ignore_ascii_case("user")
    }

    pub fn term(&self) -> SubscriptionTerm {
        if self.is_trial {
            return SubscriptionTerm::Trial;
        }
        let (Some(a), Some(b)) = (self.created, self.next_lifecycle) else { return SubscriptionTerm::Unknown };
        // A renewal date moves on each renewal, so the length is taken modulo nothing: CIPP's
        // thresholds on the span (up to ~1 month, ~1 year, more).
        match days_between(a, b) {
            Some(d) if d <= 0 => SubscriptionTerm::Unknown,
            Some(d) if d <= 31 => SubscriptionTerm::Monthly,
            Some(d) if d <= 366 => SubscriptionTerm::Yearly,
            Some(_) => SubscriptionTerm::MultiYear,
            None => SubscriptionTerm::Unknown,
        }
    }
}

/// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil).
fn days_from_civil(d: Date) -> i64 {
    let (m, dd) = (i64::from(d.month), i64::from(d.day));
    let y = i64::from(d.year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + dd - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> Option<Date> {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Date::parse(&format!("{y:04}-{m:02}-{d:02}"))
}

fn days_between(a: Date, b: Date) -> Option<i64> {
    Some(days_from_civil(b) - days_from_civil(a))
}

/// Whole months from `from` to `to`, a started month counting as paid (0 when `to` is not after
/// `from`).
pub fn months_until(from: Date, to: Date) -> u32 {
    if to <= from {
        return 0;
    }
    let months = (i32::from(to.year) - i32::from(from.year)) * 12 + i32::from(to.month) - i32::from(from.month);
    let months = if to.day > from.day { months + 1 } else { months };
    months.max(1) as u32
}

/// "2026-05-01", "2026-05-01T00:00:00Z" or `/Date(1777593600000)/`; null or empty is `None`.
fn date_of(v: Option<&Value>) -> Result<Option<Date>, ()> {
    let s = match v {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => return Ok(None),
        Some(Value::String(s)) => s.trim(),
        Some(Value::Object(o)) => {
            // Windows PowerShell 5.1 writes a DateTime as { "value": "/Date(ms)/", "DateTime": "…" }.
            return date_of(o.get("value"));
        }
        _ => return Err(()),
    };
    if let Some(ms) = s.strip_prefix("/Date(").and_then(|r| r.strip_suffix(")/")) {
        let digits: String = ms.chars().take_while(|c| c.is_ascii_digit() || *c == '-').collect();
        let ms: i64 = digits.parse().map_err(|_| ())?;
        return civil_from_days(ms.div_euclid(86_400_000)).map(Some).ok_or(());
    }
    s.get(..10).and_then(Date::parse).filter(|_| s.len() == 10 || s[10..].starts_with('T')).map(Some).ok_or(())
}

fn get<'a>(o: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    o.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v)
}

fn word(v: Option<&Value>) -> Result<String, ()> {
    match v {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) if Subscription::word_ok(s.trim()) => Ok(s.trim().to_string()),
        _ => Err(()),
    }
}

fn item(o: &Map<String, Value>) -> Result<Subscription, ()> {
    let sku = match get(o, "skuPartNumber") {
        Some(Value::String(s)) if Subscription::accepts_sku(s.trim()) => s.trim().to_string(),
        _ => return Err(()),
    };
    let is_trial = match get(o, "isTrial") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) if s.eq_ignore_ascii_case("true") => true,
        Some(Value::String(s)) if s.eq_ignore_ascii_case("false") => false,
        _ => return Err(()),
    };
    let total_licences = match get(o, "totalLicenses") {
        Some(Value::Number(n)) => n.as_u64().ok_or(())?,
        Some(Value::String(s)) => s.trim().parse::<u64>().map_err(|_| ())?,
        None | Some(Value::Null) => 0,
        _ => return Err(()),
    };
    if total_licences > u64::from(MAX_LICENCES) {
        return Err(());
    }
    Ok(Subscription {
        sku,
        is_trial,
        owner_type: word(get(o, "ownerType"))?,
        status: word(get(o, "status"))?,
        total_licences: total_licences as u32,
        created: date_of(get(o, "createdDateTime"))?,
        next_lifecycle: date_of(get(o, "nextLifecycleDateTime"))?,
    })
}

/// Whether the text is a subscription list (JSON whose first entry has `skuPartNumber`),
/// rather than purchase-policy output; the tenant import routes on this.
pub fn looks_like_subscriptions(v: &Value) -> bool {
    let first = match v {
        Value::Array(a) => a.first(),
        Value::Object(o) => match get(o, "value") {
            Some(Value::Array(a)) => a.first(),
            _ => Some(v),
        },
        _ => None,
    };
    matches!(first, Some(Value::Object(o)) if get(o, "skuPartNumber").is_some())
}

/// Reads a subscription list: the subscriptions and a problem per entry skipped, or every
/// problem when none could be read.
pub fn parse_subscriptions(text: &str) -> Result<(Vec<Subscription>, Vec<Problem>), Vec<Problem>> {
    if text.len() > super::MAX_BYTES {
        return Err(vec![super::too_large()]);
    }
    let v: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| vec![Problem::whole(plain_json_error(&e))])?;
    parse_value(&v)
}

pub(super) fn parse_value(v: &Value) -> Result<(Vec<Subscription>, Vec<Problem>), Vec<Problem>> {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        Value::Object(o) => match get(o, "value") {
            Some(Value::Array(a)) => a.iter().collect(),
            _ => vec![v],
        },
        _ => Vec::new(),
    };
    let mut subs = Vec::new();
    let mut problems = Vec::new();
    for (i, it) in items.iter().enumerate() {
        match it {
            Value::Object(o) => match item(o) {
                Ok(s) => subs.push(s),
                Err(()) => problems.push(Problem::new(
                    format!("item {}", i + 1),
                    Message::new(&k::DOORS_SUBS_ERR_ITEM).count("n", i + 1),
                )),
            },
            _ => problems
                .push(Problem::new(format!("item {}", i + 1), Message::new(&k::DOORS_SUBS_ERR_ITEM).count("n", i + 1))),
        }
    }
    if subs.is_empty() {
        problems.push(Problem::whole(Message::new(&k::DOORS_SUBS_ERR_NOTHING)));
        return Err(problems);
    }
    Ok((subs, problems))
}

/// One subscription in the take-over plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TakeOverRow {
    pub sku: String,
    pub seats: u32,
    pub term: SubscriptionTerm,
    pub renews: Option<Date>,
    /// Months still paid from `today` until the renewal date (`None` = date unknown).
    pub months_left: Option<u32>,
    /// INFERENCE (ownerType "User"): shown as such.
    pub likely_self_service: bool,
    /// "{sku}: {seats} licences, {term}, … {months} more months paid …" (when the date is known).
    pub message: Option<Message>,
}

impl TakeOverRow {
    /// Money still owed for this subscription at `per_seat_month` (the caller maps the SKU to a
    /// price; the catalogue has no SKU names). `None` when the renewal date is unknown.
    pub fn owed(&self, per_seat_month: rust_decimal::Decimal) -> Option<rust_decimal::Decimal> {
        self.months_left
            .map(|m| per_seat_month * rust_decimal::Decimal::from(self.seats) * rust_decimal::Decimal::from(m))
    }
}

/// The take-over plan from real renewal dates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TakeOverPlan {
    /// Subscriptions likely bought through self-service first, then the rest; deleted ones left out.
    pub rows: Vec<TakeOverRow>,
    /// The month (from `today`) by which the last likely self-service, paid subscription has run
    /// out: what `HiddenCosts::centralise_after_months` can be set to instead of a guess.
    /// `None` when no such subscription has a known renewal date.
    pub centralise_after_months: Option<u32>,
    /// Always shown with the plan: identifying self-service subscriptions is an inference.
    pub inference: Message,
}

pub fn takeover_plan(subs: &[Subscription], today: Date) -> TakeOverPlan {
    let mut rows: Vec<TakeOverRow> = subs
        .iter()
        .filter(|s| !s.status.eq_ignore_ascii_case("deleted"))
        .map(|s| {
            let months_left = s.next_lifecycle.map(|d| months_until(today, d));
            let term = s.term();
            let message = match (s.next_lifecycle, months_left) {
                (Some(d), Some(m)) => Some(
                    Message::new(&k::DOORS_TAKEOVER_ROW)
                        .count("seats", s.total_licences)
                        .with("date", crate::i18n::Arg::Date(d))
                        .count("months", m)
                        .arg("sku", &s.sku),
                ),
                _ => None,
            };
            TakeOverRow {
                sku: s.sku.clone(),
                seats: s.total_licences,
                term,
                renews: s.next_lifecycle,
                months_left,
                likely_self_service: s.likely_self_service(),
                message: message.map(|m| m.with("term", crate::i18n::Arg::Word(term.label_key()))),
            }
        })
        .collect();
    rows.sort_by_key(|r| !r.likely_self_service); // stable: tenant order within each group
    let centralise_after_months = rows
        .iter()
        .filter(|r| r.likely_self_service && r.term != SubscriptionTerm::Trial)
        .filter_map(|r| r.months_left)
        .max()
        .map(|m| m.max(1));
    TakeOverPlan { rows, centralise_after_months, inference: Message::new(&k::DOORS_SUBS_INFERENCE) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GRAPH_PAGE: &str = r#"{"@odata.context":"x","value":[
        {"id":"1","skuPartNumber":"POWER_BI_PRO","isTrial":false,"ownerType":"User","status":"Enabled",
         "totalLicenses":3,"createdDateTime":"2026-03-15T10:00:00Z","nextLifecycleDateTime":"2027-03-15T10:00:00Z"},
        {"skuPartNumber":"VISIO_PLAN1_DEPT","isTrial":true,"ownerType":"User","status":"Warning",
         "totalLicenses":25,"createdDateTime":"2026-11-01T00:00:00Z","nextLifecycleDateTime":"2026-12-01T00:00:00Z"},
        {"skuPartNumber":"SPE_E5","isTrial":false,"ownerType":null,"status":"Enabled","totalLicenses":500,
         "createdDateTime":"2024-01-01T00:00:00Z","nextLifecycleDateTime":"2027-01-01T00:00:00Z"},
        {"skuPartNumber":"OLD","status":"Deleted","totalLicenses":1},
        {"skuPartNumber":"bad sku $(x)","totalLicenses":1}
    ]}"#;

    #[test]
    fn reads_the_graph_page_and_reports_what_it_skips() {
        let (subs, problems) = parse_subscriptions(GRAPH_PAGE).unwrap();
        assert_eq!(subs.len(), 4);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "item 5");
        let pbi = &subs[0];
        assert_eq!((pbi.sku.as_str(), pbi.total_licences, pbi.is_trial), ("POWER_BI_PRO", 3, false));
        assert_eq!(pbi.next_lifecycle, Some(Date::ymd(2027, 3, 15)));
        assert!(pbi.likely_self_service() && !subs[2].likely_self_service());
        assert_eq!(pbi.term(), SubscriptionTerm::Yearly);
        assert_eq!(subs[1].term(), SubscriptionTerm::Trial);
        assert_eq!(subs[2].term(), SubscriptionTerm::MultiYear);
        assert!(subs.iter().all(Subscription::is_valid));
    }

    #[test]
    fn reads_convert_to_json_from_both_powershell_editions() {
        // PowerShell 7 / the snippet's own yyyy-MM-dd; Windows PowerShell 5.1's /Date(ms)/ objects.
        let ps7 = r#"[{"skuPartNumber":"POWER_BI_PRO","isTrial":"False","ownerType":"User","status":"Enabled","totalLicenses":"2","createdDateTime":"2026-10-01","nextLifecycleDateTime":"2026-11-01"}]"#;
        let (s, p) = parse_subscriptions(ps7).unwrap();
        assert!(p.is_empty());
        assert_eq!(s[0].term(), SubscriptionTerm::Monthly);
        let ps51 = r#"{"skuPartNumber":"X","isTrial":false,"totalLicenses":1,"createdDateTime":{"value":"/Date(1777593600000)/","DateTime":"Friday"},"nextLifecycleDateTime":"/Date(1809129600000)/"}"#;
        let (s, _) = parse_subscriptions(ps51).unwrap();
        assert_eq!(s[0].created, Some(Date::ymd(2026, 5, 1)));
        assert_eq!(s[0].next_lifecycle, Some(Date::ymd(2027, 5, 1)));
    }

    #[test]
    fn refuses_nonsense_without_panicking() {
        for bad in [
            "",
            "[]",
            "{}",
            "[1,2]",
            "{\"value\":[]}",
            "[{\"skuPartNumber\":\"A\",\"totalLicenses\":-1}]",
            "[{\"skuPartNumber\":\"A\",\"createdDateTime\":\"2026-13-40\"}]",
            "[{\"skuPartNumber\":\"A\",\"createdDateTime\":\"/Date(99999999999999999999)/\"}]",
            "[{\"skuPartNumber\":\"A\",\"totalLicenses\":99999999999}]",
            "[{\"skuPartNumber\":\"A\",\"ownerType\":\"User'; x\"}]",
        ] {
            assert!(parse_subscriptions(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_take_over_plan_uses_the_real_renewal_dates() {
        let (subs, _) = parse_subscriptions(GRAPH_PAGE).unwrap();
        let plan = takeover_plan(&subs, Date::ymd(2026, 12, 1));
        let skus: Vec<&str> = plan.rows.iter().map(|r| r.sku.as_str()).collect();
        assert_eq!(skus, vec!["POWER_BI_PRO", "VISIO_PLAN1_DEPT", "SPE_E5"], "self-service first, deleted left out");
        assert_eq!(plan.rows[0].months_left, Some(4), "to 15 March 2027, a started month counts");
        assert_eq!(plan.rows[1].months_left, Some(0), "the trial ends today");
        assert_eq!(plan.centralise_after_months, Some(4), "trials and the organisation's own E5 do not count");
        assert_eq!(plan.rows[0].owed(rust_decimal_macros::dec!(14)), Some(rust_decimal_macros::dec!(168)));
        assert_eq!(plan.inference.key, &k::DOORS_SUBS_INFERENCE);
        for r in &plan.rows {
            let m = r.message.as_ref().unwrap();
            for lang in crate::i18n::Lang::ALL {
                let text = crate::i18n::msg(lang, m);
                assert!(!text.contains('{') && text.contains(&r.sku), "{lang:?}: {text}");
            }
        }
        assert!(crate::i18n::msg(crate::i18n::Lang::De, plan.rows[0].message.as_ref().unwrap()).contains("jährlich"));
    }

    #[test]
    fn months_and_days_are_calendar_exact() {
        assert_eq!(months_until(Date::ymd(2026, 1, 31), Date::ymd(2026, 2, 28)), 1);
        assert_eq!(months_until(Date::ymd(2026, 1, 15), Date::ymd(2026, 3, 15)), 2);
        assert_eq!(months_until(Date::ymd(2026, 1, 15), Date::ymd(2026, 3, 16)), 3);
        assert_eq!(months_until(Date::ymd(2026, 3, 1), Date::ymd(2026, 1, 1)), 0);
        for d in [Date::ymd(1970, 1, 1), Date::ymd(2000, 2, 29), Date::ymd(2026, 12, 31)] {
            assert_eq!(civil_from_days(days_from_civil(d)), Some(d));
        }
        assert_eq!(days_from_civil(Date::ymd(1970, 1, 2)), 1);
    }
}
