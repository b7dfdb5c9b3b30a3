// Viskommethode: op afstand reflecteren (7 stappen).
import { gespreksleider, locked, method, open, phase, region, t } from '../build';
import { observationPoints, problemChecklist } from '../shared';
import type { Role } from '../schema';

const IN = ['binnengroep'];
const OUT = ['buitengroep'];
const ALL = ['binnengroep', 'buitengroep'];

const side = (id: string, nl: string, en: string, dnl: string, den: string): Role => ({
  id,
  name: t(nl, en),
  description: t(dnl, den),
  min: 2,
  max: null,
});

export const viskom = method({
  id: 'viskom',
  name: t('Viskommethode', 'Fishbowl method'),
  summary: t(
    'Een binnengroep bespreekt het probleem, een buitengroep kijkt van buitenaf mee en spiegelt; samen komen ze tot een scherpere probleemstelling en advies.',
    'An inner group discusses the problem while an outer group watches and mirrors; together they reach a sharper problem statement and advice.',
  ),
  fit: { experience: ['experienced'], focus: ['case', 'blind-spot'] },
  group: { min: 6, max: 16 },
  roles: [
    side(
      'binnengroep',
      'Binnengroep',
      'Inner group',
      'De vissen: bespreken het probleem.',
      'The fish: discuss the problem.',
    ),
    side(
      'buitengroep',
      'Buitengroep',
      'Outer group',
      'De kom: kijken, luisteren en spiegelen.',
      'The bowl: watch, listen and mirror.',
    ),
    gespreksleider(0),
  ],
  regions: [
    region({
      id: 'probleemstelling',
      kind: 'flipover',
      title: t('Probleemstelling', 'Problem statement'),
    }),
    region({ id: 'kom', kind: 'viskom', title: t('De viskom', 'The fishbowl') }),
    region({
      id: 'observaties',
      kind: 'columns',
      title: t('Wat de buitengroep ziet', 'What the outer group sees'),
      columns: observationPoints,
    }),
    region({
      id: 'checklist',
      kind: 'cards',
      title: t('Bij het herformuleren', 'When reformulating'),
      cards: problemChecklist,
      writable: false,
    }),
    region({
      id: 'herformulering-buiten',
      kind: 'postits',
      title: t('Herformulering buitengroep', 'Outer group’s reformulations'),
      slotsPerMember: 1,
      slotRoles: OUT,
    }),
    region({
      id: 'herformulering-binnen',
      kind: 'flipover',
      title: t('Herformulering binnengroep', 'Inner group’s reformulation'),
    }),
    region({
      id: 'suggesties',
      kind: 'postits',
      title: t('Suggesties voor verdieping', 'Suggestions to go deeper'),
    }),
    region({ id: 'adviezen', kind: 'postits', title: t('Adviezen', 'Advice') }),
    region({ id: 'geleerd', kind: 'postits', title: t('Wat ik leerde', 'What I learned') }),
  ],
  phases: [
    phase({
      id: 'voorbereiding',
      title: t('Voorbereiding', 'Preparation'),
      instruction: t(
        'Zet samen de probleemstelling of het dilemma op de flip-over. Verdeel de groep in binnengroep en buitengroep en neem je plaats in de kom.',
        'Put the problem or dilemma on the flip-over together. Split into inner and outer group and take your seat in the bowl.',
      ),
      minutes: 10,
      speaks: ALL,
      regions: { probleemstelling: open(ALL), kom: open(ALL, { ownSlot: true }) },
      rules: ['R23'],
    }),
    phase({
      id: 'analyse',
      title: t('Analysefase', 'Analysis'),
      instruction: t(
        'De binnengroep bespreekt het probleem: visie, beleving, mening, geen oplossingen. De buitengroep luistert en noteert bij de drie kijkpunten.',
        'The inner group discusses the problem: views, experience, opinions, no solutions. The outer group listens and notes under the three points.',
      ),
      minutes: 15,
      speaks: IN,
      regions: { probleemstelling: locked, kom: locked, observaties: open(OUT) },
      card: t('Binnengroep: nog geen oplossingen.', 'Inner group: no solutions yet.'),
      rules: ['R24'],
    }),
    phase({
      id: 'bewustwording',
      title: t('Bewustwordingsfase', 'Awareness'),
      instruction: t(
        'De buitengroep vertelt wat ze zag, hoorde en ervoer. Alleen de buitengroep praat; de binnengroep luistert.',
        'The outer group tells what it saw, heard and sensed. Only the outer group speaks; the inner group listens.',
      ),
      minutes: 10,
      speaks: OUT,
      regions: { observaties: open(OUT) },
      rules: ['R25'],
    }),
    phase({
      id: 'herformulering',
      title: t('Herformulering', 'Reformulation'),
      instruction: t(
        'Eerst herformuleert elk lid van de buitengroep de probleemstelling, daarna doet de binnengroep het met die input. Gebruik de checklist.',
        'First each outer group member reformulates the problem, then the inner group does, using that input. Use the checklist.',
      ),
      minutes: 10,
      speaks: ALL,
      regions: {
        observaties: locked,
        checklist: locked,
        'herformulering-buiten': open(OUT, { ownSlot: true }),
        'herformulering-binnen': open(IN, { stage: 1 }),
      },
      rules: ['R26'],
    }),
    phase({
      id: 'verdieping',
      title: t('Verdieping', 'Deepening'),
      instruction: t(
        'De buitengroep geeft suggesties om dieper te gaan; de binnengroep praat opnieuw over de nieuwe probleemstelling.',
        'The outer group suggests how to go deeper; the inner group talks again about the new problem statement.',
      ),
      minutes: 15,
      speaks: ALL,
      regions: {
        'herformulering-buiten': locked,
        'herformulering-binnen': locked,
        suggesties: open(OUT),
      },
    }),
    phase({
      id: 'oplossing',
      title: t('Oplossing', 'Solution'),
      instruction: t(
        'Elk lid van de buitengroep geeft advies; de binnengroep luistert alleen. Daarna zegt elk lid van de binnengroep welk advies aanspreekt en hoe hij het toepast.',
        'Each outer group member gives advice; the inner group only listens. Then each inner group member says which advice appeals and how to apply it.',
      ),
      minutes: 10,
      speaks: ALL,
      regions: { suggesties: locked, adviezen: open(OUT) },
      actions: [{ kind: 'vote', region: 'adviezen', by: IN, votes: 3, stage: 1 }],
      rules: ['R27'],
    }),
    phase({
      id: 'afsluiting',
      title: t('Afsluiting', 'Closing'),
      instruction: t(
        'Ieder zegt in twee zinnen wat hij van deze intervisie leerde.',
        'Everyone says in two sentences what they learned from this session.',
      ),
      minutes: 5,
      speaks: ALL,
      regions: { adviezen: locked, geleerd: open(ALL) },
    }),
  ],
});
