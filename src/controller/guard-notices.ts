// The guard's notices in the panel: every user's guard runs in that user's headless page and
// stores what it did under `notices:<sid>` (parked, restored, activity, error). The controller
// follows that key (onValue plus one get at the start) and turns the entries into the panel's
// notices: one line for the notes parked in the current phase, one line for each other entry.
import type { Method, Text } from '../catalog/schema';
import type { Notice as GuardNotice } from '../guard/store';
import { parkedSummary, WHY_LIST, type ParkReason } from '../guard/words';
import type { CollectionLike, Json } from '../miro/types';
import type { Notice } from './hooks';
import { KEYS } from '../storage/keys';
import type { Lang } from '../shared/text';

/** Returns the storage key the guards write their notices to (pure). */
export const guardNoticesKey = KEYS.notices;

const KINDS = new Set(['parked', 'restored', 'activity', 'error']);

/** Returns the well-formed guard notices of a stored `notices:<sid>` value, in stored order (pure). */
export function readGuardNotices(raw: unknown): GuardNotice[] {
  const items = (raw as { items?: unknown } | null | undefined)?.items;
  if (!Array.isArray(items)) return [];
  return items.filter(
    (n): n is GuardNotice =>
      typeof n === 'object' &&
      n !== null &&
      KINDS.has((n as GuardNotice).t) &&
      typeof (n as GuardNotice).at === 'number' &&
      typeof (n as GuardNotice).who === 'string',
  );
}

const idOf = (n: GuardNotice) => JSON.stringify([n.t, n.at, n.who, n.region, n.phase, n.what]);

const ACTIVITY: Record<string, (who: string, where: Text) => Text> = {
  'wrote-for': (who, r) => ({ nl: `${who} schreef in ${r.nl}`, en: `${who} wrote in ${r.en}` }),
  'moved-template': (who, r) => ({
    nl: `${who} verplaatste een onderdeel van ${r.nl}`,
    en: `${who} moved part of ${r.en}`,
  }),
  'deleted-template': (who, r) => ({
    nl: `${who} verwijderde een onderdeel van ${r.nl}`,
    en: `${who} deleted part of ${r.en}`,
  }),
  'changed-closed': (who, r) => ({
    nl: `${who} wijzigde een notitie in ${r.nl} (bewaakt)`,
    en: `${who} changed a note in ${r.en} (guarded)`,
  }),
};

/** Returns the panel's line for one guard notice that is not a parked note (pure). */
export function guardNoticeText(method: Method, n: GuardNotice): Text {
  const title = method.regions.find((r) => r.id === n.region)?.title;
  const where = title ?? { nl: n.region, en: n.region };
  if (n.t === 'error')
    return (
      n.message ?? {
        nl: `De bewaking kon een notitie niet terugzetten: ${n.what ?? ''}`,
        en: `The guard could not put a note back: ${n.what ?? ''}`,
      }
    );
  if (n.t === 'restored')
    return {
      nl: `Notitie van ${n.who} teruggezet in ${where.nl}`,
      en: `Note by ${n.who} put back in ${where.en}`,
    };
  const activity = ACTIVITY[n.what ?? ''];
  return activity
    ? activity(n.who, where)
    : { nl: `${n.who}: ${where.nl}`, en: `${n.who}: ${where.en}` };
}

/**
 * Returns the parked line naming each writer, the region and why, e.g. '2 notities naar de
 * parkeerplaats: Bram uit Tips (nog dicht), Chris uit De vraag (gesloten)', in nl and en, in
 * alphabetical order of the writers (guards on different clients store in no fixed order); pure.
 */
export function parkedText(method: Method, list: readonly GuardNotice[]): Text {
  const sorted = [...list].sort((a, b) => a.who.localeCompare(b.who, 'nl'));
  const n = sorted.length;
  const part = (lang: Lang) => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const p of sorted) {
      const title = method.regions.find((r) => r.id === p.region)?.title[lang] ?? p.region;
      const why = WHY_LIST[lang][p.what as ParkReason] as string | undefined;
      const line = `${p.who} ${lang === 'nl' ? 'uit' : 'from'} ${title}${why ? ` (${why})` : ''}`;
      if (!seen.has(line)) out.push(line);
      seen.add(line);
    }
    return out.join(', ');
  };
  return {
    nl: `${parkedSummary(sorted.map((p) => p.who))}: ${part('nl')}`,
    en: `${n} ${n === 1 ? 'note' : 'notes'} moved to the parking area: ${part('en')}`,
  };
}

/**
 * Returns the panel's notices for the stored guard notices: the notes parked since `since` as
 * one line (at the latest one's time), every restore, activity and error as its own line (pure).
 */
export function guardLines(method: Method, list: readonly GuardNotice[], since: number): Notice[] {
  const parked = list.filter((n) => n.t === 'parked' && n.at >= since);
  const lines: Notice[] = list
    .filter((n) => n.t !== 'parked')
    .map((n) => ({
      code: `guard-${n.t}`,
      message: guardNoticeText(method, n),
      at: n.at,
      data: { who: n.who, region: n.region, phase: n.phase },
    }));
  if (parked.length)
    lines.push({
      code: 'guard-parked',
      message: parkedText(method, parked),
      at: Math.max(...parked.map((n) => n.at)),
      data: { who: [...new Set(parked.map((n) => n.who))], count: parked.length },
    });
  return lines.sort((a, b) => a.at - b.at);
}

/**
 * Follows `notices:<sid>`: calls `changed` with the whole stored list and the entries not seen
 * before (maybe none), after one get at the start and on every onValue; returns the unsubscribe
 * function.
 */
export function followGuardNotices(
  collection: CollectionLike,
  sessionId: string,
  changed: (all: GuardNotice[], fresh: GuardNotice[]) => void,
): () => void {
  const key = guardNoticesKey(sessionId);
  const seen = new Set<string>();
  let stopped = false;
  const take = (value: Json | undefined) => {
    if (stopped) return;
    const all = readGuardNotices(value);
    const fresh = all.filter((n) => !seen.has(idOf(n)));
    fresh.forEach((n) => seen.add(idOf(n)));
    // Every value counts: one guard's list may have lost to another's and come back merged.
    changed(all, fresh);
  };
  void collection.onValue(key, take);
  // A failed first read is made good by the next onValue push.
  void collection.get(key).then(take, () => undefined);
  return () => {
    stopped = true;
    void collection.offValue(key, take);
  };
}
