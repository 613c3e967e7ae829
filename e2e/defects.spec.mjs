// What the user sees is what the script does, and nothing is lost: the defects a usability test
// found (issue 14), each driven as a person would and checked where it shows.
import { test, expect } from '@playwright/test';
import { openApp, goTo } from './helpers.mjs';

const PBI = 'CFQ7TTC0H9MP';
const VISIO1 = 'CFQ7TTC0HD33';

async function answer(page, label) {
  await page.locator('.question').getByLabel(label, { exact: true }).check();
  await page.locator('#walk-next').click();
}

/** Answers that lean every product towards allowing. */
async function openMinded(page) {
  await goTo(page, 'Decide');
  await answer(page, 'Commercial (business)');
  await answer(page, 'Another country');
  await answer(page, '500 to 2,399');                        // organisation size (issue 21)
  await answer(page, 'No agreement');
  await answer(page, 'No');
  await answer(page, 'Encourages users to try new services');
  await answer(page, 'Yes, we can');
  await answer(page, 'Acceptable');
  await answer(page, 'No special rules');
  await answer(page, 'Very keen');
}

test('chosen and recommended stay apart; the script says what differs and applies on request', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel(/^Visio Plan 1/).check();
  // The default of a new selection is stated where it is set.
  await expect(page.locator('#new-selection-default')).toContainText('Block with 10 seats');
  // No answers yet: no recommendation anywhere.
  await expect(page.locator('#summary-verdict')).toHaveText(/No recommendation yet/);
  await expect(page.locator('#summary-chosen')).toHaveText('In the script now: 0 allow, 0 trials only, 2 block.');
  await goTo(page, 'Script');
  await expect(page.locator('#script-agreement')).toContainText('no recommendation yet');

  await openMinded(page);
  await expect(page.locator('#verdict')).toBeVisible();
  await expect(page.locator('#summary-verdict')).toHaveText(/^Recommended: /);
  // Still blocked in the script until applied, and the summary says so.
  await expect(page.locator('#summary-chosen')).toHaveText('In the script now: 0 allow, 0 trials only, 2 block.');
  await goTo(page, 'Script');
  const note = page.locator('#script-agreement');
  await expect(note).toContainText(/2 products in this script differ from the recommendation: Power BI Pro, Visio Plan 1/);
  await expect(page.locator('#script-code')).toContainText(`-ProductId ${PBI} -Value 'Disabled'`);
  await note.getByRole('button', { name: 'Apply these recommendations' }).click();
  await expect(note).toHaveText('This script sets every product as recommended.');
  await expect(page.locator('#script-code')).not.toContainText(`-ProductId ${PBI} -Value 'Disabled'`);
  await expect(page.locator('#summary-chosen')).not.toHaveText(/0 allow, 0 trials only, 2 block/);
  expect(problems).toEqual([]);
});

test('"products not in your list" is offered only where it acts', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await goTo(page, 'Script');
  for (const tab of [/^MSCommerce PowerShell/, /1\.x/, /curl/]) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByLabel('Products not in your list')).toHaveCount(0);
  }
  await page.getByRole('tab', { name: 'Scheduled enforcement' }).click();
  await page.getByLabel('Products not in your list').selectOption({ label: 'Trials only' });
  await expect(page.locator('#script-code')).toContainText('OnlyTrialsWithoutPaymentMethod');
});

