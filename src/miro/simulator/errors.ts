// Errors the simulated Miro throws. Miro documents no error types, so by default (errorShape
// 'unknown', assumptions.ts) every error leaving an SDK call is a plain `Error` with only a
// message; under 'coded' it keeps the simulator's own `code` and classes. Throw sites build the
// coded error; the runtime puts it in the configured shape (inShape) as a call fails.
import type { Assumptions } from './assumptions';

export type ErrorShape = Assumptions['errorShape'];

/** The kinds of error the simulator raises. */
export type SimErrorCode = 'INVALID' | 'FORBIDDEN' | 'NOT_FOUND' | 'RATE_LIMIT' | 'NETWORK';

/** An error raised by the simulated Miro, with a machine-readable code. */
export class SimMiroError extends Error {
  readonly code: SimErrorCode;
  constructor(code: SimErrorCode, message: string) {
    super(message);
    this.name =
      code === 'RATE_LIMIT' ? 'RateLimitError' : code === 'NETWORK' ? 'NetworkError' : 'Error';
    this.code = code;
  }
}

/** Thrown when a call would exceed Miro's credit budget; `retryAfterMs` says when it would fit. */
export class RateLimitError extends SimMiroError {
  readonly retryAfterMs: number;
  constructor(message: string, retryAfterMs: number) {
    super('RATE_LIMIT', message);
    this.retryAfterMs = retryAfterMs;
  }
}

/** Returns a new error for an argument Miro rejects (does not throw). */
export function invalid(message: string): SimMiroError {
  return new SimMiroError('INVALID', message);
}

/** Returns a new error for an action the current user or plan may not perform (does not throw). */
export function forbidden(message: string): SimMiroError {
  return new SimMiroError('FORBIDDEN', message);
}

/** Returns a new error for a missing item (does not throw). */
export function notFound(id: string): SimMiroError {
  return new SimMiroError('NOT_FOUND', `Item with id '${id}' was not found on the board`);
}

/** Returns a new network-style error, used by failure injection (does not throw). */
export function networkError(kind: string, n: number): SimMiroError {
  return new SimMiroError(
    'NETWORK',
    `Network error: call #${n} (${kind}) failed before reaching the board`,
  );
}

/**
 * Returns the simulator's `error` in `shape`: under 'unknown' a plain Error with its message
 * only (no code, name 'Error'); under 'coded', or for any other error, `error` itself (no throw).
 */
export function inShape(shape: ErrorShape, error: unknown): unknown {
  if (!(error instanceof SimMiroError) || shape === 'coded') return error;
  return new Error(error.message);
}
