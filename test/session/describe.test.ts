import { describe, expect, it } from 'vitest';
import { describePhase, participantView } from '../../src/session/describe';
import { at, methodById, run } from './fixtures';

describe('describePhase', () => {
  const m = methodById('tien-stappen');

  it('shows the rating step: the inbrenger rates, the questions are guarded (R17)', () => {
    const s = at(m, 2);
    const v = describePhase(m, s, 'nl');
    expect(v.title).toBe(m.phases[2]!.title.nl);
    expect(v.phaseIndex).toBe(2);
    expect(v.phaseCount).toBe(10);
    expect(v.actions).toEqual([{ kind: 'rate', region: 'vragen', by: ['Ann'] }]);
    expect(v.open).toEqual([]);
    expect(v.guarded.find((g) => g.region === 'vragen')).toMatchObject({ state: 'locked' });
    expect(v.rules).toContain('R17');
  });

  it('names who writes where, in the questions step (R16)', () => {
    const v = describePhase(m, at(m, 1), 'en');
    expect(v.open).toEqual([
      {
        region: 'vragen',
        title: m.regions.find((r) => r.id === 'vragen')!.title.en,
        roles: ['Member'],
        people: ['Cas', 'Dirk'],
        private: false,
        ownSlot: true,
      },
    ]);
    expect(v.speaks.people).toEqual(expect.arrayContaining(['Cas', 'Dirk']));
  });

  it('warns that step 10 waits for consent until it is given (R22)', () => {
    const s = at(m, 8);
    expect(describePhase(m, s, 'nl').consentNeededForNext).toBe(true);
    expect(
      describePhase(m, run(m, s, [{ type: 'consent' }]).state, 'nl').consentNeededForNext,
    ).toBe(false);
  });

  it('names who gave the consent and on whose behalf (R22)', () => {
    const s = at(m, 8);
    const chair = s.participants.find((p) => p.id === s.facilitatorId)!.name;
    expect(describePhase(m, s, 'nl').consent).toBeNull();
    const given = run(m, s, [{ type: 'consent', by: s.facilitatorId }]).state;
    expect(describePhase(m, given, 'nl').consent).toEqual({ phaseIndex: 9, by: chair, for: 'Ann' });
    const own = run(m, s, [{ type: 'consent', by: 'p1' }]).state;
    expect(describePhase(m, own, 'nl').consent).toEqual({ phaseIndex: 9, by: 'Ann', for: 'Ann' });
  });

  it('lists a pending reveal until it happens (R8)', () => {
    const i = methodById('incident-inzicht');
    const s = at(i, 4);
    expect(describePhase(i, s, 'nl').revealPending).toEqual(['percepties']);
    const done = run(i, s, [{ type: 'reveal', region: 'percepties', names: 'with' }]).state;
    expect(describePhase(i, done, 'nl').revealPending).toEqual([]);
  });

  it('shows the round and its inbrenger for VIA (R14)', () => {
    const v = methodById('via');
    expect(describePhase(v, at(v, 0), 'nl').round).toEqual({
      index: 0,
      count: 1,
      inbrenger: 'Ann',
    });
  });
});

describe('participantView', () => {
  const i = methodById('incident-inzicht');

  it('asks the inbrenger, and only the inbrenger, for consent to step 10 until given (R22)', () => {
    const m = methodById('tien-stappen');
    const s = at(m, 8);
    expect(participantView(m, s, 'p1', 'nl').consentAsk).toEqual({ phaseIndex: 9, step: 10 });
    const member = s.participants.find((p) => s.roles[p.id]?.includes('groepslid'))!.id;
    expect(participantView(m, s, member, 'nl').consentAsk).toBeNull();
    const given = run(m, s, [{ type: 'consent', by: 'p1' }]).state;
    expect(participantView(m, given, 'p1', 'nl').consentAsk).toBeNull();
  });

  it('gives a member a private notes box while questions are written (R7)', () => {
    const s = at(i, 2);
    const member = participantView(i, s, 'p2', 'nl');
    expect(member.privateBox).toBe(true);
    expect(member.myRoles).toEqual(['Groepslid']);
    expect(member.mayWrite.map((w) => w.region)).toEqual(['vragen']);
    expect(participantView(i, s, 'p1', 'nl').privateBox).toBe(false);
  });

  it('tells the inbrenger they may rate the questions, and members that they may not (R17)', () => {
    const m = methodById('tien-stappen');
    const s = at(m, 2);
    expect(participantView(m, s, 'p1', 'nl').mayRate).toEqual(['vragen']);
    expect(participantView(m, s, 'p3', 'nl').mayRate).toEqual([]);
    expect(participantView(m, s, 'p1', 'nl').speaking).toBe(true);
  });
});
