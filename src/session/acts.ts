// Events that record something in the current phase: the inbrenger's consent (R22) and reveals.
import type { Method } from '../catalog/schema';
import type { Effect, Transitioned } from './effects';
import { currentInbrenger, holders } from './people';
import { fail } from './state';
import type { SessionEvent, SessionState } from './state';
import type { UserError } from '../shared/errors';
import type { Lang } from '../shared/text';

export interface Ctx {
  now: number;
  random: () => number;
}
export type TransitionResult = Transitioned | { error: UserError };

/** Returns a phase's label like 'fase 3 (Analyse)'. */
export const label = (m: Method, i: number, lang: Lang) =>
  `${lang === 'nl' ? 'fase' : 'phase'} ${i + 1} (${m.phases[i]?.title[lang] ?? '?'})`;

/** Returns true when the phase starts only with someone's consent and none was given this round. */
export function needsConsent(
  method: Method,
  state: SessionState,
  phaseIndex: number,
  round: number,
) {
  const asks = method.phases[phaseIndex]?.actions.some((a) => a.kind === 'consent') ?? false;
  return asks && !state.consent.some((c) => c.phaseIndex === phaseIndex && c.round === round);
}

/** Returns the state with the inbrenger's yes recorded for the phase that asks it, or an error. */
export function consent(
  method: Method,
  state: SessionState,
  event: SessionEvent & { type: 'consent' },
  ctx: Ctx,
) {
  let target = event.phaseIndex;
  if (target === undefined) {
    const found = method.phases.findIndex(
      (p, i) => i > state.phaseIndex && p.actions.some((a) => a.kind === 'consent'),
    );
    target = found >= 0 ? found : undefined;
  }
  const action =
    target === undefined
      ? undefined
      : method.phases[target]?.actions.find((a) => a.kind === 'consent');
  if (target === undefined || !action || action.kind !== 'consent')
    return fail(
      'no-consent-here',
      'Geen fase vraagt nu om instemming.',
      'No phase asks for consent now.',
    );
  const allowed = holders(method, state, [action.by]);
  // Without `by` the facilitator clicked; the facilitator (or a chair) may agree on the inbrenger's behalf.
  const by = event.by ?? state.facilitatorId;
  const own = allowed.includes(by);
  const chair = by === state.facilitatorId || !!state.roles[by]?.includes('gespreksleider');
  if (!own && !chair)
    return fail(
      'consent-not-yours',
      'Alleen de inbrenger kan instemmen, of de gespreksleider namens de inbrenger.',
      'Only the case presenter can agree, or the facilitator on their behalf.',
    );
  const record = {
    phaseIndex: target,
    round: state.round,
    by,
    for: own ? by : (allowed[0] ?? currentInbrenger(method, state)),
    at: ctx.now,
  };
  const kept = state.consent.filter((c) => c.phaseIndex !== target || c.round !== state.round);
  const effects: Effect[] = [{ type: 'persist' }];
  return { state: { ...state, consent: [...kept, record] }, effects };
}

/** Returns the state with a reveal recorded and a reveal effect, or an error; mutates nothing. */
export function reveal(
  method: Method,
  state: SessionState,
  event: SessionEvent & { type: 'reveal' },
  ctx: Ctx,
) {
  const action = method.phases[state.phaseIndex]?.actions.find(
    (a) => a.kind === 'reveal' && a.region === event.region && (a.stage ?? 0) <= state.stage,
  );
  if (!action || action.kind !== 'reveal')
    return fail(
      'no-reveal-here',
      'In deze fase valt hier niets te onthullen.',
      'Nothing to reveal here in this phase.',
    );
  const at = { phaseIndex: state.phaseIndex, round: state.round };
  if (
    state.revealed.some(
      (r) => r.region === event.region && r.phaseIndex === at.phaseIndex && r.round === at.round,
    )
  )
    return fail('already-revealed', 'Dit is al onthuld.', 'This has already been revealed.');
  const names = action.names === 'ask' ? event.names : action.names;
  if (!names)
    return fail(
      'needs-names',
      'Kies: onthullen met of zonder namen.',
      'Choose: reveal with or without names.',
    );
  if (event.names && event.names !== names)
    return fail(
      'names-fixed',
      `Deze methode onthult ${names === 'with' ? 'met' : 'zonder'} namen.`,
      `This method reveals ${names} names.`,
    );
  const authorIds = revealAuthorIds(method, state, event.region);
  const effects: Effect[] = [
    {
      type: 'reveal',
      region: event.region,
      ...(action.authors ? { authors: action.authors } : {}),
      authorIds,
      names,
    },
    { type: 'persist' },
  ];
  const record = { region: event.region, ...at, names, at: ctx.now };
  return { state: { ...state, revealed: [...state.revealed, record] }, effects };
}

/**
 * Returns the participants whose private notes go up when `region` is revealed in the current
 * phase: the reveal action's authors (R19: not the inbrenger), else whoever the region is open to,
 * else everyone; pure.
 */
export function revealAuthorIds(method: Method, state: SessionState, region: string): string[] {
  const phase = method.phases[state.phaseIndex];
  const action = phase?.actions.find((a) => a.kind === 'reveal' && a.region === region);
  const authors = action && action.kind === 'reveal' ? action.authors : undefined;
  const open = phase?.regions[region];
  const writers = authors ?? (open?.state === 'open' ? open.roles : null);
  return writers ? holders(method, state, writers) : state.participants.map((p) => p.id);
}

const MINUTE = 60_000;

/**
 * Returns the state with the phase timer paused, resumed or prolonged (stored, so every panel
 * shows the same countdown) and an adjust-timer effect for the board timer, or an error; pure.
 * +1 min after the time was up gives a minute from now, however long ago the time ran out.
 */
export function adjustTimer(
  method: Method,
  state: SessionState,
  event: SessionEvent & { type: 'timer' },
  ctx: Ctx,
): TransitionResult {
  if (state.phaseStartedAt === null)
    return fail('no-timer', 'Er loopt geen timer.', 'No timer is running.');
  const t = state.timer ?? { pausedAt: null, extraMs: 0 };
  const ms = event.action === 'prolong' ? (event.ms ?? MINUTE) : 0;
  const boxMs = Math.round((method.phases[state.phaseIndex]?.minutes ?? 0) * 60_000);
  const endsAt = state.phaseStartedAt + boxMs + t.extraMs;
  const up = event.action === 'prolong' && endsAt <= (t.pausedAt ?? ctx.now);
  let next = t;
  if (event.action === 'pause') {
    if (t.pausedAt !== null)
      return fail('already-paused', 'De timer staat al stil.', 'The timer is already paused.');
    next = { ...t, pausedAt: ctx.now };
  } else if (event.action === 'resume') {
    if (t.pausedAt === null)
      return fail('not-paused', 'De timer loopt al.', 'The timer is already running.');
    next = { pausedAt: null, extraMs: t.extraMs + Math.max(0, ctx.now - t.pausedAt) };
  } else if (up) next = { ...t, extraMs: t.extraMs + (t.pausedAt ?? ctx.now) - endsAt + ms };
  else next = { ...t, extraMs: t.extraMs + ms };
  const effects: Effect[] = [
    { type: 'adjust-timer', action: event.action, ms, ...(up ? { restart: true as const } : {}) },
    { type: 'persist' },
  ];
  return { state: { ...state, timer: next }, effects };
}
