// From an item event on this client to the board: filter echoes, decide, apply. A deleted frame
// comes back with everything that was in it, participants' items included (nothing lost).
import { warnMeta, type GuardCtx } from './ctx';
import {
  coverIdOf,
  coverToFront,
  createAt,
  forgetTemplate,
  parkItem,
  putBack,
  recreateTemplate,
  refillFrame,
  restoreEntry,
} from './act';
import { claimRestore } from './claim';
import { absoluteCentre, decide, regionOf, uncovered } from './decide';
import { withFreshActivity } from './fresh';
import { KEYS, readSessionLoose } from './plan';
import type { Decision, EventItem, GuardView, ItemEventKind } from './model';
import { entryOf, propsOf } from './model';
import { nameOf, pushNotice, renameEntry, renameRecords, reportGuardError } from './store';
import { META_KEY } from '../layout/meta';
import { withRetry } from './echo';
import { parkReason, parkedForWriter, type ParkReason } from './words';
import { statesAt } from '../session/position';

/** Shows this client's user a Miro notification that their note was parked (best effort). */
async function tellWriter(ctx: GuardCtx, region: string, why: ParkReason): Promise<void> {
  const lang = ctx.view.lang ?? 'nl';
  const title = ctx.view.method.regions.find((r) => r.id === region)?.title[lang] ?? region;
  await ctx.miro.board.notifications
    .showInfo(parkedForWriter(title, why, lang))
    .catch((error: unknown) => console.warn('[intervisie] notification not shown', error));
}

/** Applies one decision to the board; resolves when done (errors are reported, not thrown). */
export async function applyDecision(ctx: GuardCtx, d: Decision, item: EventItem): Promise<void> {
  const { view } = ctx;
  const phase = view.state.phaseIndex + 1;
  const at = ctx.now();
  switch (d.kind) {
    case 'park': {
      const who = nameOf(view, d.authorId);
      const why = parkReason(statesAt(view.method, view.state)[d.from]?.state);
      await parkItem(ctx, item, d.from, who);
      // The writer is told where they are: this client is theirs when they wrote the note.
      if (d.authorId === ctx.userId) void tellWriter(ctx, d.from, why);
      await pushNotice(ctx, { t: 'parked', at, who, region: d.from, phase, what: why });
      return;
    }
    case 'restore-template': {
      if (!d.recreate) return putBack(ctx, item, d.item);
      if (!(await claimRestore(ctx, d.itemId))) return;
      const id = await recreateTemplate(ctx, d.item);
      if (d.item.type === 'frame') await refillFrame(ctx, d.item.region, id);
      return;
    }
    case 'restore-snapshot': {
      if (d.recreate && !(await claimRestore(ctx, d.itemId))) return;
      const id = await restoreEntry(ctx, d.region, d.entry, item, d.recreate);
      if (id !== d.entry.id) {
        await renameEntry(ctx, d.region, d.entry.id, id);
        await renameRecords(ctx, d.entry.id, id);
      }
      const who = nameOf(view, d.entry.a);
      await pushNotice(ctx, { t: 'restored', at, who, region: d.region, phase });
      return;
    }
    case 'ignore':
      if (d.reason === 'uncovered') return forgetTemplate(ctx, d.itemId);
    // falls through
    default:
      if (d.activity) {
        const who = nameOf(view, d.activity.who);
        const n = { t: 'activity' as const, at, who, region: d.activity.region, phase };
        await pushNotice(ctx, { ...n, what: d.activity.what });
      }
  }
}

/**
 * Handles the items of one event on this client, judged by `seen`: the session as it stood when
 * the event arrived (a phase change may land before the work runs); returns the decisions taken.
 */
