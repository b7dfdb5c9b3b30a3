// The item half of one client's `miro.board`: create, get, remove, sync, metadata, frames,
// tags and app data. SDK writes echo as item events on the writing client (option
// `echoSdkWrites`) [unverified: whether Miro echoes SDK writes].
import type { BoardItem, BoardLike, ItemBase } from '../types';
import { clientOf, emitItemEvent, type Core } from './core';
import {
  getAppData,
  getMetadata,
  createTag,
  removeTag,
  setAppData,
  setMetadata,
  updateTag,
} from './data';
import { notFound } from './errors';
import { isSimItem, loadFields, SimTag, toItem, type ItemOps } from './items';
import { attach, createItem, detach, removeItem, updateItem } from './ops';
import { findEmptySpace } from './space';
import { childIds, mustGet, toBack, toFront, type StoredItem, type StoredType } from './state';

type ItemMethods = Omit<
  BoardLike,
  'ui' | 'notifications' | 'viewport' | 'storage' | 'events' | 'timer' | 'collaboration'
>;

/** Returns client `userId`'s item operations and item views (the views make no calls). */
export function createItemApi(core: Core, userId: string) {
  const { runtime, state } = core;
  const client = clientOf(core, userId);
  const call = <T>(kind: string, effect: () => T) => runtime.call(userId, kind, effect);
  const view = (rec: StoredItem): BoardItem => toItem(ops, rec, childIds(state, rec.id));
  const echo = (event: string, recs: StoredItem[]) => {
    if (core.options.echoSdkWrites) emitItemEvent(core, userId, event, recs);
  };
  const reload = (local: ItemBase, rec: StoredItem) => {
    if (isSimItem(local)) Object.assign(local, pickPlace(rec));
  };

  // Later items of a list end above earlier ones when brought to front, and below when sent back.
  const restack = (ids: string[], to: 'front' | 'back') => {
    ids.forEach((id) => mustGet(state, id));
    for (const id of to === 'front' ? ids : [...ids].reverse())
      (to === 'front' ? toFront : toBack)(state, id);
    core.listeners.forEach((listener) => listener());
  };
  const ids = (items: ItemBase | ItemBase[]) =>
    (Array.isArray(items) ? items : [items]).map((i) => i.id);

  const ops: ItemOps = {
    sync: (item) =>
      call('sync', () => {
        const { item: rec, moved } = updateItem(core, userId, item);
        loadFields(item, rec, childIds(state, rec.id));
        if (moved) echo('experimental:items:update', [rec]);
      }),
    getMetadata: (id, key) => call('getMetadata', () => getMetadata(state, id, key)),
    setMetadata: (id, key, value) => call('setMetadata', () => setMetadata(state, id, key, value)),
    frameAdd: (frame, item) =>
      call('frame.add', () => {
        const rec = attach(core, userId, frame.id, item.id);
        reload(item, rec);
        frame.childrenIds = childIds(state, frame.id);
        return view(rec);
      }),
    frameRemove: (frame, item) =>
      call('frame.remove', () => {
        reload(item, detach(core, userId, frame.id, item.id));
        frame.childrenIds = childIds(state, frame.id);
      }),
    frameChildren: (frame) =>
      call('frame.getChildren', () =>
        childIds(state, mustGet(state, frame.id).id).map((id) => view(mustGet(state, id))),
      ),
    restack: (ids, to) =>
      call(to === 'front' ? 'bringToFront' : 'sendToBack', () => restack(ids, to)),
    tagSync: (tag) =>
      call('tag.sync', () => {
        Object.assign(tag, updateTag(state, tag));
      }),
  };

  const create =
    <T extends BoardItem>(type: StoredType, kind: string) =>
    (props?: object) =>
      call(kind, () => {
        const rec = createItem(
          core,
          userId,
          type,
          (props ?? {}) as Record<string, unknown>,
          core.options.parentOnCreate,
        );
        echo('items:create', [rec]);
        return view(rec) as T;
      });

  const board: ItemMethods = {
    createFrame: create('frame', 'createFrame'),
    createShape: create('shape', 'createShape'),
    createStickyNote: create('sticky_note', 'createStickyNote'),
    createText: create('text', 'createText'),
    createTag: (props) => call('createTag', () => new SimTag(ops, createTag(state, props ?? {}))),
    get: (filter) =>
      call('get', () => {
        const raw = filter?.type;
        const types: string[] | undefined =
          raw === undefined ? undefined : Array.isArray(raw) ? raw : [raw];
        const items: unknown[] = [...state.items.values()]
          .filter((i) => !types || types.includes(i.type))
          .map(view);
        const tags = !types || types.includes('tag') ? [...state.tags.values()] : [];
        return [...items, ...tags.map((t) => new SimTag(ops, t))];
      }),
    getById: (id) =>
      call('getById', (): unknown => {
        const tag = state.tags.get(id);
        if (tag) return new SimTag(ops, tag);
        const rec = state.items.get(id);
        if (!rec) throw notFound(id);
        return view(rec);
      }),
    getSelection: () =>
      call('getSelection', () => client.record.selection.map((id) => view(mustGet(state, id)))),
    remove: (item) =>
      call('remove', () => {
        if (item.type === 'tag') removeTag(state, item.id);
        else echo('items:delete', removeItem(core, item.id).slice(0, 1));
      }),
    bringToFront: (items) => call('bringToFront', () => restack(ids(items), 'front')),
    sendToBack: (items) => call('sendToBack', () => restack(ids(items), 'back')),
    getAppData: (key) => call('getAppData', () => getAppData(state, key)),
    setAppData: (key, value) => call('setAppData', () => setAppData(state, key, value)),
    canUse: (feature) =>
      call('canUse', () =>
        feature === 'timer' ? core.options.timer : feature === 'voting' && core.options.voting,
      ),
    getUserInfo: () =>
      call('getUserInfo', () => {
        const user = core.users.find((u) => u.id === userId);
        return { id: userId, name: user?.name ?? userId };
      }),
    getOnlineUsers: () =>
      call('getOnlineUsers', () =>
        core.users.filter((u) => core.online.has(u.id)).map((u) => ({ ...u })),
      ),
    findEmptySpace: (want) => call('findEmptySpace', () => findEmptySpace(core, want)),
  };
  return { board, view };
}

function pickPlace(rec: StoredItem) {
  const { x, y, parentId, modifiedAt, modifiedBy } = rec;
  return { x, y, parentId, modifiedAt, modifiedBy };
}
