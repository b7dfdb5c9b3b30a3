// The TemplateMap: which board item (or tag) each blueprint key became, for one session. It is
// stored in the app's storage collection (COLLECTION) under `template:<sessionId>`, so resume, the
// session controller and the guard find the items again. Keys are stored without their
// `<method>/` prefix to keep the value small (about 7–11 KB for the largest templates).
import type { Blueprint } from '../layout/blueprint';
import type { BoardLike, Json } from '../miro/types';
import { COLLECTION, KEYS } from '../storage/keys';
import { fnv1a } from '../shared/hash';

export { COLLECTION };
export { MAP_FORMAT, fromStored, toStored, type TemplateMap } from '../storage/template-map';
import { fromStored, toStored, MAP_FORMAT, type TemplateMap } from '../storage/template-map';

/** Returns the storage key of a session's map (pure). */
export function mapKey(sessionId: string): string {
  return KEYS.template(sessionId);
}

/** Returns a short FNV-1a hash of the blueprint's records (pure). */
export function blueprintVersion(bp: Blueprint): string {
  return fnv1a(JSON.stringify([bp.method, bp.sessionId, bp.records]));
}

/** Returns a new, empty map for a blueprint at an origin (pure). */
export function emptyMap(bp: Blueprint, origin: { x: number; y: number }): TemplateMap {
  return {
    v: MAP_FORMAT,
    sessionId: bp.sessionId,
    methodId: bp.method,
    blueprintVersion: blueprintVersion(bp),
    origin,
    items: {},
    frames: bp.records.filter((r) => r.kind === 'frame').map((r) => r.key),
    tags: bp.records.filter((r) => r.kind === 'tag').map((r) => r.key),
    complete: false,
  };
}

/** Returns the session's stored map, or undefined (one storage.get call). */
export async function readMap(board: BoardLike, sessionId: string) {
  return fromStored(await board.storage.collection(COLLECTION).get(mapKey(sessionId)));
}

/** Writes the map to storage (one storage.set call; the map is copied first). */
export async function writeMap(board: BoardLike, map: TemplateMap): Promise<void> {
  await board.storage.collection(COLLECTION).set(mapKey(map.sessionId), toStored(map));
}

/** Removes the session's map from storage (one storage.remove call). */
export async function deleteMap(board: BoardLike, sessionId: string): Promise<void> {
  await board.storage.collection(COLLECTION).remove(mapKey(sessionId));
}
