// Randomized: 1,000 actions by several users across random phases; the board ends with every
// participant's content present (or removed by its author where allowed), every participant item
// in an allowed place or the parking frame, and the template complete. Fixed seeds.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/miro/simulator/clock';
import { regionStatesAt } from '../../src/catalog/resolve';
import { canWrite } from '../../src/session/permissions';
import { readTemplateMap } from '../../src/guard/plan';
import { setupBoard } from './fixtures';
import { COLLECTION, KEYS } from '../../src/storage/keys';

const PEOPLE = ['u-ann', 'u-bob', 'u-cas', 'u-dan'];

async function play(methodId: string, seed: number, actions = 1000) {
  const b = await setupBoard(methodId);
  const rnd = createRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const regions = b.method.regions.filter((r) => r.writable !== false).map((r) => r.id);
  const made = new Map<string, { content: string; author: string }>();
  const mayVanish = new Set<string>();
  let n = 0;
  b.sim.resetCounters();
  for (let a = 0; a < actions; a++) {
    const who = pick(PEOPLE);
    const r = rnd();
    const mine = [...made.keys()].filter((id) => b.sim.inspect.itemById(id));
    if (r < 0.04) {
      await b.setPlace(Math.floor(rnd() * b.method.phases.length));
    } else if (r < 0.55 || mine.length === 0) {
      const region = pick(regions);
      const at = rnd() < 0.5 ? b.spot(region, who) : b.spot(region);
      const content = `n${n++}`;
      const item = b.sim.as(who).act.create('sticky_note', { ...at, content, width: 100 });
      made.set(item.id, { content, author: who });
    } else if (r < 0.8) {
      const id = pick(mine);
      const at = b.spot(pick(regions), who);
      b.sim.as(who).act.move(id, at.x + rnd() * 20, at.y + rnd() * 20);
    } else if (r < 0.9) {
      const id = pick(mine);
      const item = b.sim.inspect.itemById(id)!;
      const region = b.regionOfItem(id);
      // The author may remove their own note where they may write, and in the parking frame.
      const own = made.get(id)!.author === who;
      const open = region !== undefined && canWrite(b.method, b.state(), who, region, who);
      if (own && (open || region === 'parking' || region === undefined))
        mayVanish.add(item.content);
      b.sim.as(who).act.remove(id);
    } else {
      const tplIds = Object.values(b.map).filter(
        (id) => b.sim.inspect.itemById(id)?.type === 'shape',
      );
      const id = pick(tplIds);
      if (!b.sim.inspect.itemById(id)) continue;
      if (rnd() < 0.5)
        b.sim
          .as(who)
          .act.move(id, b.sim.inspect.absolute(id).x + 300, b.sim.inspect.absolute(id).y);
      else b.sim.as(who).act.remove(id);
    }
    if (a % 5 === 4) {
      await b.settle();
      // People act about once a second: Miro's credits per minute come back as in a session.
      b.sim.clock.advance(5000);
    }
  }
  await b.settle();
  return { b, made, mayVanish };
}

describe('randomized guard', () => {
  for (const [methodId, seed] of [
    ['tien-stappen', 1],
    ['roddel', 7],
    ['viskom', 42],
  ] as const) {
    it(`holds the board over 1,000 actions (${methodId}, seed ${seed})`, async () => {
      const { b, made, mayVanish } = await play(methodId, seed);
      const items = b.sim.inspect.items();
      const contents = new Set(items.map((i) => i.content));
      const lost = [...made.values()].filter(
        (m) => !contents.has(m.content) && !mayVanish.has(m.content),
      );
      expect(lost).toEqual([]);
      const states = regionStatesAt(b.method, b.state().phaseIndex, b.state().stage);
      const snaps = b.guards.get('u-fac')!.guard.ctx.view.snapshots;
      const misplaced = items
        .filter((i) => i.type === 'sticky_note' && /^n\d+$/.test(i.content))
        .map((i) => ({ id: i.id, region: b.regionOfItem(i.id) }))
        .filter(({ id, region }) => {
          if (!region || region === 'parking') return false;
          if (states[region]?.state === 'open') return false;
          return !snaps.get(region)?.items.some((e) => e.id === id);
        });
      expect(misplaced).toEqual([]);
      const map = readTemplateMap(b.sim.inspect.collection(COLLECTION)[KEYS.template('s1')]);
      const missing = Object.entries(map).filter(
        ([k, id]) => !k.includes('/tag/') && !b.sim.inspect.itemById(id),
      );
      expect(missing).toEqual([]);
      expect(b.sim.inspect.handlerErrors()).toEqual([]);
      expect(b.sim.counters.calls).toBeLessThan(40_000);
    }, 60_000);
  }
});
