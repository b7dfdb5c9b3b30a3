// A deterministic clock and a seeded pseudo-random generator for the simulator.

/** Anything that tells the time in milliseconds since the epoch. */
export interface ClockLike {
  now(): number;
}

/** The simulator's clock: `advance` moves time forward (throws for an external clock). */
export interface SimClock extends ClockLike {
  advance(ms: number): void;
}

/** Monday 6 January 2025, 09:00 UTC: where the default manual clock starts. */
export const DEFAULT_EPOCH = Date.UTC(2025, 0, 6, 9, 0, 0);

/** Returns a manual clock starting at `start`; `onAdvance` runs after each advance (no other effect). */
export function createManualClock(start = DEFAULT_EPOCH, onAdvance?: () => void): SimClock {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      if (!(ms >= 0)) throw new Error(`clock.advance needs a non-negative number of ms, got ${ms}`);
      now += ms;
      onAdvance?.();
    },
  };
}

/** Wraps an external clock; its `advance` throws because the simulator does not own the time. */
export function wrapClock(clock: ClockLike, onAdvance?: () => void): SimClock {
  return {
    now: () => clock.now(),
    advance() {
      onAdvance?.();
      throw new Error('This simulator uses an external clock: advance that clock instead');
    },
  };
}

/** Returns a seeded PRNG (mulberry32) yielding numbers in [0, 1); each call advances its state. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
