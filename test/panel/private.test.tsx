// @vitest-environment happy-dom
// Private writing and reveal end to end (R34): the facilitator's panel and two participants'
// panels on one simulated board, each with its own notes storage; 'Klaar' counts, and the reveal
// puts every note in the region once, with or without names.
import { afterEach, describe, expect, it } from 'vitest';
import { generateTemplate } from '../../src/board/generate';
import { frameKey } from '../../src/board/render-visual';
import { methods } from '../../src/catalog/methods';
import { startSession } from '../../src/controller/session';
import { startGuardWith } from '../../src/guard/entry';
import type { StorageLike } from '../../src/guard/private';
import { createSimulatedMiro } from '../../src/miro/simulator/index';
import type { SimulatedMiro } from '../../src/miro/simulator/index';
import { mountPanel } from '../../src/panel/mount';
import { flush, mount, seeded } from './helpers';
import type { Harness } from './helpers';

const balint = methods.byId('balint')!;
const AT = balint.phases.findIndex((p) => p.actions.some((a) => a.kind === 'reveal'));
const USERS = [
  { id: 'u-fee', name: 'Fee' },
  { id: 'u-ann', name: 'Ann' },
  { id: 'u-bob', name: 'Bob' },
  { id: 'u-cas', name: 'Cas' },
];
const ROLES: Record<string, string[]> = {
  'u-fee': ['gespreksleider'],
  'u-ann': ['inbrenger'],
  'u-bob': ['groepslid'],
  'u-cas': ['groepslid'],
  'p-eva': ['groepslid'],
};

let mounted: Harness[] = [];
let stops: (() => void)[] = [];
afterEach(() => {
  mounted.forEach((h) => h.unmount());
  stops.forEach((s) => s());
  mounted = [];
  stops = [];
});

function memoryStorage(): StorageLike {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
}

/** A running balint session at its private-writing phase, guards on every client. */
async function board(): Promise<{ sim: SimulatedMiro; frameId: string }> {
  const sim = createSimulatedMiro({ users: USERS });
  const participants = [
    ...USERS.map((u) => ({ ...u, onMiro: true })),
    { id: 'p-eva', name: 'Eva', onMiro: false },
  ];
  const sessionId = 's-private';
  const generated = await generateTemplate(
    sim,
    {
      method: balint,
      participants: participants.map((p) => ({ id: p.id, name: p.name, role: ROLES[p.id]![0]! })),
      options: { date: '2025-03-12', lang: 'nl', sessionId },
    },
    { zoom: false },
  );
  if (!generated.ok) throw new Error('template failed');
  const started = await startSession(sim, {
    template: { sessionId, map: generated.map, lang: 'nl' },
    method: balint,
    participants,
    roles: ROLES,
    facilitatorId: 'u-fee',
    now: () => sim.clock.now(),
    random: seeded(),
  });
  if (!started.ok) throw new Error('start failed');
  await started.handle.start();
  await started.handle.goto(AT, { confirmed: true });
  started.handle.close();
  for (const u of USERS) {
    const g = await startGuardWith(sim.as(u.id), {
      now: () => sim.clock.now(),
      clientId: `c-${u.id}`,
      timers: false,
    });
    if (g) stops.push(() => g.stop());
  }
  await sim.settle();
  return { sim, frameId: generated.map.items[frameKey(balint.id, 'associaties')]! };
}

async function panelOf(sim: SimulatedMiro, userId: string, screen: string): Promise<Harness> {
  const h = mount();
  mounted.push(h);
  mountPanel(sim.as(userId), h.root, {
    now: () => sim.clock.now(),
    random: seeded(2),
    storage: memoryStorage(),
  });
  await h.until(() => h.has(`[data-screen="${screen}"]`), `${userId}'s ${screen} view`);
  return h;
}

async function write(p: Harness, text: string) {
  await p.type('#ip-private', text);
  await p.submit('[data-part="private"]');
  await p.click('[data-action="done"]');
}

async function settle(sim: SimulatedMiro, panels: Harness[]) {
  for (let i = 0; i < 6; i++) {
    await sim.settle();
    await flush();
  }
  void panels;
}

const notesIn = (sim: SimulatedMiro, frameId: string) =>
  sim.inspect
    .items()
    .filter((i) => i.type === 'sticky_note' && i.parentId === frameId)
    .map((i) => (i as { content: string }).content)
    .sort();

async function writeAll() {
  const { sim, frameId } = await board();
  const fee = await panelOf(sim, 'u-fee', 'lead');
  const bob = await panelOf(sim, 'u-bob', 'join');
  const cas = await panelOf(sim, 'u-cas', 'join');
  const all = [fee, bob, cas];
  await write(bob, 'Bob denkt aan een storm');
  await write(cas, 'Cas ziet een muur');
  // The facilitator writes for Eva, who is in the room without Miro.
  expect(fee.$('[data-part="private"]').textContent).toContain('alleen jij ziet dit');
  await write(fee, 'Eva hoort een echo');
  await settle(sim, all);
  return { sim, frameId, fee, bob, cas, all };
}

describe('private writing and reveal across panels', () => {
  it('shows the facilitator who is done: participants press Klaar in their own box', async () => {
    const { sim, fee, bob } = await board().then(async ({ sim }) => ({
      sim,
      fee: await panelOf(sim, 'u-fee', 'lead'),
      bob: await panelOf(sim, 'u-bob', 'join'),
    }));
    await bob.type('#ip-private', 'Een storm');
    await bob.submit('[data-part="private"]');
    await bob.click('[data-action="done"]');
    await settle(sim, [fee, bob]);
    await fee.until(() => fee.text().includes('1 van 3 klaar'), 'one of three done');
    expect(bob.$('[data-action="done"]').getAttribute('aria-pressed')).toBe('true');
    const stored = sim.inspect.collection('intervisie')[`progress:s-private:${AT}`];
    expect(stored).toEqual(['u-bob']);
    await bob.click('[data-action="done"]');
    await settle(sim, [fee, bob]);
    await fee.until(() => fee.text().includes('0 van 3 klaar'), 'none done');
  });

  it('R34: reveals every note once in the region with names, even when pressed twice', async () => {
    const { sim, frameId, fee, all } = await writeAll();
    await fee.until(() => fee.text().includes('3 van 3 klaar'), 'three of three done');
    expect(notesIn(sim, frameId)).toEqual([]);
    const button = fee.$('[data-reveal="with"]');
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(sim, all);
    await fee.until(() => notesIn(sim, frameId).length >= 3, 'the notes on the board');
    await settle(sim, all);
    expect(notesIn(sim, frameId)).toEqual([
      '<p><strong>Bob:</strong> Bob denkt aan een storm</p>',
      '<p><strong>Cas:</strong> Cas ziet een muur</p>',
      '<p><strong>Eva:</strong> Eva hoort een echo</p>',
    ]);
    expect(fee.has('[data-part="reveal"]')).toBe(false);
  });

  it('R34: without names the notes carry only their text', async () => {
    const { sim, frameId, fee, bob, all } = await writeAll();
    await fee.click('[data-reveal="without"]');
    await settle(sim, all);
    await fee.until(() => notesIn(sim, frameId).length >= 3, 'the notes on the board');
    expect(notesIn(sim, frameId)).toEqual([
      '<p>Bob denkt aan een storm</p>',
      '<p>Cas ziet een muur</p>',
      '<p>Eva hoort een echo</p>',
    ]);
    expect(bob.$$('.ip-notes li')).toHaveLength(0);
  });
});
