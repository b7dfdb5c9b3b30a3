// Applying the guard's decisions through the SDK: moving an item into a frame (park, put back),
// recreating a deleted item, and the note and notice that go with a parked item. Never deletes
// a participant's item.
import type { BoardItem, ItemBase, Json } from '../miro/types';
import { absoluteCentre } from './decide';
import type { EchoFilter } from './echo';
import { withRetry } from './echo';
import type { EventItem, GuardView, SnapshotEntry, TemplateItem } from './model';
import { propsOf } from './model';
import { KEYS, readTemplateMap, withTemplateId } from './plan';
import { META_KEY } from '../layout/meta';
import { parkedNote } from './words';
import { LABEL, placeIn, takePlace } from './parking';
import { reportGuardError } from './store';
import { coveredAt } from '../session/permissions';
import { claimRestore } from './claim';
import { updateStored } from '../storage/update';
import { forgetFrame, frameObject, warnMeta, type GuardCtx } from './ctx';
import { toFrame } from '../shared/coords';

/** Returns the id of a region's cover when the region is covered now (by the map and the session); pure. */
export function coverIdOf(view: GuardView, region: string): string | undefined {
  if (!coveredAt(view.method, view.state, region)) return undefined;
  return view.map[`${view.method.id}/${region}/cover`];
}

/**
 * Brings a covered region's cover to the front: in Miro a new item lies above everything, so a
 * note written under the cover would show through. One call once the cover object is known;
 * returns whether the region has a cover.
 */
export async function coverToFront(ctx: GuardCtx, region: string): Promise<boolean> {
  const id = coverIdOf(ctx.view, region);
  if (!id) return false;
  // frameObject is a plain getById cache; the cover is a shape.
  const cover = (await frameObject(ctx, id)) as unknown as ItemBase;
  await withRetry(() => cover.bringToFront());
  return true;
}

/** Forgets a template item that is gone for good (a cover taken off): view and cache; mutates both. */
export function forgetTemplate(ctx: GuardCtx, id: string): void {
  const { view } = ctx;
  const key = view.template.get(id)?.key;
  view.template.delete(id);
  if (key && view.map[key] === id) delete view.map[key];
  forgetFrame(ctx, id);
}

/**
 * Moves an item so its centre is at absolute (x, y) inside the frame `frameId` (or top level):
 * detach from its current frame, sync the new place, attach to the target. Three calls at most.
 */
export async function moveInto(
  ctx: GuardCtx,
  item: BoardItem | ItemBase,
  x: number,
  y: number,
  frameId: string | null,
): Promise<void> {
  try {
    await moveOnce(ctx, item, x, y, frameId);
  } catch {
    // The event's copy was stale (the person moved it on meanwhile): read it again, once.
    const fresh = (await withRetry(() => ctx.miro.board.getById(item.id))) as BoardItem;
    await moveOnce(ctx, fresh, x, y, frameId);
  }
}

async function moveOnce(
  ctx: GuardCtx,
  item: BoardItem | ItemBase,
  x: number,
  y: number,
  frameId: string | null,
): Promise<void> {
  const target = frameId ? [...ctx.view.frames.values()].find((f) => f.id === frameId) : undefined;
  if (item.parentId && item.parentId !== frameId) {
    const from = await frameObject(ctx, item.parentId);
    await withRetry(() => from.remove(item));
  }
  const stays = item.parentId && item.parentId === frameId && target;
  const at = stays ? toFrame(target, { x, y }) : { x, y };
  ctx.echo.expectMove(item.id, x, y);
  item.x = at.x;
  item.y = at.y;
  await withRetry(() => item.sync());
  if (frameId && !stays) {
    const to = await frameObject(ctx, frameId);
    await withRetry(() => to.add(item));
  }
}

/** Returns a live item object for an event item (the event's own object when it can sync). */
export async function liveItem(ctx: GuardCtx, item: EventItem): Promise<BoardItem> {
  const maybe = item as unknown as Partial<BoardItem>;
  if (typeof maybe.sync === 'function') return item as unknown as BoardItem;
  return (await withRetry(() => ctx.miro.board.getById(item.id))) as BoardItem;
}

/**
 * Parks an item: moves it to a place of its own in the parking frame (or beside it when full),
 * with a label under it naming the region and phase by the names on the board; never deletes it.
 */
