// The session handle: state, views, commands and hooks over one stored session. Every command goes
// through applyWithRetry (one winner when two facilitators press at once), then the acting client
// renders the effects. Other panels follow through storage onValue. SDK errors become values.
import type { Method, RegionId, RoleId } from '../catalog/schema';
import { createIdCache } from '../board/render-ids';
import type { Lang } from '../shared/text';
import type { MiroLike } from '../miro/types';
import { describePhase, participantView } from '../session/describe';
import type { FacilitatorView, ParticipantView } from '../session/describe';
import type { Effect } from '../session/effects';
import { positionOf } from '../session/position';
import type { MethodLookup } from '../session/repair';
import type { SessionEvent, SessionState } from '../session/state';
import { applyWithRetry, COLLECTION } from '../session/store';
import { boardUpdateError, storageError } from './errors';
import { userError, type UserError } from '../shared/errors';
import { runEffects } from './effects';
import type { EffectEnv } from './effects';
import { inviteToSession, listenForFocus } from './focus';
import { createHooks, emitEffect, withNotice } from './hooks';
import { loadEnv } from './env';
import type { HandleEventMap, HandleEventName, Notice } from './hooks';
import { sessionCommands } from './commands';
import { nextWithChoice } from './case-choice';
import { fullRender } from './render-all';
import { followStorage } from './follow';
import { followGuardNotices, guardLines } from './guard-notices';
import type { Notice as GuardNotice } from '../guard/store';
import { createBoardTimer, timerView } from './timer';
import type { TimerView } from './timer';

export type Outcome =
  | { ok: true; state: SessionState }
  /** `committed`: the session moved and is stored; only the board lags (retryEffects). */
  | { ok: false; error: UserError; state: SessionState; committed?: boolean };

type Confirm = { confirmed?: boolean };

export interface SessionHandle {
  readonly sessionId: string;
  readonly method: Method;
  /** The handle's seeded randomness (draws, the anonymous reveal's order). */
  readonly random: () => number;
  state(): SessionState;
  view(lang: Lang): FacilitatorView;
  participantView(participantId: string, lang: Lang): ParticipantView;
  timer(): TimerView;
  subscribe(listener: (state: SessionState) => void): () => void;
  on<K extends HandleEventName>(type: K, listener: (p: HandleEventMap[K]) => void): () => void;
  dispatch(event: SessionEvent): Promise<Outcome>;
  start(): Promise<Outcome>;
  next(): Promise<Outcome>;
  previous(): Promise<Outcome>;
  goto(phaseIndex: number, options?: Confirm): Promise<Outcome>;
  skip(options?: Confirm): Promise<Outcome>;
  consent(by?: string): Promise<Outcome>;
  newRound(options?: Confirm): Promise<Outcome>;
  reveal(region: RegionId, names?: 'with' | 'without'): Promise<Outcome>;
  fragment(): Promise<Outcome>;
  /** Pause, resume and +1 min: the board timer when there is one, the shared app timer always. */
  pauseTimer(): Promise<Outcome>;
  resumeTimer(): Promise<Outcome>;
  prolongTimer(ms?: number): Promise<Outcome>;
  end(): Promise<Outcome>;
  assign(participantId: string, roles: RoleId[]): Promise<Outcome>;
  pickInbrenger(): Promise<Outcome>;
  notices(): readonly Notice[];
  /** Adds a notice (the guard: 'parked' and the like) and tells the 'notice' listeners. */
  notify(notice: Omit<Notice, 'at'> & { at?: number }): void;
  /** Effects that did not reach the board yet. */
  pending(): readonly Effect[];
  /** Re-applies the pending effects, or renders the whole current position when none is pending. */
  retryEffects(): Promise<Outcome>;
  close(): void;
}

export interface HandleInit {
  miro: MiroLike;
  method: Method;
  state: SessionState;
  rev: number;
  selfId: string;
  /** The template's language (frame titles, step card). */
  lang: Lang;
  /** The TemplateMap when known; else it is read from storage on the first render. */
  template?: unknown;
  now: () => number;
  random: () => number;
  lookup?: MethodLookup;
  /** Delay before commit reads back (ms), so a near-simultaneous writer shows. */
  settleMs?: number;
}

