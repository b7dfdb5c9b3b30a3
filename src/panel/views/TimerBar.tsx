// The phase timer: mm:ss, pause / resume, +1 min; ticks once a second while shown.
import { useEffect, useReducer } from 'preact/hooks';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { TimerPort } from '../controller-port';

/** Returns milliseconds as mm:ss, rounding up to the second; pure. */
export function mmss(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * Renders the timer with its controls (none when `readOnly`: a participant's panel). At 00:00 it
 * says so in a status line that is always there, so screen readers hear it; pause goes, +1 min stays.
 */
export function TimerBar(p: { lang: Lang; timer: TimerPort; readOnly?: boolean; next?: string }) {
  const t = dictFor(p.lang);
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const id = setInterval(() => tick(0), 1000);
    return () => clearInterval(id);
  }, []);
  const now = p.timer.get();
  if (!now) return null;
  const up = !now.paused && now.remainingMs <= 0;
  const act = (fn: () => void) => () => {
    fn();
    tick(0);
  };
  const button = 'button button-small button-secondary';
  return (
    <div class="ip-timer" data-part="timer" data-up={up ? 'true' : undefined}>
      <span class="ip-time" role="timer" aria-label={t.timer}>
        <span aria-hidden="true">⏱ </span>
        {mmss(now.remainingMs)}
      </span>
      {!p.readOnly && now.paused && (
        <button
          type="button"
          class={button}
          data-timer="resume"
          onClick={act(() => p.timer.resume())}
        >
          {t.resume}
        </button>
      )}
      {!p.readOnly && !now.paused && !up && (
        <button
          type="button"
          class={button}
          data-timer="pause"
          onClick={act(() => p.timer.pause())}
        >
          {t.pause}
        </button>
      )}
      {!p.readOnly && (
        <button
          type="button"
          class={button}
          data-timer="plus"
          onClick={act(() => p.timer.extend(60_000))}
        >
          {t.plusMinute}
        </button>
      )}
      <p class="ip-time-up" role="status" aria-live="polite" data-fact="time-up">
        {up ? (p.readOnly ? t.timeUpJoin : t.timeUpLead(p.next ?? t.next)) : ''}
      </p>
    </div>
  );
}
