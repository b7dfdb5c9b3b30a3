import { describe, expect, it } from 'vitest';
import type { ItemBase } from '../../src/miro/types';
import { createPractice, STORAGE_KEY } from '../../src/practice/practice';
import { parseSnapshot, takeSnapshot } from '../../src/practice/snapshot';
import { generateFor } from '../../src/practice/template';
import { usersFor } from '../../src/practice/users';
import { COLLECTION, KEYS } from '../../src/storage/keys';

const DAY = new Date('2025-01-06T09:00:00Z');

/** A Storage over a Map, as localStorage holds text. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, String(v)),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
  };
}

async function playedBoard(storage: Storage) {
  const practice = await createPractice({ users: usersFor(), storage });
  const [fac, other] = practice.users.map((u) => u.id) as [string, string];
  const miro = practice.miroOf(fac);
  const frame = await miro.board.createFrame({
    x: 0,
    y: 0,
    width: 800,
    height: 600,
    title: 'Vragen',
  });
  const tag = await miro.board.createTag({ title: 'warm', color: 'red' });
  const note = practice.clientOf(other).act.create('sticky_note', {
    x: 50,
    y: 20,
    content: '<p>Wat wil je?</p>',
    tagIds: [tag.id],
  });
  const gone = await miro.board.createText({ x: 3000, y: 0, content: '<p>weg</p>' });
  await miro.board.remove(gone);
  const cover = await miro.board.createShape({ x: 50, y: 20, width: 100, height: 100 });
  await miro.board.sendToBack(cover);
  await ((await miro.board.getById(note.id)) as ItemBase).setMetadata('iv', { k: 'note' });
  await miro.board.setAppData(COLLECTION, { active: 's1' });
  await miro.board.storage.collection(COLLECTION).set(KEYS.session('s1'), { note: note.id });
  await practice.miroOf(other).board.storage.collection('elders').set('k', [1, 2]);
  await practice.sim.settle();
  practice.save({ userId: other, camera: { x: 10, y: 20, scale: 0.5 } });
  return { practice, frame, note, gone, other };
}

const board = (p: Awaited<ReturnType<typeof createPractice>>) => ({
  items: p.sim.inspect.items(),
  stack: p.sim.inspect.stackOrder(),
  tags: p.sim.inspect.tags(),
  metadata: p.sim.inspect.items().map((i) => p.sim.inspect.metadataOf(i.id)),
  appData: p.sim.inspect.appData(),
  intervisie: p.sim.inspect.collection(COLLECTION),
  elders: p.sim.inspect.collection('elders'),
});

describe('practice board: saved and restored', () => {
  it('keeps every item, id, parent, stacking place, metadata, tag, app data and storage value', async () => {
    const storage = memoryStorage();
    const { practice, other } = await playedBoard(storage);
    const again = await createPractice({ users: usersFor(), storage });
    expect(again.problem).toBeUndefined();
    expect(board(again)).toEqual(board(practice));
    expect(again.restored).toEqual({ userId: other, camera: { x: 10, y: 20, scale: 0.5 } });
  });

  it('makes new ids that collide with none made before, removed ones included', async () => {
    const storage = memoryStorage();
    const { gone } = await playedBoard(storage);
    const again = await createPractice({ users: usersFor(), storage });
    const made = await again.sim.board.createStickyNote({ x: 0, y: 0 });
    expect(made.id > gone.id).toBe(true);
  });

  it('saves the version, the simulator state, the user and the camera', async () => {
    const storage = memoryStorage();
    await playedBoard(storage);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!) as object;
    expect(Object.keys(saved)).toEqual(['v', 'state', 'userId', 'camera']);
  });

  it('saves the largest placed template in well under localStorage’s 5 MB', async () => {
    const storage = memoryStorage();
    const practice = await createPractice({ users: usersFor(), storage });
    const fac = practice.users[0]!;
    expect(
      await generateFor(practice.miroOf(fac.id), 'viskom', practice.users, DAY),
    ).toBeUndefined();
    await practice.sim.settle();
    practice.save();
    expect(storage.getItem(STORAGE_KEY)!.length).toBeLessThan(100_000);
  });
});

describe('practice board: reading a saved board', () => {
  it('leaves out a user or camera that does not read', async () => {
    const { practice } = await playedBoard(memoryStorage());
    const saved = { ...takeSnapshot(practice.sim), userId: 7, camera: { x: 'links' } };
    const read = parseSnapshot(JSON.stringify(saved));
    expect(read.ok && [read.snapshot.userId, read.snapshot.camera]).toEqual([undefined, undefined]);
  });

  it('refuses text that is not a saved board, saying why', () => {
    expect(parseSnapshot('{"v":99}')).toMatchInlineSnapshot(`
      {
        "error": "v: not a practice board version",
        "ok": false,
      }
    `);
    expect(parseSnapshot('niet json')).toMatchInlineSnapshot(`
      {
        "error": "not JSON",
        "ok": false,
      }
    `);
    expect(parseSnapshot('{"v":2,"state":{"items":[]}}')).toMatchInlineSnapshot(`
      {
        "error": "stack: Invalid input: expected array, received undefined",
        "ok": false,
      }
    `);
  });
});
