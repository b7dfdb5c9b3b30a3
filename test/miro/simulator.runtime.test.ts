import { describe, expect, it } from 'vitest';
import { classifyError, retryAfterOf } from '../../src/miro/retry';
import { createSimulatedMiro, RateLimitError, SimMiroError } from '../../src/miro/simulator';

describe('simulated Miro: credits', () => {
  it('charges 50 credits per call and 500 for get, counted by kind', async () => {
    const sim = createSimulatedMiro();
    const sticky = await sim.board.createStickyNote({});
    await sticky.sync();
    await sticky.setMetadata('k', 1);
    await sim.board.getById(sticky.id);
    await sim.board.get();
    expect(sim.counters).toMatchObject({ calls: 5, credits: 700 });
    expect(sim.counters.byKind).toEqual({
      createStickyNote: { calls: 1, credits: 50 },
      sync: { calls: 1, credits: 50 },
      setMetadata: { calls: 1, credits: 50 },
      getById: { calls: 1, credits: 50 },
      get: { calls: 1, credits: 500 },
    });
  });

  it('throws a rate-limit error on the 2,001st call in a minute and frees credits after 60 s', async () => {
    const sim = createSimulatedMiro({ assume: { errorShape: 'coded' } });
    for (let i = 0; i < 2000; i++) await sim.board.getUserInfo();
    const error = await sim.board.getUserInfo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(classifyError(error)).toBe('rate-limit');
    expect((error as RateLimitError).message).toMatch(/Rate limit exceeded/);
    expect((error as RateLimitError).retryAfterMs).toBe(60_000);
    expect(sim.counters).toMatchObject({ calls: 2001, credits: 100_000, rateLimited: 1 });
    sim.clock.advance(59_999);
    await expect(sim.board.getUserInfo()).rejects.toMatchObject({ code: 'RATE_LIMIT' });
    sim.clock.advance(1);
    await expect(sim.board.getUserInfo()).resolves.toMatchObject({ id: 'u-fac' });
  });

  it('throws a rate limit of unknown shape by default: a plain Error saying when to retry', async () => {
    const sim = createSimulatedMiro();
    for (let i = 0; i < 2000; i++) await sim.board.getUserInfo();
    const error = (await sim.board.getUserInfo().catch((e: unknown) => e)) as Error;
    expect(Object.getPrototypeOf(error)).toBe(Error.prototype);
    expect(error.name).toBe('Error');
    expect(Object.keys(error)).toEqual([]);
    expect(error.message).toBe(
      'Rate limit exceeded: 100000 credits per minute used up; retry in 60000 ms',
    );
    expect(classifyError(error)).toBe('rate-limit');
    expect(retryAfterOf(error)).toBe(60_000);
  });

  it('slides the minute window rather than resetting it on the minute', async () => {
    const sim = createSimulatedMiro();
    for (let i = 0; i < 1000; i++) await sim.board.getUserInfo();
    sim.clock.advance(30_000);
    for (let i = 0; i < 1000; i++) await sim.board.getUserInfo();
    sim.clock.advance(30_000);
    await sim.board.getUserInfo();
    await expect(
      Promise.all(Array.from({ length: 1000 }, () => sim.board.getUserInfo())),
    ).rejects.toThrow(/per minute/);
  });

  it('enforces 1,000,000 credits an hour', async () => {
    const sim = createSimulatedMiro();
    for (let minute = 0; minute < 10; minute++) {
      for (let i = 0; i < 200; i++) await sim.board.get();
      sim.clock.advance(60_000);
    }
    await expect(sim.board.getUserInfo()).rejects.toThrow(/per hour/);
  });

  it('meters credits per user', async () => {
    const sim = createSimulatedMiro();
    for (let i = 0; i < 200; i++) await sim.board.get();
    await expect(sim.board.get()).rejects.toThrow(/Rate limit/);
    await expect(sim.as('u-ann').board.get()).resolves.toBeDefined();
  });

  it('resets counters without forgetting spent credits', async () => {
    const sim = createSimulatedMiro();
    for (let i = 0; i < 200; i++) await sim.board.get();
    sim.resetCounters();
    expect(sim.counters).toMatchObject({ calls: 0, credits: 0, byKind: {} });
    await expect(sim.board.get()).rejects.toThrow(/Rate limit/);
  });

  it('does not count UI actions', async () => {
    const sim = createSimulatedMiro();
    const text = sim.act.create('text', {});
    sim.act.move(text.id, 10, 10);
    expect(sim.counters.calls).toBe(0);
  });
});

