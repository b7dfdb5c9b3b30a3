// The guard's decision core, pure: given what it knows (GuardView) and one item event on this
// client, what to do: allow, ignore, park, restore a template item or restore from a snapshot.
import { COVER_TEXT } from '../board/render-visual';
import { canRate, canWrite, coveredAt } from '../session/permissions';
import type {
  Decision,
  EventItem,
  GuardView,
  ItemEventKind,
  Rect,
  SnapshotEntry,
  TemplateItem,
} from './model';
import { CHROME_REGIONS, entryOf, lookOf } from './model';
import { toBoard } from '../shared/coords';

/** Returns the absolute centre of an event item, using the frame it names when known; pure. */
export function absoluteCentre(view: GuardView, item: EventItem): { x: number; y: number } {
  if (!item.parentId) return { x: item.x, y: item.y };
  for (const f of view.frames.values()) {
    if (f.id === item.parentId) return toBoard(f, item);
  }
  return { x: item.x, y: item.y };
}

/** Returns whether absolute point (x, y) lies inside the rect (edges included); pure. */
export function contains(r: Rect, x: number, y: number): boolean {
  return Math.abs(x - r.x) <= r.width / 2 && Math.abs(y - r.y) <= r.height / 2;
}

/** Returns the region an item is in: by its parent frame, else by its centre; undefined outside all; pure. */
export function regionOf(view: GuardView, item: EventItem): string | undefined {
  if (item.parentId) {
    for (const [region, f] of view.frames) if (f.id === item.parentId) return region;
  }
  const { x, y } = absoluteCentre(view, item);
  let best: { region: string; area: number } | undefined;
  for (const [region, f] of view.frames) {
    const area = f.width * f.height;
    if (contains(f, x, y) && (!best || area < best.area)) best = { region, area };
  }
  return best?.region;
}

const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .trim();

/** Returns the participant a note was written for ('Naam: tekst'), or undefined; pure. */
export function writtenFor(view: GuardView, content: string | undefined): string | undefined {
  const text = plain(content ?? '').toLowerCase();
  const hit = view.state.participants.find((p) => text.startsWith(`${p.name.toLowerCase()}:`));
  return hit?.id;
}

/** Returns whose item it is for the role rules: its creator, or the person the facilitator wrote for; pure. */
export function authorOf(view: GuardView, item: EventItem): string {
  if (item.createdBy === view.state.facilitatorId)
    return writtenFor(view, item.content) ?? item.createdBy;
  return item.createdBy;
}

/** Returns the owner of the slot or cell under point (x, y) in the region, if any; pure. */
export function slotOwnerAt(
  view: GuardView,
  region: string,
  x: number,
  y: number,
): string | undefined {
  for (const t of view.template.values()) {
    if (t.region === region && t.owner && t.type !== 'frame' && contains(t, x, y)) return t.owner;
  }
  return undefined;
}

const RATING_WORD = /\b(warm|neutraal|koud|lauw|neutral|cold|lukewarm)\b/i;

/** Returns whether `who` may place this item at its spot now (write, reveal post, or rating sticker); pure. */
export function mayPlace(view: GuardView, who: string, region: string, item: EventItem): boolean {
  if (CHROME_REGIONS.has(region) || view.revealing.has(region)) return true;
  const { method, state } = view;
  const { x, y } = absoluteCentre(view, item);
  // A region whose places carry no owner (the pairs' areas) cannot be checked per slot.
  const owned = [...view.template.values()].some((t) => t.region === region && t.owner);
  const slotOwner = owned ? slotOwnerAt(view, region, x, y) : who;
  if (canWrite(method, state, who, region, slotOwner)) return true;
  const sticker = item.type === 'shape' || RATING_WORD.test(plain(item.content ?? ''));
  return sticker && canRate(method, state, who, region);
}

const COVER_WORDS = new Set(Object.values(COVER_TEXT).map((t) => t.toLowerCase()));

/**
 * Returns whether a facilitator's item is the app's own doing rather than their writing: a
 * sticky in a region revealed in this phase and round (the reveal's posts, anonymous ones too),
 * or the cover over a region that is covered now; pure.
 */
export function madeByApp(view: GuardView, region: string, item: EventItem): boolean {
  const { state } = view;
  if (item.createdBy !== state.facilitatorId) return false;
  if (item.type === 'shape')
    return (
      COVER_WORDS.has(plain(item.content ?? '').toLowerCase()) &&
      coveredAt(view.method, state, region)
    );
  if (item.type !== 'sticky_note') return false;
  return state.revealed.some(
    (r) => r.region === region && r.phaseIndex === state.phaseIndex && r.round === state.round,
  );
}

function snapshotEntry(view: GuardView, id: string) {
  for (const s of view.snapshots.values()) {
    const entry = s.items.find((e) => e.id === id);
    if (entry) return { region: s.region, entry };
  }
  return undefined;
}

