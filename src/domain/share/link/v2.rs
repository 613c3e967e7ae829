//! Format `v2`: every value is a keyed field, so a new question, option or setting needs no new
//! format version, and a reader meets what it does not know as a notice, never as a misreading.
//!
//! ```text
//! message = field*                      (in ascending key order when written)
//! field   = uv key, value               key = number << 2 | wire type
//! value   = wire 0: uv                  numbers, tags, decimals (dec), dates (y·10000 + m·100 + d)
//!           wire 1: uv n, n bytes       nested messages, text, lists
//!           wire 2: 8 bytes             a ProductId (pid)
//! ```
//! Enum values are their stable tags (`domain::tag`), never positions. Field numbers:
//! ```text
//! scenario   1 version · 2 selections (packed: n × (8-byte pid, uv seats·4 + policy tag))
//!            · 3 pricing · 4 override* {1 selection k (1-based) | 2 pid, 3 price}
//!            · 5 plans (packed: n × uv (channel tag·16 + term tag)) · 6 answers · 7 weights
//!            · 8 script · 9 custom product* {1 pid, 2 name (UTF-8), 3 no-card trial,
//!            4 price currency tag, 5 price amount, 6 price as-of date}
//!            · 10 offer types (packed: n × (uv offer tag, uv policy tag); an unknown offer type is
//!            skipped with a notice)
//!            · 11 doors {1 request page (UTF-8), 2 request contact (UTF-8), 3 switch choices
//!            (packed: n × (uv switch tag, uv setting tag); an unknown switch is skipped with a
//!            notice)}
//!            · 12 ramp* (seats that change over time, the user's assumption) {1 selection k
//!            (1-based) | 2 pid, then exactly one of: 3 linear {1 start seats, 2 end seats,
//!            3 end month} · 4 growth {1 start seats, 2 rate % a month (dec)} · 5 steps (packed:
//!            n × (uv month, uv seats))}
//!            (a later per-product setting goes into a new field keyed by selection k, so the
//!            packed selections, the bulk of a link, stay one byte per seat count)
//!            · 13 this scenario's name (UTF-8; issue 24) · 15 its position among all (absent = 0)
//!            · 14 other scenario* {1 name (UTF-8) · 2 its fields that differ from this one's
//!            (a message of scenario fields 1–12) · 3 fields this one has and it lacks (packed uv
//!            field numbers)}: the other scenario is this one's top-level fields with those
//!            replaced or removed; fields 9, 13–15 belong to the link and never occur in it
//! pricing    1 currency · 2 price_date · 3 horizon · 4 csp_adjust · 5 org_seats · 16 vat {1 gross · 2 rate}
//!            · 6 level_discount* (A–D in order) · 7 agreement_date · 8 negotiated
//!            · 9 procurement · 10 expense_claim · 11 admin_review · 12 seats_per_purchase
//!            · 13 centralise_after (absent = never) · 14 products on the EA price sheet before
//!            2025-11-01 (packed 8-byte pids; absent = none) · 15 variant* {1 pid, 2 key (UTF-8)}
//! answers    field number = question tag; single choice: wire 0, the option tag;
//!            product list: wire 1, a list of refs (uv k ≥ 1 = selection k, or 0 then 8-byte pid)
//! weights    field number = criterion tag, value = weight tag
//! script     1 what_if · 2 default_for_others · 3 tenant_label (UTF-8) · 4 power_platform_trials
//! ```
//! Skipped, with a notice: an unknown field anywhere, an unknown option of a known question, an
//! unknown criterion or weight. Damaged: a known field with the wrong wire type, a repeated
//! single field, an unknown policy, currency or plan, bytes left over. An absent pricing field
//! has the value frozen in [`base_pricing`] (and is not written when equal to it); other absent
//! fields are "not answered", "none" or `false`.
use super::wire::{dec_from_bits, Damaged, Read, Reader, Writer};
use crate::domain::catalog::Term;
use crate::domain::custom::{SharedCustom, SharedPrice};
use crate::domain::date::Date;
use crate::domain::decision::{Answers, Criterion, Opt, QuestionId, Weight};
use crate::domain::doors::{Doors, RelatedSwitch, SwitchSetting};
use crate::domain::ids::ProductId;
use crate::domain::money::Currency;
use crate::domain::policy::{OfferType, PolicyValue};
use crate::domain::pricing::{Channel, Plan, PricingParams};
use crate::domain::problem::Problem;
use crate::domain::ramp::{RampSpec, Step};
use crate::domain::scenario::{Scenario, ScriptPrefs, Selection};
use crate::domain::shelf::{Parked, Shelf};
use crate::domain::tag::Tagged;
use crate::i18n::k;
use crate::i18n::Message;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};

pub const PREFIX: &str = "v2.";

