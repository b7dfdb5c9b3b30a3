// A frame's children have x/y relative to the frame's top-left corner; the SDK gives the frame
// itself (and every top-level item) by its centre in board coordinates.

export type Point = { x: number; y: number };
/** A frame as the SDK gives it: its centre and size. */
export type FrameBox = { x: number; y: number; width: number; height: number };

/** Returns the board point of a child's frame-relative x/y; pure. */
export function toBoard(frame: FrameBox, child: Point): Point {
  return { x: frame.x - frame.width / 2 + child.x, y: frame.y - frame.height / 2 + child.y };
}

/** Returns a board point as x/y relative to the frame's top-left corner; pure. */
export function toFrame(frame: FrameBox, point: Point): Point {
  return { x: point.x - (frame.x - frame.width / 2), y: point.y - (frame.y - frame.height / 2) };
}
