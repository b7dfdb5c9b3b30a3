// Viewport zooms and findEmptySpace: deterministic searches over absolute item boxes.
import type { Rect } from '../types';
import type { ClientCore, Core } from './core';
import { invalid } from './errors';
import { checkNumber } from './limits';
import { enclosingBox, overlaps, type Box } from './geometry';
import { absoluteOf, mustGet } from './state';

/** The default viewport: 1600x900 centred on (0, 0); x/y are its top-left corner. */
export const DEFAULT_VIEWPORT: Rect = { x: -800, y: -450, width: 1600, height: 900 };

/** Points a client's viewport at the items with `ids` and records the zoom (mutates the client). */
export function zoomClient(core: Core, client: ClientCore, ids: string[]): void {
  if (ids.length === 0) throw invalid('zoomTo needs at least one item');
  const box = enclosingBox(ids.map((id) => absoluteOf(core.state, mustGet(core.state, id))));
  client.record.zoomedTo.push(ids);
  if (!box) return;
  const pad = 50;
  client.record.viewport = {
    x: box.x - box.width / 2 - pad,
    y: box.y - box.height / 2 - pad,
    width: box.width + 2 * pad,
    height: box.height + 2 * pad,
  };
}

/**
 * Returns a rect of the asked size whose centre is as near (x, y) as a spiral search over a
 * half-size grid finds, overlapping no top-level item by less than `offset` (pure).
 * x/y are read and returned as centres [unverified].
 */
export function findEmptySpace(core: Core, want: Rect & { offset?: number }): Rect {
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    checkNumber(`findEmptySpace ${key}`, want[key], key === 'width' || key === 'height');
  }
  const offset = want.offset ?? 0;
  const taken: Box[] = [...core.state.items.values()].filter((i) => i.parentId === null);
  const stepX = (want.width + offset) / 2;
  const stepY = (want.height + offset) / 2;
  for (let ring = 0; ring <= 400; ring++) {
    const candidates: [number, number][] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) === ring) candidates.push([i, j]);
      }
    }
    candidates.sort(
      (a, b) => a[0] ** 2 + a[1] ** 2 - (b[0] ** 2 + b[1] ** 2) || a[1] - b[1] || a[0] - b[0],
    );
    for (const [i, j] of candidates) {
      const box = {
        x: want.x + i * stepX,
        y: want.y + j * stepY,
        width: want.width,
        height: want.height,
      };
      if (!taken.some((t) => overlaps(box, t, offset))) return box;
    }
  }
  throw invalid('No empty space found near the given position');
}
