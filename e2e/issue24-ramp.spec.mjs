// Issue 24, item 3: seats that change over time, stated by the user as their assumption. Add a
// ramp under Costs, read the break-even month in words and the month-by-month chart, see a bad
// entry refused next to its field with the last good ramp kept, and find the ramp again after
// a reload and through the link in a fresh browser.
import { test, expect } from '@playwright/test';
import { openApp, goTo, costCell } from './helpers.mjs';

const PBI = 'CFQ7TTC0H9MP';

async function expectRamp(page) {
  const pbi = page.locator(`.product-cost[data-product="${PBI}"]`);
  await expect(pbi.getByLabel('How the seats change')).toHaveValue('steps');
  await expect(pbi.getByLabel('Months and seats')).toHaveValue('0: 10, 6: 30');
  await expect(pbi.locator('.ramp-assumption')).toHaveText('Your assumption: 10 seats from month 0, 30 seats from month 6.');
  // CSP monthly follows the step: 16.80 x (10 x 6 + 30 x 6) + 200 = 4,232.00; self-service annual
  // buys each new seat for a year: 10 x 233 + 20 x 233 = 6,990.00 (the domain test works it out).
  await expect(costCell(page, PBI, 'csp-monthly')).toContainText('$4,232.00');
  await expect(costCell(page, PBI, 'ssp-annual')).toContainText('$6,990.00');
  await expect(pbi.locator('.ramp-break-even')).toHaveText(
    'From month 0 on, CSP, monthly term costs less in total than Self-service, annual, for good.');
  return pbi;
}

test('a ramp gives the break-even month in words and a chart by month, and is kept', async ({ page, browser }) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await goTo(page, 'Costs');
  const pbi = page.locator(`.product-cost[data-product="${PBI}"]`);
  await expect(pbi.getByRole('group', { name: 'Seats that change over time (your assumption)' })).toBeVisible();
  // Today's figure at 10 fixed seats: CSP monthly 16.80 x 10 x 12 + 200 = 2,216.00.
  await expect(costCell(page, PBI, 'csp-monthly')).toContainText('$2,216.00');

  await pbi.getByLabel('How the seats change').selectOption('steps');
  // A new ramp starts flat at the selection's seats: the figures do not move.
  await expect(pbi.getByLabel('Months and seats')).toHaveValue('0: 10');
  await expect(costCell(page, PBI, 'csp-monthly')).toContainText('$2,216.00');
  await pbi.getByLabel('Months and seats').fill('0: 10, 6: 30');
  await expectRamp(page);

  // The chart by month is next to the seat sweep, with its data as a table (month 6: 30 seats).
  const chart = pbi.locator('figure.ramp-chart');
  await expect(chart.getByRole('img', { name: /Power BI Pro: cost so far, month by month/ })).toBeVisible();
  await expect(chart.locator('polyline.line')).not.toHaveCount(0);
  await expect(chart.locator('svg.chart-svg circle.break-even')).toHaveCount(1);
  await chart.getByText("Show the chart's data as a table").click();
  await expect(chart.locator('tbody tr').nth(6).locator('td').first()).toHaveText('30');
  await expect(pbi.locator('figure.chart').first()).toBeVisible();   // the seat sweep stays

  // Bad entries: the message is next to the field, the last good ramp stays in force.
  await pbi.getByLabel('Months and seats').fill('0: 10, 6 30');
  await expect(pbi.locator(`#ramp-${PBI}-steps-error`)).toContainText('Could not read “6 30”');
  await pbi.getByLabel('Months and seats').fill('3: 10');
  await expect(pbi.locator(`#ramp-${PBI}-steps-error`)).toContainText('must start at month 0');
  await expect(costCell(page, PBI, 'csp-monthly')).toContainText('$4,232.00');
  await pbi.getByLabel('Months and seats').fill('0: 10, 6: 30');
  await expect(pbi.locator(`#ramp-${PBI}-steps-error`)).toHaveCount(0);

  // A growth rate too steep is refused next to its field, and the list ramp stays until a good one.
  await pbi.getByLabel('How the seats change').selectOption('growth');
  await pbi.getByLabel('Change per month').fill('80');
  await expect(pbi.locator(`#ramp-${PBI}-rate-error`)).toContainText('50');
  await expect(pbi.locator(`#ramp-${PBI}-rate`)).toHaveAttribute('aria-invalid', 'true');
  await pbi.getByLabel('Change per month').fill('3');
  await expect(pbi.locator('.ramp-assumption')).toHaveText('Your assumption: 10 seats at month 0, changing by +3 % a month.');
  await pbi.getByLabel('How the seats change').selectOption('steps');
  await pbi.getByLabel('Months and seats').fill('0: 10, 6: 30');
  await expectRamp(page);

  // Kept across a reload, and through the link in a fresh browser.
  await page.reload();
  await goTo(page, 'Costs');
  await expectRamp(page);
  await goTo(page, 'Products');
  const link = await page.locator('#share-link').inputValue();
  expect(link.length).toBeLessThan(400);
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await goTo(fresh, 'Costs');
  await expectRamp(fresh);

  // Back to the same seats every month: today's figures again.
  await goTo(page, 'Costs');
  const again = page.locator(`.product-cost[data-product="${PBI}"]`);
  await again.getByLabel('How the seats change').selectOption('none');
  await expect(costCell(page, PBI, 'csp-monthly')).toContainText('$2,216.00');
  await expect(again.locator('figure.ramp-chart')).toHaveCount(0);
  expect(problems).toEqual([]);
});
