// Setup rules the panel applies on the spot: names, how many people a method needs, default roles,
// the inbrenger draw (through the session engine, so last time's inbrenger is passed over), viskom and pairs.
import type { Method, RoleId } from '../catalog/schema';
import type { Participant, SessionState } from '../session/state';

export interface PersonRow {
  id: string;
  name: string;
  onMiro: boolean;
  ticked: boolean;
}

export type NameCheck =
  { ok: true; name: string } | { ok: false; reason: 'empty' | 'duplicate'; name: string };

const norm = (s: string) => s.trim().replace(/\s+/g, ' ');

/** Returns the trimmed name, or why it is refused: empty, or already present (case-insensitive); pure. */
export function checkName(rows: readonly PersonRow[], raw: string): NameCheck {
  const name = norm(raw);
  if (!name) return { ok: false, reason: 'empty', name };
  const taken = rows.some((r) => norm(r.name).toLowerCase() === name.toLowerCase());
  return taken ? { ok: false, reason: 'duplicate', name } : { ok: true, name };
}

/** Returns an id for a person in the room, unique among the rows; pure. */
export function roomId(rows: readonly PersonRow[], name: string): string {
  const base =
    'room-' +
    (
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'x'
    ).slice(0, 20);
  let id = base;
  for (let i = 2; rows.some((r) => r.id === id); i++) id = `${base}-${i}`;
  return id;
}

/** Returns how many people the method needs at least: its group minimum or its roles' minimums; pure. */
export function peopleNeeded(method: Method): number {
  const roles = method.roles.reduce((sum, r) => sum + r.min, 0);
  return Math.max(method.group.min, roles);
}

/** Returns the ticked rows as session participants; pure. */
export function participantsOf(rows: readonly PersonRow[]): Participant[] {
  return rows.filter((r) => r.ticked).map(({ id, name, onMiro }) => ({ id, name, onMiro }));
}

const has = (m: Method, role: string) => m.roles.some((r) => r.id === role);

/** Returns default roles: the facilitator chairs, everyone is a member (viskom: by group); pure. */
export function defaultRoles(
  method: Method,
  people: readonly Participant[],
  facilitatorId: string,
  viskom?: { binnen: string[]; buiten: string[] },
): Record<string, RoleId[]> {
  const roles: Record<string, RoleId[]> = {};
  for (const p of people) {
    const mine: RoleId[] = [];
    if (p.id === facilitatorId && has(method, 'gespreksleider')) mine.push('gespreksleider');
    if (viskom && has(method, 'binnengroep'))
      mine.push(viskom.binnen.includes(p.id) ? 'binnengroep' : 'buitengroep');
    else if (has(method, 'groepslid')) mine.push('groepslid');
    roles[p.id] = mine;
  }
  return roles;
}

/** Returns a setup-state session for the role engine (as createSession makes it); pure. */
export function draftSession(
  method: Method,
  people: readonly Participant[],
  roles: Record<string, RoleId[]>,
  facilitatorId: string,
  lastInbrengerIds: readonly string[],
): SessionState {
  return {
    sessionId: 'draft',
    methodId: method.id,
    status: 'setup',
    phaseIndex: 0,
    stage: 0,
    round: 0,
    participants: people.map((p) => ({ ...p })),
    roles: Object.fromEntries(people.map((p) => [p.id, roles[p.id] ?? []])),
    facilitatorId,
    consent: [],
    revealed: [],
    startedAt: null,
    phaseStartedAt: null,
    endedAt: null,
    lastInbrengerIds: [...lastInbrengerIds],
  };
}

/** Returns the roles with `id` as the only inbrenger (null: none); the former one becomes a member; pure. */
export function setInbrenger(
  method: Method,
  draft: SessionState,
  id: string | null,
): Record<string, RoleId[]> {
  const member = has(method, 'groepslid') ? 'groepslid' : null;
  const roles: Record<string, RoleId[]> = {};
  for (const p of draft.participants) {
    let mine = (draft.roles[p.id] ?? []).filter((r) => r !== 'inbrenger');
    if (p.id === id) mine = [...mine.filter((r) => r !== member), 'inbrenger'];
    else if (member && !mine.includes(member) && draft.roles[p.id]?.includes('inbrenger'))
      mine = [...mine, member];
    roles[p.id] = mine;
  }
  return roles;
}

/** Returns the participants who may bring a case: not the facilitator, not the chair; pure. */
export function inbrengerChoices(draft: SessionState): string[] {
  return draft.participants
    .filter((p) => p.id !== draft.facilitatorId && !draft.roles[p.id]?.includes('gespreksleider'))
    .map((p) => p.id);
}

/** Returns a shuffled copy; pure given `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Returns a random viskom split, the larger half outside; pure given `random`. */
export function splitViskom(ids: readonly string[], random: () => number) {
  const order = shuffled(ids, random);
  const inner = Math.floor(order.length / 2);
  return { binnen: order.slice(0, inner), buiten: order.slice(inner) };
}

/** Returns random pairs; an odd one out joins the last pair in the layout; pure given `random`. */
export function drawPairs(ids: readonly string[], random: () => number): [string, string][] {
  const order = shuffled(ids, random);
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < order.length; i += 2) pairs.push([order[i]!, order[i + 1]!]);
  return pairs;
}

/** Returns the lone person left out of the pairs, if any; pure. */
export function oddOne(ids: readonly string[], pairs: readonly [string, string][]): string | null {
  return ids.find((id) => !pairs.some((p) => p.includes(id))) ?? null;
}
