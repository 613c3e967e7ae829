// Workshop mode on a projector: the whole walk driven only by the keys a clicker or keyboard
// sends, at 1280×720 in every language, with nothing scrolling sideways and the focus never
// lost; what is decided in the room is the scenario the tool, link and report then show.
import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp } from './helpers.mjs';

const NEXT_KEYS = ['ArrowRight', 'PageDown', ' '];

test('a whole workshop from the keyboard at 1280×720 in English, German and Dutch', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  await page.getByLabel(/^Visio Plan 2/).check();
  for (const [lang, present, exit] of [['en', 'Present', 'Leave (Esc)'], ['de', 'Präsentieren', 'Beenden (Esc)'], ['nl', 'Presenteren', 'Verlaten (Esc)']]) {
    await page.getByRole('combobox', { name: /^(Language|Sprache|Taal)$/ }).selectOption(lang);
    await page.getByRole('button', { name: present, exact: true }).click();
    await expect(page).toHaveURL(/[?&]present=1/);
    await expect(page.getByRole('button', { name: exit })).toBeVisible();
    // The workshop resumes where it was left; Home goes back to the first slide.
    await page.keyboard.press('Home');
    await expect(page.locator('#slide-count')).toHaveText(/^\D+ 1 \D+ \d+$/);
    const seen = { question: 0, result: 0, cost: 0, total: 0, apply: 0, doors: 0 };
    for (let step = 0; step < 40; step += 1) {
      const slide = page.locator('.slide');
      const title = page.locator('#slide-title');
      // The "apply the recommendation?" step gives its button the focus, so Enter applies.
      if (await page.locator('#slide-apply-go').count()) await expect(page.locator('#slide-apply-go')).toBeFocused();
      else await expect(title).toBeFocused();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lang} slide ${step + 1}`).toBe(1280);
      const question = slide.locator('.slide-question');
      if (await question.count()) {
        seen.question += 1;
        expect(parseFloat(await title.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(32);
        const answers = slide.locator('.answers button');
        const labels = await answers.allInnerTexts();
        // A commercial tenant in "another country" keeps self-service available; elsewhere
        // the first option is taken.
        let pick = labels.findIndex((l) => /Another country|Anderes Land|Ander land/.test(l));
        if (pick < 0) pick = 0;
        // The number ticks and unticks a product; it chooses an option, and pressed again on
        // the chosen option clears it (so it is pressed once more to keep the answer).
        const toggles = labels.some((l) => /None of them|Keines davon|Geen van deze/.test(l));
        const pressed = await answers.nth(pick).getAttribute('aria-pressed');
        await page.keyboard.press(String(pick + 1));
        await expect(answers.nth(pick)).toHaveAttribute('aria-pressed', pressed === 'true' ? 'false' : 'true');
        if (!toggles && pressed === 'true') {
          await page.keyboard.press(String(pick + 1));
          await expect(answers.nth(pick)).toHaveAttribute('aria-pressed', 'true');
        }
        const weight = page.locator('#slide-weight');
        const before = await weight.innerText();
        await page.keyboard.press('w');
        await expect(weight).not.toHaveText(before);
      } else if (await slide.locator('.slide-result').count()) {
        seen.result += 1;
        await expect(slide.locator('.verdicts > li')).toHaveCount(2);
      } else if (await slide.locator('.slide-cost').count()) {
        seen.cost += 1;
        await expect(slide.locator('svg.chart-svg')).toBeVisible();
        // Self-service against the cheapest channel, with the saving.
        await expect(slide.locator('.slide-versus dd')).toHaveCount(3);
        await expect(slide.locator('.slide-versus .slide-saving')).not.toBeEmpty();
      } else if (await slide.locator('.slide-cost-total').count()) {
        seen.total += 1;
        await expect(slide.locator('#slide-totals tr')).not.toHaveCount(0);
      } else if (await slide.locator('.slide-apply').count()) {
        seen.apply += 1;
        await expect(slide.locator('.apply-steps li').first()).toBeVisible();
        await expect(slide.locator('#script-size')).toContainText('MSCommerce');
      } else if (await slide.locator('.slide-doors').count()) {
        seen.doors += 1;
        await expect(slide.locator('.apply-doors li')).not.toHaveCount(0);
      }
      if (await page.locator('#slide-next').isDisabled()) break;
      const count = await page.locator('#slide-count').innerText();
      await page.keyboard.press(NEXT_KEYS[step % NEXT_KEYS.length]);
      await expect(page.locator('#slide-count')).not.toHaveText(count);
    }
    expect(seen.question).toBeGreaterThan(4);
    // The checklist takes as many slides as it needs (at most five items each).
    expect(seen).toMatchObject({ result: 1, cost: 2, total: 1, apply: 1 });
    expect(seen.doors).toBeGreaterThan(0);
    // Back with the other keys, then leave with Esc: the focus returns to the Present button.
    const last = await page.locator('#slide-count').innerText();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    await expect(page.locator('#slide-count')).not.toHaveText(last);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: present, exact: true })).toBeFocused();
    await expect(page).not.toHaveURL(/present=1/);
  }
  // What the room decided is the scenario: the walk shows the answers and the link carries them.
  await page.getByRole('combobox', { name: /^(Language|Sprache|Taal)$/ }).selectOption('en');
  await page.locator('#nav-decide').click();
  await expect(page.locator('#walk-progress')).not.toHaveAttribute('value', '0');
  const link = await page.locator('#share-link').inputValue();
  const fresh = await page.context().newPage();
  await fresh.goto(link.replace(/^http:\/\/127\.0\.0\.1:\d+\//, '/').replace(/\?[^#]*/, '') );
  await fresh.locator('#nav-decide').click();
  await expect(fresh.locator('#walk-progress')).toHaveAttribute('value', await page.locator('#walk-progress').getAttribute('value'));
  await fresh.close();
  expect(problems).toEqual([]);
});

test('a bookmarked workshop opens on its first slide; every kind of slide passes axe', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByLabel(/^Power BI Pro/).check();
  const hash = new URL(page.url()).hash;
  await page.goto(`/?present=1${hash}`);
  await expect(page.locator('#slide-count')).toHaveText(/^Slide 1 of \d+$/);
  const checked = new Set();
  for (let i = 0; i < 30 && checked.size < 4; i += 1) {
    const kind = await page.locator('.slide > article').getAttribute('class');
    if (!checked.has(kind)) {
      checked.add(kind);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${kind}: ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    }
    if (await page.locator('#slide-next').isDisabled()) break;
    await page.keyboard.press('ArrowRight');
  }
  // Nothing answered: no recommendation, so no "close every door" slide either.
  expect([...checked].sort()).toEqual(['slide-apply', 'slide-cost', 'slide-question', 'slide-result']);
  expect(problems).toEqual([]);
});
