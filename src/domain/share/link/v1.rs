//! The reader of format `v1` links, frozen: every link the first release made keeps opening
//! with the same products, seats, policies and answers (golden links in `tests/golden/v1/`).
//! Nothing writes v1 any more. v1 is positional: enum values are indexes into the lists below,
//! which are copies of the types' `ALL` lists as they were when v1 was current, so reordering or
//! extending a type can no longer change what an old link means.
//!
//! ```text
//! scenario   = uv version, uv n, n × selection, pricing, uv n, n × (pid_ref, dec) price overrides,
//!              uv n, n × u8 plan (channel·3 + term), answers, script
//! selection  = pid, uv seats, u8 policy
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
//! pid_ref    = uv k: k ≥ 1 → the id of selection k − 1; k = 0 → a pid follows
//! pid_set    = uv 0 = not answered, or n + 1 followed by n × pid_ref
//! opt        = u8 0 = not answered, or index + 1
//! date       = uv year, u8 month, u8 day
//! ```
// Struct literals end in `..Default` so that a field added later needs no change here.
#![allow(clippy::needless_update)]
use super::wire::{Damaged, Read, Reader};
use crate::domain::catalog::Term;
use crate::domain::date::Date;
use crate::domain::decision::*;
use crate::domain::ids::ProductId;
use crate::domain::money::Currency;
use crate::domain::policy::PolicyValue;
use crate::domain::pricing::{Channel, EaTerms, HiddenCosts, Plan, PricingParams};
use crate::domain::scenario::{Scenario, ScriptPrefs, Selection};
use std::collections::{BTreeMap, BTreeSet};

pub const PREFIX: &str = "v1.";

const POLICY: [PolicyValue; 3] =
    [PolicyValue::Enabled, PolicyValue::OnlyTrialsWithoutPaymentMethod, PolicyValue::Disabled];
const CURRENCY: [Currency; 2] = [Currency::USD, Currency::EUR];
const CHANNEL: [Channel; 3] = [Channel::SelfService, Channel::Csp, Channel::Ea];
const TERM: [Term; 3] = [Term::Annual, Term::AnnualBilledMonthly, Term::Monthly];
const TENANT: [TenantType; 3] = [TenantType::Commercial, TenantType::Government, TenantType::Education];
const COUNTRY: [Country; 4] = [Country::India, Country::Brazil, Country::DrCongo, Country::Other];
const AGREEMENT: [Agreement; 4] = [Agreement::Ea, Agreement::Csp, Agreement::Mca, Agreement::NoAgreement];
const YES_NO: [YesNo; 2] = [YesNo::Yes, YesNo::No];
const SHADOW_IT: [ShadowIt; 3] = [ShadowIt::Strict, ShadowIt::Tolerant, ShadowIt::Encourages];
const SUPPORT: [Support; 3] = [Support::NoCapacity, Support::Limited, Support::Ready];
const BILLING: [Billing; 3] = [Billing::Acceptable, Billing::Reluctantly, Billing::Unacceptable];
const COMPLIANCE: [Compliance; 2] = [Compliance::Regulated, Compliance::Standard];
const EXPERIMENTATION: [Experimentation; 3] = [Experimentation::High, Experimentation::Moderate, Experimentation::Low];
const COPILOT: [CopilotApproach; 3] =
    [CopilotApproach::EarlyAdopters, CopilotApproach::Central, CopilotApproach::NotNow];
const CRITERION: [Criterion; 11] = [
    Criterion::Availability,
    Criterion::Agreement,
    Criterion::Planning,
    Criterion::Strategy,
    Criterion::Support,
    Criterion::Billing,
    Criterion::Compliance,
    Criterion::Experimentation,
    Criterion::Copilot,
    Criterion::Cost,
    Criterion::Scale,
];
const WEIGHT: [Weight; 4] = [Weight::Ignore, Weight::Normal, Weight::Important, Weight::Decisive];

/// Reads a v1 payload (after base64url and the checksum); every byte must be used.
pub fn read(payload: &[u8]) -> Read<Scenario> {
    let mut r = V1(Reader::new(payload));
    let s = r.scenario()?;
    if !r.0.at_end() {
        return Err(Damaged);
    }
    Ok(s)
}

struct V1<'a>(Reader<'a>);

