// The verslag as structured data: what buildReport returns and every renderer reads.
import type { Text } from '../catalog/schema';
import type { SectionId } from './sections';
import type { Rating } from './snapshot';
import type { Lang } from '../shared/text';

export type RatingCounts = Record<Rating | 'none', number>;

export interface ReportItem {
  id: string;
  region: string;
  /** Plain text lines (HTML stripped, author prefix taken off); never markup. */
  lines: string[];
  author: string;
  authorId: string | null;
  /** Revealed without names: the record names no author. */
  anonymous: boolean;
  /** Written by the facilitator for this author (name prefix). */
  writtenFor: boolean;
  rating: Rating | null;
  chosen: boolean;
  answered: boolean;
  /** 1-based column of a columns region, else null. */
  column: number | null;
  columnTitle: Text | null;
  /** Parked by the guard (written where it was not open); listed under the region it came from. */
  parked: boolean;
}

/** An action as the history keeps it: who, what, by when, and whether it is done. */
export interface ActionLine {
  who: string;
  what: string;
  when: string | null;
  done: boolean;
}

export interface ReportAction extends ActionLine {
  itemId: string;
}

export interface ReportGroup {
  region: string;
  /** The column this group holds when a columns region is split by column, else null. */
  column: number | null;
  title: Text;
  items: ReportItem[];
  ratings: RatingCounts;
}

/** A section's id: a section of the table, the parking frame, or a VIA round ('round-1', 'round-unknown'). */
export type SectionKey = SectionId | 'parking' | `round-${number}` | 'round-unknown';

export interface ReportSection {
  id: SectionKey;
  title: Text;
  groups: ReportGroup[];
  /** VIA: the round this section holds (R14); null number when the board cannot tell the round. */
  round?: ReportRound;
}

export interface ReportRound {
  /** 1-based. */
  number: number | null;
  inbrengerId: string | null;
}

export interface ReportPerson {
  id: string;
  name: string;
  roleIds: string[];
  /** The roles' names; VIA's inbrengers with their round ('Inbrenger ronde 2'). */
  roles: Text[];
  onMiro: boolean;
}

export interface PreviousSummary {
  sessionId: string;
  date: string;
  methodName: Text;
  /** The case or question and the chosen problem statement, one line; '' when none. */
  summary: string;
  /** The agreements the previous meeting made (not actions), as plain lines. */
  agreements: string[];
  /** Open actions of the previous meeting (and older ones still open). */
  openActions: ActionLine[];
}

export interface Report {
  version: 1;
  sessionId: string;
  methodId: string;
  methodName: Text;
  /** ISO day, YYYY-MM-DD. */
  date: string;
  lang: Lang;
  participants: ReportPerson[];
  inbrengerIds: string[];
  /** The region(s) holding the inbrenger's case and question. */
  caseQuestion: ReportItem[];
  /** Warm first, then neutraal / lauw, then koud, then unrated. */
  questions: ReportItem[];
  problemStatements: ReportItem[];
  chosenProblem: ReportItem | null;
  goals: ReportItem[];
  insights: ReportItem[];
  advice: ReportItem[];
  actions: ReportAction[];
  /** Agreement notes that are not actions. */
  agreements: ReportItem[];
  evaluation: ReportItem[];
  other: ReportItem[];
  /** Every section in order; each region of the board once, parking last. */
  sections: ReportSection[];
  /** Rating counts per region id. */
  ratings: Record<string, RatingCounts>;
  previous: PreviousSummary | null;
}
