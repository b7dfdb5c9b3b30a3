// One practice board: a simulator with the Dutch practice users on a real clock, restored from
// localStorage when a saved board is there, and saved back after every change. A saved board that
// does not restore is copied to a backup key and autosave waits until the user chooses.
import { createSimulatedMiro, type SimClient, type SimulatedMiro } from '../miro/simulator';
import type { MiroLike, OnlineUserInfo } from '../miro/types';
import { restoreSnapshot } from './restore';
import { parseSnapshot, takeSnapshot, type Snapshot } from './snapshot';
import { COLLECTION } from '../storage/keys';

export const STORAGE_KEY = 'intervisie-practice-board';
/** Collections the app is known to use; others are added as the app opens them. */
const KNOWN_COLLECTIONS = [COLLECTION];

export interface Practice {
  readonly sim: SimulatedMiro;
  readonly users: readonly OnlineUserInfo[];
  /** The `miro` object of a user, recording which storage collections the app opens. */
  miroOf(userId: string): MiroLike;
  /** The UI actions of a user (what a person does in Miro's own interface). */
  clientOf(userId: string): SimClient;
  /** Saves the board now (no-op when saving is off or paused after a failed restore). */
  save(extra?: Pick<Snapshot, 'userId' | 'camera'>): void;
  /** Ends the pause after a failed restore: the empty board is saved from now on (the backup stays). */
  resume(): void;
  /** Forgets the saved board. */
  clear(): void;
  /** What was saved with the board last time (user, camera), when it was restored. */
  readonly restored?: Pick<Snapshot, 'userId' | 'camera'> | undefined;
  /** The saved board could not be restored: where its text was copied (null: the copy failed). */
  readonly problem?: RestoreProblem | undefined;
}

export interface RestoreProblem {
  backupKey: string | null;
}

export interface PracticeOptions {
  users: readonly OnlineUserInfo[];
  /** Where the board is kept; undefined: not kept. */
  storage?: Storage | undefined;
  /** Start empty even when a saved board exists. */
  fresh?: boolean;
  /** The clock for the backup key (default Date.now). */
  now?: () => number;
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
  let problem: RestoreProblem | undefined;
  const raw = options.fresh ? null : read(storage);
  const saved = parseSnapshot(raw);
  let restoredOk = !raw;
  if (saved) {
    try {
      await restoreSnapshot(sim, saved);
      Object.keys(saved.collections).forEach((n) => collections.add(n));
      restoredOk = true;
    } catch (error) {
      console.error('practice board: restore failed', error);
      sim = newSim(users);
    }
  }
  // Nothing lost: the text that did not restore is copied aside, and autosave waits for the user.
  if (!restoredOk && raw)
    problem = { backupKey: backup(storage, raw, (options.now ?? Date.now)()) };
  let paused = !!problem;
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
      if (!storage || paused) return;
      try {
        storage.setItem(STORAGE_KEY, JSON.stringify(takeSnapshot(sim, collections, extra)));
      } catch (error) {
        console.error('practice board: saving failed', error);
      }
    },
    resume() {
      paused = false;
    },
    clear() {
      storage?.removeItem(STORAGE_KEY);
    },
    restored: saved && restoredOk ? { userId: saved.userId, camera: saved.camera } : undefined,
    problem,
  };
}

/** Copies the saved text to `<key>.backup-<time>` (mutates storage); returns that key, null on failure. */
function backup(storage: Storage | undefined, raw: string, time: number): string | null {
  const key = `${STORAGE_KEY}.backup-${time}`;
  try {
    storage?.setItem(key, raw);
    return storage ? key : null;
  } catch (error) {
    console.error('practice board: backup failed', error);
    return null;
  }
}

function read(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}
