// The handle's session commands: each one a session event sent through `dispatch`, which stores it
// and runs its effects (handle.ts). No board calls here.
import type { RoleId } from '../catalog/schema';
import type { SessionEvent, SessionState } from '../session/state';
import type { SessionHandle } from './handle';

type Commands = Pick<
  SessionHandle,
  | 'start'
  | 'next'
  | 'previous'
  | 'goto'
  | 'skip'
  | 'consent'
  | 'newRound'
  | 'reveal'
  | 'fragment'
  | 'pauseTimer'
  | 'resumeTimer'
  | 'prolongTimer'
  | 'end'
  | 'assign'
  | 'pickInbrenger'
>;

/** Returns the handle's commands over `dispatch`; mutates nothing itself. */
export function sessionCommands(
  dispatch: SessionHandle['dispatch'],
  current: () => SessionState,
  selfId: string,
): Commands {
  const send = (event: SessionEvent) => dispatch(event);
  return {
    start: () => send({ type: 'start' }),
    next: () => send({ type: 'next' }),
    previous: () => send({ type: 'previous' }),
    goto: (phaseIndex, o = {}) => send({ type: 'goto', phaseIndex, ...o }),
    skip: (o = {}) => send({ type: 'skip', ...o }),
    // Who clicked: the given id, else this panel's user when they take part (R22).
    consent: (by) => {
      const mine = current().participants.some((p) => p.id === selfId);
      const who = by ?? (mine ? selfId : undefined);
      return send({ type: 'consent', ...(who ? { by: who } : {}) });
    },
    newRound: (o = {}) => send({ type: 'newRound', ...o }),
    reveal: (region, names) => send({ type: 'reveal', region, ...(names ? { names } : {}) }),
    fragment: () => send({ type: 'fragment' }),
    pauseTimer: () => send({ type: 'timer', action: 'pause' }),
    resumeTimer: () => send({ type: 'timer', action: 'resume' }),
    prolongTimer: (ms) => send({ type: 'timer', action: 'prolong', ...(ms ? { ms } : {}) }),
    end: () => send({ type: 'end' }),
    assign: (participantId, roles: RoleId[]) => send({ type: 'assign', participantId, roles }),
    pickInbrenger: () => send({ type: 'pickInbrenger' }),
  };
}
