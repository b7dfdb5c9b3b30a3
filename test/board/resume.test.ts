import { describe, expect, it } from 'vitest';
import { applyBlueprint } from '../../src/board/apply';
import { generateTemplate } from '../../src/board/generate';
import { methods } from '../../src/catalog/methods';
import { isPlaced } from '../../src/layout/blueprint';
import { layoutMethod } from '../../src/layout/layout';
import { META_KEY } from '../../src/layout/meta';
import { layoutOptions, metaKeys, networkDown, people, setup, storedMap } from './helpers';

const blueprint = (id: string, n: number, sessionId = 'res') =>
  layoutMethod(methods.byId(id)!, people(n), layoutOptions(sessionId));
const placedCount = (bp: ReturnType<typeof blueprint>) => bp.records.filter(isPlaced).length;

/** Expects every placed record on the board exactly once, tagged, and each tag once. */
function expectComplete(sim: ReturnType<typeof setup>['sim'], bp: ReturnType<typeof blueprint>) {
  const keys = metaKeys(sim);
  expect(sim.inspect.items()).toHaveLength(placedCount(bp));
  expect(keys).toHaveLength(placedCount(bp));
  expect(new Set(keys).size).toBe(keys.length);
  expect(sim.inspect.tags()).toHaveLength(bp.records.length - placedCount(bp));
  expect(storedMap(sim, bp.sessionId)?.complete).toBe(true);
}

