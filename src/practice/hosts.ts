// Loading the app's own parts onto the practice board: the panel for one user, and the guard
// on every user's client. Both are lazy, as in Miro. Every simulated client runs the same board
// app as the headless page in Miro (startBoardApp), so the guards start when the facilitator
// starts a session and stop when it ends, through the same storage pointer as on a real board.
import { render } from 'preact';
import type { BoardApp } from '../app/headless';
import type { Lang } from '../i18n/i18n';
import type { MiroLike } from '../miro/types';
import type { RatingValue } from '../guard/rating';
import type { Outcome } from '../panel/controller-port';
import { userError } from '../shared/errors';

/** The board app running on each user's client (keyed by that user's `miro`). */
const apps = new Map<MiroLike, BoardApp>();
const runningGuard = (miro: MiroLike) => apps.get(miro)?.guard();

const NO_GUARD: Outcome = {
  ok: false,
  error: userError(
    'no-session',
    'De bewaking loopt nog niet; waarderen kan zodra de sessie loopt.',
    'The guard is not running yet; rating works once the session runs.',
  ),
};

/** Rates the user's selection with the guard running on that user's client; resolves to ok or a refusal. */
export async function rateWithRunningGuard(miro: MiroLike, rating: RatingValue): Promise<Outcome> {
  const started = runningGuard(miro);
  if (!started) return NO_GUARD;
  const { rateSelection } = await import('../guard/rating');
  const bad = (await rateSelection(started.guard.ctx, rating)).find((r) => !r.ok);
  return bad && !bad.ok
    ? { ok: false, error: { code: bad.code, message: bad.message } }
    : { ok: true };
}

/**
 * Mounts the panel for `miro` in `root` in `lang`; `clientOf` gives another practice user's
 * client (a revealed note goes up from its writer's own client). Returns a function that unmounts it.
 */
export async function mountPanelFor(
  miro: MiroLike,
  root: HTMLElement,
  lang: Lang = 'nl',
  clientOf?: (userId: string) => MiroLike | undefined,
): Promise<() => void> {
  const { mountPanel } = await import('../panel/mount');
  root.replaceChildren();
  const result = mountPanel(miro, root, {
    lang,
    rate: (rating) => rateWithRunningGuard(miro, rating),
    guard: () => runningGuard(miro)?.guard,
    ...(clientOf ? { clientOf } : {}),
  }) as unknown;
  return () => {
    if (typeof result === 'function') (result as () => void)();
    else render(null, root); // the panel is a Preact tree
    root.replaceChildren();
  };
}

/**
 * Runs the board app on every client, as Miro runs the headless page for every board user: each
 * follows the session and guards while one runs. Returns a function that stops them all.
 */
export function startBoardApps(
  clients: readonly MiroLike[],
  onProblem: (error: unknown) => void,
): () => void {
  let stopped = false;
  const started: BoardApp[] = [];
  void import('../app/headless')
    .then(async ({ startBoardApp }) => {
      for (const miro of clients) {
        const app = await startBoardApp(miro, { onProblem });
        if (stopped) {
          app.stop();
          continue;
        }
        started.push(app);
        apps.set(miro, app);
      }
    })
    .catch(onProblem);
  return () => {
    stopped = true;
    for (const app of started) app.stop();
    for (const [miro, app] of apps) if (started.includes(app)) apps.delete(miro);
  };
}
