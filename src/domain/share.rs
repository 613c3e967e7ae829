//! Projections of a [`Scenario`] that leave the page: the URL hash (a shareable link) and the
//! saved-session / scenario file. Both come back through one door, [`validate`], so a scenario
//! read from a link or a file is either wholly valid or refused with every problem listed; nothing
//! is ever half-applied. Problems are [`Message`]s (`share.err.*` keys), never English.
//!
//! # The URL hash, format `v1`
//! ```text
//! hash    = "v1." base64url( payload ‖ crc16(payload) )      no padding, alphabet A–Z a–z 0–9 - _
//! ```
//! URL-safe in a fragment without percent-encoding, deterministic (equal scenarios give the same
//! string: decimals are normalised, sets and maps are ordered) and compact: a hand-packed binary
//! payload rather than compressed JSON, so there is no decompression step and no zip bomb, and no
//! dependency. `crc16` is CRC-16/CCITT-FALSE, big-endian, so a truncated or mistyped link is
//! reported as damaged instead of opening a different scenario. The payload, in order
//! (`uv` = unsigned LEB128 varint, `u8` = one byte, `opt` = `0` for none or index + 1):
//! ```text
//! scenario   = uv version, uv n, n × selection, pricing, uv n, n × (pid_ref, dec) price overrides,
//!              uv n, n × u8 plan (channel·3 + term), answers, script
//! selection  = pid, uv seats, u8 policy (index in PolicyValue::ALL)
//! pricing    = u8 currency, date price_date, uv horizon, dec csp_adjust, uv org_seats,
//!              4 × dec level discount, date agreement_date, dec negotiated,
//!              dec procurement, dec expense_claim, dec admin_review, uv seats_per_purchase,
//!              uv centralise_after (0 = none, m + 1)
//! answers    = opt tenant, opt country, opt agreement, pid_set agreement_covers,
//!              opt planned_purchase, pid_set planned_products, opt shadow_it, opt support,
//!              opt billing, opt compliance, opt experimentation, opt copilot,
//!              uv n, n × (u8 criterion, u8 weight)
//! script     = u8 flags (bit 0 what_if, bit 1 power_platform_trials), u8 default_for_others,
//!              uv n, n bytes UTF-8 tenant_label
//! pid        = 8 bytes big-endian: the 12 characters [A-Z0-9] read as a base-36 number
//! pid_ref    = uv k: k ≥ 1 → the id of selection k − 1; k = 0 → a pid follows
//! pid_set    = uv 0 = not answered, or n + 1 followed by n × pid_ref
//! dec        = uv (zigzag(mantissa) << 5 | scale) of the normalised Decimal
//! date       = uv year, u8 month, u8 day
//! ```
//! Enum indexes are positions in the types' `ALL` lists, so those lists are part of the format:
//! append, never reorder. Every struct is destructured field by field in the writer, the reader and
//! [`validate`], so a field added to [`Scenario`] is a compile error here until the format carries
//! it. A change of layout is a new prefix (`v2.`); the decoder keeps reading
//! every older prefix. Decoding accepts a bare hash, one with a leading `#`, or a whole pasted
//! URL (the part after `#`); at most [`MAX_HASH_CHARS`] characters; every count is bounded by the
//! bytes left, trailing bytes are refused, and nothing panics on hostile input.
//!
//! # The scenario file (also the saved session)
//! Pretty-printed JSON in a small envelope, readable and hand-editable:
//! ```text
//! { "format": "ssp-advisor-scenario", "version": 1, "saved_at": "YYYY-MM-DD", "scenario": { … } }
//! ```
//! `scenario` is the serde form of [`Scenario`]. Reading is strict: at most [`MAX_FILE_BYTES`],
//! every field is read on its own so that each problem has its path (`scenario.selections[2].seats`),
//! unknown fields are reported (a misspelt optional field would otherwise vanish silently), and
//! the result is then validated like a link.
//!
//! # Validation
//! [`validate`] checks every value a hand-edited or hostile link or file could get wrong; its
//! paths are relative to the scenario (`selections[2].seats`, `pricing.ea.level_discount_pct[1]`,
//! `price_overrides.CFQ7TTC0H9MP`, `answers.agreement_covers`). Ranges are the ones the input
//! fields enforce.
use crate::domain::catalog::{Catalog, Term};
use crate::domain::date::Date;
use crate::domain::decision::{
    Agreement, Answers, Billing, Compliance, CopilotApproach, Country, Criterion, Experimentation, ShadowIt, Support,
    TenantType, Weight, YesNo,
};
use crate::domain::ids::ProductId;
use crate::domain::input::{MAX_SEATS, MIN_SEATS};
use crate::domain::message::Message;
use crate::domain::money::Currency;
use crate::domain::policy::PolicyValue;
use crate::domain::pricing::{Channel, EaTerms, HiddenCosts, Plan, PricingParams, MAX_HORIZON_MONTHS};
use crate::domain::scenario::{default_plans, Scenario, ScriptPrefs, Selection};
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The scenario schema version this build reads and writes (`Scenario::version`).
pub const SCENARIO_VERSION: u32 = 1;
/// Prefix of the current hash format.
pub const HASH_PREFIX: &str = "v1.";
/// Longest hash accepted, checked before anything is decoded.
pub const MAX_HASH_CHARS: usize = 8 * 1024;
/// Largest scenario file accepted, checked before parsing.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
pub const FILE_FORMAT: &str = "ssp-advisor-scenario";
pub const FILE_VERSION: u32 = 1;

pub const MAX_ORG_SEATS: u32 = 1_000_000;
pub const CSP_ADJUST_MIN_PCT: i64 = -50;
pub const CSP_ADJUST_MAX_PCT: i64 = 50;
pub const MAX_DISCOUNT_PCT: i64 = 60;
pub const MAX_HIDDEN_COST: i64 = 1_000_000;
pub const MAX_SEATS_PER_PURCHASE: u32 = 1_000;
pub const MAX_PRICE_OVERRIDE: i64 = 100_000;
/// Decimals allowed in money amounts and percentages (as the input fields allow).
pub const MONEY_DP: u32 = 2;
/// Decimals allowed in a user-entered price per seat-month.
pub const PRICE_DP: u32 = 4;

/// One thing wrong with a scenario: where (a path into the scenario, or into the file for
/// [`from_file`]; empty for the whole link or file) and what, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: Message,
}

impl Problem {
    fn new(path: impl Into<String>, message: Message) -> Problem {
        Problem { path: path.into(), message }
    }
}

// ------------------------------------------------------------------------------------------------
// Validation
// ------------------------------------------------------------------------------------------------

fn decimal_ok(v: Decimal, min: i64, max: i64, dp: u32) -> bool {
    v >= Decimal::from(min) && v <= Decimal::from(max) && v.normalize().scale() <= dp
}

fn date_ok(d: Date) -> bool {
    Date::parse(&d.to_string()) == Some(d)
}

fn range_msg(key: &str, value: impl ToString, min: impl ToString, max: impl ToString) -> Message {
    Message::new(key).arg("value", value).arg("min", min).arg("max", max)
}

/// Every problem of `s` against `catalog`, in scenario order; empty means valid.
pub fn validate(s: &Scenario, catalog: &Catalog) -> Vec<Problem> {
    let mut out = Vec::new();
    let Scenario { version, selections, pricing, price_overrides, shown_plans, answers, script } = s;

    if *version != SCENARIO_VERSION {
        out.push(Problem::new(
            "version",
            Message::new("share.err.version").arg("version", version).arg("supported", SCENARIO_VERSION),
        ));
    }

    // Selections: known, not duplicated (a legacy id and its current id are the same product),
    // seats in range, policy allowed for the product.
    let mut selected: BTreeSet<ProductId> = BTreeSet::new();
    for (i, sel) in selections.iter().enumerate() {
        let Selection { id, seats, policy } = sel;
        let path = format!("selections[{i}]");
        let name = match catalog.find(id) {
            None => {
                out.push(Problem::new(format!("{path}.id"), Message::new("share.err.unknown_product").arg("id", id)));
                id.to_string()
            }
            Some(product) => {
                if !selected.insert(product.id.clone()) {
                    out.push(Problem::new(
                        format!("{path}.id"),
                        Message::new("share.err.duplicate_product").arg("id", id).arg("name", &product.name),
                    ));
                }
                if !product.allowed_policies().contains(policy) {
                    out.push(Problem::new(
                        format!("{path}.policy"),
                        Message::new("share.err.trials_only").arg("name", &product.name),
                    ));
                }
                product.name.clone()
            }
        };
        if !(MIN_SEATS..=MAX_SEATS).contains(seats) {
            out.push(Problem::new(
                format!("{path}.seats"),
                range_msg("share.err.seats", seats, MIN_SEATS, MAX_SEATS).arg("name", name),
            ));
        }
    }

    validate_pricing(pricing, &mut out);

    for (id, price) in price_overrides {
        let path = format!("price_overrides.{id}");
        match catalog.find(id) {
            None => out.push(Problem::new(path, Message::new("share.err.price_override_unknown").arg("id", id))),
            Some(product) => {
                if !decimal_ok(*price, 0, MAX_PRICE_OVERRIDE, PRICE_DP) {
                    out.push(Problem::new(
                        path,
                        range_msg("share.err.price_override", price, 0, MAX_PRICE_OVERRIDE)
                            .arg("dp", PRICE_DP)
                            .arg("name", &product.name),
                    ));
                }
            }
        }
    }

    if shown_plans.is_empty() {
        out.push(Problem::new("shown_plans", Message::new("share.err.plans_empty")));
    }
    for (i, plan) in shown_plans.iter().enumerate() {
        let path = format!("shown_plans[{i}]");
        if !Plan::ALL.contains(plan) {
            out.push(Problem::new(path, Message::new("share.err.plan_unknown")));
        } else if shown_plans[..i].contains(plan) {
            out.push(Problem::new(path, Message::new("share.err.plan_duplicate")));
        }
    }

    // Product-list answers may only name selected products (legacy ids resolve).
    let resolve = |id: &ProductId| catalog.find(id).map(|p| p.id.clone()).unwrap_or_else(|| id.clone());
    for (field, key, set) in [
        ("agreement_covers", "share.err.covers_not_selected", &answers.agreement_covers),
        ("planned_products", "share.err.planned_not_selected", &answers.planned_products),
    ] {
        for id in set.iter().flatten() {
            if !selected.contains(&resolve(id)) {
                out.push(Problem::new(format!("answers.{field}"), Message::new(key).arg("id", id)));
            }
        }
    }

    // The label ends up in script comments and a quoted variable: short, one line.
    let ScriptPrefs { what_if: _, default_for_others: _, tenant_label, power_platform_trials: _ } = script;
    if tenant_label.chars().count() > ScriptPrefs::MAX_LABEL || tenant_label.chars().any(char::is_control) {
        // (The path is joined so that it does not read like a translation key to the i18n test.)
        out.push(Problem::new(
            join("script", "tenant_label"),
            Message::new("share.err.tenant_label").arg("max", ScriptPrefs::MAX_LABEL),
        ));
    }
    out
}

