// Ratings (R17, R20, R37): in a phase with a `rate` action only its role (the inbrenger) rates an
// item warm / neutraal / koud (warm / lauw / koud in Speedintervisie): a board tag on a sticky and
// a small sticker beside the item. Re-rating replaces both. Stored under `ratings:<sid>`.
import type { BoardItem, DropEvent, Json, MiroLike, StickyItem, TagItem } from '../miro/types';
import type { Text } from '../catalog/schema';
import { canRate } from '../session/permissions';
import { createAt } from './act';
import { frameObject, warnMeta, type GuardCtx } from './ctx';
import { contains, regionOf } from './decide';
import { withRetry } from './echo';
import { reportGuardError } from './store';
import type { EventItem, GuardView } from './model';
import { KEYS } from './plan';
import { META_KEY } from '../layout/meta';
import { MESSAGES } from './words';
import { toBoard } from '../shared/coords';

export type RatingValue = 'warm' | 'neutraal' | 'koud' | 'lauw';
const SYMBOL: Record<RatingValue, string> = { warm: '+', neutraal: '0', lauw: '~', koud: '−' };
const FILL: Record<RatingValue, string> = {
  warm: '#ffd6c9',
  neutraal: '#eef0f5',
  lauw: '#fff1c2',
  koud: '#cfe3ff',
};
const TAG_COLOR = { warm: 'red', neutraal: 'gray', lauw: 'yellow', koud: 'blue' } as const;

export interface RatingEntry {
  v: RatingValue;
  /** Sticker shape id. */
  s: string;
  /** Tag id on a sticky, when set. */
  g?: string;
  r: string;
  by: string;
}
export interface RatingsRecord {
  items: Record<string, RatingEntry>;
  tags: Partial<Record<RatingValue, string>>;
  /** The same ratings as the record reader (src/board/snapshot.ts) reads them. */
  ratings?: { target: string; rating: RatingValue }[];
}

export type RateResult = { ok: true; itemId: string } | { ok: false; code: string; message: Text };

const refuse = (code: keyof typeof MESSAGES): RateResult => ({
  ok: false,
  code,
  message: MESSAGES[code],
});

/** Returns the values of the rate action open to `userId` in that region now, or [] ; pure. */
export function ratingScale(view: GuardView, region: string): RatingValue[] {
  const phase = view.method.phases[view.state.phaseIndex];
  const rate = phase?.actions.find((a) => a.kind === 'rate' && a.region === region);
  if (!rate || rate.kind !== 'rate') return [];
  return rate.scale === 'warm-lauw-koud' ? ['warm', 'lauw', 'koud'] : ['warm', 'neutraal', 'koud'];
}

async function readRatings(ctx: GuardCtx): Promise<RatingsRecord> {
  const raw = (await ctx.collection.get(KEYS.ratings(ctx.view.sessionId))) as
    Partial<RatingsRecord> | undefined;
  return { items: { ...(raw?.items ?? {}) }, tags: { ...(raw?.tags ?? {}) } };
}

async function tagFor(ctx: GuardCtx, rec: RatingsRecord, value: RatingValue): Promise<string> {
  const known = rec.tags[value];
  if (known) return known;
  const all = (await withRetry(() => ctx.miro.board.get())) as { type: string }[];
  const hit = all.find(
    (t): t is TagItem =>
      t.type === 'tag' && new RegExp(`(^|\\s)${value}$`, 'i').test((t as TagItem).title),
  );
  const tag =
    hit ??
    (await withRetry(() =>
      ctx.miro.board.createTag({ title: `${SYMBOL[value]} ${value}`, color: TAG_COLOR[value] }),
    ));
  rec.tags[value] = tag.id;
  return tag.id;
}

