// Where the app keeps its shared state on a board: one storage collection, the app-data
// pointer, and every key in the collection. The one home of these names: every module reads and
// writes through them. Pure and zod-free (the headless page imports it).

/** The storage collection of every session's shared state. */
export const COLLECTION = 'intervisie';
/** The app-data key of the pointer to the running session (at most 512 bytes). */
export const POINTER_KEY = COLLECTION;
/** The storage key of the same pointer, which every client's board app follows. */
export const ACTIVE_KEY = 'active';

/** Every key of the collection, by what it holds. */
export const KEYS = {
  /** The session envelope { version, rev, writer, state }. */
  session: (sid: string) => `session:${sid}`,
  /** The TemplateMap: which board item each blueprint key became. */
  template: (sid: string) => `template:${sid}`,
  /** The method's text-free plan, so a guard need not load the catalog. */
  plan: (sid: string) => `plan:${sid}`,
  /** A closed region's snapshot. */
  snapshot: (sid: string, region: string) => `snapshot:${sid}:${region}`,
  /** What the guards did, for the facilitator's panel. */
  notices: (sid: string) => `notices:${sid}`,
  /** The reconciler's owner and heartbeat. */
  reconciler: (sid: string) => `reconciler:${sid}`,
  ratings: (sid: string) => `ratings:${sid}`,
  marks: (sid: string) => `marks:${sid}`,
  /** Who brings back a deleted item (`itemId` the deleted one's): one client, once. */
  claim: (sid: string, itemId: string) => `claim:${sid}:${itemId}`,
  /** Places in the parking frame claimed by notes on their way there. */
  parking: (sid: string) => `parking:${sid}`,
  /** The participants whose panel is open. */
  panels: (sid: string) => `panels:${sid}`,
  /** One participant's private notes handed over for an anonymous reveal. */
  reveal: (sid: string, region: string, userId: string) => `reveal:${sid}:${region}:${userId}`,
  /** The agenda card of the previous verslag, and what was written on it. */
  agenda: (sid: string) => `agenda:${sid}`,
  /** The group's history of sessions (roles, verslag summaries). */
  history: 'history',
  /** What the board check learnt of this board. */
  boardFacts: 'board-facts',
  /** The session every board user's headless page follows. */
  active: ACTIVE_KEY,
} as const;
