// Public API (wired in src/api.ts): from a generated template to a live session handle.
//
//   startSession(miro: MiroLike, input: StartInput): Promise<Opened>
//     input: { template: { sessionId, map?, lang? }   // generateTemplate's result or just its session id
//              method: Method | methodId, participants: { id, name, role?, onMiro? }[],
//              roles?: { [id]: RoleId[] },
//              facilitatorId, lang?, now?, random?, lookup?, lastInbrengerIds?, settleMs? }
//     Creates the session (status 'setup'), stores it in the app's collection under
//     `session:<id>` and the guard's text-free plan under `plan:<id>`, points app data
//     the pointer at it ({ v: 1, active: id }) and returns a handle.
//   joinSession(miro, sessionId, options?: JoinOptions): Promise<Opened>
//   openSession(miro, options?: JoinOptions): Promise<Opened>   // the session the app data points at
//     For a second panel (co-facilitator or participant): loads and repairs the stored session;
//     a corrupt one gives { ok: false, error, recover } and leaves the board untouched.
//   Opened = { ok: true, handle: SessionHandle, repairs } | { ok: false, error, recover, salvage? }
import { POINTER_KEY, writePointer } from '../storage/pointer';
import { builtinMethod } from '../catalog/lookup';
import type { Method, RoleId } from '../catalog/schema';
import type { Lang } from '../shared/text';
import { KEYS, planOf } from '../guard/plan';
import type { Json, MiroLike } from '../miro/types';
import type { MethodLookup, Repair } from '../session/repair';
import { createSession, SessionState } from '../session/state';
import type { Participant } from '../session/state';
import { COLLECTION, commit, loadSession, readPointer } from '../session/store';
import type { Recovery } from '../session/store';
import { storageError } from './errors';
import { userError, type UserError } from '../shared/errors';
import { createHandle } from './handle';
import { resolveStart } from './start-input';
import type { ParticipantInput } from './start-input';
import type { SessionHandle } from './handle';

export interface TemplateInput {
  sessionId: string;
  /** The TemplateMap (blueprint key → item id); read from storage `template:<id>` when absent. */
  map?: unknown;
  lang?: Lang;
}

export interface StartInput {
  template: TemplateInput;
  method: Method | string;
  /** The same list generateTemplate took; `onMiro` defaults to true, `role` is carried over. */
  participants: ParticipantInput[];
  /** participantId → role ids; overrides a participant's `role`. Defaults: see resolveStart. */
  roles?: Record<string, RoleId[]>;
  facilitatorId: string;
  /** The template's language when the template does not say (default 'nl'). */
  lang?: Lang;
  now?: () => number;
  random?: () => number;
  lookup?: MethodLookup;
  lastInbrengerIds?: string[];
  settleMs?: number;
}

export interface JoinOptions {
  lookup?: MethodLookup;
  lang?: Lang;
  template?: unknown;
  now?: () => number;
  random?: () => number;
  settleMs?: number;
}

export type Opened =
  | { ok: true; handle: SessionHandle; repairs: Repair[] }
  | {
      ok: false;
      error: UserError;
      recover: Recovery[];
      salvage?: { methodId?: string; participants?: Participant[] };
    };

const builtin: MethodLookup = builtinMethod;

async function whoAmI(miro: MiroLike, fallback: string): Promise<string> {
  try {
    return (await miro.board.getUserInfo()).id;
  } catch {
    return fallback;
  }
}

