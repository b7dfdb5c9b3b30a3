// Where a parked note goes: a cell of its own in the parking frame, its label right under it, so
// no parked note or label lies on another. Cells are read off the frame's children at the moment
// of parking; when the frame is full the cells continue in columns beside it. Two clients parking
// at the same moment are kept apart by the cells they claimed in storage (read back); a cell
// beside the frame stays claimed, as no frame's children show that it is taken.
import type { BoardItem, FrameItem, Json } from '../miro/types';
import type { GuardCtx } from './act';
import type { Rect } from './model';
import { KEYS } from './plan';
import { withRetry } from './echo';

/** A cell: room for a sticky of Miro's default size (199 × 228) and its label under it. */
export const CELL = { width: 230, height: 300 } as const;
/** Margins kept free inside the frame. */
const SIDE = 20;
/** How long a claimed cell stays taken before the note shows up as the frame's child. */
const CLAIM_MS = 60_000;

export interface Cell extends Rect {
  index: number;
}

/** Returns the cells of a parking frame below `top` (absolute), row by row (absolute rects); pure. */
export function parkingCells(frame: Rect, top = frame.y - frame.height / 2 + SIDE): Cell[] {
  const left = frame.x - frame.width / 2 + SIDE;
  const bottom = frame.y + frame.height / 2 - SIDE;
  const cols = Math.max(1, Math.floor((frame.width - 2 * SIDE) / CELL.width));
  const rows = Math.max(0, Math.floor((bottom - top) / CELL.height));
  const cells: Cell[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      cells.push({
        index: r * cols + c,
        x: left + CELL.width * (c + 0.5),
        y: top + CELL.height * (r + 0.5),
        width: CELL.width,
        height: CELL.height,
      });
  return cells;
}

const overlaps = (a: Rect, b: Rect) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

/** Returns the first cell no taken box overlaps and no claim holds, or undefined when full; pure. */
export function freeCell(
  cells: readonly Cell[],
  taken: readonly Rect[],
  claimed: ReadonlySet<number>,
): Cell | undefined {
  return cells.find((c) => !claimed.has(c.index) && !taken.some((t) => overlaps(c, t)));
}

/** Returns where a note of that size and its label go inside a cell (absolute centres); pure. */
export function placeInCell(cell: Rect, note: { width: number; height: number }) {
  const top = cell.y - cell.height / 2 + 6;
  const h = Math.min(note.height, 230);
  return { note: { x: cell.x, y: top + h / 2 }, label: { x: cell.x, y: top + h + 28 } };
}

type Claims = Record<string, [string, number]>;

/**
 * Returns the cell this note takes in the parking frame (claimed in storage), or a free spot on
 * the board beside the frame when it is full. Calls the SDK: the frame's children, storage,
 * findEmptySpace when full.
 */
export async function takeCell(
  ctx: GuardCtx,
  frame: FrameItem,
  noteId: string,
): Promise<{ cell: Rect; inFrame: boolean }> {
  const box = { x: frame.x, y: frame.y, width: frame.width, height: frame.height };
  const left = frame.x - frame.width / 2;
  const top = frame.y - frame.height / 2;
  const children = (await withRetry(() => frame.getChildren())) as BoardItem[];
  const boxOf = (c: BoardItem) => {
    const { width = 0, height = 0 } = c as { width?: number; height?: number };
    return { x: left + c.x, y: top + c.y, width, height };
  };
  // The frame's own title and hint stay clear: cells begin under the template's texts.
  const own = children.filter((c) => ctx.view.template.has(c.id)).map(boxOf);
  const below = Math.max(top + SIDE, ...own.map((b) => b.y + b.height / 2 + 10));
  const taken = children.filter((c) => c.id !== noteId && !ctx.view.template.has(c.id)).map(boxOf);
  const cells = parkingCells(box, below);
  const key = KEYS.parking(ctx.view.sessionId);
  for (let attempt = 0; attempt < 4; attempt++) {
    const raw = ((await ctx.collection.get(key).catch(() => undefined)) ?? {}) as Claims;
    const now = ctx.now();
    // A cell in the frame is seen taken by the note in it; a claim only bridges the move there.
    const live = Object.fromEntries(
      Object.entries(raw).filter(([i, [, at]]) => Number(i) >= cells.length || now - at < CLAIM_MS),
    ) as Claims;
    const claimed = new Set(
      Object.entries(live)
        .filter(([, [id]]) => id !== noteId)
        .map(([i]) => Number(i)),
    );
    const cell = freeCell([...cells, ...besideCells(box, cells.length, claimed)], taken, claimed);
    if (!cell) break;
    const next = { ...live, [cell.index]: [noteId, now] } as unknown as Json;
    const ok = await ctx.collection
      .set(key, next)
      .then(() => ctx.collection.get(key))
      .then((back) => (back as Claims | undefined)?.[cell.index]?.[0] === noteId)
      // Storage refused: the cell read off the children is still the best guess.
      .catch(() => true);
    if (ok) return { cell, inFrame: cell.index < cells.length };
  }
  const want = { x: box.x + box.width / 2 + CELL.width, y: box.y, ...CELL, offset: 40 };
  const free = await withRetry(() => ctx.miro.board.findEmptySpace(want));
  return { cell: { x: free.x, y: free.y, ...CELL }, inFrame: false };
}

/**
 * Returns the cells that continue the parking area beside the frame, column by column to its
 * right, numbered on from `first`; enough that one is free of the claims; pure.
 */
export function besideCells(frame: Rect, first: number, claimed: ReadonlySet<number>): Cell[] {
  const rows = Math.max(1, Math.floor(frame.height / CELL.height));
  const left = frame.x + frame.width / 2 + 40;
  const top = frame.y - frame.height / 2;
  const cells: Cell[] = [];
  for (let k = 0; cells.length === 0 || claimed.has(first + k - 1); k++)
    cells.push({
      index: first + k,
      x: left + CELL.width * (Math.floor(k / rows) + 0.5),
      y: top + CELL.height * ((k % rows) + 0.5),
      width: CELL.width,
      height: CELL.height,
    });
  return cells;
}
