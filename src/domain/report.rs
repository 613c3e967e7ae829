//! What carries the decision out of the browser as text: a Markdown report that pastes cleanly
//! into a wiki (Confluence, Azure DevOps, GitHub: tables and a fenced `powershell` block) and a
//! CSV of the figures (one row per product × plan with seats, price, licences, each hidden cost
//! and the total, then the seat sweep behind each chart). Both are projections of the scenario
//! and its derived results, in the reader's language; the CSV uses `,` and a decimal point for
//! English and `;` and a decimal comma for German and Dutch (what Excel expects in those
//! locales), UTF-8 with a byte-order mark.
use crate::domain::catalog::Catalog;
use crate::domain::compare::{chart_points, sweep, Comparison};
use crate::domain::date::Date;
use crate::domain::derived::Derived;
use crate::domain::money::{format_money, format_number};
use crate::domain::scenario::Scenario;
use crate::domain::script::{admin_center_steps, generate, ScriptHeader, Variant};
pub use crate::domain::wording::{gaps_text, total_text, CsvDialect};
use crate::i18n::{format_date, k, msg, msg_money, t, tf, tn, Lang};
use rust_decimal::Decimal;

/// Text safe in a Markdown table cell: one line, `|` and backslash escaped.
fn cell(s: &str) -> String {
    crate::domain::script::comment_text(s).replace('\\', "\\\\").replace('|', "\\|")
}

/// The decision report, worded in one language: what the printed report, the Markdown export
/// and the workshop's closing slides show. Built once from the scenario and its derived results,
/// so every rendering of it agrees with the screen to the cent.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The report's title, with the customer's name when one is given (also the PDF's name).
    pub title: String,
    /// The customer or tenant name as typed (cleaned), if any.
    pub customer: Option<String>,
    /// Label and value: tenant (when named), date, catalogue as-of date.
    pub meta: Vec<(String, String)>,
    pub link_label: String,
    pub link: String,
    /// With a link that opens only on this computer (the offline file): that it does, and the
    /// scenario code that opens anywhere (issue 21).
    pub link_note: Option<String>,
    /// "Recommended: …", or `None` until a question is answered.
    pub verdict: Option<String>,
    /// Issue 21: when the chosen policy differs from the recommendation, the warning that opens
    /// the report, naming each product with both policies. `None` when they agree.
    pub differs: Option<String>,
    /// What the script sets: "In the script now: 3 allow, 0 trials only, 0 block."
    pub chosen: String,
    pub summary: String,
    /// Each shown plan's total across products and the cheapest mix and its saving, each with
    /// the products it leaves out named (label, figure).
    pub totals: Vec<(String, String)>,
    /// The cheapest-mix and saving sentences, gaps named.
    pub totals_text: Vec<String>,
    /// "excl. VAT" / "incl. 19 % VAT": the basis of every figure.
    pub vat: String,
    /// "For finance: self-service against the cheapest channel, over 12 months".
    pub finance_heading: String,
    /// For finance (issue 22): per product, self-service against the cheapest channel, over the
    /// horizon and per year, and the saving; the last row is the total with its gaps named.
    pub finance: Vec<FinanceRow>,
    /// When the saving starts: existing self-service subscriptions run to their renewal dates.
    pub saving_starts: String,
    /// Every unit price the figures use, with the rules behind it (published price with its
    /// source and as-of date, uplifts, discounts, VAT): product, channel, price, why.
    pub prices: Vec<[String; 4]>,
    pub decisions: Vec<DecisionRow>,
    pub costs: Vec<CostSection>,
    pub assumptions: Vec<(String, String)>,
    pub follow_ups: Vec<String>,
    /// Issue 13: every other route to buying or trialling, and the request path (empty until a
    /// question is answered).
    pub doors: DoorsReport,
    pub admin_steps: Vec<String>,
    pub script: String,
    /// With several scenarios (issue 24): the comparison of the chosen two, and which scenario
    /// the script applies. Set by [`Report::with_scenarios`].
    pub versus: Option<crate::domain::versus::Worded>,
    pub script_of: Option<String>,
    /// With a tenant list (issue 25): "rolling this out" and the exports the appendix lists.
    /// Set by [`Report::with_rollout`].
    pub rollout: Option<RolloutReport>,
}

/// "Rolling this out" (issue 25): how many tenants in how many tiers, how many changes the
/// matrix found, which exports carry the decision; and every export's file name for the
/// appendix, per tier.
#[derive(Clone, Debug, PartialEq)]
pub struct RolloutReport {
    pub lines: Vec<String>,
    /// What each export is (with its tier) and its file name.
    pub exports: Vec<(String, String)>,
}

impl RolloutReport {
    /// The section for these tenants and targets (each decision with its tenants: one per tier,
    /// or the scenario's own decision without tiers); `None` without a tenant list.
    pub fn build(
        lang: Lang,
        rollout: &crate::domain::fleet::Rollout,
        targets: &[(crate::domain::fleet::Decision, Vec<crate::domain::fleet::Tenant>)],
    ) -> Option<RolloutReport> {
        use crate::domain::fleet::{
            cipp_template, collector_file_name, dsc_configuration, dsc_data_file, loop_file_name, CippOptions, Export,
            LoopBackend,
        };
        let lines: Vec<String> = rollout.messages().iter().map(|m| msg(lang, m)).collect();
        if lines.is_empty() {
            return None;
        }
        let mut exports = Vec::new();
        for (d, tenants) in targets {
            let label = |e: Export| {
                let what = t(lang, e.label_key());
                if d.name.is_empty() {
                    what
                } else {
                    format!("{what} ({})", d.name)
                }
            };
            exports.push((label(Export::Cipp), cipp_template(d, tenants, &CippOptions::default(), lang).file_name));
            exports.push((label(Export::DscConfiguration), dsc_configuration(d, tenants, None).file_name));
            exports.push((label(Export::DscData), dsc_data_file(d, None).file_name));
            exports.push((label(Export::LoopMsCommerce), loop_file_name(LoopBackend::MsCommerce, &d.name)));
            exports.push((label(Export::LoopRest), loop_file_name(LoopBackend::Rest, &d.name)));
        }
        exports.push((t(lang, &k::FLEET_UI_COLLECTOR), collector_file_name(LoopBackend::MsCommerce)));
        Some(RolloutReport { lines, exports })
    }
}

