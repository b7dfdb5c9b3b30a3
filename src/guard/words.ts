// The guard's user-facing words: Dutch first. The guard "bewaakt" (guards); it never claims a lock.
import { escapeHtml } from '../shared/html';
import type { Lang } from '../shared/text';

/** Returns the label under a parked item: the region and phase as the board names them; pure. */
export function parkedNote(
  region: string,
  phase: number,
  phaseTitle: string,
  name: string,
  lang: Lang = 'nl',
): string {
  const step = phaseTitle ? `${phase}: ${phaseTitle}` : `${phase}`;
  return lang === 'en'
    ? `<p>Parked from ${escapeHtml(region)} (step ${escapeHtml(step)}): ${escapeHtml(name)}</p>`
    : `<p>Geparkeerd uit ${escapeHtml(region)} (stap ${escapeHtml(step)}): ${escapeHtml(name)}</p>`;
}

/** Why a note was parked: its region is not open yet, closed again, or open to others only. */
export type ParkReason = 'not-yet' | 'closed' | 'not-yours';

/** Returns why a note in a region with that state is parked; pure. */
export function parkReason(state: string | undefined): ParkReason {
  return state === 'upcoming' ? 'not-yet' : state === 'open' ? 'not-yours' : 'closed';
}

const WHY_WRITER = {
  nl: { 'not-yet': 'is nog dicht', closed: 'is gesloten', 'not-yours': 'is nu niet voor jou' },
  en: { 'not-yet': 'is not open yet', closed: 'is closed', 'not-yours': 'is not for you now' },
} as const;

/** Miro's notifications take at most 80 characters. */
export const NOTIFICATION_CHARS = 80;

/**
 * Returns the notification for the writer of a parked note, at most 80 characters, e.g.
 * "Je notitie staat in de parkeerplaats: Tips is nog dicht."; pure.
 */
export function parkedForWriter(region: string, why: ParkReason, lang: Lang): string {
  const head =
    lang === 'en' ? 'Your note is in the parking area: ' : 'Je notitie staat in de parkeerplaats: ';
  const tail = ` ${WHY_WRITER[lang][why]}.`;
  const room = NOTIFICATION_CHARS - head.length - tail.length;
  const title = region.length > room ? `${region.slice(0, Math.max(1, room - 1))}…` : region;
  return `${head}${title}${tail}`;
}

/** The reason as the facilitator's activity list words it. */
export const WHY_LIST = {
  nl: { 'not-yet': 'nog dicht', closed: 'gesloten', 'not-yours': 'niet voor deze rol' },
  en: { 'not-yet': 'not open yet', closed: 'closed', 'not-yours': 'not for this role' },
} as const;

/** Returns the head of the panel's summary of parked notes, e.g. "2 notities naar de parkeerplaats"; pure. */
export function parkedSummary(names: string[]): string {
  const n = names.length;
  return `${n} ${n === 1 ? 'notitie' : 'notities'} naar de parkeerplaats`;
}

export const MESSAGES = {
  notRater: {
    nl: 'Alleen de inbrenger waardeert in deze fase.',
    en: 'Only the presenter rates in this phase.',
  },
  noRating: {
    nl: 'In deze fase wordt hier niet gewaardeerd.',
    en: 'There is no rating here in this phase.',
  },
  badValue: {
    nl: 'Die waardering hoort niet bij deze methode.',
    en: 'That rating does not belong to this method.',
  },
  noItem: { nl: 'Kies eerst een notitie om te waarderen.', en: 'Select a note to rate first.' },
  guarded: {
    nl: 'Dit gebied wordt bewaakt: de app zet wijzigingen terug.',
    en: 'This area is guarded: the app undoes changes.',
  },
} as const;
