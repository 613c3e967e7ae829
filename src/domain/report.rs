//! What carries the decision out of the browser as text: a Markdown report that pastes cleanly
//! into a wiki (Confluence, Azure DevOps, GitHub: tables and a fenced `powershell` block) and a
//! CSV of the figures (one row per product × plan with seats, price, licences, each hidden cost
//! and the total, then the seat sweep behind each chart). Both are projections of the scenario
//! and its derived results, in the reader's language; the CSV uses `,` and a decimal point for
//! English and `;` and a decimal comma for German and Dutch (what Excel expects in those
//! locales), UTF-8 with a byte-order mark.
use crate::domain::catalog::Catalog;
use crate::domain::compare::{chart_points, sweep};
use crate::domain::date::Date;
use crate::domain::derived::Derived;
use crate::domain::money::{format_money, format_number};
use crate::domain::scenario::Scenario;
use crate::domain::script::{admin_center_steps, generate, ScriptHeader, Variant};
use crate::i18n::{format_date, k, msg, msg_money, t, tf, Lang};
use rust_decimal::Decimal;

/// Text safe in a Markdown table cell: one line, `|` and backslash escaped.
fn cell(s: &str) -> String {
    crate::domain::script::comment_text(s).replace('\\', "\\\\").replace('|', "\\|")
}

/// Issue 13 in the report: the licence-request section (steps, approvers, caveats and the
/// message to paste in every language), the other doors with their settings and reasons, and,
/// when the subscription list was imported, the take-over plan from the real renewal dates.
fn doors_section(s: &Scenario, catalog: &Catalog, d: &Derived, lang: Lang, today: Date) -> Vec<String> {
    use crate::domain::doors::licence_request_section;
    let rec = &d.recommendation;
    let mut out = Vec::new();
    let checklist = crate::domain::doors::apply_checklist(s, catalog, rec);
    if !checklist.is_empty() {
        out.push(String::new());
        out.push(format!("## {}", t(lang, &k::DOORS_CHECK_TITLE)));
        out.push(String::new());
        for i in &checklist {
            let mark = if i.status == crate::domain::doors::ItemStatus::Ready { "[ ]" } else { "[?]" };
            out.push(format!("- {mark} {}", cell(&msg(lang, &i.message))));
        }
    }
    if let Some(r) = licence_request_section(&s.doors.request, rec) {
        out.push(String::new());
        out.push(format!("## {}", t(lang, &k::DOORS_REQUEST_TITLE)));
        out.push(String::new());
        out.push(cell(&msg(lang, &r.users_see)));
        out.push(String::new());
        for (i, m) in r.steps.iter().enumerate() {
            out.push(format!("{}. {}", i + 1, cell(&msg(lang, m))));
        }
        out.push(String::new());
        for m in r.approvers.iter().chain(&r.caveats) {
            out.push(format!("- {}", cell(&msg(lang, m))));
        }
        for (l, text) in r.message_texts() {
            out.push(String::new());
            out.push(format!("> **{}:** {}", l.native_name(), cell(&text)));
        }
    }
    let effective = s.doors.effective(rec);
    if !rec.switches.is_empty() {
        out.push(String::new());
        out.push(format!("## {}", t(lang, &k::DOORS_SWITCHES_TITLE)));
        out.push(String::new());
        for e in &effective {
            let setting = e.setting.map_or_else(|| t(lang, &k::DOORS_SETTING_OPEN), |v| t(lang, v.label_key()));
            let note = e.override_note().map(|m| format!(" ({})", msg(lang, &m))).unwrap_or_default();
            out.push(format!(
                "- **{}**: {}{}. {}",
                t(lang, e.switch.label_key()),
                setting,
                note,
                t(lang, e.switch.what_key())
            ));
            out.push(format!("  {}", t(lang, e.switch.click_path_key())));
            if let Some(r) = rec.switch(e.switch) {
                for x in &r.reasons {
                    out.push(format!("  - {}", cell(&msg(lang, &x.message))));
                }
            }
        }
        // Controls the catalogue names for single products (English research data, sourced).
        for (name, c) in crate::domain::doors::blocked_product_controls(catalog, rec) {
            out.push(format!(
                "- **{}: {}**. {} {} ({})",
                cell(name),
                cell(&c.name),
                cell(&c.effect),
                cell(&c.path),
                cell(&c.source)
            ));
        }
    }
    if let Some(tenant) = s.tenant.as_ref().filter(|t| !t.subscriptions.is_empty()) {
        let plan = crate::domain::tenant::takeover_plan(&tenant.subscriptions, today);
        out.push(String::new());
        out.push(format!("## {}", t(lang, &k::DECISION_FOLLOW_UP_TAKE_OVER)));
        out.push(String::new());
        for r in &plan.rows {
            if let Some(m) = &r.message {
                out.push(format!("- {}", cell(&msg(lang, m))));
            }
        }
        out.push(String::new());
        out.push(format!("_{}_", msg(lang, &plan.inference)));
    }
    out
}

