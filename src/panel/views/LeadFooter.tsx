// The facilitator's footer, sticky at the panel's bottom: the phase's own main action (a confirm
// step, the reveal) above Vorige / Volgende (or Afronden at the last phase), 'Ga naar…', 'Passend'
// and Afronden.
import type { ComponentChildren } from 'preact';
import type { Text } from '../../catalog/schema';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import { Confirm, RevealBox } from './LeadParts';
import { FitButton } from './LeadStates';
import { Alert } from './ui';

/** What the facilitator is asked to confirm in the footer. */
export type Ask =
  | { kind: 'consent'; text: string }
  | { kind: 'goto'; index: number; text: string }
  | { kind: 'finish' };

/**
 * Renders the phase's main action for the footer: the last error, then the confirm step when one
 * is asked, else the reveal when one is pending; nothing otherwise.
 */
export function FooterAction(p: {
  lang: Lang;
  ask: Ask | null;
  reveal: { names: 'ask' | 'with' | 'without' } | null;
  progress: { done: number; total: number } | null;
  error: Text | null;
  onYes: () => void;
  onNo: () => void;
  onReveal: (names?: 'with' | 'without') => void;
}) {
  const t = dictFor(p.lang);
  const a = p.ask;
  const yes = a?.kind === 'consent' ? t.consentYes : a?.kind === 'goto' ? t.confirmSkip : t.finish;
  return (
    <>
      <Alert text={p.error ? p.error[p.lang] : null} />
      {a ? (
        <Confirm
          text={a.kind === 'finish' ? t.finishConfirm : a.text}
          yes={yes}
          no={t.cancel}
          onYes={p.onYes}
          onNo={p.onNo}
        />
      ) : p.reveal ? (
        <RevealBox
          lang={p.lang}
          names={p.reveal.names}
          progress={p.progress}
          onReveal={p.onReveal}
        />
      ) : null}
    </>
  );
}

export interface LeadFooterProps {
  lang: Lang;
  phaseIndex: number;
  phaseCount: number;
  listOpen: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onFinish: () => void;
  onToggleList: () => void;
  /** 'Passend': brings the session's template into view. */
  onFit?: () => void;
  /** The phase's main action, kept in view with the navigation. */
  action?: ComponentChildren;
}

/** Renders the main actions at the bottom of the lead view; callbacks only, no state. */
export function LeadFooter(p: LeadFooterProps) {
  const t = dictFor(p.lang);
  return (
    <>
      {p.action}
      <div class="ip-row">
        <button
          type="button"
          class="button button-secondary"
          data-action="previous"
          disabled={p.phaseIndex === 0}
          onClick={p.onPrevious}
        >
          <span aria-hidden="true">◀ </span>
          {t.previous}
        </button>
        {p.phaseIndex + 1 < p.phaseCount ? (
          <button type="button" class="button button-primary" data-action="next" onClick={p.onNext}>
            {t.next}
            <span aria-hidden="true"> ▶</span>
          </button>
        ) : (
          <button
            type="button"
            class="button button-primary"
            data-action="finish"
            onClick={p.onFinish}
          >
            {t.finish}
          </button>
        )}
      </div>
      <div class="ip-row">
        <button
          type="button"
          class="button button-tertiary button-small"
          aria-expanded={p.listOpen ? 'true' : 'false'}
          data-action="goto"
          onClick={p.onToggleList}
        >
          {t.gotoOpen}
        </button>
        {p.onFit && <FitButton lang={p.lang} onFit={p.onFit} />}
        {p.phaseIndex + 1 < p.phaseCount && (
          <button
            type="button"
            class="button button-tertiary button-small"
            data-action="finish"
            onClick={p.onFinish}
          >
            {t.finish}
          </button>
        )}
      </div>
    </>
  );
}
