// The verslag as Markdown, for download. Every text from the board stays inert and still reads as
// plain text: Miro's HTML is stripped to text first, then only what Markdown would read as markup
// is escaped (escapeMarkdown).
import type { Report, ReportGroup, ReportItem, ReportSection } from './report-types';
import type { Lang } from '../shared/text';
import { groupHeads } from './sections';
import { escapeMarkdown as md, escapeMarkdownInline as mdi } from './text';
import {
  actionLine,
  authorLabel,
  countsLabel,
  itemMarks,
  personLabel,
  reportTitle,
  word,
} from './words';

function item(i: ReportItem, lang: Lang): string {
  const [first = '', ...rest] = i.lines;
  const marks = itemMarks(i, lang);
  const who = ` — _${mdi(authorLabel(i, lang))}_`;
  const tail = who + (marks.length ? ` [${mdi(marks.join(', '))}]` : '');
  const body = [md(first) + tail, ...rest.map((l) => `  ${md(l)}`)];
  return `- ${body.join('  \n')}`;
}

function group(g: ReportGroup, lang: Lang, heads: boolean): string[] {
  const counts = countsLabel(g.ratings, lang);
  return [
    ...(heads ? [`### ${md(g.title[lang])}`, ''] : []),
    ...(counts ? [`${md(word('ratings', lang))}: ${mdi(counts)}`, ''] : []),
    ...g.items.map((i) => item(i, lang)),
    '',
  ];
}

function section(s: ReportSection, report: Report, lang: Lang): string[] {
  const head = [`## ${md(s.title[lang])}`, ''];
  if (s.id === 'actions')
    return [...head, ...report.actions.map((a) => `- ${md(actionLine(a, lang))}`), ''];
  let groups = s.groups;
  if (s.id === 'agreements') {
    const keep = new Set(report.agreements.map((i) => i.id));
    groups = groups
      .map((g) => ({ ...g, items: g.items.filter((i) => keep.has(i.id)) }))
      .filter((g) => g.items.length > 0);
    if (groups.length === 0) return [];
  }
  const chosen =
    s.id === 'problem' && report.chosenProblem
      ? [
          `**${mdi(word('chosenProblem', lang))}:** ${mdi(report.chosenProblem.lines.join(' '))}`,
          '',
        ]
      : [];
  const heads = groupHeads({ id: s.id, groups });
  return [...head, ...chosen, ...groups.flatMap((g) => group(g, lang, heads))];
}

function previous(report: Report, lang: Lang): string[] {
  const p = report.previous;
  if (!p) return [];
  const open = p.openActions.length
    ? p.openActions.map((a) => `- ${md(actionLine(a, lang))}`)
    : [md(word('noOpen', lang))];
  return [
    `## ${md(word('previous', lang))}`,
    '',
    md(`${p.methodName[lang]} — ${p.date}`),
    '',
    ...(p.summary ? [md(p.summary), ''] : []),
    ...(p.agreements.length
      ? [`### ${md(word('agreements', lang))}`, '', ...p.agreements.map((a) => `- ${md(a)}`), '']
      : []),
    `### ${md(word('openActions', lang))}`,
    '',
    ...open,
    '',
  ];
}

/** Returns the verslag as a Markdown document, every board text escaped; pure. */
export function toMarkdown(report: Report, lang: Lang): string {
  const people = report.participants.map((p) => personLabel(p, lang)).join(', ');
  const out = [
    `# ${md(reportTitle(report, lang))}`,
    '',
    `- ${md(word('method', lang))}: ${mdi(report.methodName[lang])}`,
    `- ${md(word('date', lang))}: ${mdi(report.date)}`,
    `- ${md(word('participants', lang))}: ${mdi(people)}`,
    '',
    ...previous(report, lang),
  ];
  if (report.sections.length === 0) out.push(md(word('empty', lang)), '');
  for (const s of report.sections) out.push(...section(s, report, lang));
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
