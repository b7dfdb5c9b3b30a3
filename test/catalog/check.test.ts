import { describe, expect, it } from 'vitest';
import { checkMethod, parseMethod } from '../../src/catalog/check';
import { Method } from '../../src/catalog/schema';
import { rawMethod } from './fixture';

const codes = (raw: unknown) =>
  checkMethod(Method.parse(raw)).map((p) => `${p.code} ${p.path.join('.')}`);

describe('checkMethod', () => {
  it('finds nothing in a sound method', () => {
    expect(codes(rawMethod())).toEqual([]);
  });

  it('finds unknown regions and roles in phases, actions, slots and speakers', () => {
    const raw = rawMethod();
    raw.phases[0].regions.bord = { state: 'locked' };
    raw.phases[0].speaks = ['voorzitter'];
    raw.phases[1].regions.vragen.roles = ['groepslid', 'gast'];
    raw.phases[2].actions.push({
      kind: 'rate',
      region: 'nergens',
      by: 'baas',
      scale: 'warm-lauw-koud',
    });
    raw.regions[1].slotRoles = ['lid'];
    expect(codes(raw)).toEqual([
      'unknown-role regions.1.slotRoles.0',
      'unknown-role phases.0.speaks.0',
      'unknown-region phases.0.regions.bord',
      'unknown-role phases.1.regions.vragen.roles.1',
      'unknown-region phases.2.actions.1.region',
      'unknown-role phases.2.actions.1.by',
    ]);
  });

  it('finds duplicate ids, a bad group range and too many required roles', () => {
    const raw = rawMethod();
    raw.phases[3].id = 'vragen';
    raw.regions[3].id = 'casus';
    raw.group = { min: 5, max: 2 };
    expect(codes(raw)).toContain('duplicate-id phases.3.id');
    expect(codes(raw)).toContain('duplicate-id regions.3.id');
    expect(codes(raw)).toContain('group-range group.min');
    expect(codes(raw)).toContain('roles-too-many roles');
  });

  it('finds rounds with unknown or reversed phases', () => {
    const raw = rawMethod();
    raw.rounds = { per: 'inbrenger', from: 'delen', to: 'vragen' };
    expect(codes(raw)).toEqual(['rounds-order rounds']);
    raw.rounds = { per: 'duo', from: 'x', to: 'slot' };
    expect(codes(raw)).toEqual(['unknown-role rounds.per', 'unknown-phase rounds.from']);
  });

  it('finds hidden regions never revealed, writable regions never open, private never revealed', () => {
    const raw = rawMethod();
    raw.phases[2].regions = {};
    raw.phases[2].actions = [];
    expect(codes(raw)).toEqual([
      'writable-never-open regions.3',
      'hidden-never-revealed phases.0.regions.tips',
      'private-never-revealed phases.1.regions.ideeen.private',
    ]);
  });

  it('finds columns and cards regions without their content', () => {
    const raw = rawMethod();
    raw.regions[2].kind = 'columns';
    raw.regions[3].kind = 'cards';
    expect(codes(raw)).toEqual([
      'columns-missing regions.2.columns',
      'cards-missing regions.3.cards',
    ]);
  });
});

describe('parseMethod', () => {
  it('returns the method with defaults filled', () => {
    const r = parseMethod(rawMethod());
    expect(r.ok && r.method.regions[0]?.writable).toBe(true);
  });

  it('returns the cross-check problems as custom issues', () => {
    const raw = rawMethod();
    raw.phases[0].speaks = ['gast'];
    const r = parseMethod(raw);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.message, i.path.join('.')])).toEqual([
      ['custom', 'unknown-role', 'phases.0.speaks.0'],
    ]);
  });
});
