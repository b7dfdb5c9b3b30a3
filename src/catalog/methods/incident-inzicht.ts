// Incidentmethode gericht op inzicht in eigen handelen (9 stappen).
import {
  gespreksleider,
  groepslid,
  inbrenger,
  locked,
  method,
  open,
  phase,
  region,
  revealed,
  t,
  upcoming,
} from '../build';

const M = ['groepslid'];
const I = ['inbrenger'];
const ALL = ['inbrenger', 'groepslid'];

export const incidentInzicht = method({
  id: 'incident-inzicht',
  name: t(
    'Incidentmethode: inzicht in eigen handelen',
    'Incident method: insight into own conduct',
  ),
  summary: t(
    'Ieder noemt een incident; de groep kiest er één en onderzoekt het met eerst stil opgeschreven vragen en percepties, tot nieuwe inzichten.',
    'Everyone names an incident; the group picks one and explores it with questions and perceptions written silently first, towards new insights.',
  ),
  fit: { experience: ['beginner', 'experienced'], focus: ['insight', 'case'] },
  group: { min: 3, max: 10 },
  roles: [inbrenger(), gespreksleider(0), groepslid(2)],
  regions: [
    region({
      id: 'incidenten',
      kind: 'postits',
      title: t('Ieders incident', 'Everyone’s incident'),
      slotsPerMember: 1,
      slotRoles: ALL,
    }),
    region({ id: 'incident', kind: 'flipover', title: t('Het incident', 'The incident') }),
    region({ id: 'vragen', kind: 'postits', title: t('Vragen', 'Questions') }),
    region({ id: 'percepties', kind: 'postits', title: t('Percepties', 'Perceptions') }),
    region({ id: 'inzichten', kind: 'flipover', title: t('Inzichten', 'Insights') }),
    region({
      id: 'meenemen-inbrenger',
      kind: 'notes',
      title: t('Wat ik meeneem (inbrenger)', 'What I take away (presenter)'),
    }),
    region({ id: 'meenemen', kind: 'postits', title: t('Wat wij meenemen', 'What we take away') }),
    region({
      id: 'proces',
      kind: 'postits',
      title: t('Wat hielp in ons gesprek', 'What helped our conversation'),
    }),
  ],
  phases: [
    phase({
      id: 'introductie',
      title: t('Introductie en keuze van een incident', 'Introducing and choosing an incident'),
      instruction: t(
        'Denk aan een moment waarop je niet wist hoe te reageren, of achteraf niet blij was met je reactie. Zet het kort op je post-it; kies samen één incident.',
        'Think of a moment you did not know how to react, or were unhappy with your reaction afterwards. Note it on your sticky; choose one incident together.',
      ),
      minutes: 15,
      speaks: ALL,
      regions: { incidenten: open(ALL, { ownSlot: true }) },
      actions: [{ kind: 'vote', region: 'incidenten', by: ALL, votes: 1, stage: 1 }],
      rules: ['R5'],
    }),
    phase({
      id: 'in-kaart',
      title: t('Het incident in kaart brengen', 'Mapping the incident'),
      instruction: t(
        'De inbrenger vertelt wat er gebeurde en wat hij voelde. Nog geen ideeën of oplossingen, en niet wat er daarna gebeurde.',
        'The presenter tells what happened and what they felt. No ideas or solutions yet, and not what happened afterwards.',
      ),
      minutes: 10,
      speaks: I,
      regions: { incidenten: locked, incident: open(I), vragen: upcoming, inzichten: upcoming },
      card: t('Nog geen ideeën of oplossingen.', 'No ideas or solutions yet.'),
      rules: ['R6'],
    }),
    phase({
      id: 'vragen-noteren',
      title: t('Vragen om informatie noteren', 'Writing down questions'),
      instruction: t(
        'Schrijf voor jezelf vragen op die het incident en de context verhelderen: wie, wat, waar, hoe. Nog niet hardop vragen.',
        'Write down for yourself questions that clarify the incident and its context: who, what, where, how. Do not ask aloud yet.',
      ),
      minutes: 5,
      speaks: [],
      regions: { incident: locked, vragen: open(M, { private: true }) },
      rules: ['R7'],
    }),
    phase({
      id: 'informatieronde',
      title: t('Informatieronde', 'Information round'),
      instruction: t(
        'Stel je vragen aan de inbrenger; daarna kunnen nog enkele aanvullende vragen.',
        'Ask the presenter your questions; a few extra questions may follow.',
      ),
      minutes: 15,
      speaks: ALL,
      regions: { vragen: revealed },
      actions: [{ kind: 'reveal', region: 'vragen', names: 'ask' }],
      rules: ['R7'],
    }),
    phase({
      id: 'percepties',
      title: t('Percepties van het vraagstuk', 'Perceptions of the issue'),
      instruction: t(
        'Schrijf voor jezelf jouw beeld van het probleem op. Als iedereen klaar is, komen ze samen op de flip-over.',
        'Write down for yourself your picture of the problem. When all are done, they go on the flip-over together.',
      ),
      minutes: 10,
      speaks: [],
      regions: { vragen: locked, percepties: open(M, { private: true }) },
      actions: [{ kind: 'reveal', region: 'percepties', names: 'ask' }],
      rules: ['R8'],
    }),
    phase({
      id: 'verschillen',
      title: t('Verschillen in percepties onderzoeken', 'Exploring the differences'),
      instruction: t(
        'De inbrenger reageert op de percepties, de groep bespreekt ze, en de inbrenger kiest er één om mee verder te gaan.',
        'The presenter responds to the perceptions, the group discusses them, and the presenter picks one to go on with.',
      ),
      minutes: 10,
      speaks: ALL,
      regions: { percepties: locked },
      actions: [{ kind: 'choose-one', region: 'percepties', by: 'inbrenger' }],
      rules: ['R9'],
    }),
    phase({
      id: 'inzichten',
      title: t('Inzichten expliciteren', 'Making insights explicit'),
      instruction: t(
        'Spreek je inzichten uit en help elkaar ze zo concreet mogelijk te zeggen. Vat ze kort samen op de flip-over.',
        'Say your insights and help each other put them as concretely as possible. Sum them up briefly on the flip-over.',
      ),
      minutes: 15,
      speaks: ALL,
      regions: { inzichten: open(ALL) },
    }),
    phase({
      id: 'meenemen',
      title: t('Wat neem je inhoudelijk mee', 'What you take away'),
      instruction: t(
        'De inbrenger noemt eerst zijn belangrijkste inzichten; daarna volgen de groepsleden.',
        'The presenter first names their main insights; then the members follow.',
      ),
      minutes: 10,
      speaks: ALL,
      regions: {
        inzichten: locked,
        'meenemen-inbrenger': open(I),
        meenemen: open(M, { stage: 1 }),
      },
      rules: ['R10'],
    }),
    phase({
      id: 'processen',
      title: t('Welke processen hielpen', 'Which processes helped'),
      instruction: t(
        'Kijk naar je eigen gedrag en dat van de groep: welke manier van praten werkte goed?',
        'Look at your own behaviour and the group’s: which way of talking worked well?',
      ),
      minutes: 10,
      speaks: ALL,
      regions: { proces: open(ALL) },
    }),
  ],
});
