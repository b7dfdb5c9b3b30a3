import { describe, expect, it } from 'vitest';
import { regionStatesAt, stagesOf } from '../../src/catalog/resolve';
import type { Method } from '../../src/catalog/schema';
import type { Effect } from '../../src/session/effects';
import type { SessionState } from '../../src/session/state';
import { transition } from '../../src/session/transition';
import { allMethods, at, ctx, methodById, run, staffed } from './fixtures';

const key = (s: object) => {
  const { stage: _s, ...rest } = s as Record<string, unknown>;
  return JSON.stringify(rest, Object.keys(rest).sort());
};
function changedRegions(m: Method, a: SessionState, b: SessionState): string[] {
  const x = regionStatesAt(m, a.phaseIndex, a.stage);
  const y = regionStatesAt(m, b.phaseIndex, b.stage);
  return m.regions.map((r) => r.id).filter((id) => key(x[id]!) !== key(y[id]!));
}
const applied = (effects: Effect[]) =>
  effects.flatMap((e) => (e.type === 'apply-regions' ? e.changes.map((c) => c.region) : []));
const err = (r: ReturnType<typeof transition>) => ('error' in r ? r.error : null);

function expectedWalk(m: Method, rounds: number): string[] {
  const ids = m.phases.map((p) => p.id);
  const from = m.rounds ? ids.indexOf(m.rounds.from) : -1;
  const to = m.rounds ? ids.indexOf(m.rounds.to) : -1;
  const order: number[] = [];
  for (let i = 0; i < m.phases.length; i++) {
    order.push(i);
    if (i === to) for (let r = 1; r < rounds; r++) for (let j = from; j <= to; j++) order.push(j);
  }
  return order.flatMap((i) =>
    Array.from({ length: stagesOf(m.phases[i]!) }, (_, s) => `${i}.${s}`),
  );
}

describe('transition: next through every catalog method', () => {
  for (const m of allMethods) {
    it(`walks ${m.id} and names exactly the regions whose state changes`, () => {
      const first = staffed(m, { extraInbrengers: m.rounds ? 1 : 0 });
      let s = run(m, first, [{ type: 'start' }]).state;
      const visited = [`${s.phaseIndex}.${s.stage}`];
      for (let guard = 0; guard < 200; guard++) {
        let r = transition(m, s, { type: 'next' }, ctx());
        if (err(r)?.code === 'needs-consent') {
          s = run(m, s, [{ type: 'consent' }]).state;
          r = transition(m, s, { type: 'next' }, ctx());
        }
        if ('error' in r) {
          expect(r.error.code).toBe('at-end');
          break;
        }
        expect(applied(r.effects)).toEqual(changedRegions(m, s, r.state));
        const apply = r.effects.find((e) => e.type === 'apply-regions');
        if (apply && apply.type === 'apply-regions')
          for (const c of apply.changes) expect(key(c.from)).not.toBe(key(c.to));
        expect(r.effects.at(-1)).toEqual({ type: 'persist' });
        s = r.state;
        visited.push(`${s.phaseIndex}.${s.stage}`);
      }
      expect(visited).toEqual(expectedWalk(m, m.rounds ? 2 : 1));
    });
  }

  it('start applies every region that is not upcoming in the first phase', () => {
    const m = methodById('incident-casus');
    const r = run(m, staffed(m), [{ type: 'start' }]);
    expect(applied(r.effects)).toEqual(['casus']);
    expect(r.effects.map((e) => e.type)).toEqual([
      'apply-regions',
      'highlight-phase',
      'step-card',
      'start-timer',
      'focus-region',
      'persist',
    ]);
    expect(r.state.status).toBe('running');
  });

  it('opens the problem statement for the inbrenger one stage after the analyses (R4)', () => {
    const m = methodById('incident-casus');
    const s = at(m, 3);
    const r = run(m, s, [{ type: 'next' }]);
    expect(r.state.phaseIndex).toBe(3);
    expect(r.state.stage).toBe(1);
    expect(r.effects).toContainEqual({ type: 'focus-region', region: 'probleemstelling' });
    expect(r.effects.some((e) => e.type === 'start-timer')).toBe(false);
  });
});

