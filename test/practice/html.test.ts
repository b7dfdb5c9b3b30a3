import { describe, expect, it } from 'vitest';
import { contentOf, plainText, safeHtml } from '../../src/practice/html';

describe('safeHtml', () => {
  it('keeps the inline tags Miro allows', () => {
    expect(safeHtml('<p><strong>a</strong><br/><em>b</em></p>')).toBe(
      '<p><strong>a</strong><br/><em>b</em></p>',
    );
  });
  it('escapes other tags, attributes and stray brackets', () => {
    expect(safeHtml('<script>x</script><p class="y">1 < 2</p>')).toBe(
      '&lt;script&gt;x&lt;/script&gt;&lt;p class="y"&gt;1 &lt; 2</p>',
    );
  });
  it('shows links as underlined text without their target', () => {
    expect(safeHtml('<a href="javascript:x">hier</a>')).toBe('<u>hier</u>');
  });
  it('keeps entities and escapes a bare ampersand', () => {
    expect(safeHtml('a &amp; b & c')).toBe('a &amp; b &amp; c');
  });
});

describe('contentOf and plainText', () => {
  it('turns typed lines into paragraphs and back', () => {
    const content = contentOf('Wat <wil> je?\nEn & dan');
    expect(content).toBe('<p>Wat &lt;wil&gt; je?</p><p>En &amp; dan</p>');
    expect(plainText(content)).toBe('Wat <wil> je?\nEn & dan');
  });
});
