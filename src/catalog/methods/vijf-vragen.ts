// 5 vragen methode: vragen in vaste volgorde die helpen op een hoger niveau te denken.
import {
  gespreksleider,
  groepslid,
  hidden,
  inbrenger,
  locked,
  method,
  open,
  phase,
  region,
  t,
  PRESENTER_AND_MEMBERS,
} from '../build';
import { fiveQuestions } from '../shared';
import type { Card, Phase } from '../schema';

const ids = fiveQuestions.map((_, i) => `vraag-${i + 1}`);

const questionPhase = (q: Card, i: number): Phase => {
  const regions: Phase['regions'] = { [ids[i]!]: open(['inbrenger']) };
  if (i > 0) regions[ids[i - 1]!] = locked;
  if (i === 0) for (const later of ids.slice(1)) regions[later] = hidden;
  return phase({
    id: ids[i]!,
    title: q.title,
    instruction: t(
      `Vraag ${i + 1} van 5. De inbrenger antwoordt en noteert; de groep vraagt door. Pas daarna komt de volgende vraag in beeld.`,
      `Question ${i + 1} of 5. The presenter answers and notes; the group asks on. Only then does the next question appear.`,
    ),
    minutes: 5,
    speaks: PRESENTER_AND_MEMBERS,
    regions,
    rules: ['R36'],
  });
};

export const vijfVragen = method({
  id: 'vijf-vragen',
  name: t('5 vragen methode', '5 questions method'),
  summary: t(
    'Vijf vragen in vaste volgorde, van doel via resultaat en verklaring naar wat je leert; elke vraag verschijnt pas als de vorige beantwoord is.',
    'Five questions in a fixed order, from goal via result and explanation to what you learn; each appears only once the previous one is answered.',
  ),
  fit: { experience: ['beginner', 'experienced'], focus: ['case', 'insight', 'successes'] },
  group: { min: 2, max: 10 },
  roles: [inbrenger(), gespreksleider(0), groepslid(1)],
  regions: fiveQuestions.map((q, i) =>
    region({
      id: ids[i]!,
      kind: 'cards',
      title: t(`Vraag ${i + 1}`, `Question ${i + 1}`),
      cards: [q],
    }),
  ),
  phases: fiveQuestions.map(questionPhase),
});
