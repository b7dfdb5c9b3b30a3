import { describe, expect, it } from 'vitest';
import { createSimulatedMiro } from '../../src/miro/simulator';
import { restoreSnapshot } from '../../src/practice/restore';
import { parseSnapshot, takeSnapshot } from '../../src/practice/snapshot';
import type { ItemBase } from '../../src/miro/types';

async function filledBoard() {
  const sim = createSimulatedMiro();
  const frame = await sim.board.createFrame({
    x: 0,
    y: 0,
    width: 800,
    height: 600,
    title: 'Ideeën',
  });
  const tag = await sim.board.createTag({ title: 'koud', color: 'blue' });
  const gone = await sim.board.createText({ x: 2000, y: 0, content: '<p>weg</p>' });
  await sim.board.remove(gone);
  const note = sim.as('u-ann').act.create('sticky_note', {
    x: 100,
    y: 50,
    content: '<p>van Ann</p>',
    style: { fillColor: 'pink' },
    tagIds: [tag.id],
  });
  const loose = await sim.board.createShape({
    x: 1500,
    y: 0,
    shape: 'circle',
    content: '<p>o</p>',
  });
  await (note as ItemBase).setMetadata('iv', { s: 'x', k: 'n', r: 'ideeen' });
  await sim.board.setAppData('intervisie', { active: 'x' });
  await sim.board.storage.collection('intervisie').set('template:x', { items: { a: note.id } });
  await sim.settle();
  return { sim, frame, note, loose, tag };
}

const shape = (sim: ReturnType<typeof createSimulatedMiro>) =>
  sim.inspect.items().map(({ modifiedAt: _m, modifiedBy: _b, createdAt: _c, ...rest }) => rest);

describe('practice board snapshots', () => {
  it('restore the same items, ids, authors, frames, metadata, tags, app data and storage', async () => {
    const { sim, note } = await filledBoard();
    const snap = parseSnapshot(JSON.stringify(takeSnapshot(sim, ['intervisie'])))!;
    const fresh = createSimulatedMiro();
    const ids = await restoreSnapshot(fresh, snap);
    expect([...ids].every(([a, b]) => a === b)).toBe(true);
    expect(shape(fresh)).toEqual(shape(sim));
    expect(fresh.inspect.itemById(note.id)!.createdBy).toBe('u-ann');
    expect(fresh.inspect.metadataOf(note.id)).toEqual(sim.inspect.metadataOf(note.id));
    expect(fresh.inspect.tags()).toEqual(sim.inspect.tags());
    expect(fresh.inspect.appData()).toEqual(sim.inspect.appData());
    expect(fresh.inspect.collection('intervisie')).toEqual(sim.inspect.collection('intervisie'));
  });

  it('maps ids in stored values when the new board hands out other ids', async () => {
    const { sim, note } = await filledBoard();
    const snap = takeSnapshot(sim, ['intervisie']);
    const fresh = createSimulatedMiro();
    for (let i = 0; i < 5; i++) await fresh.board.createText({ x: -9000, y: i * 100 }); // ids 1–5 taken
    const ids = await restoreSnapshot(fresh, snap);
    const moved = ids.get(note.id)!;
    expect(moved).not.toBe(note.id);
    expect(fresh.inspect.collection('intervisie')['template:x']).toEqual({ items: { a: moved } });
    expect(fresh.inspect.itemById(moved)!.content).toBe('<p>van Ann</p>');
  });

  it('rejects text that is not a snapshot', () => {
    expect(parseSnapshot('{"v":99}')).toBeUndefined();
    expect(parseSnapshot('niet json')).toBeUndefined();
    expect(parseSnapshot(null)).toBeUndefined();
  });
});
