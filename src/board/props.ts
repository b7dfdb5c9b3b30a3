// From blueprint records to Miro calls: the create call of each record at board coordinates
// (Miro makes an item whose centre lies in a frame that frame's child; x/y stay board
// coordinates here), and the test whether an item already on the board is a record's item.
import type { PlacedRecord } from '../layout/blueprint';
import { sizeOf } from '../layout/geometry';
import type { BoardItem, BoardLike, ItemType } from '../miro/types';

export interface Point {
  x: number;
  y: number;
}

/** Returns the Miro item type a record becomes (pure). */
export function itemTypeOf(r: PlacedRecord): ItemType {
  return r.kind === 'sticky' ? 'sticky_note' : r.kind;
}

/** Returns the SDK call kind that creates a record, as the simulator counts it (pure). */
export function createKindOf(r: PlacedRecord): string {
  const names = { frame: 'Frame', shape: 'Shape', sticky: 'StickyNote', text: 'Text' } as const;
  return `create${names[r.kind]}`;
}

/** Creates the record's item with its centre at origin + (x, y) (one SDK call). */
export function createRecord(board: BoardLike, r: PlacedRecord, origin: Point): Promise<BoardItem> {
  const x = origin.x + r.x;
  const y = origin.y + r.y;
  switch (r.kind) {
    case 'frame':
      return board.createFrame({
        x,
        y,
        width: r.width,
        height: r.height,
        title: r.title,
        style: { ...r.style },
      });
    case 'shape':
      return board.createShape({
        x,
        y,
        width: r.width,
        height: r.height,
        shape: r.shape,
        content: r.content,
        style: { ...r.style },
      });
    case 'sticky':
      // Width only: Miro refuses width and height together on a sticky note.
      return board.createStickyNote({
        x,
        y,
        width: r.width,
        shape: r.shape,
        content: r.content,
        style: { ...r.style },
      });
    case 'text':
      return board.createText({ x, y, width: r.width, content: r.content, style: { ...r.style } });
  }
}

const plain = (html: string) =>
  html
    .replace(/<br\s*\/?>|<\/p>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Returns true when `item` (absolute centre `at`) is what creating record r at origin gives (pure). */
export function matchesRecord(item: BoardItem, at: Point, r: PlacedRecord, origin: Point): boolean {
  if (item.type !== itemTypeOf(r)) return false;
  if (Math.abs(at.x - (origin.x + r.x)) > 1 || Math.abs(at.y - (origin.y + r.y)) > 1) return false;
  if (Math.abs(item.width - sizeOf(r).width) > 1) return false;
  if (item.type === 'frame') return r.kind === 'frame' && item.title === r.title;
  return 'content' in r && plain(item.content) === plain(r.content);
}
