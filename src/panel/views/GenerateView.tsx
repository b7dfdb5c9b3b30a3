// View 3, Op het bord zetten: one button, a progress bar, and a retry that resumes.
import type { Text } from '../../catalog/schema';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import { Alert, Progress, Screen } from './ui';

export interface GenerateProps {
  lang: Lang;
  methodName: string;
  progress: { done: number; total: number } | null;
  busy: boolean;
  error: Text | null;
  onGenerate: () => void;
  onBack: () => void;
}

/** Renders the generate step; after a failure the main button resumes the placement. */
export function GenerateView(p: GenerateProps) {
  const t = dictFor(p.lang);
  const failed = !!p.error && !p.busy;
  return (
    <Screen
      id="generate"
      title={`${t.generateTitle} · ${p.methodName}`}
      footer={
        <div class="ip-row">
          <button
            type="button"
            class="button button-secondary"
            data-action="back"
            disabled={p.busy}
            onClick={p.onBack}
          >
            {t.back}
          </button>
          <button
            type="button"
            class={`button button-primary${p.busy ? ' button-loading' : ''}`}
            data-action="generate"
            disabled={p.busy}
            onClick={p.onGenerate}
          >
            {failed ? t.retry : t.generate}
          </button>
        </div>
      }
    >
      {p.progress && (
        <Progress
          done={p.progress.done}
          total={p.progress.total}
          text={t.progress(p.progress.done, p.progress.total)}
        />
      )}
      {failed && (
        <div class="ip-alert" role="alert">
          <p>
            <strong>{t.generateFailed}</strong>
          </p>
          <p>{p.error![p.lang]}</p>
        </div>
      )}
      {!failed && <Alert text={null} />}
    </Screen>
  );
}
