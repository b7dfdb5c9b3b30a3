// Text out of Miro's inline HTML, and escaping for each output: Markdown, HTML, board content.

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

const HTML: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Returns plain text with `& < > " '` as entities, safe in HTML text and attributes; pure. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/** Returns one plain line made inert in Markdown: HTML as entities, every Markdown special escaped; pure. */
export function escapeMarkdown(line: string): string {
  return line
    .replace(/[&<>"]/g, (c) => HTML[c] ?? c)
    .replace(/[\\`*_{}[\]()#+\-.!|~=:]/g, (c) => `\\${c}`);
}

/** Returns the text cut to `max` characters with an ellipsis when longer; pure. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}
