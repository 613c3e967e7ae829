"""Trunk post_build hook: move Trunk's inline module loader into its own file.

A strict Content-Security-Policy (script-src 'self') blocks inline scripts. Trunk writes the
loader inline (trunk-rs/trunk#288), so this replaces it with <script type="module" src=...>
pointing at a content-hashed file next to index.html. Fails loudly if the page would be left
with any inline script, so a Trunk upgrade that changes the output cannot slip through.
"""
import hashlib
import os
import re
import sys

import staging as build

staging = build.directory("externalize_loader")
index = os.path.join(staging, "index.html")
with open(index, encoding="utf-8") as f:
    html = f.read()

pattern = re.compile(r"<script type=\"module\"(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)


def externalize(match: re.Match) -> str:
    if "src=" in match.group("attrs"):
        return match.group(0)
    body = match.group("body").strip() + "\n"
    name = "boot-" + hashlib.sha256(body.encode()).hexdigest()[:16] + ".js"
    with open(os.path.join(staging, name), "w", encoding="utf-8") as out:
        out.write(body)
    return f'<script type="module" src="./{name}"></script>'


html = pattern.sub(externalize, html)
leftover = [m for m in re.finditer(r"<script(?![^>]*\bsrc=)[^>]*>", html)]
if leftover:
    sys.exit(f"externalize_loader: inline script left in index.html: {leftover[0].group(0)}")
if re.search(r"\sstyle=", html):
    sys.exit("externalize_loader: inline style attribute in index.html")
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