impl V1<'_> {
    fn pick<T: Copy>(&mut self, all: &[T]) -> Read<T> {
        all.get(self.0.byte()? as usize).copied().ok_or(Damaged)
    }

    fn opt<T: Copy>(&mut self, all: &[T]) -> Read<Option<T>> {
        match self.0.byte()? {
            0 => Ok(None),
            i => all.get(i as usize - 1).copied().map(Some).ok_or(Damaged),
        }
    }

    fn date(&mut self) -> Read<Date> {
        let year = u16::try_from(self.0.u32()?).map_err(|_| Damaged)?;
        Ok(Date::ymd(year, self.0.byte()?, self.0.byte()?))
    }

    fn pid_ref(&mut self, selections: &[Selection]) -> Read<ProductId> {
        match self.0.u32()? as usize {
            0 => self.0.pid(),
            k => selections.get(k - 1).map(|s| s.id.clone()).ok_or(Damaged),
        }
    }

    fn pid_set(&mut self, selections: &[Selection]) -> Read<Option<BTreeSet<ProductId>>> {
        match self.0.u32()? as usize {
            0 => Ok(None),
            n if n - 1 > self.0.left() => Err(Damaged),
            n => (0..n - 1).map(|_| self.pid_ref(selections)).collect::<Read<BTreeSet<_>>>().map(Some),
        }
    }

    fn scenario(&mut self) -> Read<Scenario> {
        let version = self.0.u32()?;
        let n = self.0.count()?;
        let mut selections = Vec::new();
        for _ in 0..n {
            let id = self.0.pid()?;
            let seats = self.0.u32()?;
            let policy = self.pick(&POLICY)?;
            selections.push(Selection { id, seats, policy });
        }
        let pricing = self.pricing()?;
        let mut price_overrides = BTreeMap::new();
        for _ in 0..self.0.count()? {
            let id = self.pid_ref(&selections)?;
            let price = self.0.dec()?;
            if price_overrides.insert(id, price).is_some() {
                return Err(Damaged);
            }
        }
        let mut shown_plans = Vec::new();
        for _ in 0..self.0.count()? {
            let b = self.0.byte()?;
            if b >= 9 {
                return Err(Damaged);
            }
            shown_plans.push(Plan::new(CHANNEL[(b / 3) as usize], TERM[(b % 3) as usize]));
        }
        let answers = self.answers(&selections)?;
        let flags = self.0.byte()?;
        if flags > 0b11 {
            return Err(Damaged);
        }
        let default_for_others = self.pick(&POLICY)?;
        let n = self.0.count()?;
        let label = self.0.take(n)?;
        let tenant_label = String::from_utf8(label.to_vec()).map_err(|_| Damaged)?;
        let script = ScriptPrefs {
            what_if: flags & 1 != 0,
            default_for_others,
            // v1 writers let invisible format characters through; today's field drops them.
            tenant_label: ScriptPrefs::TENANT_LABEL.clean(&tenant_label),
            power_platform_trials: flags & 2 != 0,
            ..ScriptPrefs::default()
        };
        Ok(Scenario {
            version,
            selections,
            pricing,
            price_overrides,
            shown_plans,
            answers,
            script,
            ..Scenario::default()
        })
    }

    fn pricing(&mut self) -> Read<PricingParams> {
        let currency = self.pick(&CURRENCY)?;
        let price_date = self.date()?;
        let horizon_months = self.0.u32()?;
        let csp_adjust_pct = self.0.dec()?;
        let org_seats = self.0.u32()?;
        let level_discount_pct = [self.0.dec()?, self.0.dec()?, self.0.dec()?, self.0.dec()?];
        let agreement_date = self.date()?;
        let negotiated_discount_pct = self.0.dec()?;
        let procurement_per_order = self.0.dec()?;
        let expense_claim = self.0.dec()?;
        let admin_review = self.0.dec()?;
        let seats_per_purchase = self.0.u32()?;
        let centralise_after_months = match self.0.u32()? {
            0 => None,
            m => Some(m - 1),
        };
        Ok(PricingParams {
            currency,
            price_date,
            horizon_months,
            csp_adjust_pct,
            org_seats,
            ea: EaTerms { level_discount_pct, agreement_date, negotiated_discount_pct, ..EaTerms::default() },
            hidden: HiddenCosts {
                procurement_per_order,
                expense_claim,
                admin_review,
                seats_per_purchase,
                centralise_after_months,
                ..HiddenCosts::default()
            },
            ..PricingParams::default()
        })
    }

    fn answers(&mut self, selections: &[Selection]) -> Read<Answers> {
        let tenant_type = self.opt(&TENANT)?;
        let country = self.opt(&COUNTRY)?;
        let agreement = self.opt(&AGREEMENT)?;
        let agreement_covers = self.pid_set(selections)?;
        let planned_purchase = self.opt(&YES_NO)?;
        let planned_products = self.pid_set(selections)?;
        let shadow_it = self.opt(&SHADOW_IT)?;
        let support = self.opt(&SUPPORT)?;
        let billing = self.opt(&BILLING)?;
        let compliance = self.opt(&COMPLIANCE)?;
        let experimentation = self.opt(&EXPERIMENTATION)?;
        let copilot = self.opt(&COPILOT)?;
        let mut weights = BTreeMap::new();
        for _ in 0..self.0.count()? {
            let c = self.pick(&CRITERION)?;
            let w = self.pick(&WEIGHT)?;
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
            ..Answers::default()
        })
    }
}
