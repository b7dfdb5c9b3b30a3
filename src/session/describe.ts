// View data for the panel: the facilitator's overview and each participant's own view.
import type { Method, RegionId, RoleId } from '../catalog/schema';
import { currentInbrenger, effectiveRoles, holders, namesOf } from './people';
import { privateRegions, canRate, canWrite } from './permissions';
import { roundCount, statesAt } from './position';
import { stagesOf } from './resolved';
import type { ResolvedState } from './resolved';
import type { SessionState } from './state';
import { needsConsent } from './acts';
import type { Lang } from '../shared/text';

export interface OpenRegionView {
  region: RegionId;
  title: string;
  roles: string[];
  people: string[];
  private: boolean;
  ownSlot: boolean;
}
export type ActionView =
  | { kind: 'rate' | 'choose-one' | 'mark-answered'; region: RegionId; by: string[] }
  | { kind: 'vote'; region: RegionId; by: string[]; votes: number }
  | { kind: 'form-pairs'; region: RegionId }
  | { kind: 'reveal'; region: RegionId; names: 'ask' | 'with' | 'without'; done: boolean }
  | { kind: 'consent'; by: string[]; given: boolean }
  | { kind: 'fragment-timer'; seconds: number }
  | { kind: 'start-timer'; minutes: number };

export interface FacilitatorView {
  status: SessionState['status'];
  phaseIndex: number;
  phaseCount: number;
  stage: number;
  stageCount: number;
  round: { index: number; count: number; inbrenger: string | null } | null;
  title: string;
  instruction: string;
  card: string | null;
  minutes: number;
  speaks: { roles: string[]; people: string[] };
  open: OpenRegionView[];
  guarded: { region: RegionId; title: string; state: Exclude<ResolvedState['state'], 'open'> }[];
  actions: ActionView[];
  /** The next phase waits for consent that has not been given (R22). */
  consentNeededForNext: boolean;
  /** The consent given this round for the current or the next phase: who gave it, for whom (R22). */
  consent: { phaseIndex: number; by: string; for: string | null } | null;
  revealPending: RegionId[];
  rules: string[];
}

function consentGiven(state: SessionState): FacilitatorView['consent'] {
  const record = state.consent.find(
    (c) =>
      c.round === state.round &&
      (c.phaseIndex === state.phaseIndex || c.phaseIndex === state.phaseIndex + 1),
  );
  if (!record) return null;
  const name = (id: string | null | undefined) => (id ? (namesOf(state, [id])[0] ?? id) : null);
  return {
    phaseIndex: record.phaseIndex,
    by: name(record.by) ?? '?',
    for: name(record.for ?? record.by),
  };
}

const roleNames = (m: Method, ids: readonly RoleId[], lang: Lang) =>
  ids.map((id) => m.roles.find((r) => r.id === id)?.name[lang] ?? id);

