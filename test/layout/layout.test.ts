import { describe, expect, it } from 'vitest';
import type { Blueprint, PlacedRecord, ShapeRecord } from '../../src/layout/blueprint';
import { STICKY_COLORS, STRUCTURAL, isPlaced } from '../../src/layout/blueprint';
import { checkBlueprint } from '../../src/layout/check';
import { boxOf, contains, overlaps, textArea } from '../../src/layout/geometry';
import { layoutMethod } from '../../src/layout/layout';
import { fits, plainLines } from '../../src/layout/text';
import { allMethods, methodById, options, people } from './fixtures';

const placed = (bp: Blueprint) => bp.records.filter(isPlaced);
const shapesIn = (bp: Blueprint, region: string, part: string) =>
  placed(bp).filter(
    (r): r is ShapeRecord =>
      r.kind === 'shape' && r.region === region && r.key.split('/')[2] === part,
  );
const words = (r: { content: string }) => plainLines(r.content).join(' ');

describe.each(allMethods.map((m) => [m.id, m] as const))('layoutMethod(%s)', (_, method) => {
  describe.each([2, 6, 16])('with %i participants', (n) => {
    const bp = layoutMethod(method, people(n), options);
    const top = placed(bp).filter((r) => r.parent === undefined);

    it('lays out no two frames or top-level items over each other', () => {
      for (const a of top)
        for (const b of top)
          if (a !== b && (a.kind === 'frame' || b.kind === 'frame'))
            expect(overlaps(boxOf(a), boxOf(b)), `${a.key} / ${b.key}`).toBe(false);
    });

    it('keeps every child fully inside its frame', () => {
      const frames = new Map(top.filter((r) => r.kind === 'frame').map((f) => [f.key, f]));
      for (const r of placed(bp).filter((x) => x.parent !== undefined)) {
        const frame = frames.get(r.parent!);
        expect(frame, r.key).toBeDefined();
        expect(contains(boxOf(frame!), boxOf(r)), r.key).toBe(true);
      }
    });

    it('holds Miro limits: frames ≥ 100×100, sticky width only and < 6000 chars, named colours', () => {
      for (const r of bp.records) {
        if (r.kind === 'frame') expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(100);
        if (r.kind === 'sticky') {
          expect('height' in r).toBe(false);
          expect(r.content.length).toBeLessThan(6000);
          expect(STICKY_COLORS).toContain(r.style.fillColor);
        }
        if (r.kind === 'shape')
          expect(['rectangle', 'round_rectangle', 'circle']).toContain(r.shape);
        if ('content' in r)
          for (const tag of r.content.matchAll(/<\/?([a-z]+)/g))
            expect(['p', 'strong', 'em', 'br']).toContain(tag[1]);
      }
    });

    it('gives every item a template flag and a unique key of method/region/…', () => {
      const keys = bp.records.map((r) => r.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const r of bp.records) {
        expect(r.template).toBe(true);
        expect(r.key.startsWith(`${method.id}/${r.region}/`), r.key).toBe(true);
      }
    });

    it('fits every text in its item', () => {
      for (const r of bp.records) {
        const a = textArea(r);
        if (a?.content) expect(fits(a.content, a.width, a.height, a.fontSize), r.key).toBe(true);
      }
    });

    it('passes checkBlueprint', () => {
      expect(checkBlueprint(bp)).toEqual([]);
    });

    it('has a frame for every region and every structural area, a parking frame among them, a tray only where the method rates', () => {
      const frames = placed(bp)
        .filter((r) => r.kind === 'frame')
        .map((r) => r.region);
      const rates = method.phases.some((p) => p.actions.some((a) => a.kind === 'rate'));
      const structural = STRUCTURAL.filter((s) => s !== 'tray' || rates);
      expect(frames).toEqual(
        expect.arrayContaining([...structural, ...method.regions.map((r) => r.id)]),
      );
      expect(frames).toHaveLength(structural.length + method.regions.length);
      expect(frames.includes('tray')).toBe(rates);
      expect(placed(bp).find((r) => r.key === `${method.id}/parking/frame`)).toMatchObject({
        title: 'Parkeerplaats',
      });
    });

    it('has one numbered track card a phase, and a role card a participant', () => {
      const track = shapesIn(bp, 'track', 'phase');
      expect(track.map((r) => words(r).split(' ')[0])).toEqual(
        method.phases.map((_, i) => String(i + 1)),
      );
      expect(
        shapesIn(bp, 'roles', 'card')
          .map((r) => r.owner)
          .sort(),
      ).toEqual(
        people(n)
          .map((p) => p.id)
          .sort(),
      );
    });
  });
});

