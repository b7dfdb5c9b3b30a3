// The session handle as the panel drives it: the controller's SessionHandle plus this panel's
// private writing (notes, 'Klaar', the reveal). No board calls here; host.ts passes both in.
import type { SessionHandle } from '../controller/handle';
import type { PrivateWriting } from '../reveal/writing';
import type { StorageLike } from '../reveal/private';
import type { PanelController } from './controller-port';
import type { Lang } from '../i18n/i18n';

/** Returns this browser's localStorage, or an in-memory stand-in where there is none. */
export function browserStorage(): StorageLike {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // storage blocked (privacy settings): keep the notes in memory
  }
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
}

/** The previous verslag's card per language (R41), as the host loaded it at the session's start. */
export type PreviousAgenda = Record<Lang, { title: string; lines: string[] }> | null;

/** Returns the panel's controller over a handle and its private writing; close() stops both and `stopMore`. */
export function panelController(
  handle: SessionHandle,
  writing: PrivateWriting,
  stopMore: () => void = () => undefined,
  previous: PreviousAgenda = null,
): PanelController {
  return {
    ...handle,
    previousAgenda: (lang) => previous?.[lang] ?? null,
    subscribe(listener) {
      const a = handle.subscribe(listener);
      const b = writing.subscribe(listener);
      // A guard notice (parked, restored, an error) changes the activity line.
      const c = handle.on('notice', () => listener());
      return () => {
        a();
        b();
        c();
      };
    },
    privateWriting: () => writing.current(),
    privateProgress(region) {
      const now = writing.current();
      if (!now || now.region !== region) return null;
      return { done: now.writers.filter((w) => w.done).length, total: now.writers.length };
    },
    markDone: (id, done) => writing.markDone(id, done),
    keptNotes: () => writing.kept(),
    revealAgain: (region) => writing.revealAgain(region),
    close() {
      writing.stop();
      stopMore();
      handle.close();
    },
  };
}
