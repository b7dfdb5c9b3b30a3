import { describe, expect, it } from 'vitest';
import { allMethods } from '../../src/catalog/methods';
import {
  groupHeads,
  SECTION_IDS,
  SECTIONS,
  sectionOf,
  sectionRule,
} from '../../src/record/sections';

describe('report sections', () => {
  it.each(allMethods.map((m) => [m.id, m] as const))(
    'maps every region of %s to a section by name',
    (_, method) => {
      const table = SECTIONS[method.id] ?? {};
      for (const region of method.regions) {
        expect(Object.keys(table), region.id).toContain(region.id);
        expect(SECTION_IDS).toContain(sectionRule(method.id, region.id).section);
      }
      expect(Object.keys(table).sort()).toEqual(method.regions.map((r) => r.id).sort());
    },
  );

  it('names only columns a region has', () => {
    for (const method of allMethods)
      for (const region of method.regions) {
        const cols = Object.keys(sectionRule(method.id, region.id).columns ?? {}).map(Number);
        for (const c of cols) expect(c).toBeLessThanOrEqual(region.columns?.length ?? 0);
      }
  });

  it('sends an unknown region to the other list', () => {
    expect(sectionOf('eigen-methode', 'iets', null)).toBe('other');
  });

  it('splits a two-purpose region by column', () => {
    expect(sectionOf('via', 'leerpunten', 1)).toBe('insights');
    expect(sectionOf('via', 'leerpunten', 2)).toBe('actions');
  });

  it('R39: gives each column of the success flip-over its own section', () => {
    expect(sectionOf('successen', 'succesfactoren', 1)).toBe('own-part');
    expect(sectionOf('successen', 'succesfactoren', 2)).toBe('support');
    expect(sectionOf('successen', 'vondsten', null)).toBe('discoveries');
  });

  it('heads a group when a section has several, or one column of a region', () => {
    const col = { column: 2 };
    const none = { column: null };
    expect(groupHeads({ id: 'insights', groups: [none, none] })).toBe(true);
    expect(groupHeads({ id: 'agreements', groups: [col] })).toBe(true);
    expect(groupHeads({ id: 'support', groups: [col] })).toBe(false);
    expect(groupHeads({ id: 'advice', groups: [none] })).toBe(false);
  });
});
