import { describe, expect, it } from 'vitest';
import {
  countRatings,
  createDropHandler,
  rateItem,
  rateSelection,
  type RatingsRecord,
} from '../../src/guard/rating';
import { setupBoard } from './fixtures';
import { COLLECTION, KEYS } from '../../src/storage/keys';

async function ratedBoard(methodId: string, writePhase: number, region: string, ratePhase: number) {
  const b = await setupBoard(methodId);
  await b.setPlace(writePhase);
  const q = b.sim
    .as('u-bob')
    .act.create('sticky_note', { ...b.spot(region, 'u-bob'), content: 'Vraag', width: 150 });
  await b.settle();
  await b.setPlace(ratePhase);
  return { b, q };
}

describe('ratings', () => {
  it('R17: the inbrenger rates a question; a member’s attempt is refused', async () => {
    const { b, q } = await ratedBoard('tien-stappen', 1, 'vragen', 2);
    const ann = b.guards.get('u-ann')!.guard.ctx;
    const bob = b.guards.get('u-bob')!.guard.ctx;
    expect(await rateItem(bob, q.id, 'warm')).toMatchObject({ ok: false, code: 'notRater' });
    expect(await rateItem(ann, q.id, 'warm')).toEqual({ ok: true, itemId: q.id });
    await b.settle();
    expect(await rateItem(ann, q.id, 'koud')).toEqual({ ok: true, itemId: q.id });
    await b.settle();
    const stickers = b.sim.inspect
      .items()
      .filter((i) => i.type === 'shape' && /koud|warm/.test(i.content) && i.width === 96);
    expect(stickers.map((s) => s.content)).toEqual(['<p><strong>−</strong> koud</p>']);
    const tags = b.sim.inspect.tags();
    const sticky = b.sim.inspect.itemById(q.id)!;
    expect(sticky.tagIds.map((t) => tags.find((x) => x.id === t)?.title)).toEqual([
      expect.stringMatching(/koud$/),
    ]);
    expect(b.regionOfItem(q.id)).toBe('vragen');
    const rec = b.sim.inspect.collection(COLLECTION)[
      KEYS.ratings('s1')
    ] as unknown as RatingsRecord;
    expect(countRatings(rec)).toEqual({ vragen: { koud: 1 } });
  });

  it('R17: the rating sticker in the locked region is not parked, and polling leaves it be', async () => {
    const { b, q } = await ratedBoard('tien-stappen', 1, 'vragen', 2);
    await rateItem(b.guards.get('u-ann')!.guard.ctx, q.id, 'neutraal');
    await b.settle();
    const fac = b.guards.get('u-fac')!.reconciler;
    b.sim.clock.advance(fac.intervalMs);
    await fac.tick();
    await b.settle();
    const sticker = b.sim.inspect
      .items()
      .find((i) => i.type === 'shape' && i.content.includes('neutraal') && i.width === 96)!;
    expect(b.regionOfItem(sticker.id)).toBe('vragen');
  });

  it('R37: lauw is a value only in Speedintervisie', async () => {
    const speed = await ratedBoard('speed', 3, 'probleem', 4);
    const ann = speed.b.guards.get('u-ann')!.guard.ctx;
    expect(await rateItem(ann, speed.q.id, 'neutraal')).toMatchObject({
      ok: false,
      code: 'badValue',
    });
    expect(await rateItem(ann, speed.q.id, 'lauw')).toMatchObject({ ok: true });
    const ten = await ratedBoard('tien-stappen', 1, 'vragen', 2);
    expect(await rateItem(ten.b.guards.get('u-ann')!.guard.ctx, ten.q.id, 'lauw')).toMatchObject({
      ok: false,
      code: 'badValue',
    });
  });

  it('rates outside a rating phase is refused; select-and-click and the tray drop both rate', async () => {
    const { b, q } = await ratedBoard('tien-stappen', 1, 'vragen', 3);
    const ann = b.guards.get('u-ann')!.guard.ctx;
    expect(await rateItem(ann, q.id, 'warm')).toMatchObject({ ok: false, code: 'noRating' });
    await b.setPlace(2);
    b.sim.as('u-ann').act.select([q.id]);
    expect(await rateSelection(ann, 'warm')).toEqual([{ ok: true, itemId: q.id }]);
    const at = b.sim.inspect.absolute(q.id);
    const results: unknown[] = [];
    const drop = createDropHandler(
      ann,
      () => 'koud',
      (r) => results.push(r),
    );
    await drop({ x: at.x, y: at.y, target: {} as HTMLElement });
    expect(results).toEqual([{ ok: true, itemId: q.id }]);
  });

  it('the reconciler removes a rating tag a member set by hand', async () => {
    const { b, q } = await ratedBoard('tien-stappen', 1, 'vragen', 2);
    await rateItem(b.guards.get('u-ann')!.guard.ctx, q.id, 'warm');
    await b.settle();
    const koud = b.sim.inspect.tags().find((t) => t.title.endsWith('koud'))!;
    await rateItem(b.guards.get('u-ann')!.guard.ctx, q.id, 'koud');
    await rateItem(b.guards.get('u-ann')!.guard.ctx, q.id, 'warm');
    await b.settle();
    const item = (await b.sim.as('u-bob').board.getById(q.id)) as {
      tagIds: string[];
      sync(): Promise<void>;
    };
    item.tagIds = [...item.tagIds, koud.id];
    await item.sync();
    const fac = b.guards.get('u-fac')!.reconciler;
    b.sim.clock.advance(fac.intervalMs);
    await fac.tick();
    await b.settle();
    expect(b.sim.inspect.itemById(q.id)!.tagIds).not.toContain(koud.id);
    expect(b.sim.inspect.itemById(q.id)!.tagIds).toHaveLength(1);
  });
});
