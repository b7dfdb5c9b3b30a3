// The subset of Miro's Web SDK v2 that this app uses. The app, the board adapter and the
// simulator all speak this shape; `test/miro/types.test.ts` proves that Miro's own `Board`
// type is assignable to it, so nothing here can drift from the real SDK.
import type {
  Json,
  OnlineUserInfo,
  Rect,
  ShapeType,
  StickyNoteColor,
  TimerEvent,
  TimerEventType,
  TimerInstance,
  UserInfo,
} from '@mirohq/websdk-types';

export type { Json, OnlineUserInfo, Rect, TimerInstance, UserInfo };

/** Fields every board item carries. */
export interface ItemBase {
  readonly id: string;
  readonly type: string;
  readonly parentId: string | null;
  readonly createdBy: string;
  readonly modifiedBy: string;
  readonly createdAt: string;
  readonly modifiedAt: string;
  x: number;
  y: number;
  sync(): Promise<void>;
  getMetadata(key: string): Promise<Json>;
  setMetadata(key: string, value: Json): Promise<unknown>;
  /** Puts the item on top of the stacking order (a new item starts on top). */
  bringToFront(): Promise<void>;
  sendToBack(): Promise<void>;
}

export interface FrameItem extends ItemBase {
  readonly type: 'frame';
  width: number;
  height: number;
  title: string;
  showContent: boolean;
  childrenIds: string[];
  style: { fillColor: string };
  add(item: ItemBase): Promise<unknown>;
  remove(item: ItemBase): Promise<void>;
  getChildren(): Promise<unknown[]>;
}

export type ShapeName = ShapeType | `${ShapeType}`;

export interface ShapeStyleLike {
  color: string;
  fillColor: string;
  fillOpacity: number;
  fontSize: number;
  textAlign: 'left' | 'center' | 'right';
  textAlignVertical: 'top' | 'middle' | 'bottom';
  borderColor: string;
  borderWidth: number;
  borderOpacity: number;
}

export interface ShapeItem extends ItemBase {
  readonly type: 'shape';
  readonly width: number;
  readonly height: number;
  content: string;
  shape: ShapeName;
  style: ShapeStyleLike;
}

export type StickyColor = StickyNoteColor | `${StickyNoteColor}`;

export interface StickyItem extends ItemBase {
  readonly type: 'sticky_note';
  width: number;
  height: number;
  shape: 'square' | 'rectangle';
  content: string;
  style: {
    fillColor: StickyColor;
    textAlign: 'left' | 'center' | 'right';
    textAlignVertical: 'top' | 'middle' | 'bottom';
  };
  tagIds: string[];
}

export interface TextItem extends ItemBase {
  readonly type: 'text';
  width: number;
  readonly height: number;
  content: string;
  style: { color: string; fontSize: number; textAlign: 'left' | 'center' | 'right' };
}

export type TagColorName =
  | 'red'
  | 'magenta'
  | 'violet'
  | 'light_green'
  | 'green'
  | 'dark_green'
  | 'cyan'
  | 'blue'
  | 'dark_blue'
  | 'yellow'
  | 'gray'
  | 'black'
  | 'dark_gray';

export interface TagItem {
  readonly type: 'tag';
  readonly id: string;
  title: string;
  color: TagColorName;
  sync(): Promise<void>;
}

export type BoardItem = FrameItem | ShapeItem | StickyItem | TextItem;
export type ItemType = BoardItem['type'];

type Geometry = { x?: number; y?: number };
type Deep<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };

export type FrameProps = Geometry & {
  width?: number;
  height?: number;
  title?: string;
  showContent?: boolean;
  style?: { fillColor?: string };
};
export type ShapeProps = Geometry & {
  width?: number;
  height?: number;
  content?: string;
  shape?: ShapeName;
  style?: Deep<ShapeStyleLike>;
};
export type StickyProps = Geometry & {
  width?: number;
  height?: number;
  shape?: 'square' | 'rectangle';
  content?: string;
  style?: Deep<StickyItem['style']>;
  tagIds?: string[];
};
export type TextProps = Geometry & {
  width?: number;
  content?: string;
  style?: Deep<TextItem['style']>;
};
export type TagProps = { title?: string; color?: TagColorName };

export interface ItemsEvent {
  items: BoardItem[];
}
export interface DropEvent {
  x: number;
  y: number;
  target: HTMLElement;
}

