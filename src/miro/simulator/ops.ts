// Item operations on the stored board: create, update (what sync() writes), remove, and
// attach/detach to frames. They validate first and mutate only when every rule passes.
import type { BoardItem } from '../types';
import type { Core } from './core';
import { forbidden, invalid } from './errors';
import { FIELDS } from './items';
import { insideFrame, toRelative } from './geometry';
import {
  absoluteOf,
  childIds,
  copyStored,
  frameAt,
  mustGet,
  nextId,
  toFront,
  type StoredItem,
  type StoredType,
} from './state';
import { buildItem, checkItem, sizeSticky, textHeight } from './validate';

/**
 * Creates an item from props in board coordinates; with `parent`, inside the smallest frame
 * holding its centre (a person's UI create does; an SDK create only under `parentOnCreate`) (mutates core).
 */
export function createItem(
  core: Core,
  userId: string,
  type: StoredType,
  props: Record<string, unknown>,
  parent = true,
): StoredItem {
  const { state } = core;
  const item = buildItem(type, props ?? {}, {
    id: nextId(state),
    createdBy: userId,
    createdAt: core.runtime.nowIso(),
  });
  checkItem(state, item);
  if (type === 'frame' && props?.showContent === false && !core.options.showContentAllowed) {
    throw forbidden(showContentMessage);
  }
  const frame = type === 'frame' || !parent ? undefined : frameAt(state, item.x, item.y);
  if (frame) {
    Object.assign(item, toRelative(frame, item.x, item.y));
    item.parentId = frame.id;
  }
  state.items.set(item.id, item);
  toFront(state, item.id);
  return item;
}

const showContentMessage =
  'Frame showContent can only be changed by board owners or co-owners on Consultant/Enterprise plans';

/** Writes an item object's editable fields to the store, as sync() does; returns the stored item and whether geometry changed (mutates core). */
export function updateItem(
  core: Core,
  userId: string,
  local: BoardItem,
): { item: StoredItem; moved: boolean } {
  const { state } = core;
  const stored = mustGet(state, local.id);
  if (stored.type !== local.type)
    throw invalid(`Item ${local.id} is a ${stored.type}, not a ${local.type}`);
  const next = copyStored(stored);
  const source = local as unknown as Record<string, unknown>;
  for (const key of FIELDS[stored.type]) {
    const value = source[key];
    (next as unknown as Record<string, unknown>)[key] = Array.isArray(value)
      ? [...(value as unknown[])]
      : typeof value === 'object' && value !== null
        ? { ...value }
        : value;
  }
  const resized = next.width !== stored.width || next.height !== stored.height;
  if (stored.type === 'shape' && resized) {
    throw invalid('Shape width and height cannot be changed after creation');
  }
  if (stored.type === 'sticky_note') {
    if (resized) {
      const w = next.width !== stored.width ? next.width : undefined;
      const h = next.height !== stored.height ? next.height : undefined;
      sizeSticky(next, w, h);
    }
  }
  if (stored.type === 'text') next.height = textHeight(next);
  if (stored.type === 'frame' && next.showContent !== stored.showContent) {
    if (!core.options.showContentAllowed) throw forbidden(showContentMessage);
  }
  checkItem(state, next);
  const parent = next.parentId === null ? undefined : mustGet(state, next.parentId);
  if (parent && !insideFrame(parent, next)) {
    throw invalid(
      `Cannot move item ${next.id} outside its parent frame ${parent.id}: its centre (${next.x}, ${next.y}) must lie within 0..${parent.width} x 0..${parent.height}`,
    );
  }
  const moves = stored.type === 'frame' && resized ? resizeChildren(core, stored, next) : [];
  for (const [child, rel] of moves) Object.assign(child, rel);
  next.modifiedBy = userId;
  next.modifiedAt = core.runtime.nowIso();
  state.items.set(next.id, next);
  return { item: next, moved: resized || next.x !== stored.x || next.y !== stored.y };
}

// Children keep their offset from the frame's centre when it is resized [unverified]; a child
// that would fall outside makes the resize throw, as in Miro.
function resizeChildren(core: Core, before: StoredItem, after: StoredItem) {
  const dx = (after.width - before.width) / 2;
  const dy = (after.height - before.height) / 2;
  return childIds(core.state, before.id).map((id) => {
    const child = mustGet(core.state, id);
    const rel = { x: child.x + dx, y: child.y + dy };
    if (!insideFrame(after, rel)) {
      throw invalid(`Cannot resize frame ${before.id}: child ${id} would fall outside it`);
    }
    return [child, rel] as const;
  });
}

/**
 * Removes an item; a frame's children go with it or stay on the board at the same place, as
 * `frameDelete` says (assumptions.ts). Returns the removed items, the item first (mutates core).
 */
export function removeItem(core: Core, id: string): StoredItem[] {
  const { state } = core;
  const item = mustGet(state, id);
  const children = childIds(state, id).map((c) => mustGet(state, c));
  if (core.options.frameDelete === 'keep-children') {
    for (const child of children) {
      const abs = absoluteOf(state, child);
      Object.assign(child, { x: abs.x, y: abs.y, parentId: null });
    }
  }
  const removed = core.options.frameDelete === 'keep-children' ? [item] : [item, ...children];
  for (const r of removed) {
    state.items.delete(r.id);
    state.metadata.delete(r.id);
    state.stack.delete(r.id);
  }
  for (const client of core.clients.values()) {
    client.record.selection = client.record.selection.filter(
      (s) => !removed.some((r) => r.id === s),
    );
  }
  return removed;
}

/** Makes an item whose centre lies inside a frame that frame's child, converting x/y (mutates core). */
export function attach(core: Core, userId: string, frameId: string, itemId: string): StoredItem {
  const { state } = core;
  const frame = mustGet(state, frameId);
  const item = mustGet(state, itemId);
  if (frame.type !== 'frame') throw invalid(`Item ${frameId} is not a frame`);
  if (item.type === 'frame') throw invalid('A frame cannot be added to another frame');
  if (item.parentId === frameId) return item;
  const abs = absoluteOf(state, item);
  const rel = toRelative(frame, abs.x, abs.y);
  if (!insideFrame(frame, rel)) {
    throw invalid(
      `Cannot add item ${itemId} to frame ${frameId}: its centre lies outside the frame`,
    );
  }
  Object.assign(item, rel, {
    parentId: frameId,
    modifiedBy: userId,
    modifiedAt: core.runtime.nowIso(),
  });
  return item;
}

/** Detaches a child from its frame, converting x/y to board coordinates (mutates core). */
export function detach(core: Core, userId: string, frameId: string, itemId: string): StoredItem {
  const item = mustGet(core.state, itemId);
  if (item.parentId !== frameId) throw invalid(`Item ${itemId} is not a child of frame ${frameId}`);
  const abs = absoluteOf(core.state, item);
  Object.assign(item, {
    x: abs.x,
    y: abs.y,
    parentId: null,
    modifiedBy: userId,
    modifiedAt: core.runtime.nowIso(),
  });
  return item;
}
