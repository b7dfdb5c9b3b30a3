// @vitest-environment happy-dom
// In the room, before and after the steps, against the simulated Miro: the template goes on the
// board first and the session starts when the facilitator presses Start; at the end the verslag
// goes on the board in view, and 'Nieuwe sessie' starts over at the method choice.
import { afterEach, describe, expect, it } from 'vitest';
import { POINTER_KEY } from '../../src/app/headless';
import { HISTORY_COLLECTION, HISTORY_KEY } from '../../src/board/history';
import { fromStored } from '../../src/board/template-map';
import { frameKey, stepKey } from '../../src/board/render-visual';
import { methods } from '../../src/catalog/methods';
import { createSimulatedMiro } from '../../src/miro/simulator/index';
import type { SimulatedMiro } from '../../src/miro/simulator/index';
import { mountPanel } from '../../src/panel/mount';
import { flush, mount, seeded } from './helpers';
import type { Harness } from './helpers';
import { memoryStorage } from './live';
import { COLLECTION } from '../../src/storage/keys';

const postIt = methods.byId('post-it')!;
const mounted: Harness[] = [];
afterEach(() => mounted.splice(0).forEach((h) => h.unmount()));

function panelOn(sim: SimulatedMiro): Harness {
  const h = mount();
  mounted.push(h);
  mountPanel(sim, h.root, {
    random: seeded(3),
    now: () => sim.clock.now(),
    storage: memoryStorage(),
  });
  return h;
}

/** Picks the post-it method with Ann as inbrenger and places it; resolves on the ready view. */
async function place(p: Harness): Promise<void> {
  await p.until(() => p.has('[data-method="post-it"]'), 'the method list');
  await p.click('[data-method="post-it"] .ip-card-head');
  await p.click('[data-method="post-it"] [data-action="use"]');
  await p.until(() => p.$$('[data-list="online"] input').length === 4, 'online users');
  await p.change('#ip-inbrenger', 'u-ann');
  await p.click('[data-action="to-board"]');
  await p.until(() => p.has('[data-action="generate"]'), 'the generate view');
  await p.click('[data-action="generate"]');
  await p.until(() => p.has('[data-action="start"]'), 'the ready view');
}

/** What the board holds for the session the app data points at (or the last one given). */
function board(sim: SimulatedMiro, sessionId?: string) {
  const pointer = sim.inspect.appData()[POINTER_KEY] as { active: string | null } | undefined;
  const sid = sessionId ?? pointer?.active;
  if (!sid) throw new Error('no session on the board');
  const stored = sim.inspect.collection(COLLECTION);
  const map = fromStored(stored[`template:${sid}`])!;
  const item = (key: string) => sim.inspect.itemById(map.items[key]!)!;
  return {
    sid,
    map,
    state: (stored[`session:${sid}`] as { state: { status: string; phaseStartedAt: unknown } })
      .state,
    title: (region: string) => String(item(frameKey(postIt.id, region)).title),
    card: () => String(item(stepKey(postIt.id)).content),
    frameIds: () => map.frames.map((k) => map.items[k]!),
  };
}

const zooms = (sim: SimulatedMiro) => sim.inspect.client('u-fac').zoomedTo;

/** Runs the placed post-it method through its steps to the end, in the panel. */
async function runToEnd(p: Harness): Promise<void> {
  await p.click('[data-action="start"]');
  await p.until(() => p.has('[data-fact="step"]'), 'step 1');
  for (let i = 1; i < postIt.phases.length; i++) {
    await p.click('[data-action="next"]');
    await p.until(() => p.$('[data-fact="step"]').textContent!.includes(`Stap ${i + 1}`));
  }
  await p.click('.ip-footer [data-action="finish"]');
  await p.click('[data-part="confirm"] [data-action="confirm"]');
  await p.until(() => p.has('[data-part="report"]'), 'the report actions');
}

