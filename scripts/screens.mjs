// Screenshots for looking at what was built (not a test): the workshop slides, the report and
// the costs part, in English and German, at desk, projector and phone sizes, plus the report as
// PDF. Usage: serve dist/ on $BASE (default http://127.0.0.1:8799), then
//   node scripts/screens.mjs [outdir]
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const BASE = process.env.BASE || 'http://127.0.0.1:8799';
const out = process.argv[2] || '/tmp/screens';
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const sizes = { desk: [1366, 900], projector: [1280, 720], hd: [1920, 1080], phone: [390, 844] };

async function setUp(page, lang) {
  await page.goto(`${BASE}/?lang=${lang}`);
  await page.waitForSelector('h1');
  for (const name of [/^Power BI Pro/, /^Visio Plan 2/, /^Microsoft 365 Copilot/]) {
    await page.getByLabel(name).first().check();
  }
}

// The first view as a first-time visitor gets it, and the line shown while it hands over (the
// whole tool's module held back so that the line stays up).
for (const lang of ['en', 'de']) {
  for (const size of ['desk', 'projector', 'phone']) {
    const [w, h] = sizes[size];
    const context = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await context.newPage();
    await page.route(/ssp-advisor-full-[0-9a-f]+_bg\.wasm$/, () => {});
    await page.goto(`${BASE}/?lang=${lang}`);
    await page.waitForSelector('#app-root[data-ready]');
    await page.screenshot({ path: `${out}/${lang}-${size}-first-view.png` });
    await page.locator('#nav-costs').click();
    await page.waitForSelector('#upgrade-status:not([hidden])');
    await page.screenshot({ path: `${out}/${lang}-${size}-handing-over.png` });
    await context.close();
  }
}

for (const lang of ['en', 'de']) {
  for (const [size, [w, h]] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await setUp(page, lang);
    await page.locator('#open-present').click();
    await page.waitForSelector('.workshop');
    let n = 0;
    for (;;) {
      n += 1;
      // Answer the first option of each question with the key a clicker would not send: 1.
      // A commercial tenant in "another country", and the first option elsewhere.
      if (await page.locator('.answers').count()) {
        const labels = await page.locator('.answers button').allInnerTexts();
        const other = labels.findIndex((l) => /Another country|Anderes Land|Ander land/.test(l));
        await page.keyboard.press(String(other >= 0 ? other + 1 : 1));
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.screenshot({ path: `${out}/${lang}-${size}-slide${String(n).padStart(2, '0')}.png` });
      if (width > w) console.log(`OVERFLOW ${lang} ${size} slide ${n}: ${width} > ${w}`);
      if (await page.locator('#slide-next').isDisabled()) break;
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${out}/${lang}-${size}-products.png`, fullPage: true });
    await page.locator('#nav-decide').click();
    await page.locator('.walk-steps li.result-step button').click();
    await page.screenshot({ path: `${out}/${lang}-${size}-decide-result.png`, fullPage: true });
    await page.locator('#nav-script').click();
    await page.screenshot({ path: `${out}/${lang}-${size}-script.png`, fullPage: true });
    await page.locator('#nav-costs').click();
    await page.screenshot({ path: `${out}/${lang}-${size}-costs.png`, fullPage: true });
    await page.locator('#open-report').click();
    await page.waitForSelector('.report');
    await page.screenshot({ path: `${out}/${lang}-${size}-report.png`, fullPage: true });
    if (size === 'desk') {
      for (const format of ['A4', 'Letter']) {
        await page.pdf({ path: `${out}/${lang}-report-${format}.pdf`, format });
      }
    }
    await page.close();
  }
}
await browser.close();
console.log(`screens in ${out}`);
