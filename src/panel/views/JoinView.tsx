// View 5, Meedoen: what happens now, what I may do, my role, my private notes, my sticker tray.
import { useMemo, useState } from 'preact/hooks';
import type { Method } from '../../catalog/schema';
import { dictFor, joinList } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { MarkKind } from '../../guard/marks';
import type { RatingValue } from '../../guard/rating';
import type { DropPort, Outcome, PanelController, PrivateNotesPort } from '../controller-port';
import { mayActs, mayDoText } from '../may-do';
import { useController } from '../store';
import { createTimerControl } from '../timer-control';
import { PrivateBox } from './PrivateBox';
import { MarkBar, marksOpenTo } from './MarkBar';
import { StickerTray } from './StickerTray';
import { TimerBar } from './TimerBar';
import { Alert, Screen } from './ui';

export interface JoinProps {
  lang: Lang;
  method: Method;
  controller: PanelController;
  participantId: string;
  participantName: string;
  notes?: PrivateNotesPort;
  onRate: (rating: RatingValue) => Promise<Outcome>;
  enableDrop?: DropPort;
  /** Marks the board selection 'gekozen' / 'beantwoord' (choose-one and mark-answered phases). */
  onMark?: (kind: MarkKind) => Promise<Outcome & { marked?: boolean }>;
}

/** Renders a participant's own view of the running session. */
export function JoinView(p: JoinProps) {
  useController(p.controller);
  const t = dictFor(p.lang);
  const v = p.controller.participantView(p.participantId, p.lang);
  const [error, setError] = useState<string | null>(null);
  // The same countdown as the facilitator's: derived from the stored session, read only here.
  const timer = useMemo(() => createTimerControl(p.controller, Date.now), [p.controller]);
  const region = v.mayWrite.find((w) => w.private)?.region ?? v.mayWrite[0]?.region ?? 'notes';
  const c = p.controller;
  const done = !!c.privateWriting?.()?.writers.find((w) => w.id === p.participantId && w.done);
  if (v.status !== 'running')
    return (
      <Screen id="join" title={t.joinTitle}>
        <p role="status">{v.status === 'ended' ? t.ended : t.notStarted}</p>
      </Screen>
    );
  const marks = marksOpenTo(p.method, c.state(), p.participantId);
  const rate = p.method.phases[p.controller.state().phaseIndex]?.actions.find(
    (a) => a.kind === 'rate',
  );
  const may = mayDoText(
    mayActs(p.method, c.state(), p.participantId, v, p.lang),
    v.speaking,
    p.lang,
  );
  const consent = v.consentAsk && (
    <>
      <Alert text={error} />
      <button
        type="button"
        class="button button-primary"
        data-action="consent"
        onClick={() =>
          void c
            .consent(p.participantId)
            .then((r) => setError(r.ok ? null : r.error.message[p.lang]))
        }
      >
        {t.consentOwn(v.consentAsk.step)}
      </button>
    </>
  );
  return (
    <Screen id="join" title={v.title} {...(consent ? { footer: consent } : {})}>
      <dl class="ip-facts">
        <dt>{t.now}</dt>
        <dd data-fact="now">{v.instruction}</dd>
        <dt>{t.mayDo}</dt>
        <dd data-fact="may">{may}</dd>
        <dt>{t.myRole}</dt>
        <dd data-fact="role">{v.myRoles.length ? joinList(v.myRoles, p.lang) : t.noRole}</dd>
      </dl>
      <TimerBar lang={p.lang} timer={timer} readOnly />
      {v.privateBox && p.notes && (
        <PrivateBox
          lang={p.lang}
          region={region}
          notes={p.notes}
          authors={[{ id: p.participantId, name: p.participantName, done }]}
          {...(c.markDone
            ? {
                onDone: (id: string, yes: boolean) =>
                  void c
                    .markDone?.(id, yes)
                    .then((r) => setError(r.ok ? null : r.error.message[p.lang])),
              }
            : {})}
        />
      )}
      {marks.length > 0 && p.onMark && <MarkBar lang={p.lang} marks={marks} onMark={p.onMark} />}
      {rate && rate.kind === 'rate' && v.mayRate.length > 0 && (
        <StickerTray
          lang={p.lang}
          scale={rate.scale}
          onRate={p.onRate}
          {...(p.enableDrop ? { enableDrop: p.enableDrop } : {})}
        />
      )}
      {!consent && <Alert text={error} />}
    </Screen>
  );
}