const VARINT: u32 = 0;
const BYTES: u32 = 1;
const PID: u32 = 2;

// ---- writing ----

struct W(Writer);

impl W {
    fn new() -> W {
        W(Writer::default())
    }

    fn key(&mut self, field: u32, wire: u32) {
        self.0.num((field << 2) | wire);
    }

    fn uv(&mut self, field: u32, v: impl Into<u128>) {
        self.key(field, VARINT);
        self.0.num(v);
    }

    fn dec(&mut self, field: u32, d: Decimal) {
        self.key(field, VARINT);
        self.0.dec(d);
    }

    fn date(&mut self, field: u32, d: Date) {
        self.uv(field, date_num(d));
    }

    fn pid(&mut self, field: u32, id: &ProductId) {
        self.key(field, PID);
        self.0.pid(id);
    }

    fn bytes(&mut self, field: u32, b: &[u8]) {
        self.key(field, BYTES);
        self.0.num(b.len() as u64);
        self.0.bytes(b);
    }

    fn msg(&mut self, field: u32, build: impl FnOnce(&mut W)) {
        let mut inner = W::new();
        build(&mut inner);
        self.bytes(field, &inner.0 .0);
    }
}

fn date_num(d: Date) -> u32 {
    d.year as u32 * 10_000 + d.month as u32 * 100 + d.day as u32
}

fn plan_code(p: Plan) -> u32 {
    p.channel.tag() * 16 + p.term.tag()
}

fn write_ref(w: &mut Writer, id: &ProductId, selections: &[Selection]) {
    match selections.iter().position(|s| &s.id == id) {
        Some(i) => w.num(i as u64 + 1),
        None => {
            w.byte(0);
            w.pid(id);
        }
    }
}

/// The v2 payload of `s` (before checksum and base64url).
#[cfg(test)]
pub fn write(s: &Scenario) -> Vec<u8> {
    write_with(s, &[])
}

/// The v2 payload of `s` carrying `custom` products.
pub fn write_with(s: &Scenario, custom: &[SharedCustom]) -> Vec<u8> {
    // The tenant state stays out of links on purpose (see `Scenario::tenant`).
    let Scenario {
        version,
        selections,
        pricing,
        price_overrides,
        shown_plans,
        answers,
        script,
        offer_types,
        tenant: _,
        doors,
        ramps,
    } = s;
    let mut w = W::new();
    w.uv(1, *version);
    let mut packed = Writer::default();
    for Selection { id, seats, policy } in selections {
        packed.pid(id);
        packed.num(((*seats as u64) << 2) | policy.tag() as u64);
    }
    w.bytes(2, &packed.0);
    w.msg(3, |m| write_pricing(m, pricing));
    for (id, price) in price_overrides {
        w.msg(4, |m| {
            match selections.iter().position(|s| &s.id == id) {
                Some(i) => m.uv(1, i as u64 + 1),
                None => m.pid(2, id),
            }
            m.dec(3, *price);
        });
    }
    let mut plans = Writer::default();
    for plan in shown_plans {
        plans.num(plan_code(*plan));
    }
    w.bytes(5, &plans.0);
    w.msg(6, |m| {
        for q in QuestionId::ALL {
            if let Some(o) = answers.get(q) {
                m.uv(q.tag(), o.tag());
            } else if let Some(ids) = answers.products(q) {
                let mut list = Writer::default();
                for id in ids {
                    write_ref(&mut list, id, selections);
                }
                m.bytes(q.tag(), &list.0);
            }
        }
    });
    if !answers.weights.is_empty() {
        w.msg(7, |m| {
            let mut weights: Vec<(u32, u32)> = answers.weights.iter().map(|(c, w)| (c.tag(), w.tag())).collect();
            weights.sort_unstable();
            for (c, wt) in weights {
                m.uv(c, wt);
            }
        });
    }
    let ScriptPrefs { what_if, default_for_others, tenant_label, power_platform_trials } = script;
    w.msg(8, |m| {
        m.uv(1, u8::from(*what_if));
        m.uv(2, default_for_others.tag());
        if !tenant_label.is_empty() {
            m.bytes(3, tenant_label.as_bytes());
        }
        m.uv(4, u8::from(*power_platform_trials));
    });
    if !offer_types.is_empty() {
        let mut packed = Writer::default();
        for (o, v) in offer_types {
            packed.num(o.tag());
            packed.num(v.tag());
        }
        w.bytes(10, &packed.0);
    }
    if !doors.is_empty() {
        w.msg(11, |m| {
            if !doors.request.url.is_empty() {
                m.bytes(1, doors.request.url.as_bytes());
            }
            if !doors.request.contact.is_empty() {
                m.bytes(2, doors.request.contact.as_bytes());
            }
            if !doors.switches.is_empty() {
                let mut packed = Writer::default();
                for (sw, v) in &doors.switches {
                    packed.num(sw.tag());
                    packed.num(v.tag());
                }
                m.bytes(3, &packed.0);
            }
        });
    }
    for (id, spec) in ramps {
        w.msg(12, |m| {
            match selections.iter().position(|s| &s.id == id) {
                Some(i) => m.uv(1, i as u64 + 1),
                None => m.pid(2, id),
            }
            write_ramp(m, spec);
        });
    }
    for c in custom {
        w.msg(9, |m| {
            m.pid(1, &c.id);
            m.bytes(2, c.name.as_bytes());
            m.uv(3, u8::from(c.no_card_trial));
            if let Some(p) = &c.price {
                m.uv(4, p.currency.tag());
                m.dec(5, p.amount);
                m.date(6, p.as_of);
            }
        });
    }
    w.0 .0
}

