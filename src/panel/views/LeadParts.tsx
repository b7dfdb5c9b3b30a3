// Parts of the facilitator's view: what is open and guarded, the reveal box, a confirm step, the phase list.
import { useEffect, useRef } from 'preact/hooks';
import type { Method } from '../../catalog/schema';
import type { FacilitatorView } from '../../session/describe';
import { dictFor, joinList } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';

/** Renders who speaks, what is open for whom and what is guarded ("bewaakt", never "locked"). */
export function PhaseInfo(p: { lang: Lang; view: FacilitatorView }) {
  const t = dictFor(p.lang);
  const v = p.view;
  const speak = v.speaks.people.length
    ? `${joinList(v.speaks.people, p.lang)} (${joinList(v.speaks.roles, p.lang).toLowerCase()})`
    : v.speaks.roles.length
      ? joinList(v.speaks.roles, p.lang).toLowerCase()
      : t.nobody;
  const rated = v.actions.flatMap((a) => (a.kind === 'rate' ? [a] : []));
  const open = v.open.map((o) => {
    const who = o.people.length
      ? joinList(o.people, p.lang)
      : joinList(o.roles, p.lang).toLowerCase();
    return `${o.title} — ${t.forWhom(who)}${o.private ? ` (${t.privateMark})` : ''}`;
  });
  for (const a of rated) {
    const title = v.guarded.find((g) => g.region === a.region)?.title ?? a.region;
    open.push(`${title} — ${t.rateFor.toLowerCase()}: ${joinList(a.by, p.lang)}`);
  }
  return (
    <dl class="ip-facts">
      <dt>{t.speaking}</dt>
      <dd data-fact="speaking">{speak}</dd>
      <dt>{t.openNow}</dt>
      <dd data-fact="open">{open.length ? open.join('; ') : t.noneOpen}</dd>
      <dt>{t.guarded}</dt>
      <dd data-fact="guarded">
        {v.guarded.length ? v.guarded.map((g) => g.title).join(', ') : t.allGuarded}
      </dd>
    </dl>
  );
}

/** Renders the reveal choice for a private-writing phase, with who is done when known. */
export function RevealBox(p: {
  lang: Lang;
  names: 'ask' | 'with' | 'without';
  progress: { done: number; total: number } | null;
  onReveal: (names?: 'with' | 'without') => void;
}) {
  const t = dictFor(p.lang);
  return (
    <div class="ip-reveal" data-part="reveal">
      {p.progress && (
        <p class="ip-done" data-fact="done">
          {t.done(p.progress.done, p.progress.total)}
        </p>
      )}
      {p.names === 'ask' ? (
        <fieldset class="ip-choice">
          <legend class="ip-label">{t.reveal}</legend>
          <div class="ip-choice-row ip-pair">
            <button
              type="button"
              class="button button-small button-primary"
              data-reveal="with"
              onClick={() => p.onReveal('with')}
            >
              {t.reveal} {t.withNames}
            </button>
            <button
              type="button"
              class="button button-small button-secondary"
              data-reveal="without"
              onClick={() => p.onReveal('without')}
            >
              {t.reveal} {t.withoutNames}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          class="button button-primary"
          data-reveal={p.names}
          onClick={() => p.onReveal()}
        >
          {t.reveal} ({p.names === 'with' ? t.withNames : t.withoutNames})
        </button>
      )}
    </div>
  );
}

/** Renders what a partly failed reveal left in this panel and the button that posts it again. */
export function RevealAgain(p: { lang: Lang; count: number; onAgain: () => void }) {
  const t = dictFor(p.lang);
  return (
    <div class="ip-reveal" data-part="reveal-again">
      <p class="ip-done" data-fact="kept">
        {t.keptNotes(p.count)}
      </p>
      <button
        type="button"
        class="button button-small button-primary"
        data-action="reveal-again"
        onClick={p.onAgain}
      >
        {t.revealAgain}
      </button>
    </div>
  );
}

/** Renders a confirm step in the panel: a question, a yes and a cancel. */
export function Confirm(p: {
  text: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div
      ref={box}
      class="ip-confirm"
      role="alertdialog"
      aria-label={p.text}
      tabIndex={-1}
      data-part="confirm"
    >
      <p>{p.text}</p>
      <div class="ip-row ip-pair">
        <button type="button" class="button button-secondary" data-action="cancel" onClick={p.onNo}>
          {p.no}
        </button>
        <button type="button" class="button button-primary" data-action="confirm" onClick={p.onYes}>
          {p.yes}
        </button>
      </div>
    </div>
  );
}

/** Renders the phase list of "Ga naar…"; the current phase is marked with aria-current. */
export function PhaseList(p: {
  lang: Lang;
  method: Method;
  current: number;
  onGo: (index: number) => void;
}) {
  const t = dictFor(p.lang);
  const nav = useRef<HTMLElement>(null);
  useEffect(() => nav.current?.scrollIntoView?.({ block: 'nearest' }), []);
  return (
    <nav ref={nav} class="ip-phase-list" aria-label={t.gotoTitle} data-part="phase-list">
      <ol>
        {p.method.phases.map((ph, i) => (
          <li key={ph.id}>
            <button
              type="button"
              class="button button-tertiary button-small"
              data-goto={i}
              aria-current={i === p.current ? 'step' : undefined}
              onClick={() => p.onGo(i)}
            >
              {i + 1}. {ph.title[p.lang]}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Renders the previous verslag and its open actions (R41), folded open at the session's first phase. */
export function PreviousAgenda(p: { agenda: { title: string; lines: string[] }; open: boolean }) {
  const [head, ...rest] = p.agenda.lines;
  return (
    <details class="ip-previous" data-part="previous" open={p.open}>
      <summary>{p.agenda.title}</summary>
      {head && <p>{head}</p>}
      <ul>
        {rest.map((line, i) => (
          <li key={i}>{line.replace(/^•\s*/, '')}</li>
        ))}
      </ul>
    </details>
  );
}
