// A small sound method as raw JSON-like data, for tests that break one thing at a time.
import { Method } from '../../src/catalog/schema';

const t = (s: string) => ({ nl: s, en: s });

/** Returns a fresh, valid raw method object (input shape); tests mutate their copy. */
export function rawMethod(): Record<string, any> {
  return {
    id: 'proef',
    name: t('Proef'),
    summary: t('Een proefmethode'),
    credit: 'test',
    fit: { experience: ['beginner'], focus: ['case'] },
    group: { min: 3, max: 8 },
    roles: [
      { id: 'inbrenger', name: t('Inbrenger'), description: t('Brengt in'), min: 1, max: 1 },
      { id: 'groepslid', name: t('Groepslid'), description: t('Denkt mee'), min: 2, max: null },
    ],
    regions: [
      { id: 'casus', kind: 'flipover', title: t('Casus') },
      {
        id: 'vragen',
        kind: 'postits',
        title: t('Vragen'),
        slotsPerMember: 3,
        slotRoles: ['groepslid'],
      },
      { id: 'ideeen', kind: 'postits', title: t('Ideeën') },
      { id: 'tips', kind: 'postits', title: t('Tips') },
    ],
    phases: [
      {
        id: 'vertellen',
        title: t('Vertellen'),
        instruction: t('Vertel'),
        minutes: 5,
        speaks: ['inbrenger'],
        regions: {
          casus: { state: 'open', roles: ['inbrenger'] },
          tips: { state: 'hidden' },
        },
      },
      {
        id: 'vragen',
        title: t('Vragen'),
        instruction: t('Vraag'),
        minutes: 5,
        speaks: ['groepslid'],
        regions: {
          vragen: { state: 'open', roles: ['groepslid'], ownSlot: true },
          ideeen: { state: 'open', roles: ['groepslid'], private: true, stage: 1 },
        },
      },
      {
        id: 'delen',
        title: t('Delen'),
        instruction: t('Deel'),
        minutes: 5,
        speaks: ['groepslid'],
        regions: { tips: { state: 'open', roles: ['groepslid'] } },
        actions: [{ kind: 'reveal', region: 'ideeen' }],
      },
      {
        id: 'slot',
        title: t('Slot'),
        instruction: t('Sluit af'),
        minutes: 5,
        speaks: ['inbrenger'],
      },
    ],
  };
}

/** Returns the fixture parsed by the schema (defaults filled). */
export function fixtureMethod(): Method {
  return Method.parse(rawMethod());
}
