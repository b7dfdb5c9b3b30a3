import { describe, expect, it } from 'vitest';
import { createCatalog, exportMethod, parseCustomMethod } from '../../src/catalog/custom';
import { allMethods, methods } from '../../src/catalog/methods';
import { rawMethod } from './fixture';

type Raw = Record<string, any>;
/** Breaks a fresh fixture and returns its problems as `path: nl message` lines. */
const broken = (breakIt: (raw: Raw) => void): string[] => {
  const raw = rawMethod();
  breakIt(raw);
  const r = parseCustomMethod(JSON.stringify(raw));
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message.nl}`);
};

describe('parseCustomMethod', () => {
  it('accepts a sound method as text or value', () => {
    expect(parseCustomMethod(JSON.stringify(rawMethod())).ok).toBe(true);
    expect(parseCustomMethod(rawMethod()).ok).toBe(true);
  });

  it('names a missing field', () => {
    expect(broken((r) => delete r.summary)).toEqual(['summary: Dit veld ontbreekt (een object).']);
  });

  it('names a wrong type', () => {
    expect(broken((r) => (r.phases[1].minutes = '10'))).toEqual([
      'phases[1].minutes: Verwacht een getal, maar dit is een tekst.',
    ]);
  });

  it('names an unknown field', () => {
    expect(broken((r) => (r.regions[0].colour = 'red'))).toEqual([
      'regions[0].colour: Onbekend veld "colour".',
    ]);
  });

  it('names an empty text', () => {
    expect(broken((r) => (r.phases[0].title.en = '  '))).toEqual([
      'phases[0].title.en: De tekst is leeg.',
    ]);
  });

  it('names a bad id format, in a record key too', () => {
    expect(broken((r) => (r.regions[2].id = 'Ideeën'))).toContain(
      'regions[2].id: Geen geldige id: kleine letters, cijfers en streepjes, beginnend met een letter, hoogstens 40 tekens.',
    );
    expect(broken((r) => (r.phases[0].regions.Casus = { state: 'locked' }))).toEqual([
      'phases[0].regions.Casus: Geen geldige id: kleine letters, cijfers en streepjes, beginnend met een letter, hoogstens 40 tekens.',
    ]);
  });

  it('names an unknown region', () => {
    expect(broken((r) => (r.phases[3].regions = { bord: { state: 'locked' } }))).toEqual([
      'phases[3].regions.bord: Onbekend gebied "bord": het staat niet in regions.',
    ]);
  });

  it('names an unknown role in a region state', () => {
    expect(broken((r) => r.phases[1].regions.vragen.roles.unshift('gast'))).toEqual([
      'phases[1].regions.vragen.roles[0]: Onbekende rol "gast": ze staat niet in roles.',
    ]);
  });

  it('names a duplicate id', () => {
    expect(broken((r) => (r.roles[1].id = 'inbrenger'))).toContain(
      'roles[1].id: De id "inbrenger" komt al eerder voor; ids moeten uniek zijn.',
    );
  });

  it('names a hidden region never revealed', () => {
    expect(broken((r) => (r.phases[2].regions = {}))).toEqual([
      'regions[3]: Gebied "tips" is beschrijfbaar maar in geen enkele fase open.',
      'phases[0].regions.tips: Gebied "tips" wordt verborgen maar in geen latere fase onthuld of geopend.',
    ]);
  });

  it('names a writable region never open', () => {
    expect(
      broken((r) => r.regions.push({ id: 'extra', kind: 'flipover', title: { nl: 'x', en: 'x' } })),
    ).toEqual(['regions[4]: Gebied "extra" is beschrijfbaar maar in geen enkele fase open.']);
  });

  it('names a private region never revealed', () => {
    expect(broken((r) => (r.phases[2].actions = []))).toEqual([
      'phases[1].regions.ideeen.private: In gebied "ideeen" schrijft ieder voor zich, maar er volgt geen reveal-actie.',
    ]);
  });

  it('names invalid JSON with its position', () => {
    const r = parseCustomMethod('{\n  "id": "x",\n  "name": }');
    expect(r.ok ? [] : r.problems).toEqual([
      {
        path: '(top)',
        code: 'invalid-json',
        message: {
          nl: 'Geen geldige JSON: fout bij regel 3, kolom 11 (teken 25). Let op komma’s, haakjes en aanhalingstekens.',
          en: 'Not valid JSON: error at line 3, column 11 (character 25). Check commas, brackets and quotes.',
        },
      },
    ]);
  });

  it('names too many phases', () => {
    expect(broken((r) => (r.phases = Array.from({ length: 21 }, () => r.phases[3])))).toContain(
      'phases: Te veel fasen: hoogstens 20.',
    );
  });

  it('names an unknown region state and action kind', () => {
    expect(broken((r) => (r.phases[0].regions.casus = { state: 'dicht' }))).toEqual([
      'phases[0].regions.casus.state: Ongeldige soort; kies uit: open, locked, hidden, upcoming, revealed.',
    ]);
    expect(broken((r) => (r.phases[0].actions = [{ kind: 'dance' }]))[0]).toMatch(
      /^phases\[0\]\.actions\[0\]\.kind: Ongeldige soort/,
    );
  });

  it('names a bad enum value', () => {
    expect(broken((r) => (r.regions[0].kind = 'whiteboard'))).toEqual([
      'regions[0].kind: Ongeldige waarde; kies uit: flipover, postits, columns, viskom, cards, feedback, notes, pairs, fragment.',
    ]);
  });

  it('names a columns region without columns and a cards region without cards', () => {
    expect(
      broken((r) => {
        r.regions[2].kind = 'columns';
        r.regions[3].kind = 'cards';
      }),
    ).toEqual([
      'regions[2].columns: Een kolommengebied heeft kolommen nodig (columns, 2 tot 4).',
      'regions[3].cards: Een kaartengebied heeft kaarten nodig (cards).',
    ]);
  });

  it('names a reversed group range and too many required roles', () => {
    expect(broken((r) => (r.group = { min: 4, max: 2 }))).toEqual([
      'group.min: De kleinste groep is groter dan de grootste (group.min > group.max).',
      'roles: De rollen vragen samen minstens 3 mensen, meer dan group.max.',
    ]);
  });

  it('names rounds over unknown phases and an unknown role in an action', () => {
    expect(
      broken((r) => {
        r.rounds = { per: 'inbrenger', from: 'start', to: 'slot' };
        r.phases[3].actions = [{ kind: 'consent', by: 'baas' }];
      }),
    ).toEqual([
      'phases[3].actions[0].by: Onbekende rol "baas": ze staat niet in roles.',
      'rounds.from: Onbekende fase "start": ze staat niet in phases.',
    ]);
  });

  it('lists every structural problem at once, in English too', () => {
    const raw = rawMethod();
    delete raw.credit;
    raw.group.max = 40;
    raw.phases[0].rules = ['regel1'];
    const r = parseCustomMethod(raw, 'en');
    expect(r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message.en}`)).toEqual([
      'credit: This field is missing (a text).',
      'group.max: Too large: at most 16.',
      'phases[0].rules[0]: Invalid form; a rule is named R1 to R99.',
    ]);
    expect(r.text?.[0]).toBe('credit: This field is missing (a text).');
  });

  it('refuses a value that is not an object', () => {
    const r = parseCustomMethod('[1, 2]');
    expect(r.ok ? [] : r.problems.map((p) => p.message.nl)).toEqual([
      'Een methode is een JSON-object { … }.',
    ]);
  });
});

