// The group's history in shared state: the sessions run, their inbrengers and their actions.
// The role rotation (lastInbrengers), the recommender (methodIds) and the next meeting's
// opening card (R41) read it. Pure: the storage side is src/board/history.ts.
import { z } from 'zod';
import { Text } from '../catalog/schema';
import { AGREEMENT_CHARS, AGREEMENTS_MAX, agreementLines, summaryLine } from './previous';
import type { ActionLine, PreviousSummary, Report } from './report-types';
import type { Lang } from '../shared/text';
import { clip } from './text';
import { escapeHtml } from '../shared/html';
import { actionLine, word } from './words';

/** At most this many sessions are kept (the oldest drop off). */
export const HISTORY_MAX = 50;
const ACTIONS_MAX = 40;

export const HistoryAction = z.strictObject({
  who: z.string().max(200),
  what: z.string().max(1000),
  when: z.string().max(200).nullable(),
  done: z.boolean(),
});
export type HistoryAction = z.infer<typeof HistoryAction>;

export const HistorySession = z.strictObject({
  sessionId: z.string().min(1).max(80),
  methodId: z.string().min(1).max(40),
  methodName: Text.optional(),
  /** ISO day, YYYY-MM-DD. */
  date: z.string().min(1).max(40),
  inbrengerIds: z.array(z.string().max(80)).max(16),
  actions: z.array(HistoryAction).max(ACTIONS_MAX),
  /** What the session was about: its case or question and the chosen problem statement. */
  reportSummary: z.string().max(1000),
  /** The agreements made (R41); absent in sessions stored before it. */
  agreements: z.array(z.string().max(AGREEMENT_CHARS)).max(AGREEMENTS_MAX).optional(),
});
export type HistorySession = z.infer<typeof HistorySession>;

export const History = z.strictObject({
  version: z.literal(1),
  sessions: z.array(HistorySession).max(HISTORY_MAX),
});
export type History = z.infer<typeof History>;

/** Returns an empty history; pure. */
export function emptyHistory(): History {
  return { version: 1, sessions: [] };
}

/** Returns a valid history from anything stored: bad sessions dropped, never throws; pure. */
export function repairHistory(raw: unknown): { history: History; repaired: boolean } {
  const whole = History.safeParse(raw);
  if (whole.success) return { history: whole.data, repaired: false };
  const list =
    typeof raw === 'object' &&
    raw !== null &&
    Array.isArray((raw as { sessions?: unknown }).sessions)
      ? (raw as { sessions: unknown[] }).sessions
      : [];
  const sessions = list.flatMap((s) => {
    const one = HistorySession.safeParse(s);
    return one.success ? [one.data] : [];
  });
  return {
    history: { version: 1, sessions: sessions.slice(-HISTORY_MAX) },
    repaired: raw !== undefined,
  };
}

const trimAction = (a: ActionLine): HistoryAction => ({
  who: clip(a.who, 200),
  what: clip(a.what, 1000),
  when: a.when === null ? null : clip(a.when, 200),
  done: a.done,
});

/** Returns the history with the report's session added, or replaced when it is there; pure. */
export function appendSession(history: History, report: Report): History {
  const entry: HistorySession = {
    sessionId: report.sessionId,
    methodId: report.methodId,
    methodName: { nl: clip(report.methodName.nl, 600), en: clip(report.methodName.en, 600) },
    date: report.date,
    inbrengerIds: report.inbrengerIds.slice(0, 16),
    actions: report.actions.slice(0, ACTIONS_MAX).map(trimAction),
    reportSummary: summaryLine(report),
    agreements: agreementLines(report),
  };
  const rest = history.sessions.filter((s) => s.sessionId !== report.sessionId);
  return { version: 1, sessions: [...rest, entry].slice(-HISTORY_MAX) };
}

export interface OpenAction extends HistoryAction {
  sessionId: string;
  date: string;
  index: number;
}

/** Returns every action not done yet, oldest session first; pure. */
export function openActions(history: History): OpenAction[] {
  return history.sessions.flatMap((s) =>
    s.actions.flatMap((a, index) =>
      a.done ? [] : [{ ...a, sessionId: s.sessionId, date: s.date, index }],
    ),
  );
}

/** Returns the history with one action marked done or open again; pure. */
export function setActionDone(
  history: History,
  sessionId: string,
  index: number,
  done: boolean,
): History {
  const sessions = history.sessions.map((s) =>
    s.sessionId !== sessionId
      ? s
      : { ...s, actions: s.actions.map((a, i) => (i === index ? { ...a, done } : a)) },
  );
  return { ...history, sessions };
}

/** Returns the inbrengers of the latest session (the rotation passes them over); pure. */
export function lastInbrengers(history: History): string[] {
  return [...(history.sessions.at(-1)?.inbrengerIds ?? [])];
}

/** Returns the methods run, latest last (for the recommender's history); pure. */
export function methodsRun(history: History): string[] {
  return history.sessions.map((s) => s.methodId);
}

/** Returns the latest session (other than `except`) as the previous verslag with every open action, or null; pure. */
export function previousReportFor(history: History, except?: string): PreviousSummary | null {
  const before = history.sessions.filter((s) => s.sessionId !== except);
  const last = before.at(-1);
  if (!last) return null;
  return {
    sessionId: last.sessionId,
    date: last.date,
    methodName: last.methodName ?? { nl: last.methodId, en: last.methodId },
    summary: last.reportSummary,
    agreements: [...(last.agreements ?? [])],
    openActions: openActions({ version: 1, sessions: before }).map(({ who, what, when, done }) => ({
      who,
      what,
      when,
      done,
    })),
  };
}

export interface AgendaCard {
  title: string;
  /** Plain lines, in order: what and when first, then one line per agreement and open action ('• …'). */
  lines: string[];
  /** The same as headed lists: 'Afspraken', then 'Open acties'. */
  parts?: { heading: string; lines: string[] }[];
  /** Item content: escaped, in <p> paragraphs, under Miro's 6,000 characters. */
  content: string;
}

const CARD_MAX = 5000;

/** Returns the opening card 'Vorig verslag en open acties' of the next meeting (R41): the previous agreements and every open action; null with no history; pure. */
export function startOfSessionAgenda(history: History, lang: Lang): AgendaCard | null {
  const prev = previousReportFor(history);
  if (!prev) return null;
  const title = word('previous', lang);
  const head = `${prev.methodName[lang]} — ${prev.date}`;
  const agreements = prev.agreements.map((a) => `• ${a}`);
  const open = prev.openActions.length
    ? prev.openActions.map((a) => `• ${actionLine(a, lang)}`)
    : [word('noOpen', lang)];
  const parts = [
    ...(agreements.length ? [{ heading: word('agreements', lang), lines: agreements }] : []),
    { heading: word('openActions', lang), lines: open },
  ];
  const lines = [head, ...(prev.summary ? [prev.summary] : []), ...agreements, ...open];
  const p = (text: string, strong = false) => {
    const inner = escapeHtml(clip(text, 600));
    return `<p>${strong ? `<strong>${inner}</strong>` : inner}</p>`;
  };
  let content = p(title, true) + p(head) + (prev.summary ? p(prev.summary) : '');
  for (const one of parts.flatMap((x) => [p(x.heading, true), ...x.lines.map((l) => p(l))])) {
    if (content.length + one.length > CARD_MAX) break;
    content += one;
  }
  return { title, lines, parts, content };
}
