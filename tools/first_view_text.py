"""Trunk post_build hook, after the prerender step has written i18n-de.json and i18n-nl.json:
cuts each language file down to the cells the first view can show.

The first view is the only reader of these files (the whole tool has every cell built in), and
it finds a cell by its key's id (`i18n::fetched::get`). Keys are statics, and the linker keeps
only those the first view refers to, so the id of every key it can show is a string in its
wasm; a key whose id is not there is never looked up. An id found only inside some other string
keeps its cell, which errs on the side of sending too much. The build stops if the wasm no
longer looks like that (no id of a key the first view always shows), rather than shipping
files with cells missing.
"""
import json
import os
import re
import sys

import staging as build

STEP = "first_view_text"
# Shown by every first view: if these are not found, ids are not stored the way this assumes.
ALWAYS = ["app.title", "nav.products"]

staging = build.directory(STEP)
names = os.listdir(staging)
wasm_name = build.one(STEP, r"\bssp-advisor-[0-9a-f]+_bg\.wasm\b", "\n".join(names), "first view wasm")
with open(os.path.join(staging, wasm_name), "rb") as f:
    wasm = f.read()
missing = [key for key in ALWAYS if key.encode() not in wasm]
if missing:
    sys.exit(f"{STEP}: the first view's wasm lacks the key ids {missing}; cannot tell which cells it shows")

for name in sorted(n for n in names if re.fullmatch(r"i18n-[a-z]{2}\.json", n)):
    path = os.path.join(staging, name)
    with open(path, encoding="utf-8") as f:
        cells = json.load(f)
    kept = {key: text for key, text in cells.items() if key.encode() in wasm}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(kept, f, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    print(f"{STEP}: {name}: {len(kept)} of {len(cells)} cells (the first view's)")
