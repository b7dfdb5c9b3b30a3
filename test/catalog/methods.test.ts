import { describe, expect, it } from 'vitest';
import { CheckedMethod } from '../../src/catalog/check';
import { allMethods, methods } from '../../src/catalog/methods';

const titles = (id: string) => methods.byId(id)!.phases.map((p) => p.title.nl);

describe('the catalog', () => {
  it('holds the first meeting and the twelve methods under their ids', () => {
    expect(allMethods.map((m) => m.id)).toEqual([
      'eerste-bijeenkomst',
      'incident-casus',
      'incident-inzicht',
      'via',
      'tien-stappen',
      'viskom',
      'roddel',
      'post-it',
      'wandeling',
      'balint',
      'vijf-vragen',
      'speed',
      'successen',
    ]);
    expect(allMethods.filter((m) => m.kind === 'meeting').map((m) => m.id)).toEqual([
      'eerste-bijeenkomst',
    ]);
  });

  it.each(allMethods.map((m) => [m.id, m] as const))(
    '%s passes the schema and its cross-checks unchanged',
    (_, m) => {
      expect(CheckedMethod.parse(m)).toEqual(m);
    },
  );

  it.each(allMethods.map((m) => [m.id, m] as const))(
    '%s has short step cards and a credit',
    (_, m) => {
      expect(m.credit).toMatch(/Cameleon/);
      for (const p of m.phases)
        for (const lang of ['nl', 'en'] as const) {
          expect(p.title[lang].length, `${p.id} title`).toBeLessThanOrEqual(40);
          expect(p.instruction[lang].length, `${p.id} instruction`).toBeLessThanOrEqual(220);
        }
    },
  );
});

describe('phases follow the source in order', () => {
  it('incident-casus has the seven steps', () => {
    expect(titles('incident-casus')).toEqual([
      'De inbrenger vertelt',
      'Verkenning',
      'Reflectie en waarneming',
      'Analyse',
      'Oplossingsrichtingen',
      'Keuze voor oplossingsrichtingen',
      'Afspraken maken en afronden',
    ]);
  });

  it('incident-inzicht has the nine steps', () => {
    expect(titles('incident-inzicht')).toEqual([
      'Introductie en keuze van een incident',
      'Het incident in kaart brengen',
      'Vragen om informatie noteren',
      'Informatieronde',
      'Percepties van het vraagstuk',
      'Verschillen in percepties onderzoeken',
      'Inzichten expliciteren',
      'Wat neem je inhoudelijk mee',
      'Welke processen hielpen',
    ]);
  });

  it('via has the five steps', () => {
    expect(titles('via')).toEqual([
      'Video-opname bekijken',
      'Eerste reactie inbrenger',
      'Waarnemingen en meningen groepsleden',
      'Afronding per inbrenger',
      'Afsluiting sessie',
    ]);
  });

  it('tien-stappen has the ten steps', () => {
    expect(titles('tien-stappen')).toEqual([
      'De inbrenger schetst de situatie',
      'Groepsleden formuleren vragen',
      'De inbrenger waardeert de vragen',
      'De inbrenger beantwoordt de vragen',
      'Een laatste ronde vragen',
      'Ieder schrijft het probleem op',
      'De inbrenger waardeert de formuleringen',
      'De inbrenger maakt de rekening op',
      'Welke krachten houden het in stand',
      'Wat gaat de inbrenger ermee doen',
    ]);
  });

  it('viskom, roddel, post-it and wandeling have their steps', () => {
    expect(titles('viskom')).toEqual([
      'Voorbereiding',
      'Analysefase',
      'Bewustwordingsfase',
      'Herformulering',
      'Verdieping',
      'Oplossing',
      'Afsluiting',
    ]);
    expect(titles('roddel')).toEqual([
      'Vraag introductie',
      'Probleemverkenning',
      'Roddelen',
      'Reactie van de inbrenger',
      'Evaluatie',
    ]);
    expect(titles('post-it')).toEqual(['De vraag noteren', 'Tips & tricks', 'Toelichting']);
    expect(titles('wandeling')).toEqual([
      'Vraag stellen',
      'Opdracht geven',
      'Startsein geven',
      'Opbrengst inventariseren',
    ]);
  });

  it('balint has the nine phases', () => {
    expect(titles('balint')).toEqual([
      'Verzamelen van problemen',
      'Probleemkeuze',
      'Probleemstelling',
      'Associatiemoment',
      'Beeldvorming',
      'Oordeelsvorming',
      'Besluitvorming',
      'Gedrag in de groep',
      'Gedrag in vergelijkbare situaties',
    ]);
  });

  it('vijf-vragen, speed and successen have their steps', () => {
    expect(titles('vijf-vragen')).toEqual([
      'Wat wilde je bereiken, en hoe?',
      'Is het gelukt?',
      'Hoe weet je dat?',
      'Kun je het verklaren?',
      'Wat leer je ervan voor de volgende keer?',
    ]);
    expect(titles('speed')).toHaveLength(6);
    expect(titles('speed')[3]).toBe('Mijn probleem is …');
    expect(titles('successen')).toEqual([
      'Introductie succeservaring',
      'Succesfactoren inventariseren',
      'Verdieping',
      'Evaluatie',
    ]);
  });

  it('the first meeting follows the agenda topics and ends with the verslag', () => {
    const m = methods.byId('eerste-bijeenkomst')!;
    expect(m.phases.map((p) => p.id)).toEqual([
      'agenda',
      'kennismaking',
      'doelen',
      'omstandigheden',
      'belangen',
      'afspraken',
      'aanpak',
      'oefenen',
      'evaluatie',
      'eerste-casus',
      'verslag',
    ]);
    const cards = m.regions.find((r) => r.id === 'aanpak')!.cards!;
    expect(cards.map((c) => c.title.nl)).toContain('Viskommethode');
  });
});
