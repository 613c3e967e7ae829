//! Wording that several outputs share, below all of them: a total with the products it leaves
//! out ("$1,234.00 (of 2 of 3 products; Visio Plan 2 has no price)") and the CSV dialect of the
//! reader's language. The report, its Markdown and CSV, the scenario comparison and the views
//! all say these the same way.
use crate::domain::compare::Total;
use crate::domain::money::format_money;
use crate::domain::pricing::{Unavailable, EA_MINIMUM_SEATS};
use crate::i18n::{k, t, tf, tn, Lang};
use rust_decimal::Decimal;

/// What a total leaves out, in words ("of 2 of 3 products; Visio Plan 2 has no price"), or
/// `None` when it counts every product. Each gap says why: an unknown price, a term the product
/// is not sold on, or an agreement the organisation is too small for.
pub fn gaps_text(lang: Lang, total: &Total) -> Option<String> {
    if total.is_complete() {
        return None;
    }
    let n = (total.counted + total.gaps.len()) as u64;
    let mut parts = Vec::with_capacity(total.gaps.len() + 1);
    if total.counted > 0 {
        parts.push(tn(
            lang,
            &k::COMPARE_TOTAL_OF,
            n,
            &[("counted", crate::i18n::format_count(total.counted as u64, lang))],
        ));
    }
    // One phrase per reason, naming every product it concerns, in the order they first appear
    // ("Visio Plan 2, Project Plan 3 have no price"), so a total over many products stays short.
    let kind = |u: &Unavailable| std::mem::discriminant(u);
    let mut seen = Vec::new();
    for g in &total.gaps {
        if seen.contains(&kind(&g.why)) {
            continue;
        }
        seen.push(kind(&g.why));
        let names: Vec<&str> =
            total.gaps.iter().filter(|x| kind(&x.why) == kind(&g.why)).map(|x| x.name.as_str()).collect();
        let count = names.len() as u64;
        let products = ("products", names.join(", "));
        parts.push(match &g.why {
            Unavailable::PriceUnknown => tn(lang, &k::COMPARE_GAP_NO_PRICE, count, &[products]),
            Unavailable::TermNotOffered => tn(lang, &k::COMPARE_GAP_TERM, count, &[products]),
            Unavailable::TenantLicensed => tn(lang, &k::COMPARE_GAP_TENANT, count, &[products]),
            Unavailable::NoPlanCompared => tn(lang, &k::COMPARE_GAP_NO_PLAN, count, &[products]),
            Unavailable::EaBelowMinimum { .. } => tf(
                lang,
                &k::COMPARE_GAP_EA,
                &[products, ("min", crate::i18n::format_count(EA_MINIMUM_SEATS.into(), lang))],
            ),
        });
    }
    Some(parts.join("; "))
}

/// A total as a figure with its gaps: "$1,234.00 (of 2 of 3 products; Visio Plan 2 has no
/// price)", or "no figure (…)" when nothing could be counted. Every total the report, the
/// Markdown and the screens print goes through here.
pub fn total_text(lang: Lang, currency: crate::domain::money::Currency, total: &Total) -> String {
    let figure =
        total.sum.map(|x| format_money(x, currency, lang.locale())).unwrap_or_else(|| t(lang, &k::COMPARE_NO_FIGURE));
    match gaps_text(lang, total) {
        Some(g) => format!("{figure} ({g})"),
        None => figure,
    }
}

/// The CSV dialect a spreadsheet in `lang` opens without asking: `,` and `.` in English, `;`
/// and `,` in German and Dutch; every field quoted, a formula's first character disarmed.
#[derive(Clone, Copy)]
pub struct CsvDialect {
    pub sep: char,
    comma: bool,
}

impl CsvDialect {
    pub fn of(lang: Lang) -> CsvDialect {
        match lang {
            Lang::En => CsvDialect { sep: ',', comma: false },
            Lang::De | Lang::Nl => CsvDialect { sep: ';', comma: true },
        }
    }

    pub fn num(self, x: Decimal) -> String {
        let t = x.round_dp(4).normalize().to_string();
        if self.comma {
            t.replace('.', ",")
        } else {
            t
        }
    }

    pub fn field(self, t: &str) -> String {
        // Quoted always; a leading = + - @ would start a formula in a spreadsheet, except in a
        // plain number ("-450", "-12,5"), which a spreadsheet must read as one.
        let number = t.strip_prefix('-').is_some_and(|r| {
            !r.is_empty()
                && r.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
                && r.chars().filter(|c| !c.is_ascii_digit()).count() <= 1
        });
        let t = if t.starts_with(['=', '+', '-', '@']) && !number { format!("'{t}") } else { t.to_string() };
        format!("\"{}\"", t.replace('"', "\"\""))
    }

    /// One line of fields, ended by CRLF.
    pub fn line<S: AsRef<str>>(self, fields: &[S]) -> String {
        let cells: Vec<String> = fields.iter().map(|f| self.field(f.as_ref())).collect();
        format!("{}\r\n", cells.join(&self.sep.to_string()))
    }
}
