// A region frame deleted: Miro documents no list of the children in the delete event, so the
// reconciler keeps a light snapshot of every guarded region (ids, text, place, author, look) on
// each poll, recreates a frame that is gone, and brings its participants' notes back from it.
import type { GuardCtx } from './ctx';
import type { BoardItem } from '../miro/types';
import { joinFrame, restoreEntry } from './act';
import { forgetFrame } from './ctx';
import { contains } from './decide';
import type { EventItem, SnapshotEntry } from './model';
import { nameOf, participantItems, pushNotice } from './store';
import { applyDecision } from './handle';
import { withRetry } from './echo';

type Children = NonNullable<Awaited<ReturnType<typeof participantItems>>>;

/** Returns a region's children; when its frame is gone, recreates the frame first (calls the SDK). */
export async function childrenOrRestore(
  ctx: GuardCtx,
  region: string,
): Promise<Children | undefined> {
  try {
    return await participantItems(ctx, region);
  } catch (error) {
    const f = ctx.view.frames.get(region);
    const tpl = f && ctx.view.template.get(f.id);
    const gone =
      f &&
      (await withRetry(() => ctx.miro.board.getById(f.id)).then(
        () => false,
        () => true,
      ));
    if (!f || !tpl || !gone) throw error;
    forgetFrame(ctx, f.id);
    const item = { ...tpl, parentId: null, createdBy: '', modifiedBy: '' } as EventItem;
    await applyDecision(
      ctx,
      { kind: 'restore-template', itemId: f.id, item: tpl, recreate: true },
      item,
    );
    return participantItems(ctx, region);
  }
}

/** What the reconciler last saw of each region: its frame's id and its participants' notes. */
export type RegionMemory = Map<string, { frameId: string; entries: SnapshotEntry[] }>;

/**
 * Brings back the notes a region held before its frame was replaced (deleted and recreated),
 * unless they still exist or were recreated already (metadata `restored/<id>`); then remembers
 * what the region holds now. `metaKey` reads an item's metadata key (cached). Calls the SDK.
 */
export async function rememberRegion(
  ctx: GuardCtx,
  memory: RegionMemory,
  region: string,
  now: Children,
  metaKey: (item: EventItem) => Promise<string>,
): Promise<void> {
  const frameId = ctx.view.frames.get(region)?.id;
  if (!frameId) return;
  const before = memory.get(region);
  memory.set(region, { frameId, entries: now.entries });
  if (!before || before.frameId === frameId) return;
  const present = new Set(now.all.map((i) => i.id));
  const done = new Set<string>();
  for (const item of now.all) {
    const k = await metaKey(item);
    if (k.startsWith('restored/')) done.add(k.slice('restored/'.length));
  }
  const back: SnapshotEntry[] = [];
  for (const entry of before.entries) {
    if (present.has(entry.id) || done.has(entry.id)) continue;
    const elsewhere = (await ctx.miro.board.getById(entry.id).catch(() => undefined)) as
      BoardItem | undefined;
    // A deleted frame may leave its children on the board: one that still lies there joins again.
    const box = ctx.view.frames.get(region);
    if (elsewhere && !elsewhere.parentId && box && contains(box, elsewhere.x, elsewhere.y))
      await joinFrame(ctx, elsewhere, frameId);
    if (elsewhere) continue;
    const id = await restoreEntry(ctx, region, entry, undefined, true);
    back.push({ ...entry, id });
    const phase = ctx.view.state.phaseIndex + 1;
    const who = nameOf(ctx.view, entry.a);
    await pushNotice(ctx, { t: 'restored', at: ctx.now(), who, region, phase });
  }
  memory.set(region, { frameId, entries: [...now.entries, ...back] });
}
