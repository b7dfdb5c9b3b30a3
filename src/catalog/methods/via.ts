// Intervisie met VIA, Video Interactie Analyse (5 stappen, stap 1–4 per inbrenger).
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
import { feedbackSteps, feedbackSummary } from '../shared';

const ALL = ['inbrenger', 'groepslid', 'gespreksleider'];

export const via = method({
  id: 'via',
  name: t('VIA: Video Interactie Analyse', 'VIA: Video Interaction Analysis'),
  summary: t(
    'Korte videofragmenten uit de eigen praktijk, besproken met feedback in drie stappen; per inbrenger een ronde. Liefst met een ervaren begeleider.',
    'Short video fragments from real practice, discussed with three-step feedback; one round per presenter. Best with an experienced facilitator.',
  ),
  fit: { experience: ['experienced'], focus: ['video'], professionalFacilitator: true },
  group: { min: 3, max: 8 },
  roles: [
    inbrenger(4),
    {
      ...gespreksleider(1),
      name: t('Facilitator', 'Facilitator'),
      description: t(
        'Bewaakt de fragmentduur, stopt uitleg achteraf en begeleidt de feedback.',
        'Guards fragment length, stops explanations afterwards and guides the feedback.',
      ),
    },
    groepslid(1),
  ],
  regions: [
    region({ id: 'fragment', kind: 'fragment', title: t('Videofragment', 'Video fragment') }),
    region({
      id: 'eerste-reactie',
      kind: 'columns',
      title: t('Eerste reactie van de inbrenger', 'The presenter’s first reaction'),
      columns: [
        t('Wat goed gaat', 'What goes well'),
        t('Wat ik anders wil', 'What I want to change'),
      ],
    }),
    region({
      id: 'feedback',
      kind: 'feedback',
      title: t('Feedback in drie stappen', 'Three-step feedback'),
      cards: feedbackSteps,
    }),
    region({
      id: 'samenvatting',
      kind: 'notes',
      title: t('Dus je zegt …', 'So you are saying …'),
      cards: [feedbackSummary],
    }),
    region({
      id: 'leerpunten',
      kind: 'columns',
      title: t('Leerpunten', 'Learning points'),
      columns: [
        t('Vasthouden', 'Keep doing'),
        t('Leerpunten en acties', 'Learning points and actions'),
      ],
    }),
    region({
      id: 'afsluiting',
      kind: 'columns',
      title: t('Wat neem je mee', 'What you take away'),
      columns: [t('Inhoud', 'Content'), t('Proces', 'Process'), t('Afspraken', 'Agreements')],
    }),
  ],
  phases: [
    phase({
      id: 'bekijken',
      title: t('Video-opname bekijken', 'Watching the recording'),
      instruction: t(
        'De inbrenger start en stopt zelf fragmenten van 10 à 30 seconden, zonder uitleg erbij. De facilitator stopt wat te lang duurt.',
        'The presenter starts and stops fragments of 10 to 30 seconds, without explaining them. The facilitator stops what runs too long.',
      ),
      minutes: 4,
      speaks: [],
      regions: { fragment: open(PRESENTER) },
      actions: [{ kind: 'fragment-timer', seconds: 30 }],
      card: t(
        'Geen uitleg bij de beelden: laat zien wat er gebeurde.',
        'No explaining the images: show what happened.',
      ),
      rules: ['R11'],
    }),
    phase({
      id: 'eerste-reactie',
      title: t('Eerste reactie inbrenger', 'First reaction of the presenter'),
      instruction: t(
        'Wat zag je en wat vind je ervan? Noem ook wat goed gaat en wat je wilt vasthouden.',
        'What did you see and what do you think of it? Also name what goes well and what you want to keep.',
      ),
      minutes: 3,
      speaks: ['inbrenger', 'gespreksleider'],
      regions: { fragment: locked, 'eerste-reactie': open(PRESENTER) },
      rules: ['R12'],
    }),
    phase({
      id: 'waarnemingen',
      title: t('Waarnemingen en meningen groepsleden', 'Members’ observations and opinions'),
      instruction: t(
        'Geef feedback in drie stappen: wat je zag, het effect, een tip of vraag. De inbrenger vat samen: "Dus je zegt …"',
        'Give feedback in three steps: what you saw, its effect, a tip or question. The presenter sums up: "So you are saying …"',
      ),
      minutes: 6,
      speaks: ['groepslid', 'inbrenger', 'gespreksleider'],
      regions: {
        'eerste-reactie': locked,
        feedback: open(MEMBERS),
        samenvatting: open(PRESENTER, { stage: 1 }),
      },
      rules: ['R13'],
    }),
    phase({
      id: 'afronding-ronde',
      title: t('Afronding per inbrenger', 'Closing the presenter’s round'),
      instruction: t(
        'De inbrenger vat zijn leerpunten samen, ook het goede dat hij vasthoudt, en noemt acties voor de komende tijd.',
        'The presenter sums up the learning points, including the good things to keep, and names actions for the coming period.',
      ),
      minutes: 2,
      speaks: PRESENTER,
      regions: { feedback: locked, samenvatting: locked, leerpunten: open(PRESENTER) },
      rules: ['R14'],
    }),
    phase({
      id: 'afsluiting',
      title: t('Afsluiting sessie', 'Closing the session'),
      instruction: t(
        'Kijk terug op inhoud en proces: wat neem je mee? Maak afspraken voor de volgende keer.',
        'Look back on content and process: what do you take away? Agree on the next meeting.',
      ),
      minutes: 10,
      speaks: ALL,
      regions: { leerpunten: locked, afsluiting: open(ALL) },
    }),
  ],
  rounds: { per: 'inbrenger', from: 'bekijken', to: 'afronding-ronde' },
});
