// Private writing and reveal in a panel (DESIGN.md "Private writing and reveal"): the notes this
// browser holds, who is done ('3 van 5 klaar', storage `progress:<sid>:<phase>`), the facilitator's
// reveal (the handle's 'reveal' hook → revealPrivate) and every other panel's answer to it
// (listenForReveal). Notes that fail to go up are kept, so nothing is lost.
import { KEYS, readTemplateMap } from '../guard/plan';
import { createPrivateNotes, listenForReveal, REVEAL_EVENT } from './private';
import type { PrivateNote, PrivateNotes, RegionBox, StorageLike } from './private';
import type { FrameItem, Json, MiroLike } from '../miro/types';
import { revealAuthorIds } from '../session/acts';
import { privateRegions } from '../session/permissions';
import { COLLECTION } from '../session/store';
import type { SessionState } from '../session/state';
import type { SessionHandle } from '../controller/handle';
import { markPanel, runReveal } from './run';
import { updateStored } from '../storage/update';
import { userError, type UserError } from '../shared/errors';

/** Storage key of who is done writing privately in a phase (and round, after the first). */
export const progressKey = (sid: string, phaseIndex: number, round = 0) =>
  `progress:${sid}:${phaseIndex}${round ? `:${round}` : ''}`;

export interface PrivateWriter {
  id: string;
  name: string;
  onMiro: boolean;
  done: boolean;
}

