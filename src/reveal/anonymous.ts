// An anonymous reveal ('zonder namen'): no panel creates a sticky, since Miro shows who created
// it. Panels hand their notes (texts only) to storage; the facilitator's client gathers them,
// creates every sticky itself in a shuffled order and clears the handed keys.
import type { Json, MiroLike, StickyItem } from '../miro/types';
import { withRetry } from '../guard/echo';
import { REVEAL_EVENT, type PrivateNote, type RevealOptions, type RevealPayload } from './types';
import { postAt, revealSpots, type Place, type Post, type RegionBox } from './place';
import { escapeHtml } from '../shared/html';
import { COLLECTION } from '../storage/keys';

/** Storage key under which a panel hands its notes to the facilitator for an anonymous reveal. */
export const handKey = (sid: string, region: string, userId: string) =>
  `reveal:${sid}:${region}:${userId}`;

/** Returns the items of `list` in an order drawn from `random` (Fisher–Yates); pure given random. */
export function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Collects the panels' handed notes for an anonymous reveal and posts them all, shuffled; returns the stickies (calls the SDK; failed notes go into `failed`). */
export async function gatherAnonymous(
  miro: MiroLike,
  sessionId: string,
  box: RegionBox,
  payload: RevealPayload,
  held: readonly PrivateNote[],
  opts: RevealOptions,
  failed: PrivateNote[],
): Promise<StickyItem[]> {
  const { board } = miro;
  const c = board.storage.collection(COLLECTION);
  const region = payload.region;
  const random = opts.random ?? Math.random;
  const me = (await board.getUserInfo()).id;
  const ids =
    opts.authorIds ?? (await board.getOnlineUsers()).map((u) => u.id).filter((id) => id !== me);
  const texts: string[] = held.map((n) => n.text);
  const answered = new Set<string>();
  let used = 0;
  let open = false;
  let finish = () => undefined as void;
  const all = new Promise<void>((r) => (finish = r));
  // What lay in the region before the first batch: later batches take the cells after it.
  let before: Parameters<Place>[0] | undefined;
  // Posts texts in a fresh shuffled order at the next free cells, then clears the handed keys.
  const post = async (batch: string[], keys: string[]) => {
    const order = shuffled(batch, random);
    const from = used;
    used += order.length;
    const place: Place = (taken) =>
      revealSpots(box, 0, from + order.length, 1, (before ??= taken)).slice(from);
    const posts: Post[] = order.map((t) => ({ content: `<p>${escapeHtml(t)}</p>` }));
    const r = await postAt(miro, sessionId, region, box, posts, place);
    const lost = r.failed.map((i) => order[i]!);
    failed.push(...lost.map((text) => ({ region, text, authorId: '', authorName: '' })));
    await Promise.all(keys.map((k) => withRetry(() => c.remove(k)).catch(() => undefined)));
    return r.posted;
  };
  const late: Promise<unknown>[] = [];
  const handlers = ids.map((id) => {
    const key = handKey(sessionId, region, id);
    const h = (value: Json | undefined) => {
      const got = (value as { t?: unknown } | undefined)?.t;
      if (!Array.isArray(got) || answered.has(id)) return;
      answered.add(id);
      const batch = got.filter((t): t is string => typeof t === 'string');
      if (open) late.push(post(batch, [key]));
      else texts.push(...batch);
      if (answered.size === ids.length) finish();
    };
    void c.onValue(key, h);
    return [key, h] as const;
  });
  const stop = () => handlers.forEach(([key, h]) => void c.offValue(key, h));
  await withRetry(() => board.events.broadcast(REVEAL_EVENT, payload as unknown as Json));
  const timer = setTimeout(finish, opts.waitMs ?? 5000);
  if (ids.length === 0) finish();
  await all;
  clearTimeout(timer);
  open = true;
  const keys = [...answered].map((id) => handKey(sessionId, region, id));
  const posted = await post(texts, keys);
  // Panels that answer late still get their notes up, until the reveal window closes.
  setTimeout(stop, 120_000);
  if (answered.size === ids.length) stop();
  return posted;
}
