// Bordcontrole in the About screen: run the check, follow its steps, read and copy the answers.
import { useEffect, useRef, useState } from 'preact/hooks';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { BoardCheckView } from '../controller-port';
import { Alert, Note, Progress } from './ui';

/** Runs the board check; the host's `boardCheck` fits. */
export type BoardCheckPort = (
  onProgress: (done: number, total: number) => void,
) => Promise<BoardCheckView>;

/** Renders the board check: its explanation, the run button, progress, answers and copy. */
export function BoardCheckSection(p: { lang: Lang; onRun: BoardCheckPort }) {
  const t = dictFor(p.lang);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [view, setView] = useState<BoardCheckView | null>(null);
  const [failed, setFailed] = useState(false);
  const [copy, setCopy] = useState<'copied' | 'manual' | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (copy === 'manual') area.current?.select();
  }, [copy]);
  const run = async () => {
    setView(null);
    setFailed(false);
    setCopy(null);
    setProgress({ done: 0, total: 1 });
    try {
      setView(await p.onRun((done, total) => setProgress({ done, total })));
    } catch {
      setFailed(true);
    } finally {
      setProgress(null);
    }
  };
  const copyText = async () => {
    if (!view) return;
    try {
      await navigator.clipboard.writeText(view.text(p.lang));
      setCopy('copied');
    } catch {
      setCopy('manual');
    }
  };
  return (
    <div class="ip-check" data-part="board-check">
      <h3 class="ip-label">{t.checkTitle}</h3>
      <p>{t.checkWhat}</p>
      <button
        type="button"
        class="button button-secondary"
        data-action="board-check"
        disabled={progress !== null}
        onClick={() => void run()}
      >
        {view ? t.checkAgain : t.checkRun}
      </button>
      {progress && (
        <Progress
          done={progress.done}
          total={progress.total}
          text={t.checkProgress(progress.done, progress.total)}
        />
      )}
      <Alert text={failed ? t.checkFailed : null} />
      {view && (
        <>
          <ul class="ip-check-list">
            {view.answers.map((a) => (
              <li key={a.id} data-check={a.id} data-status={a.status}>
                <strong>{a.question[p.lang]}</strong> <span>{a.answer[p.lang]}</span>
                <p class="ip-muted">{a.detail[p.lang]}</p>
              </li>
            ))}
          </ul>
          {view.notes.map((n) => (
            <p class="ip-muted" key={n.en}>
              {n[p.lang]}
            </p>
          ))}
          <button
            type="button"
            class="button button-secondary"
            data-action="copy-check"
            onClick={() => void copyText()}
          >
            {t.checkCopy}
          </button>
          <Note
            text={copy === 'copied' ? t.checkCopied : copy === 'manual' ? t.checkCopyManual : null}
          />
          {copy === 'manual' && (
            <textarea
              ref={area}
              class="textarea ip-code"
              readOnly
              rows={8}
              aria-label={t.checkTextLabel}
              value={view.text(p.lang)}
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
        </>
      )}
    </div>
  );
}
