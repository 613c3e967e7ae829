// The first slice, as a person uses it: pick products, type seats, read the totals, choose a
// policy, copy the script. Bad input never loses the last good result.
import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, costCell, licenceCell, goTo } from './helpers.mjs';

const PBI = 'CFQ7TTC0H9MP';
const VISIO1 = 'CFQ7TTC0HD33';

test('pick products, type seats, read totals, choose a policy, copy the script', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = await openApp(page);

  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel(/^Visio Plan 1/).check();
  const pbiSeats = page.getByLabel('Seats for Power BI Pro');
  await pbiSeats.fill('50');

  // Bad input: a message next to the field, and the last good value stays in force.
  for (const bad of ['-3', '2.5', 'abc', '', '5000000']) {
    await pbiSeats.fill(bad);
    await expect(page.locator(`#seats-${PBI}-error`)).toBeVisible();
    await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toContainText('50 seats');
  }
  await pbiSeats.fill('50');
  await expect(page.locator(`#seats-${PBI}-error`)).toHaveCount(0);

  // Policies: Power BI Pro has no trial without card, Visio Plan 1 has one.
  const pbiRow = page.locator(`.selection-table tr[data-product="${PBI}"]`);
  await expect(pbiRow.getByLabel('Trials only')).toBeDisabled();
  await pbiRow.getByLabel('Allow').check();
  await page.locator(`.selection-table tr[data-product="${VISIO1}"]`).getByLabel('Trials only').check();

  await goTo(page, 'Costs');
  // List-price licence cost for one year: $14.00 x 50 x 12, and the CSP monthly term at +20 %.
  await expect(licenceCell(page, PBI, 'ssp-annual')).toHaveText('$8,400.00');
  await expect(licenceCell(page, PBI, 'csp-annual')).toHaveText('$8,400.00');
  await expect(licenceCell(page, PBI, 'csp-monthly')).toHaveText('$10,080.00');
  // Totals add what list prices hide: 50 expense claims x 25 and 50 reviews x 40 for
  // self-service; one order at 200 for CSP.
  await expect(costCell(page, PBI, 'ssp-annual')).toContainText('$11,650.00');
  await expect(costCell(page, PBI, 'csp-annual')).toContainText('$8,600.00');
  await expect(costCell(page, PBI, 'csp-monthly')).toContainText('$10,280.00');
  // Visio Plan 1, 10 seats (default): $5.00 x 10 x 12 = $600.00, +250 claims +400 reviews.
  await expect(licenceCell(page, VISIO1, 'ssp-annual')).toHaveText('$600.00');
  await expect(costCell(page, VISIO1, 'ssp-annual')).toContainText('$1,250.00');
  const totals = page.locator('.cost-table tfoot');
  await expect(totals.locator('td[data-plan="ssp-annual"]')).toHaveText('$12,900.00');
  await expect(totals.locator('td[data-plan="csp-monthly"]')).toHaveText('$11,200.00');

  await goTo(page, 'Script');
  const code = page.locator('#script-code');
  await expect(code).toContainText(`-ProductId ${PBI} -Value 'Enabled'`);
  await expect(code).toContainText(`-ProductId ${VISIO1} -Value 'OnlyTrialsWithoutPaymentMethod'`);
  await expect(code).toContainText('Connect-MSCommerce');
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByText('Copied to the clipboard')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.textContent());

  await page.screenshot({ path: 'test-results/skeleton.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('copy falls back to selecting the script when the clipboard is refused', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.getByLabel(/^Power BI Pro/).check();
  await goTo(page, 'Script');
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByText('press Ctrl+C')).toBeVisible();
  expect(await page.evaluate(() => window.getSelection().toString())).toContain('Update-MSCommerceProductPolicy');
});

test('German interface fits and formats money the German way', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-Service-Kauf-Berater');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel('Lizenzen für Power BI Pro').fill('50');
  await goTo(page, 'Kosten');
  await expect(licenceCell(page, PBI, 'ssp-annual')).toHaveText('8.400,00\u00a0$');
  for (const tab of ['Produkte', 'Entscheiden', 'Kosten', 'Skript']) {
    await goTo(page, tab);
    // Nothing may spill out of its box at a common laptop width (tables scroll inside their wrapper).
    const spilled = await page.evaluate(() => [...document.querySelectorAll('.card *, .summary-panel *')]
      .filter((el) => !el.closest('.table-wrap, pre, svg') && el.scrollWidth > el.clientWidth + 1
        && getComputedStyle(el).overflowX === 'visible' && el.clientWidth > 0)
      .map((el) => `${el.tagName}.${el.getAttribute('class')} ${el.scrollWidth}>${el.clientWidth}`));
    expect(spilled, tab).toEqual([]);
    await page.screenshot({ path: `test-results/de-${tab}.png`, fullPage: true });
  }
  expect(problems).toEqual([]);
});

test('no accessibility violations on any tab (axe)', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel(/^Visio Plan 1/).check();
  for (const tab of ['Products', 'Decide', 'Costs', 'Script']) {
    await goTo(page, tab);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${tab}: ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});

test('no part scrolls sideways on a phone, in a wiki embed or on a laptop, in any language', async ({ page }) => {
  const problems = await openApp(page);
  for (const name of [/^Power BI Pro/, /^Visio Plan 1/, /^Power Apps Premium/, /^Microsoft 365 Copilot/]) {
    await page.getByLabel(name).first().check();
  }
  const tabs = page.getByRole('navigation', { name: /Parts|Teile|Onderdelen/ }).getByRole('button');
  for (const lang of ['en', 'de', 'nl']) {
    await page.getByRole('combobox', { name: /^(Language|Sprache|Taal)$/ }).selectOption(lang);
    for (const width of [390, 760, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      for (let i = 0; i < 4; i += 1) {
        await tabs.nth(i).click();
        // The page itself must not widen; wide tables scroll inside their own wrapper.
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(wide, `${lang} at ${width} px, part ${i + 1}`).toBeLessThanOrEqual(width);
        if (i === 2) {
          // From a wiki embed up, every channel column of the cost tables is in view without
          // scrolling; on a phone, each product's breakdown is (its figures one under another),
          // while the summary across all plans may scroll inside its wrapper.
          const tables = width >= 760 ? '.cost-table, .breakdown' : '.breakdown';
          const scrolling = await page.evaluate((sel) => [...document.querySelectorAll('.table-wrap')]
            .filter((w) => w.querySelector(sel) && w.scrollWidth > w.clientWidth)
            .map((w) => `${w.firstElementChild.className} ${w.scrollWidth}>${w.clientWidth}`), tables);
          expect(scrolling, `${lang} at ${width} px`).toEqual([]);
        }
      }
    }
  }
  expect(problems).toEqual([]);
});
