// Intervisiewandeling: per twee, om nieuwe gedachten te stimuleren (4 stappen).
import { gespreksleider, groepslid, locked, method, open, phase, region, t } from '../build';

const G = ['gespreksleider'];
const ALL = ['groepslid', 'gespreksleider'];

export const wandeling = method({
  id: 'wandeling',
  name: t('Intervisiewandeling', 'Intervision walk'),
  summary: t(
    'In duo’s wandelend een vraag bespreken: beweging brengt nieuwe gedachten. Daarna brengt elk duo kort zijn opbrengst in.',
    'Discussing a question in pairs while walking: movement brings new thoughts. Afterwards each pair briefly reports its result.',
  ),
  fit: { experience: ['beginner', 'experienced'], focus: ['case', 'insight'] },
  group: { min: 3, max: 16 },
  roles: [gespreksleider(1), groepslid(2)],
  regions: [
    region({
      id: 'vraag',
      kind: 'flipover',
      title: t('Vraag en gewenst resultaat', 'Question and expected result'),
    }),
    region({
      id: 'duos',
      kind: 'pairs',
      title: t('Duo’s en hun opbrengst', 'Pairs and their results'),
    }),
  ],
  phases: [
    phase({
      id: 'vraag',
      title: t('Vraag stellen', 'Posing the question'),
      instruction: t(
        'Zet de vraag neer waarover de duo’s praten, en wat het gesprek moet opleveren.',
        'State the question the pairs will discuss, and what the talk should deliver.',
      ),
      minutes: 5,
      speaks: G,
      regions: { vraag: open(G) },
    }),
    phase({
      id: 'opdracht',
      title: t('Opdracht geven', 'Giving the assignment'),
      instruction: t(
        'Vorm duo’s en bespreek de vraag tijdens een wandeling. Het bord toont de duo’s en hoe laat iedereen terug is.',
        'Form pairs and discuss the question on a walk. The board shows the pairs and when everyone is due back.',
      ),
      minutes: 5,
      speaks: G,
      regions: { vraag: locked },
      actions: [{ kind: 'form-pairs', region: 'duos' }],
      rules: ['R32'],
    }),
    phase({
      id: 'startsein',
      title: t('Startsein geven', 'Start signal'),
      instruction: t(
        'Een duidelijk startsein: de tijd loopt, iedereen gaat op pad, de gespreksleider ook.',
        'A clear start signal: the time runs, everyone sets off, the chair too.',
      ),
      minutes: 30,
      speaks: ALL,
      regions: { duos: locked },
      actions: [{ kind: 'start-timer' }],
      rules: ['R32'],
    }),
    phase({
      id: 'opbrengst',
      title: t('Opbrengst inventariseren', 'Collecting the results'),
      instruction: t(
        'Elk duo zet kort zijn oplossing in zijn eigen vak en vertelt ze.',
        'Each pair briefly puts its solution in its own box and tells it.',
      ),
      minutes: 10,
      speaks: ALL,
      regions: { duos: open(ALL, { ownSlot: true }) },
    }),
  ],
});
