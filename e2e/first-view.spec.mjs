// The page starts with the small first view and hands over to the whole tool when the user asks
// for more (src/ui/upgrade.rs). These tests hold the whole tool's module back, so that what the
// first view does on its own, and what the hand-over keeps, can be seen.
import { test, expect } from '@playwright/test';
import { openApp, goTo } from './helpers.mjs';

const PBI = 'CFQ7TTC0H9MP';
const WHOLE = /ssp-advisor-full-[0-9a-f]+_bg\.wasm$/;
const FIRST = /ssp-advisor-[0-9a-f]+_bg\.wasm$/;

/** Holds back the whole tool's wasm until the returned function is called. */
async function holdWholeTool(page) {
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route(WHOLE, async (route) => { await released; await route.continue(); });
  return release;
}

function wasmRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    if (WHOLE.test(r.url())) seen.push('whole');
    else if (FIRST.test(r.url())) seen.push('first');
  });
  return seen;
}

test('the first view works on its own; another part hands over and keeps the scenario, the focus and typed text', async ({ page }) => {
  const release = await holdWholeTool(page);
  const problems = await openApp(page);
  // Live without the whole tool: ticking, seats and the summary.
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel('Seats for Power BI Pro').fill('40');
  await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toContainText('40 seats');
  const hash = await page.evaluate(() => location.hash);
  expect(hash).toMatch(/^#v2\./);
  await page.getByLabel('Save in this browser as').fill('Board meeting');

  await goTo(page, 'Decide');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the rest of the tool' })).toBeVisible();
  await expect(page.locator('#app-root')).toHaveAttribute('aria-busy', 'true');
  release();

  await expect(page.getByRole('heading', { name: 'Should users buy these products themselves?' })).toBeVisible();
  await expect(page.locator('#app-root')).toHaveCount(1);
  await expect(page.locator('#upgrade-status')).toHaveCount(0);
  await expect(page.locator('#nav-decide')).toBeFocused();
  await expect(page.locator('#nav-decide')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toContainText('40 seats');
  expect(await page.evaluate(() => location.hash)).toBe(hash);
  // The session name typed in the first view is in the whole tool's field.
  await expect(page.getByLabel('Save in this browser as')).toHaveValue('Board meeting');
  expect(problems).toEqual([]);
});

test('typing a product to add hands over: the whole tool checks what was typed, also while it loaded', async ({ page }) => {
  const release = await holdWholeTool(page);
  const problems = await openApp(page);
  const tools = page.locator('.catalog-tools');
  const id = tools.getByLabel('ProductId');
  await id.click();
  await id.pressSequentially('conto');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the rest of the tool' })).toBeVisible();
  // The first view does not check the field: no error before the whole tool is there.
  await expect(tools.locator('.field-error')).toHaveCount(0);
  await id.pressSequentially('so');
  release();

  await expect(page.locator('#upgrade-status')).toHaveCount(0);
  await expect(tools.getByLabel('ProductId')).toHaveValue('contoso');
  await expect(tools.getByLabel('ProductId')).toBeFocused();
  // Checked by the whole tool, as if typed there: the field says what is wrong with it.
  await expect(tools.locator('#custom-id-error, .field-error').first()).toBeVisible();
  await tools.getByLabel('ProductId').fill('CONTOSO00001');
  await tools.getByLabel('Name').fill('Contoso Planner');
  await tools.getByLabel(/price/i).first().fill('7.50');
  await tools.getByRole('button', { name: 'Add product' }).click();
  await expect(page.getByLabel(/^Contoso Planner/)).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('a file opened, a download or a session asked for in the first view is done by the whole tool', async ({ page, browser }) => {
  // A scenario file from another computer.
  const other = await (await browser.newContext()).newPage();
  await openApp(other);
  await other.getByLabel(/^Power BI Pro/).check();
  await other.getByLabel('Seats for Power BI Pro').fill('25');
  const [saved] = await Promise.all([other.waitForEvent('download'), other.locator('#save-file').click()]);
  const file = Buffer.concat(await (await saved.createReadStream()).toArray());

  const release = await holdWholeTool(page);
  const problems = await openApp(page);
  await page.locator('#open-file').setInputFiles({ name: 'scenario.json', mimeType: 'application/json', buffer: file });
  release();
  await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toContainText('25 seats');
  await expect(page.locator('.share-status')).toContainText('opened');

  // Now in the whole tool: the report download works as before.
  const [report] = await Promise.all([page.waitForEvent('download'), page.locator('#download-report').click()]);
  expect(report.suggestedFilename()).toMatch(/^ssp-report-.*\.md$/);
  expect(problems).toEqual([]);

  // A session saved from a fresh first view.
  const third = await (await browser.newContext()).newPage();
  const thirdProblems = await openApp(third);
  await third.getByLabel(/^Power BI Pro/).check();
  await third.getByLabel('Save in this browser as').fill('Pilot');
  await third.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(third.getByRole('button', { name: 'Pilot', exact: true })).toBeVisible();
  expect(thirdProblems).toEqual([]);
});

test('when the whole tool cannot be loaded, the first view says so, keeps everything and tries again', async ({ page }) => {
  let fail = true;
  await page.route(WHOLE, (route) => (fail ? route.abort() : route.continue()));
  await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await goTo(page, 'Costs');
  await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toBeVisible();
  await expect(page.getByLabel(/^Power BI Pro/)).toBeChecked();
  fail = false;
  await goTo(page, 'Costs');
  await expect(page.locator('#nav-costs')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('#upgrade-status')).toHaveCount(0);
});

test('a link, a workshop address or saved work starts the whole tool directly; a fresh start is a first visit again', async ({ page }) => {
  const seen = wasmRequests(page);
  await openApp(page);
  expect(seen[0]).toBe('first');
  await page.getByLabel(/^Power BI Pro/).check();
  const link = await page.locator('#share-link').inputValue();

  // Saved work (this browser) and a link: the whole tool, never the first view.
  for (const address of ['/', link, '/?present=1']) {
    await page.goto('about:blank');
    seen.length = 0;
    await page.goto(address);
    await expect(page.locator('#app-root[data-ready]')).toHaveCount(1);
    expect(seen, address).toEqual(['whole']);
  }
  await page.goto('/');
  await expect(page.locator('#app-root[data-ready]')).toHaveCount(1);
  page.on('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.locator(`.summary-products li[data-product="${PBI}"]`)).toHaveCount(0);
  expect(await page.evaluate(() => location.hash)).toBe('');
  seen.length = 0;
  await page.reload();
  await expect(page.locator('#app-root[data-ready]')).toHaveCount(1);
  expect(seen[0]).toBe('first');
});

test('the language chosen in the first view carries over', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-Service-Kauf-Berater');
  await goTo(page, 'Entscheiden');
  await expect(page.locator('#nav-decide')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('#walk-heading')).toHaveText('Sollen Benutzer diese Produkte selbst kaufen?');
});

// The German and Dutch files the first view fetches hold only the cells it can show
// (xtask, step 4). Whatever it shows must then read exactly as in the whole tool,
// which has every cell built in: nothing falls back to English.
for (const [lang, title] of [['de', 'Self-Service-Kauf-Berater'], ['nl', 'Adviseur selfservice-aankopen']]) {
  test(`in ${lang}, the first view reads exactly like the whole tool`, async ({ page }) => {
    const seen = wasmRequests(page);
    await openApp(page);
    await page.getByLabel('Language').selectOption(lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const boxes = page.locator('.product-list input[type="checkbox"]');
    for (let i = 0; i < 6; i += 1) await boxes.nth(i).check();
    await page.locator(`#pick-${PBI}`).check();
    await page.locator(`#seats-${PBI}`).fill('12');
    await page.locator(`input[name="policy-${PBI}"][value="Enabled"]`).check();
    // A refused entry shows its message (not kept: the same is typed again below).
    const refused = async () => {
      const first = page.locator('.selection-table .seats input').first();
      await first.fill('0');
      await first.blur();
    };
    await refused();
    const text = () => page.locator('#app-root').innerText();
    const inFirstView = await text();
    expect(seen).toEqual(['first', 'whole']);

    seen.length = 0;
    await page.reload();
    await expect(page.locator('#app-root[data-ready]')).toHaveCount(1);
    expect(seen).toEqual(['whole']);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await refused();
    expect(await text()).toBe(inFirstView);
  });
}
