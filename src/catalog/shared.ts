// Content several methods share, in our own words after the Cameleon source.
import { t } from './build';
import type { Card, Scale, Text } from './schema';

/** Three-step feedback, then the receiver's summary (VIA phase 3, R13). */
export const feedbackSteps: Card[] = [
  {
    title: t('1. Waarneming', '1. Observation'),
    body: t(
      'Beschrijf wat je zag, zonder oordeel: "Wat ik zie is dat je …"',
      'Describe what you saw, without judging: "What I see is that you …"',
    ),
  },
  {
    title: t('2. Effect', '2. Effect'),
    body: t('Wat dat teweegbrengt: "Daardoor …"', 'What it brings about: "Because of that …"'),
  },
  {
    title: t('3. Tip, suggestie of vraag', '3. Tip, suggestion or question'),
    body: t(
      'Eén bruikbaar voorstel of een vraag: "Probeer eens …"',
      'One usable proposal or a question: "Next time, try …"',
    ),
  },
];

export const feedbackSummary: Card = {
  title: t('Ontvangen: "Dus je zegt …"', 'Receiving: "So you are saying …"'),
  body: t(
    'Wie feedback krijgt, vat kort samen wat hij hoorde, als bevestiging.',
    'Whoever receives feedback briefly sums up what they heard, to confirm it.',
  ),
};

/** Points to weigh when (re)formulating a problem (viskom phase 4). */
export const problemChecklist: Card[] = [
  { title: t('Wie zijn erbij betrokken?', 'Who is involved?') },
  { title: t('Wie is de probleemhebber?', 'Whose problem is it?') },
  {
    title: t('Welke oorzaken, en hoe zwaar wegen ze?', 'Which causes, and how much do they weigh?'),
  },
  {
    title: t('Hoe ziet het eruit als het is opgelost?', 'What does it look like once solved?'),
  },
];

/** What the buitengroep watches while the binnengroep talks (viskom phase 2, R24). */
export const observationPoints: Text[] = [
  t('Hoe pakken ze de inhoud aan?', 'How do they approach the content?'),
  t('Welke invalshoeken zijn er, welke ontbreken?', 'Which angles are there, which are missing?'),
  t(
    'Behoeften, weerstand, emoties: krijgen ze ruimte?',
    'Needs, resistance, emotions: do they get room?',
  ),
];

/** The five questions, in their order, each with why it helps (R36). */
export const fiveQuestions: Card[] = [
  {
    title: t('Wat wilde je bereiken, en hoe?', 'What did you want to achieve, and how?'),
    body: t(
      'Verrassend vaak blijkt dit lastig helder te zeggen.',
      'Surprisingly often this turns out hard to say clearly.',
    ),
  },
  {
    title: t('Is het gelukt?', 'Did it work?'),
    body: t(
      'Maakt concreet wanneer iets een succes is.',
      'Makes concrete when something is a success.',
    ),
  },
  {
    title: t('Hoe weet je dat?', 'How do you know?'),
    body: t('Helpt je je eigen feedback te ordenen.', 'Helps you organise your own feedback.'),
  },
  {
    title: t('Kun je het verklaren?', 'Can you explain it?'),
    body: t(
      'Wekt de wil om verder te leren: zonder verklaring handel je de volgende keer niet gericht. Ook wat lukte leert zo iets.',
      'Sparks the wish to learn more: without an explanation you cannot act on purpose next time. What went well teaches you too.',
    ),
  },
  {
    title: t('Wat leer je ervan voor de volgende keer?', 'What do you learn for next time?'),
    body: t(
      'Zet inzicht om in voornemens en maakt wat je leerde deelbaar.',
      'Turns insight into intentions and makes what you learned shareable.',
    ),
  },
];

/** The check before choosing solution directions (incident-casus phase 6). */
export const incidentChecks: Card[] = [
  { title: t('Is wat gezegd is genoeg?', 'Is what has been said enough?') },
  { title: t('Wat ontbreekt er nog?', 'What is still missing?') },
  { title: t('Wat houdt je tegen?', 'What holds you back?') },
  { title: t('Wat heb je nodig?', 'What do you need?') },
  { title: t('Klopt je doel nog?', 'Does your goal still hold?') },
];

export type ScaleStep = { symbol: string; word: Text; meaning: Text };

/** The rating scales with their symbols and words (R17, R20, R37). */
export const scales: Record<Scale, ScaleStep[]> = {
  'warm-neutraal-koud': [
    {
      symbol: '+',
      word: t('warm', 'warm'),
      meaning: t('Raakt aan mijn probleem.', 'Touches my problem.'),
    },
    {
      symbol: '0',
      word: t('neutraal', 'neutral'),
      meaning: t(
        'Relevant, maar of het mijn probleem raakt weet ik niet.',
        'Relevant, but I am not sure it touches my problem.',
      ),
    },
    {
      symbol: '−',
      word: t('koud', 'cold'),
      meaning: t('Heeft niets met mijn probleem te maken.', 'Has nothing to do with my problem.'),
    },
  ],
  'warm-lauw-koud': [
    { symbol: '+', word: t('warm', 'warm'), meaning: t('Raakt me.', 'Touches me.') },
    {
      symbol: '0',
      word: t('lauw', 'lukewarm'),
      meaning: t('Raakt me een beetje.', 'Touches me a little.'),
    },
    { symbol: '−', word: t('koud', 'cold'), meaning: t('Raakt me niet.', 'Does not touch me.') },
  ],
};

/** Intervisie versus supervisie, in two sentences. */
export const intervisieVsSupervisie: Text = t(
  'Bij supervisie reflecteer je op je werk en je waarden onder leiding van een supervisor. Bij intervisie denken gelijkwaardige collega’s mee over elkaars werkvragen, met vragen in plaats van kant-en-klare oplossingen.',
  'In supervision you reflect on your work and values, guided by a supervisor. In intervision, equal colleagues think along about each other’s work questions, asking questions instead of handing out ready-made solutions.',
);
