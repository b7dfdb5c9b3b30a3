// readBoard: what the board holds per region, as plain data for the record (src/record). Two SDK
// calls: one unfiltered `get` (items and tags, 500 credits) and one storage read of the guard's
// ratings; `getMetadata` only for a rating sticker that lies beside no item, and for the items of
// the regions named in `metadataIn` (the parking frame's labels, revealed private notes). A note
// the guard parked beside a full parking frame counts as the parking frame's, found by its label.
import { META_KEY } from '../layout/meta';
import type { BoardItem, MiroLike, TagItem } from '../miro/types';
import { isBoardItem } from '../miro/types';
import { isParkingLabel } from '../record/app-items';
import { htmlToText } from '../record/text';
import type {
  AppMeta,
  BoardSnapshot,
  Rating,
  RegionSnapshot,
  SnapshotItem,
} from '../record/snapshot';
import { marksOf, ratingOf } from '../record/tags';
import type { TemplateMap } from './template-map';
import { COLLECTION, KEYS } from '../storage/keys';
import { toBoard } from '../shared/coords';

/** A rating sticker is a shape at most this wide and high whose text is a rating word. */
const STICKER_MAX = 240;
/** How far from an item's edge a sticker still counts as its rating. */
const NEAR = 80;
const SPOTS = /^(column|cell|slot|pair|seat|label)$/;

type Placed = Exclude<BoardItem, { type: 'frame' }>;
type Box = { x: number; y: number; width: number; height: number };

export type SnapshotMap = Pick<TemplateMap, 'sessionId' | 'methodId' | 'items'>;

const inside = (b: Box, x: number, y: number, pad = 0) =>
  Math.abs(x - b.x) <= b.width / 2 + pad && Math.abs(y - b.y) <= b.height / 2 + pad;

function isTag(v: unknown): v is TagItem {
  return typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'tag';
}

/** Returns a rating per item id from the guard's stored ratings (`ratings:<sid>`), loosely read. */
function storedRatings(raw: unknown): Map<string, Rating> {
  const out = new Map<string, Rating>();
  const add = (target: unknown, rating: unknown) => {
    const r = typeof rating === 'string' ? ratingOf(rating) : null;
    if (typeof target === 'string' && r) out.set(target, r);
  };
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const list = Array.isArray(raw) ? raw : Array.isArray(obj.ratings) ? obj.ratings : null;
  if (list) {
    for (const e of list) {
      const r = e && typeof e === 'object' ? (e as Record<string, unknown>) : {};
      add(r.target, r.rating);
    }
  } else for (const [k, v] of Object.entries(obj)) add(k, v);
  return out;
}

function stickerTarget(meta: unknown): string | null {
  const m = meta && typeof meta === 'object' ? (meta as Record<string, unknown>) : {};
  const t = m.target ?? m.t;
  return typeof t === 'string' ? t : null;
}

/** Returns the app's metadata of an item as the record reads it, or undefined; loosely read. */
function appMeta(meta: unknown): AppMeta | undefined {
  const m = meta && typeof meta === 'object' ? (meta as Record<string, unknown>) : {};
  if (typeof m.k !== 'string') return undefined;
  return {
    key: m.k,
    ...(typeof m.s === 'string' ? { session: m.s } : {}),
    ...(typeof m.r === 'string' ? { region: m.r } : {}),
    ...(typeof m.a === 'string' ? { author: m.a } : {}),
  };
}

export interface ReadOptions {
  /** Regions whose notes may carry the app's metadata (`metadataRegions(method)`): one call each. */
  metadataIn?: readonly string[];
}

