"""Trunk post_build hook: wire the whole tool's module into the page.

Trunk builds the first view as the page's module and the whole tool as a second one
(`data-type="worker"`, which Trunk leaves unhashed and unloaded). This gives the whole tool's
two files content-hashed names, tells the first view where they are (a <meta> it reads), and
replaces the loader file (written by externalize_loader.py) with tools/boot.js: the first view
for a first-time visitor, the whole tool directly for a link or saved work. Fails loudly when
the build's shape is not what it expects.
"""
import hashlib
import os
import re
import sys

import staging as build

staging = build.directory("full_module")
here = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(staging, name)


def one(pattern, text, what):
    return build.one("full_module", pattern, text, what)


glue, wasm = "ssp-advisor-full.js", "ssp-advisor-full_bg.wasm"
for name in (glue, wasm):
    if not os.path.exists(path(name)):
        sys.exit(f"full_module: {name} missing from the build")
with open(path(wasm), "rb") as f:
    digest = hashlib.sha256(f.read()).hexdigest()[:16]
with open(path(glue), encoding="utf-8") as f:
    glue_text = f.read()
digest = hashlib.sha256((digest + glue_text).encode()).hexdigest()[:16]
new_glue, new_wasm = f"ssp-advisor-full-{digest}.js", f"ssp-advisor-full-{digest}_bg.wasm"
# The glue's own fallback name for its wasm (used only when no module is passed in).
glue_text = glue_text.replace(f"'{wasm}'", f"'{new_wasm}'")
with open(path(new_glue), "w", encoding="utf-8") as f:
    f.write(glue_text)
os.replace(path(wasm), path(new_wasm))
os.remove(path(glue))

# The whole tool's stylesheet: added by the first view while it fetches the whole tool, and by
# the loader before it starts the whole tool directly.
with open(os.path.join(here, "..", "styles", "tool.css"), encoding="utf-8") as f:
    tool_css = f.read()
css_name = "tool-" + hashlib.sha256(tool_css.encode()).hexdigest()[:16] + ".css"
with open(path(css_name), "w", encoding="utf-8") as f:
    f.write(tool_css)

with open(path("index.html"), encoding="utf-8") as f:
    index = f.read()
boot_name = one(r'<script type="module" src="\./(boot-[0-9a-f]+\.js)"></script>', index, "loader script")
with open(path(boot_name), encoding="utf-8") as f:
    first_view = f.read().strip()
# Trunk's loader imports the first view statically; inside a branch it has to be import().
static = r"import init, \* as bindings from '(\./[^']+\.js)';"
first_view_glue = one(static, first_view, "static import in Trunk's loader")
first_view = re.sub(static, lambda _: f"const bindings = await import('{first_view_glue}');\nconst init = bindings.default;", first_view)
with open(os.path.join(here, "boot.js"), encoding="utf-8") as f:
    template = f.read()
whole_tool = (
    "const style = document.createElement('link');\n"
    "  style.rel = 'stylesheet';\n"
    f"  style.href = './{css_name}';\n"
    "  document.head.append(style);\n"
    f"  const tool = await import('./{new_glue}');\n"
    f"  await tool.default({{ module_or_path: './{new_wasm}' }});"
)
for marker in ("/*FIRST_VIEW*/", "/*WHOLE_TOOL*/"):
    if template.count(marker) != 1:
        sys.exit(f"full_module: tools/boot.js lacks {marker}")
boot = template.replace("/*FIRST_VIEW*/", first_view.replace("\n", "\n  ")).replace("/*WHOLE_TOOL*/", whole_tool)
os.remove(path(boot_name))
new_boot = "boot-" + hashlib.sha256(boot.encode()).hexdigest()[:16] + ".js"
with open(path(new_boot), "w", encoding="utf-8") as f:
    f.write(boot)
# The prerendered view paints without the loader, so it is fetched at low priority: a high
# priority script that has run before the first paint counts as render-blocking (Lighthouse's
# simulated FCP then adds a round trip for it), and nothing else is waiting on the network.
index = index.replace(f'<script type="module" src="./{boot_name}"></script>',
                      f'<script type="module" fetchpriority="low" src="./{new_boot}"></script>')
# The loader fetches the first view's module after the prerendered view has painted; Trunk's
# preloads of it would only compete with that paint (and Lighthouse counts them against it).
index = re.sub(r'<link rel="modulepreload"[^>]*>', "", index)
meta = f'<meta name="ssp-full-module" content="./{new_glue}" data-wasm="./{new_wasm}" data-css="./{css_name}" />'
if "</head>" not in index:
    sys.exit("full_module: no </head> in index.html")
index = index.replace("</head>", f"{meta}\n  </head>", 1)
with open(path("index.html"), "w", encoding="utf-8") as f:
    f.write(index)
print(f"full_module: whole tool at {new_glue} / {new_wasm}")
