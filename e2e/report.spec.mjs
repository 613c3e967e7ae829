// The decision report: opened by its button or by ?report=1, printed to PDF in headless
// Chromium (A4 and US Letter) and read back with pdftotext: the product, its ProductId, the
// figures the screen shows, the verdict and the script are in it, and no control is.
import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { openApp, costCell, goTo } from './helpers.mjs';

const PBI = 'CFQ7TTC0H9MP';

test('the report prints to PDF with the figures, verdict and script of the screen, and no controls', async ({ page }, testInfo) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel('Seats for Power BI Pro').fill('50');
  await goTo(page, 'Decide');
  await page.locator('.question').getByLabel('Commercial (business)', { exact: true }).check();
  await page.locator('#walk-next').click();
  await page.locator('.question').getByLabel('Another country', { exact: true }).check();
  await goTo(page, 'Costs');
  const onScreen = {};
  for (const plan of ['ssp-annual', 'csp-annual']) {
    onScreen[plan] = (await costCell(page, PBI, plan).innerText()).split('\n')[0].replace(/\s*\(cheapest\)/, '').trim();
  }
  const verdict = (await page.locator('#summary-verdict').innerText()).trim();
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await expect(page).toHaveURL(/[?&]report=1/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-service purchase: decision report');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  for (const format of ['A4', 'Letter']) {
    const pdf = testInfo.outputPath(`report-${format}.pdf`);
    await page.pdf({ path: pdf, format });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // pdftotext keeps words; line breaks inside a cell or a long line are normalised away.
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of ['Power BI Pro', PBI, onScreen['ssp-annual'], onScreen['csp-annual'], verdict,
      'Update-MSCommerceProductPolicy -PolicyId AllowSelfServicePurchase -ProductId CFQ7TTC0H9MP',
      'Assumptions', 'Follow-up actions', 'Admin center, step by step', '#v2.']) {
      expect(flat, `${format}: ${expected}`).toContain(expected);
    }
    for (const control of ['Print or save as PDF', 'Back to the tool', 'Language', 'Copy link', 'Save as file', 'Present']) {
      expect(flat, `${format}: no "${control}"`).not.toContain(control);
    }
    const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
    expect(pages).toBeGreaterThan(1);
  }
  // Back to the tool: the same scenario, the report flag gone from the address bar.
  await page.getByRole('button', { name: 'Back to the tool' }).click();
  await expect(page).not.toHaveURL(/report=1/);
  await expect(page.getByRole('button', { name: 'Report', exact: true })).toBeFocused();
  await expect(costCell(page, PBI, 'ssp-annual')).toContainText(onScreen['ssp-annual']);
  expect(problems).toEqual([]);
});

test('?report=1 opens a shared scenario straight as the report, in the chosen language', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  const hash = new URL(page.url()).hash;
  await page.goto(`/?report=1&lang=de${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-Service-Kauf: Entscheidungsbericht');
  await expect(page.locator('.report-table.decisions')).toContainText(PBI);
  await expect(page.locator('#report-script')).toContainText('Update-MSCommerceProductPolicy');
  // On a phone the page does not scroll sideways; wide tables scroll inside their wrapper.
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
});
