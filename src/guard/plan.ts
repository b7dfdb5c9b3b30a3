// Reading what the guard needs from storage without zod (the guard chunk must stay small): the
// session envelope, the template map, and the method as a text-free plan.
import type { Method, Phase, Region, Role } from '../catalog/schema';
import type { Json } from '../miro/types';
import type { SessionState } from '../session/state';
import type { Lang } from '../shared/text';

// The storage keys live in src/storage/keys.ts; the guard's modules import them from here too.
export { KEYS } from '../storage/keys';
export { readTemplateMap, withTemplateId } from '../storage/template-map';
export { readSessionLoose } from '../storage/session';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

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
  lang?: Lang;
  titles?: { regions: Record<string, string>; phases: string[] };
}

/** Returns the text-free plan of a method, for storage under KEYS.plan; pure. */
export function planOf(method: Method, lang: Lang = 'nl'): GuardPlan {
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
