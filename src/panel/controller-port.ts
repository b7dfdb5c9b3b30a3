// The panel's view of the outside world: the session handle (PanelController) and the setup services
// (PanelHost). Components never touch Miro; mount.ts builds a host from the real modules.
// Types only: the controller, guard and session modules stay out of the panel's chunk.
import type { Method, RoleId, Text } from '../catalog/schema';
import type { UserError } from '../shared/errors';
import type { Outcome as HandleOutcome, SessionHandle } from '../controller/handle';
import type { TimerView } from '../controller/timer';
import type { MarkKind } from '../guard/marks';
import type { RatingValue } from '../guard/rating';
import type { Participant } from '../session/state';
import type { Lang } from '../i18n/i18n';
import type { BoardCheckAnswer } from '../app/board-check';

type Stateless<T> = T extends unknown ? Omit<T, 'state' | 'committed'> : never;
/** What a panel action returns: the handle's Outcome without the session (host calls have none). */
export type Outcome = Stateless<HandleOutcome>;

/** The countdown as the panel shows it. */
export type TimerReading = Pick<TimerView, 'remainingMs' | 'running' | 'paused'>;

/** Pause / resume / +1 min for the countdown shown in the panel. */
export interface TimerPort {
  get(): TimerReading | null;
  pause(): void;
  resume(): void;
  extend(ms: number): void;
}

/** The running session as the panel drives it: the handle's own members and what the panel adds. */
export type PanelController = Pick<
  SessionHandle,
  | 'state'
  | 'view'
  | 'participantView'
  | 'start'
  | 'next'
  | 'previous'
  | 'goto'
  | 'consent'
  | 'reveal'
  | 'end'
  | 'notices'
  | 'timer'
> &
  // Optional: a bare controller (the view tests') has no method, keeps its own timer, needs no close.
  Partial<Pick<SessionHandle, 'method' | 'pauseTimer' | 'resumeTimer' | 'prolongTimer' | 'close'>> &
  PanelAdds;

/** What the panel adds to the handle (session-port.ts): its own listeners and private writing. */
interface PanelAdds {
  /** Calls `listener` after every change, the panel's private writing included; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The previous verslag and its open actions (R41) in the language, or null without history. */
  previousAgenda?(lang: Lang): { title: string; lines: string[] } | null;
  /** Who has finished private writing in a region, when known. */
  privateProgress?(region: string): { done: number; total: number } | null;
  /** The private region open now and who writes in it (done or not); null when nobody does. */
  privateWriting?(): { region: string; writers: PrivateWriterView[] } | null;
  /** Records that a participant is done writing privately ('Klaar'), or not any more. */
  markDone?(participantId: string, done: boolean): Promise<Outcome>;
  /** The region revealed in this phase whose notes this panel still holds after a reveal, and how many. */
  keptNotes?(): { region: string; count: number } | null;
  /** Posts the notes this panel still holds for a region revealed in this phase, as first chosen. */
  revealAgain?(region: string): Promise<Outcome>;
}

/** Someone who writes privately now: the facilitator writes for those not on Miro. */
export interface PrivateWriterView {
  id: string;
  name: string;
  onMiro: boolean;
  done: boolean;
}

/** Starts taking sticker drops on the board; `report` hears each drop's outcome. Returns the stop function. */
export type DropPort = (report: (outcome: Outcome, rating?: RatingValue) => void) => () => void;

/** A participant's private notes, kept in their own panel until the reveal (the guard's PrivateNotes fits). */
export interface PrivateNotesPort {
  list(region?: string): { region: string; text: string; authorId?: string }[];
  add(note: { region: string; text: string; authorId: string; authorName: string }): unknown;
  remove(index: number): void;
}

/** Everything setup needs: people, history, placing the template, storing the session. */
export interface SetupInput {
  method: Method;
  participants: Participant[];
  roles: Record<string, RoleId[]>;
  facilitatorId: string;
  lastInbrengerIds: string[];
  viskom?: { binnen: string[]; buiten: string[] };
  pairs?: [string, string][];
  lang: Lang;
}

export type GenerateOutcome =
  { ok: true } | { ok: false; error: UserError; done: number; total: number };

/** The board check's answers as the About screen shows them, and the text to copy. */
export interface BoardCheckView {
  answers: readonly BoardCheckAnswer[];
  /** What was cleaned up and whether the answers were stored. */
  notes: readonly Text[];
  /** The whole check as plain text for an issue. */
  text(lang: Lang): string;
}

export interface PanelHost {
  me(): Promise<{ id: string; name: string }>;
  onlineUsers(): Promise<{ id: string; name: string }[]>;
  /** Who brought a case last time, most recent first. */
  lastInbrengers(): Promise<string[]>;
  /** Lays the template on the board; calling again after a failure resumes without duplicates. */
  generate(
    input: SetupInput,
    onProgress: (done: number, total: number) => void,
  ): Promise<GenerateOutcome>;
  /** Stores the session for the placed template, not started yet: the facilitator starts it later. */
  prepare(
    input: SetupInput,
  ): Promise<{ ok: true; controller: PanelController } | { ok: false; error: UserError }>;
  /** The session on this board (placed or running), if any. */
  open(): Promise<{ controller: PanelController; method: Method } | null>;
  /** Brings the session's template into this user's view ('Passend'). */
  fit?(sessionId: string): Promise<Outcome>;
  /** Rates the current selection on the board. */
  rate(rating: RatingValue): Promise<Outcome>;
  /** Marks (or unmarks) the board selection 'gekozen' / 'beantwoord'; `marked` says which it did. */
  mark?(kind: MarkKind): Promise<Outcome & { marked?: boolean }>;
  /** Registers the guard's drop handler for the sticker tray (drops rate the item under them); returns the unregister function. */
  enableDrop?: DropPort;
  /** The private notes of this panel's user for a session. */
  notes?(sessionId: string): PrivateNotesPort;
  /** Runs the board check (src/app/board-check.ts) on this board; `onProgress` hears each step. */
  boardCheck?(onProgress: (done: number, total: number) => void): Promise<BoardCheckView>;
  /** The report actions; the record engineer's module does the work. */
  onReport?(
    kind: 'board' | 'download' | 'print',
    controller: PanelController,
  ): Promise<Outcome | void>;
}
