#!/usr/bin/env bash
# Coverage-guided fuzzing (AFL++ through cargo-afl, stable Rust) of every reader of outside
# input: links as text, link payloads behind a valid checksum (v1 and v2), scenario files and
# catalogue imports, the tenant state, and (issue 25) the tenant list and the combined state of
# many tenants. Not part of the test command. Seeds are the golden links and files and a
# small catalogue; each target runs until FUZZ_EXECS executions (default 1,000,000) or
# FUZZ_SECONDS (default 600), whichever comes first, and the figures are printed.
# Any crash is copied to fuzz/regressions/TARGET/, which `cargo test` replays from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
SECONDS_PER_TARGET=${FUZZ_SECONDS:-600}
EXECS_PER_TARGET=${FUZZ_EXECS:-1000000}
# FUZZ_TARGETS (space-separated) runs only those targets.
read -r -a TARGETS <<<"${FUZZ_TARGETS:-link_text link_payload scenario_file catalog tenant_state tenant_list combined_states}"

if ! cargo afl --version >/dev/null 2>&1; then
  echo "== installing cargo-afl 0.18.2 (builds its AFL++ runtime, a few minutes)"
  cargo install cargo-afl --version 0.18.2
fi

work=target/fuzz
mkdir -p "$work/out"
rm -rf "$work/seeds"
mkdir -p "$work/seeds"/{link_text,link_payload,scenario_file,catalog,tenant_state,tenant_list,combined_states}
for v in v1 v2; do
  for f in tests/golden/$v/*.link; do cp "$f" "$work/seeds/link_text/$v-$(basename "$f")"; done
done
cp tests/golden/v1/*.scenario.json "$work/seeds/scenario_file/"
python3 - "$work/seeds" <<'PY'
import base64, glob, json, os, sys
seeds = sys.argv[1]
# Link payloads: the golden links' bytes without the checksum, after a version byte (0 = v1, 1 = v2).
for path in glob.glob("tests/golden/v*/*.link"):
    text = open(path).read().strip()
    version, data = text.split(".", 1)
    raw = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))[:-2]
    name = os.path.basename(path).replace(".link", "")
    open(f"{seeds}/link_payload/{version}-{name}", "wb").write(bytes([0 if version == "v1" else 1]) + raw)
# Tenant state: the console table, ConvertTo-Json and Export-Csv as the cmdlet prints them.
open(f"{seeds}/tenant_state/table.txt", "w").write(
    "\r\nPolicyId                 ProductName                            ProductId    PolicyValue\r\n"
    "--------                 -----------                            ---------    -----------\r\n"
    "AllowSelfServicePurchase Power BI Pro                           CFQ7TTC0H9MP Enabled\r\n"
    "AllowSelfServicePurchase Dynamics 365 Marketing Additional A... CFQ7TTC0LHVK Disabled\r\n")
open(f"{seeds}/tenant_state/json.txt", "w").write(
    '[\n    {\n        "ProductName":  "Power BI Pro",\n        "ProductId":  "CFQ7TTC0H9MP",\n        "PolicyValue":  "Disabled"\n    }\n]')
open(f"{seeds}/tenant_state/csv.txt", "w").write(
    '\ufeff#TYPE Selected.Microsoft.Commerce\r\n"ProductName";"ProductId";"PolicyValue"\r\n"Visio Plan 1";"CFQ7TTC0HD33";"Enabled"\r\n"SaaS";"SaaS";"Disabled"\r\n')
# Tenant lists: with a header, without one (a spreadsheet copy), and GUIDs in braces.
open(f"{seeds}/tenant_list/header.txt", "w").write(
    "\ufeffTenantId;PrimaryDomain;DisplayName\r\n{72F988BF-86F1-41AF-91AB-2D7CD011DB47};contoso.com;Contoso Ltd\r\n"
    ";fabrikam.onmicrosoft.com;\"Fabrikam, \"\"Inc\"\"\"\r\n")
open(f"{seeds}/tenant_list/bare.txt", "w").write(
    "Contoso\tcontoso.com\t0b5e4a8c-1d2e-4f3a-9b8c-7d6e5f4a3b2c\nfabrikam.com\n# a comment\n")
# Combined states: the collector's CSV, a JSON array and a console table with a tenant column.
open(f"{seeds}/combined_states/collector.csv", "w").write(
    '"TenantId","TenantDomain","TenantName","ProductName","ProductId","PolicyValue"\r\n'
    '"72f988bf-86f1-41af-91ab-2d7cd011db47","contoso.com","Contoso","Power BI Pro","CFQ7TTC0H9MP","Enabled"\r\n'
    '"","fabrikam.com","Fabrikam","SaaS","SaaS","Disabled"\r\n'
    '"","fabrikam.com","Fabrikam","Visio Plan 1","CFQ7TTC0KXN9","OnlyTrialsWithoutPaymentMethod"\r\n')
open(f"{seeds}/combined_states/json.txt", "w").write(
    '[{"Tenant":"contoso.com","ProductName":"Power BI Pro","ProductId":"CFQ7TTC0H9MP","PolicyValue":"Enabled"},'
    '{"Tenant":"Fabrikam Ltd","ProductId":"CFQ7TTC0HD33","Enabled":"False"}]')
open(f"{seeds}/combined_states/table.txt", "w").write(
    "\r\nTenant        ProductName   ProductId    PolicyValue\r\n"
    "------        -----------   ---------    -----------\r\n"
    "contoso.com   Power BI Pro  CFQ7TTC0H9MP Enabled\r\n"
    "Fabrikam Ltd  Visio Plan 1  CFQ7TTC0HD33 Disabled\r\n")
# A small catalogue (three products) keeps each execution fast.
catalog = json.load(open("data/catalog.json"))
catalog["products"] = catalog["products"][:3]
open(f"{seeds}/catalog/small.json", "w").write(json.dumps(catalog, indent=1))
PY

echo "== building the fuzz targets (instrumented)"
(cd fuzz && cargo afl build --release --quiet)

printf '\n%-16s %12s %10s %8s %8s %8s\n' target executions exec_per_s paths crashes hangs
for t in "${TARGETS[@]}"; do
  out="$work/out/$t"
  rm -rf "$out"
  AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
    cargo afl fuzz -i "$work/seeds/$t" -o "$out" -V "$SECONDS_PER_TARGET" -E "$EXECS_PER_TARGET" "fuzz/target/release/$t" >"$work/$t.log" 2>&1 || {
      echo "afl-fuzz failed for $t, see $work/$t.log" >&2; tail -20 "$work/$t.log" >&2; exit 1; }
  stats="$out/default/fuzzer_stats"
  get() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
  printf '%-16s %12s %10s %8s %8s %8s\n' "$t" "$(get execs_done)" "$(get execs_per_sec)" \
    "$(get corpus_count)" "$(get saved_crashes)" "$(get saved_hangs)"
  for crash in "$out"/default/crashes/id:*; do
    [ -e "$crash" ] || continue
    mkdir -p "fuzz/regressions/$t"
    cp "$crash" "fuzz/regressions/$t/$(sha256sum "$crash" | cut -c1-16)"
  done
done
found=$(find fuzz/regressions -type f 2>/dev/null | wc -l)
echo "saved crashers in fuzz/regressions: $found (replayed by cargo test --test fuzz_regressions)"
