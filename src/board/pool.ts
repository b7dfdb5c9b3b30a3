// A concurrency pool: at most `cap` tasks run at once, the rest wait in FIFO order. `abort`
// rejects every waiting task and every later one, so a failed run stops issuing calls while the
// calls already in flight finish.

/** Thrown for tasks dropped because the pool was aborted; never retried. */
export class AbortedError extends Error {
  constructor(readonly reason: unknown) {
    super('Aborted after an earlier failure');
    this.name = 'AbortedError';
  }
}

export interface Pool {
  run<T>(task: () => Promise<T>): Promise<T>;
  abort(reason: unknown): void;
  readonly active: number;
  readonly aborted: boolean;
}

/** Returns a new pool running at most `cap` tasks at once (cap ≥ 1). */
export function createPool(cap = 8): Pool {
  if (!(cap >= 1)) throw new Error(`pool: cap must be at least 1, got ${cap}`);
  const waiting: { start: () => void; drop: (e: unknown) => void }[] = [];
  let active = 0;
  let stop: AbortedError | undefined;
  const next = () => {
    while (active < cap && waiting.length > 0) waiting.shift()?.start();
  };
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      if (stop) return Promise.reject(stop);
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          active += 1;
          task()
            .then(resolve, reject)
            .finally(() => {
              active -= 1;
              next();
            });
        };
        waiting.push({ start, drop: reject });
        next();
      });
    },
    abort(reason) {
      stop ??= new AbortedError(reason);
      for (const w of waiting.splice(0)) w.drop(stop);
    },
    get active() {
      return active;
    },
    get aborted() {
      return stop !== undefined;
    },
  };
}
