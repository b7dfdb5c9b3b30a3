// View 4, De sessie leiden: the facilitator's step view; every action goes through the controller.
import { useMemo, useState } from 'preact/hooks';
import type { Method, Text } from '../../catalog/schema';
import type { ActionView } from '../../session/describe';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { MarkKind } from '../../guard/marks';
import type { RatingValue } from '../../guard/rating';
import type { DropPort, Outcome, PanelController, PrivateNotesPort } from '../controller-port';
import { useController } from '../store';
import { createTimerControl } from '../timer-control';
import { FooterAction, LeadFooter } from './LeadFooter';
import type { Ask } from './LeadFooter';
import { PhaseInfo, PhaseList, PreviousAgenda, RevealAgain } from './LeadParts';
import { PrivateBox } from './PrivateBox';
import { EndedScreen, ReadyScreen } from './LeadStates';
import type { ReportKind } from './ReportActions';
import { MarkBar, marksOpenTo } from './MarkBar';
import { StickerTray } from './StickerTray';
import { TimerBar } from './TimerBar';
import { Screen } from './ui';

export interface LeadProps {
  lang: Lang;
  method: Method;
  controller: PanelController;
  onRate: (rating: RatingValue) => Promise<Outcome>;
  enableDrop?: DropPort;
  /** Marks the board selection 'gekozen' / 'beantwoord' (choose-one and mark-answered phases). */
  onMark?: (kind: MarkKind) => Promise<Outcome & { marked?: boolean }>;
  onReport: (kind: ReportKind) => void | Promise<Outcome | void>;
  /** The clock for the panel's timer controls (default Date.now). */
  now?: () => number;
  /** This panel's private notes: the facilitator's own and those it writes for people not on Miro. */
  notes?: PrivateNotesPort;
  /** The panel user's id (default: the session's facilitator). */
  selfId?: string;
  /** 'Passend': brings the session's template into view. */
  onFit?: () => Promise<Outcome>;
  /** After the end: starts over at the method choice. */
  onNewSession?: () => void;
}