describe('placing apart from starting', () => {
  it('places the template without starting: no region opens and no timer runs until Start', async () => {
    const sim = createSimulatedMiro({ timer: true });
    const p = panelOn(sim);
    await place(p);
    expect(p.$('[data-fact="ready"]').textContent).toBe('Het bord staat klaar.');
    expect(p.$('[data-fact="first"]').textContent).toBe('Eerst: Stap 1 van 3 · De vraag noteren');
    expect(p.$('[data-fact="people"]').textContent).toContain('Ann (inbrenger)');
    sim.clock.advance(15 * 60_000);
    await sim.settle();
    await flush();
    const b = board(sim);
    expect(b.state).toMatchObject({ status: 'setup', phaseStartedAt: null });
    for (const r of postIt.regions) expect(b.title(r.id)).toBe(r.title.nl);
    expect(p.has('[role="timer"]')).toBe(false);
    expect(sim.inspect.timer().status).toBe('STOPPED');
    expect(sim.counters.byKind['timer.start']).toBeUndefined();

    await p.click('[data-action="start"]');
    await p.until(() => p.has('[data-fact="step"]'), 'step 1');
    await sim.settle();
    expect(p.$('#ip-h-lead').textContent).toBe(postIt.phases[0]!.title.nl);
    expect(board(sim).title('vraag')).toMatch(/^✎ De vraag · open voor inbrenger/);
    expect(board(sim).state).toMatchObject({ status: 'running', phaseStartedAt: sim.clock.now() });
    expect(sim.inspect.timer()).toMatchObject({
      status: 'STARTED',
      totalDuration: postIt.phases[0]!.minutes * 60_000,
    });
    expect(p.$('[role="timer"]').textContent).toContain(`0${postIt.phases[0]!.minutes}:00`);
  });

  it('offers Start again when the panel is opened anew between placing and starting', async () => {
    const sim = createSimulatedMiro();
    const first = panelOn(sim);
    await place(first);
    first.unmount();
    sim.clock.advance(60 * 60_000);
    const again = panelOn(sim);
    await again.until(() => again.has('[data-action="start"]'), 'the ready view after a reload');
    expect(again.$('[data-fact="ready"]').textContent).toBe('Het bord staat klaar.');
    expect(board(sim).title('vraag')).toBe('De vraag');
    await again.click('[data-action="start"]');
    await again.until(() => again.has('[data-fact="step"]'), 'step 1');
    await sim.settle();
    expect(board(sim).title('vraag')).toMatch(/^✎ /);
    expect(again.$('[role="timer"]')).toBeDefined();
  });
});

describe('Passend', () => {
  it('fits the view to this session’s template, not to the whole board', async () => {
    const sim = createSimulatedMiro();
    const elsewhere = await sim.board.createFrame({ x: -9000, y: -9000, width: 400, height: 300 });
    const p = panelOn(sim);
    await place(p);
    const b = board(sim);
    const fit = async () => {
      const n = zooms(sim).length;
      await p.click('[data-action="fit"]');
      await p.until(() => zooms(sim).length > n, 'the zoom');
      return [...zooms(sim).at(-1)!].sort();
    };
    expect(await fit()).toEqual([...b.frameIds()].sort());
    await p.click('[data-action="start"]');
    await p.until(() => p.has('[data-fact="step"]'), 'step 1');
    const shown = await fit();
    expect(shown).toEqual([...b.frameIds()].sort());
    expect(shown).not.toContain(elsewhere.id);
  });
});

describe('the end', () => {
  it('releases the board, and Verslag op het bord moves the view to the verslag', async () => {
    const sim = createSimulatedMiro();
    const p = panelOn(sim);
    await place(p);
    const sid = board(sim).sid;
    await runToEnd(p);
    await sim.settle();
    const b = board(sim, sid);
    for (const r of postIt.regions) expect(b.title(r.id)).toBe(r.title.nl);
    expect(b.card()).toContain('Sessie afgerond');
    expect(p.text()).toContain('Alle vlakken zijn weer vrij');

    await p.click('[data-report="board"]');
    await p.until(() => p.text().includes('Het verslag staat op het bord.'), 'the verslag');
    const stored = sim.inspect.collection(COLLECTION)[`verslag:${sid}`] as { frameId: string };
    expect(zooms(sim).at(-1)).toEqual([stored.frameId]);
    expect(String(sim.inspect.itemById(stored.frameId)!.title)).toMatch(/Verslag/);
  });

  it('starts over at the method choice with Nieuwe sessie, leaving the board as it is', async () => {
    const sim = createSimulatedMiro();
    const p = panelOn(sim);
    await place(p);
    await runToEnd(p);
    // The verslag goes into the group's history as the session ends.
    await p.until(() => !!sim.inspect.collection(HISTORY_COLLECTION)[HISTORY_KEY], 'the history');
    await sim.settle();
    const items = JSON.stringify(sim.inspect.items());
    await p.click('[data-action="new-session"]');
    await p.until(() => p.has('[data-screen="choose"]'), 'the method choice');
    expect(JSON.stringify(sim.inspect.items())).toBe(items);

    await p.click('[data-method="post-it"] .ip-card-head');
    await p.click('[data-method="post-it"] [data-action="use"]');
    await p.until(() => p.$$('[data-list="online"] input').length === 4, 'online users');
    await p.click('[data-action="draw"]');
    await p.until(() => p.has('[role="status"]'), 'the draw');
    expect(p.$('[role="status"]').textContent).toContain(
      'Ann bracht vorige keer in en is overgeslagen.',
    );
  });
});
