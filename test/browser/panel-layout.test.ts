// The panel at Miro's size in Debian's Chromium: a 320 px column, 700 px high, on the practice
// board. Nothing overflows sideways, the phase's main action stays in view (consent, reveal,
// Volgende), paired buttons line up, one control per rating; screenshots go to test-artifacts/.
// Skipped, with a message, when /usr/bin/chromium is missing.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { panelOf, playAs, placeAndStart } from './board-helpers';
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

const WIDTH = 320;
const HEIGHT = 700;
const ARTIFACTS = 'test-artifacts';
const BRAM = 'u-bram';
const CHRIS = 'u-chris';

/** Narrows the practice board's panel column to `width` (Miro's panel content is 292–320 px). */
async function narrow(page: Page, width = WIDTH): Promise<void> {
  await page.addStyleTag({
    content: `.pb-page { grid-template-columns: ${width}px 1fr !important; }
      .pb-panel { width: ${width}px !important; }`,
  });
}

/** As the facilitator: the method on the board with Bram as inbrenger, and started. */
const setUp = (page: Page, method: RegExp) => placeAndStart(page, method, BRAM);

/** As the facilitator: 'Volgende' until the panel shows step `n` of `m`, or a confirm step. */
async function nextTo(page: Page, n: number, m: number): Promise<void> {
  const panel = panelOf(page);
  const reached = panel.getByText(`Stap ${n} van ${m}`).first();
  for (let i = 0; i < 4 && !(await reached.isVisible().catch(() => false)); i++) {
    await panel.locator('[data-action=next]').click();
    await page.waitForTimeout(300);
    if (await panel.locator('[data-part=confirm]').count()) return;
  }
  await reached.waitFor({ timeout: 5_000 });
}

/** Returns what sticks out of the panel sideways or is cut off inside a button, one line each. */
function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-testid=panel]')!;
    const box = panel.getBoundingClientRect();
    const out: string[] = [];
    if (panel.scrollWidth > panel.clientWidth) out.push(`panel scrolls sideways`);
    for (const el of panel.querySelectorAll<HTMLElement>('.ip-panel *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      const what = `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 30)}"`;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`${what} sticks out`);
      else if (el.tagName === 'BUTTON' && el.scrollWidth > el.clientWidth + 1)
        out.push(`${what} is cut off`);
    }
    return out;
  });
}

/** Expects the control wholly inside the panel's visible area, without scrolling. */
async function expectInView(page: Page, control: Locator): Promise<void> {
  const panel = await panelOf(page).boundingBox();
  const box = await control.boundingBox();
  expect(box, 'the control is drawn').not.toBeNull();
  expect(panel).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(panel!.y);
  expect(box!.y + box!.height).toBeLessThanOrEqual(Math.min(panel!.y + panel!.height, HEIGHT));
  expect(box!.x + box!.width).toBeLessThanOrEqual(panel!.x + panel!.width + 0.5);
}

/** Expects the buttons on one line with the same height and top. */
async function expectLinedUp(buttons: Locator): Promise<void> {
  const boxes = await buttons.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { top: Math.round(r.top), height: Math.round(r.height) };
    }),
  );
  expect(boxes.length).toBeGreaterThan(1);
  for (const b of boxes) expect(b).toEqual(boxes[0]);
}

const shot = (page: Page, name: string) =>
  panelOf(page).screenshot({ path: `${ARTIFACTS}/${name}.png` });

