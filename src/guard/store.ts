// The guard's shared records in the app's storage collection: snapshots of closed regions
// and the capped notices list the facilitator's panel shows.
import type { Json } from '../miro/types';
import { frameObject, type GuardCtx } from './ctx';
import { withRetry } from './echo';
import type { EventItem, GuardView, Snapshot, SnapshotEntry } from './model';
import { entryOf } from './model';
import { KEYS } from './plan';
import { updateStored } from '../storage/update';
import { toBoard } from '../shared/coords';
import type { Text } from '../shared/text';

/** One notice for the panel: a parked item, a restore, or a facilitator action left alone. */
export interface Notice {
  t: 'parked' | 'restored' | 'activity' | 'error';
  at: number;
  who: string;
  region: string;
  phase: number;
  what?: string;
  /** The panel's line for an error notice, Dutch first. */
  message?: Text;
}

export const NOTICE_CAP = 30;

const sameNotice = (a: Notice, b: Notice) =>
  a.t === b.t && a.at === b.at && a.who === b.who && a.region === b.region && a.what === b.what;
const noticesIn = (raw: unknown): Notice[] => {
  const items = (raw as { items?: unknown } | null | undefined)?.items;
  return Array.isArray(items) ? (items as Notice[]) : [];
};

/**
 * Appends a notice to `notices:<sid>`, keeping the last NOTICE_CAP. Storage has no compare-and-set
 * and every user's guard writes this key: it reads back after writing and merges again when
 * another guard's list won in between (a few rounds at most).
 */
export async function pushNotice(ctx: GuardCtx, notice: Notice): Promise<void> {
  const key = KEYS.notices(ctx.view.sessionId);
  const add = (raw: Json | undefined) => {
    const items = [...noticesIn(raw), notice].sort((a, b) => a.at - b.at).slice(-NOTICE_CAP);
    return { items } as unknown as Json;
  };
  const holds = (raw: Json | undefined) => noticesIn(raw).some((n) => sameNotice(n, notice));
  // A notice that cannot be stored has nowhere else to go than the console: no loop of reports.
  await updateStored(ctx.collection, key, add, holds, { call: withRetry }).catch((error: unknown) =>
    console.warn('[intervisie] notice not stored', error),
  );
}

/**
 * Reports an error the guard could not act on: console.warn and an 'error' notice the
 * facilitator's panel shows; never throws.
 */
export async function reportGuardError(ctx: GuardCtx, error: unknown): Promise<void> {
  const text = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  console.warn('[intervisie] guard', error);
  await pushNotice(ctx, {
    t: 'error',
    at: ctx.now(),
    who: '',
    region: '',
    phase: ctx.view.state.phaseIndex + 1,
    what: text,
    message: {
      nl: `De bewaking kon een notitie niet terugzetten: ${text}`,
      en: `The guard could not put a note back: ${text}`,
    },
  });
}

const asEventItem = (child: unknown) => child as EventItem;

/**
 * Returns a region's children now (`all`) and its participant items (`items`, skipping template
 * and own items) with their snapshot entries (absolute positions); one getChildren call.
 */
export async function participantItems(
  ctx: GuardCtx,
  region: string,
): Promise<{ all: EventItem[]; items: EventItem[]; entries: SnapshotEntry[] } | undefined> {
  const f = ctx.view.frames.get(region);
  if (!f) return undefined;
  const frame = await frameObject(ctx, f.id);
  const children = (await withRetry(() => frame.getChildren())).map(asEventItem);
  const items = children.filter((c) => !ctx.view.template.has(c.id) && !ctx.view.own.has(c.id));
  const entries = items.map((c) => {
    const at = toBoard(f, c);
    return entryOf(c, at.x, at.y);
  });
  return { all: children, items, entries };
}

/** Takes and stores the snapshot of a region that just closed; mutates the view. */
export async function takeSnapshot(ctx: GuardCtx, region: string): Promise<void> {
  const now = await participantItems(ctx, region);
  if (!now) return;
  const snap: Snapshot = { region, phaseIndex: ctx.view.state.phaseIndex, items: now.entries };
  ctx.view.snapshots.set(region, snap);
  await saveSnapshot(ctx, snap);
}

/** Writes a snapshot to storage under `snapshot:<sid>:<region>`; returns when stored. */
export async function saveSnapshot(ctx: GuardCtx, snap: Snapshot): Promise<void> {
  const key = KEYS.snapshot(ctx.view.sessionId, snap.region);
  await withRetry(() => ctx.collection.set(key, snap as unknown as Json)).catch((error) =>
    reportGuardError(ctx, error),
  );
}

/** Drops a region's snapshot (it opened again); mutates the view and storage. */
export async function dropSnapshot(ctx: GuardCtx, region: string): Promise<void> {
  if (!ctx.view.snapshots.delete(region)) return;
  const key = KEYS.snapshot(ctx.view.sessionId, region);
  await withRetry(() => ctx.collection.remove(key)).catch((error) => reportGuardError(ctx, error));
}

/** Replaces a snapshot entry's id after a recreate, in the view and storage; mutates both. */
export async function renameEntry(ctx: GuardCtx, region: string, from: string, to: string) {
  const snap = ctx.view.snapshots.get(region);
  const entry = snap?.items.find((e) => e.id === from);
  if (!snap || !entry) return;
  entry.id = to;
  await saveSnapshot(ctx, snap);
}

/** Returns the snapshot from a stored value when well-formed, else undefined; pure. */
export function readSnapshot(raw: unknown): Snapshot | undefined {
  const s = raw as Snapshot | undefined;
  return s && typeof s.region === 'string' && Array.isArray(s.items) ? s : undefined;
}

/** Returns a participant's name for an id, or the id itself; pure. */
export function nameOf(view: GuardView, id: string): string {
  return view.state.participants.find((p) => p.id === id)?.name ?? id;
}

/** Moves a recreated item's rating and marks from its old id to its new one in storage; read-modify-write. */
export async function renameRecords(ctx: GuardCtx, from: string, to: string): Promise<void> {
  const sid = ctx.view.sessionId;
  for (const key of [KEYS.ratings(sid), KEYS.marks(sid)]) {
    const raw = (await withRetry(() => ctx.collection.get(key))) as
      Record<string, unknown> | undefined;
    const items = raw?.items as Record<string, Json> | undefined;
    if (!raw || !items || !(from in items)) continue;
    const { [from]: moved, ...rest } = items;
    const next: Record<string, unknown> = { ...raw, items: { ...rest, [to]: moved! } };
    if (Array.isArray(raw.ratings))
      next.ratings = (raw.ratings as { target: string }[]).map((r) =>
        r.target === from ? { ...r, target: to } : r,
      );
    await withRetry(() => ctx.collection.set(key, next as Json));
  }
}
