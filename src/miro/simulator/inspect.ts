// Inspection helpers for tests and the practice board. Not part of the Miro surface: they cost
// no credits, count nothing and return copies.
import type { Json, TimerInstance } from '../types';
import type { ClientRecord, Core } from './core';
import { clientOf } from './core';
import type { AbsoluteBox } from './geometry';
import { copyJson } from './limits';
import { saveState, type SimState } from './saved';
import {
  absoluteOf,
  childIds,
  copyStored,
  isCovered,
  mustGet,
  type StoredItem,
  type StoredTag,
} from './state';

/** A stored item as Miro holds it (x/y relative to its frame) plus its absolute box. */
export type InspectedItem = StoredItem & { absolute: AbsoluteBox; childrenIds: string[] };

export interface SimInspector {
  /** Every item on the board, in creation order. */
  items(): InspectedItem[];
  itemById(id: string): InspectedItem | undefined;
  /** The absolute centre, size and edges of an item; throws for an unknown id. */
  absolute(id: string): AbsoluteBox;
  /** Whether others see the item: no opaque shape higher in the stack covers its centre. */
  visible(id: string): boolean;
  /** Item ids from the bottom of the stacking order to the top. */
  stackOrder(): string[];
  metadataOf(id: string): Record<string, Json> | undefined;
  appData(): Record<string, Json>;
  tags(): StoredTag[];
  /** Every key of a storage collection. */
  collection(name: string): Record<string, Json>;
  /** What a client's person saw: panels, notifications, viewport, zooms, selection. */
  client(userId?: string): ClientRecord;
  timer(): TimerInstance;
  sessions(): { id: string; name: string; invited: string[]; joined: string[]; ended: boolean }[];
  /** Errors thrown by app handlers during event delivery. */
  handlerErrors(): unknown[];
  /** Calls `listener` after every change to the board; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The board's content as plain JSON, for `createSimulatedMiro({ state })`. */
  saveState(): SimState;
}

/** Returns the inspector over `core`; `firstUser` is the default client (no mutation). */
export function createInspector(core: Core, firstUser: string, errors: unknown[]): SimInspector {
  const { state } = core;
  const inspect = (rec: StoredItem): InspectedItem => ({
    ...copyStored(rec),
    absolute: absoluteOf(state, rec),
    childrenIds: childIds(state, rec.id),
  });
  return {
    items: () => [...state.items.values()].map(inspect),
    itemById: (id) => {
      const rec = state.items.get(id);
      return rec && inspect(rec);
    },
    absolute: (id) => absoluteOf(state, mustGet(state, id)),
    visible: (id) => !isCovered(state, id),
    stackOrder: () => [...state.stack.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id),
    metadataOf: (id) => copyJson(state.metadata.get(id)),
    appData: () => copyJson(state.appData),
    tags: () => [...state.tags.values()].map((t) => ({ ...t })),
    collection: (name) => Object.fromEntries(copyJson([...(core.collections.get(name) ?? [])])),
    client: (userId = firstUser) => structuredClone(clientOf(core, userId).record),
    timer: () => {
      const { status, totalDuration, restDuration, startedAt } = core.timer;
      const elapsed = status === 'STARTED' ? core.runtime.now() - startedAt : 0;
      return { status, totalDuration, restDuration: Math.max(0, restDuration - elapsed) };
    },
    sessions: () =>
      core.sessions.map((s) => ({
        id: s.id,
        name: s.name,
        invited: [...s.invited],
        joined: [...s.joined],
        ended: s.ended,
      })),
    handlerErrors: () => [...errors],
    subscribe(listener) {
      core.listeners.add(listener);
      return () => core.listeners.delete(listener);
    },
    saveState: () => saveState(core),
  };
}
