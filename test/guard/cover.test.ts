import { describe, expect, it } from 'vitest';
import { KEYS, withTemplateId } from '../../src/guard/plan';
import type { FrameItem, Json } from '../../src/miro/types';
import { methods } from '../../src/catalog/methods';
import { setupBoard, SID, type Board } from './fixtures';
import { COLLECTION } from '../../src/storage/keys';

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
  // As the renderer: the cover joins its frame (Miro is not known to parent on create).
  const frame = (await b.sim.board.getById(f.id)) as FrameItem;
  if (shape.parentId !== f.id) await frame.add(shape);
  const c = b.sim.board.storage.collection(COLLECTION);
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
    const c = b.sim.board.storage.collection(COLLECTION);
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

describe('covers the session explains', () => {
  // Balint's private writing: 'associaties' is open and private.
  const AT = methods
    .byId('balint')!
    .phases.findIndex((p) => p.actions.some((a) => a.kind === 'reveal'));

  /** The stored notices' kinds. */
  const noticeKinds = (b: Board) =>
    (
      (
        b.sim.inspect.collection(COLLECTION)[KEYS.notices(SID)] as
          { items?: { t: string }[] } | undefined
      )?.items ?? []
    ).map((n) => n.t);
  const coversOver = (b: Board, region: string) =>
    b.sim.inspect.items().filter((i) => i.type === 'shape' && i.width === b.frame(region).width);

  it('R8: a participant deleting the cover while the region is still private gets it put back', async () => {
    const b = await setupBoard('balint');
    expect(b.method.phases[AT]!.regions.associaties).toMatchObject({ private: true });
    await b.setPlace(AT);
    const id = await cover(b, 'associaties');
    b.sim.as('u-bob').act.remove(id);
    await b.settle();
    const back = b.map[`${b.method.id}/associaties/cover`];
    expect(back).not.toBe(id);
    expect(b.sim.inspect.itemById(back!)).toBeDefined();
    expect(coversOver(b, 'associaties')).toHaveLength(1);
  });

  it('R8: a cover gone after the reveal, its key still in the map, is forgotten by the reconciler, not put back', async () => {
    const b = await setupBoard('balint');
    await b.setPlace(AT);
    const id = await cover(b, 'associaties');
    const at = b.sim.clock.now();
    const revealed = [{ region: 'associaties', phaseIndex: AT, round: 0, names: 'with', at }];
    await b.setPlace(AT, 0, { revealed } as never);
    // The helper's own createShape counts as the facilitator writing there: only what follows counts.
    const before = noticeKinds(b);
    await b.sim.board.remove({ id, type: 'shape' });
    await b.settle();
    const fac = b.guards.get('u-fac')!;
    b.sim.clock.advance(fac.reconciler.intervalMs);
    await fac.reconciler.tick();
    await b.settle();
    expect(coversOver(b, 'associaties')).toEqual([]);
    expect(noticeKinds(b)).toEqual(before);
    expect(fac.guard.ctx.view.template.has(id)).toBe(false);
  });

  it('R8: a cover taken off before the new session state reached this client is no activity either', async () => {
    const b = await setupBoard('balint');
    await b.setPlace(AT);
    const id = await cover(b, 'associaties');
    const fac = b.guards.get('u-fac')!;
    const late = fac.guard.ctx.view.state;
    const at = b.sim.clock.now();
    const revealed = [{ region: 'associaties', phaseIndex: AT, round: 0, names: 'with', at }];
    await b.setPlace(AT, 0, { revealed } as never);
    fac.guard.ctx.view.state = late;
    const before = noticeKinds(b);
    await b.sim.board.remove({ id, type: 'shape' });
    await b.settle();
    expect(noticeKinds(b)).toEqual(before);
    expect(coversOver(b, 'associaties')).toEqual([]);
    expect(fac.guard.ctx.view.template.has(id)).toBe(false);
  });
});
