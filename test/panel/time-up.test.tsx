// @vitest-environment happy-dom
// Issue 13, 'Time for everyone': every panel counts the phase down (the facilitator's and each
// participant's), says so plainly at 00:00 ('De tijd is om', a status line for screen readers), and
// the facilitator then chooses between +1 min and Volgende, both in the footer; +1 min gives
// everyone time again. With the board timer (canUse('timer'): it finishes at 00:00 and starts again
// for the extra minute) and without (the app's own timer, from the stored session).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { methods } from '../../src/catalog/methods';
import { transition } from '../../src/session/transition';
import type { Harness } from './helpers';
import { FOUR, FOUR_ROLES, liveBoard } from './live';
import type { Live } from './live';

let live: Live | null = null;
afterEach(() => {
  live?.cleanup();
  live = null;
  vi.useRealTimers();
});

const postIt = methods.byId('post-it')!;
/** Stap 2 of the post-it method, 'Tips & tricks': the group writes. */
const STAP = 1;
const MINUTES = postIt.phases[STAP]!.minutes;
const MINUTE = 60_000;

/** Moves the manual clock, then lets every panel's once-a-second tick run. */
async function advance(l: Live, ms: number): Promise<void> {
  l.sim.clock.advance(ms);
  vi.advanceTimersByTime(1_000);
  await l.settle();
}

const clock = (p: Harness) => p.$('[role="timer"]').textContent ?? '';
const said = (p: Harness) => p.$('[role="status"][data-fact="time-up"]').textContent ?? '';

/** A post-it session at stap 2 with the panels of Fee (leads), Ann (inbrenger) and Bob open. */
async function atStap2(timer: boolean) {
  // Only the panels' once-a-second tick is faked: the simulator and the panels' awaits run as usual.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  const l = (live = await liveBoard(postIt, FOUR, FOUR_ROLES, { timer }));
  expect((await l.handle.goto(STAP, { confirmed: true })).ok).toBe(true);
  await l.settle();
  const fee = await l.panel('u-fee', 'lead');
  const ann = await l.panel('u-ann', 'join');
  const bob = await l.panel('u-bob', 'join');
  // Preact starts each timer's tick after paint: wait until all three tick.
  for (let i = 0; i < 200 && vi.getTimerCount() < 3; i++)
    await new Promise((r) => setTimeout(r, 5));
  expect(vi.getTimerCount()).toBe(3);
  return { l, fee, everyone: [fee, ann, bob], participants: [ann, bob] };
}

for (const timer of [true, false]) {
  describe(`time for everyone, ${timer ? 'with the board timer' : 'with the app timer (no board timer)'}`, () => {
    it('every panel counts down; at 00:00 each says the time is up and the facilitator gets +1 min and Volgende', async () => {
      const { l, fee, everyone, participants } = await atStap2(timer);
      for (const p of everyone) {
        expect(clock(p)).toContain(`0${MINUTES}:00`);
        expect(said(p)).toBe('');
      }
      // The participants' timer is read only.
      for (const p of participants) expect(p.has('[data-timer]')).toBe(false);
      if (timer) expect(l.sim.inspect.timer().status).toBe('STARTED');

      await advance(l, 2 * MINUTE + 30_000);
      for (const p of everyone) expect(clock(p)).toContain(`0${MINUTES - 3}:30`);
      expect(said(fee)).toBe('');

      await advance(l, (MINUTES - 2) * MINUTE); // 30 s past the phase's minutes
      for (const p of everyone) {
        expect(clock(p)).toContain('00:00');
        expect(said(p)).toContain('De tijd is om');
        expect(p.$('[data-part="timer"]').dataset['up']).toBe('true');
      }
      for (const p of participants) expect(said(p)).toContain('De gespreksleider kiest');
      expect(said(fee)).toBe('De tijd is om: +1 min of Volgende?');
      // The facilitator's choice, side by side in the sticky footer; pausing 00:00 is no choice.
      expect(fee.has('.ip-footer [data-timer="plus"]')).toBe(true);
      expect(fee.has('.ip-footer [data-action="next"]')).toBe(true);
      expect(fee.has('[data-timer="pause"]')).toBe(false);
      if (timer)
        expect(l.sim.inspect.timer()).toMatchObject({ status: 'STOPPED', restDuration: 0 });
      else expect(l.sim.counters.byKind['timer.start']).toBeUndefined();
    });

    it('+1 min gives everyone a minute from now, then Volgende starts the next phase’s own time', async () => {
      const { l, fee, everyone, participants } = await atStap2(timer);
      await advance(l, MINUTES * MINUTE + 45_000); // 45 s past the time
      expect(said(fee)).toContain('De tijd is om');

      await fee.click('[data-timer="plus"]');
      await l.settle();
      vi.advanceTimersByTime(1_000);
      await l.settle();
      for (const p of everyone) {
        expect(clock(p)).toContain('01:00');
        expect(said(p)).toBe('');
      }
      expect(l.handle.timer().remainingMs).toBe(MINUTE);
      if (timer)
        expect(l.sim.inspect.timer()).toMatchObject({ status: 'STARTED', restDuration: MINUTE });
      else expect(l.sim.counters.byKind['timer.start']).toBeUndefined();

      await advance(l, 40_000);
      for (const p of everyone) expect(clock(p)).toContain('00:20');
      await advance(l, 20_000);
      for (const p of everyone) expect(said(p)).toContain('De tijd is om');
      if (timer) expect(l.sim.inspect.timer().status).toBe('STOPPED');

      await fee.click('[data-action="next"]');
      await l.settle();
      vi.advanceTimersByTime(1_000);
      await l.settle();
      const minutes = postIt.phases[STAP + 1]!.minutes;
      for (const p of everyone) {
        expect(clock(p)).toContain(`0${minutes}:00`);
        expect(said(p)).toBe('');
      }
      for (const p of participants) expect(p.text()).toContain(postIt.phases[STAP + 1]!.title.nl);
      if (timer)
        expect(l.sim.inspect.timer()).toMatchObject({
          status: 'STARTED',
          restDuration: minutes * MINUTE,
        });
    });
  });
}

describe('time for everyone: the stored +1 min', () => {
  it('prolongs a running countdown by a minute, and one that ran out to a minute from now', async () => {
    const l = (live = await liveBoard(postIt, FOUR, FOUR_ROLES));
    const s = l.handle.state();
    const box = postIt.phases[s.phaseIndex]!.minutes * MINUTE;
    const at = s.phaseStartedAt!;
    const prolong = { type: 'timer', action: 'prolong' } as const;
    const ctx = (now: number) => ({ now, random: () => 0.5 });
    const running = transition(postIt, s, prolong, ctx(at + 10_000));
    if ('error' in running) throw new Error(running.error.code);
    expect(running.state.timer).toEqual({ pausedAt: null, extraMs: MINUTE });
    expect(running.effects[0]).toEqual({ type: 'adjust-timer', action: 'prolong', ms: MINUTE });
    const late = transition(postIt, s, prolong, ctx(at + box + 90_000));
    if ('error' in late) throw new Error(late.error.code);
    expect(late.state.timer).toEqual({ pausedAt: null, extraMs: 90_000 + MINUTE });
    expect(late.effects[0]).toEqual({
      type: 'adjust-timer',
      action: 'prolong',
      ms: MINUTE,
      restart: true,
    });
  });
});
