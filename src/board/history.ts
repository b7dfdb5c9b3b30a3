// The group's history in storage: pass `board.storage.collection(HISTORY_COLLECTION)`; key 'history'. Read through zod with
// repair; never throws.
import type { CollectionLike, Json } from '../miro/types';
import { emptyHistory, repairHistory } from '../record/history';
import type { History } from '../record/history';
import { COLLECTION, KEYS } from '../storage/keys';

export const HISTORY_COLLECTION = COLLECTION;
export const HISTORY_KEY = KEYS.history;

export interface LoadedHistory {
  history: History;
  /** True when stored data was dropped to make it valid. */
  repaired: boolean;
  /** True when the read failed (the history is then empty). */
  failed: boolean;
}

/** Returns the stored history, repaired, or an empty one when it cannot be read; never throws. */
export async function loadHistory(collection: CollectionLike): Promise<LoadedHistory> {
  try {
    const raw = await collection.get(HISTORY_KEY);
    return { ...repairHistory(raw), failed: false };
  } catch {
    return { history: emptyHistory(), repaired: false, failed: true };
  }
}

/** Writes the history (one storage.set); returns whether it was written; never throws. */
export async function saveHistory(collection: CollectionLike, history: History): Promise<boolean> {
  try {
    await collection.set(HISTORY_KEY, history as unknown as Json);
    return true;
  } catch {
    return false;
  }
}
