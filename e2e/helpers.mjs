// Shared steps: open the app and fail the test on any console error, CSP violation or request
// that leaves localhost (the app must work with no network after load).
import { expect } from '@playwright/test';

export async function openApp(page) {
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') problems.push(`network: ${req.url()}`);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The first view is prerendered and inert until the live app replaces it (a file chosen on
  // the inert copy's input would go nowhere); the live app marks its root once it listens.
  await expect(page.locator('#prerender')).toHaveCount(0);
  await expect(page.locator('#app-root[data-ready]')).toHaveCount(1);
  return problems;
}

export function costCell(page, productId, plan) {
  return page.locator(`.cost-table tbody tr[data-product="${productId}"] td[data-plan="${plan}"]`);
}

export function licenceCell(page, productId, plan) {
  return page.locator(`.product-cost[data-product="${productId}"] tr[data-plan="${plan}"] td.licences`);
}

/** Opens one of the four parts by its (translated) tab name. */
export async function goTo(page, tabName) {
  await page.getByRole('navigation', { name: /Parts|Teile|Onderdelen/ }).getByRole('button', { name: tabName }).click();
}

/** Unfolds the assumptions below the cost results (folded when the Costs part opens). */
export async function openAssumptions(page) {
  const fold = page.locator('#assumptions-fold');
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
}
