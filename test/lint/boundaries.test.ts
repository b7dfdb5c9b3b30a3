import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const lint = (root?: string) => {
  const args = ['scripts/lint-boundaries.mjs', ...(root ? ['--root', root] : [])];
  const run = spawnSync('node', args, { encoding: 'utf8' });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
};
const FIX = 'test/lint/fixtures';

describe('the boundary lint', () => {
  it('refuses a pure module that imports the controller or the simulator', () => {
    const { code, out } = lint(`${FIX}/pure-imports-controller`);
    expect(code).toBe(1);
    expect(out).toContain('src/session/bad.ts:2: a pure module imports src/controller');
    expect(out).toContain('src/session/bad.ts:3: a pure module imports src/miro');
  });

  it('refuses any read of the global miro outside src/main.ts', () => {
    const { code, out } = lint(`${FIX}/global-miro`);
    expect(code).toBe(1);
    expect(out).toContain('src/guard/bad.ts:2: only src/main.ts may read the global miro');
    expect(out).toContain('src/panel/bad.ts:3: only src/main.ts may read the global miro');
  });

  it('lets a pure module import a pure one and the shell import the pure layers', () => {
    expect(lint(`${FIX}/clean`)).toMatchObject({ code: 0 });
  });

  it('finds the project’s own boundaries holding', () => {
    expect(lint()).toEqual({ code: 0, out: 'lint: module boundaries hold\n' });
  });

  it('finds a circle of value imports and passes over type-only ones', () => {
    const run = spawnSync('node', ['scripts/check-cycles.mjs', '--root', `${FIX}/circle`], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('circle: src/guard/act.ts -> src/guard/store.ts');
    expect(run.stderr).toContain('1 circle(s)');
  });

  it('finds no circle of value imports in the project', () => {
    const run = spawnSync('node', ['scripts/check-cycles.mjs'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
  });
});
