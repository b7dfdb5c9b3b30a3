import { describe, expect, it } from 'vitest';
import { MISSED_BEATS, pollCreditsPerHour, pollIntervalMs } from '../../src/guard/reconcile';
import { setupBoard } from './fixtures';
import { COLLECTION } from '../../src/storage/keys';

describe('reconciler', () => {
  it('keeps polling within 20 % of the hourly credit budget', () => {
    for (const regions of [2, 5, 9, 12, 20]) {
      expect(pollCreditsPerHour(regions, pollIntervalMs(regions))).toBeLessThanOrEqual(200_000);
    }
  });

  it('restores a text edit in a locked region, which raises no event', async () => {
    const b = await setupBoard('post-it');
    await b.setPlace(1);
    const tip = b.sim
      .as('u-bob')
      .act.create('sticky_note', { ...b.spot('tips'), content: 'Tip', width: 120 });
    await b.settle();
    await b.setPlace(2);
    b.sim.as('u-cas').act.edit(tip.id, 'Veranderd');
    const fac = b.guards.get('u-fac')!.reconciler;
    expect(fac.isOwner()).toBe(true);
    b.sim.clock.advance(fac.intervalMs);
    await fac.tick();
    await b.settle();
    expect(b.sim.inspect.itemById(tip.id)?.content).toBe('Tip');
  });

  it('parks an item another user wrote without the app, found by polling', async () => {
    const b = await setupBoard('post-it');
    await b.setPlace(1);
    b.guards.get('u-ann')!.stop();
    const q = b.sim
      .as('u-ann')
      .act.create('sticky_note', { ...b.spot('tips'), content: 'Ann?', width: 120 });
    await b.settle();
    expect(b.regionOfItem(q.id)).toBe('tips');
    const fac = b.guards.get('u-fac')!.reconciler;
    b.sim.clock.advance(fac.intervalMs);
    await fac.tick();
    await b.settle();
    expect(b.regionOfItem(q.id)).toBe('parking');
    expect(b.sim.inspect.itemById(q.id)?.content).toBe('Ann?');
  });

  it('is taken over by another client after the owner misses three beats', async () => {
    const b = await setupBoard('post-it');
    const fac = b.guards.get('u-fac')!.reconciler;
    const bob = b.guards.get('u-bob')!.reconciler;
    expect(fac.isOwner()).toBe(true);
    b.sim.clock.advance(fac.intervalMs);
    await bob.tick();
    await b.settle();
    expect(bob.isOwner()).toBe(false);
    b.sim.clock.advance(fac.intervalMs * MISSED_BEATS + 1);
    await bob.tick();
    await b.settle();
    expect(bob.isOwner()).toBe(true);
    expect(fac.isOwner()).toBe(false);
    const stored = b.sim.inspect.collection(COLLECTION)['reconciler:s1'] as { userId: string };
    expect(stored.userId).toBe('u-bob');
    // The facilitator's client comes back and claims it again by default.
    await fac.tick();
    await b.settle();
    expect(fac.isOwner()).toBe(true);
    expect(bob.isOwner()).toBe(false);
  });
});
