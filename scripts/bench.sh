#!/usr/bin/env bash
# Benchmark figures: the size of what a browser downloads (dist/), raw and gzip -9.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d dist ] || { echo "dist/ missing: run trunk build --release first" >&2; exit 1; }
printf '%-8s %12s %12s\n' kind raw_bytes gzip_bytes
total_raw=0; total_gz=0
for kind in wasm js css html; do
  raw=0; gz=0
  while IFS= read -r -d '' f; do
    raw=$((raw + $(wc -c <"$f")))
    gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
  done < <(find dist -maxdepth 1 -name "*.$kind" -print0)
  printf '%-8s %12d %12d\n' "$kind" "$raw" "$gz"
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
done
printf '%-8s %12d %12d\n' total "$total_raw" "$total_gz"
