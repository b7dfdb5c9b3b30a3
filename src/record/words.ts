// The record's own words, Dutch first.
import type { ActionLine, RatingCounts, Report, ReportItem } from './report-types';
import type { Lang, Text } from '../shared/text';
import type { Rating } from './snapshot';

const W = {
  report: { nl: 'Verslag', en: 'Session record' },
  date: { nl: 'Datum', en: 'Date' },
  method: { nl: 'Methode', en: 'Method' },
  participants: { nl: 'Deelnemers', en: 'Participants' },
  previous: { nl: 'Vorig verslag en open acties', en: 'Previous record and open actions' },
  noOpen: { nl: 'Geen open acties.', en: 'No open actions.' },
  chosen: { nl: 'gekozen', en: 'chosen' },
  answered: { nl: 'beantwoord', en: 'answered' },
  done: { nl: 'gedaan', en: 'done' },
  open: { nl: 'open', en: 'open' },
  ratings: { nl: 'Waarderingen', en: 'Ratings' },
  unrated: { nl: 'zonder waardering', en: 'unrated' },
  chosenProblem: { nl: 'Gekozen probleemstelling', en: 'Chosen problem statement' },
  empty: { nl: 'Het bord is nog leeg.', en: 'The board is still empty.' },
  noRole: { nl: 'geen rol', en: 'no role' },
  agreements: { nl: 'Afspraken', en: 'Agreements' },
  openActions: { nl: 'Open acties', en: 'Open actions' },
  anonymous: { nl: 'anoniem', en: 'anonymous' },
  parked: { nl: 'geparkeerd', en: 'parked' },
} as const;

export type WordKey = keyof typeof W;

/** Returns a record word in the language; pure. */
export function word(key: WordKey, lang: Lang): string {
  return W[key][lang];
}

const RATING: Readonly<Record<Rating, Text & { symbol: string }>> = {
  warm: { symbol: '+', nl: 'warm', en: 'warm' },
  neutraal: { symbol: '0', nl: 'neutraal', en: 'neutral' },
  lauw: { symbol: '0', nl: 'lauw', en: 'lukewarm' },
  koud: { symbol: '−', nl: 'koud', en: 'cold' },
};

/** Returns a rating as symbol and word ('+ warm'): never colour alone; pure. */
export function ratingLabel(rating: Rating, lang: Lang): string {
  return `${RATING[rating].symbol} ${RATING[rating][lang]}`;
}

/** Returns the marks of an item as plain words ('+ warm, gekozen'), empty when none; pure. */
export function itemMarks(item: ReportItem, lang: Lang): string[] {
  return [
    ...(item.rating ? [ratingLabel(item.rating, lang)] : []),
    ...(item.chosen ? [word('chosen', lang)] : []),
    ...(item.answered ? [word('answered', lang)] : []),
    ...(item.parked ? [word('parked', lang)] : []),
  ];
}

/** Returns who wrote an item as the verslag shows it: the name, or 'anoniem' for a reveal without names; pure. */
export function authorLabel(item: ReportItem, lang: Lang): string {
  return item.anonymous ? word('anonymous', lang) : item.author;
}

/** Returns the non-zero rating counts as plain text ('2 × + warm, 1 × − koud'), or ''; pure. */
export function countsLabel(counts: RatingCounts, lang: Lang): string {
  const rated = (['warm', 'neutraal', 'lauw', 'koud'] as const).filter((r) => counts[r] > 0);
  if (rated.length === 0) return '';
  const parts = rated.map((r) => `${counts[r]} × ${ratingLabel(r, lang)}`);
  if (counts.none > 0) parts.push(`${counts.none} ${word('unrated', lang)}`);
  return parts.join(', ');
}

/** Returns the report's title line: 'Verslag — <method> — <date>'; pure. */
export function reportTitle(report: Report, lang: Lang): string {
  return `${word('report', lang)} — ${report.methodName[lang]} — ${report.date}`;
}

/** Returns one participant as 'Ann (inbrenger)'; pure. */
export function personLabel(p: Report['participants'][number], lang: Lang): string {
  const roles = p.roles.map((r) => r[lang]).join(', ');
  return `${p.name} (${roles || word('noRole', lang)})`;
}

/** Returns an action as one plain line: 'Ann — bellen — 1 maart [open]'; pure. */
export function actionLine(a: ActionLine, lang: Lang): string {
  const parts = [a.who, a.what, ...(a.when ? [a.when] : [])];
  return `${parts.join(' — ')} [${word(a.done ? 'done' : 'open', lang)}]`;
}
