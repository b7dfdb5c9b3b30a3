// 10 stappen methode voor beginnende intervisiegroepen.
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
  PRESENTER,
  PRESENTER_AND_MEMBERS,
} from '../build';

const rate = (region: string) =>
  ({ kind: 'rate', region, by: 'inbrenger', scale: 'warm-neutraal-koud' }) as const;

export const tienStappen = method({
  id: 'tien-stappen',
  name: t('10 stappen methode', '10 steps method'),
  summary: t(
    'Een strakke opbouw in tien stappen voor beginnende groepen: vragen, waarderen, probleem formuleren, tot een eigen plan van de inbrenger.',
    'A firm ten-step structure for beginning groups: questions, ratings, problem statements, up to the presenter’s own plan.',
  ),
  fit: { experience: ['beginner'], focus: ['case', 'insight'] },
  group: { min: 4, max: 10 },
  roles: [inbrenger(), gespreksleider(1), groepslid(2)],
  regions: [
    region({
      id: 'situatie',
      kind: 'flipover',
      title: t('De probleemsituatie', 'The problem situation'),
    }),
    region({
      id: 'vragen',
      kind: 'postits',
      title: t('Drie vragen per groepslid', 'Three questions per member'),
      slotsPerMember: 3,
      slotRoles: MEMBERS,
    }),
    region({
      id: 'probleemstellingen',
      kind: 'postits',
      title: t('Mijn probleem is …', 'My problem is …'),
      slotsPerMember: 1,
      slotRoles: PRESENTER_AND_MEMBERS,
    }),
    region({
      id: 'krachten',
      kind: 'flipover',
      title: t('Krachten en wegen', 'Forces and ways out'),
    }),
    region({
      id: 'actieplan',
      kind: 'flipover',
      title: t('Wat ik ermee doe', 'What I will do'),
    }),
  ],
  phases: [
    phase({
      id: 'schetsen',
      title: t('De inbrenger schetst de situatie', 'The presenter sketches the situation'),
      instruction: t(
        'Geef kort de situatie waarin je vraag speelt, maar niet je dilemma. De groep luistert alleen en reageert niet.',
        'Briefly give the situation your question arises in, but not your dilemma. The group only listens and does not respond.',
      ),
      minutes: 5,
      speaks: PRESENTER,
      regions: { situatie: open(PRESENTER) },
      rules: ['R15'],
    }),
    phase({
      id: 'vragen',
      title: t('Groepsleden formuleren vragen', 'Members write questions'),
      instruction: t(
        'Schrijf drie open, niet-sturende vragen. Lees ze één voor één voor; de inbrenger luistert en antwoordt nog niet.',
        'Write three open, non-leading questions. Read them out one by one; the presenter listens and does not answer yet.',
      ),
      minutes: 10,
      speaks: ['groepslid', 'gespreksleider'],
      regions: { situatie: locked, vragen: open(MEMBERS, { ownSlot: true }) },
      rules: ['R16'],
    }),
    phase({
      id: 'waarderen',
      title: t('De inbrenger waardeert de vragen', 'The presenter rates the questions'),
      instruction: t(
        'Geef elke vraag rustig + warm, 0 neutraal of − koud. De groep reageert niet op de waardering.',
        'Calmly give every question + warm, 0 neutral or − cold. The group does not respond to the ratings.',
      ),
      minutes: 5,
      speaks: PRESENTER,
      regions: { vragen: locked },
      actions: [rate('vragen')],
      rules: ['R17'],
    }),
    phase({
      id: 'beantwoorden',
      title: t('De inbrenger beantwoordt de vragen', 'The presenter answers the questions'),
      instruction: t(
        'Beantwoord alle vragen één voor één, kort en krachtig. Geen commentaar of discussie van de groep.',
        'Answer every question one by one, briefly. No comments or discussion from the group.',
      ),
      minutes: 10,
      speaks: PRESENTER,
      regions: { vragen: locked },
      actions: [{ kind: 'mark-answered', region: 'vragen', by: 'inbrenger' }],
      rules: ['R18'],
    }),
    phase({
      id: 'laatste-vragen',
      title: t('Een laatste ronde vragen', 'A last round of questions'),
      instruction: t(
        'Vraag door tot je uitgevraagd bent; de inbrenger antwoordt meteen en kort. Doel: het probleem kunnen verwoorden.',
        'Ask until you have no questions left; the presenter answers at once and briefly. Aim: being able to put the problem into words.',
      ),
      minutes: 5,
      speaks: PRESENTER_AND_MEMBERS,
      regions: { vragen: locked },
      rules: ['R18'],
    }),
    phase({
      id: 'probleem-opschrijven',
      title: t('Ieder schrijft het probleem op', 'Everyone writes the problem'),
      instruction: t(
        'Schrijf voor jezelf "Mijn probleem is …", alsof je de inbrenger bent, liefst een stap verder dan hij nu is. Alleen de zinnen van de groep komen in beeld.',
        'Write for yourself "My problem is …", as if you were the presenter, ideally a step beyond where they are now. Only the group’s sentences are shown.',
      ),
      minutes: 5,
      speaks: [],
      regions: {
        probleemstellingen: open(PRESENTER_AND_MEMBERS, { private: true, ownSlot: true }),
      },
      actions: [
        { kind: 'reveal', region: 'probleemstellingen', authors: MEMBERS, names: 'ask', stage: 1 },
      ],
      rules: ['R19'],
    }),
    phase({
      id: 'formuleringen-waarderen',
      title: t('De inbrenger waardeert de formuleringen', 'The presenter rates the statements'),
      instruction: t(
        'Waardeer elke probleemformulering met warm, neutraal of koud: hoe dichtbij komt ze? Geen discussie.',
        'Rate each problem statement warm, neutral or cold: how close does it come? No discussion.',
      ),
      minutes: 5,
      speaks: PRESENTER,
      regions: { probleemstellingen: locked },
      actions: [rate('probleemstellingen')],
      rules: ['R20'],
    }),
    phase({
      id: 'rekening',
      title: t('De inbrenger maakt de rekening op', 'The presenter takes stock'),
      instruction: t(
        'De eigen formulering van de inbrenger komt erbij. Hij zegt wat hem aanspreekt en of hij de zijne bijstelt; daarna lichten de anderen toe en is er discussie.',
        'The presenter’s own statement is shown. They say what appeals and whether they adjust theirs; then the others explain theirs and discuss.',
      ),
      minutes: 10,
      speaks: PRESENTER_AND_MEMBERS,
      regions: { probleemstellingen: revealed },
      actions: [
        { kind: 'reveal', region: 'probleemstellingen', authors: PRESENTER, names: 'with' },
      ],
      rules: ['R21'],
    }),
    phase({
      id: 'krachten',
      title: t('Welke krachten houden het in stand', 'Which forces keep it going'),
      instruction: t(
        'Welke krachten, vooral in de persoon zelf, houden het probleem in stand? Zoek samen wegen naar een oplossing. De inbrenger zegt wanneer het genoeg is.',
        'Which forces, mainly within the person, keep the problem alive? Look for ways out together. The presenter says when it is enough.',
      ),
      minutes: 15,
      speaks: PRESENTER_AND_MEMBERS,
      regions: { probleemstellingen: locked, krachten: open(PRESENTER_AND_MEMBERS) },
      rules: ['R22'],
    }),
    phase({
      id: 'actie',
      title: t('Wat gaat de inbrenger ermee doen', 'What the presenter will do'),
      instruction: t(
        'Pas als de inbrenger instemt: welke suggesties gaat hij concreet toepassen, en hoe? Wat inspireert maar lastig uitvoerbaar is, kan nog kort besproken worden.',
        'Only with the presenter’s consent: which suggestions will they apply, and how? Inspiring but hard-to-apply ideas may still be discussed briefly.',
      ),
      minutes: 5,
      speaks: PRESENTER_AND_MEMBERS,
      regions: { krachten: locked, actieplan: open(PRESENTER) },
      actions: [{ kind: 'consent', by: 'inbrenger' }],
      rules: ['R22'],
    }),
  ],
});
