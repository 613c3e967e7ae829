// Embedding on a wiki page: the app in an iframe with ?embed=1 reports its height to the host
// page (so the iframe can grow) and works inside the frame.
import { test, expect } from '@playwright/test';

test('embedded in an iframe, the app reports its height as it grows', async ({ page, baseURL }) => {
  await page.setContent(`
    <script>
      window.heights = [];
      addEventListener('message', (e) => {
        if (e.origin === '${new URL(baseURL).origin}' && e.data && e.data.type === 'ssp-advisor:height') {
          window.heights.push(e.data.height);
          document.querySelector('iframe').style.height = e.data.height + 'px';
        }
      });
    </script>
    <iframe src="${baseURL}/?embed=1" title="Self-Service Purchase Advisor" allow="clipboard-write" style="width: 1100px; border: 0"></iframe>`);
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.tagline')).toBeHidden();
  const first = await page.evaluate(() => window.heights.at(-1));
  await frame.getByLabel(/^Power BI Pro/).check();
  await frame.getByLabel(/^Visio Plan 1/).check();
  await expect.poll(() => page.evaluate(() => window.heights.at(-1))).toBeGreaterThan(first);
  const grown = await page.evaluate(() => window.heights.at(-1));
  // ...and shrinks again when content goes away.
  await frame.getByRole('button', { name: 'Remove Visio Plan 1' }).click();
  await expect.poll(() => page.evaluate(() => window.heights.at(-1))).toBeLessThan(grown);
  // A link copied inside the embed opens the full app.
  await expect(frame.locator('#share-link')).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/#v2\./);
  await page.screenshot({ path: 'test-results/embedded.png', fullPage: true });
});
