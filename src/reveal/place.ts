// Where revealed notes go: a tidy grid inside the region's frame (equal cells in aligned rows and
// columns) in which every author's notes take cells no other author's can take, skipping cells a
// note already lies on; what does not fit goes into the parking
// frame, on free cells, with a note saying where it came from (and, when that is full too, onto
// an empty stretch of board beside it). Posting never stops halfway: each
// note succeeds or is handed back.
import type { BoardItem, FrameItem, Json, MiroLike, StickyItem } from '../miro/types';
import { META_KEY } from '../layout/meta';
import { withRetry } from '../guard/echo';
import { KEYS, readTemplateMap } from '../guard/plan';
import { COLLECTION } from '../storage/keys';
import { toBoard } from '../shared/coords';

export interface RegionBox {
  /** The region frame's absolute centre and size. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One note on its way to the board: its sticky content and the author id kept in metadata. */
export interface Post {
  content: string;
  authorId?: string;
}

const CELL = 210;

type Spot = { x: number; y: number };
type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2;

/**
 * Returns the grid cells of author `authorIndex` of `authors`, in the order their notes take them:
 * the grid fills the region in equal cells, centred, in aligned rows and columns. Each author owns
 * whole columns (author i: columns i, i + authors, …, filled top-down); the columns left over when
 * `authors` does not divide the columns are shared row by row, one cell per author in turn. A
 * single author fills the grid row by row. No two authors ever share a cell; pure.
 */
function cellsOf(box: RegionBox, authorIndex: number, authors: number): Spot[] {
  const cols = Math.max(1, Math.floor((box.width - 80) / CELL));
  // Rows from 200 below the top (under the title) to 110 above the bottom: a note stays inside.
  const rows = Math.max(1, Math.floor((box.height - 310) / CELL) + 1);
  const left = box.x - ((cols - 1) * CELL) / 2;
  const top = box.y - box.height / 2 + 200;
  const at = (col: number, row: number) => ({ x: left + col * CELL, y: top + row * CELL });
  const n = Math.max(1, authors, authorIndex + 1);
  if (n === 1)
    return Array.from({ length: cols * rows }, (_, i) => at(i % cols, Math.floor(i / cols)));
  const laps = Math.floor(cols / n);
  const out: Spot[] = [];
  for (let lap = 0; lap < laps; lap++)
    for (let row = 0; row < rows; row++) out.push(at(lap * n + authorIndex, row));
  const rest = cols - laps * n;
  for (let m = authorIndex; rest > 0 && m < rest * rows; m += n)
    out.push(at(laps * n + (m % rest), Math.floor(m / rest)));
  return out;
}

/**
 * Returns absolute spots inside the region for an author's `count` notes, null where the author's
 * cells are full: their cells of the region's grid (see cellsOf) that no item in `taken` overlaps,
 * so panels posting at once never share a cell and nothing lands on a note already there; pure.
 */
export function revealSpots(
  box: RegionBox,
  authorIndex: number,
  count: number,
  authors = authorIndex + 1,
  taken: readonly Box[] = [],
): (Spot | null)[] {
  const sticky = { width: 180, height: 207 };
  const free = cellsOf(box, authorIndex, authors).filter(
    (c) => !taken.some((t) => overlaps({ ...c, ...sticky }, t)),
  );
  return Array.from({ length: count }, (_, i) => free[i] ?? null);
}

/** Returns up to `count` free cells inside a frame (absolute), skipping cells that overlap `taken`; pure. */
export function freeCells(frame: Box, taken: readonly Box[], count: number): Box[] {
  const cols = Math.max(1, Math.floor((frame.width - 40) / CELL));
  const rows = Math.max(0, Math.floor((frame.height - 200) / CELL));
  const left = frame.x - frame.width / 2 + 20 + CELL / 2;
  const top = frame.y - frame.height / 2 + 180 + CELL / 2;
  const out: Box[] = [];
  for (let n = 0; out.length < count && n < cols * rows; n++) {
    const cell = {
      x: left + (n % cols) * CELL,
      y: top + Math.floor(n / cols) * CELL,
      width: 200,
      height: 210,
    };
    if (!taken.some((t) => overlaps(cell, t))) out.push(cell);
  }
  return out;
}

/** Returns `count` cells in a grid filling `block` row by row (absolute); pure. */
function gridIn(block: Box, count: number): Box[] {
  const cols = Math.max(1, Math.floor(block.width / CELL));
  const left = block.x - block.width / 2 + CELL / 2;
  const top = block.y - block.height / 2 + CELL / 2;
  return Array.from({ length: count }, (_, n) => ({
    x: left + (n % cols) * CELL,
    y: top + Math.floor(n / cols) * CELL,
    width: 200,
    height: 210,
  }));
}

/**
 * Returns `count` cells for notes that did not fit their region: free cells of the parking frame
 * first, then an empty stretch of board beside it (findEmptySpace), so nothing lands on anything.
 */
async function overflowCells(miro: MiroLike, sessionId: string, box: RegionBox, count: number) {
  const space = await parkingSpace(miro, sessionId).catch(() => undefined);
  const cells = space ? freeCells(space.box, space.taken, count) : [];
  const rest = count - cells.length;
  if (rest <= 0) return cells;
  const near = space?.box ?? box;
  const cols = Math.min(rest, 6);
  const want = { width: cols * CELL, height: Math.ceil(rest / cols) * CELL };
  const at = { x: near.x, y: near.y + near.height / 2 + want.height / 2 + 100 };
  const block = await withRetry(() => miro.board.findEmptySpace({ ...at, ...want, offset: 50 }));
  return [...cells, ...gridIn({ ...block, ...want }, rest)];
}

/** Returns the region's frame and the parking frame, those that exist, and the template map (calls the SDK). */
async function framesFor(miro: MiroLike, sessionId: string, region: string) {
  const c = miro.board.storage.collection(COLLECTION);
  const map = readTemplateMap(await withRetry(() => c.get(KEYS.template(sessionId))));
  const ids = Object.entries(map)
    .filter(([k]) => k.endsWith(`/${region}/frame`) || k.endsWith('/parking/frame'))
    .map(([, id]) => id);
  const got = await Promise.all(ids.map((id) => miro.board.getById(id).catch(() => undefined)));
  const frames = got.filter(
    (f): f is FrameItem => (f as { type?: string } | undefined)?.type === 'frame',
  );
  const own = Object.entries(map).find(([k]) => k.endsWith(`/${region}/frame`))?.[1];
  return { frames, map, regionFrame: frames.find((f) => f.id === own) };
}

/** Returns the absolute boxes of what lies in the region's frame besides the template (calls the SDK once). */
async function takenIn(frame: FrameItem | undefined, template: Record<string, string>) {
  if (!frame) return [];
  const ids = new Set(Object.values(template));
  const children = (await withRetry(() => frame.getChildren())) as (Box & { id: string })[];
  return children
    .filter((ch) => !ids.has(ch.id))
    .map((ch) => ({ ...toBoard(frame, ch), width: ch.width, height: ch.height }));
}

/** Returns the parking frame's box and the boxes of what lies in it, or undefined (calls the SDK). */
async function parkingSpace(miro: MiroLike, sessionId: string) {
  const c = miro.board.storage.collection(COLLECTION);
  const map = readTemplateMap(await withRetry(() => c.get(KEYS.template(sessionId))));
  const id = Object.entries(map).find(([k]) => k.endsWith('/parking/frame'))?.[1];
  if (!id) return undefined;
  const frame = (await withRetry(() => miro.board.getById(id))) as FrameItem;
  const children = (await withRetry(() => frame.getChildren())) as Box[];
  const taken = children.map((ch) => ({ ...ch, ...toBoard(frame, ch) }));
  return { box: { x: frame.x, y: frame.y, width: frame.width, height: frame.height }, taken };
}

/** Returns the note beside notes that did not fit in their region; pure. */
export function overflowNote(region: string): string {
  return `<p>Geen plaats meer in ${region} bij de onthulling: deze notities horen daar.</p>`;
}

/** The spots of a batch of notes, given what lies in the region already (see revealSpots). */
export type Place = (taken: readonly Box[]) => readonly (Spot | null)[];

/**
 * Posts notes as stickies at the spots `place` gives for what lies in the region now; a null spot
 * sends the note to the parking frame (with one note beside them), or under the region when there
 * is no parking frame. Returns the stickies made and the indexes of the notes that failed (each
 * note is tried on its own).
 */
export async function postAt(
  miro: MiroLike,
  sessionId: string,
  region: string,
  box: RegionBox,
  posts: readonly Post[],
  place: Place,
): Promise<{ posted: StickyItem[]; failed: number[] }> {
  const { board } = miro;
  const found = await framesFor(miro, sessionId, region).catch(() => undefined);
  const frames = found?.frames ?? [];
  const taken = await takenIn(found?.regionFrame, found?.map ?? {}).catch(() => []);
  const spots = place(taken);
  // Miro is not known to parent an item created over a frame: it joins the frame it lies in.
  const join = async (item: StickyItem | BoardItem, x: number, y: number) => {
    const f = frames.find(
      (fr) => Math.abs(x - fr.x) <= fr.width / 2 && Math.abs(y - fr.y) <= fr.height / 2,
    );
    if (f && item.parentId !== f.id) await withRetry(() => f.add(item));
  };
  const rest = posts.map((_, i) => i).filter((i) => !spots[i]);
  const at = new Map<number, { x: number; y: number }>();
  posts.forEach((_, i) => spots[i] && at.set(i, spots[i]!));
  if (rest.length) {
    const cells = await overflowCells(miro, sessionId, box, rest.length + 1);
    rest.forEach((i, k) => at.set(i, cells[k + 1]!));
    const note = cells[0]!;
    await withRetry(() =>
      board.createText({ x: note.x, y: note.y, width: 200, content: overflowNote(region) }),
    )
      .then((text) => join(text, note.x, note.y))
      .catch((e: unknown) => console.warn('[intervisie] overflow note not written', e));
  }
  const made = await Promise.allSettled(
    posts.map(async (post, i) => {
      const spot = at.get(i)!;
      const sticky = await withRetry(() =>
        board.createStickyNote({ x: spot.x, y: spot.y, width: 180, content: post.content }),
      );
      await join(sticky, spot.x, spot.y);
      const meta: Record<string, Json> = { s: sessionId, r: region, k: `private/${sticky.id}` };
      if (post.authorId) meta.a = post.authorId;
      // Metadata only labels the note (it is on the board): a warning is enough.
      await withRetry(() => sticky.setMetadata(META_KEY, meta)).catch((e: unknown) =>
        console.warn('[intervisie] metadata not set', e),
      );
      return sticky;
    }),
  );
  const posted: StickyItem[] = [];
  const failed: number[] = [];
  made.forEach((m, i) => (m.status === 'fulfilled' ? posted.push(m.value) : failed.push(i)));
  return { posted, failed };
}
