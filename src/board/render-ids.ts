// What render.ts needs from the board adapter's TemplateMap (template-map.ts): ids by full
// blueprint key, a way to add or drop covers, and the stored form to write back. It also takes a
// plain { key: id } record (tests, older maps). The item cache here surfaces SDK errors (a rate
// limit must not look like a deleted frame), unlike cache.ts, which turns them into `undefined`.
import type { BoardItem, BoardLike } from '../miro/types';
import { isBoardItem } from '../miro/types';
import { fromStored, toStored } from './template-map';
import type { TemplateMap } from './template-map';

/** Template item ids by blueprint key; `changed` says a cover was added or removed since loading. */
export interface TemplateIds {
  get(key: string): string | undefined;
  set(key: string, id: string): void;
  delete(key: string): void;
  readonly changed: boolean;
  /** Returns the map to store back, in the shape it was read in; clears `changed`. */
  toStored(): unknown;
  /** Takes the ids of a newer stored map (another client added or removed a cover). */
  reload(value: unknown): void;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Returns the TemplateMap of an in-memory or stored map value, or undefined; pure. */
export function templateMapOf(value: unknown): TemplateMap | undefined {
  if (!isObj(value) || value.v !== 1 || typeof value.methodId !== 'string' || !isObj(value.items))
    return undefined;
  const prefix = `${value.methodId}/`;
  const keys = Object.keys(value.items);
  const inMemory = keys.length > 0 && keys.every((k) => k.startsWith(prefix));
  if (!inMemory) return fromStored(value);
  const map = value as unknown as TemplateMap;
  return { ...map, items: { ...map.items } };
}

/** Returns template ids over a TemplateMap (in memory or stored) or a plain record; copies, mutates nothing. */
export function createTemplateIds(value: unknown): TemplateIds {
  const map = templateMapOf(value);
  const entries = (v: unknown): [string, string][] => {
    const m = templateMapOf(v);
    if (m) return Object.entries(m.items);
    if (!isObj(v)) return [];
    return Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string');
  };
  const ids = new Map<string, string>(entries(value));
  let changed = false;
  return {
    get: (key) => ids.get(key),
    set(key, id) {
      if (ids.get(key) !== id) changed = true;
      ids.set(key, id);
    },
    delete(key) {
      if (ids.delete(key)) changed = true;
    },
    get changed() {
      return changed;
    },
    toStored() {
      changed = false;
      const items = Object.fromEntries(ids);
      return map ? toStored({ ...map, items }) : items;
    },
    reload(next) {
      const fresh = entries(next);
      if (!fresh.length || changed) return; // our unsaved covers win until saved
      ids.clear();
      for (const [k, id] of fresh) ids.set(k, id);
      changed = false;
    },
  };
}

/** Board items by id, each fetched once with getById; a failed fetch is not remembered. */
export interface IdCache {
  get(id: string): Promise<BoardItem>;
  forget(id: string): void;
}

/** Returns an item cache over the board (no calls until `get`). */
export function createIdCache(board: BoardLike): IdCache {
  const items = new Map<string, Promise<BoardItem>>();
  return {
    get(id) {
      const known = items.get(id);
      if (known) return known;
      const p = board.getById(id).then((item) => {
        if (!isBoardItem(item)) throw new Error(`Item ${id} is not a frame, shape, sticky or text`);
        return item;
      });
      items.set(id, p);
      p.catch(() => items.delete(id));
      return p;
    },
    forget: (id) => void items.delete(id),
  };
}

/** Runs `fn` over the items at most `limit` at a time; resolves to settled results in order. */
export async function settledPool<T, R>(
  list: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const out: PromiseSettledResult<R>[] = new Array(list.length);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const i = next++;
      try {
        out[i] = { status: 'fulfilled', value: await fn(list[i] as T) };
      } catch (reason) {
        out[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, worker));
  return out;
}
