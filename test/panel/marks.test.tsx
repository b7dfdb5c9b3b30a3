// @vitest-environment happy-dom
// Marks from the panel: in a mark-answered phase the inbrenger marks the selected question
// 'beantwoord' (again takes it off); the buttons show only in such phases and only to who may mark.
import { afterEach, describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import { liveBoard } from './live';
import type { Live } from './live';

const tien = methods.byId('tien-stappen')!;
const WRITE = tien.phases.findIndex((p) => p.id === 'vragen');
const ANSWER = tien.phases.findIndex((p) => p.actions.some((a) => a.kind === 'mark-answered'));
const PEOPLE = ['Fee', 'Ann', 'Bob', 'Cas'].map((name) => ({
  id: `u-${name.toLowerCase()}`,
  name,
  onMiro: true,
}));
const ROLES: Record<string, string[]> = {
  'u-fee': ['gespreksleider'],
  'u-ann': ['inbrenger'],
  'u-bob': ['groepslid'],
  'u-cas': ['groepslid'],
};

let live: Live | null = null;
afterEach(() => live?.cleanup());

async function question(phase: number) {
  const l = (live = await liveBoard(tien, PEOPLE, ROLES));
  await l.handle.goto(WRITE, { confirmed: true });
  await l.settle();
  const slot = Object.keys(l.map).find((k) => k.includes('/vragen/slot/u-bob/'))!;
  const at = l.sim.inspect.absolute(l.map[slot]!);
  const q = l.sim
    .as('u-bob')
    .act.create('sticky_note', { x: at.x, y: at.y, content: 'Vraag', width: 150 });
  await l.settle();
  await l.handle.goto(phase, { confirmed: true });
  await l.settle();
  return { l, q };
}

const tagTitles = (l: Live, id: string) =>
  l.sim.inspect
    .itemById(id)!
    .tagIds.map((t) => l.sim.inspect.tags().find((x) => x.id === t)?.title);

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
