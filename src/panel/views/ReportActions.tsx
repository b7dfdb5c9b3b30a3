// Afronden: the verslag actions; the record engineer's module builds the report.
import { useState } from 'preact/hooks';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { Outcome } from '../controller-port';
import { Alert } from './ui';

export type ReportKind = 'board' | 'download' | 'print';

/** Renders the three report buttons and the outcome of the last one. */
export function ReportActions(p: {
  lang: Lang;
  onReport: (kind: ReportKind) => void | Promise<Outcome | void>;
}) {
  const t = dictFor(p.lang);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (kind: ReportKind) => {
    const r = await p.onReport(kind);
    if (!r) return;
    setDone(
      r.ok && kind !== 'print' ? (kind === 'board' ? t.reportOnBoard : t.reportDownloaded) : null,
    );
    setError(r.ok ? null : r.error.message[p.lang]);
  };
  const b = (kind: ReportKind, label: string, primary = false) => (
    <button
      type="button"
      class={`button ${primary ? 'button-primary' : 'button-secondary'}`}
      data-report={kind}
      onClick={() => void run(kind)}
    >
      {label}
    </button>
  );
  return (
    <div class="ip-report" data-part="report">
      <h3 class="ip-label">{t.reportTitle}</h3>
      <div class="ip-stack">
        {b('board', t.reportBoard, true)}
        {b('download', t.reportDownload)}
        {b('print', t.reportPrint)}
      </div>
      {done && (
        <p role="status" class="ip-note">
          {done}
        </p>
      )}
      <Alert text={error} />
    </div>
  );
}
