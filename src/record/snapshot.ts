// What the board holds, as plain data: the input of the record builder. `src/board/snapshot.ts`
// reads it from the board in a few SDK calls; tests may also write it by hand.

/** The rating words of both scales (R17, R20, R37). */
export type Rating = 'warm' | 'neutraal' | 'lauw' | 'koud';
export const RATINGS: readonly Rating[] = ['warm', 'neutraal', 'lauw', 'koud'];

/** One participant item (sticky, text or shape not in the template) inside a region frame. */
export interface SnapshotItem {
  id: string;
  type: 'sticky_note' | 'text' | 'shape';
  /** Content as Miro stores it: inline HTML. */
  content: string;
  /** Miro user id of the creator. */
  createdBy: string;
  createdAt: string;
  /** Centre in board coordinates. */
  x: number;
  y: number;
  /** Titles of the item's tags. */
  tags: string[];
  /** From a rating tag, else from a rating sticker beside the item. */
  rating: Rating | null;
  /** Tagged 'gekozen' / 'chosen' (choose-one, vote). */
  chosen: boolean;
  /** Tagged 'beantwoord' / 'answered' (mark-answered). */
  answered: boolean;
  /** Tagged 'gedaan' / 'done' (actions). */
  done: boolean;
  /** The template spot the centre lies on, after method/region: 'column/2', 'cell/p1/3', 'slot/p2/1', 'pair/1'. */
  place?: string;
  /** The app's metadata on the item, where readBoard read it (parking, private-writing regions). */
  app?: AppMeta;
}

/** What the app wrote on an item it made: `k` key ('parked/<noteId>', 'private/<id>'), `s` session, `r` region, `a` author. */
export interface AppMeta {
  key: string;
  session?: string;
  region?: string;
  /** Participant id of a revealed private note's author; absent when revealed without names. */
  author?: string;
}

export interface RegionSnapshot {
  /** Region id, or 'parking' for the parking frame. */
  region: string;
  frameId: string;
  title: string;
  items: SnapshotItem[];
}

export interface BoardSnapshot {
  sessionId: string;
  methodId: string;
  /** Region frames in template order, then the parking frame. */
  regions: RegionSnapshot[];
}
