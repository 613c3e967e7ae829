// Issue 21: what users found when bringing things in (a console table, a price, a link, a
// catalogue file) and in the wording and layout around it, each driven as a person would.
import { test, expect } from '@playwright/test';
import { openApp, goTo } from './helpers.mjs';

/** What the MSCommerce script's own audit prints in Windows PowerShell 5.1
 *  (`… | Format-Table -Property 'ProductName', 'ProductId', 'PolicyValue' -AutoSize`), copied from
 *  the console with the line the script prints before it: ProductName first, full long names. */
const AUDIT_TABLE = [
  'Prepared for tenant: Contoso',
  '',
  'ProductName                                      ProductId    PolicyValue',
  '-----------                                      ---------    -----------',
  'Power BI Pro                                     CFQ7TTC0H9MP Disabled',
  'Power Apps per user                              CFQ7TTC0LH2H Enabled',
  'Windows 365 Business with Windows Hybrid Benefit CFQ7TTC0HX99 Disabled',
  'Dynamics 365 Marketing Additional Application    CFQ7TTC0LHVK Enabled',
  'Contoso Widget                                   CFQ7TTC0ZZ99 Enabled',
  '',
  '',
].join('\r\n');

async function tenantImport(page) {
  await goTo(page, 'Script');
  const card = page.getByRole('region', {
    name: /^(Start from the tenant's current state|Vom aktuellen Stand des Mandanten ausgehen|Uitgaan van de huidige status van de tenant)$/,
  });
  await expect(card).toBeVisible();
  return card;
}

test('the console table the scripts print (ProductName first) is read, and what is open is named', async ({ page }) => {
  const problems = await openApp(page);
  const card = await tenantImport(page);
  await card.getByLabel('What the commands printed').fill(AUDIT_TABLE);
  await card.getByRole('button', { name: "Read the tenant's state" }).click();
  await expect(card.getByRole('alert')).toHaveCount(0);
  await expect(card.locator('#drift')).toContainText('5 products and offer types read from the tenant');
  const row = (id) => card.getByRole('row').filter({ has: page.locator(`th code:text-is("${id}")`) });
  await expect(row('CFQ7TTC0HX99')).toContainText('Windows 365 Business with Windows Hybrid Benefit');
  await expect(row('CFQ7TTC0LHVK')).toContainText('Dynamics 365 Marketing Additional Application');
  // Enabled and chosen by nobody: each with the name a person knows it by, the catalogue's
  // first ("Power Apps per user" is what this tenant called Power Apps Premium), else the
  // pasted one.
  await expect(card.getByRole('status').filter({ hasText: 'nobody chose' })).toHaveText(
    'Enabled in the tenant, and nobody chose them: Power Apps Premium (CFQ7TTC0LH2H), '
    + 'Dynamics 365 Marketing Additional Application (now part of Dynamics 365 Customer Insights – Journeys) (CFQ7TTC0LHVK), '
    + 'Contoso Widget (CFQ7TTC0ZZ99).',
  );
  // The read-only lines shown here quote their property names as the audit's Format-Table does.
  await expect(card.locator('#tenant-command')).toContainText("Select-Object -Property 'ProductName', 'ProductId', 'PolicyValue' | ConvertTo-Json");
  expect(problems).toEqual([]);
});

test('the read and open-file buttons of the tenant import never touch, in any language', async ({ page }) => {
  await openApp(page);
  const card = await tenantImport(page);
  const labels = {
    en: ["Read the tenant's state", 'Open a file'],
    de: ['Mandantenstand einlesen', 'Datei öffnen'],
    nl: ['Tenantstatus inlezen', 'Bestand openen'],
  };
  for (const [lang, width] of [['en', 1366], ['de', 1366], ['nl', 1366], ['nl', 390], ['de', 320]]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByLabel(/^(Language|Sprache|Taal)/).selectOption(lang);
    const read = card.getByRole('button', { name: labels[lang][0] });
    const open = card.getByText(labels[lang][1], { exact: true });
    await expect(read).toBeVisible();
    await expect(open).toBeVisible();
    const a = await read.boundingBox();
    const b = await open.boundingBox();
    const sideBySide = Math.abs(a.y - b.y) < a.height / 2;
    if (sideBySide) {
      expect(b.x - (a.x + a.width), `${lang} at ${width}px: gap between the buttons`).toBeGreaterThanOrEqual(6);
    } else {
      expect(b.y - (a.y + a.height), `${lang} at ${width}px: gap between the rows`).toBeGreaterThanOrEqual(6);
    }
    // Wrapped cleanly: nothing sticks out of the card.
    const c = await card.boundingBox();
    expect(b.x + b.width, `${lang} at ${width}px`).toBeLessThanOrEqual(c.x + c.width);
  }
});

test('in German and Dutch a price with a thousands separator is read; a lone 1.234 is asked about', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^(Language|Sprache|Taal)/).selectOption('de');
  const tools = page.locator('.catalog-tools');
  const price = tools.getByLabel(/^Listenpreis/);
  await tools.getByLabel('ProductId').fill('CONTOSO00021');
  await tools.getByLabel('Name', { exact: true }).fill('Contoso Analytics');
  await price.fill('1.234,56');
  await tools.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(tools.getByRole('status')).toContainText('Hinzugefügt: Contoso Analytics');
  await expect(tools.locator('.custom-item[data-product="CONTOSO00021"]')).toContainText('1.234,56');
  // Without a decimal part "1.234" could be a thousand or one: asked, with the form that is read.
  await tools.getByLabel('ProductId').fill('CONTOSO00023');
  await tools.getByLabel('Name', { exact: true }).fill('Contoso Forms');
  await price.fill('1.234');
  await tools.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(tools.locator('#custom-price-error')).toContainText('1.000,00');
  await expect(tools.locator('.custom-item[data-product="CONTOSO00023"]')).toHaveCount(0);
  await price.fill('');

  await page.getByLabel(/^(Language|Sprache|Taal)/).selectOption('nl');
  await tools.getByLabel('ProductId').fill('CONTOSO00022');
  await tools.getByLabel('Naam', { exact: true }).fill('Contoso Boards');
  await tools.getByLabel(/^Lijstprijs/).fill('2.500,5');
  await tools.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(tools.getByRole('status')).toContainText('Toegevoegd: Contoso Boards');
});