describe('transition: previous, goto, skip', () => {
  const m = methodById('incident-casus');

  it('steps back through stages and phases to the start, then refuses', () => {
    let s = at(m, 4);
    const seen: string[] = [];
    for (;;) {
      const r = transition(m, s, { type: 'previous' }, ctx());
      if ('error' in r) {
        expect(r.error.code).toBe('at-start');
        break;
      }
      s = r.state;
      seen.push(`${s.phaseIndex}.${s.stage}`);
    }
    expect(seen).toEqual(['3.1', '3.0', '2.0', '1.0', '0.0']);
  });

  it('asks confirmation before jumping forward over phases and lists them', () => {
    const s = at(m, 1);
    const e = err(transition(m, s, { type: 'goto', phaseIndex: 4 }, ctx()));
    expect(e?.code).toBe('needs-confirmation');
    expect(e?.skipped).toEqual([2, 3]);
    expect(e?.message.nl).toContain('fase 3');
    const r = run(m, s, [{ type: 'goto', phaseIndex: 4, confirmed: true }]);
    expect(r.state.phaseIndex).toBe(4);
    expect(applied(r.effects)).toEqual(changedRegions(m, s, r.state));
  });

  it('goes back or to the next phase without confirmation', () => {
    const s = at(m, 4);
    expect(run(m, s, [{ type: 'goto', phaseIndex: 1 }]).state.phaseIndex).toBe(1);
    expect(run(m, s, [{ type: 'goto', phaseIndex: 5 }]).state.phaseIndex).toBe(5);
    expect(err(transition(m, s, { type: 'goto', phaseIndex: 7 }, ctx()))?.code).toBe(
      'no-such-phase',
    );
  });

  it('skips exactly the next phase, once confirmed', () => {
    const s = at(m, 1);
    expect(err(transition(m, s, { type: 'skip' }, ctx()))?.skipped).toEqual([2]);
    expect(run(m, s, [{ type: 'skip', confirmed: true }]).state.phaseIndex).toBe(3);
    expect(err(transition(m, at(m, 5), { type: 'skip', confirmed: true }, ctx()))?.code).toBe(
      'nothing-to-skip',
    );
  });

  it('refuses navigation before start and after end', () => {
    expect(err(transition(m, staffed(m), { type: 'next' }, ctx()))?.code).toBe('not-running');
    const ended = run(m, at(m, 1), [{ type: 'end' }]);
    expect(ended.effects.map((e) => e.type)).toEqual([
      'apply-regions',
      'stop-timer',
      'session-ended',
      'persist',
    ]);
    expect(applied(ended.effects)).toEqual(['vragen']);
    expect(err(transition(m, ended.state, { type: 'previous' }, ctx()))?.code).toBe('ended');
  });
});

describe('transition: consent (R22)', () => {
  const m = methodById('tien-stappen');

  it('refuses step 10 without the inbrenger’s consent, by next or by goto', () => {
    const s = at(m, 8);
    expect(err(transition(m, s, { type: 'next' }, ctx()))?.code).toBe('needs-consent');
    expect(
      err(transition(m, at(m, 3), { type: 'goto', phaseIndex: 9, confirmed: true }, ctx()))?.code,
    ).toBe('needs-consent');
  });

  it('enters step 10 once the inbrenger agrees, and records who agreed', () => {
    const s = at(m, 8);
    const inbrenger = s.participants.find((p) => s.roles[p.id]?.includes('inbrenger'))!.id;
    const member = s.participants.find((p) => s.roles[p.id]?.includes('groepslid'))!.id;
    expect(err(transition(m, s, { type: 'consent', by: member }, ctx()))?.code).toBe(
      'consent-not-yours',
    );
    const r = run(m, s, [{ type: 'consent', by: inbrenger }, { type: 'next' }]);
    expect(r.state.phaseIndex).toBe(9);
    expect(r.state.consent).toEqual([
      { phaseIndex: 9, round: 0, by: inbrenger, for: inbrenger, at: 1_000 },
    ]);
  });

  it('records the facilitator as the one who clicked, on the inbrenger’s behalf', () => {
    const s = at(m, 8);
    const inbrenger = s.participants.find((p) => s.roles[p.id]?.includes('inbrenger'))!.id;
    const byFacilitator = run(m, s, [{ type: 'consent', by: s.facilitatorId }]).state.consent;
    expect(byFacilitator).toEqual([
      { phaseIndex: 9, round: 0, by: s.facilitatorId, for: inbrenger, at: 1_000 },
    ]);
    const unnamed = run(m, s, [{ type: 'consent' }]).state.consent;
    expect(unnamed[0]).toMatchObject({ by: s.facilitatorId, for: inbrenger });
    expect(s.facilitatorId).not.toBe(inbrenger);
  });

  it('refuses consent where no later phase asks for it', () => {
    const c = methodById('post-it');
    expect(err(transition(c, at(c, 0), { type: 'consent' }, ctx()))?.code).toBe('no-consent-here');
  });
});

