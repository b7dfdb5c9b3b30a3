// Post-it methode: kort en snel (3 stappen).
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

export const postIt = method({
  id: 'post-it',
  name: t('Post-it methode', 'Sticky note method'),
  summary: t(
    'Kort en snel: de inbrenger zet een vraag neer, de groep reageert met tips op post-its, de inbrenger leest en vraagt door.',
    'Short and fast: the presenter states a question, the group answers with tips on sticky notes, the presenter reads and asks on.',
  ),
  fit: { experience: ['beginner', 'experienced'], focus: ['case'] },
  group: { min: 3, max: 12 },
  roles: [inbrenger(), gespreksleider(0), groepslid(2)],
  regions: [
    region({ id: 'vraag', kind: 'flipover', title: t('De vraag', 'The question') }),
    region({
      id: 'tips',
      kind: 'postits',
      title: t('Tips en aanbevelingen', 'Tips and recommendations'),
    }),
  ],
  phases: [
    phase({
      id: 'vraag',
      title: t('De vraag noteren', 'Writing the question'),
      instruction: t(
        'De inbrenger schrijft zijn vraag op de flip-over en licht ze kort toe.',
        'The presenter writes the question on the flip-over and explains it briefly.',
      ),
      minutes: 4,
      speaks: PRESENTER,
      regions: { vraag: open(PRESENTER) },
      rules: ['R30'],
    }),
    phase({
      id: 'tips',
      title: t('Tips & tricks', 'Tips & tricks'),
      instruction: t(
        'Schrijf je opmerkingen, tips en aanbevelingen op post-its, één gedachte per post-it.',
        'Write your remarks, tips and recommendations on sticky notes, one thought per note.',
      ),
      minutes: 6,
      speaks: [],
      regions: { vraag: locked, tips: open(MEMBERS) },
      rules: ['R31'],
    }),
    phase({
      id: 'toelichting',
      title: t('Toelichting', 'Clarification'),
      instruction: t(
        'De inbrenger leest de post-its en vraagt waar nodig om verheldering; een post-it die zo besproken is, markeert hij als beantwoord.',
        'The presenter reads the notes and asks for clarification where needed; a note dealt with that way is marked as answered.',
      ),
      minutes: 5,
      speaks: ['inbrenger', 'groepslid'],
      regions: { tips: locked },
      actions: [{ kind: 'mark-answered', region: 'tips', by: 'inbrenger' }],
    }),
  ],
});
