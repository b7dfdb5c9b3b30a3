// Template generation against the simulator at 80 ms a call: items, calls, credits, wall time
// and the DESIGN.md budgets, per method for 6 and 12 participants, one after another.
import { generateTemplate } from '../src/board/generate';
import { createPacer } from '../src/board/pacer';
import { callLevels } from '../src/board/plan';
import { realSleep } from '../src/miro/retry';
import { methods } from '../src/catalog/methods';
import type { Participant } from '../src/layout/blueprint';
import { isPlaced } from '../src/layout/blueprint';
import { layoutMethod } from '../src/layout/layout';
import { createSimulatedMiro } from '../src/miro/simulator';
import { bounds } from './lower-bound';
import type { BenchSuite } from './registry';

export const LATENCY_MS = 80;
export const CAP = 8;
const CREDITS_PER_MINUTE = 100_000;

/** n participants: an inbrenger, a gespreksleider, then groepsleden. */
export function benchPeople(n: number): Participant[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i + 1}`,
    name: `Deelnemer ${i + 1}`,
    role: i === 0 ? 'inbrenger' : i === 1 ? 'gespreksleider' : 'groepslid',
  }));
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

export const templateSuite: BenchSuite = {
  name: 'template',
  about:
    'generateTemplate at 80 ms a call, cap 8: calls ≤ 1.05 × items, wall ≤ 1.3 × lower bound, credits/min ≤ 100,000',
  async run(log) {
    for (const method of methods.all) {
      for (const n of [6, 12]) {
        const sim = createSimulatedMiro({
          latencyMs: LATENCY_MS,
          clock: { now: () => Date.now() },
        });
        const options = { date: '2025-03-12', lang: 'nl' as const, sessionId: `bench-${n}` };
        const bp = layoutMethod(method, benchPeople(n), options);
        const pacer = createPacer({ sleep: realSleep });
        const started = performance.now();
        const result = await generateTemplate(
          sim,
          { method, participants: benchPeople(n), options },
          { concurrency: CAP, pacer },
        );
        const wallMs = Math.round(performance.now() - started);
        await sim.settle();
        const { calls, credits, maxInFlight, byKind } = sim.counters;
        const boardItems = bp.records.filter(isPlaced).length;
        const tags = bp.records.length - boardItems;
        const items = boardItems + tags;
        const levels = callLevels(bp, true, sim.assumptions.parentOnCreate);
        const checkpoints = Math.max(0, (byKind['storage.set']?.calls ?? 0) - 2);
        levels[levels.length - 3] = (levels[levels.length - 3] ?? 0) + checkpoints;
        const { lowerBoundMs, criticalPathMs, plannedCalls } = bounds(levels, CAP, LATENCY_MS);
        // Every run here is shorter than a minute, so its credits are its peak minute.
        const peakMinuteCredits = wallMs < 60_000 ? credits : undefined;
        log({
          suite: 'template',
          method: method.id,
          participants: n,
          assumptions: sim.assumptions,
          ok: result.ok,
          items,
          boardItems,
          tags,
          calls,
          plannedCalls,
          credits,
          wallMs,
          lowerBoundMs,
          criticalPathMs,
          dependencyLevels: levels.length,
          maxInFlight,
          pacedMs: pacer.waitedMs,
          checks: {
            callsPerItem: round(calls / items),
            callsWithin105: calls <= 1.05 * items,
            callsPer2Items: round(calls / (2 * items)),
            callsWithin105Of2Items: calls <= 1.05 * 2 * items,
            wallPerLowerBound: round(wallMs / lowerBoundMs),
            wallWithin13: wallMs <= 1.3 * lowerBoundMs,
            wallPerCriticalPath: round(wallMs / criticalPathMs),
            peakMinuteCredits,
            creditsWithinMinuteLimit: (peakMinuteCredits ?? Infinity) <= CREDITS_PER_MINUTE,
          },
        });
      }
    }
  },
};
