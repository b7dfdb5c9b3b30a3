import { describe, expect, it } from 'vitest';
import { twelveMethods } from '../../src/catalog/builtin';
import { builtinMethod, builtinMethods } from '../../src/catalog/lookup';
import { methods } from '../../src/catalog/methods';

describe('builtinMethods', () => {
  it('lists the first meeting, then the twelve in their order', () => {
    expect(builtinMethods.map((m) => m.id)).toEqual([
      'eerste-bijeenkomst',
      ...twelveMethods.map((m) => m.id),
    ]);
  });

  it('is the list the public catalog offers', () => {
    expect(methods.all).toBe(builtinMethods);
  });
});

describe('builtinMethod', () => {
  it('finds a built-in method by id and nothing for an unknown id', () => {
    expect(builtinMethod('viskom')?.id).toBe('viskom');
    expect(builtinMethod('eerste-bijeenkomst')?.kind).toBe('meeting');
    expect(builtinMethod('zelfbedacht')).toBeUndefined();
  });
});
