//! The bash variants (`set -euo pipefail`). Commands carry only ProductIds (validated by type) and policy values
//! (from the enum); free text goes through `Out::comment_free` or `sh_single_quoted(&comment_text(..))`.
use super::{comment_text, name_comment, sh_single_quoted, ChoiceSet, Out, ScriptOptions, SIGNUP_IS_NOT_PURCHASE};
use crate::domain::tenant::Item;

pub(crate) const API: &str = "https://licensing.m365.microsoft.com/v1.0/policies/AllowSelfServicePurchase";
const RESOURCE: &str = "aeb86249-8ea3-49e2-900b-54cc8e308f85";

fn unofficial(o: &mut Out) {
    o.lines(
        r##"
# UNOFFICIAL AND UNDOCUMENTED: this script calls the REST endpoint that the MSCommerce PowerShell module uses
# internally. Microsoft does not document, support or test calling it directly, and it can change or stop working
# without notice. Prefer the MSCommerce PowerShell script; use this only where PowerShell is not an option."##,
    );
}

fn dry_run_default(o: &mut Out, opts: &ScriptOptions) {
    o.line(&format!("DRY_RUN=\"${{DRY_RUN:-{}}}\"", if opts.what_if { 1 } else { 0 }));
}

fn dry_run_comment(o: &mut Out, opts: &ScriptOptions, what: &str) {
    o.line(&format!(
        "# DRY_RUN=1: print each {what} instead of sending it (reads still run). DRY_RUN=0: send it. Default here: {}.",
        if opts.what_if { 1 } else { 0 }
    ));
}

/// `TENANT_LABEL='…'` plus a line that prints it.
fn tenant_variable(o: &mut Out, opts: &ScriptOptions) {
    if let Some(label) = &opts.tenant_label {
        o.line(&format!("TENANT_LABEL={}", sh_single_quoted(&comment_text(label))));
        o.line("printf 'Prepared for tenant: %s\\n' \"$TENANT_LABEL\"");
    }
}

/// The shell functions `check_id` and `check_value`: a second guard, inside the script, that only a ProductId
/// and one of the three policy values reach a request.
fn check_functions(o: &mut Out) {
    o.lines(
        r##"
# check_id PRODUCT_ID, check_value VALUE: refuse anything but a ProductId and one of the three policy values.
check_id() {
  [[ "$1" =~ ^[A-Z0-9]{12}$ ]] || { echo "invalid ProductId: $1" >&2; return 1; }
}
check_value() {
  case "$1" in
    Enabled | Disabled | OnlyTrialsWithoutPaymentMethod) ;;
    *) echo "invalid policy value: $1" >&2; return 1 ;;
  esac
}"##,
    );
}

fn apply_calls(o: &mut Out, set: &ChoiceSet, opts: &ScriptOptions) {
    if set.unique.is_empty() {
        o.line("# No products chosen: nothing to read or set.");
        return;
    }
    o.line("echo 'Current values (read-only):'");
    for c in &set.unique {
        o.line(&format!("# {}", name_comment(c)));
        o.line(&format!("get_policy '{}'", c.id));
    }
    o.blank();
    o.line("# Set the chosen value, one product at a time.");
    let mut right = 0;
    for c in &set.unique {
        o.line(&format!("# {}", name_comment(c)));
        if opts.already(&Item::Product(c.id.clone()), c.value) {
            o.line(&format!("# Already {} in the imported tenant state: not changed.", c.value.as_str()));
            right += 1;
            continue;
        }
        o.line(&format!("set_policy '{}' '{}'", c.id, c.value.as_str()));
    }
    if opts.current.is_none() {
        return;
    }
    o.line(&format!(
        "# {right} of {} chosen products are already at their value in the imported tenant state and are not changed.",
        set.unique.len()
    ));
    o.blank();
    o.line("# Verify: read every chosen value back (skipped under DRY_RUN=1); exit 1 with a list if any differs.");
    o.line("MISMATCH=0");
    o.line("verify_policy() {");
    o.line("  local got");
    o.line("  got=\"$(get_policy \"$1\")\"");
    o.line("  if ! printf '%s' \"$got\" | grep -Eq \"\\\"policyValue\\\" *: *\\\"$2\\\"\"; then");
    o.line("    printf 'MISMATCH %s: wanted %s\\n' \"$1\" \"$2\" >&2");
    o.line("    MISMATCH=1");
    o.line("  fi");
    o.line("}");
    o.line("if [[ \"$DRY_RUN\" == 0 ]]; then");
    for c in &set.unique {
        o.line(&format!("  verify_policy '{}' '{}'", c.id, c.value.as_str()));
    }
    o.line("  if [[ \"$MISMATCH\" != 0 ]]; then");
    o.line("    exit 1");
    o.line("  fi");
    o.line("  echo 'Verified: every chosen value is set.'");
    o.line("fi");
}

