// What the guard knows about the board, as plain data: the session, the method, the template map,
// the region frames' rects, the template items' baseline and the snapshots of closed regions.
import type { Method } from '../catalog/schema';
import type { SessionState } from '../session/state';
import type { Lang } from '../shared/text';

/** An absolute box on the board: centre x/y and size. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A template item as the guard last saw it: key, absolute box, and what it takes to recreate it. */
export interface TemplateItem extends Rect {
  id: string;
  key: string;
  region: string;
  type: string;
  /** Participant id of the slot/cell owner, read from the key's token. */
  owner?: string;
  /** Create props (content, style, shape, title) for recreating it after a delete. */
  props: Record<string, unknown>;
}

/** One participant item of a closed region, as it was when the region closed (x/y absolute). */
export interface SnapshotEntry {
  id: string;
  t: string;
  c: string;
  x: number;
  y: number;
  /** Author: a Miro user id, or a participant id for a note the facilitator wrote for them. */
  a: string;
  /** Width; height for shapes (stickies keep their ratio). */
  w?: number;
  h?: number;
  /** Fill colour, shape name and tag ids (a rating or 'gekozen' tag), kept so a copy looks the same. */
  f?: string;
  s?: string;
  g?: string[];
}

export interface Snapshot {
  region: string;
  phaseIndex: number;
  items: SnapshotEntry[];
}

/** The guard's view of one session; the runtime keeps it current, `decide` only reads it. */
export interface GuardView {
  sessionId: string;
  method: Method;
  state: SessionState;
  /** Template key → item id. */
  map: Record<string, string>;
  /** Region id → its frame's absolute rect and id. */
  frames: Map<string, Rect & { id: string }>;
  /** Template item id → baseline. */
  template: Map<string, TemplateItem>;
  /** Region id → snapshot taken when it closed. */
  snapshots: Map<string, Snapshot>;
  /** Ids of the guard's own items (rating stickers, parking notes): never guarded. */
  own: Set<string>;
  /** Regions whose reveal is under way: posts from panels land there now. */
  revealing: Set<string>;
  /** The board's language (the template's), for the words the guard writes. */
  lang?: Lang;
}

/** An item as an SDK event carries it (x/y relative to the parent frame when parentId is set). */
export interface EventItem {
  id: string;
  type: string;
  parentId: string | null;
  x: number;
  y: number;
  width?: number;
  height?: number;
  createdBy: string;
  modifiedBy: string;
  content?: string;
  title?: string;
  tagIds?: string[];
  shape?: string;
  style?: { fillColor?: string };
}

export type ItemEventKind = 'create' | 'update' | 'delete';

/** An entry for the facilitator's activity list: what someone did that the guard left alone. */
export interface Activity {
  who: string;
  what: 'wrote-for' | 'moved-template' | 'deleted-template' | 'changed-closed';
  region: string;
  itemId: string;
}

export type Decision =
  | { kind: 'allow'; itemId: string; activity?: Activity }
  | {
      kind: 'ignore';
      itemId: string;
      /** 'uncovered': a cover the session took off (the region is in sight now): to be forgotten. */
      reason: 'own' | 'facilitator' | 'uncovered';
      activity?: Activity;
    }
  | { kind: 'park'; itemId: string; from: string; authorId: string }
  | { kind: 'restore-template'; itemId: string; item: TemplateItem; recreate: boolean }
  | {
      kind: 'restore-snapshot';
      itemId: string;
      region: string;
      entry: SnapshotEntry;
      recreate: boolean;
    };

/** Regions the app itself owns besides the method's: never guarded as writing areas. */
export const CHROME_REGIONS = new Set(['title', 'track', 'step', 'roles', 'tray', 'parking']);

/** Returns the look of an item for a snapshot entry (size, fill, shape, tags), compact; pure. */
export function lookOf(c: EventItem): Partial<SnapshotEntry> {
  const out: Partial<SnapshotEntry> = {};
  if (c.width && c.type !== 'frame') out.w = c.width;
  if (c.type === 'shape' && c.height) out.h = c.height;
  if (c.type !== 'text' && typeof c.style?.fillColor === 'string') out.f = c.style.fillColor;
  if (c.type !== 'text' && typeof c.shape === 'string') out.s = c.shape;
  if (c.tagIds?.length) out.g = [...c.tagIds];
  return out;
}

/** Returns a snapshot entry for an item at absolute (x, y); pure. */
export function entryOf(c: EventItem, x: number, y: number): SnapshotEntry {
  return { id: c.id, t: c.type, c: c.content ?? '', x, y, a: c.createdBy, ...lookOf(c) };
}

/** Returns the create props that bring an entry back as it looked (text, size, fill, shape, tags); pure. */
export function propsOf(entry: SnapshotEntry): Record<string, unknown> {
  const props: Record<string, unknown> = { content: entry.c };
  if (entry.w) props.width = entry.w;
  if (entry.h && entry.t === 'shape') props.height = entry.h;
  if (entry.f && entry.t !== 'text') props.style = { fillColor: entry.f };
  if (entry.s && entry.t !== 'text') props.shape = entry.s;
  if (entry.g?.length && entry.t === 'sticky_note') props.tagIds = [...entry.g];
  return props;
}