/** Returns the board's content per template region (and the parking frame); reads only. */
export async function readBoard(
  miro: MiroLike,
  map: SnapshotMap,
  opts: ReadOptions = {},
): Promise<BoardSnapshot> {
  const withMeta = new Set(opts.metadataIn ?? []);
  const board = miro.board;
  const [all, ratingsRaw] = await Promise.all([
    board.get(),
    board.storage
      .collection(COLLECTION)
      .get(KEYS.ratings(map.sessionId))
      .catch(() => undefined),
  ]);
  const stored = storedRatings(ratingsRaw);
  const tagTitles = new Map(all.filter(isTag).map((t) => [t.id, t.title]));
  const items = all.filter(isBoardItem);
  const byId = new Map(items.map((i) => [i.id, i]));
  const templateIds = new Set(Object.values(map.items));
  const keyOfId = new Map(Object.entries(map.items).map(([k, id]) => [id, k]));
  const prefix = `${map.methodId}/`;
  const regionFrames: { region: string; frame: Extract<BoardItem, { type: 'frame' }> }[] = [];
  for (const [key, id] of Object.entries(map.items)) {
    const m = /^([^/]+)\/([^/]+)\/frame$/.exec(key);
    const frame = byId.get(id);
    if (m && key.startsWith(prefix) && frame?.type === 'frame')
      regionFrames.push({ region: m[2]!, frame });
  }
  const metaOf = new Map<string, Promise<AppMeta | undefined>>();
  const readMeta = (i: Placed) => {
    if (!metaOf.has(i.id))
      metaOf.set(
        i.id,
        i.getMetadata(META_KEY).then(appMeta, () => undefined),
      );
    return metaOf.get(i.id)!;
  };
  // Beside a full parking frame: the guard's labels on no frame, and the notes they name.
  const loose = items.filter(
    (i): i is Placed =>
      i.parentId === null &&
      i.type === 'text' &&
      !templateIds.has(i.id) &&
      isParkingLabel(htmlToText(i.content)),
  );
  const named = await Promise.all(
    loose.map(async (l) => {
      const meta = await readMeta(l);
      return meta?.session === map.sessionId ? meta.key : '';
    }),
  );
  const outside = named.flatMap((k) => {
    const note = k.startsWith('parked/') ? byId.get(k.slice(7)) : undefined;
    return note && note.parentId === null && note.type !== 'frame' ? [note] : [];
  });
  const regions: RegionSnapshot[] = [];
  for (const { region, frame } of regionFrames) {
    if (['title', 'track', 'step', 'roles', 'tray'].includes(region)) continue;
    const abs = (i: Placed): Box => ({
      ...(i.parentId === frame.id ? toBoard(frame, i) : { x: i.x, y: i.y }),
      width: i.width,
      height: i.height,
    });
    const children = [
      ...items.filter((i): i is Placed => i.parentId === frame.id && i.type !== 'frame'),
      ...(region === 'parking' ? [...loose.filter((_, k) => named[k]), ...outside] : []),
    ];
    const spots = children.flatMap((i) => {
      const part = keyOfId.get(i.id)?.split('/').slice(2) ?? [];
      return SPOTS.test(part[0] ?? '') ? [{ place: part.join('/'), box: abs(i) }] : [];
    });
    const own = children.filter((i) => !templateIds.has(i.id));
    const isSticker = (i: Placed) =>
      i.type === 'shape' &&
      i.width <= STICKER_MAX &&
      i.height <= STICKER_MAX &&
      ratingOf(htmlToText(i.content)) !== null;
    const notes = own.filter((i) => !isSticker(i));
    const snap: SnapshotItem[] = notes.map((i) => {
      const box = abs(i);
      const titles =
        i.type === 'sticky_note' ? i.tagIds.map((t) => tagTitles.get(t) ?? '').filter(Boolean) : [];
      const marks = marksOf(titles);
      const spot = spots.find((s) => inside(s.box, box.x, box.y));
      return {
        id: i.id,
        type: i.type,
        content: i.content,
        createdBy: i.createdBy,
        createdAt: i.createdAt,
        x: box.x,
        y: box.y,
        tags: titles,
        ...marks,
        rating: marks.rating ?? stored.get(i.id) ?? null,
        ...(spot ? { place: spot.place } : {}),
      };
    });
    for (const s of own.filter(isSticker)) {
      const rating = ratingOf(htmlToText(s.content))!;
      const b = abs(s);
      const near = notes
        .map((n, k) => ({ k, box: abs(n) }))
        .filter((n) => inside(n.box, b.x, b.y, NEAR))
        .sort(
          (p, q) =>
            Math.hypot(p.box.x - b.x, p.box.y - b.y) - Math.hypot(q.box.x - b.x, q.box.y - b.y),
        )[0];
      let target = near ? snap[near.k] : undefined;
      if (!target) {
        const meta = await s.getMetadata(META_KEY).catch(() => null);
        const id = stickerTarget(meta);
        target = snap.find((x) => x.id === id);
      }
      if (target && target.rating === null) target.rating = rating;
    }
    if (withMeta.has(region))
      await Promise.all(
        notes.map(async (n, k) => {
          if (n.type === 'shape') return;
          const app = await readMeta(n);
          if (app) snap[k]!.app = app;
        }),
      );
    regions.push({ region, frameId: frame.id, title: frame.title, items: snap });
  }
  return { sessionId: map.sessionId, methodId: map.methodId, regions };
}
