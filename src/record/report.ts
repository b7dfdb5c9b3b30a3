// buildReport: the verslag of a session from the board's content, as data (R41). Pure.
import type { Method, Text } from '../catalog/schema';
import { inbrengerIds } from '../session/people';
import type { SessionState } from '../session/state';
import { isAppLabel, parkedOrigins } from './app-items';
import { boardOrder, byRating, countRatings, toAction, toItem } from './items';
import { reportPeople } from './people';
import { previousOf } from './previous';
import type {
  PreviousSummary,
  RatingCounts,
  Report,
  ReportAction,
  ReportGroup,
  ReportItem,
  ReportSection,
  SectionKey,
} from './report-types';
import type { Lang } from '../shared/text';
import { assignRounds, roundKey, roundRegions, roundSection } from './rounds';
import { SECTION_IDS, SECTION_TITLES, sectionOf } from './sections';
import type { SectionId } from './sections';
import type { BoardSnapshot, SnapshotItem } from './snapshot';

export interface ReportInput {
  method: Method;
  session: SessionState;
  snapshot: BoardSnapshot;
  /** ISO day, YYYY-MM-DD (passed in: the record reads no clock). */
  date: string;
  lang: Lang;
  /** The previous meeting's verslag, or `previousReportFor(history)`: its open actions head this one (R41). */
  previous?: Report | PreviousSummary;
}

interface Placed {
  s: SnapshotItem;
  item: ReportItem;
}

interface RegionNotes {
  region: string;
  title: Text;
  notes: Placed[];
}

/**
 * Returns the notes per region in template order, the app's labels left out; a note in the
 * parking frame goes to the region it came from when that can be told, else stays in 'parking'.
 */
function placeNotes(method: Method, session: SessionState, snapshot: BoardSnapshot) {
  const def = (id: string) => method.regions.find((r) => r.id === id);
  const isParking = (id: string) => id === 'parking' && !def(id);
  const origins = parkedOrigins(
    method,
    snapshot.regions.filter((r) => isParking(r.region)).flatMap((r) => r.items),
  );
  const byRegion = new Map<string, RegionNotes>();
  const at = (id: string) => {
    const i = method.regions.findIndex((x) => x.id === id);
    return i >= 0 ? i : isParking(id) ? 1e6 : 1e5;
  };
  const ordered = [...snapshot.regions].sort((a, b) => at(a.region) - at(b.region));
  for (const region of ordered) {
    for (const s of boardOrder(region.items)) {
      if (isAppLabel(s)) continue;
      const from = isParking(region.region) ? origins.get(s.id) : undefined;
      const home = from?.region ?? region.region;
      const title =
        def(home)?.title ??
        (isParking(home) ? SECTION_TITLES.parking : { nl: region.title, en: region.title });
      const entry = byRegion.get(home) ?? { region: home, title, notes: [] };
      entry.notes.push({ s, item: toItem(method, session, home, s, from) });
      byRegion.set(home, entry);
    }
  }
  return [...byRegion.values()].sort((a, b) => at(a.region) - at(b.region));
}

const RATED: ReadonlySet<string> = new Set(['questions', 'problem']);

const roundOrder = (k: string) => (k === 'round-unknown' ? 1e6 : Number(k.slice(6)));

/**
 * Returns the verslag of a session as data; pure, mutates nothing.
 * `buildReport({ method, session, snapshot, date, lang, previous? }) → Report`: every note lands
 * in exactly one section (by `SECTIONS`, else 'other'; VIA's rounds first, parking last).
 */
