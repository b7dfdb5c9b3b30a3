// Marks (R9 and the mark-answered actions): in a phase with a `choose-one` action its role (the
// inbrenger) marks ONE item 'gekozen'; with `mark-answered` it marks items 'beantwoord'. A mark is
// a board tag on a sticky, titled as the record reads it (src/record/tags.ts); marking again takes
// it off. The facilitator may mark for a role holder who is not on Miro, and marks the group's
// choice in a vote that chooses the case (its writer becomes inbrenger: controller/case-choice).
// Stored under `marks:<sid>`.
// The reconciler's checkTags strips only rating tags (ids in `ratings:<sid>`), so marks stay.
import type { Text } from '../catalog/schema';
import type { BoardItem, Json, StickyItem, TagItem } from '../miro/types';
import { marksOf } from '../record/tags';
import { effectiveRoles, holders } from '../session/people';
import { frameObject, type GuardCtx } from './ctx';
import { KEYS } from './plan';
import { regionOf } from './decide';
import { withRetry } from './echo';
import type { EventItem, GuardView } from './model';

export type MarkKind = 'gekozen' | 'beantwoord';
const ACTION: Record<MarkKind, 'choose-one' | 'mark-answered'> = {
  gekozen: 'choose-one',
  beantwoord: 'mark-answered',
};
const TITLE: Record<MarkKind, string> = { gekozen: '★ gekozen', beantwoord: '✓ beantwoord' };
const COLOR: Record<MarkKind, 'violet' | 'dark_green'> = {
  gekozen: 'violet',
  beantwoord: 'dark_green',
};
/** Miro's limits: tags on one sticky, tags on one board. */
export const TAGS_PER_STICKY = 8;
export const TAGS_PER_BOARD = 100;

/** The storage key of a session's marks (KEYS.marks). */
export const marksKey = KEYS.marks;

export interface MarksRecord {
  /** Tag id per mark, once known. */
  tags: Partial<Record<MarkKind, string>>;
  /** Item id → its marks, the region and who marked. */
  items: Record<string, { m: MarkKind[]; r: string; by: string }>;
}

export type MarkCode =
  | 'noItem'
  | 'oneOnly'
  | 'notSticky'
  | 'noMark'
  | 'notMarker'
  | 'tagsFull'
  | 'boardTagsFull'
  | 'failed';
export type MarkResult =
  { ok: true; itemId: string; marked: boolean } | { ok: false; code: MarkCode; message: Text };

/** One mark open now: which, in which region, by which role, and whether this user may set it. */
export interface MarkOffer {
  mark: MarkKind;
  region: string;
  role: string;
  allowed: boolean;
}

const ROLE_EN: Record<string, string> = {
  inbrenger: 'presenter',
  gespreksleider: 'facilitator',
  groepslid: 'group member',
};
const VERB = {
  gekozen: { nl: 'kiest', en: 'chooses' },
  beantwoord: { nl: 'markeert', en: 'marks' },
};

const MESSAGES: Record<Exclude<MarkCode, 'notMarker'>, Text> = {
  noItem: { nl: 'Kies eerst een notitie.', en: 'Select a note first.' },
  oneOnly: { nl: 'Kies één notitie.', en: 'Select one note.' },
  notSticky: {
    nl: 'Alleen een post-it kan een markering krijgen.',
    en: 'Only a sticky note can be marked.',
  },
  noMark: {
    nl: 'In deze stap wordt hier niets gemarkeerd.',
    en: 'Nothing is marked here in this step.',
  },
  tagsFull: {
    nl: 'Deze post-it heeft al 8 labels; haal er eerst een weg.',
    en: 'This sticky note has 8 tags already; remove one first.',
  },
  boardTagsFull: {
    nl: 'Dit bord heeft al 100 labels; verwijder ongebruikte labels.',
    en: 'This board has 100 tags already; delete unused tags.',
  },
  failed: {
    nl: 'Markeren lukte niet. Probeer het opnieuw.',
    en: 'Marking did not work. Please try again.',
  },
};

const refuse = (code: Exclude<MarkCode, 'notMarker'>): MarkResult => ({
  ok: false,
  code,
  message: MESSAGES[code],
});

function notMarker(view: GuardView, role: string, mark: MarkKind): MarkResult {
  const name = view.method.roles.find((r) => r.id === role)?.name;
  const nl = name && name.nl !== role ? name.nl.toLowerCase() : role;
  const en = name && name.en !== role ? name.en.toLowerCase() : (ROLE_EN[role] ?? role);
  const message = {
    nl: `Alleen de ${nl} ${VERB[mark].nl} in deze stap.`,
    en: `Only the ${en} ${VERB[mark].en} in this step.`,
  };
  return { ok: false, code: 'notMarker', message };
}

/** Returns whether `userId` may set a mark for `role`: holds it now, or is the facilitator and a holder is not on Miro; pure. */
export function mayMark(view: GuardView, userId: string, role: string): boolean {
  const { method, state } = view;
  if (state.status !== 'running') return false;
  if (effectiveRoles(method, state, userId).includes(role)) return true;
  if (userId !== state.facilitatorId) return false;
  const offline = new Set(state.participants.filter((p) => !p.onMiro).map((p) => p.id));
  return holders(method, state, [role]).some((id) => offline.has(id));
}

