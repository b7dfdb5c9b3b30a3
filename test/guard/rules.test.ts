// Every method, every phase that names rules: each region the board can hold is played by
// simulated users writing in Miro's own UI, and the board holds the phase's states.
import { beforeAll, describe, expect, it } from 'vitest';
import { allMethods } from '../../src/catalog/methods';
import { regionStatesAt, stagesOf } from '../../src/catalog/resolve';
import { effectiveRoles } from '../../src/session/people';
import { setupBoard, type Board } from './fixtures';

const PEOPLE = ['u-ann', 'u-bob', 'u-cas', 'u-dan'];

for (const method of allMethods) {
  describe(`${method.id}`, () => {
    let b: Board;
    beforeAll(async () => {
      b = await setupBoard(method.id);
    });
    method.phases.forEach((phase, i) => {
      if (phase.rules.length === 0) return;
      const stages = stagesOf(phase);
      it(`${phase.rules.join(', ')}: phase ${i + 1} (${phase.id}) — writes stay only where the phase opens them`, async () => {
        for (let stage = 0; stage < stages; stage++) {
          await b.setPlace(i, stage);
          const states = regionStatesAt(method, i, stage);
          const placed: {
            id: string;
            region: string;
            stays: boolean;
            who: string;
            state: string;
          }[] = [];
          for (const region of method.regions) {
            if (region.writable === false) continue;
            const s = states[region.id]!;
            const roles = (id: string) => effectiveRoles(method, b.state(), id);
            const allowed =
              s.state === 'open'
                ? PEOPLE.filter((p) => roles(p).some((r) => s.roles.includes(r)))
                : [];
            const denied = PEOPLE.filter((p) => !allowed.includes(p));
            const ok = allowed[0];
            if (ok && s.state === 'open') {
              const at = s.ownSlot ? b.spot(region.id, ok) : b.spot(region.id);
              const item = b.sim
                .as(ok)
                .act.create('sticky_note', { ...at, content: `ok ${region.id}`, width: 120 });
              placed.push({ id: item.id, region: region.id, stays: true, who: ok, state: s.state });
            }
            const no = denied[0];
            if (no) {
              const item = b.sim.as(no).act.create('sticky_note', {
                ...b.spot(region.id),
                content: `nee ${region.id}`,
                width: 120,
              });
              placed.push({
                id: item.id,
                region: region.id,
                stays: false,
                who: no,
                state: s.state,
              });
            }
          }
          await b.settle();
          for (const p of placed) {
            const where = b.regionOfItem(p.id);
            expect({ ...p, where }).toEqual({ ...p, where: p.stays ? p.region : 'parking' });
            expect(b.sim.inspect.itemById(p.id)?.content).toBe(
              `${p.stays ? 'ok' : 'nee'} ${p.region}`,
            );
          }
        }
      });
    });
  });
}
