// Benchmark (not a test): with every priced product selected, how long from moving a seat
// slider to the next painted frame, i.e. what a person dragging the slider waits for.
// Run by scripts/bench.sh against dist/; prints figures, asserts nothing about time.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';

const port = 8012;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 700));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  // The prerendered copies (one per language) are gone once the live app is ready.
  await page.locator('#app-root[data-ready]').waitFor({ state: 'attached' });
  await page.locator('details.older-products summary').click();
  const ids = await page.locator('.product-list input[type="checkbox"]').evaluateAll((els) => els.map((e) => e.id));
  for (const id of ids) await page.check(`#${id}`);
  await page.getByRole('button', { name: 'Costs' }).click();
  const sliders = await page.locator('input[type="range"]').count();
  const charts = await page.locator('svg.chart-svg').count();
  const { dom, painted } = await page.evaluate(async () => {
    const slider = document.querySelector('input[type="range"]');
    const main = document.querySelector('#main');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const dom = [];
    const painted = [];
    for (let i = 0; i < 40; i++) {
      // The last chart's polylines change when the whole page has re-rendered.
      const updated = new Promise((resolve) => {
        const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now()); });
        obs.observe(main, { subtree: true, attributes: true, childList: true, characterData: true });
      });
      const t0 = performance.now();
      slider.value = String(5 + (i % 20) * 4);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      dom.push((await updated) - t0);
      await frame();
      painted.push(performance.now() - t0);
    }
    const sort = (a) => a.sort((x, y) => x - y);
    return { dom: sort(dom), painted: sort(painted) };
  });
  const stat = (a) => `median ${a[Math.floor(a.length / 2)].toFixed(1)} ms, p90 ${a[Math.floor(a.length * 0.9)].toFixed(1)} ms, p95 ${a[Math.floor(a.length * 0.95)].toFixed(1)} ms, max ${a.at(-1).toFixed(1)} ms`;
  console.log(`slider redraw (headless Chromium): ${ids.length} products selected, ${charts} charts, ${sliders} sliders; over 40 moves: ` +
    `input to DOM updated ${stat(dom)}; input to next frame ${stat(painted)}`);
  await browser.close();
} finally {
  server.kill();
}
