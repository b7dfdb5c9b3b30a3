// One practice board: a simulator with the Dutch practice users on a real clock, started from the
// simulator state saved in localStorage when there is one, and saved back after every change. A
// saved board that does not restore is copied to a backup key and autosave waits until the user
// chooses.
import {
  createSimulatedMiro,
  type SimClient,
  type SimState,
  type SimulatedMiro,
} from '../miro/simulator';
import type { MiroLike, OnlineUserInfo } from '../miro/types';
import { parseSnapshot, takeSnapshot, type SnapshotExtra } from './snapshot';

export const STORAGE_KEY = 'intervisie-practice-board';

export interface Practice {
  readonly sim: SimulatedMiro;
  readonly users: readonly OnlineUserInfo[];
  /** The `miro` object of a user. */
  miroOf(userId: string): MiroLike;
  /** The UI actions of a user (what a person does in Miro's own interface). */
  clientOf(userId: string): SimClient;
  /** Saves the board now (no-op when saving is off or paused after a failed restore). */
  save(extra?: SnapshotExtra): void;
  /** Ends the pause after a failed restore: the empty board is saved from now on (the backup stays). */
  resume(): void;
  /** Forgets the saved board. */
  clear(): void;
  /** What was saved with the board last time (user, camera), when it was restored. */
  readonly restored?: SnapshotExtra | undefined;
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

function newSim(users: readonly OnlineUserInfo[], state?: SimState): SimulatedMiro {
  return createSimulatedMiro({
    users: users.map((u) => ({ ...u })),
    clock: { now: () => Date.now() },
    onHandlerError: (error) => console.error('practice board: app handler failed', error),
    ...(state ? { state } : {}),
  });
}

/** Returns a practice board, restored from storage when possible (reads and writes storage). */
export async function createPractice(options: PracticeOptions): Promise<Practice> {
  const { users, storage } = options;
  const raw = options.fresh ? null : read(storage);
  const saved = raw ? parseSnapshot(raw) : undefined;
  let restored: SimulatedMiro | undefined;
  try {
    if (saved?.ok) restored = newSim(users, saved.snapshot.state);
    else if (saved) console.error('practice board: restore failed', saved.error);
  } catch (error) {
    console.error('practice board: restore failed', error);
  }
  const sim = restored ?? newSim(users);
  // Nothing lost: the text that did not restore is copied aside, and autosave waits for the user.
  const problem: RestoreProblem | undefined =
    raw && !restored ? { backupKey: backup(storage, raw, (options.now ?? Date.now)()) } : undefined;
  let paused = !!problem;
  const tracked = new Map<string, MiroLike>();
  const miroOf = (userId: string): MiroLike => {
    const made = tracked.get(userId) ?? { board: sim.as(userId).board };
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
        storage.setItem(STORAGE_KEY, JSON.stringify(takeSnapshot(sim, extra)));
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
    restored:
      saved?.ok && restored
        ? { userId: saved.snapshot.userId, camera: saved.snapshot.camera }
        : undefined,
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
