// Roddelmethode: de blinde vlek van de inbrenger scherp stellen (5 stappen).
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
  PRESENTER_AND_MEMBERS,
} from '../build';

export const roddel = method({
  id: 'roddel',
  name: t('Roddelmethode', 'Gossip method'),
  summary: t(
    'Na een korte verkenning praat de groep óver de vraag van de inbrenger terwijl die buiten de kring alleen luistert: goed om een blinde vlek te vinden.',
    'After a short exploration the group talks about the presenter’s question while the presenter only listens from outside: good for finding a blind spot.',
  ),
  fit: { experience: ['beginner', 'experienced'], focus: ['blind-spot', 'case'] },
  group: { min: 4, max: 10 },
  roles: [inbrenger(), gespreksleider(0), groepslid(2)],
  regions: [
    region({ id: 'vraag', kind: 'flipover', title: t('De vraag', 'The question') }),
    region({
      id: 'vragen',
      kind: 'postits',
      title: t('Drie creatieve vragen', 'Three creative questions'),
      slotsPerMember: 3,
      slotRoles: MEMBERS,
    }),
    region({ id: 'roddel', kind: 'flipover', title: t('De roddelkring', 'The gossip circle') }),
    region({ id: 'advies', kind: 'flipover', title: t('Gezamenlijk advies', 'Joint advice') }),
    region({
      id: 'notities',
      kind: 'notes',
      title: t('Notities van de inbrenger', 'The presenter’s notes'),
    }),
    region({
      id: 'reactie',
      kind: 'flipover',
      title: t('Reactie van de inbrenger', 'The presenter’s response'),
    }),
    region({ id: 'evaluatie', kind: 'postits', title: t('Evaluatie', 'Evaluation') }),
  ],
  phases: [
    phase({
      id: 'vraag',
      title: t('Vraag introductie', 'Introducing the question'),
      instruction: t(
        'De inbrenger zet zijn vraag neer en licht ze kort toe.',
        'The presenter states the question and explains it briefly.',
      ),
      minutes: 5,
      speaks: PRESENTER,
      regions: { vraag: open(PRESENTER) },
    }),
    phase({
      id: 'verkenning',
      title: t('Probleemverkenning', 'Exploring the problem'),
      instruction: t(
        'Schrijf drie creatieve vragen. De inbrenger beantwoordt de vragen die hem aan het denken zetten en markeert ze.',
        'Write three creative questions. The presenter answers the ones that spark thought and marks them.',
      ),
      minutes: 10,
      speaks: PRESENTER_AND_MEMBERS,
      regions: { vraag: locked, vragen: open(MEMBERS, { ownSlot: true }) },
      actions: [{ kind: 'mark-answered', region: 'vragen', by: 'inbrenger', stage: 1 }],
      rules: ['R28'],
    }),
    phase({
      id: 'roddelen',
      title: t('Roddelen', 'Gossiping'),
      instruction: t(
        'De inbrenger zit buiten de kring, zwijgt en noteert wat hem raakt. De groep praat over achtergronden, oorzaken en oplossingen en komt tot één advies.',
        'The presenter sits outside the circle, silent, noting what strikes them. The group talks about background, causes and solutions and agrees one piece of advice.',
      ),
      minutes: 15,
      speaks: MEMBERS,
      regions: {
        vragen: locked,
        roddel: open(['groepslid', 'gespreksleider']),
        advies: open(['groepslid', 'gespreksleider'], { stage: 1 }),
        notities: open(PRESENTER),
      },
      rules: ['R29'],
    }),
    phase({
      id: 'reactie',
      title: t('Reactie van de inbrenger', 'The presenter responds'),
      instruction: t(
        'De inbrenger komt terug: wat raakte je, wat viel op, neem je het advies aan?',
        'The presenter returns: what touched you, what stood out, do you accept the advice?',
      ),
      minutes: 10,
      speaks: PRESENTER,
      regions: { roddel: locked, advies: locked, notities: locked, reactie: open(PRESENTER) },
    }),
    phase({
      id: 'evaluatie',
      title: t('Evaluatie', 'Evaluation'),
      instruction: t(
        'Kijk samen terug: wat leverde het de inbrenger op, en hoe ging de groep met de vraag om?',
        'Look back together: what did it give the presenter, and how did the group handle the question?',
      ),
      minutes: 5,
      speaks: PRESENTER_AND_MEMBERS,
      regions: { reactie: locked, evaluatie: open(PRESENTER_AND_MEMBERS) },
    }),
  ],
});
