// The verslag as Markdown, for download. Every text from the board is inert: Miro's HTML is
// stripped to text first, then HTML and Markdown specials are escaped.
import type { Lang, Report, ReportGroup, ReportItem, ReportSection } from './report-types';
import { escapeMarkdown as md } from './text';
import { actionLine, countsLabel, itemMarks, personLabel, reportTitle, word } from './words';

function item(i: ReportItem, lang: Lang): string {
  const [first = '', ...rest] = i.lines;
  const marks = itemMarks(i, lang);
  const tail = ` — _${md(i.author)}_` + (marks.length ? ` \\[${md(marks.join(', '))}\\]` : '');
  const body = [md(first) + tail, ...rest.map((l) => `  ${md(l)}`)];
  return `- ${body.join('  \n')}`;
}

function group(g: ReportGroup, lang: Lang, heads: boolean): string[] {
  const counts = countsLabel(g.ratings, lang);
  return [
    ...(heads ? [`### ${md(g.title[lang])}`, ''] : []),
    ...(counts ? [`${md(word('ratings', lang))}: ${md(counts)}`, ''] : []),
    ...g.items.map((i) => item(i, lang)),
    '',
  ];
}

function section(s: ReportSection, report: Report, lang: Lang): string[] {
  const head = [`## ${md(s.title[lang])}`, ''];
  if (s.id === 'actions')
    return [...head, ...report.actions.map((a) => `- ${md(actionLine(a, lang))}`), ''];
  if (s.id === 'agreements') {
    const keep = new Set(report.agreements.map((i) => i.id));
    const groups = s.groups
      .map((g) => ({ ...g, items: g.items.filter((i) => keep.has(i.id)) }))
      .filter((g) => g.items.length > 0);
    if (groups.length === 0) return [];
    return [...head, ...groups.flatMap((g) => group(g, lang, groups.length > 1))];
  }
  const chosen =
    s.id === 'problem' && report.chosenProblem
      ? [`**${md(word('chosenProblem', lang))}:** ${md(report.chosenProblem.lines.join(' '))}`, '']
      : [];
  return [...head, ...chosen, ...s.groups.flatMap((g) => group(g, lang, s.groups.length > 1))];
}

/** Returns the verslag as a Markdown document, every board text escaped; pure. */
export function toMarkdown(report: Report, lang: Lang): string {
  const out = [`# ${md(reportTitle(report, lang))}`, ''];
  out.push(`- ${md(word('method', lang))}: ${md(report.methodName[lang])}`);
  out.push(`- ${md(word('date', lang))}: ${md(report.date)}`);
  out.push(
    `- ${md(word('participants', lang))}: ${md(report.participants.map((p) => personLabel(p, lang)).join(', '))}`,
    '',
  );
  if (report.previous) {
    out.push(`## ${md(word('previous', lang))}`, '');
    out.push(`${md(`${report.previous.methodName[lang]} — ${report.previous.date}`)}`, '');
    const open = report.previous.openActions;
    out.push(
      ...(open.length
        ? open.map((a) => `- ${md(actionLine(a, lang))}`)
        : [md(word('noOpen', lang))]),
      '',
    );
  }
  if (report.sections.length === 0) out.push(md(word('empty', lang)), '');
  for (const s of report.sections) out.push(...section(s, report, lang));
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
