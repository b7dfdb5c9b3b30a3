// What one verslag hands to the next meeting (R41): the line saying what it was about, the
// agreements it made and the actions still open. Kept short: the history holds fifty of them.
import type { ActionLine, PreviousSummary, Report } from './report-types';
import { clip } from './text';

export const AGREEMENTS_MAX = 12;
export const AGREEMENT_CHARS = 300;

/** Returns the case or question and the chosen problem statement as one line, '' when neither; pure. */
export function summaryLine(report: Report): string {
  const parts = [
    report.caseQuestion[0]?.lines.join(' '),
    report.chosenProblem ? report.chosenProblem.lines.join(' ') : undefined,
  ].filter((s): s is string => !!s);
  return clip(parts.join(' · '), 500);
}

/** Returns the report's agreements (not its actions) as short plain lines; pure. */
export function agreementLines(report: Report): string[] {
  return report.agreements
    .slice(0, AGREEMENTS_MAX)
    .map((i) => clip(i.lines.join(' '), AGREEMENT_CHARS));
}

const plain = ({ who, what, when, done }: ActionLine): ActionLine => ({ who, what, when, done });

/** Returns what a previous verslag hands on: itself when a summary already, else its line, agreements and open actions; pure. */
export function previousOf(previous: Report | PreviousSummary): PreviousSummary {
  if (!('actions' in previous)) return previous;
  const { sessionId, date, methodName } = previous;
  const carried = previous.previous?.openActions ?? [];
  const own = previous.actions.map(plain);
  return {
    sessionId,
    date,
    methodName,
    summary: summaryLine(previous),
    agreements: agreementLines(previous),
    openActions: [...carried, ...own].filter((a) => !a.done),
  };
}
