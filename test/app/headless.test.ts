import { describe, expect, it, vi } from 'vitest';
import { PANEL_URL, startBoardApp, type BoardApp } from '../../src/app/headless';
import { ACTIVE_KEY, COLLECTION, POINTER_KEY, writePointer } from '../../src/storage/pointer';
import { startSession } from '../../src/controller/session';
import { generateTemplate } from '../../src/controller/template';
import { FOCUS_EVENT } from '../../src/controller/focus';
import { createSimulatedMiro, type SimulatedMiro } from '../../src/miro/simulator/index';
import type { FrameItem, Json } from '../../src/miro/types';

const USERS = [
  { id: 'u-fac', name: 'Fee' },
  { id: 'u-ann', name: 'Ann' },
  { id: 'u-bob', name: 'Bob' },
  { id: 'u-cas', name: 'Cas' },
];
const guardOpts = (sim: SimulatedMiro, id: string) => ({
  now: () => sim.clock.now(),
  clientId: `c-${id}`,
  timers: false,
});

/** Every user's client opens the board first: each runs the board app, as in Miro. */
async function openBoard(sim: SimulatedMiro): Promise<Map<string, BoardApp>> {
  const apps = new Map<string, BoardApp>();
  for (const u of USERS)
    apps.set(u.id, await startBoardApp(sim.as(u.id), { guard: guardOpts(sim, u.id) }));
  return apps;
}

async function settle(sim: SimulatedMiro, apps: Map<string, BoardApp>) {
  for (let i = 0; i < 6; i++) {
    await sim.settle();
    for (const app of apps.values()) {
      await app.idle();
      await app.guard()?.guard.idle();
    }
  }
}

/** The facilitator lays out the post-it method and starts it, after everyone opened the board. */
async function startPostIt(sim: SimulatedMiro) {
  const participants = [
    { id: 'u-fac', name: 'Fee' },
    { id: 'u-ann', name: 'Ann', role: 'inbrenger' },
    { id: 'u-bob', name: 'Bob' },
    { id: 'u-cas', name: 'Cas' },
  ];
  const t = await generateTemplate(sim, {
    methodId: 'post-it',
    participants,
    options: { date: '2026-12-01', lang: 'nl', sessionId: 's1' },
  });
  if (!t.ok) throw new Error('template failed');
  const started = await startSession(sim, {
    template: { sessionId: 's1', map: t.map },
    method: 'post-it',
    participants,
    facilitatorId: 'u-fac',
    now: () => sim.clock.now(),
  });
  if (!started.ok) throw new Error(JSON.stringify(started.error));
  return { handle: started.handle, map: t.map };
}

