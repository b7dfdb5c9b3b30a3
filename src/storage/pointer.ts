// Where a board says which session runs: app data holds the pointer (at most 512 bytes) for the
// panel, and the same pointer sits in the storage collection, whose onValue reaches every
// client, so each board user's headless page hears a session start and end (app data has no
// change event). Tiny and zod-free: the headless page imports it.
import type { BoardLike, Json } from '../miro/types';
import { ACTIVE_KEY, COLLECTION, POINTER_KEY } from './keys';

export { ACTIVE_KEY, COLLECTION, POINTER_KEY };

/** A pointer: the running session's id, or null when none runs. */
export interface Pointer {
  v: 1;
  active: string | null;
}

/** Returns the session id a stored pointer names, or null when absent, malformed or over 512 bytes; pure. */
export function pointerSession(value: unknown): string | null {
  const v = value as { v?: unknown; active?: unknown } | null | undefined;
  if (!v || typeof v !== 'object' || v.v !== 1 || typeof v.active !== 'string' || !v.active)
    return null;
  return new TextEncoder().encode(JSON.stringify(v)).length <= 512 ? v.active : null;
}

/** Writes the pointer to app data, then to storage (so a client hearing it finds app data set). */
export async function writePointer(board: BoardLike, sessionId: string | null): Promise<void> {
  const pointer: Pointer = { v: 1, active: sessionId };
  await board.setAppData(POINTER_KEY, pointer as unknown as Json);
  await board.storage.collection(COLLECTION).set(ACTIVE_KEY, pointer as unknown as Json);
}
