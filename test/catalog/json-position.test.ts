import { describe, expect, it } from 'vitest';
import { jsonErrorAt } from '../../src/catalog/json-position';

describe('jsonErrorAt', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(jsonErrorAt(' {"a": [1, -2.5e3, true, null, "\\u00e9\\n"]} ')).toBeUndefined();
  });

  it('points at the first error with line and column', () => {
    expect(jsonErrorAt('{"a": 1,\n "b": tru}')).toEqual({ offset: 18, line: 2, column: 10 });
    expect(jsonErrorAt('{"a": 1,}')).toEqual({ offset: 8, line: 1, column: 9 });
    expect(jsonErrorAt('[1, 2')).toEqual({ offset: 5, line: 1, column: 6 });
    expect(jsonErrorAt('{a: 1}')).toEqual({ offset: 1, line: 1, column: 2 });
    expect(jsonErrorAt('{} x')).toEqual({ offset: 3, line: 1, column: 4 });
  });
});