describe('the board app on every client', () => {
  it('opens the panel page only for the user who clicked the toolbar icon', async () => {
    const sim = createSimulatedMiro({ users: USERS });
    await openBoard(sim);
    sim.clickIcon('u-ann');
    await sim.settle();
    expect(sim.inspect.client('u-ann').openedPanels).toEqual([PANEL_URL]);
    expect(sim.inspect.client('u-fac').openedPanels).toEqual([]);
  });

  it('loads no guard on a board without a session', async () => {
    const sim = createSimulatedMiro({ users: USERS });
    const loadGuard = vi.fn(async () => import('../../src/guard/entry'));
    const app = await startBoardApp(sim, { loadGuard });
    await sim.settle();
    await app.idle();
    expect(loadGuard).not.toHaveBeenCalled();
    expect(app.session()).toBeNull();
  });

  it('starts the guard on every client when a session starts after the board was opened, with no reload', async () => {
    const sim = createSimulatedMiro({ users: USERS });
    const apps = await openBoard(sim);
    expect([...apps.values()].every((a) => a.guard() === undefined)).toBe(true);
    const { handle, map } = await startPostIt(sim);
    expect((await handle.start()).ok).toBe(true);
    await settle(sim, apps);
    expect([...apps.values()].map((a) => a.session())).toEqual(['s1', 's1', 's1', 's1']);
    expect([...apps.values()].every((a) => a.guard() !== undefined)).toBe(true);

    // Bob never opened the panel: a note he writes in a closed region is parked all the same.
    const tips = sim.inspect.absolute(map.items['post-it/tips/frame']!);
    const note = sim.as('u-bob').act.create('sticky_note', {
      x: tips.x - tips.width / 2 + 80,
      y: tips.y + tips.height / 2 - 80,
      content: 'Een tip te vroeg',
      width: 120,
    });
    await settle(sim, apps);
    const parking = map.items['post-it/parking/frame'];
    expect(sim.inspect.itemById(note.id)?.parentId).toBe(parking);
    // Parked exactly once: one note "Geparkeerd uit …" beside it, though six clients hear events.
    const labels = sim.inspect.items().filter((i) => /Geparkeerd uit/.test(i.content ?? ''));
    expect(labels).toHaveLength(1);
    expect(sim.inspect.items().filter((i) => i.content === 'Een tip te vroeg')).toHaveLength(1);
  });

  it('stops the guard on every client when the session ends', async () => {
    const sim = createSimulatedMiro({ users: USERS });
    const apps = await openBoard(sim);
    const { handle } = await startPostIt(sim);
    await handle.start();
    await settle(sim, apps);
    expect((await handle.end()).ok).toBe(true);
    await settle(sim, apps);
    expect([...apps.values()].map((a) => a.session())).toEqual([null, null, null, null]);
    expect([...apps.values()].every((a) => a.guard() === undefined)).toBe(true);
    expect(sim.inspect.collection(COLLECTION)[ACTIVE_KEY]).toEqual({ v: 1, active: null });
  });

  it('guards at once on a page opened while a session runs (the pointer read at load)', async () => {
    const sim = createSimulatedMiro({ users: USERS });
    const { handle } = await startPostIt(sim);
    await handle.start();
    await sim.settle();
    const late = await startBoardApp(sim.as('u-cas'), { guard: guardOpts(sim, 'u-cas') });
    await late.idle();
    expect(late.session()).toBe('s1');
    expect(late.guard()).toBeDefined();
  });

  it('follows a board whose session was started before the storage pointer existed (app data only)', async () => {
    const sim = createSimulatedMiro({ users: USERS });
    const loadGuard = vi.fn(async () => ({ startGuardWith: async () => null }));
    await sim.board.setAppData(POINTER_KEY, { v: 1, active: 'old' } as Json);
    const app = await startBoardApp(sim.as('u-bob'), { loadGuard });
    await app.idle();
    expect(app.session()).toBe('old');
    expect(loadGuard).toHaveBeenCalledTimes(1);
  });

  it('moves its own user’s viewport on "kom hierheen", panel open or not', async () => {
    const sim = createSimulatedMiro({ users: USERS });
    const apps = await openBoard(sim);
    await writePointer(sim.board, 's1');
    await settle(sim, apps);
    const frame = await sim.board.createFrame({ x: 0, y: 0, width: 400, height: 300 });
    await sim.board.events.broadcast(FOCUS_EVENT, {
      sessionId: 's1',
      region: 'tips',
      frameId: frame.id,
    });
    await settle(sim, apps);
    for (const id of ['u-ann', 'u-bob', 'u-cas'])
      expect(sim.inspect.client(id).zoomedTo).toContainEqual([frame.id]);
    // Another session's request moves no one.
    await sim.as('u-ann').board.events.broadcast(FOCUS_EVENT, {
      sessionId: 'other',
      region: 'tips',
      frameId: frame.id,
    });
    await settle(sim, apps);
    expect(sim.inspect.client('u-bob').zoomedTo).toHaveLength(1);
  });

  it('keeps following when the stored pointer cannot be read at load (a message, no crash)', async () => {
    let failing = true;
    const sim = createSimulatedMiro({
      users: USERS,
      fail: (c) => (failing && c.kind === 'storage.get' ? new Error('boom') : undefined),
    });
    const problems: unknown[] = [];
    const app = await startBoardApp(sim.as('u-ann'), {
      onProblem: (e) => problems.push(e),
      loadGuard: async () => ({ startGuardWith: async () => null }),
    });
    failing = false;
    await writePointer(sim.board, 's9');
    await sim.settle();
    await app.idle();
    expect(app.session()).toBe('s9');
  });

  it('invites the online participants to a Miro collaboration session at the start, so those who accept are moved by Miro too', async () => {
    const sim = createSimulatedMiro({ users: USERS });
    const apps = await openBoard(sim);
    const { handle, map } = await startPostIt(sim);
    await handle.start();
    await settle(sim, apps);
    const [session] = sim.inspect.sessions();
    expect(session?.invited.sort()).toEqual(['u-ann', 'u-bob', 'u-cas']);
    sim.joinSession('u-bob');
    const frame = (await sim.board.getById(map.items['post-it/tips/frame']!)) as FrameItem;
    const { focusRegion } = await import('../../src/controller/focus');
    const route = await focusRegion(sim.board, handle.state(), 'u-fac', 'tips', frame);
    await settle(sim, apps);
    // Bob accepted: Miro moved him; the others were brought by their own board app.
    expect(route).toBe('both');
    for (const id of ['u-ann', 'u-bob', 'u-cas'])
      expect(sim.inspect.client(id).zoomedTo).toContainEqual([frame.id]);
  });
});
