// Role events: assign, pick or rotate the inbrenger, the group's choice of a case (the chosen
// case's writer becomes the inbrenger), manage participants; and the start check.
import type { Method, RoleId } from '../catalog/schema';
import type { Effect, Transitioned } from './effects';
import { inbrengerRole } from './people';
import { fail } from './state';
import type { SessionEvent, SessionState } from './state';
import type { UserError } from '../shared/errors';
import type { Lang } from '../shared/text';

type RoleEvent = Extract<
  SessionEvent,
  {
    type:
      | 'assign'
      | 'pickInbrenger'
      | 'caseChosen'
      | 'rotate'
      | 'addParticipant'
      | 'removeParticipant'
      | 'setFacilitator';
  }
>;

const people = (n: number, lang: Lang) =>
  lang === 'nl' ? (n === 1 ? 'persoon' : 'personen') : n === 1 ? 'person' : 'people';

/** Returns the first unmet group-size or role limit of the method as an error, or null when all hold. */
export function validateRoles(method: Method, state: SessionState): UserError | null {
  const n = state.participants.length;
  if (n < method.group.min)
    return fail(
      'too-few-participants',
      `Deze methode vraagt minstens ${method.group.min} deelnemers; er ${n === 1 ? 'is er' : 'zijn er'} ${n}.`,
      `This method needs at least ${method.group.min} participants; there ${n === 1 ? 'is' : 'are'} ${n}.`,
    ).error;
  if (n > method.group.max)
    return fail(
      'too-many-participants',
      `Deze methode werkt met hoogstens ${method.group.max} deelnemers; er zijn er ${n}.`,
      `This method works with at most ${method.group.max} participants; there are ${n}.`,
    ).error;
  for (const role of method.roles) {
    const count = state.participants.filter((p) => state.roles[p.id]?.includes(role.id)).length;
    if (count < role.min)
      return fail(
        'role-minimum',
        `De rol ${role.name.nl} vraagt minstens ${role.min} ${people(role.min, 'nl')}; nu ${count}.`,
        `The role ${role.name.en} needs at least ${role.min} ${people(role.min, 'en')}; now ${count}.`,
      ).error;
    if (role.max !== null && count > role.max)
      return fail(
        'role-maximum',
        `De rol ${role.name.nl} is voor hoogstens ${role.max} ${people(role.max, 'nl')}; nu ${count}.`,
        `The role ${role.name.en} is for at most ${role.max} ${people(role.max, 'en')}; now ${count}.`,
      ).error;
  }
  return null;
}

/** Returns the participants who may bring a case: everyone but the facilitator and the gespreksleider. */
export function eligibleInbrengers(state: SessionState): string[] {
  return state.participants
    .filter((p) => p.id !== state.facilitatorId && !state.roles[p.id]?.includes('gespreksleider'))
    .map((p) => p.id);
}

/** Returns roles with `role` given to `id`: a single-seat role leaves its previous holder, who becomes groepslid. */
function giveRole(method: Method, state: SessionState, id: string, role: RoleId) {
  const single = method.roles.find((r) => r.id === role)?.max === 1;
  const member = method.roles.some((r) => r.id === 'groepslid') ? 'groepslid' : null;
  const roles: Record<string, RoleId[]> = {};
  for (const p of state.participants) {
    let mine = state.roles[p.id] ?? [];
    if (p.id === id) mine = [...mine.filter((r) => r !== role && r !== member), role];
    else if (single && mine.includes(role)) {
      mine = mine.filter((r) => r !== role);
      if (member && !mine.includes(member)) mine = [...mine, member];
    }
    roles[p.id] = mine;
  }
  return roles;
}

function picked(method: Method, state: SessionState, id: string, skipped: string[]): Transitioned {
  const role = inbrengerRole(method) as RoleId;
  const roles = giveRole(method, state, id, role);
  const changed = state.participants
    .map((p) => p.id)
    .filter((p) => roles[p]?.join() !== state.roles[p]?.join());
  const effects: Effect[] = [
    { type: 'inbrenger-picked', participantId: id, skipped },
    { type: 'roles-changed', participantIds: changed },
    { type: 'persist' },
  ];
  return { state: { ...state, roles }, effects };
}

function pick(method: Method, state: SessionState, random: () => number) {
  const role = inbrengerRole(method);
  if (!role)
    return fail(
      'no-inbrenger-role',
      'Deze methode kent geen inbrenger.',
      'This method has no case presenter.',
    );
  const eligible = eligibleInbrengers(state).filter((id) => !state.roles[id]?.includes(role));
  if (!eligible.length)
    return fail(
      'no-one-eligible',
      'Er is niemand die nog kan inbrengen.',
      'Nobody is left to bring a case.',
    );
  const fresh = eligible.filter((id) => !state.lastInbrengerIds.includes(id));
  const pool = fresh.length ? fresh : eligible;
  const skipped = fresh.length ? eligible.filter((id) => state.lastInbrengerIds.includes(id)) : [];
  const chosen = pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))] as string;
  return picked(method, state, chosen, skipped);
}

