// Private writing and reveal (R7, R8, R19, R34, R38). Participants write in their own panel; the
// notes stay in the panel's storage until the facilitator reveals. Protocol: the facilitator's
// panel broadcasts REVEAL_EVENT {region, names} and posts its own notes (and those it holds for
// people not on Miro); every other open panel hears it and posts its own notes, all at once.
import type { Json, MiroLike, StickyItem } from '../miro/types';
import { META_KEY } from '../layout/meta';
import { withRetry } from './echo';

export const REVEAL_EVENT = 'intervisie:reveal';

export interface PrivateNote {
  region: string;
  text: string;
  /** Participant id of the author (a Miro user id, or a typed-in person's id). */
  authorId: string;
  authorName: string;
}

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

export interface RegionBox {
  /** The region frame's absolute centre and size. */
  x: number;
  y: number;
  width: number;
  height: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Returns a revealed sticky's content: 'Naam: tekst' with names, the text alone without; pure. */
export function revealContent(note: PrivateNote, names: 'with' | 'without'): string {
  const text = esc(note.text);
  return names === 'with'
    ? `<p><strong>${esc(note.authorName)}:</strong> ${text}</p>`
    : `<p>${text}</p>`;
}

/**
 * Returns the absolute spots for notes in a region: a grid below the header, each author a band
 * of `perAuthor` cells by their index, so panels posting at once do not overlap; pure.
 */
export function revealSpots(box: RegionBox, authorIndex: number, count: number, perAuthor = 4) {
  const cell = 210;
  const cols = Math.max(1, Math.floor((box.width - 80) / cell));
  const left = box.x - box.width / 2 + 40 + cell / 2;
  const top = box.y - box.height / 2 + 200;
  const rows = Math.max(1, Math.floor((box.height - 260) / cell));
  return Array.from({ length: count }, (_, i) => {
    const n = (authorIndex * perAuthor + i) % (cols * rows);
    return { x: left + (n % cols) * cell, y: top + Math.floor(n / cols) * cell };
  });
}

/**
 * Posts notes as stickies in a grid inside the region's frame (metadata: author id unless
 * anonymous); returns the created stickies. `authorIndex` picks the band (participant order).
 */
export async function postPrivateNotes(
  miro: MiroLike,
  sessionId: string,
  region: string,
  box: RegionBox,
  notes: readonly PrivateNote[],
  names: 'with' | 'without',
  authorIndex = 0,
): Promise<StickyItem[]> {
  const spots = revealSpots(box, authorIndex, notes.length);
  const { board } = miro;
  return Promise.all(
    notes.map(async (note, i) => {
      const at = spots[i]!;
      const sticky = await withRetry(() =>
        board.createStickyNote({ ...at, width: 180, content: revealContent(note, names) }),
      );
      const meta: Record<string, Json> = { s: sessionId, r: region, k: `private/${sticky.id}` };
      if (names === 'with') meta.a = note.authorId;
      // Metadata only labels the note (it is on the board): a warning is enough.
      await withRetry(() => sticky.setMetadata(META_KEY, meta)).catch((e: unknown) =>
        console.warn('[intervisie] metadata not set', e),
      );
      return sticky;
    }),
  );
}

export interface RevealPayload {
  region: string;
  names: 'with' | 'without';
}

/** Facilitator: broadcasts the reveal and posts the notes it holds; returns the stickies it created. */
export async function revealPrivate(
  miro: MiroLike,
  sessionId: string,
  box: RegionBox,
  payload: RevealPayload,
  held: readonly PrivateNote[],
  authorIndexOf: (authorId: string) => number,
): Promise<StickyItem[]> {
  await withRetry(() => miro.board.events.broadcast(REVEAL_EVENT, payload as unknown as Json));
  const byAuthor = new Map<string, PrivateNote[]>();
  for (const n of held) byAuthor.set(n.authorId, [...(byAuthor.get(n.authorId) ?? []), n]);
  const posted = await Promise.all(
    [...byAuthor].map(([author, list]) =>
      postPrivateNotes(
        miro,
        sessionId,
        payload.region,
        box,
        list,
        payload.names,
        authorIndexOf(author),
      ),
    ),
  );
  return posted.flat();
}

/**
 * Participant panel: on the facilitator's reveal, posts this panel's notes for that region and
 * forgets them; returns a function that stops listening. `allowed` filters whose notes go up (R19).
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
    // Nothing lost: notes that did not reach the board go back into the panel.
    void postPrivateNotes(miro, sessionId, p.region, box, go, p.names, authorIndex).catch(() =>
      go.forEach((n) => notes.add(n)),
    );
  };
  void miro.board.events.on(REVEAL_EVENT, handler);
  return () => void miro.board.events.off(REVEAL_EVENT, handler);
}
