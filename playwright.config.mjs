// End-to-end tests against the release build in dist/, served on localhost, in Debian's
// Chromium (no browser download: Playwright's own browsers cannot be fetched here).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.mjs',
  reporter: 'list',
  fullyParallel: false,
  workers: 1,
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: 'http://127.0.0.1:8011',
    browserName: 'chromium',
    viewport: { width: 1366, height: 900 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // E2E_DIST points the tests at another build (e.g. one made before a fix, to see a test fail first).
    command: `python3 -m http.server 8011 --bind 127.0.0.1 --directory ${process.env.E2E_DIST || 'dist'}`,
    url: 'http://127.0.0.1:8011/',
    reuseExistingServer: false,
  },
});
