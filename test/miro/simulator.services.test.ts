import { describe, expect, it } from 'vitest';
import type { TimerEvent } from '@mirohq/websdk-types';
import { createSimulatedMiro } from '../../src/miro/simulator';

describe('simulated Miro: users', () => {
  it('answers getUserInfo with the client’s own user and writes as that user', async () => {
    const sim = createSimulatedMiro({
      users: [
        { id: 'u1', name: 'Fenna' },
        { id: 'u2', name: 'Joris' },
      ],
    });
    expect(await sim.board.getUserInfo()).toEqual({ id: 'u1', name: 'Fenna' });
    expect(await sim.as('u2').board.getUserInfo()).toEqual({ id: 'u2', name: 'Joris' });
    expect(() => sim.as('nobody')).toThrow(/Unknown simulated user/);
  });

  it('lists only users marked online', async () => {
    const sim = createSimulatedMiro();
    sim.setOnline('u-bob', false);
    expect((await sim.board.getOnlineUsers()).map((u) => u.id)).toEqual([
      'u-fac',
      'u-ann',
      'u-cas',
    ]);
  });
});

describe('simulated Miro: app data, notifications, viewport', () => {
  it('stores app data per key as JSON copies', async () => {
    const sim = createSimulatedMiro();
    await sim.board.setAppData('pointer', { session: 's1' });
    expect(await sim.as('u-ann').board.getAppData('pointer')).toEqual({ session: 's1' });
    expect(sim.inspect.appData()).toEqual({ pointer: { session: 's1' } });
  });

  it('records notifications per client', async () => {
    const sim = createSimulatedMiro();
    await sim.board.notifications.showInfo('Fase 2 is begonnen');
    await sim.as('u-ann').board.notifications.showError('Niet gelukt');
    expect(sim.inspect.client().notifications).toEqual([
      { type: 'info', message: 'Fase 2 is begonnen' },
    ]);
    expect(sim.inspect.client('u-ann').notifications).toEqual([
      { type: 'error', message: 'Niet gelukt' },
    ]);
  });

  it('starts with a 1600x900 viewport centred on the origin and zooms to items', async () => {
    const sim = createSimulatedMiro();
    expect(await sim.board.viewport.get()).toEqual({ x: -800, y: -450, width: 1600, height: 900 });
    const frame = await sim.board.createFrame({ x: 1000, y: 1000, width: 400, height: 200 });
    await sim.board.viewport.zoomTo(frame);
    expect(sim.inspect.client().zoomedTo).toEqual([[frame.id]]);
    expect(await sim.board.viewport.get()).toEqual({ x: 750, y: 850, width: 500, height: 300 });
  });
});

describe('simulated Miro: findEmptySpace', () => {
  it('returns the asked spot when it is free', async () => {
    const sim = createSimulatedMiro();
    expect(await sim.board.findEmptySpace({ x: 0, y: 0, width: 200, height: 100 })).toEqual({
      x: 0,
      y: 0,
      width: 200,
      height: 100,
    });
  });

  it('returns a nearby rect overlapping no top-level item', async () => {
    const sim = createSimulatedMiro();
    await sim.board.createFrame({ x: 0, y: 0, width: 1000, height: 1000 });
    await sim.board.createStickyNote({ x: 800, y: 0 });
    const space = await sim.board.findEmptySpace({
      x: 0,
      y: 0,
      width: 400,
      height: 400,
      offset: 20,
    });
    for (const item of sim.inspect.items().filter((i) => i.parentId === null)) {
      const a = item.absolute;
      const apart =
        space.x - space.width / 2 >= a.right + 20 ||
        space.x + space.width / 2 <= a.left - 20 ||
        space.y - space.height / 2 >= a.bottom + 20 ||
        space.y + space.height / 2 <= a.top - 20;
      expect(apart).toBe(true);
    }
    expect(Math.hypot(space.x, space.y)).toBeLessThan(1500);
  });
});

describe('simulated Miro: timer', () => {
  it('runs on the simulated clock and fires start, update and finish to every client', async () => {
    const sim = createSimulatedMiro({ timer: true });
    const events: string[] = [];
    for (const id of ['u-fac', 'u-ann']) {
      sim
        .as(id)
        .board.timer.on('start', (e: TimerEvent) =>
          events.push(`${id} start ${e.timer.restDuration}`),
        );
      sim.as(id).board.timer.on('finish', () => events.push(`${id} finish`));
    }
    await sim.board.timer.start(60_000);
    sim.clock.advance(20_000);
    expect(await sim.board.timer.get()).toEqual({
      status: 'STARTED',
      totalDuration: 60_000,
      restDuration: 40_000,
    });
    await sim.board.timer.pause();
    sim.clock.advance(20_000);
    await sim.board.timer.prolong(10_000);
    expect((await sim.board.timer.resume()).restDuration).toBe(50_000);
    expect(await sim.board.timer.isStarted()).toBe(true);
    sim.clock.advance(50_000);
    await sim.settle();
    expect(await sim.board.timer.isStarted()).toBe(false);
    expect(events).toEqual([
      'u-fac start 60000',
      'u-ann start 60000',
      'u-fac finish',
      'u-ann finish',
    ]);
  });

  it('rejects a non-positive duration and starting a running timer', async () => {
    const sim = createSimulatedMiro({ timer: true });
    await expect(sim.board.timer.start(0)).rejects.toThrow(/positive/);
    await sim.board.timer.start(1000);
    await expect(sim.board.timer.start(1000)).rejects.toThrow(/Cannot start/);
  });
});

describe('simulated Miro: collaboration', () => {
  it('moves a joined user’s viewport and lists running sessions', async () => {
    const sim = createSimulatedMiro();
    const frame = await sim.board.createFrame({ x: 0, y: 0, width: 400, height: 400 });
    const session = await sim.board.collaboration.startSession({ name: 'Ronde 1' });
    sim.joinSession('u-bob', session.id);
    await sim.board.collaboration.zoomTo({ id: 'u-bob', name: 'Bob' }, [frame]);
    expect((await sim.board.viewport.get()).width).toBe(1600);
    expect((await sim.as('u-bob').board.viewport.get()).width).toBe(500);
    expect((await sim.board.collaboration.getSessions()).map((s) => s.id)).toEqual([session.id]);
    await session.end();
    expect(await sim.board.collaboration.getSessions()).toEqual([]);
    await expect(
      sim.board.collaboration.zoomTo({ id: 'u-bob', name: 'Bob' }, frame),
    ).rejects.toThrow(/has not joined/);
  });
});