fn validate_pricing(p: &PricingParams, out: &mut Vec<Problem>) {
    let PricingParams { currency: _, price_date, horizon_months, csp_adjust_pct, org_seats, ea, hidden } = p;
    let EaTerms { level_discount_pct, agreement_date, negotiated_discount_pct } = ea;
    let HiddenCosts { procurement_per_order, expense_claim, admin_review, seats_per_purchase, centralise_after_months } =
        hidden;
    let mut push = |path: &str, m: Message| out.push(Problem::new(format!("pricing.{path}"), m));

    for (path, d) in [("price_date", price_date), ("ea.agreement_date", agreement_date)] {
        if !date_ok(*d) {
            push(path, Message::new("share.err.date").arg("value", d));
        }
    }
    if !(1..=MAX_HORIZON_MONTHS).contains(horizon_months) {
        push("horizon_months", range_msg("share.err.horizon", horizon_months, 1, MAX_HORIZON_MONTHS));
    }
    if !(1..=MAX_ORG_SEATS).contains(org_seats) {
        push("org_seats", range_msg("share.err.org_seats", org_seats, 1, MAX_ORG_SEATS));
    }
    if !decimal_ok(*csp_adjust_pct, CSP_ADJUST_MIN_PCT, CSP_ADJUST_MAX_PCT, MONEY_DP) {
        push(
            "csp_adjust_pct",
            range_msg("share.err.csp_adjust", csp_adjust_pct, CSP_ADJUST_MIN_PCT, CSP_ADJUST_MAX_PCT)
                .arg("dp", MONEY_DP),
        );
    }
    for (i, (pct, level)) in level_discount_pct.iter().zip(["A", "B", "C", "D"]).enumerate() {
        if !decimal_ok(*pct, 0, MAX_DISCOUNT_PCT, MONEY_DP) {
            push(
                &format!("ea.level_discount_pct[{i}]"),
                range_msg("share.err.ea_level_discount", pct, 0, MAX_DISCOUNT_PCT)
                    .arg("dp", MONEY_DP)
                    .arg("level", level),
            );
        }
    }
    if !decimal_ok(*negotiated_discount_pct, 0, MAX_DISCOUNT_PCT, MONEY_DP) {
        push(
            "ea.negotiated_discount_pct",
            range_msg("share.err.ea_negotiated", negotiated_discount_pct, 0, MAX_DISCOUNT_PCT).arg("dp", MONEY_DP),
        );
    }
    for (path, key, v) in [
        ("hidden.procurement_per_order", "share.err.procurement", procurement_per_order),
        ("hidden.expense_claim", "share.err.expense_claim", expense_claim),
        ("hidden.admin_review", "share.err.admin_review", admin_review),
    ] {
        if !decimal_ok(*v, 0, MAX_HIDDEN_COST, MONEY_DP) {
            push(path, range_msg(key, v, 0, MAX_HIDDEN_COST).arg("dp", MONEY_DP));
        }
    }
    if !(1..=MAX_SEATS_PER_PURCHASE).contains(seats_per_purchase) {
        push(
            "hidden.seats_per_purchase",
            range_msg("share.err.seats_per_purchase", seats_per_purchase, 1, MAX_SEATS_PER_PURCHASE),
        );
    }
    if let Some(m) = centralise_after_months {
        if !(1..=MAX_HORIZON_MONTHS).contains(m) {
            push("hidden.centralise_after_months", range_msg("share.err.centralise_after", m, 1, MAX_HORIZON_MONTHS));
        }
    }
}

// ------------------------------------------------------------------------------------------------
// URL hash
// ------------------------------------------------------------------------------------------------

const CHANNELS: [Channel; 3] = [Channel::SelfService, Channel::Csp, Channel::Ea];

/// The link form of `s` (without `#`): see the module header for the format.
pub fn encode_hash(s: &Scenario) -> String {
    let mut w = Writer(Vec::with_capacity(256));
    w.scenario(s);
    let crc = crc16(&w.0);
    w.0.extend_from_slice(&crc.to_be_bytes());
    format!("{HASH_PREFIX}{}", base64url::encode(&w.0))
}

/// Reads a link (bare, with `#`, or a whole URL) back into a validated scenario.
pub fn decode_hash(hash: &str, catalog: &Catalog) -> Result<Scenario, Vec<Problem>> {
    let whole = |key: &str| vec![Problem::new("", Message::new(key))];
    let mut h = hash.trim();
    if let Some(i) = h.find('#') {
        h = &h[i + 1..];
    }
    if h.len() > MAX_HASH_CHARS {
        return Err(vec![Problem::new("", Message::new("share.err.link_too_long").arg("max", MAX_HASH_CHARS))]);
    }
    if h.is_empty() {
        return Err(whole("share.err.link_empty"));
    }
    let Some(data) = h.strip_prefix(HASH_PREFIX) else {
        // "v2." and later: made by another version; anything else is not one of our links.
        let version = h.strip_prefix('v').and_then(|r| r.split_once('.')).map(|(v, _)| v);
        return Err(match version {
            Some(v) if !v.is_empty() && v.len() <= 6 && v.bytes().all(|b| b.is_ascii_digit()) => {
                vec![Problem::new("", Message::new("share.err.link_version").arg("version", v))]
            }
            _ => whole("share.err.link_damaged"),
        });
    };
    let bytes = base64url::decode(data).ok_or_else(|| whole("share.err.link_damaged"))?;
    if bytes.len() < 2 {
        return Err(whole("share.err.link_damaged"));
    }
    let (payload, crc) = bytes.split_at(bytes.len() - 2);
    if crc16(payload).to_be_bytes() != crc {
        return Err(whole("share.err.link_damaged"));
    }
    let mut r = Reader { b: payload, pos: 0 };
    let scenario = r.scenario().map_err(|Damaged| whole("share.err.link_damaged"))?;
    if r.pos != payload.len() {
        return Err(whole("share.err.link_damaged"));
    }
    let mut scenario = scenario;
    scenario.canonicalize(catalog);
    let problems = validate(&scenario, catalog);
    if problems.is_empty() {
        Ok(scenario)
    } else {
        Err(problems)
    }
}

/// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF).
fn crc16(data: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    crc
}

/// Position of `v` in `all`; 255 (refused by the reader) if a variant is missing from `all`,
/// so such a link fails loudly instead of opening something else.
fn index_of<T: PartialEq>(all: &[T], v: &T) -> u8 {
    all.iter().position(|x| x == v).map_or(u8::MAX, |i| i as u8)
}

const BASE36: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/// 36^12: every 12-character ProductId is a number below this (and it fits in 63 bits).
const PID_SPACE: u64 = 4_738_381_338_321_616_896;

struct Writer(Vec<u8>);

impl Writer {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    fn uv(&mut self, mut v: u128) {
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(low);
                return;
            }
            self.0.push(low | 0x80);
        }
    }

    fn num(&mut self, v: impl Into<u128>) {
        self.uv(v.into())
    }

    fn dec(&mut self, d: Decimal) {
        let d = d.normalize();
        let m = d.mantissa();
        let zigzag = ((m << 1) ^ (m >> 127)) as u128;
        self.uv((zigzag << 5) | d.scale() as u128);
    }

    fn date(&mut self, d: Date) {
        self.num(d.year);
        self.byte(d.month);
        self.byte(d.day);
    }

    fn pid(&mut self, id: &ProductId) {
        let v = id.as_str().bytes().fold(0u64, |acc, c| {
            let digit = BASE36.iter().position(|&x| x == c).unwrap_or(0) as u64;
            acc.wrapping_mul(36).wrapping_add(digit)
        });
        self.0.extend_from_slice(&v.to_be_bytes());
    }

    fn pid_ref(&mut self, id: &ProductId, selections: &[Selection]) {
        match selections.iter().position(|s| &s.id == id) {
            Some(i) => self.num(i as u64 + 1),
            None => {
                self.byte(0);
                self.pid(id);
            }
        }
    }

    fn opt<T: PartialEq>(&mut self, all: &[T], v: &Option<T>) {
        self.byte(v.as_ref().map_or(0, |x| index_of(all, x).saturating_add(1)));
    }

    fn pid_set(&mut self, set: &Option<BTreeSet<ProductId>>, selections: &[Selection]) {
        match set {
            None => self.byte(0),
            Some(ids) => {
                self.num(ids.len() as u64 + 1);
                for id in ids {
                    self.pid_ref(id, selections);
                }
            }
        }
    }

    fn scenario(&mut self, s: &Scenario) {
        let Scenario { version, selections, pricing, price_overrides, shown_plans, answers, script } = s;
        self.num(*version);
        self.num(selections.len() as u64);
        for Selection { id, seats, policy } in selections {
            self.pid(id);
            self.num(*seats);
            self.byte(index_of(&PolicyValue::ALL, policy));
        }
        self.pricing(pricing);
        self.num(price_overrides.len() as u64);
        for (id, price) in price_overrides {
            self.pid_ref(id, selections);
            self.dec(*price);
        }
        self.num(shown_plans.len() as u64);
        for plan in shown_plans {
            let c = index_of(&CHANNELS, &plan.channel);
            let t = index_of(&Term::ALL, &plan.term);
            self.byte(if c < 3 && t < 3 { c * 3 + t } else { u8::MAX });
        }
        self.answers(answers, selections);
        let ScriptPrefs { what_if, default_for_others, tenant_label, power_platform_trials } = script;
        self.byte(u8::from(*what_if) | u8::from(*power_platform_trials) << 1);
        self.byte(index_of(&PolicyValue::ALL, default_for_others));
        self.num(tenant_label.len() as u64);
        self.0.extend_from_slice(tenant_label.as_bytes());
    }

    fn pricing(&mut self, p: &PricingParams) {
        let PricingParams { currency, price_date, horizon_months, csp_adjust_pct, org_seats, ea, hidden } = p;
        let EaTerms { level_discount_pct, agreement_date, negotiated_discount_pct } = ea;
        let HiddenCosts {
            procurement_per_order,
            expense_claim,
            admin_review,
            seats_per_purchase,
            centralise_after_months,
        } = hidden;
        self.byte(index_of(&Currency::ALL, currency));
        self.date(*price_date);
        self.num(*horizon_months);
        self.dec(*csp_adjust_pct);
        self.num(*org_seats);
        for d in level_discount_pct {
            self.dec(*d);
        }
        self.date(*agreement_date);
        self.dec(*negotiated_discount_pct);
        self.dec(*procurement_per_order);
        self.dec(*expense_claim);
        self.dec(*admin_review);
        self.num(*seats_per_purchase);
        self.num(centralise_after_months.map_or(0, |m| m as u64 + 1));
    }

    fn answers(&mut self, a: &Answers, selections: &[Selection]) {
        let Answers {
            tenant_type,
            country,
            agreement,
            agreement_covers,
            planned_purchase,
            planned_products,
            shadow_it,
            support,
            billing,
            compliance,
            experimentation,
            copilot,
            weights,
        } = a;
        self.opt(TenantType::ALL, tenant_type);
        self.opt(Country::ALL, country);
        self.opt(Agreement::ALL, agreement);
        self.pid_set(agreement_covers, selections);
        self.opt(YesNo::ALL, planned_purchase);
        self.pid_set(planned_products, selections);
        self.opt(ShadowIt::ALL, shadow_it);
        self.opt(Support::ALL, support);
        self.opt(Billing::ALL, billing);
        self.opt(Compliance::ALL, compliance);
        self.opt(Experimentation::ALL, experimentation);
        self.opt(CopilotApproach::ALL, copilot);
        self.num(weights.len() as u64);
        for (c, w) in weights {
            self.byte(index_of(&Criterion::ALL, c));
            self.byte(index_of(&Weight::ALL, w));
        }
    }
}

