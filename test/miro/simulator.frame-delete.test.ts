import { describe, expect, it } from 'vitest';
import { createSimulatedMiro } from '../../src/miro/simulator';

describe('simulated Miro: deleting a frame', () => {
  it('raises items:delete for the frame only (Miro documents no child list), and its children go with it', async () => {
    const sim = createSimulatedMiro();
    const frame = await sim.board.createFrame({ x: 0, y: 0, width: 800, height: 600 });
    const child = await sim.board.createStickyNote({ x: 0, y: 0 });
    await frame.add(child);
    const seen: string[][] = [];
    sim.as('u-ann').board.ui.on('items:delete', (e) => seen.push(e.items.map((i) => i.id)));
    sim.as('u-ann').act.remove(frame.id);
    await sim.settle();
    expect(seen).toEqual([[frame.id]]);
    expect(sim.inspect.itemById(child.id)).toBeUndefined();
  });

  it('leaves the children on the board under keep-children, and still names only the frame', async () => {
    const sim = createSimulatedMiro({ assume: { frameDelete: 'keep-children' } });
    const frame = await sim.board.createFrame({ x: 0, y: 0, width: 800, height: 600 });
    const child = await sim.board.createStickyNote({ x: 0, y: 0 });
    await frame.add(child);
    const seen: string[][] = [];
    sim.as('u-ann').board.ui.on('items:delete', (e) => seen.push(e.items.map((i) => i.id)));
    sim.as('u-ann').act.remove(frame.id);
    await sim.settle();
    expect(seen).toEqual([[frame.id]]);
    expect(sim.inspect.itemById(child.id)).toMatchObject({ parentId: null });
  });
});