/// The report as Markdown, for `today`, with the link that reopens the scenario.
pub fn markdown(s: &Scenario, catalog: &Catalog, d: &Derived, lang: Lang, today: Date, link: &str) -> String {
    let cur = s.pricing.currency;
    let money = |x: Decimal| format_money(x, cur, lang.locale());
    let mut o = String::new();
    let mut line = |l: &str| {
        o.push_str(l);
        o.push('\n');
    };
    line(&format!("# {}", t(lang, &k::REPORT_TITLE)));
    line("");
    if !s.script.tenant_label.trim().is_empty() {
        line(&format!("**{}:** {}  ", t(lang, &k::REPORT_TENANT), cell(&s.script.tenant_label)));
    }
    line(&format!("**{}:** {}  ", t(lang, &k::REPORT_DATE), format_date(today, lang)));
    line(&format!("**{}:** {}  ", t(lang, &k::REPORT_CATALOGUE), format_date(catalog.as_of, lang)));
    line(&format!("**{}:** <{}>", t(lang, &k::REPORT_LINK), link.replace('>', "%3E")));
    line("");
    line(&format!("## {}", t(lang, &k::REPORT_SUMMARY)));
    line("");
    if d.recommends() {
        line(&format!(
            "**{}**",
            tf(lang, &k::SUMMARY_RECOMMENDED_VERDICT, &[("verdict", t(lang, d.recommendation.verdict.label_key()))])
        ));
        line("");
        line(&d.recommendation.summary.iter().map(|m| msg_money(lang, m, cur)).collect::<Vec<_>>().join(" "));
    } else {
        line(&t(lang, &k::SUMMARY_NO_RECOMMENDATION));
    }
    line("");
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
    for sel in &s.selections {
        let Some(p) = catalog.find(&sel.id) else { continue };
        let r = d.recommendation.product(&sel.id).filter(|_| d.recommends());
        let recommended = r.and_then(|r| r.policy).map(|v| t(lang, v.label_key())).unwrap_or_else(|| "–".into());
        let mut reasons: Vec<_> = r.map(|r| r.reasons.iter().collect()).unwrap_or_default();
        reasons.sort_by_key(|x| -x.points.abs());
        let reasons = reasons
            .iter()
            .take(3)
            .map(|x| format!("{} ({})", msg_money(lang, &x.message, cur), t(lang, x.source.label_key())))
            .collect::<Vec<_>>()
            .join("; ");
        line(&format!(
            "| {} | `{}` | {} | {} | {} | {} |",
            cell(&p.name),
            p.id,
            sel.seats,
            t(lang, sel.policy.label_key()),
            recommended,
            cell(&reasons)
        ));
    }
    line("");
    line(&format!("## {}", t(lang, &k::COMPARE_HEADING)));
    for pc in &d.comparison.products {
        line("");
        line(&format!("### {}", cell(&pc.name)));
        line("");
        line(&format!(
            "| {} | {} | {} | {} | {} |",
            t(lang, &k::COMPARE_PLAN),
            t(lang, &k::COMPARE_UNIT),
            t(lang, &k::COMPARE_LICENCES),
            t(lang, &k::COMPARE_OTHER),
            t(lang, &k::COMPARE_TOTAL)
        ));
        line("|---|---:|---:|---:|---:|");
        for r in &pc.results {
            let label = crate::i18n::t(lang, r.plan.label_key());
            let mark = if pc.cheapest == Some(r.plan) {
                format!(" **({})**", t(lang, &k::COMPARE_CHEAPEST))
            } else {
                String::new()
            };
            match &r.cost {
                Ok(c) => {
                    let unit = pc.unit(r.plan).map(|u| money(u.round_dp(2)));
                    line(&format!(
                        "| {label}{mark} | {} | {} | {} | {} |",
                        unit.unwrap_or_default(),
                        money(c.licences),
                        money(c.total - c.licences),
                        money(c.total)
                    ))
                }
                Err(why) => line(&format!("| {label} | {} | | | |", cell(&msg(lang, &why.message())))),
            }
        }
    }
    line("");
    line(&format!("## {}", t(lang, &k::ASSUME_HEADING)));
    line("");
    let p = &s.pricing;
    for (key, value) in [
        (&k::ASSUME_HORIZON, format!("{} ", p.horizon_months)),
        (&k::ASSUME_ORG_SEATS, p.org_seats.to_string()),
        (&k::ASSUME_CSP_ADJUST, format!("{} %", format_number(p.csp_adjust_pct, 2, lang.locale()))),
        (&k::ASSUME_EA_DATE, format_date(p.ea.agreement_date, lang)),
        (&k::ASSUME_PROCUREMENT, money(p.hidden.procurement_per_order)),
        (&k::ASSUME_EXPENSE_CLAIM, money(p.hidden.expense_claim)),
        (&k::ASSUME_ADMIN_REVIEW, money(p.hidden.admin_review)),
    ] {
        line(&format!("- {}: {}", t(lang, key), value.trim()));
    }
    if d.recommends() && !d.recommendation.follow_ups.is_empty() {
        line("");
        line(&format!("## {}", t(lang, &k::DECISION_FOLLOW_UPS_HEADING)));
        line("");
        for f in &d.recommendation.follow_ups {
            line(&format!("- {}", msg_money(lang, &f.message, cur)));
        }
    }
    if d.recommends() {
        for l in doors_section(s, catalog, d, lang, today) {
            line(&l);
        }
    }
    let choices = s.choices(catalog);
    line("");
    line(&format!("## {}", t(lang, &k::SCRIPTS_ADMIN_CENTER)));
    line("");
    for (i, m) in admin_center_steps(&choices).iter().enumerate() {
        line(&format!("{}. {}", i + 1, msg(lang, m)));
    }
    line("");
    line(&format!("## {}", t(lang, &k::SCRIPTS_VARIANT_MSCOMMERCE)));
    line("");
    let header = ScriptHeader { generated: today, catalogue_as_of: catalog.as_of, reopen_link: Some(link.to_string()) };
    let script = generate(Variant::MsCommerce, &choices, &s.script_options(Some(header)));
    // A fence longer than any run of backticks inside, so nothing in the script can close it.
    let longest = script.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    line(&format!("{fence}powershell"));
    o.push_str(&script);
    if !o.ends_with('\n') {
        o.push('\n');
    }
    o.push_str(&fence);
    o.push('\n');
    o
}