export interface BoardUILike {
  openPanel(options: { url: string; height?: number }): Promise<unknown>;
  closePanel(): Promise<void>;
  on(event: 'drop', handler: (event: DropEvent) => void): void;
  on(event: 'icon:click', handler: () => void): void;
  on(event: 'selection:update', handler: (event: ItemsEvent) => void): void;
  on(event: 'items:create', handler: (event: ItemsEvent) => void): void;
  on(event: 'experimental:items:update', handler: (event: ItemsEvent) => void): void;
  on(event: 'items:delete', handler: (event: ItemsEvent) => void): void;
  off(event: 'drop', handler: (event: DropEvent) => void): void;
  off(event: 'icon:click', handler: () => void): void;
  off(event: 'selection:update', handler: (event: ItemsEvent) => void): void;
  off(event: 'items:create', handler: (event: ItemsEvent) => void): void;
  off(event: 'experimental:items:update', handler: (event: ItemsEvent) => void): void;
  off(event: 'items:delete', handler: (event: ItemsEvent) => void): void;
}

export interface CollectionLike {
  set(key: string, value: Json): Promise<void>;
  get<T extends Json>(key: string): Promise<T | undefined>;
  remove(key: string): Promise<void>;
  onValue<T extends Json = Json>(
    key: string,
    handler: (value: T | undefined, version: string) => void,
  ): Promise<void>;
  offValue<T extends Json = Json>(
    key: string,
    handler: (value: T | undefined, version: string) => void,
  ): Promise<void>;
}

export interface TimerLike {
  get(): Promise<TimerInstance>;
  start(duration: number): Promise<TimerInstance>;
  stop(): Promise<TimerInstance>;
  pause(): Promise<TimerInstance>;
  resume(): Promise<TimerInstance>;
  prolong(duration: number): Promise<TimerInstance>;
  isStarted(): Promise<boolean>;
  on(event: TimerEventType, handler: (event: TimerEvent) => void): void;
  off(event: TimerEventType, handler: (event: TimerEvent) => void): void;
}

export interface SessionLike {
  readonly id: string;
  invite(...users: OnlineUserInfo[]): Promise<void>;
  end(): Promise<void>;
}

export interface CollaborationLike {
  startSession(props: { name: string; color?: string; description?: string }): Promise<SessionLike>;
  getSessions(): Promise<SessionLike[]>;
  zoomTo(user: OnlineUserInfo, items: ItemBase | ItemBase[]): Promise<void>;
}

type GetFilter = { type?: ItemType | ItemType[] };

/** The subset of `miro.board` the app uses. */
export interface BoardLike {
  createFrame(props?: FrameProps): Promise<FrameItem>;
  createShape(props?: ShapeProps): Promise<ShapeItem>;
  createStickyNote(props?: StickyProps): Promise<StickyItem>;
  createText(props?: TextProps): Promise<TextItem>;
  createTag(props?: TagProps): Promise<TagItem>;
  get(filter?: GetFilter): Promise<unknown[]>;
  getById(id: string): Promise<unknown>;
  getSelection(): Promise<unknown[]>;
  remove(item: { id: string; type: string }): Promise<void>;
  bringToFront(items: ItemBase | ItemBase[]): Promise<void>;
  sendToBack(items: ItemBase | ItemBase[]): Promise<void>;
  getAppData(key: string): Promise<Json>;
  setAppData(key: string, value: Json): Promise<unknown>;
  canUse(feature: 'timer' | 'voting'): Promise<boolean>;
  getUserInfo(): Promise<UserInfo>;
  getOnlineUsers(): Promise<OnlineUserInfo[]>;
  findEmptySpace(dimensions: Rect & { offset?: number }): Promise<Rect>;
  ui: BoardUILike;
  notifications: {
    showInfo(message: string): Promise<void>;
    showError(message: string): Promise<void>;
  };
  viewport: {
    get(): Promise<Rect>;
    zoomTo(items: ItemBase | ItemBase[]): Promise<void>;
  };
  storage: { collection(name: string): CollectionLike };
  events: {
    broadcast(event: string, payload?: Json): Promise<void>;
    on<T extends Json | undefined>(event: string, handler: (payload: T) => void): Promise<void>;
    off<T extends Json | undefined>(event: string, handler: (payload: T) => void): Promise<void>;
  };
  timer: TimerLike;
  collaboration: CollaborationLike;
}

/** The Miro-shaped object the app receives: the real `miro` global or the simulator. */
export interface MiroLike {
  readonly board: BoardLike;
}

/** Narrows an unknown item from `get`/`getById` to one of the kinds the app handles. */
export function isBoardItem(value: unknown): value is BoardItem {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'frame' || type === 'shape' || type === 'sticky_note' || type === 'text';
}
