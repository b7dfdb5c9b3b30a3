import { describe, expect, it } from 'vitest';
import { rateItem } from '../../src/guard/rating';
import { setupBoard } from './fixtures';

describe('restoring a participant’s note', () => {
  it('R17: a deleted, rated note comes back with its colour, size and rating tag, and polling keeps the tag', async () => {
    const b = await setupBoard('tien-stappen');
    await b.setPlace(1);
    const q = b.sim.as('u-bob').act.create('sticky_note', {
      ...b.spot('vragen', 'u-bob'),
      content: 'Wat wil je?',
      width: 150,
      style: { fillColor: 'light_blue' },
    });
    await b.settle();
    await b.setPlace(2);
    expect(await rateItem(b.guards.get('u-ann')!.guard.ctx, q.id, 'warm')).toMatchObject({
      ok: true,
    });
    await b.settle();
    const rated = b.sim.inspect.itemById(q.id)!;
    expect(rated.tagIds).toHaveLength(1);
    b.sim.as('u-cas').act.remove(q.id);
    await b.settle();
    const fac = b.guards.get('u-fac')!.reconciler;
    b.sim.clock.advance(fac.intervalMs);
    await fac.tick();
    await b.settle();
    const copy = b.sim.inspect.items().find((i) => i.content === 'Wat wil je?')!;
    expect(copy.id).not.toBe(q.id);
    expect(copy).toMatchObject({
      width: rated.width,
      shape: rated.shape,
      tagIds: rated.tagIds,
      style: expect.objectContaining({ fillColor: 'light_blue' }),
    });
  });
});
