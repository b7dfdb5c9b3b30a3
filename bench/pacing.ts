// Pacing: one 12-person template of the largest method is far below Miro's 100,000 credits a
// minute (see the template suite), so to show the generator pacing itself this suite builds
// eight of them back to back on one board, on a virtual clock (waits advance the simulator's
// clock; no real time passes): once with the adapter's pacer (90,000 a minute, shared by the
// runs) and once without (budget Infinity; Miro's rate-limit errors are then retried after
// their retryAfterMs).
import { applyBlueprint } from '../src/board/apply';
import { createPacer } from '../src/board/pacer';
import { methods } from '../src/catalog/methods';
import { layoutMethod } from '../src/layout/layout';
import { createSimulatedMiro } from '../src/miro/simulator';
import type { BenchSuite } from './registry';
import { benchPeople } from './template';

const RUNS = 8;

async function backToBack(paced: boolean) {
  const sim = createSimulatedMiro();
  const sleep = async (ms: number) => sim.clock.advance(ms);
  const now = () => sim.clock.now();
  const pacer = createPacer({ perMinute: paced ? 90_000 : Infinity, now, sleep });
  const method = methods.byId('eerste-bijeenkomst')!;
  const start = now();
  let ok = 0;
  for (let i = 0; i < RUNS; i++) {
    const options = { date: '2025-03-12', lang: 'nl' as const, sessionId: `pace-${i}` };
    const bp = layoutMethod(method, benchPeople(12), options);
    const result = await applyBlueprint(sim, bp, { sleep, now, pacer, random: () => 0.5 });
    if (result.ok) ok += 1;
  }
  return {
    suite: 'pacing',
    paced,
    templates: RUNS,
    complete: ok,
    calls: sim.counters.calls,
    credits: sim.counters.credits,
    rateLimitErrors: sim.counters.rateLimited,
    pacerWaitMs: pacer.waitedMs,
    virtualMs: now() - start,
  };
}

export const pacingSuite: BenchSuite = {
  name: 'pacing',
  about: `${RUNS} × eerste-bijeenkomst (12) back to back on a virtual clock, with and without the pacer`,
  async run(log) {
    log(await backToBack(true));
    log(await backToBack(false));
  },
};
