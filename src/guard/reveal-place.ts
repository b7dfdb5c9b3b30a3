// Where revealed notes go: a grid inside the region's frame in which every author's notes take
// cells no other author's can take, wrapping to new rows; what does not fit goes into the parking
// frame, on free cells, with a note saying where it came from (and, when that is full too, onto
// an empty stretch of board beside it). Posting never stops halfway: each
// note succeeds or is handed back.
import type { BoardItem, FrameItem, Json, MiroLike, StickyItem } from '../miro/types';
import { META_KEY } from '../layout/meta';
import { withRetry } from './echo';
import { KEYS, readTemplateMap } from './plan';

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
const PER_AUTHOR = 4;

/**
 * Returns absolute spots inside the region for an author's `count` notes, null where the frame is
 * full. Cells run in rows; author i takes cells i·4…i·4+3 of every lap of `authors`·4 cells, so
 * panels posting at once never share a cell, however many notes each has; pure.
 */
export function revealSpots(
  box: RegionBox,
  authorIndex: number,
  count: number,
  authors = authorIndex + 1,
): ({ x: number; y: number } | null)[] {
  const cols = Math.max(1, Math.floor((box.width - 80) / CELL));
  const rows = Math.max(1, Math.floor((box.height - 300) / CELL) + 1);
  const left = box.x - box.width / 2 + 40 + CELL / 2;
  const top = box.y - box.height / 2 + 200;
  const lap = Math.max(authors, authorIndex + 1) * PER_AUTHOR;
  return Array.from({ length: count }, (_, i) => {
    const n = Math.floor(i / PER_AUTHOR) * lap + authorIndex * PER_AUTHOR + (i % PER_AUTHOR);
    if (n >= cols * rows) return null;
    return { x: left + (n % cols) * CELL, y: top + Math.floor(n / cols) * CELL };
  });
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2;

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

/** Returns the region's frame and the parking frame, those that exist (calls the SDK). */
async function framesFor(miro: MiroLike, sessionId: string, region: string): Promise<FrameItem[]> {
  const c = miro.board.storage.collection('intervisie');
  const map = readTemplateMap(await withRetry(() => c.get(KEYS.template(sessionId))));
  const ids = Object.entries(map)
    .filter(([k]) => k.endsWith(`/${region}/frame`) || k.endsWith('/parking/frame'))
    .map(([, id]) => id);
  const got = await Promise.all(ids.map((id) => miro.board.getById(id).catch(() => undefined)));
  return got.filter((f): f is FrameItem => (f as { type?: string } | undefined)?.type === 'frame');
}

/** Returns the parking frame's box and the boxes of what lies in it, or undefined (calls the SDK). */
async function parkingSpace(miro: MiroLike, sessionId: string) {
  const c = miro.board.storage.collection('intervisie');
  const map = readTemplateMap(await withRetry(() => c.get(KEYS.template(sessionId))));
  const id = Object.entries(map).find(([k]) => k.endsWith('/parking/frame'))?.[1];
  if (!id) return undefined;
  const frame = (await withRetry(() => miro.board.getById(id))) as FrameItem;
  const children = (await withRetry(() => frame.getChildren())) as Box[];
  const left = frame.x - frame.width / 2;
  const top = frame.y - frame.height / 2;
  const taken = children.map((ch) => ({ ...ch, x: left + ch.x, y: top + ch.y }));
  return { box: { x: frame.x, y: frame.y, width: frame.width, height: frame.height }, taken };
}

/** Returns the note beside notes that did not fit in their region; pure. */
export function overflowNote(region: string): string {
  return `<p>Geen plaats meer in ${region} bij de onthulling: deze notities horen daar.</p>`;
}

/**
 * Posts notes as stickies at the given spots; a null spot sends the note to the parking frame
 * (with one note beside them), or under the region when there is no parking frame. Returns the
 * stickies made and the indexes of the notes that failed (each note is tried on its own).
 */
export async function postAt(
  miro: MiroLike,
  sessionId: string,
  region: string,
  box: RegionBox,
  posts: readonly Post[],
  spots: readonly ({ x: number; y: number } | null)[],
): Promise<{ posted: StickyItem[]; failed: number[] }> {
  const { board } = miro;
  const frames = await framesFor(miro, sessionId, region).catch(() => [] as FrameItem[]);
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
