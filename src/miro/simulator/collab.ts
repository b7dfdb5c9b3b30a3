// Collaboration sessions: collaboration.zoomTo moves another user's viewport only when a
// session is running and that user joined it. The simulator's joinSession makes users join.
import type { CollaborationLike, ItemBase, SessionLike } from '../types';
import { clientOf, type Core, type SessionState } from './core';
import { forbidden, invalid } from './errors';
import { zoomClient } from './space';

function toSession(core: Core, userId: string, s: SessionState): SessionLike {
  return {
    id: s.id,
    invite: (...users) =>
      core.runtime.call(userId, 'session.invite', () => {
        if (s.ended) throw invalid(`Session ${s.id} has ended`);
        for (const user of users) s.invited.add(user.id);
      }),
    end: () =>
      core.runtime.call(userId, 'session.end', () => {
        s.ended = true;
      }),
  };
}

/** Returns client `userId`'s collaboration API. */
export function createCollaboration(core: Core, userId: string): CollaborationLike {
  return {
    startSession: (props) =>
      core.runtime.call(userId, 'collaboration.startSession', () => {
        if (typeof props?.name !== 'string' || props.name === '')
          throw invalid('A session needs a name');
        const session: SessionState = {
          id: `session-${core.sessions.length + 1}`,
          name: props.name,
          startedBy: userId,
          invited: new Set(),
          joined: new Set(),
          ended: false,
        };
        core.sessions.push(session);
        return toSession(core, userId, session);
      }),
    getSessions: () =>
      core.runtime.call(userId, 'collaboration.getSessions', () =>
        core.sessions.filter((s) => !s.ended).map((s) => toSession(core, userId, s)),
      ),
    zoomTo: (user, items) =>
      core.runtime.call(userId, 'collaboration.zoomTo', () => {
        const joined = core.sessions.some((s) => !s.ended && s.joined.has(user.id));
        if (!joined) {
          throw forbidden(`User ${user.id} has not joined a running collaboration session`);
        }
        const ids = (Array.isArray(items) ? items : [items]).map((i: ItemBase) => i.id);
        zoomClient(core, clientOf(core, user.id), ids);
      }),
  };
}

/** Makes `userId` join session `sessionId` (default: the latest running one) (mutates core). */
export function joinSession(core: Core, userId: string, sessionId?: string): void {
  clientOf(core, userId);
  const running = core.sessions.filter((s) => !s.ended);
  const session = sessionId ? running.find((s) => s.id === sessionId) : running[running.length - 1];
  if (!session)
    throw new Error(`No running collaboration session${sessionId ? ` '${sessionId}'` : ''}`);
  session.joined.add(userId);
}
