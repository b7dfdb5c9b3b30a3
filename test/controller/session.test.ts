import { describe, expect, it, vi } from 'vitest';
import { POINTER_KEY } from '../../src/app/headless';
import { frameKey, HIGHLIGHT, stepKey, trackKey } from '../../src/board/render-visual';
import { joinSession, openSession } from '../../src/controller/session';
import { RateLimitError } from '../../src/miro/simulator/index';
import { COLLECTION, sessionKey } from '../../src/session/store';
import { expectBoardAt, methodById, shown, staged, storedMap } from './fixtures';

const postIt = methodById('post-it');

async function running(id = 'post-it', sim = {}) {
  const s = await staged(methodById(id), { sim });
  expect((await s.handle.start()).ok).toBe(true);
  await s.sim.settle();
  return s;
}

describe('startSession', () => {
  it('stores the session and points the app data at it', async () => {
    const s = await staged(postIt);
    const stored = s.sim.inspect.collection(COLLECTION)[sessionKey(s.sessionId)] as {
      state: { status: string };
    };
    expect(stored.state.status).toBe('setup');
    expect(s.sim.inspect.appData()[POINTER_KEY]).toEqual({ v: 1, active: s.sessionId });
  });
});

describe('placing apart from starting', () => {
  it('keeps a placed session waiting: no region opens and no timer runs until start()', async () => {
    const s = await staged(postIt, { sim: { timer: true } });
    const placedAt = s.sim.clock.now();
    s.sim.clock.advance(20 * 60_000);
    await s.sim.settle();
    expect(s.handle.state()).toMatchObject({ status: 'setup', startedAt: null });
    expect(s.handle.timer()).toMatchObject({ running: false, endsAt: null });
    expect(s.sim.inspect.timer().status).toBe('STOPPED');
    for (const r of postIt.regions)
      expect(shown(s, r.id)).toEqual({ title: r.title.nl, fill: '#ffffff', covered: false });
    // A panel opened in between finds the placed session, not started.
    const reopened = await openSession(s.sim.as('u-bram'), { now: () => s.sim.clock.now() });
    if (!reopened.ok) throw new Error(reopened.error.message.en);
    expect(reopened.handle.state().status).toBe('setup');
    reopened.handle.close();

    expect((await s.handle.start()).ok).toBe(true);
    await s.sim.settle();
    expectBoardAt(s);
    expect(shown(s, 'vraag').title).toMatch(/^✎ /);
    expect(s.handle.state().phaseStartedAt).toBe(placedAt + 20 * 60_000);
    expect(s.sim.inspect.timer()).toMatchObject({
      status: 'STARTED',
      totalDuration: postIt.phases[0]!.minutes * 60_000,
    });
    expect(s.handle.timer().running).toBe(true);
  });
});

describe('timer', () => {
  it('starts the board timer with the phase timebox when the board can use it', async () => {
    const s = await running('post-it', { timer: true });
    expect(s.sim.inspect.timer()).toMatchObject({
      status: 'STARTED',
      totalDuration: postIt.phases[0]!.minutes * 60_000,
    });
    await s.handle.next();
    await s.sim.settle();
    expect(s.sim.inspect.timer().totalDuration).toBe(postIt.phases[1]!.minutes * 60_000);
    expect(s.handle.timer().source).toBe('board');
  });

  it('runs the app timer from the stored phase start when the board has no timer', async () => {
    const s = await running();
    const other = await joinSession(s.sim.as('u-bram'), s.sessionId, {
      now: () => s.sim.clock.now(),
    });
    if (!other.ok) throw new Error(other.error.message.en);
    s.sim.clock.advance(60_000);
    const mine = s.handle.timer();
    expect(mine.source).toBe('app');
    expect(mine.remainingMs).toBe(postIt.phases[0]!.minutes * 60_000 - 60_000);
    expect(other.handle.timer().endsAt).toBe(mine.endsAt);
    expect(s.sim.counters.byKind['timer.start']).toBeUndefined();
  });
});