describe('transition: VIA rounds (R14)', () => {
  const m = methodById('via');
  const ids = m.phases.map((p) => p.id);
  const from = ids.indexOf(m.rounds!.from);
  const to = ids.indexOf(m.rounds!.to);

  it('starts the next inbrenger’s round after the round’s last phase', () => {
    const s = at(m, to, staffed(m, { extraInbrengers: 2 }));
    const r = run(m, s, [{ type: 'next' }]);
    expect(r.state).toMatchObject({ phaseIndex: from, round: 1 });
    const inbrengers = s.participants
      .filter((p) => s.roles[p.id]?.includes('inbrenger'))
      .map((p) => p.id);
    expect(r.effects).toContainEqual({
      type: 'round-started',
      round: 1,
      inbrengerId: inbrengers[1],
    });
  });

  it('allows newRound once per inbrenger and no more', () => {
    let s = at(m, to, staffed(m, { extraInbrengers: 2 }));
    s = run(m, s, [{ type: 'newRound' }, { type: 'newRound', confirmed: true }]).state;
    expect(s.round).toBe(2);
    expect(err(transition(m, s, { type: 'newRound', confirmed: true }, ctx()))?.code).toBe(
      'no-more-inbrengers',
    );
  });

  it('asks confirmation for a new round that cuts the current one short', () => {
    const s = at(m, from, staffed(m, { extraInbrengers: 1 }));
    expect(err(transition(m, s, { type: 'newRound' }, ctx()))?.code).toBe('needs-confirmation');
  });

  it('goes back from a round’s first phase to the previous round’s last', () => {
    const s = run(m, at(m, to, staffed(m, { extraInbrengers: 1 })), [{ type: 'next' }]).state;
    expect(run(m, s, [{ type: 'previous' }]).state).toMatchObject({ phaseIndex: to, round: 0 });
  });

  it('refuses newRound in a method without rounds', () => {
    const c = methodById('post-it');
    expect(err(transition(c, at(c, 1), { type: 'newRound' }, ctx()))?.code).toBe('no-rounds');
  });

  it('readies the 30 s fragment timer on entering the viewing phase (R11)', () => {
    const r = run(m, staffed(m), [{ type: 'start' }]);
    expect(r.effects.filter((e) => e.type === 'fragment-timer')).toEqual([
      { type: 'fragment-timer', seconds: 30 },
    ]);
    expect(run(m, r.state, [{ type: 'fragment' }]).effects).toEqual([
      { type: 'fragment-timer', seconds: 30 },
    ]);
  });
});

