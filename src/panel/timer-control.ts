// Pause and +1 min over the controller's countdown. The controller derives the countdown from the
// stored phase start and offers no pause or prolong, so these adjust this panel's countdown only.
import type { PanelController, TimerPort } from './controller-port';

/** Returns a timer port over the controller; it keeps its own pause and extension (mutates itself only). */
export function createTimerControl(controller: PanelController, now: () => number): TimerPort {
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
      return { remainingMs, running: pausedAt === null && remainingMs > 0 };
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
