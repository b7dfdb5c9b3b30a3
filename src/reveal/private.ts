// Private writing and reveal (R7, R8, R19, R34, R38). Participants write in their own panel; the
// notes stay in the panel's storage until the facilitator reveals. Protocol: the facilitator's
// panel broadcasts REVEAL_EVENT {region, names, authors, order} (a broadcast does not reach the
// sender). With names, every panel posts its own notes (Miro shows each as written by its author,
// which is what 'met namen' promises); a note the facilitator holds for someone else goes up from
// that person's own client when the host offers it (the practice board), else from the
// facilitator's, signed with the name and its writer in metadata `a` (no 'Naam:' prefix, which
// would read as the facilitator writing for them). Without names, no panel may create a sticky
// (Miro would show the creator): each panel hands its notes (texts only) to storage under
// `reveal:<sid>:<region>:<userId>`, an empty list when it has none; the facilitator's client
// listens with onValue, creates every sticky itself in shuffled order, then clears the keys.
import type { Json, MiroLike, StickyItem } from '../miro/types';
import { withRetry } from '../guard/echo';
import { KEYS, readSessionLoose } from '../guard/plan';
import { postAt, revealSpots, type RegionBox } from './place';
import { gatherAnonymous, handKey } from './anonymous';

export type { RegionBox };
export { revealSpots };
export { handKey, shuffled } from './anonymous';
export { REVEAL_EVENT } from './types';
export type { PrivateNote, RevealOptions, RevealPayload } from './types';
import { REVEAL_EVENT } from './types';
import type { PrivateNote, RevealOptions, RevealPayload } from './types';
import { escapeHtml } from '../shared/html';
import { COLLECTION } from '../storage/keys';

/** The storage the panel keeps private notes in: localStorage or anything like it. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface PrivateNotes {
  list(region?: string): PrivateNote[];
  /** Adds a note; returns the notes now held (mutates the storage). */
  add(note: PrivateNote): PrivateNote[];
  remove(index: number): void;
  /** Removes and returns a region's notes (after they were posted); mutates the storage. */
  take(region: string): PrivateNote[];
}

/** Returns the panel's private notes for one session, kept in `storage`. */
export function createPrivateNotes(storage: StorageLike, sessionId: string): PrivateNotes {
  const key = `intervisie:private:${sessionId}`;
  const read = (): PrivateNote[] => {
    try {
      const v = JSON.parse(storage.getItem(key) ?? '[]') as unknown;
      return Array.isArray(v) ? (v as PrivateNote[]) : [];
    } catch {
      return [];
    }
  };
  const write = (notes: PrivateNote[]) =>
    notes.length ? storage.setItem(key, JSON.stringify(notes)) : storage.removeItem(key);
  return {
    list: (region) => read().filter((n) => !region || n.region === region),
    add(note) {
      const notes = [...read(), { ...note, text: note.text.slice(0, 2000) }];
      write(notes);
      return notes;
    },
    remove(index) {
      write(read().filter((_, i) => i !== index));
    },
    take(region) {
      const all = read();
      write(all.filter((n) => n.region !== region));
      return all.filter((n) => n.region === region);
    },
  };
}

/**
 * Returns a revealed sticky's content: with names 'Naam: tekst' when its writer posts it (or
 * `posterId` is not known), the text signed '— Naam' when someone else's client does; without
 * names the text alone; pure.
 */
export function revealContent(
  note: PrivateNote,
  names: 'with' | 'without',
  posterId?: string,
): string {
  const text = escapeHtml(note.text);
  if (names === 'without') return `<p>${text}</p>`;
  if (posterId !== undefined && posterId !== note.authorId)
    return `<p>${text}</p><p>${signature(note.authorName)}</p>`;
  return `<p><strong>${escapeHtml(note.authorName)}:</strong> ${text}</p>`;
}

/** Returns the line that signs a revealed note posted for its writer ('— Eva'); pure. */
export const signature = (name: string) => `— ${escapeHtml(name)}`;

/**
 * Posts one author's notes as stickies in their cells of the region (metadata: author id unless
 * anonymous); returns the stickies made and the notes that failed, never throwing for one note.
 * `authorIndex` picks the cells, `authors` is how many authors post at once; `posterId`: the user
 * whose client posts (see revealContent).
 */
export async function postPrivateNotes(
  miro: MiroLike,
  sessionId: string,
  region: string,
  box: RegionBox,
  notes: readonly PrivateNote[],
  names: 'with' | 'without',
  authorIndex = 0,
  authors = authorIndex + 1,
  posterId?: string,
): Promise<{ posted: StickyItem[]; failed: PrivateNote[] }> {
  const place = (taken: Parameters<typeof revealSpots>[4]) =>
    revealSpots(box, authorIndex, notes.length, authors, taken);
  const posts = notes.map((n) => ({
    content: revealContent(n, names, posterId),
    ...(names === 'with' && n.authorId ? { authorId: n.authorId } : {}),
  }));
  const { posted, failed } = await postAt(miro, sessionId, region, box, posts, place);
  return { posted, failed: failed.map((i) => notes[i]!) };
}

