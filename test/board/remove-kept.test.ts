import { describe, expect, it } from 'vitest';
import { generateTemplate } from '../../src/board/generate';
import { removeTemplate } from '../../src/board/remove';
import { methods } from '../../src/catalog/methods';
import { layoutMethod } from '../../src/layout/layout';
import { layoutOptions, people, setup } from './helpers';

const METHOD = 'tien-stappen';

async function tienStappen() {
  const { sim, hooks } = setup();
  const participants = people(4);
  const options = layoutOptions('ts');
  const result = await generateTemplate(sim, { methodId: METHOD, participants, options }, hooks);
  if (!result.ok) throw new Error('generation failed');
  const idOf = (key: string) => result.map.items[`${METHOD}/${key}`]!;
  const blueprint = () => layoutMethod(methods.byId(METHOD)!, participants, options);
  return { sim, hooks, map: result.map, idOf, blueprint };
}

describe('removeTemplate keeps what participants wrote in template items', () => {
  it('keeps a slot shape a participant typed into, its text intact, and lists it in kept', async () => {
    const { sim, hooks, idOf } = await tienStappen();
    const slot = idOf('vragen/slot/chris/1');
    const typed = '<p><strong>Chris</strong></p><p>waarom koos je dat?</p>';
    sim.as('u-bob').act.edit(slot, typed);

    const result = await removeTemplate(sim, 'ts', hooks);
    expect(result.ok).toBe(true);
    expect(sim.inspect.itemById(slot)?.content).toBe(typed);
    expect(result.kept.map((k) => [k.id, k.from])).toEqual([[slot, 'vragen']]);
    const left = sim.inspect.items().map((i) => i.id);
    expect(
      left.filter((id) => id !== slot && !(result.ok && result.keptFrames.includes(id))),
    ).toEqual([]);
  });

  it('keeps a slot the facilitator typed into and removes the step card the app rewrote', async () => {
    const { sim, hooks, idOf } = await tienStappen();
    sim.clock.advance(60_000);
    const slot = idOf('probleemstellingen/slot/anna/1');
    sim.act.edit(slot, '<p>Anna</p><p>Hoe houd ik grenzen?</p>');
    const step = idOf('step/card');
    sim.act.edit(step, '<p>Stap 3 van 10</p>');

    const result = await removeTemplate(sim, 'ts', hooks);
    expect(result.ok && result.kept.map((k) => k.id)).toEqual([slot]);
    expect(sim.inspect.itemById(slot)?.content).toBe('<p>Anna</p><p>Hoe houd ik grenzen?</p>');
    expect(sim.inspect.itemById(step)).toBeUndefined();
  });

  it('with the blueprint, compares content: a moved but unchanged slot goes, an edited one stays', async () => {
    const { sim, hooks, idOf, blueprint } = await tienStappen();
    sim.clock.advance(60_000);
    const moved = idOf('vragen/slot/dewi/2');
    const at = sim.inspect.itemById(moved)!.absolute;
    sim.as('u-cas').act.move(moved, at.x + 10, at.y);
    const edited = idOf('vragen/slot/dewi/3');
    sim.as('u-cas').act.edit(edited, '<p>Dewi</p><p>Wat wil je bereiken?</p>');

    const result = await removeTemplate(sim, 'ts', { ...hooks, blueprint: blueprint() });
    expect(result.ok && result.kept.map((k) => k.id)).toEqual([edited]);
    expect(sim.inspect.itemById(moved)).toBeUndefined();
  });
});

describe('removeTemplate and notes added while it runs', () => {
  it('moves a note added to a frame during the run out of it before removing the frame', async () => {
    const { sim, hooks, idOf } = await tienStappen();
    const frames = sim.inspect.items().filter((i) => i.type === 'frame');
    const target = sim.inspect.itemById(idOf('probleemstellingen/frame'))!;
    const remove = sim.board.remove.bind(sim.board);
    let note: { id: string } | undefined;
    sim.board.remove = async (item) => {
      if (!note && item.id !== target.id) {
        const box = target.absolute;
        note = sim.as('u-ann').act.create('sticky_note', {
          x: box.left + 120,
          y: box.bottom - 120,
          content: 'Laat binnengekomen',
        });
      }
      return remove(item);
    };

    const result = await removeTemplate(sim, 'ts', hooks);
    expect(frames.length).toBeGreaterThan(2);
    expect(note).toBeDefined();
    expect(result.ok).toBe(true);
    expect(sim.inspect.itemById(note!.id)?.content).toBe('Laat binnengekomen');
    expect(result.kept.map((k) => k.id)).toContain(note!.id);
  });
});
