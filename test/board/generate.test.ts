import { describe, expect, it } from 'vitest';
import { generateTemplate } from '../../src/board/generate';
import { methods } from '../../src/catalog/methods';
import { isPlaced } from '../../src/layout/blueprint';
import { layoutMethod } from '../../src/layout/layout';
import { META_KEY, META_LIMIT } from '../../src/layout/meta';
import { LIMITS } from '../../src/miro/simulator';
import { layoutOptions, metaKeys, people, setup, storedMap } from './helpers';

const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;

describe.each(methods.all.map((m) => [m.id] as const))('generateTemplate(%s)', (methodId) => {
  it.each([2, 6, 16])('lays out %i participants completely and within Miro limits', async (n) => {
    const { sim, hooks } = setup();
    const sessionId = `s${n}`;
    const progress: [number, number][] = [];
    const input = { methodId, participants: people(n), options: layoutOptions(sessionId) };
    const result = await generateTemplate(sim, input, {
      ...hooks,
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    const bp = layoutMethod(methods.byId(methodId)!, people(n), layoutOptions(sessionId));
    const placed = bp.records.filter(isPlaced);
    const items = sim.inspect.items();

    // Item count equals the blueprint's placed records; tags once each.
    expect(items).toHaveLength(placed.length);
    expect(sim.inspect.tags()).toHaveLength(bp.records.length - placed.length);
    expect(new Set(metaKeys(sim)).size).toBe(placed.length);

    // No two frames (regions) overlap on the board.
    const frames = items.filter((i) => i.type === 'frame');
    for (const a of frames)
      for (const b of frames)
        if (a !== b)
          expect(
            a.absolute.right <= b.absolute.left ||
              b.absolute.right <= a.absolute.left ||
              a.absolute.bottom <= b.absolute.top ||
              b.absolute.bottom <= a.absolute.top,
            `${a.title} / ${b.title}`,
          ).toBe(true);

    // Every item lies inside its frame, as that frame's child, and carries its metadata.
    const map = storedMap(sim, sessionId)!;
    const byKey = new Map(placed.map((r) => [r.key, r]));
    for (const item of items) {
      const meta = sim.inspect.metadataOf(item.id)!;
      expect(bytes(meta)).toBeLessThanOrEqual(META_LIMIT);
      const iv = meta[META_KEY] as { s: string; r: string; k: string };
      const record = byKey.get(iv.k)!;
      expect(iv).toMatchObject({ s: sessionId, r: record.region });
      expect(map.items[iv.k]).toBe(item.id);
      if (record.parent === undefined) {
        expect(item.parentId).toBeNull();
        continue;
      }
      const frame = sim.inspect.itemById(map.items[record.parent]!)!;
      expect(item.parentId).toBe(frame.id);
      const a = item.absolute;
      const f = frame.absolute;
      expect(a.left >= f.left - 0.5 && a.right <= f.right + 0.5, record.key).toBe(true);
      expect(a.top >= f.top - 0.5 && a.bottom <= f.bottom + 0.5, record.key).toBe(true);
    }
    expect(sim.inspect.tags().every((t) => t.title.length <= LIMITS.tagTitleChars)).toBe(true);
    expect(map.complete).toBe(true);
    expect(progress.at(-1)).toEqual([bp.records.length, bp.records.length]);
    expect(sim.counters.maxInFlight).toBeLessThanOrEqual(8);
    expect(sim.counters.rateLimited).toBe(0);
    expect(sim.inspect.client().zoomedTo.at(-1)).toHaveLength(frames.length);
  });
});
