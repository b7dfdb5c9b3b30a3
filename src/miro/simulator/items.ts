// The item objects callers receive: local copies of stored items, like Miro's. A caller mutates
// fields and calls sync() to write them; until then reads show the local copy.
import type {
  BoardItem,
  FrameItem,
  ItemBase,
  Json,
  ShapeItem,
  StickyItem,
  TagColorName,
  TagItem,
  TextItem,
} from '../types';
import type { StoredItem, StoredTag, StoredType } from './state';

/** The board operations item objects delegate to (implemented per client). */
export interface ItemOps {
  sync(item: BoardItem): Promise<void>;
  getMetadata(id: string, key: string): Promise<Json>;
  setMetadata(id: string, key: string, value: Json): Promise<unknown>;
  frameAdd(frame: FrameItem, item: ItemBase): Promise<unknown>;
  frameRemove(frame: FrameItem, item: ItemBase): Promise<void>;
  frameChildren(frame: FrameItem): Promise<unknown[]>;
  tagSync(tag: TagItem): Promise<void>;
  /** Moves items to the top ('front') or bottom ('back') of the stacking order. */
  restack(ids: string[], to: 'front' | 'back'): Promise<void>;
}

/** Fields each item type carries besides the common ones; the same fields sync() writes. */
export const FIELDS: Record<StoredType, (keyof StoredItem)[]> = {
  frame: ['x', 'y', 'width', 'height', 'title', 'showContent', 'style'],
  shape: ['x', 'y', 'width', 'height', 'content', 'shape', 'style'],
  sticky_note: ['x', 'y', 'width', 'height', 'shape', 'content', 'style', 'tagIds'],
  text: ['x', 'y', 'width', 'height', 'content', 'style'],
};

const COMMON = ['id', 'parentId', 'createdBy', 'modifiedBy', 'createdAt', 'modifiedAt'] as const;

/** Copies a stored item's fields onto an item object (mutates `target`). */
export function loadFields(target: object, rec: StoredItem, childrenIds: string[] = []): void {
  const out = target as Record<string, unknown>;
  for (const key of [...COMMON, ...FIELDS[rec.type]]) {
    const value = rec[key];
    out[key] = Array.isArray(value)
      ? [...value]
      : typeof value === 'object' && value
        ? { ...value }
        : value;
  }
  if (rec.type === 'frame') out.childrenIds = [...childrenIds];
}

abstract class SimItemBase {
  readonly #ops: ItemOps;
  declare id: string;
  declare parentId: string | null;
  declare createdBy: string;
  declare modifiedBy: string;
  declare createdAt: string;
  declare modifiedAt: string;
  declare x: number;
  declare y: number;

  constructor(ops: ItemOps, rec: StoredItem, childrenIds?: string[]) {
    this.#ops = ops;
    loadFields(this, rec, childrenIds);
  }
  protected get ops(): ItemOps {
    return this.#ops;
  }
  sync(): Promise<void> {
    return this.#ops.sync(this as unknown as BoardItem);
  }
  getMetadata(key: string): Promise<Json> {
    return this.#ops.getMetadata(this.id, key);
  }
  setMetadata(key: string, value: Json): Promise<unknown> {
    return this.#ops.setMetadata(this.id, key, value);
  }
  bringToFront(): Promise<void> {
    return this.#ops.restack([this.id], 'front');
  }
  sendToBack(): Promise<void> {
    return this.#ops.restack([this.id], 'back');
  }
}

export class SimFrame extends SimItemBase implements FrameItem {
  readonly type = 'frame' as const;
  declare width: number;
  declare height: number;
  declare title: string;
  declare showContent: boolean;
  declare childrenIds: string[];
  declare style: { fillColor: string };
  add(item: ItemBase): Promise<unknown> {
    return this.ops.frameAdd(this, item);
  }
  remove(item: ItemBase): Promise<void> {
    return this.ops.frameRemove(this, item);
  }
  getChildren(): Promise<unknown[]> {
    return this.ops.frameChildren(this);
  }
}

export class SimShape extends SimItemBase implements ShapeItem {
  readonly type = 'shape' as const;
  declare width: number;
  declare height: number;
  declare content: string;
  declare shape: ShapeItem['shape'];
  declare style: ShapeItem['style'];
}

export class SimSticky extends SimItemBase implements StickyItem {
  readonly type = 'sticky_note' as const;
  declare width: number;
  declare height: number;
  declare shape: StickyItem['shape'];
  declare content: string;
  declare style: StickyItem['style'];
  declare tagIds: string[];
}

export class SimText extends SimItemBase implements TextItem {
  readonly type = 'text' as const;
  declare width: number;
  declare height: number;
  declare content: string;
  declare style: TextItem['style'];
}

export class SimTag implements TagItem {
  readonly type = 'tag' as const;
  readonly #ops: ItemOps;
  readonly id: string;
  title: string;
  color: TagColorName;
  constructor(ops: ItemOps, tag: StoredTag) {
    this.#ops = ops;
    this.id = tag.id;
    this.title = tag.title;
    this.color = tag.color;
  }
  sync(): Promise<void> {
    return this.#ops.tagSync(this);
  }
}

/** Returns a new item object (a local copy) for a stored item. */
export function toItem(ops: ItemOps, rec: StoredItem, childrenIds: string[]): BoardItem {
  switch (rec.type) {
    case 'frame':
      return new SimFrame(ops, rec, childrenIds);
    case 'shape':
      return new SimShape(ops, rec);
    case 'sticky_note':
      return new SimSticky(ops, rec);
    case 'text':
      return new SimText(ops, rec);
  }
}

/** Returns true when `value` is an item object made by the simulator. */
export function isSimItem(value: unknown): value is BoardItem {
  return value instanceof SimItemBase;
}
