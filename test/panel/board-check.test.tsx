// @vitest-environment happy-dom
// Bordcontrole in the About screen: it runs the check on the (simulated) board, lists the answers,
// removes its test items and copies the result, with a text box to select when copying fails.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedMiro } from '../../src/miro/simulator/index';
import type { BoardCheckView, PanelHost } from '../../src/panel/controller-port';
import { mountPanel } from '../../src/panel/mount';
import { mount, seeded } from './helpers';
import type { Harness } from './helpers';

let h: Harness | null = null;
afterEach(() => {
  h?.unmount();
  vi.unstubAllGlobals();
});

async function checked(lang: 'nl' | 'en' = 'nl') {
  const sim = createSimulatedMiro({ assume: { parentOnCreate: true, timer: true } });
  h = mount();
  const p = h;
  mountPanel(sim, p.root, {
    lang,
    random: seeded(4),
    now: () => sim.clock.now(),
    checkWait: () => sim.settle(),
  });
  await p.until(() => p.has('[data-action="about"]'));
  await p.click('[data-action="about"]');
  // The About screen loads on first use.
  await p.until(() => p.has('[data-action="board-check"]'), 'the About screen');
  await p.click('[data-action="board-check"]');
  await p.until(() => p.has('[data-check]'), 'the answers');
  return { sim, p };
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
}

describe('Bordcontrole', () => {
  it('runs the check from the About screen and lists the answers', async () => {
    const { sim, p } = await checked();
    expect(p.$('[data-part="board-check"]').textContent).toContain('verwijdert daarna alles');
    const ids = p.$$('[data-check]').map((li) => li.dataset.check);
    expect(ids).toEqual(expect.arrayContaining(['parentOnCreate', 'showContent', 'timer']));
    expect(p.$('[data-check="parentOnCreate"]').textContent).toContain('ja');
    expect(p.$('[data-check="showContent"]').textContent).toContain('nee');
    expect(p.text()).toContain('Opgeruimd');
    expect(sim.inspect.items()).toEqual([]);
    expect(p.$('[data-action="board-check"]').textContent).toBe('Opnieuw controleren');
  });

  it('copies the result as text', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    stubClipboard(writeText);
    const { p } = await checked('en');
    await p.click('[data-action="copy-check"]');
    expect(writeText).toHaveBeenCalledOnce();
    const text = writeText.mock.calls[0]![0];
    expect(text.split('\n')[0]).toBe('Intervisie voor Miro: board check');
    expect(text).toContain('[parentOnCreate]');
    expect(p.$('[role="status"]').textContent).toBe('Copied.');
  });

  it('shows the text to select when the clipboard refuses', async () => {
    stubClipboard(async () => {
      throw new Error('not allowed');
    });
    const { p } = await checked();
    await p.click('[data-action="copy-check"]');
    expect(p.text()).toContain('Kopiëren lukte niet');
    const area = p.$('textarea') as HTMLTextAreaElement;
    expect(area.value).toContain('Intervisie voor Miro: bordcontrole');
    expect(area.readOnly).toBe(true);
  });

  it('shows the steps while the check runs and an error when it breaks', async () => {
    let finish: (v: BoardCheckView) => void = () => {};
    let calls = 0;
    const host: PanelHost = {
      me: async () => ({ id: 'u1', name: 'Fleur' }),
      onlineUsers: async () => [],
      lastInbrengers: async () => [],
      generate: async () => ({ ok: true }),
      prepare: async () => ({ ok: false, error: { code: 'x', message: { nl: 'x', en: 'x' } } }),
      open: async () => null,
      rate: async () => ({ ok: true }),
      boardCheck: (onProgress) => {
        calls += 1;
        if (calls > 1) return Promise.reject(new Error('bug'));
        onProgress(3, 8);
        return new Promise((resolve) => (finish = resolve));
      },
    };
    h = mount();
    const p = h;
    mountPanel(createSimulatedMiro(), p.root, { host });
    await p.until(() => p.has('[data-action="about"]'));
    await p.click('[data-action="about"]');
    await p.until(() => p.has('[data-action="board-check"]'), 'the About screen');
    await p.click('[data-action="board-check"]');
    expect(p.$('[role="progressbar"]').getAttribute('aria-valuetext')).toBe('Stap 3 van 8');
    expect((p.$('[data-action="board-check"]') as HTMLButtonElement).disabled).toBe(true);
    finish({ answers: [], notes: [], text: () => '' });
    await p.until(() => !p.has('[role="progressbar"]'), 'the end of the run');
    await p.click('[data-action="board-check"]');
    await p.until(() => p.has('[role="alert"]'), 'the error');
    expect(p.$('[role="alert"]').textContent).toContain('De bordcontrole liep vast');
  });
});
