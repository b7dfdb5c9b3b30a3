// Readable test sessions: people, a staffed session for any method, a seeded random, a step runner.
import { eersteBijeenkomst } from '../../src/catalog/methods/eerste-bijeenkomst';
import { twelveMethods } from '../../src/catalog/builtin';
import type { Method } from '../../src/catalog/schema';
import { createSession } from '../../src/session/state';
import type { Participant, SessionEvent, SessionState } from '../../src/session/state';
import { transition } from '../../src/session/transition';
import type { Effect } from '../../src/session/effects';

export const allMethods: readonly Method[] = [...twelveMethods, eersteBijeenkomst];

/** Returns the catalog method with that id; throws in a test when it is missing. */
export function methodById(id: string): Method {
  const m = allMethods.find((x) => x.id === id);
  if (!m) throw new Error(`no method ${id}`);
  return m;
}

const NAMES = ['Ann', 'Bob', 'Cas', 'Dirk', 'Eva', 'Fien', 'Gert', 'Hans', 'Ilse', 'Jan'];

/** Returns n participants p1…pn named Ann, Bob, …, all on Miro. */
export function people(n: number): Participant[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i + 1}`,
    name: NAMES[i] ?? `P${i + 1}`,
    onMiro: true,
  }));
}

/** Returns a deterministic random function (mulberry32). */
export function seeded(seed = 7): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ctx = (now = 1_000) => ({ now, random: seeded() });

/**
 * Returns a setup session for the method with every role's minimum filled in method order, the rest
 * as groepslid (or the last role without a maximum); `extraInbrengers` gives more people the
 * inbrenger role (VIA rounds). The facilitator is the gespreksleider, else the last person.
 */
export function staffed(
  method: Method,
  opts: { size?: number; extraInbrengers?: number } = {},
): SessionState {
  const mins = method.roles.reduce((n, r) => n + r.min, 0) + (opts.extraInbrengers ?? 0);
  const size = Math.min(method.group.max, Math.max(method.group.min, mins, opts.size ?? 0));
  const ps = people(size);
  const roles: Record<string, string[]> = Object.fromEntries(ps.map((p) => [p.id, []]));
  let next = 0;
  for (const role of method.roles) {
    const count = role.min + (role.id === 'inbrenger' ? (opts.extraInbrengers ?? 0) : 0);
    for (let k = 0; k < count; k++) roles[ps[next++]!.id]!.push(role.id);
  }
  const filler =
    method.roles.find((r) => r.id === 'groepslid') ??
    [...method.roles].reverse().find((r) => r.max === null);
  for (; next < size; next++) if (filler) roles[ps[next]!.id]!.push(filler.id);
  const chair = ps.find((p) => roles[p.id]!.includes('gespreksleider'));
  const state = createSession({
    sessionId: 's1',
    methodId: method.id,
    participants: ps,
    facilitatorId: (chair ?? ps[ps.length - 1]!).id,
  });
  return { ...state, roles };
}

/** Applies events in order and returns the final state and the last effects; throws on an error value. */
export function run(method: Method, state: SessionState, events: SessionEvent[], now = 1_000) {
  let s = state;
  let effects: Effect[] = [];
  for (const e of events) {
    const r = transition(method, s, e, ctx(now));
    if ('error' in r) throw new Error(`${e.type}: ${r.error.code} ${r.error.message.en}`);
    s = r.state;
    effects = r.effects;
  }
  return { state: s, effects };
}

/** Returns the session started and moved to phase `index` (consent given on the way where asked). */
export function at(method: Method, index: number, state = staffed(method)): SessionState {
  let s = run(method, state, [{ type: 'start' }]).state;
  while (s.phaseIndex < index) {
    const r = transition(method, s, { type: 'next' }, ctx());
    if ('error' in r && r.error.code === 'needs-consent') {
      s = run(method, s, [{ type: 'consent' }]).state;
      continue;
    }
    if ('error' in r) throw new Error(r.error.code);
    s = r.state;
  }
  return s;
}
