// The decision walk as a person takes it: answer in order, watch the progress, go back and
// change an answer, read the recommendation and its reasons, apply it, see the script follow.
import { test, expect } from '@playwright/test';
import { openApp, goTo } from './helpers.mjs';

const PBI = 'CFQ7TTC0H9MP';
const VISIO1 = 'CFQ7TTC0HD33';
const COPILOT = 'CFQ7TTC0MM8R';

async function answer(page, label) {
  await page.locator('.question').getByLabel(label, { exact: true }).check();
  await page.locator('#walk-next').click();
}

test('walk the whole flow, change an earlier answer, apply the recommendation', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel('Seats for Power BI Pro').fill('50');
  await page.getByLabel(/^Visio Plan 1/).check();
  await page.getByLabel(/^Microsoft 365 Copilot/).check();
  await goTo(page, 'Decide');

  await expect(page.locator('#step-count')).toHaveText(/Question 1 of \d+/);
  await answer(page, 'Commercial (business)');
  await expect(page.locator('.walk-steps li.answered')).toHaveCount(1);
  await answer(page, 'Another country');
  await answer(page, '500 to 2,399');                        // organisation size (issue 21)
  await answer(page, 'Through a CSP partner');
  // Only with an agreement: which products does it cover?
  await expect(page.locator('.question h3')).toContainText('cover');
  await page.locator('.question').getByLabel('Power BI Pro').check();
  await page.locator('#walk-next').click();
  await answer(page, 'No');                                  // no org-wide purchase planned
  await answer(page, 'Tolerant: allowed within limits');
  await answer(page, 'Limited');
  await answer(page, 'Only reluctantly');
  await answer(page, 'No special rules');
  await answer(page, 'Very keen');
  // Copilot is selected, so its question is asked.
  await expect(page.locator('.question h3')).toContainText('Copilot');
  await answer(page, 'Early adopters buy their own');

  const rec = page.locator('.recommendation');
  await expect(rec.locator('#verdict')).toBeVisible();
  await expect(rec.locator('#executive-summary')).not.toBeEmpty();
  const pbi = rec.locator(`.product-rec[data-product="${PBI}"]`);
  await expect(pbi.locator('.policy-badge')).toHaveText('Block');
  await expect(pbi.locator('[data-rule="covered_by_agreement"]')).toBeVisible();
  // Visio Plan 1 has a trial without card; Copilot leans towards allowing for early adopters.
  await expect(rec.locator(`.product-rec[data-product="${VISIO1}"] .policy-badge`)).not.toHaveText('');
  await expect(rec.locator(`.product-rec[data-product="${COPILOT}"] [data-rule="copilot_early_adopters"]`)).toBeVisible();
  await expect(rec.locator('#follow-ups li')).not.toHaveCount(0);
  await page.screenshot({ path: 'test-results/decide-result.png', fullPage: true });

  // Back to the agreement question: change it to "No agreement". The coverage question goes
  // away, its answer stops counting, every other answer is kept.
  await page.locator('.walk-steps').getByRole('button', { name: 'How do you buy Microsoft licences today?' }).click();
  await expect(page.locator('.question').getByLabel('Through a CSP partner', { exact: true })).toBeChecked();
  await page.locator('.question').getByLabel('No agreement', { exact: true }).check();
  await expect(page.locator('.walk-steps li', { hasText: 'already cover' })).toHaveCount(0);
  await page.locator('.walk-steps').getByRole('button', { name: 'Recommendation' }).click();
  await expect(pbi.locator('[data-rule="covered_by_agreement"]')).toHaveCount(0);
  await expect(pbi.locator('[data-rule="no_agreement"]')).toBeVisible();
  const answered = await page.locator('.walk-steps li.answered').count();
  expect(answered).toBeGreaterThanOrEqual(10);

  // Apply: the summary and the script follow the recommendation.
  const recommended = await pbi.locator('.policy-badge').textContent();
  await page.getByRole('button', { name: 'Apply these recommendations' }).click();
  await expect(page.locator(`.summary-products li[data-product="${PBI}"] .policy-badge`)).toHaveText(recommended);
  await expect(page.locator(`.summary-products li[data-product="${PBI}"] .summary-differs`)).toHaveCount(0);
  await goTo(page, 'Script');
  const value = { Allow: 'Enabled', 'Trials only': 'OnlyTrialsWithoutPaymentMethod', Block: 'Disabled' }[recommended];
  await expect(page.locator('#script-code')).toContainText(`-ProductId ${PBI} -Value '${value}'`);
  expect(problems).toEqual([]);
});

test('India: nothing to configure', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^Visio Plan 1/).check();
  await goTo(page, 'Decide');
  await answer(page, 'Commercial (business)');
  await page.locator('.question').getByLabel('India', { exact: true }).check();
  // The walk ends here: the next step is the recommendation.
  await page.locator('#walk-next').click();
  await expect(page.locator('#verdict')).toHaveText(/nothing to configure/i);
  await expect(page.locator(`.product-rec[data-product="${VISIO1}"] .policy-badge`)).toHaveText('Nothing to configure');
  await expect(page.locator('#apply-recommendation')).toHaveCount(0);
});

test('weights change the outcome and are kept per criterion', async ({ page }) => {
  await openApp(page);
  await page.getByLabel(/^Visio Plan 2/).check();
  await goTo(page, 'Decide');
  await answer(page, 'Commercial (business)');
  await answer(page, 'Another country');
  await answer(page, '500 to 2,399');                        // organisation size (issue 21)
  await answer(page, 'No agreement');
  await answer(page, 'No');
  const result = async () => {
    await page.locator('.walk-steps').getByRole('button', { name: 'Recommendation' }).click();
    return page.locator('.product-rec .basis').textContent();
  };
  const before = await result();
  // Make the strategy question decisive with a strict answer.
  await page.locator('.walk-steps').getByRole('button', { name: /IT strategy/ }).click();
  await page.locator('.question').getByLabel('Strict: only approved services', { exact: true }).check();
  await page.locator('.question select').selectOption({ label: 'Decisive' });
  const after = await result();
  expect(after).not.toEqual(before);
  await expect(page.locator('.product-rec .policy-badge')).toHaveText('Block');
  await expect(page.locator('.product-rec [data-rule="strategy_strict"] .meta')).toContainText('Decisive');
});
