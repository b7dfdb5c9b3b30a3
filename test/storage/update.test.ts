import { describe, expect, it } from 'vitest';
import { createSimulatedMiro } from '../../src/miro/simulator/index';
import type { Json } from '../../src/miro/types';
import { updateStored } from '../../src/storage/update';
import { COLLECTION } from '../../src/storage/keys';

const ids = (v: Json | undefined) => (Array.isArray(v) ? (v as string[]) : []);

describe('updateStored', () => {
  it('writes only when the value does not hold the change yet', async () => {
    const sim = createSimulatedMiro();
    const c = sim.board.storage.collection(COLLECTION);
    const add = (id: string) => (v: Json | undefined) => [...ids(v), id];
    const has = (id: string) => (v: Json | undefined) => ids(v).includes(id);
    expect(await updateStored(c, 'k', add('a'), has('a'))).toBe(true);
    sim.resetCounters();
    expect(await updateStored(c, 'k', add('a'), has('a'))).toBe(true);
    expect(sim.counters.byKind['storage.set']).toBeUndefined();
  });

  it('keeps both changes when two clients add to the same list at once', async () => {
    const sim = createSimulatedMiro();
    const [a, b] = [sim.board, sim.as('u-ann').board].map((x) => x.storage.collection(COLLECTION));
    const add = (id: string) => (v: Json | undefined) => [...new Set([...ids(v), id])];
    const has = (id: string) => (v: Json | undefined) => ids(v).includes(id);
    const done = await Promise.all([
      updateStored(a!, 'list', add('fee'), has('fee')),
      updateStored(b!, 'list', add('ann'), has('ann')),
    ]);
    expect(done).toEqual([true, true]);
    expect(ids(sim.inspect.collection(COLLECTION).list).sort()).toEqual(['ann', 'fee']);
  });

  it('gives up after its attempts when the value never holds the change', async () => {
    const sim = createSimulatedMiro();
    const c = sim.board.storage.collection(COLLECTION);
    sim.resetCounters();
    expect(
      await updateStored(
        c,
        'k',
        () => 1,
        () => false,
        { attempts: 2 },
      ),
    ).toBe(false);
    expect(sim.counters.byKind['storage.set']?.calls).toBe(2);
  });
});