/// The link's bytes are not a scenario of this format.
struct Damaged;

type Read<T> = Result<T, Damaged>;

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Read<u8> {
        let b = *self.b.get(self.pos).ok_or(Damaged)?;
        self.pos += 1;
        Ok(b)
    }

    fn uv(&mut self) -> Read<u128> {
        let mut v: u128 = 0;
        for shift in (0..128).step_by(7) {
            let b = self.byte()?;
            let bits = (b & 0x7f) as u128;
            // The 19th byte (shift 126) has room for 2 bits only.
            if shift > 121 && bits >> (128 - shift) != 0 {
                return Err(Damaged);
            }
            v |= bits << shift;
            if b & 0x80 == 0 {
                // Canonical: no superfluous trailing zero byte.
                if b == 0 && shift > 0 {
                    return Err(Damaged);
                }
                return Ok(v);
            }
        }
        Err(Damaged)
    }

    fn u32(&mut self) -> Read<u32> {
        u32::try_from(self.uv()?).map_err(|_| Damaged)
    }

    /// A count of items that follow: each takes at least one byte, so more than the bytes left
    /// is damage (and no hostile count can make us loop or allocate).
    fn count(&mut self) -> Read<usize> {
        let n = self.u32()? as usize;
        if n > self.b.len() - self.pos {
            return Err(Damaged);
        }
        Ok(n)
    }

    fn pick<T: Copy>(&mut self, all: &[T]) -> Read<T> {
        all.get(self.byte()? as usize).copied().ok_or(Damaged)
    }

    fn opt<T: Copy>(&mut self, all: &[T]) -> Read<Option<T>> {
        match self.byte()? {
            0 => Ok(None),
            i => all.get(i as usize - 1).copied().map(Some).ok_or(Damaged),
        }
    }

    fn dec(&mut self) -> Read<Decimal> {
        let v = self.uv()?;
        let scale = (v & 31) as u32;
        let zigzag = v >> 5;
        let m = ((zigzag >> 1) as i128) ^ -((zigzag & 1) as i128);
        Decimal::try_from_i128_with_scale(m, scale).map_err(|_| Damaged)
    }

    fn date(&mut self) -> Read<Date> {
        let year = u16::try_from(self.u32()?).map_err(|_| Damaged)?;
        Ok(Date::ymd(year, self.byte()?, self.byte()?))
    }

    fn pid(&mut self) -> Read<ProductId> {
        let bytes: [u8; 8] = self.b.get(self.pos..self.pos + 8).ok_or(Damaged)?.try_into().map_err(|_| Damaged)?;
        self.pos += 8;
        let mut v = u64::from_be_bytes(bytes);
        if v >= PID_SPACE {
            return Err(Damaged);
        }
        let mut chars = [b'0'; 12];
        for c in chars.iter_mut().rev() {
            *c = BASE36[(v % 36) as usize];
            v /= 36;
        }
        ProductId::parse(std::str::from_utf8(&chars).map_err(|_| Damaged)?).map_err(|_| Damaged)
    }

    fn pid_ref(&mut self, selections: &[Selection]) -> Read<ProductId> {
        match self.u32()? as usize {
            0 => self.pid(),
            k => selections.get(k - 1).map(|s| s.id.clone()).ok_or(Damaged),
        }
    }

    fn pid_set(&mut self, selections: &[Selection]) -> Read<Option<BTreeSet<ProductId>>> {
        match self.u32()? as usize {
            0 => Ok(None),
            n if n - 1 > self.b.len() - self.pos => Err(Damaged),
            n => (0..n - 1).map(|_| self.pid_ref(selections)).collect::<Read<BTreeSet<_>>>().map(Some),
        }
    }

    fn scenario(&mut self) -> Read<Scenario> {
        let version = self.u32()?;
        let n = self.count()?;
        let mut selections = Vec::new();
        for _ in 0..n {
            let id = self.pid()?;
            let seats = self.u32()?;
            let policy = self.pick(&PolicyValue::ALL)?;
            selections.push(Selection { id, seats, policy });
        }
        let pricing = self.pricing()?;
        let mut price_overrides = BTreeMap::new();
        for _ in 0..self.count()? {
            let id = self.pid_ref(&selections)?;
            let price = self.dec()?;
            if price_overrides.insert(id, price).is_some() {
                return Err(Damaged);
            }
        }
        let mut shown_plans = Vec::new();
        for _ in 0..self.count()? {
            let b = self.byte()?;
            if b >= 9 {
                return Err(Damaged);
            }
            shown_plans.push(Plan::new(CHANNELS[(b / 3) as usize], Term::ALL[(b % 3) as usize]));
        }
        let answers = self.answers(&selections)?;
        let flags = self.byte()?;
        if flags > 0b11 {
            return Err(Damaged);
        }
        let default_for_others = self.pick(&PolicyValue::ALL)?;
        let n = self.count()?;
        let label = &self.b[self.pos..self.pos + n];
        self.pos += n;
        let script = ScriptPrefs {
            what_if: flags & 1 != 0,
            default_for_others,
            tenant_label: String::from_utf8(label.to_vec()).map_err(|_| Damaged)?,
            power_platform_trials: flags & 2 != 0,
        };
        Ok(Scenario { version, selections, pricing, price_overrides, shown_plans, answers, script })
    }

    fn pricing(&mut self) -> Read<PricingParams> {
        let currency = self.pick(&Currency::ALL)?;
        let price_date = self.date()?;
        let horizon_months = self.u32()?;
        let csp_adjust_pct = self.dec()?;
        let org_seats = self.u32()?;
        let level_discount_pct = [self.dec()?, self.dec()?, self.dec()?, self.dec()?];
        let agreement_date = self.date()?;
        let negotiated_discount_pct = self.dec()?;
        let procurement_per_order = self.dec()?;
        let expense_claim = self.dec()?;
        let admin_review = self.dec()?;
        let seats_per_purchase = self.u32()?;
        let centralise_after_months = match self.u32()? {
            0 => None,
            m => Some(m - 1),
        };
        Ok(PricingParams {
            currency,
            price_date,
            horizon_months,
            csp_adjust_pct,
            org_seats,
            ea: EaTerms { level_discount_pct, agreement_date, negotiated_discount_pct },
            hidden: HiddenCosts {
                procurement_per_order,
                expense_claim,
                admin_review,
                seats_per_purchase,
                centralise_after_months,
            },
        })
    }

    fn answers(&mut self, selections: &[Selection]) -> Read<Answers> {
        let tenant_type = self.opt(TenantType::ALL)?;
        let country = self.opt(Country::ALL)?;
        let agreement = self.opt(Agreement::ALL)?;
        let agreement_covers = self.pid_set(selections)?;
        let planned_purchase = self.opt(YesNo::ALL)?;
        let planned_products = self.pid_set(selections)?;
        let shadow_it = self.opt(ShadowIt::ALL)?;
        let support = self.opt(Support::ALL)?;
        let billing = self.opt(Billing::ALL)?;
        let compliance = self.opt(Compliance::ALL)?;
        let experimentation = self.opt(Experimentation::ALL)?;
        let copilot = self.opt(CopilotApproach::ALL)?;
        let mut weights = BTreeMap::new();
        for _ in 0..self.count()? {
            let c = self.pick(&Criterion::ALL)?;
            let w = self.pick(&Weight::ALL)?;
            if weights.insert(c, w).is_some() {
                return Err(Damaged);
            }
        }
        Ok(Answers {
            tenant_type,
            country,
            agreement,
            agreement_covers,
            planned_purchase,
            planned_products,
            shadow_it,
            support,
            billing,
            compliance,
            experimentation,
            copilot,
            weights,
        })
    }
}

/// base64url (RFC 4648 §5) without padding. Decoding is strict: only the alphabet, no length that
/// cannot occur, and unused trailing bits must be zero, so each byte string has one spelling.
mod base64url {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &b)| acc | (b as u32) << (16 - 8 * i));
            for i in 0..=chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            }
        }
        out
    }

    fn value(c: u8) -> Option<u32> {
        ALPHABET.iter().position(|&a| a == c).map(|v| v as u32)
    }

    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let input = text.as_bytes();
        if input.len() % 4 == 1 {
            return None;
        }
        let mut out = Vec::with_capacity(input.len() / 4 * 3 + 2);
        for chunk in input.chunks(4) {
            let mut n = 0u32;
            for (i, &c) in chunk.iter().enumerate() {
                n |= value(c)? << (18 - 6 * i);
            }
            let bytes = chunk.len() - 1;
            // Bits below the last whole byte must be zero (canonical form).
            if n & ((1 << (24 - 8 * bytes)) - 1) != 0 {
                return None;
            }
            out.extend((0..bytes).map(|i| (n >> (16 - 8 * i)) as u8));
        }
        Some(out)
    }
}

