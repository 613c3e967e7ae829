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
  const ids = await page.locator('.product-list input[type="checkbox"]').evaluateAll((els) => els.map((e) => e.id));
  for (const id of ids) await page.check(`#${id}`);
  await page.getByRole('button', { name: 'Costs' }).click();
  const sliders = await page.locator('input[type="range"]').count();
  const charts = await page.locator('svg.chart-svg').count();
  const times = await page.evaluate(async () => {
    const slider = document.querySelector('input[type="range"]');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const out = [];
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      slider.value = String(5 + (i % 20) * 4);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      await frame();
      out.push(performance.now() - t0);
    }
    return out.sort((a, b) => a - b);
  });
  const median = times[Math.floor(times.length / 2)];
  const p90 = times[Math.floor(times.length * 0.9)];
  console.log(`slider redraw (headless Chromium): ${ids.length} products selected, ${charts} charts, ${sliders} sliders; ` +
    `slider input to painted frame over 40 moves: median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms`);
  await browser.close();
} finally {
  server.kill();
}
