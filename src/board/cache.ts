// An item cache over a TemplateMap for the session controller and the guard: `get(key)` looks
// an item up by its blueprint key with one getById the first time, then returns the same object.
import { isBoardItem, type BoardItem, type MiroLike } from '../miro/types';
import type { TemplateMap } from './template-map';

export interface ItemCache {
  /** Returns the item of a blueprint key (undefined when unmapped or gone from the board). */
  get(key: string): Promise<BoardItem | undefined>;
  /** Records an item for a key, e.g. one the guard recreated (mutates the cache and the map). */
  put(key: string, item: BoardItem): void;
  /** Forgets a key's cached object, so the next get reads the board again (mutates). */
  forget(key: string): void;
}

/** Returns a new cache over `map`; reads cost one getById per key, at most once while cached. */
export function createItemCache(miro: MiroLike, map: TemplateMap): ItemCache {
  const cached = new Map<string, Promise<BoardItem | undefined>>();
  return {
    get(key) {
      const hit = cached.get(key);
      if (hit) return hit;
      const id = map.items[key];
      if (id === undefined) return Promise.resolve(undefined);
      const read = miro.board.getById(id).then(
        (item) => (isBoardItem(item) ? item : undefined),
        () => undefined,
      );
      cached.set(key, read);
      read.then((item) => item ?? cached.delete(key));
      return read;
    },
    put(key, item) {
      map.items[key] = item.id;
      cached.set(key, Promise.resolve(item));
    },
    forget(key) {
      cached.delete(key);
    },
  };
}
