// What a person does in Miro's own UI (not through the SDK): costs no credits, is not counted,
// and raises exactly the events Miro raises, on that person's client only. Coordinates are
// board coordinates. Dragging an item into or out of a frame re-parents it [unverified].
import type { BoardItem, DropEvent, ItemType } from '../types';
import { clientOf, emitItemEvent, type Core } from './core';
import { invalid } from './errors';
import { copyJson } from './limits';
import { createItem, removeItem } from './ops';
import { toRelative } from './geometry';
import {
  absoluteOf,
  copyStored,
  frameAt,
  mustGet,
  nextId,
  toFront,
  type StoredItem,
} from './state';
import { checkItem } from './validate';

export interface UiActions {
  /** Creates an item at board coordinates; raises items:create. */
  create(type: ItemType, props?: Record<string, unknown>): BoardItem;
  /** Drags an item so its centre is at board (x, y); raises experimental:items:update. */
  move(id: string, x: number, y: number): BoardItem;
  /** Edits an item's text (a frame's title); raises no event, as in Miro. */
  edit(id: string, content: string): BoardItem;
  /** Deletes an item (a frame with its children [unverified]); raises items:delete for the item only. */
  remove(id: string): void;
  /** Duplicates an item beside itself; raises no event (Miro: no items:create for duplicate). */
  duplicate(id: string): BoardItem;
  /** Pastes a copy of an item with its centre at board (x, y); raises no event. */
  paste(id: string, x: number, y: number): BoardItem;
  /** Selects items; raises selection:update. */
  select(ids: string[]): void;
  /** Drops a dragged panel element at board (x, y); raises drop, only while the panel is open. */
  drop(x: number, y: number, target?: unknown): void;
}

/** Returns the UI actions of client `userId`; `view` makes that client's item objects. */
export function createUiActions(
  core: Core,
  userId: string,
  view: (rec: StoredItem) => BoardItem,
): UiActions {
  const { state, runtime } = core;
  const client = clientOf(core, userId);
  const changed = () => core.listeners.forEach((listener) => listener());
  const emit = (event: string, recs: StoredItem[]) => {
    if (event === 'selection:update') client.ui.emit(runtime, event, { items: recs.map(view) });
    else emitItemEvent(core, userId, event, recs);
    changed();
  };
  const touch = (rec: StoredItem) =>
    Object.assign(rec, { modifiedBy: userId, modifiedAt: runtime.nowIso() });
  const place = (rec: StoredItem, x: number, y: number) => {
    const frame = rec.type === 'frame' ? undefined : frameAt(state, x, y);
    Object.assign(rec, frame ? toRelative(frame, x, y) : { x, y }, { parentId: frame?.id ?? null });
  };
  const copyAt = (id: string, x: number, y: number) => {
    const source = mustGet(state, id);
    if (source.type === 'frame') throw invalid('The simulator does not copy frames');
    const rec = {
      ...copyStored(source),
      id: nextId(state),
      createdBy: userId,
      createdAt: runtime.nowIso(),
    };
    place(touch(rec), x, y);
    state.items.set(rec.id, rec);
    toFront(state, rec.id);
    const meta = state.metadata.get(id);
    if (meta) state.metadata.set(rec.id, copyJson(meta)); // copies keep metadata [unverified]
    changed();
    return view(rec);
  };

  return {
    create(type, props = {}) {
      const rec = createItem(core, userId, type, props);
      emit('items:create', [rec]);
      return view(rec);
    },
    move(id, x, y) {
      const rec = mustGet(state, id);
      place(touch(rec), x, y);
      emit('experimental:items:update', [rec]);
      return view(rec);
    },
    edit(id, content) {
      const rec = mustGet(state, id);
      const next = { ...copyStored(rec), [rec.type === 'frame' ? 'title' : 'content']: content };
      checkItem(state, next);
      state.items.set(id, touch(next));
      changed();
      return view(next);
    },
    remove(id) {
      // A person deletes what they selected: the selection reaches their own client first.
      client.record.selection = [id];
      emit('selection:update', [mustGet(state, id)]);
      // Miro documents no child list in the event of a deleted frame: it carries the frame only.
      emit('items:delete', removeItem(core, id).slice(0, 1));
    },
    duplicate(id) {
      const abs = absoluteOf(state, mustGet(state, id));
      return copyAt(id, abs.x + abs.width + 20, abs.y);
    },
    paste: (id, x, y) => copyAt(id, x, y),
    select(ids) {
      ids.forEach((id) => mustGet(state, id));
      client.record.selection = [...ids];
      emit(
        'selection:update',
        ids.map((id) => mustGet(state, id)),
      );
    },
    drop(x, y, target = {}) {
      if (!client.record.panelOpen)
        throw new Error('Drag and drop works only from an open app panel');
      const event: DropEvent = { x, y, target: target as DropEvent['target'] };
      client.ui.emit(runtime, 'drop', event);
    },
  };
}
