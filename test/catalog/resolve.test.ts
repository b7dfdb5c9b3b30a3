import { describe, expect, it } from 'vitest';
import { regionStatesAt, stagesOf, openRegionsFor } from '../../src/catalog/resolve';
import { Method } from '../../src/catalog/schema';
import { fixtureMethod, rawMethod } from './fixture';

const states = (phase: number, stage = 0) =>
  Object.fromEntries(
    Object.entries(regionStatesAt(fixtureMethod(), phase, stage)).map(([k, v]) => [k, v.state]),
  );

describe('regionStatesAt', () => {
  it('resolves never-used regions to upcoming and named ones to their state', () => {
    expect(states(0)).toEqual({
      casus: 'open',
      vragen: 'upcoming',
      ideeen: 'upcoming',
      tips: 'hidden',
    });
  });

  it('keeps a hidden region hidden and locks a region that was open', () => {
    expect(states(1)).toMatchObject({ casus: 'locked', tips: 'hidden', vragen: 'open' });
  });

  it('shows an open region of a later stage as upcoming until that stage', () => {
    expect(states(1, 0).ideeen).toBe('upcoming');
    expect(states(1, 1).ideeen).toBe('open');
  });

  it('reveals an unnamed private region in the phase with its reveal action', () => {
    expect(states(2)).toMatchObject({ ideeen: 'revealed', tips: 'open', vragen: 'locked' });
  });

  it('locks a private region after its reveal and everything that was used', () => {
    expect(states(3)).toEqual({
      casus: 'locked',
      vragen: 'locked',
      ideeen: 'locked',
      tips: 'locked',
    });
  });

  it('keeps a private region hidden after its phase until it is revealed', () => {
    const raw = rawMethod();
    raw.phases[2].actions = [];
    raw.phases[3].actions = [{ kind: 'reveal', region: 'ideeen' }];
    const m = Method.parse(raw);
    expect(regionStatesAt(m, 2).ideeen?.state).toBe('hidden');
    expect(regionStatesAt(m, 3).ideeen?.state).toBe('revealed');
  });

  it('lists the regions open to a role', () => {
    expect(openRegionsFor(fixtureMethod(), 1, 1, 'groepslid')).toEqual(['vragen', 'ideeen']);
    expect(openRegionsFor(fixtureMethod(), 1, 1, 'inbrenger')).toEqual([]);
  });

  it('throws for a phase out of range', () => {
    expect(() => regionStatesAt(fixtureMethod(), 9)).toThrow(RangeError);
  });
});

describe('stagesOf', () => {
  it('counts one stage more than the highest stage', () => {
    const m = fixtureMethod();
    expect(m.phases.map(stagesOf)).toEqual([1, 2, 1, 1]);
  });
});
