import { describe, expect, it } from 'vitest';
import {
  createPrivateNotes,
  listenForReveal,
  revealPrivate,
  type StorageLike,
} from '../../src/reveal/private';
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

async function reveal(names: 'with' | 'without') {
  const b = await setupBoard('incident-inzicht');
  await b.setPlace(2);
  const box = () => b.frame('vragen');
  const panels = ['u-bob', 'u-cas'].map((id, i) => {
    const notes = createPrivateNotes(memoryStorage(), 's1');
    notes.add({
      region: 'vragen',
      text: `vraag van ${id}`,
      authorId: id,
      authorName: id === 'u-bob' ? 'Bob' : 'Cas',
    });
    listenForReveal(b.sim.as(id), 's1', notes, box, i + 1);
    return notes;
  });
  // Dan writes under the cover without the panel: allowed for his role, not parked (R7).
  const under = b.sim
    .as('u-dan')
    .act.create('sticky_note', { ...b.spot('vragen'), content: 'onder de cover', width: 120 });
  await b.settle();
  expect(b.regionOfItem(under.id)).toBe('vragen');
  await b.setPlace(3, 0, {
    revealed: [{ region: 'vragen', phaseIndex: 3, round: 0, names, at: b.sim.clock.now() }],
  });
  const held = [{ region: 'vragen', text: 'vraag van Eva', authorId: 'p-eva', authorName: 'Eva' }];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const opts = { authorIds: ['u-bob', 'u-cas'], random };
  await revealPrivate(b.sim, 's1', box(), { region: 'vragen', names }, held, () => 0, opts);
  await b.settle();
  const fac = b.guards.get('u-fac')!.reconciler;
  b.sim.clock.advance(fac.intervalMs);
  await fac.tick();
  await b.settle();
  const posted = b.sim.inspect
    .items()
    .filter((i) => i.type === 'sticky_note' && i.content.includes('vraag van'));
  return { b, posted, panels };
}

describe('private writing and reveal', () => {
  it('R7: on reveal every panel’s notes land in the region at once, with names', async () => {
    const { b, posted, panels } = await reveal('with');
    expect(posted.map((p) => p.content).sort()).toEqual([
      '<p><strong>Bob:</strong> vraag van u-bob</p>',
      '<p><strong>Cas:</strong> vraag van u-cas</p>',
      '<p>vraag van Eva</p><p>— Eva</p>',
    ]);
    for (const p of posted) expect(b.regionOfItem(p.id)).toBe('vragen');
    expect(
      b.sim.inspect.metadataOf(posted.find((p) => p.content.includes('Bob'))!.id)?.iv,
    ).toMatchObject({ a: 'u-bob' });
    expect(panels.every((n) => n.list('vragen').length === 0)).toBe(true);
    // 'Met namen': Miro shows each note as written by its author.
    const by = Object.fromEntries(
      posted.map((p) => [
        p.content
          .match(/<strong>(\w+)|— (\w+)/)!
          .slice(1)
          .join(''),
        p.createdBy,
      ]),
    );
    expect(by).toEqual({ Bob: 'u-bob', Cas: 'u-cas', Eva: 'u-fac' });
  });

  it('R7: without names every revealed sticky is created by the facilitator, with no name and no author', async () => {
    const { b, posted, panels } = await reveal('without');
    expect(posted.map((p) => p.content).sort()).toEqual([
      '<p>vraag van Eva</p>',
      '<p>vraag van u-bob</p>',
      '<p>vraag van u-cas</p>',
    ]);
    for (const p of posted) {
      expect(p.createdBy).toBe('u-fac');
      expect(b.regionOfItem(p.id)).toBe('vragen');
      expect(b.sim.inspect.metadataOf(p.id)?.iv).not.toHaveProperty('a');
    }
    expect(panels.every((n) => n.list('vragen').length === 0)).toBe(true);
    const handed = Object.keys(b.sim.inspect.collection(COLLECTION)).filter((k) =>
      k.startsWith('reveal:'),
    );
    expect(handed).toEqual([]);
  });
});
