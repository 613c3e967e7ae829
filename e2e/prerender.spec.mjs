// The first view is in the page before any wasm runs (prerendered at build time, inert), and
// the live app replaces it: one heading, no leftover, and no inline script added for it.
import { test, expect } from '@playwright/test';

test('the first view paints without wasm, and the live app replaces it', async ({ page }) => {
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto('/');
  const pre = page.locator('#prerender');
  await expect(pre).toHaveAttribute('inert', '');
  await expect(pre.locator('h1:visible')).toHaveText('Self-Service Purchase Advisor');
  await expect(pre.locator('.product-list input[type="checkbox"]').first()).toBeAttached();
  expect(await page.locator('script:not([src])').count()).toBe(0);
  await page.unroute('**/*.wasm');
  await page.goto('/');
  await expect(page.locator('#app-root h1')).toHaveText('Self-Service Purchase Advisor');
  await expect(page.locator('#prerender')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveCount(1);
});
