// What private writing and its reveal share: the broadcast's name and payload, a note as a panel
// keeps it, and the reveal's options. Imports nothing but types.
import type { MiroLike } from '../miro/types';

/** The broadcast that starts a reveal on every panel. */
export const REVEAL_EVENT = 'intervisie:reveal';

export interface PrivateNote {
  region: string;
  text: string;
  /** Participant id of the author (a Miro user id, or a typed-in person's id). */
  authorId: string;
  authorName: string;
  /** The names choice of the reveal that could not post it: a kept note goes up the same way again. */
  names?: 'with' | 'without';
}

export interface RevealPayload {
  region: string;
  names: 'with' | 'without';
  /** How many people may post at once (the session's participants): spreads their cells. */
  authors?: number;
  /** The reveal's writers in order: writer i takes the grid's cells of author i of `authors`. */
  order?: string[];
}

export interface RevealOptions {
  /** Seeded randomness for the anonymous order (default Math.random). */
  random?: () => number;
  /** Users whose panels answer an anonymous reveal (default: the online users but this one). */
  authorIds?: string[];
  /** How long to wait for panels that do not answer before posting what came (ms). */
  waitMs?: number;
  /** Takes back the notes that failed; without it, revealPrivate throws RevealFailed. */
  keep?: (failed: PrivateNote[]) => void;
  /** The client of a writer on this board, when the host has it (the practice board): their notes go up from it. */
  clientOf?: (authorId: string) => MiroLike | undefined;
  /** This client's user (default: asked of the board). */
  selfId?: string;
}
