// Leren van successen: wat lukte staat centraal in plaats van problemen (4 stappen).
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
  MEMBERS,
  PRESENTER_AND_MEMBERS,
} from '../build';

export const successen = method({
  id: 'successen',
  name: t('Leren van successen', 'Learning from successes'),
  summary: t(
    'Niet een probleem maar een succes staat centraal: welke eigen kwaliteiten en welke omstandigheden maakten het mogelijk, en wat leren we daarvan?',
    'A success, not a problem, takes centre stage: which own qualities and which circumstances made it possible, and what do we learn?',
  ),
  fit: { experience: ['beginner', 'experienced'], focus: ['successes'] },
  group: { min: 3, max: 10 },
  roles: [inbrenger(), gespreksleider(0), groepslid(2)],
  regions: [
    region({
      id: 'factoren',
      kind: 'postits',
      title: t('Wat maakte het succes mogelijk', 'What made it possible'),
    }),
    region({
      id: 'succesfactoren',
      kind: 'columns',
      title: t('Succesfactoren', 'Success factors'),
      columns: [
        t(
          'Initiatieven, kwaliteiten, sterktes en acties van de inbrenger',
          'The presenter’s initiatives, qualities, strengths and actions',
        ),
        t('Context en steun van anderen', 'Context and support from others'),
      ],
    }),
    region({ id: 'vondsten', kind: 'flipover', title: t('Vondsten', 'Discoveries') }),
    region({
      id: 'lessen',
      kind: 'postits',
      title: t('Wat leren wij hiervan', 'What we learn from this'),
    }),
  ],
  phases: [
    phase({
      id: 'introductie',
      title: t('Introductie succeservaring', 'Telling the success'),
      instruction: t(
        'De inbrenger vertelt uitgebreid over een succes of een sprong vooruit. Luister en noteer voor jezelf wat het mogelijk maakte.',
        'The presenter tells at length about a success or a leap forward. Listen and note for yourself what made it possible.',
      ),
      minutes: 15,
      speaks: ['inbrenger'],
      regions: { factoren: open(MEMBERS, { private: true }) },
      rules: ['R38'],
    }),
    phase({
      id: 'inventarisatie',
      title: t('Succesfactoren inventariseren', 'Listing the success factors'),
      instruction: t(
        'Zet de factoren in twee kolommen: links wat de inbrenger zelf deed en kon, rechts context en steun. De inbrenger vult aan en corrigeert.',
        'Sort the factors into two columns: left what the presenter did and could, right context and support. The presenter adds and corrects.',
      ),
      minutes: 15,
      speaks: ['groepslid', 'inbrenger'],
      regions: { factoren: revealed, succesfactoren: open(PRESENTER_AND_MEMBERS) },
      actions: [{ kind: 'reveal', region: 'factoren', names: 'ask' }],
      rules: ['R39'],
    }),
    phase({
      id: 'verdieping',
      title: t('Verdieping', 'Going deeper'),
      instruction: t(
        'Vraag door en luister goed. Zoek in nieuwe informatie en in combinaties van factoren naar vondsten: tot nu toe onzichtbare succesfactoren.',
        'Ask on and listen well. Look in new information and in combinations of factors for discoveries: success factors unseen so far.',
      ),
      minutes: 15,
      speaks: ['groepslid', 'inbrenger'],
      regions: { factoren: locked, succesfactoren: locked, vondsten: open(PRESENTER_AND_MEMBERS) },
      rules: ['R40'],
    }),
    phase({
      id: 'evaluatie',
      title: t('Evaluatie', 'Evaluation'),
      instruction: t(
        'Beantwoord samen: wat leren wij hier nu van?',
        'Answer together: what do we learn from this?',
      ),
      minutes: 10,
      speaks: PRESENTER_AND_MEMBERS,
      regions: { vondsten: locked, lessen: open(PRESENTER_AND_MEMBERS) },
    }),
  ],
});
