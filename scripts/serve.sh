#!/usr/bin/env bash
# Builds the release app and serves it at http://127.0.0.1:8080 (installs missing tools first).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-tools.sh
source scripts/env.sh
# --no-autoreload: the live-reload snippet is an inline script that the page's CSP forbids.
exec trunk serve --release --no-autoreload "$@"
