// The facilitator's footer: Vorige / Volgende (or Afronden at the last phase), 'Ga naar…' and Afronden.
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';

export interface LeadFooterProps {
  lang: Lang;
  phaseIndex: number;
  phaseCount: number;
  listOpen: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onFinish: () => void;
  onToggleList: () => void;
}

/** Renders the main actions at the bottom of the lead view; callbacks only, no state. */
export function LeadFooter(p: LeadFooterProps) {
  const t = dictFor(p.lang);
  return (
    <>
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
