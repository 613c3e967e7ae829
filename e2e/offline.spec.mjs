// The single offline file: opened from disk (file://) with the network switched off, it runs
// under its own strict CSP (no console error, which is how Chromium reports a CSP violation)
// and requests nothing but itself.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import fs from 'node:fs';

test('ssp-advisor-offline.html works from file:// with no network', async ({ browser }) => {
  const file = path.resolve('dist/ssp-advisor-offline.html');
  expect(fs.existsSync(file)).toBe(true);
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => { if (!/^(file|data):/.test(r.url())) problems.push(`network: ${r.url()}`); });
  await page.goto(`file://${file}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-Service Purchase Advisor');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // The module and the language script, each allowed by its hash.
  expect(csp).toMatch(/script-src 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+'){2};/);
  expect(csp).not.toContain('unsafe-inline');
  await page.getByLabel(/^Power BI Pro/).check();
  await page.locator('#nav-costs').click();
  await expect(page.locator('.cost-table tbody tr').first()).toContainText('Power BI Pro');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.locator('#slide-count')).toHaveText(/^Slide 1 of/);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await expect(page.locator('#report-script')).toContainText('CFQ7TTC0H9MP');
  expect(problems).toEqual([]);
  await context.close();
});
