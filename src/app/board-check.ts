// Bordcontrole: tries on this board what Miro's docs leave open (MIRO-FACTS.md, "Must validate
// on a live board") and returns the answers as data. It makes one small frame with one sticky
// note in empty space and removes both whatever happens; it touches no other item.
import type { Lang } from '../i18n/i18n';
import type { ItemBase, ItemsEvent, Json, MiroLike } from '../miro/types';
import {
  attempt,
  makeTestItems,
  probeMetadata,
  probeShowContent,
  provokeError,
  removeAll,
  type Attempt,
  type ErrorDescription,
} from './board-check-steps';
import {
  cleanupText,
  echoAnswer,
  errorAnswer,
  eventsAnswer,
  failedAnswer,
  metadataAnswer,
  parentAnswer,
  savedText,
  showContentAnswer,
  timerAnswer,
} from './board-check-text';
import { CHECK_ASK, CHECK_SEEN, CHECK_START } from './check-answer';
import { COLLECTION, KEYS } from '../storage/keys';
import type { Text } from '../shared/text';

export { formatBoardCheck } from './board-check-text';

export type BoardCheckId =
  | 'parentOnCreate'
  | 'showContent'
  | 'timer'
  | 'errorShape'
  | 'metadataLimit'
  | 'itemEvents'
  | 'echo';

/** One answer: 'unknown' when the check ran but could not tell, 'failed' when a call failed. */
export interface BoardCheckAnswer {
  id: BoardCheckId;
  status: 'answered' | 'unknown' | 'failed';
  question: Text;
  answer: Text;
  detail: Text;
}

/** What the app keeps of a check, in the app's storage collection under KEYS.boardFacts; null: not known. */
export interface BoardFacts {
  parentOnCreate: boolean | null;
  showContent: boolean | null;
  timer: boolean | null;
  metadataLimit: number | null;
  itemEventsReachOthers: boolean | null;
  checkedAt: string;
}

export interface BoardCheckResult {
  checkedAt: string;
  userAgent: string | null;
  userId: string | null;
  /** The language formatBoardCheck uses by default. */
  lang: Lang;
  answers: BoardCheckAnswer[];
  facts: BoardFacts;
  cleanup: { removed: number; left: string[]; text: Text };
  saved: { ok: boolean; text: Text };
}

export interface BoardCheckOptions {
  now?: () => number;
  /** How the check waits for other clients (default: real timers). */
  wait?: (ms: number) => Promise<void>;
  lang?: Lang;
  /** Hears each finished step of CHECK_STEPS. */
  onProgress?: (done: number, total: number) => void;
}

export const FACTS_COLLECTION = COLLECTION;
export const FACTS_KEY = KEYS.boardFacts;
export const CHECK_STEPS = 8;
/** The pauses of the broadcast handshake with the other clients (check-answer.ts). */
export const CHECK_WAITS = { afterStart: 1500, afterCreate: 1500, forReplies: 2000 } as const;

type Reply = { userId: string; saw: boolean };

