// The session in a storage collection as a versioned envelope; app data holds only a small pointer.
// Storage has no compare-and-set: commit writes with a revision and a writer token, reads back,
// and reports a conflict when another writer's value won; applyWithRetry re-applies or drops.
import type { Method, Text } from '../catalog/schema';
import type { CollectionLike, Json } from '../miro/types';
import type { Effect } from './effects';
import { bad, isObj, readEnvelope, SCHEMA_VERSION } from './envelope';
export { migrate, SCHEMA_VERSION } from './envelope';
export type { Envelope, Loaded, Recovery } from './envelope';
import type { Loaded } from './envelope';
import { positionOf, samePosition, statesAt } from './position';
import type { Position } from './position';
import { restoreState } from './repair';
import type { MethodLookup, Repair } from './repair';
import type { SessionEvent, SessionState } from './state';
import { transition } from './transition';
import { COLLECTION, KEYS } from '../storage/keys';
import { userError, type UserError } from '../shared/errors';

export { COLLECTION };
export const sessionKey = KEYS.session;

/** Returns the session stored under `id`, repaired where it can be, or an error value; never throws, never writes. */
export async function loadSession(
  collection: CollectionLike,
  id: string,
  lookup: MethodLookup,
): Promise<Loaded> {
  let raw: unknown;
  try {
    raw = await collection.get(sessionKey(id));
  } catch {
    return bad(
      'read-failed',
      'De sessie kon niet gelezen worden; probeer het opnieuw.',
      'The session could not be read; try again.',
      ['retry'],
    );
  }
  const read = readEnvelope(raw);
  if ('ok' in read) return read;
  const restored = restoreState(read.envelope.state, id, lookup);
  if (!restored.ok)
    return {
      ok: false,
      error: { code: restored.code, message: restored.message },
      recover: ['new-session'],
      salvage: restored.salvage,
    };
  return {
    ok: true,
    state: restored.state,
    method: restored.method,
    rev: read.envelope.rev,
    repairs: [...read.repairs, ...restored.repairs],
  };
}

export type Committed =
  | { ok: true; rev: number }
  | { ok: false; conflict: true }
  | { ok: false; conflict: false; error: UserError };
export interface WriteCtx {
  /** This client's id (its Miro user id); with `random` it makes a unique writer token. */
  writer: string;
  random: () => number;
  /** Waits before reading back, so a near-simultaneous writer's value shows; the shell passes a delay. */
  settle?: () => Promise<void>;
}

const revOf = (raw: unknown) =>
  isObj(raw) && typeof raw.rev === 'number' ? raw.rev : raw === undefined ? 0 : -1;

/** Writes `next` only when the stored revision is `expectedRev`, then reads back; returns ok or a conflict. */
export async function commit(
  collection: CollectionLike,
  id: string,
  expectedRev: number,
  next: SessionState,
  ctx: WriteCtx,
): Promise<Committed> {
  const key = sessionKey(id);
  const token = `${ctx.writer}#${Math.floor(ctx.random() * 2 ** 32).toString(36)}`;
  const envelope = { version: SCHEMA_VERSION, rev: expectedRev + 1, writer: token, state: next };
  try {
    if (revOf(await collection.get(key)) !== expectedRev) return { ok: false, conflict: true };
    await collection.set(key, envelope as unknown as Json);
    await ctx.settle?.();
    const back = await collection.get(key);
    if (!isObj(back) || back.writer !== token) return { ok: false, conflict: true };
    return { ok: true, rev: envelope.rev };
  } catch {
    const error = userError(
      'write-failed',
      'Opslaan mislukte; probeer het opnieuw.',
      'Saving failed; try again.',
    );
    return { ok: false, conflict: false, error };
  }
}

/** Events that move the session: issued against an older position they are dropped, never applied twice. */
const MOVES = new Set([
  'start',
  'next',
  'previous',
  'goto',
  'skip',
  'newRound',
  'end',
  'pickInbrenger',
  'caseChosen',
  'rotate',
]);

export type Applied =
  | { ok: true; state: SessionState; effects: Effect[]; rev: number; repairs: Repair[] }
  | { ok: false; dropped: true; state: SessionState; rev: number; message: Text }
  | { ok: false; dropped: false; error: UserError };

export interface ApplyCtx extends WriteCtx {
  now: number;
  lookup?: MethodLookup;
  /** Where the user saw the session when acting; a move is dropped once the session left it. */
  seenAt?: { status: SessionState['status'] } & Position;
  maxAttempts?: number;
}

/** Loads, applies the event and commits, re-reading and re-applying on conflict; a stale move is dropped. */
export async function applyWithRetry(
  collection: CollectionLike,
  id: string,
  method: Method,
  event: SessionEvent,
  ctx: ApplyCtx,
): Promise<Applied> {
  const lookup = ctx.lookup ?? ((m: string) => (m === method.id ? method : undefined));
  let seen = ctx.seenAt ?? null;
  for (let attempt = 0; attempt < (ctx.maxAttempts ?? 5); attempt++) {
    const loaded = await loadSession(collection, id, lookup);
    if (!loaded.ok) return { ok: false, dropped: false, error: loaded.error };
    const { state, rev } = loaded;
    seen ??= { status: state.status, ...positionOf(state) };
    const moved = seen.status !== state.status || !samePosition(seen, state);
    if (MOVES.has(event.type) && moved)
      return {
        ok: false,
        dropped: true,
        state,
        rev,
        message: {
          nl: 'Iemand anders ging je net voor; de sessie staat al verder.',
          en: 'Someone else just went ahead; the session has already moved.',
        },
      };
    const result = transition(method, state, event, ctx);
    if ('error' in result) return { ok: false, dropped: false, error: result.error };
    const done = await commit(collection, id, rev, result.state, ctx);
    if (done.ok)
      return {
        ok: true,
        state: result.state,
        effects: result.effects,
        rev: done.rev,
        repairs: loaded.repairs,
      };
    if (!done.conflict) return { ok: false, dropped: false, error: done.error };
  }
  return {
    ok: false,
    dropped: false,
    error: {
      code: 'busy',
      message: {
        nl: 'De sessie wordt druk bewerkt; probeer het zo opnieuw.',
        en: 'The session is busy; try again shortly.',
      },
    },
  };
}

/** Returns a session moved to `phaseIndex` (stage 0, running) with a full region sync: a way on after a repair; pure. */
export function resetToPhase(
  method: Method,
  state: SessionState,
  phaseIndex: number,
  now: number,
): { state: SessionState; effects: Effect[] } {
  const i = Math.min(Math.max(0, Math.floor(phaseIndex)), method.phases.length - 1);
  const next: SessionState = {
    ...state,
    status: 'running',
    phaseIndex: i,
    stage: 0,
    phaseStartedAt: now,
    startedAt: state.startedAt ?? now,
    endedAt: null,
  };
  const states = statesAt(method, next);
  return {
    state: next,
    effects: [
      { type: 'sync-regions', states },
      { type: 'highlight-phase', index: i },
      { type: 'step-card', phaseIndex: i, stage: 0 },
      { type: 'persist' },
    ],
  };
}

/** Returns the app-data pointer to the active session (at most 512 bytes as JSON); pure. */
export function makePointer(sessionId: string): { v: 1; active: string } {
  return { v: 1, active: sessionId };
}

/** The one pointer reader (src/storage/pointer.ts). */
export { pointerSession as readPointer } from '../storage/pointer';