/// Top-level fields that belong to the whole link, not to one scenario: custom products (the
/// catalogue is shared) and the shelf fields below.
const LINK_FIELDS: [u32; 4] = [9, SHELF_NAME, SHELF_OTHER, SHELF_POSITION];
const SHELF_NAME: u32 = 13;
const SHELF_OTHER: u32 = 14;
const SHELF_POSITION: u32 = 15;

/// The v2 payload of the active scenario `s` and, when there are several, the others (issue
/// 24). Each other scenario is written as its difference from the active one, field by field:
/// a top-level field whose encoding equals the active's is left out, a field the other lacks
/// is listed as cleared. A proposal that changes a few policies costs a few dozen characters.
pub fn write_all(s: &Scenario, shelf: &Shelf, custom: &[SharedCustom]) -> Vec<u8> {
    let mut out = write_with(s, custom);
    if shelf.is_single() {
        return out;
    }
    let mut w = W::new();
    if !shelf.name.is_empty() {
        w.bytes(SHELF_NAME, shelf.name.as_bytes());
    }
    if shelf.position > 0 {
        w.uv(SHELF_POSITION, shelf.position as u64);
    }
    // The active scenario's fields were just written by the same writer, so they parse.
    let base = spans(&out).unwrap_or_default();
    for parked in &shelf.others {
        let mine = write_with(&parked.scenario, &[]);
        let mine = spans(&mine).unwrap_or_default();
        let of = |list: &[(u32, Value<'_>, &[u8])], n: u32| -> Vec<u8> {
            list.iter().filter(|f| f.0 == n).flat_map(|f| f.2.iter().copied()).collect()
        };
        let mut numbers: Vec<u32> = base.iter().chain(mine.iter()).map(|f| f.0).collect();
        numbers.sort_unstable();
        numbers.dedup();
        let mut diff = Vec::new();
        let mut cleared = Writer::default();
        for n in numbers.into_iter().filter(|n| !LINK_FIELDS.contains(n)) {
            let (a, b) = (of(&base, n), of(&mine, n));
            if a == b {
                continue;
            }
            if b.is_empty() {
                cleared.num(n);
            }
            diff.extend_from_slice(&b);
        }
        w.msg(SHELF_OTHER, |m| {
            if !parked.name.is_empty() {
                m.bytes(1, parked.name.as_bytes());
            }
            m.bytes(2, &diff);
            if !cleared.0.is_empty() {
                m.bytes(3, &cleared.0);
            }
        });
    }
    out.extend_from_slice(&w.0 .0);
    out
}

fn write_ramp(m: &mut W, spec: &RampSpec) {
    match spec {
        RampSpec::Linear { start, end, end_month } => m.msg(3, |l| {
            l.uv(1, *start);
            l.uv(2, *end);
            l.uv(3, *end_month);
        }),
        RampSpec::Growth { start, rate_pct } => m.msg(4, |g| {
            g.uv(1, *start);
            g.dec(2, *rate_pct);
        }),
        RampSpec::Steps(steps) => {
            let mut packed = Writer::default();
            for Step { month, seats } in steps {
                packed.num(*month);
                packed.num(*seats);
            }
            m.bytes(5, &packed.0);
        }
    }
}

/// What an absent pricing field means: the defaults of the release that introduced v2, written
/// out here so that a later change of `PricingParams::default()` cannot change an old link.
fn base_pricing() -> PricingParams {
    let d = |n: i64| Decimal::from(n);
    PricingParams {
        currency: Currency::USD,
        price_date: Date::ymd(2026, 11, 21),
        horizon_months: 12,
        csp_adjust_pct: d(0),
        org_seats: 300,
        ea: crate::domain::pricing::EaTerms {
            level_discount_pct: [d(0), d(6), d(9), d(12)],
            agreement_date: Date::ymd(2026, 11, 21),
            negotiated_discount_pct: d(0),
            on_price_sheet: BTreeSet::new(),
        },
        hidden: crate::domain::pricing::HiddenCosts {
            procurement_per_order: d(200),
            expense_claim: d(25),
            admin_review: d(40),
            seats_per_purchase: 1,
            centralise_after_months: None,
        },
        variants: BTreeMap::new(),
        vat: crate::domain::pricing::VatBasis::default(),
    }
}

/// Writes the fields that differ from [`base_pricing`].
fn write_pricing(m: &mut W, p: &PricingParams) {
    let PricingParams { currency, price_date, horizon_months, csp_adjust_pct, org_seats, ea, hidden, variants, vat } =
        p;
    let b = base_pricing();
    if *currency != b.currency {
        m.uv(1, currency.tag());
    }
    if *price_date != b.price_date {
        m.date(2, *price_date);
    }
    if *horizon_months != b.horizon_months {
        m.uv(3, *horizon_months);
    }
    if *csp_adjust_pct != b.csp_adjust_pct {
        m.dec(4, *csp_adjust_pct);
    }
    if *org_seats != b.org_seats {
        m.uv(5, *org_seats);
    }
    if ea.level_discount_pct != b.ea.level_discount_pct {
        for d in ea.level_discount_pct {
            m.dec(6, d);
        }
    }
    if ea.agreement_date != b.ea.agreement_date {
        m.date(7, ea.agreement_date);
    }
    for (field, v, base) in [
        (8, ea.negotiated_discount_pct, b.ea.negotiated_discount_pct),
        (9, hidden.procurement_per_order, b.hidden.procurement_per_order),
        (10, hidden.expense_claim, b.hidden.expense_claim),
        (11, hidden.admin_review, b.hidden.admin_review),
    ] {
        if v != base {
            m.dec(field, v);
        }
    }
    if hidden.seats_per_purchase != b.hidden.seats_per_purchase {
        m.uv(12, hidden.seats_per_purchase);
    }
    if let Some(month) = hidden.centralise_after_months {
        m.uv(13, month);
    }
    for (id, key) in variants {
        m.msg(15, |v| {
            v.pid(1, id);
            v.bytes(2, key.as_bytes());
        });
    }
    if !ea.on_price_sheet.is_empty() {
        let mut ids = Writer::default();
        for id in &ea.on_price_sheet {
            ids.pid(id);
        }
        m.bytes(14, &ids.0);
    }
    // Issue 22: the VAT basis, only when it is not the net figures links always had.
    if *vat != b.vat {
        m.msg(16, |v| {
            if vat.gross {
                v.uv(1, 1u32);
            }
            if !vat.rate_pct.is_zero() {
                v.dec(2, vat.rate_pct);
            }
        });
    }
}

// ---- reading ----

enum Value<'a> {
    Varint(u128),
    Bytes(&'a [u8]),
    Pid(ProductId),
}

impl<'a> Value<'a> {
    fn varint(&self) -> Read<u128> {
        match self {
            Value::Varint(v) => Ok(*v),
            _ => Err(Damaged),
        }
    }

    fn u32(&self) -> Read<u32> {
        u32::try_from(self.varint()?).map_err(|_| Damaged)
    }

    fn bool(&self) -> Read<bool> {
        match self.varint()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Damaged),
        }
    }

    fn dec(&self) -> Read<Decimal> {
        dec_from_bits(self.varint()?)
    }

    fn date(&self) -> Read<Date> {
        let n = self.u32()?;
        let year = u16::try_from(n / 10_000).map_err(|_| Damaged)?;
        Ok(Date::ymd(year, (n / 100 % 100) as u8, (n % 100) as u8))
    }

    fn bytes(&self) -> Read<&'a [u8]> {
        match self {
            Value::Bytes(b) => Ok(b),
            _ => Err(Damaged),
        }
    }

    fn pid(&self) -> Read<ProductId> {
        match self {
            Value::Pid(id) => Ok(id.clone()),
            _ => Err(Damaged),
        }
    }

    fn tag<T: Tagged>(&self) -> Read<T> {
        T::from_tag(self.u32()?).ok_or(Damaged)
    }
}

