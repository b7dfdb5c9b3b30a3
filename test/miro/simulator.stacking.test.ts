import { describe, expect, it } from 'vitest';
import { createSimulatedMiro } from '../../src/miro/simulator';

const opaque = { fillColor: '#cccccc', fillOpacity: 1 };

describe('simulated Miro: stacking order', () => {
  it('puts a new item on top: a sticky written after an opaque cover shows above it', async () => {
    const sim = createSimulatedMiro();
    const before = await sim.board.createStickyNote({ x: 0, y: 0 });
    const cover = await sim.board.createShape({
      x: 0,
      y: 0,
      width: 400,
      height: 400,
      style: opaque,
    });
    const after = sim.as('u-ann').act.create('sticky_note', { x: 50, y: 50 });
    expect(sim.inspect.stackOrder()).toEqual([before.id, cover.id, after.id]);
    expect(sim.inspect.visible(before.id)).toBe(false);
    expect(sim.inspect.visible(after.id)).toBe(true);
  });

  it('hides an item again when the cover is brought to front, and shows it when sent back', async () => {
    const sim = createSimulatedMiro();
    const cover = await sim.board.createShape({
      x: 0,
      y: 0,
      width: 400,
      height: 400,
      style: opaque,
    });
    const note = sim.as('u-ann').act.create('sticky_note', { x: 0, y: 0 });
    sim.resetCounters();
    await cover.bringToFront();
    expect(sim.inspect.visible(note.id)).toBe(false);
    await sim.board.sendToBack(cover);
    expect(sim.inspect.visible(note.id)).toBe(true);
    await sim.board.bringToFront([cover]);
    expect(sim.inspect.visible(note.id)).toBe(false);
    expect(sim.counters.byKind).toMatchObject({
      bringToFront: { calls: 2, credits: 100 },
      sendToBack: { calls: 1, credits: 50 },
    });
  });

  it('lets a see-through shape or a shape beside the centre leave the item visible', async () => {
    const sim = createSimulatedMiro();
    const note = await sim.board.createStickyNote({ x: 0, y: 0 });
    await sim.board.createShape({
      x: 0,
      y: 0,
      width: 400,
      height: 400,
      style: { fillOpacity: 0.5 },
    });
    await sim.board.createShape({ x: 500, y: 0, width: 400, height: 400, style: opaque });
    expect(sim.inspect.visible(note.id)).toBe(true);
  });
});
