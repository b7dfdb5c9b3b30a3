// Text out of Miro's inline HTML, escaping for Markdown, and clipping (HTML: shared/html.ts).

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : '';
    }
    return NAMED[name.toLowerCase()] ?? all;
  });
}

/** Returns the plain lines of Miro item content: tags stripped, entities decoded, blank lines dropped; pure. */
export function htmlToLines(content: string): string[] {
  const broken = content.replace(/<br\s*\/?>|<\/(p|li|div)\s*>/gi, '\n');
  const bare = broken.replace(/<\/?[a-z!][^>]*>?/gi, '');
  return decode(bare)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}

/** Returns the plain text of Miro item content, lines joined by '\n'; pure. */
export function htmlToText(content: string): string {
  return htmlToLines(content).join('\n');
}

// Markdown: escape only what CommonMark or GFM would read as markup, so the file still reads as
// plain text. Inline: every backslash, backtick and '|'; '<' and an entity-like '&' as HTML
// entities; '](' broken up (no inline link or image); '*' and '~' unless spaced on both sides;
// '_' unless inside a word. At the line start: headings, quotes, list markers, rules and setext
// underlines, fences, and '[' (reference definitions, task boxes).
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

function inline(line: string): string {
  const chars = [...line];
  return chars
    .map((c, i) => {
      const before = chars[i - 1] ?? '';
      const after = chars[i + 1] ?? '';
      switch (c) {
        case '\\':
        case '`':
        case '|':
          return `\\${c}`;
        case '<':
          return '&lt;';
        case '&':
          return /^&(#x?[0-9a-f]+|[a-z][a-z0-9]*);/i.test(line.slice(i)) ? '&amp;' : c;
        case '(':
          return before === ']' ? '\\(' : c;
        case '*':
        case '~':
          return SPACE.test(before) && SPACE.test(after) ? c : `\\${c}`;
        case '_':
          return WORD.test(before) && WORD.test(after) ? c : '\\_';
        default:
          return c;
      }
    })
    .join('');
}

/** Returns text placed within a Markdown line (after other text) with only its inline markup escaped; pure. */
export const escapeMarkdownInline = (text: string): string => inline(text);

const RULE = /^[-=_*](?:\s*[-=_*])*\s*$/;
const BLOCK = /^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|\[)/;
const ORDERED = /^(\d{1,9})([.)])(?=\s|$)/;

/** Returns one plain line that Markdown shows as it is: only what it would read as markup escaped, '<' as an entity; pure. */
export function escapeMarkdown(line: string): string {
  // Leading blanks dropped: four of them would start a code block.
  const bare = line.trimStart();
  const text = inline(bare);
  if (RULE.test(bare) || BLOCK.test(text)) return text.startsWith('\\') ? text : `\\${text}`;
  return text.replace(ORDERED, '$1\\$2');
}

/** Returns the text cut to `max` characters with an ellipsis when longer; pure. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}
