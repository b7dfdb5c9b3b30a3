// Where a parked note goes: a place of its own in the parking frame, its label right under it, so
// no parked note or label lies on another. The free space is read off the frame's children at
// the moment of parking and packed top-left first; when the frame is full the parking area goes
// on beside it, to the right. Two clients parking at the same moment are kept apart by the places
// they claimed in storage (read back); a place beside the frame stays claimed, as no frame's
// children show that it is taken.
import type { BoardItem, FrameItem, Json } from '../miro/types';
import type { GuardCtx } from './ctx';
import type { Rect } from './model';
import { KEYS } from './plan';
import { withRetry } from './echo';
import { toBoard } from '../shared/coords';

/** The label under a parked note: its width and the room it takes. */
export const LABEL = { width: 200, height: 56 } as const;
/** Room kept around each parked note and label, and the step the free space is searched in. */
const GAP = 12;
const STEP = 20;
const SIDE = 12;
/** How long a claim in the frame lasts before the note shows up as the frame's child. */
const CLAIM_MS = 60_000;
/** How far the parking area goes on beside a full frame. */
const BESIDE_WIDTH = 4000;

/** A box by its top-left corner (what the packing works in). */
export interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
}

const overlaps = (a: Area, b: Area) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

/** Returns an area from a centre-based rect; pure. */
export const areaOf = (r: Rect): Area => ({
  left: r.x - r.width / 2,
  top: r.y - r.height / 2,
  width: r.width,
  height: r.height,
});

/**
 * Returns the top-left-most place of `size` inside `area` that overlaps none of `taken` (with a
 * gap), searching row by row in steps of 20; undefined when none fits; pure.
 */
export function freePlace(
  area: Area,
  size: { width: number; height: number },
  taken: readonly Area[],
): Area | undefined {
  const w = size.width + GAP;
  const h = size.height + GAP;
  for (let top = area.top; top + h <= area.top + area.height; top += STEP)
    for (let left = area.left; left + w <= area.left + area.width; left += STEP) {
      const spot = { left, top, width: w, height: h };
      if (!taken.some((t) => overlaps(spot, t))) return spot;
    }
  return undefined;
}

/** Returns the size a parked note and its label take together; pure. */
export function parkedSize(note: { width: number; height: number }) {
  return { width: Math.max(note.width, LABEL.width), height: note.height + LABEL.height };
}

/** Returns the absolute centres of the note and its label in a place; pure. */
export function placeIn(place: Area, note: { width: number; height: number }) {
  const x = place.left + (place.width - GAP) / 2;
  return {
    note: { x, y: place.top + note.height / 2 },
    label: { x, y: place.top + note.height + LABEL.height / 2 },
  };
}

type Claims = Record<string, [number, number, number, number, number, 0 | 1]>;

/**
 * Returns the place this note takes (claimed in storage): in the parking frame, or beside it
 * when the frame is full. Calls the SDK: the frame's children and storage.
 */
export async function takePlace(
  ctx: GuardCtx,
  frame: FrameItem,
  noteId: string,
  note: { width: number; height: number },
): Promise<{ place: Area; inFrame: boolean }> {
  const left = frame.x - frame.width / 2;
  const top = frame.y - frame.height / 2;
  const key = KEYS.parking(ctx.view.sessionId);
  const readClaims = async () =>
    ((await ctx.collection.get(key).catch(() => undefined)) ?? {}) as Claims;
  // The frame's children and the claims are read side by side: one round trip, not two.
  const [children, firstClaims] = await Promise.all([
    withRetry(() => frame.getChildren()) as Promise<BoardItem[]>,
    readClaims(),
  ]);
  const areaOfChild = (c: BoardItem) => {
    const { width = 0, height = 0 } = c as { width?: number; height?: number };
    const at = toBoard(frame, c);
    return { left: at.x - width / 2, top: at.y - height / 2, width, height };
  };
  // The frame's own title and hint stay clear: the space begins under the template's texts.
  const own = children.filter((c) => ctx.view.template.has(c.id)).map(areaOfChild);
  const below = Math.max(top + SIDE, ...own.map((b) => b.top + b.height + GAP));
  const inside: Area = {
    left: left + SIDE,
    top: below,
    width: frame.width - 2 * SIDE,
    height: top + frame.height - SIDE - below,
  };
  const beside: Area = {
    left: left + frame.width + 40,
    top,
    width: BESIDE_WIDTH,
    height: frame.height,
  };
  const children_ = children.filter((c) => c.id !== noteId).map(areaOfChild);
  const size = parkedSize(note);
  let place: Area | undefined;
  let inFrame = true;
  for (let attempt = 0; attempt < 4; attempt++) {
    const raw = attempt === 0 ? firstClaims : await readClaims();
    const now = ctx.now();
    const live = Object.fromEntries(
      Object.entries(raw).filter(([, c]) => c[5] === 1 || now - c[4] < CLAIM_MS),
    ) as Claims;
    const claimed = Object.entries(live)
      .filter(([id]) => id !== noteId)
      .map(([, [l, t, w, h]]) => ({ left: l, top: t, width: w, height: h }));
    const taken = [...children_, ...claimed];
    place = freePlace(inside, size, taken);
    inFrame = !!place;
    place ??= freePlace(beside, size, claimed);
    if (!place) break;
    const claim = [place.left, place.top, place.width, place.height, now, inFrame ? 0 : 1];
    const next = { ...live, [noteId]: claim } as unknown as Json;
    const mine = (back: unknown) => {
      const c = (back as Claims | undefined)?.[noteId];
      return !!c && c[0] === claim[0] && c[1] === claim[1];
    };
    const clash = (back: unknown) =>
      Object.entries((back as Claims | undefined) ?? {}).some(
        ([id, [l, t, w, h]]) =>
          id !== noteId && overlaps(place!, { left: l, top: t, width: w, height: h }),
      );
    const ok = await ctx.collection
      .set(key, next)
      .then(() => ctx.collection.get(key))
      .then((back) => mine(back) && !clash(back))
      // Storage refused: the place read off the children is still the best guess.
      .catch(() => true);
    if (ok) return { place, inFrame };
  }
  return {
    place: place ?? { ...beside, width: size.width + GAP, height: size.height + GAP },
    inFrame,
  };
}
