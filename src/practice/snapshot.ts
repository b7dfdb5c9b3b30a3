// The practice board's saved form: what the simulator holds (items, tags, metadata, app data,
// storage collections), read through its public inspector. Pure apart from reading `sim`.
import type { Json } from '../miro/types';
import type { SimulatedMiro } from '../miro/simulator';
import type { StoredItem, StoredTag } from '../miro/simulator/state';
import type { Camera } from './viewport';

export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  v: typeof SNAPSHOT_VERSION;
  items: StoredItem[];
  tags: StoredTag[];
  metadata: Record<string, Record<string, Json>>;
  appData: Record<string, Json>;
  collections: Record<string, Record<string, Json>>;
  /** Who the board was played as, and where it was looked at. */
  userId?: string;
  camera?: Camera;
}

/** Returns the board's state as a snapshot, reading the named collections (no mutation). */
export function takeSnapshot(
  sim: SimulatedMiro,
  collections: Iterable<string>,
  extra: Pick<Snapshot, 'userId' | 'camera'> = {},
): Snapshot {
  const items = sim.inspect.items().map((i) => {
    const { absolute: _a, childrenIds: _c, ...stored } = i;
    return stored;
  });
  const metadata: Snapshot['metadata'] = {};
  for (const item of items) {
    const meta = sim.inspect.metadataOf(item.id);
    if (meta && Object.keys(meta).length) metadata[item.id] = meta;
  }
  const stored: Snapshot['collections'] = {};
  for (const name of collections) {
    const values = sim.inspect.collection(name);
    if (Object.keys(values).length) stored[name] = values;
  }
  return {
    v: SNAPSHOT_VERSION,
    items,
    tags: sim.inspect.tags(),
    metadata,
    appData: sim.inspect.appData(),
    collections: stored,
    ...extra,
  };
}

/** Returns the snapshot in `text`, or undefined when it is missing or not a snapshot; pure. */
export function parseSnapshot(text: string | null): Snapshot | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Snapshot>;
    if (value?.v !== SNAPSHOT_VERSION || !Array.isArray(value.items) || !Array.isArray(value.tags))
      return undefined;
    if (typeof value.metadata !== 'object' || typeof value.collections !== 'object')
      return undefined;
    return value as Snapshot;
  } catch {
    return undefined;
  }
}

const ID = /\d{19}/g;

/** Returns a JSON value with every old item or tag id replaced by its new one; pure. */
export function remapIds<T extends Json>(value: T, ids: ReadonlyMap<string, string>): T {
  if (ids.size === 0 || [...ids].every(([a, b]) => a === b)) return value;
  const text = JSON.stringify(value).replace(ID, (id) => ids.get(id) ?? id);
  return JSON.parse(text) as T;
}