/** Runs the board check on `miro`; resolves to the answers (never rejects for a failed SDK call). */
export async function runBoardCheck(
  miro: MiroLike,
  options: BoardCheckOptions = {},
): Promise<BoardCheckResult> {
  const { board } = miro;
  const now = options.now ?? Date.now;
  const lang = options.lang ?? 'nl';
  const wait = options.wait ?? ((ms) => new Promise<void>((done) => setTimeout(done, ms)));
  let done = 0;
  const step = () => options.onProgress?.(++done, CHECK_STEPS);
  const nonce = `${now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const created: ItemBase[] = [];
  const answers: BoardCheckAnswer[] = [];
  const facts: BoardFacts = {
    parentOnCreate: null,
    showContent: null,
    timer: null,
    metadataLimit: null,
    itemEventsReachOthers: null,
    checkedAt: new Date(now()).toISOString(),
  };
  const createsHere = new Map<string, number>();
  const replies: Reply[] = [];
  const onCreate = (e: ItemsEvent) => {
    for (const item of e.items) createsHere.set(item.id, (createsHere.get(item.id) ?? 0) + 1);
  };
  const onSeen = (p: Json | undefined) => {
    const r = replyOf(p, nonce);
    if (r) replies.push(r);
  };
  const me = await attempt(() => board.getUserInfo());
  const userId = me.ok ? me.value.id : null;
  board.ui.on('items:create', onCreate);
  await attempt(() => board.events.on(CHECK_SEEN, onSeen));
  let left: string[] = [];
  try {
    const started = await attempt(() => board.events.broadcast(CHECK_START, { nonce }));
    if (started.ok) await wait(CHECK_WAITS.afterStart);
    step();
    const title = lang === 'nl' ? 'Bordcontrole' : 'Board check';
    const made = await makeTestItems(board, title, created);
    answers.push(parentAnswer(made));
    if (made.frame && made.sticky) facts.parentOnCreate = made.sticky.parentId === made.frame.id;
    step();
    if (made.frame) {
      const hidden = await probeShowContent(made.frame);
      answers.push(showContentAnswer(hidden));
      facts.showContent = hidden.ok;
    } else answers.push(failedAnswer('showContent', made.failed!.call, made.failed!.error));
    step();
    const timer = await attempt(() => board.canUse('timer'));
    answers.push(timerAnswer(timer));
    if (timer.ok) facts.timer = timer.value;
    answers.push(errorAnswer(await provokeError(board)));
    step();
    if (made.sticky) {
      const meta = await probeMetadata(made.sticky);
      answers.push(metadataAnswer(meta));
      facts.metadataLimit = meta.accepted[meta.accepted.length - 1] ?? 0;
    } else answers.push(failedAnswer('metadataLimit', made.failed!.call, made.failed!.error));
    step();
    const events = made.sticky
      ? await askOthers(made.sticky.id, started, () => replies)
      : made.failed!;
    if ('call' in events) {
      answers.push(failedAnswer('itemEvents', events.call, events.error));
      if (made.sticky) answers.push(echoAnswer(createsHere.get(made.sticky.id) ?? 0));
      else answers.push(failedAnswer('echo', events.call, events.error));
    } else {
      const others = events.replies.filter((r) => r.userId !== userId);
      answers.push(
        eventsAnswer(others, events.replies.length - others.length, await namesOf(miro)),
      );
      answers.push(echoAnswer(createsHere.get(made.sticky!.id) ?? 0));
      if (others.length > 0) facts.itemEventsReachOthers = others.some((r) => r.saw);
    }
    step();
  } finally {
    board.ui.off('items:create', onCreate);
    await attempt(() => board.events.off(CHECK_SEEN, onSeen));
    left = await removeAll(board, created);
    step();
  }
  const saved = await attempt(() =>
    board.storage.collection(FACTS_COLLECTION).set(FACTS_KEY, { ...facts }),
  );
  step();
  return {
    checkedAt: facts.checkedAt,
    userAgent: typeof navigator === 'undefined' ? null : (navigator.userAgent ?? null),
    userId,
    lang,
    answers,
    facts,
    cleanup: {
      removed: created.length - left.length,
      left,
      text: cleanupText(created.length - left.length, left),
    },
    saved: { ok: saved.ok, text: savedText(saved) },
  };

  // The handshake: wait for the item events to arrive, ask, and collect the replies.
  async function askOthers(
    itemId: string,
    started: Attempt<void>,
    collected: () => Reply[],
  ): Promise<{ replies: Reply[] } | { call: string; error: ErrorDescription }> {
    await wait(CHECK_WAITS.afterCreate);
    if (!started.ok) return { call: CHECK_START, error: started.error };
    const asked = await attempt(() => board.events.broadcast(CHECK_ASK, { nonce, itemId }));
    if (!asked.ok) return { call: CHECK_ASK, error: asked.error };
    await wait(CHECK_WAITS.forReplies);
    return { replies: [...collected()] };
  }
}

function replyOf(p: Json | undefined, nonce: string): Reply | null {
  if (!p || typeof p !== 'object' || Array.isArray(p)) return null;
  const { nonce: n, userId, saw } = p as Record<string, Json>;
  if (n !== nonce || typeof saw !== 'boolean') return null;
  return { userId: typeof userId === 'string' ? userId : '', saw };
}

async function namesOf(miro: MiroLike): Promise<Map<string, string>> {
  const users = await attempt(() => miro.board.getOnlineUsers());
  return new Map(users.ok ? users.value.map((u) => [u.id, u.name] as [string, string]) : []);
}
