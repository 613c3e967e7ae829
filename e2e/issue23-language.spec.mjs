// Issue 23: a German or Dutch visitor never sees English. The page is caught before any wasm
// runs (the .wasm files are refused), so what is on screen is the prerendered first view as
// the page's language script picked it; no text that only the English copy has may be visible.
import { test, expect } from '@playwright/test';

/** The trimmed text nodes under `selector`, and those of them that are visible. */
async function texts(page, selector) {
  return page.evaluate((sel) => {
    const all = [];
    const visible = [];
    for (const root of document.querySelectorAll(sel)) {
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const text = n.textContent.trim();
        if (!text) continue;
        all.push(text);
        if (n.parentElement.checkVisibility()) visible.push(text);
      }
    }
    return { all, visible };
  }, selector);
}

/** Opens the page with no wasm, so only the prerendered view and the language script run. */
async function beforeWasm(page, address = '/') {
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(address);
  await expect(page.locator('#prerender')).toHaveAttribute('inert', '');
}

/** Text only the English copy has (product names and figures are the same in every language). */
async function englishOnly(page, lang) {
  const en = (await texts(page, '#prerender > [lang="en"]')).all;
  const other = new Set((await texts(page, `#prerender > [lang="${lang}"]`)).all);
  return en.filter((t) => !other.has(t));
}

for (const [locale, lang, title] of [['de-DE', 'de', 'Self-Service-Kauf-Berater'], ['nl-NL', 'nl', 'Adviseur selfservice-aankopen']]) {
  test.describe(`a browser in ${locale}`, () => {
    test.use({ locale });

    test('sees no English before the wasm runs, and no English when it does', async ({ page }, info) => {
      const violations = [];
      page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
      await beforeWasm(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      const english = await englishOnly(page, lang);
      expect(english.length).toBeGreaterThan(10);
      const visible = new Set((await texts(page, 'body')).visible);
      expect(english.filter((t) => visible.has(t))).toEqual([]);
      await page.screenshot({ path: info.outputPath(`before-wasm-${lang}.png`) });
      // The live view takes over in the same language, in the same place.
      const box = await page.getByRole('heading', { level: 1 }).boundingBox();
      await page.unroute('**/*.wasm');
      await page.reload();
      await expect(page.locator('#app-root[data-ready]')).toHaveCount(1);
      await expect(page.locator('#app-root h1')).toHaveText(title);
      expect(await page.locator('#app-root h1').boundingBox()).toEqual(box);
      expect(violations).toEqual([]);
    });

    test('?lang=en wins over the browser\'s language', async ({ page }) => {
      await beforeWasm(page, '/?lang=en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-Service Purchase Advisor');
      const visible = new Set((await texts(page, 'body')).visible);
      const other = (await texts(page, `#prerender > [lang="${lang}"]`)).all;
      const en = new Set((await texts(page, '#prerender > [lang="en"]')).all);
      expect(other.filter((t) => !en.has(t) && visible.has(t))).toEqual([]);
    });
  });
}

test.describe('a browser in de-DE with Dutch chosen before', () => {
  test.use({ locale: 'de-DE' });

  test('sees the saved choice from the first paint', async ({ page }) => {
    await beforeWasm(page);
    // As the app saves it (gloo stores JSON text); a language alone keeps it a first visit.
    await page.evaluate(() => localStorage.setItem('ssp-advisor.lang', '"nl"'));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adviseur selfservice-aankopen');
    // And ?lang= wins over the saved choice.
    await page.goto('/?lang=de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-Service-Kauf-Berater');
  });
});