/// curl with the token from `MSCOMMERCE_TOKEN`.
pub(super) fn rest_curl(set: &ChoiceSet, opts: &ScriptOptions) -> String {
    let mut o = Out::new();
    o.line("#!/usr/bin/env bash");
    unofficial(&mut o);
    o.header("self-service purchase policy through curl (unofficial REST)", opts);
    o.lines(&format!(
        r##"
#
# TOKEN (UNVERIFIED): set MSCOMMERCE_TOKEN in the environment to an access token for the resource
# {RESOURCE} (scope {RESOURCE}/.default),
# either of a Global or Billing Administrator or of your own app registration granted
# Policy.ReadWrite.AllowSelfServicePurchase. How to get such a token was NOT verified: the module signs in with the
# public client 3d5cffa9-04da-4657-8cab-c7f074657cad, and whether
# `az account get-access-token --resource {RESOURCE}` works could not be verified.
# The token is never written into this file; it goes to curl on standard input, so it does not show in the
# process list.
# Requirements: bash, curl 7.76 or later."##
    ));
    dry_run_comment(&mut o, opts, "PUT request");
    o.duplicates_note(set);
    o.blank();
    o.line("set -euo pipefail");
    o.blank();
    o.line(&format!(
        ": \"${{MSCOMMERCE_TOKEN:?Set MSCOMMERCE_TOKEN to an access token for {RESOURCE} (see the comments at the top)}}\""
    ));
    dry_run_default(&mut o, opts);
    o.line(&format!("API='{API}'"));
    tenant_variable(&mut o, opts);
    o.blank();
    check_functions(&mut o);
    o.lines(
        r##"

# api METHOD PATH [CURL_ARGS...]: one request; stops the script on an HTTP error (curl exit code 22).
api() {
  local method="$1" path="$2"
  shift 2
  printf 'Authorization: Bearer %s\n' "$MSCOMMERCE_TOKEN" |
    curl --fail-with-body --silent --show-error -X "$method" -H @- "$@" "${API}${path}"
  echo
}

# get_policy PRODUCT_ID: the current value of one product (read-only).
get_policy() {
  check_id "$1"
  api GET "/products/$1"
}

# set_policy PRODUCT_ID VALUE: PUT one product's value, or only print it under DRY_RUN=1.
set_policy() {
  check_id "$1"
  check_value "$2"
  if [[ "$DRY_RUN" != 0 ]]; then
    printf 'DRY RUN, not sent: PUT %s/products/%s {"policyValue":"%s"}\n' "$API" "$1" "$2"
    return 0
  fi
  api PUT "/products/$1" -H 'Content-Type: application/json' --data "{\"policyValue\":\"$2\"}"
  printf 'Set %s to %s\n' "$1" "$2"
}

# Every product with its current value (read-only), if you want to see them all:
# api GET '/products?scope=product'

"##,
    );
    apply_calls(&mut o, set, opts);
    offer_type_calls(&mut o, opts, false);
    o.finish()
}