describe('exportMethod', () => {
  it.each(allMethods.map((m) => [m.id, m] as const))('round-trips %s through JSON', (_, m) => {
    const back = parseCustomMethod(exportMethod(m));
    expect(back).toEqual({ ok: true, method: m });
  });
});

describe('createCatalog', () => {
  const custom = () => {
    const r = parseCustomMethod(rawMethod());
    if (!r.ok) throw new Error('fixture');
    return r.method;
  };

  it('joins a valid custom method to the built-ins', () => {
    const c = methods.createCatalog([custom()]);
    expect(c.all().map((m) => m.id)).toContain('proef');
    expect(c.byId('proef')?.name.nl).toBe('Proef');
    expect(c.byId('viskom')?.kind).toBe('method');
    expect(c.refused).toEqual([]);
  });

  it('refuses a custom method whose id clashes with a built-in', () => {
    const c = createCatalog(allMethods);
    const r = c.add({ ...custom(), id: 'viskom' });
    expect(r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message.en}`)).toEqual([
      'id: The id "viskom" belongs to a built-in method; choose another.',
    ]);
    expect(c.all().filter((m) => m.id === 'viskom')).toHaveLength(1);
  });

  it('records the custom methods it refused at creation', () => {
    const c = methods.createCatalog([{ ...custom(), id: 'post-it' }]);
    expect(c.refused.map((r) => r.methodId)).toEqual(['post-it']);
  });
});
