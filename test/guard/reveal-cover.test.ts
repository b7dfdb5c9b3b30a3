// A reveal takes a region's cover off on the facilitator's own client: that client's guard sees
// the items:delete of the cover. The session explains it (the region is no longer hidden), so it
// is neither activity nor an error, and nothing puts the cover back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coverKey } from '../../src/board/render-visual';
import type { Method } from '../../src/catalog/schema';
import { startGuardWith } from '../../src/guard/entry';
import type { StartedGuard } from '../../src/guard/entry';
import { methodById, staged, storedMap } from '../controller/fixtures';
import type { Staged } from '../controller/fixtures';
import { COLLECTION } from '../../src/storage/keys';

let running: StartedGuard[] = [];
afterEach(() => {
  running.forEach((g) => g.stop());
  running = [];
  vi.restoreAllMocks();
});

const revealAt = (m: Method) =>
  m.phases.findIndex((p) => p.actions.some((a) => a.kind === 'reveal'));

/** A session at `phaseIndex` with the facilitator's guard on the facilitator's own client. */
async function guarded(methodId: string, phaseIndex: number) {
  const errors: unknown[] = [];
  const s = await staged(methodById(methodId), { sim: { onHandlerError: (e) => errors.push(e) } });
  expect((await s.handle.start()).ok).toBe(true);
  expect((await s.handle.goto(phaseIndex, { confirmed: true })).ok).toBe(true);
  await s.sim.settle();
  const g = await startGuardWith(s.sim, { now: () => s.sim.clock.now(), timers: false });
  if (!g) throw new Error('guard did not start');
  running.push(g);
  const settle = async () => {
    for (let i = 0; i < 6; i++) {
      await s.sim.settle();
      await g.guard.idle();
    }
  };
  await settle();
  return { s, g, errors, settle };
}

const notices = (s: Staged) =>
  (
    (
      s.sim.inspect.collection(COLLECTION)[`notices:${s.sessionId}`] as
        { items?: { t: string }[] } | undefined
    )?.items ?? []
  ).map((n) => n.t);

const shapesOver = (s: Staged, region: string) => {
  const frame = s.sim.inspect.itemById(s.map.items[`${s.method.id}/${region}/frame`]!)!;
  return s.sim.inspect
    .items()
    .filter((i) => i.type === 'shape' && i.width === frame.width && i.height === frame.height);
};

describe('a cover taken off by the session', () => {
  it('R8: the balint reveal takes the cover off without activity, error or a cover put back', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const m = methodById('balint');
    const { s, g, errors, settle } = await guarded('balint', revealAt(m));
    const cover = storedMap(s).items[coverKey(m.id, 'associaties')]!;
    expect(g.guard.ctx.view.template.has(cover)).toBe(true);
    expect((await s.handle.reveal('associaties', 'with')).ok).toBe(true);
    await settle();
    s.sim.clock.advance(g.reconciler.intervalMs);
    await g.reconciler.tick();
    await settle();
    expect(notices(s)).toEqual([]);
    expect(errors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    expect(s.sim.inspect.itemById(cover)).toBeUndefined();
    expect(shapesOver(s, 'associaties')).toEqual([]);
    expect(g.guard.ctx.view.template.has(cover)).toBe(false);
  });

  it('R8: tien-stappen step 6 to 7 takes the cover off without activity, error or a cover put back', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const m = methodById('tien-stappen');
    const { s, g, errors, settle } = await guarded('tien-stappen', 5);
    expect((await s.handle.next()).ok).toBe(true);
    await settle();
    const cover = storedMap(s).items[coverKey(m.id, 'probleemstellingen')];
    expect(cover).toBeDefined();
    expect((await s.handle.next()).ok).toBe(true);
    await settle();
    expect(s.handle.state().phaseIndex).toBe(6);
    expect(notices(s)).toEqual([]);
    expect(errors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    expect(shapesOver(s, 'probleemstellingen')).toEqual([]);
    expect(g.guard.ctx.view.template.has(cover!)).toBe(false);
  });
});
