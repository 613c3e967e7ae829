// Close every door: a Block outcome shows the licence-request path (with the organisation's own
// request page, validated where it is typed, kept in the link) and the related switches with
// their recommended setting and the user's own choice; the scripts and the report carry them.
import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, goTo } from './helpers.mjs';

async function answer(page, label) {
  await page.locator('.question').getByLabel(label, { exact: true }).check();
  await page.locator('#walk-next').click();
}

test('a Block outcome shows the request path and the other doors; scripts and report carry them', async ({ page, browser }) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await goTo(page, 'Decide');
  await answer(page, 'Commercial (business)');
  await answer(page, 'Another country');
  await answer(page, '500 to 2,399');                        // organisation size (issue 21)
  await answer(page, 'No agreement');
  await answer(page, 'No');
  await page.locator('.question').getByLabel('Strict: only approved services', { exact: true }).check();
  await page.locator('.walk-steps').getByRole('button', { name: 'Recommendation' }).click();
  await expect(page.locator('.product-rec .policy-badge')).toHaveText('Block');

  const request = page.locator('#request-path');
  await expect(request).toContainText('Billing > Licenses');
  await expect(request).toContainText('30 days');
  // A page that is not https is refused next to the field; the message keeps Microsoft's flow.
  const url = page.getByLabel('Your request page (optional, https://)');
  await url.fill('http://intranet.example/licences');
  await expect(page.locator('#request-url-error')).toBeVisible();
  await expect(page.locator('#request-message-en')).not.toContainText('intranet.example');
  await url.fill('https://intranet.example/licences');
  await expect(page.locator('#request-url-error')).toHaveCount(0);
  await expect(page.locator('#request-message-en')).toContainText('https://intranet.example/licences');
  await expect(page.locator('#request-message-de')).toContainText('https://intranet.example/licences');
  await page.getByLabel('Who handles requests (team, mailbox or phone)').fill('IT service desk, ext. 4711');
  await expect(page.locator('#request-message-nl')).toContainText('IT service desk, ext. 4711');

  // Strict about shadow IT: the trial and Office Store doors are recommended closed.
  const trials = page.locator('.switch-list li[data-switch="start_trials"]');
  await expect(trials).toContainText('Let users start trials on behalf of your organization');
  await expect(trials.locator('.switch-setting')).toHaveText(/^Off/);
  await expect(page.locator('.switch-list li[data-switch="office_store"] .switch-setting')).toHaveText(/^Off/);
  // The user can decide otherwise, and it says so.
  await trials.getByRole('combobox').selectOption('on');
  await expect(trials.locator('.switch-setting')).toHaveText(/^On/);
  await expect(trials.locator('.switch-setting')).toContainText('set by you; the recommendation was Off');
  await trials.getByRole('combobox').selectOption('');
  await expect(trials.locator('.switch-setting')).toHaveText(/^Off/);
  await expect(page.locator('#doors-checklist li')).not.toHaveCount(0);
  const axe = await new AxeBuilder({ page }).include('#doors').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await page.locator('#doors').screenshot({ path: 'test-results/doors.png' });

  // The Graph beta script sets what was decided; the unattended script names its least privilege.
  await goTo(page, 'Script');
  await page.getByRole('tab', { name: 'Trials and Office Store (Graph beta)' }).click();
  await expect(page.locator('#script-code')).toContainText('isAppAndServicesTrialEnabled');
  await expect(page.locator('#script-code')).toContainText('isOfficeStoreEnabled');

  // The report carries the request path (with the page) and the switches.
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await expect(page.locator('#report-request')).toContainText('https://intranet.example/licences');
  await expect(page.locator('#report-switches')).toContainText('Let users access the Office Store');
  await page.getByRole('button', { name: 'Back to the tool' }).click();

  // The request page and contact travel in the link.
  const link = await page.locator('#share-link').inputValue();
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await fresh.locator('#nav-decide').click();
  await fresh.locator('.walk-steps').getByRole('button', { name: 'Recommendation' }).click();
  await expect(fresh.getByLabel('Your request page (optional, https://)')).toHaveValue('https://intranet.example/licences');
  await expect(fresh.locator('#request-message-en')).toContainText('IT service desk, ext. 4711');
  expect(problems).toEqual([]);
});