/** Returns a live handle over a loaded session; it subscribes to storage and focus broadcasts. */
export function createHandle(init: HandleInit): SessionHandle {
  const { miro, method, selfId, now } = init;
  const { board } = miro;
  const sessionId = init.state.sessionId;
  const collection = board.storage.collection(COLLECTION);
  const cache = createIdCache(board);
  const timer = createBoardTimer(board);
  const listeners = new Set<(state: SessionState) => void>();
  let current = init.state;
  let rev = init.rev;
  let notices: Notice[] = [];
  let guardNotices: GuardNotice[] = [];
  let parkedLine = '';
  let pending: Effect[] = [];
  let fragment: { seconds: number; endsAt: number } | null = null;
  let closed = false;
  let env: Promise<EffectEnv> | null = null;
  const highlighted = new Set<number>(current.status === 'running' ? [current.phaseIndex] : []);
  const hooks = createHooks(() => undefined);

  const notify: SessionHandle['notify'] = (n) => {
    const notice = { ...n, at: n.at ?? now() };
    notices = withNotice(notices, notice);
    hooks.emit('notice', notice);
  };
  const adopt = (state: SessionState, r: number) => {
    if (r < rev) return;
    rev = r;
    if (JSON.stringify(state) === JSON.stringify(current)) return;
    current = state;
    for (const l of [...listeners]) l(state);
  };
  const stopFollowing = followStorage(collection, sessionId, init.lookup ?? lookupOwn(method), {
    adopt,
    notify,
  });
  // The guards (one in each user's headless page) store what they did; the panel shows it.
  const guardNow = () => guardLines(method, guardNotices, current.phaseStartedAt ?? 0);
  const stopGuardNotices = followGuardNotices(collection, sessionId, (all, fresh) => {
    guardNotices = all;
    const lines = guardNow();
    for (const n of fresh.filter((f) => f.t !== 'parked'))
      hooks.emit('notice', guardLines(method, [n], 0)[0]!);
    // The parked line is told whenever it reads differently (a merged list may add a name late).
    const parked = lines.find((l) => l.code === 'guard-parked');
    if (parked && parked.message.nl !== parkedLine) hooks.emit('notice', parked);
    parkedLine = parked?.message.nl ?? '';
  });
  const stopFocus = listenForFocus(board, sessionId, cache, (p, zoomed) =>
    hooks.emit('focus', { region: p.region, frameId: p.frameId, route: 'heard', zoomed }),
  );

  const envOf = () => {
    env ??= loadEnv({
      board,
      method,
      sessionId,
      lang: init.lang,
      selfId,
      template: init.template,
      cache,
      timer,
      highlighted,
      emit: (effect, extra) => emitEffect(hooks, effect, current, extra),
      fragment(seconds) {
        fragment = { seconds, endsAt: now() + seconds * 1000 };
        hooks.emit('fragment', fragment);
      },
    });
    env.catch(() => (env = null));
    return env;
  };

  const render = async (effects: Effect[], before: SessionState | null): Promise<Outcome> => {
    let run;
    try {
      run = await runEffects(await envOf(), effects, before, current);
    } catch (error) {
      pending = effects;
      return { ok: false, error: boardUpdateError(error), state: current, committed: true };
    }
    pending = run.failed;
    if (!run.errors.length) return { ok: true, state: current };
    return { ok: false, error: boardUpdateError(run.errors[0]), state: current, committed: true };
  };

  const dispatch = async (event: SessionEvent): Promise<Outcome> => {
    if (closed)
      return {
        ok: false,
        error: userError('closed', 'Dit paneel is gesloten.', 'This panel is closed.'),
        state: current,
      };
    const before = current;
    let applied;
    try {
      applied = await applyWithRetry(collection, sessionId, method, event, {
        writer: selfId,
        random: init.random,
        now: now(),
        ...(init.lookup ? { lookup: init.lookup } : {}),
        seenAt: { status: before.status, ...positionOf(before) },
        ...(init.settleMs
          ? { settle: () => new Promise((r) => setTimeout(r, init.settleMs)) }
          : {}),
      });
    } catch {
      return { ok: false, error: storageError(), state: current };
    }
    if (!applied.ok && applied.dropped) {
      adopt(applied.state, applied.rev);
      const error = { code: 'already-moved', message: applied.message };
      notify({ code: 'already-moved', message: applied.message });
      return { ok: false, error, state: current };
    }
    if (!applied.ok) return { ok: false, error: applied.error, state: current };
    adopt(applied.state, applied.rev);
    if (event.type === 'start') void inviteToSession(board, applied.state, selfId);
    // Entering the first phase every region gets its mark, not only the ones that change; at the
    // end every region loses it.
    const whole = event.type === 'start' || event.type === 'end';
    const effects = whole ? fullRender(method, applied.state, applied.effects) : applied.effects;
    return render(effects, before);
  };

  return {
    sessionId,
    method,
    random: init.random,
    state: () => current,
    view: (lang) => describePhase(method, current, lang),
    participantView: (id, lang) => participantView(method, current, id, lang),
    timer: () => timerView(method, current, now(), timer.source, fragment),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    on: (type, listener) => hooks.on(type, listener),
    dispatch,
    ...sessionCommands(dispatch, () => current, selfId),
    // Leaving a phase whose vote chooses the case, the chosen case's writer becomes inbrenger.
    next: () => nextWithChoice({ board, method, state: () => current, dispatch, notify }),
    notices: () => [...notices, ...guardNow()].sort((a, b) => a.at - b.at).slice(-50),
    notify,
    pending: () => pending,
    retryEffects: () => render(pending.length ? pending : fullRender(method, current, []), null),
    close() {
      closed = true;
      stopFollowing();
      stopGuardNotices();
      stopFocus();
      timer.dispose();
      hooks.clear();
      listeners.clear();
    },
  };
}

const lookupOwn = (method: Method) => (id: string) => (id === method.id ? method : undefined);
