// Credit pacing: Miro allows 100,000 credits a minute per user and throws beyond. The pacer
// keeps its own sliding minute of the credits this run spent and waits before a call that would
// exceed `perMinute` (default 90,000: room for the guard and the panel on the same user).
import type { Sleep } from '../miro/retry';

/** Credits a call kind costs in Miro: experimental `get` 500, the calls the adapter makes 50. */
export function creditsOf(kind: string): number {
  return kind === 'get' ? 500 : 50;
}

export interface Pacer {
  /** Resolves once `credits` fit in the sliding minute, then books them (mutates). */
  take(credits: number): Promise<void>;
  /** Milliseconds spent waiting so far. */
  readonly waitedMs: number;
}

export interface PacerOptions {
  perMinute?: number;
  now?: () => number;
  sleep: Sleep;
}

const MINUTE = 60_000;

/** Returns a new pacer over a sliding one-minute window. */
export function createPacer(options: PacerOptions): Pacer {
  const perMinute = options.perMinute ?? 90_000;
  const now = options.now ?? Date.now;
  const booked: { at: number; credits: number }[] = [];
  let used = 0;
  let waitedMs = 0;
  const prune = (t: number) => {
    while (booked.length > 0 && booked[0]!.at <= t - MINUTE) used -= booked.shift()!.credits;
  };
  return {
    async take(credits) {
      for (;;) {
        const t = now();
        prune(t);
        if (used + credits <= perMinute || booked.length === 0) {
          booked.push({ at: t, credits });
          used += credits;
          return;
        }
        const wait = Math.max(1, booked[0]!.at + MINUTE - t);
        waitedMs += wait;
        await options.sleep(wait);
      }
    },
    get waitedMs() {
      return waitedMs;
    },
  };
}
