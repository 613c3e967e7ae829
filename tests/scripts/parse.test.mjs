// Independent grammar checks of the generated scripts.
//
// 1. `cargo run --example dump_scripts -- <dir>` writes every script variant for every combination of options and
//    for hostile free text, plus manifest.json.
// 2. `SCRIPTS_DIR=<dir> node --test tests/scripts/` (default dir: target/generated-scripts) then
//    - parses every .ps1 with tree-sitter-powershell and every .sh with tree-sitter-bash: no ERROR, no MISSING node;
//    - runs `bash -n` on every .sh;
//    - checks that every occurrence of the manifest's marker (which every hostile string contains) lies inside a
//      `#` line comment or a single-quoted string literal, never in a command, variable or subexpression.
// PowerShell also treats the typographic quotes U+2018..U+201B as ' and U+201C..U+201E as "; the grammar does not,
// so .ps1 text is parsed after mapping those characters to their ASCII twins (same length, same offsets).
// A few negative controls at the end prove that the checks catch a broken script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import Parser from 'tree-sitter';
import PowerShell from 'tree-sitter-powershell/bindings/node/index.js';
import Bash from 'tree-sitter-bash';

const DIR = process.env.SCRIPTS_DIR || 'target/generated-scripts';

const psParser = new Parser();
psParser.setLanguage(PowerShell);
const shParser = new Parser();
shParser.setLanguage(Bash);

/** Node types that may hold free text. */
const SAFE = {
  ps: new Set(['comment', 'verbatim_string_characters']),
  sh: new Set(['comment', 'raw_string']),
};

export function psNormalise(text) {
  return text.replace(/[\u2018\u2019\u201A\u201B]/g, "'").replace(/[\u201C\u201D\u201E]/g, '"');
}

function parse(kind, text) {
  const parser = kind === 'ps' ? psParser : shParser;
  const source = kind === 'ps' ? psNormalise(text) : text;
  // bufferSize: node-tree-sitter reads the input in chunks of this many code units; make it one chunk.
  return { tree: parser.parse(source, undefined, { bufferSize: source.length + 1 }), source };
}

/** Every ERROR and MISSING node, with its position. */
export function grammarProblems(kind, text) {
  const { tree } = parse(kind, text);
  const problems = [];
  const cursor = tree.walk();
  let more = true;
  while (more) {
    const n = cursor.currentNode;
    if (n.type === 'ERROR' || n.isMissing) {
      problems.push(`${n.isMissing ? 'MISSING ' + n.type : 'ERROR'} at ${n.startPosition.row + 1}:${n.startPosition.column + 1}: ${JSON.stringify(n.text.slice(0, 80))}`);
    }
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        more = false;
        break;
      }
    }
  }
  if (tree.rootNode.hasError && problems.length === 0) problems.push('root reports an error');
  return problems;
}

/** Occurrences of `marker` that are not inside a safe node (a `#` comment or a single-quoted literal). */
export function markerViolations(kind, text, marker) {
  const { tree, source } = parse(kind, text);
  const violations = [];
  let count = 0;
  for (let i = source.indexOf(marker); i !== -1; i = source.indexOf(marker, i + 1)) {
    count++;
    let n = tree.rootNode.descendantForIndex(i, i + marker.length);
    let safe = false;
    const path = [];
    for (; n; n = n.parent) {
      path.push(n.type);
      if (SAFE[kind].has(n.type) && n.startIndex <= i && i + marker.length <= n.endIndex) {
        // Only single-line `#` comments may hold free text: never a `<# #>` block comment.
        safe = n.type !== 'comment' || (n.text.startsWith('#') && !n.text.includes('\n'));
        break;
      }
    }
    if (!safe) {
      const line = source.slice(0, i).split('\n').length;
      violations.push(`line ${line}: ${marker} in ${path.join(' < ')}`);
    }
  }
  return { count, violations };
}

function bashN(file) {
  const r = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
  return r.status === 0 ? null : `bash -n ${file}: ${r.stderr.trim()}`;
}

