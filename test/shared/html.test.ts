import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/shared/html';

describe('escapeHtml', () => {
  it('escapes markup and ampersands in names', () => {
    expect(escapeHtml(`<b>x</b> & 'y' "z"`)).toBe(
      '&lt;b&gt;x&lt;/b&gt; &amp; &#39;y&#39; &quot;z&quot;',
    );
  });

  it('escapes an ampersand once, so an entity in the text stays readable', () => {
    expect(escapeHtml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('leaves text without markup as it is', () => {
    expect(escapeHtml('Wat heb je nodig? — Anna')).toBe('Wat heb je nodig? — Anna');
  });
});