/// Every field of one message, in order.
fn fields(b: &[u8]) -> Read<Vec<(u32, Value<'_>)>> {
    Ok(spans(b)?.into_iter().map(|(n, v, _)| (n, v)).collect())
}

/// Every field of one message with its encoded bytes (key and value), in order.
fn spans(b: &[u8]) -> Read<Vec<(u32, Value<'_>, &[u8])>> {
    let mut r = Reader::new(b);
    let mut out = Vec::new();
    while !r.at_end() {
        let start = r.pos;
        let key = r.u32()?;
        let value = match key & 3 {
            VARINT => Value::Varint(r.uv()?),
            BYTES => {
                let n = r.count()?;
                Value::Bytes(r.take(n)?)
            }
            PID => Value::Pid(r.pid()?),
            _ => return Err(Damaged),
        };
        out.push((key >> 2, value, &b[start..r.pos]));
    }
    Ok(out)
}

/// Sets a single field once; a second occurrence is damage.
fn once<T>(slot: &mut Option<T>, v: T) -> Read<()> {
    if slot.replace(v).is_some() {
        return Err(Damaged);
    }
    Ok(())
}

struct Notices(Vec<Problem>);

impl Notices {
    fn unknown_field(&mut self, path: &str, field: u32) {
        self.0.push(Problem::new(path, Message::new(&k::SHARE_NOTICE_UNKNOWN_FIELD).arg("field", field)));
    }
}

