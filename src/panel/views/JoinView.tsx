// View 5, Meedoen: what happens now, what I may do, my role, my private notes, my sticker tray.
import { useState } from 'preact/hooks';
import type { Method } from '../../catalog/schema';
import { dictFor, joinList } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { Outcome, PanelController, PrivateNotesPort, RatingId } from '../controller-port';
import { useController } from '../store';
import { StickerTray, stickersOf } from './StickerTray';
import { Alert, Screen } from './ui';

export interface JoinProps {
  lang: Lang;
  method: Method;
  controller: PanelController;
  participantId: string;
  participantName: string;
  notes?: PrivateNotesPort;
  onRate: (rating: RatingId) => Promise<Outcome>;
  enableDrop?: () => () => void;
}

/** Renders a participant's own view of the running session. */
export function JoinView(p: JoinProps) {
  useController(p.controller);
  const t = dictFor(p.lang);
  const v = p.controller.participantView(p.participantId, p.lang);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const region = v.mayWrite.find((w) => w.private)?.region ?? v.mayWrite[0]?.region ?? 'notes';
  const [text, setText] = useState('');
  const [, bump] = useState(0);
  const mine = p.notes?.list(region) ?? [];
  const add = (e: Event) => {
    e.preventDefault();
    if (!text.trim() || !p.notes) return;
    p.notes.add({
      region,
      text: text.trim(),
      authorId: p.participantId,
      authorName: p.participantName,
    });
    setText('');
    bump((n) => n + 1);
  };
  if (v.status !== 'running')
    return (
      <Screen id="join" title={t.joinTitle}>
        <p role="status">{v.status === 'ended' ? t.ended : t.notStarted}</p>
      </Screen>
    );
  const rate = p.method.phases[p.controller.state().phaseIndex]?.actions.find(
    (a) => a.kind === 'rate',
  );
  const may = v.mayWrite.length
    ? t.mayWriteIn(
        joinList(
          v.mayWrite.map((w) => w.title),
          p.lang,
        ),
      )
    : t.mayListen;
  return (
    <Screen id="join" title={v.title}>
      <dl class="ip-facts">
        <dt>{t.now}</dt>
        <dd data-fact="now">{v.instruction}</dd>
        <dt>{t.mayDo}</dt>
        <dd data-fact="may">
          {may}
          {v.speaking ? ` ${t.mySpeaking}` : ''}
        </dd>
        <dt>{t.myRole}</dt>
        <dd data-fact="role">{v.myRoles.length ? joinList(v.myRoles, p.lang) : t.noRole}</dd>
      </dl>
      {v.privateBox && (
        <form class="form-group" data-part="private" onSubmit={add}>
          <label for="ip-private">{t.privateTitle}</label>
          <p class="ip-muted" id="ip-private-hint">
            {t.privateHint}
          </p>
          <textarea
            id="ip-private"
            class="textarea"
            rows={3}
            aria-describedby="ip-private-hint"
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <button type="submit" class="button button-secondary button-small" data-action="add-note">
            {t.addNote}
          </button>
          <ul class="ip-notes">
            {mine.map((n, i) => (
              <li key={i} class="ip-row">
                <span>{n.text}</span>
                <button
                  type="button"
                  class="button button-tertiary button-small"
                  aria-label={t.removeNote(n.text.slice(0, 30))}
                  onClick={() => {
                    const all = p.notes?.list() ?? [];
                    p.notes?.remove(all.indexOf(n));
                    bump((x) => x + 1);
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </form>
      )}
      {rate && rate.kind === 'rate' && v.mayRate.length > 0 && (
        <StickerTray
          lang={p.lang}
          scale={rate.scale}
          {...(p.enableDrop ? { enableDrop: p.enableDrop } : {})}
          note={note}
          onRate={(id) =>
            void p.onRate(id).then((r) => {
              const word = stickersOf(rate.scale, p.lang).find((s) => s.id === id)?.word ?? id;
              if (r.ok) setNote(t.rated(word));
              setError(r.ok ? null : r.error.message[p.lang]);
            })
          }
        />
      )}
      <Alert text={error} />
    </Screen>
  );
}
