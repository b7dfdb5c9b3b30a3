// The one way the adapter calls Miro: every call takes a pool slot (at most `concurrency` in
// flight), books its credits with the pacer, and is retried by the app's one policy (every error
// not known to be permanent; ../miro/retry.ts).
// A retry waits outside the pool, so a backing-off call does not hold a slot.
import { createPacer, creditsOf, type Pacer } from './pacer';
import { createPool, type Pool } from './pool';
import { realSleep, withRetry, type RetryOptions, type Sleep } from '../miro/retry';

export interface RunnerOptions {
  /** Calls in flight at most (default 8). */
  concurrency?: number;
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
  retries?: number;
  backoff?: RetryOptions['backoff'];
  /** Credit budget per sliding minute (default 90,000; Miro's limit is 100,000). */
  creditsPerMinute?: number;
  /** A pacer to share between runs (e.g. one per board), so back-to-back runs stay paced. */
  pacer?: Pacer;
}

export interface Runner {
  /** Returns fn's result, run in the pool, paced and retried; `kind` names the SDK call. */
  call<T>(kind: string, fn: () => Promise<T>): Promise<T>;
  /** Stops issuing calls: waiting and later calls reject with AbortedError (mutates). */
  abort(reason: unknown): void;
  readonly pool: Pool;
  readonly pacer: Pacer;
}

/** Returns a new runner; the defaults suit a real board (real sleep, Date.now, Math.random). */
export function createRunner(options: RunnerOptions = {}): Runner {
  const sleep = options.sleep ?? realSleep;
  const pool = createPool(options.concurrency ?? 8);
  const pacer =
    options.pacer ?? createPacer({ perMinute: options.creditsPerMinute, now: options.now, sleep });
  const retry: RetryOptions = {
    retries: options.retries,
    backoff: options.backoff,
    random: options.random,
    sleep,
  };
  return {
    call: (kind, fn) =>
      withRetry(
        () =>
          pool.run(async () => {
            await pacer.take(creditsOf(kind));
            return fn();
          }),
        retry,
      ),
    abort: (reason) => pool.abort(reason),
    pool,
    pacer,
  };
}
