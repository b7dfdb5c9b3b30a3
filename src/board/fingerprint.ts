// What the app last wrote into an item, as a short hash of its text: a re-run compares it with
// the item's current content to tell whether someone edited the item since.
import { htmlToText } from '../record/text';
import { fnv1a } from '../shared/hash';

/** Returns a short FNV-1a hash of the content's plain text, so markup Miro rewrites does not count (pure). */
export function fingerprint(content: string): string {
  return fnv1a(htmlToText(content));
}

/** Returns whether an item's content is still exactly what the app wrote (pure). */
export function stillOurs(content: unknown, hash: string | undefined): boolean {
  return typeof content === 'string' && hash !== undefined && fingerprint(content) === hash;
}
