// @vitest-environment happy-dom
// Afronden from the facilitator's panel on a live board: ending the session records the group's
// history, and 'Verslag op het bord' puts the verslag frame on the board and says so.
import { afterEach, describe, expect, it } from 'vitest';
import { HISTORY_COLLECTION, HISTORY_KEY } from '../../src/board/history';
import { methods } from '../../src/catalog/methods';
import { FOUR, FOUR_ROLES, liveBoard } from './live';
import type { Live } from './live';

const postIt = methods.byId('post-it')!;
let live: Live | null = null;
afterEach(() => live?.cleanup());

describe('Afronden in the panel', () => {
  it('records the history at the end and puts the verslag on the board', async () => {
    // Post-it asks two members at least: with fewer the session could not start.
    const l = (live = await liveBoard(postIt, FOUR, FOUR_ROLES));
    const fee = await l.panel('u-fee', 'lead');
    const frames = () => l.sim.inspect.items().filter((i) => i.type === 'frame').length;
    const before = frames();
    await fee.click('.ip-footer [data-action="finish"]');
    await fee.click('[data-part="confirm"] [data-action="confirm"]');
    await fee.until(() => fee.has('[data-report="board"]'), 'the report actions');
    await l.settle();
    await fee.until(
      () => !!l.sim.inspect.collection(HISTORY_COLLECTION)[HISTORY_KEY],
      'the history',
    );
    await fee.click('[data-report="board"]');
    await fee.until(() => fee.text().includes('Het verslag staat op het bord.'), 'the verslag');
    expect(frames()).toBe(before + 1);
  });
});
