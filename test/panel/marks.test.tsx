// @vitest-environment happy-dom
// Marks from the panel: in a mark-answered phase the inbrenger marks the selected question
// 'beantwoord' (again takes it off); the buttons show only in such phases and only to who may mark.
import { afterEach, describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import { FOUR, FOUR_ROLES, bobsQuestion, liveBoard, tagTitles } from './live';
import type { Live } from './live';

const tien = methods.byId('tien-stappen')!;
const WRITE = tien.phases.findIndex((p) => p.id === 'vragen');
const ANSWER = tien.phases.findIndex((p) => p.actions.some((a) => a.kind === 'mark-answered'));

let live: Live | null = null;
afterEach(() => live?.cleanup());

async function question(phase: number) {
  const l = (live = await liveBoard(tien, FOUR, FOUR_ROLES));
  return { l, q: await bobsQuestion(l, WRITE, phase) };
}

describe('marks from the panel', () => {
  it('lets the inbrenger mark the selected question beantwoord, and take the mark off again', async () => {
    const { l, q } = await question(ANSWER);
    const ann = await l.panel('u-ann', 'join');
    expect(ann.$$('[data-part="marks"] [data-mark]').map((b) => b.dataset.mark)).toEqual([
      'beantwoord',
    ]);
    l.sim.as('u-ann').act.select([q.id]);
    await ann.click('[data-mark="beantwoord"]');
    await ann.until(() => ann.text().includes('Gemarkeerd: beantwoord.'), 'the mark');
    expect(tagTitles(l, q.id)).toEqual(['✓ beantwoord']);
    await ann.click('[data-mark="beantwoord"]');
    await ann.until(() => ann.text().includes('Markering beantwoord eraf.'), 'the unmark');
    expect(tagTitles(l, q.id)).toEqual([]);
  });

  it('shows no mark buttons to a member, nor to anyone outside a marking phase', async () => {
    const { l } = await question(ANSWER);
    const bob = await l.panel('u-bob', 'join');
    const fee = await l.panel('u-fee', 'lead');
    expect(bob.has('[data-part="marks"]')).toBe(false);
    expect(fee.has('[data-part="marks"]')).toBe(false);
    await l.handle.previous();
    await l.settle();
    const ann = await l.panel('u-ann', 'join');
    expect(ann.has('[data-part="marks"]')).toBe(false);
  });
});
