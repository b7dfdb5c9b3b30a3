// Balintmethode: probleemoplossing met strikt gescheiden fasen (9 fasen).
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

const all = ['inbrenger', 'groepslid', 'gespreksleider'];

export const balint = method({
  id: 'balint',
  name: t('Balintmethode', 'Balint method'),
  summary: t(
    'Negen strikt gescheiden fasen, bewaakt door de gespreksleider: van problemen verzamelen via associaties en oordeelsvorming tot gedrag in de groep.',
    'Nine strictly separate phases guarded by the chair: from collecting problems via associations and judgement to behaviour in the group.',
  ),
  fit: { experience: ['experienced'], focus: ['case', 'insight'] },
  group: { min: 4, max: 12 },
  roles: [inbrenger(), gespreksleider(1), groepslid(2)],
  regions: [
    region({ id: 'problemen', kind: 'postits', title: t('Problemen', 'Problems') }),
    region({
      id: 'probleemstelling',
      kind: 'flipover',
      title: t('Situatie en vraag', 'Situation and question'),
    }),
    region({ id: 'associaties', kind: 'postits', title: t('Associaties', 'Associations') }),
    region({
      id: 'beeldvorming',
      kind: 'postits',
      title: t('Vragen naar feiten en beleving', 'Questions on facts and experience'),
    }),
    region({ id: 'adviezen', kind: 'postits', title: t('Adviezen en ideeën', 'Advice and ideas') }),
    region({
      id: 'besluit',
      kind: 'flipover',
      title: t('Besluit van de inbrenger', 'The presenter’s decision'),
    }),
    region({
      id: 'gedrag',
      kind: 'columns',
      title: t('Gedrag in de groep', 'Behaviour in the group'),
      columns: [
        t('Wat wij herkennen', 'What we recognise'),
        t('Herken ik / herken ik niet', 'I recognise / I do not'),
      ],
    }),
    region({
      id: 'vergelijkbaar',
      kind: 'postits',
      title: t('Eigen vergelijkbare situaties', 'Own similar situations'),
    }),
  ],
  phases: [
    phase({
      id: 'verzamelen',
      title: t('Verzamelen van problemen', 'Collecting problems'),
      instruction: t(
        'Wie heeft een werkvraag, en welke? Meer vragen mag.',
        'Who has a work question, and which? Several are fine.',
      ),
      minutes: 10,
      speaks: all,
      regions: { problemen: open(PRESENTER_AND_MEMBERS) },
      rules: ['R33'],
    }),
    phase({
      id: 'keuze',
      title: t('Probleemkeuze', 'Choosing the problem'),
      instruction: t(
        'Kies onder leiding van de gespreksleider aan welk probleem jullie werken.',
        'Led by the chair, choose the problem to work on.',
      ),
      minutes: 5,
      speaks: all,
      regions: { problemen: locked },
      actions: [
        {
          kind: 'vote',
          region: 'problemen',
          by: PRESENTER_AND_MEMBERS,
          votes: 1,
          chooses: 'inbrenger',
        },
      ],
      rules: ['R33'],
    }),
    phase({
      id: 'probleemstelling',
      title: t('Probleemstelling', 'Stating the problem'),
      instruction: t(
        'De inbrenger schetst kort de situatie waarin de casus ontstond en stelt zijn vraag nog eens helder.',
        'The presenter briefly sketches the situation the case arose in and states the question clearly once more.',
      ),
      minutes: 5,
      speaks: PRESENTER,
      regions: { probleemstelling: open(PRESENTER) },
      rules: ['R33'],
    }),
    phase({
      id: 'associatie',
      title: t('Associatiemoment', 'Associations'),
      instruction: t(
        'Schrijf voor jezelf kort op wat het probleem bij je oproept. Zo merk je je eigen gevoelens op en luister je daarna vrijer.',
        'Write down for yourself what the problem calls up in you. You notice your own feelings and listen more freely afterwards.',
      ),
      minutes: 5,
      speaks: [],
      regions: { probleemstelling: locked, associaties: open(MEMBERS, { private: true }) },
      actions: [{ kind: 'reveal', region: 'associaties', names: 'ask' }],
      rules: ['R33', 'R34'],
    }),
    phase({
      id: 'beeldvorming',
      title: t('Beeldvorming', 'Forming a picture'),
      instruction: t(
        'Vraag naar feiten en beleving om te zien wat helpt en wat belemmert. De inbrenger antwoordt kort en duidelijk.',
        'Ask about facts and experience to see what helps and what hinders. The presenter answers briefly and clearly.',
      ),
      minutes: 15,
      speaks: PRESENTER_AND_MEMBERS,
      regions: { associaties: locked, beeldvorming: open(MEMBERS) },
      actions: [{ kind: 'mark-answered', region: 'beeldvorming', by: 'inbrenger' }],
      rules: ['R33'],
    }),
    phase({
      id: 'oordeelsvorming',
      title: t('Oordeelsvorming', 'Forming judgements'),
      instruction: t(
        'Kies een vorm: ieder schrijft zijn advies op en vertelt het; of adviezen meteen mondeling; of bespreken in subgroepjes.',
        'Pick a form: everyone writes their advice and then tells it; or advice given orally at once; or discussed in small groups.',
      ),
      minutes: 15,
      speaks: PRESENTER_AND_MEMBERS,
      regions: { beeldvorming: locked, adviezen: open(MEMBERS) },
      rules: ['R33'],
    }),
    phase({
      id: 'besluitvorming',
      title: t('Besluitvorming', 'Deciding'),
      instruction: t(
        'De inbrenger vertelt wat hij gedaan heeft of gaat doen, en wat de adviezen hem brachten.',
        'The presenter tells what they did or will do, and what the advice gave them.',
      ),
      minutes: 5,
      speaks: PRESENTER,
      regions: { adviezen: locked, besluit: open(PRESENTER) },
      rules: ['R33'],
    }),
    phase({
      id: 'gedrag-groep',
      title: t('Gedrag in de groep', 'Behaviour in the group'),
      instruction: t(
        'Groepsleden zeggen wat ze van het gedrag van de inbrenger hier in de groep herkennen; de inbrenger zegt wat hij herkent en wat niet.',
        'Members say what they recognise of the presenter’s behaviour here in the group; the presenter says what they recognise and what not.',
      ),
      minutes: 10,
      speaks: PRESENTER_AND_MEMBERS,
      regions: { besluit: locked, gedrag: open(PRESENTER_AND_MEMBERS) },
      card: t(
        'Geen aanval en verdediging: benoem wat je ziet.',
        'No attack and defence: name what you see.',
      ),
      rules: ['R33', 'R35'],
    }),
    phase({
      id: 'vergelijkbaar',
      title: t('Gedrag in vergelijkbare situaties', 'Conduct in similar situations'),
      instruction: t(
        'Groepsleden vertellen hoe zij zelf handelen in vergelijkbare situaties.',
        'Members tell how they themselves act in similar situations.',
      ),
      minutes: 10,
      speaks: PRESENTER_AND_MEMBERS,
      regions: { gedrag: locked, vergelijkbaar: open(MEMBERS) },
      rules: ['R33'],
    }),
  ],
});
