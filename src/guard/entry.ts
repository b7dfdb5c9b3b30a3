// The guard's entry, loaded by the headless page only on a board with a running session. Each
// client guards its own user's actions; the facilitator's client (by default) also reconciles.
import type { MiroLike } from '../miro/types';
import { createGuard, type Guard, type GuardOptions } from './runtime';
import { createReconciler, type Reconciler } from './reconcile';
import { report } from './handle';

export interface StartedGuard {
  guard: Guard;
  reconciler: Reconciler;
  stop(): void;
}

/** Starts guard and reconciler on this client; returns them, or null when no session runs. */
export async function startGuardWith(
  miro: MiroLike,
  opts: GuardOptions & { clientId?: string; timers?: boolean } = {},
): Promise<StartedGuard | null> {
  let owns = () => false;
  const guard = await createGuard(miro, { ...opts, isOwner: () => owns() });
  if (!guard) return null;
  const clientId =
    opts.clientId ?? `${guard.ctx.userId}:${Math.random().toString(36).slice(2, 10)}`;
  const reconciler = createReconciler(guard.ctx, clientId);
  owns = () => reconciler.isOwner();
  const fail = (error: unknown) => report(guard.ctx, error);
  guard.onState((before) => void reconciler.onPhaseChange(before).catch(fail));
  let timer: ReturnType<typeof setInterval> | undefined;
  if (opts.timers !== false) {
    void reconciler.tick().catch(fail);
    timer = setInterval(() => void reconciler.tick().catch(fail), reconciler.intervalMs);
  }
  return {
    guard,
    reconciler,
    stop() {
      if (timer) clearInterval(timer);
      reconciler.stop();
      guard.stop();
    },
  };
}
