// The practice board's camera: screen = board × scale + offset. Pure functions only.

/** Where the board is looked at from: screen point = board point × scale + (x, y). */
export interface Camera {
  x: number;
  y: number;
  scale: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const MIN_SCALE = 0.02;
export const MAX_SCALE = 4;

const clampScale = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

/** Returns the camera that shows `box` whole in a `width` × `height` view with `pad` px around; pure. */
export function fitCamera(box: Rect | undefined, width: number, height: number, pad = 32): Camera {
  if (!box || width <= 0 || height <= 0) return { x: width / 2, y: height / 2, scale: 1 };
  const bw = Math.max(1, box.right - box.left);
  const bh = Math.max(1, box.bottom - box.top);
  const scale = clampScale(Math.min((width - 2 * pad) / bw, (height - 2 * pad) / bh, MAX_SCALE));
  return {
    scale,
    x: width / 2 - ((box.left + box.right) / 2) * scale,
    y: height / 2 - ((box.top + box.bottom) / 2) * scale,
  };
}

/** Returns the camera zoomed by `factor` around screen point (sx, sy), which stays put; pure. */
export function zoomAt(cam: Camera, factor: number, sx: number, sy: number): Camera {
  const scale = clampScale(cam.scale * factor);
  const k = scale / cam.scale;
  return { scale, x: sx - (sx - cam.x) * k, y: sy - (sy - cam.y) * k };
}

/** Returns the board point under screen point (sx, sy); pure. */
export function toBoard(cam: Camera, sx: number, sy: number): { x: number; y: number } {
  return { x: (sx - cam.x) / cam.scale, y: (sy - cam.y) / cam.scale };
}

/** Returns the smallest rectangle around all boxes, or undefined for none; pure. */
export function boundsOf(boxes: readonly Rect[]): Rect | undefined {
  if (boxes.length === 0) return undefined;
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}
