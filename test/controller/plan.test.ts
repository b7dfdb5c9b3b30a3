// The guard's plan, written by the controller at session start: a guard started afterwards reads
// the text-free plan from storage and never loads the method catalog, so custom methods are guarded.
import { describe, expect, it, vi } from 'vitest';
import { frameKey } from '../../src/board/render-visual';
import type { Method } from '../../src/catalog/schema';
import { startGuardWith } from '../../src/guard/entry';
import { KEYS, planOf } from '../../src/guard/plan';
import { COLLECTION } from '../../src/session/store';
import { methodById, staged } from './fixtures';

const custom: Method = { ...methodById('post-it'), id: 'eigen-postit' };

describe('startSession and the guard plan', () => {
  it('stores the method’s text-free plan under plan:<sid>', async () => {
    const s = await staged(custom);
    const stored = s.sim.inspect.collection(COLLECTION)[KEYS.plan(s.sessionId)];
    expect(stored).toEqual(JSON.parse(JSON.stringify(planOf(custom))));
    // Rules only, and the names the guard's labels use: no step texts or instructions.
    const { titles, ...rules } = stored as unknown as { titles: unknown };
    expect(JSON.stringify(rules)).not.toContain('Tips en aanbevelingen');
    expect(titles).toMatchObject({ regions: expect.any(Object), phases: expect.any(Array) });
    expect(JSON.stringify(stored)).not.toContain(custom.phases[0]!.instruction.nl);
  });

  it('lets a guard started afterwards decide from the plan without loading the catalog', async () => {
    const s = await staged(custom);
    expect((await s.handle.start()).ok).toBe(true);
    await s.sim.settle();
    const lookup = vi.fn(async () => undefined);
    const started = await startGuardWith(s.sim.as('u-chris'), {
      now: () => s.sim.clock.now(),
      lookup,
      timers: false,
    });
    expect(started).not.toBeNull();
    expect(lookup).not.toHaveBeenCalled();
    const tips = s.sim.inspect.absolute(s.map.items[frameKey(custom.id, 'tips')]!);
    const item = s.sim
      .as('u-chris')
      .act.create('sticky_note', { x: tips.x, y: tips.y + 100, content: 'Te vroeg', width: 150 });
    for (let i = 0; i < 4; i++) {
      await s.sim.settle();
      await started!.guard.idle();
    }
    const parking = s.map.items[frameKey(custom.id, 'parking')];
    expect(s.sim.inspect.itemById(item.id)?.parentId).toBe(parking);
    started!.stop();
  });
});
