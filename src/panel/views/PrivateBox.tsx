// The private notes box: notes stay in this panel until the facilitator reveals; 'Klaar' tells
// the facilitator's count. The facilitator's box also writes for people who are not on Miro.
import { useState } from 'preact/hooks';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { PrivateNotesPort } from '../controller-port';

export interface PrivateBoxProps {
  lang: Lang;
  region: string;
  notes: PrivateNotesPort;
  /** Whose notes this box writes: the first is the default; more than one shows a choice. */
  authors: { id: string; name: string; done?: boolean }[];
  /** Marks an author done ('Klaar') or not; no button without it. */
  onDone?: (authorId: string, done: boolean) => void;
}

/** Renders the private notes box for one region. */
export function PrivateBox(p: PrivateBoxProps) {
  const t = dictFor(p.lang);
  const [text, setText] = useState('');
  const [by, setBy] = useState(p.authors[0]?.id ?? '');
  const [, bump] = useState(0);
  const author = p.authors.find((a) => a.id === by) ?? p.authors[0];
  const ids = new Set(p.authors.map((a) => a.id));
  const all = p.notes.list();
  const mine = all
    .map((n, index) => ({ n, index }))
    .filter(({ n }) => n.region === p.region && (!n.authorId || ids.has(n.authorId)));
  const nameOf = (id?: string) => p.authors.find((a) => a.id === id)?.name;
  const add = (e: Event) => {
    e.preventDefault();
    if (!text.trim() || !author) return;
    p.notes.add({
      region: p.region,
      text: text.trim(),
      authorId: author.id,
      authorName: author.name,
    });
    setText('');
    bump((n) => n + 1);
  };
  return (
    <form class="form-group" data-part="private" onSubmit={add}>
      <label for="ip-private">{t.privateTitle}</label>
      <p class="ip-muted" id="ip-private-hint">
        {t.privateHint}
      </p>
      {p.authors.length > 1 && (
        <>
          <label for="ip-private-for">{t.privateFor}</label>
          <select
            id="ip-private-for"
            class="select"
            value={author?.id}
            onChange={(e) => setBy((e.currentTarget as HTMLSelectElement).value)}
          >
            {p.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </>
      )}
      <textarea
        id="ip-private"
        class="textarea"
        rows={3}
        aria-describedby="ip-private-hint"
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="ip-row">
        <button type="submit" class="button button-secondary button-small" data-action="add-note">
          {t.addNote}
        </button>
        {p.onDone && author && (
          <button
            type="button"
            class={`button button-small ${author.done ? 'button-primary' : 'button-secondary'}`}
            data-action="done"
            aria-pressed={author.done ? 'true' : 'false'}
            onClick={() => p.onDone?.(author.id, !author.done)}
          >
            {author.done && <span aria-hidden="true">✓ </span>}
            {t.ready}
          </button>
        )}
      </div>
      {author?.done && (
        <p class="ip-muted" role="status">
          {t.readyDone}
        </p>
      )}
      <ul class="ip-notes">
        {mine.map(({ n, index }) => (
          <li key={index} class="ip-row">
            <span>
              {p.authors.length > 1 && nameOf(n.authorId) ? `${nameOf(n.authorId)}: ` : ''}
              {n.text}
            </span>
            <button
              type="button"
              class="button button-tertiary button-small"
              aria-label={t.removeNote(n.text.slice(0, 30))}
              onClick={() => {
                p.notes.remove(index);
                bump((x) => x + 1);
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </form>
  );
}