function differs(view: GuardView, item: EventItem, entry: SnapshotEntry): boolean {
  const at = absoluteCentre(view, item);
  const moved = Math.abs(at.x - entry.x) > 0.5 || Math.abs(at.y - entry.y) > 0.5;
  return moved || (item.content !== undefined && item.content !== entry.c);
}

/** Returns whether `actor` only retyped their own slot's text in a region open to them; pure. */
function typesOwnSlot(
  view: GuardView,
  actor: string,
  tpl: TemplateItem,
  item: EventItem,
  baseline: SnapshotEntry,
): boolean {
  if (view.state.status !== 'running' || !tpl.owner || tpl.owner !== actor) return false;
  const at = absoluteCentre(view, item);
  const inPlace = Math.abs(at.x - baseline.x) <= 0.5 && Math.abs(at.y - baseline.y) <= 0.5;
  return inPlace && mayPlace(view, actor, tpl.region, item);
}

/** Returns whether a template item is a cover the session explains gone: its region is in sight now; pure. */
export function uncovered(view: GuardView, tpl: TemplateItem): boolean {
  const cover = tpl.key === `${view.method.id}/${tpl.region}/cover`;
  return cover && !coveredAt(view.method, view.state, tpl.region);
}

/**
 * Returns the decision for one item of an event on this client; `actor` is this client's user
 * (events are local to the acting user). Echoes of the guard's own writes are filtered before; pure.
 */
export function decide(
  view: GuardView,
  kind: ItemEventKind,
  item: EventItem,
  actor: string,
): Decision {
  const itemId = item.id;
  if (view.own.has(itemId)) return { kind: 'ignore', itemId, reason: 'own' };
  const facilitator = actor === view.state.facilitatorId;
  const running = view.state.status === 'running';
  const tpl = view.template.get(itemId);
  if (tpl) {
    if (kind === 'create') return { kind: 'allow', itemId };
    if (kind === 'delete' && uncovered(view, tpl))
      return { kind: 'ignore', itemId, reason: 'uncovered' };
    // Frames carry no content: only their place counts.
    const base = typeof tpl.props.content === 'string' ? tpl.props.content : item.content;
    const baseline = { ...tpl, id: itemId, t: '', c: base ?? '', a: '' };
    const moved = kind === 'delete' || differs(view, item, baseline);
    if (!moved || (kind === 'update' && typesOwnSlot(view, actor, tpl, item, baseline)))
      return { kind: 'allow', itemId };
    if (facilitator) {
      const what = kind === 'delete' ? 'deleted-template' : 'moved-template';
      return {
        kind: 'ignore',
        itemId,
        reason: 'facilitator',
        activity: { who: actor, what, region: tpl.region, itemId },
      };
    }
    return { kind: 'restore-template', itemId, item: tpl, recreate: kind === 'delete' };
  }
  const known = snapshotEntry(view, itemId);
  if (known && running) {
    if (kind === 'update' && !differs(view, item, known.entry)) return { kind: 'allow', itemId };
    if (facilitator) {
      const activity = {
        who: actor,
        what: 'changed-closed' as const,
        region: known.region,
        itemId,
      };
      return { kind: 'ignore', itemId, reason: 'facilitator', activity };
    }
    // A deleted item's event copy carries its latest look (a rating tag set since the snapshot).
    const entry = kind === 'delete' ? { ...known.entry, ...lookOf(item) } : known.entry;
    if (kind !== 'create')
      return {
        kind: 'restore-snapshot',
        itemId,
        region: known.region,
        entry,
        recreate: kind === 'delete',
      };
  }
  if (!running) return { kind: 'allow', itemId };
  const region = regionOf(view, item);
  if (kind === 'delete') {
    // Someone else's note deleted: it comes back from the event's own copy (nothing lost).
    if (facilitator || authorOf(view, item) === actor) return { kind: 'allow', itemId };
    const at = absoluteCentre(view, item);
    const entry = entryOf(item, at.x, at.y);
    return { kind: 'restore-snapshot', itemId, region: region ?? '', entry, recreate: true };
  }
  if (!region) return { kind: 'allow', itemId };
  const who = kind === 'create' ? authorOf(view, item) : facilitator ? authorOf(view, item) : actor;
  if (mayPlace(view, who, region, item)) return { kind: 'allow', itemId };
  if (facilitator && madeByApp(view, region, item))
    return { kind: 'ignore', itemId, reason: 'facilitator' };
  if (facilitator) {
    const activity = { who: actor, what: 'wrote-for' as const, region, itemId };
    return { kind: 'ignore', itemId, reason: 'facilitator', activity };
  }
  return { kind: 'park', itemId, from: region, authorId: who };
}