export function buildReport(input: ReportInput): Report {
  const { method, session, snapshot } = input;
  const regions = placeNotes(method, session, snapshot);
  const inRounds = roundRegions(method);
  const rounds = assignRounds(
    method,
    session,
    regions.flatMap((r) =>
      r.notes.map(({ s, item }) => ({
        id: item.id,
        region: r.region,
        authorId: item.authorId,
        createdAt: s.createdAt,
      })),
    ),
  );
  const groups = new Map<SectionKey, ReportGroup[]>();
  const byKind = new Map<SectionId | 'parking', ReportItem[]>();
  const actions: ReportAction[] = [];
  const agreements: ReportItem[] = [];
  const ratings: Record<string, RatingCounts> = {};
  for (const { region, title, notes } of regions) {
    const def = method.regions.find((r) => r.id === region);
    ratings[region] = countRatings(notes.map((n) => n.item));
    type Bucket = { key: SectionKey; kind: string; column: number | null; items: ReportItem[] };
    const buckets = new Map<string, Bucket>();
    for (const { s, item } of notes) {
      const kind =
        region === 'parking' && !def ? 'parking' : sectionOf(method.id, region, item.column);
      if (kind === 'actions' || kind === 'agreements') {
        const action = toAction(item, s.done, session, kind === 'agreements');
        if (action) actions.push(action);
        else agreements.push(item);
      }
      byKind.set(kind, [...(byKind.get(kind) ?? []), item]);
      const key = inRounds?.all.has(region) ? roundKey(rounds.get(item.id) ?? null) : kind;
      // A columns region keeps its columns apart; questions stay one list, warm first.
      const column = def?.columns && !RATED.has(kind) ? item.column : null;
      const id = `${key}|${column ?? ''}`;
      const bucket = buckets.get(id) ?? { key, kind, column, items: [] };
      bucket.items.push(item);
      buckets.set(id, bucket);
    }
    for (const b of buckets.values()) {
      const col = b.column !== null ? def?.columns?.[b.column - 1] : undefined;
      const items = RATED.has(b.kind) ? byRating(b.items) : b.items;
      groups.set(b.key, [
        ...(groups.get(b.key) ?? []),
        {
          region,
          column: b.column,
          title: col ? { nl: `${title.nl} — ${col.nl}`, en: `${title.en} — ${col.en}` } : title,
          items,
          ratings: countRatings(items),
        },
      ]);
    }
  }
  const roundKeys = [...groups.keys()]
    .filter((k) => k.startsWith('round-'))
    .sort((a, b) => roundOrder(a) - roundOrder(b));
  const order: SectionKey[] = [...roundKeys, ...SECTION_IDS, 'parking'];
  const sections: ReportSection[] = order
    .filter((id) => (groups.get(id) ?? []).length > 0 || (id === 'actions' && actions.length > 0))
    .map((id) => {
      const list = groups.get(id) ?? [];
      if (!id.startsWith('round-'))
        return { id, title: SECTION_TITLES[id as SectionId | 'parking'], groups: list };
      const round = id === 'round-unknown' ? null : roundOrder(id) - 1;
      return { id, ...roundSection(method, session, round), groups: list };
    });
  const flat = (id: SectionId) => byKind.get(id) ?? [];
  const inbrengers = inbrengerIds(method, session);
  const problemStatements = byRating(flat('problem'));
  // R21: without a 'gekozen' mark, the inbrenger's own statement is the one chosen.
  const chosenProblem =
    problemStatements.find((p) => p.chosen) ??
    flat('problem').findLast((p) => p.authorId !== null && inbrengers.includes(p.authorId)) ??
    null;
  const previous = input.previous;
  return {
    version: 1,
    sessionId: session.sessionId,
    methodId: method.id,
    methodName: method.name,
    date: input.date,
    lang: input.lang,
    participants: reportPeople(method, session),
    inbrengerIds: inbrengers,
    caseQuestion: flat('case'),
    questions: byRating(flat('questions')),
    problemStatements,
    chosenProblem,
    goals: flat('goals'),
    insights: flat('insights'),
    advice: flat('advice'),
    actions,
    agreements,
    evaluation: flat('evaluation'),
    other: flat('other'),
    sections,
    ratings,
    previous: previous ? previousOf(previous) : null,
  };
}