test('a link and a file with a custom product open whole on another computer', async ({ page, browser }) => {
  const problems = await openApp(page);
  const tools = page.locator('.catalog-tools');
  await tools.getByLabel('ProductId').fill('CONTOSO00001');
  await tools.getByLabel('Name').fill('Contoso Planner');
  await tools.getByLabel(/price/i).first().fill('7,50');
  await tools.getByRole('button', { name: 'Add product' }).click();
  await page.getByLabel(/^Contoso Planner/).check();
  await page.getByLabel('Seats for Contoso Planner').fill('12');
  await page.getByLabel(/^Power BI Pro/).check();
  await expect(page.locator('#share-custom-note')).toContainText('Contoso Planner');
  const link = await page.locator('#share-link').inputValue();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-file').click()]);
  const file = Buffer.concat(await (await download.createReadStream()).toArray());

  for (const how of ['link', 'file']) {
    const fresh = await (await browser.newContext()).newPage();   // another computer: nothing saved
    const freshProblems = await openApp(fresh);
    if (how === 'link') await fresh.goto(link);
    else await fresh.locator('#open-file').setInputFiles({ name: 'scenario.json', mimeType: 'application/json', buffer: file });
    await expect(fresh.locator('.summary-products li[data-product="CONTOSO00001"]')).toContainText('12 seats');
    await expect(fresh.locator(`.summary-products li[data-product="${PBI}"]`)).toBeVisible();
    await expect(fresh.locator('#notice')).toHaveCount(0);
    await goTo(fresh, 'Costs');
    await expect(fresh.locator('.product-cost[data-product="CONTOSO00001"] tr[data-plan="ssp-annual"] td.licences')).toHaveText('$1,080.00');
    expect(freshProblems, how).toEqual([]);
  }
  expect(problems).toEqual([]);
});

test('radios follow the state after Next and Back; focus moves to the new question', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await goTo(page, 'Decide');
  await answer(page, 'Commercial (business)');
  // Focus is on the new question's heading, not left on the button.
  await expect.poll(() => page.evaluate(() => document.activeElement && document.activeElement.id)).toBe('q-country-title');
  await page.locator('.question').getByLabel('Another country', { exact: true }).check();
  await page.locator('#walk-back').click();
  await expect(page.locator('.question').getByLabel('Commercial (business)', { exact: true })).toBeChecked();
  await expect(page.locator('.question').getByLabel('Government', { exact: true })).not.toBeChecked();
  await page.locator('#walk-next').click();
  await expect(page.locator('.question').getByLabel('Another country', { exact: true })).toBeChecked();
  await expect(page.locator('.question').getByLabel('India', { exact: true })).not.toBeChecked();

  // Browsing the tenant types with the arrow keys does not collapse the walk.
  await page.locator('#walk-back').click();
  await page.locator('.question').getByLabel('Commercial (business)', { exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.walk-steps li.not-needed')).not.toHaveCount(0);
  const listed = await page.locator('.walk-steps li').count();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.question').getByLabel('Commercial (business)', { exact: true })).toBeChecked();
  await expect(page.locator('.walk-steps li')).toHaveCount(listed);
  // At the end the recommendation gets the focus.
  await page.locator('.walk-steps').getByRole('button', { name: 'Recommendation' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement && document.activeElement.id)).toBe('rec-heading');
});

test('an Enterprise Agreement answered in the walk reaches the costs', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await goTo(page, 'Decide');
  await answer(page, 'Commercial (business)');
  await answer(page, 'Another country');
  await answer(page, '500 to 2,399');                        // organisation size (issue 21)
  await page.locator('.question').getByLabel('Enterprise Agreement (EA)', { exact: true }).check();
  const facts = page.locator('#agreement-facts');
  await facts.getByLabel('Organisation size (seats)').fill('3000');
  await facts.getByLabel(/Agreement signed or renewed/).fill('2024-06-01');
  await expect(page.locator('#ea-level-now')).toContainText('level B');
  await goTo(page, 'Costs');
  await expect(page.getByLabel('Organisation size (seats)')).toHaveValue('3000');
  await expect(page.locator(`.cost-table tbody tr[data-product="${PBI}"] td[data-plan="ea"]`)).toHaveText(/\$/);
});

test('a downloaded .ps1 starts with a UTF-8 byte-order mark and uses CRLF', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await goTo(page, 'Script');
  await page.getByLabel(/Tenant name/).fill('Müller & Söhne AG');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download ssp-policy\.ps1/ }).click()]);
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('Müller & Söhne AG');
  expect(bytes.toString('utf8')).toContain('\r\n');
});