describe('transition: reveal', () => {
  it('reveals the perceptions once, asking with or without names (R8)', () => {
    const m = methodById('incident-inzicht');
    const s = at(m, 4);
    expect(err(transition(m, s, { type: 'reveal', region: 'percepties' }, ctx()))?.code).toBe(
      'needs-names',
    );
    const r = run(m, s, [{ type: 'reveal', region: 'percepties', names: 'without' }]);
    const members = s.participants
      .filter((p) => s.roles[p.id]?.includes('groepslid'))
      .map((p) => p.id);
    expect(r.effects[0]).toEqual({
      type: 'reveal',
      region: 'percepties',
      authorIds: members,
      names: 'without',
    });
    expect(
      err(transition(m, r.state, { type: 'reveal', region: 'percepties', names: 'with' }, ctx()))
        ?.code,
    ).toBe('already-revealed');
    expect(
      err(transition(m, s, { type: 'reveal', region: 'vragen', names: 'with' }, ctx()))?.code,
    ).toBe('no-reveal-here');
  });

  it('reveals every formulation but the inbrenger’s, at the second stage (R19)', () => {
    const m = methodById('tien-stappen');
    const s = at(m, 5);
    const ev = { type: 'reveal', region: 'probleemstellingen', names: 'with' } as const;
    expect(err(transition(m, s, ev, ctx()))?.code).toBe('no-reveal-here');
    const r = run(m, s, [{ type: 'next' }, ev]);
    const reveal = r.effects[0];
    const inbrenger = s.participants.find((p) => s.roles[p.id]?.includes('inbrenger'))!.id;
    expect(reveal).toMatchObject({ type: 'reveal', authors: ['groepslid'] });
    expect(reveal?.type === 'reveal' && reveal.authorIds.includes(inbrenger)).toBe(false);
  });

  it('keeps fixed name rules: the inbrenger’s own formulation goes up with the name (R21)', () => {
    const m = methodById('tien-stappen');
    const s = at(m, 7);
    const ev = { type: 'reveal', region: 'probleemstellingen', names: 'without' } as const;
    expect(err(transition(m, s, ev, ctx()))?.code).toBe('names-fixed');
    const r = run(m, s, [{ type: 'reveal', region: 'probleemstellingen' }]);
    expect(r.state.revealed[0]).toMatchObject({ names: 'with', phaseIndex: 7 });
  });
});

describe('transition: the phase timer', () => {
  const m = methodById('post-it');
  const step = (s: SessionState, action: 'pause' | 'resume' | 'prolong', now: number) =>
    transition(m, s, { type: 'timer', action }, ctx(now));

  it('pauses, resumes with the paused time added, and prolongs by a minute', () => {
    const s = at(m, 0);
    const paused = step(s, 'pause', 5_000);
    if ('error' in paused) throw new Error(paused.error.code);
    expect(paused.state.timer).toEqual({ pausedAt: 5_000, extraMs: 0 });
    expect(paused.effects).toEqual([
      { type: 'adjust-timer', action: 'pause', ms: 0 },
      { type: 'persist' },
    ]);
    const resumed = step(paused.state, 'resume', 12_000);
    if ('error' in resumed) throw new Error(resumed.error.code);
    expect(resumed.state.timer).toEqual({ pausedAt: null, extraMs: 7_000 });
    const longer = step(resumed.state, 'prolong', 13_000);
    if ('error' in longer) throw new Error(longer.error.code);
    expect(longer.state.timer).toEqual({ pausedAt: null, extraMs: 67_000 });
    expect(longer.effects[0]).toEqual({ type: 'adjust-timer', action: 'prolong', ms: 60_000 });
  });

  it('refuses a second pause, a resume that is not paused, and a timer before the start', () => {
    const s = at(m, 0);
    expect(err(step(s, 'resume', 2_000))?.code).toBe('not-paused');
    const paused = run(m, s, [{ type: 'timer', action: 'pause' }]).state;
    expect(err(step(paused, 'pause', 2_000))?.code).toBe('already-paused');
    expect(err(step(staffed(m), 'pause', 2_000))?.code).toBe('not-running');
  });

  it('starts the next phase with a fresh timer: no pause or extra minutes carry over', () => {
    const s = run(m, at(m, 0), [
      { type: 'timer', action: 'prolong' },
      { type: 'timer', action: 'pause' },
    ]).state;
    expect(s.timer).toBeDefined();
    const next = run(m, s, [{ type: 'next' }], 9_000).state;
    expect(next.timer).toBeUndefined();
    expect(next.phaseStartedAt).toBe(9_000);
  });
});
