// The board app every board user's client runs (Miro loads the headless page for each of them):
// registers the toolbar icon, follows the session in storage (app data has no change event), runs
// the guard while a session runs — also one started after the board was opened — and stops it
// when the session ends, answers "kom hierheen" by moving its own viewport, and answers board
// checks. Kept tiny (budget 6 KB gzip): no zod, no Preact; the guard is a lazy chunk.
import type { StartedGuard } from '../guard/entry';
import type { GuardOptions } from '../guard/runtime';
import type { Json, MiroLike } from '../miro/types';
import { FOCUS_EVENT, isFocusFor } from '../controller/focus';
import { answerBoardCheck } from './check-answer';
import { ACTIVE_KEY, COLLECTION, POINTER_KEY, pointerSession } from '../storage/pointer';

export { POINTER_KEY } from '../storage/pointer';
export const PANEL_URL = 'index.html?view=panel';

type GuardEntry = Pick<typeof import('../guard/entry'), 'startGuardWith'>;

export interface BoardAppOptions {
  /** Loads the guard's entry (default: the lazy guard chunk). */
  loadGuard?: () => Promise<GuardEntry>;
  /** Passed to the guard on this client (tests: a clock, no timers, a fixed client id). */
  guard?: GuardOptions & { clientId?: string; timers?: boolean };
  /** Receives what went wrong while following the session (default: console.warn). */
  onProblem?: (error: unknown) => void;
}

export interface BoardApp {
  /** The session this client follows now, or null. */
  session(): string | null;
  /** The guard running on this client, while a session runs. */
  guard(): StartedGuard | undefined;
  /** Resolves once this client has acted on every session change it heard of. */
  idle(): Promise<void>;
  /** Stops following the session and stops the guard (mutates the board's handlers). */
  stop(): void;
}

const defaultLoad = () => import('../guard/entry');

/** Starts the board app on this client; resolves once it follows the board's session. */
export async function startBoardApp(
  miro: MiroLike,
  options: BoardAppOptions = {},
): Promise<BoardApp> {
  const { board } = miro;
  const problem = options.onProblem ?? ((e: unknown) => console.warn('[intervisie] board app', e));
  const onIcon = () => void board.ui.openPanel({ url: PANEL_URL }).catch(problem);
  board.ui.on('icon:click', onIcon);
  const stopCheck = answerBoardCheck(miro);
  const collection = board.storage.collection(COLLECTION);

  let current: string | null = null;
  let running: StartedGuard | undefined;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();
  const follow = (sid: string | null) => {
    queue = queue.then(async () => {
      if (stopped || sid === current) return;
      running?.stop();
      running = undefined;
      current = sid;
      if (!sid) return;
      const entry = await (options.loadGuard ?? defaultLoad)();
      const started = await entry.startGuardWith(miro, { ...options.guard, sessionId: sid });
      if (stopped || current !== sid) started?.stop();
      else running = started ?? undefined;
    });
    queue = queue.catch(problem);
  };
  const onActive = (value: Json | undefined) => follow(pointerSession(value));
  await collection.onValue(ACTIVE_KEY, onActive);

  const onFocus = (payload: Json | undefined) => {
    if (!current || !isFocusFor(payload, current)) return;
    void board
      .getById(payload.frameId)
      .then((frame) => board.viewport.zoomTo(frame as never))
      .catch(problem);
  };
  await board.events.on(FOCUS_EVENT, onFocus);

  // The session may have started before this page loaded: storage first, app data for boards
  // whose session was started before the storage pointer existed.
  const stored = await collection.get(ACTIVE_KEY).catch(() => undefined);
  const initial =
    stored === undefined
      ? pointerSession(await board.getAppData(POINTER_KEY).catch(() => undefined))
      : pointerSession(stored);
  if (initial) follow(initial);

  return {
    session: () => current,
    guard: () => running,
    idle: async () => {
      for (let i = 0; i < 3; i++) await queue;
    },
    stop() {
      stopped = true;
      board.ui.off('icon:click', onIcon);
      stopCheck();
      void collection.offValue(ACTIVE_KEY, onActive);
      void board.events.off(FOCUS_EVENT, onFocus);
      running?.stop();
      running = undefined;
    },
  };
}
