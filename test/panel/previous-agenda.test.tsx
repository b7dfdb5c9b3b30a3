// @vitest-environment happy-dom
// R41 at the start: a second session on the same board opens with the previous verslag and its
// open actions in the facilitator's panel, and the agenda card on the board.
import { afterEach, describe, expect, it } from 'vitest';
import { HISTORY_COLLECTION, HISTORY_KEY } from '../../src/board/history';
import { methods } from '../../src/catalog/methods';
import { createSimulatedMiro } from '../../src/miro/simulator/index';
import type { PanelController, SetupInput } from '../../src/panel/controller-port';
import { createMiroHost } from '../../src/panel/host';
import { LeadView } from '../../src/panel/views/LeadView';
import { mount, seeded } from './helpers';
import type { Harness } from './helpers';
import { memoryStorage } from './live';
import { COLLECTION } from '../../src/storage/keys';

const postIt = methods.byId('post-it')!;
let h: Harness | null = null;
afterEach(() => h?.unmount());

const people = ['Fee', 'Ann', 'Bob', 'Cas'].map((name) => ({
  id: `u-${name.toLowerCase()}`,
  name,
  onMiro: true,
}));
const input: SetupInput = {
  method: postIt,
  participants: people,
  roles: {
    'u-fee': ['gespreksleider'],
    'u-ann': ['inbrenger'],
    'u-bob': ['groepslid'],
    'u-cas': ['groepslid'],
  },
  facilitatorId: 'u-fee',
  lastInbrengerIds: [],
  lang: 'nl',
};

async function session(sim: ReturnType<typeof createSimulatedMiro>, seed: number) {
  const host = createMiroHost(sim.as('u-fee'), {
    now: () => sim.clock.now(),
    random: seeded(seed),
    storage: memoryStorage(),
  });
  expect((await host.generate(input, () => undefined)).ok).toBe(true);
  const started = await host.prepare(input);
  if (!started.ok) throw new Error(started.error.message.en);
  return started.controller;
}

const lead = (c: PanelController, lang: 'nl' | 'en' = 'nl') =>
  mount(
    <LeadView
      lang={lang}
      method={postIt}
      controller={c}
      now={() => 0}
      onRate={async () => ({ ok: true })}
      onReport={() => undefined}
    />,
  );

describe('the previous verslag at the start (R41)', () => {
  it('shows nothing on a board without history', async () => {
    const sim = createSimulatedMiro({ users: people.map(({ id, name }) => ({ id, name })) });
    const c = await session(sim, 1);
    h = lead(c);
    expect(h.has('[data-part="previous"]')).toBe(false);
    expect(
      Object.keys(sim.inspect.collection(COLLECTION)).some((k) => k.startsWith('agenda:')),
    ).toBe(false);
  });

  it('opens the second session with the previous verslag in the panel and the card on the board', async () => {
    const sim = createSimulatedMiro({ users: people.map(({ id, name }) => ({ id, name })) });
    const first = await session(sim, 1);
    expect((await first.end()).ok).toBe(true);
    for (let i = 0; i < 50 && !sim.inspect.collection(HISTORY_COLLECTION)[HISTORY_KEY]; i++) {
      await sim.settle();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(sim.inspect.collection(HISTORY_COLLECTION)[HISTORY_KEY]).toBeDefined();
    first.close?.();
    sim.clock.advance(7 * 24 * 3600_000);

    const second = await session(sim, 2);
    expect(second.state().sessionId).not.toBe(first.state().sessionId);
    h = lead(second);
    const box = h.$('[data-part="previous"]');
    expect(box.tagName).toBe('DETAILS');
    expect(box.querySelector('summary')!.textContent).toBe('Vorig verslag en open acties');
    expect(box.textContent).toContain('Post-it methode');
    const cardKey = `agenda:${second.state().sessionId}`;
    const cardId = sim.inspect.collection(COLLECTION)[cardKey] as string | undefined;
    expect(cardId).toBeDefined();
    expect(JSON.stringify(sim.inspect.items())).toContain('Vorig verslag en open acties');
    h.unmount();
    h = lead(second, 'en');
    expect(h.$('[data-part="previous"] summary').textContent).toBe(
      'Previous record and open actions',
    );
  });
});
