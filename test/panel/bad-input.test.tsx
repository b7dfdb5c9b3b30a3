// @vitest-environment happy-dom
// Bad input gets a clear message and does no damage: nothing is created on the board.
import { afterEach, describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import { createSimulatedMiro } from '../../src/miro/simulator/index';
import type { SimulatedMiro } from '../../src/miro/simulator/index';
import { mountPanel } from '../../src/panel/mount';
import { mount, seeded } from './helpers';
import type { Harness } from './helpers';

let h: Harness | null = null;
afterEach(() => h?.unmount());

async function atPeople(sim: SimulatedMiro, methodId: string): Promise<Harness> {
  h = mount();
  mountPanel(sim, h.root, { random: seeded(5), now: () => sim.clock.now() });
  const p = h;
  await p.until(() => p.has(`[data-method="${methodId}"]`));
  await p.click(`[data-method="${methodId}"] .ip-card-head`);
  await p.click(`[data-method="${methodId}"] [data-action="use"]`);
  await p.until(() => p.has('[data-list="online"] input'), 'online users');
  return p;
}

const alerts = (p: Harness) => p.$$('[role="alert"]').map((a) => a.textContent ?? '');

describe('bad input in Wie doet mee', () => {
  it('refuses to go on with no participants and says how to go on', async () => {
    const sim = createSimulatedMiro();
    const p = await atPeople(sim, 'post-it');
    for (const box of p.$$('[data-list="online"] input')) await p.click(box);
    expect(alerts(p).join()).toContain(
      'Nog niemand doet mee. Vink mensen aan of voeg een naam toe.',
    );
    expect((p.$('[data-action="to-board"]') as HTMLButtonElement).disabled).toBe(true);
    expect(sim.inspect.items()).toEqual([]);
  });

  it('says a one-person group is too small before anything is drawn', async () => {
    const sim = createSimulatedMiro({ users: [{ id: 'u-fac', name: 'Fleur' }] });
    const p = await atPeople(sim, 'post-it');
    expect(alerts(p).join()).toContain(
      'Post-it methode vraagt minstens 3 deelnemers; er is er 1. Voeg namen toe of kies een andere methode.',
    );
    expect(p.has('[data-action="draw"]')).toBe(false);
    expect((p.$('[data-action="to-board"]') as HTMLButtonElement).disabled).toBe(true);
    expect(sim.inspect.items()).toEqual([]);
  });

  it('refuses a duplicate name (case and spaces ignored) and an empty one on the spot', async () => {
    const sim = createSimulatedMiro();
    const p = await atPeople(sim, 'post-it');
    await p.type('#ip-name', '  ann ');
    await p.submit('.ip-add');
    expect(p.$('#ip-name-error').textContent).toBe(
      'ann staat al in de lijst. Kies een andere naam.',
    );
    expect(p.$('#ip-name').getAttribute('aria-invalid')).toBe('true');
    await p.type('#ip-name', '   ');
    await p.submit('.ip-add');
    expect(p.$('#ip-name-error').textContent).toBe('Vul een naam in.');
    expect(p.$$('[data-list="room"] li')).toHaveLength(0);
    await p.type('#ip-name', 'Dirk');
    await p.submit('.ip-add');
    await p.type('#ip-name', 'DIRK');
    await p.submit('.ip-add');
    expect(p.$$('[data-list="room"] li')).toHaveLength(1);
    expect(sim.inspect.items()).toEqual([]);
  });

  it('says the viskom needs more people than present, before any draw or generation', async () => {
    const sim = createSimulatedMiro();
    const p = await atPeople(sim, 'viskom');
    const viskom = methods.byId('viskom')!;
    expect(alerts(p).join()).toContain(
      `Viskommethode vraagt minstens ${viskom.group.min} deelnemers; er zijn er 4.`,
    );
    expect(p.has('[data-part="viskom"]')).toBe(false);
    expect((p.$('[data-action="to-board"]') as HTMLButtonElement).disabled).toBe(true);
    expect(sim.inspect.items()).toEqual([]);
  });

  it('lists every problem of a custom method that fails validation, with its path', async () => {
    const sim = createSimulatedMiro();
    h = mount();
    mountPanel(sim, h.root, { random: seeded(5) });
    const p = h;
    await p.until(() => p.has('[data-action="import"]'));
    await p.click('[data-action="import"]');
    const bad = JSON.parse(methods.exportJson(methods.byId('post-it')!)) as Record<string, unknown>;
    bad.id = 'Mijn Methode';
    bad.group = { min: 1, max: 3 };
    await p.type('#ip-import-text', JSON.stringify(bad));
    await p.click('[data-action="check"]');
    const box = p.$('[data-problems]');
    expect(box.getAttribute('role')).toBe('alert');
    const items = p.$$('.ip-problems li').map((li) => li.textContent ?? '');
    expect(items.some((t) => t.startsWith('id: '))).toBe(true);
    expect(items.some((t) => t.startsWith('group.min: '))).toBe(true);
    expect(p.has('[data-action="use"]')).toBe(false);
    await p.type('#ip-import-text', '{ "id": ');
    await p.click('[data-action="check"]');
    expect(p.$('.ip-problems').textContent).toContain('Geen geldige JSON');
    expect(sim.inspect.items()).toEqual([]);
  });

  it('adds a valid custom method to this panel’s catalog', async () => {
    const sim = createSimulatedMiro();
    h = mount();
    mountPanel(sim, h.root, { random: seeded(5) });
    const p = h;
    await p.until(() => p.has('[data-action="import"]'));
    await p.click('[data-action="import"]');
    const mine = {
      ...methods.byId('post-it')!,
      id: 'mijn-post-it',
      name: { nl: 'Mijn post-it', en: 'My sticky' },
    };
    await p.type('#ip-import-text', methods.exportJson(mine));
    await p.click('[data-action="check"]');
    expect(p.$('[role="status"]').textContent).toContain('Mijn post-it staat nu in de lijst');
    await p.click('[data-action="back"]');
    expect(p.$('[data-method="mijn-post-it"]').textContent).toContain('eigen methode');
    expect(sim.inspect.items()).toEqual([]);
  });
});
