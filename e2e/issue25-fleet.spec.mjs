// Issue 25: one decision for many tenants. An MSP engineer pastes a tenant list (a bad one is
// refused with its lines and changes nothing), downloads every export and reads it back (CIPP
// JSON keys and the Trials-only rounding, the DSC configuration and .psd1 data, the loop script's
// dry run, the collector), pastes three tenants' states as one combined CSV, reads the matrix,
// opens one tenant's script from it, exports the matrix, saves a tier, assigns a tenant to it and
// gets the tier's template named after it; the report and the workshop say how it rolls out.
import { test, expect } from '@playwright/test';
import { openApp, goTo } from './helpers.mjs';

const PBI = 'CFQ7TTC0H9MP';
const VISIO1 = 'CFQ7TTC0HD33';
const PROJECT3 = 'CFQ7TTC0HDB0';
const GUID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

const GOOD_LIST = `contoso.com,Contoso\n${GUID},Woodgrove\nfabrikam.com,Fabrikam\n`;
// Line 2: a GUID one digit short; line 3: Contoso again.
const BAD_LIST = `contoso.com,Contoso\n${GUID.slice(0, -1)},Broken\ncontoso.com,Contoso again\n`;

// Three tenants' states in the shape the collector writes (and other tools: a Tenant column
// holding a name here). Hand-checked against Block PBI, Trials only Visio 1, Allow Project 3:
// contoso 1 differs (PBI), woodgrove 1 (Visio), fabrikam 2 (Visio, Project): 4 in all.
const COMBINED = [
  'TenantDomain,TenantId,Tenant,ProductName,ProductId,PolicyValue',
  'contoso.com,,,Power BI Pro,CFQ7TTC0H9MP,Enabled',
  'contoso.com,,,Visio Plan 1,CFQ7TTC0HD33,OnlyTrialsWithoutPaymentMethod',
  'contoso.com,,,Project Plan 3,CFQ7TTC0HDB0,Enabled',
  'contoso.com,,,Power Apps Premium,CFQ7TTC0LH2H,Enabled',
  'contoso.com,,,Something new,CFQ7TTC0ZZZZ,Enabled',
  `,${GUID},,Power BI Pro,CFQ7TTC0H9MP,Disabled`,
  `,${GUID},,Visio Plan 1,CFQ7TTC0HD33,Enabled`,
  ',,Fabrikam,Power BI Pro,CFQ7TTC0L3PB,Disabled',
  ',,Fabrikam,Visio Plan 1,CFQ7TTC0HD33,Disabled',
  ',,Fabrikam,Project Plan 3,CFQ7TTC0HDB0,Disabled',
].join('\r\n');

async function choose(page) {
  for (const [re, id, policy] of [[/^Power BI Pro/, PBI, 'Block'], [/^Visio Plan 1/, VISIO1, 'Trials only'], [/^Project Plan 3/, PROJECT3, 'Allow']]) {
    await page.getByLabel(re).check();
    await page.locator(`.selection-table tr[data-product="${id}"]`).getByText(policy, { exact: true }).click();
  }
}

async function downloadOf(page, button) {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = Buffer.concat(await (await d.createReadStream()).toArray()).toString('utf8');
  return { name: d.suggestedFilename(), text: text.replace(/^\ufeff/, '') };
}

