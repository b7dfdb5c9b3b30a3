import { describe, expect, it } from 'vitest';
import { setupBoard, type Board } from './fixtures';

const poll = async (b: Board) => {
  const fac = b.guards.get('u-fac')!.reconciler;
  b.sim.clock.advance(fac.intervalMs);
  await fac.tick();
  await b.settle();
};

const slotOf = (b: Board, user: string) =>
  b.map[Object.keys(b.map).find((k) => k.includes(`/vragen/slot/${user}/1`))!]!;

describe('template items and the reconciler', () => {
  it('R16: makes no sync calls when its polls find nothing to undo (only an owner’s own slot text)', async () => {
    const b = await setupBoard('tien-stappen');
    await b.setPlace(1);
    b.sim
      .as('u-bob')
      .act.create('sticky_note', { ...b.spot('vragen', 'u-bob'), content: 'Vraag', width: 150 });
    await b.settle();
    // Bob types into his own slot: allowed while vragen is open; the slot now carries his edit.
    b.sim.as('u-bob').act.edit(slotOf(b, 'u-bob'), 'Vraag van Bob');
    b.sim.resetCounters();
    await poll(b);
    await poll(b);
    expect(b.sim.counters.byKind.sync).toBeUndefined();
    expect(b.sim.counters.byKind.bringToFront).toBeUndefined();
  });

  it('restores a slot’s text a participant overwrote in a locked region', async () => {
    const b = await setupBoard('tien-stappen');
    await b.setPlace(2);
    const slot = slotOf(b, 'u-bob');
    const before = b.sim.inspect.itemById(slot)!.content;
    b.sim.as('u-cas').act.edit(slot, 'Weg ermee');
    await poll(b);
    expect(b.sim.inspect.itemById(slot)!.content).toBe(before);
  });

  it('R16: keeps what a participant types into their own slot while the region is open, and guards it once locked', async () => {
    const b = await setupBoard('tien-stappen');
    await b.setPlace(1);
    const slot = slotOf(b, 'u-bob');
    b.sim.as('u-bob').act.edit(slot, 'Mijn vraag');
    await poll(b);
    expect(b.sim.inspect.itemById(slot)!.content).toBe('Mijn vraag');
    const other = slotOf(b, 'u-cas');
    const was = b.sim.inspect.itemById(other)!.content;
    b.sim.as('u-bob').act.edit(other, 'Niet van mij');
    await poll(b);
    expect(b.sim.inspect.itemById(other)!.content).toBe(was);
    await b.setPlace(2);
    b.sim.as('u-cas').act.edit(slot, 'Overschreven');
    await poll(b);
    expect(b.sim.inspect.itemById(slot)!.content).toBe('Mijn vraag');
  });
});
