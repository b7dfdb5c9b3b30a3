import { describe, expect, it } from 'vitest';
import { effectiveRoles } from '../../src/session/people';
import type { SessionState } from '../../src/session/state';
import { transition } from '../../src/session/transition';
import { at, ctx, methodById, people, run, staffed } from './fixtures';

const m = methodById('incident-casus');
const err = (r: ReturnType<typeof transition>) => ('error' in r ? r.error : null);
const inbrengers = (s: SessionState) =>
  s.participants.filter((p) => s.roles[p.id]?.includes('inbrenger')).map((p) => p.id);

function group(lastInbrengerIds: string[] = []): SessionState {
  const s = staffed(m, { size: 5 });
  return {
    ...s,
    facilitatorId: 'p5',
    roles: { ...s.roles, p5: ['gespreksleider'] },
    lastInbrengerIds,
  };
}

describe('roles: start checks', () => {
  it('refuses to start below the group minimum with a clear message', () => {
    const s = {
      ...staffed(m),
      participants: people(2),
      roles: { p1: ['inbrenger'], p2: ['groepslid'] },
    };
    expect(err(transition(m, s, { type: 'start' }, ctx()))?.message).toMatchInlineSnapshot(`
      {
        "en": "This method needs at least 3 participants; there are 2.",
        "nl": "Deze methode vraagt minstens 3 deelnemers; er zijn er 2.",
      }
    `);
  });

  it('refuses to start without an inbrenger', () => {
    const s = run(m, staffed(m), [
      { type: 'assign', participantId: 'p1', roles: ['groepslid'] },
    ]).state;
    expect(err(transition(m, s, { type: 'start' }, ctx()))?.message.nl).toBe(
      'De rol Inbrenger vraagt minstens 1 persoon; nu 0.',
    );
  });

  it('refuses two inbrengers where the method allows one', () => {
    const s = run(m, staffed(m), [
      { type: 'assign', participantId: 'p2', roles: ['inbrenger'] },
    ]).state;
    expect(err(transition(m, s, { type: 'start' }, ctx()))?.code).toBe('role-maximum');
  });

  it('refuses roles the method does not know and people who are not there', () => {
    expect(
      err(transition(m, staffed(m), { type: 'assign', participantId: 'p1', roles: ['vis'] }, ctx()))
        ?.code,
    ).toBe('unknown-role');
    expect(
      err(transition(m, staffed(m), { type: 'assign', participantId: 'px', roles: [] }, ctx()))
        ?.code,
    ).toBe('unknown-participant');
  });

  it('keeps several roles for one person (viskom: binnengroep and groepslid-like roles)', () => {
    const v = methodById('viskom');
    const s = run(v, staffed(v), [
      { type: 'assign', participantId: 'p1', roles: ['binnengroep', 'gespreksleider'] },
    ]);
    expect(s.state.roles.p1).toEqual(['binnengroep', 'gespreksleider']);
    expect(s.effects).toContainEqual({ type: 'roles-changed', participantIds: ['p1'] });
  });
});

describe('roles: pickInbrenger and rotate', () => {
  it('passes over last time’s inbrenger when others can bring a case, and says so', () => {
    for (let seed = 0; seed < 20; seed++) {
      const r = transition(
        m,
        group(['p2']),
        { type: 'pickInbrenger' },
        { now: 1, random: () => seed / 20 },
      );
      if ('error' in r) throw new Error(r.error.code);
      const picked = r.effects.find((e) => e.type === 'inbrenger-picked');
      expect(picked && picked.type === 'inbrenger-picked' && picked.participantId).not.toBe('p2');
      expect(picked).toMatchObject({ skipped: ['p2'] });
      expect(inbrengers(r.state)).toHaveLength(1);
      expect(inbrengers(r.state)).not.toContain('p5');
    }
  });

  it('picks last time’s inbrenger when nobody else is eligible', () => {
    const s: SessionState = {
      ...group(['p2', 'p3', 'p4']),
      roles: { p1: ['inbrenger'], p2: [], p3: [], p4: [], p5: ['gespreksleider'] },
    };
    const r = run(m, s, [{ type: 'pickInbrenger' }]);
    expect(r.effects[0]).toMatchObject({ type: 'inbrenger-picked', skipped: [] });
  });

  it('moves the inbrenger role: the previous inbrenger becomes groepslid', () => {
    const r = run(m, group(['p1']), [{ type: 'pickInbrenger' }]);
    expect(r.state.roles.p1).toEqual(['groepslid']);
  });

  it('rotates to the next person after last time’s inbrenger, passing the facilitator', () => {
    expect(inbrengers(run(m, group(['p2']), [{ type: 'rotate' }]).state)).toEqual(['p3']);
    expect(inbrengers(run(m, group(['p4']), [{ type: 'rotate' }]).state)).toEqual(['p1']);
    expect(inbrengers(run(m, group(), [{ type: 'rotate' }]).state)).toEqual(['p2']);
  });

  it('refuses to pick in a method without an inbrenger', () => {
    const w = methodById('wandeling');
    expect(err(transition(w, staffed(w), { type: 'pickInbrenger' }, ctx()))?.code).toBe(
      'no-inbrenger-role',
    );
  });
});

describe('roles: VIA rounds (R14)', () => {
  it('lets only this round’s inbrenger act as inbrenger; the others act as groepslid', () => {
    const v = methodById('via');
    const s = at(v, 0, staffed(v, { extraInbrengers: 1 }));
    expect(effectiveRoles(v, s, 'p1')).toEqual(['inbrenger']);
    expect(effectiveRoles(v, s, 'p2')).toEqual(['groepslid']);
    const next = run(v, s, [{ type: 'newRound', confirmed: true }]).state;
    expect(effectiveRoles(v, next, 'p2')).toEqual(['inbrenger']);
    expect(effectiveRoles(v, next, 'p1')).toEqual(['groepslid']);
  });
});
