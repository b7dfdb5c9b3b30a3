// De eerste intervisiebijeenkomst: agenda, kennismaking, doelen, afspraken, aanpak en verslag.
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
} from '../build';
import type { PhaseDraft } from '../build';
import { twelveMethods } from '../builtin';
import { feedbackSteps } from '../shared';

const G = ['gespreksleider'];
const ALL = ['groepslid', 'gespreksleider'];
const tick = { kind: 'mark-answered', region: 'agenda', by: 'gespreksleider' } as const;
const step = (d: PhaseDraft) => phase({ ...d, actions: [tick, ...(d.actions ?? [])] });

const topics = [
  t('Agenda', 'Agenda'),
  t('Kennismaking', 'Introductions'),
  t('Gemeenschappelijke doelen', 'Common goals'),
  t('Gunstige omstandigheden', 'Favourable conditions'),
  t('Belangen afstemmen', 'Aligning interests'),
  t('Afspraken', 'Agreements'),
  t('Aanpak en methodieken', 'Approach and methods'),
  t('Basisgesprekstechnieken', 'Basic conversation skills'),
  t('Evaluatie', 'Evaluation'),
  t('Eventueel een eerste casus', 'Optionally a first case'),
  t('Verslag', 'Report'),
];

export const eersteBijeenkomst = method({
  id: 'eerste-bijeenkomst',
  kind: 'meeting',
  name: t('Eerste intervisiebijeenkomst', 'First intervision meeting'),
  summary: t(
    'De start van een groep: samen de agenda, kennismaking, doelen en afspraken, de keuze van methodieken en hoe jullie evalueren, afgesloten met een verslag.',
    'A group’s start: agenda, introductions, goals and agreements together, choosing methods and how to evaluate, closed with a report.',
  ),
  fit: { experience: ['beginner', 'experienced'], focus: ['start'] },
  group: { min: 3, max: 12 },
  roles: [gespreksleider(1), groepslid(2), inbrenger(1, 0)],
  regions: [
    region({
      id: 'agenda',
      kind: 'cards',
      title: t('Agenda', 'Agenda'),
      cards: topics.map((title) => ({ title })),
      writable: false,
    }),
    region({
      id: 'kennismaking',
      kind: 'columns',
      title: t('Kennismaking', 'Introductions'),
      columns: [
        t('Waarom doe ik mee?', 'Why do I take part?'),
        t('Wat wil ik leren?', 'What do I want to learn?'),
        t('Wat heb ik te bieden?', 'What can I offer?'),
      ],
    }),
    region({ id: 'doelen', kind: 'flipover', title: t('Onze doelen', 'Our goals') }),
    region({
      id: 'omstandigheden',
      kind: 'postits',
      title: t('Gunstige omstandigheden', 'Favourable conditions'),
    }),
    region({ id: 'belangen', kind: 'flipover', title: t('Belangen', 'Interests') }),
    region({
      id: 'afspraken',
      kind: 'columns',
      title: t('Afspraken', 'Agreements'),
      columns: [
        t('Vertrouwen en veiligheid', 'Trust and safety'),
        t('Praktisch en organisatorisch', 'Practical and organisational'),
        t('Voorbereiding', 'Preparation'),
        t('Inbreng van werksituaties', 'Bringing in work situations'),
      ],
    }),
    region({
      id: 'aanpak',
      kind: 'cards',
      title: t('Methodieken', 'Methods'),
      cards: twelveMethods.map((m) => ({ title: m.name, body: m.summary })),
      writable: false,
    }),
    region({
      id: 'oefenen',
      kind: 'feedback',
      title: t('Oefenen: feedback in drie stappen', 'Practice: three-step feedback'),
      cards: feedbackSteps,
    }),
    region({
      id: 'evaluatie',
      kind: 'columns',
      title: t('Hoe evalueren we?', 'How do we evaluate?'),
      columns: [t('Wanneer', 'When'), t('Waarop', 'On what'), t('Hoe', 'How')],
    }),
    region({
      id: 'casus',
      kind: 'flipover',
      title: t('Een eerste, eenvoudige casus', 'A first, simple case'),
    }),
    region({
      id: 'verslag',
      kind: 'notes',
      title: t('Verslag: doel en afspraken', 'Report: goal and agreements'),
    }),
  ],
  phases: [
    step({
      id: 'agenda',
      title: t('Samen de agenda opstellen', 'Setting the agenda together'),
      instruction: t(
        'Loop de onderwerpen langs en vul aan. Vink af wat besproken is.',
        'Go through the topics and add to them. Tick off what has been discussed.',
      ),
      minutes: 10,
      speaks: ALL,
      regions: { agenda: locked },
    }),
    step({
      id: 'kennismaking',
      title: t('Kennismaking', 'Introductions'),
      instruction: t(
        'Ieder vult zijn eigen rij: waarom doe je mee, wat wil je leren, wat heb je te bieden?',
        'Everyone fills their own row: why do you take part, what do you want to learn, what can you offer?',
      ),
      minutes: 20,
      speaks: ALL,
      regions: { kennismaking: open(ALL, { ownSlot: true }) },
    }),
    step({
      id: 'doelen',
      title: t('Gemeenschappelijke doelen', 'Common goals'),
      instruction: t(
        'Welke doelen delen jullie als groep?',
        'Which goals do you share as a group?',
      ),
      minutes: 10,
      speaks: ALL,
      regions: { kennismaking: locked, doelen: open(ALL) },
    }),
    step({
      id: 'omstandigheden',
      title: t('Gunstige omstandigheden', 'Favourable conditions'),
      instruction: t(
        'Wat heb je nodig om vrij en goed te kunnen leren in deze groep?',
        'What do you need to learn freely and well in this group?',
      ),
      minutes: 5,
      speaks: ALL,
      regions: { doelen: locked, omstandigheden: open(ALL) },
    }),
    step({
      id: 'belangen',
      title: t('Belangen op één lijn', 'Aligning interests'),
      instruction: t(
        'Waar lopen belangen uiteen, en hoe brengen jullie ze samen?',
        'Where do interests differ, and how do you bring them together?',
      ),
      minutes: 10,
      speaks: ALL,
      regions: { omstandigheden: locked, belangen: open(ALL) },
    }),
    step({
      id: 'afspraken',
      title: t('Afspraken maken', 'Making agreements'),
      instruction: t(
        'Spreek af over vertrouwen en veiligheid, praktische zaken, voorbereiding en het inbrengen van werksituaties.',
        'Agree on trust and safety, practical matters, preparation and bringing in work situations.',
      ),
      minutes: 15,
      speaks: ALL,
      regions: { belangen: locked, afspraken: open(ALL) },
    }),
    step({
      id: 'aanpak',
      title: t('Aanpak en methodieken', 'Approach and methods'),
      instruction: t(
        'Bekijk de methodieken en stem: met welke willen jullie werken?',
        'Look at the methods and vote: which do you want to work with?',
      ),
      minutes: 10,
      speaks: ALL,
      regions: { afspraken: locked, aanpak: locked },
      actions: [{ kind: 'vote', region: 'aanpak', by: ALL, votes: 3 }],
    }),
    step({
      id: 'oefenen',
      title: t('Basisgesprekstechnieken oefenen', 'Practising conversation skills'),
      instruction: t(
        'Zo nodig: oefen feedback in drie stappen en samenvatten ("Dus je zegt …").',
        'If needed: practise three-step feedback and summarising ("So you are saying …").',
      ),
      minutes: 10,
      speaks: ALL,
      regions: { oefenen: open(ALL) },
    }),
    step({
      id: 'evaluatie',
      title: t('Hoe evalueren we?', 'How do we evaluate?'),
      instruction: t(
        'Spreek af wanneer en waarop jullie de intervisie evalueren.',
        'Agree when and on what you will evaluate the sessions.',
      ),
      minutes: 5,
      speaks: ALL,
      regions: { oefenen: locked, evaluatie: open(ALL) },
    }),
    step({
      id: 'eerste-casus',
      title: t('Eventueel een eerste casus', 'Optionally a first case'),
      instruction: t(
        'Wil je al een casus bespreken? Kies een eenvoudige en liefst recente situatie.',
        'Want to discuss a case already? Pick a simple, preferably recent situation.',
      ),
      minutes: 20,
      speaks: ['inbrenger', 'groepslid', 'gespreksleider'],
      regions: { evaluatie: locked, casus: open(['inbrenger']) },
    }),
    step({
      id: 'verslag',
      title: t('Verslag', 'Report'),
      instruction: t(
        'Leg doel en afspraken vast. Het verslag gaat vóór de volgende keer naar iedereen; die bijeenkomst begint ermee.',
        'Record goal and agreements. The report goes to everyone before next time; that meeting starts from it.',
      ),
      minutes: 5,
      speaks: G,
      regions: { casus: locked, verslag: open(G) },
      card: t(
        'Het verslag maakt de verslagmodule; de volgende bijeenkomst opent ermee.',
        'The record module makes the report; the next meeting opens with it.',
      ),
      rules: ['R41'],
    }),
  ],
});