/// `az rest`, which gets the token from the Azure CLI sign-in.
pub(super) fn az_rest(set: &ChoiceSet, opts: &ScriptOptions) -> String {
    let mut o = Out::new();
    o.line("#!/usr/bin/env bash");
    unofficial(&mut o);
    o.header("self-service purchase policy through az rest (unofficial REST)", opts);
    o.lines(&format!(
        r##"
#
# TOKEN (UNVERIFIED): az rest asks the Azure CLI sign-in (az login) for a token for the resource
# {RESOURCE}. Whether the Azure CLI may get a token for that resource could NOT be
# verified; if it may not, the first az rest call fails and nothing is changed. No token is written into this file.
# Requirements: bash; Azure CLI (az), signed in with az login as a Global or Billing Administrator."##
    ));
    dry_run_comment(&mut o, opts, "PUT request");
    o.duplicates_note(set);
    o.blank();
    o.line("set -euo pipefail");
    o.blank();
    dry_run_default(&mut o, opts);
    o.line(&format!("API='{API}'"));
    o.line(&format!("RESOURCE='{RESOURCE}'"));
    tenant_variable(&mut o, opts);
    o.blank();
    check_functions(&mut o);
    o.lines(
        r##"

# get_policy PRODUCT_ID: the current value of one product (read-only).
get_policy() {
  check_id "$1"
  az rest --method get --resource "$RESOURCE" --url "${API}/products/$1"
}

# set_policy PRODUCT_ID VALUE: PUT one product's value, or only print it under DRY_RUN=1.
set_policy() {
  check_id "$1"
  check_value "$2"
  if [[ "$DRY_RUN" != 0 ]]; then
    printf 'DRY RUN, not sent: PUT %s/products/%s {"policyValue":"%s"}\n' "$API" "$1" "$2"
    return 0
  fi
  az rest --method put --resource "$RESOURCE" --url "${API}/products/$1" \
    --headers 'Content-Type=application/json' --body "{\"policyValue\":\"$2\"}"
  printf 'Set %s to %s\n' "$1" "$2"
}

# Every product with its current value (read-only), if you want to see them all:
# az rest --method get --resource "$RESOURCE" --url "${API}/products?scope=product"

"##,
    );
    apply_calls(&mut o, set, opts);
    offer_type_calls(&mut o, opts, true);
    o.finish()
}

/// Entra self-service sign-up through `az rest` against Microsoft Graph.
pub(super) fn graph_signup_az(set: &ChoiceSet, opts: &ScriptOptions) -> String {
    let mut o = Out::new();
    o.line("#!/usr/bin/env bash");
    o.header("self-service sign-up (Microsoft Graph through az rest)", opts);
    o.lines(SIGNUP_IS_NOT_PURCHASE);
    o.lines(
        r##"
# The Graph endpoint is documented. Whether the Azure CLI's delegated Graph permissions cover this PATCH in every
# tenant is UNVERIFIED: it needs a suitably privileged signed-in admin (least-privileged role: Privileged Role
# Administrator; permission Policy.ReadWrite.Authorization).
# Requirements: bash; Azure CLI (az), signed in with az login.
# To undo, send the same PATCH with true instead of false."##,
    );
    super::ps::teams_exploratory_note(&mut o, set);
    dry_run_comment(&mut o, opts, "PATCH request");
    o.blank();
    o.line("set -euo pipefail");
    o.blank();
    dry_run_default(&mut o, opts);
    o.line("URL='https://graph.microsoft.com/v1.0/policies/authorizationPolicy'");
    tenant_variable(&mut o, opts);
    o.lines(
        r##"

echo 'Current values (read-only):'
az rest --method get --url "$URL" \
  --query '{allowedToSignUpEmailBasedSubscriptions: allowedToSignUpEmailBasedSubscriptions, allowEmailVerifiedUsersToJoinOrganization: allowEmailVerifiedUsersToJoinOrganization}'

# Turn self-service sign-up off.
if [[ "$DRY_RUN" != 0 ]]; then
  printf 'DRY RUN, not sent: PATCH %s {"allowedToSignUpEmailBasedSubscriptions": false}\n' "$URL"
else
  az rest --method patch --url "$URL" --headers 'Content-Type=application/json' \
    --body '{"allowedToSignUpEmailBasedSubscriptions": false}'
  echo 'Self-service sign-up is now turned off.'
fi

# Optional, same policy: stop users from joining the tenant by e-mail verification (viral join).
# az rest --method patch --url "$URL" --headers 'Content-Type=application/json' \
#   --body '{"allowEmailVerifiedUsersToJoinOrganization": false}'"##,
    );
    o.finish()
}