/** Returns the marks open in the current phase and stage, per region, and whether `userId` may set them; pure. */
export function marksFor(view: GuardView, userId: string): MarkOffer[] {
  const { method, state } = view;
  if (state.status !== 'running') return [];
  const actions = method.phases[state.phaseIndex]?.actions ?? [];
  return actions.flatMap((a): MarkOffer[] => {
    if ('stage' in a && (a.stage ?? 0) > state.stage) return [];
    // The vote that chooses the case: the facilitator marks the group's choice 'gekozen'.
    if (a.kind === 'vote' && a.chooses === 'inbrenger') {
      const allowed = userId === state.facilitatorId;
      return [{ mark: 'gekozen', region: a.region, role: 'gespreksleider', allowed }];
    }
    if (a.kind !== 'choose-one' && a.kind !== 'mark-answered') return [];
    const mark: MarkKind = a.kind === 'choose-one' ? 'gekozen' : 'beantwoord';
    return [{ mark, region: a.region, role: a.by, allowed: mayMark(view, userId, a.by) }];
  });
}

const isTag = (t: unknown): t is TagItem => (t as { type?: unknown } | null)?.type === 'tag';
const matches = (mark: MarkKind, title: string) => {
  const m = marksOf([title]);
  return mark === 'gekozen' ? m.chosen : m.answered;
};

async function readMarks(ctx: GuardCtx): Promise<MarksRecord> {
  const raw = (await ctx.collection.get(marksKey(ctx.view.sessionId)).catch(() => undefined)) as
    Partial<MarksRecord> | undefined;
  return { tags: { ...(raw?.tags ?? {}) }, items: { ...(raw?.items ?? {}) } };
}

/** Returns the ids of every board tag the record reads as this mark, creating one when none exists. */
async function markTags(ctx: GuardCtx, rec: MarksRecord, mark: MarkKind): Promise<string[] | null> {
  const all = (await withRetry(() => ctx.miro.board.get())).filter(isTag);
  const hits = all.filter((t) => matches(mark, t.title)).map((t) => t.id);
  if (hits.length === 0) {
    if (all.length >= TAGS_PER_BOARD) return null;
    const tag = await withRetry(() =>
      ctx.miro.board.createTag({ title: TITLE[mark], color: COLOR[mark] }),
    );
    hits.push(tag.id);
  }
  const known = rec.tags[mark];
  rec.tags[mark] = known && hits.includes(known) ? known : hits[0]!;
  return hits;
}

/** Takes the chosen mark off every other sticky in the region (choose-one means one). */
async function unmarkOthers(ctx: GuardCtx, region: string, keep: string, tags: Set<string>) {
  const f = ctx.view.frames.get(region);
  if (!f) return;
  const children = (await withRetry(async () =>
    (await frameObject(ctx, f.id)).getChildren(),
  )) as BoardItem[];
  for (const c of children) {
    if (c.id === keep || c.type !== 'sticky_note' || !c.tagIds.some((t) => tags.has(t))) continue;
    c.tagIds = c.tagIds.filter((t) => !tags.has(t));
    await withRetry(() => c.sync());
  }
}

/** Sets or (when set already) takes off a mark on one item as `ctx.userId`; mutates board and storage, never throws. */
export async function markItem(ctx: GuardCtx, itemId: string, mark: MarkKind): Promise<MarkResult> {
  try {
    const item = (await ctx.miro.board.getById(itemId).catch(() => undefined)) as
      BoardItem | undefined;
    if (!item || item.type === 'frame') return refuse('noItem');
    const region = regionOf(ctx.view, item as unknown as EventItem);
    const offer = marksFor(ctx.view, ctx.userId).find(
      (o) => o.mark === mark && o.region === region,
    );
    if (!region || !offer) return refuse('noMark');
    if (!offer.allowed) return notMarker(ctx.view, offer.role, mark);
    if (item.type !== 'sticky_note') return refuse('notSticky');
    const sticky = item as StickyItem;
    const rec = await readMarks(ctx);
    const ids = await markTags(ctx, rec, mark);
    if (!ids) return refuse('boardTagsFull');
    const tags = new Set(ids);
    const was = sticky.tagIds.some((t) => tags.has(t));
    const kept = sticky.tagIds.filter((t) => !tags.has(t));
    if (!was && kept.length >= TAGS_PER_STICKY) return refuse('tagsFull');
    sticky.tagIds = was ? kept : [...kept, rec.tags[mark]!];
    await withRetry(() => sticky.sync());
    const entry = rec.items[itemId] ?? { m: [], r: region, by: ctx.userId };
    const m = entry.m.filter((x) => x !== mark).concat(was ? [] : [mark]);
    if (m.length) rec.items[itemId] = { m, r: region, by: ctx.userId };
    else delete rec.items[itemId];
    if (!was && mark === 'gekozen') {
      await unmarkOthers(ctx, region, itemId, tags);
      for (const [id, e] of Object.entries(rec.items)) {
        if (id === itemId || e.r !== region || !e.m.includes('gekozen')) continue;
        const rest = e.m.filter((x) => x !== 'gekozen');
        if (rest.length) rec.items[id] = { ...e, m: rest };
        else delete rec.items[id];
      }
    }
    const key = marksKey(ctx.view.sessionId);
    await withRetry(() => ctx.collection.set(key, rec as unknown as Json));
    return { ok: true, itemId, marked: !was };
  } catch {
    return refuse('failed');
  }
}

/** Marks (or unmarks) every selected item; returns one result per item (a refusal when nothing is selected). */
export async function markSelection(ctx: GuardCtx, mark: MarkKind): Promise<MarkResult[]> {
  const selection = (await ctx.miro.board.getSelection().catch(() => [])) as BoardItem[];
  const items = selection.filter((i) => i.type !== 'frame');
  if (items.length === 0) return [refuse('noItem')];
  if (mark === 'gekozen' && items.length > 1) return [refuse('oneOnly')];
  const out: MarkResult[] = [];
  for (const i of items) out.push(await markItem(ctx, i.id, mark));
  return out;
}
