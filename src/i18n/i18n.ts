// The tiny typed dictionary shared by the panel and the practice board: Dutch by default, English as a switch.
import { en } from './en';
import { nl } from './nl';
import type { Dict } from './nl';
import type { Lang, Text } from '../shared/text';

export type { Dict, Lang };

/** The default language. */
export const DEFAULT_LANG: Lang = 'nl';

/** Returns the dictionary for the language; pure. */
export function dictFor(lang: Lang): Dict {
  return lang === 'en' ? en : nl;
}

/** Returns the text in the language from a `{ nl, en }` pair; pure. */
export function pick(text: Text, lang: Lang): string {
  return text[lang];
}

/** Returns the other language: the target of the switch; pure. */
export function otherLang(lang: Lang): Lang {
  return lang === 'nl' ? 'en' : 'nl';
}

/** Returns a list joined the language's way: "a, b en c" / "a, b and c"; pure. */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = lang === 'nl' ? ' en ' : ' and ';
  return items.slice(0, -1).join(', ') + and + items[items.length - 1];
}
