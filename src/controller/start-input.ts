// startSession's input at the API boundary: one participant shape for template and session, the
// roles each person gets when none are given, and error values that name the actual problem.
import type { Method, RoleId } from '../catalog/schema';
import type { Participant as SessionParticipant } from '../session/state';
import { userError, type UserError } from '../shared/errors';

/** A participant as generateTemplate and startSession both take it. */
export interface ParticipantInput {
  id: string;
  name: string;
  /** A role id of the method (as the layout places the person); carried into the session. */
  role?: string;
  /** False for people in the room without a Miro account (default true). */
  onMiro?: boolean;
}

export type Resolved =
  | { ok: true; participants: SessionParticipant[]; roles: Record<string, RoleId[]> }
  | { ok: false; error: UserError };

const MAX_PEOPLE = 16;
const MAX_TEXT = 80;

function problem(nl: string[], en: string[]): { ok: false; error: UserError } {
  return { ok: false, error: userError('invalid-participants', nl.join(' '), en.join(' ')) };
}

function checkPeople(people: readonly ParticipantInput[]): { nl: string[]; en: string[] } {
  const nl: string[] = [];
  const en: string[] = [];
  if (people.length === 0) {
    nl.push('Er zijn geen deelnemers.');
    en.push('There are no participants.');
  }
  if (people.length > MAX_PEOPLE) {
    nl.push(`Er zijn ${people.length} deelnemers; een sessie heeft er hoogstens ${MAX_PEOPLE}.`);
    en.push(`There are ${people.length} participants; a session has at most ${MAX_PEOPLE}.`);
  }
  const seen = new Set<string>();
  for (const p of people) {
    const id = typeof p.id === 'string' ? p.id : '';
    if (!id || id.length > MAX_TEXT) {
      nl.push(`Deelnemer "${id}" heeft geen geldige id (1 tot ${MAX_TEXT} tekens).`);
      en.push(`Participant "${id}" has no valid id (1 to ${MAX_TEXT} characters).`);
    } else if (seen.has(id)) {
      nl.push(`Deelnemer "${id}" staat er twee keer in.`);
      en.push(`Participant "${id}" is listed twice.`);
    }
    seen.add(id);
    const name = typeof p.name === 'string' ? p.name.trim() : '';
    if (!name) {
      nl.push(`Deelnemer "${id}" heeft geen naam.`);
      en.push(`Participant "${id}" has no name.`);
    } else if (name.length > MAX_TEXT) {
      nl.push(`De naam van "${id}" is langer dan ${MAX_TEXT} tekens.`);
      en.push(`The name of "${id}" is longer than ${MAX_TEXT} characters.`);
    }
  }
  return { nl, en };
}

/**
 * Returns the session's participants and roles: `roles[id]` when given, else the person's own
 * `role`; then defaults (the facilitator chairs when the method has a gespreksleider nobody else
 * holds, everyone without a role is groepslid when the method has it); or an error naming each
 * unknown person or role. Pure.
 */
export function resolveStart(
  method: Method,
  people: readonly ParticipantInput[],
  given: Readonly<Record<string, readonly string[]>> | undefined,
  facilitatorId: string,
): Resolved {
  const { nl, en } = checkPeople(people);
  if (nl.length > 0) return problem(nl, en);
  const known = new Set(method.roles.map((r) => r.id));
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name.trim() ?? id;
  const roles: Record<string, RoleId[]> = {};
  for (const p of people) roles[p.id] = given?.[p.id] ? [...given[p.id]!] : p.role ? [p.role] : [];
  for (const id of Object.keys(given ?? {}))
    if (!people.some((p) => p.id === id)) {
      nl.push(`Rollen voor "${id}", maar "${id}" is geen deelnemer.`);
      en.push(`Roles for "${id}", but "${id}" is not a participant.`);
    }
  for (const p of people)
    for (const r of roles[p.id]!)
      if (!known.has(r)) {
        nl.push(`Onbekende rol "${r}" voor ${nameOf(p.id)}.`);
        en.push(`Unknown role "${r}" for ${nameOf(p.id)}.`);
      }
  if (nl.length > 0) {
    const list = [...known].map((r) => `"${r}"`).join(', ');
    return problem([...nl, `Deze methode kent: ${list}.`], [...en, `This method has: ${list}.`]);
  }
  const chair = 'gespreksleider';
  const fac = roles[facilitatorId];
  if (fac && fac.length === 0 && known.has(chair))
    if (!Object.values(roles).some((rs) => rs.includes(chair))) fac.push(chair);
  if (known.has('groepslid'))
    for (const p of people) if (roles[p.id]!.length === 0) roles[p.id]!.push('groepslid');
  return {
    ok: true,
    participants: people.map((p) => ({ id: p.id, name: p.name, onMiro: p.onMiro ?? true })),
    roles,
  };
}