function loadManifest() {
  const path = join(DIR, 'manifest.json');
  assert.ok(existsSync(path), `${path} not found: run \`cargo run --example dump_scripts -- ${DIR}\` first, or set SCRIPTS_DIR`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

const manifest = existsSync(join(DIR, 'manifest.json')) ? loadManifest() : null;

test('manifest lists exactly the generated files, for every variant', () => {
  const m = loadManifest();
  assert.ok(m.marker && m.marker.length >= 4, 'marker');
  const onDisk = readdirSync(DIR).filter((f) => f.endsWith('.ps1') || f.endsWith('.sh')).sort();
  const listed = [...m.files, ...(m.snippets ?? [])].map((f) => f.file).sort();
  assert.deepEqual(listed, onDisk);
  const variants = new Set(m.files.map((f) => f.variant));
  assert.equal(variants.size, 13, `variants: ${[...variants].join(', ')}`);
  for (const f of m.files) assert.equal(f.shell, f.file.endsWith('.sh'), f.file);
  assert.ok(m.files.some((f) => f.hostile.length > 0), 'some files carry hostile text');
});

test('no line breaks hidden in free text: no CR, NEL, U+2028/U+2029, NUL, bidi or zero-width characters', () => {
  const m = loadManifest();
  const forbidden = /[\r\u0085\u2028\u2029\u0000\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;
  for (const f of m.files) {
    const text = readFileSync(join(DIR, f.file), 'utf8');
    const hit = text.match(forbidden);
    assert.equal(hit, null, `${f.file}: U+${hit?.[0].codePointAt(0).toString(16).toUpperCase()}`);
  }
});

const byVariant = new Map();
for (const f of manifest?.files ?? []) {
  if (!byVariant.has(f.variant)) byVariant.set(f.variant, []);
  byVariant.get(f.variant).push(f);
}

for (const [variant, files] of byVariant) {
  test(`${variant}: ${files.length} scripts parse without ERROR or MISSING nodes`, () => {
    const failures = [];
    for (const f of files) {
      const text = readFileSync(join(DIR, f.file), 'utf8');
      const problems = grammarProblems(f.shell ? 'sh' : 'ps', text);
      if (problems.length) failures.push(`${f.file}:\n  ${problems.slice(0, 5).join('\n  ')}`);
    }
    assert.equal(failures.length, 0, failures.slice(0, 10).join('\n'));
  });

  const hostile = files.filter((f) => f.hostile.length > 0);
  test(`${variant}: hostile text stays in comments and single-quoted literals (${hostile.length} scripts)`, () => {
    assert.ok(hostile.length > 0, 'no hostile scripts for this variant');
    const failures = [];
    for (const f of hostile) {
      const text = readFileSync(join(DIR, f.file), 'utf8');
      for (const h of f.hostile) assert.ok(h.includes(manifest.marker), `hostile string without marker: ${JSON.stringify(h)}`);
      const { count, violations } = markerViolations(f.shell ? 'sh' : 'ps', text, manifest.marker);
      if (count === 0) failures.push(`${f.file}: the hostile text does not appear at all`);
      if (violations.length) failures.push(`${f.file}:\n  ${violations.slice(0, 5).join('\n  ')}`);
    }
    assert.equal(failures.length, 0, failures.slice(0, 10).join('\n'));
  });

  test(`${variant}: no marker outside hostile scripts`, () => {
    for (const f of files.filter((f) => f.hostile.length === 0)) {
      assert.ok(!readFileSync(join(DIR, f.file), 'utf8').includes(manifest.marker), f.file);
    }
  });

  if (files[0].shell) {
    test(`${variant}: bash -n accepts all ${files.length} scripts`, () => {
      const failures = files.map((f) => bashN(join(DIR, f.file))).filter(Boolean);
      assert.equal(failures.length, 0, failures.slice(0, 10).join('\n'));
    });
  }
}

// The commands the UI shows outside the scripts (the tenant import's read-only lines, …) are pasted into a console
// as they are: they must parse just like a generated script.
test('every PowerShell snippet the UI shows parses without ERROR or MISSING nodes', () => {
  const m = loadManifest();
  assert.ok(m.snippets?.length > 0, 'no UI snippets in the manifest');
  const failures = [];
  for (const f of m.snippets) {
    const problems = grammarProblems('ps', readFileSync(join(DIR, f.file), 'utf8'));
    if (problems.length) failures.push(`${f.file}:\n  ${problems.slice(0, 5).join('\n  ')}`);
  }
  assert.equal(failures.length, 0, failures.join('\n'));
});

// Negative controls: the same checks on scripts that are broken on purpose.
test('negative control: an unescaped quote is a grammar error', () => {
  assert.ok(grammarProblems('ps', "Write-Output 'it's'\n").length > 0);
  assert.ok(grammarProblems('ps', "$TenantLabel = 'Contoso 'prod''\nWrite-Output ('x' + $TenantLabel\n").length > 0);
  assert.ok(grammarProblems('sh', "#!/usr/bin/env bash\nX='it's'\necho \"$X\"\n").length > 0);
  assert.deepEqual(grammarProblems('ps', "$TenantLabel = 'Contoso ''prod'''\n"), []);
});

test('negative control: free text that escapes its literal or comment is caught', () => {
  const ascii = markerViolations('ps', "$TenantLabel = 'x' ; Invoke-PWNED ; ''\n", 'PWNED');
  assert.equal(ascii.violations.length, 1, JSON.stringify(ascii));
  // A typographic quote that was not doubled ends a PowerShell string too.
  const typographic = markerViolations('ps', "$TenantLabel = 'x\u2019 ; Invoke-PWNED ; \u2019'\n", 'PWNED');
  assert.equal(typographic.violations.length, 1, JSON.stringify(typographic));
  assert.equal(markerViolations('ps', "$TenantLabel = 'x\u2019\u2019 ; Invoke-PWNED ; \u2019\u2019'\n", 'PWNED').violations.length, 0);
  // A newline that was not stripped ends a comment.
  assert.equal(markerViolations('ps', '# Power BI\nInvoke-PWNED\n', 'PWNED').violations.length, 1);
  assert.equal(markerViolations('ps', '$x = "$(Invoke-PWNED)"\n', 'PWNED').violations.length, 1);
  assert.equal(markerViolations('ps', '<# x #> <# PWNED #>\n', 'PWNED').violations.length, 1);
  assert.equal(markerViolations('sh', "#!/usr/bin/env bash\nX='a'; PWNED; echo ''\n", 'PWNED').violations.length, 1);
  assert.equal(markerViolations('sh', '#!/usr/bin/env bash\nX="$(PWNED)"\n', 'PWNED').violations.length, 1);
  assert.equal(markerViolations('sh', "#!/usr/bin/env bash\nX='a'\\''PWNED'\n# PWNED\n", 'PWNED').violations.length, 0);
});

test('negative control: bash -n rejects a broken script', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ssp-neg-'));
  try {
    const file = join(dir, 'broken.sh');
    writeFileSync(file, "#!/usr/bin/env bash\nset -euo pipefail\nif true; then echo 'x'\n");
    assert.ok(bashN(file));
    writeFileSync(file, "#!/usr/bin/env bash\nset -euo pipefail\necho 'x'\n");
    assert.equal(bashN(file), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
