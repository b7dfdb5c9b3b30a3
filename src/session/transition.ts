// The pure machine step: (method, state, event, ctx) → next state and effects, or an error value.
import type { Method } from '../catalog/schema';
import { adjustTimer, consent, label, needsConsent, reveal } from './acts';
import type { Ctx, TransitionResult } from './acts';
import { moveTo } from './effects';
import type { Effect } from './effects';
import { nextPosition, previousPosition, roundCount, roundRange, statesAt } from './position';
import type { Position } from './position';
import { roleEvent, validateRoles } from './roles';
import { fail } from './state';
import type { SessionEvent, SessionState } from './state';
import type { Lang } from '../shared/text';

export type { Ctx, TransitionResult };
function enter(method: Method, state: SessionState, to: Position, ctx: Ctx): TransitionResult {
  if (to.phaseIndex !== state.phaseIndex && needsConsent(method, state, to.phaseIndex, to.round))
    return fail(
      'needs-consent',
      `${label(method, to.phaseIndex, 'nl')} begint pas als de inbrenger ermee instemt.`,
      `${label(method, to.phaseIndex, 'en')} starts only when the case presenter agrees.`,
    );
  return moveTo(method, state, to, ctx.now);
}

function jump(method: Method, state: SessionState, to: Position, confirmed: boolean, ctx: Ctx) {
  const skipped: number[] = [];
  for (let i = state.phaseIndex + 1; i < to.phaseIndex; i++) skipped.push(i);
  if (to.round > state.round)
    for (let i = state.phaseIndex + 1; i <= (roundRange(method)?.to ?? -1); i++) skipped.push(i);
  if (skipped.length && !confirmed) {
    const list = (lang: Lang) => skipped.map((i) => label(method, i, lang)).join(', ');
    return fail(
      'needs-confirmation',
      `Hiermee sla je over: ${list('nl')}. Bevestig om door te gaan.`,
      `This skips ${list('en')}. Confirm to go on.`,
      skipped,
    );
  }
  return enter(method, state, to, ctx);
}

function navigate(
  method: Method,
  state: SessionState,
  event: SessionEvent,
  ctx: Ctx,
): TransitionResult {
  if (state.status !== 'running')
    return fail('not-running', 'De sessie loopt nu niet.', 'The session is not running.');
  const last = method.phases.length - 1;
  switch (event.type) {
    case 'next': {
      const to = nextPosition(method, state);
      if (!to)
        return fail(
          'at-end',
          'Dit is de laatste stap; rond de sessie af.',
          'This is the last step; end the session.',
        );
      return enter(method, state, to, ctx);
    }
    case 'previous': {
      const to = previousPosition(method, state);
      if (!to) return fail('at-start', 'Dit is de eerste stap.', 'This is the first step.');
      return moveTo(method, state, to, ctx.now);
    }
    case 'goto': {
      if (event.phaseIndex > last)
        return fail(
          'no-such-phase',
          `Fase ${event.phaseIndex + 1} bestaat niet; deze methode heeft ${last + 1} fasen.`,
          `Phase ${event.phaseIndex + 1} does not exist; this method has ${last + 1} phases.`,
        );
      const to = { phaseIndex: event.phaseIndex, stage: 0, round: state.round };
      return jump(method, state, to, !!event.confirmed, ctx);
    }
    case 'skip': {
      if (state.phaseIndex + 2 > last)
        return fail(
          'nothing-to-skip',
          'Er is geen fase om over te slaan.',
          'There is no phase to skip.',
        );
      const to = { phaseIndex: state.phaseIndex + 2, stage: 0, round: state.round };
      return jump(method, state, to, !!event.confirmed, ctx);
    }
    case 'newRound': {
      const rr = roundRange(method);
      if (!rr)
        return fail('no-rounds', 'Deze methode kent geen rondes.', 'This method has no rounds.');
      if (state.round + 1 >= roundCount(method, state))
        return fail(
          'no-more-inbrengers',
          'Iedere inbrenger heeft al een ronde gehad.',
          'Every case presenter has had a round.',
        );
      const to = { phaseIndex: rr.from, stage: 0, round: state.round + 1 };
      return jump(method, state, to, !!event.confirmed, ctx);
    }
    case 'fragment': {
      const a = method.phases[state.phaseIndex]?.actions.find((x) => x.kind === 'fragment-timer');
      if (!a || a.kind !== 'fragment-timer')
        return fail(
          'no-fragment-timer',
          'Deze fase heeft geen fragmenttimer.',
          'This phase has no fragment timer.',
        );
      return { state, effects: [{ type: 'fragment-timer', seconds: a.seconds }] };
    }
    default:
      return actOn(method, state, event, ctx);
  }
}

function actOn(
  method: Method,
  state: SessionState,
  event: SessionEvent,
  ctx: Ctx,
): TransitionResult {
  if (event.type === 'consent') return consent(method, state, event, ctx);
  if (event.type === 'reveal') return reveal(method, state, event, ctx);
  if (event.type === 'timer') return adjustTimer(method, state, event, ctx);
  return fail('unknown-event', 'Onbekende actie.', 'Unknown action.');
}

/** Returns the next state and its effects, or an error value; never mutates `state`. */
export function transition(
  method: Method,
  state: SessionState,
  event: SessionEvent,
  ctx: Ctx,
): TransitionResult {
  if (method.id !== state.methodId)
    return fail(
      'wrong-method',
      'Deze sessie hoort bij een andere methode.',
      'This session belongs to another method.',
    );
  if (state.status === 'ended')
    return fail('ended', 'Deze sessie is afgerond.', 'This session has ended.');
  switch (event.type) {
    case 'start': {
      if (state.status !== 'setup')
        return fail(
          'already-started',
          'De sessie is al gestart.',
          'The session has already started.',
        );
      const problem = validateRoles(method, state);
      if (problem) return { error: problem };
      const started = { ...state, status: 'running' as const, startedAt: ctx.now };
      return moveTo(method, started, { phaseIndex: 0, stage: 0, round: 0 }, ctx.now, 'setup');
    }
    case 'end': {
      const states = state.status === 'running' ? statesAt(method, state) : {};
      const changes = Object.entries(states).flatMap(([region, from]) =>
        from.state === 'open' ? [{ region, from, to: { state: 'locked' as const } }] : [],
      );
      const effects: Effect[] = [];
      if (changes.length) effects.push({ type: 'apply-regions', changes });
      effects.push({ type: 'stop-timer' }, { type: 'session-ended' }, { type: 'persist' });
      return { state: { ...state, status: 'ended', endedAt: ctx.now }, effects };
    }
    case 'assign':
    case 'pickInbrenger':
    case 'caseChosen':
    case 'rotate':
    case 'addParticipant':
    case 'removeParticipant':
    case 'setFacilitator':
      return roleEvent(method, state, event, ctx.random);
    default:
      return navigate(method, state, event, ctx);
  }
}
