// Following the stored session: storage onValue pushes every write to every panel. Each value is
// read like a load (envelope, migration, repair); a corrupt one becomes a notice, never a crash.
import type { CollectionLike, Json } from '../miro/types';
import { readEnvelope } from '../session/envelope';
import { restoreState } from '../session/repair';
import type { MethodLookup } from '../session/repair';
import type { SessionState } from '../session/state';
import { sessionKey } from '../session/store';
import type { Notice } from './hooks';

export interface Follower {
  adopt(state: SessionState, rev: number): void;
  notify(notice: Omit<Notice, 'at'>): void;
}

/** Subscribes to the session's stored value; returns a function that unsubscribes. */
export function followStorage(
  collection: CollectionLike,
  sessionId: string,
  lookup: MethodLookup,
  follower: Follower,
): () => void {
  const handler = (value: Json | undefined) => {
    if (value === undefined) return; // removed: keep what we have
    const read = readEnvelope(value);
    if ('ok' in read) {
      if (!read.ok) follower.notify({ code: 'stored-unreadable', message: read.error.message });
      return;
    }
    const restored = restoreState(read.envelope.state, sessionId, lookup);
    if (!restored.ok) {
      follower.notify({ code: 'stored-unreadable', message: restored.message });
      return;
    }
    follower.adopt(restored.state, read.envelope.rev);
  };
  void collection.onValue(sessionKey(sessionId), handler);
  return () => void collection.offValue(sessionKey(sessionId), handler);
}
