import { describe, expect, it } from 'vitest';
import { generateTemplate } from '../../src/board/generate';
import { removeTemplate } from '../../src/board/remove';
import { META_KEY } from '../../src/layout/meta';
import { layoutOptions, people, setup, storedMap } from './helpers';

async function boardWithTemplate() {
  const { sim, hooks } = setup();
  const input = { methodId: 'post-it', participants: people(6), options: layoutOptions('rm') };
  const result = await generateTemplate(sim, input, hooks);
  if (!result.ok) throw new Error('generation failed');
  const frameOf = (region: string) =>
    sim.inspect.itemById(result.map.items[`post-it/${region}/frame`]!)!;
  return { sim, hooks, map: result.map, frameOf };
}

describe('removeTemplate', () => {
  it('keeps a participant’s sticky inside a template frame, content intact, and removes every template item', async () => {
    const { sim, hooks, frameOf } = await boardWithTemplate();
    const tagsBefore = sim.inspect.tags().length;
    const tips = frameOf('tips').absolute;
    const sticky = sim.as('u-ann').act.create('sticky_note', {
      x: tips.left + 150,
      y: tips.bottom - 150,
      content: '<p>Mijn tip: <strong>vraag door</strong></p>',
    });
    expect(sim.inspect.itemById(sticky.id)!.parentId).toBe(frameOf('tips').id);

    const result = await removeTemplate(sim, 'rm', hooks);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const left = sim.inspect.items();
    const survivor = sim.inspect.itemById(sticky.id);
    expect(survivor?.content).toBe('<p>Mijn tip: <strong>vraag door</strong></p>');
    expect(survivor?.createdBy).toBe('u-ann');
    expect(result.kept).toEqual([
      { id: sticky.id, type: 'sticky_note', from: 'tips', to: 'parking' },
    ]);
    // The parking frame stays to hold it; no other template item is left.
    expect(result.keptFrames).toHaveLength(1);
    expect(survivor?.parentId).toBe(result.keptFrames[0]);
    expect(left.map((i) => i.id).sort()).toEqual([sticky.id, ...result.keptFrames].sort());
    expect(storedMap(sim, 'rm')).toBeUndefined();
    // Tags are the board's (they may label notes elsewhere): removing a template keeps them.
    expect(sim.inspect.tags().length).toBe(tagsBefore);
  });

  it('moves kept items beside the template when the parking frame is gone', async () => {
    const { sim, hooks, frameOf } = await boardWithTemplate();
    const vraag = frameOf('vraag').absolute;
    sim.act.remove(frameOf('parking').id);
    const note = sim
      .as('u-bob')
      .act.create('sticky_note', { x: vraag.x, y: vraag.y, content: 'Bob' });
    const result = await removeTemplate(sim, 'rm', hooks);
    expect(result.ok && result.kept).toEqual([
      { id: note.id, type: 'sticky_note', from: 'vraag', to: 'beside' },
    ]);
    const left = sim.inspect.items();
    expect(left.map((i) => i.id)).toEqual([note.id]);
    expect(left[0]!.parentId).toBeNull();
    expect(left[0]!.absolute.left).toBeGreaterThan(vraag.right);
  });

  it('keeps participants’ items already in the parking frame and a template item a participant moved out is removed', async () => {
    const { sim, hooks, frameOf, map } = await boardWithTemplate();
    const parking = frameOf('parking').absolute;
    const parked = sim
      .as('u-cas')
      .act.create('sticky_note', { x: parking.x, y: parking.y + 40, content: 'Cas' });
    const card = map.items['post-it/step/card']!;
    sim.act.move(card, parking.right + 3000, parking.y);
    const result = await removeTemplate(sim, 'rm', hooks);
    expect(result.ok).toBe(true);
    expect(sim.inspect.itemById(parked.id)?.content).toBe('Cas');
    expect(sim.inspect.itemById(card)).toBeUndefined();
    const carrying = sim.inspect.items().filter((i) => sim.inspect.metadataOf(i.id)?.[META_KEY]);
    expect(carrying.map((i) => i.type)).toEqual(['frame']);
  });

  it('reports a session without a template', async () => {
    const { sim, hooks } = setup();
    const result = await removeTemplate(sim, 'none', hooks);
    expect(!result.ok && result.error.code).toBe('no-template');
  });
});
