// Item content as Miro shows it: a few inline tags kept, every other tag and attribute escaped.
import { escapeHtml } from '../shared/html';

const KEEP = /^<\/?(p|strong|b|em|i|u|s|br|span|ol|ul|li)\s*\/?>$/i;
const TAG = /<\/?[a-z][^<>]*>/gi;

function escapeText(text: string): string {
  // Entities already in the content stay; stray < > and bare & are escaped.
  return text
    .replace(/&(?!(#\d+|#x[0-9a-f]+|[a-z]+);)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Returns content safe to put in innerHTML: allowed tags without attributes, the rest escaped; pure. */
export function safeHtml(content: string): string {
  let out = '';
  let last = 0;
  for (const match of content.matchAll(TAG)) {
    const tag = match[0];
    const at = match.index ?? 0;
    out += escapeText(content.slice(last, at));
    const name = /^<\/?([a-z]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    const close = tag.startsWith('</');
    if (KEEP.test(tag)) out += tag.toLowerCase();
    else if (name === 'a') out += close ? '</u>' : '<u>';
    else out += escapeText(tag);
    last = at + tag.length;
  }
  return out + escapeText(content.slice(last));
}

/** Returns the plain text of content (tags dropped, paragraphs as new lines); pure. */
export function plainText(content: string): string {
  return content
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/** Returns typed text as sticky content: escaped, one paragraph a line; pure. */
export function contentOf(text: string): string {
  const lines = text.replace(/\r/g, '').split('\n');
  return lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
}
