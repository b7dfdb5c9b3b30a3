// The people on the practice board: a fixed Dutch set, the first one is the facilitator.
import type { OnlineUserInfo } from '../miro/types';

/** The practice board's users; index 0 (Anna) leads the session. */
export const PRACTICE_USERS: readonly OnlineUserInfo[] = [
  { id: 'u-anna', name: 'Anna' },
  { id: 'u-bram', name: 'Bram' },
  { id: 'u-chris', name: 'Chris' },
  { id: 'u-dewi', name: 'Dewi' },
  { id: 'u-eva', name: 'Eva' },
  { id: 'u-fleur', name: 'Fleur' },
];

/** The id of the facilitator (the simulator's first user). */
export const FACILITATOR_ID = 'u-anna';

/** Returns the users to put on a board of `count` people (2–6; default all); pure. */
export function usersFor(count?: number): OnlineUserInfo[] {
  const n = count === undefined || !Number.isFinite(count) ? PRACTICE_USERS.length : count;
  const clamped = Math.max(2, Math.min(PRACTICE_USERS.length, Math.floor(n)));
  return PRACTICE_USERS.slice(0, clamped).map((u) => ({ ...u }));
}

/** Returns the name of user `id`, or the id itself when unknown; pure. */
export function nameOf(users: readonly OnlineUserInfo[], id: string): string {
  return users.find((u) => u.id === id)?.name ?? id;
}