// ------------------------------------------------------------------------------------------------
// Scenario file / saved session
// ------------------------------------------------------------------------------------------------

/// A scenario file as read: the scenario and when it was saved (if the file says).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedFile {
    pub saved_at: Option<Date>,
    pub scenario: Scenario,
}

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'a str,
    version: u32,
    saved_at: Date,
    scenario: &'a Scenario,
}

/// The scenario as a pretty-printed JSON file (see the module header), saved on `saved_at`.
pub fn to_file(s: &Scenario, saved_at: Date) -> String {
    let envelope = Envelope { format: FILE_FORMAT, version: FILE_VERSION, saved_at, scenario: s };
    // Serialising plain data to a String cannot fail (string map keys, no I/O).
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// Reads a scenario file: the whole validated scenario, or every problem (paths into the file).
pub fn from_file(text: &str, catalog: &Catalog) -> Result<Scenario, Vec<Problem>> {
    read_file(text, catalog).map(|f| f.scenario)
}

/// Like [`from_file`], also giving the file's `saved_at`.
pub fn read_file(text: &str, catalog: &Catalog) -> Result<SavedFile, Vec<Problem>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![Problem::new(
            "",
            Message::new("share.err.file_too_large").arg("max_kb", MAX_FILE_BYTES / 1024),
        )]);
    }
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
        vec![Problem::new(
            "",
            Message::new("share.err.not_json")
                .arg("line", e.line())
                .arg("column", e.column())
                .arg("detail", e.to_string()),
        )]
    })?;
    let not_ours = || vec![Problem::new("", Message::new("share.err.not_scenario_file"))];
    let obj = value.as_object().ok_or_else(not_ours)?;
    if obj.get("format").and_then(Value::as_str) != Some(FILE_FORMAT) {
        return Err(not_ours());
    }
    match obj.get("version") {
        Some(v) if v.as_u64() == Some(FILE_VERSION as u64) => {}
        v => {
            let shown = v.map_or_else(|| "?".to_string(), |v| v.to_string());
            return Err(vec![Problem::new(
                "version",
                Message::new("share.err.file_version").arg("version", shown).arg("supported", FILE_VERSION),
            )]);
        }
    }
    let mut r = JsonReader::default();
    r.unknown_fields(obj, "", &["format", "version", "saved_at", "scenario"]);
    let saved_at: Option<Option<Date>> = r.optional(obj, "saved_at", "");
    let scenario = match obj.get("scenario") {
        None => {
            r.push("scenario", Message::new("share.err.missing"));
            None
        }
        Some(v) => r.scenario(v, "scenario"),
    };
    match (r.problems.is_empty(), saved_at, scenario) {
        (true, Some(saved_at), Some(scenario)) => {
            let mut scenario = scenario;
            scenario.canonicalize(catalog);
            let problems = validate(&scenario, catalog);
            if problems.is_empty() {
                Ok(SavedFile { saved_at, scenario })
            } else {
                Err(problems.into_iter().map(|p| Problem::new(join("scenario", &p.path), p.message)).collect())
            }
        }
        _ => Err(r.problems),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Reads JSON field by field so that every problem has its own path; a `None` result always
/// comes with at least one problem recorded.
#[derive(Default)]
struct JsonReader {
    problems: Vec<Problem>,
}

impl JsonReader {
    fn push(&mut self, path: impl Into<String>, message: Message) {
        self.problems.push(Problem::new(path, message));
    }

    fn value<T: DeserializeOwned>(&mut self, v: &Value, path: &str) -> Option<T> {
        match T::deserialize(v) {
            Ok(t) => Some(t),
            Err(e) => {
                self.push(path, Message::new("share.err.invalid_value").arg("detail", e));
                None
            }
        }
    }

    fn required<T: DeserializeOwned>(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<T> {
        match obj.get(key) {
            None => {
                self.push(join(path, key), Message::new("share.err.missing"));
                None
            }
            Some(v) => self.value(v, &join(path, key)),
        }
    }

    /// Missing or `null` is `Some(None)`.
    fn optional<T: DeserializeOwned>(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<Option<T>> {
        match obj.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(v) => self.value(v, &join(path, key)).map(Some),
        }
    }

    fn unknown_fields(&mut self, obj: &Map<String, Value>, path: &str, known: &[&str]) {
        for key in obj.keys().filter(|k| !known.contains(&k.as_str())) {
            self.push(join(path, key), Message::new("share.err.unknown_field").arg("name", key));
        }
    }

    fn object<'v>(&mut self, v: &'v Value, path: &str, known: &[&str]) -> Option<&'v Map<String, Value>> {
        match v.as_object() {
            Some(obj) => {
                self.unknown_fields(obj, path, known);
                Some(obj)
            }
            None => {
                self.push(path, Message::new("share.err.invalid_value"));
                None
            }
        }
    }

    fn array<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v Vec<Value>> {
        let a = v.as_array();
        if a.is_none() {
            self.push(path, Message::new("share.err.invalid_value"));
        }
        a
    }

    fn product_id(&mut self, v: &Value, path: &str) -> Option<ProductId> {
        match v.as_str() {
            None => {
                self.push(path, Message::new("share.err.invalid_value"));
                None
            }
            Some(s) => match ProductId::parse(s) {
                Ok(id) => Some(id),
                Err(e) => {
                    self.push(path, e.message());
                    None
                }
            },
        }
    }

    fn scenario(&mut self, v: &Value, path: &str) -> Option<Scenario> {
        let known = ["version", "selections", "pricing", "price_overrides", "shown_plans", "answers", "script"];
        let obj = self.object(v, path, &known)?;
        let version = self.required::<u32>(obj, "version", path);
        let selections = match obj.get("selections") {
            None => {
                self.push(join(path, "selections"), Message::new("share.err.missing"));
                None
            }
            Some(v) => self.selections(v, &join(path, "selections")),
        };
        let pricing = match obj.get("pricing") {
            None => {
                self.push(join(path, "pricing"), Message::new("share.err.missing"));
                None
            }
            Some(v) => self.pricing(v, &join(path, "pricing")),
        };
        let price_overrides = match obj.get("price_overrides") {
            None => Some(BTreeMap::new()),
            Some(v) => self.price_overrides(v, &join(path, "price_overrides")),
        };
        let shown_plans = match obj.get("shown_plans") {
            None => Some(default_plans()),
            Some(v) => self.list::<Plan>(v, &join(path, "shown_plans")),
        };
        let answers = match obj.get("answers") {
            None => Some(Answers::default()),
            Some(v) => self.answers(v, &join(path, "answers")),
        };
        let script = match obj.get("script") {
            None => Some(ScriptPrefs::default()),
            Some(v) => self.script(v, &join(path, "script")),
        };
        Some(Scenario {
            version: version?,
            selections: selections?,
            pricing: pricing?,
            price_overrides: price_overrides?,
            shown_plans: shown_plans?,
            answers: answers?,
            script: script?,
        })
    }

    fn script(&mut self, v: &Value, path: &str) -> Option<ScriptPrefs> {
        let known = ["what_if", "default_for_others", "tenant_label", "power_platform_trials"];
        let obj = self.object(v, path, &known)?;
        let what_if = self.required::<bool>(obj, "what_if", path);
        let default_for_others = self.required::<PolicyValue>(obj, "default_for_others", path);
        let tenant_label = self.optional::<String>(obj, "tenant_label", path);
        let power_platform_trials = self.required::<bool>(obj, "power_platform_trials", path);
        Some(ScriptPrefs {
            what_if: what_if?,
            default_for_others: default_for_others?,
            tenant_label: tenant_label?.unwrap_or_default(),
            power_platform_trials: power_platform_trials?,
        })
    }

    fn list<T: DeserializeOwned>(&mut self, v: &Value, path: &str) -> Option<Vec<T>> {
        let items = self.array(v, path)?;
        let read: Vec<Option<T>> =
            items.iter().enumerate().map(|(i, v)| self.value(v, &format!("{path}[{i}]"))).collect();
        read.into_iter().collect()
    }

    fn selections(&mut self, v: &Value, path: &str) -> Option<Vec<Selection>> {
        let items = self.array(v, path)?;
        let mut out = Some(Vec::new());
        for (i, item) in items.iter().enumerate() {
            let path = format!("{path}[{i}]");
            let sel = self.object(item, &path, &["id", "seats", "policy"]).and_then(|obj| {
                let id = match obj.get("id") {
                    None => {
                        self.push(join(&path, "id"), Message::new("share.err.missing"));
                        None
                    }
                    Some(v) => self.product_id(v, &join(&path, "id")),
                };
                let seats = self.required::<u32>(obj, "seats", &path);
                let policy = self.required::<PolicyValue>(obj, "policy", &path);
                Some(Selection { id: id?, seats: seats?, policy: policy? })
            });
            match (sel, out.as_mut()) {
                (Some(sel), Some(list)) => list.push(sel),
                _ => out = None,
            }
        }
        out
    }

    fn price_overrides(&mut self, v: &Value, path: &str) -> Option<BTreeMap<ProductId, Decimal>> {
        // Every key is a ProductId (checked below), so there are no unknown fields here.
        let Some(obj) = v.as_object() else {
            self.push(path, Message::new("share.err.invalid_value"));
            return None;
        };
        let mut out = Some(BTreeMap::new());
        for (key, value) in obj {
            let item_path = join(path, key);
            let id = self.product_id(&Value::String(key.clone()), &item_path);
            let price = self.value::<Decimal>(value, &item_path);
            match (id, price, out.as_mut()) {
                (Some(id), Some(price), Some(map)) => {
                    map.insert(id, price);
                }
                _ => out = None,
            }
        }
        out
    }

    fn pricing(&mut self, v: &Value, path: &str) -> Option<PricingParams> {
        let known = ["currency", "price_date", "horizon_months", "csp_adjust_pct", "org_seats", "ea", "hidden"];
        let obj = self.object(v, path, &known)?;
        let currency = self.required::<Currency>(obj, "currency", path);
        let price_date = self.required::<Date>(obj, "price_date", path);
        let horizon_months = self.required::<u32>(obj, "horizon_months", path);
        let csp_adjust_pct = self.required::<Decimal>(obj, "csp_adjust_pct", path);
        let org_seats = self.required::<u32>(obj, "org_seats", path);
        let ea = self.sub(obj, "ea", path, |r, v, path| {
            let obj = r.object(v, path, &["level_discount_pct", "agreement_date", "negotiated_discount_pct"])?;
            let levels = r.required::<[Decimal; 4]>(obj, "level_discount_pct", path);
            let date = r.required::<Date>(obj, "agreement_date", path);
            let negotiated = r.required::<Decimal>(obj, "negotiated_discount_pct", path);
            Some(EaTerms { level_discount_pct: levels?, agreement_date: date?, negotiated_discount_pct: negotiated? })
        });
        let hidden = self.sub(obj, "hidden", path, |r, v, path| {
            let known = [
                "procurement_per_order",
                "expense_claim",
                "admin_review",
                "seats_per_purchase",
                "centralise_after_months",
            ];
            let obj = r.object(v, path, &known)?;
            let procurement = r.required::<Decimal>(obj, "procurement_per_order", path);
            let claim = r.required::<Decimal>(obj, "expense_claim", path);
            let review = r.required::<Decimal>(obj, "admin_review", path);
            let per_purchase = r.required::<u32>(obj, "seats_per_purchase", path);
            let centralise = r.optional::<u32>(obj, "centralise_after_months", path);
            Some(HiddenCosts {
                procurement_per_order: procurement?,
                expense_claim: claim?,
                admin_review: review?,
                seats_per_purchase: per_purchase?,
                centralise_after_months: centralise?,
            })
        });
        Some(PricingParams {
            currency: currency?,
            price_date: price_date?,
            horizon_months: horizon_months?,
            csp_adjust_pct: csp_adjust_pct?,
            org_seats: org_seats?,
            ea: ea?,
            hidden: hidden?,
        })
    }

    fn sub<T>(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        read: impl FnOnce(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<T> {
        let path = join(path, key);
        match obj.get(key) {
            None => {
                self.push(path, Message::new("share.err.missing"));
                None
            }
            Some(v) => read(self, v, &path),
        }
    }

    /// Every answer is read on its own (as a one-field `Answers`), so a bad one has its path;
    /// the known field names come from the type itself.
    fn answers(&mut self, v: &Value, path: &str) -> Option<Answers> {
        let mut reference = Answers::default();
        reference.set_weight(Criterion::Cost, Weight::Important);
        let known: Vec<String> = match serde_json::to_value(&reference) {
            Ok(Value::Object(m)) => m.keys().cloned().collect(),
            _ => Vec::new(),
        };
        let known: Vec<&str> = known.iter().map(String::as_str).collect();
        let obj = self.object(v, path, &known)?;
        let before = self.problems.len();
        for (key, value) in obj.iter().filter(|(k, _)| known.contains(&k.as_str())) {
            let single = Value::Object(Map::from_iter([(key.clone(), value.clone())]));
            self.value::<Answers>(&single, &join(path, key));
        }
        if self.problems.len() != before {
            return None;
        }
        self.value::<Answers>(v, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn id(s: &str) -> ProductId {
        ProductId::parse(s).unwrap()
    }

    const POWER_BI_PRO: &str = "CFQ7TTC0H9MP"; // no no-card trial: Trials only refused
    const VISIO_PLAN_1: &str = "CFQ7TTC0HD33"; // no-card trial
    const COPILOT: &str = "CFQ7TTC0MM8R";

    fn keys(problems: &[Problem]) -> Vec<(&str, &str)> {
        problems.iter().map(|p| (p.path.as_str(), p.message.key.as_str())).collect()
    }

    /// Three products, a few answers, one override: what a typical shared link holds.
    fn typical(c: &Catalog) -> Scenario {
        let mut s = Scenario::default();
        for p in [POWER_BI_PRO, VISIO_PLAN_1, COPILOT] {
            s.toggle(c, &id(p));
        }
        s.set_seats(&id(POWER_BI_PRO), 120);
        s.set_seats(&id(COPILOT), 25);
        s.set_policy(c, &id(VISIO_PLAN_1), PolicyValue::OnlyTrialsWithoutPaymentMethod);
        s.set_override(&id(COPILOT), Some(dec!(28.5)));
        s.answers.tenant_type = Some(TenantType::Commercial);
        s.answers.country = Some(Country::Other);
        s.answers.agreement = Some(Agreement::Csp);
        s.answers.agreement_covers = Some([id(POWER_BI_PRO)].into());
        s.answers.shadow_it = Some(ShadowIt::Tolerant);
        s
    }

    /// Seven products, every answer given, edited assumptions, overrides and weights.
    pub(super) fn full(c: &Catalog) -> Scenario {
        let mut s = Scenario::default();
        for name in [
            "Power BI Pro",
            "Power Apps Premium",
            "Planner Plan 1",
            "Project Plan 3",
            "Visio Plan 1",
            "Visio Plan 2",
            "Microsoft 365 Copilot",
        ] {
            let p = c.products.iter().find(|p| p.name == name).unwrap();
            s.toggle(c, &p.id.clone());
        }
        let ids: Vec<ProductId> = s.selections.iter().map(|x| x.id.clone()).collect();
        for (i, pid) in ids.iter().enumerate() {
            s.set_seats(pid, 15 + 1_237 * i as u32);
            let allowed = c.find(pid).unwrap().allowed_policies();
            s.set_policy(c, pid, allowed[i % allowed.len()]);
        }
        s.set_override(&ids[0], Some(dec!(13.9)));
        s.set_override(&ids[3], Some(dec!(27.4995)));
        s.set_override(&ids[6], Some(dec!(30)));
        s.shown_plans = Plan::ALL.to_vec();
        let p = &mut s.pricing;
        p.currency = Currency::EUR;
        p.price_date = Date::ymd(2027, 3, 15);
        p.horizon_months = 36;
        p.csp_adjust_pct = dec!(-7.5);
        p.org_seats = 5_400;
        p.ea.level_discount_pct = [dec!(1), dec!(6.5), dec!(9.25), dec!(12)];
        p.ea.agreement_date = Date::ymd(2025, 10, 31);
        p.ea.negotiated_discount_pct = dec!(3.75);
        p.hidden.procurement_per_order = dec!(350);
        p.hidden.expense_claim = dec!(32.50);
        p.hidden.admin_review = dec!(65);
        p.hidden.seats_per_purchase = 5;
        p.hidden.centralise_after_months = Some(18);
        let a = &mut s.answers;
        a.tenant_type = Some(TenantType::Commercial);
        a.country = Some(Country::Other);
        a.agreement = Some(Agreement::Ea);
        a.agreement_covers = Some(ids[..3].iter().cloned().collect());
        a.planned_purchase = Some(YesNo::Yes);
        a.planned_products = Some(ids[4..].iter().cloned().collect());
        a.shadow_it = Some(ShadowIt::Strict);
        a.support = Some(Support::Limited);
        a.billing = Some(Billing::Reluctantly);
        a.compliance = Some(Compliance::Regulated);
        a.experimentation = Some(Experimentation::Moderate);
        a.copilot = Some(CopilotApproach::EarlyAdopters);
        for (cr, w) in [
            (Criterion::Cost, Weight::Decisive),
            (Criterion::Compliance, Weight::Important),
            (Criterion::Experimentation, Weight::Ignore),
            (Criterion::Support, Weight::Important),
        ] {
            a.set_weight(cr, w);
        }
        s.script = ScriptPrefs {
            what_if: true,
            default_for_others: PolicyValue::OnlyTrialsWithoutPaymentMethod,
            tenant_label: "Contoso 'prod' – Zürich".into(),
            power_platform_trials: true,
        };
        s
    }

    // ---- base64url and crc ----

    #[test]
    fn base64url_matches_rfc4648_vectors() {
        let vectors: [(&str, &str); 7] = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, coded) in vectors {
            assert_eq!(base64url::encode(plain.as_bytes()), coded);
            assert_eq!(base64url::decode(coded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64url::encode(&[0xfb, 0xff, 0xbf]), "-_-_");
        assert_eq!(base64url::decode("-_-_").unwrap(), [0xfb, 0xff, 0xbf]);
    }

    #[test]
    fn base64url_refuses_what_it_never_writes() {
        assert_eq!(base64url::decode("Zm9v="), None, "padding");
        assert_eq!(base64url::decode("Zm+v"), None, "standard alphabet");
        assert_eq!(base64url::decode("Z"), None, "impossible length");
        assert_eq!(base64url::decode("Zh"), None, "non-zero trailing bits");
        assert_eq!(base64url::decode("Zm9 v"), None);
        assert_eq!(base64url::decode("Zmé"), None);
    }

    #[test]
    fn crc16_is_ccitt_false() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
        assert_eq!(crc16(b""), 0xFFFF);
    }

    // ---- hash ----

    #[test]
    fn hash_round_trips_and_is_url_safe() {
        let c = Catalog::embedded();
        for s in [Scenario::default(), typical(&c), full(&c)] {
            assert!(validate(&s, &c).is_empty(), "{:?}", validate(&s, &c));
            let h = encode_hash(&s);
            assert!(h.starts_with("v1."));
            assert!(h.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)), "{h}");
            assert_eq!(decode_hash(&h, &c), Ok(s.clone()));
            assert_eq!(decode_hash(&format!("#{h}"), &c), Ok(s.clone()));
            assert_eq!(decode_hash(&format!(" https://example.org/advisor/#{h}\n"), &c), Ok(s.clone()));
            assert_eq!(encode_hash(&decode_hash(&h, &c).unwrap()), h, "deterministic");
        }
    }

    #[test]
    fn hash_is_deterministic_for_equal_scenarios() {
        let c = Catalog::embedded();
        let a = typical(&c);
        let mut b = a.clone();
        b.set_override(&id(COPILOT), Some(dec!(28.5000)));
        b.pricing.hidden.expense_claim = dec!(25.00);
        assert_eq!(a, b);
        assert_eq!(encode_hash(&a), encode_hash(&b));
    }

    /// `cargo test --lib domain::share -- --nocapture` prints the sizes.
    #[test]
    fn hash_sizes_are_within_budget() {
        const BUDGET: usize = 400;
        let c = Catalog::embedded();
        let sizes: Vec<(&str, usize)> =
            [("empty", Scenario::default()), ("typical, 3 products", typical(&c)), ("full, 7 products", full(&c))]
                .into_iter()
                .map(|(name, s)| (name, encode_hash(&s).len()))
                .collect();
        for (name, n) in &sizes {
            println!("hash size, {name}: {n} characters");
        }
        assert!(sizes[2].1 < BUDGET, "full scenario hash is {} characters, budget {BUDGET}", sizes[2].1);
        assert!(sizes[0].1 < 100);
    }

    #[test]
    fn hash_golden_string() {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        s.toggle(&c, &id(POWER_BI_PRO));
        s.set_seats(&id(POWER_BI_PRO), 50);
        s.set_policy(&c, &id(POWER_BI_PRO), PolicyValue::Enabled);
        s.answers.agreement = Some(Agreement::NoAgreement);
        s.answers.set_weight(Criterion::Cost, Weight::Decisive);
        let h = encode_hash(&s);
        assert_eq!(h, GOLDEN, "the v1 hash format changed: links already shared must keep opening");
        assert_eq!(decode_hash(GOLDEN, &c), Ok(s));
    }

    const GOLDEN: &str =
        "v1.AQEWt6trCH0LATIAAOoPCxUMAKwCAIADwASABuoPCxUAgGTADIAUAQAABQACAwUGAAAEAAAAAAAAAAAAAQkDAAIAxZ4";

    #[test]
    fn hash_refuses_damage_with_plain_reasons() {
        let c = Catalog::embedded();
        let h = encode_hash(&typical(&c));
        let key = |r: Result<Scenario, Vec<Problem>>| r.unwrap_err()[0].message.key.clone();
        assert_eq!(key(decode_hash("", &c)), "share.err.link_empty");
        assert_eq!(key(decode_hash("#", &c)), "share.err.link_empty");
        assert_eq!(key(decode_hash(&h[..h.len() - 3], &c)), "share.err.link_damaged", "truncated");
        assert_eq!(key(decode_hash(&h.replacen("v1.", "v2.", 1), &c)), "share.err.link_version");
        assert_eq!(key(decode_hash(&h.replacen("v1.", "", 1), &c)), "share.err.link_damaged");
        assert_eq!(key(decode_hash("products", &c)), "share.err.link_damaged");
        assert_eq!(key(decode_hash(&"A".repeat(MAX_HASH_CHARS + 1), &c)), "share.err.link_too_long");
        // One changed character anywhere is noticed.
        for i in HASH_PREFIX.len()..h.len() {
            let mut b = h.clone().into_bytes();
            b[i] = if b[i] == b'A' { b'B' } else { b'A' };
            let changed = String::from_utf8(b).unwrap();
            assert!(decode_hash(&changed, &c).is_err(), "change at {i} went unnoticed");
        }
    }

    /// A well-formed link whose values are out of range: the bytes are fine, `validate` refuses.
    #[test]
    fn decoded_links_are_validated() {
        let c = Catalog::embedded();
        let mut s = typical(&c);
        s.set_seats(&id(COPILOT), 0);
        s.pricing.horizon_months = 99;
        let errs = decode_hash(&encode_hash(&s), &c).unwrap_err();
        assert_eq!(
            keys(&errs),
            [("selections[2].seats", "share.err.seats"), ("pricing.horizon_months", "share.err.horizon")]
        );
    }

    #[test]
    fn hash_carries_unknown_and_legacy_ids_and_invalid_plans() {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        s.selections.push(Selection { id: id("CFQ7TTC0KXND"), seats: 3, policy: PolicyValue::Disabled }); // legacy
        s.answers.planned_products = Some([id("CFQ7TTC0HDB1"), id("ZZZZZZZZZZZZ"), id("000000000000")].into());
        s.price_overrides.insert(id("ZZZZZZZZZZZZ"), dec!(1));
        s.shown_plans.push(Plan::new(Channel::Ea, Term::Monthly));
        let mut w = Writer(Vec::new());
        w.scenario(&s);
        let mut r = Reader { b: &w.0, pos: 0 };
        assert_eq!(r.scenario().ok(), Some(s.clone()), "the byte layout carries every value");
        let errs = decode_hash(&encode_hash(&s), &c).unwrap_err();
        assert_eq!(
            keys(&errs),
            [
                ("price_overrides.ZZZZZZZZZZZZ", "share.err.price_override_unknown"),
                ("shown_plans[5]", "share.err.plan_unknown"),
                ("answers.planned_products", "share.err.planned_not_selected"),
                ("answers.planned_products", "share.err.planned_not_selected"),
            ]
        );
    }

    #[test]
    fn varints_and_decimals_survive_extremes() {
        for v in [0u128, 1, 127, 128, 300, u32::MAX as u128, u64::MAX as u128, u128::MAX >> 20, u128::MAX] {
            let mut w = Writer(Vec::new());
            w.uv(v);
            let mut r = Reader { b: &w.0, pos: 0 };
            assert_eq!(r.uv().ok(), Some(v));
            assert_eq!(r.pos, w.0.len());
        }
        for d in [Decimal::ZERO, dec!(-0.0001), Decimal::MAX, Decimal::MIN, dec!(0.0000000000000000000000000001)] {
            let mut w = Writer(Vec::new());
            w.dec(d);
            let mut r = Reader { b: &w.0, pos: 0 };
            assert_eq!(r.dec().ok(), Some(d));
        }
        // 20 continuation bytes, overlong zero, and a value past u128.
        for bad in [&[0xffu8; 20][..], &[0x80, 0x00], &[0xff; 19]] {
            assert!(Reader { b: bad, pos: 0 }.uv().is_err(), "{bad:?}");
        }
        let mut over = vec![0xffu8; 18];
        over.push(0x7f);
        assert!(Reader { b: &over, pos: 0 }.uv().is_err(), "more than 128 bits");
    }

    #[test]
    fn product_ids_pack_into_eight_bytes() {
        for s in ["000000000000", "ZZZZZZZZZZZZ", POWER_BI_PRO, "CFQ7TTC0KXND"] {
            let mut w = Writer(Vec::new());
            w.pid(&id(s));
            assert_eq!(w.0.len(), 8);
            assert_eq!(Reader { b: &w.0, pos: 0 }.pid().ok(), Some(id(s)));
        }
        assert!(Reader { b: &u64::MAX.to_be_bytes(), pos: 0 }.pid().is_err());
        assert!(Reader { b: &PID_SPACE.to_be_bytes(), pos: 0 }.pid().is_err());
    }

    // ---- validation: one test per rule ----

    fn problems_after(change: impl FnOnce(&mut Scenario)) -> Vec<Problem> {
        let c = Catalog::embedded();
        let mut s = typical(&c);
        change(&mut s);
        validate(&s, &c)
    }

    fn assert_only(change: impl FnOnce(&mut Scenario), path: &str, key: &str) {
        let problems = problems_after(change);
        assert_eq!(keys(&problems), [(path, key)]);
        let m = &problems[0].message;
        assert!(crate::i18n::has_key(&m.key), "{} missing from the table", m.key);
        for lang in crate::i18n::Lang::ALL {
            let text = crate::i18n::msg(lang, m);
            assert!(!text.contains('{'), "unfilled placeholder in {lang:?}: {text}");
        }
    }

    #[test]
    fn valid_scenarios_have_no_problems() {
        let c = Catalog::embedded();
        assert!(validate(&Scenario::default(), &c).is_empty());
        assert!(validate(&typical(&c), &c).is_empty());
        assert!(validate(&full(&c), &c).is_empty());
    }

    #[test]
    fn rule_version() {
        assert_only(|s| s.version = 2, "version", "share.err.version");
    }

    #[test]
    fn rule_unknown_product() {
        assert_only(|s| s.selections[1].id = id("ZZZZZZZZZZZZ"), "selections[1].id", "share.err.unknown_product");
    }

    #[test]
    fn rule_legacy_ids_are_fine_but_duplicates_are_not() {
        assert!(problems_after(|s| s.selections.push(Selection {
            id: id("CFQ7TTC0KXND"),
            seats: 1,
            policy: PolicyValue::Disabled
        }))
        .is_empty());
        assert_only(|s| s.selections.push(s.selections[0].clone()), "selections[3].id", "share.err.duplicate_product");
        // A legacy id of a product already selected is the same product.
        assert_only(
            |s| {
                s.selections.push(Selection { id: id("CFQ7TTC0HDB1"), seats: 1, policy: PolicyValue::Disabled });
                s.selections.push(Selection { id: id("CFQ7TTC0KXND"), seats: 1, policy: PolicyValue::Disabled });
            },
            "selections[4].id",
            "share.err.duplicate_product",
        );
    }

    #[test]
    fn rule_seats() {
        assert_only(|s| s.selections[0].seats = 0, "selections[0].seats", "share.err.seats");
        assert_only(|s| s.selections[0].seats = MAX_SEATS + 1, "selections[0].seats", "share.err.seats");
        assert!(problems_after(|s| s.selections[0].seats = MAX_SEATS).is_empty());
    }

    #[test]
    fn rule_trials_only_needs_a_no_card_trial() {
        assert_only(
            |s| s.selections[0].policy = PolicyValue::OnlyTrialsWithoutPaymentMethod,
            "selections[0].policy",
            "share.err.trials_only",
        );
    }

    #[test]
    fn rule_horizon() {
        assert_only(|s| s.pricing.horizon_months = 0, "pricing.horizon_months", "share.err.horizon");
        assert_only(|s| s.pricing.horizon_months = 37, "pricing.horizon_months", "share.err.horizon");
    }

    #[test]
    fn rule_org_seats() {
        assert_only(|s| s.pricing.org_seats = 0, "pricing.org_seats", "share.err.org_seats");
        assert_only(|s| s.pricing.org_seats = 1_000_001, "pricing.org_seats", "share.err.org_seats");
        assert!(problems_after(|s| s.pricing.org_seats = 1_000_000).is_empty());
    }

    #[test]
    fn rule_csp_adjust() {
        assert_only(|s| s.pricing.csp_adjust_pct = dec!(-50.01), "pricing.csp_adjust_pct", "share.err.csp_adjust");
        assert_only(|s| s.pricing.csp_adjust_pct = dec!(51), "pricing.csp_adjust_pct", "share.err.csp_adjust");
        assert_only(|s| s.pricing.csp_adjust_pct = dec!(1.234), "pricing.csp_adjust_pct", "share.err.csp_adjust");
        assert!(problems_after(|s| s.pricing.csp_adjust_pct = dec!(-50.000)).is_empty());
    }

    #[test]
    fn rule_ea_discounts() {
        assert_only(
            |s| s.pricing.ea.level_discount_pct[2] = dec!(60.5),
            "pricing.ea.level_discount_pct[2]",
            "share.err.ea_level_discount",
        );
        assert_only(
            |s| s.pricing.ea.level_discount_pct[0] = dec!(-1),
            "pricing.ea.level_discount_pct[0]",
            "share.err.ea_level_discount",
        );
        assert_only(
            |s| s.pricing.ea.negotiated_discount_pct = dec!(61),
            "pricing.ea.negotiated_discount_pct",
            "share.err.ea_negotiated",
        );
    }

    #[test]
    fn rule_hidden_costs() {
        assert_only(
            |s| s.pricing.hidden.procurement_per_order = dec!(1000000.01),
            "pricing.hidden.procurement_per_order",
            "share.err.procurement",
        );
        assert_only(
            |s| s.pricing.hidden.expense_claim = dec!(-1),
            "pricing.hidden.expense_claim",
            "share.err.expense_claim",
        );
        assert_only(
            |s| s.pricing.hidden.admin_review = dec!(40.001),
            "pricing.hidden.admin_review",
            "share.err.admin_review",
        );
        assert!(problems_after(|s| s.pricing.hidden.admin_review = dec!(40.100)).is_empty(), "trailing zeros are fine");
    }

    #[test]
    fn rule_seats_per_purchase() {
        assert_only(
            |s| s.pricing.hidden.seats_per_purchase = 0,
            "pricing.hidden.seats_per_purchase",
            "share.err.seats_per_purchase",
        );
        assert_only(
            |s| s.pricing.hidden.seats_per_purchase = 1001,
            "pricing.hidden.seats_per_purchase",
            "share.err.seats_per_purchase",
        );
    }

    #[test]
    fn rule_centralise_after() {
        assert_only(
            |s| s.pricing.hidden.centralise_after_months = Some(0),
            "pricing.hidden.centralise_after_months",
            "share.err.centralise_after",
        );
        assert_only(
            |s| s.pricing.hidden.centralise_after_months = Some(37),
            "pricing.hidden.centralise_after_months",
            "share.err.centralise_after",
        );
        assert!(problems_after(|s| s.pricing.hidden.centralise_after_months = Some(36)).is_empty());
    }

    #[test]
    fn rule_dates() {
        assert_only(|s| s.pricing.price_date = Date::ymd(2026, 2, 30), "pricing.price_date", "share.err.date");
        assert_only(
            |s| s.pricing.ea.agreement_date = Date::ymd(2026, 13, 1),
            "pricing.ea.agreement_date",
            "share.err.date",
        );
    }

    #[test]
    fn rule_price_overrides() {
        let key = format!("price_overrides.{COPILOT}");
        assert_only(|s| s.set_override(&id(COPILOT), Some(dec!(100000.01))), &key, "share.err.price_override");
        assert_only(|s| s.set_override(&id(COPILOT), Some(dec!(-0.01))), &key, "share.err.price_override");
        assert_only(|s| s.set_override(&id(COPILOT), Some(dec!(1.23456))), &key, "share.err.price_override");
        assert_only(
            |s| s.set_override(&id("ZZZZZZZZZZZZ"), Some(dec!(1))),
            "price_overrides.ZZZZZZZZZZZZ",
            "share.err.price_override_unknown",
        );
        assert!(problems_after(|s| s.set_override(&id(COPILOT), Some(dec!(1.2345)))).is_empty());
    }

    #[test]
    fn rule_shown_plans() {
        assert_only(|s| s.shown_plans.clear(), "shown_plans", "share.err.plans_empty");
        assert_only(|s| s.shown_plans.push(s.shown_plans[1]), "shown_plans[5]", "share.err.plan_duplicate");
        assert_only(
            |s| s.shown_plans.push(Plan::new(Channel::Ea, Term::AnnualBilledMonthly)),
            "shown_plans[5]",
            "share.err.plan_unknown",
        );
    }

    #[test]
    fn rule_answers_name_only_selected_products() {
        assert_only(
            |s| s.answers.agreement_covers = Some([id("CFQ7TTC0HDB1")].into()),
            "answers.agreement_covers",
            "share.err.covers_not_selected",
        );
        assert_only(
            |s| s.answers.planned_products = Some([id(COPILOT), id("ZZZZZZZZZZZZ")].into()),
            "answers.planned_products",
            "share.err.planned_not_selected",
        );
        // A legacy id of a selected product names that product.
        assert!(problems_after(|s| {
            s.toggle(&Catalog::embedded(), &id("CFQ7TTC0HDB1"));
            s.answers.planned_products = Some([id("CFQ7TTC0KXND")].into());
        })
        .is_empty());
    }

    #[test]
    fn rule_tenant_label() {
        let path = join("script", "tenant_label");
        assert_only(|s| s.script.tenant_label = "x".repeat(81), &path, "share.err.tenant_label");
        assert_only(|s| s.script.tenant_label = "a\nb".into(), &path, "share.err.tenant_label");
        assert!(problems_after(|s| s.script.tenant_label = "ü".repeat(80)).is_empty(), "characters, not bytes");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let problems = problems_after(|s| {
            s.version = 0;
            s.selections[0].seats = 0;
            s.pricing.org_seats = 0;
            s.shown_plans.clear();
        });
        assert_eq!(problems.len(), 4);
    }

    // ---- file ----

    #[test]
    fn file_round_trips_with_envelope() {
        let c = Catalog::embedded();
        let s = full(&c);
        let text = to_file(&s, Date::ymd(2026, 12, 1));
        assert!(text.starts_with(
            "{\n  \"format\": \"ssp-advisor-scenario\",\n  \"version\": 1,\n  \"saved_at\": \"2026-12-01\""
        ));
        let read = read_file(&text, &c).unwrap();
        assert_eq!(read, SavedFile { saved_at: Some(Date::ymd(2026, 12, 1)), scenario: s.clone() });
        assert_eq!(from_file(&text, &c), Ok(s));
        assert_eq!(from_file(&format!("\u{feff}{text}"), &c).map(|s| s.selections.len()), Ok(7), "BOM tolerated");
    }

    #[test]
    fn file_defaults_optional_parts() {
        let c = Catalog::embedded();
        let text = to_file(&typical(&c), Date::ymd(2026, 12, 1));
        let mut v: Value = serde_json::from_str(&text).unwrap();
        let scenario = v["scenario"].as_object_mut().unwrap();
        for key in ["price_overrides", "shown_plans", "answers", "script"] {
            scenario.remove(key);
        }
        v.as_object_mut().unwrap().remove("saved_at");
        let read = read_file(&v.to_string(), &c).unwrap();
        assert_eq!(read.saved_at, None);
        assert_eq!(read.scenario.shown_plans, default_plans());
        assert_eq!(read.scenario.answers, Answers::default());
        assert_eq!(read.scenario.script, ScriptPrefs::default());
    }

    fn file_problems(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
        let c = Catalog::embedded();
        let mut v: Value = serde_json::from_str(&to_file(&typical(&c), Date::ymd(2026, 12, 1))).unwrap();
        edit(&mut v);
        from_file(&serde_json::to_string_pretty(&v).unwrap(), &c).unwrap_err()
    }

    #[test]
    fn file_not_json_gives_line() {
        let c = Catalog::embedded();
        let errs = from_file("{\n  \"format\": \"ssp-advisor-scenario\",\n  \"version\": 1,,\n}", &c).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].message.key, "share.err.not_json");
        assert!(errs[0].message.args.contains(&("line".to_string(), "3".to_string())), "{errs:?}");
        assert_eq!(from_file("", &c).unwrap_err()[0].message.key, "share.err.not_json");
    }

    #[test]
    fn file_envelope_is_checked() {
        let c = Catalog::embedded();
        assert_eq!(from_file("[]", &c).unwrap_err()[0].message.key, "share.err.not_scenario_file");
        assert_eq!(
            from_file(&Catalog::embedded().to_json(), &c).unwrap_err()[0].message.key,
            "share.err.not_scenario_file"
        );
        let errs = file_problems(|v| v["version"] = 2.into());
        assert_eq!(keys(&errs), [("version", "share.err.file_version")]);
        let errs = file_problems(|v| v["saved_at"] = "yesterday".into());
        assert_eq!(keys(&errs), [("saved_at", "share.err.invalid_value")]);
        let big = " ".repeat(MAX_FILE_BYTES + 1);
        assert_eq!(from_file(&big, &c).unwrap_err()[0].message.key, "share.err.file_too_large");
    }

    #[test]
    fn file_shape_problems_have_paths_and_are_all_reported() {
        let errs = file_problems(|v| {
            let s = &mut v["scenario"];
            s["selections"][0]["seats"] = "many".into();
            s["selections"][1]["id"] = "visio".into();
            s["selections"][2]["policy"] = "Sometimes".into();
            s["selections"][2].as_object_mut().unwrap().insert("colour".into(), "red".into());
            s["pricing"]["ea"]["level_discount_pct"] = serde_json::json!(["1", "2"]);
            s["pricing"]["hidden"].as_object_mut().unwrap().remove("expense_claim");
            s["pricing"]["horizon_month"] = 12.into();
            s["price_overrides"]["copilot"] = "1".into();
            s["answers"]["country"] = "Atlantis".into();
            s["answers"]["weights"] = serde_json::json!({"cost": "very"});
            s["answers"]["mood"] = "good".into();
            s["shown_plans"][1] = serde_json::json!({"channel": "Fax", "term": "annual"});
            s["script"]["what_if"] = "yes".into();
        });
        let mut got = keys(&errs);
        got.sort();
        let mut want = vec![
            ("scenario.selections[0].seats", "share.err.invalid_value"),
            ("scenario.selections[1].id", "err.product_id.char"),
            ("scenario.selections[2].policy", "share.err.invalid_value"),
            ("scenario.selections[2].colour", "share.err.unknown_field"),
            ("scenario.pricing.ea.level_discount_pct", "share.err.invalid_value"),
            ("scenario.pricing.hidden.expense_claim", "share.err.missing"),
            ("scenario.pricing.horizon_month", "share.err.unknown_field"),
            ("scenario.price_overrides.copilot", "err.product_id.char"),
            ("scenario.answers.country", "share.err.invalid_value"),
            ("scenario.answers.weights", "share.err.invalid_value"),
            ("scenario.answers.mood", "share.err.unknown_field"),
            ("scenario.shown_plans[1]", "share.err.invalid_value"),
            ("scenario.script.what_if", "share.err.invalid_value"),
        ];
        want.sort();
        assert_eq!(got, want);
    }

    #[test]
    fn file_values_are_validated_with_file_paths() {
        let errs = file_problems(|v| {
            v["scenario"]["selections"][1]["seats"] = 0.into();
            v["scenario"]["pricing"]["csp_adjust_pct"] = "-75".into();
        });
        assert_eq!(
            keys(&errs),
            [
                ("scenario.selections[1].seats", "share.err.seats"),
                ("scenario.pricing.csp_adjust_pct", "share.err.csp_adjust")
            ]
        );
    }

    #[test]
    fn file_accepts_numbers_for_decimals() {
        let c = Catalog::embedded();
        let mut v: Value = serde_json::from_str(&to_file(&typical(&c), Date::ymd(2026, 12, 1))).unwrap();
        v["scenario"]["pricing"]["csp_adjust_pct"] = serde_json::json!(-2.5);
        v["scenario"]["price_overrides"][COPILOT] = serde_json::json!(31);
        let s = from_file(&v.to_string(), &c).unwrap();
        assert_eq!(s.pricing.csp_adjust_pct, dec!(-2.5));
        assert_eq!(s.price_overrides[&id(COPILOT)], dec!(31));
    }
}

