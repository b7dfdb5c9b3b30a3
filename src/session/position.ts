// Where a session stands (phase, stage, round) and which region states change between two places.
import type { Method, RegionId } from '../catalog/schema';
import { inbrengerIds } from './people';
import { regionStatesAt, stagesOf } from './resolved';
import type { ResolvedState } from './resolved';
import type { SessionState } from './state';

export interface Position {
  phaseIndex: number;
  stage: number;
  round: number;
}

/** Before start every region shows as upcoming. */
export type Place = Position | 'setup';

export interface RegionChange {
  region: RegionId;
  from: ResolvedState;
  to: ResolvedState;
}

/** Returns the session's position; mutates nothing. */
export function positionOf(state: SessionState): Position {
  return { phaseIndex: state.phaseIndex, stage: state.stage, round: state.round };
}

/** Returns true when both positions are the same place. */
export function samePosition(a: Position, b: Position): boolean {
  return a.phaseIndex === b.phaseIndex && a.stage === b.stage && a.round === b.round;
}

/** Returns the first and last phase index of a VIA round, or null for methods without rounds. */
export function roundRange(method: Method): { from: number; to: number } | null {
  if (!method.rounds) return null;
  const from = method.phases.findIndex((p) => p.id === method.rounds?.from);
  const to = method.phases.findIndex((p) => p.id === method.rounds?.to);
  return from >= 0 && to >= from ? { from, to } : null;
}

/** Returns the number of rounds: one per inbrenger, at least one. */
export function roundCount(method: Method, state: SessionState): number {
  return method.rounds ? Math.max(1, inbrengerIds(method, state).length) : 1;
}

function lastStage(method: Method, phaseIndex: number): number {
  const phase = method.phases[phaseIndex];
  return phase ? stagesOf(phase) - 1 : 0;
}

/** Returns where `next` goes (stage, then phase, then VIA's next round), or null at the end. */
export function nextPosition(method: Method, state: SessionState): Position | null {
  const { phaseIndex, stage, round } = state;
  if (stage < lastStage(method, phaseIndex)) return { phaseIndex, stage: stage + 1, round };
  const rr = roundRange(method);
  if (rr && phaseIndex === rr.to && round + 1 < roundCount(method, state))
    return { phaseIndex: rr.from, stage: 0, round: round + 1 };
  if (phaseIndex + 1 < method.phases.length) return { phaseIndex: phaseIndex + 1, stage: 0, round };
  return null;
}

/** Returns where `previous` goes (stage, then phase, then VIA's previous round), or null at the start. */
export function previousPosition(method: Method, state: SessionState): Position | null {
  const { phaseIndex, stage, round } = state;
  if (stage > 0) return { phaseIndex, stage: stage - 1, round };
  const rr = roundRange(method);
  if (rr && phaseIndex === rr.from && round > 0)
    return { phaseIndex: rr.to, stage: lastStage(method, rr.to), round: round - 1 };
  if (phaseIndex > 0)
    return { phaseIndex: phaseIndex - 1, stage: lastStage(method, phaseIndex - 1), round };
  return null;
}

/** Returns every region's resolved state at a place; mutates nothing. */
export function statesAt(method: Method, place: Place): Record<RegionId, ResolvedState> {
  if (place !== 'setup') {
    const i = Math.min(Math.max(0, place.phaseIndex), method.phases.length - 1);
    return regionStatesAt(method, i, place.stage);
  }
  return Object.fromEntries(method.regions.map((r) => [r.id, { state: 'upcoming' } as const]));
}

/** Returns true when two resolved states are the same (role order ignored). */
export function sameState(a: ResolvedState, b: ResolvedState): boolean {
  return canonical(a) === canonical(b);
}

function canonical(s: ResolvedState): string {
  if (s.state !== 'open') return s.state;
  return JSON.stringify(['open', [...s.roles].sort(), !!s.private, !!s.ownSlot]);
}

/** Returns only the regions whose resolved state differs between two places, in method order. */
export function diffRegions(method: Method, from: Place, to: Place): RegionChange[] {
  const a = statesAt(method, from);
  const b = statesAt(method, to);
  const changes: RegionChange[] = [];
  for (const { id } of method.regions) {
    const x = a[id];
    const y = b[id];
    if (x && y && !sameState(x, y)) changes.push({ region: id, from: x, to: y });
  }
  return changes;
}
