// The simulator's saved state: the board's content as plain JSON (items with their ids, parents and
// authors, the stacking order, the id counter, tags, metadata, app data, storage collections) and
// loading it back exactly. Users, clients, sessions, the timer and the counters start fresh.
import { z } from 'zod';
import type { Json } from '../types';
import type { Core } from './core';
import { TAG_COLORS } from './limits';
import { ID_PATTERN, idCount, type StoredItem, type StoredTag } from './state';

export interface SimState {
  /** In creation order. */
  items: StoredItem[];
  /** Item ids from the bottom of the stacking order to the top. */
  stack: string[];
  /** The id counter: the next id made is lastId + 1. */
  lastId: number;
  tags: StoredTag[];
  /** By item id. */
  metadata: Record<string, Record<string, Json>>;
  appData: Record<string, Json>;
  /** By collection name, then key. */
  collections: Record<string, Record<string, Json>>;
}

const Id = z.string().regex(ID_PATTERN, 'Not an id of the simulator');
const JsonRecord = z.record(z.string(), z.json());
const Item = z.strictObject({
  id: Id,
  type: z.enum(['frame', 'shape', 'sticky_note', 'text']),
  parentId: Id.nullable(),
  createdBy: z.string(),
  modifiedBy: z.string(),
  createdAt: z.string(),
  modifiedAt: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  title: z.string(),
  showContent: z.boolean(),
  content: z.string(),
  shape: z.string(),
  style: JsonRecord,
  tagIds: z.array(Id),
});
const Tag = z.strictObject({ id: Id, title: z.string(), color: z.enum(TAG_COLORS) });

/** A saved state's shape; readSimState also checks what refers to what. */
export const SimState: z.ZodType<SimState> = z.strictObject({
  items: z.array(Item),
  stack: z.array(Id),
  lastId: z.number().int().nonnegative(),
  tags: z.array(Tag),
  metadata: z.record(Id, JsonRecord),
  appData: JsonRecord,
  collections: z.record(z.string(), JsonRecord),
});

export type ReadSimState = { ok: true; state: SimState } | { ok: false; error: string };

/** Returns a copy of the board's content as a saved state (no mutation). */
export function saveState(core: Core): SimState {
  const { state } = core;
  const collections = [...core.collections].filter(([, values]) => values.size > 0);
  return structuredClone({
    items: [...state.items.values()],
    stack: [...state.stack].sort((a, b) => a[1] - b[1]).map(([id]) => id),
    lastId: state.lastId,
    tags: [...state.tags.values()],
    metadata: Object.fromEntries(state.metadata),
    appData: state.appData,
    collections: Object.fromEntries(collections.map(([name, m]) => [name, Object.fromEntries(m)])),
  });
}

/**
 * Returns the saved state in `value`, checked and repaired, or what is wrong with it (with its
 * path); pure. Refused: a wrong shape, an id used twice, a parent that is no frame. Repaired: tag
 * ids and metadata of things that do not exist, a stacking order missing items, an id counter
 * below an id in use (so a new id never collides).
 */
export function readSimState(value: unknown): ReadSimState {
  const parsed = SimState.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${issue.path.join('.') || 'state'}: ${issue.message}` };
  }
  const s = parsed.data;
  const ids = new Set<string>();
  for (const { id } of [...s.items, ...s.tags]) {
    if (ids.has(id)) return { ok: false, error: `${id}: the id is used twice` };
    ids.add(id);
  }
  const frames = new Set(s.items.filter((i) => i.type === 'frame').map((i) => i.id));
  const orphan = s.items.findIndex(
    (i) => i.parentId !== null && (i.type === 'frame' || !frames.has(i.parentId)),
  );
  if (orphan >= 0)
    return {
      ok: false,
      error: `items.${orphan}.parentId: ${s.items[orphan]!.parentId} is no frame`,
    };
  const items = new Set(s.items.map((i) => i.id));
  const tags = new Set(s.tags.map((t) => t.id));
  const stack = [...new Set(s.stack.filter((id) => items.has(id)))];
  const stacked = new Set(stack);
  return {
    ok: true,
    state: {
      ...s,
      items: s.items.map((i) => ({ ...i, tagIds: i.tagIds.filter((t) => tags.has(t)) })),
      stack: [...stack, ...[...items].filter((id) => !stacked.has(id))],
      lastId: [...ids].reduce((max, id) => Math.max(max, idCount(id)), s.lastId),
      metadata: Object.fromEntries(Object.entries(s.metadata).filter(([id]) => items.has(id))),
    },
  };
}

/** Puts a saved state's content on a new board (mutates core, before any client runs); throws when refused. */
export function loadState(core: Core, value: SimState): void {
  const read = readSimState(value);
  if (!read.ok) throw new Error(`The saved simulator state is refused: ${read.error}`);
  const s = structuredClone(read.state);
  const { state } = core;
  state.items = new Map(s.items.map((i) => [i.id, i]));
  state.tags = new Map(s.tags.map((t) => [t.id, t]));
  state.metadata = new Map(Object.entries(s.metadata));
  state.appData = s.appData;
  state.lastId = s.lastId;
  // Only the order is kept: 1 at the bottom, the count at the top.
  state.stack = new Map(s.stack.map((id, i) => [id, i + 1]));
  state.zTop = s.stack.length;
  state.zBottom = 0;
  core.collections = new Map(
    Object.entries(s.collections).map(([name, values]) => [name, new Map(Object.entries(values))]),
  );
}
