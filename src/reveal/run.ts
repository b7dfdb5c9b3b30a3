// The facilitator's side of a reveal in a panel: which panels answer (storage `panels:<sid>`,
// the users with a panel open, kept by each panel), and one run of revealPrivate that hands
// back only the notes that did not reach the board, so a second reveal never posts one twice.
import { gridIndex, postPrivateNotes, revealPrivate } from './private';
import type { PrivateNote, PrivateNotes, RegionBox } from './private';
import type { CollectionLike, Json, MiroLike } from '../miro/types';
import type { SessionHandle } from '../controller/handle';
import { COLLECTION, KEYS } from '../storage/keys';
import { updateStored } from '../storage/update';

/** Storage key of the users whose panel is open on a session. */
export const panelsKey = KEYS.panels;

const idsOf = (raw: unknown): string[] =>
  Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];

/**
 * Adds (`open`) or removes this user in `panels:<sid>`; read-modify-write, read back and written
 * again when another panel's list won in between; resolves when done or given up (never throws).
 */
export async function markPanel(
  collection: CollectionLike,
  sid: string,
  userId: string,
  open: boolean,
): Promise<void> {
  const key = panelsKey(sid);
  const change = (raw: Json | undefined) => {
    const now = idsOf(raw);
    return (open ? [...now, userId] : now.filter((x) => x !== userId)) as Json;
  };
  const holds = (raw: Json | undefined) => idsOf(raw).includes(userId) === open;
  try {
    await updateStored(collection, key, change, holds);
  } catch {
    // Without the list the reveal falls back to the online users: slower, nothing lost.
  }
}

/** Returns the on-Miro participants but `selfId` whose panel is open, or undefined when nobody registered (one get). */
export async function answeringPanels(
  collection: CollectionLike,
  handle: SessionHandle,
  selfId: string,
): Promise<string[] | undefined> {
  const open = idsOf(await collection.get(panelsKey(handle.sessionId)).catch(() => undefined));
  if (!open.length) return undefined;
  const people = handle.state().participants.filter((p) => p.onMiro && p.id !== selfId);
  return people.map((p) => p.id).filter((id) => open.includes(id));
}

const failedNotice = {
  code: 'reveal-failed',
  message: {
    nl: 'Niet alle notities konden op het bord; ze staan nog in je paneel.',
    en: 'Not every note reached the board; they are still in your panel.',
  },
};

export interface RevealRun {
  miro: MiroLike;
  handle: SessionHandle;
  notes: PrivateNotes;
  selfId: string;
  box: RegionBox | undefined;
  region: string;
  names: 'with' | 'without';
  held: PrivateNote[];
  indexOf: (authorId: string) => number;
  /** The reveal's writers in participant order: each takes their own columns of the grid. */
  order?: string[];
  /** A writer's own client, when the host has it (the practice board). */
  clientOf?: (authorId: string) => MiroLike | undefined;
  changed: () => void;
}

/**
 * Posts `held` (taken out of the notes already) through revealPrivate; notes that failed go back
 * into the notes, and only those; resolves to whether every note reached the board (never throws).
 */
export async function runReveal(r: RevealRun): Promise<boolean> {
  const collection = r.miro.board.storage.collection(COLLECTION);
  let lost = false;
  const keep = (failed: readonly PrivateNote[]) => {
    lost = lost || failed.length > 0;
    failed.forEach((n) => r.notes.add({ ...n, names: keptAs(n, r.names) }));
    r.changed();
    if (failed.length) r.handle.notify(failedNotice);
  };
  if (!r.box) {
    keep(r.held);
    return false;
  }
  // Kept notes go up as their first reveal promised: an anonymous one never gets an empty name.
  const same = r.held.filter((n) => keptAs(n, r.names) === r.names);
  const apart = r.held.filter((n) => !same.includes(n));
  const box = r.box;
  const posting = apart.length ? postApart(r, box, apart).then(keep) : Promise.resolve();
  try {
    const authorIds = await answeringPanels(collection, r.handle, r.selfId);
    const payload = { region: r.region, names: r.names, ...(r.order ? { order: r.order } : {}) };
    await revealPrivate(r.miro, r.handle.sessionId, box, payload, same, r.indexOf, {
      keep,
      random: r.handle.random,
      selfId: r.selfId,
      ...(authorIds ? { authorIds } : {}),
      ...(r.clientOf ? { clientOf: r.clientOf } : {}),
    });
  } catch {
    // Failed before any note went up (the session read, the broadcast): all are still to post.
    keep(same);
  }
  await posting;
  return !lost;
}

/** Returns the names choice a note goes up with: its kept one, none for an anonymous leftover, else the reveal's; pure. */
function keptAs(note: PrivateNote, names: 'with' | 'without'): 'with' | 'without' {
  return note.names ?? (note.authorId === '' ? 'without' : names);
}

/** Posts kept notes whose names choice differs from this reveal's, per author; resolves to those that failed (never throws). */
async function postApart(r: RevealRun, box: RegionBox, notes: PrivateNote[]) {
  const groups = new Map<string, PrivateNote[]>();
  for (const n of notes) {
    const key = `${keptAs(n, r.names)}:${keptAs(n, r.names) === 'with' ? n.authorId : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const payload = {
    authors: r.handle.state().participants.length,
    ...(r.order ? { order: r.order } : {}),
  };
  const done = await Promise.all(
    [...groups.values()].map((list) => {
      const names = keptAs(list[0]!, r.names);
      const author = list[0]!.authorId;
      const cell = names === 'with' ? gridIndex(payload, author, r.indexOf(author)) : null;
      const sid = r.handle.sessionId;
      const own = cell && author !== r.selfId ? r.clientOf?.(author) : undefined;
      const poster = own ? author : r.selfId;
      const index = cell?.index ?? 0;
      const count = cell?.authors ?? 1;
      return postPrivateNotes(
        own ?? r.miro,
        sid,
        r.region,
        box,
        list,
        names,
        index,
        count,
        poster,
      ).then(
        (d) => d.failed,
        () => list,
      );
    }),
  );
  return done.flat();
}
