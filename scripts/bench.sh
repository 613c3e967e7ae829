#!/usr/bin/env bash
# Benchmark figures (printed, never asserted): the first load side by side with a bare Yew page
# built the same way (payload until usable, throttled first render, Lighthouse 12 mobile), what
# dist/ holds (raw and gzip -9), the full cost sweep natively (and the month-by-month engine of
# issue 24 over 36 months) and in headless Chromium, and the
# slider-to-frame redraw time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -d dist ] || { echo "dist/ missing: run trunk build --release first" >&2; exit 1; }
echo "== dist/ sizes"
printf '%-8s %12s %12s\n' kind raw_bytes gzip_bytes
total_raw=0; total_gz=0
for kind in wasm js css html; do
  raw=0; gz=0
  while IFS= read -r -d '' f; do
    raw=$((raw + $(wc -c <"$f")))
    gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
  done < <(find dist -maxdepth 1 -name "*.$kind" ! -name 'ssp-advisor-offline.html' -print0)
  printf '%-8s %12d %12d\n' "$kind" "$raw" "$gz"
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
done
printf '%-8s %12d %12d\n' total "$total_raw" "$total_gz"
offline=dist/ssp-advisor-offline.html
[ -f "$offline" ] && printf '%-8s %12d %12d  (the single offline file, not part of the first load)\n' offline "$(wc -c <"$offline")" "$(gzip -9 -c "$offline" | wc -c)"
echo "== first load, side by side with a bare Yew page (bench/bare-yew, same trunk, wasm-bindgen, wasm-opt, profile)"
(cd bench/bare-yew && trunk build --release --dist ../../target/bench/bare-dist >/dev/null 2>&1) \
  && node e2e/bench/load.bench.mjs dist target/bench/bare-dist \
  || echo "(side-by-side measurement failed)"
echo "== full sweep and month-by-month engine, native"
cargo bench --quiet --bench sweep 2>/dev/null | grep '^sweep'
echo "== full sweep, headless Chromium"
cargo test --release --target wasm32-unknown-unknown --test sweep_web -- --nocapture 2>&1 | grep -o 'sweep (headless.*' || echo "(no figure printed)"
echo "== slider redraw"
node e2e/bench/slider.bench.mjs