/// The "close every door" part of the report, worded.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DoorsReport {
    /// Each step and whether it is ready to do (`false`: something is still to be decided).
    pub checklist: Vec<(bool, String)>,
    pub request: Option<RequestReport>,
    pub switches: Vec<SwitchReport>,
    /// Controls the catalogue names for single blocked products (English research data).
    pub product_controls: Vec<String>,
    /// With the subscription list imported: the take-over rows and the inference they rest on.
    pub takeover: Option<(Vec<String>, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RequestReport {
    pub users_see: String,
    pub steps: Vec<String>,
    /// Who may approve (with dates) and the caveats (30 days, no e-mail to admins).
    pub notes: Vec<String>,
    /// The message to paste, in every language: language name and text.
    pub messages: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SwitchReport {
    pub label: String,
    /// "Off", "On" or "left open", with a note when the user overrode the recommendation.
    pub setting: String,
    pub what: String,
    pub click_path: String,
    pub reasons: Vec<String>,
}

impl DoorsReport {
    pub fn build(s: &Scenario, catalog: &Catalog, d: &Derived, lang: Lang, today: Date) -> DoorsReport {
        use crate::domain::checklist::{apply_checklist, blocked_product_controls, ItemStatus};
        use crate::domain::doors::licence_request_section;
        if !d.recommends() {
            return DoorsReport::default();
        }
        // What the script does, not what was recommended (issue 21).
        let rec = &d.applied;
        let checklist = apply_checklist(s, catalog, rec)
            .iter()
            .map(|i| (i.status == ItemStatus::Ready, msg(lang, &i.message)))
            .collect();
        let request = licence_request_section(&s.doors.request, rec).map(|r| RequestReport {
            users_see: msg(lang, &r.users_see),
            steps: r.steps.iter().map(|m| msg(lang, m)).collect(),
            notes: r.approvers.iter().chain(&r.caveats).map(|m| msg(lang, m)).collect(),
            messages: r.message_texts().into_iter().map(|(l, text)| (l.native_name().to_string(), text)).collect(),
        });
        let switches = if rec.switches.is_empty() {
            Vec::new()
        } else {
            s.doors
                .effective(rec)
                .iter()
                .map(|e| {
                    let setting = e.setting.map_or_else(|| t(lang, &k::DOORS_SETTING_OPEN), |v| t(lang, v.label_key()));
                    let note = e.override_note().map(|m| format!(" ({})", msg(lang, &m))).unwrap_or_default();
                    // "On (set by you; the recommendation was Off)".
                    SwitchReport {
                        label: t(lang, e.switch.label_key()),
                        setting: format!("{setting}{note}"),
                        what: t(lang, e.switch.what_key()),
                        click_path: t(lang, e.switch.click_path_key()),
                        reasons: rec
                            .switch(e.switch)
                            .map(|r| r.reasons.iter().map(|x| msg(lang, &x.message)).collect())
                            .unwrap_or_default(),
                    }
                })
                .collect()
        };
        let product_controls = if rec.switches.is_empty() {
            Vec::new()
        } else {
            blocked_product_controls(catalog, rec)
                .into_iter()
                .map(|(name, c)| format!("{name}: {}. {} {} ({})", c.name, c.effect, c.path, c.source))
                .collect()
        };
        let takeover = s.tenant.as_ref().filter(|t| !t.subscriptions.is_empty()).map(|tenant| {
            let plan = crate::domain::tenant::takeover_plan(&tenant.subscriptions, today);
            (
                plan.rows.iter().filter_map(|r| r.message.as_ref().map(|m| msg(lang, m))).collect(),
                msg(lang, &plan.inference),
            )
        });
        DoorsReport { checklist, request, switches, product_controls, takeover }
    }
}

/// One product's money in a CFO's terms: what self-service costs, what the cheapest channel
/// costs, and the difference, over the horizon and per year ("unknown" where there is no
/// figure, never 0).
#[derive(Clone, Debug, PartialEq)]
pub struct FinanceRow {
    pub name: String,
    pub self_service: String,
    /// "CSP annual: $8,600.00".
    pub cheapest: String,
    pub saving: String,
    pub saving_per_year: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DecisionRow {
    pub name: String,
    pub id: String,
    pub seats: u32,
    pub chosen: String,
    /// "–" without a recommendation.
    pub recommended: String,
    /// The strongest reasons (by weight of their points): the reason and its source.
    pub reasons: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CostSection {
    pub id: String,
    pub name: String,
    /// "for 50 seats over 12 months".
    pub scope: String,
    pub rows: Vec<CostRow>,
    /// The cheapest plan and its total in a sentence, if any plan has a figure.
    pub cheapest: Option<String>,
    /// Each break-even in words; empty with `no_break_even` said instead when plans never cross.
    pub break_evens: Vec<String>,
    pub no_break_even: Option<String>,
    /// With seats that change over time: the user's assumption, the seats it comes to and the
    /// break-even month, in sentences (empty without a ramp).
    pub ramp: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CostRow {
    pub plan: String,
    pub plan_code: &'static str,
    pub cheapest: bool,
    /// Unit price, licences, other costs, total; or why the plan has no figure.
    /// Unit price, licences, other costs, total, and the total as an average per year.
    pub figures: Result<[String; 5], String>,
}

/// The VAT basis of every figure, as a heading or total says it: "excl. VAT" or "incl. 19 %
/// VAT" (issue 22). List prices are net; only licences carry VAT when it is shown.
pub fn vat_note(lang: Lang, vat: &crate::domain::pricing::VatBasis) -> String {
    if vat.gross {
        tf(lang, &k::VAT_GROSS, &[("pct", format_pct(lang, vat.rate_pct))])
    } else {
        t(lang, &k::VAT_NET)
    }
}

/// A percentage without trailing zeros, in the reader's number format ("8,1", "19").
pub fn format_pct(lang: Lang, pct: Decimal) -> String {
    format_number(pct.normalize(), pct.normalize().scale(), lang.locale())
}

/// Why a unit price is what it is, in words: one rule (published price with its source and
/// date, the user's own, an uplift, a discount, VAT). The costs part and the report's price
/// appendix both say it this way.
pub fn price_rule_text(
    lang: Lang,
    rule: &crate::domain::pricing::PriceRule,
    currency: crate::domain::money::Currency,
    base: Option<Decimal>,
) -> String {
    use crate::domain::pricing::PriceRule;
    let pct = |d: &Decimal| format_pct(lang, *d);
    match rule {
        PriceRule::Published { source, as_of } => tf(
            lang,
            &k::RULE_PUBLISHED,
            &[
                ("price", base.map(|b| format_money(b, currency, lang.locale())).unwrap_or_default()),
                ("source", source.clone()),
                ("date", as_of.clone()),
            ],
        ),
        PriceRule::UserEntered => tf(
            lang,
            &k::RULE_USER,
            &[("price", base.map(|b| format_money(b, currency, lang.locale())).unwrap_or_default())],
        ),
        PriceRule::AbmUplift => t(lang, &k::RULE_ABM),
        PriceRule::MonthlyUplift => t(lang, &k::RULE_MONTHLY),
        PriceRule::CspAdjust(p) => tf(lang, &k::RULE_CSP_ADJUST, &[("pct", pct(p))]),
        PriceRule::Vat(p) => tf(lang, &k::RULE_VAT, &[("pct", pct(p))]),
        PriceRule::EaLevel { level, pct: p, level_a_rule: true } => tf(
            lang,
            &k::RULE_EA_LEVEL_A,
            &[
                ("level", level.letter().into()),
                ("pct", pct(p)),
                ("date", crate::i18n::format_date(crate::domain::pricing::EA_LEVEL_A_FROM, lang)),
            ],
        ),
        PriceRule::EaLevel { level, pct: p, level_a_rule: false } => {
            tf(lang, &k::RULE_EA_LEVEL, &[("level", level.letter().into()), ("pct", pct(p))])
        }
        PriceRule::EaNegotiated(p) => tf(lang, &k::RULE_EA_NEGOTIATED, &[("pct", pct(p))]),
    }
}

/// What the script sets, counted: "In the script now: 3 allow, 0 trials only, 0 block." (the
/// summary beside every part and the report say it alike).
pub fn chosen_text(lang: Lang, s: &Scenario) -> String {
    use crate::domain::policy::PolicyValue;
    let count = |v| crate::i18n::format_count(s.selections.iter().filter(|x| x.policy == v).count() as u64, lang);
    tf(
        lang,
        &k::SUMMARY_CHOSEN,
        &[
            ("allow", count(PolicyValue::Enabled)),
            ("trials", count(PolicyValue::OnlyTrialsWithoutPaymentMethod)),
            ("block", count(PolicyValue::Disabled)),
        ],
    )
}

/// The scenario code of a link that only works on this computer (the offline file's
/// `file:///…#v2.…`): the part after `#`, which opens in any copy of the advisor. `None` for a
/// link anyone can open.
pub fn file_link_code(link: &str) -> Option<&str> {
    if !link.trim_start().to_ascii_lowercase().starts_with("file:") {
        return None;
    }
    link.split_once('#').map(|(_, code)| code).filter(|c| !c.is_empty())
}

/// A break-even in words ("From 301 seats, CSP annual is cheaper than Self-service annual …").
pub fn break_even_text(lang: Lang, b: &crate::domain::pricing::BreakEven) -> String {
    tf(
        lang,
        &k::COMPARE_BREAK_EVEN,
        &[
            ("seats", format_number(Decimal::from(b.seats), 0, lang.locale())),
            ("cheaper", t(lang, b.cheaper_from.label_key())),
            ("other", t(lang, b.cheaper_below.label_key())),
            ("exact", format_number(b.exact, 2, lang.locale())),
        ],
    )
}

impl Report {
    /// `cmp` is the derived comparison with its break-evens found (the costs view's memo, or
    /// [`Report::comparison`]).
    pub fn build(
        s: &Scenario,
        catalog: &Catalog,
        d: &Derived,
        cmp: &Comparison,
        lang: Lang,
        today: Date,
        link: &str,
    ) -> Report {
        Report::build_for(s, catalog, d, cmp, lang, today, link, None)
    }

    /// As [`Report::build`], for one of several scenarios: `scenario` names it in the script's
    /// header ("Proposed (2 of 2)"), as the Script part does.
    #[allow(clippy::too_many_arguments)]
    pub fn build_for(
        s: &Scenario,
        catalog: &Catalog,
        d: &Derived,
        cmp: &Comparison,
        lang: Lang,
        today: Date,
        link: &str,
        scenario: Option<&str>,
    ) -> Report {
        let cur = s.pricing.currency;
        let money = |x: Decimal| format_money(x, cur, lang.locale());
        let mut meta = Vec::new();
        let customer = Some(crate::domain::script::comment_text(&s.script.tenant_label))
            .filter(|c| !c.trim().is_empty())
            .map(|c| c.trim().to_string());
        if let Some(c) = &customer {
            meta.push((t(lang, &k::REPORT_TENANT), c.clone()));
        }
        meta.push((t(lang, &k::REPORT_DATE), format_date(today, lang)));
        meta.push((t(lang, &k::REPORT_CATALOGUE), format_date(catalog.as_of, lang)));
        let (verdict, summary) = if d.recommends() {
            (
                Some(tf(
                    lang,
                    &k::SUMMARY_RECOMMENDED_VERDICT,
                    &[("verdict", t(lang, d.recommendation.verdict.label_key()))],
                )),
                d.recommendation.summary.iter().map(|m| msg_money(lang, m, cur)).collect::<Vec<_>>().join(" "),
            )
        } else {
            (None, t(lang, &k::SUMMARY_NO_RECOMMENDATION))
        };
        let decisions = s
            .selections
            .iter()
            .filter_map(|sel| {
                let p = catalog.find(&sel.id)?;
                let r = d.recommendation.product(&sel.id).filter(|_| d.recommends());
                let recommended =
                    r.and_then(|r| r.policy).map(|v| t(lang, v.label_key())).unwrap_or_else(|| "–".into());
                let mut reasons: Vec<_> = r.map(|r| r.reasons.iter().collect()).unwrap_or_default();
                reasons.sort_by_key(|x| -x.points.abs());
                let reasons = reasons
                    .iter()
                    .take(3)
                    .map(|x| (msg_money(lang, &x.message, cur), t(lang, x.source.label_key())))
                    .collect();
                Some(DecisionRow {
                    name: p.name.clone(),
                    id: p.id.to_string(),
                    seats: sel.seats,
                    chosen: t(lang, sel.policy.label_key()),
                    recommended,
                    reasons,
                })
            })
            .collect();
        let label = |v: crate::domain::policy::PolicyValue| t(lang, v.label_key());
        let differs = (!d.differing.is_empty()).then(|| {
            let items: Vec<String> = d
                .differing
                .iter()
                .filter_map(|id| {
                    let sel = s.selection(id)?;
                    let rec = d.recommendation.product(id)?.policy?;
                    Some(tf(
                        lang,
                        &k::REPORT_DIFFERS_ITEM,
                        &[
                            ("product", catalog.find(id).map_or_else(|| id.to_string(), |p| p.name.clone())),
                            ("chosen", label(sel.policy)),
                            ("recommended", label(rec)),
                        ],
                    ))
                })
                .collect();
            format!(
                "{} {}",
                tn(lang, &k::REPORT_DIFFERS, items.len() as u64, &[("items", items.join("; "))]),
                t(lang, &k::REPORT_DIFFERS_AFTER)
            )
        });
        let chosen = chosen_text(lang, s);
        let mut totals: Vec<(String, String)> =
            cmp.totals.iter().map(|pt| (t(lang, pt.plan.label_key()), total_text(lang, cur, &pt.total))).collect();
        let mut totals_text = Vec::new();
        if cmp.cheapest_mix.sum.is_some() {
            totals.push((t(lang, &k::SUMMARY_CHEAPEST_MIX), total_text(lang, cur, &cmp.cheapest_mix)));
            totals_text.push(tf(
                lang,
                &k::COMPARE_CHEAPEST_MIX,
                &[("amount", total_text(lang, cur, &cmp.cheapest_mix))],
            ));
            if cmp.saving_vs_baseline.sum.is_some() {
                totals_text.push(tf(
                    lang,
                    &k::COMPARE_SAVING,
                    &[
                        ("amount", total_text(lang, cur, &cmp.saving_vs_baseline)),
                        ("baseline", t(lang, cmp.baseline.label_key())),
                    ],
                ));
            }
        }
        let costs = cmp
            .products
            .iter()
            .map(|pc| {
                let rows = pc
                    .results
                    .iter()
                    .map(|r| CostRow {
                        plan: t(lang, r.plan.label_key()),
                        plan_code: r.plan.code(),
                        cheapest: pc.cheapest == Some(r.plan),
                        figures: match &r.cost {
                            Ok(c) => Ok([
                                pc.unit(r.plan).map(|u| money(u.round_dp(2))).unwrap_or_default(),
                                money(c.licences),
                                money(c.total - c.licences),
                                money(c.total),
                                money(
                                    (c.total * Decimal::from(12) / Decimal::from(s.pricing.horizon_months.max(1)))
                                        .round_dp(2),
                                ),
                            ]),
                            Err(why) => Err(msg(lang, &why.message())),
                        },
                    })
                    .collect();
                let cheapest = pc.cheapest.and_then(|plan| {
                    Some(tf(
                        lang,
                        &k::REPORT_CHEAPEST_IS,
                        &[("plan", t(lang, plan.label_key())), ("total", money(pc.total(plan)?))],
                    ))
                });
                CostSection {
                    id: pc.id.to_string(),
                    name: pc.name.clone(),
                    scope: format!(
                        "{}, {}",
                        tf(
                            lang,
                            &k::COMPARE_FOR_SEATS,
                            &[
                                ("seats", tn(lang, &k::UNIT_SEATS, pc.seats.into(), &[])),
                                ("months", tn(lang, &k::UNIT_MONTHS, s.pricing.horizon_months.into(), &[])),
                            ],
                        ),
                        vat_note(lang, &s.pricing.vat)
                    ),
                    rows,
                    cheapest,
                    break_evens: pc.break_evens.iter().map(|b| break_even_text(lang, b)).collect(),
                    no_break_even: (pc.break_evens.is_empty() && pc.pricers.len() > 1)
                        .then(|| t(lang, &k::COMPARE_NO_BREAK_EVEN)),
                    ramp: crate::domain::ramp::outcome_sentences(lang, pc.ramp.as_ref(), s.pricing.horizon_months),
                }
            })
            .collect();
        let assumptions = assumptions(s, lang);
        // Follow-ups say what happens to users: they follow the chosen policies (issue 21).
        let follow_ups = if d.recommends() {
            d.applied.follow_ups.iter().map(|f| msg_money(lang, &f.message, cur)).collect()
        } else {
            Vec::new()
        };
        let doors = DoorsReport::build(s, catalog, d, lang, today);
        let choices = s.choices(catalog);
        let admin_steps = admin_center_steps(&choices).iter().map(|m| msg(lang, m)).collect();
        let header = ScriptHeader {
            generated: today,
            catalogue_as_of: catalog.as_of,
            reopen_link: Some(link.to_string()),
            scenario: scenario.map(str::to_string),
        };
        // The same script the Script part shows (its default variant), switches included.
        let script =
            generate(Variant::MsCommerce, &choices, &s.script_options_with_doors(Some(header), &d.applied, lang));
        let title = match &customer {
            Some(c) => format!("{} – {c}", t(lang, &k::REPORT_TITLE)),
            None => t(lang, &k::REPORT_TITLE),
        };
        let (finance, prices) = finance_and_prices(s, cmp, lang);
        let link_note = file_link_code(link).map(|code| tf(lang, &k::REPORT_FILE_LINK, &[("code", code.to_string())]));
        Report {
            title,
            customer,
            link_note,
            vat: vat_note(lang, &s.pricing.vat),
            finance_heading: tf(
                lang,
                &k::REPORT_FINANCE,
                &[("months", tn(lang, &k::UNIT_MONTHS, s.pricing.horizon_months.into(), &[]))],
            ),
            finance,
            saving_starts: if s.tenant.as_ref().is_some_and(|t| !t.subscriptions.is_empty()) {
                t(lang, &k::REPORT_SAVING_STARTS_PLAN)
            } else {
                t(lang, &k::REPORT_SAVING_STARTS)
            },
            prices,
            differs,
            chosen,
            totals,
            totals_text,
            meta,
            link_label: t(lang, &k::REPORT_LINK),
            link: link.to_string(),
            verdict,
            summary,
            decisions,
            costs,
            assumptions,
            follow_ups,
            doors,
            admin_steps,
            script,
            versus: None,
            script_of: None,
            rollout: None,
        }
    }

    /// The report of one of several scenarios: the comparison section, and which scenario the
    /// script applies, said above it.
    pub fn with_scenarios(
        mut self,
        versus: Option<crate::domain::versus::Worded>,
        script_of: Option<String>,
    ) -> Report {
        self.versus = versus;
        self.script_of = script_of;
        self
    }

    /// The report with the "rolling this out" section and the exports in the appendix.
    pub fn with_rollout(mut self, rollout: Option<RolloutReport>) -> Report {
        self.rollout = rollout;
        self
    }

    /// The derived comparison with its break-evens, for callers that have not found them yet.
    pub fn comparison(d: &Derived) -> Comparison {
        let mut c = d.comparison.clone();
        c.products = c.products.into_iter().map(|p| p.with_break_evens()).collect();
        c
    }
}

/// The finance rows (per product, then the total) and the price appendix.
fn finance_and_prices(s: &Scenario, cmp: &Comparison, lang: Lang) -> (Vec<FinanceRow>, Vec<[String; 4]>) {
    let cur = s.pricing.currency;
    let money = |x: Decimal| format_money(x, cur, lang.locale());
    let months = Decimal::from(s.pricing.horizon_months.max(1));
    let per_year = |x: Decimal| money((x * Decimal::from(12) / months).round_dp(2));
    let unknown = || t(lang, &k::REPORT_UNKNOWN);
    let base = cmp.baseline;
    let mut rows: Vec<FinanceRow> = cmp
        .products
        .iter()
        .map(|pc| {
            let best = pc.cheapest.and_then(|p| Some((p, pc.total(p)?)));
            let ssp = pc.total(base);
            let saving = ssp.zip(best).map(|(a, (_, b))| a - b);
            FinanceRow {
                name: pc.name.clone(),
                self_service: ssp.map(money).unwrap_or_else(unknown),
                cheapest: best
                    .map(|(p, x)| format!("{}: {}", t(lang, p.label_key()), money(x)))
                    .unwrap_or_else(unknown),
                saving: saving.map(money).unwrap_or_else(unknown),
                saving_per_year: saving.map(per_year).unwrap_or_else(unknown),
            }
        })
        .collect();
    if cmp.products.len() > 1 {
        let base_total = cmp.totals.iter().find(|t| t.plan == base).map(|t| &t.total);
        let saving = &cmp.saving_vs_baseline;
        rows.push(FinanceRow {
            name: t(lang, &k::COSTS_TOTAL),
            self_service: base_total.map(|x| total_text(lang, cur, x)).unwrap_or_else(unknown),
            cheapest: total_text(lang, cur, &cmp.cheapest_mix),
            saving: total_text(lang, cur, saving),
            saving_per_year: match saving.sum {
                Some(x) => {
                    let figure = per_year(x);
                    gaps_text(lang, saving).map_or(figure.clone(), |g| format!("{figure} ({g})"))
                }
                None => unknown(),
            },
        });
    }
    let prices = cmp
        .products
        .iter()
        .flat_map(|pc| {
            pc.pricers.iter().map(move |p| {
                [
                    pc.name.clone(),
                    t(lang, p.plan.label_key()),
                    format_money(p.unit.amount.round_dp(2), cur, lang.locale()),
                    p.unit
                        .rules
                        .iter()
                        .map(|r| price_rule_text(lang, r, cur, Some(p.unit.base)))
                        .collect::<Vec<_>>()
                        .join(" → "),
                ]
            })
        })
        .collect();
    (rows, prices)
}

/// The assumptions behind the figures, as label and value. A value the user never stated is
/// said to be a default, never printed as a fact (issue 21): the organisation's size is the
/// walk's answer (or "not stated"), the EA date appears only where an EA applies.
fn assumptions(s: &Scenario, lang: Lang) -> Vec<(String, String)> {
    use crate::domain::decision::{Agreement, Opt};
    use crate::domain::pricing::{Channel, EaLevel, PricingParams};
    let p = &s.pricing;
    let d = PricingParams::default();
    let money = |x: Decimal| format_money(x, p.currency, lang.locale());
    let estimate = |v: String, is_default: bool| {
        if is_default {
            tf(lang, &k::REPORT_DEFAULT_ESTIMATE, &[("value", v)])
        } else {
            v
        }
    };
    let seats = format_number(Decimal::from(p.org_seats), 0, lang.locale());
    let org = match s.answers.org_size {
        Some(band) => {
            let label = crate::domain::decision::QuestionId::OrgSize
                .question()
                .options()
                .iter()
                .find(|o| o.opt == Opt::OrgSize(band))
                .map(|o| t(lang, o.label_key))
                .unwrap_or_default();
            tf(lang, &k::REPORT_ORG_SIZE_FIGURED, &[("band", label), ("n", seats)])
        }
        None => tf(lang, &k::REPORT_NOT_STATED, &[("value", seats)]),
    };
    let currency = format!("{} ({})", p.currency.code(), p.currency.symbol());
    // "zzgl. USt." already ends a sentence; "excl. VAT" does not.
    let note = vat_note(lang, &p.vat);
    let vat = format!("{note}{} {}", if note.ends_with('.') { "" } else { "." }, t(lang, &k::VAT_RATE_HELP));
    let mut out = vec![
        (t(lang, &k::ASSUME_CURRENCY), currency),
        (t(lang, &k::VAT_HEADING), vat),
        (t(lang, &k::ASSUME_HORIZON), tn(lang, &k::UNIT_MONTHS, p.horizon_months.into(), &[])),
        (t(lang, &k::ASSUME_ORG_SEATS), org),
        (
            t(lang, &k::ASSUME_CSP_ADJUST),
            estimate(
                format!("{} %", format_number(p.csp_adjust_pct, 2, lang.locale())),
                p.csp_adjust_pct == d.csp_adjust_pct,
            ),
        ),
    ];
    // An EA applies when the organisation has one, or when an EA is compared and the
    // organisation is large enough for one.
    let ea_shown = s.shown_plans.iter().any(|pl| pl.channel == Channel::Ea);
    let ea_applies =
        s.answers.agreement == Some(Agreement::Ea) || (ea_shown && EaLevel::for_org_seats(p.org_seats).is_some());
    if ea_applies {
        let date = format_date(p.ea.agreement_date, lang);
        let value = if p.ea.agreement_date == d.ea.agreement_date {
            tf(lang, &k::REPORT_NOT_STATED, &[("value", date)])
        } else {
            date
        };
        out.push((t(lang, &k::REPORT_EA_DATE), value));
    }
    let h = &p.hidden;
    out.push((
        t(lang, &k::ASSUME_PROCUREMENT),
        estimate(money(h.procurement_per_order), h.procurement_per_order == d.hidden.procurement_per_order),
    ));
    out.push((
        t(lang, &k::ASSUME_EXPENSE_CLAIM),
        estimate(money(h.expense_claim), h.expense_claim == d.hidden.expense_claim),
    ));
    out.push((
        t(lang, &k::ASSUME_ADMIN_REVIEW),
        estimate(money(h.admin_review), h.admin_review == d.hidden.admin_review),
    ));
    out
}

/// The report as Markdown, for `today`, with the link that reopens the scenario.
pub fn markdown(s: &Scenario, catalog: &Catalog, d: &Derived, lang: Lang, today: Date, link: &str) -> String {
    to_markdown(&Report::build(s, catalog, d, &Report::comparison(d), lang, today, link), lang)
}

/// As [`markdown`], for one of several scenarios (issue 24): the comparison after the summary,
/// and the script said to be this scenario's, above it and in its header, as in the printed
/// report. `script_of` is what `Shelf::script_of` gives.
#[allow(clippy::too_many_arguments)]
pub fn markdown_for(
    s: &Scenario,
    catalog: &Catalog,
    d: &Derived,
    lang: Lang,
    today: Date,
    link: &str,
    versus: Option<crate::domain::versus::Worded>,
    script_of: Option<(String, String)>,
) -> String {
    let (said, header) = script_of.unzip();
    let r = Report::build_for(s, catalog, d, &Report::comparison(d), lang, today, link, header.as_deref())
        .with_scenarios(versus, said);
    to_markdown(&r, lang)
}

fn to_markdown(r: &Report, lang: Lang) -> String {
    let mut o = String::new();
    let mut line = |l: &str| {
        o.push_str(l);
        o.push('\n');
    };
    line(&format!("# {}", cell(&r.title)));
    line("");
    if let Some(w) = &r.differs {
        // First, before anything a reader could act on (issue 21).
        line(&format!("> **⚠ {}**", cell(w)));
        line("");
    }
    for (label, value) in &r.meta {
        line(&format!("**{label}:** {}  ", cell(value)));
    }
    line(&format!("**{}:** <{}>", r.link_label, r.link.replace('>', "%3E")));
    if let Some(n) = &r.link_note {
        line("");
        line(&format!("_{}_", cell(n)));
    }
    line("");
    line(&format!("## {}", t(lang, &k::REPORT_SUMMARY)));
    line("");
    if let Some(v) = &r.verdict {
        line(&format!("**{v}**"));
        line("");
    }
    line(&format!("**{}**", r.chosen));
    line("");
    line(&r.summary);
    line("");
    // Issue 24: with several scenarios, their comparison comes right after the summary, as in
    // the printed report.
    if let Some(w) = &r.versus {
        o.push_str(&w.markdown(lang));
        o.push('\n');
    }
    let mut line = |l: &str| {
        o.push_str(l);
        o.push('\n');
    };
    line(&format!("## {}", t(lang, &k::REPORT_DECISIONS)));
    line("");
    line(&format!(
        "| {} | ProductId | {} | {} | {} | {} |",
        t(lang, &k::SELECTION_PRODUCT),
        t(lang, &k::SELECTION_SEATS),
        t(lang, &k::TENANT_COL_CHOSEN),
        t(lang, &k::TENANT_COL_RECOMMENDED),
        t(lang, &k::REPORT_REASONS)
    ));
    line("|---|---|---:|---|---|---|");
    for d in &r.decisions {
        line(&format!(
            "| {} | `{}` | {} | {} | {} | {} |",
            cell(&d.name),
            d.id,
            d.seats,
            d.chosen,
            d.recommended,
            cell(&d.reasons.iter().map(|(r, src)| format!("{r} ({src})")).collect::<Vec<_>>().join("; "))
        ));
    }
    line("");
    line(&format!("## {}", t(lang, &k::COMPARE_HEADING)));
    for c in &r.costs {
        line("");
        line(&format!("### {} ({})", cell(&c.name), c.scope));
        line("");
        line(&format!(
            "| {} | {} | {} | {} | {} | {} |",
            t(lang, &k::COMPARE_PLAN),
            t(lang, &k::COMPARE_UNIT),
            t(lang, &k::COMPARE_LICENCES),
            t(lang, &k::COMPARE_OTHER),
            t(lang, &k::COMPARE_TOTAL),
            t(lang, &k::REPORT_PER_YEAR)
        ));
        line("|---|---:|---:|---:|---:|---:|");
        for row in &c.rows {
            let mark = if row.cheapest { format!(" **({})**", t(lang, &k::COMPARE_CHEAPEST)) } else { String::new() };
            match &row.figures {
                Ok([unit, lic, other, total, year]) => {
                    line(&format!("| {}{mark} | {unit} | {lic} | {other} | {total} | {year} |", row.plan))
                }
                Err(why) => line(&format!("| {} | {} | | | | |", row.plan, cell(why))),
            }
        }
        if c.cheapest.is_some() || !c.break_evens.is_empty() || c.no_break_even.is_some() {
            line("");
        }
        if let Some(x) = &c.cheapest {
            line(&format!("- {x}"));
        }
        for b in c.break_evens.iter().chain(&c.no_break_even) {
            line(&format!("- {b}"));
        }
        if !c.ramp.is_empty() {
            line("");
            line(&format!("**{}**", t(lang, &k::REPORT_RAMP_HEADING)));
            line("");
            for x in &c.ramp {
                line(&format!("- {}", cell(x)));
            }
        }
    }
    if !r.totals.is_empty() {
        line("");
        line(&format!("## {} ({})", t(lang, &k::REPORT_TOTALS), r.vat));
        line("");
        let heads = [t(lang, &k::COMPARE_PLAN), t(lang, &k::COMPARE_TOTAL)];
        md_table(&mut line, &heads, "|---|---:|", r.totals.iter().map(|(label, total)| vec![label, total]));
        if !r.totals_text.is_empty() {
            line("");
            for x in &r.totals_text {
                line(&format!("- {}", cell(x)));
            }
        }
    }
    if !r.finance.is_empty() {
        line("");
        line(&format!("## {} ({})", r.finance_heading, r.vat));
        line("");
        let heads = [
            &k::SELECTION_PRODUCT,
            &k::REPORT_FIN_SELF_SERVICE,
            &k::REPORT_FIN_CHEAPEST,
            &k::REPORT_FIN_SAVING,
            &k::REPORT_FIN_PER_YEAR,
        ];
        md_table(
            &mut line,
            &heads.map(|h| t(lang, h)),
            "|---|---:|---:|---:|---:|",
            r.finance.iter().map(|f| vec![&f.name, &f.self_service, &f.cheapest, &f.saving, &f.saving_per_year]),
        );
        line("");
        line(&cell(&r.saving_starts));
    }
    line("");
    line(&format!("## {}", t(lang, &k::ASSUME_HEADING)));
    line("");
    for (label, value) in &r.assumptions {
        line(&format!("- {label}: {value}"));
    }
    if !r.follow_ups.is_empty() {
        line("");
        line(&format!("## {}", t(lang, &k::DECISION_FOLLOW_UPS_HEADING)));
        line("");
        for f in &r.follow_ups {
            line(&format!("- {f}"));
        }
    }
    doors_markdown(&r.doors, lang, &mut line);
    line("");
    line(&format!("## {}", t(lang, &k::SCRIPTS_ADMIN_CENTER)));
    line("");
    for (i, m) in r.admin_steps.iter().enumerate() {
        line(&format!("{}. {}", i + 1, m));
    }
    if !r.prices.is_empty() {
        line("");
        line(&format!("## {}", t(lang, &k::REPORT_PRICES)));
        line("");
        let heads = [&k::SELECTION_PRODUCT, &k::COMPARE_PLAN, &k::COMPARE_UNIT, &k::REPORT_PRICE_BASIS];
        md_table(
            &mut line,
            &heads.map(|h| t(lang, h)),
            "|---|---|---:|---|",
            r.prices.iter().map(|p| p.iter().collect()),
        );
    }
    if let Some(ro) = &r.rollout {
        line("");
        line(&format!("## {}", t(lang, &k::FLEET_UI_ROLLOUT_TITLE)));
        line("");
        for l in &ro.lines {
            line(&format!("- {}", cell(l)));
        }
        line("");
        line(&format!("## {}", t(lang, &k::FLEET_UI_EXPORTS_APPENDIX)));
        line("");
        for (what, file) in &ro.exports {
            line(&format!("- {}: `{}`", cell(what), cell(file)));
        }
    }
    line("");
    line(&format!("## {}", t(lang, &k::SCRIPTS_VARIANT_MSCOMMERCE)));
    line("");
    if let Some(said) = &r.script_of {
        line(&format!("**{}**", cell(said)));
        line("");
    }
    // A fence longer than any run of backticks inside, so nothing in the script can close it.
    let longest = r.script.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    line(&format!("{fence}powershell"));
    o.push_str(&r.script);
    if !o.ends_with('\n') {
        o.push('\n');
    }
    o.push_str(&fence);
    o.push('\n');
    o
}

/// A Markdown table: the headings, the alignment row as written, and each row's cells escaped.
fn md_table<'a>(
    line: &mut impl FnMut(&str),
    heads: &[String],
    align: &str,
    rows: impl IntoIterator<Item = Vec<&'a String>>,
) {
    line(&format!("| {} |", heads.join(" | ")));
    line(align);
    for row in rows {
        line(&format!("| {} |", row.into_iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")));
    }
}

fn doors_markdown(d: &DoorsReport, lang: Lang, line: &mut impl FnMut(&str)) {
    if !d.checklist.is_empty() {
        line("");
        line(&format!("## {}", t(lang, &k::DOORS_CHECK_TITLE)));
        line("");
        for (ready, text) in &d.checklist {
            line(&format!("- {} {}", if *ready { "[ ]" } else { "[?]" }, cell(text)));
        }
    }
    if let Some(r) = &d.request {
        line("");
        line(&format!("## {}", t(lang, &k::DOORS_REQUEST_TITLE)));
        line("");
        line(&cell(&r.users_see));
        line("");
        for (i, m) in r.steps.iter().enumerate() {
            line(&format!("{}. {}", i + 1, cell(m)));
        }
        line("");
        for m in &r.notes {
            line(&format!("- {}", cell(m)));
        }
        for (l, text) in &r.messages {
            line("");
            line(&format!("> **{l}:** {}", cell(text)));
        }
    }
    if !d.switches.is_empty() {
        line("");
        line(&format!("## {}", t(lang, &k::DOORS_SWITCHES_TITLE)));
        line("");
        for sw in &d.switches {
            line(&format!("- **{}**: {}. {}", sw.label, sw.setting, sw.what));
            line(&format!("  {}", sw.click_path));
            for x in &sw.reasons {
                line(&format!("  - {}", cell(x)));
            }
        }
        for c in &d.product_controls {
            line(&format!("- {}", cell(c)));
        }
    }
    if let Some((rows, inference)) = &d.takeover {
        line("");
        line(&format!("## {}", t(lang, &k::DECISION_FOLLOW_UP_TAKE_OVER)));
        line("");
        for r in rows {
            line(&format!("- {}", cell(r)));
        }
        line("");
        line(&format!("_{}_", cell(inference)));
    }
}

/// The figures as CSV (see the module header for delimiter and decimals).
pub fn csv(s: &Scenario, d: &Derived, lang: Lang) -> String {
    let dialect = CsvDialect::of(lang);
    let sep = dialect.sep;
    let num = |x: Decimal| dialect.num(x);
    let field = |t: &str| dialect.field(t);
    let mut out = String::from("\u{feff}");
    let header = [
        "kind",
        "product",
        "product_id",
        "plan",
        "seats",
        "price_per_user_month",
        "licences",
        "procurement",
        "expense_claims",
        "admin_reviews",
        "overlap",
        "total",
        "currency",
        // Issue 21: what the script sets next to what was recommended, on every row, so a
        // filtered sheet still says it; the values are the script's own.
        "chosen_policy",
        "recommended_policy",
        // Issue 22: the basis of every money column on the row.
        "vat_basis",
        "vat_rate_pct",
        // Issue 24: a ramp's break-even month ("ramp" row) or the month of a "month" row, and
        // the user's assumption in words.
        "month",
        "note",
    ];
    out.push_str(&header.iter().map(|h| field(h)).collect::<Vec<_>>().join(&sep.to_string()));
    out.push_str("\r\n");
    let cur = s.pricing.currency.code();
    let (vat_basis, vat_rate) =
        if s.pricing.vat.gross { ("gross", s.pricing.vat.rate_pct) } else { ("net", Decimal::ZERO) };
    for pc in &d.comparison.products {
        let chosen = s.selection(&pc.id).map(|x| x.policy.as_str()).unwrap_or_default();
        let recommended = d
            .recommendation
            .product(&pc.id)
            .and_then(|r| r.policy)
            .filter(|_| d.recommends())
            .map(|v| v.as_str())
            .unwrap_or_default();
        for r in &pc.results {
            let Ok(c) = &r.cost else { continue };
            let unit = pc.unit(r.plan).map(num).unwrap_or_default();
            let row = [
                field("cost"),
                field(&pc.name),
                field(pc.id.as_str()),
                field(r.plan.code()),
                pc.seats.to_string(),
                unit,
                num(c.licences),
                num(c.procurement),
                num(c.expense_claims),
                num(c.admin_reviews),
                num(c.overlap),
                num(c.total),
                field(cur),
                field(chosen),
                field(recommended),
                field(vat_basis),
                num(vat_rate),
                String::new(),
                String::new(),
            ];
            out.push_str(&row.join(&sep.to_string()));
            out.push_str("\r\n");
        }
        // Seats that change over time: the assumption and break-even month, then each plan's
        // running total month by month with that month's seats.
        if let Some(o) = &pc.ramp {
            let be = o.break_even;
            let note = crate::domain::ramp::outcome_sentences(lang, Some(o), s.pricing.horizon_months).join(" ");
            let mut rows = vec![(
                "ramp",
                be.map(|b| b.central.code()).unwrap_or_default(),
                o.seats.first().copied().unwrap_or_default(),
                String::new(),
                be.and_then(|b| b.month).map(|m| m.to_string()).unwrap_or_default(),
                field(&note),
            )];
            for (plan, running) in &o.cumulative {
                for (m, (total, seats)) in running.iter().zip(&o.seats).enumerate() {
                    rows.push(("month", plan.code(), *seats, num(*total), m.to_string(), String::new()));
                }
            }
            for (kind, plan, seats, total, month, note) in rows {
                let row = [
                    field(kind),
                    field(&pc.name),
                    field(pc.id.as_str()),
                    field(plan),
                    seats.to_string(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    total,
                    field(cur),
                    field(chosen),
                    field(recommended),
                    field(vat_basis),
                    num(vat_rate),
                    month,
                    note,
                ];
                out.push_str(&row.join(&sep.to_string()));
                out.push_str("\r\n");
            }
        }
        // The seat sweep behind the chart: the total per plan at each seat count.
        let points = chart_points(pc.seats.saturating_mul(2).max(20), 20, &[pc.seats]);
        let totals = sweep(&pc.pricers, &points);
        for (pricer, line) in pc.pricers.iter().zip(totals) {
            for (n, total) in points.iter().zip(line) {
                let row = [
                    field("sweep"),
                    field(&pc.name),
                    field(pc.id.as_str()),
                    field(pricer.plan.code()),
                    n.to_string(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    num(total),
                    field(cur),
                    field(chosen),
                    field(recommended),
                    field(vat_basis),
                    num(vat_rate),
                    String::new(),
                    String::new(),
                ];
                out.push_str(&row.join(&sep.to_string()));
                out.push_str("\r\n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::Term;
    use crate::domain::decision::{Agreement, ShadowIt};
    use crate::domain::ids::ProductId;

    fn scenario() -> (Catalog, Scenario) {
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        for id in ["CFQ7TTC0H9MP", "CFQ7TTC0HD33"] {
            s.toggle(&c, &ProductId::parse(id).unwrap());
        }
        s.set_seats(&ProductId::parse("CFQ7TTC0H9MP").unwrap(), 50);
        s.answers.agreement = Some(Agreement::NoAgreement);
        s.answers.shadow_it = Some(ShadowIt::Strict);
        s.script.tenant_label = "Contoso | Müller".into();
        (c, s)
    }

    /// Issue 21, defect 1: products set to Allow before the workshop, a recommendation to block
    /// them all, not applied. The report must say they differ, first, and nothing in it may
    /// describe a block the script does not set.
    #[test]
    fn the_report_follows_the_chosen_policy_and_warns_when_it_is_not_the_recommendation() {
        use crate::domain::decision::{Billing, Compliance, Experimentation, Support};
        use crate::domain::policy::PolicyValue;
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        let ids = ["CFQ7TTC0H9MP", "CFQ7TTC0HD33", "CFQ7TTC0HD32"];
        for id in ids {
            let id = ProductId::parse(id).unwrap();
            s.toggle(&c, &id);
            s.set_policy(&c, &id, PolicyValue::Enabled);
        }
        s.answers.agreement = Some(Agreement::NoAgreement);
        s.answers.shadow_it = Some(ShadowIt::Strict);
        s.answers.support = Some(Support::NoCapacity);
        s.answers.billing = Some(Billing::Unacceptable);
        s.answers.compliance = Some(Compliance::Regulated);
        s.answers.experimentation = Some(Experimentation::Low);
        let d = Derived::of(&c, &s);
        assert_eq!(d.differing.len(), 3, "the recommendation blocks what was allowed");
        assert!(
            d.recommendation.follow_ups.iter().any(|f| f.rule_id.contains("request")),
            "{:?}",
            d.recommendation.follow_ups
        );
        let r = Report::build(&s, &c, &d, &Report::comparison(&d), Lang::En, Date::ymd(2026, 12, 1), "x");
        let warning = r.differs.as_deref().expect("a warning when they differ");
        for name in ["Power BI Pro", "Visio Plan 1", "Visio Plan 2"] {
            assert!(warning.contains(&format!("{name} (chosen: Allow; recommended: Block)")), "{warning}");
        }
        assert!(warning.starts_with("The script applies the chosen policies, not the recommendation, for 3 products"));
        assert_eq!(r.chosen, "In the script now: 3 allow, 0 trials only, 0 block.");
        // What the script does: every product Enabled, nothing Disabled.
        for id in ids {
            assert!(r.script.contains(&format!("-ProductId {id} -Value 'Enabled'")), "{}", r.script);
            assert!(!r.script.contains(&format!("-ProductId {id} -Value 'Disabled'")));
        }
        // No sentence about users meeting a block: no licence-request path, no follow-up of it,
        // no checklist line about blocked products.
        assert!(r.doors.request.is_none(), "nobody is blocked, so there is no request path");
        let text = format!("{:?} {:?}", r.follow_ups, r.doors);
        for blocked in ["sees the block", "is blocked", "blocked or limited", "request a licence"] {
            assert!(!text.contains(blocked), "{blocked}: {text}");
        }
        let md = markdown(&s, &c, &d, Lang::En, Date::ymd(2026, 12, 1), "x");
        let first = md.lines().nth(2).unwrap();
        assert!(first.starts_with("> **⚠ The script applies the chosen policies"), "the warning opens it: {md}");
        let csv = csv(&s, &d, Lang::En);
        assert!(csv.lines().nth(1).unwrap().ends_with(",\"Enabled\",\"Disabled\",\"net\",0,,"), "{csv}");
        // Applied, the warning goes and the report's follow-ups are the recommendation's.
        s.apply(&c, &d.recommendation);
        let d = Derived::of(&c, &s);
        let r = Report::build(&s, &c, &d, &Report::comparison(&d), Lang::En, Date::ymd(2026, 12, 1), "x");
        assert!(r.differs.is_none());
        assert_eq!(d.applied, d.recommendation);
        assert!(r.doors.request.is_some(), "blocked now: the request path is back");
        let de = Report::build(&s, &c, &d, &Report::comparison(&d), Lang::De, Date::ymd(2026, 12, 1), "x");
        assert!(de.differs.is_none());
    }

    /// Issue 21, defect 2: every total names what it leaves out, and why.
    #[test]
    fn every_total_names_the_products_it_leaves_out() {
        use crate::domain::pricing::{Channel, Plan};
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        // Power BI Pro is priced; Power BI Premium has no price; Copilot no monthly term.
        for (id, seats) in [("CFQ7TTC0H9MP", 20), ("CFQ7TTC0H6RP", 5), ("CFQ7TTC0MM8R", 10)] {
            let id = ProductId::parse(id).unwrap();
            s.toggle(&c, &id);
            s.set_seats(&id, seats);
        }
        let d = Derived::of(&c, &s);
        let r = Report::build(&s, &c, &d, &Report::comparison(&d), Lang::En, Date::ymd(2026, 12, 1), "x");
        let row = |label: &str| r.totals.iter().find(|(l, _)| l == label).map(|(_, v)| v.clone()).unwrap();
        let annual = t(Lang::En, Plan::new(Channel::SelfService, Term::Annual).label_key());
        let monthly = t(Lang::En, Plan::new(Channel::SelfService, Term::Monthly).label_key());
        assert!(
            row(&annual).ends_with("(of 2 of 3 products; Power BI Premium (standalone) has no price)"),
            "{}",
            row(&annual)
        );
        assert!(
            row(&monthly).ends_with(
                "(of 1 of 3 products; Power BI Premium (standalone) has no price; Microsoft 365 Copilot is not sold on this term)"
            ),
            "{}",
            row(&monthly)
        );
        let mix = &r.totals_text[0];
        assert!(mix.starts_with("Buying each product through its cheapest channel costs "), "{mix}");
        assert!(mix.contains("of 2 of 3 products; Power BI Premium (standalone) has no price"), "{mix}");
        // The figure is the sum of exactly the counted products.
        let cmp = &d.comparison;
        let pbi = cmp.products[0].total(cmp.products[0].cheapest.unwrap()).unwrap();
        let cop = cmp.products[2].total(cmp.products[2].cheapest.unwrap()).unwrap();
        assert_eq!(cmp.cheapest_mix.sum, Some(pbi + cop));
        assert!(mix.contains(&format_money(pbi + cop, s.pricing.currency, Lang::En.locale())));
        let de = Report::build(&s, &c, &d, &Report::comparison(&d), Lang::De, Date::ymd(2026, 12, 1), "x");
        assert!(
            de.totals_text[0].contains("für 2 von 3 Produkten; Power BI Premium (standalone) hat keinen Preis"),
            "{:?}",
            de.totals_text
        );
        let md = markdown(&s, &c, &d, Lang::En, Date::ymd(2026, 12, 1), "x");
        assert!(md.contains("## Totals across products"));
        assert!(md.contains("has no price"));
    }

    /// Issue 21, defect 3: the organisation's size is asked, an EA date appears only where an EA
    /// applies, and a default is never printed as a fact.
    #[test]
    fn assumptions_never_print_a_default_as_a_fact() {
        use crate::domain::decision::{Opt, OrgSize};
        let (c, mut s) = scenario();
        let value =
            |s: &Scenario, label: &str| assumptions(s, Lang::En).into_iter().find(|(l, _)| l == label).map(|(_, v)| v);
        assert_eq!(value(&s, "Organisation size (seats)").as_deref(), Some("not stated (figured with 300)"));
        assert_eq!(value(&s, "Enterprise Agreement signed or renewed"), None, "no EA: no EA date");
        assert!(value(&s, "Procurement per central order").unwrap().ends_with("(the tool's default estimate)"));
        for lang in Lang::ALL {
            assert!(assumptions(&s, lang).iter().all(|(_, v)| !v.contains("..")), "{lang:?}: a doubled full stop");
        }
        s.answer(Opt::OrgSize(OrgSize::From300));
        assert_eq!(value(&s, "Organisation size (seats)").as_deref(), Some("300 to 499 (figured with 300)"));
        s.answer(Opt::OrgSize(OrgSize::From2400));
        let ea_plan = crate::domain::pricing::Plan::new(crate::domain::pricing::Channel::Ea, Term::Annual);
        if s.shown_plans.contains(&ea_plan) {
            s.toggle_plan(ea_plan);
        }
        assert_eq!(value(&s, "Enterprise Agreement signed or renewed"), None, "EA not compared: not shown");
        s.toggle_plan(ea_plan);
        let ea = value(&s, "Enterprise Agreement signed or renewed");
        assert!(ea.as_deref().is_some_and(|v| v.starts_with("not stated (figured with ")), "{ea:?}");
        s.pricing.ea.agreement_date = Date::ymd(2026, 3, 1);
        assert_eq!(value(&s, "Enterprise Agreement signed or renewed").as_deref(), Some("1 March 2026"));
        // The EA-unavailable reason no longer claims a size nobody gave.
        let _ = c;
        let why = crate::domain::pricing::Unavailable::EaBelowMinimum { org_seats: 300 };
        assert_eq!(
            msg(Lang::En, &why.message()),
            "Not available: an EA needs at least 500 licences in the organisation"
        );
    }

    #[test]
    fn a_link_to_a_file_on_this_computer_comes_with_the_code_that_opens_anywhere() {
        assert_eq!(file_link_code("file:///C:/Users/me/advisor.html#v2.AbC"), Some("v2.AbC"));
        assert_eq!(file_link_code("FILE:///home/me/advisor.html#v2.x"), Some("v2.x"));
        assert_eq!(file_link_code("https://wiki.example/advisor/#v2.AbC"), None);
        assert_eq!(file_link_code("file:///home/me/advisor.html"), None);
        let (c, s) = scenario();
        let d = Derived::of(&c, &s);
        let md = markdown(&s, &c, &d, Lang::En, Date::ymd(2026, 12, 1), "file:///tmp/advisor.html#v2.AbC");
        assert!(md.contains("it opens only here"), "{md}");
        assert!(md.contains("v2.AbC"));
        let md = markdown(&s, &c, &d, Lang::En, Date::ymd(2026, 12, 1), "https://x/#v2.AbC");
        assert!(!md.contains("it opens only here"));
    }

    /// Issue 22: what a CFO reads. Self-service against the cheapest channel per product and in
    /// total, the saving over the horizon and per year, and every price with its source.
    #[test]
    fn finance_rows_and_the_price_appendix_recompute_from_the_comparison() {
        use crate::domain::money::Currency;
        let c = Catalog::embedded();
        let mut s = Scenario::default();
        s.pricing.currency = Currency::EUR;
        s.pricing.horizon_months = 24;
        for (id, seats) in [("CFQ7TTC0H9MP", 60), ("CFQ7TTC0RM8K", 10)] {
            let id = ProductId::parse(id).unwrap();
            s.toggle(&c, &id);
            s.set_seats(&id, seats);
        }
        let d = Derived::of(&c, &s);
        let cmp = Report::comparison(&d);
        let r = Report::build(&s, &c, &d, &cmp, Lang::En, Date::ymd(2026, 12, 1), "x");
        let pbi = &cmp.products[0];
        let best = pbi.cheapest.unwrap();
        let ssp = pbi.total(cmp.baseline).unwrap();
        let saving = ssp - pbi.total(best).unwrap();
        let money = |x: Decimal| format_money(x, Currency::EUR, Lang::En.locale());
        let row = &r.finance[0];
        assert_eq!(row.self_service, money(ssp));
        assert_eq!(row.saving, money(saving));
        // 24 months: the yearly saving is half of it.
        assert_eq!(row.saving_per_year, money((saving / Decimal::from(2)).round_dp(2)));
        // Each channel's total also as an average per year: over 24 months, half of it.
        let row = r.costs[0].rows.iter().find(|x| x.plan_code == cmp.baseline.code()).unwrap();
        assert_eq!(row.figures.as_ref().unwrap()[4], money((ssp / Decimal::from(2)).round_dp(2)));
        assert!(r.saving_starts.contains("renewal date"), "{}", r.saving_starts);
        // Teams Premium has no euro price: unknown, never 0, and the total says it leaves it out.
        assert_eq!(r.finance[1].self_service, "unknown");
        let total = r.finance.last().unwrap();
        assert_eq!(total.name, "Total");
        assert!(total.saving.starts_with(&money(saving)), "{}", total.saving);
        assert!(total.saving.contains("Microsoft Teams Premium"), "{}", total.saving);
        // Every price used, with its source and date.
        let annual =
            r.prices.iter().find(|p| p[0] == "Power BI Pro" && p[1] == t(Lang::En, cmp.baseline.label_key())).unwrap();
        assert_eq!(annual[2], "€12.10");
        assert!(annual[3].starts_with("list price €12.10 ("), "{}", annual[3]);
        assert!(annual[3].contains("as of"), "{}", annual[3]);
        assert!(r.prices.iter().all(|p| p[0] != "Microsoft Teams Premium Introductory Pricing"), "no price, no row");
        let md = markdown(&s, &c, &d, Lang::En, Date::ymd(2026, 12, 1), "x");
        assert!(
            md.contains("## For finance: self-service against the cheapest channel, over 24 months (excl. VAT)"),
            "{md}"
        );
        assert!(md.contains("## Appendix: every price used, with its source"));
    }

    #[test]
    fn markdown_has_every_part_and_the_figures_of_the_comparison() {
        let (c, s) = scenario();
        let d = Derived::of(&c, &s);
        let md = markdown(&s, &c, &d, Lang::En, Date::ymd(2026, 12, 1), "https://x/#v2.abc");
        assert!(md.starts_with("# Self-service purchase: decision report – Contoso \\| Müller\n"), "{md}");
        assert!(md.contains("**Tenant:** Contoso \\| Müller"), "a | in text cannot break a table");
        assert!(md.contains("**Recommended: "));
        assert!(md.contains("| Power BI Pro | `CFQ7TTC0H9MP` | 50 | Block |"));
        // Power BI Pro, self-service annual: 14.00 x 50 x 12 licences, as the engine computes.
        let pbi = d.comparison.products.iter().find(|p| p.id.as_str() == "CFQ7TTC0H9MP").unwrap();
        let total = pbi.total(crate::domain::pricing::Plan::ALL[0]).unwrap();
        assert!(md.contains("| $14.00 | $8,400.00 |"), "{md}");
        assert!(md.contains(&format_money(total, s.pricing.currency, Lang::En.locale())));
        assert!(md.contains("**(cheapest)**"));
        assert!(md.contains("\n```powershell\n") && md.trim_end().ends_with("```"));
        assert!(md.contains("Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0H9MP -Value 'Disabled'"));
        let de = markdown(&s, &c, &d, Lang::De, Date::ymd(2026, 12, 1), "https://x/#v2.abc");
        assert!(
            de.starts_with("# Self-Service-Kauf: Entscheidungsbericht – Contoso") && de.contains("8.400,00\u{a0}$")
        );
    }

    #[test]
    fn the_report_carries_cheapest_plans_and_break_evens_in_words() {
        let (c, s) = scenario();
        let d = Derived::of(&c, &s);
        let cmp = Report::comparison(&d);
        let r = Report::build(&s, &c, &d, &cmp, Lang::En, Date::ymd(2026, 12, 1), "https://x/#v2.abc");
        let pbi = &cmp.products[0];
        assert!(!pbi.break_evens.is_empty(), "50 seats of Power BI Pro cross between plans");
        let section = &r.costs[0];
        assert_eq!(section.break_evens.len(), pbi.break_evens.len());
        let cheapest = pbi.cheapest.unwrap();
        let total = format_money(pbi.total(cheapest).unwrap(), s.pricing.currency, Lang::En.locale());
        assert_eq!(
            section.cheapest.as_deref(),
            Some(format!("Cheapest: {}, {total} in total.", t(Lang::En, cheapest.label_key())).as_str())
        );
        assert_eq!(section.rows.iter().filter(|r| r.cheapest).count(), 1);
        let md = markdown(&s, &c, &d, Lang::En, Date::ymd(2026, 12, 1), "https://x/#v2.abc");
        for b in &section.break_evens {
            assert!(md.contains(&format!("- {b}")), "{b}");
        }
        // Without an answer there is no verdict, and no follow-ups that would read as advice.
        let mut blank = s.clone();
        blank.answers = Default::default();
        let d = Derived::of(&c, &blank);
        let r = Report::build(&blank, &c, &d, &Report::comparison(&d), Lang::En, Date::ymd(2026, 12, 1), "x");
        assert!(r.verdict.is_none() && r.follow_ups.is_empty());
        assert!(r.decisions.iter().all(|row| row.recommended == "–" && row.reasons.is_empty()));
    }

    #[test]
    fn markdown_closes_every_door_with_the_request_path_and_the_take_over_plan() {
        let (c, mut s) = scenario();
        s.doors.request.url = "https://it.example/request".into();
        s.doors.request.contact = "Service | desk".into();
        let subs = r#"[{"skuPartNumber":"POWER_BI_PRO","isTrial":false,"ownerType":"User","totalLicenses":3,"createdDateTime":"2026-03-15","nextLifecycleDateTime":"2027-03-15"}]"#;
        s.tenant = Some(crate::domain::tenant::parse(subs).unwrap().0);
        let d = Derived::of(&c, &s);
        let md = markdown(&s, &c, &d, Lang::En, Date::ymd(2026, 12, 1), "https://x/#v2.abc");
        assert!(md.contains("## Licence requests: how a blocked user reaches you"), "{md}");
        assert!(
            md.contains("1. In the Microsoft 365 admin center, go to Billing > Licenses and open the Requests tab.")
        );
        assert!(md.contains("> **Deutsch:** Der Selbstkauf von Lizenzen"), "the message in every language");
        assert!(md.contains("> **Nederlands:** Zelf licenties kopen"));
        assert!(md.contains("Service \\| desk"), "free text escaped");
        assert!(md.contains("## Other doors next to the purchase policy"));
        assert!(
            md.contains("## Close every door: the checklist\n\n- [ ] Set the purchase policy of 2 products"),
            "{md}"
        );
        assert!(md.contains("- [ ] Unattended enforcement: schedule the enforcement script"));
        assert!(md.contains("- **Let users start trials on behalf of your organization**: Off."));
        assert!(md.contains("- **Let users access the Office Store**: Off."), "strict shadow IT");
        assert!(md.contains("POWER_BI_PRO: 3 licences, yearly, next lifecycle date 15 March 2027: 4 more months paid"));
        assert!(md.contains("is an inference"));
    }

    #[test]
    fn csv_rows_match_the_comparison_in_both_locales() {
        let (c, s) = scenario();
        let d = Derived::of(&c, &s);
        for (lang, sep) in [(Lang::En, ','), (Lang::De, ';')] {
            let text = csv(&s, &d, lang);
            assert!(text.starts_with('\u{feff}'));
            let rows: Vec<Vec<String>> = text
                .trim_start_matches('\u{feff}')
                .lines()
                .map(|l| l.split(sep).map(|f| f.trim_matches('"').to_string()).collect())
                .collect();
            assert_eq!(rows[0][0], "kind");
            assert!(rows.iter().all(|r| r.len() == 19), "{lang:?}");
            let pbi = rows.iter().find(|r| r[0] == "cost" && r[2] == "CFQ7TTC0H9MP" && r[3] == "ssp-annual").unwrap();
            let engine = d.comparison.products[0].total(crate::domain::pricing::Plan::ALL[0]).unwrap();
            assert_eq!(pbi[11], engine.normalize().to_string(), "the total is the comparison's");
            assert!(rows.iter().any(|r| r[0] == "sweep" && r[2] == "CFQ7TTC0H9MP" && r[4] == "50"));
        }
        // Decimals follow the locale: the monthly term's 16.80 is "16,8" in German, "16.8" in English.
        assert!(csv(&s, &d, Lang::De).contains(";\"ssp-monthly\";50;16,8;"));
        assert!(csv(&s, &d, Lang::En).contains(",\"ssp-monthly\",50,16.8,"));
    }

    /// Issue 25: without a tenant list there is no section; with one, its sentences and every
    /// export of every target, named as the downloads are.
    #[test]
    fn rolling_it_out_lists_every_export_per_tier_only_with_a_tenant_list() {
        use crate::domain::fleet::{parse_tenant_list, Decision, Fleet, Rollout};
        let c = Catalog::embedded();
        let s = Scenario::default();
        let current = Decision::derive("", &s, &c);
        let mut fleet = Fleet::default();
        assert_eq!(
            RolloutReport::build(Lang::En, &Rollout::of(&fleet, None), &fleet.targets(current.clone(), &c)),
            None
        );
        fleet.set_tenants(parse_tenant_list("contoso.com,Contoso\nfabrikam.com\n").unwrap());
        fleet.save_tier("Power BI allowed", &s).unwrap();
        fleet.assign(0, Some("Power BI allowed")).unwrap();
        let r = RolloutReport::build(Lang::En, &Rollout::of(&fleet, None), &fleet.targets(current, &c)).unwrap();
        assert_eq!(r.lines[0], "2 tenants; not yet assigned to a tier: 1; tiers: 1.");
        let files: Vec<&str> = r.exports.iter().map(|(_, f)| f.as_str()).collect();
        assert_eq!(
            files,
            [
                "Selfservice_purchase.json",
                "ssp-m365dsc-configuration.ps1",
                "ssp-m365dsc-commerce.psd1",
                "ssp-all-tenants-mscommerce.ps1",
                "ssp-all-tenants-rest.ps1",
                "Power_BI_allowed.json",
                "ssp-m365dsc-configuration-power-bi-allowed.ps1",
                "ssp-m365dsc-commerce-power-bi-allowed.psd1",
                "ssp-all-tenants-mscommerce-power-bi-allowed.ps1",
                "ssp-all-tenants-rest-power-bi-allowed.ps1",
                "ssp-collect-tenants-mscommerce.ps1",
            ]
        );
        assert_eq!(r.exports[5].0, "CIPP standards template (Power BI allowed)");
    }
}

/// Issue 24: a ramp is stated as the user's assumption with its break-even month in the
/// report, the Markdown and the CSV; its figures are the comparison's.
#[cfg(test)]
mod ramp_tests {
    use super::*;
    use crate::domain::ids::ProductId;
    use crate::domain::pricing::{Channel, Plan};
    use crate::domain::ramp::{RampSpec, Step};

    #[test]
    fn the_ramp_and_its_break_even_month_are_in_every_format() {
        let c = Catalog::embedded();
        let pbi = ProductId::parse("CFQ7TTC0H9MP").unwrap();
        let mut s = Scenario::default();
        s.toggle(&c, &pbi);
        s.set_ramp(&pbi, Some(RampSpec::Steps(vec![Step { month: 0, seats: 10 }, Step { month: 6, seats: 30 }])))
            .unwrap();
        let d = Derived::of(&c, &s);
        let md = markdown(&s, &c, &d, Lang::En, Date::ymd(2026, 12, 6), "https://example.org/#v2.x");
        assert!(md.contains("**Seats that change over time (your assumptions)**"), "{md}");
        assert!(md.contains("- Your assumption: 10 seats from month 0, 30 seats from month 6."), "{md}");
        assert!(md.contains("- Over the horizon: 10 to 30 seats (month 0: 10; last month: 30)."), "{md}");
        // The cheapest central plan follows the step: CSP monthly 16.80 x (10 x 6 + 30 x 6) =
        // 4,032 + 200 = 4,232 against CSP annual 1,680 + 20 x 168 + 200 = 5,240. Against
        // self-service annual (the baseline; month 0: 10 x 168 + 250 + 400 = 2,330, month 6: 20
        // more at 233 = 4,660) it is cheaper from month 0 (368) on: it ends at 4,232 < 6,990.
        let words = "- From month 0 on, CSP, monthly term costs less in total than Self-service, annual, for good.";
        assert!(md.contains(words), "{md}");
        // Per year: the horizon's total scaled as for fixed seats (12 months: the total itself).
        let ssp = Plan::new(Channel::SelfService, crate::domain::catalog::Term::Annual);
        let total = d.comparison.products[0].total(ssp).unwrap();
        assert_eq!(total, Decimal::from(2330 + 4660));
        let csv = csv(&s, &d, Lang::En);
        let rows: Vec<Vec<&str>> = csv.trim_start_matches('\u{feff}').lines().map(|l| l.split(',').collect()).collect();
        assert!(rows.iter().all(|r| r.len() == 19 || r[0] == "\"ramp\""), "the note may hold commas");
        let ramp = rows.iter().find(|r| r[0] == "\"ramp\"").unwrap();
        assert_eq!((ramp[3], ramp[4], ramp[17]), ("\"csp-monthly\"", "10", "0"));
        assert!(csv.contains("\"Your assumption: 10 seats from month 0, 30 seats from month 6."), "{csv}");
        let months: Vec<&Vec<&str>> = rows.iter().filter(|r| r[0] == "\"month\"" && r[3] == "\"ssp-annual\"").collect();
        assert_eq!(months.len(), 12);
        assert_eq!((months[6][4], months[6][11], months[6][17]), ("30", "6990", "6"));
        assert_eq!(months[11][11], total.normalize().to_string(), "the last running total is the comparison's");
        // Without a ramp nothing of it appears.
        s.ramps.clear();
        let d = Derived::of(&c, &s);
        let md = markdown(&s, &c, &d, Lang::En, Date::ymd(2026, 12, 6), "https://example.org/#v2.x");
        assert!(!md.contains("Seats that change over time") && !csv_has_ramp(&super::csv(&s, &d, Lang::En)));
    }

    fn csv_has_ramp(csv: &str) -> bool {
        csv.lines().any(|l| l.starts_with("\"ramp\"") || l.starts_with("\"month\""))
    }
}
