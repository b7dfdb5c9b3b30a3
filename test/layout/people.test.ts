import { describe, expect, it } from 'vitest';
import { formPairs, resolvePeople, viskomGroups } from '../../src/layout/people';
import { people } from './fixtures';

const six = resolvePeople(people(6));
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('resolvePeople', () => {
  it('gives a participant without a role the groepslid role', () => {
    expect(resolvePeople([{ id: 'x', name: 'X' }])[0]!.role).toBe('groepslid');
  });
});

describe('formPairs', () => {
  it('pairs in order and adds an odd one out to the last pair', () => {
    expect(formPairs(six.slice(0, 5)).map(ids)).toEqual([
      ['anna', 'bram'],
      ['chris', 'dewi', 'eva'],
    ]);
  });

  it('takes the given pairs first and pairs the rest', () => {
    expect(formPairs(six, [['anna', 'fatima']]).map(ids)).toEqual([
      ['anna', 'fatima'],
      ['bram', 'chris'],
      ['dewi', 'eva'],
    ]);
  });
});

describe('viskomGroups', () => {
  it('seats the given binnengroep inside and everyone else on the ring', () => {
    const g = viskomGroups(six, { binnen: ['bram', 'dewi'], buiten: ['anna'] });
    expect(ids(g.binnen)).toEqual(['bram', 'dewi']);
    expect(ids(g.buiten)).toEqual(['anna', 'chris', 'eva', 'fatima']);
  });

  it('splits in halves when nobody is placed', () => {
    const g = viskomGroups(six, undefined);
    expect([g.binnen.length, g.buiten.length]).toEqual([3, 3]);
  });
});
