// The verslag as one standalone HTML document for the browser's print to PDF: no scripts, no
// external resources, every text escaped, a print stylesheet.
import type { Report, ReportGroup, ReportItem, ReportSection } from './report-types';
import type { Lang } from '../shared/text';
import { groupHeads } from './sections';
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

const STYLE = `
body{font:11pt/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:48rem;margin:2rem auto;padding:0 1rem}
h1{font-size:18pt;margin:0 0 .5rem}h2{font-size:14pt;margin:1.4rem 0 .4rem;border-bottom:1px solid #c3c6d4}
h3{font-size:12pt;margin:1rem 0 .3rem}ul{padding-left:1.2rem}li{margin:.2rem 0}
.meta{color:#555}.who{color:#555;font-style:italic}.marks{font-weight:600}
@media print{body{margin:0;max-width:none}h2,h3{break-after:avoid}li{break-inside:avoid}}
@page{size:A4;margin:18mm}`;

function item(i: ReportItem, lang: Lang): string {
  const text = i.lines.map(h).join('<br>');
  const marks = itemMarks(i, lang);
  const m = marks.length ? ` <span class="marks">[${h(marks.join(', '))}]</span>` : '';
  return `<li>${text} <span class="who">— ${h(authorLabel(i, lang))}</span>${m}</li>`;
}

function group(g: ReportGroup, lang: Lang, heads: boolean): string {
  const counts = countsLabel(g.ratings, lang);
  return [
    heads ? `<h3>${h(g.title[lang])}</h3>` : '',
    counts ? `<p class="meta">${h(word('ratings', lang))}: ${h(counts)}</p>` : '',
    `<ul>${g.items.map((i) => item(i, lang)).join('')}</ul>`,
  ].join('');
}

const list = (lines: readonly string[]) =>
  `<ul>${lines.map((l) => `<li>${h(l)}</li>`).join('')}</ul>`;

function section(s: ReportSection, report: Report, lang: Lang): string {
  const head = `<h2>${h(s.title[lang])}</h2>`;
  if (s.id === 'actions')
    return `<section>${head}${list(report.actions.map((a) => actionLine(a, lang)))}</section>`;
  const keep = s.id === 'agreements' ? new Set(report.agreements.map((i) => i.id)) : undefined;
  const groups = s.groups
    .map((g) => (keep ? { ...g, items: g.items.filter((i) => keep.has(i.id)) } : g))
    .filter((g) => g.items.length > 0);
  if (groups.length === 0) return '';
  const heads = groupHeads({ id: s.id, groups });
  const body = groups.map((g) => group(g, lang, heads)).join('');
  const chosen =
    s.id === 'problem' && report.chosenProblem
      ? `<p><strong>${h(word('chosenProblem', lang))}:</strong> ${h(report.chosenProblem.lines.join(' '))}</p>`
      : '';
  return `<section>${head}${chosen}${body}</section>`;
}

function previous(report: Report, lang: Lang): string {
  const p = report.previous;
  if (!p) return '';
  const open = p.openActions.length
    ? list(p.openActions.map((a) => actionLine(a, lang)))
    : `<p>${h(word('noOpen', lang))}</p>`;
  const agreed = p.agreements.length
    ? `<h3>${h(word('agreements', lang))}</h3>${list(p.agreements)}`
    : '';
  return [
    `<section><h2>${h(word('previous', lang))}</h2>`,
    `<p class="meta">${h(`${p.methodName[lang]} — ${p.date}`)}</p>`,
    p.summary ? `<p>${h(p.summary)}</p>` : '',
    agreed,
    `<h3>${h(word('openActions', lang))}</h3>${open}</section>`,
  ].join('');
}

/** Returns a complete standalone HTML document of the verslag for printing; pure. */
export function toPrintHtml(report: Report, lang: Lang): string {
  const title = h(reportTitle(report, lang));
  const people = report.participants.map((p) => personLabel(p, lang)).join(', ');
  const body = [
    `<h1>${title}</h1>`,
    `<p class="meta">${h(word('method', lang))}: ${h(report.methodName[lang])}<br>${h(word('date', lang))}: ${h(report.date)}<br>${h(word('participants', lang))}: ${h(people)}</p>`,
    previous(report, lang),
    report.sections.length ? '' : `<p>${h(word('empty', lang))}</p>`,
    ...report.sections.map((s) => section(s, report, lang)),
  ].join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
