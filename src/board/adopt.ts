// Resume without duplicates: records missing from the saved map may still be on the board (a
// create that succeeded before the run failed, or a map write that never happened). One `get`
// (500 credits, once per resume) lists the board; an item of the same type at the record's
// position with the same text or title is adopted when its metadata is ours or empty (then it is
// tagged now), never when it carries another session's or key's metadata.
import type { Blueprint, PlacedRecord } from '../layout/blueprint';
import { isPlaced } from '../layout/blueprint';
import { META_KEY, itemMeta, type ItemMeta } from '../layout/meta';
import {
  isBoardItem,
  type BoardItem,
  type BoardLike,
  type FrameItem,
  type TagItem,
} from '../miro/types';
import { matchesRecord, type Point } from './props';
import type { Runner } from './runner';
import type { TemplateMap } from './template-map';
import { toBoard } from '../shared/coords';

/** Returns the absolute centre of an item listed by `get`, given the frames of the same list (pure). */
export function absoluteCentre(item: BoardItem, frames: Map<string, FrameItem>): Point {
  const parent = item.parentId ? frames.get(item.parentId) : undefined;
  if (!parent) return { x: item.x, y: item.y };
  return toBoard(parent, item);
}

const isOurs = (meta: unknown, want: ItemMeta) =>
  typeof meta === 'object' &&
  meta !== null &&
  (meta as ItemMeta).s === want.s &&
  (meta as ItemMeta).k === want.k;
const isEmpty = (meta: unknown) =>
  meta === undefined ||
  meta === null ||
  (typeof meta === 'object' && Object.keys(meta).length === 0);

const isTag = (v: unknown): v is TagItem =>
  typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'tag';

/**
 * Adopts board items for the placed records missing from `map` (mutates map.items); returns the
 * adopted item objects by key and the board's tags (undefined when the board was not read).
 * Calls: one unfiltered `get` (items and tags) when anything is missing, plus getMetadata (and
 * setMetadata when untagged) per candidate.
 */
export async function adoptExisting(
  board: BoardLike,
  runner: Runner,
  bp: Blueprint,
  map: TemplateMap,
): Promise<{ adopted: Map<string, BoardItem>; tags?: TagItem[] }> {
  const adopted = new Map<string, BoardItem>();
  if (bp.records.every((r) => r.key in map.items)) return { adopted };
  const all = await runner.call('get', () => board.get());
  const tags = all.filter(isTag);
  const listed = all.filter(isBoardItem);
  const missing = bp.records.filter(isPlaced).filter((r) => !(r.key in map.items));
  const frames = new Map(
    listed.filter((i): i is FrameItem => i.type === 'frame').map((f) => [f.id, f]),
  );
  const taken = new Set(Object.values(map.items));
  const pairs: [PlacedRecord, BoardItem][] = [];
  for (const r of missing) {
    const item = listed.find(
      (i) => !taken.has(i.id) && matchesRecord(i, absoluteCentre(i, frames), r, map.origin),
    );
    if (!item) continue;
    taken.add(item.id);
    pairs.push([r, item]);
  }
  await Promise.all(
    pairs.map(async ([r, item]) => {
      const want = itemMeta(r, bp.sessionId);
      const meta = await runner.call('getMetadata', () => item.getMetadata(META_KEY));
      if (!isOurs(meta, want)) {
        if (!isEmpty(meta)) return;
        await runner.call('setMetadata', () => item.setMetadata(META_KEY, { ...want }));
      }
      map.items[r.key] = item.id;
      adopted.set(r.key, item);
    }),
  );
  return { adopted, tags };
}
