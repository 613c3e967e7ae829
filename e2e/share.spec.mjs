// The scenario's projections as a person uses them: a reload keeps everything, a link reopens
// it elsewhere, a damaged link is refused with a reason, files and named sessions round-trip,
// and a bad file changes nothing.
import { test, expect } from '@playwright/test';
import { openApp, goTo, openAssumptions } from './helpers.mjs';

const PBI = 'CFQ7TTC0H9MP';

async function buildScenario(page) {
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel('Seats for Power BI Pro').fill('42');
  await page.locator(`.selection-table tr[data-product="${PBI}"]`).getByLabel('Allow').check();
  await goTo(page, 'Decide');
  await page.locator('.question').getByLabel('Commercial (business)', { exact: true }).check();
  await goTo(page, 'Costs');
  await openAssumptions(page);
  const before = page.url();
  await page.getByLabel('Horizon', { exact: true }).fill('24');
  // The address bar is written after the change is drawn; a reload in the same instant would
  // race it, which no person does, so the test waits for it as a person would see it.
  await expect.poll(() => page.url()).not.toBe(before);
}

async function expectScenario(page) {
  await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toContainText('42 seats');
  await expect(page.locator(`.summary-products li[data-product="${PBI}"] .policy-badge`)).toHaveText('Allow');
  await goTo(page, 'Costs');
  // The closed fold already says the horizon; open, the field holds it.
  await expect(page.locator('#assumptions-fold summary')).toContainText('Over 24 months');
  await openAssumptions(page);
  await expect(page.getByLabel('Horizon', { exact: true })).toHaveValue('24');
  await goTo(page, 'Decide');
  await expect(page.locator('.walk-steps li.answered')).toHaveCount(1);
}

test('reload keeps the scenario; the link reopens it in a fresh browser', async ({ page, browser }) => {
  const problems = await openApp(page);
  await buildScenario(page);
  await page.reload();
  await expectScenario(page);

  const link = await page.locator('#share-link').inputValue();
  expect(link).toMatch(/#v2\.[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(400);
  const fresh = await (await browser.newContext()).newPage();   // no localStorage: only the link
  await fresh.goto(link);
  await expectScenario(fresh);
  expect(problems).toEqual([]);
});

test('a damaged link is refused with a reason and nothing is half-applied', async ({ page }) => {
  await openApp(page);
  await buildScenario(page);
  const link = await page.locator('#share-link').inputValue();
  const damaged = link.slice(0, -3) + (link.endsWith('AAA') ? 'BBB' : 'AAA');
  const fresh = await (await page.context().browser().newContext()).newPage();
  await fresh.goto(damaged);
  await expect(fresh.locator('#notice')).toContainText('could not be opened');
  await expect(fresh.locator('.summary-products li')).toHaveCount(0);
  // Pasting a good link into the same tab opens it.
  await fresh.goto(link);
  await expect(fresh.locator(`.summary-products li[data-product="${PBI}"]`)).toContainText('42 seats');

  // Where work is saved, a damaged link does not cost it: the notice explains, the work stays.
  await page.goto(damaged);
  await expect(page.locator('#notice')).toContainText('could not be opened');
  await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toContainText('42 seats');
  await page.reload();
  await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toContainText('42 seats');
});

test('removing a product that an answer mentions keeps the scenario valid across a reload', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel(/^Visio Plan 1/).check();
  await goTo(page, 'Decide');
  await page.locator('.question').getByLabel('Commercial (business)', { exact: true }).check();
  await page.locator('#walk-next').click();
  await page.locator('.question').getByLabel('Another country', { exact: true }).check();
  await page.locator('#walk-next').click();
  await page.locator('.question').getByLabel('500 to 2,399', { exact: true }).check();
  await page.locator('#walk-next').click();
  await page.locator('.question').getByLabel('Through a CSP partner', { exact: true }).check();
  await page.locator('#walk-next').click();
  await page.locator('.question').getByLabel('Power BI Pro').check();
  await goTo(page, 'Products');
  await page.getByRole('button', { name: 'Remove Power BI Pro' }).click();
  await page.reload();
  await expect(page.locator('#notice')).toHaveCount(0);
  await expect(page.locator('.summary-products li[data-product="CFQ7TTC0HD33"]')).toBeVisible();
});

