#!/usr/bin/env bash
# Installs what building and testing need, and skips whatever is already there. Uses only
# rustup, the crate registry, Debian's packages and the npm registry: nothing is downloaded
# from anywhere else, so it works on a machine whose only network is those registries.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14   # newest trunk that builds with stable 1.95; 0.22.x needs rustc 1.96.1
# wasm-bindgen-cli must be exactly the wasm-bindgen version locked in Cargo.lock.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\n== %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WB_VERSION"; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 3.5 minutes)"
  # Not --locked: its lockfile pins a webpki-roots release the registry here does not serve.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# Debian packages: Chromium for the browser tests, poppler-utils (pdftotext, pdftoppm) to read
# back the report printed to PDF.
missing=""
command -v chromium >/dev/null || missing="$missing chromium"
command -v chromedriver >/dev/null || missing="$missing chromium-driver"
command -v pdftotext >/dev/null || missing="$missing poppler-utils"
if [ -n "$missing" ]; then
  say "installing Debian packages:$missing"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
fi

# binaryen (wasm-opt 132), Playwright and the grammars used by the script tests. npm ci is
# skipped when node_modules was installed from this very package-lock.json.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.installed-from-lock 2>/dev/null)" != "$lock_hash" ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.installed-from-lock
fi

# Trunk.toml has offline = true, which makes trunk pass --offline to cargo. The fetch covers the
# workspace, so also the crates of the post-build step (xtask, Rust only: the build needs no
# python3; node stays for wasm-opt from npm, and python3 only serves dist/ to the Playwright tests).
cargo fetch --quiet
