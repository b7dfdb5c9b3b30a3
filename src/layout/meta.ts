// What the generator writes on every item with setMetadata, and blueprint lookups by region.
import type { BlueprintRecord, Blueprint } from './blueprint';

/** The metadata key the app writes under. */
export const META_KEY = 'iv';
/** Miro's limit on an item's metadata. */
export const META_LIMIT = 256;

/** Item metadata: session, region, key and (when set) role, with one-letter names to stay small. */
export interface ItemMeta {
  s: string;
  r: string;
  k: string;
  o?: string;
}

/** Returns the UTF-8 size of the metadata as stored under META_KEY; pure. */
export function metaBytes(meta: ItemMeta): number {
  return new TextEncoder().encode(JSON.stringify({ [META_KEY]: meta })).length;
}

/** Returns the metadata of a record for a session; throws when it exceeds 256 bytes (a layout bug). */
export function itemMeta(record: BlueprintRecord, sessionId: string): ItemMeta {
  const role = 'role' in record ? record.role : undefined;
  const meta: ItemMeta = {
    s: sessionId,
    r: record.region,
    k: record.key,
    ...(role ? { o: role } : {}),
  };
  if (metaBytes(meta) > META_LIMIT) throw new Error(`layout: metadata too long for ${record.key}`);
  return meta;
}

/** Returns the records grouped by region, in blueprint order; pure. */
export function itemsByRegion(bp: Blueprint): Map<string, BlueprintRecord[]> {
  const out = new Map<string, BlueprintRecord[]>();
  for (const r of bp.records) {
    const list = out.get(r.region);
    if (list) list.push(r);
    else out.set(r.region, [r]);
  }
  return out;
}