function rotate(method: Method, state: SessionState) {
  const role = inbrengerRole(method);
  if (!role)
    return fail(
      'no-inbrenger-role',
      'Deze methode kent geen inbrenger.',
      'This method has no case presenter.',
    );
  const order = state.participants.map((p) => p.id);
  const eligible = new Set(eligibleInbrengers(state));
  const last =
    [...state.lastInbrengerIds].reverse().find((id) => order.includes(id)) ??
    order.find((id) => state.roles[id]?.includes(role));
  const start = last === undefined ? -1 : order.indexOf(last);
  for (let k = 1; k <= order.length; k++) {
    const id = order[(start + k) % order.length] as string;
    if (eligible.has(id) && id !== last) return picked(method, state, id, []);
  }
  return fail(
    'no-one-eligible',
    'Er is niemand anders die kan inbrengen.',
    'Nobody else can bring a case.',
  );
}

/**
 * Returns the state with `id` as the inbrenger because the group chose their case (the previous
 * inbrenger becomes groepslid), or an error value when they cannot bring a case; no effects when
 * they are the inbrenger already; pure.
 */
function caseChosen(method: Method, state: SessionState, id: string) {
  const role = inbrengerRole(method);
  if (!role)
    return fail(
      'no-inbrenger-role',
      'Deze methode kent geen inbrenger.',
      'This method has no case presenter.',
    );
  if (!eligibleInbrengers(state).includes(id))
    return fail(
      'not-eligible',
      'De gespreksleider brengt geen casus in; kies de casus van een deelnemer.',
      'The facilitator brings no case; choose a participant’s case.',
    );
  const holders = state.participants.filter((p) => state.roles[p.id]?.includes(role));
  if (holders.length === 1 && holders[0]!.id === id) return { state, effects: [] };
  return picked(method, state, id, []);
}

const persist = (state: SessionState, ids: string[]): Transitioned => ({
  state,
  effects: [{ type: 'roles-changed', participantIds: ids }, { type: 'persist' }],
});

/** Returns the state after a role or participant event, or an error value; mutates nothing. */
export function roleEvent(
  method: Method,
  state: SessionState,
  event: RoleEvent,
  random: () => number,
) {
  const exists = (id: string) => state.participants.some((p) => p.id === id);
  const unknown = (id: string) =>
    fail(
      'unknown-participant',
      `Deelnemer ${id} bestaat niet.`,
      `Participant ${id} does not exist.`,
    );
  switch (event.type) {
    case 'pickInbrenger':
      return pick(method, state, random);
    case 'caseChosen':
      if (!exists(event.participantId)) return unknown(event.participantId);
      return caseChosen(method, state, event.participantId);
    case 'rotate':
      return rotate(method, state);
    case 'assign': {
      if (!exists(event.participantId)) return unknown(event.participantId);
      const bad = event.roles.find((r) => !method.roles.some((x) => x.id === r));
      if (bad)
        return fail(
          'unknown-role',
          `Deze methode kent de rol ${bad} niet.`,
          `This method has no role ${bad}.`,
        );
      const roles = { ...state.roles, [event.participantId]: [...new Set(event.roles)] };
      return persist({ ...state, roles }, [event.participantId]);
    }
    case 'addParticipant': {
      if (exists(event.participant.id))
        return fail(
          'duplicate-participant',
          'Deze deelnemer doet al mee.',
          'This participant already takes part.',
        );
      if (state.participants.length >= 16)
        return fail(
          'too-many-participants',
          'Hoogstens 16 deelnemers.',
          'At most 16 participants.',
        );
      const roles = { ...state.roles, [event.participant.id]: [] };
      return persist(
        { ...state, participants: [...state.participants, event.participant], roles },
        [event.participant.id],
      );
    }
    case 'removeParticipant': {
      if (!exists(event.participantId)) return unknown(event.participantId);
      if (event.participantId === state.facilitatorId || state.participants.length === 1)
        return fail(
          'cannot-remove',
          'De begeleider blijft in de sessie.',
          'The facilitator stays in the session.',
        );
      const { [event.participantId]: _gone, ...roles } = state.roles;
      const participants = state.participants.filter((p) => p.id !== event.participantId);
      return persist({ ...state, participants, roles }, [event.participantId]);
    }
    case 'setFacilitator':
      if (!exists(event.participantId)) return unknown(event.participantId);
      return persist({ ...state, facilitatorId: event.participantId }, []);
  }
}