/// Reads a v2 payload: the active scenario, the other scenarios with the shelf's shape, the
/// custom products and what was skipped (as notices).
pub fn read(payload: &[u8]) -> Read<Decoded> {
    let (scenario, mut notices, custom, raw) = read_one(payload, true)?;
    let mut shelf = Shelf { name: raw.name, position: raw.position, others: Vec::new() };
    if !raw.others.is_empty() {
        let base = spans(payload)?;
        for (i, other) in raw.others.iter().enumerate() {
            let (name, diff, cleared) = read_other(other)?;
            let diff_fields = spans(diff)?;
            if diff_fields.iter().any(|f| LINK_FIELDS.contains(&f.0)) {
                return Err(Damaged);
            }
            let replaced: BTreeSet<u32> = diff_fields.iter().map(|f| f.0).chain(cleared.iter().copied()).collect();
            let mut whole: Vec<u8> = base
                .iter()
                .filter(|f| !LINK_FIELDS.contains(&f.0) && !replaced.contains(&f.0))
                .flat_map(|f| f.2.iter().copied())
                .collect();
            whole.extend_from_slice(diff);
            let (scenario, more, _, _) = read_one(&whole, false)?;
            notices.extend(more.into_iter().map(|p| p.under(&format!("scenarios[{}]", i + 1))));
            shelf.others.push(Parked { name, scenario });
        }
    }
    Ok(Decoded { scenario, shelf, notices, custom })
}

/// A link's content before validation.
pub struct Decoded {
    pub scenario: Scenario,
    pub shelf: Shelf,
    pub notices: Vec<Problem>,
    pub custom: Vec<SharedCustom>,
}

#[derive(Default)]
struct RawShelf<'a> {
    name: String,
    position: usize,
    others: Vec<&'a [u8]>,
}

fn utf8(b: &[u8]) -> Read<String> {
    String::from_utf8(b.to_vec()).map_err(|_| Damaged)
}

/// One other scenario's name, its differing fields and the fields it clears.
fn read_other(b: &[u8]) -> Read<(String, &[u8], Vec<u32>)> {
    let (mut name, mut diff, mut cleared) = (None, None, None);
    for (field, v) in fields(b)? {
        match field {
            1 => once(&mut name, utf8(v.bytes()?)?)?,
            2 => once(&mut diff, v.bytes()?)?,
            3 => {
                let mut r = Reader::new(v.bytes()?);
                let mut list = Vec::new();
                while !r.at_end() {
                    list.push(r.u32()?);
                }
                once(&mut cleared, list)?
            }
            // A later version's addition to a scenario entry would be a notice, but an entry
            // is only ever written whole by one version; unknown here means damage.
            _ => return Err(Damaged),
        }
    }
    Ok((name.unwrap_or_default(), diff.ok_or(Damaged)?, cleared.unwrap_or_default()))
}

