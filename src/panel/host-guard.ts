// The host's services backed by the guard: rating the selection, marking it 'gekozen' /
// 'beantwoord', and taking sticker drops. The guard's code loads lazily, outside the panel chunk;
// on the practice board the guard already running on the user's client is used instead.
import type { MiroLike } from '../miro/types';
import { userError, type UserError } from '../shared/errors';
import type { MarkKind } from '../guard/marks';
import type { RatingValue } from '../guard/rating';
import type { DropPort, Outcome } from './controller-port';

/** A guard running on this client: what rating and marking act through. */
export type RunningGuard = { ctx: Parameters<typeof import('../guard/rating').rateSelection>[0] };

const noSession = (nl: string, en: string): Outcome => ({
  ok: false,
  error: userError('no-session', nl, en),
});
const NO_RATING = noSession(
  'Er loopt geen sessie op dit bord; waarderen kan pas als de sessie loopt.',
  'No session is running on this board; rating works once the session runs.',
);
const NO_MARKING = noSession(
  'Er loopt geen sessie op dit bord; markeren kan pas als de sessie loopt.',
  'No session is running on this board; marking works once the session runs.',
);

/** Returns the first refusal among guard results as an outcome, else ok; pure. */
function outcomeOf(
  results: ({ ok: true } | { ok: false; code: string; message: UserError['message'] })[],
): Outcome {
  const bad = results.find((r) => !r.ok);
  return bad && !bad.ok
    ? { ok: false, error: { code: bad.code, message: bad.message } }
    : { ok: true };
}

/** Returns rate, mark and enableDrop over `miro`; the guard is loaded once, on first use. */
export function createGuardServices(
  miro: MiroLike,
  options: { now: () => number; running?: () => RunningGuard | undefined },
) {
  let loading: Promise<RunningGuard | null> | null = null;
  const guard = async (): Promise<RunningGuard | null> => {
    const running = options.running?.();
    if (running) return running;
    return (loading ??= import('../guard/runtime').then(
      (runtime) => runtime.createGuard(miro, { listen: false, now: options.now }),
      () => null,
    ));
  };
  const rating = () => import('../guard/rating');
  return {
    async rate(value: RatingValue): Promise<Outcome> {
      const [g, r] = await Promise.all([guard(), rating()]);
      return g ? outcomeOf(await r.rateSelection(g.ctx, value)) : NO_RATING;
    },
    async mark(kind: MarkKind): Promise<Outcome & { marked?: boolean }> {
      const [g, m] = await Promise.all([guard(), import('../guard/marks')]);
      if (!g) return NO_MARKING;
      const results = await m.markSelection(g.ctx, kind);
      const out = outcomeOf(results);
      const first = results[0];
      return out.ok && first?.ok ? { ok: true, marked: first.marked } : out;
    },
    enableDrop: ((report) => {
      let off = () => {};
      let stopped = false;
      void Promise.all([guard(), rating()]).then(([g, r]) => {
        if (!g || stopped) return;
        let dropped: RatingValue | undefined;
        const handler = r.createDropHandler(
          g.ctx,
          (target) => {
            const v = (target as HTMLElement | null)?.dataset?.rating;
            dropped =
              v === 'warm' || v === 'neutraal' || v === 'lauw' || v === 'koud' ? v : undefined;
            return dropped;
          },
          (result) => report(outcomeOf([result]), dropped),
        );
        const { ui } = miro.board;
        ui.on('drop', handler);
        off = () => ui.off('drop', handler);
      });
      return () => {
        stopped = true;
        off();
      };
    }) as DropPort,
  };
}
