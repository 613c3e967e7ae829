// Issue 24: "Today" against "Proposed". A consultant duplicates today's scenario, blocks two
// products in the copy, reads what changes for users and the money per year, prints the report
// with the comparison, and sends a link that opens both scenarios.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { openApp, goTo } from './helpers.mjs';

const PBI = 'CFQ7TTC0H9MP';
const VISIO1 = 'CFQ7TTC0HD33';
const VISIO2 = 'CFQ7TTC0HD32';

async function todayWithThreeAllowed(page) {
  for (const [re, id] of [[/^Power BI Pro/, PBI], [/^Visio Plan 1/, VISIO1], [/^Visio Plan 2/, VISIO2]]) {
    await page.getByLabel(re).check();
    await page.locator(`.selection-table tr[data-product="${id}"]`).getByText('Allow', { exact: true }).click();
  }
}

test('duplicate today as a proposal, block two products, and read what changes and what it costs', async ({ page }) => {
  const problems = await openApp(page);
  await todayWithThreeAllowed(page);
  await page.getByRole('button', { name: 'Duplicate as a new scenario' }).click();
  const tabs = page.getByRole('group', { name: 'Scenarios' });
  await expect(tabs.getByRole('button', { name: 'Proposed' })).toHaveAttribute('aria-pressed', 'true');
  await expect(tabs.getByRole('button', { name: 'Today' })).toHaveAttribute('aria-pressed', 'false');
  for (const id of [VISIO1, VISIO2]) {
    await page.locator(`.selection-table tr[data-product="${id}"]`).getByText('Block', { exact: true }).click();
  }
  // Today is untouched: switching back shows its policies.
  await tabs.getByRole('button', { name: 'Today' }).click();
  await expect(page.locator(`.selection-table tr[data-product="${VISIO2}"] input[value="Enabled"]`)).toBeChecked();
  await tabs.getByRole('button', { name: 'Proposed' }).click();
  await expect(page.locator(`.selection-table tr[data-product="${VISIO2}"] input[value="Disabled"]`)).toBeChecked();

  await goTo(page, 'Costs');
  const versus = page.getByRole('region', { name: 'Compare scenarios' });
  await expect(versus.getByRole('heading', { name: 'Today against Proposed' })).toBeVisible();
  await expect(versus.locator('.versus-verdict')).toContainText(/Proposed costs \$[\d,.]+ a year (less|more) than Today\. 2 products change\./);
  const rows = versus.locator('.versus-table tbody tr');
  await expect(rows).toHaveCount(2);
  const visio2 = versus.locator(`.versus-table tr[data-product="${VISIO2}"]`);
  await expect(visio2).toContainText('Can no longer buy it by card');
  // What differs is marked on both sides (policy, how bought, per year, over the horizon);
  // the seats, equal, are not.
  await expect(visio2.locator('dd.differs')).toHaveCount(8);
  await expect(visio2.locator('dt').last()).toHaveText('Over 12 months');
  await expect(visio2).toContainText('keep what they already bought until it ends');
  // Power BI Pro is the same in both: folded, and named.
  await expect(versus.locator('.versus-folded summary')).toHaveText('1 product is the same in both');
  // The difference is the sum of the rows' differences (the arithmetic is the domain's; here
  // only that the total row is what the rows add up to).
  const num = (s) => Number(s.replace(/[^\d.-]/g, ''));
  const diffs = await versus.locator('.versus-table tbody td:last-child').allTextContents();
  const total = await versus.locator('.versus-table tfoot td:last-child').textContent();
  expect(Math.abs(diffs.map(num).reduce((a, b) => a + b, 0) - num(total))).toBeLessThan(0.005);

  // The script says which scenario it applies.
  await goTo(page, 'Script');
  await expect(page.locator('#script-scenario')).toHaveText('This script applies “Proposed”, one of 2 scenarios.');
  await expect(page.locator('.script-view pre, pre').first()).toContainText('# Scenario applied: Proposed (2 of 2)');
  expect(problems).toEqual([]);
});

test('the report carries the comparison, and a two-scenario link opens both (German)', async ({ page, context }, testInfo) => {
  await openApp(page);
  await todayWithThreeAllowed(page);
  await page.getByRole('button', { name: 'Duplicate as a new scenario' }).click();
  await page.getByLabel('Name of this scenario').fill('Nur Power BI');
  await page.locator(`.selection-table tr[data-product="${VISIO1}"]`).getByText('Block', { exact: true }).click();
  await page.locator('#lang').selectOption('de');
  await page.getByRole('button', { name: 'Bericht', exact: true }).click();
  const section = page.locator('#report-versus-section');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Heute im Vergleich mit Nur Power BI');
  await expect(section).toContainText('können es nicht mehr selbst per Karte kaufen', { ignoreCase: true });
  await expect(page.locator('#report-script-of')).toHaveText('Dieses Skript setzt „Nur Power BI“ um, eines von 2 Szenarien.');
  await expect(page.locator('#report-script')).toContainText('# Scenario applied: Nur Power BI (2 of 2)');
  // Printed, the comparison is in the PDF as the reader gets it.
  const pdf = testInfo.outputPath('report-versus-de.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Heute im Vergleich mit Nur Power BI');
  expect(text).toMatch(/Nur Power BI kostet [\d.,]+ \$ pro Jahr (weniger|mehr) als Heute\./);
  expect(text).toContain('# Scenario applied: Nur Power BI (2 of 2)');
  await page.getByRole('button', { name: 'Zurück zum Werkzeug' }).click();

  // The address bar holds both; a new tab opens both, the named one active.
  const url = page.url();
  const hash = url.slice(url.indexOf('#') + 1);
  console.log(`two-scenario link: ${hash.length} characters`);
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.locator('#app-root[data-ready]')).toHaveCount(1);
  const tabs = other.getByRole('group', { name: 'Szenarien' });
  await expect(tabs.getByRole('button')).toHaveText(['Heute', 'Nur Power BI']);
  await expect(tabs.getByRole('button', { name: 'Nur Power BI' })).toHaveAttribute('aria-pressed', 'true');
  await expect(other.locator(`.selection-table tr[data-product="${VISIO1}"] input[value="Disabled"]`)).toBeChecked();
  await tabs.getByRole('button', { name: 'Heute' }).click();
  await expect(other.locator(`.selection-table tr[data-product="${VISIO1}"] input[value="Enabled"]`)).toBeChecked();
  // Removing one leaves a single scenario and the tabs go.
  await other.getByRole('button', { name: '„Heute“ entfernen' }).click();
  await expect(other.getByRole('group', { name: 'Szenarien' })).toHaveCount(0);
  // The pressed button is gone; the focus is on the one that stays, not lost to the page.
  await expect(other.locator('#duplicate-scenario')).toBeFocused();
  await expect(other.locator(`.selection-table tr[data-product="${VISIO1}"] input[value="Disabled"]`)).toBeChecked();
});
