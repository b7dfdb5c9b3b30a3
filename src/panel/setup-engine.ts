// The setup steps that run the session engine (zod-checked state): the inbrenger draw and the
// role check. Loaded lazily by the panel's actions.
import type { Method, RoleId } from '../catalog/schema';
import { validateRoles } from '../session/roles';
import type { SessionState } from '../session/state';
import type { UserError } from '../shared/errors';
import { transition } from '../session/transition';
import { setInbrenger } from './setup';

export type Drawn =
  | { ok: true; roles: Record<string, RoleId[]>; chosen: string; skipped: string[] }
  | { ok: false; error: UserError };

/** Returns the roles with an inbrenger drawn at random, passing over last time's; pure given `random`. */
export function drawInbrenger(method: Method, draft: SessionState, random: () => number): Drawn {
  const cleared = { ...draft, roles: setInbrenger(method, draft, null) };
  const r = transition(method, cleared, { type: 'pickInbrenger' }, { now: 0, random });
  if ('error' in r) return { ok: false, error: r.error };
  const picked = r.effects.find((e) => e.type === 'inbrenger-picked');
  if (!picked || picked.type !== 'inbrenger-picked') throw new Error('pickInbrenger without pick');
  return { ok: true, roles: r.state.roles, chosen: picked.participantId, skipped: picked.skipped };
}

/** Returns the first unmet role or size rule, or null; pure. */
export function setupProblem(method: Method, draft: SessionState): UserError | null {
  return validateRoles(method, draft);
}
