// @vitest-environment happy-dom
// The sticker tray on a live board (R17): the inbrenger rates a question from the panel by
// select-and-click and by dropping a sticker; a member gets no tray, and the facilitator, who is
// not the inbrenger, is refused with a message.
import { afterEach, describe, expect, it } from 'vitest';
import { frameKey } from '../../src/board/render-visual';
import { methods } from '../../src/catalog/methods';
import { FOUR, FOUR_ROLES, bobsQuestion, liveBoard, tagTitles } from './live';
import type { Live } from './live';

const tien = methods.byId('tien-stappen')!;
const WRITE = tien.phases.findIndex((p) => p.id === 'vragen');
const RATE = tien.phases.findIndex((p) => p.actions.some((a) => a.kind === 'rate'));

let live: Live | null = null;
afterEach(() => live?.cleanup());

/** Bob's question in his own slot of 'vragen', then the rating phase. */
async function question() {
  const l = (live = await liveBoard(tien, FOUR, FOUR_ROLES));
  return { l, q: await bobsQuestion(l, WRITE, RATE) };
}

const stickers = (l: Live) =>
  l.sim.inspect.items().filter((i) => i.type === 'shape' && i.width === 96);

describe('the sticker tray on the board', () => {
  it('R17: the inbrenger selects a question and clicks warm: a tag and a sticker appear', async () => {
    const { l, q } = await question();
    const ann = await l.panel('u-ann', 'join');
    l.sim.as('u-ann').act.select([q.id]);
    await ann.click('[data-rate="warm"]');
    await l.settle();
    await ann.until(() => ann.has('[data-part="tray"] [role="status"]'), 'the rated note');
    expect(ann.$('[data-part="tray"] [role="status"]').textContent).toBe('Gewaardeerd: warm.');
    expect(tagTitles(l, q.id)).toEqual([expect.stringMatching(/warm$/)]);
    expect(stickers(l).map((s) => s.content)).toEqual(['<p><strong>+</strong> warm</p>']);
    const frame = l.map[frameKey(tien.id, 'vragen')];
    expect(stickers(l)[0]!.parentId).toBe(frame);
  });

  it('R17: a sticker dropped on the question rates it with the running guard, replacing the rating', async () => {
    const { l, q } = await question();
    const running = l.guards.get('u-ann')!;
    const ann = await l.panel('u-ann', 'join', { guard: () => running.guard });
    l.sim.as('u-ann').act.select([q.id]);
    await ann.click('[data-rate="warm"]');
    await l.settle();
    await l.sim.as('u-ann').board.ui.openPanel({ url: 'index.html?view=panel' });
    const at = l.sim.inspect.absolute(q.id);
    l.sim.as('u-ann').act.drop(at.x, at.y, ann.$('.miro-draggable[data-rating="koud"]'));
    await l.settle();
    await ann.until(() => ann.text().includes('Gewaardeerd: koud.'), 'the drop’s outcome');
    expect(tagTitles(l, q.id)).toEqual([expect.stringMatching(/koud$/)]);
    expect(stickers(l).map((s) => s.content)).toEqual(['<p><strong>−</strong> koud</p>']);
  });

  it('R17: a member gets no tray; the facilitator, not the inbrenger, is refused with a message', async () => {
    const { l, q } = await question();
    const bob = await l.panel('u-bob', 'join');
    expect(bob.has('[data-part="tray"]')).toBe(false);
    const fee = await l.panel('u-fee', 'lead');
    l.sim.as('u-fee').act.select([q.id]);
    await fee.click('[data-part="tray"] [data-rate="warm"]');
    await fee.until(() => fee.has('[data-part="tray"] [role="alert"]'), 'the refusal');
    expect(fee.$('[data-part="tray"] [role="alert"]').textContent).toBe(
      'Alleen de inbrenger waardeert in deze fase.',
    );
    await l.settle();
    expect(stickers(l)).toEqual([]);
    expect(tagTitles(l, q.id)).toEqual([]);
  });
});