export async function parkItem(
  ctx: GuardCtx,
  item: EventItem,
  from: string,
  authorName: string,
): Promise<void> {
  const parking = ctx.view.frames.get('parking');
  if (!parking || item.type === 'frame') return;
  ctx.echo.busy(item.id);
  try {
    const frame = await frameObject(ctx, parking.id);
    const size = { width: item.width ?? 200, height: item.height ?? 228 };
    const { place, inFrame } = await takePlace(ctx, frame, item.id, size);
    const spot = placeIn(place, size);
    const { view } = ctx;
    const lang = view.lang ?? 'nl';
    const phase = view.method.phases[view.state.phaseIndex];
    const regionTitle = view.method.regions.find((r) => r.id === from)?.title[lang] ?? from;
    const content = parkedNote(
      regionTitle,
      view.state.phaseIndex + 1,
      phase?.title[lang] ?? '',
      authorName,
      lang,
    );
    ctx.echo.expectCreate('text', spot.label.x, spot.label.y);
    const note = withRetry(() =>
      ctx.miro.board.createText({
        ...spot.label,
        width: LABEL.width,
        content,
        style: { fontSize: 12 },
      }),
    ).then(async (text) => {
      view.own.add(text.id);
      if (inFrame) await joinFrame(ctx, text, parking.id);
      const meta = { s: view.sessionId, r: 'parking', k: `parked/${item.id}` };
      await withRetry(() => text.setMetadata(META_KEY, meta)).catch(warnMeta);
    });
    const live = await liveItem(ctx, item);
    await Promise.all([
      moveInto(ctx, live, spot.note.x, spot.note.y, inFrame ? parking.id : null),
      note,
    ]);
  } finally {
    ctx.echo.done(item.id);
  }
}

/** Puts a template item back at its baseline place and text; returns nothing. */
export async function putBack(ctx: GuardCtx, item: EventItem, tpl: TemplateItem): Promise<void> {
  ctx.echo.busy(item.id);
  try {
    const live = await liveItem(ctx, item);
    const frame = tpl.type === 'frame' ? null : frameIdOf(ctx.view, tpl.region);
    const text = tpl.props.content;
    const retyped = typeof text === 'string' && 'content' in live && live.content !== text;
    if (retyped) (live as { content: string }).content = text;
    const at = absoluteCentre(ctx.view, item);
    const moved = Math.abs(at.x - tpl.x) > 0.5 || Math.abs(at.y - tpl.y) > 0.5;
    if (moved || item.parentId !== frame) await moveInto(ctx, live, tpl.x, tpl.y, frame);
    else if (retyped) await withRetry(() => live.sync());
  } finally {
    ctx.echo.done(item.id);
  }
}

/** Returns the id of a region's frame, or null when unknown; pure. */
export function frameIdOf(view: GuardView, region: string): string | null {
  return view.frames.get(region)?.id ?? null;
}

type Creator = (props: Record<string, unknown>) => Promise<BoardItem>;

/**
 * Creates an item of `type` at absolute (x, y) with create props, a child of frame `frameId`
 * when given: Miro is not known to parent an item created over a frame, so it is added when the
 * new item is not already that frame's child. Returns the item.
 */
export async function createAt(
  ctx: GuardCtx,
  type: string,
  x: number,
  y: number,
  props: Record<string, unknown>,
  frameId: string | null = null,
): Promise<BoardItem> {
  const b = ctx.miro.board;
  const make: Record<string, Creator> = {
    frame: (p) => b.createFrame(p),
    shape: (p) => b.createShape(p),
    sticky_note: (p) => b.createStickyNote(p),
    text: (p) => b.createText(p),
  };
  const create = make[type] ?? make.sticky_note!;
  ctx.echo.expectCreate(type, x, y);
  const created = await withRetry(() => create({ ...props, x, y }));
  if (frameId && type !== 'frame') await joinFrame(ctx, created, frameId);
  return created;
}

/** Makes an item a child of frame `frameId` unless it is one already (one frame.add at most). */
export async function joinFrame(ctx: GuardCtx, item: BoardItem, frameId: string): Promise<void> {
  if (item.parentId === frameId) return;
  const frame = await frameObject(ctx, frameId);
  await withRetry(() => frame.add(item));
}

