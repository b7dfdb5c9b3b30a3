// The practice board in Debian's Chromium: the post-it method and the 10 stappen method from
// start to end as the facilitator (Anna) and two participants (Bram, the inbrenger, and Chris),
// switching 'Speel als'; what the board shows in each phase; axe on the panel; reload keeps the
// board. Skipped, with a message, when /usr/bin/chromium is missing.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSticky,
  axeProblems,
  expectStickyIn,
  frameOfSticky,
  frameTitles,
  panelOf,
  playAs,
  shapeTexts,
  snap,
  titleOf,
  placeAndStart,
} from './board-helpers';
import {
  SKIP_MESSAGE,
  hasChromium,
  launchChromium,
  openBoard,
  startServer,
  type Chromium,
  type PracticeServer,
} from './server';

if (!hasChromium) console.log(SKIP_MESSAGE);

const ANNA = 'u-anna';
const BRAM = 'u-bram';
const CHRIS = 'u-chris';

/** As the facilitator: the method on the board with Bram as inbrenger, and started. */
const setUp = (page: Page, method: RegExp) => placeAndStart(page, method, BRAM);

/**
 * As the facilitator: 'Volgende' until the panel shows `step` (a phase with stages takes more
 * than one), answering a consent question with yes.
 */
async function next(page: Page, step: string): Promise<void> {
  const panel = panelOf(page);
  const confirm = panel.locator('[data-action=confirm]');
  const reached = panel.getByText(step).first();
  for (let i = 0; i < 4; i++) {
    if (await confirm.count()) await confirm.click();
    else await panel.locator('[data-action=next]').click();
    if (await reached.isVisible().catch(() => false)) break;
    await page.waitForTimeout(400);
    if (await reached.isVisible().catch(() => false)) break;
  }
  await reached.waitFor({ timeout: 5_000 });
}

