// The headless page every board user loads: registers the toolbar icon and, on a board with a
// running session, loads the guard. Kept tiny (budget 6 KB gzip): no zod, no Preact here.
import type { MiroLike } from '../miro/types';

export const PANEL_URL = 'index.html?view=panel';
/** App data key holding the pointer to the active session (see src/session/store.ts). */
export const POINTER_KEY = 'intervisie';

export interface HeadlessOptions {
  /** Loads and starts the guard; called only when the board has a running session. */
  loadGuard?: (miro: MiroLike) => Promise<void>;
}

/** Registers the icon click and starts the guard when a session runs; resolves when done. */
export async function startHeadless(miro: MiroLike, options: HeadlessOptions = {}): Promise<void> {
  const { board } = miro;
  board.ui.on('icon:click', () => {
    void board.ui.openPanel({ url: PANEL_URL });
  });
  if (!options.loadGuard) return;
  let pointer: unknown;
  try {
    pointer = await board.getAppData(POINTER_KEY);
  } catch {
    return; // no app data yet, or not readable: nothing to guard
  }
  if (hasActiveSession(pointer)) await options.loadGuard(miro);
}

function hasActiveSession(pointer: unknown): boolean {
  return (
    typeof pointer === 'object' &&
    pointer !== null &&
    typeof (pointer as { active?: unknown }).active === 'string'
  );
}