test('scenario files and named sessions round-trip; a bad file changes nothing', async ({ page }, testInfo) => {
  await openApp(page);
  await buildScenario(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as file' }).click()]);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^ssp-scenario-\d{4}-\d{2}-\d{2}\.json$/);

  await page.getByLabel('Save in this browser as').fill('Workshop A');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved as “Workshop A”.')).toBeVisible();

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.locator('.summary-products li')).toHaveCount(0);

  await page.locator('#open-file').setInputFiles(file);
  await expect(page.getByText('Scenario opened from the file.')).toBeVisible();
  await expectScenario(page);

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.locator('.sessions').getByRole('button', { name: 'Workshop A', exact: true }).click();
  await expectScenario(page);

  // A hand-edited file with an impossible seat count and an unknown product: every problem is
  // listed and the current scenario stays.
  const bad = JSON.stringify({ format: 'ssp-advisor-scenario', version: 1, saved_at: '2026-11-21', scenario: {
    version: 1, selections: [{ id: PBI, seats: 0, policy: 'Enabled' }, { id: 'ZZZZZZZZZZZZ', seats: 5, policy: 'Disabled' }],
    // gloo stores the file text as a JSON string, hence the double parse.
    pricing: JSON.parse(JSON.parse(await page.evaluate(() => localStorage.getItem('ssp-advisor.scenario.v1')))).scenario.pricing } });
  await page.locator('#open-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await expect(page.locator('.share-status .problems li')).toHaveCount(2);
  await expectScenario(page);
});

test('catalogue: add a custom product, price it, refuse a bad import', async ({ page }) => {
  const problems = await openApp(page);
  const tools = page.locator('.catalog-tools');
  await tools.getByLabel('ProductId').fill('contoso');
  await tools.getByLabel('Name').fill('Contoso Planner');
  await tools.getByRole('button', { name: 'Add product' }).click();
  await expect(tools.locator('.field-error').first()).toBeVisible();
  await expect(page.getByLabel(/^Contoso Planner/)).toHaveCount(0);

  await tools.getByLabel('ProductId').fill('CONTOSO00001');
  await tools.getByLabel(/price/i).first().fill('7,50');
  await tools.getByRole('button', { name: 'Add product' }).click();
  await page.getByLabel(/^Contoso Planner/).check();
  await goTo(page, 'Costs');
  // 7.50 x 10 seats x 12 months
  await expect(page.locator('.product-cost[data-product="CONTOSO00001"] tr[data-plan="ssp-annual"] td.licences')).toHaveText('$900.00');
  await goTo(page, 'Script');
  await expect(page.locator('#script-code')).toContainText('-ProductId CONTOSO00001 -Value');

  await goTo(page, 'Products');
  await page.locator('#catalog-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": 2, "products": [{"id": "nope"}]}') });
  await expect(tools.locator('.problems li, .import-problems li').first()).toBeVisible();
  await expect(page.getByLabel(/^Power BI Pro/)).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('links made by the first release still open, and a newer link opens with a notice', async ({ page }) => {
  const fs = await import('node:fs');
  const golden = (p) => fs.readFileSync(new URL(`../tests/golden/${p}`, import.meta.url), 'utf8').trim();
  const problems = await openApp(page);
  await page.goto(`/#${golden('v1/full.link')}`);
  await expect(page.locator('.summary-products li')).toHaveCount(7);
  await expect(page.locator('#notice')).toHaveCount(0);
  await goTo(page, 'Costs');
  await expect(page.getByLabel('Horizon', { exact: true })).toHaveValue('36');
  // Re-shared, it is a v2 link.
  await expect(page.locator('#share-link')).toHaveValue(/#v2\./);

  await page.goto(`/#${golden('newer/unknown_fields.link')}`);
  await expect(page.locator('#notice')).toContainText('made by a newer version');
  await expect(page.locator('.summary-products li')).toHaveCount(3);
  expect(problems).toEqual([]);
});
