import { describe, expect, it } from 'vitest';
import { allMethods, methods } from '../../src/catalog/methods';
import { readBoard } from '../../src/board/snapshot';
import { toMarkdown } from '../../src/record/markdown';
import type { Report } from '../../src/record/report-types';
import { simSession } from './helpers';
import { COLLECTION, KEYS } from '../../src/storage/keys';

const ids = (r: Report) =>
  r.sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.id)));

describe('buildReport over the catalog', () => {
  it.each(allMethods.map((m) => [m.id, m] as const))(
    'records every note of every writable region of %s once (R41)',
    async (_, method) => {
      const s = await simSession(method);
      const written = method.regions
        .filter((r) => r.writable)
        .map((r) => ({ region: r.id, id: s.note('u-chris', r.id, `<p>Notitie in ${r.id}</p>`) }));
      const report = await s.report();
      expect(report.methodName.nl).toBe(method.name.nl);
      expect(report.participants.map((p) => p.name)).toEqual([
        'Anna',
        'Bram',
        'Chris',
        'Dewi',
        'Eva',
      ]);
      const seen = ids(report);
      for (const w of written)
        expect(
          seen.filter((id) => id === w.id),
          w.region,
        ).toHaveLength(1);
      expect(seen).toHaveLength(written.length);
      for (const w of written) expect(report.ratings[w.region]?.none).toBe(1);
    },
  );
});

describe('buildReport, incidentmethode', () => {
  it('sorts the questions warm first, then neutraal, koud and unrated (R17)', async () => {
    const s = await simSession(methods.byId('incident-casus')!);
    // The method has no rating step, so no tray: the rating tags are made on the board.
    for (const rating of ['warm', 'neutraal', 'koud']) await s.tag(rating);
    s.note('u-chris', 'vragen', '<p>Koude vraag</p>', { tags: ['koud'], column: 1 });
    s.note('u-dewi', 'vragen', '<p>Zonder waardering</p>', { column: 2 });
    s.note('u-chris', 'vragen', '<p>Neutrale vraag</p>', { tags: ['neutraal'], column: 3 });
    s.note('u-dewi', 'vragen', '<p>Warme vraag</p>', { tags: ['warm'], column: 4 });
    const report = await s.report();
    expect(report.questions.map((q) => q.lines[0])).toEqual([
      'Warme vraag',
      'Neutrale vraag',
      'Koude vraag',
      'Zonder waardering',
    ]);
    expect(report.questions[0]?.columnTitle?.nl).toBe('Houding');
    expect(report.ratings.vragen).toEqual({ warm: 1, neutraal: 1, lauw: 0, koud: 1, none: 1 });
  });

  it('names the case, the chosen problem statement and the answered questions', async () => {
    const s = await simSession(methods.byId('incident-casus')!);
    await s.tag('gekozen');
    await s.tag('beantwoord');
    s.note('u-anna', 'casus', '<p>Mijn teamleider <strong>negeert</strong> mijn voorstel</p>');
    s.note('u-anna', 'probleemstelling', '<p>Hoe breng ik mijn voorstel?</p>');
    s.note('u-anna', 'probleemstelling', '<p>Hoe krijg ik steun?</p>', { tags: ['gekozen'] });
    s.note('u-chris', 'vragen', '<p>Wat zei hij?</p>', { tags: ['beantwoord'], column: 1 });
    const report = await s.report();
    expect(report.caseQuestion[0]?.lines).toEqual(['Mijn teamleider negeert mijn voorstel']);
    expect(report.chosenProblem?.lines).toEqual(['Hoe krijg ik steun?']);
    expect(report.problemStatements).toHaveLength(2);
    expect(report.questions[0]?.answered).toBe(true);
    expect(report.inbrengerIds).toEqual(['u-anna']);
  });

  it('parses actions by both conventions, and a plain note as its author’s action', async () => {
    const s = await simSession(methods.byId('incident-casus')!);
    await s.tag('gedaan');
    s.note('u-anna', 'actieplan', '<p>wie: Anna / wat: teamleider bellen / wanneer: 1 april</p>');
    s.note('u-bram', 'actieplan', '<p>Eva — verslag rondsturen — vrijdag</p>', {
      tags: ['gedaan'],
    });
    s.note('u-anna', 'actieplan', '<p>Eerst zelf nadenken</p>');
    const { actions } = await s.report();
    expect(actions.map(({ who, what, when, done }) => ({ who, what, when, done }))).toEqual([
      { who: 'Anna', what: 'teamleider bellen', when: '1 april', done: false },
      { who: 'Eva', what: 'verslag rondsturen', when: 'vrijdag', done: true },
      { who: 'Anna', what: 'Eerst zelf nadenken', when: null, done: false },
    ]);
  });

  it('counts a note the facilitator wrote for Eva as hers', async () => {
    const s = await simSession(methods.byId('incident-casus')!);
    s.note('u-bram', 'tips', '<p>Eva: vraag om een vervolggesprek</p>');
    const report = await s.report();
    expect(report.advice[0]).toMatchObject({
      author: 'Eva',
      authorId: 'p-eva',
      writtenFor: true,
      lines: ['vraag om een vervolggesprek'],
    });
  });

  it('keeps parked notes in the record', async () => {
    const s = await simSession(methods.byId('incident-casus')!);
    const id = s.note('u-dewi', 'parking', '<p>Te vroeg geschreven</p>');
    const report = await s.report();
    expect(report.sections.at(-1)?.id).toBe('parking');
    expect(ids(report)).toContain(id);
  });
});

