// Every SDK call goes through `call`: it counts the call, waits the simulated latency, charges
// credits (or throws a rate-limit error), applies failure injection and only then runs the
// effect. Injected failures therefore always happen BEFORE the effect, so a retry is safe.
// Errors leave in the configured shape (errorShape, errors.ts); a `fail` hook's error as given.
// Rate-limited calls are counted but charge nothing; injected failures and calls Miro rejects
// for bad arguments are charged (they reached Miro) [unverified against real Miro].
import type { SimClock } from './clock';
import { createRandom } from './clock';
import { createCreditMeter, creditCost, type CreditMeter } from './credits';
import { inShape, networkError, type ErrorShape } from './errors';

/** What the failure-injection hook sees: the call kind, its number (1-based) and the user. */
export interface CallInfo {
  kind: string;
  n: number;
  userId: string;
}

export interface Counters {
  calls: number;
  credits: number;
  rateLimited: number;
  failed: number;
  byKind: Record<string, { calls: number; credits: number }>;
  inFlight: number;
  maxInFlight: number;
}

export interface RuntimeOptions {
  clock: SimClock;
  latencyMs: number;
  fail?: (call: CallInfo) => Error | undefined;
  failureRate: number;
  seed: number;
  /** The shape errors leave in, read at each failure (core.options.errorShape). */
  errorShape: () => ErrorShape;
  onHandlerError: (error: unknown) => void;
  onChange: () => void;
}

export interface Runtime {
  readonly counters: Counters;
  call<T>(userId: string, kind: string, effect: () => T): Promise<T>;
  deliver(fn: () => void): void;
  settle(): Promise<void>;
  resetCounters(): void;
  now(): number;
  nowIso(): string;
}

/** Returns a fresh, zeroed counters record. */
export function emptyCounters(): Counters {
  return {
    calls: 0,
    credits: 0,
    rateLimited: 0,
    failed: 0,
    byKind: {},
    inFlight: 0,
    maxInFlight: 0,
  };
}

/** Returns a runtime that meters, delays and fails calls as `options` say. */
export function createRuntime(options: RuntimeOptions): Runtime {
  const counters = emptyCounters();
  const meters = new Map<string, CreditMeter>();
  const random = createRandom(options.seed);
  const pending = new Set<Promise<unknown>>();
  let n = 0;

  const track = <T>(p: Promise<T>): Promise<T> => {
    pending.add(p);
    const done = () => pending.delete(p);
    p.then(done, done);
    return p;
  };
  const wait = () =>
    options.latencyMs > 0
      ? new Promise<void>((resolve) => setTimeout(resolve, options.latencyMs))
      : Promise.resolve();
  const meterOf = (userId: string) => {
    const meter = meters.get(userId) ?? createCreditMeter();
    meters.set(userId, meter);
    return meter;
  };

  const run = async <T>(userId: string, kind: string, effect: () => T): Promise<T> => {
    n += 1;
    const call = { kind, n, userId };
    counters.calls += 1;
    const perKind = (counters.byKind[kind] ??= { calls: 0, credits: 0 });
    perKind.calls += 1;
    counters.inFlight += 1;
    counters.maxInFlight = Math.max(counters.maxInFlight, counters.inFlight);
    try {
      await wait();
      const credits = creditCost(kind);
      try {
        meterOf(userId).charge(credits, options.clock.now());
      } catch (error) {
        counters.rateLimited += 1;
        throw inShape(options.errorShape(), error);
      }
      counters.credits += credits;
      perKind.credits += credits;
      const injected =
        options.fail?.(call) ??
        (options.failureRate > 0 && random() < options.failureRate
          ? inShape(options.errorShape(), networkError(kind, n))
          : undefined);
      if (injected) {
        counters.failed += 1;
        throw injected;
      }
      let result: T;
      try {
        result = effect();
      } catch (error) {
        throw inShape(options.errorShape(), error);
      }
      options.onChange();
      return result;
    } finally {
      counters.inFlight -= 1;
    }
  };

  return {
    counters,
    call: (userId, kind, effect) => track(run(userId, kind, effect)),
    deliver(fn) {
      const p = new Promise<void>((resolve) => {
        const go = () => {
          try {
            fn();
          } catch (error) {
            options.onHandlerError(error);
          }
          resolve();
        };
        if (options.latencyMs > 0) setTimeout(go, options.latencyMs);
        else queueMicrotask(go);
      });
      track(p);
    },
    async settle() {
      for (let round = 0; round < 1000 && pending.size > 0; round++) {
        await Promise.allSettled([...pending]);
      }
    },
    resetCounters() {
      Object.assign(counters, emptyCounters(), { inFlight: counters.inFlight });
    },
    now: () => options.clock.now(),
    nowIso: () => new Date(options.clock.now()).toISOString(),
  };
}