/// Reads one scenario's fields; `top` also accepts the link's own fields.
fn read_one(payload: &[u8], top: bool) -> Read<(Scenario, Vec<Problem>, Vec<SharedCustom>, RawShelf<'_>)> {
    let mut raw = RawShelf::default();
    let (mut shelf_name, mut shelf_position) = (None, None);
    let mut notices = Notices(Vec::new());
    let mut s = Scenario::default();
    let mut version = None;
    let mut pricing = None;
    let mut answers_raw = None;
    let mut weights_raw = None;
    let mut script_raw = None;
    let mut overrides_raw = Vec::new();
    let mut custom = Vec::new();
    let mut selections = None;
    let mut plans = None;
    let mut doors_raw = None;
    let mut ramps_raw = Vec::new();
    for (field, v) in fields(payload)? {
        match field {
            1 => once(&mut version, v.u32()?)?,
            2 => once(&mut selections, read_selections(v.bytes()?)?)?,
            3 => once(&mut pricing, read_pricing(v.bytes()?, &mut notices)?)?,
            4 => overrides_raw.push(v.bytes()?),
            5 => once(&mut plans, read_plans(v.bytes()?)?)?,
            6 => once(&mut answers_raw, v.bytes()?)?,
            7 => once(&mut weights_raw, v.bytes()?)?,
            8 => once(&mut script_raw, v.bytes()?)?,
            9 if top => custom.push(read_custom(v.bytes()?, &mut notices)?),
            10 => {
                let mut r = Reader::new(v.bytes()?);
                while !r.at_end() {
                    let offer = OfferType::from_tag(r.u32()?);
                    let value = PolicyValue::from_tag(r.u32()?).ok_or(Damaged)?;
                    match offer {
                        Some(o) => {
                            if s.offer_types.insert(o, value).is_some() {
                                return Err(Damaged);
                            }
                        }
                        None => notices.unknown_field("offer_types", 10),
                    }
                }
            }
            11 => once(&mut doors_raw, v.bytes()?)?,
            SHELF_NAME if top => once(&mut shelf_name, utf8(v.bytes()?)?)?,
            SHELF_OTHER if top => raw.others.push(v.bytes()?),
            SHELF_POSITION if top => once(&mut shelf_position, usize::try_from(v.varint()?).map_err(|_| Damaged)?)?,
            12 => ramps_raw.push(v.bytes()?),
            9 | SHELF_NAME | SHELF_OTHER | SHELF_POSITION => return Err(Damaged),
            other => notices.unknown_field("", other),
        }
    }
    raw.name = shelf_name.unwrap_or_default();
    raw.position = shelf_position.unwrap_or_default();
    if let Some(raw) = doors_raw {
        s.doors = read_doors(raw, &mut notices)?;
    }
    s.version = version.unwrap_or(s.version);
    s.pricing = pricing.unwrap_or_else(base_pricing);
    s.selections = selections.unwrap_or_default();
    if let Some(plans) = plans {
        s.shown_plans = plans;
    }
    for raw in overrides_raw {
        let (id, price) = read_override(raw, &s.selections, &mut notices)?;
        if s.price_overrides.insert(id, price).is_some() {
            return Err(Damaged);
        }
    }
    for raw in ramps_raw {
        let Some((id, spec)) = read_ramp(raw, &s.selections, &mut notices)? else { continue };
        if s.ramps.insert(id, spec).is_some() {
            return Err(Damaged);
        }
    }
    if let Some(raw) = answers_raw {
        s.answers = read_answers(raw, &s.selections, &mut notices)?;
    }
    if let Some(raw) = weights_raw {
        s.answers.weights = read_weights(raw, &mut notices)?;
    }
    if let Some(raw) = script_raw {
        s.script = read_script(raw, &mut notices)?;
    }
    Ok((s, notices.0, custom, raw))
}

fn read_custom(b: &[u8], n: &mut Notices) -> Read<SharedCustom> {
    let (mut id, mut name, mut no_card, mut currency, mut amount, mut as_of) = (None, None, None, None, None, None);
    for (field, v) in fields(b)? {
        match field {
            1 => once(&mut id, v.pid()?)?,
            2 => once(&mut name, String::from_utf8(v.bytes()?.to_vec()).map_err(|_| Damaged)?)?,
            3 => once(&mut no_card, v.bool()?)?,
            4 => once(&mut currency, v.tag::<Currency>()?)?,
            5 => once(&mut amount, v.dec()?)?,
            6 => once(&mut as_of, v.date()?)?,
            other => n.unknown_field("custom_products", other),
        }
    }
    let price = match (currency, amount, as_of) {
        (Some(currency), Some(amount), Some(as_of)) => Some(SharedPrice { currency, amount, as_of }),
        (None, None, None) => None,
        _ => return Err(Damaged),
    };
    Ok(SharedCustom {
        id: id.ok_or(Damaged)?,
        name: name.ok_or(Damaged)?,
        no_card_trial: no_card.unwrap_or(false),
        price,
    })
}

fn read_selections(b: &[u8]) -> Read<Vec<Selection>> {
    let mut r = Reader::new(b);
    let mut out = Vec::new();
    while !r.at_end() {
        let id = r.pid()?;
        let v = r.uv()?;
        let policy = PolicyValue::from_tag((v & 3) as u32).ok_or(Damaged)?;
        let seats = u32::try_from(v >> 2).map_err(|_| Damaged)?;
        out.push(Selection { id, seats, policy });
    }
    Ok(out)
}

fn read_plans(b: &[u8]) -> Read<Vec<Plan>> {
    let mut r = Reader::new(b);
    let mut out = Vec::new();
    while !r.at_end() {
        let code = r.u32()?;
        let channel = Channel::from_tag(code / 16).ok_or(Damaged)?;
        let term = Term::from_tag(code % 16).ok_or(Damaged)?;
        out.push(Plan::new(channel, term));
    }
    Ok(out)
}

