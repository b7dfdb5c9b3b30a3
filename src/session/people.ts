// Who holds which role, with VIA's rounds taken into account (R14).
import type { Method, RoleId } from '../catalog/schema';
import type { SessionState } from './state';

/** Returns the role the method rotates or picks: the rounds' role, else 'inbrenger' when present. */
export function inbrengerRole(method: Method): RoleId | null {
  if (method.rounds) return method.rounds.per;
  return method.roles.some((r) => r.id === 'inbrenger') ? 'inbrenger' : null;
}

/** Returns the ids of participants holding the inbrenger role, in participant order. */
export function inbrengerIds(method: Method, state: SessionState): string[] {
  const role = inbrengerRole(method);
  if (!role) return [];
  return state.participants.filter((p) => state.roles[p.id]?.includes(role)).map((p) => p.id);
}

/** Returns the inbrenger of the current round (VIA) or the first inbrenger; null when none. */
export function currentInbrenger(method: Method, state: SessionState): string | null {
  const ids = inbrengerIds(method, state);
  return (method.rounds ? ids[state.round] : ids[0]) ?? null;
}

/**
 * Returns the roles a participant acts in now: in a VIA round only that round's inbrenger acts as
 * inbrenger; the other inbrengers act as groepslid when the method has that role.
 */
export function effectiveRoles(
  method: Method,
  state: SessionState,
  participantId: string,
): RoleId[] {
  const roles = state.roles[participantId] ?? [];
  const per = method.rounds?.per;
  if (!per || !roles.includes(per)) return roles;
  if (currentInbrenger(method, state) === participantId) return roles;
  const rest = roles.filter((r) => r !== per);
  const member = method.roles.some((r) => r.id === 'groepslid') ? 'groepslid' : null;
  return member && !rest.includes(member) ? [...rest, member] : rest;
}

/** Returns the ids of participants acting in any of the roles now, in participant order. */
export function holders(method: Method, state: SessionState, roles: readonly RoleId[]): string[] {
  return state.participants
    .filter((p) => effectiveRoles(method, state, p.id).some((r) => roles.includes(r)))
    .map((p) => p.id);
}

/** Returns the participants' names for the ids, skipping unknown ids. */
export function namesOf(state: SessionState, ids: readonly string[]): string[] {
  return ids.flatMap((id) => state.participants.find((p) => p.id === id)?.name ?? []);
}