/// Third-party offer types over REST. The path is inferred from the module's read path for one
/// offer type (`.../offerTypes/{id}`) and is untested, like the rest of this unofficial API.
fn offer_type_calls(o: &mut Out, opts: &ScriptOptions, az: bool) {
    if opts.offer_types.is_empty() {
        return;
    }
    o.blank();
    o.line(
        "# Third-party offer types (Enabled or Disabled only). The path is inferred from the module's read path for",
    );
    o.line("# one offer type and is UNTESTED; prefer the MSCommerce 2.0+ script for offer types.");
    o.line("set_offer_type() {");
    o.line("  if [[ \"$DRY_RUN\" != 0 ]]; then");
    o.line("    printf 'DRY RUN, not sent: PUT %s/offerTypes/%s {\"policyValue\":\"%s\"}\\n' \"$API\" \"$1\" \"$2\"");
    o.line("    return 0");
    o.line("  fi");
    if az {
        o.line("  az rest --method put --resource \"$RESOURCE\" --url \"${API}/offerTypes/$1\" \\");
        o.line("    --headers 'Content-Type=application/json' --body \"{\\\"policyValue\\\":\\\"$2\\\"}\"");
    } else {
        o.line("  api PUT \"/offerTypes/$1\" -H 'Content-Type: application/json' --data \"{\\\"policyValue\\\":\\\"$2\\\"}\"");
    }
    o.line("  printf 'Set offer type %s to %s\\n' \"$1\" \"$2\"");
    o.line("}");
    for (offer, value) in o.offer_types_to_change(opts) {
        o.line(&format!("set_offer_type {} {}", offer.as_str(), value.as_str()));
    }
}

/// Read-only: the tenant's subscriptions through `az rest`, as JSON for the tenant import.
pub(super) fn subscriptions_az(opts: &ScriptOptions) -> String {
    let mut o = Out::new();
    o.line("#!/usr/bin/env bash");
    o.header("existing subscriptions and trials (read-only, Microsoft Graph through az rest)", opts);
    o.lines(
        r##"
#
# READ-ONLY: lists the tenant's subscriptions from Microsoft Graph GET /v1.0/directory/subscriptions with the
# fields the advisor's take-over plan reads (skuPartNumber, isTrial, ownerType, status, totalLicenses,
# createdDateTime, nextLifecycleDateTime) and prints them as JSON. Paste the output into the tenant import.
# Which subscriptions were bought through self-service is an INFERENCE (ownerType 'User'), not documented.
# Requirements: bash, Azure CLI signed in (az login) with an account that may read Organization.Read.All data.
# Only the first page is read; a tenant with more subscriptions than one page holds prints a nextLink warning.
# Nothing is changed."##,
    );
    o.blank();
    o.line("set -euo pipefail");
    tenant_variable(&mut o, opts);
    o.lines(
        r##"
URL='https://graph.microsoft.com/v1.0/directory/subscriptions'
RESULT="$(az rest --method get --url "$URL" --output json)"
if printf '%s' "$RESULT" | grep -q '@odata.nextLink'; then
  echo 'Warning: more subscriptions than one page; only the first page is shown.' >&2
fi
printf '%s\n' "$RESULT""##,
    );
    o.finish()
}
