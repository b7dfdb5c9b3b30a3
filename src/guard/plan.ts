// Reading what the guard needs from storage without zod (the guard chunk must stay small): the
// session envelope, the template map, and the method as a text-free plan.
import type { Method, Phase, Region, Role } from '../catalog/schema';
import type { Json } from '../miro/types';
import type { SessionState } from '../session/state';

// The storage keys live in src/storage/keys.ts; the guard's modules import them from here too.
export { KEYS } from '../storage/keys';

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

/**
 * Returns the template map key → item id from its stored value: the board's TemplateMap
 * (`{ methodId, items }`, keys always stored without the `<method>/` prefix, which this puts back) or a
 * flat record; non-string ids are dropped. Pure.
 */
export function readTemplateMap(raw: unknown): Record<string, string> {
  if (!isObj(raw)) return {};
  const inner = isObj(raw.items) ? raw.items : raw;
  const prefix = typeof raw.methodId === 'string' ? `${raw.methodId}/` : '';
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(inner)) {
    if (typeof v !== 'string' || !k.includes('/')) continue;
    out[prefix + k] = v;
  }
  return out;
}

/** Returns the stored map with one key's id replaced, keeping its shape and short keys; pure. */
export function withTemplateId(raw: unknown, key: string, id: string): Json {
  if (!isObj(raw)) return { [key]: id };
  const prefix = typeof raw.methodId === 'string' ? `${raw.methodId}/` : '';
  const short = prefix && key.startsWith(prefix) ? key.slice(prefix.length) : key;
  if (isObj(raw.items)) return { ...raw, items: { ...raw.items, [short]: id } } as Json;
  return { ...raw, [short]: id } as Json;
}

/** Returns the region and the owner token of a template key method/region/part[/token][/n]; pure. */
export function keyParts(key: string): { region: string; part: string; token?: string } {
  const [, region = '', part = '', token] = key.split('/');
  const owned = part === 'slot' || part === 'cell' || part === 'name' || part === 'seat';
  return owned && token ? { region, part, token } : { region, part };
}

/** A method without its texts: what the guard's rules read. */
export interface GuardPlan {
  id: string;
  roles: string[];
  regions: { id: string; writable: boolean }[];
  phases: { regions: Phase['regions']; actions: Phase['actions'] }[];
  rounds?: Method['rounds'];
  /** The board's language and the names people see there: region titles, phase titles. */
  lang?: 'nl' | 'en';
  titles?: { regions: Record<string, string>; phases: string[] };
}

/** Returns the text-free plan of a method, for storage under KEYS.plan; pure. */
export function planOf(method: Method, lang: 'nl' | 'en' = 'nl'): GuardPlan {
  return {
    id: method.id,
    roles: method.roles.map((r) => r.id),
    regions: method.regions.map((r) => ({ id: r.id, writable: r.writable !== false })),
    phases: method.phases.map((p) => ({ regions: p.regions, actions: p.actions })),
    ...(method.rounds ? { rounds: method.rounds } : {}),
    lang,
    titles: {
      regions: Object.fromEntries(method.regions.map((r) => [r.id, r.title[lang]])),
      phases: method.phases.map((p) => p.title[lang]),
    },
  };
}

/** Returns a Method-shaped object from a plan, texts set to ids (the rules never read texts); pure. */
export function methodOfPlan(plan: GuardPlan): Method {
  const t = (s: string) => ({ nl: s, en: s });
  const role = (id: string): Role => ({ id, name: t(id), description: t(id), min: 0, max: null });
  const named = (s: string | undefined, fallback: string) => t(s ?? fallback);
  const region = (r: GuardPlan['regions'][number]): Region => ({
    id: r.id,
    kind: 'flipover',
    title: named(plan.titles?.regions[r.id], r.id),
    writable: r.writable,
  });
  return {
    id: plan.id,
    kind: 'method',
    name: t(plan.id),
    summary: t(plan.id),
    credit: '-',
    fit: { experience: ['beginner'], focus: ['case'], professionalFacilitator: false },
    group: { min: 2, max: 16 },
    roles: plan.roles.map(role),
    regions: plan.regions.map(region),
    phases: plan.phases.map((p, i) => ({
      id: `p${i}`,
      title: named(plan.titles?.phases[i], `${i + 1}`),
      instruction: t(`${i + 1}`),
      minutes: 1,
      speaks: [],
      regions: p.regions,
      actions: p.actions,
      rules: [],
    })),
    ...(plan.rounds ? { rounds: plan.rounds } : {}),
  };
}

/** Returns the plan from a stored value when it has the expected shape, else null; pure. */
export function readPlan(raw: unknown): GuardPlan | null {
  if (!isObj(raw) || typeof raw.id !== 'string') return null;
  if (!Array.isArray(raw.roles) || !Array.isArray(raw.regions) || !Array.isArray(raw.phases))
    return null;
  return raw as unknown as GuardPlan;
}
