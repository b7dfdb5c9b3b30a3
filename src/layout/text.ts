// Text on items: the few inline tags Miro allows (escaped with shared/html.ts), and a size
// estimate that says whether a text fits its item (chars × fontSize × 0.55 per line,
// 1.4 × fontSize line height).
import { escapeHtml } from '../shared/html';

export const CHAR_WIDTH = 0.55;
export const LINE_HEIGHT = 1.4;

/** Returns the text cut to `max` characters with an ellipsis when longer; pure. */
export function truncate(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : chars.slice(0, max - 1).join('') + '…';
}

/** Returns the non-empty parts, already escaped, each wrapped in `<p>`; pure. */
export function paragraphs(...parts: (string | undefined)[]): string {
  return parts
    .filter((p): p is string => p !== undefined && p !== '')
    .map((p) => `<p>${p}</p>`)
    .join('');
}

/** Returns escaped bold text; pure. */
export function strong(text: string): string {
  return `<strong>${escapeHtml(text)}</strong>`;
}

/** Returns escaped italic text; pure. */
export function em(text: string): string {
  return `<em>${escapeHtml(text)}</em>`;
}

/** Returns the plain lines of item content: one per paragraph or line break, tags stripped; pure. */
export function plainLines(content: string): string[] {
  const pieces = content.split(/<\/p>|<br\s*\/?>|<\/li>/i);
  if (pieces.length > 1 && pieces[pieces.length - 1]?.trim() === '') pieces.pop();
  return pieces.map((p) =>
    p
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** Returns how many wrapped lines the content takes in `width` at `fontSize` (Infinity: too narrow); pure. */
export function lineCount(content: string, width: number, fontSize: number): number {
  const perLine = Math.floor(width / (fontSize * CHAR_WIDTH));
  if (perLine < 1) return Infinity;
  let lines = 0;
  for (const para of plainLines(content)) {
    let used = 0;
    let count = 1;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const len = [...word].length;
      if (len > perLine) {
        count += used > 0 ? 1 : 0;
        count += Math.ceil(len / perLine) - 1;
        used = len % perLine || perLine;
      } else if (used === 0) used = len;
      else if (used + 1 + len <= perLine) used += 1 + len;
      else {
        count += 1;
        used = len;
      }
    }
    lines += count;
  }
  return lines;
}

/** Returns the height the content needs in `width` at `fontSize`; pure. */
export function textHeight(content: string, width: number, fontSize: number): number {
  return Math.ceil(lineCount(content, width, fontSize) * fontSize * LINE_HEIGHT);
}

/** Returns whether the content fits a `width`×`height` text area at `fontSize`; pure. */
export function fits(content: string, width: number, height: number, fontSize: number): boolean {
  return textHeight(content, width, fontSize) <= height;
}

/** Returns the largest whole font size in [min, max] at which the content fits, or undefined; pure. */
export function fitFont(
  content: string,
  width: number,
  height: number,
  max: number,
  min: number,
): number | undefined {
  for (let size = max; size >= min; size--) if (fits(content, width, height, size)) return size;
  return undefined;
}
