// The verslag as content for the text items of the verslag frame: only Miro's inline tags
// (p, strong, em, br), every board text escaped, each item under Miro's 6,000 characters.
import type { Report, ReportGroup, ReportItem, ReportSection } from './report-types';
import type { Lang } from '../shared/text';
import { groupHeads } from './sections';
import { clip } from './text';
import { escapeHtml as h } from '../shared/html';
import {
  actionLine,
  authorLabel,
  countsLabel,
  itemMarks,
  personLabel,
  reportTitle,
  word,
} from './words';

/** Under Miro's 6,000 characters with room to spare. */
export const BOARD_TEXT_MAX = 5000;
const LINE_MAX = 1200;

export interface BoardText {
  /** Stable per part of the report: 'kop', 'vorig', a section id, then '-2', '-3' for overflow. */
  key: string;
  content: string;
}

const p = (inner: string) => `<p>${inner}</p>`;

function item(i: ReportItem, lang: Lang): string {
  const marks = itemMarks(i, lang);
  const m = marks.length ? ` [${h(marks.join(', '))}]` : '';
  return p(`• ${h(clip(i.lines.join(' / '), LINE_MAX))} <em>— ${h(authorLabel(i, lang))}</em>${m}`);
}

function group(g: ReportGroup, lang: Lang, heads: boolean): string[] {
  const counts = countsLabel(g.ratings, lang);
  return [
    ...(heads ? [p(`<strong>${h(g.title[lang])}</strong>`)] : []),
    ...(counts ? [p(`<em>${h(word('ratings', lang))}: ${h(counts)}</em>`)] : []),
    ...g.items.map((i) => item(i, lang)),
  ];
}

const bullet = (line: string) => p(`• ${h(clip(line, LINE_MAX))}`);

function sectionLines(s: ReportSection, report: Report, lang: Lang): string[] {
  if (s.id === 'actions') return report.actions.map((a) => bullet(actionLine(a, lang)));
  const keep = s.id === 'agreements' ? new Set(report.agreements.map((i) => i.id)) : undefined;
  const groups = s.groups
    .map((g) => (keep ? { ...g, items: g.items.filter((i) => keep.has(i.id)) } : g))
    .filter((g) => g.items.length > 0);
  const chosen =
    s.id === 'problem' && report.chosenProblem
      ? [
          p(
            `<strong>${h(word('chosenProblem', lang))}:</strong> ${h(clip(report.chosenProblem.lines.join(' '), LINE_MAX))}`,
          ),
        ]
      : [];
  if (groups.length === 0) return [];
  const heads = groupHeads({ id: s.id, groups });
  return [...chosen, ...groups.flatMap((g) => group(g, lang, heads))];
}

/** Returns the paragraphs packed into items of at most BOARD_TEXT_MAX characters, each with its heading; pure. */
function pack(key: string, heading: string, lines: string[]): BoardText[] {
  const head = p(`<strong>${h(heading)}</strong>`);
  const out: BoardText[] = [];
  let content = head;
  for (const line of lines) {
    if (content.length + line.length > BOARD_TEXT_MAX && content !== head) {
      out.push({ key: out.length ? `${key}-${out.length + 1}` : key, content });
      content = head;
    }
    content += line;
  }
  out.push({ key: out.length ? `${key}-${out.length + 1}` : key, content });
  return out;
}

/** Returns the contents of the verslag frame's text items, in reading order; pure. */
export function toBoardText(report: Report, lang: Lang): BoardText[] {
  const people = report.participants.map((x) => personLabel(x, lang)).join(', ');
  const out: BoardText[] = [
    {
      key: 'kop',
      content:
        p(`<strong>${h(reportTitle(report, lang))}</strong>`) +
        p(h(clip(`${word('participants', lang)}: ${people}`, BOARD_TEXT_MAX - 400))),
    },
  ];
  if (report.previous) {
    const prev = report.previous;
    const heading = (key: 'agreements' | 'openActions') =>
      p(`<strong>${h(word(key, lang))}</strong>`);
    const lines = [
      p(`<em>${h(`${prev.methodName[lang]} — ${prev.date}`)}</em>`),
      ...(prev.summary ? [p(h(clip(prev.summary, LINE_MAX)))] : []),
      ...(prev.agreements.length ? [heading('agreements'), ...prev.agreements.map(bullet)] : []),
      heading('openActions'),
      ...(prev.openActions.length
        ? prev.openActions.map((a) => bullet(actionLine(a, lang)))
        : [p(h(word('noOpen', lang)))]),
    ];
    out.push(...pack('vorig', word('previous', lang), lines));
  }
  for (const s of report.sections) {
    const lines = sectionLines(s, report, lang);
    if (lines.length > 0) out.push(...pack(s.id, s.title[lang], lines));
  }
  return out;
}