describe('applyBlueprint: failures and resume', () => {
  it.each(['eerste-bijeenkomst', 'viskom', 'post-it'])(
    'completes %s without duplicates with 10 % of calls failing (retries, then resume)',
    async (id) => {
      const { sim, hooks } = setup({ failureRate: 0.1, seed: 11 });
      const bp = blueprint(id, 16);
      let result = await applyBlueprint(sim, bp, hooks);
      for (let run = 0; !result.ok && run < 3; run++) result = await applyBlueprint(sim, bp, hooks);
      expect(result.ok).toBe(true);
      expect(sim.counters.failed).toBeGreaterThan(3);
      expectComplete(sim, bp);
    },
  );

  it('gives up halfway with a Dutch and English message, then a resume adds only what is missing', async () => {
    const bp = blueprint('eerste-bijeenkomst', 6);
    const total = bp.records.length;
    let limit = Math.floor(placedCount(bp) / 2);
    const { sim, hooks } = setup({
      fail: () => (sim.inspect.items().length >= limit ? networkDown() : undefined),
    });
    const first = await applyBlueprint(sim, bp, { ...hooks, retries: 2 });
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.error.code).toBe('network');
    expect(first.error.message.nl).toMatch(/verbinding/);
    expect(first.done).toBeLessThan(total);
    const before = sim.inspect.items().length;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(placedCount(bp));

    limit = Infinity;
    sim.resetCounters();
    const second = await applyBlueprint(sim, bp, hooks);
    expect(second.ok).toBe(true);
    expectComplete(sim, bp);
    expect(sim.counters.byKind.get?.calls).toBe(1);
    expect(sim.counters.byKind.viewport).toBeUndefined();
    const creates = Object.entries(sim.counters.byKind)
      .filter(([k]) => k.startsWith('create') && k !== 'createTag')
      .reduce((n, [, v]) => n + v.calls, 0);
    expect(creates).toBe(placedCount(bp) - before);
  });

  it('adopts an item whose create succeeded but whose setMetadata failed, and tags it', async () => {
    let broken = false;
    let metas = 0;
    const { sim, hooks } = setup({
      fail: ({ kind }) => {
        if (kind !== 'setMetadata') return undefined;
        metas += 1;
        if (metas === 20) broken = true;
        return broken ? networkDown() : undefined;
      },
    });
    const bp = blueprint('viskom', 6);
    const first = await applyBlueprint(sim, bp, { ...hooks, retries: 1 });
    expect(first.ok).toBe(false);
    const untagged = sim.inspect.items().filter((i) => !sim.inspect.metadataOf(i.id)?.[META_KEY]);
    expect(untagged.length).toBeGreaterThan(0);

    broken = false;
    const second = await applyBlueprint(sim, bp, hooks);
    expect(second.ok).toBe(true);
    expectComplete(sim, bp);
    for (const item of untagged)
      expect(Object.values(storedMap(sim, 'res')!.items)).toContain(item.id);
  });

  it('does not adopt an item that carries another session’s metadata', async () => {
    let down = true;
    const { sim, hooks } = setup({
      fail: ({ kind, n }) => (down && kind === 'createShape' && n > 20 ? networkDown() : undefined),
    });
    const bp = blueprint('post-it', 2);
    const first = await applyBlueprint(sim, bp, { ...hooks, retries: 0 });
    expect(first.ok).toBe(false);
    const stranger = sim.inspect.items().find((i) => i.type === 'text')!;
    const [obj] = (await sim.board.get({ type: 'text' })).filter(
      (i) => (i as { id: string }).id === stranger.id,
    ) as {
      setMetadata(k: string, v: unknown): Promise<unknown>;
    }[];
    await obj!.setMetadata(META_KEY, { s: 'other', r: 'x', k: 'x' });
    const stored = storedMap(sim, 'res')!;
    const key = Object.keys(stored.items).find((k) => stored.items[k] === stranger.id)!;
    delete stored.items[key];
    const { toStored, COLLECTION, mapKey } = await import('../../src/board/template-map');
    await sim.board.storage.collection(COLLECTION).set(mapKey('res'), toStored(stored));

    down = false;
    const second = await applyBlueprint(sim, bp, hooks);
    expect(second.ok).toBe(true);
    expect(second.map.items[key]).not.toBe(stranger.id);
    expect(sim.inspect.itemById(stranger.id)).toBeDefined();
  });

  it('changes nothing when run again after success', async () => {
    const { sim, hooks } = setup();
    const bp = blueprint('speed', 6);
    await applyBlueprint(sim, bp, hooks);
    const items = sim.inspect.items().length;
    sim.resetCounters();
    const again = await applyBlueprint(sim, bp, { ...hooks, origin: { x: 99_999, y: 0 } });
    expect(again.ok).toBe(true);
    expect(sim.inspect.items()).toHaveLength(items);
    expect(sim.counters.calls).toBe(1);
  });

  it('refuses a different blueprint for a session that has a template', async () => {
    const { sim, hooks } = setup();
    const options = layoutOptions('same');
    await generateTemplate(sim, { methodId: 'post-it', participants: people(4), options }, hooks);
    const other = await generateTemplate(
      sim,
      { methodId: 'post-it', participants: people(6), options },
      hooks,
    );
    expect(other.ok).toBe(false);
    expect(!other.ok && other.error.code).toBe('template-changed');
  });

  it('returns error values for an unknown method and a layout that cannot be made', async () => {
    const { sim, hooks } = setup();
    const unknown = await generateTemplate(
      sim,
      { methodId: 'nope', participants: people(2), options: layoutOptions('a') },
      hooks,
    );
    expect(!unknown.ok && unknown.error.code).toBe('unknown-method');
    const bad = await generateTemplate(
      sim,
      { methodId: 'post-it', participants: people(2), options: layoutOptions('bad id!') },
      hooks,
    );
    expect(!bad.ok && bad.error.code).toBe('layout');
    expect(sim.counters.calls).toBe(0);
  });

  it('surfaces a rejected argument at once instead of retrying it', async () => {
    const { sim, hooks } = setup();
    const bp = blueprint('post-it', 2);
    const frame = bp.records.find((r) => r.kind === 'frame')!;
    if (frame.kind === 'frame') frame.style.fillColor = 'not-a-colour';
    const result = await applyBlueprint(sim, bp, hooks);
    expect(!result.ok && result.error.code).toBe('rejected');
    expect(sim.counters.byKind.createFrame?.calls).toBeLessThanOrEqual(8);
    expect(sim.counters.failed).toBe(0);
  });
});
