// The simulated board's stored state: items as Miro stores them (children relative to their
// frame), tags, item metadata and app data. Only the simulator mutates it.
import type { Json, TagColorName } from '../types';
import { absoluteBox, containsPoint, type AbsoluteBox } from './geometry';
import { notFound } from './errors';

export type StoredType = 'frame' | 'shape' | 'sticky_note' | 'text';

/** One stored item; fields a type does not use keep neutral defaults. */
export interface StoredItem {
  id: string;
  type: StoredType;
  parentId: string | null;
  createdBy: string;
  modifiedBy: string;
  createdAt: string;
  modifiedAt: string;
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  showContent: boolean;
  content: string;
  shape: string;
  style: Record<string, Json>;
  tagIds: string[];
}

export interface StoredTag {
  id: string;
  title: string;
  color: TagColorName;
}

export interface BoardState {
  /** Insertion order is creation order. */
  items: Map<string, StoredItem>;
  tags: Map<string, StoredTag>;
  metadata: Map<string, Record<string, Json>>;
  appData: Record<string, Json>;
  lastId: number;
  /** Stacking order: a higher number lies above a lower one; a new item goes on top. */
  stack: Map<string, number>;
  zTop: number;
  zBottom: number;
}

/** Returns a new, empty board state. */
export function createBoardState(): BoardState {
  return {
    items: new Map(),
    tags: new Map(),
    metadata: new Map(),
    appData: {},
    lastId: 0,
    stack: new Map(),
    zTop: 0,
    zBottom: 0,
  };
}

const ID_PREFIX = '34587645';
/** The simulator's ids: the prefix and the counter in 11 digits. */
export const ID_PATTERN = new RegExp(`^${ID_PREFIX}\\d{11}$`);

/** Returns the next Miro-like numeric id (a 19-digit string) and advances the counter (mutates). */
export function nextId(state: BoardState): string {
  state.lastId += 1;
  return `${ID_PREFIX}${String(state.lastId).padStart(11, '0')}`;
}

/** Returns the counter value an id of the simulator was made with; pure. */
export function idCount(id: string): number {
  return Number(id.slice(ID_PREFIX.length));
}

/** Returns the stored item with `id` or throws Miro's not-found error (no mutation). */
export function mustGet(state: BoardState, id: string): StoredItem {
  const item = state.items.get(id);
  if (!item) throw notFound(id);
  return item;
}

/** Returns the frame an item belongs to, if any (no mutation). */
export function parentOf(state: BoardState, item: StoredItem): StoredItem | undefined {
  return item.parentId === null ? undefined : state.items.get(item.parentId);
}

/** Returns the item's absolute centre, size and edges (no mutation). */
export function absoluteOf(state: BoardState, item: StoredItem): AbsoluteBox {
  return absoluteBox(item, parentOf(state, item));
}

/** Returns the ids of a frame's children in creation order (no mutation). */
export function childIds(state: BoardState, frameId: string): string[] {
  return [...state.items.values()].filter((i) => i.parentId === frameId).map((i) => i.id);
}

/** Returns the smallest frame containing absolute point (x, y), excluding `exceptId` (no mutation). */
export function frameAt(
  state: BoardState,
  x: number,
  y: number,
  exceptId?: string,
): StoredItem | undefined {
  let best: StoredItem | undefined;
  for (const item of state.items.values()) {
    if (item.type !== 'frame' || item.id === exceptId || !containsPoint(item, x, y)) continue;
    if (!best || item.width * item.height < best.width * best.height) best = item;
  }
  return best;
}

/** Returns a deep copy of a stored item (no mutation). */
export function copyStored(item: StoredItem): StoredItem {
  return { ...item, style: { ...item.style }, tagIds: [...item.tagIds] };
}

/** Puts an item on top of the stacking order (mutates). */
export function toFront(state: BoardState, id: string): void {
  state.zTop += 1;
  state.stack.set(id, state.zTop);
}

/** Puts an item below every other item in the stacking order (mutates). */
export function toBack(state: BoardState, id: string): void {
  state.zBottom -= 1;
  state.stack.set(id, state.zBottom);
}

/** Returns whether an opaque shape above the item covers its centre (no mutation). */
export function isCovered(state: BoardState, id: string): boolean {
  const item = mustGet(state, id);
  const at = absoluteOf(state, item);
  const z = state.stack.get(id) ?? 0;
  for (const other of state.items.values()) {
    if (other.type !== 'shape' || other.id === id || (state.stack.get(other.id) ?? 0) <= z)
      continue;
    const opaque =
      other.style.fillColor !== 'transparent' && Number(other.style.fillOpacity ?? 1) >= 1;
    if (!opaque) continue;
    const box = absoluteOf(state, other);
    if (at.x >= box.left && at.x <= box.right && at.y >= box.top && at.y <= box.bottom) return true;
  }
  return false;
}
