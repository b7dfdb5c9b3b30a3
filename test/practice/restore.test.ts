import { describe, expect, it } from 'vitest';
import { createSimulatedMiro, type SimulatedMiro } from '../../src/miro/simulator';
import { parseSnapshot } from '../../src/practice/snapshot';
import type { ItemBase } from '../../src/miro/types';
import { COLLECTION } from '../../src/storage/keys';

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
  await sim.board.setAppData(COLLECTION, { active: 'x' });
  await sim.board.storage.collection(COLLECTION).set('template:x', { items: { a: note.id } });
  await sim.settle();
  return { sim, frame, note, loose, tag };
}

/** The text a practice board saved before version 2: the board read through the inspector. */
function savedAsV1(sim: SimulatedMiro, extra: { userId?: string } = {}): string {
  const items = sim.inspect.items().map(({ absolute: _a, childrenIds: _c, ...stored }) => stored);
  const metadata = Object.fromEntries(items.map((i) => [i.id, sim.inspect.metadataOf(i.id)!]));
  return JSON.stringify({
    v: 1,
    items,
    tags: sim.inspect.tags(),
    metadata,
    appData: sim.inspect.appData(),
    collections: { intervisie: sim.inspect.collection(COLLECTION) },
    ...extra,
  });
}

describe('practice board: a board saved as version 1', () => {
  it('restores the same items, ids, authors, frames, metadata, tags, app data and storage', async () => {
    const { sim, note } = await filledBoard();
    const read = parseSnapshot(savedAsV1(sim, { userId: 'u-ann' }));
    if (!read.ok) throw new Error(read.error);
    const fresh = createSimulatedMiro({ state: read.snapshot.state });
    expect(fresh.inspect.items()).toEqual(sim.inspect.items());
    expect(fresh.inspect.itemById(note.id)!.createdBy).toBe('u-ann');
    expect(fresh.inspect.metadataOf(note.id)).toEqual(sim.inspect.metadataOf(note.id));
    expect(fresh.inspect.tags()).toEqual(sim.inspect.tags());
    expect(fresh.inspect.appData()).toEqual(sim.inspect.appData());
    expect(fresh.inspect.collection(COLLECTION)).toEqual(sim.inspect.collection(COLLECTION));
    expect(read.snapshot.userId).toBe('u-ann');
  });

  it('stacks the items in creation order and makes new ids after the highest one', async () => {
    const { sim, frame, note, loose } = await filledBoard();
    const read = parseSnapshot(savedAsV1(sim));
    if (!read.ok) throw new Error(read.error);
    const fresh = createSimulatedMiro({ state: read.snapshot.state });
    expect(fresh.inspect.stackOrder()).toEqual([frame.id, note.id, loose.id]);
    const made = await fresh.board.createText({ x: 0, y: 900 });
    expect(made.id > loose.id).toBe(true);
  });

  it('is refused when its items do not hold together', async () => {
    const { sim } = await filledBoard();
    const v1 = JSON.parse(savedAsV1(sim)) as { items: { parentId: string | null }[] };
    v1.items[1]!.parentId = '3458764500000000077';
    expect(parseSnapshot(JSON.stringify(v1))).toMatchInlineSnapshot(`
      {
        "error": "items.1.parentId: 3458764500000000077 is no frame",
        "ok": false,
      }
    `);
    expect(parseSnapshot('{"v":1,"tags":[]}')).toMatchInlineSnapshot(`
      {
        "error": "items: Invalid input: expected array, received undefined",
        "ok": false,
      }
    `);
  });
});
