// The session as the guard and the board app read it: loosely, without zod (their chunks stay
// small); the panel reads it through the zod schema and repairs it (src/session/store.ts).
import type { SessionState } from '../session/state';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIdx = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Returns the session state from a stored envelope ({version, rev, writer, state}) or a bare
 * state, when the fields the guard reads are well-formed; else null. The panel repairs; the
 * guard only refuses to act on what it cannot read. Pure.
 */
export function readSessionLoose(raw: unknown): SessionState | null {
  const s = isObj(raw) && isObj(raw.state) ? raw.state : raw;
  if (!isObj(s)) return null;
  const ok =
    typeof s.sessionId === 'string' &&
    typeof s.methodId === 'string' &&
    (s.status === 'setup' || s.status === 'running' || s.status === 'ended') &&
    isIdx(s.phaseIndex) &&
    isIdx(s.stage) &&
    isIdx(s.round) &&
    Array.isArray(s.participants) &&
    s.participants.every(
      (p) => isObj(p) && typeof p.id === 'string' && typeof p.name === 'string',
    ) &&
    isObj(s.roles) &&
    Object.values(s.roles).every(
      (r) => Array.isArray(r) && r.every((x) => typeof x === 'string'),
    ) &&
    typeof s.facilitatorId === 'string';
  if (!ok) return null;
  return {
    consent: [],
    revealed: [],
    startedAt: null,
    phaseStartedAt: null,
    endedAt: null,
    lastInbrengerIds: [],
    ...(s as object),
  } as unknown as SessionState;
}
