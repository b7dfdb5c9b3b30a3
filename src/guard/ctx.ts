// What the guard on one client works with (its board, storage, view of the session, echo filter
// and user), and the frame objects it fetched once: shared by every guard module, importing none.
import type { CollectionLike, FrameItem, MiroLike } from '../miro/types';
import type { EchoFilter } from './echo';
import { withRetry } from './echo';
import type { GuardView } from './model';

export interface GuardCtx {
  miro: MiroLike;
  collection: CollectionLike;
  view: GuardView;
  echo: EchoFilter;
  userId: string;
  now(): number;
}

// Metadata only labels the item (the item itself is on the board): a warning is enough.
export const warnMeta = (error: unknown) => console.warn('[intervisie] metadata not set', error);

const frameCache = new WeakMap<GuardCtx, Map<string, FrameItem>>();

/** Returns the frame item object with that id, fetched once per guard (may call getById). */
export async function frameObject(ctx: GuardCtx, id: string): Promise<FrameItem> {
  const cache = frameCache.get(ctx) ?? new Map<string, FrameItem>();
  frameCache.set(ctx, cache);
  const hit = cache.get(id);
  if (hit) return hit;
  const frame = (await withRetry(() => ctx.miro.board.getById(id))) as FrameItem;
  cache.set(id, frame);
  return frame;
}

/** Forgets a cached frame object (after it was recreated with a new id); mutates the cache. */
export function forgetFrame(ctx: GuardCtx, id: string): void {
  frameCache.get(ctx)?.delete(id);
}
