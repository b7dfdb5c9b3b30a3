import { describe, expect, it } from 'vitest';
import { freePlace, parkedSize, placeIn } from '../../src/guard/parking';
import { setupBoard } from './fixtures';

const area = { left: 0, top: 0, width: 880, height: 550 };
const overlap = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

describe('places in the parking frame', () => {
  it('packs notes top-left first, each with room for its label, none on another', () => {
    const taken: { left: number; top: number; width: number; height: number }[] = [];
    for (const note of [
      { width: 120, height: 137 },
      { width: 199, height: 228 },
      { width: 100, height: 114 },
      { width: 150, height: 171 },
    ]) {
      const place = freePlace(area, parkedSize(note), taken)!;
      expect(place).toBeDefined();
      expect(taken.some((t) => overlap(t, place))).toBe(false);
      const { note: at, label } = placeIn(place, note);
      expect(label.y).toBeGreaterThan(at.y + note.height / 2);
      taken.push(place);
    }
    expect(taken[0]).toMatchObject({ left: 0, top: 0 });
  });

  it('finds no place when the area is full', () => {
    const full = [{ ...area }];
    expect(freePlace(area, { width: 100, height: 100 }, full)).toBeUndefined();
  });

  it('R16: parks eight notes from closed regions, none of them or their labels on another', async () => {
    const b = await setupBoard('post-it');
    const regions = ['tips', 'actieplan'].filter((r) => b.method.regions.some((x) => x.id === r));
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const who = i % 2 ? 'u-bob' : 'u-cas';
      const at = b.spot(regions[i % regions.length]!);
      ids.push(b.sim.as(who).act.create('sticky_note', { ...at, content: `p${i}`, width: 120 }).id);
      if (i % 3 === 2) await b.settle();
    }
    await b.settle();
    const boxes = b.sim.inspect
      .items()
      .filter((i) => ids.includes(i.id) || /Geparkeerd uit/.test(i.content ?? ''))
      .map((i) => i.absolute);
    expect(boxes).toHaveLength(16);
    for (const id of ids) expect(b.regionOfItem(id)).toBe('parking');
    const asArea = (a: (typeof boxes)[number]) => ({
      left: a.left,
      top: a.top,
      width: a.right - a.left,
      height: a.bottom - a.top,
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlap(asArea(boxes[i]!), asArea(boxes[j]!)), `${i} and ${j}`).toBe(false);
  });
});
