import { describe, expect, it } from 'vitest';
import { applyBlueprint } from '../../src/board/apply';
import { createPacer } from '../../src/board/pacer';
import { AbortedError, createPool } from '../../src/board/pool';
import { retryDelay, withRetry } from '../../src/board/retry';
import { methods } from '../../src/catalog/methods';
import { layoutMethod } from '../../src/layout/layout';
import { RateLimitError, SimMiroError } from '../../src/miro/simulator';
import { layoutOptions, networkDown, people, setup } from './helpers';

const noSleep = async () => undefined;

describe('withRetry', () => {
  it('retries network errors with growing, jittered waits', async () => {
    const waits: number[] = [];
    let calls = 0;
    const value = await withRetry(
      async () => {
        if (++calls < 4) throw networkDown();
        return 'ok';
      },
      { random: () => 1, sleep: async (ms) => void waits.push(ms), backoff: { baseMs: 100 } },
    );
    expect(value).toBe('ok');
    expect(waits).toEqual([100, 200, 400]);
    expect(retryDelay(networkDown(), 2, { random: () => 0, backoff: { baseMs: 100 } })).toBe(200);
  });

  it('waits the retryAfterMs of a rate-limit error', async () => {
    const waits: number[] = [];
    let calls = 0;
    await withRetry(
      async () => {
        if (++calls === 1) throw new RateLimitError('Rate limit exceeded', 12_345);
      },
      { random: () => 0, sleep: async (ms) => void waits.push(ms) },
    );
    expect(waits).toEqual([12_345]);
  });

  it('throws a rejected argument at once and gives up after the retries', async () => {
    let calls = 0;
    const invalid = new SimMiroError('INVALID', 'Invalid frame style.fillColor');
    await expect(
      withRetry(async () => (calls++, Promise.reject(invalid)), { sleep: noSleep }),
    ).rejects.toBe(invalid);
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      withRetry(async () => (calls++, Promise.reject(networkDown())), {
        retries: 3,
        sleep: noSleep,
      }),
    ).rejects.toMatchObject({ code: 'NETWORK' });
    expect(calls).toBe(4);
  });
});

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
