import { describe, expect, it } from 'vitest';
import { setupBoard, type Board } from './fixtures';

const poll = async (b: Board) => {
  const fac = b.guards.get('u-fac')!.reconciler;
  b.sim.clock.advance(fac.intervalMs);
  await fac.tick();
  await b.settle();
};

describe('a region frame deleted', () => {
  for (const guarded of [true, false]) {
    it(`brings back the participants’ notes of an OPEN region (deleter ${guarded ? 'with' : 'without'} the app)`, async () => {
      const b = await setupBoard('tien-stappen');
      await b.setPlace(1);
      const q = b.sim.as('u-bob').act.create('sticky_note', {
        ...b.spot('vragen', 'u-bob'),
        content: 'Wat wil je?',
        width: 150,
      });
      await b.settle();
      const at = b.sim.inspect.absolute(q.id);
      await poll(b);
      const old = b.frame('vragen').id;
      if (!guarded) b.guards.get('u-cas')!.stop();
      b.sim.as('u-cas').act.remove(old);
      await b.settle();
      await poll(b);
      await poll(b);
      expect(b.frame('vragen').id).not.toBe(old);
      const copies = b.sim.inspect.items().filter((i) => i.content === 'Wat wil je?');
      expect(copies).toHaveLength(1);
      expect(b.regionOfItem(copies[0]!.id)).toBe('vragen');
      expect(b.sim.inspect.absolute(copies[0]!.id)).toMatchObject({ x: at.x, y: at.y });
      if (b.sim.assumptions.frameDelete === 'keep-children') {
        // The note outlived its frame: the same note joins the frame that came back.
        expect(copies[0]!.id).toBe(q.id);
      } else {
        expect(b.sim.inspect.metadataOf(copies[0]!.id)?.iv).toMatchObject({ a: 'u-bob' });
      }
    });
  }
});
