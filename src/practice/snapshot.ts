// The practice board's saved form: the simulator's own saved state (items, ids and the id counter,
// stacking order, tags, metadata, app data, storage collections) in a versioned envelope, with who
// the board was played as and where it was looked at. Version 1 is read through restore.ts.
import { z } from 'zod';
import { readSimState, type SimState, type SimulatedMiro } from '../miro/simulator';
import { fromV1 } from './restore';
import type { Camera } from './viewport';

export const SNAPSHOT_VERSION = 2;

export interface Snapshot {
  v: typeof SNAPSHOT_VERSION;
  state: SimState;
  /** Who the board was played as, and where it was looked at. */
  userId?: string;
  camera?: Camera;
}

export type SnapshotExtra = Pick<Snapshot, 'userId' | 'camera'>;
export type ReadSnapshot = { ok: true; snapshot: Snapshot } | { ok: false; error: string };

const Envelope = z.object({ v: z.union([z.literal(1), z.literal(SNAPSHOT_VERSION)]) });
const UserId = z.string();
const CameraSchema = z.object({ x: z.number(), y: z.number(), scale: z.number().positive() });

/** Returns the board's state as a snapshot (no mutation). */
export function takeSnapshot(sim: SimulatedMiro, extra: SnapshotExtra = {}): Snapshot {
  return { v: SNAPSHOT_VERSION, state: sim.inspect.saveState(), ...extra };
}

/**
 * Returns the snapshot saved as `text` (version 1 or 2), its state checked and repaired, or why it
 * cannot be restored; pure. A user or camera that does not read is left out.
 */
export function parseSnapshot(text: string): ReadSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const envelope = Envelope.safeParse(value);
  if (!envelope.success) return { ok: false, error: 'v: not a practice board version' };
  const saved = value as Record<string, unknown>;
  const read = readSimState(envelope.data.v === 1 ? fromV1(saved) : saved.state);
  if (!read.ok) return { ok: false, error: read.error };
  const userId = UserId.safeParse(saved.userId);
  const camera = CameraSchema.safeParse(saved.camera);
  return {
    ok: true,
    snapshot: {
      v: SNAPSHOT_VERSION,
      state: read.state,
      ...(userId.success ? { userId: userId.data } : {}),
      ...(camera.success ? { camera: camera.data } : {}),
    },
  };
}
