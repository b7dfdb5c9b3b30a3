// createSimulatedMiro: an in-memory, strict Miro board with several users, for tests, the
// benchmark and the local practice board. Runs in the browser (no Node-only imports).
// Choices not verified against a live board are marked [unverified] where they are made:
// credit windows slide and are metered per user (credits.ts, runtime.ts); SDK writes echo as
// item events on the writer (board.ts); onValue does not fire on subscribe (storage.ts);
// removing a frame removes its children (its items:delete lists the frame only), a frame resize keeps children in place (ops.ts);
// UI drags re-parent and copies keep metadata (act.ts); timer events reach every client.
import type { OnlineUserInfo } from '../types';
import { assumptionsFromEnv, resolveAssumptions, type Assumptions } from './assumptions';
import { createManualClock, wrapClock, type ClockLike, type SimClock } from './clock';
import { joinSession } from './collab';
import { clientOf, type Core } from './core';
import { createRegistry } from './events';
import { createInspector, type SimInspector } from './inspect';
import { createRuntime, type CallInfo, type Counters } from './runtime';
import { createClient, type SimClient } from './client';
import { loadState, type SimState } from './saved';
import { DEFAULT_VIEWPORT } from './space';
import { createBoardState } from './state';
import { expireTimer } from './timer';

export interface SimOptions {
  /** Board users; the first one is the simulator's own client. Default: DEFAULT_USERS. */
  users?: OnlineUserInfo[];
  /** Ids of users online at the start (default: all). */
  online?: string[];
  /** Time source; default a manual clock at 2025-01-06T09:00Z moved by `sim.clock.advance`. */
  clock?: ClockLike;
  /** Delay of every SDK call and event delivery, with real timers; 0 resolves on a microtask. */
  latencyMs?: number;
  /** Failure injection: return an error to make call number `n` fail before its effect. */
  fail?: (call: CallInfo) => Error | undefined;
  /** Share of calls failing with a network error before their effect (seeded by `seed`). */
  failureRate?: number;
  seed?: number;
  /**
   * The answers to Miro's open questions (assumptions.ts); each defaults to the costly one. The
   * flat `timer`, `showContentAllowed` and `echoSdkWrites` below set the same answers.
   */
  assume?: Partial<Assumptions>;
  /** canUse('timer'); when false every timer call throws. Default false. */
  timer?: boolean;
  voting?: boolean;
  /** Whether changing Frame.showContent is allowed (owner on Enterprise). Default false. */
  showContentAllowed?: boolean;
  /** Whether SDK writes raise item events. Default true. */
  echoSdkWrites?: boolean;
  /** Receives errors thrown by app event handlers; default: rethrow them asynchronously. */
  onHandlerError?: (error: unknown) => void;
  /** The board's content to start from (`sim.inspect.saveState()`); a refused state throws. */
  state?: SimState;
}

export interface SimulatedMiro extends SimClient {
  readonly clock: SimClock;
  /** The answers this board runs under (the bench prints them with each row). */
  readonly assumptions: Readonly<Assumptions>;
  /** SDK calls and credits of all clients (act.* is not counted). */
  readonly counters: Readonly<Counters>;
  resetCounters(): void;
  /** The client of another user, whose writes carry that user's id. */
  as(userId: string): SimClient;
  setOnline(userId: string, online: boolean): void;
  /** Fires icon:click on that user's client (default: the first user). */
  clickIcon(userId?: string): void;
  /** Makes a user join a running collaboration session (default: the latest). */
  joinSession(userId: string, sessionId?: string): void;
  /** Resolves once every call in flight and every scheduled event delivery has finished. */
  settle(): Promise<void>;
  readonly inspect: SimInspector;
}

export const DEFAULT_USERS: readonly OnlineUserInfo[] = [
  { id: 'u-fac', name: 'Facilitator' },
  { id: 'u-ann', name: 'Ann' },
  { id: 'u-bob', name: 'Bob' },
  { id: 'u-cas', name: 'Cas' },
];

/** Returns a new simulated Miro board and its first user's client. */
export function createSimulatedMiro(options: SimOptions = {}): SimulatedMiro {
  const users = (options.users ?? DEFAULT_USERS).map((u) => ({ ...u }));
  const first = users[0];
  if (!first) throw new Error('A simulated board needs at least one user');
  const errors: unknown[] = [];
  const onAdvance = () => expireTimer(core);
  const clock = options.clock
    ? wrapClock(options.clock, onAdvance)
    : createManualClock(undefined, onAdvance);
  const core: Core = {
    options: {
      ...resolveAssumptions({
        ...assumptionsFromEnv(),
        ...options.assume,
        ...defined({
          timer: options.timer,
          showContentAllowed: options.showContentAllowed,
          echoSdkWrites: options.echoSdkWrites,
        }),
      }),
      voting: options.voting ?? false,
    },
    state: createBoardState(),
    runtime: createRuntime({
      clock,
      latencyMs: options.latencyMs ?? 0,
      fail: options.fail,
      failureRate: options.failureRate ?? 0,
      seed: options.seed ?? 1,
      errorShape: () => core.options.errorShape,
      onHandlerError(error) {
        errors.push(error);
        if (options.onHandlerError) options.onHandlerError(error);
        else
          setTimeout(() => {
            throw error;
          }, 0);
      },
      onChange: () => core.listeners.forEach((listener) => listener()),
    }),
    users,
    online: new Set(options.online ?? users.map((u) => u.id)),
    clients: new Map(),
    collections: new Map(),
    storageVersion: 0,
    timer: { status: 'STOPPED', totalDuration: 0, restDuration: 0, startedAt: 0 },
    sessions: [],
    listeners: new Set(),
  };
  if (options.state) loadState(core, options.state);
  for (const user of users) {
    core.clients.set(user.id, {
      userId: user.id,
      ui: createRegistry(),
      broadcast: createRegistry(),
      timer: createRegistry(),
      storage: new Map(),
      record: {
        openedPanels: [],
        panelOpen: false,
        notifications: [],
        viewport: { ...DEFAULT_VIEWPORT },
        zoomedTo: [],
        selection: [],
      },
    });
  }
  const clients = new Map<string, SimClient>();
  const as = (userId: string): SimClient => {
    clientOf(core, userId);
    const client = clients.get(userId) ?? createClient(core, userId);
    clients.set(userId, client);
    return client;
  };
  return {
    ...as(first.id),
    clock,
    assumptions: resolveAssumptions(core.options),
    counters: core.runtime.counters,
    resetCounters: () => core.runtime.resetCounters(),
    as,
    setOnline(userId, online) {
      clientOf(core, userId);
      if (online) core.online.add(userId);
      else core.online.delete(userId);
    },
    clickIcon(userId = first.id) {
      clientOf(core, userId).ui.emit(core.runtime, 'icon:click');
    },
    joinSession: (userId, sessionId) => joinSession(core, userId, sessionId),
    settle: () => core.runtime.settle(),
    inspect: createInspector(core, first.id, errors),
  };
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
