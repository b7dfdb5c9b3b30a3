// Retrying SDK calls: network errors and rate-limit errors are retried with exponential backoff
// and jitter (from an injected random); a rate-limit error waits its `retryAfterMs` when it says
// one. Every other error (Miro rejecting an argument, a missing item, a forbidden action) is a
// bug or bad input and is thrown at once. Real Miro's error shapes are [unverified]: we accept
// the simulator's `code` and the `name` of its classes, and a fetch-style TypeError.

export type Sleep = (ms: number) => Promise<void>;

export interface RetryOptions {
  /** Attempts after the first one (default 6). */
  retries?: number;
  /** Delay before retry n (0-based) is min(maxMs, baseMs × 2^n) × (0.5 … 1), jittered. */
  backoff?: { baseMs?: number; maxMs?: number };
  /** Returns numbers in [0, 1); default Math.random. */
  random?: () => number;
  sleep?: Sleep;
  /** Called before each wait, for logs and tests. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/** Returns a promise that resolves after `ms` real milliseconds (no other effect). */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Returns true for a network failure: the call may not have reached the board (pure). */
export function isNetworkError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (code === 'NETWORK' || name === 'NetworkError') return true;
  return error instanceof TypeError && /fetch|network/i.test(String(message));
}

/** Returns true for Miro's rate-limit error (code RATE_LIMIT or name RateLimitError) (pure). */
export function isRateLimitError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, name } = error as { code?: unknown; name?: unknown };
  return code === 'RATE_LIMIT' || name === 'RateLimitError';
}

/** Returns true when an error is worth retrying: a network or a rate-limit error (pure). */
export function isTransientError(error: unknown): boolean {
  return isNetworkError(error) || isRateLimitError(error);
}

/** Returns the wait before retry `attempt` (0-based) for `error` (pure given `random`). */
export function retryDelay(
  error: unknown,
  attempt: number,
  options: Pick<RetryOptions, 'backoff' | 'random'> = {},
): number {
  const random = options.random ?? Math.random;
  const base = options.backoff?.baseMs ?? 200;
  const max = options.backoff?.maxMs ?? 5_000;
  const after = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  if (isRateLimitError(error) && typeof after === 'number' && after >= 0) {
    return Math.ceil(after + random() * base);
  }
  return Math.round(Math.min(max, base * 2 ** attempt) * (0.5 + random() / 2));
}

/** Returns fn's result, retrying transient errors; rethrows the last or a non-transient error. */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 6;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= retries || !isTransientError(error)) throw error;
      const delay = retryDelay(error, attempt, options);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
