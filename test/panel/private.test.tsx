// @vitest-environment happy-dom
// Private writing and reveal end to end (R34): the facilitator's panel and two participants'
// panels on one simulated board, each with its own notes storage; 'Klaar' counts, and the reveal
// puts every note in the region once, with or without names.
import { afterEach, describe, expect, it } from 'vitest';
import { frameKey } from '../../src/board/render-visual';
import { methods } from '../../src/catalog/methods';
import type { SimulatedMiro } from '../../src/miro/simulator/index';
import { writePrivate } from './helpers';
import type { Harness } from './helpers';
import { FIVE, FIVE_ROLES, liveBoard, stickyTexts } from './live';
import type { Live } from './live';
import { COLLECTION } from '../../src/storage/keys';

const balint = methods.byId('balint')!;
const AT = balint.phases.findIndex((p) => p.actions.some((a) => a.kind === 'reveal'));

let live: Live | null = null;
afterEach(() => live?.cleanup());

/** A running balint session at its private-writing phase, guards on every client. */
async function board(): Promise<{ sim: SimulatedMiro; frameId: string; l: Live }> {
  const l = (live = await liveBoard(balint, FIVE, FIVE_ROLES));
  await l.handle.goto(AT, { confirmed: true });
  await l.settle();
  return { sim: l.sim, frameId: l.map[frameKey(balint.id, 'associaties')]!, l };
}

const settle = async (_sim: SimulatedMiro, _panels: Harness[]) => live!.settle();

async function writeAll() {
  const { sim, frameId, l } = await board();
  const fee = await l.panel('u-fee', 'lead');
  const bob = await l.panel('u-bob', 'join');
  const cas = await l.panel('u-cas', 'join');
  const all = [fee, bob, cas];
  await writePrivate(bob, 'Bob denkt aan een storm');
  await writePrivate(cas, 'Cas ziet een muur');
  // The facilitator writes for Eva, who is in the room without Miro.
  expect(fee.$('[data-part="private"]').textContent).toContain('alleen jij ziet dit');
  await writePrivate(fee, 'Eva hoort een echo');
  await settle(sim, all);
  return { sim, frameId, fee, bob, cas, all };
}

describe('private writing and reveal across panels', () => {
  it('shows the facilitator who is done: participants press Klaar in their own box', async () => {
    const { sim, l } = await board();
    const fee = await l.panel('u-fee', 'lead');
    const bob = await l.panel('u-bob', 'join');
    await bob.type('#ip-private', 'Een storm');
    await bob.submit('[data-part="private"]');
    await bob.click('[data-action="done"]');
    await settle(sim, [fee, bob]);
    await fee.until(() => fee.text().includes('1 van 3 klaar'), 'one of three done');
    expect(bob.$('[data-action="done"]').getAttribute('aria-pressed')).toBe('true');
    const stored = sim.inspect.collection(COLLECTION)[`progress:s-balint:${AT}`];
    expect(stored).toEqual(['u-bob']);
    await bob.click('[data-action="done"]');
    await settle(sim, [fee, bob]);
    await fee.until(() => fee.text().includes('0 van 3 klaar'), 'none done');
  });

  it('R34: reveals every note once in the region with names, even when pressed twice', async () => {
    const { sim, frameId, fee, all } = await writeAll();
    await fee.until(() => fee.text().includes('3 van 3 klaar'), 'three of three done');
    expect(stickyTexts(sim, frameId)).toEqual([]);
    const button = fee.$('[data-reveal="with"]');
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(sim, all);
    await fee.until(() => stickyTexts(sim, frameId).length >= 3, 'the notes on the board');
    await settle(sim, all);
    expect(stickyTexts(sim, frameId)).toEqual([
      '<p><strong>Bob:</strong> Bob denkt aan een storm</p>',
      '<p><strong>Cas:</strong> Cas ziet een muur</p>',
      // Eva is not on Miro: the facilitator's client posts hers, signed, not 'Eva:' (as if written for her).
      '<p>Eva hoort een echo</p><p>— Eva</p>',
    ]);
    expect(fee.has('[data-part="reveal"]')).toBe(false);
  });

  it('R34: without names the notes carry only their text', async () => {
    const { sim, frameId, fee, bob, all } = await writeAll();
    await fee.click('[data-reveal="without"]');
    await settle(sim, all);
    await fee.until(() => stickyTexts(sim, frameId).length >= 3, 'the notes on the board');
    expect(stickyTexts(sim, frameId)).toEqual([
      '<p>Bob denkt aan een storm</p>',
      '<p>Cas ziet een muur</p>',
      '<p>Eva hoort een echo</p>',
    ]);
    expect(bob.$$('.ip-notes li')).toHaveLength(0);
  });
});