/// Property tests (native only: proptest does not build for wasm32).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use crate::domain::catalog::Product;
    use proptest::collection::vec;
    use proptest::option;
    use proptest::prelude::*;
    use proptest::sample::{select, subsequence};

    fn pct(min: i64, max: i64) -> impl Strategy<Value = Decimal> {
        (min * 100..=max * 100).prop_map(|m| Decimal::new(m, 2))
    }

    fn date() -> impl Strategy<Value = Date> {
        (1990u16..=2150, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::ymd(y, m, d))
    }

    fn pricing() -> impl Strategy<Value = PricingParams> {
        (
            (select(Currency::ALL.to_vec()), date(), 1..=MAX_HORIZON_MONTHS, pct(-50, 50), 1..=MAX_ORG_SEATS),
            ([pct(0, 60), pct(0, 60), pct(0, 60), pct(0, 60)], date(), pct(0, 60)),
            (
                vec((0i64..=100_000_000).prop_map(|m| Decimal::new(m, 2)), 3),
                1..=MAX_SEATS_PER_PURCHASE,
                option::of(1..=MAX_HORIZON_MONTHS),
            ),
        )
            .prop_map(
                |(
                    (currency, price_date, horizon_months, csp_adjust_pct, org_seats),
                    (levels, ad, neg),
                    (h, spp, ca),
                )| {
                    PricingParams {
                        currency,
                        price_date,
                        horizon_months,
                        csp_adjust_pct,
                        org_seats,
                        ea: EaTerms { level_discount_pct: levels, agreement_date: ad, negotiated_discount_pct: neg },
                        hidden: HiddenCosts {
                            procurement_per_order: h[0],
                            expense_claim: h[1],
                            admin_review: h[2],
                            seats_per_purchase: spp,
                            centralise_after_months: ca,
                        },
                    }
                },
            )
    }

    fn answers() -> impl Strategy<Value = (Answers, Option<u32>, Option<u32>)> {
        (
            (
                option::of(select(TenantType::ALL)),
                option::of(select(Country::ALL)),
                option::of(select(Agreement::ALL)),
                option::of(select(YesNo::ALL)),
                option::of(select(ShadowIt::ALL)),
                option::of(select(Support::ALL)),
            ),
            (
                option::of(select(Billing::ALL)),
                option::of(select(Compliance::ALL)),
                option::of(select(Experimentation::ALL)),
                option::of(select(CopilotApproach::ALL)),
                proptest::collection::btree_map(select(Criterion::ALL.to_vec()), select(Weight::ALL.to_vec()), 0..5),
            ),
            option::of(any::<u32>()),
            option::of(any::<u32>()),
        )
            .prop_map(|((t, c, a, pp, sh, su), (b, co, e, cp, weights), covers, planned)| {
                let answers = Answers {
                    tenant_type: t,
                    country: c,
                    agreement: a,
                    agreement_covers: None,
                    planned_purchase: pp,
                    planned_products: None,
                    shadow_it: sh,
                    support: su,
                    billing: b,
                    compliance: co,
                    experimentation: e,
                    copilot: cp,
                    weights,
                };
                (answers, covers, planned)
            })
    }

    /// Valid scenarios: random catalogue products (sometimes by a legacy id), seats and policies
    /// respecting the Trials-only rule, assumptions in range, overrides, plans and answers whose
    /// product lists name selected products only.
    pub(super) fn scenario() -> impl Strategy<Value = Scenario> {
        let products: Vec<Product> = Catalog::embedded().products;
        let n = products.len();
        (
            subsequence((0..n).collect::<Vec<_>>(), 0..=n).prop_shuffle(),
            vec((MIN_SEATS..=MAX_SEATS, 0usize..3, any::<bool>()), n),
            pricing(),
            subsequence((0..n).collect::<Vec<_>>(), 0..=4),
            vec((0i64..=1_000_000_000).prop_map(|m| Decimal::new(m, 4)), 4),
            subsequence(Plan::ALL.to_vec(), 1..=7).prop_shuffle(),
            answers(),
            (any::<bool>(), select(PolicyValue::ALL.to_vec()), "[^\\p{Cc}]{0,80}", any::<bool>()),
        )
            .prop_map(
                move |(
                    chosen,
                    per_product,
                    pricing,
                    overridden,
                    prices,
                    shown_plans,
                    (mut answers, covers, planned),
                    script,
                )| {
                    let selections: Vec<Selection> = chosen
                        .iter()
                        .map(|&i| {
                            let p = &products[i];
                            let (seats, policy, legacy) = per_product[i];
                            let allowed = p.allowed_policies();
                            let id = match (legacy, p.legacy_ids.first()) {
                                (true, Some(old)) => old.clone(),
                                _ => p.id.clone(),
                            };
                            Selection { id, seats, policy: allowed[policy % allowed.len()] }
                        })
                        .collect();
                    let pick = |mask: Option<u32>| {
                        mask.map(|m| {
                            selections
                                .iter()
                                .enumerate()
                                .filter(|(i, _)| m >> (i % 32) & 1 == 1)
                                .map(|(_, s)| s.id.clone())
                                .collect()
                        })
                    };
                    answers.agreement_covers = pick(covers);
                    answers.planned_products = pick(planned);
                    Scenario {
                        version: SCENARIO_VERSION,
                        price_overrides: overridden
                            .iter()
                            .zip(prices)
                            .map(|(&i, p)| (products[i].id.clone(), p))
                            .collect(),
                        selections,
                        pricing,
                        shown_plans,
                        answers,
                        script: ScriptPrefs {
                            what_if: script.0,
                            default_for_others: script.1,
                            tenant_label: script.2,
                            power_platform_trials: script.3,
                        },
                    }
                },
            )
    }

    /// A payload with a correct checksum, so the decoder's parser (not the CRC) meets the bytes.
    fn with_crc(payload: &[u8]) -> String {
        let mut b = payload.to_vec();
        b.extend_from_slice(&crc16(payload).to_be_bytes());
        format!("{HASH_PREFIX}{}", base64url::encode(&b))
    }

    fn decodes_to_valid_or_errs(hash: &str, c: &Catalog) {
        if let Ok(s) = decode_hash(hash, c) {
            assert!(validate(&s, c).is_empty());
            assert_eq!(decode_hash(&encode_hash(&s), c), Ok(s));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn generated_scenarios_are_valid(s in scenario()) {
            let c = Catalog::embedded();
            prop_assert_eq!(validate(&s, &c), vec![]);
        }

        #[test]
        fn hash_round_trip(s in scenario()) {
            let c = Catalog::embedded();
            let h = encode_hash(&s);
            // Even 24 products, every set answered and an 80-character label of 4-byte characters.
            prop_assert!(h.len() < 2_000, "{} characters", h.len());
            // Legacy ids come back as the current ones; everything else exactly as it was.
            let mut canonical = s.clone();
            canonical.canonicalize(&c);
            prop_assert_eq!(decode_hash(&h, &c), Ok(canonical));
            prop_assert_eq!(encode_hash(&s), h);
        }

        #[test]
        fn file_round_trip(s in scenario(), d in date()) {
            let c = Catalog::embedded();
            let read = read_file(&to_file(&s, d), &c);
            let mut canonical = s;
            canonical.canonicalize(&c);
            prop_assert_eq!(read, Ok(SavedFile { saved_at: Some(d), scenario: canonical }));
        }

        #[test]
        fn decode_never_panics_on_any_string(text in ".{0,300}") {
            let c = Catalog::embedded();
            decodes_to_valid_or_errs(&text, &c);
            decodes_to_valid_or_errs(&format!("v1.{text}"), &c);
        }

        #[test]
        fn decode_never_panics_on_any_bytes(bytes in vec(any::<u8>(), 0..400)) {
            let c = Catalog::embedded();
            decodes_to_valid_or_errs(&with_crc(&bytes), &c);
        }

        #[test]
        fn decode_never_panics_on_mutated_links(
            s in scenario(),
            edits in vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
            cut in any::<prop::sample::Index>(),
        ) {
            let c = Catalog::embedded();
            let mut w = Writer(Vec::new());
            w.scenario(&s);
            let mut bytes = w.0;
            for (at, value) in edits {
                let i = at.index(bytes.len());
                bytes[i] = value;
            }
            decodes_to_valid_or_errs(&with_crc(&bytes), &c);
            decodes_to_valid_or_errs(&with_crc(&bytes[..cut.index(bytes.len())]), &c);
        }

        #[test]
        fn from_file_never_panics_on_mutated_files(
            s in scenario(),
            at in any::<prop::sample::Index>(),
            len in 0usize..20,
            junk in "[\\[\\]{}\",:0-9a-zA-Z .-]{0,12}",
        ) {
            let c = Catalog::embedded();
            let text = to_file(&s, Date::ymd(2026, 1, 1));
            let chars: Vec<char> = text.chars().collect();
            let start = at.index(chars.len());
            let end = (start + len).min(chars.len());
            let mutated: String = chars[..start].iter().chain(junk.chars().collect::<Vec<_>>().iter()).chain(chars[end..].iter()).collect();
            if let Ok(read) = from_file(&mutated, &c) {
                prop_assert!(validate(&read, &c).is_empty());
            }
        }

        #[test]
        fn from_file_never_panics_on_any_text(text in ".{0,300}") {
            let c = Catalog::embedded();
            if let Ok(read) = from_file(&text, &c) {
                prop_assert!(validate(&read, &c).is_empty());
            }
        }
    }
}
