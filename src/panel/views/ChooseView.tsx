// View 1, Kies een methode: the recommender's three questions and the ranked cards.
import type { Experience, Recommendation } from '../../catalog/recommend';
import type { Focus, Method } from '../../catalog/schema';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { Exported } from '../export';
import type { PanelState } from '../store';
import { MethodCard } from './MethodCard';
import { Choice, Screen } from './ui';

export interface ChooseProps {
  lang: Lang;
  answers: PanelState['answers'];
  ranked: { method: Method; rec: Recommendation; custom: boolean }[];
  expanded: string | null;
  onAnswer: (patch: Partial<PanelState['answers']>) => void;
  onToggle: (id: string) => void;
  onUse: (id: string) => void;
  onExport?: (method: Method) => Promise<Exported>;
  onImport: () => void;
  onAbout: () => void;
}

/** Renders the method chooser. */
export function ChooseView(p: ChooseProps) {
  const t = dictFor(p.lang);
  const focus: { value: Focus; label: string }[] = [
    { value: 'case', label: t.focusCase },
    { value: 'insight', label: t.focusInsight },
    { value: 'successes', label: t.focusSuccesses },
    { value: 'blind-spot', label: t.focusBlindSpot },
    { value: 'video', label: t.focusVideo },
    { value: 'start', label: t.focusStart },
  ];
  return (
    <Screen id="choose" title={t.chooseTitle}>
      <Choice<Experience>
        name="experience"
        label={t.experience}
        value={p.answers.experience}
        options={[
          { value: 'beginner', label: t.expBeginner },
          { value: 'experienced', label: t.expExperienced },
        ]}
        onChange={(experience) => p.onAnswer({ experience })}
      />
      <Choice<15 | 45 | 90>
        name="minutes"
        label={t.time}
        value={p.answers.minutes}
        options={[15, 45, 90].map((m) => ({ value: m as 15 | 45 | 90, label: t.minutes(m) }))}
        onChange={(minutes) => p.onAnswer({ minutes })}
      />
      <Choice<Focus>
        name="focus"
        label={t.focus}
        value={p.answers.focus}
        options={focus}
        onChange={(f) => p.onAnswer({ focus: f })}
      />
      <h3 class="ip-label">{t.ranked}</h3>
      <ol class="ip-cards">
        {p.ranked.map(({ method, rec, custom }) => (
          <li key={method.id}>
            <MethodCard
              lang={p.lang}
              method={method}
              minutes={rec.minutes}
              reason={rec.reason[p.lang]}
              custom={custom}
              open={p.expanded === method.id}
              onToggle={() => p.onToggle(method.id)}
              onUse={() => p.onUse(method.id)}
              {...(p.onExport ? { onExport: () => p.onExport!(method) } : {})}
            />
          </li>
        ))}
      </ol>
      <div class="ip-links">
        <button
          type="button"
          class="button button-secondary"
          data-action="import"
          onClick={p.onImport}
        >
          {t.importTitle}
        </button>
        <button
          type="button"
          class="button button-tertiary"
          data-action="about"
          onClick={p.onAbout}
        >
          {t.aboutTitle}
        </button>
      </div>
    </Screen>
  );
}
