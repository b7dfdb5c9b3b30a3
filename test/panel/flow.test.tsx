// @vitest-environment happy-dom
// The whole facilitator flow of the post-it method against the simulated Miro.
import { afterEach, describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import { createSimulatedMiro } from '../../src/miro/simulator/index';
import { mountPanel } from '../../src/panel/mount';
import { mount, seeded } from './helpers';
import type { Harness } from './helpers';

const postIt = methods.byId('post-it')!;
let h: Harness | null = null;
afterEach(() => h?.unmount());

function panelOn(sim: ReturnType<typeof createSimulatedMiro>, lang: 'nl' | 'en' = 'nl') {
  h = mount();
  mountPanel(sim, h.root, { random: seeded(3), now: () => sim.clock.now(), lang });
  return h;
}

describe('the facilitator flow', () => {
  it('runs the post-it method from the recommender to the end', async () => {
    const sim = createSimulatedMiro();
    const p = panelOn(sim);
    await p.until(() => p.has('[data-choice="minutes"]'));
    await p.click('[data-choice="minutes"] [data-value="15"]');
    await p.click('[data-choice="focus"] [data-value="case"]');
    expect(p.$('.ip-cards li:first-child [data-method]').dataset.method).toBe('post-it');
    await p.click('[data-method="post-it"] .ip-card-head');
    expect(p.$('[data-method="post-it"] .ip-phases').textContent).toContain('De vraag noteren');
    await p.click('[data-method="post-it"] [data-action="use"]');

    await p.until(() => p.$$('[data-list="online"] input').length === 4, 'online users');
    expect(p.$$('[data-list="online"] input').every((i) => (i as HTMLInputElement).checked)).toBe(
      true,
    );
    await p.type('#ip-name', 'Dirk');
    await p.submit('.ip-add');
    expect(p.$('[data-list="room"]').textContent).toContain('Dirk');
    expect(p.$('[data-role="gespreksleider"]').textContent).toContain('Facilitator');
    await p.click('[data-action="draw"]');
    await p.until(() => p.has('[role="status"]'), 'the draw');
    expect(p.$('[role="status"]').textContent).toMatch(/^Geloot: /);
    const before = sim.inspect.items().length;
    expect(before).toBe(0);
    await p.click('[data-action="to-board"]');
    await p.until(() => p.has('[data-action="generate"]'));
    await p.click('[data-action="generate"]');
    await p.until(() => p.has('[data-action="start"]'), 'the ready view');
    expect(p.$('[data-fact="ready"]').textContent).toBe('Het bord staat klaar.');
    await p.click('[data-action="start"]');
    await p.until(() => p.has('[data-fact="step"]'), 'step 1');

    const items = sim.inspect.items();
    expect(
      items
        .filter((i) => i.type === 'frame')
        .map((i) => (i as { title?: string }).title)
        .join('|'),
    ).toMatch(/De vraag/);
    expect(p.$('[data-fact="step"]').textContent).toBe('Post-it methode · Stap 1 van 3');
    for (let i = 0; i < postIt.phases.length; i++) {
      const phase = postIt.phases[i]!;
      expect(p.$('#ip-h-lead').textContent).toBe(phase.title.nl);
      expect(p.$('[data-fact="instruction"]').textContent).toBe(phase.instruction.nl);
      expect(p.$('[data-fact="step"]').textContent).toContain(`Stap ${i + 1} van 3`);
      expect(p.text()).toContain('Bewaakt');
      expect(p.text()).not.toMatch(/locked|vergrendeld/i);
      if (i + 1 < postIt.phases.length) {
        await p.click('[data-action="next"]');
        await p.until(
          () => p.$('#ip-h-lead').textContent === postIt.phases[i + 1]!.title.nl,
          `phase ${i + 2}`,
        );
      }
    }
    expect(p.$('[data-fact="open"]').textContent).toBe('niets');
    await p.click('.ip-footer [data-action="finish"]');
    await p.click('[data-part="confirm"] [data-action="confirm"]');
    await p.until(() => p.has('[data-part="report"]'), 'the report actions');
    expect(p.text()).toContain('De sessie is afgerond.');
    expect(p.$$('[data-report]').map((b) => b.textContent)).toEqual([
      'Verslag op het bord',
      'Download (.md)',
      'Afdrukken',
    ]);
  });
});
