// The TemplateMap: which board item (or tag) each blueprint key became, for one session. It is
// stored in the storage collection 'intervisie' under `template:<sessionId>`, so resume, the
// session controller and the guard find the items again. Keys are stored without their
// `<method>/` prefix to keep the value small (about 7–11 KB for the largest templates).
import type { Blueprint } from '../layout/blueprint';
import type { BoardLike, Json } from '../miro/types';
import { COLLECTION, KEYS } from '../storage/keys';

export { COLLECTION };
export const MAP_FORMAT = 1;

export interface TemplateMap {
  /** Format of this record. */
  v: typeof MAP_FORMAT;
  sessionId: string;
  methodId: string;
  /** Hash of the blueprint the map was made from: a resume must use the same one. */
  blueprintVersion: string;
  /** Board position of the blueprint's (0, 0). */
  origin: { x: number; y: number };
  /** Blueprint key → item id (tags: tag id), only for items created and tagged. */
  items: Record<string, string>;
  /** Keys of the frames, for removal and zooming. */
  frames: string[];
  /** Keys of the tags (board-wide, shared with other sessions). */
  tags: string[];
  /** True once every record of the blueprint is on the board. */
  complete: boolean;
  /**
   * Blueprint key → fingerprint of the text the app wrote into the item (text items only):
   * removal keeps exactly the items whose text changed. Absent in maps made before it existed.
   */
  hashes?: Record<string, string>;
}

/** Returns the storage key of a session's map (pure). */
export function mapKey(sessionId: string): string {
  return KEYS.template(sessionId);
}

/** Returns a short FNV-1a hash of the blueprint's records (pure). */
export function blueprintVersion(bp: Blueprint): string {
  const text = JSON.stringify([bp.method, bp.sessionId, bp.records]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
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

const strip = (method: string, key: string) =>
  key.startsWith(`${method}/`) ? key.slice(method.length + 1) : key;

/** Returns the stored (JSON) form of a map (pure). */
export function toStored(map: TemplateMap): Json {
  const short = (key: string) => strip(map.methodId, key);
  return {
    ...map,
    origin: { ...map.origin },
    items: Object.fromEntries(Object.entries(map.items).map(([k, id]) => [short(k), id])),
    frames: map.frames.map(short),
    tags: map.tags.map(short),
    ...(map.hashes ? { hashes: shortKeys(map.hashes, short) } : {}),
  };
}

const shortKeys = (rec: Record<string, string>, to: (key: string) => string) =>
  Object.fromEntries(Object.entries(rec).map(([k, v]) => [to(k), String(v)]));

/** Returns the map from its stored form, or undefined when it is missing or not a map (pure). */
export function fromStored(value: unknown): TemplateMap | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Partial<TemplateMap>;
  if (m.v !== MAP_FORMAT || typeof m.methodId !== 'string' || typeof m.sessionId !== 'string')
    return undefined;
  if (typeof m.items !== 'object' || !m.items || !Array.isArray(m.frames) || !m.origin)
    return undefined;
  const long = (key: string) => `${m.methodId}/${key}`;
  return {
    v: MAP_FORMAT,
    sessionId: m.sessionId,
    methodId: m.methodId,
    blueprintVersion: String(m.blueprintVersion ?? ''),
    origin: { x: Number(m.origin.x), y: Number(m.origin.y) },
    items: Object.fromEntries(Object.entries(m.items).map(([k, id]) => [long(k), String(id)])),
    frames: m.frames.map((k) => long(String(k))),
    tags: Array.isArray(m.tags) ? m.tags.map((k) => long(String(k))) : [],
    complete: m.complete === true,
    ...(typeof m.hashes === 'object' && m.hashes ? { hashes: shortKeys(m.hashes, long) } : {}),
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
