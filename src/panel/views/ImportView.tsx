// Eigen methode importeren: paste JSON or pick a file; problems listed with their paths.
import { useState } from 'preact/hooks';
import type { ImportResult } from '../catalog';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import { Alert, Note, Screen } from './ui';

export interface ImportProps {
  lang: Lang;
  onImport: (text: string) => Promise<ImportResult>;
  onUse: (id: string) => void;
  onBack: () => void;
}

/** Renders the import form; on success it offers the method, on failure it lists every problem. */
export function ImportView(p: ImportProps) {
  const t = dictFor(p.lang);
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [empty, setEmpty] = useState(false);
  const check = async (value: string) => {
    setEmpty(!value.trim());
    setResult(value.trim() ? await p.onImport(value) : null);
  };
  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const content = await file.text();
    setText(content);
    await check(content);
  };
  return (
    <Screen
      id="import"
      title={t.importTitle}
      footer={
        <button type="button" class="button button-secondary" data-action="back" onClick={p.onBack}>
          {t.back}
        </button>
      }
    >
      <p>{t.importHelp}</p>
      <div class="form-group">
        <label for="ip-import-text">{t.importPaste}</label>
        <textarea
          id="ip-import-text"
          class="textarea ip-code"
          rows={8}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="form-group">
        <label for="ip-import-file">{t.importFile}</label>
        <input id="ip-import-file" type="file" accept=".json,application/json" onChange={onFile} />
      </div>
      <button
        type="button"
        class="button button-primary"
        data-action="check"
        onClick={() => void check(text)}
      >
        {t.importCheck}
      </button>
      <Alert text={empty ? t.importEmpty : null} />
      {result && !result.ok && (
        <div class="ip-alert" role="alert" data-problems={result.problems.length}>
          <p>{t.importProblems(result.problems.length)}</p>
          <ul class="ip-problems">
            {result.problems.map((pr, i) => (
              <li key={i}>
                <code>{pr.path}</code>: {pr.message[p.lang]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result?.ok && (
        <>
          <Note text={t.importAdded(result.method.name[p.lang])} />
          <button
            type="button"
            class="button button-primary"
            data-action="use"
            onClick={() => p.onUse(result.method.id)}
          >
            {t.useMethod}
          </button>
        </>
      )}
    </Screen>
  );
}
