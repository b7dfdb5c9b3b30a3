// Guard figures: how fast an unauthorised sticky reaches the parking frame at 80 ms a call
// (budget: within about one round trip of its event), and what reconciliation polling costs an
// hour for a typical session with 6 and 12 participants (budget: ≤ 200,000 credits an hour).
import { pollCreditsPerHour, guardedRegions } from '../src/guard/reconcile';
import type { BenchSuite } from './registry';
import { setupBoard } from '../test/guard/fixtures';

const LATENCY = 80;

async function parkLatency(): Promise<Record<string, unknown>> {
  const b = await setupBoard('post-it', { latencyMs: LATENCY });
  await b.setPlace(1);
  const ann = b.sim.as('u-ann');
  let eventAt = 0;
  ann.board.ui.on('items:create', () => {
    eventAt ||= performance.now();
  });
  const parking = b.frame('parking').id;
  const before = b.sim.counters.calls;
  const start = performance.now();
  const item = ann.act.create('sticky_note', { ...b.spot('tips'), content: 'Ik ook', width: 120 });
  let visibleAt = 0;
  let parkedAt = 0;
  while (!parkedAt && performance.now() - start < 5000) {
    await new Promise((r) => setTimeout(r, 2));
    const now = b.sim.inspect.itemById(item.id)!;
    const a = b.sim.inspect.absolute(item.id);
    const p = b.sim.inspect.absolute(parking);
    if (!visibleAt && Math.abs(a.x - p.x) < p.width / 2 && Math.abs(a.y - p.y) < p.height / 2)
      visibleAt = performance.now();
    if (now.parentId === parking) parkedAt = performance.now();
  }
  await b.settle();
  const ms = (t: number) => Math.round(t - eventAt);
  return {
    case: 'park unauthorised sticky (post-it, phase 2, inbrenger in tips)',
    latencyMs: LATENCY,
    eventMs: Math.round(eventAt - start),
    inParkingAreaMsAfterEvent: ms(visibleAt),
    childOfParkingMsAfterEvent: ms(parkedAt),
    roundTripsAfterEvent: +(ms(parkedAt) / LATENCY).toFixed(2),
    sdkCalls: b.sim.counters.calls - before,
  };
}

async function pollingHour(
  methodId: string,
  participants: number,
): Promise<Record<string, unknown>> {
  const b = await setupBoard(methodId, { extra: participants - 5 });
  await b.setPlace(1);
  const ids = b
    .state()
    .participants.map((p) => p.id)
    .filter((id) => id !== 'u-fac');
  for (const id of ids) {
    for (const r of b.method.regions.slice(0, 3))
      b.sim.as(id).act.create('sticky_note', { ...b.spot(r.id, id), content: `${id}`, width: 100 });
  }
  await b.settle();
  await b.setPlace(2);
  const rec = b.guards.get('u-fac')!.reconciler;
  const regions = guardedRegions(b.guards.get('u-fac')!.guard.ctx).length;
  b.sim.resetCounters();
  const beats = Math.floor(3_600_000 / rec.intervalMs);
  for (let i = 0; i < beats; i++) {
    b.sim.clock.advance(rec.intervalMs);
    await rec.tick();
    await b.settle();
  }
  return {
    case: `polling one hour (${methodId}, ${participants} participants)`,
    regions,
    intervalMs: rec.intervalMs,
    formulaCreditsPerHour: pollCreditsPerHour(regions, rec.intervalMs),
    measuredCreditsPerHour: b.sim.counters.credits,
    budget: 200_000,
    rateLimited: b.sim.counters.rateLimited,
  };
}

export const guardSuite: BenchSuite = {
  name: 'guard',
  about:
    'Unauthorised sticky to parking at 80 ms a call (budget ~1–2 round trips after its event); reconciliation polling credits an hour (budget ≤ 200,000)',
  async run(log) {
    log(await parkLatency());
    for (const n of [6, 12]) {
      log(await pollingHour('tien-stappen', n));
      log(await pollingHour('incident-inzicht', n));
    }
  },
};