/** Creates, stores and points at a new session for a generated template; resolves to a handle or an error value. */
export async function startSession(miro: MiroLike, input: StartInput): Promise<Opened> {
  const lookup = input.lookup ?? builtin;
  const method = typeof input.method === 'string' ? lookup(input.method) : input.method;
  if (!method)
    return {
      ok: false,
      error: userError('unknown-method', 'Deze methode is onbekend.', 'This method is unknown.'),
      recover: ['new-session'],
    };
  const { sessionId } = input.template;
  const resolved = resolveStart(method, input.participants, input.roles, input.facilitatorId);
  if (!resolved.ok) return { ok: false, error: resolved.error, recover: ['new-session'] };
  const fresh = createSession({
    sessionId,
    methodId: method.id,
    participants: resolved.participants,
    facilitatorId: input.facilitatorId,
    lastInbrengerIds: input.lastInbrengerIds ?? [],
  });
  const parsed = SessionState.safeParse({ ...fresh, roles: resolved.roles });
  if (!parsed.success)
    return {
      ok: false,
      error: userError(
        'invalid-session',
        `De sessie klopt niet: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}.`,
        `The session is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}.`,
      ),
      recover: ['new-session'],
    };
  const random = input.random ?? Math.random;
  const selfId = await whoAmI(miro, input.facilitatorId);
  const collection = miro.board.storage.collection(COLLECTION);
  const done = await commit(collection, sessionId, 0, parsed.data, { writer: selfId, random });
  if (!done.ok)
    return done.conflict
      ? {
          ok: false,
          error: userError(
            'session-exists',
            'Er bestaat al een sessie voor dit sjabloon. Open die sessie of zet de methode opnieuw op het bord.',
            'A session already exists for this template. Open that session or lay the method out again.',
          ),
          recover: ['retry', 'new-session'],
        }
      : { ok: false, error: done.error, recover: ['retry'] };
  try {
    // The guard's text-free plan first: the guard reads it instead of loading the catalog, and
    // a custom method is guarded as well as a built-in one.
    await collection.set(
      KEYS.plan(sessionId),
      planOf(method, input.template.lang ?? input.lang ?? 'nl') as unknown as Json,
    );
    await writePointer(miro.board, sessionId);
  } catch {
    return { ok: false, error: storageError(), recover: ['retry'] };
  }
  const handle = createHandle({
    miro,
    method,
    state: parsed.data,
    rev: done.rev,
    selfId,
    lang: input.template.lang ?? input.lang ?? 'nl',
    template: input.template.map,
    now: input.now ?? Date.now,
    random,
    ...(input.lookup ? { lookup: input.lookup } : {}),
    ...(input.settleMs ? { settleMs: input.settleMs } : {}),
  });
  return { ok: true, handle, repairs: [] };
}

/** Loads a stored session (repaired where it can be) for another panel; reads only, never touches the board. */
export async function joinSession(
  miro: MiroLike,
  sessionId: string,
  options: JoinOptions = {},
): Promise<Opened> {
  const lookup = options.lookup ?? builtin;
  const collection = miro.board.storage.collection(COLLECTION);
  const loaded = await loadSession(collection, sessionId, lookup);
  if (!loaded.ok)
    return { ok: false, error: loaded.error, recover: loaded.recover, salvage: loaded.salvage };
  const selfId = await whoAmI(miro, loaded.state.facilitatorId);
  const handle = createHandle({
    miro,
    method: loaded.method,
    state: loaded.state,
    rev: loaded.rev,
    selfId,
    lang: options.lang ?? 'nl',
    ...(options.template !== undefined ? { template: options.template } : {}),
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    lookup,
    ...(options.settleMs ? { settleMs: options.settleMs } : {}),
  });
  for (const r of loaded.repairs) handle.notify({ code: `repaired:${r.code}`, message: r.message });
  return { ok: true, handle, repairs: loaded.repairs };
}

/** Joins the session the board's app data points at; an error value when none is running. */
export async function openSession(miro: MiroLike, options: JoinOptions = {}): Promise<Opened> {
  let pointer: unknown;
  try {
    pointer = await miro.board.getAppData(POINTER_KEY);
  } catch {
    return { ok: false, error: storageError(), recover: ['retry'] };
  }
  const id = readPointer(pointer);
  if (!id)
    return {
      ok: false,
      error: userError(
        'no-active-session',
        'Er loopt geen sessie op dit bord. Kies een methode om te beginnen.',
        'No session is running on this board. Choose a method to begin.',
      ),
      recover: ['new-session'],
    };
  return joinSession(miro, id, options);
}
