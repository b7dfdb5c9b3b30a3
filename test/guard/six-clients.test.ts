import { describe, expect, it } from 'vitest';
import type { Assumptions } from '../../src/miro/simulator/assumptions';
import { setupBoard, type Board } from './fixtures';

const poll = async (b: Board) => {
  const fac = b.guards.get('u-fac')!.reconciler;
  b.sim.clock.advance(fac.intervalMs);
  await fac.tick();
  await b.settle();
};

const framesTitled = (b: Board, title: string) =>
  b.sim.inspect.items().filter((i) => i.type === 'frame' && (i.title ?? '').includes(title));

const ANSWERS: {
  itemEvents: Assumptions['itemEvents'];
  frameDelete: Assumptions['frameDelete'];
}[] = [
  { itemEvents: 'all', frameDelete: 'with-children' },
  { itemEvents: 'all', frameDelete: 'keep-children' },
  { itemEvents: 'actor', frameDelete: 'with-children' },
  { itemEvents: 'actor', frameDelete: 'keep-children' },
];

describe('six clients running the guard', () => {
  for (const assume of ANSWERS) {
    const name = `item events to ${assume.itemEvents === 'all' ? 'every client' : 'the actor only'}, a deleted frame ${assume.frameDelete === 'with-children' ? 'takes' : 'leaves'} its children`;

    it(`brings a deleted template frame back exactly once, with its notes and slots (${name})`, async () => {
      const b = await setupBoard('tien-stappen', { extra: 1, sim: { assume } });
      expect(b.guards.size).toBe(6);
      await b.setPlace(1);
      const q = b.sim.as('u-bob').act.create('sticky_note', {
        ...b.spot('vragen', 'u-bob'),
        content: 'Wat wil je bereiken?',
        width: 150,
      });
      await b.settle();
      await poll(b);
      const old = b.frame('vragen');
      const title = b.sim.inspect.itemById(old.id)!.title!;
      const slots = Object.keys(b.map).filter((k) => k.startsWith('tien-stappen/vragen/')).length;
      b.sim.as('u-cas').act.remove(old.id);
      await b.settle();
      await poll(b);
      await poll(b);
      expect(framesTitled(b, title)).toHaveLength(1);
      const now = b.frame('vragen');
      expect(now.id).not.toBe(old.id);
      expect(now).toMatchObject({ x: old.x, y: old.y, width: old.width, height: old.height });
      // Every template item of the region is there once and inside the new frame.
      const keys = Object.keys(b.map).filter((k) => k.startsWith('tien-stappen/vragen/'));
      expect(keys).toHaveLength(slots);
      for (const k of keys.filter((k) => !k.endsWith('/frame')))
        expect(b.regionOfItem(b.map[k]!)).toBe('vragen');
      const copies = b.sim.inspect.items().filter((i) => i.content === 'Wat wil je bereiken?');
      expect(copies).toHaveLength(1);
      expect(b.regionOfItem(copies[0]!.id)).toBe('vragen');
      if (assume.frameDelete === 'keep-children') expect(copies[0]!.id).toBe(q.id);
    });

    it(`parks a note written in a closed region exactly once (${name})`, async () => {
      const b = await setupBoard('post-it', { extra: 1, sim: { assume } });
      const note = b.sim.as('u-dan').act.create('sticky_note', {
        ...b.spot('tips'),
        content: 'Te vroeg',
        width: 120,
      });
      await b.settle();
      await poll(b);
      expect(b.regionOfItem(note.id)).toBe('parking');
      expect(b.sim.inspect.items().filter((i) => i.content === 'Te vroeg')).toHaveLength(1);
      const labels = b.sim.inspect.items().filter((i) => /Geparkeerd uit/.test(i.content ?? ''));
      expect(labels).toHaveLength(1);
    });

    it(`puts a moved template item back once and leaves a participant’s own delete alone (${name})`, async () => {
      const b = await setupBoard('tien-stappen', { extra: 1, sim: { assume } });
      await b.setPlace(1);
      const slot = Object.entries(b.map).find(([k]) => k.includes('/vragen/slot/'))![1];
      const at = b.sim.inspect.absolute(slot);
      b.sim.as('u-bob').act.move(slot, at.x + 400, at.y + 300);
      const own = b.sim.as('u-bob').act.create('sticky_note', {
        ...b.spot('vragen', 'u-bob'),
        content: 'Weg ermee',
        width: 150,
      });
      await b.settle();
      b.sim.as('u-bob').act.remove(own.id);
      await b.settle();
      await poll(b);
      expect(
        b.sim.inspect.absolute(b.map[Object.keys(b.map).find((k) => b.map[k] === slot)!]!),
      ).toMatchObject({ x: at.x, y: at.y });
      expect(b.sim.inspect.items().filter((i) => i.content === 'Weg ermee')).toHaveLength(0);
    });
  }
});
