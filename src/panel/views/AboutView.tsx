// Over intervisie: what it is, how it differs from supervisie, the first meeting.
import { intervisieVsSupervisie } from '../../catalog/shared';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import { BoardCheckSection } from './BoardCheckSection';
import type { BoardCheckPort } from './BoardCheckSection';
import { Screen } from './ui';

/** Renders the short explanation of intervisie, and the board check when the host has one. */
export function AboutView(p: {
  lang: Lang;
  onBack: () => void;
  onFirstMeeting: () => void;
  onBoardCheck?: BoardCheckPort;
}) {
  const t = dictFor(p.lang);
  return (
    <Screen
      id="about"
      title={t.aboutTitle}
      footer={
        <button type="button" class="button button-secondary" data-action="back" onClick={p.onBack}>
          {t.back}
        </button>
      }
    >
      <p>{t.aboutWhat}</p>
      <h3 class="ip-label">{t.aboutVs}</h3>
      <p>{intervisieVsSupervisie[p.lang]}</p>
      <h3 class="ip-label">{t.aboutFirst}</h3>
      <p>{t.aboutFirstText}</p>
      <button
        type="button"
        class="button button-secondary"
        data-action="first-meeting"
        onClick={p.onFirstMeeting}
      >
        {t.focusStart}
      </button>
      {p.onBoardCheck && <BoardCheckSection lang={p.lang} onRun={p.onBoardCheck} />}
    </Screen>
  );
}
