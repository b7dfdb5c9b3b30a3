import { describe, expect, it } from 'vitest';
import { createSimulatedMiro, readSimState, type SimState } from '../../src/miro/simulator';
import type { ItemBase } from '../../src/miro/types';
import { COLLECTION } from '../../src/storage/keys';

/** A frame with Ann's tagged sticky, a shape sent to the back, a removed text, data everywhere. */
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
  const note = sim.as('u-ann').act.create('sticky_note', {
    x: 100,
    y: 50,
    content: '<p>van Ann</p>',
    style: { fillColor: 'pink' },
    tagIds: [tag.id],
  });
  const back = await sim.board.createShape({ x: 1500, y: 0, shape: 'circle', content: '<p>o</p>' });
  await sim.board.sendToBack(back);
  const gone = await sim.board.createText({ x: 2000, y: 0, content: '<p>weg</p>' });
  await sim.board.remove(gone);
  await (note as ItemBase).setMetadata('iv', { s: 'x', k: 'n', r: 'ideeen' });
  await sim.board.setAppData(COLLECTION, { active: 'x' });
  await sim.board.storage.collection(COLLECTION).set('template:x', { items: { a: note.id } });
  await sim.board.storage.collection('notes').set('n', [1, 'twee']);
  await sim.settle();
  return { sim, frame, note, back, gone };
}

type Sim = ReturnType<typeof createSimulatedMiro>;
const content = (sim: Sim, ids: string[]) => ({
  items: sim.inspect.items(),
  stack: sim.inspect.stackOrder(),
  tags: sim.inspect.tags(),
  metadata: ids.map((id) => sim.inspect.metadataOf(id)),
  appData: sim.inspect.appData(),
  intervisie: sim.inspect.collection(COLLECTION),
  notes: sim.inspect.collection('notes'),
});

describe('simulated Miro: saved state', () => {
  it('loads every item, id, author, parent, stacking place, tag, metadata, app data and storage value', async () => {
    const { sim } = await filledBoard();
    const ids = sim.inspect.items().map((i) => i.id);
    const loaded = createSimulatedMiro({ state: sim.inspect.saveState() });
    expect(content(loaded, ids)).toEqual(content(sim, ids));
  });

  it('saves plain JSON: the state read back from its text loads the same board', async () => {
    const { sim } = await filledBoard();
    const ids = sim.inspect.items().map((i) => i.id);
    const text = JSON.stringify(sim.inspect.saveState());
    const loaded = createSimulatedMiro({ state: JSON.parse(text) as SimState });
    expect(content(loaded, ids)).toEqual(content(sim, ids));
  });

  it('hands out the id the saved board would have made next, past a removed item', async () => {
    const { sim, gone } = await filledBoard();
    const loaded = createSimulatedMiro({ state: sim.inspect.saveState() });
    const made = await loaded.board.createText({ x: 0, y: 900 });
    expect(made.id > gone.id).toBe(true);
    expect(made.id).toBe((await sim.board.createText({ x: 0, y: 900 })).id);
  });

  it('stacks a new item on top and one sent back below all after loading', async () => {
    const { sim, frame, back } = await filledBoard();
    const loaded = createSimulatedMiro({ state: sim.inspect.saveState() });
    const top = await loaded.board.createShape({ x: 0, y: 0 });
    await loaded.board.sendToBack((await loaded.board.getById(frame.id)) as ItemBase);
    const order = loaded.inspect.stackOrder();
    expect(order[0]).toBe(frame.id);
    expect(order[1]).toBe(back.id);
    expect(order.at(-1)).toBe(top.id);
  });

  it('loads without SDK calls: the counters start at nothing', async () => {
    const { sim } = await filledBoard();
    const loaded = createSimulatedMiro({ state: sim.inspect.saveState() });
    expect(loaded.counters.calls).toBe(0);
  });
});

describe('simulated Miro: reading a saved state', () => {
  const saved = async () => (await filledBoard()).sim.inspect.saveState();

  it('refuses a wrong shape, naming the path', async () => {
    const state = await saved();
    const broken = { ...state, items: [{ ...state.items[0], x: 'links' }] };
    expect(readSimState(broken)).toMatchInlineSnapshot(`
      {
        "error": "items.0.x: Invalid input: expected number, received string",
        "ok": false,
      }
    `);
    expect(readSimState({ ...state, lastId: -1 })).toMatchInlineSnapshot(`
      {
        "error": "lastId: Too small: expected number to be >=0",
        "ok": false,
      }
    `);
    expect(readSimState(null)).toMatchInlineSnapshot(`
      {
        "error": "state: Invalid input: expected object, received null",
        "ok": false,
      }
    `);
  });

  it('refuses an id used twice and a parent that is no frame', async () => {
    const state = await saved();
    const [frame, note] = state.items as [SimState['items'][0], SimState['items'][0]];
    const twice = { ...state, tags: [...state.tags, { ...state.tags[0]!, id: note.id }] };
    expect(readSimState(twice)).toMatchInlineSnapshot(`
      {
        "error": "3458764500000000003: the id is used twice",
        "ok": false,
      }
    `);
    const lost = { ...state, items: state.items.filter((i) => i.id !== frame.id) };
    expect(readSimState(lost)).toMatchInlineSnapshot(`
      {
        "error": "items.0.parentId: 3458764500000000001 is no frame",
        "ok": false,
      }
    `);
  });

  it('repairs a stacking order, tag ids, metadata and a counter that do not match the items', async () => {
    const state = await saved();
    const note = state.items[1]!;
    const read = readSimState({
      ...state,
      stack: [note.id, '3458764500000000099'],
      items: state.items.map((i) =>
        i.id === note.id ? { ...i, tagIds: [...i.tagIds, '3458764500000000098'] } : i,
      ),
      metadata: { ...state.metadata, '3458764500000000097': { a: 1 } },
      lastId: 0,
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.state.stack).toEqual([
      note.id,
      ...state.items.map((i) => i.id).filter((id) => id !== note.id),
    ]);
    expect(read.state.items.find((i) => i.id === note.id)!.tagIds).toEqual(
      state.tags.map((t) => t.id),
    );
    expect(Object.keys(read.state.metadata)).toEqual(Object.keys(state.metadata));
    // 4: the shape, the newest item or tag still there (the removed text was 5).
    expect(read.state.lastId).toBe(4);
  });

  it('throws when a board is made from a refused state', async () => {
    const state = await saved();
    expect(() =>
      createSimulatedMiro({ state: { ...state, stack: [1] } as unknown as SimState }),
    ).toThrow(/refused: stack\.0/);
  });
});