test('a link pasted with the end of a sentence after it opens', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel(/^Visio Plan 1/).check();
  await goTo(page, 'Script');
  const link = await page.getByLabel('Link to this scenario').inputValue();
  for (const tail of ['.', ')', ',', ').']) {
    await page.goto('about:blank');
    await page.goto(link + tail);
    await expect(page.locator('#app-root[data-ready]')).toHaveCount(1);
    await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveCount(0);
    await expect(page.getByLabel(/^Power BI Pro/)).toBeChecked();
    await expect(page.getByLabel(/^Visio Plan 1/)).toBeChecked();
  }
  expect(problems).toEqual([]);
});

test('a catalogue import shows only the newest file\'s message', async ({ page }) => {
  const problems = await openApp(page);
  const tools = page.locator('.catalog-tools');
  const importFile = (name, text) => tools.getByLabel('Import catalogue (JSON)')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  /** The card shows this file's problems and nothing else: as many listed as the heading counts. */
  const showsOnly = async (name) => {
    const alert = tools.getByRole('alert');
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText(`Problems in ${name} (`);
    const n = Number((await alert.textContent()).match(/Problems in \S+ \((\d+)\)/)[1]);
    await expect(alert.getByRole('listitem')).toHaveCount(n);
    await expect(tools.getByText(/Problems in|Catalogue imported/)).toHaveCount(1);
  };
  // A good file: the catalogue as exported.
  const [download] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: 'Export catalogue (JSON)' }).click()]);
  const good = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');

  await importFile('first-bad.json', '{"schema": 2, "products": [{"id": "nope"}, {"id": "nada"}]}');
  await showsOnly('first-bad.json');
  await importFile('good.json', good);
  await expect(tools.getByText(/^Catalogue imported: \d+ products\.$/)).toBeVisible();
  await expect(tools.getByText(/Problems in|Catalogue imported/)).toHaveCount(1);
  await expect(tools.getByRole('alert')).toHaveCount(0);

  await importFile('second-bad.json', '{"schema": 2}');
  await showsOnly('second-bad.json');
  await importFile('third-bad.json', '[1, 2');
  await showsOnly('third-bad.json');
  await importFile('fourth-bad.json', good.replace(/"schema":\s*1/, '"schema": 7'));
  await showsOnly('fourth-bad.json');

  // A catalogue that lacks a selected product asks first; what it said goes with the next file.
  await page.getByLabel(/^Power BI Pro/).check();
  const catalogue = JSON.parse(good);
  catalogue.products = catalogue.products.filter((p) => p.id !== 'CFQ7TTC0H9MP');
  const withoutPbi = JSON.stringify(catalogue, null, 2);
  await importFile('without-pbi.json', withoutPbi);
  await tools.getByRole('button', { name: 'Keep the current catalogue' }).click();
  await expect(tools.getByRole('status')).toHaveText('Nothing was imported; the catalogue and the scenario are unchanged.');
  await importFile('without-pbi.json', withoutPbi);
  await tools.getByRole('button', { name: 'Import and remove' }).click();
  await expect(tools.getByRole('status')).toHaveText('Catalogue imported: 25 products. Removed from the scenario: Power BI Pro.');
  await importFile('good.json', good);
  await expect(tools.getByRole('status')).toHaveText('Catalogue imported: 26 products.');
  await importFile('without-pbi.json', withoutPbi);
  await expect(tools.getByRole('status')).toHaveText('Catalogue imported: 25 products.');
  await tools.getByRole('button', { name: 'Back to the shipped catalogue' }).click();
  await expect(tools.getByRole('status')).toHaveText('The shipped catalogue is in use again.');
  expect(problems).toEqual([]);
});

test('the Script part\'s advice agrees with the dry-run option', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await goTo(page, 'Script');
  const dryRun = page.getByLabel(/^Dry run/);
  // The option is off until ticked (old links and files keep their value), and the advice says
  // to tick it rather than implying it is on.
  await expect(dryRun).not.toBeChecked();
  await expect(page.getByText(/For a first run, tick “Dry run” under Options/)).toBeVisible();
  await dryRun.check();
  await expect(page.locator('#script-code')).toContainText('-WhatIf');
});

test('the Dutch wording reads as a Dutch admin would write it', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await goTo(page, 'Script');
  await page.getByLabel(/^(Language|Sprache|Taal)/).selectOption('nl');
  await expect(page.getByLabel('Tenantnaam (alleen voor commentaar)')).toBeVisible();
  await expect(page.getByText(/Vink voor een eerste uitvoering onder Opties “Testrun” aan/)).toBeVisible();
  await page.getByLabel('Wat de opdrachten toonden').fill('ProductId,ProductName,PolicyValue\nCFQ7TTC0ZZ98,Nieuw product,Enabled\n');
  await page.getByRole('button', { name: 'Tenantstatus inlezen' }).click();
  await expect(page.getByRole('heading', { name: 'In de tenant, onbekend in deze catalogus (nieuwe producten worden standaard toegestaan)' })).toBeVisible();
});
