import { describe, expect, it } from 'vitest';
import {
  createPrivateNotes,
  listenForReveal,
  revealPrivate,
  type PrivateNote,
  type StorageLike,
} from '../../src/guard/private';
import { revealSpots } from '../../src/guard/reveal-place';
import { setupBoard } from './fixtures';

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
    const c = b.sim.as('u-cas').board.storage.collection('intervisie');
    await c.set('reveal:s1:vragen:u-cas', { t: notes.take('vragen').map((n) => n.text) });
    await b.settle();
    await new Promise((r) => setTimeout(r, 50));
    await b.settle();
    const late = b.sim.inspect.items().filter((i) => i.content === '<p>noot u-cas 0</p>');
    expect(late.map((i) => i.createdBy)).toEqual(['u-fac']);
  });
});