export interface PrivateWriting {
  notes: PrivateNotes;
  /** The private region open now and who writes in it; null when nobody writes privately. */
  current(): { region: string; writers: PrivateWriter[] } | null;
  /** Records that a participant is (or is no longer) done; resolves to ok or an error value. */
  markDone(participantId: string, done: boolean): Promise<MarkOutcome>;
  /**
   * Posts the notes this panel still holds for a region revealed in this phase (a reveal that
   * partly failed), asking the other panels to post theirs again too; resolves to ok or an error.
   */
  revealAgain(region: string): Promise<MarkOutcome>;
  /**
   * The region revealed last in this phase and round and how many of its notes this panel still
   * holds to post (a reveal that partly failed); null when it holds none.
   */
  kept(): { region: string; count: number } | null;
  /** Calls `listener` when the done list changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  stop(): void;
}
export type MarkOutcome = { ok: true } | { ok: false; error: UserError };

const storageFailed = userError(
  'storage',
  'Opslaan lukte niet. Probeer het opnieuw.',
  'Saving did not work. Try again.',
);

const notRevealed = userError(
  'not-revealed',
  'Dit is nog niet onthuld.',
  'This has not been revealed yet.',
);
const revealFailed = {
  nl: 'Niet alle notities konden op het bord; ze staan nog in je paneel.',
  en: 'Not every note reached the board; they are still in your panel.',
};

const idsOf = (raw: unknown): string[] =>
  Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];

/** Returns the private writing of one panel over a session handle; it listens until stop(). */
export function attachPrivateWriting(
  miro: MiroLike,
  handle: SessionHandle,
  options: {
    storage: StorageLike;
    selfId: string;
    /** A writer's own client, when the host has it (the practice board): their notes go up from it. */
    clientOf?: (authorId: string) => MiroLike | undefined;
  },
): PrivateWriting {
  const { board } = miro;
  const sid = handle.sessionId;
  const method = handle.method;
  const collection = board.storage.collection(COLLECTION);
  const notes = createPrivateNotes(options.storage, sid);
  const boxes = new Map<string, RegionBox>();
  const listeners = new Set<() => void>();
  let done: string[] = [];
  let key = '';
  const onDone = (raw: Json | undefined) => {
    done = idsOf(raw);
    listeners.forEach((l) => l());
  };
  const follow = (state: SessionState) => {
    const next = progressKey(sid, state.phaseIndex, state.round);
    if (next === key) return;
    if (key) void collection.offValue(key, onDone);
    key = next;
    done = [];
    void collection.onValue(key, onDone);
    void collection.get(key).then(
      (v) => key === next && onDone(v),
      () => undefined,
    );
  };
  follow(handle.state());
  const stopState = handle.subscribe(follow);

  // The boxes of the regions that are ever private, read once (one getById per frame).
  const privateIds = new Set(
    method.phases.flatMap((p) =>
      Object.entries(p.regions).flatMap(([id, s]) => (s.state === 'open' && s.private ? [id] : [])),
    ),
  );
  const boxOf = async (region: string): Promise<RegionBox | undefined> => {
    const known = boxes.get(region);
    if (known) return known;
    const map = readTemplateMap(await collection.get(KEYS.template(sid)));
    const id = map[`${method.id}/${region}/frame`];
    const f = id
      ? ((await board.getById(id).catch(() => undefined)) as FrameItem | undefined)
      : undefined;
    if (!f) return undefined;
    const box = { x: f.x, y: f.y, width: f.width, height: f.height };
    boxes.set(region, box);
    return box;
  };
  void Promise.all([...privateIds].map((r) => boxOf(r).catch(() => undefined)));

  const indexOf = (id: string) =>
    Math.max(
      0,
      handle.state().participants.findIndex((p) => p.id === id),
    );
  const allowed = (note: PrivateNote) =>
    revealAuthorIds(method, handle.state(), note.region).includes(note.authorId);
  const stopListening = listenForReveal(
    miro,
    sid,
    notes,
    (region) => boxes.get(region),
    indexOf(options.selfId),
    allowed,
  );
  // After the notes went up (or came back), the panel shows what it still holds.
  const changed = () => void Promise.resolve().then(() => listeners.forEach((l) => l()));
  void board.events.on(REVEAL_EVENT, changed);
  // Notes of a reveal's region that this panel may post: the authors' (R19) and anonymous ones
  // a partly failed 'zonder namen' reveal handed back.
  const takeHeld = (region: string, authorIds: readonly string[]) => {
    const all = notes.take(region);
    const held = all.filter((n) => n.authorId === '' || authorIds.includes(n.authorId));
    for (const n of all) if (!held.includes(n)) notes.add(n);
    changed();
    return held;
  };
  const reveal = async (
    region: string,
    names: 'with' | 'without',
    held: PrivateNote[],
    order: string[],
  ) =>
    runReveal({
      miro,
      handle,
      notes,
      selfId: options.selfId,
      box: await boxOf(region).catch(() => undefined),
      region,
      names,
      held,
      indexOf,
      order,
      ...(options.clientOf ? { clientOf: options.clientOf } : {}),
      changed,
    });
  const stopHook = handle.on('reveal', ({ effect }) => {
    const held = takeHeld(effect.region, effect.authorIds);
    void reveal(effect.region, effect.names, held, effect.authorIds);
  });
  void markPanel(collection, sid, options.selfId, true);

  return {
    notes,
    current() {
      const state = handle.state();
      if (state.status !== 'running') return null;
      const regionsOf = new Map(
        state.participants.map((p) => [p.id, privateRegions(method, state, p.id)]),
      );
      const region = [...regionsOf.values()].flat()[0];
      if (!region) return null;
      const writers = state.participants
        .filter((p) => regionsOf.get(p.id)?.includes(region))
        .map((p) => ({ id: p.id, name: p.name, onMiro: p.onMiro, done: done.includes(p.id) }));
      return { region, writers };
    },
    async markDone(participantId, yes) {
      const at = key;
      const change = (raw: Json | undefined) => {
        const now = idsOf(raw);
        return yes ? [...new Set([...now, participantId])] : now.filter((x) => x !== participantId);
      };
      const holds = (raw: Json | undefined) => idsOf(raw).includes(participantId) === yes;
      const done = await updateStored(collection, at, change, holds).catch(() => false);
      return done ? { ok: true } : { ok: false, error: storageFailed };
    },
    kept() {
      const state = handle.state();
      const record = [...state.revealed]
        .reverse()
        .find((r) => r.phaseIndex === state.phaseIndex && r.round === state.round);
      if (!record || state.status !== 'running') return null;
      const authors = revealAuthorIds(method, state, record.region);
      const count = notes
        .list(record.region)
        .filter((n) => n.authorId === '' || authors.includes(n.authorId)).length;
      return count ? { region: record.region, count } : null;
    },
    async revealAgain(region) {
      const state = handle.state();
      const record = [...state.revealed]
        .reverse()
        .find((r) => r.region === region && r.phaseIndex === state.phaseIndex);
      if (!record) return { ok: false, error: notRevealed };
      const order = revealAuthorIds(method, state, region);
      const held = takeHeld(region, order);
      return (await reveal(region, record.names, held, order))
        ? { ok: true }
        : { ok: false, error: { code: 'reveal-failed', message: revealFailed } };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    stop() {
      void markPanel(collection, sid, options.selfId, false);
      stopState();
      stopListening();
      stopHook();
      void board.events.off(REVEAL_EVENT, changed);
      if (key) void collection.offValue(key, onDone);
      listeners.clear();
    },
  };
}