/** Returns what the facilitator needs to see for the current phase; mutates nothing. */
export function describePhase(method: Method, state: SessionState, lang: Lang): FacilitatorView {
  const phase = method.phases[state.phaseIndex] ?? method.phases[0]!;
  const states = statesAt(method, state.status === 'setup' ? 'setup' : state);
  const title = (id: RegionId) => method.regions.find((r) => r.id === id)?.title[lang] ?? id;
  const people = (roles: readonly RoleId[]) => namesOf(state, holders(method, state, roles));
  const open: OpenRegionView[] = [];
  const guarded: FacilitatorView['guarded'] = [];
  for (const { id } of method.regions) {
    const s = states[id];
    if (!s) continue;
    if (s.state === 'open')
      open.push({
        region: id,
        title: title(id),
        roles: roleNames(method, s.roles, lang),
        people: people(s.roles),
        private: !!s.private,
        ownSlot: !!s.ownSlot,
      });
    else guarded.push({ region: id, title: title(id), state: s.state });
  }
  const done = (region: RegionId) =>
    state.revealed.some(
      (r) => r.region === region && r.phaseIndex === state.phaseIndex && r.round === state.round,
    );
  const offered = phase.actions.filter((a) => !('stage' in a) || (a.stage ?? 0) <= state.stage);
  const actions: ActionView[] = offered.map((a): ActionView => {
    switch (a.kind) {
      case 'rate':
      case 'choose-one':
      case 'mark-answered':
        return { kind: a.kind, region: a.region, by: people([a.by]) };
      case 'vote':
        return { kind: 'vote', region: a.region, by: people(a.by), votes: a.votes };
      case 'form-pairs':
        return { kind: 'form-pairs', region: a.region };
      case 'reveal':
        return { kind: 'reveal', region: a.region, names: a.names, done: done(a.region) };
      case 'consent':
        return {
          kind: 'consent',
          by: people([a.by]),
          given: !needsConsent(method, state, state.phaseIndex, state.round),
        };
      case 'fragment-timer':
        return { kind: 'fragment-timer', seconds: a.seconds };
      case 'start-timer':
        return { kind: 'start-timer', minutes: phase.minutes };
    }
  });
  const nextIndex = state.phaseIndex + 1;
  const inbrenger = currentInbrenger(method, state);
  return {
    status: state.status,
    phaseIndex: state.phaseIndex,
    phaseCount: method.phases.length,
    stage: state.stage,
    stageCount: stagesOf(phase),
    round: method.rounds
      ? {
          index: state.round,
          count: roundCount(method, state),
          inbrenger: inbrenger ? (namesOf(state, [inbrenger])[0] ?? null) : null,
        }
      : null,
    title: phase.title[lang],
    instruction: phase.instruction[lang],
    card: phase.card?.[lang] ?? null,
    minutes: phase.minutes,
    speaks: { roles: roleNames(method, phase.speaks, lang), people: people(phase.speaks) },
    open,
    guarded,
    actions,
    consentNeededForNext:
      nextIndex < method.phases.length && needsConsent(method, state, nextIndex, state.round),
    consent: consentGiven(state),
    revealPending: actions.flatMap((a) => (a.kind === 'reveal' && !a.done ? [a.region] : [])),
    rules: phase.rules,
  };
}

export interface ParticipantView {
  status: SessionState['status'];
  title: string;
  instruction: string;
  myRoles: string[];
  speaking: boolean;
  mayWrite: { region: RegionId; title: string; ownSlotOnly: boolean; private: boolean }[];
  mayRate: RegionId[];
  /** True when I write in my own private box now (until the reveal). */
  privateBox: boolean;
  /** The next phase waits for my consent (R22): its index and step number; null otherwise. */
  consentAsk: { phaseIndex: number; step: number } | null;
}

/** Returns what one participant sees: what happens now, what they may do, their roles; mutates nothing. */
export function participantView(
  method: Method,
  state: SessionState,
  participantId: string,
  lang: Lang,
): ParticipantView {
  const phase = method.phases[state.phaseIndex] ?? method.phases[0]!;
  const roles = effectiveRoles(method, state, participantId);
  const states = state.status === 'running' ? statesAt(method, state) : {};
  const priv = privateRegions(method, state, participantId);
  const mayWrite = method.regions.flatMap((r) => {
    const s = states[r.id];
    if (!s || s.state !== 'open') return [];
    if (!canWrite(method, state, participantId, r.id, s.ownSlot ? participantId : undefined))
      return [];
    return [{ region: r.id, title: r.title[lang], ownSlotOnly: !!s.ownSlot, private: !!s.private }];
  });
  return {
    status: state.status,
    title: phase.title[lang],
    instruction: phase.instruction[lang],
    myRoles: roleNames(method, roles, lang),
    speaking: phase.speaks.some((r) => roles.includes(r)),
    mayWrite,
    mayRate: method.regions
      .map((r) => r.id)
      .filter((id) => canRate(method, state, participantId, id)),
    privateBox: priv.length > 0,
    consentAsk: consentAskFor(method, state, participantId),
  };
}

function consentAskFor(method: Method, state: SessionState, id: string) {
  const next = state.phaseIndex + 1;
  const action = method.phases[next]?.actions.find((a) => a.kind === 'consent');
  if (state.status !== 'running' || !action || action.kind !== 'consent') return null;
  if (!needsConsent(method, state, next, state.round)) return null;
  if (!holders(method, state, [action.by]).includes(id)) return null;
  return { phaseIndex: next, step: next + 1 };
}
