// Issue 22: money in the buyer's currency, on a stated VAT basis. A German visitor (browser
// region de-DE) as a person would: euros from the start, the basis said, VAT switched on, a
// product without a euro price unknown, the report and CSV saying both, a link keeping them.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { openApp, goTo, openAssumptions } from './helpers.mjs';

const PBI = 'CFQ7TTC0H9MP';
const TEAMS_PREMIUM = 'CFQ7TTC0RM8K'; // a USD price from one reseller list, no euro price

test.use({ locale: 'de-DE' });

test('a German visitor works in euros, sees VAT on request, and every export says the basis', async ({ page }, testInfo) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel(/^Microsoft Teams Premium/).check();
  await page.locator(`#seats-${PBI}`).fill('60');
  await page.locator(`#seats-${PBI}`).press('Tab');
  await expect(page.locator('#summary-basis')).toHaveText('EUR (€) · zzgl. USt.');
  await goTo(page, 'Kosten');
  await expect(page.locator('#currency-basis')).toContainText('Beträge in EUR (€), der Währung der Region Ihres Browsers (DE)');
  await expect(page.locator('#currency-basis')).toContainText('zzgl. USt.');
  // 60 x 12.10 x 12, self-service annual, licences only: the figure of the domain test.
  const licences = page.locator(`.product-cost[data-product="${PBI}"] tr[data-plan="ssp-annual"] td.licences`);
  await expect(licences).toHaveText('8.712,00\u00a0€');
  // Teams Premium has no euro price: unknown, asked for, never converted.
  await expect(page.locator(`.cost-table tbody tr[data-product="${TEAMS_PREMIUM}"] td[data-plan="ssp-annual"]`)).toHaveClass(/unknown/);

  // VAT on: the licences carry 19 %, the basis is said everywhere.
  await openAssumptions(page);
  await expect(page.getByLabel('Umsatzsteuersatz')).toHaveValue('19');
  await expect(page.locator('#vat-rate-source')).toContainText('19 %');
  await page.getByLabel('Lizenzbeträge mit Umsatzsteuer zeigen').check();
  await expect(licences).toHaveText('10.367,28\u00a0€');
  await expect(page.locator('#currency-basis')).toContainText('inkl. 19 % USt.');
  await expect(page.locator('.cost-table caption')).toContainText('inkl. 19 % USt.');

  // A link keeps the currency and the basis.
  const link = page.url();
  expect(link).toContain('#v2.');

  // The report and its PDF say both; the CSV has a column for each.
  await page.getByRole('button', { name: 'Bericht', exact: true }).click();
  await expect(page.locator('.report-assumptions')).toContainText('EUR (€)');
  await expect(page.locator('.report-assumptions')).toContainText('inkl. 19 % USt.');
  const pdf = testInfo.outputPath('report-eur.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('inkl. 19 % USt.');
  expect(text).toContain('10.367,28 €');
  await page.getByRole('button', { name: /Zurück/ }).click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
  const rows = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(rows[0]).toContain('"currency"');
  expect(rows[0]).toContain('"vat_basis";"vat_rate_pct"');
  const pbiAnnual = rows.find((r) => r.startsWith(`"cost";"Power BI Pro";"${PBI}";"ssp-annual"`));
  expect(pbiAnnual).toContain(';10367,28;');
  expect(pbiAnnual).toContain('"EUR"');
  expect(pbiAnnual).toContain('"gross";19');

  // Switching to US dollars changes every figure and label.
  await goTo(page, 'Kosten');
  await openAssumptions(page);
  await page.locator('#assume-currency').selectOption('USD');
  await expect(page.locator('#currency-basis')).toContainText('Beträge in USD ($), wie für dieses Szenario gewählt.');
  await expect(licences).not.toContainText('€');
  await expect(licences).toContainText('$');

  // The link from before opens in euros with VAT, in a fresh page.
  const again = await page.context().newPage();
  await again.goto(link);
  await expect(again.locator('#app-root[data-ready]')).toHaveCount(1);
  await expect(again.locator('#summary-basis')).toHaveText('EUR (€) · inkl. 19 % USt.');
  expect(problems).toEqual([]);
});

test('a link from before opens in US dollars, net, whatever the visitor\'s region', async ({ page }) => {
  const link = readFileSync(new URL('../tests/golden/v2/doors.link', import.meta.url), 'utf8').trim();
  await page.goto(`/#${link}`);
  await expect(page.locator('#app-root[data-ready]')).toHaveCount(1);
  await expect(page.locator('#summary-basis')).toHaveText('USD ($) · zzgl. USt.');
});
