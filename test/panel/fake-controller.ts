// A PanelController over the pure session engine, for view tests without a board.
import type { Method } from '../../src/catalog/schema';
import type { Outcome } from '../../src/controller/handle';
import type { Notice } from '../../src/controller/hooks';
import type { PanelController } from '../../src/panel/controller-port';
import { describePhase, participantView } from '../../src/session/describe';
import { createSession } from '../../src/session/state';
import type { Participant, SessionEvent, SessionState } from '../../src/session/state';
import { transition } from '../../src/session/transition';

export interface FakeController extends PanelController {
  events: SessionEvent[];
  /** Adds a notice; code and time default. */
  push(notice: Pick<Notice, 'message'> & Partial<Notice>): void;
  progress: { done: number; total: number } | null;
}

/** Returns a running session of `method` over the engine, with the roles given by name. */
export function fakeController(
  method: Method,
  people: (Participant & { roles: string[] })[],
  phaseIndex = 0,
): FakeController {
  let now = 1_000_000;
  let state: SessionState = createSession({
    sessionId: 's1',
    methodId: method.id,
    participants: people.map(({ id, name, onMiro }) => ({ id, name, onMiro })),
    facilitatorId: people[0]!.id,
  });
  state = { ...state, roles: Object.fromEntries(people.map((p) => [p.id, p.roles])) };
  const listeners = new Set<() => void>();
  const notices: Notice[] = [];
  const apply = async (event: SessionEvent): Promise<Outcome> => {
    c.events.push(event);
    const r = transition(method, state, event, { now: (now += 1000), random: () => 0.5 });
    if ('error' in r) return { ok: false, error: r.error, state };
    state = r.state;
    listeners.forEach((l) => l());
    return { ok: true, state };
  };
  const c: FakeController = {
    events: [],
    progress: null,
    state: () => state,
    view: (lang) => describePhase(method, state, lang),
    participantView: (id, lang) => participantView(method, state, id, lang),
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    start: () => apply({ type: 'start' }),
    next: () => apply({ type: 'next' }),
    previous: () => apply({ type: 'previous' }),
    goto: (phaseIndex, o) => apply({ type: 'goto', phaseIndex, confirmed: o?.confirmed }),
    consent: (by) => apply(by ? { type: 'consent', by } : { type: 'consent' }),
    reveal: (region, names) =>
      apply(names ? { type: 'reveal', region, names } : { type: 'reveal', region }),
    end: () => apply({ type: 'end' }),
    notices: () => notices,
    timer: () => ({
      source: 'app',
      remainingMs: 252_000 + (state.timer?.extraMs ?? 0),
      running: !state.timer?.pausedAt,
      paused: !!state.timer?.pausedAt,
      totalMs: 300_000 + (state.timer?.extraMs ?? 0),
      endsAt: null,
      fragment: null,
    }),
    pauseTimer: () => apply({ type: 'timer', action: 'pause' }),
    resumeTimer: () => apply({ type: 'timer', action: 'resume' }),
    prolongTimer: (ms) => apply({ type: 'timer', action: 'prolong', ...(ms ? { ms } : {}) }),
    privateProgress: () => c.progress,
    push(n) {
      notices.push({ code: 'test', at: now, ...n });
      listeners.forEach((l) => l());
    },
  };
  const started = transition(method, state, { type: 'start' }, { now, random: () => 0.5 });
  if ('error' in started) throw new Error(started.error.message.en);
  state = started.state;
  if (phaseIndex > 0) state = { ...state, phaseIndex, phaseStartedAt: now };
  return c;
}

/** Returns n people: the facilitator first, then Anna (inbrenger), then members. */
export function team(n: number): (Participant & { roles: string[] })[] {
  const names = ['Fleur', 'Anna', 'Bram', 'Chris', 'Daan', 'Eva', 'Fien', 'Gijs'];
  return names.slice(0, n).map((name, i) => ({
    id: `p${i}`,
    name,
    onMiro: true,
    roles: i === 0 ? ['gespreksleider'] : i === 1 ? ['inbrenger'] : ['groepslid'],
  }));
}
