// Loading the app's own parts onto the practice board: the panel for one user, and the guard
// on every user's client. Both are lazy, as in Miro. In Miro the headless page starts the guard
// on a board with a running session; here the guards follow the session pointer in app data,
// so they start when the facilitator starts a session and stop when it ends.
import { render } from 'preact';
import type { SimulatedMiro } from '../miro/simulator';
import type { MiroLike } from '../miro/types';

/** Mounts the panel for `miro` in `root`; returns a function that unmounts it. */
export async function mountPanelFor(miro: MiroLike, root: HTMLElement): Promise<() => void> {
  const { mountPanel } = await import('../panel/mount');
  root.replaceChildren();
  const result = mountPanel(miro, root) as unknown;
  return () => {
    if (typeof result === 'function') (result as () => void)();
    else render(null, root); // the panel is a Preact tree
    root.replaceChildren();
  };
}

/** The app data key of the session pointer (src/app/headless.ts, POINTER_KEY). */
const POINTER_KEY = 'intervisie';

function activeSession(sim: SimulatedMiro): string | null {
  const v = sim.inspect.appData()[POINTER_KEY] as { active?: unknown } | undefined;
  return v && typeof v.active === 'string' && v.active ? v.active : null;
}

/** Starts the guard on every client while a session runs; returns a function that stops watching. */
export function watchGuards(
  sim: SimulatedMiro,
  clients: readonly MiroLike[],
  onProblem: (error: unknown) => void,
): () => void {
  let current: string | null = null;
  let stops: (() => void)[] = [];
  let turn = 0;
  const stopAll = () => {
    stops.forEach((stop) => stop());
    stops = [];
  };
  const check = () => {
    const active = activeSession(sim);
    if (active === current) return;
    current = active;
    const mine = ++turn;
    stopAll();
    if (!active) return;
    void import('../guard/entry')
      .then(async ({ startGuardWith }) => {
        for (const miro of clients) {
          const started = await startGuardWith(miro).catch((error: unknown) => {
            onProblem(error);
            return null;
          });
          if (!started) continue;
          if (mine === turn) stops.push(() => started.stop());
          else started.stop();
        }
      })
      .catch(onProblem);
  };
  check();
  const unsubscribe = sim.inspect.subscribe(check);
  return () => {
    unsubscribe();
    turn += 1;
    stopAll();
  };
}
