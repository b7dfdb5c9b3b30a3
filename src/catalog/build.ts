// Small builders that fill the schema's defaults, so catalog data is typed as parsed `Method` output.
import type { z } from 'zod';
import type { Action, Method, Phase, Region, RegionState, Role, Text } from './schema';

export const CREDIT = 'Cameleon — Methodieken Intervisie (bewerkt)';

/** Returns a Dutch and English text; pure. */
export function t(nl: string, en: string): Text {
  return { nl, en };
}

export type PhaseDraft = Omit<Phase, 'regions' | 'actions' | 'rules'> & {
  regions?: Record<string, RegionState>;
  actions?: z.input<typeof Action>[];
  rules?: string[];
};

function action(a: z.input<typeof Action>): Action {
  return a.kind === 'reveal' ? { ...a, names: a.names ?? 'ask' } : a;
}

/** Returns a phase with empty regions, actions and rules filled in; pure. */
export function phase(d: PhaseDraft): Phase {
  return {
    ...d,
    regions: d.regions ?? {},
    actions: (d.actions ?? []).map(action),
    rules: d.rules ?? [],
  };
}

/** Returns a region that is writable unless said otherwise; pure. */
export function region(d: Omit<Region, 'writable'> & { writable?: boolean }): Region {
  return { ...d, writable: d.writable ?? true };
}

/** Returns an open state for the given roles; pure. */
export function open(
  roles: string[],
  opts: { private?: boolean; ownSlot?: boolean; stage?: number } = {},
): RegionState {
  return { state: 'open', roles, ...opts };
}

/** Role lists the method files share: the members, the presenter, and both. */
export const MEMBERS = ['groepslid'];
export const PRESENTER = ['inbrenger'];
export const PRESENTER_AND_MEMBERS = ['inbrenger', 'groepslid'];

export const locked: RegionState = { state: 'locked' };
export const hidden: RegionState = { state: 'hidden' };
export const upcoming: RegionState = { state: 'upcoming' };
export const revealed: RegionState = { state: 'revealed' };

export type MethodDraft = Omit<Method, 'kind' | 'credit' | 'fit'> & {
  kind?: Method['kind'];
  fit: Omit<Method['fit'], 'professionalFacilitator'> & { professionalFacilitator?: boolean };
};

/** Returns a method with kind, credit and facilitator defaults filled in; pure. */
export function method(d: MethodDraft): Method {
  const { kind, fit, ...rest } = d;
  return {
    ...rest,
    kind: kind ?? 'method',
    credit: CREDIT,
    fit: { ...fit, professionalFacilitator: fit.professionalFacilitator ?? false },
  };
}

/** Returns the inbrenger role, for at most `max` people (VIA takes several); pure. */
export function inbrenger(max = 1, min = 1): Role {
  return {
    id: 'inbrenger',
    name: t('Inbrenger', 'Case presenter'),
    description: t(
      'Brengt een eigen vraag of situatie uit het werk in.',
      'Brings in a question or situation from their own work.',
    ),
    min,
    max,
  };
}

/** Returns the gespreksleider role (chair), required when `min` is 1; pure. */
export function gespreksleider(min = 1): Role {
  return {
    id: 'gespreksleider',
    name: t('Gespreksleider', 'Chair'),
    description: t(
      'Bewaakt tijd en stappen en houdt discussie buiten de deur.',
      'Keeps time and steps and keeps discussion out.',
    ),
    min,
    max: 1,
  };
}

/** Returns the groepslid role (member), at least `min` people; pure. */
export function groepslid(min = 2): Role {
  return {
    id: 'groepslid',
    name: t('Groepslid', 'Member'),
    description: t(
      'Luistert, vraagt en denkt mee met de inbrenger.',
      'Listens, asks and thinks along with the case presenter.',
    ),
    min,
    max: null,
  };
}
