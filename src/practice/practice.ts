// One practice board: a simulator with the Dutch practice users on a real clock, restored from
// localStorage when a saved board is there, and saved back after every change.
import { createSimulatedMiro, type SimClient, type SimulatedMiro } from '../miro/simulator';
import type { MiroLike, OnlineUserInfo } from '../miro/types';
import { restoreSnapshot } from './restore';
import { parseSnapshot, takeSnapshot, type Snapshot } from './snapshot';

export const STORAGE_KEY = 'intervisie-practice-board';
/** Collections the app is known to use; others are added as the app opens them. */
const KNOWN_COLLECTIONS = ['intervisie'];

export interface Practice {
  readonly sim: SimulatedMiro;
  readonly users: readonly OnlineUserInfo[];
  /** The `miro` object of a user, recording which storage collections the app opens. */
  miroOf(userId: string): MiroLike;
  /** The UI actions of a user (what a person does in Miro's own interface). */
  clientOf(userId: string): SimClient;
  /** Saves the board now (no-op when saving is off). */
  save(extra?: Pick<Snapshot, 'userId' | 'camera'>): void;
  /** Forgets the saved board. */
  clear(): void;
  /** What was saved with the board last time (user, camera), when it was restored. */
  readonly restored?: Pick<Snapshot, 'userId' | 'camera'> | undefined;
  /** A problem met while restoring, in Dutch, for the toolbar. */
  readonly problem?: string | undefined;
}

export interface PracticeOptions {
  users: readonly OnlineUserInfo[];
  /** Where the board is kept; undefined: not kept. */
  storage?: Storage | undefined;
  /** Start empty even when a saved board exists. */
  fresh?: boolean;
}

function newSim(users: readonly OnlineUserInfo[]): SimulatedMiro {
  return createSimulatedMiro({
    users: users.map((u) => ({ ...u })),
    clock: { now: () => Date.now() },
    onHandlerError: (error) => console.error('practice board: app handler failed', error),
  });
}

/** Returns a practice board, restored from storage when possible (reads and writes storage). */
export async function createPractice(options: PracticeOptions): Promise<Practice> {
  const { users, storage } = options;
  const collections = new Set(KNOWN_COLLECTIONS);
  let sim = newSim(users);
  let problem: string | undefined;
  const saved = options.fresh ? undefined : parseSnapshot(read(storage));
  if (saved) {
    try {
      await restoreSnapshot(sim, saved);
      Object.keys(saved.collections).forEach((n) => collections.add(n));
    } catch (error) {
      console.error('practice board: restore failed', error);
      problem = 'Het bewaarde oefenbord kon niet worden hersteld; je begint met een leeg bord.';
      sim = newSim(users);
    }
  }
  const tracked = new Map<string, MiroLike>();
  const miroOf = (userId: string): MiroLike => {
    const known = tracked.get(userId);
    if (known) return known;
    const client = sim.as(userId);
    const board = {
      ...client.board,
      storage: {
        collection: (name: string) => {
          collections.add(name);
          return client.board.storage.collection(name);
        },
      },
    };
    const made: MiroLike = { board };
    tracked.set(userId, made);
    return made;
  };
  return {
    sim,
    users,
    miroOf,
    clientOf: (userId) => sim.as(userId),
    save(extra = {}) {
      if (!storage) return;
      try {
        storage.setItem(STORAGE_KEY, JSON.stringify(takeSnapshot(sim, collections, extra)));
      } catch (error) {
        console.error('practice board: saving failed', error);
      }
    },
    clear() {
      storage?.removeItem(STORAGE_KEY);
    },
    restored: saved && { userId: saved.userId, camera: saved.camera },
    problem,
  };
}

function read(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}
