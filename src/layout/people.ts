// Participants as the layout needs them: a short key token, a role, viskom groups and pairs.
import type { LayoutOptions, Participant } from './blueprint';
import { fnv1a } from '../shared/hash';

/** The role of a participant who has none. */
export const DEFAULT_ROLE = 'groepslid';

export interface Person {
  id: string;
  /** Up to 20 characters of [A-Za-z0-9_-]: the id itself when it is one, else a hash of it. */
  token: string;
  name: string;
  role: string;
  /** Further roles from the layout options, e.g. the viskom group. */
  also: string[];
}

const TOKEN = /^[A-Za-z0-9_-]{1,20}$/;

/** Returns the key token of a participant id: the id when short and plain, else `h` + a hash; pure. */
export function participantToken(id: string): string {
  return TOKEN.test(id) && !/^h[0-9a-z]{1,7}$/.test(id) ? id : `h${fnv1a(id, 'utf-8')}`;
}

/** Returns the participants with tokens and roles; throws on duplicate ids or tokens (a caller bug). */
export function resolvePeople(participants: Participant[]): Person[] {
  const seen = new Set<string>();
  return participants.map((p) => {
    const token = participantToken(p.id);
    if (seen.has(token)) throw new Error(`layout: duplicate participant ${p.id}`);
    seen.add(token);
    return { id: p.id, token, name: p.name.trim() || p.id, role: p.role ?? DEFAULT_ROLE, also: [] };
  });
}

/** Returns the person's first role (own role, then `also`) that is in `roles`; pure. */
export function roleIn(p: Person, roles: string[]): string | undefined {
  return [p.role, ...p.also].find((r) => roles.includes(r));
}

/** Returns the people who have a role in `roles`, or everyone when `roles` is absent; pure. */
export function withRoles(people: Person[], roles: string[] | undefined): Person[] {
  return roles ? people.filter((p) => roleIn(p, roles) !== undefined) : people;
}

/** Returns the people with their viskom group added as a further role; pure. */
export function withViskomGroups(people: Person[], opt: LayoutOptions['viskom']): Person[] {
  const { binnen } = viskomGroups(people, opt);
  return people.map((p) => {
    const group = binnen.includes(p) ? 'binnengroep' : 'buitengroep';
    return p.role === group ? p : { ...p, also: [...p.also, group] };
  });
}

/**
 * Returns the viskom groups: from the options when given (unknown ids ignored), else by role
 * (`binnengroep` / `buitengroep`), else the first half inside and the rest on the ring; pure.
 */
export function viskomGroups(
  people: Person[],
  opt: LayoutOptions['viskom'],
): { binnen: Person[]; buiten: Person[] } {
  if (opt) {
    const pick = (ids: string[]) =>
      ids.map((id) => people.find((p) => p.id === id)).filter((p): p is Person => !!p);
    const binnen = pick(opt.binnen);
    const buiten = pick(opt.buiten.filter((id) => !opt.binnen.includes(id)));
    const rest = people.filter((p) => !binnen.includes(p) && !buiten.includes(p));
    return { binnen, buiten: [...buiten, ...rest] };
  }
  const binnen = people.filter((p) => p.role === 'binnengroep');
  const buiten = people.filter((p) => p.role === 'buitengroep');
  if (binnen.length + buiten.length > 0) {
    const rest = people.filter((p) => !binnen.includes(p) && !buiten.includes(p));
    return { binnen, buiten: [...buiten, ...rest] };
  }
  const half = Math.ceil(people.length / 2);
  return { binnen: people.slice(0, half), buiten: people.slice(half) };
}

/**
 * Returns the pairs: those in the options (unknown ids ignored), then the people left over paired
 * in order; an odd one out joins the last pair as a trio; pure.
 */
export function formPairs(people: Person[], given: [string, string][] = []): Person[][] {
  const used = new Set<string>();
  const out: Person[][] = [];
  for (const ids of given) {
    const pair = ids
      .map((id) => people.find((p) => p.id === id))
      .filter((p): p is Person => !!p && !used.has(p.id));
    if (pair.length === 0) continue;
    pair.forEach((p) => used.add(p.id));
    out.push(pair);
  }
  const left = people.filter((p) => !used.has(p.id));
  for (let i = 0; i + 1 < left.length; i += 2) out.push([left[i]!, left[i + 1]!]);
  const odd = left.length % 2 === 1 ? left[left.length - 1] : undefined;
  if (odd) {
    const last = out[out.length - 1];
    if (last && last.length < 3) last.push(odd);
    else out.push([odd]);
  }
  return out;
}
