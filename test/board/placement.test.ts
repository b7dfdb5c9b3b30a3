import { describe, expect, it } from 'vitest';
import { generateTemplate } from '../../src/board/generate';
import { createItemCache } from '../../src/board/cache';
import { layoutOptions, people, setup } from './helpers';

describe('placement and the item cache', () => {
  it('places the template in empty space near the viewport, clear of existing items', async () => {
    const { sim, hooks } = setup();
    const existing = [
      sim
        .as('u-ann')
        .act.create('frame', { x: 0, y: 0, width: 3000, height: 2000, title: 'Eerder werk' }),
      sim.as('u-ann').act.create('sticky_note', { x: 2400, y: 0, content: 'los' }),
      sim.as('u-ann').act.create('shape', { x: 0, y: 1600, width: 800, height: 400 }),
    ].map((i) => sim.inspect.itemById(i.id)!.absolute);
    const input = { methodId: 'speed', participants: people(6), options: layoutOptions('pl') };
    const result = await generateTemplate(sim, input, hooks);
    expect(result.ok).toBe(true);
    const ours = sim.inspect.items().filter((i) => i.createdBy === 'u-fac' && i.parentId === null);
    for (const a of ours.map((i) => i.absolute))
      for (const b of existing)
        expect(
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
        ).toBe(true);
    const vp = sim.inspect.client().viewport;
    expect(Math.abs(vp.x)).toBeLessThan(20_000);
  });

  it('places the template at a given origin', async () => {
    const { sim, hooks } = setup();
    const input = { methodId: 'post-it', participants: people(2), options: layoutOptions('or') };
    const result = await generateTemplate(sim, input, {
      ...hooks,
      origin: { x: 10_000, y: 5_000 },
    });
    expect(result.ok && result.map.origin).toEqual({ x: 10_000, y: 5_000 });
    const title = sim.inspect.itemById(result.map.items['post-it/title/frame']!)!;
    expect(title.absolute.left).toBe(10_000);
    expect(sim.counters.byKind.findEmptySpace).toBeUndefined();
  });

  it('fetches an item once by key and then serves the cached object', async () => {
    const { sim, hooks } = setup();
    const input = { methodId: 'post-it', participants: people(2), options: layoutOptions('ca') };
    const result = await generateTemplate(sim, input, hooks);
    sim.resetCounters();
    const cache = createItemCache(sim, result.map);
    const first = await cache.get('post-it/step/card');
    const second = await cache.get('post-it/step/card');
    expect(first?.type).toBe('shape');
    expect(second).toBe(first);
    expect(await cache.get('post-it/nope')).toBeUndefined();
    expect(sim.counters.calls).toBe(1);
  });
});
