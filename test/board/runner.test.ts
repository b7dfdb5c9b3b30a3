import { describe, expect, it } from 'vitest';
import { applyBlueprint } from '../../src/board/apply';
import { createPacer } from '../../src/board/pacer';
import { AbortedError, createPool } from '../../src/board/pool';
import { methods } from '../../src/catalog/methods';
import { layoutMethod } from '../../src/layout/layout';
import { layoutOptions, people, setup } from './helpers';

describe('createPool', () => {
  it('runs at most cap tasks at once and drops waiting tasks on abort', async () => {
    const pool = createPool(2);
    let running = 0;
    let most = 0;
    const task = () =>
      pool.run(async () => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
      });
    await Promise.all(Array.from({ length: 7 }, task));
    expect(most).toBe(2);
    const slow = pool.run(() => new Promise((r) => setTimeout(r, 5)));
    const third = [pool.run(async () => 1), pool.run(async () => 2)];
    const waiting = pool.run(async () => 3);
    pool.abort(new Error('stop'));
    await expect(waiting).rejects.toBeInstanceOf(AbortedError);
    await expect(pool.run(async () => 4)).rejects.toBeInstanceOf(AbortedError);
    await Promise.allSettled([slow, ...third]);
  });
});

describe('pacing', () => {
  it('waits until credits fit in the sliding minute', async () => {
    let now = 0;
    const pacer = createPacer({
      perMinute: 100,
      now: () => now,
      sleep: async (ms) => void (now += ms),
    });
    await pacer.take(50);
    now = 10_000;
    await pacer.take(50);
    await pacer.take(50);
    expect(now).toBe(60_000);
    expect(pacer.waitedMs).toBe(50_000);
  });

  it('paces a generation under a credit budget instead of hitting Miro’s limit', async () => {
    const { sim, hooks } = setup();
    const bp = layoutMethod(methods.byId('eerste-bijeenkomst')!, people(16), layoutOptions('pace'));
    const start = sim.clock.now();
    const result = await applyBlueprint(sim, bp, { ...hooks, creditsPerMinute: 5_000 });
    expect(result.ok).toBe(true);
    expect(sim.counters.rateLimited).toBe(0);
    expect(sim.clock.now() - start).toBeGreaterThan(
      60_000 * Math.floor(sim.counters.credits / 5_000 - 1),
    );
  });

  it('recovers when Miro rate-limits it, waiting as Miro says', async () => {
    const { sim, hooks } = setup();
    for (let i = 0; i < 1990; i++) await sim.board.getUserInfo();
    const bp = layoutMethod(methods.byId('post-it')!, people(6), layoutOptions('rl'));
    const result = await applyBlueprint(sim, bp, hooks);
    expect(result.ok).toBe(true);
    expect(sim.counters.rateLimited).toBeGreaterThan(0);
  });
});
