// How a region state looks on the board: the frame's title mark, its fill and whether it is covered.
// Closed regions are "bewaakt" (guarded): Miro has no lock API, so the app never says "locked".
import type { Method, RegionId } from '../catalog/schema';
import type { ResolvedState } from '../session/resolved';
import type { SessionState } from '../session/state';
import type { Lang } from '../shared/text';

/** The target look of one region's frame. */
export interface RegionVisual {
  title: string;
  fill: string;
  /** Hidden from view: showContent false where allowed, else an opaque cover. */
  covered: boolean;
}

/** `released`: the template's own fill, as placed and again once the session has ended. */
export const FILL = {
  open: '#e6f4ea',
  closed: '#eceef2',
  hidden: '#d9dce3',
  released: '#ffffff',
} as const;
export const HIGHLIGHT = { current: '#ffe58a', other: '#ffffff' } as const;
export const COVER_TEXT = {
  nl: 'Verborgen tot de onthulling',
  en: 'Hidden until the reveal',
} as const;

const WORDS = {
  nl: { open: 'open voor', guarded: 'bewaakt', hidden: 'verborgen', private: 'privé' },
  en: { open: 'open to', guarded: 'guarded', hidden: 'hidden', private: 'private' },
} as const;

/** Returns the blueprint key of a region's frame; pure. */
export const frameKey = (methodId: string, region: RegionId) => `${methodId}/${region}/frame`;
/** Returns the blueprint key of a region's cover (a template item once created); pure. */
export const coverKey = (methodId: string, region: RegionId) => `${methodId}/${region}/cover`;
/** Returns the blueprint key of a phase's card on the phase track; pure. */
export const trackKey = (method: Method, index: number) =>
  `${method.id}/track/phase/${method.phases[index]?.id ?? index}`;
/** Returns the blueprint key of the step card; pure. */
export const stepKey = (methodId: string) => `${methodId}/step/card`;

/** Returns the look of a region in a resolved state; `revealedNow`: its reveal happened this phase; pure. */
export function regionVisual(
  method: Method,
  region: RegionId,
  state: ResolvedState,
  lang: Lang,
  revealedNow = false,
): RegionVisual {
  const w = WORDS[lang];
  const title = method.regions.find((r) => r.id === region)?.title[lang] ?? region;
  switch (state.state) {
    case 'open': {
      const roles = state.roles
        .map((id) => (method.roles.find((r) => r.id === id)?.name[lang] ?? id).toLowerCase())
        .join(', ');
      const covered = !!state.private && !revealedNow;
      const suffix = covered ? ` (${w.private})` : '';
      return { title: `✎ ${title} · ${w.open} ${roles}${suffix}`, fill: FILL.open, covered };
    }
    case 'hidden':
      if (!revealedNow)
        return { title: `◐ ${title} · ${w.hidden}`, fill: FILL.hidden, covered: true };
      return { title: `🔒 ${title} · ${w.guarded}`, fill: FILL.closed, covered: false };
    default:
      return { title: `🔒 ${title} · ${w.guarded}`, fill: FILL.closed, covered: false };
  }
}

/** Returns the look of a region once the session has ended: its own title, no mark, in sight; pure. */
export function releasedVisual(method: Method, region: RegionId, lang: Lang): RegionVisual {
  const title = method.regions.find((r) => r.id === region)?.title[lang] ?? region;
  return { title, fill: FILL.released, covered: false };
}

/** What the step card ("Nu") says once the session has ended. */
export const ENDED_CARD = {
  nl: { head: 'Sessie afgerond', body: 'Alle vlakken zijn weer vrij. Alles blijft op het bord.' },
  en: { head: 'Session ended', body: 'Every area is free again. Everything stays on the board.' },
} as const;

/** Returns true when the region was revealed in the session's current phase and round; pure. */
export function revealedNow(state: SessionState, region: RegionId): boolean {
  return state.revealed.some(
    (r) => r.region === region && r.phaseIndex === state.phaseIndex && r.round === state.round,
  );
}
