import { describe, expect, it } from 'vitest';
import { setupBoard, type Board } from './fixtures';

const poll = async (b: Board) => {
  const fac = b.guards.get('u-fac')!.reconciler;
  b.sim.clock.advance(fac.intervalMs);
  await fac.tick();
  await b.settle();
};

describe('a put-back template item lies behind the notes', () => {
  it('R39: a deleted column shape of the success flip-over comes back under the notes written on it', async () => {
    const b = await setupBoard('successen');
    const at = b.method.phases.findIndex((p) => p.regions.succesfactoren?.state === 'open');
    await b.setPlace(at);
    // The left column: the inbrenger's own part of the success.
    const column = Object.entries(b.map).find(([k]) => k === 'successen/succesfactoren/column/1')!;
    const box = b.sim.inspect.absolute(column[1]);
    const writer =
      b.method.phases[at]!.regions.succesfactoren!.state === 'open' ? 'u-ann' : 'u-bob';
    const notes = ['Ze nam het initiatief', 'Ze vroeg om hulp'].map((content, i) =>
      b.sim.as(writer).act.create('sticky_note', {
        x: box.x,
        y: box.y - 100 + i * 200,
        content,
        width: 100,
      }),
    );
    await b.settle();
    for (const n of notes) expect(b.sim.inspect.visible(n.id)).toBe(true);
    b.sim.as('u-cas').act.remove(column[1]);
    await b.settle();
    await poll(b);
    const back = b.map[column[0]]!;
    expect(back).not.toBe(column[1]);
    expect(b.sim.inspect.absolute(back)).toMatchObject({ x: box.x, y: box.y });
    for (const n of notes) {
      expect(b.sim.inspect.itemById(n.id)).toBeDefined();
      expect(b.sim.inspect.visible(n.id)).toBe(true);
    }
  });
});
