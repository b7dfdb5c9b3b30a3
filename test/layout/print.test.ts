import { describe, expect, it } from 'vitest';
import { layoutMethod } from '../../src/layout/layout';
import { printBlueprint } from '../../src/layout/print';
import { methodById, options, people } from './fixtures';

describe('printBlueprint', () => {
  it('prints frames with their children indented', () => {
    const text = printBlueprint(layoutMethod(methodById('post-it'), people(4), options));
    expect(text.split('\n')[0]).toMatch(/^frame "Intervisie · .*" \d+×\d+ @ \(0,0\)/);
    expect(text).toMatch(/\n {2}text 28px/);
  });

  it('prints the post-it method for four participants', () => {
    expect(
      printBlueprint(layoutMethod(methodById('post-it'), people(4), options)),
    ).toMatchSnapshot();
  });

  it('prints the viskom for four participants', () => {
    const viskom = { binnen: ['anna', 'bram'], buiten: ['chris', 'dewi'] };
    expect(
      printBlueprint(layoutMethod(methodById('viskom'), people(4), { ...options, viskom })),
    ).toMatchSnapshot();
  });
});