/** Renders the session for the facilitator: ready to start, running, or ended. */
export function LeadView(p: LeadProps) {
  useController(p.controller);
  const t = dictFor(p.lang);
  const c = p.controller;
  const v = c.view(p.lang);
  const [ask, setAsk] = useState<Ask | null>(null);
  const [error, setError] = useState<Text | null>(null);
  const timer = useMemo(
    () => createTimerControl(c, p.now ?? Date.now, (r) => setError(r.ok ? null : r.error.message)),
    [c, p.now],
  );
  const [listOpen, setListOpen] = useState(false);
  const self = p.selfId ?? c.state().facilitatorId;
  const run = async (action: () => Promise<Outcome>) => {
    const r = await action();
    setError(r.ok ? null : r.error.message);
    return r;
  };
  const phaseName = (i: number) => p.method.phases[i]?.title[p.lang] ?? '';
  const inbrenger = v.round?.inbrenger ?? inbrengerName(c, p.method);
  const askConsent = (index: number) =>
    setAsk({
      kind: 'consent',
      text: t.consentAsk(inbrenger ?? t.inbrengerRole.toLowerCase(), phaseName(index)),
    });
  const next = async () => {
    if (v.consentNeededForNext) return askConsent(v.phaseIndex + 1);
    const r = await run(() => c.next());
    if (!r.ok && r.error.code === 'needs-consent') {
      setError(null);
      askConsent(v.phaseIndex + 1);
    }
  };
  const go = async (index: number, confirmed = false) => {
    setListOpen(false);
    const r = await run(() => c.goto(index, { confirmed }));
    if (!r.ok && r.error.code === 'needs-confirmation') {
      setError(null);
      setAsk({ kind: 'goto', index, text: r.error.message[p.lang] });
    } else if (!r.ok && r.error.code === 'needs-consent') {
      setError(null);
      askConsent(index);
    }
  };
  const yes = async () => {
    const a = ask;
    setAsk(null);
    if (a?.kind === 'consent') {
      const r = await run(() => c.consent(self));
      if (r.ok) await run(() => c.next());
    } else if (a?.kind === 'goto') await go(a.index, true);
    else if (a?.kind === 'finish') await run(() => c.end());
  };
  const onFit = p.onFit;
  const fit = onFit ? () => void run(onFit) : undefined;
  if (v.status === 'setup')
    return (
      <ReadyScreen
        lang={p.lang}
        method={p.method}
        state={c.state()}
        previous={c.previousAgenda?.(p.lang) ?? null}
        error={error}
        onStart={() => run(() => c.start())}
        onFit={fit}
      />
    );
  if (v.status === 'ended')
    return (
      <EndedScreen
        lang={p.lang}
        method={p.method}
        onReport={p.onReport}
        onNewSession={p.onNewSession}
        onFit={fit}
      />
    );
  const reveal = v.actions.find(
    (a): a is Extract<ActionView, { kind: 'reveal' }> => a.kind === 'reveal' && !a.done,
  );
  const rate = p.method.phases[v.phaseIndex]?.actions.find((a) => a.kind === 'rate');
  const privateRegion = reveal?.region ?? v.open.find((o) => o.private)?.region;
  const progress = privateRegion ? (c.privateProgress?.(privateRegion) ?? null) : null;
  const notices = c.notices().slice(-3);
  const previous = c.previousAgenda?.(p.lang) ?? null;
  const marks = marksOpenTo(p.method, c.state(), self);
  const writing = c.privateWriting?.() ?? null;
  const held = writing?.writers.filter((w) => w.id === self || !w.onMiro) ?? [];
  const kept = c.revealAgain ? (c.keptNotes?.() ?? null) : null;
  return (
    <Screen
      id="lead"
      title={v.title}
      footer={
        <LeadFooter
          lang={p.lang}
          phaseIndex={v.phaseIndex}
          phaseCount={v.phaseCount}
          listOpen={listOpen}
          onPrevious={() => void run(() => c.previous())}
          onNext={() => void next()}
          onFinish={() => setAsk({ kind: 'finish' })}
          onToggleList={() => setListOpen(!listOpen)}
          {...(fit ? { onFit: fit } : {})}
          action={
            <>
              {/* The clock sits with Volgende: at 00:00 both +1 min and Volgende are in view. */}
              <TimerBar
                lang={p.lang}
                timer={timer}
                next={v.phaseIndex + 1 < v.phaseCount ? t.next : t.finish}
              />
              <FooterAction
                lang={p.lang}
                ask={ask}
                reveal={reveal ?? null}
                progress={progress}
                error={error}
                onYes={() => void yes()}
                onNo={() => setAsk(null)}
                onReveal={(names) => reveal && void run(() => c.reveal(reveal.region, names))}
              />
            </>
          }
        />
      }
    >
      <p class="ip-step" data-fact="step">
        {p.method.name[p.lang]} · {t.step(v.phaseIndex + 1, v.phaseCount)}
        {v.round && v.round.count > 1
          ? ` · ${t.round(v.round.index + 1, v.round.count, v.round.inbrenger ?? '—')}`
          : ''}
      </p>
      <p class="ip-instruction" data-fact="instruction">
        {v.instruction}
      </p>
      {v.card && <p class="ip-card-rule">{v.card}</p>}
      {previous && <PreviousAgenda agenda={previous} open={v.phaseIndex === 0} />}
      <PhaseInfo lang={p.lang} view={v} />
      {v.consent && (
        <p class="ip-consent" data-fact="consent">
          {t.consentGiven(v.consent.phaseIndex + 1, v.consent.by, v.consent.for)}
        </p>
      )}
      {!reveal && progress && (
        <p class="ip-done" data-fact="done">
          {t.done(progress.done, progress.total)}
        </p>
      )}
      {writing && p.notes && held.length > 0 && (
        <PrivateBox
          lang={p.lang}
          region={writing.region}
          notes={p.notes}
          authors={held}
          {...(c.markDone
            ? { onDone: (id: string, yes: boolean) => void run(() => c.markDone!(id, yes)) }
            : {})}
        />
      )}
      {kept && (
        <RevealAgain
          lang={p.lang}
          count={kept.count}
          onAgain={() => void run(() => c.revealAgain!(kept.region))}
        />
      )}
      {marks.length > 0 && p.onMark && <MarkBar lang={p.lang} marks={marks} onMark={p.onMark} />}
      {rate && rate.kind === 'rate' && (
        <StickerTray
          lang={p.lang}
          scale={rate.scale}
          onRate={p.onRate}
          {...(p.enableDrop ? { enableDrop: p.enableDrop } : {})}
        />
      )}
      {notices.length > 0 && (
        <p class="ip-activity" data-fact="activity" aria-live="polite">
          {t.activity}: {notices.map((n) => n.message[p.lang]).join(' · ')}
        </p>
      )}
      {listOpen && (
        <PhaseList
          lang={p.lang}
          method={p.method}
          current={v.phaseIndex}
          onGo={(i) => void go(i)}
        />
      )}
    </Screen>
  );
}

function inbrengerName(c: PanelController, m: Method): string | null {
  if (!m.roles.some((r) => r.id === 'inbrenger')) return null;
  const s = c.state();
  return s.participants.find((x) => s.roles[x.id]?.includes('inbrenger'))?.name ?? null;
}
