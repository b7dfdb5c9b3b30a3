// The TemplateMap as storage holds it: which board item each blueprint key became, stored under
// KEYS.template with keys shortened (no `<method>/` prefix). The one reader and writer of that
// form, for the board adapter, the session controller and the guard. Pure and zod-free.
import type { Json } from '../miro/types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

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

/**
 * Returns the template map key → item id from its stored value: the board's TemplateMap
 * (`{ methodId, items }`, keys always stored without the `<method>/` prefix, which this puts back) or a
 * flat record; non-string ids are dropped. Pure.
 */
export function readTemplateMap(raw: unknown): Record<string, string> {
  if (!isObj(raw)) return {};
  const inner = isObj(raw.items) ? raw.items : raw;
  const prefix = typeof raw.methodId === 'string' ? `${raw.methodId}/` : '';
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(inner)) {
    if (typeof v !== 'string' || !k.includes('/')) continue;
    out[prefix + k] = v;
  }
  return out;
}

/** Returns the stored map with one key's id replaced, keeping its shape and short keys; pure. */
export function withTemplateId(raw: unknown, key: string, id: string): Json {
  if (!isObj(raw)) return { [key]: id };
  const prefix = typeof raw.methodId === 'string' ? `${raw.methodId}/` : '';
  const short = prefix && key.startsWith(prefix) ? key.slice(prefix.length) : key;
  if (isObj(raw.items)) return { ...raw, items: { ...raw.items, [short]: id } } as Json;
  return { ...raw, [short]: id } as Json;
}
