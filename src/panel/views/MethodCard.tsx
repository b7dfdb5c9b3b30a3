// One ranked method: name, duration, group size, why it fits; opens to its phases and roles.
import { useState } from 'preact/hooks';
import type { Method } from '../../catalog/schema';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { Exported } from '../export';
import { Note } from './ui';

export interface MethodCardProps {
  lang: Lang;
  method: Method;
  minutes: number;
  reason: string;
  custom: boolean;
  open: boolean;
  onToggle: () => void;
  onUse: () => void;
  /** Saves the method as JSON for the custom import; the card then shows the JSON to copy. */
  onExport?: () => Promise<Exported>;
}

/** Renders a method card; the header button toggles the details (aria-expanded). */
export function MethodCard(p: MethodCardProps) {
  const t = dictFor(p.lang);
  const m = p.method;
  const details = `ip-card-${m.id}`;
  const [exported, setExported] = useState<Exported | null>(null);
  return (
    <article class={`ip-card${p.open ? ' ip-card-open' : ''}`} data-method={m.id}>
      <button
        type="button"
        class="ip-card-head"
        aria-expanded={p.open ? 'true' : 'false'}
        aria-controls={details}
        onClick={p.onToggle}
      >
        <span class="ip-card-name">{m.name[p.lang]}</span>
        <span class="ip-card-meta">
          {t.minutes(p.minutes)} · {t.people(m.group.min, m.group.max)}
          {p.custom ? ` · ${t.custom}` : ''}
        </span>
        <span class="ip-card-reason">{p.reason}</span>
      </button>
      {p.open && (
        <div id={details} class="ip-card-details">
          <h4 class="ip-label">{t.phases}</h4>
          <ol class="ip-phases">
            {m.phases.map((ph) => (
              <li key={ph.id}>
                {ph.title[p.lang]} <span class="ip-muted">({t.minutes(ph.minutes)})</span>
              </li>
            ))}
          </ol>
          <h4 class="ip-label">{t.roles}</h4>
          <ul class="ip-roles">
            {m.roles.map((r) => (
              <li key={r.id}>
                <strong>{r.name[p.lang]}</strong>: {r.description[p.lang]}
              </li>
            ))}
          </ul>
          <div class="ip-stack">
            <button type="button" class="button button-primary" data-action="use" onClick={p.onUse}>
              {t.useMethod}
            </button>
            {p.onExport && (
              <button
                type="button"
                class="button button-tertiary"
                data-action="export"
                onClick={() => void p.onExport?.().then(setExported)}
              >
                {t.exportJson}
              </button>
            )}
          </div>
          {exported && (
            <>
              <Note text={exported.saved ? t.exported(exported.file) : t.exportedCopy} />
              <textarea
                class="textarea ip-code"
                readOnly
                rows={6}
                aria-label={t.exportLabel(m.name[p.lang])}
                data-part="export"
                value={exported.json}
                onFocus={(e) => e.currentTarget.select()}
              />
            </>
          )}
        </div>
      )}
    </article>
  );
}
