// The order constraints of creating a blueprint: a child waits for its frame (Miro attaches an
// item created inside a frame to it), and an item that overlaps an earlier sibling waits for
// that sibling, so the stacking order on the board is the blueprint's. Everything else may run
// at once. `callLevels` counts the calls at each dependency depth, for the benchmark.
import type { Blueprint, PlacedRecord } from '../layout/blueprint';
import { isPlaced } from '../layout/blueprint';
import { boxOf, overlaps } from '../layout/geometry';

/** Returns, per record key, the keys whose creation must finish first (pure). */
export function dependencies(bp: Blueprint): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const siblings = new Map<string, PlacedRecord[]>();
  for (const r of bp.records) {
    if (!isPlaced(r) || r.parent === undefined) {
      out.set(r.key, []);
      continue;
    }
    const earlier = siblings.get(r.parent) ?? [];
    const box = boxOf(r);
    const below = earlier.filter((s) => overlaps(boxOf(s), box)).map((s) => s.key);
    out.set(r.key, [r.parent, ...below]);
    siblings.set(r.parent, [...earlier, r]);
  }
  return out;
}

/** Returns each record's creation depth: 0 without dependencies, else 1 + the deepest one (pure). */
export function depths(bp: Blueprint): Map<string, number> {
  const deps = dependencies(bp);
  const out = new Map<string, number>();
  for (const r of bp.records) {
    const d = (deps.get(r.key) ?? []).map((k) => out.get(k) ?? 0);
    out.set(r.key, d.length === 0 ? 0 : 1 + Math.max(...d));
  }
  return out;
}

/**
 * Returns the number of SDK calls at each dependency level of a fresh generation (pure):
 * [storage.get + viewport.get], [findEmptySpace], [storage.set], then per item depth d its
 * create at level 3+d and its setMetadata at 4+d (a frame's child where Miro does not parent on
 * create: frame.add at 4+d, setMetadata at 5+d; tags: one createTag at level 3), then the
 * final storage.set, then viewport.zoomTo when `zoom` is set.
 */
export function callLevels(bp: Blueprint, zoom = true, parentOnCreate = true): number[] {
  const levels = [2, 1, 1];
  const add = (level: number) => {
    while (levels.length <= level) levels.push(0);
    levels[level] = (levels[level] ?? 0) + 1;
  };
  const depth = depths(bp);
  for (const r of bp.records) {
    const d = depth.get(r.key) ?? 0;
    add(3 + d);
    // Where Miro does not parent on create, a frame's child is added to it before its metadata.
    const joins = isPlaced(r) && !parentOnCreate && 'parent' in r && !!r.parent;
    if (joins) add(4 + d);
    if (isPlaced(r)) add((joins ? 5 : 4) + d);
  }
  levels.push(1);
  if (zoom) levels.push(1);
  return levels;
}
