import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import { writeReportFrame } from '../../src/board/report-frame';
import { BOARD_TEXT_MAX, toBoardText } from '../../src/record/board-text';
import { toMarkdown } from '../../src/record/markdown';
import { toPrintHtml } from '../../src/record/print-html';
import type { Report } from '../../src/record/report-types';
import { simSession } from './helpers';

// Tricks a participant might type on a sticky (Miro stores them escaped, as it does for typed text).
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const TRICKS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '[klik](javascript:alert(3))',
  '# kop',
  '| a | b |',
  '```js',
  '`code`',
  '<a href="javascript:alert(4)">x</a>',
  '**vet** _schuin_ ![img](http://x/y.png)',
  '---',
];

async function hostile(): Promise<Report> {
  const s = await simSession(methods.byId('post-it')!);
  for (const t of TRICKS) s.note('u-chris', 'tips', `<p>${esc(t)}</p>`);
  s.note('u-dewi', 'tips', '<p>echte <strong>tags</strong><br/>tweede regel</p>');
  s.note('u-anna', 'vraag', `<p>${esc('<b onclick="x">vraag</b>')}</p>`);
  return s.report();
}

describe('renderers keep board text inert', () => {
  it('keeps every trick inert in Markdown', async () => {
    const md = toMarkdown(await hostile(), 'nl');
    expect(md).not.toMatch(/<(script|img|a|b)\b/i);
    // No inline link or image: a ']' never directly followed by '('.
    expect(md).not.toMatch(/(?<!\\)\]\((?!\s)/);
    expect(md).not.toMatch(/(?<!\\)`/);
    const lines = md.split('\n');
    expect(lines.filter((l) => /^\s*#/.test(l)).every((l) => /^#{1,3} [^#]/.test(l))).toBe(true);
    expect(lines.some((l) => /^\s*\|/.test(l))).toBe(false);
    expect(lines.some((l) => /^\s*(---|```)/.test(l))).toBe(false);
    expect(lines.some((l) => /^(- |  )\[/.test(l))).toBe(false);
    expect(md).toContain('- \\# kop');
    expect(md).toContain('- \\--- — _Chris_');
    expect(md).toContain('&lt;script>alert(1)&lt;/script>');
    expect(md).toContain('\\[klik]\\(javascript:alert(3))');
    expect(md).toContain('\\*\\*vet\\*\\* \\_schuin\\_ ![img]\\(http://x/y.png)');
    expect(md).toContain('\\| a \\| b \\|');
    expect(md).toContain('echte tags — _Dewi_  \n  tweede regel');
  });

  it('keeps ordinary punctuation of a post-it verslag unescaped in Markdown', async () => {
    const s = await simSession(methods.byId('post-it')!);
    s.note('u-anna', 'vraag', '<p>Hoe geef ik feedback (zonder te kwetsen)?</p>');
    s.note('u-chris', 'tips', `<p>${esc('Vraag het: wat heb je nodig? Q&A-ronde, 2-3 min.')}</p>`);
    for (const t of TRICKS) s.note('u-chris', 'tips', `<p>${esc(t)}</p>`);
    const md = toMarkdown(await s.report('2026-12-01'), 'nl');
    expect(md).toContain('# Verslag — Post-it methode — 2026-12-01');
    expect(md).toContain('- Datum: 2026-12-01');
    expect(md).toContain('Anna (Inbrenger)');
    expect(md).toContain('Hoe geef ik feedback (zonder te kwetsen)? — _Anna_');
    expect(md).toContain('Vraag het: wat heb je nodig? Q&A-ronde, 2-3 min. — _Chris_');
    expect(md).not.toMatch(/<(script|img|a|b)\b/i);
    expect(md).not.toMatch(/(?<!\\)\]\(/);
  });

  it('prints a standalone document with only its own tags and attributes', async () => {
    const html = toPrintHtml(await hostile(), 'nl');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@media print');
    const tags = [...html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)];
    const allowed = ['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p'];
    allowed.push('ul', 'li', 'span', 'br', 'section', 'strong');
    for (const [, name, attrs] of tags) {
      expect(allowed).toContain(name);
      expect(attrs).not.toMatch(/\s(on\w+|href|src)\s*=/i);
    }
    const doc = new Window().document;
    doc.write(html);
    expect(doc.querySelectorAll('script, img, a, [onerror], [onclick]')).toHaveLength(0);
    expect(doc.body.textContent).toContain('<script>alert(1)</script>');
  });

  it('writes board text with Miro’s inline tags only, each under the limit', async () => {
    const parts = toBoardText(await hostile(), 'nl');
    for (const p of parts) {
      expect(p.content.length).toBeLessThan(BOARD_TEXT_MAX + 1);
      for (const m of p.content.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)) {
        expect(['p', 'strong', 'em', 'br']).toContain(m[1]);
        expect(m[2]).toBe('');
      }
    }
    expect(parts.map((p) => p.content).join('')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('splits a long section over several text items', async () => {
    const s = await simSession(methods.byId('post-it')!);
    for (let i = 0; i < 30; i++) s.note('u-chris', 'tips', `<p>${'tip '.repeat(100)}${i}</p>`);
    const parts = toBoardText(await s.report(), 'nl');
    expect(parts.filter((p) => p.key.startsWith('advice')).length).toBeGreaterThan(1);
    expect(new Set(parts.map((p) => p.key)).size).toBe(parts.length);
  });

  it('puts the hostile verslag on the simulated board, which checks the tags', async () => {
    const s = await simSession(methods.byId('post-it')!);
    for (const t of TRICKS) s.note('u-chris', 'tips', `<p>${esc(t)}</p>`);
    const result = await writeReportFrame(s.sim, await s.report(), s.map, 'nl');
    expect(result.ok).toBe(true);
  });

  it('renders English labels', async () => {
    const md = toMarkdown(await hostile(), 'en');
    expect(md).toContain('# Session record — Sticky note method');
    expect(md).toContain('## Advice and tips');
  });
});
