// "Jij mag": what a participant may do in the current phase, as one sentence built from the same
// permissions the guard holds (write, rate), the marks and votes the phase offers and the consent.
import type { Method, RegionId } from '../catalog/schema';
import { scales } from '../catalog/shared';
import { dictFor, joinList } from '../i18n/i18n';
import type { Lang } from '../i18n/i18n';
import type { ParticipantView } from '../session/describe';
import { effectiveRoles } from '../session/people';
import type { SessionState } from '../session/state';
import { marksOpenTo } from './views/MarkBar';

/** One thing the participant may do now. */
export type MayAct =
  | { kind: 'write'; title: string; ownSlot: boolean; private: boolean }
  | { kind: 'rate'; title: string; words: string[] }
  | { kind: 'choose-one' | 'mark-answered'; title: string }
  | { kind: 'vote'; title: string; votes: number }
  | { kind: 'consent'; step: number };

/** Returns what the participant may do now, in the phase's order of actions; pure. */
export function mayActs(
  method: Method,
  state: SessionState,
  participantId: string,
  view: ParticipantView,
  lang: Lang,
): MayAct[] {
  const title = (id: RegionId) => method.regions.find((r) => r.id === id)?.title[lang] ?? id;
  const acts: MayAct[] = view.mayWrite.map((w) => ({
    kind: 'write',
    title: w.title,
    ownSlot: w.ownSlotOnly,
    private: w.private,
  }));
  if (state.status !== 'running') return acts;
  const roles = effectiveRoles(method, state, participantId);
  // The mark bar shows one button per kind; the sentence names the kind once, as the bar does.
  const marks = new Set(marksOpenTo(method, state, participantId));
  for (const a of method.phases[state.phaseIndex]?.actions ?? []) {
    if ('stage' in a && (a.stage ?? 0) > state.stage) continue;
    if (a.kind === 'rate' && view.mayRate.includes(a.region))
      acts.push({
        kind: 'rate',
        title: title(a.region),
        words: scales[a.scale].map((s) => s.word[lang]),
      });
    if (a.kind === 'choose-one' && marks.delete('gekozen'))
      acts.push({ kind: a.kind, title: title(a.region) });
    if (a.kind === 'mark-answered' && marks.delete('beantwoord'))
      acts.push({ kind: a.kind, title: title(a.region) });
    if (a.kind === 'vote' && a.by.some((r) => roles.includes(r)))
      acts.push({ kind: 'vote', title: title(a.region), votes: a.votes });
  }
  if (view.consentAsk) acts.push({ kind: 'consent', step: view.consentAsk.step });
  return acts;
}

/** Returns the "Jij mag" sentence: every act joined, or listening / speaking when there is none; pure. */
export function mayDoText(acts: readonly MayAct[], speaking: boolean, lang: Lang): string {
  const t = dictFor(lang);
  if (acts.length === 0) return speaking ? t.maySpeak : t.mayListen;
  // The open regions make one "schrijven in A en B"; private writing and the rest one part each.
  const open = acts.flatMap((a) => (a.kind === 'write' && !a.private ? [a] : []));
  const where = open.map((a) => (a.ownSlot ? `${a.title} ${t.ownSlot}` : a.title));
  const parts = acts.flatMap((a) => {
    switch (a.kind) {
      case 'write':
        if (a.private) return [t.mayWritePrivate(a.title)];
        return a === open[0] ? [t.mayWrite(joinList(where, lang))] : [];
      case 'rate':
        return [t.mayRate(a.title, joinOr(a.words, lang))];
      case 'choose-one':
        return [t.mayChoose(a.title)];
      case 'mark-answered':
        return [t.mayMarkAnswered(a.title)];
      case 'vote':
        return [t.mayVote(a.title, a.votes)];
      case 'consent':
        return [t.mayConsent(a.step)];
    }
  });
  return `${joinList(parts, lang)}.${speaking ? ` ${t.mySpeaking}` : ''}`;
}

function joinOr(words: readonly string[], lang: Lang): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${lang === 'nl' ? 'of' : 'or'} ${words.at(-1)}`;
}
