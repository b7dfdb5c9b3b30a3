import { describe, expect, it } from 'vitest';
import { setupBoard } from './fixtures';
import { COLLECTION, KEYS } from '../../src/storage/keys';

const sticky = (content: string) => ({ content, width: 150 });

describe('phase guard (tien-stappen)', () => {
  it('R16: the inbrenger’s sticky in vragen during step 2 ends in the parking frame, content intact', async () => {
    const b = await setupBoard('tien-stappen');
    await b.setPlace(1);
    const at = b.spot('vragen');
    const item = b.sim.as('u-ann').act.create('sticky_note', { ...at, ...sticky('Mijn antwoord') });
    await b.settle();
    const after = b.sim.inspect.itemById(item.id)!;
    expect(b.regionOfItem(item.id)).toBe('parking');
    expect(after.content).toBe('Mijn antwoord');
    // The label names the region and the step as the board shows them.
    const region = b.method.regions.find((r) => r.id === 'vragen')!.title.nl;
    const step = b.method.phases[1]!.title.nl;
    const label = `Geparkeerd uit ${region} (stap 2: ${step}): Ann`;
    const notes = b.sim.inspect
      .items()
      .filter((i) => i.type === 'text' && i.content.includes(label));
    expect(notes).toHaveLength(1);
    const notices = b.sim.inspect.collection(COLLECTION)[KEYS.notices('s1')] as {
      items: { who: string }[];
    };
    expect(notices.items.map((n) => n.who)).toEqual(['Ann']);
  });

  it('R16: a member’s sticky in their own slot stays; in someone else’s slot it is parked', async () => {
    const b = await setupBoard('tien-stappen');
    await b.setPlace(1);
    const own = b.sim
      .as('u-bob')
      .act.create('sticky_note', { ...b.spot('vragen', 'u-bob'), ...sticky('Vraag 1') });
    const other = b.sim
      .as('u-bob')
      .act.create('sticky_note', { ...b.spot('vragen', 'u-cas'), ...sticky('Vraag x') });
    await b.settle();
    expect(b.regionOfItem(own.id)).toBe('vragen');
    expect(b.regionOfItem(other.id)).toBe('parking');
  });

  it('restores a moved template item and recreates a deleted one with a new id in the map', async () => {
    const b = await setupBoard('tien-stappen');
    await b.setPlace(1);
    const slotKey = Object.keys(b.map).find((k) => k.includes('/vragen/slot/u-bob/1'))!;
    const slotId = b.map[slotKey]!;
    const before = b.sim.inspect.absolute(slotId);
    b.sim.as('u-cas').act.move(slotId, before.x + 500, before.y + 40);
    await b.settle();
    expect(b.sim.inspect.absolute(slotId)).toMatchObject({ x: before.x, y: before.y });
    b.sim.as('u-cas').act.remove(slotId);
    await b.settle();
    const stored = b.sim.inspect.collection(COLLECTION)[KEYS.template('s1')] as {
      items: Record<string, string>;
    };
    const newId = stored.items[slotKey.replace('tien-stappen/', '')]!;
    expect(newId).not.toBe(slotId);
    expect(b.sim.inspect.absolute(newId)).toMatchObject({ x: before.x, y: before.y });
  });

  it('restores a member’s sticky moved or deleted in a locked region from the snapshot', async () => {
    const b = await setupBoard('tien-stappen');
    await b.setPlace(1);
    const q = b.sim
      .as('u-bob')
      .act.create('sticky_note', { ...b.spot('vragen', 'u-bob'), ...sticky('Wat wil je?') });
    await b.settle();
    await b.setPlace(2);
    const at = b.sim.inspect.absolute(q.id);
    b.sim.as('u-bob').act.move(q.id, at.x + 300, at.y);
    await b.settle();
    expect(b.sim.inspect.absolute(q.id)).toMatchObject({ x: at.x, y: at.y });
    b.sim.as('u-cas').act.remove(q.id);
    await b.settle();
    const copy = b.sim.inspect.items().find((i) => i.content === 'Wat wil je?');
    expect(copy).toBeDefined();
    expect(b.sim.inspect.absolute(copy!.id)).toMatchObject({ x: at.x, y: at.y });
    expect(b.sim.inspect.metadataOf(copy!.id)?.iv).toMatchObject({ a: 'u-bob' });
  });

  it('never undoes the facilitator and lists what they did instead', async () => {
    const b = await setupBoard('tien-stappen');
    await b.setPlace(1);
    const item = b.sim
      .as('u-fac')
      .act.create('sticky_note', { ...b.spot('situatie'), ...sticky('Ann: mijn punt') });
    await b.settle();
    expect(b.regionOfItem(item.id)).toBe('situatie');
    const notices = b.sim.inspect.collection(COLLECTION)[KEYS.notices('s1')] as {
      items: { t: string; who: string }[];
    };
    expect(notices.items).toEqual([expect.objectContaining({ t: 'activity', who: 'Fee' })]);
  });
});

describe('phase guard (roddel)', () => {
  it('R29: the inbrenger’s sticky in the gossip area is parked; in the notes area it stays', async () => {
    const b = await setupBoard('roddel');
    await b.setPlace(2);
    const gossip = b.sim
      .as('u-ann')
      .act.create('sticky_note', { ...b.spot('roddel'), ...sticky('Ik ook') });
    const note = b.sim
      .as('u-ann')
      .act.create('sticky_note', { ...b.spot('notities'), ...sticky('Noteren') });
    await b.settle();
    expect(b.regionOfItem(gossip.id)).toBe('parking');
    expect(b.regionOfItem(note.id)).toBe('notities');
  });
});
