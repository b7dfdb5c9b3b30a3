// In the room, on the practice board in Debian's Chromium: notes parked from three regions each
// get a cell of their own with their label, and a deleted column of the success flip-over comes
// back under the notes written on it. Screenshots go to test-artifacts/. Skipped, with a
// message, when /usr/bin/chromium is missing.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSticky, expectStickyIn, panelOf, playAs, placeAndStart } from './board-helpers';
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

const ART = 'test-artifacts';
const BRAM = 'u-bram';
const CHRIS = 'u-chris';
const ANNA = 'u-anna';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** As the facilitator: the method on the board with Bram as inbrenger, and started. */
const setUp = (page: Page, method: RegExp) => placeAndStart(page, method, BRAM);

/** Returns the drawn boxes of the stickies with these texts and of every parking label. */
function boxes(page: Page, texts: string[]) {
  return page.evaluate((wanted) => {
    const rect = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const notes = wanted.map((t) => {
      const s = [...document.querySelectorAll('[data-type=sticky_note]')].find((e) =>
        e.textContent?.includes(t),
      );
      return s ? rect(s) : null;
    });
    const labels = [...document.querySelectorAll('[data-type=text]')]
      .filter((e) => /Geparkeerd uit/.test(e.textContent ?? ''))
      .map((e) => ({ text: e.textContent ?? '', box: rect(e) }));
    return { notes, labels };
  }, texts);
}

describe.skipIf(!hasChromium)('in the room, on the practice board', { timeout: 150_000 }, () => {
  let server: PracticeServer;
  let chrome: Chromium;

  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    [server, chrome] = await Promise.all([startServer(), launchChromium()]);
  }, 60_000);

  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  const fresh = async () => {
    const context = await chrome.newContext();
    const page = await openBoard(context, server.url());
    page.on('dialog', (d) => void d.accept());
    await panelOf(page).locator('.ip-panel').waitFor();
    return { page, context };
  };

  it('parks five notes from three regions, each in a cell of its own with its label under it', async () => {
    const { page, context } = await fresh();
    await setUp(page, /10 stappen methode/);
    // Stap 1: only the inbrenger sketches the situation; the rest of the board is not open yet.
    const notes: [string, string, string][] = [
      [CHRIS, 'De probleemsituatie', 'Situatie volgens Chris'],
      [CHRIS, 'Krachten en wegen', 'Kracht een'],
      [BRAM, 'Krachten en wegen', 'Kracht van Bram'],
      [CHRIS, 'Krachten en wegen', 'Kracht twee'],
      [CHRIS, 'Wat ik ermee doe', 'Actie te vroeg'],
    ];
    let playing = ANNA;
    for (const [who, region, text] of notes) {
      if (who !== playing) await playAs(page, who);
      playing = who;
      await addSticky(page, region, text);
      await expectStickyIn(page, text, 'Parkeerplaats').catch(async (e: unknown) => {
        await page.screenshot({ path: `${ART}/parking-failed.png` });
        throw e;
      });
    }
    await playAs(page, ANNA);
    await page.getByTestId('fit').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ART}/parking-five-notes.png` });
    const texts = notes.map((n) => n[2]);
    const { notes: drawn, labels } = await boxes(page, texts);
    expect(drawn.every((b) => b !== null)).toBe(true);
    expect(labels).toHaveLength(5);
    // Labels name the region as the board does.
    for (const region of ['De probleemsituatie', 'Krachten en wegen', 'Wat ik ermee doe'])
      expect(labels.some((l) => l.text.includes(`Geparkeerd uit ${region}`))).toBe(true);
    const all = [...(drawn as Box[]), ...labels.map((l) => l.box)];
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++)
        expect(overlap(all[i]!, all[j]!), `items ${i} and ${j} overlap`).toBe(false);
    await context.close();
  });

  it('R39: brings a deleted column of the success flip-over back under the notes on it', async () => {
    const { page, context } = await fresh();
    await setUp(page, /Leren van successen/);
    const panel = panelOf(page);
    // On to the phase where the two columns are written in.
    for (let i = 0; i < 4; i++) {
      const title = await page
        .locator('[data-type=frame][data-title*="Succesfactoren"]')
        .first()
        .getAttribute('data-title');
      if (title && !/bewaakt/.test(title)) break;
      const confirm = panel.locator('[data-action=confirm]');
      if (await confirm.count()) await confirm.click();
      else await panel.locator('[data-action=next]').click();
      await page.waitForTimeout(500);
    }
    await playAs(page, BRAM);
    await page.getByTestId('fit').click();
    // The left column: the tallest shapes in the frame, leftmost first.
    const column = await page.evaluate(() => {
      const frame = document
        .querySelector('[data-type=frame][data-title*="Succesfactoren"] > rect')
        ?.getBoundingClientRect();
      if (!frame) return undefined;
      const c = [...document.querySelectorAll('[data-type=shape]')]
        .map((s) => ({ id: s.getAttribute('data-id'), r: s.getBoundingClientRect() }))
        .filter(({ r }) => r.height > frame.height * 0.5 && r.left >= frame.left - 1)
        .sort((a, b) => a.r.left - b.r.left)[0];
      return c && { id: c.id, x: c.r.left + c.r.width / 2, top: c.r.top, height: c.r.height };
    });
    expect(column).toBeDefined();
    const { id, x, top, height } = column!;
    for (const [text, at] of [
      ['Ze nam het initiatief', 0.25],
      ['Ze vroeg om hulp', 0.55],
    ] as const) {
      await page.getByRole('button', { name: '+ Notitie' }).click();
      await page.mouse.click(x, top + height * at);
      const editor = page.locator('textarea.pb-edit');
      await editor.fill(text);
      await editor.press('Control+Enter');
      await page.locator('[data-type=sticky_note]', { hasText: text }).first().waitFor();
    }
    await page.screenshot({ path: `${ART}/column-before-delete.png` });
    // Chris deletes the left column shape: a click on an empty part of it, then 'Verwijder'.
    await playAs(page, CHRIS);
    await page.getByTestId('fit').click();
    await page.mouse.click(x, top + height - 15);
    await page.getByRole('button', { name: 'Verwijder' }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${ART}/restored-column-notes-visible.png` });
    // The column that stands there now is a new shape: the deleted one came back.
    const now = await page.evaluate(
      ([x, y]) =>
        document.elementFromPoint(x!, y!)?.closest('[data-type=shape]')?.getAttribute('data-id'),
      [x, top + height - 15],
    );
    expect(now).toBeTruthy();
    expect(now).not.toBe(id);
    // Both notes are drawn on top: the topmost element at each note's centre is the note.
    const onTop = await page.evaluate(
      (texts) =>
        texts.map((t) => {
          const s = [...document.querySelectorAll('[data-type=sticky_note]')].find((e) =>
            e.textContent?.includes(t),
          );
          if (!s) return false;
          const r = s.getBoundingClientRect();
          const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return !!hit && s.contains(hit);
        }),
      ['Ze nam het initiatief', 'Ze vroeg om hulp'],
    );
    expect(onTop).toEqual([true, true]);
    await context.close();
  });
});