describe.skipIf(!hasChromium)('practice board in Chromium', { timeout: 120_000 }, () => {
  let server: PracticeServer;
  let chrome: Chromium;
  const timings: string[] = [];

  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    const started = Date.now();
    [server, chrome] = await Promise.all([startServer(), launchChromium()]);
    timings.push(`server and browser up: ${Date.now() - started} ms`);
  }, 60_000);

  afterAll(async () => {
    await chrome?.close();
    await server?.close();
    if (timings.length) console.log(`browser test timings:\n  ${timings.join('\n  ')}`);
  });

  const fresh = async (): Promise<{ page: Page; context: BrowserContext }> => {
    const context = await chrome.newContext();
    const page = await openBoard(context, server.url());
    page.on('dialog', (d) => void d.accept());
    await panelOf(page).locator('.ip-panel').waitFor();
    return { page, context };
  };
  const timed = async (name: string, fn: () => Promise<void>) => {
    const started = Date.now();
    try {
      await fn();
    } finally {
      timings.push(`${name}: ${Date.now() - started} ms`);
    }
  };

  it('runs the post-it method: parked notes, open regions, the inbrenger and a group member', async () => {
    await timed('post-it method', async () => {
      const { page, context } = await fresh();
      expect(await panelOf(page).innerText()).toContain('Kies een methode');
      await setUp(page, /Post-it methode/);
      expect(await titleOf(page, 'De vraag')).toMatch(/open voor inbrenger/);
      expect(await titleOf(page, 'Tips en aanbevelingen')).toMatch(/bewaakt/);
      await snap(page, 'post-it-1-vraag');

      // Stap 1: Chris writes in the guarded tips: parked. Bram writes his question: it stays.
      await playAs(page, CHRIS);
      expect(await panelOf(page).locator('[data-action=next]').count()).toBe(0);
      await addSticky(page, 'Tips en aanbevelingen', 'Te vroeg, Chris');
      await expectStickyIn(page, 'Te vroeg, Chris', 'Parkeerplaats');
      await playAs(page, BRAM);
      await addSticky(page, 'De vraag', 'Hoe geef ik lastige feedback?');
      await expectStickyIn(page, 'Hoe geef ik lastige feedback?', 'De vraag');
      await snap(page, 'post-it-1-geparkeerd');

      // Stap 2: the tips open for the group.
      await playAs(page, ANNA);
      await next(page, 'Stap 2 van 3');
      expect(await titleOf(page, 'Tips en aanbevelingen')).not.toMatch(/bewaakt/);
      expect(await titleOf(page, 'De vraag')).toMatch(/bewaakt/);
      await playAs(page, CHRIS);
      await addSticky(page, 'Tips en aanbevelingen', 'Begin met een compliment');
      await page.waitForTimeout(300);
      await expectStickyIn(page, 'Begin met een compliment', 'Tips en aanbevelingen');
      await addSticky(page, 'De vraag', 'Een vraag te laat');
      await expectStickyIn(page, 'Een vraag te laat', 'Parkeerplaats');
      await snap(page, 'post-it-2-tips');

      // Stap 3 and the end.
      await playAs(page, ANNA);
      await next(page, 'Stap 3 van 3');
      await snap(page, 'post-it-3-toelichting');
      await panelOf(page).locator('[data-action=finish]').first().click();
      await panelOf(page).locator('[data-action=confirm]').click();
      await page.waitForTimeout(500);
      await snap(page, 'post-it-4-afgerond');
      // Nothing a participant wrote is lost.
      for (const text of ['Te vroeg, Chris', 'Begin met een compliment', 'Een vraag te laat'])
        expect(await frameOfSticky(page, text)).toBeDefined();
      await context.close();
    });
  });

  it('runs the 10 stappen method to the end, with covers, parking and consent', async () => {
    await timed('10 stappen method', async () => {
      const { page, context } = await fresh();
      await setUp(page, /10 stappen methode/);
      expect(await titleOf(page, 'De probleemsituatie')).toMatch(/open/);
      await snap(page, 'tien-stappen-01');

      await playAs(page, BRAM);
      await addSticky(page, 'De probleemsituatie', 'Mijn team luistert niet');
      await expectStickyIn(page, 'Mijn team luistert niet', 'De probleemsituatie');

      await playAs(page, ANNA);
      await next(page, 'Stap 2 van 10');
      expect(await titleOf(page, 'Drie vragen per groepslid')).toMatch(/open voor groepslid/);
      expect(await titleOf(page, 'De probleemsituatie')).toMatch(/bewaakt/);
      await playAs(page, CHRIS);
      await addSticky(page, 'Drie vragen per groepslid', 'Wat heb je al geprobeerd?', 'Chris');
      await expectStickyIn(page, 'Wat heb je al geprobeerd?', 'Drie vragen per groepslid');
      await addSticky(page, 'De probleemsituatie', 'Ik vind dat…');
      await expectStickyIn(page, 'Ik vind dat…', 'Parkeerplaats');
      await snap(page, 'tien-stappen-02');

      // Stap 3: the inbrenger rates; the sticker tray passes axe in both panels.
      const problems: string[] = [];
      const check = async (where: string) =>
        problems.push(...(await axeProblems(page)).map((p) => `${where}: ${p}`));
      await playAs(page, ANNA);
      await next(page, 'Stap 3 van 10');
      await check('stap 3, leiden');
      await playAs(page, BRAM);
      await panelOf(page).locator('[data-part=tray]').waitFor();
      await check('stap 3, Bram met stickers');
      await playAs(page, ANNA);
      for (const n of [4, 5, 6]) await next(page, `Stap ${n} van 10`);
      // Stap 6: everyone writes for themselves in the panel; the region is hidden under a cover.
      await playAs(page, CHRIS);
      const box = panelOf(page).locator('[data-part=private]');
      await box.locator('textarea').fill('Mijn probleem is dat ik te snel help');
      await box.locator('[data-action=add-note]').click();
      await box.locator('[data-action=done]').click();
      await box.locator('[data-action=done][aria-pressed=true]').waitFor();
      await check('stap 6, Chris schrijft privé');
      await playAs(page, ANNA);
      await panelOf(page)
        .getByText(/1 van \d+ klaar/)
        .waitFor();
      expect(problems).toEqual([]);
      expect(await titleOf(page, 'Mijn probleem is')).toMatch(/privé/);
      expect((await shapeTexts(page)).some((t) => t.includes('Verborgen tot de onthulling'))).toBe(
        true,
      );
      await snap(page, 'tien-stappen-06-bedekt');
      const reveal = panelOf(page).locator('[data-reveal]').first();
      if (await reveal.isVisible().catch(() => false)) {
        await reveal.click();
        await page.waitForTimeout(500);
        await snap(page, 'tien-stappen-06-onthuld');
      }
      for (const n of [7, 8, 9]) await next(page, `Stap ${n} van 10`);
      expect(await titleOf(page, 'Krachten en wegen')).toMatch(/open/);
      // Stap 10 asks the inbrenger's consent first.
      await next(page, 'Stap 10 van 10');
      expect(await titleOf(page, 'Wat ik ermee doe')).toMatch(/open/);
      await snap(page, 'tien-stappen-10');
      await panelOf(page).locator('[data-action=finish]').first().click();
      await panelOf(page).locator('[data-action=confirm]').click();
      await page.waitForTimeout(500);
      await snap(page, 'tien-stappen-afgerond');
      expect(await frameOfSticky(page, 'Ik vind dat…')).toContain('Parkeerplaats');
      await context.close();
    });
  });

  it('gives every panel screen no serious or critical axe violations, for the facilitator and a participant', async () => {
    await timed('axe on the panel', async () => {
      const { page, context } = await fresh();
      const panel = panelOf(page);
      const problems: string[] = [];
      const check = async (where: string) =>
        problems.push(...(await axeProblems(page)).map((p) => `${where}: ${p}`));
      await check('kies een methode');
      await panel
        .getByRole('button', { name: /Post-it methode/ })
        .first()
        .click();
      await check('kies een methode, kaart open');
      await panel.locator('[data-action=use]').click();
      await panel.locator('#ip-inbrenger').waitFor();
      await check('wie doet mee');
      await panel.locator('#ip-inbrenger').selectOption(BRAM);
      await panel.locator('[data-action=to-board]').click();
      await panel.locator('[data-action=generate]').waitFor();
      await check('op het bord zetten');
      await panel.locator('[data-action=generate]').click();
      await panel.locator('[data-action=start]').waitFor({ timeout: 30_000 });
      await check('bord klaar');
      await panel.locator('[data-action=start]').click();
      await panel.locator('[data-action=next]').waitFor({ timeout: 10_000 });
      await check('sessie leiden');
      await panel.locator('[data-timer=pause]').click();
      await panel.locator('[data-timer=resume]').waitFor();
      await panel.locator('[data-action=goto]').click();
      await check('sessie leiden, gepauzeerd, ga naar');
      await playAs(page, CHRIS);
      await check('meedoen (Chris)');
      await context.close();
      expect(problems).toEqual([]);
    });
  });

  it('keeps the board over a reload and empties it with Begin opnieuw', async () => {
    await timed('reload and reset', async () => {
      const { page, context } = await fresh();
      await setUp(page, /Post-it methode/);
      await playAs(page, BRAM);
      await addSticky(page, 'De vraag', 'Blijft na herladen');
      const before = await frameTitles(page);
      await page.waitForTimeout(700); // the board is saved 400 ms after a change
      await page.reload();
      await page.waitForSelector('[data-practice="ready"]');
      await page.locator('[data-type=frame]').first().waitFor();
      expect(await frameTitles(page)).toEqual(before);
      await expectStickyIn(page, 'Blijft na herladen', 'De vraag');
      expect(await page.getByTestId('play-as').inputValue()).toBe(BRAM);
      await page.getByRole('button', { name: 'Begin opnieuw' }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-type]').length === 0);
      await page.reload();
      await page.waitForSelector('[data-practice="ready"]');
      expect(await frameTitles(page)).toEqual([]);
      await context.close();
    });
  });
});
