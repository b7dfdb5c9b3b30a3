// Echo suppression: the guard's own writes come back as item events on its client. It remembers
// the ids it is working on, and the ids and target positions of its writes, for a short window.
import { withRetry as retry, type RetryOptions } from '../miro/retry';

export interface EchoFilter {
  /** Marks an item as being worked on: every event for it is ignored until `done` (mutates). */
  busy(id: string): void;
  done(id: string): void;
  /** Expects an update event for `id` at absolute (x, y) (mutates). */
  expectMove(id: string, x: number, y: number): void;
  /** Expects a create event of `type` at absolute (x, y) (mutates). */
  expectCreate(type: string, x: number, y: number): void;
  expectDelete(id: string): void;
  /** Returns true (and forgets the match) when the event is the guard's own echo (mutates). */
  isEcho(
    kind: 'create' | 'update' | 'delete',
    id: string,
    type: string,
    x: number,
    y: number,
  ): boolean;
  /** How many events were recognised as echoes. */
  readonly suppressed: number;
}

interface Expect {
  kind: 'create' | 'update' | 'delete';
  id?: string;
  type?: string;
  x: number;
  y: number;
  until: number;
}

/** Returns a new echo filter; `now` is the clock, `windowMs` how long a write is remembered. */
export function createEchoFilter(now: () => number, windowMs = 5000): EchoFilter {
  const working = new Set<string>();
  let expected: Expect[] = [];
  let suppressed = 0;
  const near = (e: Expect, x: number, y: number) => Math.abs(e.x - x) < 2 && Math.abs(e.y - y) < 2;
  return {
    busy: (id) => void working.add(id),
    done: (id) => void working.delete(id),
    expectMove: (id, x, y) =>
      void expected.push({ kind: 'update', id, x, y, until: now() + windowMs }),
    expectCreate: (type, x, y) =>
      void expected.push({ kind: 'create', type, x, y, until: now() + windowMs }),
    expectDelete: (id) =>
      void expected.push({ kind: 'delete', id, x: 0, y: 0, until: now() + windowMs }),
    isEcho(kind, id, type, x, y) {
      const t = now();
      expected = expected.filter((e) => e.until >= t);
      if (working.has(id)) {
        suppressed++;
        return true;
      }
      const i = expected.findIndex(
        (e) =>
          e.kind === kind &&
          (kind === 'create' ? e.type === type && near(e, x, y) : e.id === id) &&
          (kind !== 'update' || near(e, x, y)),
      );
      if (i < 0) return false;
      expected.splice(i, 1);
      suppressed++;
      return true;
    },
    get suppressed() {
      return suppressed;
    },
  };
}

// The guard's bound: it runs on real timers while people work, so a failing call waits about
// 0.6 s in all before it gives up (a rate limit up to 2 s a try), yet tries often enough that a
// tenth of calls failing almost never makes it give up (0.1^6 per call).
const GUARD_RETRY: RetryOptions = {
  retries: 5,
  backoff: { baseMs: 25, maxMs: 200 },
  capMs: 2_000,
};

/** Returns call's result, retried by the app's one policy (miro/retry.ts), the guard's bound. */
export function withRetry<T>(call: () => Promise<T>): Promise<T> {
  return retry(call, GUARD_RETRY);
}
