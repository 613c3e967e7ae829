// Trunk post-build step: a .br (brotli 11) and a .gz (gzip 9) copy next to every file a browser
// fetches (wasm, js, css, html, json), for hosts that serve precompressed files (nginx gzip_static /
// brotli_static, IIS static compression, most CDNs); see README. Nothing changes for a host that
// does not: the originals stay as they are.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tools/precompress.mjs <dist dir>');
  process.exit(1);
}
let raw = 0; let br = 0; let gz = 0;
// Recursive: wasm-bindgen's JS snippets sit in snippets/<crate>/.
for (const name of fs.readdirSync(dir, { recursive: true })) {
  if (!/\.(wasm|js|css|html|json)$/.test(name)) continue;
  const file = path.join(dir, name);
  const body = fs.readFileSync(file);
  const b = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  const g = zlib.gzipSync(body, { level: 9 });
  fs.writeFileSync(`${file}.br`, b);
  fs.writeFileSync(`${file}.gz`, g);
  raw += body.length; br += b.length; gz += g.length;
}
console.log(`precompress: ${raw} bytes -> ${gz} gzip, ${br} brotli`);
