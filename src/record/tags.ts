// Reading marks from tag titles and sticker texts: ratings in either language and scale, and
// the chosen / answered / done marks. Titles are matched loosely: '+ warm', 'Warm', '− cold'.
import type { Rating } from './snapshot';

const WORDS: Readonly<Record<string, Rating>> = {
  warm: 'warm',
  neutraal: 'neutraal',
  neutral: 'neutraal',
  lauw: 'lauw',
  lukewarm: 'lauw',
  koud: 'koud',
  cold: 'koud',
};

/** Returns the title lower-cased without symbols, spaces or tag markup; pure. */
export function normalTitle(title: string): string {
  return title
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .replace(/[^a-zà-ÿ]+/g, ' ')
    .trim();
}

/** Returns the rating a tag title or sticker text names ('+ warm', 'koud'), or null; pure. */
export function ratingOf(title: string): Rating | null {
  return WORDS[normalTitle(title)] ?? null;
}

const CHOSEN = /^(gekozen|chosen|keuze|choice|gestemd|voted)$/;
const ANSWERED = /^(beantwoord|answered)$/;
const DONE = /^(gedaan|done|afgerond|klaar)$/;

export interface Marks {
  rating: Rating | null;
  chosen: boolean;
  answered: boolean;
  done: boolean;
}

/** Returns the marks the tag titles carry (the first rating tag wins); pure. */
export function marksOf(titles: readonly string[]): Marks {
  const words = titles.map(normalTitle);
  const rating = titles.map(ratingOf).find((r) => r !== null) ?? null;
  return {
    rating,
    chosen: words.some((w) => CHOSEN.test(w)),
    answered: words.some((w) => ANSWERED.test(w)),
    done: words.some((w) => DONE.test(w)),
  };
}
