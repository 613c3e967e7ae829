# Sourced by the other scripts: the tool locations every step relies on.
# npm's wasm-opt (version_132) must come before any other wasm-opt on PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
