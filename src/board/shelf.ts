// Places items one after another in rows, for items moved out of a template frame.

const GAP = 40;

export type Shelf = (width: number, height: number) => { x: number; y: number } | undefined;

/**
 * Returns a placer that gives each next item's centre in rows within `width` from (left, top),
 * or undefined (placing nothing) when the item would end below `bottom`; the placer mutates its cursor.
 */
export function shelf(left: number, top: number, width: number, bottom = Infinity): Shelf {
  let x = left;
  let y = top;
  let row = 0;
  return (w, h) => {
    let [nx, ny, nrow] = [x, y, row];
    if (nx > left && nx + w > left + width) [nx, ny, nrow] = [left, ny + nrow + GAP, 0];
    if (ny + h > bottom) return undefined;
    [x, y, row] = [nx + w + GAP, ny, Math.max(nrow, h)];
    return { x: nx + w / 2, y: ny + h / 2 };
  };
}