/** Returns the grid index of a writer and how many writers share the grid; pure. */
export function gridIndex(
  payload: Pick<RevealPayload, 'order' | 'authors'>,
  authorId: string,
  fallback: number,
): { index: number; authors: number } {
  const order = payload.order;
  if (!order?.length)
    return { index: fallback, authors: Math.max(payload.authors ?? 0, fallback + 1) };
  const at = order.indexOf(authorId);
  // Notes of someone outside the reveal's writers (a kept anonymous one) take a column after them.
  return { index: at >= 0 ? at : order.length, authors: order.length + (at >= 0 ? 0 : 1) };
}

/** A reveal in which some notes did not reach the board; `failed` are those notes only. */
export class RevealFailed extends Error {
  readonly failed: PrivateNote[];
  constructor(failed: PrivateNote[]) {
    super(`${failed.length} notes did not reach the board`);
    this.name = 'RevealFailed';
    this.failed = failed;
  }
}

/**
 * Facilitator: broadcasts the reveal and posts the notes it holds (with names: per author, in
 * their cells; without: every panel's notes too, gathered through storage, shuffled); returns
 * the stickies it created. Failed notes go to `opts.keep`, else it throws RevealFailed.
 */
export async function revealPrivate(
  miro: MiroLike,
  sessionId: string,
  box: RegionBox,
  payload: RevealPayload,
  held: readonly PrivateNote[],
  authorIndexOf: (authorId: string) => number,
  opts: RevealOptions = {},
): Promise<StickyItem[]> {
  const { board } = miro;
  const c = board.storage.collection(COLLECTION);
  const state = readSessionLoose(await withRetry(() => c.get(KEYS.session(sessionId))));
  const authors = payload.order?.length
    ? payload.order.length
    : Math.max(
        1,
        state?.participants.length ?? 0,
        ...held.map((n) => authorIndexOf(n.authorId) + 1),
      );
  const sent = { ...payload, authors };
  const failed: PrivateNote[] = [];
  let posted: StickyItem[];
  if (payload.names === 'without') {
    posted = await gatherAnonymous(miro, sessionId, box, sent, held, opts, failed);
  } else {
    await withRetry(() => board.events.broadcast(REVEAL_EVENT, sent as unknown as Json));
    const me = opts.selfId ?? (await board.getUserInfo()).id;
    const byAuthor = new Map<string, PrivateNote[]>();
    for (const n of held) byAuthor.set(n.authorId, [...(byAuthor.get(n.authorId) ?? []), n]);
    const done = await Promise.all(
      [...byAuthor].map(([author, list]) => {
        const own = author !== me ? opts.clientOf?.(author) : undefined;
        const cell = gridIndex(sent, author, authorIndexOf(author));
        return postPrivateNotes(
          own ?? miro,
          sessionId,
          payload.region,
          box,
          list,
          'with',
          cell.index,
          Math.max(authors, cell.authors),
          own ? author : me,
        );
      }),
    );
    done.forEach((d) => failed.push(...d.failed));
    posted = done.flatMap((d) => d.posted);
  }
  if (failed.length && opts.keep) opts.keep(failed);
  else if (failed.length) throw new RevealFailed(failed);
  return posted;
}

/**
 * Participant panel: on the facilitator's reveal, posts this panel's notes for that region (with
 * names) or hands them to the facilitator through storage (without), and forgets them; notes that
 * did not go up come back into the panel. Returns a function that stops listening. `allowed`
 * filters whose notes go up (R19).
 */
export function listenForReveal(
  miro: MiroLike,
  sessionId: string,
  notes: PrivateNotes,
  boxOf: (region: string) => RegionBox | undefined,
  authorIndex: number,
  allowed: (note: PrivateNote) => boolean = () => true,
): () => void {
  const handler = (payload: Json | undefined) => {
    const p = payload as unknown as RevealPayload | undefined;
    const box = p && boxOf(p.region);
    if (!p || !box) return;
    const all = notes.take(p.region);
    const go = all.filter(allowed);
    for (const n of all.filter((n) => !allowed(n))) notes.add(n);
    const back = (list: readonly PrivateNote[]) => list.forEach((n) => notes.add(n));
    if (p.names === 'without') {
      const c = miro.board.storage.collection(COLLECTION);
      const texts = go.map((n) => n.text);
      void miro.board
        .getUserInfo()
        .then((me) => withRetry(() => c.set(handKey(sessionId, p.region, me.id), { t: texts })))
        .catch(() => back(go));
      return;
    }
    const byAuthor = new Map<string, PrivateNote[]>();
    for (const n of go) byAuthor.set(n.authorId, [...(byAuthor.get(n.authorId) ?? []), n]);
    for (const [author, list] of byAuthor) {
      const cell = gridIndex(p, author, authorIndex);
      void postPrivateNotes(
        miro,
        sessionId,
        p.region,
        box,
        list,
        p.names,
        cell.index,
        cell.authors,
      ).then(
        (r) => back(r.failed),
        () => back(list),
      );
    }
  };
  void miro.board.events.on(REVEAL_EVENT, handler);
  return () => void miro.board.events.off(REVEAL_EVENT, handler);
}
