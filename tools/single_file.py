"""Trunk post_build hook: write ssp-advisor-offline.html, the whole app in one file.

A consultant's laptop in a client's meeting room, or a page attached to a wiki: the file opens
from disk (file://) with no network at all. The wasm goes in as base64 inside the one module
script, the stylesheet into one <style>; both are allowed by SHA-256 hashes in the file's own
Content-Security-Policy, never by 'unsafe-inline'. Runs after full_module.py, so it reads
where that hook put the whole tool. Fails loudly when the build's shape is not what it expects.
"""
import base64
import hashlib
import os
import re
import sys

OUT = "ssp-advisor-offline.html"

import staging as build

staging = build.directory("single_file")


def read(name, mode="r"):
    with open(os.path.join(staging, name), mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
        return f.read()


def one(pattern, text, what):
    return build.one("single_file", pattern, text, what)


index = read("index.html")
css_name = one(r'<link rel="stylesheet" href="\./([^"]+\.css)"', index, "stylesheet")
# The whole tool, never the first view: everything is in the one file anyway, so there is
# nothing to hand over (tools/full_module.py wrote where it is).
glue_name, wasm_name, tool_css_name = one(
    r'<meta name="ssp-full-module" content="\./([^"]+\.js)" data-wasm="\./([^"]+\.wasm)" data-css="\./([^"]+\.css)" />',
    index, "whole-tool module")

glue = read(glue_name)
# The glue ends by exporting its entry points; inside one inline module they are called directly.
export_line = "export { initSync, __wbg_init as default };"
if export_line not in glue:
    sys.exit("single_file: the wasm-bindgen module's exports changed; update tools/single_file.py")
glue = glue.replace(export_line, "")
wasm_b64 = base64.b64encode(read(wasm_name, "rb")).decode("ascii")
script = (
    glue
    + "\nconst wasmBytes = Uint8Array.from(atob('" + wasm_b64 + "'), (c) => c.charCodeAt(0));\n"
    + "await __wbg_init({ module_or_path: wasmBytes });\n"
)
style = read(css_name) + "\n" + read(tool_css_name)
if "</style" in style.lower() or "</script" in script.lower():
    sys.exit("single_file: a closing tag inside the inlined text would end the element early")


def sha(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


csp = (
    "default-src 'none'; "
    f"script-src {sha(script)} 'wasm-unsafe-eval'; "
    f"style-src {sha(style)}; "
    "img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'"
)

page = index
page = re.sub(r'<meta http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*/>',
              lambda _: f'<meta http-equiv="Content-Security-Policy" content="{csp}" />', page, count=1)
if csp not in page:
    sys.exit("single_file: no Content-Security-Policy meta element to replace in index.html")
page = re.sub(r'<link rel="stylesheet"[^>]*>', lambda _: f"<style>{style}</style>", page, count=1)
page = re.sub(r'<script type="module"[^>]* src="\./boot-[^"]+"></script>',
              lambda _: f'<script type="module">{script}</script>', page, count=1)
page = re.sub(r'<meta name="ssp-full-module"[^>]*>', "", page)
# Preload hints point at files that are not there next to a single file.
page = re.sub(r'<link rel="(modulepreload|preload)"[^>]*>', "", page)
if re.search(r'(src|href)="\./', page):
    sys.exit("single_file: a reference to another file is left in the single file")
with open(os.path.join(staging, OUT), "w", encoding="utf-8") as f:
    f.write(page)
