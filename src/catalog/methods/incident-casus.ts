// Incidentmethode gericht op het oplossen van een case (7 stappen).
import {
  gespreksleider,
  groepslid,
  inbrenger,
  locked,
  method,
  open,
  phase,
  region,
  t,
  MEMBERS,
  PRESENTER,
} from '../build';
import { incidentChecks } from '../shared';

export const incidentCasus = method({
  id: 'incident-casus',
  name: t('Incidentmethode: een case oplossen', 'Incident method: solving a case'),
  summary: t(
    'De groep verkent een ingebrachte ervaring met open vragen en eigen analyses, en helpt de inbrenger naar een concreet plan.',
    'The group explores a case with open questions and their own analyses, and helps the presenter to a concrete plan.',
  ),
  fit: { experience: ['beginner', 'experienced'], focus: ['case'] },
  group: { min: 3, max: 10 },
  roles: [inbrenger(), gespreksleider(0), groepslid(2)],
  regions: [
    region({ id: 'casus', kind: 'flipover', title: t('De ervaring', 'The experience') }),
    region({
      id: 'vragen',
      kind: 'columns',
      title: t('Open vragen', 'Open questions'),
      columns: [
        t('Context', 'Context'),
        t('Overtuigingen, normen en waarden', 'Beliefs, norms and values'),
        t('Gevoelens', 'Feelings'),
        t('Houding', 'Attitude'),
      ],
    }),
    region({
      id: 'analyses',
      kind: 'postits',
      title: t('Analyses: alsof ik de inbrenger ben', 'Analyses: as if I were the presenter'),
      slotsPerMember: 1,
      slotRoles: MEMBERS,
    }),
    region({
      id: 'probleemstelling',
      kind: 'flipover',
      title: t('Probleemstelling', 'Problem statement'),
    }),
    region({
      id: 'tips',
      kind: 'postits',
      title: t('Oplossingsrichtingen', 'Solution directions'),
    }),
    region({
      id: 'check',
      kind: 'cards',
      title: t('Checkvragen', 'Check questions'),
      cards: incidentChecks,
      writable: false,
    }),
    region({ id: 'actieplan', kind: 'flipover', title: t('Afspraken', 'Agreements') }),
  ],
  phases: [
    phase({
      id: 'vertellen',
      title: t('De inbrenger vertelt', 'The presenter tells'),
      instruction: t(
        'Vertel zonder onderbreking over je ervaring, waarom je ze inbrengt en wat je van de groep verwacht. De anderen luisteren.',
        'Tell about your experience without interruption, why you bring it in and what you expect from the group. The others listen.',
      ),
      minutes: 10,
      speaks: PRESENTER,
      regions: { casus: open(PRESENTER) },
      rules: ['R1'],
    }),
    phase({
      id: 'verkenning',
      title: t('Verkenning', 'Exploration'),
      instruction: t(
        'Stel open vragen om probleem en context helder te krijgen: over context, overtuigingen en waarden, gevoelens en houding.',
        'Ask open questions to clarify the problem and its context: about context, beliefs and values, feelings and attitude.',
      ),
      minutes: 15,
      speaks: ['groepslid', 'inbrenger'],
      regions: { casus: locked, vragen: open(MEMBERS) },
    }),
    phase({
      id: 'reflectie',
      title: t('Reflectie en waarneming', 'Reflection and observation'),
      instruction: t(
        'De inbrenger kiest welke vragen hij beantwoordt en markeert ze. Is een antwoord niet helder, vraag dan door.',
        'The presenter chooses which questions to answer and marks them. If an answer is unclear, ask further.',
      ),
      minutes: 15,
      speaks: ['inbrenger', 'groepslid'],
      regions: { vragen: locked },
      actions: [{ kind: 'mark-answered', region: 'vragen', by: 'inbrenger' }],
      rules: ['R2'],
    }),
    phase({
      id: 'analyse',
      title: t('Analyse', 'Analysis'),
      instruction: t(
        'Ieder schrijft in eigen woorden zijn analyse, alsof hij zelf de inbrenger is. Daarna reageert de inbrenger en schrijft een werkbare probleemstelling.',
        'Everyone writes their analysis in their own words, as if they were the presenter. Then the presenter responds and writes a workable problem statement.',
      ),
      minutes: 20,
      speaks: ['groepslid', 'inbrenger'],
      regions: {
        analyses: open(MEMBERS, { ownSlot: true }),
        probleemstelling: open(PRESENTER, { stage: 1 }),
      },
      rules: ['R3', 'R4'],
    }),
    phase({
      id: 'oplossingsrichtingen',
      title: t('Oplossingsrichtingen', 'Solution directions'),
      instruction: t(
        'Geef de inbrenger tips om zijn doel te bereiken, één per post-it.',
        'Give the presenter tips for reaching the goal, one per sticky note.',
      ),
      minutes: 10,
      speaks: MEMBERS,
      regions: { analyses: locked, probleemstelling: locked, tips: open(MEMBERS) },
    }),
    phase({
      id: 'keuze',
      title: t('Keuze voor oplossingsrichtingen', 'Choosing solution directions'),
      instruction: t(
        'Loop de checkvragen langs. De inbrenger kiest de richtingen waarmee hij verder wil.',
        'Go through the check questions. The presenter picks the directions to go on with.',
      ),
      minutes: 10,
      speaks: ['inbrenger', 'groepslid'],
      regions: { tips: locked, check: locked },
      actions: [{ kind: 'vote', region: 'tips', by: PRESENTER, votes: 3 }],
    }),
    phase({
      id: 'afspraken',
      title: t('Afspraken maken en afronden', 'Agreements and closing'),
      instruction: t(
        'De inbrenger zegt concreet hoe hij zijn doel aanpakt of welke eerste stap hij zet. Volgende keer koppelt hij terug.',
        'The presenter says concretely how to pursue the goal or which first step to take, and reports back next time.',
      ),
      minutes: 10,
      speaks: ['inbrenger'],
      regions: { actieplan: open(PRESENTER) },
    }),
  ],
});
