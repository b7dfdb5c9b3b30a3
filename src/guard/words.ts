// The guard's user-facing words: Dutch first. The guard "bewaakt" (guards); it never claims a lock.

/** Returns the note beside a parked item; pure. */
export function parkedNote(region: string, phase: number, name: string): string {
  return `<p>Geparkeerd uit ${esc(region)} (fase ${phase}): ${esc(name)}</p>`;
}

/** Returns the panel's summary of parked notes, e.g. "2 notities naar de parkeerplaats (Bram, Chris)"; pure. */
export function parkedSummary(names: string[]): string {
  const unique = [...new Set(names)];
  const n = names.length;
  return `${n} ${n === 1 ? 'notitie' : 'notities'} naar de parkeerplaats (${unique.join(', ')})`;
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

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
