"""Trunk post-build step: put the stylesheet into index.html as one <style> element.

The first view is prerendered into the page, so the stylesheet is all that stands between the
HTML and the first paint; inlined, it costs no extra round trip. The strict CSP stays: the
element is allowed by its SHA-256 hash in style-src, never by 'unsafe-inline'. Runs after
single_file.py, which reads the stylesheet link this step replaces.
"""
import base64
import hashlib
import os
import re
import sys

import staging as build

staging = build.directory("inline_css")
index = os.path.join(staging, "index.html")
with open(index, encoding="utf-8") as f:
    page = f.read()
css_name = build.one("inline_css", r'<link rel="stylesheet" href="\./([^"]+\.css)"[^>]*>', page, "stylesheet link")
with open(os.path.join(staging, css_name), encoding="utf-8") as f:
    style = f.read()
if "</style" in style.lower():
    sys.exit("inline_css: the stylesheet contains a closing style tag")
digest = "'sha256-" + base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode() + "'"
csp = re.search(r'(<meta http-equiv="Content-Security-Policy"\s+content="[^"]*?style-src )\'self\'', page)
if not csp:
    sys.exit("inline_css: no style-src 'self' in the page's Content-Security-Policy")
# 'self' stays too: the whole tool's stylesheet is a file the page adds (tools/full_module.py).
page = page[: csp.end(1)] + "'self' " + digest + page[csp.end():]
page = re.sub(r'<link rel="stylesheet" href="\./[^"]+\.css"[^>]*>', lambda _: f"<style>{style}</style>", page, count=1)
with open(index, "w", encoding="utf-8") as f:
    f.write(page)
# Nothing links the file any more (the single offline file has its own copy).
os.remove(os.path.join(staging, css_name))
