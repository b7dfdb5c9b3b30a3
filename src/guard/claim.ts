// Bringing back a deleted item happens once, however many clients heard of it: the client that
// acts first claims the deleted item's id in storage. Storage has no compare-and-set, so a claim
// is written and read back after a pause; the value that stands after every client wrote is the
// same for all of them, and only its writer goes on. The pause is one more storage round trip
// (clients hear of a delete at about the same moment), so no timer is involved.
import type { Json } from '../miro/types';
import type { GuardCtx } from './ctx';
import { KEYS } from './plan';

const tokens = new WeakMap<GuardCtx, string>();

const tokenOf = (ctx: GuardCtx) => {
  const t = tokens.get(ctx) ?? `${ctx.userId}:${Math.random().toString(36).slice(2, 10)}`;
  tokens.set(ctx, t);
  return t;
};

/**
 * Returns whether this client may bring back the deleted item `itemId` (writes a claim in
 * storage). When storage fails it returns true: a second copy is better than a lost note.
 */
export async function claimRestore(ctx: GuardCtx, itemId: string): Promise<boolean> {
  const key = KEYS.claim(ctx.view.sessionId, itemId);
  const me = tokenOf(ctx);
  try {
    const before = (await ctx.collection.get(key)) as { by?: string } | undefined;
    if (before?.by && before.by !== me) return false;
    await ctx.collection.set(key, { by: me, at: ctx.now() } as Json);
    await ctx.collection.get(key);
    const after = (await ctx.collection.get(key)) as { by?: string } | undefined;
    return !after?.by || after.by === me;
  } catch {
    return true;
  }
}
