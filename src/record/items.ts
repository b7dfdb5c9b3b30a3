// One board note as a verslag item: its author, text, marks and column; and the orders the
// verslag keeps (board order, warm first).
import type { Method } from '../catalog/schema';
import type { SessionState } from '../session/state';
import { doneMark, parseAction } from './actions';
import type { Origin } from './app-items';
import { authorOf, type Authored } from './author';
import type { RatingCounts, ReportAction, ReportItem } from './report-types';
import type { Rating, SnapshotItem } from './snapshot';
import { htmlToLines } from './text';

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

/** Returns the 1-based column of a template spot ('column/2', 'cell/p1/3'), or null; pure. */
export const columnOf = (place: string | undefined): number | null => {
  const m = place ? /^(?:column|cell\/[^/]+|label)\/(\d+)$/.exec(place) : null;
  return m ? Number(m[1]) : null;
};

/** Returns the items in board order: column first in columns regions, then rows of 40 top to bottom, then left to right; pure. */
export function boardOrder(items: readonly SnapshotItem[]): SnapshotItem[] {
  const row = (y: number) => Math.round(y / 40);
  return [...items].sort(
    (a, b) =>
      (columnOf(a.place) ?? 0) - (columnOf(b.place) ?? 0) ||
      row(a.y) - row(b.y) ||
      a.x - b.x ||
      a.id.localeCompare(b.id),
  );
}

type People = Pick<SessionState, 'participants' | 'facilitatorId'>;

/**
 * A revealed private note is its author's (metadata `a`, its signature line '— Naam' left out),
 * or nobody's when revealed without names.
 */
function whoWrote(
  session: People,
  s: SnapshotItem,
  lines: string[],
): Authored & { anonymous: boolean } {
  const revealed = s.app?.key.startsWith('private/') === true;
  if (revealed && !s.app?.author)
    return { authorId: null, author: '', lines, writtenFor: false, anonymous: true };
  const who = authorOf(session, s.app?.author ?? s.createdBy, lines);
  const signed = revealed && who.lines.length > 1 && who.lines.at(-1)?.trim() === `— ${who.author}`;
  return { ...who, lines: signed ? who.lines.slice(0, -1) : who.lines, anonymous: false };
}

/** Returns a snapshot note as a verslag item of `region`; `from`: it lay in the parking frame; pure. */
export function toItem(
  method: Method,
  session: People,
  region: string,
  s: SnapshotItem,
  from?: Origin,
): ReportItem {
  const who = whoWrote(session, s, htmlToLines(s.content));
  const column = from ? null : columnOf(s.place);
  const def = method.regions.find((r) => r.id === region);
  return {
    id: s.id,
    region,
    lines: who.lines,
    author: who.author,
    authorId: who.authorId,
    anonymous: who.anonymous,
    writtenFor: who.writtenFor,
    rating: s.rating,
    chosen: s.chosen,
    answered: s.answered,
    column,
    columnTitle: column !== null ? (def?.columns?.[column - 1] ?? null) : null,
    parked: from?.parked ?? false,
  };
}

/** Returns the action a note states (an agreement region wants a named one: else null); pure. */
export function toAction(
  item: ReportItem,
  tagged: boolean,
  session: Pick<SessionState, 'participants'>,
  strict: boolean,
): ReportAction | null {
  const text = doneMark(item.lines.join('\n'));
  const parsed = parseAction(text.text, session.participants, strict);
  if (!parsed && strict) return null;
  return {
    who: parsed?.who || item.author,
    what: parsed?.what ?? text.text.replace(/\n/g, ' '),
    when: parsed?.when ?? null,
    done: tagged || text.done,
    itemId: item.id,
  };
}
