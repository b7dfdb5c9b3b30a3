// Exact template-change detection: the TemplateMap keeps a short hash of the text the app wrote
// into each template item, so removeTemplate keeps exactly the items whose text someone changed,
// without the blueprint at hand; old maps without hashes fall back to modifiedAt/modifiedBy.
import { describe, expect, it } from 'vitest';
import { generateTemplate } from '../../src/board/generate';
import { removeTemplate } from '../../src/board/remove';
import { allMethods } from '../../src/catalog/methods';
import { COLLECTION, mapKey } from '../../src/board/template-map';
import type { Json } from '../../src/miro/types';
import { layoutOptions, people, setup } from './helpers';

const METHOD = 'tien-stappen';

async function generated(methodId = METHOD, n = 4) {
  const { sim, hooks } = setup();
  const participants = people(n);
  const options = layoutOptions('ts');
  const result = await generateTemplate(sim, { methodId, participants, options }, hooks);
  if (!result.ok) throw new Error('generation failed');
  const idOf = (key: string) => result.map.items[`${methodId}/${key}`]!;
  return { sim, hooks, idOf };
}

describe('removeTemplate with the content hashes in the TemplateMap', () => {
  it('removes a moved but unchanged slot and keeps an edited one, without the blueprint', async () => {
    const { sim, hooks, idOf } = await generated();
    sim.clock.advance(60_000);
    const moved = idOf('vragen/slot/dewi/2');
    const at = sim.inspect.itemById(moved)!.absolute;
    sim.as('u-cas').act.move(moved, at.x + 10, at.y);
    const edited = idOf('vragen/slot/dewi/3');
    sim.as('u-cas').act.edit(edited, '<p>Dewi</p><p>Wat wil je bereiken?</p>');

    const result = await removeTemplate(sim, 'ts', hooks);
    expect(result.ok && result.kept.map((k) => k.id)).toEqual([edited]);
    expect(sim.inspect.itemById(moved)).toBeUndefined();
  });

  it('a slot whose text was changed and changed back counts as unwritten', async () => {
    const { sim, hooks, idOf } = await generated();
    const slot = idOf('vragen/slot/chris/1');
    const before = sim.inspect.itemById(slot)!.content;
    sim.as('u-bob').act.edit(slot, '<p>iets anders</p>');
    sim.as('u-bob').act.edit(slot, before);
    const result = await removeTemplate(sim, 'ts', hooks);
    expect(result.ok && result.kept).toEqual([]);
  });

  it('an old map without hashes still keeps a moved slot (modified since creation)', async () => {
    const { sim, hooks, idOf } = await generated();
    const c = sim.board.storage.collection(COLLECTION);
    const stored = (await c.get(mapKey('ts'))) as Record<string, Json>;
    expect(stored).toHaveProperty('hashes');
    const { hashes: _, ...old } = stored;
    await c.set(mapKey('ts'), old as Json);
    sim.clock.advance(60_000);
    const moved = idOf('vragen/slot/dewi/2');
    const at = sim.inspect.itemById(moved)!.absolute;
    sim.as('u-cas').act.move(moved, at.x + 10, at.y);

    const result = await removeTemplate(sim, 'ts', hooks);
    expect(result.ok && result.kept.map((k) => k.id)).toEqual([moved]);
  });

  it('keeps the stored map small: the hashes add at most 60 % to the largest template', async () => {
    const sizes = await Promise.all(
      allMethods.map(async (m) => {
        const { sim } = await generated(m.id, Math.min(m.group.max, 12));
        const stored = sim.inspect.collection(COLLECTION)[mapKey('ts')] as Record<string, Json>;
        const { hashes: _, ...without } = stored;
        return {
          id: m.id,
          bytes: JSON.stringify(stored).length,
          extra: JSON.stringify(stored).length - JSON.stringify(without).length,
        };
      }),
    );
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log('largest stored TemplateMap', largest);
    expect(largest.extra).toBeGreaterThan(0);
    expect(largest.extra / (largest.bytes - largest.extra)).toBeLessThan(0.6);
  });
});
