// A blueprint: the board items of one method's template as plain records, in creation order.
// Coordinates are board units relative to the blueprint's own origin (top-left at 0,0); x/y are
// centres and absolute (never frame-relative); `parent` names the key of the enclosing frame.
import type { ShapeName, StickyColor, TagColorName } from '../miro/types';
import type { Lang } from '../shared/text';

export interface Participant {
  id: string;
  name: string;
  role?: string;
}

export interface LayoutOptions {
  /** ISO day, YYYY-MM-DD. */
  date: string;
  lang: Lang;
  title?: string;
  pairs?: [string, string][];
  viskom?: { binnen: string[]; buiten: string[] };
  sessionId: string;
}

/** Region ids of the app's own frames, next to the method's regions. */
export const STRUCTURAL = ['title', 'track', 'step', 'roles', 'tray', 'parking'] as const;
export type StructuralRegion = (typeof STRUCTURAL)[number];

export const STICKY_COLORS = [
  'light_yellow',
  'yellow',
  'orange',
  'light_green',
  'green',
  'dark_green',
  'cyan',
  'light_pink',
  'pink',
  'violet',
  'red',
  'light_blue',
  'blue',
  'dark_blue',
  'gray',
  'black',
] as const satisfies readonly StickyColor[];

type Align = 'left' | 'center' | 'right';
type VAlign = 'top' | 'middle' | 'bottom';

interface Base {
  /** Deterministic: method/region/part[/participant token][/index]. */
  key: string;
  region: string;
  role?: string;
  /** Participant id of the owner (slot, seat, role card). */
  owner?: string;
  /** Key of the frame this item lies in. */
  parent?: string;
  x: number;
  y: number;
  template: true;
}

export interface FrameRecord extends Base {
  kind: 'frame';
  width: number;
  height: number;
  /** Plain text, no markup. */
  title: string;
  style: { fillColor: string };
}

export interface ShapeStyle {
  color: string;
  fillColor: string;
  fillOpacity: number;
  fontSize: number;
  textAlign: Align;
  textAlignVertical: VAlign;
  borderColor: string;
  borderWidth: number;
}

export interface ShapeRecord extends Base {
  kind: 'shape';
  width: number;
  height: number;
  shape: ShapeName & ('rectangle' | 'round_rectangle' | 'circle');
  content: string;
  style: ShapeStyle;
}

/** Width only: Miro refuses width and height together; see `stickyHeight`. */
export interface StickyRecord extends Base {
  kind: 'sticky';
  width: number;
  shape: 'square' | 'rectangle';
  content: string;
  style: { fillColor: StickyColor; textAlign: Align; textAlignVertical: VAlign };
}

/** `height` is the estimated box; Miro sets a text's height itself, so pass only `width`. */
export interface TextRecord extends Base {
  kind: 'text';
  width: number;
  height: number;
  content: string;
  style: { color: string; fontSize: number; textAlign: Align };
}

/** A board tag (rating scale); no geometry. Titles are board-wide unique: reuse an existing one. */
export interface TagRecord {
  kind: 'tag';
  key: string;
  region: string;
  title: string;
  color: TagColorName;
  template: true;
}

export type PlacedRecord = FrameRecord | ShapeRecord | StickyRecord | TextRecord;
export type BlueprintRecord = PlacedRecord | TagRecord;

export interface Blueprint {
  method: string;
  sessionId: string;
  lang: Lang;
  /** Creation order: every frame comes before its children, lower layers before upper ones. */
  records: BlueprintRecord[];
}

/** Returns whether a record has a place on the board (every kind but tags); pure. */
export function isPlaced(r: BlueprintRecord): r is PlacedRecord {
  return r.kind !== 'tag';
}
