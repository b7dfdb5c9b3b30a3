// Marking in a choose-one or mark-answered phase: select a sticky on the board, then 'Gekozen'
// or 'Beantwoord' (again takes the mark off). Shown only in those phases, to whoever may mark.
import { useState } from 'preact/hooks';
import type { Method } from '../../catalog/schema';
import { effectiveRoles, holders } from '../../session/people';
import type { SessionState } from '../../session/state';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { MarkKind } from '../../guard/marks';
import type { Outcome } from '../controller-port';
import { Alert } from './ui';

export interface MarkBarProps {
  lang: Lang;
  marks: MarkKind[];
  onMark: (kind: MarkKind) => Promise<Outcome & { marked?: boolean }>;
}

/**
 * Returns the marks `userId` may set now: the role a choose-one / mark-answered action names, or
 * the facilitator when a holder of that role is not on Miro (the guard's rule), and the
 * facilitator for a vote that chooses the case; pure.
 */
export function marksOpenTo(method: Method, state: SessionState, userId: string): MarkKind[] {
  if (state.status !== 'running') return [];
  const offline = new Set(state.participants.filter((x) => !x.onMiro).map((x) => x.id));
  const mine = effectiveRoles(method, state, userId);
  return (method.phases[state.phaseIndex]?.actions ?? []).flatMap((a): MarkKind[] => {
    // The vote that chooses the case: the facilitator marks the group's choice.
    if (a.kind === 'vote' && a.chooses === 'inbrenger')
      return (a.stage ?? 0) <= state.stage && userId === state.facilitatorId ? ['gekozen'] : [];
    if (a.kind !== 'choose-one' && a.kind !== 'mark-answered') return [];
    if ((a.stage ?? 0) > state.stage) return [];
    const may =
      mine.includes(a.by) ||
      (userId === state.facilitatorId &&
        holders(method, state, [a.by]).some((id) => offline.has(id)));
    return may ? [a.kind === 'choose-one' ? 'gekozen' : 'beantwoord'] : [];
  });
}

/** Renders one button per mark open now, with the outcome of the last press. */
export function MarkBar(p: MarkBarProps) {
  const t = dictFor(p.lang);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const word = (k: MarkKind) => (k === 'gekozen' ? t.markChosen : t.markAnswered);
  const press = async (kind: MarkKind) => {
    const r = await p.onMark(kind);
    setNote(r.ok ? (r.marked === false ? t.unmarked(word(kind)) : t.marked(word(kind))) : null);
    setError(r.ok ? null : r.error.message[p.lang]);
  };
  return (
    <div class="ip-marks" data-part="marks" aria-labelledby="ip-marks-h">
      <h3 class="ip-label" id="ip-marks-h">
        {t.markTitle}
      </h3>
      <p class="ip-muted" id="ip-marks-help">
        {t.markHelp}
      </p>
      <div class="ip-row">
        {[...new Set(p.marks)].map((k) => (
          <button
            key={k}
            type="button"
            class="button button-small button-secondary"
            data-mark={k}
            aria-describedby="ip-marks-help"
            onClick={() => void press(k)}
          >
            {k === 'gekozen' ? '★ ' : '✓ '}
            {word(k)}
          </button>
        ))}
      </div>
      {note && (
        <p role="status" class="ip-note">
          {note}
        </p>
      )}
      <Alert text={error} />
    </div>
  );
}
