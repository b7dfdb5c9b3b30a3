// The simulator's shared core (board state, runtime, users, sessions) and each client's own
// part (handlers, panel, notifications, viewport, selection). Internal to the simulator.
import type { Json, OnlineUserInfo, Rect, TimerInstance } from '../types';
import type { Assumptions } from './assumptions';
import type { Registry } from './events';
import type { Runtime } from './runtime';
import type { BoardState } from './state';

export interface ResolvedOptions extends Assumptions {
  voting: boolean;
}

/** What a client's person saw and did, for tests to inspect. */
export interface ClientRecord {
  /** Urls of every panel opened, in order. */
  openedPanels: string[];
  panelOpen: boolean;
  notifications: { type: 'info' | 'error'; message: string }[];
  viewport: Rect;
  /** Item ids of every `viewport.zoomTo` by this client, and every collaboration zoom onto it. */
  zoomedTo: string[][];
  selection: string[];
}

export type StorageHandler = (value: never, version: string) => void;

export interface ClientCore {
  userId: string;
  ui: Registry;
  broadcast: Registry;
  timer: Registry;
  /** onValue handlers by collection and key. */
  storage: Map<string, Set<StorageHandler>>;
  record: ClientRecord;
  /** Makes this client's item object of a stored item (set when its `miro` is made). */
  view?: (rec: never) => unknown;
}

export interface SessionState {
  id: string;
  name: string;
  startedBy: string;
  invited: Set<string>;
  joined: Set<string>;
  ended: boolean;
}

export interface Core {
  options: ResolvedOptions;
  state: BoardState;
  runtime: Runtime;
  users: OnlineUserInfo[];
  online: Set<string>;
  clients: Map<string, ClientCore>;
  collections: Map<string, Map<string, Json>>;
  storageVersion: number;
  /** `restDuration` is the rest at `startedAt` while the timer runs. */
  timer: TimerInstance & { startedAt: number };
  sessions: SessionState[];
  listeners: Set<() => void>;
}

/** Returns the client core of `userId`, or throws for an unknown user (no mutation). */
export function clientOf(core: Core, userId: string): ClientCore {
  const client = core.clients.get(userId);
  if (!client) throw new Error(`Unknown simulated user '${userId}'`);
  return client;
}

/**
 * Delivers an item event of `userId`'s action: to that client only, or to every client when
 * `itemEvents` is 'all' (assumptions.ts); each client gets item objects of its own.
 */
export function emitItemEvent(core: Core, userId: string, event: string, recs: unknown[]): void {
  const targets =
    core.options.itemEvents === 'all' ? [...core.clients.values()] : [clientOf(core, userId)];
  for (const client of targets) {
    const view = client.view ?? ((r: unknown) => r);
    client.ui.emit(core.runtime, event, { items: recs.map((r) => view(r as never)) });
  }
}
