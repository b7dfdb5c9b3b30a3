import { describe, expect, it } from 'vitest';
import { fitFont, fits, lineCount, plainLines, textHeight, truncate } from '../../src/layout/text';

describe('plainLines', () => {
  it('gives one line per paragraph and break, tags stripped, entities decoded', () => {
    expect(plainLines('<p><strong>A &amp; B</strong></p><p>c<br>d</p>')).toEqual([
      'A & B',
      'c',
      'd',
    ]);
  });
});

describe('lineCount', () => {
  it('wraps words at chars × fontSize × 0.55 per line', () => {
    // 10 px font: 5.5 px a char, so 110 px holds 20 characters.
    expect(lineCount('<p>aaaa bbbb cccc dddd</p>', 110, 10)).toBe(1);
    expect(lineCount('<p>aaaa bbbb cccc dddd eeee</p>', 110, 10)).toBe(2);
  });

  it('breaks a word longer than a line over several lines', () => {
    expect(lineCount(`<p>${'x'.repeat(45)}</p>`, 110, 10)).toBe(3);
  });

  it('counts each paragraph on its own line', () => {
    expect(lineCount('<p>a</p><p>b</p><p>c</p>', 500, 10)).toBe(3);
  });

  it('is infinite when not one character fits', () => {
    expect(lineCount('<p>a</p>', 4, 10)).toBe(Infinity);
  });
});

describe('fits', () => {
  it('holds when the wrapped lines fit the height at 1.4 × fontSize a line', () => {
    expect(textHeight('<p>a</p><p>b</p>', 100, 10)).toBe(28);
    expect(fits('<p>a</p><p>b</p>', 100, 28, 10)).toBe(true);
    expect(fits('<p>a</p><p>b</p>', 100, 27, 10)).toBe(false);
  });

  it('fails for text too wide for the item', () => {
    expect(fits(`<p>${'word '.repeat(40)}</p>`, 200, 40, 20)).toBe(false);
  });
});

describe('fitFont', () => {
  it('shrinks the font until the text fits', () => {
    const content = `<p>${'word '.repeat(12)}</p>`;
    const size = fitFont(content, 200, 60, 30, 8);
    expect(size).toBeDefined();
    expect(fits(content, 200, 60, size!)).toBe(true);
    expect(fits(content, 200, 60, size! + 1)).toBe(false);
  });

  it('gives up below the minimum', () => {
    expect(fitFont(`<p>${'word '.repeat(200)}</p>`, 100, 40, 20, 10)).toBeUndefined();
  });
});

describe('truncate', () => {
  it('cuts long text with an ellipsis and keeps short text', () => {
    expect(truncate('Anna', 10)).toBe('Anna');
    expect(truncate('Annemarie-Josephine', 8)).toBe('Annemar…');
  });
});
