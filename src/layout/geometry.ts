// Boxes of blueprint records, and the area inside an item where its text goes.
import type { Blueprint, BlueprintRecord, PlacedRecord } from './blueprint';
import { isPlaced } from './blueprint';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Miro's sticky aspect ratios (height / width) for its default sizes: 199×228 and 350×228. */
const STICKY_RATIO = { square: 228 / 199, rectangle: 228 / 350 } as const;

/** Returns the height Miro gives a sticky of that width and shape; pure. */
export function stickyHeight(width: number, shape: 'square' | 'rectangle'): number {
  return Math.round(width * STICKY_RATIO[shape]);
}

/** Returns a record's width and height (a sticky's height derived from its width); pure. */
export function sizeOf(r: PlacedRecord): { width: number; height: number } {
  if (r.kind === 'sticky') return { width: r.width, height: stickyHeight(r.width, r.shape) };
  return { width: r.width, height: r.height };
}

/** Returns a record's box in blueprint coordinates; pure. */
export function boxOf(r: PlacedRecord): Box {
  const { width, height } = sizeOf(r);
  return {
    left: r.x - width / 2,
    top: r.y - height / 2,
    right: r.x + width / 2,
    bottom: r.y + height / 2,
  };
}

/** Returns whether two boxes share any area (touching edges do not count); pure. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Returns whether `inner` lies fully inside `outer`; pure. */
export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.left >= outer.left &&
    inner.top >= outer.top &&
    inner.right <= outer.right &&
    inner.bottom <= outer.bottom
  );
}

/** Returns the box around every placed record ({0,0,0,0} when there is none); pure. */
export function blueprintBounds(bp: Blueprint): Box & { width: number; height: number } {
  const boxes = bp.records.filter(isPlaced).map(boxOf);
  if (boxes.length === 0) return { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.right));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  return { left, top, right, bottom, width: right - left, height: bottom - top };
}

/** Inner padding of a shape's text, and the assumed font size of sticky text (Miro sizes it). */
export const SHAPE_INSET = 12;
export const STICKY_INSET = 16;
export const STICKY_FONT = 14;

/** Returns the text area and font size of a record with text, or undefined for frames and tags; pure. */
export function textArea(
  r: BlueprintRecord,
): { content: string; width: number; height: number; fontSize: number } | undefined {
  if (r.kind === 'text') return { content: r.content, ...sizeOf(r), fontSize: r.style.fontSize };
  if (r.kind === 'sticky') {
    const { width, height } = sizeOf(r);
    const w = width - 2 * STICKY_INSET;
    return {
      content: r.content,
      width: w,
      height: height - 2 * STICKY_INSET,
      fontSize: STICKY_FONT,
    };
  }
  if (r.kind === 'shape') {
    // A circle's text sits in the square inscribed in it.
    const k = r.shape === 'circle' ? Math.SQRT1_2 : 1;
    return {
      content: r.content,
      width: r.width * k - 2 * SHAPE_INSET,
      height: r.height * k - 2 * SHAPE_INSET,
      fontSize: r.style.fontSize,
    };
  }
  return undefined;
}
