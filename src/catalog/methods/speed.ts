// Speedintervisie: een supersnelle variant (6 stappen).
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

export const speed = method({
  id: 'speed',
  name: t('Speedintervisie', 'Speed intervision'),
  summary: t(
    'Een supersnelle ronde: een case, enkele gerichte vragen, ieders "mijn probleem is …" en de waardering warm, lauw of koud van de inbrenger.',
    'A very fast round: a case, a few pointed questions, everyone’s "my problem is …" and the presenter’s warm, lukewarm or cold rating.',
  ),
  fit: { experience: ['beginner', 'experienced'], focus: ['case', 'insight'] },
  group: { min: 3, max: 10 },
  roles: [inbrenger(), gespreksleider(0), groepslid(2)],
  regions: [
    region({ id: 'casus', kind: 'flipover', title: t('De case', 'The case') }),
    region({ id: 'vragen', kind: 'postits', title: t('Gerichte vragen', 'Pointed questions') }),
    region({
      id: 'probleem',
      kind: 'postits',
      title: t('Mijn probleem is …', 'My problem is …'),
      slotsPerMember: 1,
      slotRoles: MEMBERS,
    }),
    region({
      id: 'inzichten',
      kind: 'flipover',
      title: t('Wat raakt, welk inzicht', 'What touches, which insight'),
    }),
  ],
  phases: [
    phase({
      id: 'case',
      title: t('Een case inbrengen', 'Bringing in a case'),
      instruction: t(
        'De inbrenger vertelt kort zijn case.',
        'The presenter briefly tells the case.',
      ),
      minutes: 3,
      speaks: PRESENTER,
      regions: { casus: open(PRESENTER) },
    }),
    phase({
      id: 'vragen',
      title: t('Gerichte vragen', 'Pointed questions'),
      instruction: t(
        'Stel enkele gerichte, informatieve vragen; de inbrenger antwoordt kort.',
        'Ask a few pointed, informative questions; the presenter answers briefly.',
      ),
      minutes: 3,
      speaks: PRESENTER_AND_MEMBERS,
      regions: { casus: locked, vragen: open(MEMBERS) },
    }),
    phase({
      id: 'kern',
      title: t('Nog een vragenronde', 'One more round of questions'),
      instruction: t(
        'Zo nodig nog één ronde om de kern van de case scherp te krijgen.',
        'If needed, one more round to sharpen the core of the case.',
      ),
      minutes: 2,
      speaks: PRESENTER_AND_MEMBERS,
      regions: { vragen: open(MEMBERS) },
    }),
    phase({
      id: 'mijn-probleem',
      title: t('Mijn probleem is …', 'My problem is …'),
      instruction: t(
        'Schrijf één zin over de case in de vorm "Mijn probleem is …".',
        'Write one sentence on the case in the form "My problem is …".',
      ),
      minutes: 3,
      speaks: [],
      regions: { vragen: locked, probleem: open(MEMBERS, { ownSlot: true }) },
    }),
    phase({
      id: 'waarderen',
      title: t('De inbrenger waardeert', 'The presenter rates'),
      instruction: t(
        'De inbrenger luistert, noteert en geeft elke zin warm, lauw of koud: hoe raakt het me?',
        'The presenter listens, notes and gives each sentence warm, lukewarm or cold: how does it touch me?',
      ),
      minutes: 3,
      speaks: ['groepslid', 'inbrenger'],
      regions: { probleem: locked },
      actions: [{ kind: 'rate', region: 'probleem', by: 'inbrenger', scale: 'warm-lauw-koud' }],
      rules: ['R37'],
    }),
    phase({
      id: 'inzichten',
      title: t('Wat raakt en welk inzicht', 'What touches and what insight'),
      instruction: t(
        'De inbrenger zegt welke zinnen hem raken en welk inzicht dat geeft.',
        'The presenter says which sentences touch and what insight they bring.',
      ),
      minutes: 3,
      speaks: PRESENTER,
      regions: { inzichten: open(PRESENTER) },
    }),
  ],
});