describe('timer: pause, resume and +1 min', () => {
  it('pauses, resumes and prolongs the board timer when the board can use it', async () => {
    const s = await running('post-it', { timer: true });
    const total = postIt.phases[0]!.minutes * 60_000;
    expect((await s.handle.pauseTimer()).ok).toBe(true);
    expect(s.sim.inspect.timer().status).toBe('PAUSED');
    expect((await s.handle.resumeTimer()).ok).toBe(true);
    expect(s.sim.inspect.timer().status).toBe('STARTED');
    expect((await s.handle.prolongTimer()).ok).toBe(true);
    expect(s.sim.inspect.timer().totalDuration).toBe(total + 60_000);
  });

  it('stores the app timer’s pause in the session, so every panel shows the same countdown', async () => {
    const s = await running();
    const other = await joinSession(s.sim.as('u-bram'), s.sessionId, {
      now: () => s.sim.clock.now(),
    });
    if (!other.ok) throw new Error(other.error.message.en);
    const total = postIt.phases[0]!.minutes * 60_000;
    s.sim.clock.advance(10_000);
    await s.handle.pauseTimer();
    await s.sim.settle();
    s.sim.clock.advance(30_000);
    expect(other.handle.timer()).toMatchObject({
      paused: true,
      running: false,
      remainingMs: total - 10_000,
    });
    await s.handle.prolongTimer();
    await s.handle.resumeTimer();
    await s.sim.settle();
    s.sim.clock.advance(5_000);
    expect(other.handle.timer()).toMatchObject({
      paused: false,
      running: true,
      remainingMs: total + 60_000 - 15_000,
    });
    expect(s.handle.timer().remainingMs).toBe(other.handle.timer().remainingMs);
    expect(s.sim.counters.byKind['timer.pause']).toBeUndefined();
  });
});

describe('focus', () => {
  it('brings every open panel to the region by broadcast, and zooms the sender itself', async () => {
    const s = await running();
    const joined = await joinSession(s.sim.as('u-bram'), s.sessionId);
    if (!joined.ok) throw new Error('join failed');
    const heard = vi.fn();
    joined.handle.on('focus', heard);
    await s.handle.next();
    await s.sim.settle();
    const frame = s.map.items[frameKey(postIt.id, 'postits')] ?? '';
    const open = s.handle.view('nl').open.map((o) => o.region);
    const target = s.map.items[frameKey(postIt.id, open[0]!)]!;
    expect(s.sim.inspect.client('u-bram').zoomedTo.at(-1)).toEqual([target]);
    expect(s.sim.inspect.client('u-fac').zoomedTo.at(-1)).toEqual([target]);
    expect(heard).toHaveBeenCalledWith(expect.objectContaining({ route: 'heard', zoomed: true }));
    void frame;
  });

  it('moves each online participant with collaboration.zoomTo during a collaboration session', async () => {
    const s = await running();
    await s.sim.board.collaboration.startSession({ name: 'Intervisie' });
    const others = s.handle.state().participants.filter((p) => p.id !== 'u-fac');
    for (const p of others) s.sim.joinSession(p.id);
    s.sim.resetCounters();
    await s.handle.next();
    await s.sim.settle();
    expect(s.sim.counters.byKind['collaboration.zoomTo']?.calls).toBe(others.length);
    expect(s.sim.counters.byKind['events.broadcast']).toBeUndefined();
    for (const p of others) expect(s.sim.inspect.client(p.id).zoomedTo.length).toBe(1);
  });
});

describe('two facilitators', () => {
  it('end in one phase on the board and in storage when both press next at once', async () => {
    const s = await running('incident-casus');
    const co = await joinSession(s.sim.as('u-bram'), s.sessionId);
    if (!co.ok) throw new Error('join failed');
    const results = await Promise.all([s.handle.next(), co.handle.next()]);
    await s.sim.settle();
    const stored = s.sim.inspect.collection(COLLECTION)[sessionKey(s.sessionId)] as {
      state: { phaseIndex: number };
    };
    expect(stored.state.phaseIndex).toBe(1);
    expect(s.handle.state().phaseIndex).toBe(1);
    expect(co.handle.state().phaseIndex).toBe(1);
    expect(results.some((r) => r.ok)).toBe(true);
    const fills = s.method.phases.map(
      (_, i) =>
        (
          s.sim.inspect.itemById(s.map.items[trackKey(s.method, i)]!)!.style as {
            fillColor: string;
          }
        ).fillColor,
    );
    expect(fills.filter((f) => f === HIGHLIGHT.current)).toEqual([HIGHLIGHT.current]);
    expect(fills[1]).toBe(HIGHLIGHT.current);
    expectBoardAt(s);
  });
});