fn read_pricing(b: &[u8], n: &mut Notices) -> Read<PricingParams> {
    let mut p = base_pricing();
    let mut seen = BTreeSet::new();
    let mut levels = Vec::new();
    for (field, v) in fields(b)? {
        if field != 6 && field != 15 && !seen.insert(field) {
            return Err(Damaged);
        }
        match field {
            1 => p.currency = v.tag::<Currency>()?,
            2 => p.price_date = v.date()?,
            3 => p.horizon_months = v.u32()?,
            4 => p.csp_adjust_pct = v.dec()?,
            5 => p.org_seats = v.u32()?,
            6 => levels.push(v.dec()?),
            7 => p.ea.agreement_date = v.date()?,
            8 => p.ea.negotiated_discount_pct = v.dec()?,
            9 => p.hidden.procurement_per_order = v.dec()?,
            10 => p.hidden.expense_claim = v.dec()?,
            11 => p.hidden.admin_review = v.dec()?,
            12 => p.hidden.seats_per_purchase = v.u32()?,
            13 => p.hidden.centralise_after_months = Some(v.u32()?),
            15 => {
                let (mut id, mut key) = (None, None);
                for (f, x) in fields(v.bytes()?)? {
                    match f {
                        1 => once(&mut id, x.pid()?)?,
                        2 => once(&mut key, String::from_utf8(x.bytes()?.to_vec()).map_err(|_| Damaged)?)?,
                        other => n.unknown_field("pricing.variants", other),
                    }
                }
                if p.variants.insert(id.ok_or(Damaged)?, key.ok_or(Damaged)?).is_some() {
                    return Err(Damaged);
                }
            }
            14 => {
                let mut r = Reader::new(v.bytes()?);
                while !r.at_end() {
                    if !p.ea.on_price_sheet.insert(r.pid()?) {
                        return Err(Damaged);
                    }
                }
            }
            16 => {
                let (mut gross, mut rate) = (None, None);
                for (f, x) in fields(v.bytes()?)? {
                    match f {
                        1 => once(&mut gross, x.u32()? == 1)?,
                        2 => once(&mut rate, x.dec()?)?,
                        other => n.unknown_field("pricing.vat", other),
                    }
                }
                p.vat = crate::domain::pricing::VatBasis {
                    gross: gross.unwrap_or(false),
                    rate_pct: rate.unwrap_or(Decimal::ZERO),
                };
            }
            other => n.unknown_field("pricing", other),
        }
    }
    if !levels.is_empty() {
        p.ea.level_discount_pct = levels.try_into().map_err(|_| Damaged)?;
    }
    Ok(p)
}

fn read_override(b: &[u8], selections: &[Selection], n: &mut Notices) -> Read<(ProductId, Decimal)> {
    let (mut id, mut price) = (None, None);
    for (field, v) in fields(b)? {
        match field {
            1 => once(&mut id, selections.get((v.u32()? as usize).wrapping_sub(1)).ok_or(Damaged)?.id.clone())?,
            2 => once(&mut id, v.pid()?)?,
            3 => once(&mut price, v.dec()?)?,
            other => n.unknown_field("price_overrides", other),
        }
    }
    Ok((id.ok_or(Damaged)?, price.ok_or(Damaged)?))
}

/// Field 12: one product's ramp. A ramp of a kind a newer build wrote is left out with a
/// notice (the product keeps the same seats every month); a ramp with no kind is damage.
fn read_ramp(b: &[u8], selections: &[Selection], n: &mut Notices) -> Read<Option<(ProductId, RampSpec)>> {
    let (mut id, mut spec, mut unknown) = (None, None, false);
    for (field, v) in fields(b)? {
        match field {
            1 => once(&mut id, selections.get((v.u32()? as usize).wrapping_sub(1)).ok_or(Damaged)?.id.clone())?,
            2 => once(&mut id, v.pid()?)?,
            3 => {
                let (mut start, mut end, mut end_month) = (None, None, None);
                for (f, x) in fields(v.bytes()?)? {
                    match f {
                        1 => once(&mut start, x.u32()?)?,
                        2 => once(&mut end, x.u32()?)?,
                        3 => once(&mut end_month, x.u32()?)?,
                        other => n.unknown_field("ramps.linear", other),
                    }
                }
                let linear = RampSpec::Linear {
                    start: start.ok_or(Damaged)?,
                    end: end.ok_or(Damaged)?,
                    end_month: end_month.ok_or(Damaged)?,
                };
                once(&mut spec, linear)?
            }
            4 => {
                let (mut start, mut rate) = (None, None);
                for (f, x) in fields(v.bytes()?)? {
                    match f {
                        1 => once(&mut start, x.u32()?)?,
                        2 => once(&mut rate, x.dec()?)?,
                        other => n.unknown_field("ramps.growth", other),
                    }
                }
                once(&mut spec, RampSpec::Growth { start: start.ok_or(Damaged)?, rate_pct: rate.ok_or(Damaged)? })?
            }
            5 => {
                let mut r = Reader::new(v.bytes()?);
                let mut steps = Vec::new();
                while !r.at_end() {
                    // Bounded by the bytes: each step takes at least two.
                    steps.push(Step { month: r.u32()?, seats: r.u32()? });
                }
                once(&mut spec, RampSpec::Steps(steps))?
            }
            other => {
                unknown = true;
                n.unknown_field("ramps", other);
            }
        }
    }
    let id = id.ok_or(Damaged)?;
    match spec {
        Some(spec) => Ok(Some((id, spec))),
        None if unknown => Ok(None),
        None => Err(Damaged),
    }
}

