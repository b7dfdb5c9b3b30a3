// The one read-modify-write of a shared storage value. Storage has no compare-and-set and every
// client may write the same key, so a change is written, read back, and applied again on top of
// whatever another client's write left, until the value holds it or the attempts run out.
import type { CollectionLike, Json } from '../miro/types';

export interface UpdateOptions {
  /** How many writes to try (default 4). */
  attempts?: number;
  /** Wraps each storage call, e.g. in a retry policy (default: the call as it is). */
  call?: <T>(fn: () => Promise<T>) => Promise<T>;
}

/**
 * Updates `key` with `change(current)` until `holds(value)` is true of what storage returns;
 * resolves to whether it holds in the end. Storage errors reject (the caller decides what a
 * lost update costs). Writes only when the value does not hold the change yet.
 */
export async function updateStored(
  collection: CollectionLike,
  key: string,
  change: (current: Json | undefined) => Json,
  holds: (value: Json | undefined) => boolean,
  options: UpdateOptions = {},
): Promise<boolean> {
  const call = options.call ?? (<T>(fn: () => Promise<T>) => fn());
  let value = await call(() => collection.get<Json>(key));
  for (let i = 0; i < (options.attempts ?? 4); i++) {
    if (holds(value)) return true;
    const next = change(value);
    await call(() => collection.set(key, next));
    value = await call(() => collection.get<Json>(key));
  }
  return holds(value);
}