/// The figures as CSV (see the module header for delimiter and decimals).
pub fn csv(s: &Scenario, d: &Derived, lang: Lang) -> String {
    let (sep, comma) = match lang {
        Lang::En => (',', false),
        Lang::De | Lang::Nl => (';', true),
    };
    let num = |x: Decimal| {
        let t = x.round_dp(4).normalize().to_string();
        if comma {
            t.replace('.', ",")
        } else {
            t
        }
    };
    let field = |t: &str| {
        // Quoted always; a leading = + - @ would start a formula in a spreadsheet.
        let t = if t.starts_with(['=', '+', '-', '@']) { format!("'{t}") } else { t.to_string() };
        format!("\"{}\"", t.replace('"', "\"\""))
    };
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
    ];
    out.push_str(&header.iter().map(|h| field(h)).collect::<Vec<_>>().join(&sep.to_string()));
    out.push_str("\r\n");
    let cur = s.pricing.currency.code();
    for pc in &d.comparison.products {
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
            ];
            out.push_str(&row.join(&sep.to_string()));
            out.push_str("\r\n");
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

    #[test]
    fn markdown_has_every_part_and_the_figures_of_the_comparison() {
        let (c, s) = scenario();
        let d = Derived::of(&c, &s);
        let md = markdown(&s, &c, &d, Lang::En, Date::ymd(2026, 12, 1), "https://x/#v2.abc");
        assert!(md.starts_with("# Self-service purchase: decision report\n"));
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
        assert!(de.starts_with("# Self-Service-Kauf: Entscheidungsbericht\n") && de.contains("8.400,00\u{a0}$"));
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
            assert!(rows.iter().all(|r| r.len() == 13), "{lang:?}");
            let pbi = rows.iter().find(|r| r[0] == "cost" && r[2] == "CFQ7TTC0H9MP" && r[3] == "ssp-annual").unwrap();
            let engine = d.comparison.products[0].total(crate::domain::pricing::Plan::ALL[0]).unwrap();
            assert_eq!(pbi[11], engine.normalize().to_string(), "the total is the comparison's");
            assert!(rows.iter().any(|r| r[0] == "sweep" && r[2] == "CFQ7TTC0H9MP" && r[4] == "50"));
        }
        // Decimals follow the locale: the monthly term's 16.80 is "16,8" in German, "16.8" in English.
        assert!(csv(&s, &d, Lang::De).contains(";\"ssp-monthly\";50;16,8;"));
        assert!(csv(&s, &d, Lang::En).contains(",\"ssp-monthly\",50,16.8,"));
    }
}