describe.skipIf(!hasChromium)('the panel at 320 × 700 in Chromium', { timeout: 180_000 }, () => {
  let server: PracticeServer;
  let chrome: Chromium;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [server, chrome] = await Promise.all([
      startServer(),
      launchChromium({ width: 1200, height: HEIGHT }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  const fresh = async (clock = false): Promise<Page> => {
    const context = await chrome.newContext();
    if (clock) await context.clock.install();
    const page = await openBoard(context, server.url());
    page.on('dialog', (d) => void d.accept());
    await narrow(page);
    await panelOf(page).locator('.ip-panel').waitFor();
    return page;
  };

  it('keeps the consent and the reveal in view in 10 stappen; nothing overflows in any step', async () => {
    const page = await fresh();
    const panel = panelOf(page);
    expect(await overflows(page)).toEqual([]);
    await shot(page, 'panel-320-kies');
    await setUp(page, /10 stappen methode/);
    const problems: string[] = [];
    for (let n = 1; n <= 9; n++) {
      if (n > 1) await nextTo(page, n, 10);
      problems.push(...(await overflows(page)).map((p) => `stap ${n}: ${p}`));
      await expectInView(page, panel.locator('[data-action=next]'));
      await expectLinedUp(panel.locator('.ip-footer .ip-row').first().locator('button'));
      if (n === 3) {
        // One control per rating, in the facilitator's panel and in the inbrenger's.
        expect(await panel.locator('[data-part=tray] button').count()).toBe(3);
        await playAs(page, BRAM);
        const tray = panel.locator('[data-part=tray]');
        await tray.waitFor();
        expect(await tray.locator('button').count()).toBe(3);
        expect(await tray.locator('.miro-draggable[data-rate]').count()).toBe(3);
        await expectLinedUp(tray.locator('button'));
        expect(await panel.locator('[data-fact=may]').innerText()).toContain('waarderen');
        problems.push(...(await overflows(page)).map((p) => `stap 3, Bram: ${p}`));
        await shot(page, 'panel-320-stap-3-inbrenger-waardeert');
        await playAs(page, 'u-anna');
      }
      if (n === 6) {
        // Stap 6: the reveal comes after one more Volgende, with Volgende still in view.
        await expectLinedUp(panel.locator('[data-timer]'));
        await panel.locator('[data-action=next]').click();
        const reveal = panel.locator('[data-reveal]').first();
        await reveal.waitFor();
        await expectInView(page, reveal);
        await expectInView(page, panel.locator('[data-action=next]'));
        await expectLinedUp(panel.locator('[data-reveal]'));
        problems.push(...(await overflows(page)).map((p) => `stap 6, onthullen: ${p}`));
        await shot(page, 'panel-320-stap-6-onthullen');
      }
    }
    // Volgende from stap 9 asks the inbrenger's yes (R22): the answer is in view and fits.
    await panel.locator('[data-action=next]').click();
    const yes = panel.locator('[data-part=confirm] [data-action=confirm]');
    await yes.waitFor();
    expect(await yes.innerText()).toContain('Ja, de inbrenger stemt in');
    await expectInView(page, yes);
    await expectLinedUp(panel.locator('[data-part=confirm] button'));
    problems.push(...(await overflows(page)).map((p) => `instemming: ${p}`));
    await shot(page, 'panel-320-instemming');
    await yes.click();
    await panel.getByText('Stap 10 van 10').first().waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps the balint reveal and Volgende in view at 292 px as well', async () => {
    const page = await fresh();
    await narrow(page, 292);
    const panel = panelOf(page);
    await setUp(page, /Balintmethode/);
    const at = async () => panel.locator('[data-reveal]').count();
    for (let i = 0; i < 8 && !(await at()); i++) {
      await panel.locator('[data-action=next]').click();
      await page.waitForTimeout(300);
    }
    await expectInView(page, panel.locator('[data-reveal]').first());
    await expectInView(page, panel.locator('[data-action=next]'));
    expect(await overflows(page)).toEqual([]);
    await shot(page, 'panel-292-balint-onthullen');
    await page.context().close();
  });

  it('shows a participant’s panel when the phase’s time is up', async () => {
    const page = await fresh(true);
    const panel = panelOf(page);
    await setUp(page, /Post-it methode/);
    await nextTo(page, 2, 3);
    await page.clock.fastForward('07:00'); // stap 2 is 6 minutes
    await page.waitForTimeout(1_200);
    expect(await panel.locator('[role=timer]').innerText()).toContain('00:00');
    // The facilitator's choice at 00:00: the words, +1 min and Volgende, all in view together.
    const said = panel.locator('[role=status][data-fact=time-up]');
    expect(await said.innerText()).toContain('De tijd is om');
    await expectInView(page, said);
    await expectInView(page, panel.locator('[data-timer=plus]'));
    await expectInView(page, panel.locator('[data-action=next]'));
    expect(await overflows(page)).toEqual([]);
    await shot(page, 'panel-320-tijd-om-gespreksleider');
    await playAs(page, CHRIS);
    await page.waitForTimeout(1_200);
    expect(await panel.locator('[data-fact=may]').innerText()).toContain(
      'schrijven in Tips en aanbevelingen',
    );
    // Every participant sees the same timer at 00:00 and is told the time is up (read only).
    expect(await panel.locator('[role=timer]').innerText()).toContain('00:00');
    expect(await said.innerText()).toContain('De tijd is om');
    await expectInView(page, said);
    expect(await panel.locator('[data-timer]').count()).toBe(0);
    expect(await overflows(page)).toEqual([]);
    await shot(page, 'panel-320-tijd-om-deelnemer');
    await page.context().close();
  });
});
