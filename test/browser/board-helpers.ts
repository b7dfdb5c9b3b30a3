// What a person does on the practice board in the browser tests, and what the tests read back
// from the drawn board (frame titles, where a sticky lies). Only through the page, as a person.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const panelOf = (page: Page) => page.locator('[data-testid=panel]');

/**
 * As the facilitator: picks the method, `inbrenger` as inbrenger, places it on the board, then
 * presses Start (placing and starting are two steps) and waits for step 1.
 */
export async function placeAndStart(page: Page, method: RegExp, inbrenger: string): Promise<void> {
  const panel = panelOf(page);
  await panel.getByRole('button', { name: method }).first().click();
  await panel.locator('[data-action=use]').click();
  await panel.locator('#ip-inbrenger').selectOption(inbrenger);
  await panel.locator('[data-action=to-board]').click();
  await panel.locator('[data-action=generate]').click();
  await panel.locator('[data-action=start]').waitFor({ timeout: 30_000 });
  await panel.locator('[data-action=start]').click();
  await panel.locator('[data-action=next]').waitFor({ timeout: 10_000 });
}

/** Switches 'Speel als' to a user and waits for that user's panel. */
export async function playAs(page: Page, userId: string): Promise<void> {
  // The previous user's panel must be gone first, or the wait below would find it.
  const old = await panelOf(page)
    .locator('.ip-panel')
    .elementHandle({ timeout: 1_000 })
    .catch(() => null);
  await page.getByTestId('play-as').selectOption(userId);
  await old?.waitForElementState('hidden');
  await panelOf(page).locator('.ip-panel').waitFor();
}

/** Returns every frame title the board shows. */
export function frameTitles(page: Page): Promise<string[]> {
  return page
    .locator('[data-type=frame]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-title') ?? ''));
}

/** Returns the frame title containing `part` (throws when none does). */
export async function titleOf(page: Page, part: string): Promise<string> {
  const title = (await frameTitles(page)).find((t) => t.includes(part));
  if (!title) throw new Error(`No frame titled with '${part}'`);
  return title;
}

function frameRect(page: Page, part: string) {
  return page.locator(`[data-type=frame][data-title*="${part}"] > rect`).first();
}

/** Returns the screen centre of the first shape in frame `part` whose text starts with `slot`. */
function slotCentre(page: Page, part: string, slot: string) {
  return page.evaluate(
    ([part, slot]) => {
      const frame = document.querySelector(`[data-type=frame][data-title*="${part}"] > rect`);
      const f = frame?.getBoundingClientRect();
      if (!f) return undefined;
      for (const shape of document.querySelectorAll('[data-type=shape]')) {
        const r = shape.getBoundingClientRect();
        const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
        const inside = x >= f.left && x <= f.right && y >= f.top && y <= f.bottom;
        if (inside && shape.textContent?.trim().startsWith(slot)) return { x, y };
      }
      return undefined;
    },
    [part, slot] as const,
  );
}

/**
 * Writes a sticky note in the frame titled with `part` ('+ Notitie', a click, type, Ctrl+Enter);
 * with `slot`, on the slot shape whose text starts with it (a person's own place).
 */
export async function addSticky(page: Page, part: string, text: string, slot?: string) {
  await page.getByTestId('fit').click();
  const box = await frameRect(page, part).boundingBox();
  if (!box) throw new Error(`Frame '${part}' is not drawn`);
  const at = slot
    ? await slotCentre(page, part, slot)
    : { x: box.x + box.width * 0.3, y: box.y + box.height * 0.6 };
  if (!at) throw new Error(`No slot '${slot}' in frame '${part}'`);
  await page.getByRole('button', { name: '+ Notitie' }).click();
  await page.mouse.click(at.x, at.y);
  const editor = page.locator('textarea.pb-edit');
  await editor.fill(text);
  await editor.press('Control+Enter');
  await page.locator('[data-type=sticky_note]', { hasText: text }).first().waitFor();
}

/** Resolves with the title of the frame whose box holds the centre of the sticky with `text`. */
export async function frameOfSticky(page: Page, text: string): Promise<string | undefined> {
  return page.evaluate((wanted) => {
    const sticky = [...document.querySelectorAll('[data-type=sticky_note]')].find((s) =>
      s.textContent?.includes(wanted),
    );
    if (!sticky) return undefined;
    const s = sticky.getBoundingClientRect();
    const [cx, cy] = [s.x + s.width / 2, s.y + s.height / 2];
    const frames = [...document.querySelectorAll('[data-type=frame]')].map((f) => ({
      title: f.getAttribute('data-title') ?? '',
      r: f.querySelector('rect')!.getBoundingClientRect(),
    }));
    const inside = frames.filter(
      ({ r }) => cx >= r.left && cx <= r.right && cy >= r.top && cy <= r.bottom,
    );
    inside.sort((a, b) => a.r.width * a.r.height - b.r.width * b.r.height);
    return inside[0]?.title;
  }, text);
}

/** Waits until the sticky with `text` lies in the frame titled with `part`. */
export async function expectStickyIn(page: Page, text: string, part: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last: string | undefined;
  while (Date.now() < deadline) {
    last = await frameOfSticky(page, text);
    if (last?.includes(part)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`Sticky '${text}' lies in '${last ?? 'no frame'}', not in '${part}'`);
}

/** Returns the texts of the shapes the board shows (covers say what they hide). */
export function shapeTexts(page: Page): Promise<string[]> {
  return page
    .locator('[data-type=shape]')
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
}

const require = createRequire(import.meta.url);

/** Runs axe-core on the panel; returns the serious and critical violations, one line each. */
export async function axeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<unknown> } }).axe;
    const result = (await axe.run({ include: [['[data-testid=panel]']] })) as {
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

/** Saves a full-page screenshot under test-results/. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/${name}.png` });
}
