// The app's own words on the board, Dutch first.
import type { Lang, Text } from '../shared/text';

const WORDS = {
  session: { nl: 'Intervisie', en: 'Peer consultation' },
  date: { nl: 'Datum', en: 'Date' },
  credit: { nl: 'Methode naar', en: 'Method after' },
  track: { nl: 'Stappen', en: 'Steps' },
  step: { nl: 'Nu', en: 'Now' },
  stepOf: { nl: 'Stap {n} van {total}', en: 'Step {n} of {total}' },
  minutes: { nl: '{n} min', en: '{n} min' },
  roles: { nl: 'Rollen', en: 'Roles' },
  tray: { nl: 'Waarderen', en: 'Ratings' },
  trayHint: {
    nl: 'Sleep een waardering op een notitie.',
    en: 'Drag a rating onto a note.',
  },
  parking: { nl: 'Parkeerplaats', en: 'Parking lot' },
  parkingHint: {
    nl: 'Notities uit een gesloten vlak komen hier, met een notitie waar ze vandaan kwamen.',
    en: 'Notes from a closed area land here, with a note of where they came from.',
  },
  binnengroep: { nl: 'Binnengroep', en: 'Inner group' },
  buitengroep: { nl: 'Buitengroep: op de ring', en: 'Outer group: on the ring' },
  notesFor: { nl: 'Alleen voor: {who}', en: 'Only for: {who}' },
  video: {
    nl: '▶ Plak hier de link naar het videofragment',
    en: '▶ Paste the link to the video fragment here',
  },
  waarneming: { nl: 'Wat ik zie (waarneming)', en: 'What I see (observation)' },
  effect: { nl: 'Wat het doet (effect)', en: 'What it does (effect)' },
  tip: { nl: 'Tip, suggestie of vraag', en: 'Tip, suggestion or question' },
  summary: {
    nl: 'Samenvatting door de ontvanger: "Dus jij zegt…"',
    en: 'Summary by the receiver: "So you say…"',
  },
  and: { nl: 'en', en: 'and' },
} as const;

export type Word = keyof typeof WORDS;

/** Returns the word in the language with `{name}` placeholders filled in; pure. */
export function word(w: Word, lang: Lang, params: Record<string, string | number> = {}): string {
  return WORDS[w][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

const MONTHS = {
  nl: 'januari februari maart april mei juni juli augustus september oktober november december',
  en: 'January February March April May June July August September October November December',
};

/** Returns an ISO day as "12 maart 2025" / "12 March 2025", or the input as it is when not ISO; pure. */
export function formatDay(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[lang].split(' ')[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

const ROLES: Record<string, Text> = {
  inbrenger: { nl: 'Inbrenger', en: 'Case presenter' },
  gespreksleider: { nl: 'Gespreksleider', en: 'Facilitator' },
  groepslid: { nl: 'Groepslid', en: 'Group member' },
  binnengroep: { nl: 'Binnengroep', en: 'Inner group' },
  buitengroep: { nl: 'Buitengroep', en: 'Outer group' },
};

/** Returns the name of a common role the method does not define, or the id itself; pure. */
export function roleWord(id: string, lang: Lang): string {
  return ROLES[id]?.[lang] ?? id;
}
