// The panel: picks the screen from the store and wires views (props in) to actions (callbacks out).
import { useEffect } from 'preact/hooks';
import { dictFor, otherLang } from '../i18n/i18n';
import type { PanelActions } from './actions';
import { methodIn, tooFew } from './actions';
import type { PanelHost } from './controller-port';
import { ranked } from './catalog';
import { exportMethodFile } from './export';
import { draftSession, inbrengerChoices, participantsOf, peopleNeeded } from './setup';
import { useSessionViews } from './session-views';
import type { SessionViews } from './session-views';
import type { PanelState, Store } from './store';
import { useStore } from './store';
import { ChooseView } from './views/ChooseView';
import { GenerateView } from './views/GenerateView';
import { ImportView } from './views/ImportView';
import { PeopleView } from './views/PeopleView';
import { Alert } from './views/ui';

export interface AppProps {
  store: Store<PanelState>;
  actions: PanelActions;
  host: PanelHost;
}

/** Renders the whole panel; `lang` on the root follows the language switch. */
export function App({ store, actions, host }: AppProps) {
  const s = useStore(store);
  const t = dictFor(s.lang);
  const views = useSessionViews(s.screen);
  useEffect(() => void actions.boot(), [actions]);
  // Unmounted (a panel closed, another practice user): stop the session's listeners.
  useEffect(() => () => store.get().controller?.close?.(), [store]);
  return (
    <div class="ip-panel" lang={s.lang}>
      <header class="ip-header">
        <h1 class="h4">{t.appTitle}</h1>
        <button
          type="button"
          class="button button-tertiary button-small"
          data-action="lang"
          aria-label={t.langSwitchLabel}
          lang={otherLang(s.lang)}
          onClick={() => actions.setLang(otherLang(s.lang))}
        >
          {t.langSwitch}
        </button>
      </header>
      <main>
        {views === 'failed' ? (
          <Alert text={t.loadFailed} />
        ) : (
          (screen(s, actions, host, views) ?? (
            <p role="status" class="ip-muted">
              {t.loading}
            </p>
          ))
        )}
      </main>
    </div>
  );
}

function screen(s: PanelState, a: PanelActions, host: PanelHost, views: SessionViews) {
  const { lead: LeadView, join: JoinView, about: AboutView } = views;
  const method = methodIn(s, s.methodId);
  switch (s.screen) {
    case 'import':
      return (
        <ImportView
          lang={s.lang}
          onImport={a.importCustom}
          onUse={(id) => void a.useMethod(id)}
          onBack={() => a.go('choose')}
        />
      );
    case 'about':
      if (!AboutView) return null;
      return (
        <AboutView
          lang={s.lang}
          onBack={() => a.go('choose')}
          onFirstMeeting={() => {
            a.answer({ focus: 'start' });
            a.go('choose');
          }}
          {...(host.boardCheck ? { onBoardCheck: host.boardCheck.bind(host) } : {})}
        />
      );
    case 'people': {
      if (!method) break;
      const people = participantsOf(s.people);
      const draft = s.me
        ? draftSession(method, people, s.roles, s.me.id, s.lastInbrengerIds)
        : null;
      const short =
        people.length > 0 && people.length < peopleNeeded(method)
          ? tooFew(method, people.length)
          : null;
      return (
        <PeopleView
          lang={s.lang}
          method={method}
          rows={s.people}
          usersStatus={s.usersStatus}
          shortfall={short}
          error={s.error}
          roles={s.roles}
          eligible={draft ? inbrengerChoices(draft) : []}
          drawNote={s.drawNote}
          viskom={s.viskom}
          pairs={s.pairs}
          onToggle={a.togglePerson}
          onAddName={a.addName}
          onRemove={a.removeName}
          onRetryUsers={() => void a.loadPeople()}
          onInbrenger={a.chooseInbrenger}
          onDraw={() => void a.draw()}
          onViskom={a.moveViskom}
          onShuffle={a.shuffleViskom}
          onRedrawPairs={a.redrawPairs}
          onNext={() => void a.toBoard()}
          onBack={() => a.go('choose')}
        />
      );
    }
    case 'generate':
      if (!method) break;
      return (
        <GenerateView
          lang={s.lang}
          methodName={method.name[s.lang]}
          progress={s.progress}
          busy={s.busy}
          error={s.error}
          onGenerate={() => void a.generate()}
          onBack={() => a.go('people')}
        />
      );
    case 'lead':
    case 'report':
      if (!method || !s.controller) break;
      if (!LeadView) return null;
      return (
        <LeadView
          lang={s.lang}
          method={method}
          controller={s.controller}
          onRate={(r) => host.rate(r)}
          {...(host.enableDrop ? { enableDrop: host.enableDrop } : {})}
          {...(host.mark ? { onMark: host.mark } : {})}
          onReport={(kind) => host.onReport?.(kind, s.controller!)}
          onNewSession={a.newSession}
          {...(host.fit ? { onFit: () => host.fit!(s.controller!.state().sessionId) } : {})}
          {...(host.notes ? { notes: host.notes(s.controller.state().sessionId) } : {})}
          {...(s.me ? { selfId: s.me.id } : {})}
        />
      );
    case 'join':
      if (!method || !s.controller || !s.me) break;
      if (!JoinView) return null;
      return (
        <JoinView
          lang={s.lang}
          method={method}
          controller={s.controller}
          participantId={s.me.id}
          participantName={s.me.name}
          onRate={(r) => host.rate(r)}
          {...(host.enableDrop ? { enableDrop: host.enableDrop } : {})}
          {...(host.mark ? { onMark: host.mark } : {})}
          {...(host.notes ? { notes: host.notes(s.controller.state().sessionId) } : {})}
        />
      );
  }
  return (
    <ChooseView
      lang={s.lang}
      answers={s.answers}
      ranked={ranked(s.answers, s.customs)}
      expanded={s.expanded}
      onAnswer={a.answer}
      onToggle={a.toggleCard}
      onUse={(id) => void a.useMethod(id)}
      onExport={(m) => exportMethodFile(m)}
      onImport={() => a.go('import')}
      onAbout={() => a.go('about')}
    />
  );
}
