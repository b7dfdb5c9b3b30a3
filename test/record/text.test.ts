import { describe, expect, it } from 'vitest';
import { parseAction } from '../../src/record/actions';
import { authorOf } from '../../src/record/author';
import { marksOf, ratingOf } from '../../src/record/tags';
import { escapeMarkdown, htmlToLines } from '../../src/record/text';

const participants = [
  { id: 'u-anna', name: 'Anna', onMiro: true },
  { id: 'u-bram', name: 'Bram', onMiro: true },
  { id: 'p-eva', name: 'Eva', onMiro: false },
];
const session = { participants, facilitatorId: 'u-bram' };

describe('record text', () => {
  it('strips Miro HTML to lines and decodes entities once', () => {
    expect(htmlToLines('<p>Een &amp; twee</p><p>&lt;b&gt;<br/>drie</p>')).toEqual([
      'Een & twee',
      '<b>',
      'drie',
    ]);
  });

  it('escapes what Markdown would read as markup, and HTML', () => {
    expect(escapeMarkdown('# [x](javascript:alert(1)) `c` | <i>')).toBe(
      '\\# [x]\\(javascript:alert(1)) \\`c\\` \\| &lt;i>',
    );
    expect(escapeMarkdown('![img](http://x/y.png) **vet** _schuin_ ~weg~ \\')).toBe(
      '![img]\\(http://x/y.png) \\*\\*vet\\*\\* \\_schuin\\_ \\~weg\\~ \\\\',
    );
    expect(escapeMarkdown('&amp; &#60;')).toBe('&amp;amp; &amp;#60;');
  });

  it('escapes a block marker only at the start of a line', () => {
    const starts = ['> citaat', '- punt', '+ plus', '* ster', '1. april', '2) twee', '[ref]: x'];
    expect(starts.map(escapeMarkdown)).toEqual([
      '\\> citaat',
      '\\- punt',
      '\\+ plus',
      '\\* ster',
      '1\\. april',
      '2\\) twee',
      '\\[ref]: x',
    ]);
    expect(['---', '===', '***', '    code'].map(escapeMarkdown)).toEqual([
      '\\---',
      '\\===',
      '\\*\\*\\*',
      'code',
    ]);
  });

  it('leaves ordinary punctuation alone', () => {
    const plain = [
      'Post-it methode',
      '2026-12-01',
      'Anna (Inbrenger)',
      'Q&A: wat nu? Ja! 3 * 4 = 12, 50% (ca.) — ok.',
      'snake_case en a-b+c',
      'Vraag 1. of 2) — #hashtag',
    ];
    expect(plain.map(escapeMarkdown)).toEqual(plain);
  });

  it('reads ratings from tag titles in both languages and scales', () => {
    expect(['+ warm', '0 neutraal', '0 lukewarm', '− cold', 'Koud'].map(ratingOf)).toEqual([
      'warm',
      'neutraal',
      'lauw',
      'koud',
      'koud',
    ]);
    expect(marksOf(['gekozen', 'Beantwoord', '✓ gedaan'])).toEqual({
      rating: null,
      chosen: true,
      answered: true,
      done: true,
    });
  });
});

describe('authors', () => {
  it('gives a note the facilitator wrote for Eva to Eva, without the prefix', () => {
    const a = authorOf(session, 'u-bram', ['Eva: wat maakte je onzeker?']);
    expect(a).toMatchObject({ author: 'Eva', authorId: 'p-eva', writtenFor: true });
    expect(a.lines).toEqual(['wat maakte je onzeker?']);
  });

  it('keeps a member’s own note theirs when it starts with another name', () => {
    expect(authorOf(session, 'u-anna', ['Bram: zei dat al']).author).toBe('Anna');
  });

  it('keeps a colon that names no participant as text', () => {
    const a = authorOf(session, 'u-bram', ['Context: thuis']);
    expect(a).toMatchObject({ author: 'Bram', lines: ['Context: thuis'] });
  });
});

describe('actions', () => {
  it('parses wie / wat / wanneer', () => {
    expect(
      parseAction('wie: Anna / wat: teamleider bellen / wanneer: 1 april', participants),
    ).toEqual({ who: 'Anna', what: 'teamleider bellen', when: '1 april' });
    expect(parseAction('Wat: plan maken\nWanneer: volgende week', participants)).toEqual({
      who: '',
      what: 'plan maken',
      when: 'volgende week',
    });
  });

  it('parses name — action — date', () => {
    expect(parseAction('Anna — gesprek voorbereiden — 2025-04-01', participants)).toEqual({
      who: 'Anna',
      what: 'gesprek voorbereiden',
      when: '2025-04-01',
    });
    expect(parseAction('Eva - terugkoppelen', participants)).toEqual({
      who: 'Eva',
      what: 'terugkoppelen',
      when: null,
    });
  });

  it('leaves a plain agreement alone', () => {
    expect(parseAction('We beginnen op tijd', participants)).toBeNull();
    expect(parseAction('Op 12-03-2025 vergaderen', participants)).toBeNull();
    expect(
      parseAction('Vertrouwen — wat hier gezegd wordt — altijd', participants, true),
    ).toBeNull();
    expect(parseAction('Iedereen — casus meenemen — elke keer', participants, true)?.who).toBe(
      'Iedereen',
    );
  });
});
