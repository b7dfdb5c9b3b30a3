import { describe, expect, it } from 'vitest';
import { KEYS, withTemplateId } from '../../src/guard/plan';
import type { Json } from '../../src/miro/types';
import { setupBoard, SID, type Board } from './fixtures';

/** Covers a region as the renderer does: an opaque shape over the frame, its id in the map. */
async function cover(b: Board, region: string): Promise<string> {
  const f = b.frame(region);
  const shape = await b.sim.board.createShape({
    x: f.x,
    y: f.y,
    width: f.width,
    height: f.height,
    style: { fillColor: '#e6e6e6', fillOpacity: 1 },
  });
  const c = b.sim.board.storage.collection('intervisie');
  const raw = await c.get(KEYS.template(SID));
  await c.set(KEYS.template(SID), withTemplateId(raw, `${b.method.id}/${region}/cover`, shape.id));
  await b.settle();
  return shape.id;
}

describe('covers over private regions', () => {
  it('R7: a participant’s sticky written under the cover is not visible to others after the guard acts', async () => {
    const b = await setupBoard('incident-inzicht');
    await b.setPlace(2);
    await cover(b, 'vragen');
    const note = b.sim
      .as('u-dan')
      .act.create('sticky_note', { ...b.spot('vragen'), content: 'onder de cover', width: 120 });
    await b.settle();
    expect(b.regionOfItem(note.id)).toBe('vragen');
    expect(b.sim.inspect.visible(note.id)).toBe(false);
  });

  it('R7: the reconciler hides a sticky written under the cover by someone without the app', async () => {
    const b = await setupBoard('incident-inzicht');
    await b.setPlace(2);
    await cover(b, 'vragen');
    const fac = b.guards.get('u-fac')!.reconciler;
    b.sim.clock.advance(fac.intervalMs);
    await fac.tick();
    b.guards.get('u-dan')!.stop();
    const note = b.sim
      .as('u-dan')
      .act.create('sticky_note', { ...b.spot('vragen'), content: 'zonder app', width: 120 });
    await b.settle();
    expect(b.sim.inspect.visible(note.id)).toBe(true);
    b.sim.resetCounters();
    b.sim.clock.advance(fac.intervalMs);
    await fac.tick();
    await b.settle();
    expect(b.sim.inspect.visible(note.id)).toBe(false);
    expect(b.sim.counters.byKind.bringToFront?.calls).toBe(1);
    // Nothing new since: the next poll leaves the stack alone.
    b.sim.clock.advance(fac.intervalMs);
    await fac.tick();
    expect(b.sim.counters.byKind.bringToFront?.calls).toBe(1);
  });
});

describe('covers taken off', () => {
  it('R8: a cover removed on reveal (its key gone from the map) is not put back by the reconciler', async () => {
    const b = await setupBoard('incident-inzicht');
    await b.setPlace(2);
    const id = await cover(b, 'vragen');
    await b.sim.board.remove({ id, type: 'shape' });
    const c = b.sim.board.storage.collection('intervisie');
    const raw = (await c.get(KEYS.template(SID))) as { items: Record<string, string> };
    const items = { ...raw.items };
    delete items['vragen/cover'];
    await c.set(KEYS.template(SID), { ...raw, items } as unknown as Json);
    await b.settle();
    const fac = b.guards.get('u-fac')!.reconciler;
    b.sim.clock.advance(fac.intervalMs);
    await fac.tick();
    await b.settle();
    expect(
      b.sim.inspect
        .items()
        .filter((i) => i.type === 'shape' && i.width === b.frame('vragen').width),
    ).toEqual([]);
  });
});
