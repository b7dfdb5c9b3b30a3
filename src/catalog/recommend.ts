// Ranks methods for a group: focus, experience, available time, facilitator needs and recent use.
import { t } from './build';
import type { Focus, Method, Text } from './schema';

export type Experience = 'beginner' | 'experienced';
export type RecommendInput = { experience: Experience; minutes: number; focus: Focus };
export type Recommendation = { methodId: string; score: number; minutes: number; reason: Text };

const FOCUS: Record<Focus, [string, string]> = {
  case: ['een casus', 'a case'],
  insight: ['inzicht in eigen handelen', 'insight into own conduct'],
  video: ['video uit de praktijk', 'video from practice'],
  successes: ['leren van successen', 'learning from successes'],
  'blind-spot': ['een blinde vlek', 'a blind spot'],
  start: ['de start van de groep', 'the group’s start'],
};

/** Returns the method's total minutes: its phases, with the rounds counted `rounds` times; pure. */
export function methodMinutes(method: Method, rounds = 1): number {
  const ids = method.phases.map((p) => p.id);
  const from = method.rounds ? ids.indexOf(method.rounds.from) : -1;
  const to = method.rounds ? ids.indexOf(method.rounds.to) : -1;
  return method.phases.reduce(
    (sum, p, i) => sum + p.minutes * (i >= from && i <= to && from >= 0 ? rounds : 1),
    0,
  );
}

function timeScore(total: number, minutes: number): number {
  if (total <= minutes) return 20 - 10 * (1 - total / minutes);
  return 20 - (60 * (total - minutes)) / minutes;
}

function reasonFor(m: Method, input: RecommendInput, total: number, fits: boolean): Text {
  const [fnl, fen] = FOCUS[input.focus];
  const primary = m.fit.focus[0] === input.focus;
  const parts: Text[] = [
    primary
      ? t(`Gemaakt voor ${fnl}`, `Made for ${fen}`)
      : m.fit.focus.includes(input.focus)
        ? t(`Past ook bij ${fnl}`, `Also suits ${fen}`)
        : t(`Niet gericht op ${fnl}`, `Not aimed at ${fen}`),
    fits
      ? t(
          `past in ${input.minutes} min (ca. ${total})`,
          `fits in ${input.minutes} min (about ${total})`,
        )
      : t(
          `duurt ca. ${total} min, langer dan ${input.minutes}`,
          `takes about ${total} min, longer than ${input.minutes}`,
        ),
  ];
  if (
    input.experience === 'beginner' &&
    m.fit.experience.length === 1 &&
    m.fit.experience[0] === 'beginner'
  )
    parts.push(t('sterke structuur voor beginners', 'firm structure for beginners'));
  if (input.experience === 'beginner' && m.fit.professionalFacilitator)
    parts.push(
      t('liefst met een professionele begeleider', 'best with a professional facilitator'),
    );
  return {
    nl: parts.map((p) => p.nl).join('; ') + '.',
    en: parts.map((p) => p.en).join('; ') + '.',
  };
}

/**
 * Returns the methods ranked best first, each with a score and a one-line reason; pure. The
 * methods that fit in the minutes come first, then the longer ones, each group by score.
 * `history` lists recently used method ids, most recent first; it lowers their score a little.
 */
export function recommend(
  input: RecommendInput,
  catalog: readonly Method[],
  history: readonly string[] = [],
): Recommendation[] {
  const ranked = catalog.map((m, order) => {
    const total = methodMinutes(m);
    let score = 0;
    if (m.fit.focus[0] === input.focus) score += 60;
    else if (m.fit.focus.includes(input.focus)) score += 30;
    score += m.fit.experience.includes(input.experience) ? 20 : -15;
    if (
      input.experience === 'beginner' &&
      m.fit.experience.length === 1 &&
      m.fit.experience[0] === 'beginner'
    )
      score += 10;
    if (input.experience === 'beginner' && m.fit.professionalFacilitator) score -= 15;
    if (m.kind === 'meeting' && input.focus !== 'start') score -= 30;
    score += timeScore(total, Math.max(1, input.minutes));
    const recent = history.slice(0, 3).indexOf(m.id);
    if (recent >= 0) score -= 6 - 2 * recent;
    const fits = total <= input.minutes;
    const reason = reasonFor(m, input, total, fits);
    const rec = { methodId: m.id, score: Math.round(score * 10) / 10, minutes: total, reason };
    return { ...rec, fits, order };
  });
  // A method that does not fit the time never outranks one that does, however well it suits.
  ranked.sort((a, b) => Number(b.fits) - Number(a.fits) || b.score - a.score || a.order - b.order);
  return ranked.map(({ order: _order, fits: _fits, ...r }) => r);
}
