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
/** The multi-tenant files of issue 25 (a .psd1 is PowerShell data: the same grammar parses it). */
const FLEET_VARIANTS = [
  'DscConfiguration',
  'DscData',
  'FleetCollector-mscommerce',
  'FleetCollector-rest',
  'FleetLoop-mscommerce',
  'FleetLoop-rest',
  'FleetTenantDiff',
];

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
  const onDisk = readdirSync(DIR)
    .filter((f) => ['.ps1', '.sh', '.psd1', '.json'].some((e) => f.endsWith(e)) && f !== 'manifest.json')
    .sort();
  const listed = [...m.files, ...(m.snippets ?? []), ...(m.json ?? [])].map((f) => f.file).sort();
  assert.deepEqual(listed, onDisk);
  const variants = new Set(m.files.filter((f) => !f.fleet).map((f) => f.variant));
  assert.equal(variants.size, 13, `variants: ${[...variants].join(', ')}`);
  // Issue 25: every multi-tenant script and DSC file, the .psd1 data file included.
  const fleet = new Set(m.files.filter((f) => f.fleet).map((f) => f.variant));
  assert.deepEqual([...fleet].sort(), FLEET_VARIANTS);
  assert.ok(m.files.some((f) => f.file.endsWith('.psd1')), 'a .psd1 data file');
  assert.deepEqual([...new Set((m.json ?? []).map((f) => f.variant))], ['Cipp']);
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

/** Index ranges [start, end) of the string literals of a JSON text. */
export function jsonStringSpans(text) {
  const spans = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    const start = i;
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    spans.push([start, i + 1]);
  }
  return spans;
}

/** Every string value of a parsed JSON value, recursively. */
function jsonStrings(v) {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(jsonStrings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(jsonStrings);
  return [];
}

// Issue 25: the CIPP templates are JSON. Each one parses, the hostile text in it is one string value (after the
// one-line cleaning every free text gets), and the marker occurs only inside string literals.
test('every CIPP template is JSON that keeps hostile text inside string values', () => {
  const m = loadManifest();
  assert.ok(m.json?.length > 0, 'no JSON exports in the manifest');
  const failures = [];
  for (const f of m.json) {
    const text = readFileSync(join(DIR, f.file), 'utf8');
    let value;
    try {
      value = JSON.parse(text);
    } catch (e) {
      failures.push(`${f.file}: ${e.message}`);
      continue;
    }
    for (const key of ['templateName', 'description', 'tenantFilter', 'excludedTenants', 'runManually', 'standards']) {
      if (!(key in value)) failures.push(`${f.file}: no ${key}`);
    }
    if (f.hostile.length === 0) continue;
    const spans = jsonStringSpans(text);
    let count = 0;
    for (let i = text.indexOf(m.marker); i !== -1; i = text.indexOf(m.marker, i + 1)) {
      count++;
      if (!spans.some(([a, b]) => a < i && i + m.marker.length < b)) failures.push(`${f.file}: marker outside a string at ${i}`);
    }
    if (count === 0) failures.push(`${f.file}: the hostile text does not appear at all`);
    if (!jsonStrings(value).some((s) => s.includes(m.marker))) failures.push(`${f.file}: no string value holds the hostile text`);
  }
  assert.equal(failures.length, 0, failures.slice(0, 10).join('\n'));
});

test('negative control: a marker outside a JSON string is found', () => {
  const text = '{"a": "PWNED", "b": 1} PWNED';
  const spans = jsonStringSpans(text);
  const outside = [text.indexOf('PWNED'), text.lastIndexOf('PWNED')].filter((i) => !spans.some(([a, b]) => a < i && i + 5 < b));
  assert.deepEqual(outside, [text.lastIndexOf('PWNED')]);
  assert.deepEqual(jsonStringSpans('{"x\\"y": "z"}').length, 2);
});

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
