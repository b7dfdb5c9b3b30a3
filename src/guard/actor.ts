// Which client acts on an item event. Miro does not document whether an item event reaches only
// the acting user's client or every client, so the guard is right under both answers: a client
// acts on an event whose author is its own user. A create names its author (createdBy), a move
// its mover (modifiedBy); a delete names no one (the item's fields are from before), so the
// deleter is the client whose user had the item selected. An event that names no author is left
// to the reconciler's owner, one client, whose polling also catches what no client acted on.
import type { EventItem, ItemEventKind } from './model';

/** Returns the user an item event names as its author, or undefined when it names none; pure. */
export function eventAuthor(kind: ItemEventKind, item: EventItem): string | undefined {
  const who = kind === 'create' ? item.createdBy : kind === 'update' ? item.modifiedBy : undefined;
  return typeof who === 'string' && who !== '' ? who : undefined;
}

export interface ActorContext {
  /** This client's user. */
  userId: string;
  /** Whether this client's user selected the item lately (Miro deletes what is selected). */
  selected(itemId: string): boolean;
  /** Whether this client owns reconciliation now. */
  owner(): boolean;
}

/** Returns whether this client acts on the event's item (see the file comment); pure given ctx. */
export function actsHere(kind: ItemEventKind, item: EventItem, ctx: ActorContext): boolean {
  if (kind === 'delete') return ctx.selected(item.id);
  const author = eventAuthor(kind, item);
  return author === undefined ? ctx.owner() : author === ctx.userId;
}

/** How long a selection counts as the reason for a delete that follows it. */
export const SELECTION_MEMORY_MS = 60_000;

/** Returns a memory of this user's recent selections: `note` on selection:update, `has` per id (mutates itself). */
export function createSelectionMemory(now: () => number) {
  const seen = new Map<string, number>();
  return {
    note(ids: readonly string[]) {
      const t = now();
      for (const [id, at] of seen) if (t - at > SELECTION_MEMORY_MS) seen.delete(id);
      for (const id of ids) seen.set(id, t);
    },
    has(id: string): boolean {
      const at = seen.get(id);
      return at !== undefined && now() - at <= SELECTION_MEMORY_MS;
    },
  };
}
