// Applying the decision: every variant renders from the same choices, options change the text,
// downloads carry the header, and the unofficial/different-control variants say so.
import { test, expect } from '@playwright/test';
import { openApp, goTo } from './helpers.mjs';

test('variants, options, download and the admin-center path', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel(/^Planner Plan 1/).check();
  await page.locator('.selection-table tr[data-product="CFQ7TTC0HDB1"]').getByLabel('Trials only').check();
  await goTo(page, 'Script');

  const code = page.locator('#script-code');
  await expect(code).toContainText("-ProductId CFQ7TTC0H9MP -Value 'Disabled'");
  await expect(code).not.toContainText('-WhatIf');
  await page.getByLabel(/Dry run/).check();
  await expect(code).toContainText("-Value 'Disabled' -WhatIf");
  await page.getByLabel(/Tenant name/).fill("Contoso 'prod'");
  await expect(code).toContainText("$TenantLabel = 'Contoso ''prod'''");

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download ssp-policy\.ps1/ }).click()]);
  expect(download.suggestedFilename()).toBe('ssp-policy.ps1');
  const body = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(body).toString('utf8');
  expect(text).toContain('\r\n');
  expect(text).toMatch(/Generated \d{4}-\d{2}-\d{2}, product catalogue as of 2026-12-01/);

  // Legacy 1.x cannot express Trials only, and says so.
  await page.getByRole('tab', { name: /1\.x/ }).click();
  await expect(code).toContainText('-Enabled $false');
  await expect(code).toContainText('OnlyTrialsWithoutPaymentMethod');
  // The REST variant is labelled unofficial.
  await page.getByRole('tab', { name: /curl/ }).click();
  await expect(page.locator('#variant-note')).toContainText(/unofficial|undocumented/i);
  await expect(code).toContainText('licensing.m365.microsoft.com');
  // Self-service sign-up is a different control, and the page says so.
  await page.getByRole('tab', { name: /Graph PowerShell/ }).click();
  await expect(page.locator('#variant-note')).toContainText(/different|not.*purchase/i);
  await expect(code).toContainText('allowedToSignUpEmailBasedSubscriptions');

  await page.getByText(/admin center/i).first().click();
  await expect(page.locator('#admin-center-steps li')).not.toHaveCount(0);
  await expect(page.locator('#admin-center-steps')).toContainText('Self-service trials and purchases');
  await page.screenshot({ path: 'test-results/script.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('third-party offer types are decided and scripted, and travel in the link', async ({ page, browser }) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel('SaaS apps from AppSource (SaaS)').selectOption({ label: 'Block' });
  await page.getByLabel('Power BI visuals (POWERBIVISUALS)').selectOption({ label: 'Allow' });
  await goTo(page, 'Script');
  const code = page.locator('#script-code');
  await expect(code).toContainText("-OfferType SaaS -Value 'Disabled'");
  await expect(code).toContainText("-OfferType POWERBIVISUALS -Value 'Enabled'");
  await expect(code).not.toContainText('DYNAMICSBC');
  await page.getByRole('tab', { name: 'Scheduled enforcement' }).click();
  await expect(code).toContainText("'SaaS' = 'Disabled'");
  await page.getByRole('tab', { name: /curl/ }).click();
  await expect(code).toContainText('set_offer_type SaaS Disabled');
  const link = await page.locator('#share-link').inputValue();
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await expect(fresh.getByLabel('SaaS apps from AppSource (SaaS)')).toHaveValue('Disabled');
  expect(problems).toEqual([]);
});

test('the tenant state pasted back shows the drift, and the script shrinks to the differences', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel(/^Visio Plan 1/).check();
  await page.locator('.selection-table tr[data-product="CFQ7TTC0H9MP"]').getByLabel('Allow').check();
  await goTo(page, 'Script');
  const code = page.locator('#script-code');
  await expect(code).toContainText('-ProductId CFQ7TTC0H9MP -Value');
  // What the console table of Get-MSCommerceProductPolicies looks like, names cut short.
  const table = [
    '',
    'PolicyId                 ProductName                            ProductId    PolicyValue',
    '--------                 -----------                            ---------    -----------',
    'AllowSelfServicePurchase Power BI Pro                           CFQ7TTC0H9MP Enabled',
    'AllowSelfServicePurchase Visio Plan 1                           CFQ7TTC0HD33 Enabled',
    'AllowSelfServicePurchase Some Brand New Product With A Long N... CFQ7TTC0ZZ99 Enabled',
    'AllowSelfServicePurchase Microsoft 365 Copilot                  CFQ7TTC0MM8R Enabled',
  ].join('\r\n');
  await page.getByLabel('What the commands printed').fill(table);
  await page.getByRole('button', { name: "Read the tenant's state" }).click();
  await expect(page.locator('#drift')).toContainText('4 products and offer types read from the tenant');
  await expect(page.locator('.drift-table tr[data-item="CFQ7TTC0H9MP"]')).toContainText('no');
  await expect(page.locator('.drift-table tr[data-item="CFQ7TTC0HD33"]')).toContainText('yes');
  await expect(page.locator('#drift-enabled-unchosen')).toContainText('CFQ7TTC0MM8R');
  // Power BI Pro is already Enabled: no update for it; Visio still changes; the script verifies.
  await expect(code).not.toContainText('-ProductId CFQ7TTC0H9MP -Value');
  await expect(code).toContainText("-ProductId CFQ7TTC0HD33 -Value 'Disabled'");
  await expect(code).toContainText('Verify: read every chosen value back');
  // A product the catalogue has never heard of is added and decided in one click.
  await page.locator('.drift-unknown li', { hasText: 'CFQ7TTC0ZZ99' }).getByRole('button').click();
  await expect(page.locator('.summary-products li[data-product="CFQ7TTC0ZZ99"]')).toBeVisible();
  await expect(code).toContainText("-ProductId CFQ7TTC0ZZ99 -Value 'Disabled'");
  // The same state as ConvertTo-Json (Windows PowerShell 5.1 spacing) and as a German Export-Csv.
  const json = '[\n    {\n        "PolicyId":  "AllowSelfServicePurchase",\n        "ProductName":  "Power BI Pro",\n        "ProductId":  "CFQ7TTC0H9MP",\n        "PolicyValue":  "Enabled"\n    },\n    {\n        "PolicyId":  "AllowSelfServicePurchase",\n        "ProductName":  "Visio Plan 1",\n        "ProductId":  "CFQ7TTC0HD33",\n        "PolicyValue":  "Enabled"\n    }\n]';
  const csv = '\ufeff#TYPE Selected.Microsoft.Commerce.ProductPolicy\r\n"ProductName";"ProductId";"PolicyValue"\r\n"Power BI Pro";"CFQ7TTC0H9MP";"Enabled"\r\n"Visio Plan 1";"CFQ7TTC0HD33";"Enabled"\r\n';
  for (const pasted of [json, csv]) {
    await page.getByLabel('What the commands printed').fill(pasted);
    await page.getByRole('button', { name: "Read the tenant's state" }).click();
    await expect(page.locator('#drift')).toContainText('2 products and offer types read from the tenant');
    await expect(code).not.toContainText('-ProductId CFQ7TTC0H9MP -Value');
  }
  // Bad input is explained with its line; the import stays.
  await page.getByLabel('What the commands printed').fill('ProductId,PolicyValue\nnot-an-id,Enabled');
  await page.getByRole('button', { name: "Read the tenant's state" }).click();
  await expect(page.locator('.tenant-import .problems')).toContainText('line 2');
  await expect(page.locator('#drift')).toBeVisible();
  expect(problems).toEqual([]);
});