fn read_refs(b: &[u8], selections: &[Selection]) -> Read<BTreeSet<ProductId>> {
    let mut r = Reader::new(b);
    let mut out = BTreeSet::new();
    while !r.at_end() {
        let id = match r.u32()? as usize {
            0 => r.pid()?,
            k => selections.get(k - 1).ok_or(Damaged)?.id.clone(),
        };
        if !out.insert(id) {
            return Err(Damaged);
        }
    }
    Ok(out)
}

fn read_answers(b: &[u8], selections: &[Selection], n: &mut Notices) -> Read<Answers> {
    let mut a = Answers::default();
    let mut seen = BTreeSet::new();
    for (field, v) in fields(b)? {
        let Some(q) = QuestionId::from_tag(field) else {
            n.0.push(Problem::new("answers", Message::new(&k::SHARE_NOTICE_UNKNOWN_QUESTION).arg("field", field)));
            continue;
        };
        if !seen.insert(q) {
            return Err(Damaged);
        }
        match &v {
            Value::Varint(_) => match Opt::from_tag(q, v.u32()?) {
                Some(o) => a.set(o),
                None => n.0.push(Problem::new(
                    format!("answers.{}", q.as_str()),
                    Message::new(&k::SHARE_NOTICE_UNKNOWN_OPTION).arg("question", q.as_str()),
                )),
            },
            Value::Bytes(list) if Opt::all(q).is_empty() => {
                a.set_products(q, Some(read_refs(list, selections)?));
            }
            _ => return Err(Damaged),
        }
    }
    Ok(a)
}

fn read_weights(b: &[u8], n: &mut Notices) -> Read<BTreeMap<Criterion, Weight>> {
    let mut out = BTreeMap::new();
    for (field, v) in fields(b)? {
        match (Criterion::from_tag(field), Weight::from_tag(v.u32()?)) {
            (Some(c), Some(w)) => {
                if out.insert(c, w).is_some() {
                    return Err(Damaged);
                }
            }
            _ => n.0.push(Problem::new(
                "answers.weights",
                Message::new(&k::SHARE_NOTICE_UNKNOWN_WEIGHT).arg("field", field),
            )),
        }
    }
    Ok(out)
}

/// Field 11: request page (1), contact (2), switch choices (3, packed pairs of switch tag and
/// setting tag; an unknown switch is skipped with a notice, an unknown setting is damage).
fn read_doors(b: &[u8], n: &mut Notices) -> Read<Doors> {
    let mut d = Doors::default();
    let mut seen = BTreeSet::new();
    for (field, v) in fields(b)? {
        if !seen.insert(field) {
            return Err(Damaged);
        }
        let text = |v: &Value| -> Read<String> { String::from_utf8(v.bytes()?.to_vec()).map_err(|_| Damaged) };
        match field {
            1 => d.request.url = text(&v)?,
            2 => d.request.contact = text(&v)?,
            3 => {
                let mut r = Reader::new(v.bytes()?);
                while !r.at_end() {
                    let sw = RelatedSwitch::from_tag(r.u32()?);
                    let value = SwitchSetting::from_tag(r.u32()?).ok_or(Damaged)?;
                    match sw {
                        Some(sw) => {
                            if d.switches.insert(sw, value).is_some() {
                                return Err(Damaged);
                            }
                        }
                        None => n.unknown_field("doors.switches", 3),
                    }
                }
            }
            other => n.unknown_field("doors", other),
        }
    }
    Ok(d)
}

fn read_script(b: &[u8], n: &mut Notices) -> Read<ScriptPrefs> {
    let mut p = ScriptPrefs::default();
    let mut seen = BTreeSet::new();
    for (field, v) in fields(b)? {
        if !seen.insert(field) {
            return Err(Damaged);
        }
        match field {
            1 => p.what_if = v.bool()?,
            2 => p.default_for_others = v.tag::<PolicyValue>()?,
            3 => p.tenant_label = String::from_utf8(v.bytes()?.to_vec()).map_err(|_| Damaged)?,
            4 => p.power_platform_trials = v.bool()?,
            other => n.unknown_field("script", other),
        }
    }
    Ok(p)
}
