// Pause, resume and +1 min over the controller's countdown. A controller that stores them in the
// session (the real handle) does the work, so every panel shows the same; without that (a bare
// controller in tests) this panel keeps its own pause and extension.
import type { Outcome, PanelController, TimerPort } from './controller-port';

/** Returns a timer port over the controller; `onError` hears a refused command (mutates itself only). */
export function createTimerControl(
  controller: PanelController,
  now: () => number,
  onError: (outcome: Outcome) => void = () => undefined,
): TimerPort {
  const c = controller;
  if (c.pauseTimer && c.resumeTimer && c.prolongTimer) {
    const run = (p: Promise<Outcome>) => void p.then((r) => !r.ok && onError(r));
    return {
      get() {
        if (c.state().status !== 'running') return null;
        const r = c.timer();
        return { remainingMs: r.remainingMs, running: r.running, paused: !!r.paused };
      },
      pause: () => run(c.pauseTimer!()),
      resume: () => run(c.resumeTimer!()),
      extend: (ms) => run(c.prolongTimer!(ms)),
    };
  }
  return localTimer(c, now);
}

function localTimer(controller: PanelController, now: () => number): TimerPort {
  let extraMs = 0;
  let pausedAt: number | null = null;
  let phaseKey = '';
  const reset = () => {
    const s = controller.state();
    const key = `${s.phaseIndex}/${s.round}/${s.phaseStartedAt ?? ''}`;
    if (key !== phaseKey) {
      phaseKey = key;
      extraMs = 0;
      pausedAt = null;
    }
  };
  return {
    get() {
      reset();
      const r = controller.timer();
      if (controller.state().status !== 'running') return null;
      const frozen = pausedAt === null ? 0 : now() - pausedAt;
      const remainingMs = Math.max(0, r.remainingMs + extraMs + frozen);
      return {
        remainingMs,
        running: pausedAt === null && remainingMs > 0,
        paused: pausedAt !== null,
      };
    },
    pause() {
      reset();
      pausedAt ??= now();
    },
    resume() {
      reset();
      if (pausedAt !== null) extraMs += now() - pausedAt;
      pausedAt = null;
    },
    extend(ms) {
      reset();
      extraMs += ms;
    },
  };
}