test('a catalogue import that lacks a selected product asks first, and says why in plain words', async ({ page }) => {
  const fs = await import('node:fs');
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel(/^Visio Plan 1/).check();
  const catalog = JSON.parse(fs.readFileSync(new URL('../data/catalog.json', import.meta.url), 'utf8'));
  catalog.products = catalog.products.filter((p) => p.id !== PBI);
  const lacking = { name: 'no-pbi.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(catalog)) };
  const tools = page.locator('.catalog-tools');
  await page.locator('#catalog-import').setInputFiles(lacking);
  await expect(page.locator('#import-confirm')).toContainText('Power BI Pro');
  await tools.getByRole('button', { name: 'Keep the current catalogue' }).click();
  await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toBeVisible();
  await page.locator('#catalog-import').setInputFiles(lacking);
  await tools.getByRole('button', { name: 'Import and remove' }).click();
  await expect(tools.locator('.catalog-status')).toContainText('Removed from the scenario: Power BI Pro.');
  await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toHaveCount(0);
  await expect(page.locator(`.summary-products li[data-product="${VISIO1}"]`)).toBeVisible();

  // Parser internals never reach the user.
  await page.locator('#catalog-import').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": 1, "products": [') });
  await expect(tools.locator('.import-problems')).toContainText('ends before');
  await expect(tools.locator('.import-problems')).not.toContainText('EOF');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-file').click()]);
  const scenarioFile = Buffer.concat(await (await download.createReadStream()).toArray());
  await page.locator('#catalog-import').setInputFiles({ name: 'scenario.json', mimeType: 'application/json', buffer: scenarioFile });
  await expect(tools.locator('.import-problems')).toContainText('This is a scenario file');
  expect(problems).toEqual([]);
});

test('long session names wrap; overwriting and deleting a session ask first', async ({ page }) => {
  await openApp(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByLabel(/^Power BI Pro/).check();
  const name = 'Contoso_SSP_Workshop_2026-11_Copilot_Pilot_final';
  await page.getByLabel('Save in this browser as').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.sessions')).toContainText(name);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

  await page.getByLabel('Seats for Power BI Pro').fill('77');
  await page.getByLabel('Save in this browser as').fill(name);
  page.once('dialog', (d) => { expect(d.message()).toContain('exists'); d.dismiss(); });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // Not overwritten: the saved session still has 10 seats.
  await page.locator('.sessions').getByRole('button', { name, exact: true }).click();
  await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toContainText('10 seats');

  page.once('dialog', (d) => d.dismiss());
  await page.getByRole('button', { name: `Delete “${name}”` }).click();
  await expect(page.locator('.sessions')).toContainText(name);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: `Delete “${name}”` }).click();
  await expect(page.locator('.sessions')).toHaveCount(0);
});

test('smaller things: a damaged link stays inspectable, ambiguous seats are asked, "none of them" is an answer', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  const link = await page.locator('#share-link').inputValue();
  const damaged = link.slice(0, -3) + (link.endsWith('AAA') ? 'BBB' : 'AAA');
  await page.goto(damaged);
  await expect(page.locator('#notice')).toContainText('current scenario is unchanged');
  expect(page.url()).toBe(damaged);

  await page.getByLabel('Seats for Power BI Pro').fill('1,000');
  await expect(page.locator('.selection-table .field-error')).toContainText('Ambiguous');

  await goTo(page, 'Decide');
  await answer(page, 'Commercial (business)');
  await answer(page, 'Another country');
  await answer(page, '500 to 2,399');                        // organisation size (issue 21)
  await answer(page, 'Through a CSP partner');
  await page.locator('.question').getByLabel('None of them').check();
  await expect(page.locator('.walk-steps li.answered')).toHaveCount(5);
});
