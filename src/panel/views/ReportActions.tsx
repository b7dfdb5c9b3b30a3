// Afronden: the verslag actions; the record engineer's module builds the report.
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';

export type ReportKind = 'board' | 'download' | 'print';

/** Renders the three report buttons. */
export function ReportActions(p: { lang: Lang; onReport: (kind: ReportKind) => void }) {
  const t = dictFor(p.lang);
  const b = (kind: ReportKind, label: string, primary = false) => (
    <button
      type="button"
      class={`button ${primary ? 'button-primary' : 'button-secondary'}`}
      data-report={kind}
      onClick={() => p.onReport(kind)}
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
    </div>
  );
}
