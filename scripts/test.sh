#!/usr/bin/env bash
# Runs every test: native domain tests, the script-grammar tests, component tests in headless
# Chromium, the release build, Playwright end-to-end tests against it, then prints benchmark
# figures (dist sizes). Installs missing tools first. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-tools.sh
source scripts/env.sh

started=$SECONDS
step() { printf '\n== %s\n' "$1"; shift; "$@"; }

# rustfmt comes with the toolchain; a toolchain without it says so instead of failing the run.
if cargo fmt --version >/dev/null 2>&1; then
  step "formatting (cargo fmt --check)" cargo fmt --all --check
else
  printf '\n== formatting: rustfmt is not installed, so formatting is not checked\n'
fi
# clippy comes with the toolchain too; likewise said rather than failed without it.
if cargo clippy --version >/dev/null 2>&1; then
  step "lints (cargo clippy, warnings are errors)" cargo clippy --all-targets -p ssp-advisor -p xtask -- -D warnings
else
  printf '\n== lints: clippy is not installed, so lints are not checked\n'
fi
step "the first view's build compiles (cargo check, wasm32, without the full feature)" \
  cargo check --target wasm32-unknown-unknown --no-default-features --lib --bin ssp-advisor
step "native unit and property tests (cargo test)" cargo test --lib --tests --examples
step "the build step's tests (cargo test -p xtask)" cargo test -p xtask
rm -rf target/generated-scripts
step "generate every script variant" cargo run --quiet --example dump_scripts -- target/generated-scripts
step "parse generated scripts with an independent grammar" env SCRIPTS_DIR=target/generated-scripts node --test tests/scripts/
step "component tests in headless Chromium (wasm-bindgen-test)" cargo test --target wasm32-unknown-unknown --test web --test catalog_tools
step "release build (trunk)" trunk build --release
step "end-to-end tests (Playwright, Chromium)" npx playwright test
step "benchmark figures" ./scripts/bench.sh
printf '\nAll tests passed in %ss.\n' "$((SECONDS - started))"