test('tenant list, every export read back, the matrix of three tenants, a tenant script and a tier', async ({ page }) => {
  const problems = await openApp(page);
  await choose(page);
  await goTo(page, 'Script');
  const fleet = page.getByRole('region', { name: 'Many tenants' });
  await expect(fleet).toBeVisible();

  // A bad list: every problem with its line, and nothing read.
  const list = fleet.getByLabel(/^Tenant list \(CSV/);
  await list.fill(BAD_LIST);
  await fleet.getByRole('button', { name: 'Read tenant list' }).click();
  const alert = fleet.locator('#fleet-tenant-problems');
  await expect(alert).toContainText('line 2');
  await expect(alert).toContainText('is not a tenant ID');
  await expect(alert).toContainText('line 3');
  await expect(alert).toContainText('contoso.com is already on line 1.');
  await expect(fleet.locator('#fleet-tenants')).toHaveCount(0);

  await list.fill(GOOD_LIST);
  await fleet.getByRole('button', { name: 'Read tenant list' }).click();
  await expect(fleet.locator('#fleet-tenant-count')).toHaveText('3 tenants in the list.');
  await expect(alert).toHaveCount(0);
  // A bad list after a good one leaves the good one as it was.
  await list.fill(BAD_LIST);
  await fleet.getByRole('button', { name: 'Read tenant list' }).click();
  await expect(alert).toContainText('line 3');
  await expect(fleet.locator('#fleet-tenants tbody tr')).toHaveCount(3);

  // CIPP: Block is the default rounding of Trials only; the file has the StandardsTemplateV2 keys.
  await fleet.getByRole('tab', { name: 'CIPP standards template' }).click();
  await expect(fleet.getByLabel(/^Block \(the safe choice/)).toBeChecked();
  await expect(fleet.locator('#fleet-fidelity-cipp tr[data-fate="rounded"]')).toContainText('Visio Plan 1');
  let cipp = await downloadOf(page, fleet.locator('#fleet-cipp-download'));
  expect(cipp.name).toBe('Selfservice_purchase.json');
  // Each export's Copy button names its file (several share the page with the Script part's).
  await expect(fleet.getByRole('button', { name: 'Copy Selfservice_purchase.json' })).toHaveText('Copy');
  let json = JSON.parse(cipp.text);
  expect(Object.keys(json)).toEqual(['templateName', 'description', 'tenantFilter', 'excludedTenants', 'runManually', 'standards']);
  expect(json.tenantFilter.map((t) => t.value)).toEqual(['contoso.com', GUID, 'fabrikam.com']);
  expect(json.tenantFilter[1].addedFields).toEqual({ displayName: 'Woodgrove', customerId: GUID });
  const entry = json.standards.DisableSelfServiceLicenses;
  expect(entry.Exclusions).toBe(PROJECT3);
  expect(entry.action.map((a) => a.value)).toEqual(['Report', 'Remediate']);
  expect(typeof entry.DisableTrials).toBe('boolean');
  // Allow only when asked, and then with the warning.
  await expect(fleet.locator('#fleet-cipp-warnings')).toHaveCount(0);
  await fleet.getByLabel(/^Allow \(opens purchases/).check();
  await expect(fleet.locator('#fleet-cipp-warnings')).toContainText('Visio Plan 1');
  json = JSON.parse((await downloadOf(page, fleet.locator('#fleet-cipp-download'))).text);
  expect(json.standards.DisableSelfServiceLicenses.Exclusions.split(';').sort()).toEqual([VISIO1, PROJECT3].sort());
  await fleet.getByLabel(/^Block \(the safe choice/).check();

  // Microsoft365DSC: the configuration's resource blocks and the composite's data file.
  await fleet.getByRole('tab', { name: 'Microsoft365DSC configuration' }).click();
  await expect(fleet.locator('#fleet-fidelity-dsc-config')).toBeVisible();
  const config = await downloadOf(page, fleet.locator('#fleet-dsc-config-download'));
  expect(config.name).toMatch(/\.ps1$/);
  expect(config.text).toContain(`CommerceSelfServicePurchase 'CommerceSelfServicePurchase-${PBI}'`);
  expect(config.text).toContain("@{ TenantId = 'fabrikam.com'; Name = 'Fabrikam' }");
  await fleet.getByRole('tab', { name: 'Microsoft365DSC data file' }).click();
  const data = await downloadOf(page, fleet.locator('#fleet-dsc-data-download'));
  expect(data.name).toMatch(/\.psd1$/);
  const flat = data.text.replace(/\r\n/g, '\n');
  expect(flat).toContain('NonNodeData = @{');
  expect(flat).toMatch(/Commerce = @\{\s+SelfServicePurchase = @\(/);
  expect(flat).toMatch(new RegExp(`UniqueId\\s+= '${VISIO1}'\\n\\s+ProductId\\s+= '${VISIO1}'\\n\\s+ProductName = 'Visio Plan 1'\\n\\s+PolicyValue = 'OnlyTrialsWithoutPaymentMethod'`));

  // The loop script: a dry run unless told otherwise; the REST variant labelled unofficial.
  await fleet.getByRole('tab', { name: 'Script for all tenants' }).click();
  await expect(fleet.getByLabel(/^Dry run unless run with -DryRun:\$false/)).toBeChecked();
  let loop = await downloadOf(page, fleet.locator('#fleet-loop-download'));
  expect(loop.name).toBe('ssp-all-tenants-mscommerce.ps1');
  expect(loop.text).toContain('[switch]$DryRun');
  expect(loop.text).toContain("if (-not $PSBoundParameters.ContainsKey('DryRun')) {");
  expect(loop.text).toContain('contoso.com');
  await fleet.getByLabel(/^Unofficial REST endpoint/).check();
  await expect(fleet.locator('#fleet-rest-caution')).toContainText('Unofficial');
  loop = await downloadOf(page, fleet.locator('#fleet-loop-download'));
  expect(loop.name).toBe('ssp-all-tenants-rest.ps1');
  expect(loop.text).toContain('UNOFFICIAL REST endpoint');
  await fleet.getByLabel(/^MSCommerce, an interactive sign-in/).check();
  await fleet.getByRole('tab', { name: 'Collector script (read-only, all tenants)' }).click();
  const collector = await downloadOf(page, fleet.locator('#fleet-collector-download'));
  expect(collector.name).toBe('ssp-collect-tenants-mscommerce.ps1');
  expect(collector.text).toContain(GUID);

  // A bad combined paste: its line, and no matrix.
  const states = fleet.getByLabel("Every tenant's policies in one paste (with a tenant column)");
  await states.fill(COMBINED.replace('OnlyTrialsWithoutPaymentMethod', 'Maybe'));
  await fleet.getByRole('button', { name: 'Read into the matrix' }).click();
  await expect(fleet.locator('#fleet-matrix-problems')).toContainText('line 3');
  await expect(fleet.locator('#fleet-matrix')).toHaveCount(0);

  await states.fill(COMBINED);
  await fleet.getByRole('button', { name: 'Read into the matrix' }).click();
  await expect(fleet.locator('#fleet-matrix-summary')).toHaveText('3 tenants read. 4 settings differ from the decision.');
  const row = (label) => fleet.locator(`#fleet-matrix tbody tr[data-tenant="${label}"]`);
  const count = (label, what) => row(label).locator(`td[data-count="${what}"]`);
  await expect(count('contoso.com', 'differs')).toHaveText('1');
  await expect(count('contoso.com', 'right')).toHaveText('2');
  await expect(count('contoso.com', 'unknown')).toHaveText('CFQ7TTC0ZZZZ');
  await expect(count(GUID, 'differs')).toHaveText('1');
  await expect(count(GUID, 'not-returned')).toHaveText('1');
  await expect(count('Fabrikam', 'differs')).toHaveText('2');
  await expect(fleet.locator(`#fleet-matrix tfoot td[data-item="${VISIO1}"]`)).toHaveText('2');
  await expect(row('Fabrikam').locator(`td[data-item="${PROJECT3}"]`)).toHaveText('Block → Allow');

  // One click from a tenant's row to its diff-only script.
  await fleet.getByRole('button', { name: 'Script for contoso.com' }).click();
  const script = fleet.locator('#fleet-tenant-script');
  await expect(script.getByRole('heading')).toHaveText('Script for contoso.com: changes only what differs');
  await expect(script.locator('#fleet-tenant-code')).toContainText(PBI);
  await expect(script.locator('#fleet-tenant-code')).toContainText('contoso.com');

  const csv = await downloadOf(page, fleet.locator('#fleet-matrix-csv'));
  const lines = csv.text.trim().split('\r\n');
  expect(lines[0]).toContain('"tenant","tier","right","differs","not_returned","undecided","unknown_products"');
  expect(lines).toHaveLength(4);
  expect(lines[3]).toMatch(/^"Fabrikam","",1,2,0,0,""/);

  // A tier: saved from the scenario on screen, a tenant assigned to it in the matrix, and its
  // exports named after it.
  await fleet.getByLabel('Tier name').fill('Locked');
  await fleet.getByRole('button', { name: 'Save the scenario on screen as a tier' }).click();
  await expect(fleet.locator('#fleet-tier-list')).toContainText('Locked · 0 tenants');
  await row('contoso.com').getByLabel('Tier of contoso.com').selectOption('Locked');
  await expect(fleet.locator('#fleet-tier-list')).toContainText('Locked · 1 tenant');
  await expect(fleet.getByLabel('Made for')).toHaveValue('Locked');
  await fleet.getByRole('tab', { name: 'CIPP standards template' }).click();
  cipp = await downloadOf(page, fleet.locator('#fleet-cipp-download'));
  expect(cipp.name).toBe('Locked.json');
  json = JSON.parse(cipp.text);
  expect(json.templateName).toBe('Locked');
  expect(json.tenantFilter.map((t) => t.value)).toEqual(['contoso.com']);
  await fleet.getByRole('tab', { name: 'Microsoft365DSC data file' }).click();
  expect((await downloadOf(page, fleet.locator('#fleet-dsc-data-download'))).name).toBe('ssp-m365dsc-commerce-locked.psd1');

  // Tenant data never goes into the link.
  expect(page.url()).not.toContain('contoso');
  expect(await page.locator('#share-link').inputValue()).not.toMatch(/contoso|fabrikam|72f988bf/i);

  // The report: rolling this out, and the exports in the appendix.
  await page.locator('#open-report').click();
  const rollout = page.locator('#report-rollout-section');
  await expect(rollout).toContainText('3 tenants; not yet assigned to a tier: 2; tiers: 1.');
  await expect(rollout).toContainText('differs from their tier in 4 places, in 3 tenants');
  await expect(page.locator('#report-exports-list')).toContainText('Locked.json');
  await expect(page.locator('#report-exports-list')).toContainText('ssp-all-tenants-mscommerce-locked.ps1');
  await page.locator('#report-back').click();
  expect(problems).toEqual([]);
});

test('named single-tenant pastes, the workshop slide, and files that carry tenants only when ticked (German)', async ({ page }) => {
  const problems = await openApp(page);
  await choose(page);
  await page.getByLabel(/^(Language|Sprache|Taal)/).selectOption('de');
  await goTo(page, 'Skript');
  const fleet = page.getByRole('region', { name: 'Viele Mandanten' });
  await fleet.getByLabel(/^Mandantenliste \(CSV/).fill(GOOD_LIST);
  await fleet.getByRole('button', { name: 'Mandantenliste lesen' }).click();
  await expect(fleet.locator('#fleet-tenant-count')).toHaveText('3 Mandanten in der Liste.');

  // Two tenants pasted one by one, each under its name.
  await fleet.locator('#fleet-named summary').click();
  await fleet.getByLabel('Mandant 1: Name, Domäne oder Mandanten-ID').fill('contoso.com');
  await fleet.getByLabel('Mandant 1: seine Ausgabe').fill('ProductName,ProductId,PolicyValue\nPower BI Pro,CFQ7TTC0H9MP,Enabled\n');
  await fleet.getByRole('button', { name: 'Mandanten hinzufügen' }).click();
  await fleet.getByLabel('Mandant 2: Name, Domäne oder Mandanten-ID').fill('Fabrikam');
  await fleet.getByLabel('Mandant 2: seine Ausgabe').fill('ProductName,ProductId,PolicyValue\nPower BI Pro,CFQ7TTC0H9MP,Disabled\n');
  await fleet.getByRole('button', { name: 'Diese Einfügungen lesen' }).click();
  await expect(fleet.locator('#fleet-matrix-summary')).toHaveText('2 Mandanten gelesen. 1 Einstellung weicht von der Entscheidung ab.');

  // Files carry the tenant list only when ticked.
  const saveFile = async () => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.locator('#save-file').click()]);
    return JSON.parse(Buffer.concat(await (await d.createReadStream()).toArray()).toString('utf8'));
  };
  expect((await saveFile()).fleet).toBeUndefined();
  await fleet.getByLabel(/^Dateien und gespeicherte Sitzungen enthalten die Mandantenliste/).check();
  await expect(page.locator('#share-fleet-note')).toBeVisible();
  const file = await saveFile();
  expect(file.fleet.version).toBe(1);
  expect(file.fleet.tenants.map((t) => t.domain ?? t.id)).toEqual(['contoso.com', GUID, 'fabrikam.com']);

  // The workshop has a slide on rolling it out.
  await page.locator('#open-present').click();
  for (let i = 0; i < 30 && (await page.locator('#slide-rollout').count()) === 0; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#slide-rollout')).toContainText('3 Mandanten');
  await expect(page.locator('#slide-title')).toHaveText('Die Einführung');
  expect(problems).toEqual([]);
});