describe('simulated Miro: latency, concurrency and clock', () => {
  it('delays each call by latencyMs of wall time and records the most calls in flight', async () => {
    const sim = createSimulatedMiro({ latencyMs: 30 });
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 5 }, (_, i) => sim.board.createStickyNote({ x: i * 300 })),
    );
    await sim.board.createStickyNote({ x: 5000 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(sim.counters).toMatchObject({ maxInFlight: 5, inFlight: 0 });
  });

  it('uses an external clock when given one', async () => {
    let now = Date.UTC(2030, 0, 1);
    const sim = createSimulatedMiro({ clock: { now: () => now } });
    now += 1000;
    const text = await sim.board.createText({});
    expect(text.createdAt).toBe('2030-01-01T00:00:01.000Z');
    expect(() => sim.clock.advance(1)).toThrow(/external clock/);
  });
});

describe('simulated Miro: failure injection', () => {
  it('fails a chosen call before its effect, so a retry is safe', async () => {
    const sim = createSimulatedMiro({
      fail: ({ kind, n }) =>
        kind === 'createStickyNote' && n === 2 ? new Error('offline') : undefined,
    });
    await sim.board.createStickyNote({ content: 'a' });
    await expect(sim.board.createStickyNote({ content: 'b' })).rejects.toThrow('offline');
    expect(sim.inspect.items().map((i) => i.content)).toEqual(['a']);
    await sim.board.createStickyNote({ content: 'b' });
    expect(sim.inspect.items().map((i) => i.content)).toEqual(['a', 'b']);
    expect(sim.counters.failed).toBe(1);
  });

  it('fails a seeded share of calls with network errors, the same ones on every run', async () => {
    const run = async () => {
      const sim = createSimulatedMiro({
        failureRate: 0.3,
        seed: 42,
        assume: { errorShape: 'coded' },
      });
      const outcomes: string[] = [];
      for (let i = 0; i < 40; i++) {
        outcomes.push(
          await sim.board.createText({ x: i * 300 }).then(
            () => 'ok',
            (e: { code?: string }) => e.code ?? '?',
          ),
        );
      }
      return { outcomes, stored: sim.inspect.items().length };
    };
    const first = await run();
    expect(first.outcomes.filter((o) => o === 'NETWORK').length).toBeGreaterThan(4);
    expect(first.outcomes.filter((o) => o === 'NETWORK').length).toBeLessThan(24);
    expect(first.stored).toBe(first.outcomes.filter((o) => o === 'ok').length);
    expect(await run()).toEqual(first);
  });

  it('fails with plain Errors of unknown shape by default, with a message only', async () => {
    const sim = createSimulatedMiro({ failureRate: 0.3, seed: 42 });
    const errors: unknown[] = [];
    for (let i = 0; i < 40; i++)
      await sim.board.createText({ x: i * 300 }).catch((e) => errors.push(e));
    expect(errors.length).toBeGreaterThan(4);
    for (const e of errors) {
      expect(Object.getPrototypeOf(e)).toBe(Error.prototype);
      expect(e).not.toHaveProperty('code');
      expect((e as Error).message).toMatch(/^Network error: call #\d+ \(createText\) failed/);
    }
  });
});

describe('simulated Miro: error shape', () => {
  it('rejects an argument with a plain Error by default and a coded one under errorShape coded', async () => {
    const plain = await createSimulatedMiro()
      .board.getById('404')
      .catch((e: unknown) => e);
    expect(Object.getPrototypeOf(plain)).toBe(Error.prototype);
    expect(plain).toMatchObject({
      name: 'Error',
      message: "Item with id '404' was not found on the board",
    });
    expect(plain).not.toHaveProperty('code');
    const coded = await createSimulatedMiro({ assume: { errorShape: 'coded' } })
      .board.createStickyNote({ width: 200, height: 200 })
      .catch((e: unknown) => e);
    expect(coded).toBeInstanceOf(SimMiroError);
    expect(coded).toMatchObject({ code: 'INVALID', message: expect.stringMatching(/not both/) });
  });

  it('throws a fail hook’s own error as given', async () => {
    const mine = { message: 'Something went wrong' };
    const sim = createSimulatedMiro({ fail: () => mine as Error });
    await expect(sim.board.getUserInfo()).rejects.toBe(mine);
  });
});
