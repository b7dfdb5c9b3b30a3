// Pure geometry for board items: x/y are centres; a frame child's x/y are relative to the
// frame's top-left corner.

/** An item-like box: centre x/y plus size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A box on the board in absolute coordinates, with its edges. */
export interface AbsoluteBox extends Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Returns `box`'s absolute centre, size and edges; `parent` is its frame, if any (pure). */
export function absoluteBox(box: Box, parent?: Box | null): AbsoluteBox {
  const x = parent ? parent.x - parent.width / 2 + box.x : box.x;
  const y = parent ? parent.y - parent.height / 2 + box.y : box.y;
  return {
    x,
    y,
    width: box.width,
    height: box.height,
    left: x - box.width / 2,
    top: y - box.height / 2,
    right: x + box.width / 2,
    bottom: y + box.height / 2,
  };
}

/** Returns the coordinates of absolute point (x, y) relative to `frame`'s top-left (pure). */
export function toRelative(frame: Box, x: number, y: number): { x: number; y: number } {
  return { x: x - (frame.x - frame.width / 2), y: y - (frame.y - frame.height / 2) };
}

/** Returns true when absolute point (x, y) lies inside `frame` (edges included) (pure). */
export function containsPoint(frame: Box, x: number, y: number): boolean {
  const b = absoluteBox(frame);
  return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
}

/** Returns true when a child's relative centre lies inside a frame of the given size (pure). */
export function insideFrame(
  frame: { width: number; height: number },
  rel: { x: number; y: number },
) {
  return rel.x >= 0 && rel.x <= frame.width && rel.y >= 0 && rel.y <= frame.height;
}

/** Returns true when two absolute boxes overlap, with `gap` as extra clearance (pure). */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap &&
    Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap
  );
}

/** Returns the smallest absolute box enclosing all `boxes`, or undefined when there are none (pure). */
export function enclosingBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const edges = boxes.map((b) => absoluteBox(b));
  const left = Math.min(...edges.map((e) => e.left));
  const top = Math.min(...edges.map((e) => e.top));
  const right = Math.max(...edges.map((e) => e.right));
  const bottom = Math.max(...edges.map((e) => e.bottom));
  return {
    x: (left + right) / 2,
    y: (top + bottom) / 2,
    width: right - left,
    height: bottom - top,
  };
}
