// buildReport: the verslag of a session from the board's content, as data (R41). Pure.
import type { Method, Text } from '../catalog/schema';
import { inbrengerIds } from '../session/people';
import type { SessionState } from '../session/state';
import { doneMark, parseAction } from './actions';
import { authorOf } from './author';
import type {
  Lang,
  PreviousSummary,
  RatingCounts,
  Report,
  ReportAction,
  ReportGroup,
  ReportItem,
  ReportPerson,
  ReportSection,
} from './report-types';
import { SECTION_IDS, SECTION_TITLES, sectionOf } from './sections';
import type { SectionId } from './sections';
import type { BoardSnapshot, Rating, RegionSnapshot, SnapshotItem } from './snapshot';
import { htmlToLines } from './text';

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

const RANK: Readonly<Record<Rating, number>> = { warm: 0, neutraal: 1, lauw: 1, koud: 2 };
const rank = (r: Rating | null) => (r === null ? 3 : RANK[r]);

/** Returns the items ordered warm, neutraal/lauw, koud, unrated, keeping board order within each; pure. */
export function byRating(items: readonly ReportItem[]): ReportItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item.rating) - rank(b.item.rating) || a.i - b.i)
    .map((e) => e.item);
}

/** Returns the count of each rating (and of unrated items); pure. */
export function countRatings(items: readonly { rating: Rating | null }[]): RatingCounts {
  const out: RatingCounts = { warm: 0, neutraal: 0, lauw: 0, koud: 0, none: 0 };
  for (const i of items) out[i.rating ?? 'none'] += 1;
  return out;
}

const columnOf = (place: string | undefined): number | null => {
  const m = place ? /^(?:column|cell\/[^/]+|label)\/(\d+)$/.exec(place) : null;
  return m ? Number(m[1]) : null;
};

/** Board order: column first in columns regions, then top to bottom (rows of 40), then left to right. */
function boardOrder(items: readonly SnapshotItem[]): SnapshotItem[] {
  const row = (y: number) => Math.round(y / 40);
  return [...items].sort(
    (a, b) =>
      (columnOf(a.place) ?? 0) - (columnOf(b.place) ?? 0) ||
      row(a.y) - row(b.y) ||
      a.x - b.x ||
      a.id.localeCompare(b.id),
  );
}

function toItem(input: ReportInput, region: RegionSnapshot, s: SnapshotItem): ReportItem {
  const who = authorOf(input.session, s.createdBy, htmlToLines(s.content));
  const column = columnOf(s.place);
  const def = input.method.regions.find((r) => r.id === region.region);
  return {
    id: s.id,
    region: region.region,
    lines: who.lines,
    author: who.author,
    authorId: who.authorId,
    writtenFor: who.writtenFor,
    rating: s.rating,
    chosen: s.chosen,
    answered: s.answered,
    column,
    columnTitle: column !== null ? (def?.columns?.[column - 1] ?? null) : null,
  };
}

function toAction(item: ReportItem, tagged: boolean, input: ReportInput, strict: boolean) {
  const text = doneMark(item.lines.join('\n'));
  const parsed = parseAction(text.text, input.session.participants, strict);
  if (!parsed && strict) return null;
  const action: ReportAction = {
    who: parsed?.who || item.author,
    what: parsed?.what ?? text.text.replace(/\n/g, ' '),
    when: parsed?.when ?? null,
    done: tagged || text.done,
    itemId: item.id,
  };
  return action;
}

function people(method: Method, session: SessionState): ReportPerson[] {
  return session.participants.map((p) => {
    const roleIds = session.roles[p.id] ?? [];
    const roles = roleIds.map(
      (id): Text => method.roles.find((r) => r.id === id)?.name ?? { nl: id, en: id },
    );
    return { id: p.id, name: p.name, roleIds, roles, onMiro: p.onMiro };
  });
}

function summaryOf(previous: Report | PreviousSummary): PreviousSummary {
  if (!('actions' in previous)) return previous;
  const { sessionId, date, methodName } = previous;
  const carried = previous.previous?.openActions ?? [];
  const own = previous.actions.map(({ who, what, when, done }) => ({ who, what, when, done }));
  return { sessionId, date, methodName, openActions: [...carried, ...own].filter((a) => !a.done) };
}

/**
 * Returns the verslag of a session as data; pure, mutates nothing.
 * `buildReport({ method, session, snapshot, date, lang, previous? }) → Report`: every region
 * of the snapshot lands in exactly one section (by `SECTIONS`, else 'other'; parking last).
 */
export function buildReport(input: ReportInput): Report {
  const { method, session, snapshot } = input;
  const groups = new Map<SectionId | 'parking', ReportGroup[]>();
  const actions: ReportAction[] = [];
  const agreements: ReportItem[] = [];
  const ratings: Record<string, RatingCounts> = {};
  const at = (r: string) => {
    const i = method.regions.findIndex((x) => x.id === r);
    return i >= 0 ? i : r === 'parking' ? 1e6 : 1e5;
  };
  const ordered = [...snapshot.regions].sort((a, b) => at(a.region) - at(b.region));
  for (const region of ordered) {
    const def = method.regions.find((r) => r.id === region.region);
    const title: Text =
      def?.title ??
      (region.region === 'parking'
        ? SECTION_TITLES.parking
        : { nl: region.title, en: region.title });
    const items = boardOrder(region.items).map((s) => ({ s, item: toItem(input, region, s) }));
    ratings[region.region] = countRatings(items.map((e) => e.item));
    const bySection = new Map<SectionId | 'parking', ReportItem[]>();
    for (const { s, item } of items) {
      const section =
        region.region === 'parking' && !def
          ? 'parking'
          : sectionOf(method.id, region.region, item.column);
      if (section === 'actions' || section === 'agreements') {
        const action = toAction(item, s.done, input, section === 'agreements');
        if (action) actions.push(action);
        else agreements.push(item);
      }
      bySection.set(section, [...(bySection.get(section) ?? []), item]);
    }
    for (const [section, list] of bySection) {
      const sorted = section === 'questions' ? byRating(list) : list;
      const group = { region: region.region, title, items: sorted, ratings: countRatings(sorted) };
      groups.set(section, [...(groups.get(section) ?? []), group]);
    }
  }
  const order = [...SECTION_IDS, 'parking'] as const;
  const sections: ReportSection[] = order
    .filter((id) => (groups.get(id) ?? []).length > 0 || (id === 'actions' && actions.length > 0))
    .map((id) => ({ id, title: SECTION_TITLES[id], groups: groups.get(id) ?? [] }));
  const flat = (id: SectionId) => (groups.get(id) ?? []).flatMap((g) => g.items);
  const problemStatements = flat('problem');
  const previous = input.previous;
  return {
    version: 1,
    sessionId: session.sessionId,
    methodId: method.id,
    methodName: method.name,
    date: input.date,
    lang: input.lang,
    participants: people(method, session),
    inbrengerIds: inbrengerIds(method, session),
    caseQuestion: flat('case'),
    questions: byRating(flat('questions')),
    problemStatements,
    chosenProblem: problemStatements.find((p) => p.chosen) ?? null,
    goals: flat('goals'),
    insights: flat('insights'),
    advice: flat('advice'),
    actions,
    agreements,
    evaluation: flat('evaluation'),
    other: flat('other'),
    sections,
    ratings,
    previous: previous ? summaryOf(previous) : null,
  };
}