/** Recreates a deleted template item from its baseline and updates the map in storage; returns the new id. */
export async function recreateTemplate(ctx: GuardCtx, tpl: TemplateItem): Promise<string> {
  const into = tpl.type === 'frame' ? null : frameIdOf(ctx.view, tpl.region);
  const created = await createAt(ctx, tpl.type, tpl.x, tpl.y, tpl.props, into);
  // A new item lies on top: a template shape goes back behind the notes written on it. A cover
  // is the one exception; it must lie over its region.
  if (tpl.type !== 'frame' && !tpl.key.endsWith('/cover'))
    await withRetry(() => created.sendToBack()).catch((error: unknown) =>
      reportGuardError(ctx, error),
    );
  const { view } = ctx;
  view.template.delete(tpl.id);
  view.template.set(created.id, { ...tpl, id: created.id });
  view.map[tpl.key] = created.id;
  if (tpl.type === 'frame') {
    const f = view.frames.get(tpl.region);
    if (f) view.frames.set(tpl.region, { ...f, id: created.id });
    forgetFrame(ctx, tpl.id);
  }
  const meta = { s: view.sessionId, r: tpl.region, k: tpl.key };
  const key = KEYS.template(view.sessionId);
  await Promise.all([
    withRetry(() => created.setMetadata(META_KEY, meta)).catch(warnMeta),
    // Without the new id in the map the guard loses track of the item: the facilitator hears of it.
    writeMapId(ctx, key, tpl.key, created.id).catch((error) => reportGuardError(ctx, error)),
  ]);
  return created.id;
}

/**
 * After region `region`'s frame came back as `frameId`: its template items and its closed
 * notes that are still on the board (a deleted frame may leave its children) join it again, and
 * template items that went with it are made anew (claimed, so once). Calls the SDK.
 */
export async function refillFrame(ctx: GuardCtx, region: string, frameId: string): Promise<void> {
  const { view } = ctx;
  const tpls = [...view.template.values()].filter((t) => t.region === region && t.type !== 'frame');
  const notes = view.snapshots.get(region)?.items.map((e) => e.id) ?? [];
  const live = async (id: string) =>
    (await ctx.miro.board.getById(id).catch(() => undefined)) as BoardItem | undefined;
  for (const t of tpls) {
    const item = await live(t.id);
    if (item) await joinFrame(ctx, item, frameId);
    else if (await claimRestore(ctx, t.id)) await recreateTemplate(ctx, t);
  }
  for (const id of notes) {
    const item = await live(id);
    if (item) await joinFrame(ctx, item, frameId);
  }
}

/** Restores a participant's item from its snapshot entry: content, place, or a new copy; returns its id. */
export async function restoreEntry(
  ctx: GuardCtx,
  region: string,
  entry: SnapshotEntry,
  item: EventItem | undefined,
  recreate: boolean,
): Promise<string> {
  const frame = frameIdOf(ctx.view, region);
  if (recreate || !item) {
    const created = await createAt(ctx, entry.t, entry.x, entry.y, propsOf(entry), frame);
    const meta = { s: ctx.view.sessionId, r: region, k: `restored/${entry.id}`, a: entry.a };
    await withRetry(() => created.setMetadata(META_KEY, meta)).catch(warnMeta);
    return created.id;
  }
  ctx.echo.busy(item.id);
  try {
    const live = await liveItem(ctx, item);
    const at = absoluteCentre(ctx.view, item);
    const contentChanged = 'content' in live && (live as { content: string }).content !== entry.c;
    if (contentChanged) (live as { content: string }).content = entry.c;
    const moved = Math.abs(at.x - entry.x) > 0.5 || Math.abs(at.y - entry.y) > 0.5;
    const wrongFrame = item.parentId !== frame;
    if (moved || wrongFrame) await moveInto(ctx, live, entry.x, entry.y, frame);
    else if (contentChanged) await withRetry(() => live.sync());
    return item.id;
  } finally {
    ctx.echo.done(item.id);
  }
}

/**
 * Sets one key's id in the stored template map. Storage has no compare-and-set, so it reads back
 * and re-applies on top of the latest value when another client's write won (up to 5 times).
 */
export async function writeMapId(ctx: GuardCtx, key: string, tplKey: string, id: string) {
  const change = (raw: Json | undefined) => withTemplateId(raw, tplKey, id);
  const holds = (raw: Json | undefined) => readTemplateMap(raw)[tplKey] === id;
  await updateStored(ctx.collection, key, change, holds, { attempts: 5, call: withRetry });
}
