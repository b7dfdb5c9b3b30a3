// The facilitator's activity list names what the facilitator did beyond the rules; the app's own
// posts from the facilitator's client are not that (R7, R34): the cover over a region written
// privately, and the notes a reveal posts (anonymous ones are all created by the facilitator).
import { describe, expect, it } from 'vitest';
import { handleEvent } from '../../src/guard/handle';
import type { EventItem } from '../../src/guard/model';
import { setupBoard, SID } from './fixtures';
import { COLLECTION } from '../../src/storage/keys';

const activity = (b: Awaited<ReturnType<typeof setupBoard>>) => {
  const raw = b.sim.inspect.collection(COLLECTION)[`notices:${SID}`] as
    { items: { t: string; who: string; region?: string }[] } | undefined;
  return (raw?.items ?? []).filter((n) => n.t === 'activity');
};

const revealedNow = (b: Awaited<ReturnType<typeof setupBoard>>, phaseIndex: number) => ({
  revealed: [
    { region: 'vragen', phaseIndex, round: 0, names: 'without' as const, at: b.sim.clock.now() },
  ],
});

describe('the facilitator’s activity and the app’s own posts', () => {
  it('R7: the cover laid over a region written privately is no activity of the facilitator', async () => {
    const b = await setupBoard('incident-inzicht');
    await b.setPlace(2);
    const f = b.frame('vragen');
    b.sim.as('u-fac').act.create('shape', {
      x: f.x,
      y: f.y,
      width: f.width,
      height: f.height,
      content: '<p><strong>Verborgen tot de onthulling</strong></p>',
    });
    await b.settle();
    expect(activity(b)).toEqual([]);
  });

  it('R7: a sticky the facilitator’s client posts into a region revealed in this phase is no activity', async () => {
    const b = await setupBoard('incident-inzicht');
    await b.setPlace(3, 0, revealedNow(b, 3));
    // Past the guard's reveal window: the stored reveal still explains the post.
    b.sim.clock.advance(10 * 60_000);
    b.sim.as('u-fac').act.create('sticky_note', {
      ...b.spot('vragen'),
      content: '<p>Wie was erbij?</p>',
      width: 180,
    });
    await b.settle();
    expect(activity(b)).toEqual([]);
  });

  it('R7: a reveal post judged before the stored reveal reached the view is judged again by the stored session', async () => {
    const b = await setupBoard('incident-inzicht');
    await b.setPlace(3);
    const guard = b.guards.get('u-fac')!.guard;
    const stale = { ...guard.ctx.view };
    await b.setPlace(3, 0, revealedNow(b, 3));
    const spot = b.spot('vragen');
    const item: EventItem = {
      id: 'posted-1',
      type: 'sticky_note',
      parentId: null,
      ...spot,
      width: 180,
      createdBy: 'u-fac',
      modifiedBy: 'u-fac',
      content: '<p>Wie was erbij?</p>',
    };
    const [d] = await handleEvent(guard.ctx, 'create', [item], stale);
    expect(d).toMatchObject({ kind: 'ignore', reason: 'facilitator' });
    expect(d).not.toHaveProperty('activity');
    expect(activity(b)).toEqual([]);
  });

  it('R7: the facilitator’s own writing in a region not open to them is still listed', async () => {
    const b = await setupBoard('incident-inzicht');
    await b.setPlace(3);
    b.sim.as('u-fac').act.create('sticky_note', {
      ...b.spot('vragen'),
      content: '<p>Wie was erbij?</p>',
      width: 180,
    });
    await b.settle();
    expect(activity(b)).toEqual([expect.objectContaining({ who: 'Fee', region: 'vragen' })]);
    // A shape with the cover's words over a region that is not covered is the facilitator's too.
    b.sim.clock.advance(1000);
    b.sim.as('u-fac').act.create('shape', {
      ...b.spot('vragen'),
      width: 100,
      height: 100,
      content: '<p>Verborgen tot de onthulling</p>',
    });
    await b.settle();
    expect(activity(b)).toHaveLength(2);
  });
});
