// Issue 12: Miro documents no error types. Generation must survive failures of any shape, and
// stop, with a message and a map to resume from, on an error known to be permanent.
import { describe, expect, it } from 'vitest';
import { generateTemplate } from '../../src/board/generate';
import { methods } from '../../src/catalog/methods';
import { isPlaced } from '../../src/layout/blueprint';
import { layoutMethod } from '../../src/layout/layout';
import { createRandom } from '../../src/miro/simulator/clock';
import type { SimOptions } from '../../src/miro/simulator';
import { layoutOptions, metaKeys, people, setup, storedMap } from './helpers';

const N = 6;
const inputFor = (methodId: string, sessionId = 'unk') => ({
  methodId,
  participants: people(N),
  options: layoutOptions(sessionId),
});

/** A fail hook failing a seeded tenth of the calls with `make()`. */
const tenth = (make: () => unknown, seed = 5): SimOptions['fail'] => {
  const random = createRandom(seed);
  return () => (random() < 0.1 ? (make() as Error) : undefined);
};

/** Expects every blueprint record on the board exactly once and the map complete. */
function expectComplete(sim: ReturnType<typeof setup>['sim'], methodId: string, sessionId = 'unk') {
  const bp = layoutMethod(methods.byId(methodId)!, people(N), layoutOptions(sessionId));
  const placed = bp.records.filter(isPlaced).length;
  const map = storedMap(sim, sessionId)!;
  const items = sim.inspect.items();
  expect(items.length + sim.inspect.tags().length).toBe(bp.records.length);
  expect(items).toHaveLength(placed);
  expect(Object.keys(map.items).sort()).toEqual(bp.records.map((r) => r.key).sort());
  const ids = Object.values(map.items);
  expect(new Set(ids).size).toBe(ids.length);
  const onBoard = new Set([...items.map((i) => i.id), ...sim.inspect.tags().map((t) => t.id)]);
  expect(ids.filter((id) => !onBoard.has(id))).toEqual([]);
  const keys = metaKeys(sim);
  expect(keys).toHaveLength(placed);
  expect(new Set(keys).size).toBe(placed);
  expect(map.complete).toBe(true);
}

/** Generates, then presses "Opnieuw proberen" once when the first run did not finish. */
async function generateWithOneRetry(options: SimOptions, methodId: string) {
  const { sim, hooks } = setup(options);
  const input = inputFor(methodId);
  let result = await generateTemplate(sim, input, hooks);
  if (!result.ok) result = await generateTemplate(sim, input, hooks);
  expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
  return { sim };
}

const allIds = methods.all.map((m) => m.id);

describe('generateTemplate under errors of unknown shape', () => {
  it.each(allIds)(
    'completes %s with 10 % of calls failing with plain Errors (the simulator default)',
    async (methodId) => {
      const { sim } = await generateWithOneRetry({ failureRate: 0.1, seed: 3 }, methodId);
      expect(sim.assumptions.errorShape).toBe('unknown');
      expect(sim.counters.failed).toBeGreaterThan(0);
      expectComplete(sim, methodId);
    },
  );

  it.each(['post-it', 'eerste-bijeenkomst', 'viskom'])(
    'completes %s when a tenth of the calls throw "Something went wrong"',
    async (methodId) => {
      const fail = tenth(() => new Error('Something went wrong'));
      const { sim } = await generateWithOneRetry({ fail }, methodId);
      expect(sim.counters.failed).toBeGreaterThan(3);
      expectComplete(sim, methodId);
    },
  );

  it.each(['post-it', 'eerste-bijeenkomst'])(
    'completes %s when a tenth of the calls reject with a bare { message } object',
    async (methodId) => {
      const fail = tenth(() => ({ message: 'Er ging iets mis' }), 9);
      const { sim } = await generateWithOneRetry({ fail }, methodId);
      expect(sim.counters.failed).toBeGreaterThan(3);
      expectComplete(sim, methodId);
    },
  );

  it('completes post-it when a tenth of the calls are rate-limited by message only', async () => {
    const fail = tenth(() => new Error('Too many requests, retry in 2 s'), 4);
    const { sim } = await generateWithOneRetry({ fail }, 'post-it');
    expectComplete(sim, 'post-it');
  });
});

describe('generateTemplate on a permanent error', () => {
  it('stops without retrying it, says so in Dutch and English, and resumes from its map', async () => {
    // Only the third createShape fails: had it been retried, the run would have finished.
    let armed = true;
    let shapes = 0;
    const { sim, hooks } = setup({
      fail: ({ kind }) =>
        armed && kind === 'createShape' && ++shapes === 3
          ? new Error('Invalid value for width: must be at least 100')
          : undefined,
    });
    const first = await generateTemplate(sim, inputFor('post-it'), hooks);
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.error.code).toBe('rejected');
    expect(first.error.message.nl).toMatch(/Miro weigerde/);
    expect(first.error.message.en).toMatch(/Miro refused/);
    expect(first.error.detail).toBe('Invalid value for width: must be at least 100');
    expect(sim.counters.failed).toBe(1);
    expect(first.done).toBeLessThan(first.total);
    expect(Object.keys(first.map.items).length).toBe(first.done);
    expect(storedMap(sim, 'unk')?.complete).toBe(false);

    armed = false;
    const again = await generateTemplate(sim, inputFor('post-it'), hooks);
    expect(again.ok).toBe(true);
    expectComplete(sim, 'post-it');
  });
});
