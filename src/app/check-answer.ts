// The other side of the board check (board-check.ts), run by the headless page of every board
// user: between a check's start and its question it notes the ids of items:create events on this
// client, then says whether it saw the check's test item. Kept tiny: type imports only.
import type { ItemsEvent, Json, MiroLike } from '../miro/types';

export const CHECK_START = 'intervisie:check-start';
export const CHECK_ASK = 'intervisie:check-ask';
export const CHECK_SEEN = 'intervisie:check-seen';

type Payload = Json | undefined;
const field = (p: Payload, key: string): string | undefined => {
  const v = p && typeof p === 'object' && !Array.isArray(p) ? p[key] : undefined;
  return typeof v === 'string' ? v : undefined;
};
const ignore = () => {};

/** Starts answering board checks on this client; returns the function that stops it. */
export function answerBoardCheck(miro: MiroLike): () => void {
  const { board } = miro;
  // Item ids seen on this client, per running check (at most a few: a stale start is dropped).
  const open = new Map<string, Set<string>>();
  const onCreate = (e: ItemsEvent) => {
    for (const seen of open.values()) for (const item of e.items) seen.add(item.id);
  };
  const listen = (on: boolean) =>
    on ? board.ui.on('items:create', onCreate) : board.ui.off('items:create', onCreate);
  const onStart = (p: Payload) => {
    const nonce = field(p, 'nonce');
    if (!nonce || open.has(nonce)) return;
    if (open.size >= 3) open.delete(open.keys().next().value as string);
    if (open.size === 0) listen(true);
    open.set(nonce, new Set());
  };
  const onAsk = async (p: Payload) => {
    const nonce = field(p, 'nonce');
    const seen = nonce ? open.get(nonce) : undefined;
    if (!nonce || !seen) return;
    open.delete(nonce);
    if (open.size === 0) listen(false);
    const userId = await board.getUserInfo().then(
      (u) => u.id,
      () => '',
    );
    const saw = seen.has(field(p, 'itemId') ?? '');
    await board.events.broadcast(CHECK_SEEN, { nonce, userId, saw }).catch(ignore);
  };
  board.events.on(CHECK_START, onStart).catch(ignore);
  board.events.on(CHECK_ASK, onAsk).catch(ignore);
  return () => {
    board.events.off(CHECK_START, onStart).catch(ignore);
    board.events.off(CHECK_ASK, onAsk).catch(ignore);
    if (open.size > 0) listen(false);
    open.clear();
  };
}