describe('SDK errors', () => {
  it('reports a rate limit mid phase change clearly and retryEffects completes it', async () => {
    let armed = false;
    let syncs = 0;
    const s = await running('incident-casus', {
      fail: (call: { kind: string }) =>
        armed && call.kind === 'sync' && ++syncs === 2
          ? new RateLimitError('Rate limit exceeded', 60_000)
          : undefined,
    });
    armed = true;
    const moved = await s.handle.next();
    await s.sim.settle();
    expect(moved.ok).toBe(false);
    if (moved.ok) return;
    expect(moved.error.code).toBe('rate-limit');
    expect(moved.error.message.nl).toMatch(/te veel verzoeken/);
    expect(moved.committed).toBe(true);
    expect(s.handle.state().phaseIndex).toBe(1);
    expect(s.handle.pending().length).toBeGreaterThan(0);
    armed = false;
    const retried = await s.handle.retryEffects();
    await s.sim.settle();
    expect(retried.ok).toBe(true);
    expect(s.handle.pending()).toEqual([]);
    expectBoardAt(s);
  });

  it('never throws on an SDK error: a refused start gives an error value', async () => {
    const s = await staged(postIt, {
      sim: { fail: (c) => (c.kind === 'sync' ? new Error('Refused') : undefined) },
    });
    const r = await s.handle.start();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('board-failed');
    expect(s.handle.state().status).toBe('running');
  });
});

describe('joinSession', () => {
  it('returns a clear error for a corrupt stored state and leaves the board untouched', async () => {
    const s = await running();
    await s.sim.board.storage
      .collection(COLLECTION)
      .set(sessionKey(s.sessionId), { version: 1, rev: 9, state: 'kapot' });
    const before = s.sim.inspect.items();
    s.sim.resetCounters();
    const joined = await joinSession(s.sim.as('u-bram'), s.sessionId);
    await s.sim.settle();
    expect(joined.ok).toBe(false);
    if (joined.ok) return;
    expect(joined.error.message.nl.length).toBeGreaterThan(10);
    expect(joined.error.message.en.length).toBeGreaterThan(10);
    expect(joined.recover.length).toBeGreaterThan(0);
    expect(s.sim.inspect.items()).toEqual(before);
    expect(Object.keys(s.sim.counters.byKind).sort()).toEqual(['storage.get']);
  });

  it('opens the session the app data points at and follows its changes', async () => {
    const s = await running();
    const opened = await openSession(s.sim.as('u-chris'));
    if (!opened.ok) throw new Error(opened.error.message.en);
    const seen = vi.fn();
    opened.handle.subscribe(seen);
    await s.handle.next();
    await s.sim.settle();
    expect(opened.handle.state().phaseIndex).toBe(1);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('reveal and end', () => {
  it('uncovers the revealed region and lets the guard hook in', async () => {
    const m = methodById('incident-inzicht');
    const s = await staged(m);
    await s.handle.start();
    const at = m.phases.findIndex((p) => p.actions.some((a) => a.kind === 'reveal'));
    while (s.handle.state().phaseIndex < at) await s.handle.next();
    const action = m.phases[at]!.actions.find((a) => a.kind === 'reveal')!;
    const region = (action as { region: string }).region;
    const hook = vi.fn();
    s.handle.on('reveal', hook);
    const r = await s.handle.reveal(region, 'with');
    await s.sim.settle();
    expect(r.ok).toBe(true);
    expect(hook).toHaveBeenCalledWith(
      expect.objectContaining({ effect: expect.objectContaining({ region, names: 'with' }) }),
    );
    expect(shown(s, region).covered).toBe(false);
    expectBoardAt(s);
  });

  it('releases every region, says so on the step card, clears the pointer and deletes no item when the session ends', async () => {
    const s = await running('incident-casus');
    await s.handle.next();
    await s.sim.settle();
    expect(s.method.regions.some((r) => /^🔒 /.test(shown(s, r.id).title))).toBe(true);
    const count = s.sim.inspect.items().length;
    const r = await s.handle.end();
    await s.sim.settle();
    expect(r.ok).toBe(true);
    expect(s.sim.inspect.items()).toHaveLength(count);
    expect(s.sim.inspect.appData()[POINTER_KEY]).toEqual({ v: 1, active: null });
    for (const region of s.method.regions)
      expect(shown(s, region.id)).toEqual({
        title: region.title.nl,
        fill: '#ffffff',
        covered: false,
      });
    const card = s.sim.inspect.itemById(s.map.items[stepKey(s.method.id)]!) as { content: string };
    expect(card.content).toBe(
      '<p><strong>Sessie afgerond</strong></p><p>Alle vlakken zijn weer vrij. Alles blijft op het bord.</p>',
    );
    expect(storedMap(s).sessionId).toBe(s.sessionId);
  });
});

describe('consent through the handle (R22)', () => {
  it('records the panel user who clicked and the inbrenger it is for', async () => {
    const s = await staged(methodById('tien-stappen'));
    expect((await s.handle.start()).ok).toBe(true);
    const st = s.handle.state();
    const inbrenger = st.participants.find((p) => st.roles[p.id]?.includes('inbrenger'))!.id;
    expect((await s.handle.consent()).ok).toBe(true);
    expect(s.handle.state().consent).toMatchObject([
      { phaseIndex: 9, by: 'u-fac', for: inbrenger },
    ]);
  });
});
