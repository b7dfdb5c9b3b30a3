// Loading the app's own parts onto the practice board: the panel for one user, and the guard
// on every user's client. Both are lazy, as in Miro. In Miro the headless page starts the guard
// on a board with a running session; here the guards follow the session pointer in app data,
// so they start when the facilitator starts a session and stop when it ends.
import { render } from 'preact';
import type { StartedGuard } from '../guard/entry';
import type { Lang } from '../i18n/i18n';
import type { SimulatedMiro } from '../miro/simulator';
import type { MiroLike } from '../miro/types';
import type { Outcome, RatingId } from '../panel/controller-port';

/** The guard running on each user's client (keyed by that user's `miro`), while a session runs. */
const running = new Map<MiroLike, StartedGuard>();

const NO_GUARD: Outcome = {
  ok: false,
  error: {
    code: 'no-session',
    message: {
      nl: 'De bewaking loopt nog niet; waarderen kan zodra de sessie loopt.',
      en: 'The guard is not running yet; rating works once the session runs.',
    },
  },
};

/** Rates the user's selection with the guard running on that user's client; resolves to ok or a refusal. */
export async function rateWithRunningGuard(miro: MiroLike, rating: RatingId): Promise<Outcome> {
  const started = running.get(miro);
  if (!started) return NO_GUARD;
  const { rateSelection } = await import('../guard/rating');
  const bad = (await rateSelection(started.guard.ctx, rating)).find((r) => !r.ok);
  return bad && !bad.ok
    ? { ok: false, error: { code: bad.code, message: bad.message } }
    : { ok: true };
}

/** Mounts the panel for `miro` in `root` in `lang`; returns a function that unmounts it. */
export async function mountPanelFor(
  miro: MiroLike,
  root: HTMLElement,
  lang: Lang = 'nl',
): Promise<() => void> {
  const { mountPanel } = await import('../panel/mount');
  root.replaceChildren();
  const result = mountPanel(miro, root, {
    lang,
    rate: (rating) => rateWithRunningGuard(miro, rating),
    guard: () => running.get(miro)?.guard,
  }) as unknown;
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
          if (mine !== turn) {
            started.stop();
            continue;
          }
          running.set(miro, started);
          stops.push(() => {
            if (running.get(miro) === started) running.delete(miro);
            started.stop();
          });
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
