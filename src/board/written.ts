// Whether someone wrote into a template item: a slot, cell or label a participant (or the
// facilitator, for someone without a Miro account) typed text into is theirs now and must not be
// removed with the template. With the blueprint at hand the item's text is compared with the
// record's; without it, with the content hash the map keeps, the text is compared with that;
// in an older map without hashes any change after creation counts (Miro keeps
// modifiedAt/modifiedBy), so a moved template item is kept too: keeping too much loses nothing.
import type { Blueprint } from '../layout/blueprint';
import type { BoardItem } from '../miro/types';
import { htmlToText } from '../record/text';
import { fingerprint } from './fingerprint';
import { blueprintVersion, type TemplateMap } from './template-map';

/** Regions whose items the app itself rewrites during a session (phase track, step card). */
const APP_WRITTEN = new Set(['track', 'step']);

/** Returns whether a template item of this type and key can hold a participant's text (pure). */
export function mayBeWritten(type: string, key: string): boolean {
  if (type !== 'shape' && type !== 'sticky_note' && type !== 'text') return false;
  const [, region, part] = key.split('/');
  return !APP_WRITTEN.has(region ?? '') && part !== 'cover';
}

/** Returns each placed record's content by key when the blueprint is the map's own, else undefined (pure). */
export function originalContents(
  bp: Blueprint | undefined,
  map: TemplateMap,
): Map<string, string> | undefined {
  if (!bp || bp.sessionId !== map.sessionId || blueprintVersion(bp) !== map.blueprintVersion)
    return undefined;
  return new Map(bp.records.flatMap((r) => ('content' in r ? [[r.key, r.content] as const] : [])));
}

/** Returns whether a template item holds text someone wrote after the template made it (pure). */
export function wasWritten(
  item: BoardItem,
  key: string,
  original: Map<string, string> | undefined,
  hashes?: Record<string, string>,
): boolean {
  if (!mayBeWritten(item.type, key) || !('content' in item)) return false;
  const now = htmlToText(item.content);
  if (now.trim() === '') return false;
  const before = original?.get(key);
  if (before !== undefined) return now !== htmlToText(before);
  const hash = hashes?.[key];
  if (hash !== undefined) return fingerprint(item.content) !== hash;
  return item.modifiedBy !== item.createdBy || item.modifiedAt !== item.createdAt;
}
