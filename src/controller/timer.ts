// Timers: Miro's board timer where canUse('timer') says so, else the app's own timer. The app timer
// is derived from the stored state (phaseStartedAt + the phase's timebox), so every open panel
// shows the same countdown without any SDK call per tick.
import type { Method } from '../catalog/schema';
import type { BoardLike } from '../miro/types';
import type { SessionState } from '../session/state';
import { isTransient } from '../board/render';

export type TimerSource = 'board' | 'app';

/** What a panel shows: the phase's countdown and the short fragment timer (VIA, R11). */
export interface TimerView {
  source: TimerSource;
  running: boolean;
  /** Paused by the facilitator (stored in the session, the same in every panel). */
  paused: boolean;
  totalMs: number;
  endsAt: number | null;
  remainingMs: number;
  fragment: { seconds: number; endsAt: number; remainingMs: number } | null;
}

/** Returns the timer view for the session at `now`; pure. */
export function timerView(
  method: Method,
  state: SessionState,
  now: number,
  source: TimerSource,
  fragment: { seconds: number; endsAt: number } | null,
): TimerView {
  const phase = method.phases[state.phaseIndex];
  const extraMs = state.timer?.extraMs ?? 0;
  const totalMs = Math.round((phase?.minutes ?? 0) * 60_000) + extraMs;
  const running = state.status === 'running' && state.phaseStartedAt !== null;
  const pausedAt = running ? (state.timer?.pausedAt ?? null) : null;
  const endsAt = running ? (state.phaseStartedAt ?? now) + totalMs : null;
  // While paused the countdown stands still at what was left when it was paused.
  const remainingMs = endsAt === null ? 0 : Math.max(0, endsAt - (pausedAt ?? now));
  const frag =
    fragment && running ? { ...fragment, remainingMs: Math.max(0, fragment.endsAt - now) } : null;
  return {
    source,
    running: running && pausedAt === null && remainingMs > 0,
    paused: pausedAt !== null,
    totalMs,
    endsAt,
    remainingMs,
    fragment: frag,
  };
}

export interface BoardTimer {
  /** Starts the board timer when the board can use it; resolves to where the countdown runs. */
  start(ms: number): Promise<TimerSource>;
  stop(): Promise<void>;
  /**
   * Pauses, resumes or prolongs the board timer when the board has one; the app timer needs no call.
   * `restart` (+1 min after the time was up): a board timer that finished starts again with `ms`.
   */
  adjust(action: 'pause' | 'resume' | 'prolong', ms: number, restart?: boolean): Promise<void>;
  /** Where the countdown runs as far as this client knows (no call). */
  readonly source: TimerSource;
  dispose(): void;
}

/** Returns a board timer runner; it asks canUse('timer') once and follows the timer's events. */
export function createBoardTimer(board: BoardLike): BoardTimer {
  let available: Promise<boolean> | null = null;
  let running = false;
  let source: TimerSource = 'app';
  const onStart = () => void (running = true);
  const onFinish = () => void (running = false);
  const canUse = () => {
    available ??= board.canUse('timer').then(
      (yes) => {
        if (yes) {
          board.timer.on('start', onStart);
          board.timer.on('finish', onFinish);
        }
        return yes;
      },
      () => {
        available = null; // ask again next time
        return false;
      },
    );
    return available;
  };
  return {
    async start(ms) {
      if (!(await canUse())) return (source = 'app');
      if (running) await board.timer.stop().catch(() => undefined);
      try {
        await board.timer.start(ms);
      } catch (error) {
        if (isTransient(error)) throw error;
        // Probably still running (another client started it): stop and start once more.
        try {
          await board.timer.stop().catch(() => undefined);
          await board.timer.start(ms);
        } catch (again) {
          if (isTransient(again)) throw again;
          return (source = 'app'); // the board policy may keep the app from starting it
        }
      }
      running = true;
      return (source = 'board');
    },
    async stop() {
      if (source !== 'board' || !running) return;
      try {
        await board.timer.stop();
      } catch (error) {
        if (isTransient(error)) throw error;
      }
      running = false;
    },
    async adjust(action, ms, restart) {
      // Any facilitator's panel may adjust the board's timer, also one that did not start it.
      if (!(await canUse())) return;
      const { timer } = board;
      try {
        if (action === 'pause') await timer.pause();
        else if (action === 'resume') await timer.resume();
        else if (restart && !(await timer.isStarted())) {
          // The board timer finished at 00:00: the extra minute is a new countdown on the board.
          await timer.start(ms);
          running = true;
        } else await timer.prolong(ms);
        source = 'board';
      } catch (error) {
        if (isTransient(error)) throw error;
        // Not running on the board (stopped by hand): the app timer counts on.
      }
    },
    get source() {
      return source;
    },
    dispose() {
      if (!available) return;
      void available.then((yes) => {
        if (!yes) return;
        board.timer.off('start', onStart);
        board.timer.off('finish', onFinish);
      });
    },
  };
}
