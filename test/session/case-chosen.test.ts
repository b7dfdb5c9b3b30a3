// The group's choice of a case (R5, R33): 'caseChosen' makes the chosen case's writer the
// inbrenger and the one before a groepslid, in the pure engine.
import { describe, expect, it } from 'vitest';
import { canWrite } from '../../src/session/permissions';
import type { SessionState } from '../../src/session/state';
import { transition } from '../../src/session/transition';
import { ctx, methodById, run, staffed } from './fixtures';

const err = (r: ReturnType<typeof transition>) => ('error' in r ? r.error : null);
const started = (id: string) =>
  run(methodById(id), staffed(methodById(id), { size: 5 }), [{ type: 'start' }]).state;
const holders = (s: SessionState, role: string) =>
  s.participants.filter((p) => s.roles[p.id]?.includes(role)).map((p) => p.id);

describe('the group chooses whose case it is', () => {
  it('R5: in incident-inzicht the chosen writer becomes inbrenger and the one before groepslid', () => {
    const m = methodById('incident-inzicht');
    const s = started(m.id);
    expect(holders(s, 'inbrenger')).toEqual(['p1']);
    const r = transition(m, s, { type: 'caseChosen', participantId: 'p3' }, ctx());
    if ('error' in r) throw new Error(r.error.code);
    expect(holders(r.state, 'inbrenger')).toEqual(['p3']);
    expect(r.state.roles.p1).toEqual(['groepslid']);
    expect(r.state.roles.p3).toEqual(['inbrenger']);
    expect(r.effects).toEqual([
      { type: 'inbrenger-picked', participantId: 'p3', skipped: [] },
      { type: 'roles-changed', participantIds: ['p1', 'p3'] },
      { type: 'persist' },
    ]);
    // In the next phase only the new inbrenger maps the incident (R6's phase).
    const next = run(m, r.state, [{ type: 'next' }, { type: 'next' }]).state;
    expect(next.phaseIndex).toBe(1);
    expect(canWrite(m, next, 'p3', 'incident')).toBe(true);
    expect(canWrite(m, next, 'p1', 'incident')).toBe(false);
  });

  it('R33: in Balint the chosen problem’s writer states it in phase 3', () => {
    const m = methodById('balint');
    const s = run(m, started(m.id), [{ type: 'next' }]).state;
    const chosen = run(m, s, [{ type: 'caseChosen', participantId: 'p4' }, { type: 'next' }]).state;
    expect(holders(chosen, 'inbrenger')).toEqual(['p4']);
    expect(canWrite(m, chosen, 'p4', 'probleemstelling')).toBe(true);
    expect(canWrite(m, chosen, 'p1', 'probleemstelling')).toBe(false);
  });

  it('R5: the inbrenger’s own case chosen changes nothing; the facilitator and unknown people are refused', () => {
    const m = methodById('incident-inzicht');
    const s = started(m.id);
    const same = transition(m, s, { type: 'caseChosen', participantId: 'p1' }, ctx());
    expect(same).toEqual({ state: s, effects: [] });
    expect(
      err(transition(m, s, { type: 'caseChosen', participantId: s.facilitatorId }, ctx()))?.code,
    ).toBe('not-eligible');
    expect(err(transition(m, s, { type: 'caseChosen', participantId: 'px' }, ctx()))?.code).toBe(
      'unknown-participant',
    );
  });
});
