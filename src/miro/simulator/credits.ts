// Credit accounting on the simulated clock. Miro charges credits per call (most calls 50, the
// experimental `get` 500) and allows at most 100,000 a minute and 1,000,000 an hour. The
// simulator uses SLIDING windows: a call at time t counts against every window (t - 60 s, t]
// and (t - 3600 s, t]. Miro does not document whether its windows slide or are fixed; sliding
// is the stricter reading for bursts that straddle a minute boundary.
import { LIMITS } from './limits';
import { RateLimitError } from './errors';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Credits charged per call kind; anything not listed costs 50. */
export const CREDIT_COST: Readonly<Record<string, number>> = { get: 500 };

/** Returns the credits a call of `kind` costs (pure). */
export function creditCost(kind: string): number {
  return CREDIT_COST[kind] ?? 50;
}

export interface CreditMeter {
  /** Charges `credits` at `now` or throws a RateLimitError without charging. */
  charge(credits: number, now: number): void;
  /** Returns the credits used in the minute and hour windows ending at `now` (no mutation). */
  used(now: number): { minute: number; hour: number };
}

/** Returns a new sliding-window credit meter with Miro's limits (or the ones given). */
export function createCreditMeter(
  perMinute: number = LIMITS.creditsPerMinute,
  perHour: number = LIMITS.creditsPerHour,
): CreditMeter {
  // One entry per distinct timestamp keeps memory bounded by calls per hour at worst.
  const entries: { at: number; credits: number }[] = [];

  const prune = (now: number) => {
    while (entries.length > 0 && (entries[0]?.at ?? now) <= now - HOUR) entries.shift();
  };
  const sumSince = (since: number) =>
    entries.reduce((sum, e) => (e.at > since ? sum + e.credits : sum), 0);
  // Earliest time at which `needed` more credits fit in a window of `span` with `limit`.
  const freeAt = (now: number, span: number, limit: number, credits: number) => {
    let excess = sumSince(now - span) + credits - limit;
    for (const e of entries) {
      if (e.at <= now - span) continue;
      excess -= e.credits;
      if (excess <= 0) return e.at + span;
    }
    return now;
  };

  return {
    charge(credits, now) {
      prune(now);
      const { minute, hour } = this.used(now);
      if (minute + credits > perMinute || hour + credits > perHour) {
        const window = minute + credits > perMinute ? 'minute' : 'hour';
        const limit = window === 'minute' ? perMinute : perHour;
        const at = freeAt(now, window === 'minute' ? MINUTE : HOUR, limit, credits);
        throw new RateLimitError(
          `Rate limit exceeded: ${limit} credits per ${window} used up; retry in ${at - now} ms`,
          at - now,
        );
      }
      const last = entries[entries.length - 1];
      if (last && last.at === now) last.credits += credits;
      else entries.push({ at: now, credits });
    },
    used(now) {
      return { minute: sumSince(now - MINUTE), hour: sumSince(now - HOUR) };
    },
  };
}
