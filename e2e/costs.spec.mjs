// The cost engine through the interface: assumptions change figures, an unknown price is asked
// for and then used, EA appears from 500 seats with its level, the chart and its table agree,
// and break-even points are stated.
import { test, expect } from '@playwright/test';
import { openApp, goTo, costCell, licenceCell, openAssumptions } from './helpers.mjs';

const PBI = 'CFQ7TTC0H9MP';
const CLIPCHAMP = 'CFQ7TTC0N8SS';

test('assumptions, unknown prices, EA levels and break-even', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel('Seats for Power BI Pro').fill('50');
  await page.getByLabel(/^Microsoft Clipchamp/).check();
  await goTo(page, 'Costs');

  // EA is shown as unavailable below 500 seats, not as zero.
  await expect(costCell(page, PBI, 'ea')).toContainText('Not available');
  await openAssumptions(page);
  await page.getByLabel('Organisation size (seats)').fill('2400');
  await expect(page.locator('#ea-level')).toContainText('level B');
  // Agreement renewed before 2025-11-01: a product added since is a new online service at level
  // A; one already on the price sheet keeps level B (6 %) -> 14 x 0.94 x 50 x 12 = 7,896.
  await page.getByLabel(/Agreement signed or renewed/).fill('2025-10-31');
  await expect(licenceCell(page, PBI, 'ea')).toHaveText('$8,400.00');
  await page.locator(`.product-cost[data-product="${PBI}"]`).getByLabel(/Already on our EA price sheet/).check();
  await expect(licenceCell(page, PBI, 'ea')).toHaveText('$7,896.00');
  // From 2025-11-01 every level pays level A for online services.
  await page.getByLabel(/Agreement signed or renewed/).fill('2025-11-01');
  await expect(licenceCell(page, PBI, 'ea')).toHaveText('$8,400.00');
  // A bad date is refused next to the field and the last good value stays.
  await page.getByLabel(/Agreement signed or renewed/).fill('2025-02-30');
  await expect(page.locator('#assume-ea-date-error')).toBeVisible();
  await expect(licenceCell(page, PBI, 'ea')).toHaveText('$8,400.00');

  // Partner discount applies to CSP only.
  await page.getByLabel(/Partner discount/).fill('-10');
  await expect(licenceCell(page, PBI, 'csp-annual')).toHaveText('$7,560.00');
  await expect(licenceCell(page, PBI, 'ssp-annual')).toHaveText('$8,400.00');

  // Clipchamp has no sourced price: the plan says so and asks; entering one prices it.
  const clip = page.locator(`.product-cost[data-product="${CLIPCHAMP}"]`);
  await expect(clip.locator('tr[data-plan="ssp-annual"]')).toContainText('Price unknown');
  await clip.getByLabel(/Your annual list price/).fill('11,99');
  await expect(licenceCell(page, CLIPCHAMP, 'ssp-annual')).toHaveText('$1,438.80');   // 11.99 x 10 x 12
  await expect(page.locator('.cost-table tfoot td[data-plan="ssp-annual"] .incomplete')).toHaveCount(0);

  // Break-even in words, and the same point on the chart.
  const pbi = page.locator(`.product-cost[data-product="${PBI}"]`);
  await expect(pbi.locator('.break-evens')).toContainText('CSP, annual is cheaper than Self-service, annual');
  await expect(pbi.locator('circle.break-even')).not.toHaveCount(0);

  // The chart's table holds the same figures as the breakdown at the current seat count.
  await pbi.getByText("Show the chart's data as a table").click();
  const row = pbi.locator('.chart-data tbody tr', { has: page.locator('th', { hasText: /^50$/ }) });
  const header = await pbi.locator('.chart-data thead th').allTextContents();
  const cells = await row.locator('td').allTextContents();
  const total = await pbi.locator('tr[data-plan="ssp-annual"] td.total').textContent();
  expect(cells[header.indexOf('Self-service, annual') - 1]).toBe(total);

  // The seat slider moves the seat count everywhere.
  await pbi.getByLabel(/^Seats of Power BI Pro/).fill('20');
  await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toContainText('20 seats');
  await expect(licenceCell(page, PBI, 'ssp-annual')).toHaveText('$3,360.00');

  // While the slider is dragged, the figures follow it and the address waits; where it is let
  // go, the address holds the new count and reopens it.
  const slider = pbi.getByLabel(/^Seats of Power BI Pro/);
  const address = page.url();
  await slider.evaluate((el) => {
    for (const n of ['24', '27', '30']) {
      el.value = n;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toContainText('30 seats');
  expect(page.url()).toBe(address);
  await slider.dispatchEvent('change');
  await expect.poll(() => page.url()).not.toBe(address);
  await page.reload();
  await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toContainText('30 seats');

  await page.screenshot({ path: 'test-results/costs.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('switching plans on and off keeps tables and chart in step', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^Visio Plan 2/).check();
  await goTo(page, 'Costs');
  const legend = page.locator('.legend li');
  const before = await legend.count();
  await page.getByLabel('CSP, annual billed monthly').check();
  await expect(legend).toHaveCount(before + 1);
  await expect(page.locator('.cost-table thead th', { hasText: 'CSP, annual billed monthly' })).toHaveCount(1);
  await expect(page.locator('polyline.line-csp-abm')).toHaveCount(1);
});

test('Copilot: no monthly term, and Copilot Business priced as itself when chosen', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Microsoft 365 Copilot/).check();
  await goTo(page, 'Costs');
  const card = page.locator('.product-cost[data-product="CFQ7TTC0MM8R"]');
  await expect(card.locator('tr[data-plan="ssp-monthly"]')).toContainText('Not sold on this term');
  // 30.00 x 10 x 12
  await expect(card.locator('tr[data-plan="ssp-annual"] td.licences')).toHaveText('$3,600.00');
  await card.getByLabel('Which offer a self-service buyer would see').selectOption({ label: 'Microsoft 365 Copilot Business' });
  // 21.00 x 10 x 12, and Business has a monthly term (25.20 x 10 x 12)
  await expect(card.locator('tr[data-plan="ssp-annual"] td.licences')).toHaveText('$2,520.00');
  await expect(card.locator('tr[data-plan="ssp-monthly"] td.licences')).toHaveText('$3,024.00');
  expect(problems).toEqual([]);
});

test('the Markdown report and the CSV figures agree with the screen', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel('Seats for Power BI Pro').fill('50');
  await goTo(page, 'Costs');
  const onScreen = await licenceCell(page, PBI, 'ssp-annual').textContent();
  const total = await costCell(page, PBI, 'ssp-annual').textContent();
  const [md] = await Promise.all([page.waitForEvent('download'), page.locator('#download-report').click()]);
  const report = Buffer.concat(await (await md.createReadStream()).toArray()).toString('utf8');
  expect(report).toContain('# Self-service purchase: decision report');
  expect(report).toContain(`| Power BI Pro | \`${PBI}\` | 50 |`);
  expect(report).toContain(onScreen.trim());
  expect(report).toMatch(/```powershell\n[\s\S]*-ProductId CFQ7TTC0H9MP -Value 'Disabled'[\s\S]*\n```\n$/);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
  const rows = Buffer.concat(await (await csv.createReadStream()).toArray()).toString('utf8').replace(/^\ufeff/, '')
    .trim().split('\r\n').map((l) => l.split(',').map((f) => f.replace(/^"|"$/g, '')));
  const row = rows.find((r) => r[0] === 'cost' && r[2] === PBI && r[3] === 'ssp-annual');
  const shown = Number(total.replace(/[^0-9.]/g, ''));
  expect(Number(row[11])).toBe(shown);
  expect(problems).toEqual([]);
});
