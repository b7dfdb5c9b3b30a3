import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/shared/hash';

describe('fnv1a', () => {
  it('gives the 32-bit FNV-1a values in base 36', () => {
    expect(fnv1a('')).toBe((0x811c9dc5).toString(36));
    expect(fnv1a('a')).toBe((0xe40c292c).toString(36));
    expect(fnv1a('foobar')).toBe((0xbf9cf968).toString(36));
  });

  it('hashes UTF-16 code units by default and UTF-8 bytes when asked', () => {
    expect(fnv1a('abc', 'utf-8')).toBe(fnv1a('abc'));
    expect(fnv1a('é')).toBe((0x6c0b6c44).toString(36));
    expect(fnv1a('é', 'utf-8')).toBe(fnv1a('\u00c3\u00a9'));
    expect(fnv1a('é', 'utf-8')).not.toBe(fnv1a('é'));
  });
});
