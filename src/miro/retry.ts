// The app's one retry policy for Miro calls, for errors of any shape. Miro documents no error
// types, so an error is read by what it says: an HTTP status, its message, and only then a
// `code` or `name` as a hint. Everything not known to be permanent (a rejected argument, a
// missing item, a forbidden action, our own bug) is retried, with a bound and jittered backoff;
// rate limits wait longer, and a stated retry-after (field or message) is honoured.

export type Sleep = (ms: number) => Promise<void>;

/** How a failed call is treated: never retried, retried after a long wait, or retried soon. */
export type ErrorClass = 'permanent' | 'rate-limit' | 'transient';

export interface RetryOptions {
  /** Attempts after the first one (default 6). */
  retries?: number;
  /** Delay before retry n (0-based) is min(maxMs, baseMs × 2^n) × (0.5 … 1), jittered. */
  backoff?: { baseMs?: number; maxMs?: number };
  /** The same for a rate limit that states no retry-after (default 5 s … 60 s). */
  rateLimitBackoff?: { baseMs?: number; maxMs?: number };
  /** No single wait is longer, a stated retry-after included (default 120 s). */
  capMs?: number;
  /** Returns numbers in [0, 1); default Math.random. */
  random?: () => number;
  sleep?: Sleep;
  /** Called before each wait, for logs and tests. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/** Returns a promise that resolves after `ms` real milliseconds (no other effect). */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const anyOf = (patterns: string[]) => new RegExp(patterns.join('|'), 'i');

const RATE_LIMIT = anyOf([
  'rate.?limit',
  'too many requests',
  '\\bcredits?\\b',
  'throttl',
  'quota',
]);
// Checked before PERMANENT: "Network error: cannot reach …" is still a network error.
const NETWORK = anyOf([
  'network',
  'fetch',
  'load failed',
  'timed? ?out',
  'connection',
  'offline',
  'socket',
  'econn',
  'temporar',
  'unavailable',
  'try again later',
  'server error',
  'bad gateway',
]);
const PERMANENT = anyOf([
  'not found',
  'does not exist',
  "doesn't exist",
  'no longer exists',
  'already exists',
  '\\bno\\b[^.]*\\bfound\\b',
  'invalid',
  'must (be|not|lie)',
  'cannot',
  "can't",
  'can only',
  'not allowed',
  'not permitted',
  'forbidden',
  'refused',
  'rejected',
  'denied',
  'permission',
  'unauthori[sz]ed',
  '\\bowners?\\b',
  'on this plan',
  'exceed',
  'too (long|large|big|many|short|small)',
  'limit (of|is) \\d',
  '\\b(at most|at least|maximum|minimum)\\b',
  'out of range',
  'outside',
  'not both',
  '\\bnot an? \\w',
  'not json',
  'not supported',
  'unsupported',
  'unknown (property|tag|field|type|id|key)',
  '\\bexpected\\b',
  '\\brequired\\b',
  '\\bneeds? (a|an|at)\\b',
  'has ended',
  'not joined',
]);

interface Loose {
  message?: unknown;
  name?: unknown;
  code?: unknown;
  status?: unknown;
  statusCode?: unknown;
  retryAfterMs?: unknown;
  retryAfter?: unknown;
}

const loose = (error: unknown): Loose =>
  typeof error === 'object' && error !== null ? (error as Loose) : {};

const messageOf = (error: unknown): string => {
  if (typeof error === 'string') return error;
  const { message } = loose(error);
  return typeof message === 'string' ? message : '';
};

const byStatus = (status: unknown): ErrorClass | undefined => {
  if (typeof status !== 'number') return undefined;
  if (status === 429) return 'rate-limit';
  if (status === 408 || status >= 500) return 'transient';
  return status >= 400 ? 'permanent' : undefined;
};

const byHint = (code: unknown, name: unknown): ErrorClass | undefined => {
  if (code === 'RATE_LIMIT' || name === 'RateLimitError') return 'rate-limit';
  if (code === 'NETWORK' || name === 'NetworkError' || name === 'TimeoutError') return 'transient';
  if (code === 'INVALID' || code === 'FORBIDDEN' || code === 'NOT_FOUND') return 'permanent';
  if (name === 'NotFoundError' || name === 'NotAllowedError' || name === 'SecurityError')
    return 'permanent';
  return undefined;
};

/** Returns how a failed call's error is treated, whatever its shape (pure). */
export function classifyError(error: unknown): ErrorClass {
  const e = loose(error);
  // Our own pool abort, or an aborted request: trying again cannot help.
  if (e.name === 'AbortedError' || e.name === 'AbortError') return 'permanent';
  const status = byStatus(e.status) ?? byStatus(e.statusCode);
  if (status) return status;
  const message = messageOf(error);
  if (RATE_LIMIT.test(message)) return 'rate-limit';
  if (NETWORK.test(message)) return 'transient';
  if (PERMANENT.test(message)) return 'permanent';
  const hint = byHint(e.code, e.name);
  if (hint) return hint;
  // A TypeError or ReferenceError that is not a failed fetch is a bug in the caller.
  if (error instanceof TypeError || error instanceof ReferenceError) return 'permanent';
  return 'transient';
}

/** Returns true for an error that says the item is not (or no longer) on the board (pure). */
export function isNotFoundError(error: unknown): boolean {
  const { code, name, status } = loose(error);
  if (code === 'NOT_FOUND' || name === 'NotFoundError' || status === 404) return true;
  return /not found|does not exist|doesn't exist|no longer exists/i.test(messageOf(error));
}

/** Returns the wait an error asks for in ms, by a field or in its message, or undefined (pure). */
export function retryAfterOf(error: unknown): number | undefined {
  const { retryAfterMs, retryAfter } = loose(error);
  if (typeof retryAfterMs === 'number' && retryAfterMs >= 0) return retryAfterMs;
  // `retryAfter` in seconds, as in the HTTP Retry-After header.
  const seconds = typeof retryAfter === 'string' ? Number(retryAfter) : retryAfter;
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0)
    return seconds * 1000;
  const said = /(?:retry|try again)(?:[\s-]*(?:after|in))?[\s:]*(\d+(?:\.\d+)?)\s*([a-z]*)/i.exec(
    messageOf(error),
  );
  if (!said?.[1]) return undefined;
  const unit = (said[2] ?? '').toLowerCase();
  const per = unit === 'ms' || unit.startsWith('milli') ? 1 : unit.startsWith('m') ? 60_000 : 1000;
  return Number(said[1]) * per;
}

/** Returns the wait before retry `attempt` (0-based) for `error` (pure given `random`). */
export function retryDelay(
  error: unknown,
  attempt: number,
  options: Pick<RetryOptions, 'backoff' | 'rateLimitBackoff' | 'capMs' | 'random'> = {},
): number {
  const random = options.random ?? Math.random;
  const cap = options.capMs ?? 120_000;
  const after = retryAfterOf(error);
  if (after !== undefined)
    return Math.min(cap, Math.ceil(after + random() * (options.backoff?.baseMs ?? 200)));
  const rate = classifyError(error) === 'rate-limit';
  const curve = rate ? options.rateLimitBackoff : options.backoff;
  const base = curve?.baseMs ?? (rate ? 5_000 : 200);
  const max = curve?.maxMs ?? (rate ? 60_000 : 5_000);
  return Math.min(cap, Math.round(Math.min(max, base * 2 ** attempt) * (0.5 + random() / 2)));
}

/** Returns fn's result, retrying every error not known to be permanent; rethrows the last one. */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 6;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= retries || classifyError(error) === 'permanent') throw error;
      const delay = retryDelay(error, attempt, options);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
