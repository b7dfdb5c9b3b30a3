// The facilitator's screens before and after the steps: the template placed and ready to start,
// and the session ended (the verslag, a new session). 'Passend' brings the template into view.
import { useState } from 'preact/hooks';
import type { Method, Text } from '../../catalog/schema';
import { dictFor, joinList } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { SessionState } from '../../session/state';
import { PreviousAgenda } from './LeadParts';
import { ReportActions } from './ReportActions';
import type { ReportKind } from './ReportActions';
import type { Outcome } from '../controller-port';
import { Alert, Screen } from './ui';

/** Renders 'Passend': the session's template fills this user's view. */
export function FitButton(p: { lang: Lang; onFit: () => void }) {
  const t = dictFor(p.lang);
  return (
    <button
      type="button"
      class="button button-tertiary button-small"
      data-action="fit"
      aria-label={t.fitLabel}
      title={t.fitLabel}
      onClick={p.onFit}
    >
      {t.fit}
    </button>
  );
}

/** Returns "Fee (gespreksleider), Ann (inbrenger), Bob (groepslid)" for the session; pure. */
function peopleLine(method: Method, state: SessionState, lang: Lang): string {
  const role = (id: string) => method.roles.find((r) => r.id === id)?.name[lang] ?? id;
  const one = (id: string, name: string) => {
    const roles = (state.roles[id] ?? []).map((r) => role(r).toLowerCase());
    return roles.length ? `${name} (${roles.join(', ')})` : name;
  };
  return joinList(
    state.participants.map((x) => one(x.id, x.name)),
    lang,
  );
}

/** Renders the placed template waiting for Start: no region open, no timer yet. */
export function ReadyScreen(p: {
  lang: Lang;
  method: Method;
  state: SessionState;
  previous: { title: string; lines: string[] } | null;
  error: Text | null;
  onStart: () => Promise<unknown>;
  onFit?: (() => void) | undefined;
}) {
  const t = dictFor(p.lang);
  const [starting, setStarting] = useState(false);
  const first = p.method.phases[0];
  const start = async () => {
    setStarting(true);
    try {
      await p.onStart();
    } finally {
      setStarting(false);
    }
  };
  return (
    <Screen
      id="lead"
      title={p.method.name[p.lang]}
      footer={
        <>
          <Alert text={p.error ? p.error[p.lang] : null} />
          <button
            type="button"
            class={`button button-primary${starting ? ' button-loading' : ''}`}
            data-action="start"
            disabled={starting}
            onClick={() => void start()}
          >
            {t.start}
          </button>
          {p.onFit && (
            <div class="ip-row">
              <FitButton lang={p.lang} onFit={p.onFit} />
            </div>
          )}
        </>
      }
    >
      <p role="status" data-fact="ready">
        {t.boardReady}
      </p>
      <p class="ip-instruction">{t.readyHint}</p>
      {first && (
        <p class="ip-step" data-fact="first">
          {t.firstStep(t.step(1, p.method.phases.length), first.title[p.lang])}
        </p>
      )}
      <dl class="ip-facts">
        <dt>{t.taking}</dt>
        <dd data-fact="people">{peopleLine(p.method, p.state, p.lang)}</dd>
      </dl>
      {p.previous && <PreviousAgenda agenda={p.previous} open />}
    </Screen>
  );
}

/** Renders the ended session: the verslag actions, then a new session from the method choice. */
export function EndedScreen(p: {
  lang: Lang;
  method: Method;
  onReport: (kind: ReportKind) => void | Promise<Outcome | void>;
  onNewSession?: (() => void) | undefined;
  onFit?: (() => void) | undefined;
}) {
  const t = dictFor(p.lang);
  return (
    <Screen
      id="report"
      title={p.method.name[p.lang]}
      footer={
        p.onNewSession || p.onFit ? (
          <div class="ip-row">
            {p.onFit && <FitButton lang={p.lang} onFit={p.onFit} />}
            {p.onNewSession && (
              <button
                type="button"
                class="button button-secondary"
                data-action="new-session"
                onClick={p.onNewSession}
              >
                {t.newSession}
              </button>
            )}
          </div>
        ) : undefined
      }
    >
      <p role="status">{t.ended}</p>
      <p class="ip-note">{t.endedHint}</p>
      <ReportActions lang={p.lang} onReport={p.onReport} />
    </Screen>
  );
}
