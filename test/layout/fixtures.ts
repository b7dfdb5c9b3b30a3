// Participants and edge-case methods for the layout tests; the real methods come from the catalog.
import { allMethods } from '../../src/catalog/methods';
import { Method } from '../../src/catalog/schema';
import type { LayoutOptions, Participant } from '../../src/layout/blueprint';

export { allMethods };

export function methodById(id: string): Method {
  const m = allMethods.find((x) => x.id === id);
  if (!m) throw new Error(`no method ${id}`);
  return m;
}

const NAMES =
  'Anna Bram Chris Dewi Eva Fatima Gijs Hanna Ivo Jet Kees Lotte Mo Noor Olaf Pien'.split(' ');

/** n participants: the first is the inbrenger, the second the gespreksleider, the rest members. */
export function people(n: number): Participant[] {
  return NAMES.slice(0, n).map((name, i) => ({
    id: name.toLowerCase(),
    name,
    role: i === 0 ? 'inbrenger' : i === 1 ? 'gespreksleider' : 'groepslid',
  }));
}

export const options: LayoutOptions = { date: '2025-03-12', lang: 'nl', sessionId: 'ses-1' };

const long = (c: string) => c.repeat(40).replace(/^./, 'x');
const text = { nl: 'Tekst', en: 'Text' };

/** A method whose ids are as long as the schema allows, to bound keys and metadata. */
export const longIds = Method.parse({
  id: long('m'),
  name: text,
  summary: text,
  credit: 'Cameleon',
  fit: { experience: ['beginner'], focus: ['case'] },
  group: { min: 2, max: 16 },
  roles: [{ id: long('r'), name: text, description: text, min: 1, max: null }],
  regions: [
    { id: long('a'), kind: 'postits', title: text, slotsPerMember: 5, slotRoles: [long('r')] },
    {
      id: long('b'),
      kind: 'columns',
      title: text,
      columns: [text, text, text, text],
      slotRoles: [long('r')],
    },
    { id: long('c'), kind: 'pairs', title: text },
    { id: long('d'), kind: 'viskom', title: text },
  ],
  phases: [{ id: long('p'), title: text, instruction: text, minutes: 5, speaks: [long('r')] }],
});

/** 16 participants with long ids (hashed in keys) in the long method's role. */
export function longPeople(): Participant[] {
  return Array.from({ length: 16 }, (_, i) => ({
    id: `user-${'9'.repeat(30)}-${i}`,
    name: `Deelnemer met een heel lange naam nummer ${i}`,
    role: long('r'),
  }));
}
