//! Generation of the MSCommerce PowerShell that applies per-product choices.
//!
//! Safety: only validated values reach a script — ProductIds are `^[A-Z0-9]{12}$` by type and
//! policy values come from the enum. Free text (product names) only ever appears in a `#` line
//! comment after [`comment_text`] has removed every character that could end the line.
use crate::domain::ids::ProductId;
use crate::domain::policy::PolicyValue;

/// One product's choice, as it will be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: ProductId,
    pub name: String,
    pub value: PolicyValue,
}

/// Makes free text safe inside a single-line `#` comment: control characters and every Unicode
/// line/paragraph separator become spaces, so the text can never start a new statement.
pub fn comment_text(raw: &str) -> String {
    let cleaned: String = raw
        .chars()
        .map(|c| if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') { ' ' } else { c })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A single-quoted PowerShell string literal: `'` (and its typographic twins, which PowerShell
/// also treats as quotes) are doubled, so the text can never end the string.
pub fn ps_single_quoted(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 2);
    out.push('\'');
    for c in raw.chars() {
        if matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}') {
            out.push(c);
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// The MSCommerce (2.x/3.x) script: install if missing, import, connect, then one
/// `Update-MSCommerceProductPolicy` per product with its name as a comment.
pub fn powershell(choices: &[Choice]) -> String {
    let mut s = String::new();
    s.push_str("# Requires: Windows, MSCommerce 2.0 or later (-Value), Global or Billing Administrator.\n");
    s.push_str("if (-not (Get-Module -ListAvailable -Name MSCommerce)) {\n");
    s.push_str("    Install-Module -Name MSCommerce -Scope CurrentUser\n");
    s.push_str("}\n");
    s.push_str("Import-Module -Name MSCommerce\n");
    s.push_str("Connect-MSCommerce\n");
    for c in choices {
        s.push_str(&format!("# {}\n", comment_text(&c.name)));
        s.push_str(&format!(
            "Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId {} -Value {}\n",
            c.id,
            ps_single_quoted(c.value.as_str())
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(id: &str, name: &str, value: PolicyValue) -> Choice {
        Choice { id: ProductId::parse(id).unwrap(), name: name.into(), value }
    }

    #[test]
    fn script_for_a_chosen_policy() {
        let s = powershell(&[
            choice("CFQ7TTC0H9MP", "Power BI Pro", PolicyValue::Disabled),
            choice("CFQ7TTC0HD33", "Visio Plan 1", PolicyValue::OnlyTrialsWithoutPaymentMethod),
        ]);
        let expected = "\
# Requires: Windows, MSCommerce 2.0 or later (-Value), Global or Billing Administrator.
if (-not (Get-Module -ListAvailable -Name MSCommerce)) {
    Install-Module -Name MSCommerce -Scope CurrentUser
}
Import-Module -Name MSCommerce
Connect-MSCommerce
# Power BI Pro
Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0H9MP -Value 'Disabled'
# Visio Plan 1
Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0HD33 -Value 'OnlyTrialsWithoutPaymentMethod'
";
        assert_eq!(s, expected);
    }

    #[test]
    fn hostile_names_cannot_leave_the_comment() {
        let s = powershell(&[choice(
            "CFQ7TTC0H9MP",
            "x\nRemove-Item C:\\ -Recurse\r\u{2028}#> $(evil)",
            PolicyValue::Enabled,
        )]);
        let comment_lines: Vec<&str> = s.lines().filter(|l| l.contains("evil") || l.contains("Remove-Item")).collect();
        assert_eq!(comment_lines.len(), 1);
        assert!(comment_lines[0].starts_with("# x Remove-Item"));
    }

    #[test]
    fn single_quotes_are_doubled() {
        assert_eq!(ps_single_quoted("it's"), "'it''s'");
        assert_eq!(ps_single_quoted("a\u{2019}b"), "'a\u{2019}\u{2019}b'");
    }
}
