import { describe, expect, it } from 'vitest';
import {
  createPrivateNotes,
  listenForReveal,
  revealPrivate,
  type PrivateNote,
  type StorageLike,
} from '../../src/reveal/private';
import { revealSpots } from '../../src/reveal/place';
import { setupBoard } from './fixtures';
import { COLLECTION } from '../../src/storage/keys';

function memoryStorage(): StorageLike {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
}

const note = (i: number, authorId = 'u-bob'): PrivateNote => ({
  region: 'vragen',
  text: `noot ${authorId} ${i}`,
  authorId,
  authorName: authorId,
});

describe('where revealed notes go', () => {
  it('gives every author’s notes their own cells, however many notes or authors', () => {
    const box = { x: 0, y: 0, width: 2000, height: 1600 };
    const authors = 9;
    const all = Array.from({ length: authors }, (_, a) => revealSpots(box, a, 7, authors)).flat();
    const inside = all.filter((s) => s !== null);
    const keys = inside.map((s) => `${s!.x},${s!.y}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of inside) {
      expect(Math.abs(s!.x)).toBeLessThanOrEqual(box.width / 2 - 90);
      expect(Math.abs(s!.y)).toBeLessThanOrEqual(box.height / 2 - 90);
    }
  });

  it('R7: the notes sit in a tidy grid: equal cells in aligned rows and columns, centred in the region, none on another', () => {
    for (const box of [
      { x: 840, y: 442, width: 1680, height: 884 },
      { x: -300, y: 900, width: 1320, height: 1200 },
      { x: 0, y: 0, width: 700, height: 500 },
    ]) {
      const cols = Math.floor((box.width - 80) / 210);
      const rows = Math.floor((box.height - 310) / 210) + 1;
      for (let authors = 1; authors <= 9; authors++) {
        const spots = Array.from({ length: authors }, (_, a) => revealSpots(box, a, 8, authors))
          .flat()
          .filter((s): s is { x: number; y: number } => s !== null);
        const keys = spots.map((s) => `${s.x},${s.y}`);
        expect(new Set(keys).size).toBe(keys.length);
        // One lattice for every author: the columns and rows line up across the region.
        const x0 = box.x - ((cols - 1) * 210) / 2;
        const y0 = box.y - box.height / 2 + 200;
        for (const s of spots) {
          const col = (s.x - x0) / 210;
          const row = (s.y - y0) / 210;
          expect(Number.isInteger(col) && col >= 0 && col < cols).toBe(true);
          expect(Number.isInteger(row) && row >= 0 && row < rows).toBe(true);
          expect(Math.abs(s.x - box.x)).toBeLessThanOrEqual(box.width / 2 - 90);
          expect(Math.abs(s.y - box.y)).toBeLessThanOrEqual(box.height / 2 - 104);
        }
        // As many notes as cells: every cell is used.
        expect(spots.length).toBe(Math.min(authors * 8, cols * rows));
      }
    }
  });

  it('R7: one note from each writer makes one row without gaps; equal counts make a full block', () => {
    const box = { x: 840, y: 442, width: 1680, height: 884 };
    const row = Array.from({ length: 5 }, (_, a) => revealSpots(box, a, 1, 5)[0]!);
    expect(new Set(row.map((s) => s.y)).size).toBe(1);
    expect(row.map((s) => s.x - row[0]!.x)).toEqual([0, 210, 420, 630, 840]);
    const block = Array.from({ length: 4 }, (_, a) => revealSpots(box, a, 2, 4)).flat();
    const xs = [...new Set(block.map((s) => s!.x))];
    const ys = [...new Set(block.map((s) => s!.y))];
    expect(xs).toHaveLength(4);
    expect(ys).toHaveLength(2);
    // Each writer's notes stay together, in one column.
    expect(revealSpots(box, 2, 2, 4).map((s) => s!.x)).toEqual([xs[2], xs[2]]);
  });

  it('R7: a revealed note never lands on a note already in the region', async () => {
    const b = await setupBoard('incident-inzicht');
    await b.setPlace(2);
    const f = b.frame('vragen');
    // Dan wrote without the panel, under the cover, right where Bob's first cell is.
    const first = revealSpots(f, 0, 1, 3)[0]!;
    const dan = b.sim
      .as('u-dan')
      .act.create('sticky_note', { ...first, content: 'onder de cover', width: 180 });
    await b.settle();
    await b.setPlace(3, 0, {
      revealed: [
        { region: 'vragen', phaseIndex: 3, round: 0, names: 'with', at: b.sim.clock.now() },
      ],
    });
    const posted = await revealPrivate(
      b.sim,
      's1',
      f,
      { region: 'vragen', names: 'with', order: ['p-eva', 'u-cas', 'u-dan'] },
      [0, 1, 2].map((i) => note(i, 'p-eva')),
      () => 0,
      { selfId: 'u-fac' },
    );
    await b.settle();
    const boxes = [dan.id, ...posted.map((p) => p.id)].map((id) => b.sim.inspect.absolute(id));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i]!, boxes[j]!];
        expect(Math.abs(p.x - q.x) >= p.width || Math.abs(p.y - q.y) >= p.height).toBe(true);
      }
    expect(posted.every((p) => b.regionOfItem(p.id) === 'vragen')).toBe(true);
    // Eva's notes take her own cells, the one under Dan's note left out.
    const hers = revealSpots(f, 0, 4, 3).slice(1);
    const at = posted.map((p) => b.sim.inspect.absolute(p.id));
    expect(at.map((p) => ({ x: p.x, y: p.y }))).toEqual(hers);
  });

  it('R7: notes that do not fit in the region go to the parking frame with a note, none on top of another', async () => {
    const b = await setupBoard('incident-inzicht');
    await b.setPlace(3);
    const f = b.frame('vragen');
    const held = Array.from({ length: 40 }, (_, i) => note(i, 'p-eva'));
    const posted = await revealPrivate(
      b.sim,
      's1',
      f,
      { region: 'vragen', names: 'with' },
      held,
      () => 0,
    );
    await b.settle();
    expect(posted).toHaveLength(40);
    const where = posted.map((p) => b.regionOfItem(p.id));
    expect(where).toContain('vragen');
    expect(where).toContain('parking');
    // Past a full parking frame: an empty stretch of board, never another region.
    expect(where.every((r) => r === 'vragen' || r === 'parking' || r === undefined)).toBe(true);
    const boxes = posted.map((p) => b.sim.inspect.absolute(p.id));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i]!, boxes[j]!];
        const apart = Math.abs(p.x - q.x) >= p.width || Math.abs(p.y - q.y) >= p.height;
        expect(apart).toBe(true);
      }
    const notes = b.sim.inspect
      .items()
      .filter((i) => i.content.includes('Geen plaats meer in vragen'));
    expect(notes).toHaveLength(1);
    expect(b.regionOfItem(notes[0]!.id)).toBe('parking');
  });

  it('R7: a panel takes back only the notes that failed to go up, so none is posted twice', async () => {
    const b = await setupBoard('incident-inzicht');
    await b.setPlace(3);
    const bob = b.sim.as('u-bob');
    const notes = createPrivateNotes(memoryStorage(), 's1');
    [0, 1, 2].forEach((i) => notes.add(note(i)));
    listenForReveal(bob, 's1', notes, () => b.frame('vragen'), 1);
    const create = bob.board.createStickyNote.bind(bob.board);
    bob.board.createStickyNote = (props) =>
      props?.content?.includes('noot u-bob 1') ? Promise.reject(new Error('weg')) : create(props);
    await revealPrivate(
      b.sim,
      's1',
      b.frame('vragen'),
      { region: 'vragen', names: 'with' },
      [],
      () => 0,
    );
    await b.settle();
    await new Promise((r) => setTimeout(r, 700));
    await b.settle();
    expect(notes.list('vragen').map((n) => n.text)).toEqual(['noot u-bob 1']);
    const up = b.sim.inspect.items().filter((i) => i.content.includes('noot u-bob'));
    expect(up.map((i) => i.content).sort()).toEqual([
      '<p><strong>u-bob:</strong> noot u-bob 0</p>',
      '<p><strong>u-bob:</strong> noot u-bob 2</p>',
    ]);
  });

  it('R7: without names, notes of a panel that answers late still go up, created by the facilitator', async () => {
    const b = await setupBoard('incident-inzicht');
    await b.setPlace(3);
    const notes = createPrivateNotes(memoryStorage(), 's1');
    notes.add(note(0, 'u-cas'));
    const posted = await revealPrivate(
      b.sim,
      's1',
      b.frame('vragen'),
      { region: 'vragen', names: 'without' },
      [note(9, 'p-eva')],
      () => 0,
      { authorIds: ['u-cas'], waitMs: 10 },
    );
    expect(posted.map((p) => p.content)).toEqual(['<p>noot p-eva 9</p>']);
    // Cas's panel opens only now and answers the stored reveal by handing its notes over.
    const c = b.sim.as('u-cas').board.storage.collection(COLLECTION);
    await c.set('reveal:s1:vragen:u-cas', { t: notes.take('vragen').map((n) => n.text) });
    await b.settle();
    await new Promise((r) => setTimeout(r, 50));
    await b.settle();
    const late = b.sim.inspect.items().filter((i) => i.content === '<p>noot u-cas 0</p>');
    expect(late.map((i) => i.createdBy)).toEqual(['u-fac']);
  });
});