export async function handleEvent(
  ctx: GuardCtx,
  kind: ItemEventKind,
  items: readonly EventItem[],
  seen: GuardView = ctx.view,
): Promise<Decision[]> {
  const fresh = items.filter((item) => {
    const { x, y } = absoluteCentre(ctx.view, item);
    return !ctx.echo.isEcho(kind, item.id, item.type, x, y);
  });
  // Frames first: a deleted frame must exist again before its children come back.
  const ordered = [...fresh].sort(
    (a, b) => Number(b.type === 'frame') - Number(a.type === 'frame'),
  );
  const frameBox = new Map(ordered.filter((i) => i.type === 'frame').map((f) => [f.id, f]));
  const decisions: Decision[] = [];
  const restoredFrames = new Set<string>();
  // Regions where a new item now lies above the cover (written there, or put back by the guard).
  const onTop = new Set<string>();
  for (const item of ordered) {
    const first =
      (await decideCover(ctx, seen, kind, item).catch(() => undefined)) ??
      decide(seen, kind, item, ctx.userId);
    const d = await withFreshActivity(ctx, seen, kind, item, first).catch(() => first);
    decisions.push(d);
    if (d.kind === 'restore-template' && d.recreate && item.type === 'frame')
      restoredFrames.add(item.id);
    const orphan =
      kind === 'delete' &&
      d.kind === 'allow' &&
      item.parentId !== null &&
      restoredFrames.has(item.parentId);
    try {
      if (orphan) await recreateChild(ctx, item, frameBox.get(item.parentId ?? ''), seen);
      else await applyDecision(ctx, d, item);
    } catch (error) {
      await report(ctx, error);
    }
    const region = raisesAboveCover(seen, kind, d, item);
    if (region) onTop.add(region);
  }
  for (const region of onTop) await coverToFront(ctx, region).catch((e) => report(ctx, e));
  return decisions;
}

/**
 * A delete another client acts on (or no one) still tells this client that a cover the session
 * took off is gone: it forgets it, making no board call (one storage read at most).
 */
export async function observeDeletes(
  ctx: GuardCtx,
  items: readonly EventItem[],
  seen: GuardView = ctx.view,
): Promise<void> {
  for (const item of items) {
    const tpl = seen.template.get(item.id);
    if (!tpl) continue;
    const d = uncovered(seen, tpl)
      ? decide(seen, 'delete', item, '')
      : await decideCover(ctx, seen, 'delete', item).catch(() => undefined);
    if (d?.kind === 'ignore' && d.reason === 'uncovered') forgetTemplate(ctx, item.id);
  }
}

/**
 * Returns the decision for a cover deleted while `seen` still has its region covered, judged by
 * the session as stored now (the state that took it off may not have reached this client yet);
 * undefined for any other item (one storage get, for covers only).
 */
async function decideCover(
  ctx: GuardCtx,
  seen: GuardView,
  kind: ItemEventKind,
  item: EventItem,
): Promise<Decision | undefined> {
  const tpl = seen.template.get(item.id);
  if (kind !== 'delete' || !tpl || !tpl.key.endsWith('/cover') || uncovered(seen, tpl))
    return undefined;
  const state = readSessionLoose(await ctx.collection.get(KEYS.session(seen.sessionId)));
  const fresh = state ? { ...seen, state } : seen;
  return uncovered(fresh, tpl) ? decide(fresh, kind, item, ctx.userId) : undefined;
}

/** Returns the region whose cover a decision's outcome may now lie above, if any; pure. */
function raisesAboveCover(
  view: GuardView,
  kind: ItemEventKind,
  d: Decision,
  item: EventItem,
): string | undefined {
  if (item.type === 'frame') return undefined;
  if (d.kind === 'restore-snapshot' && d.recreate) return d.region || undefined;
  const stays = d.kind === 'allow' || (d.kind === 'ignore' && d.reason === 'facilitator');
  if (kind !== 'create' || !stays) return undefined;
  const region = regionOf(view, item);
  return region && coverIdOf(view, region) ? region : undefined;
}

/** Recreates a participant's item that went with a deleted frame, at its old place, in the frame that came back. */
async function recreateChild(
  ctx: GuardCtx,
  item: EventItem,
  frame: EventItem | undefined,
  seen: GuardView,
) {
  if (!(await claimRestore(ctx, item.id))) return;
  const left = frame ? frame.x - (frame.width ?? 0) / 2 : 0;
  const top = frame ? frame.y - (frame.height ?? 0) / 2 : 0;
  const props = propsOf(entryOf(item, 0, 0));
  const region = frame ? seen.template.get(frame.id)?.region : undefined;
  const into = region ? (ctx.view.frames.get(region)?.id ?? null) : null;
  const created = await createAt(ctx, item.type, left + item.x, top + item.y, props, into);
  await renameRecords(ctx, item.id, created.id);
  const meta = { s: ctx.view.sessionId, r: '', k: `restored/${item.id}`, a: item.createdBy };
  await withRetry(() => created.setMetadata(META_KEY, meta)).catch(warnMeta);
}

let reportError: (error: unknown) => void = () => undefined;

/** Reports an error the guard could not act on: console, the facilitator's notices, the hook. */
export async function report(ctx: GuardCtx, error: unknown): Promise<void> {
  await reportGuardError(ctx, error);
  reportError(error);
}

/** Sets an extra listener for errors the guard could not act on (they also go to console and notices); mutates module state. */
export function onGuardError(handler: (error: unknown) => void): void {
  reportError = handler;
}
