// @vitest-environment happy-dom
// 'Opnieuw onthullen' (R34): after a reveal that partly failed, the facilitator's lead view offers
// to post what the panel still holds; kept notes go up as their first reveal promised, so an
// anonymous leftover never shows an empty name when the region is later revealed with names.
import { afterEach, describe, expect, it } from 'vitest';
import { frameKey } from '../../src/board/render-visual';
import { methods } from '../../src/catalog/methods';
import type { Method } from '../../src/catalog/schema';
import { networkError } from '../../src/miro/simulator/errors';
import { writePrivate } from './helpers';
import type { Harness } from './helpers';
import { FIVE, FIVE_ROLES, liveBoard, memoryStorage, stickyTexts } from './live';
import type { Live } from './live';

let live: Live | null = null;
afterEach(() => live?.cleanup());

/** Waits in real time: a failed sticky is retried with pauses before the panel keeps it. */
async function waitFor(p: Harness, check: () => boolean, what: string) {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  await p.until(check, what);
}

/** A session at `phaseIndex` where the facilitator's createStickyNote fails while `box.failing`. */
async function session(method: Method, region: string, phaseIndex: number) {
  const box = { failing: false };
  const l = (live = await liveBoard(method, FIVE, FIVE_ROLES, {
    fail: (call) =>
      box.failing && call.kind === 'createStickyNote' && call.userId === 'u-fee'
        ? networkError(call.kind, call.n)
        : undefined,
  }));
  await l.handle.goto(phaseIndex, { confirmed: true });
  await l.settle();
  const frameId = l.map[frameKey(method.id, region)]!;
  const notesIn = () => stickyTexts(l.sim, frameId);
  const storage = memoryStorage();
  const fee = await l.panel('u-fee', 'lead', { storage });
  const kept = () =>
    (JSON.parse(storage.getItem(`intervisie:private:${l.handle.sessionId}`) ?? '[]') as unknown[])
      .length;
  const bob = await l.panel('u-bob', 'join');
  await writePrivate(bob, 'Bob denkt aan een storm');
  // The facilitator writes for Eva, who is in the room without Miro.
  await writePrivate(fee, 'Eva hoort een echo');
  await l.settle();
  return { l, box, fee, notesIn, kept };
}

describe('revealing again from the lead view', () => {
  const balint = methods.byId('balint')!;
  const AT = balint.phases.findIndex((p) => p.actions.some((a) => a.kind === 'reveal'));

  it('R34: Opnieuw onthullen appears only while notes are kept after a failed reveal, and posts them once', async () => {
    const { l, box, fee, notesIn } = await session(balint, 'associaties', AT);
    expect(fee.has('[data-action="reveal-again"]')).toBe(false);
    box.failing = true;
    await fee.click('[data-reveal="with"]');
    await l.settle();
    await waitFor(fee, () => fee.has('[data-action="reveal-again"]'), 'the reveal-again button');
    expect(fee.$('[data-fact="activity"]').textContent).toContain(
      'Niet alle notities konden op het bord',
    );
    expect(fee.$('[data-fact="kept"]').textContent).toBe('1 notitie staat nog in je paneel');
    expect(notesIn()).toEqual(['<p><strong>Bob:</strong> Bob denkt aan een storm</p>']);
    box.failing = false;
    await fee.click('[data-action="reveal-again"]');
    await l.settle();
    await waitFor(fee, () => !fee.has('[data-action="reveal-again"]'), 'the button gone');
    expect(notesIn()).toEqual([
      '<p><strong>Bob:</strong> Bob denkt aan een storm</p>',
      '<p>Eva hoort een echo</p><p>— Eva</p>',
    ]);
  });

  it('R34: a reveal that goes up whole offers no Opnieuw onthullen', async () => {
    const { l, fee, notesIn } = await session(balint, 'associaties', AT);
    await fee.click('[data-reveal="without"]');
    await l.settle();
    await waitFor(fee, () => notesIn().length === 2, 'both notes on the board');
    await l.settle();
    expect(fee.has('[data-action="reveal-again"]')).toBe(false);
  });

  it('R34: an anonymous note kept after a failed reveal goes up without a name when revealed again with names', async () => {
    const tien = methods.byId('tien-stappen')!;
    const writing = tien.phases.findIndex((p) =>
      p.actions.some((a) => a.kind === 'reveal' && a.names === 'ask'),
    );
    const { l, box, fee, notesIn, kept } = await session(tien, 'probleemstellingen', writing);
    expect((await l.handle.next()).ok).toBe(true); // the reveal's stage
    await l.settle();
    box.failing = true;
    await fee.until(() => fee.has('[data-reveal="without"]'), 'the reveal choice');
    await fee.click('[data-reveal="without"]');
    await l.settle();
    await waitFor(fee, () => kept() === 2, 'the kept notes');
    box.failing = false;
    // Two steps on the region is revealed with names (the inbrenger's own statement).
    expect((await l.handle.goto(writing + 2, { confirmed: true })).ok).toBe(true);
    await l.settle();
    await fee.until(() => fee.has('[data-reveal="with"]'), 'the reveal with names');
    await fee.click('[data-reveal="with"]');
    await l.settle();
    await waitFor(fee, () => notesIn().length === 2, 'the kept notes on the board');
    expect(notesIn()).toEqual(['<p>Bob denkt aan een storm</p>', '<p>Eva hoort een echo</p>']);
  });
});