/** Rates one item as `ctx.userId`: tag (stickies) and sticker, replacing an earlier rating; returns ok or a refusal. */
export async function rateItem(
  ctx: GuardCtx,
  itemId: string,
  value: RatingValue,
): Promise<RateResult> {
  const item = (await ctx.miro.board.getById(itemId).catch(() => undefined)) as
    BoardItem | undefined;
  if (!item || item.type === 'frame') return refuse('noItem');
  const region = regionOf(ctx.view, item as unknown as EventItem);
  if (!region) return refuse('noRating');
  const scale = ratingScale(ctx.view, region);
  if (scale.length === 0) return refuse('noRating');
  if (!canRate(ctx.view.method, ctx.view.state, ctx.userId, region)) return refuse('notRater');
  if (!scale.includes(value)) return refuse('badValue');
  const rec = await readRatings(ctx);
  const old = rec.items[itemId];
  const entry: RatingEntry = { v: value, s: '', r: region, by: ctx.userId };
  if (item.type === 'sticky_note') {
    const tagId = await tagFor(ctx, rec, value);
    const ratingTags = new Set(Object.values(rec.tags));
    const sticky = item as StickyItem;
    const kept = sticky.tagIds.filter((t) => !ratingTags.has(t));
    if (kept.length < 8) {
      sticky.tagIds = [...kept, tagId];
      await withRetry(() => sticky.sync());
      entry.g = tagId;
    }
  }
  const f = ctx.view.frames.get(region);
  const abs = f && item.parentId ? toBoard(f, item) : item;
  const w = (item as { width?: number }).width ?? 100;
  const h = (item as { height?: number }).height ?? 100;
  const at = { x: abs.x + w / 2 - 30, y: abs.y - h / 2 - 10 };
  const content = `<p><strong>${SYMBOL[value]}</strong> ${value}</p>`;
  const props = { content, width: 96, height: 40, style: { fillColor: FILL[value], fontSize: 12 } };
  const inFrame = f && item.parentId && contains(f, at.x, at.y) ? item.parentId : null;
  const sticker = await createAt(ctx, 'shape', at.x, at.y, props, inFrame);
  ctx.view.own.add(sticker.id);
  entry.s = sticker.id;
  const meta = { s: ctx.view.sessionId, r: region, k: `rating/${itemId}`, t: itemId };
  await withRetry(() => sticker.setMetadata(META_KEY, meta)).catch(warnMeta);
  if (old?.s) {
    ctx.echo.expectDelete(old.s);
    // The old sticker may be gone already (someone deleted it): nothing to undo then.
    await ctx.miro.board.remove({ id: old.s, type: 'shape' }).catch(() => undefined);
  }
  rec.items[itemId] = entry;
  rec.ratings = Object.entries(rec.items).map(([target, e]) => ({ target, rating: e.v }));
  await withRetry(() =>
    ctx.collection.set(KEYS.ratings(ctx.view.sessionId), rec as unknown as Json),
  );
  return { ok: true, itemId };
}

/** Rates every selected item; returns one result per item (a refusal when nothing is selected). */
export async function rateSelection(ctx: GuardCtx, value: RatingValue): Promise<RateResult[]> {
  const selection = (await ctx.miro.board.getSelection()) as BoardItem[];
  const items = selection.filter((i) => i.type !== 'frame');
  if (items.length === 0) return [refuse('noItem')];
  const out: RateResult[] = [];
  for (const i of items) out.push(await rateItem(ctx, i.id, value));
  return out;
}

/** Returns a `drop` handler for the sticker tray: rates the item under the drop point with the dragged value. */
export function createDropHandler(
  ctx: GuardCtx,
  valueOf: (target: DropEvent['target']) => RatingValue | undefined,
  report: (result: RateResult) => void = () => undefined,
): (event: DropEvent) => Promise<void> {
  return async (event) => {
    const value = valueOf(event.target);
    const hit = value && (await itemAt(ctx, event.x, event.y));
    report(hit && value ? await rateItem(ctx, hit, value) : refuse('noItem'));
  };
}

/** Returns the id of the participant item under absolute point (x, y), or undefined. */
export async function itemAt(ctx: GuardCtx, x: number, y: number): Promise<string | undefined> {
  for (const [, f] of ctx.view.frames) {
    if (!contains(f, x, y)) continue;
    const frame = await frameObject(ctx, f.id);
    const children = (await frame.getChildren()) as EventItem[];
    const hit = children.find(
      (c) =>
        !ctx.view.template.has(c.id) &&
        !ctx.view.own.has(c.id) &&
        contains({ ...toBoard(f, c), width: c.width ?? 0, height: c.height ?? 0 }, x, y),
    );
    if (hit) return hit.id;
  }
  return undefined;
}

/** Returns the ratings counted per region and value, for the record; pure. */
export function countRatings(
  rec: RatingsRecord | undefined,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const e of Object.values(rec?.items ?? {})) {
    const r = (out[e.r] ??= {});
    r[e.v] = (r[e.v] ?? 0) + 1;
  }
  return out;
}

/** Reconciler: removes rating tags set by hand on stickies by someone who may not rate; returns when done. */
export async function checkTags(ctx: GuardCtx, region: string, items: EventItem[]): Promise<void> {
  const stickies = items.filter((i) => i.type === 'sticky_note' && (i.tagIds?.length ?? 0) > 0);
  if (stickies.length === 0) return;
  // Unreadable ratings: check nothing this poll rather than strip tags that may be right.
  const rec = await readRatings(ctx).catch(() => undefined);
  const ratingTags = new Set(Object.values(rec?.tags ?? {}));
  for (const s of stickies) {
    const stray = (s.tagIds ?? []).filter((t) => ratingTags.has(t) && rec?.items[s.id]?.g !== t);
    if (stray.length === 0) continue;
    if (canRate(ctx.view.method, ctx.view.state, s.modifiedBy, region)) continue;
    const live = s as unknown as StickyItem;
    live.tagIds = (s.tagIds ?? []).filter((t) => !stray.includes(t));
    await withRetry(() => live.sync()).catch((error) => reportGuardError(ctx, error));
  }
}

export type { MiroLike };
