import { describe, expect, it } from 'vitest';
import { canRate, canWrite } from '../../src/session/permissions';
import type { SessionState } from '../../src/session/state';
import { at, methodById, run, staffed } from './fixtures';

const who = (s: SessionState, role: string) =>
  s.participants.find((p) => s.roles[p.id]?.includes(role))!.id;

describe('canWrite', () => {
  const m = methodById('incident-casus');

  it('lets only the inbrenger write while telling the case (R1)', () => {
    const s = at(m, 0);
    expect(canWrite(m, s, who(s, 'inbrenger'), 'casus')).toBe(true);
    expect(canWrite(m, s, who(s, 'groepslid'), 'casus')).toBe(false);
    expect(canWrite(m, s, who(s, 'inbrenger'), 'vragen')).toBe(false);
  });

  it('lets each member write only in their own analysis column (R3)', () => {
    const s = at(m, 3);
    const [a, b] = s.participants
      .filter((p) => s.roles[p.id]?.includes('groepslid'))
      .map((p) => p.id);
    expect(canWrite(m, s, a!, 'analyses', a)).toBe(true);
    expect(canWrite(m, s, a!, 'analyses', b)).toBe(false);
    expect(canWrite(m, s, a!, 'analyses')).toBe(false);
  });

  it('opens the problem statement to the inbrenger only at the second stage (R4)', () => {
    const s = at(m, 3);
    expect(canWrite(m, s, who(s, 'inbrenger'), 'probleemstelling')).toBe(false);
    const later = run(m, s, [{ type: 'next' }]).state;
    expect(canWrite(m, later, who(s, 'inbrenger'), 'probleemstelling')).toBe(true);
  });

  it('keeps the inbrenger out of the gossip and gives them the notes (R29)', () => {
    const r = methodById('roddel');
    const s = at(r, 2);
    expect(canWrite(r, s, who(s, 'inbrenger'), 'roddel')).toBe(false);
    expect(canWrite(r, s, who(s, 'inbrenger'), 'notities')).toBe(true);
    expect(canWrite(r, s, who(s, 'groepslid'), 'notities')).toBe(false);
  });

  it('allows private writing in a private region: it goes to the private box (R7)', () => {
    const i = methodById('incident-inzicht');
    const s = at(i, 2);
    expect(canWrite(i, s, who(s, 'groepslid'), 'vragen')).toBe(true);
    expect(canWrite(i, s, who(s, 'inbrenger'), 'vragen')).toBe(false);
  });

  it('allows nothing before start or after end', () => {
    expect(canWrite(m, staffed(m), 'p1', 'casus')).toBe(false);
    const ended = run(m, at(m, 0), [{ type: 'end' }]).state;
    expect(canWrite(m, ended, who(ended, 'inbrenger'), 'casus')).toBe(false);
  });
});

describe('canRate', () => {
  it('lets only the inbrenger rate the questions in step 3 (R17)', () => {
    const m = methodById('tien-stappen');
    const s = at(m, 2);
    expect(canRate(m, s, who(s, 'inbrenger'), 'vragen')).toBe(true);
    expect(canRate(m, s, who(s, 'groepslid'), 'vragen')).toBe(false);
    expect(canRate(m, at(m, 1), who(s, 'inbrenger'), 'vragen')).toBe(false);
  });
});
