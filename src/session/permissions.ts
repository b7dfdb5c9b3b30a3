// The core permission the phase guard enforces: who may write or rate where, right now.
import type { Method, RegionId } from '../catalog/schema';
import { effectiveRoles } from './people';
import { statesAt } from './position';
import type { SessionState } from './state';

/**
 * Returns whether the participant may write in the region now: the session runs, the region is
 * writable and open to one of their roles, and in an `ownSlot` region only in their own slot.
 * For a `private` region the answer is the same; the controller routes the write to the private box.
 */
export function canWrite(
  method: Method,
  state: SessionState,
  participantId: string,
  regionId: RegionId,
  slotOwnerId?: string,
): boolean {
  if (state.status !== 'running') return false;
  const region = method.regions.find((r) => r.id === regionId);
  if (!region || region.writable === false) return false;
  const now = statesAt(method, state)[regionId];
  if (!now || now.state !== 'open') return false;
  const roles = effectiveRoles(method, state, participantId);
  if (!now.roles.some((r) => roles.includes(r))) return false;
  return !now.ownSlot || slotOwnerId === participantId;
}

/** Returns whether the participant may place rating stickers in the region in the current phase. */
export function canRate(
  method: Method,
  state: SessionState,
  participantId: string,
  regionId: RegionId,
): boolean {
  if (state.status !== 'running') return false;
  const roles = effectiveRoles(method, state, participantId);
  return (method.phases[state.phaseIndex]?.actions ?? []).some(
    (a) =>
      a.kind === 'rate' &&
      a.region === regionId &&
      roles.includes(a.by) &&
      (a.stage ?? 0) <= state.stage,
  );
}

/** Returns the regions where the participant writes privately now (their own panel box). */
export function privateRegions(
  method: Method,
  state: SessionState,
  participantId: string,
): RegionId[] {
  if (state.status !== 'running') return [];
  const roles = effectiveRoles(method, state, participantId);
  return Object.entries(statesAt(method, state)).flatMap(([id, s]) =>
    s.state === 'open' && s.private && s.roles.some((r) => roles.includes(r)) ? [id] : [],
  );
}

/**
 * Returns whether the region is out of sight at the session's place, as the board shows it: open
 * and private, or hidden, and not revealed in this phase and round (a cover lies over it); pure.
 */
export function coveredAt(method: Method, state: SessionState, regionId: RegionId): boolean {
  // Before the start nothing is covered yet, and the end takes every cover off.
  if (state.status !== 'running') return false;
  const now = statesAt(method, state)[regionId];
  const revealed = state.revealed.some(
    (r) => r.region === regionId && r.phaseIndex === state.phaseIndex && r.round === state.round,
  );
  if (revealed || !now) return false;
  if (now.state === 'hidden') return true;
  return now.state === 'open' && !!now.private;
}