describe('buildReport, leren van successen', () => {
  it('R39: keeps the two columns of the success flip-over as two sections with their own notes', async () => {
    const s = await simSession(methods.byId('successen')!);
    s.note('u-chris', 'factoren', '<p>Ze bereidde het gesprek voor</p>');
    const own = [
      s.note('u-anna', 'succesfactoren', '<p>Ik bleef rustig</p>', { column: 1 }),
      s.note('u-chris', 'succesfactoren', '<p>Goed voorbereid</p>', { column: 1 }),
    ];
    const support = [
      s.note('u-dewi', 'succesfactoren', '<p>De teamleider steunde</p>', { column: 2 }),
    ];
    s.note('u-anna', 'vondsten', '<p>Rust werkt aanstekelijk</p>');
    const report = await s.report();
    const section = (id: string) => report.sections.find((x) => x.id === id);
    const itemsOf = (id: string) => section(id)?.groups.flatMap((g) => g.items.map((i) => i.id));
    expect(itemsOf('own-part')).toEqual(own);
    expect(itemsOf('support')).toEqual(support);
    expect(section('own-part')?.title.nl).toBe('Succesfactoren: eigen aandeel van de inbrenger');
    expect(section('support')?.title.nl).toBe('Succesfactoren: context en steun van anderen');
    expect(report.sections.map((x) => x.id)).toEqual([
      'insights',
      'own-part',
      'support',
      'discoveries',
    ]);
    const md = toMarkdown(report, 'nl');
    const ownPart = md.slice(
      md.indexOf('## Succesfactoren: eigen'),
      md.indexOf('## Succesfactoren: context'),
    );
    expect(ownPart).toContain('Ik bleef rustig');
    expect(ownPart).toContain('Goed voorbereid');
    expect(ownPart).not.toContain('De teamleider steunde');
    expect(md.slice(md.indexOf('## Succesfactoren: context'))).toContain('De teamleider steunde');
  });
});

describe('buildReport, 10 stappen', () => {
  it('R20: lists the problem statements warm first with their rating', async () => {
    const s = await simSession(methods.byId('tien-stappen')!);
    s.note('u-chris', 'probleemstellingen', '<p>Mijn probleem is tijd</p>', { tags: ['koud'] });
    s.note('u-dewi', 'probleemstellingen', '<p>Mijn probleem is nee zeggen</p>', {
      tags: ['warm'],
    });
    const report = await s.report();
    expect(report.problemStatements.map((p) => [p.lines[0], p.rating])).toEqual([
      ['Mijn probleem is nee zeggen', 'warm'],
      ['Mijn probleem is tijd', 'koud'],
    ]);
    expect(toMarkdown(report, 'nl')).toContain('Mijn probleem is nee zeggen — _Dewi_ [+ warm]');
  });

  it('R21: takes the inbrenger’s own statement as the chosen one when none is marked', async () => {
    const s = await simSession(methods.byId('tien-stappen')!);
    s.note('u-chris', 'probleemstellingen', '<p>Mijn probleem is tijd</p>', { tags: ['warm'] });
    s.note('u-bram', 'probleemstellingen', '<p>Anna: Mijn probleem is grenzen stellen</p>');
    const report = await s.report();
    expect(report.chosenProblem?.lines).toEqual(['Mijn probleem is grenzen stellen']);
    expect(toMarkdown(report, 'nl')).toContain(
      '**Gekozen probleemstelling:** Mijn probleem is grenzen stellen',
    );
  });
});

describe('readBoard', () => {
  it('reads a rating sticker beside a note and leaves the sticker out of the items', async () => {
    const s = await simSession(methods.byId('speed')!);
    const noteId = s.note('u-chris', 'probleem', '<p>Mijn probleem is tijd</p>');
    const box = s.sim.inspect.absolute(noteId);
    s.sim.as('u-anna').act.create('shape', {
      x: box.x + box.width / 2 + 30,
      y: box.y,
      width: 60,
      height: 60,
      content: '<p><strong>0</strong></p><p>lauw</p>',
    });
    const snapshot = await readBoard(s.sim, s.map);
    const probleem = snapshot.regions.find((r) => r.region === 'probleem');
    expect(probleem?.items.map((i) => [i.id, i.rating])).toEqual([[noteId, 'lauw']]);
  });

  it('reads the guard’s stored ratings when a note carries no rating tag', async () => {
    const s = await simSession(methods.byId('tien-stappen')!);
    const id = s.note('u-chris', 'vragen', '<p>Wat wil je?</p>');
    const stored = { ratings: [{ target: id, rating: 'koud' }] };
    await s.sim.board.storage.collection(COLLECTION).set(KEYS.ratings('s1'), stored);
    const report = await s.report();
    expect(report.questions[0]?.rating).toBe('koud');
  });

  it('reads the board in two calls without per-item metadata', async () => {
    const s = await simSession(methods.byId('tien-stappen')!);
    for (let i = 0; i < 12; i++) s.note('u-chris', 'vragen', `<p>Vraag ${i}</p>`);
    s.sim.resetCounters();
    await readBoard(s.sim, s.map);
    expect(s.sim.counters.calls).toBeLessThanOrEqual(2);
  });
});