describe('layoutMethod, per method', () => {
  it('gives each member but the inbrenger three question slots in tien-stappen (R16)', () => {
    const bp = layoutMethod(methodById('tien-stappen'), people(6), options);
    const slots = shapesIn(bp, 'vragen', 'slot');
    const perOwner = new Map<string, number>();
    for (const s of slots) perOwner.set(s.owner!, (perOwner.get(s.owner!) ?? 0) + 1);
    expect(perOwner.has('anna')).toBe(false);
    expect([...perOwner.values()]).toEqual([3, 3, 3, 3]);
    expect(slots.find((s) => s.key === 'tien-stappen/vragen/slot/chris/2')).toBeDefined();
    expect(words(slots[0]!)).toContain('Chris');
  });

  it('draws the viskom as two concentric circles with one seat a participant (R23)', () => {
    const binnen = ['anna', 'bram', 'chris'];
    const buiten = ['dewi', 'eva', 'fatima', 'gijs'];
    const bp = layoutMethod(methodById('viskom'), people(7), {
      ...options,
      viskom: { binnen, buiten },
    });
    const [outer, inner] = shapesIn(bp, 'kom', 'circle');
    expect(outer!.shape).toBe('circle');
    expect(inner!.shape).toBe('circle');
    expect([inner!.x, inner!.y]).toEqual([outer!.x, outer!.y]);
    expect(inner!.width).toBeLessThan(outer!.width);
    const seats = shapesIn(bp, 'kom', 'seat');
    expect(seats.map((s) => s.owner).sort()).toEqual([...binnen, ...buiten].sort());
    for (const s of seats) {
      const d = Math.hypot(s.x - outer!.x, s.y - outer!.y);
      const seatR = s.width / 2;
      if (s.role === 'binnengroep') expect(d + seatR).toBeLessThanOrEqual(inner!.width / 2);
      else expect(d - seatR).toBeGreaterThanOrEqual(inner!.width / 2);
      expect(d + seatR).toBeLessThanOrEqual(outer!.width / 2);
      for (const o of seats)
        if (o !== s) expect(Math.hypot(o.x - s.x, o.y - s.y)).toBeGreaterThanOrEqual(s.width);
    }
    expect(seats.filter((s) => s.role === 'binnengroep').map((s) => s.owner)).toEqual(binnen);
  });

  it('gives each buitengroep member a reformulation slot, groups taken from the viskom (R26)', () => {
    const viskom = { binnen: ['anna', 'bram'], buiten: ['chris', 'dewi', 'eva'] };
    const bp = layoutMethod(methodById('viskom'), people(5), { ...options, viskom });
    const slots = shapesIn(bp, 'herformulering-buiten', 'slot');
    expect(slots.map((s) => s.owner)).toEqual(viskom.buiten);
    expect(slots.every((s) => s.role === 'buitengroep')).toBe(true);
  });

  it('splits the success flip-over in the two labelled columns and has a vondsten frame (R39, R40)', () => {
    const method = methodById('successen');
    const bp = layoutMethod(method, people(5), options);
    const columns = method.regions.find((r) => r.kind === 'columns')!;
    expect(columns.columns).toHaveLength(2);
    const labels = shapesIn(bp, columns.id, 'label').map(words);
    expect(labels).toEqual(columns.columns!.map((c) => c.nl));
    expect(shapesIn(bp, columns.id, 'column')).toHaveLength(2);
    expect(placed(bp).find((r) => r.key === 'successen/vondsten/frame')).toMatchObject({
      title: 'Vondsten',
    });
  });

  it('offers lauw in the tray only for speed (R37), warm / neutraal / koud elsewhere', () => {
    const rating = allMethods.filter((m) =>
      m.phases.some((p) => p.actions.some((a) => a.kind === 'rate')),
    );
    expect(rating.map((m) => m.id)).toContain('speed');
    for (const method of rating) {
      const bp = layoutMethod(method, people(4), options);
      const stickers = shapesIn(bp, 'tray', 'sticker').map(words);
      if (method.id === 'speed') expect(stickers).toEqual(['+ warm', '0 lauw', '− koud']);
      else expect(stickers).toEqual(['+ warm', '0 neutraal', '− koud']);
      const tags = bp.records.filter((r) => r.kind === 'tag');
      expect(tags).toHaveLength(3);
    }
  });

  it('gives every pair of the walk a result area, pairs from the options first', () => {
    const bp = layoutMethod(methodById('wandeling'), people(5), {
      ...options,
      pairs: [['anna', 'eva']],
    });
    const names = shapesIn(bp, 'duos', 'names').map(words);
    expect(names).toEqual(['Anna en Eva', 'Bram en Chris en Dewi']);
    expect(shapesIn(bp, 'duos', 'pair')).toHaveLength(2);
  });

  it('escapes participant names in item content', () => {
    const list = [
      { id: 'a', name: '<b>x</b>', role: 'inbrenger' },
      { id: 'b', name: 'Tom & Jerry', role: 'groepslid' },
    ];
    const bp = layoutMethod(methodById('tien-stappen'), list, options);
    const cards = shapesIn(bp, 'roles', 'card');
    expect(cards[0]!.content).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(cards[1]!.content).toContain('Tom &amp; Jerry');
    expect(checkBlueprint(bp)).toEqual([]);
  });

  it('puts the date and the credit in the title block and the first phase on the step card', () => {
    const bp = layoutMethod(methodById('post-it'), people(3), { ...options, title: 'Team A' });
    const title = placed(bp)
      .filter((r) => r.region === 'title')
      .map((r) => ('content' in r ? words(r) : ''));
    expect(title.join(' ')).toContain('12 maart 2025');
    expect(title.join(' ')).toContain('Cameleon');
    expect(title.join(' ')).toContain('Team A');
    const step = placed(bp).find((r) => r.key === 'post-it/step/card') as ShapeRecord;
    expect(words(step)).toContain(methodById('post-it').phases[0]!.instruction.nl);
  });

  it('orders the regions by the phase that first opens them, left to right and top to bottom', () => {
    for (const method of allMethods) {
      const bp = layoutMethod(method, people(6), options);
      const frames = placed(bp).filter(
        (r): r is PlacedRecord => r.kind === 'frame' && !STRUCTURAL.includes(r.region as never),
      );
      const reading = [...frames].sort(
        (a, b) => boxOf(a).top - boxOf(b).top || boxOf(a).left - boxOf(b).left,
      );
      expect(reading.map((f) => f.key)).toEqual(frames.map((f) => f.key));
    }
  });

  it('is deterministic: the same input gives the same blueprint', () => {
    const a = layoutMethod(methodById('via'), people(6), options);
    const b = layoutMethod(methodById('via'), people(6), options);
    expect(a).toEqual(b);
  });

  it('refuses duplicate participant ids and malformed session ids as bugs', () => {
    const twice = [...people(2), { id: 'anna', name: 'Anna 2' }];
    expect(() => layoutMethod(methodById('post-it'), twice, options)).toThrow(/duplicate/);
    expect(() =>
      layoutMethod(methodById('post-it'), people(2), { ...options, sessionId: 'a b' }),
    ).toThrow(/session/);
  });

  it('lays out in English with Parking lot', () => {
    const bp = layoutMethod(methodById('post-it'), people(3), { ...options, lang: 'en' });
    expect(placed(bp).find((r) => r.region === 'parking' && r.kind === 'frame')).toMatchObject({
      title: 'Parking lot',
    });
    expect(checkBlueprint(bp)).toEqual([]);
  });
});
