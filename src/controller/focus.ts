// Bringing people to the region that matters now. With a running collaboration session the
// facilitator moves each online participant's viewport (collaboration.zoomTo); otherwise, or for
// anyone who did not join it, a broadcast asks every open panel to zoom its own viewport. The
// sender zooms itself too: a broadcast does not reach its sender.
import type { RegionId } from '../catalog/schema';
import type { BoardLike, FrameItem, Json } from '../miro/types';
import type { IdCache } from '../board/render-ids';
import type { SessionState } from '../session/state';

export const FOCUS_EVENT = 'intervisie:focus';

export interface FocusPayload {
  sessionId: string;
  region: RegionId;
  frameId: string;
}

/** How the participants were brought to the region. */
export type FocusRoute = 'collaboration' | 'broadcast' | 'both';

/** Zooms everyone to the frame; resolves to the route used; throws the first SDK error (board only). */
export async function focusRegion(
  board: BoardLike,
  state: SessionState,
  selfId: string,
  region: RegionId,
  frame: FrameItem,
): Promise<FocusRoute> {
  const payload: FocusPayload = { sessionId: state.sessionId, region, frameId: frame.id };
  const broadcast = () => board.events.broadcast(FOCUS_EVENT, payload as unknown as Json);
  const own = board.viewport.zoomTo(frame);
  // Collaboration is experimental: a board without it counts as no session.
  const sessions = await board.collaboration.getSessions().catch(() => []);
  let route: FocusRoute = 'broadcast';
  const jobs: Promise<unknown>[] = [own];
  if (sessions.length > 0) {
    const members = new Set(state.participants.filter((p) => p.onMiro).map((p) => p.id));
    const online = (await board.getOnlineUsers()).filter(
      (u) => members.has(u.id) && u.id !== selfId,
    );
    const zooms = await Promise.allSettled(online.map((u) => board.collaboration.zoomTo(u, frame)));
    route = zooms.every((z) => z.status === 'fulfilled') ? 'collaboration' : 'both';
  }
  if (route !== 'collaboration') jobs.push(broadcast());
  const done = await Promise.allSettled(jobs);
  const failed = done.find((d) => d.status === 'rejected');
  if (failed) throw failed.reason;
  return route;
}

/**
 * Starts a Miro collaboration session and invites the online participants, so that "kom
 * hierheen" moves those who accept with collaboration.zoomTo as well as by the broadcast every
 * board app answers. Best effort, never throws: the feature is experimental and some boards refuse it.
 */
export async function inviteToSession(
  board: BoardLike,
  state: SessionState,
  selfId: string,
): Promise<boolean> {
  try {
    if ((await board.collaboration.getSessions()).length > 0) return true;
    const members = new Set(state.participants.filter((p) => p.onMiro).map((p) => p.id));
    const users = (await board.getOnlineUsers()).filter(
      (u) => members.has(u.id) && u.id !== selfId,
    );
    if (users.length === 0) return false;
    const session = await board.collaboration.startSession({ name: 'Intervisie' });
    await session.invite(...users);
    return true;
  } catch {
    return false;
  }
}

/** Returns true when a broadcast payload is a focus request for this session; pure. */
export function isFocusFor(payload: unknown, sessionId: string): payload is FocusPayload {
  const p = payload as Partial<FocusPayload> | null;
  return (
    !!p &&
    p.sessionId === sessionId &&
    typeof p.region === 'string' &&
    typeof p.frameId === 'string'
  );
}

/** Listens for focus broadcasts and zooms this client's viewport; returns a function that stops it. */
export function listenForFocus(
  board: BoardLike,
  sessionId: string,
  cache: IdCache,
  heard: (payload: FocusPayload, zoomed: boolean) => void,
): () => void {
  const handler = (payload: unknown) => {
    if (!isFocusFor(payload, sessionId)) return;
    void cache
      .get(payload.frameId)
      .then((frame) => board.viewport.zoomTo(frame))
      .then(
        () => heard(payload, true),
        () => heard(payload, false),
      );
  };
  void board.events.on(FOCUS_EVENT, handler);
  return () => void board.events.off(FOCUS_EVENT, handler);
}
